import type { Finding, ObjectIdentity, PlannedFix, RenderOrigin, Severity, SourceRange, Suppression } from '../core/model';
import type { Rule } from '../rules/rule';
import { plainFinding } from '../core/plain-finding';
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

/** The fields of a finding that evaluation sets; the message comes from the rule and the hit. */
export type FindingFields = Pick<Finding, 'object' | 'file' | 'range' | 'path' | 'fingerprint' | 'objectKey' | 'container' | 'fix' | 'origin'>;

// one list until the scan sets the rule's control ids: a million findings, one empty array
const NO_CONTROLS: string[] = [];

/**
 * A finding as evaluation builds it. Its message is written from the rule's template each time
 * it is read: at 100,000 objects the messages of a million findings were the largest thing the
 * scan held, and a report reads each one once. The hit's data is kept to fill it.
 */
export class RuleFinding implements Finding {
  ruleId: string;
  object: ObjectIdentity;
  file: string;
  range: SourceRange;
  path: string;
  fingerprint: string;
  objectKey: string;
  controls: string[] = NO_CONTROLS;
  container: string | undefined;
  fix: PlannedFix | undefined;
  origin: RenderOrigin | undefined;
  suppression?: Suppression;
  // title, severity, remediation and the message's text are the rule's: one reference, not four
  readonly #rule: Rule;
  // what was set over the rule's (a finding is a plain record to its readers, and writable)
  #own: { title?: string; severity?: Severity; remediation?: string } | undefined;
  // the hit's data the placeholders are filled from (the template made it for this finding
  // anyway), or the whole message once it is set or has no placeholder
  readonly #data: Hit['data'] | string;
  #message: string | undefined;

  constructor(rule: Rule, hit: Hit, fields: FindingFields) {
    this.ruleId = rule.id;
    this.#rule = rule;
    this.object = fields.object;
    this.file = fields.file;
    this.range = fields.range;
    this.path = fields.path;
    this.fingerprint = fields.fingerprint;
    this.objectKey = fields.objectKey;
    this.container = fields.container;
    this.fix = fields.fix;
    this.origin = fields.origin;
    this.#data = messageTemplate(rule.message).keys.length ? hit.data : rule.message;
  }

  get title(): string {
    return this.#own?.title ?? this.#rule.title;
  }

  set title(text: string) {
    (this.#own ??= {}).title = text;
  }

  get severity(): Severity {
    return this.#own?.severity ?? this.#rule.severity;
  }

  set severity(severity: Severity) {
    (this.#own ??= {}).severity = severity;
  }

  get remediation(): string {
    return this.#own?.remediation ?? this.#rule.remediation;
  }

  set remediation(text: string) {
    (this.#own ??= {}).remediation = text;
  }

  get message(): string {
    if (this.#message !== undefined) return this.#message;
    const data = this.#data;
    if (typeof data === 'string') return data;
    const { texts, keys } = messageTemplate(this.#rule.message);
    let out = texts[0];
    // a name none of them has stays as written
    for (let i = 0; i < keys.length; i++) out += (placeholder(keys[i], this.object, data, this.container) ?? `{${keys[i]}}`) + texts[i + 1];
    return out;
  }

  set message(text: string) {
    this.#message = text;
  }

  /** The plain finding, fields in the order every report has written them. */
  toJSON(): Finding {
    return plainFinding(this);
  }
}
