import { CelCompileError } from './cel/compile';
import { positionInScalar } from './cel/source-position';
import { readYamlFile, type YamlFile } from '../parse/yaml-file';
import { ConfigError, ConfigErrors } from '../core/errors';
import { SEVERITIES, type Severity } from '../core/model';
import type { FixSpec, Rule, RuleDef } from './rule';
import { resolveSettingRefs, type Settings } from './settings';
import { isWindowsPod, podView } from './pod-spec';
import { effectivePssMinor, pssMinor, resolvePssVersionRefs } from './pss-version';
import { TemplateParamError, validateParams, type Check } from './template';
import { TEMPLATES } from './templates';

export interface RuleFile {
  path: string;
  text: string;
}

const RULE_KEYS = new Set(['id', 'title', 'severity', 'description', 'rationale', 'remediation', 'references', 'kinds', 'check', 'message', 'fix', 'pssSince']);
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Per-rule overrides from `.kubegate.yaml` (`rules: { <id>: { severity, params, enabled } }`). */
export interface RuleOverride {
  severity?: Severity;
  params?: Record<string, unknown>;
  enabled?: boolean;
}

/**
 * Reads, validates and compiles rule files. Every problem in every file is collected before
 * throwing, each with its file and line, so a broken policy never passes silently.
 */
export function loadRules(files: RuleFile[], settings: Settings, opts: { builtin: boolean; overrides?: Record<string, RuleOverride> }): Rule[] {
  const errors: ConfigError[] = [];
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    try {
      const y = readYamlFile(f.path, f.text);
      const def = readRuleDef(y, f, opts.builtin, errors);
      if (!def) continue;
      const prev = seen.get(def.id);
      if (prev) {
        errors.push(new ConfigError(`duplicate rule id "${def.id}" (also defined in ${prev})`, f.path, { startLine: 1, startColumn: 1 }));
        continue;
      }
      seen.set(def.id, f.path);
      const ov = opts.overrides?.[def.id];
      if (ov?.severity) def.severity = ov.severity;
      if (ov?.params) def.params = { ...def.params, ...ov.params };
      const rule = compileRule(def, settings, errors, y, f.text);
      if (rule) rules.push(rule);
    } catch (err) {
      if (err instanceof ConfigError) errors.push(err);
      else throw err;
    }
  }
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

function readRuleDef(y: YamlFile, f: RuleFile, builtin: boolean, errors: ConfigError[]): RuleDef | undefined {
  const v = y.value as Record<string, unknown> | null;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    errors.push(y.error([], 'a rule file must be a mapping'));
    return undefined;
  }
  const before = errors.length;
  for (const k of Object.keys(v)) if (!RULE_KEYS.has(k)) errors.push(y.error([k], `unknown key "${k}" (known: ${[...RULE_KEYS].join(', ')})`));
  const str = (k: string, required = true): string => {
    const x = v[k];
    if (typeof x === 'string' && x.trim()) return x.trim();
    if (required || x !== undefined) errors.push(y.error([k], `"${k}" must be a non-empty string`));
    return '';
  };
  const id = str('id');
  if (id && !ID_RE.test(id)) errors.push(y.error(['id'], `rule id "${id}" must be kebab-case (a-z, 0-9, dashes)`));
  const severity = str('severity') as Severity;
  if (severity && !SEVERITIES.includes(severity)) errors.push(y.error(['severity'], `severity must be one of ${SEVERITIES.join(', ')}, got "${severity}"`));
  const check = v.check as Record<string, unknown> | undefined;
  let template = '';
  let params: Record<string, unknown> = {};
  if (!check || typeof check !== 'object' || Array.isArray(check)) errors.push(y.error(['check'], '"check" must be a mapping with "template" and "params"'));
  else {
    template = typeof check.template === 'string' ? check.template : '';
    if (!TEMPLATES.has(template)) errors.push(y.error(['check', 'template'], `unknown template "${String(check.template)}" (known: ${[...TEMPLATES.keys()].join(', ')})`));
    if (check.params !== undefined && (typeof check.params !== 'object' || check.params === null || Array.isArray(check.params))) {
      errors.push(y.error(['check', 'params'], '"params" must be a mapping'));
    } else params = (check.params as Record<string, unknown>) ?? {};
    for (const k of Object.keys(check)) if (k !== 'template' && k !== 'params') errors.push(y.error(['check', k], `unknown key "${k}" in check`));
  }
  const refs = v.references ?? [];
  if (!Array.isArray(refs) || refs.some((r) => typeof r !== 'string')) errors.push(y.error(['references'], '"references" must be a list of URLs'));
  const kinds = v.kinds;
  if (kinds !== undefined && (!Array.isArray(kinds) || kinds.some((k) => typeof k !== 'string'))) errors.push(y.error(['kinds'], '"kinds" must be a list of kinds'));
  const fix = readFix(v.fix, y, errors);
  const pssSince = v.pssSince === undefined ? undefined : String(v.pssSince);
  if (pssSince !== undefined && pssMinor(pssSince) === undefined) errors.push(y.error(['pssSince'], `"pssSince" must be a version like "1.34", got "${pssSince}"`));
  const def: RuleDef = {
    id,
    title: str('title'),
    severity,
    description: str('description'),
    rationale: str('rationale', builtin),
    remediation: str('remediation'),
    references: Array.isArray(refs) ? (refs as string[]) : [],
    kinds: kinds as string[] | undefined,
    template,
    params,
    message: str('message'),
    fix,
    ...(pssSince !== undefined ? { pssSince } : {}),
    source: f.path,
    builtin,
  };
  if (def.message && TEMPLATES.has(template)) {
    const known = new Set(['kind', 'name', 'namespace', 'container', ...TEMPLATES.get(template)!.placeholders]);
    for (const m of def.message.matchAll(/\{(\w+)\}/g)) {
      if (!known.has(m[1])) errors.push(y.error(['message'], `message placeholder {${m[1]}} is not supplied by template "${template}" (available: ${[...known].join(', ')})`));
    }
  }
  return errors.length > before ? undefined : def;
}

