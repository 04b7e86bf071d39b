import { readYamlFile } from '../parse/yaml-file';
import { ConfigError, ConfigErrors } from '../core/errors';
import { SEVERITIES, type Severity } from '../core/model';
import type { RuleFile, RuleOverride } from '../rules/load-rules';
import { isRecord } from '../rules/pod-spec';

/**
 * What a repository's own frameworks change in the rules they include: a control's `severity`
 * becomes the severity of its rules' findings, and `params: {<rule id>: {...}}` retunes a rule.
 * These are the repository's policy, so they hold for the whole scan (like `.kubegate.yaml`'s
 * `rules:` overrides, which win over them); two frameworks may not disagree about one rule.
 * Built-in frameworks never override: their control severities are for display.
 */
export function frameworkOverrides(files: readonly RuleFile[]): Record<string, RuleOverride> {
  const out: Record<string, RuleOverride> = {};
  const origin = new Map<string, string>();
  const errors: ConfigError[] = [];
  for (const f of files) {
    let y;
    try {
      y = readYamlFile(f.path, f.text);
    } catch (err) {
      // loadFrameworks reports unreadable files with their position
      if (err instanceof ConfigError) continue;
      throw err;
    }
    const controls = isRecord(y.value) && Array.isArray(y.value.controls) ? y.value.controls : [];
    controls.forEach((c: unknown, i: number) => {
      if (!isRecord(c)) return;
      const rules: string[] = Array.isArray(c.rules) ? c.rules.map(String) : [];
      const here = `${f.path} (control ${String(c.id ?? i)})`;
      const set = (rule: string, key: 'severity' | 'params', value: unknown, at: Array<string | number>) => {
        const o = (out[rule] ??= {});
        const prev = key === 'severity' ? o.severity : o.params;
        const where = origin.get(`${rule}/${key}`);
        if (prev !== undefined && JSON.stringify(prev) !== JSON.stringify(value)) {
          errors.push(y.error(at, `${key} of rule "${rule}" is already overridden differently by ${where}; a rule has one ${key} per scan`));
          return;
        }
        if (key === 'severity') o.severity = value as Severity;
        else o.params = value as Record<string, unknown>;
        origin.set(`${rule}/${key}`, here);
      };
      if (c.severity !== undefined && SEVERITIES.includes(c.severity as Severity)) for (const r of rules) set(r, 'severity', c.severity, ['controls', i, 'severity']);
      if (c.params === undefined) return;
      if (!isRecord(c.params)) {
        errors.push(y.error(['controls', i, 'params'], '"params" must map rule ids to their parameters'));
        return;
      }
      for (const [rule, params] of Object.entries(c.params)) {
        if (!rules.includes(rule)) errors.push(y.error(['controls', i, 'params', rule], `"params" names rule "${rule}", which the control does not list`));
        else if (!isRecord(params)) errors.push(y.error(['controls', i, 'params', rule], `parameters of rule "${rule}" must be a mapping`));
        else set(rule, 'params', params, ['controls', i, 'params', rule]);
      }
    });
  }
  if (errors.length) throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
  return out;
}

/** Framework overrides under the repository config's: `.kubegate.yaml` has the last word. */
export function mergeOverrides(fromFrameworks: Record<string, RuleOverride>, fromConfig: Record<string, RuleOverride> = {}): Record<string, RuleOverride> {
  const out: Record<string, RuleOverride> = {};
  for (const id of new Set([...Object.keys(fromFrameworks), ...Object.keys(fromConfig)])) {
    const a = fromFrameworks[id] ?? {};
    const b = fromConfig[id] ?? {};
    out[id] = {
      severity: b.severity ?? a.severity,
      params: a.params || b.params ? { ...a.params, ...b.params } : undefined,
      enabled: b.enabled ?? a.enabled,
    };
  }
  return out;
}
