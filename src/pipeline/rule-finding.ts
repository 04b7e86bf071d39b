import type { Finding, ObjectIdentity, PlannedFix, PlannedFixesOut, PlannedReplacements, RenderOrigin, Severity, SourceRange, Suppression } from '../core/model';
import type { Rule } from '../rules/rule';
import { plainFinding } from '../core/plain-finding';
import { fingerprint } from './fingerprint';
import type { StringPool } from '../core/detached';
import type { Hit } from '../rules/template';

/** A message template cut at its `{placeholders}`: literal text, and the names to fill in between. */
interface MessageTemplate {
  texts: readonly string[];
  keys: readonly string[];
}

// one per distinct template (a rule's message), so a finding's message is a join, not a regex run
const TEMPLATES = new Map<string, MessageTemplate>();

function messageTemplate(message: string): MessageTemplate {
  let t = TEMPLATES.get(message);
  if (!t) {
    const texts: string[] = [];
    const keys: string[] = [];
    let at = 0;
    for (const m of message.matchAll(/\{(\w+)\}/g)) {
      texts.push(message.slice(at, m.index));
      keys.push(m[1]);
      at = m.index! + m[0].length;
    }
    texts.push(message.slice(at));
    TEMPLATES.set(message, (t = { texts, keys }));
  }
  return t;
}

/** What a message's `{key}` stands for on this hit; undefined when nothing fills it. */
function placeholder(key: string, obj: ObjectIdentity, data: Hit['data'], container: string | undefined): string | undefined {
  // the hit's data wins over the object's values
  if (data && Object.hasOwn(data, key)) return String(data[key]);
  switch (key) {
    case 'kind':
      return String(obj.kind);
    case 'name':
      return obj.name || '(unnamed)';
    case 'namespace':
      return obj.namespace ?? 'default';
    case 'container':
      return container ?? '';
  }
  // messages were filled from a plain object, which also "had" its prototype's members
  return key in PLAIN ? String(PLAIN[key]) : undefined;
}

const PLAIN: Record<string, unknown> = {};

/**
 * What the findings of one object share: its identity and key, the file it was read from and
 * where it was rendered from. One per object, not four fields on each of its findings.
 */
export interface FindingSubject {
  object: ObjectIdentity;
  objectKey: string;
  file: string;
  origin: RenderOrigin | undefined;
}

/** The fields of a finding that evaluation sets; the message comes from the rule and the hit. */
export type FindingFields = Pick<Finding, 'file' | 'range' | 'path' | 'container' | 'fix'> & { subject: FindingSubject };

/**
 * What the findings of one rule share in one evaluation: the rule, and the control ids the scan
 * reports for it (one list for all of them, not a reference on each).
 */
export interface FindingRule {
  rule: Rule;
  controls: string[];
}

/**
 * The hit's data with its strings taken from the pool: a value read from the manifest (an image)
 * is a slice of the file's text and would keep the whole text alive while reports are written,
 * and a message part joined from pieces holds every piece.
 */
function ownData(data: Hit['data'], strings: StringPool): Hit['data'] {
  if (!data) return data;
  let own: Hit['data'];
  for (const key of Object.keys(data)) {
    const v = data[key];
    if (typeof v !== 'string' || v.length < 13) continue;
    // a copy, not the rule's object: rules may share one data object between hits
    own ??= { ...data };
    own[key] = strings.get(v);
  }
  return own ?? data;
}

/** What is set on a few findings only: kept in one slot that most findings leave empty. */
interface Rare {
  /** The file the finding is in when it is not its object's (a rendered chart's template). */
  file?: string;
  ruleId?: string;
  object?: ObjectIdentity;
  objectKey?: string;
  origin?: RenderOrigin;
  path?: string;
  fingerprint?: string;
  title?: string;
  severity?: Severity;
  remediation?: string;
  message?: string;
  suppression?: Suppression;
  controls?: string[];
}

/**
 * A finding as evaluation builds it. Its message is written from the rule's template each time
 * it is read: at 100,000 objects the messages of a million findings were the largest thing the
 * scan held, and a report reads each one once. The hit's data is kept to fill it. What the
 * findings of one rule or one object have in common is read from the rule and the subject,
 * so a finding holds nine slots, not seventeen.
 */
export class RuleFinding implements Finding {
  range: SourceRange;
  container: string | undefined;
  fix: PlannedFix | undefined;
  // ruleId, title, severity, remediation, the message's text and the control ids are the rule's
  readonly #shared: FindingRule;
  readonly #subject: FindingSubject;
  // what the fingerprint is worked out from, whatever is set on `path` later
  readonly #path: string;
  #rare: Rare | undefined;
  // the hit's data the placeholders are filled from (the template made it for this finding
  // anyway), or the whole message when it has no placeholder
  readonly #data: Hit['data'] | string;
  // the SARIF replacements its fix was planned to, when the scan plans them (see FindingPlans)
  #planned: PlannedReplacements | undefined;