function readFix(raw: unknown, y: YamlFile, errors: ConfigError[]): FixSpec | undefined {
  if (raw === undefined) return undefined;
  const f = raw as Record<string, unknown>;
  if (!f || typeof f !== 'object' || Array.isArray(f)) {
    errors.push(y.error(['fix'], '"fix" must be a mapping'));
    return undefined;
  }
  if (f.mode !== 'safe' && f.mode !== 'suggestion') errors.push(y.error(['fix', 'mode'], 'fix "mode" must be safe or suggestion'));
  const ops = f.operations;
  if (!Array.isArray(ops) || ops.length === 0) {
    errors.push(y.error(['fix', 'operations'], 'fix "operations" must be a non-empty list'));
    return undefined;
  }
  ops.forEach((op, i) => {
    const o = op as Record<string, unknown>;
    if (!o || !['set', 'remove', 'add-to-list'].includes(String(o.op))) errors.push(y.error(['fix', 'operations', i], 'operation "op" must be set, remove or add-to-list'));
    if (typeof o?.path !== 'string') errors.push(y.error(['fix', 'operations', i], 'operation "path" must be a string'));
    if (o?.op !== 'remove' && o?.value === undefined) errors.push(y.error(['fix', 'operations', i], `operation "${String(o?.op)}" needs a "value"`));
    if (o?.placeholder !== undefined && (typeof o.placeholder !== 'string' || o.op === 'remove')) errors.push(y.error(['fix', 'operations', i], 'operation "placeholder" must be a text naming the value a person must choose (not on remove)'));
  });
  return {
    mode: f.mode as FixSpec['mode'],
    description: typeof f.description === 'string' ? f.description : '',
    operations: ops as FixSpec['operations'],
  };
}

/** A check about Linux-only settings leaves Windows pods alone (Template.linuxOnly). */
function linuxScoped(check: Check, linuxOnly: boolean): Check {
  if (!linuxOnly) return check;
  return (obj, ctx) => {
    const pod = podView(obj);
    return pod && isWindowsPod(pod) ? undefined : check(obj, ctx);
  };
}

function compileRule(def: RuleDef, settings: Settings, errors: ConfigError[], y: YamlFile, text: string): Rule | undefined {
  const template = TEMPLATES.get(def.template)!;
  const before = errors.length;
  const minor = effectivePssMinor(settings.pssVersion);
  const versioned = resolvePssVersionRefs(def.params, minor, (m) => errors.push(y.error(['check', 'params'], m)));
  const resolved = resolveSettingRefs(versioned.params, settings, (m) => errors.push(y.error(['check', 'params'], m)));
  const { params, errors: perrs } = validateParams(template.params, resolved);
  for (const e of perrs) {
    const key = /"([^"]+)"/.exec(e)?.[1];
    errors.push(y.error(key ? ['check', 'params', key] : ['check', 'params'], `template "${template.name}": ${e}`));
  }
  if (errors.length > before) return undefined;
  try {
    const linuxOnly = template.linuxOnly?.(params) === true;
    const compiled = linuxScoped(template.compile(params), linuxOnly);
    // a check Pod Security Admission did not have at the pinned release applies to nothing
    const check: Check = def.pssSince && pssMinor(def.pssSince)! > minor ? () => undefined : compiled;
    const kinds = def.kinds ?? (template.kinds === '*' ? undefined : [...template.kinds]);
    return {
      ...def,
      check,
      kindSet: kinds ? new Set(kinds) : undefined,
      ...(linuxOnly ? { linuxOnly } : {}),
      ...(versioned.changes.length > 0 ? { pssChanges: versioned.changes } : {}),
    };
  } catch (err) {
    if (err instanceof TemplateParamError) {
      // CEL errors carry the parameter and the offset inside the expression (src/rules/cel/compile.ts)
      const at = err instanceof CelCompileError ? err.at : undefined;
      const where = at ? ['check', 'params', ...at.path] : ['check', 'params'];
      errors.push(new ConfigError(`template "${template.name}": ${err.message}`, y.path, (at && positionInScalar(text, where, at.offset)) ?? y.position(where)));
      return undefined;
    }
    throw err;
  }
}