  /** `strings` gives the kept data's strings: see `ownData`. */
  constructor(shared: FindingRule, data: Hit['data'], strings: StringPool, fields: FindingFields) {
    const rule = shared.rule;
    this.#shared = shared;
    this.#subject = fields.subject;
    this.range = fields.range;
    this.#path = fields.path;
    this.container = fields.container;
    this.fix = fields.fix;
    if (fields.file !== fields.subject.file) this.#rare = { file: fields.file };
    this.#data = messageTemplate(rule.message).keys.length ? ownData(data, strings) : rule.message;
  }

  /** The record `f` shares with its object's other findings; undefined for a finding of another make (a worker's). */
  static subjectOf(f: Finding): FindingSubject | undefined {
    return f instanceof RuleFinding ? f.#subject : undefined;
  }

  /** Holds `f`'s planned replacements on `f` itself; false for a finding of another make. */
  static plan(f: Finding, r: PlannedReplacements): boolean {
    if (!(f instanceof RuleFinding)) return false;
    f.#planned = r;
    return true;
  }

  static plannedOf(f: Finding): PlannedReplacements | undefined {
    return f instanceof RuleFinding ? f.#planned : undefined;
  }

  get controls(): string[] {
    return this.#rare?.controls ?? this.#shared.controls;
  }

  set controls(ids: string[]) {
    (this.#rare ??= {}).controls = ids;
  }

  get ruleId(): string {
    return this.#rare?.ruleId ?? this.#shared.rule.id;
  }

  set ruleId(id: string) {
    (this.#rare ??= {}).ruleId = id;
  }

  get object(): ObjectIdentity {
    return this.#rare?.object ?? this.#subject.object;
  }

  set object(object: ObjectIdentity) {
    (this.#rare ??= {}).object = object;
  }

  get objectKey(): string {
    return this.#rare?.objectKey ?? this.#subject.objectKey;
  }

  set objectKey(key: string) {
    (this.#rare ??= {}).objectKey = key;
  }

  get origin(): RenderOrigin | undefined {
    const rare = this.#rare;
    return rare && Object.hasOwn(rare, 'origin') ? rare.origin : this.#subject.origin;
  }

  set origin(origin: RenderOrigin | undefined) {
    (this.#rare ??= {}).origin = origin;
  }

  /**
   * Worked out each time it is read, like the message: 48 bytes on each of a million findings
   * otherwise, and a report reads it once.
   */
  get fingerprint(): string {
    return this.#rare?.fingerprint ?? fingerprint(this.#shared.rule.id, this.#subject.file, this.#subject.object, this.#path);
  }

  set fingerprint(fp: string) {
    (this.#rare ??= {}).fingerprint = fp;
  }

  get file(): string {
    return this.#rare?.file ?? this.#subject.file;
  }

  set file(file: string) {
    (this.#rare ??= {}).file = file;
  }

  get path(): string {
    return this.#rare?.path ?? this.#path;
  }

  set path(path: string) {
    (this.#rare ??= {}).path = path;
  }

  get suppression(): Suppression | undefined {
    return this.#rare?.suppression;
  }

  set suppression(s: Suppression | undefined) {
    if (s !== undefined || this.#rare) (this.#rare ??= {}).suppression = s;
  }

  get title(): string {
    return this.#rare?.title ?? this.#shared.rule.title;
  }

  set title(text: string) {
    (this.#rare ??= {}).title = text;
  }

  get severity(): Severity {
    return this.#rare?.severity ?? this.#shared.rule.severity;
  }

  set severity(severity: Severity) {
    (this.#rare ??= {}).severity = severity;
  }

  get remediation(): string {
    return this.#rare?.remediation ?? this.#shared.rule.remediation;
  }

  set remediation(text: string) {
    (this.#rare ??= {}).remediation = text;
  }

  get message(): string {
    const set = this.#rare?.message;
    if (set !== undefined) return set;
    const data = this.#data;
    if (typeof data === 'string') return data;
    const { texts, keys } = messageTemplate(this.#shared.rule.message);
    let out = texts[0];
    // a name none of them has stays as written
    for (let i = 0; i < keys.length; i++) out += (placeholder(keys[i], this.#subject.object, data, this.container) ?? `{${keys[i]}}`) + texts[i + 1];
    return out;
  }

  set message(text: string) {
    (this.#rare ??= {}).message = text;
  }

  /** The plain finding, fields in the order every report has written them. */
  toJSON(): Finding {
    return plainFinding(this);
  }
}

/**
 * The planned replacements of one scan's findings, kept on the findings themselves (a slot each,
 * where a map took three and its spare room: half a million fixes at 100,000 objects), and on
 * the side for findings of another make (a worker's). One store per scan: a finding's slot holds
 * the plan of the scan that made it.
 */
export class FindingPlans implements PlannedFixesOut {
  readonly #others = new Map<Finding, PlannedReplacements>();
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get(f: Finding): PlannedReplacements | undefined {
    return RuleFinding.plannedOf(f) ?? this.#others.get(f);
  }

  has(f: Finding): boolean {
    return this.get(f) !== undefined;
  }

  set(f: Finding, r: PlannedReplacements): this {
    if (!this.has(f)) this.#size++;
    if (!RuleFinding.plan(f, r)) this.#others.set(f, r);
    return this;
  }
}
