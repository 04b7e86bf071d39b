import { readYamlFile } from '../parse/yaml-file';
import { ConfigError, ConfigErrors } from '../core/errors';
import { SEVERITIES, type Severity } from '../core/model';
import type { Rule } from '../rules/rule';

export interface FrameworkControl {
  /** External id as the framework names it: C-0017, 5.2.5, T1611... */
  id: string;
  name: string;
  rules: string[];
  /** Other ids the control is known by (Kubescape id of a CIS control, MITRE technique...). */
  refs: string[];
  /** Display severity; defaults to the most severe of its rules. */
  severity?: Severity;
  /** Whether the rules follow the external definition of the id exactly (docs/coverage.md says why not). */
  fidelity?: Fidelity;
  /** How the rules judge the control, where it differs from the external definition. */
  note?: string;
}

export const FIDELITIES = ['exact', 'differs'] as const;
export type Fidelity = (typeof FIDELITIES)[number];

export interface Framework {
  id: string;
  name: string;
  description: string;
  url?: string;
  controls: FrameworkControl[];
  source: string;
}

const FW_KEYS = new Set(['id', 'name', 'description', 'url', 'version', 'controls']);
// `params` (custom frameworks): per-rule parameter overrides, read by src/policy/framework-overrides.ts
const CONTROL_KEYS = new Set(['id', 'name', 'rules', 'refs', 'severity', 'note', 'fidelity', 'params']);

export function loadFrameworks(files: Array<{ path: string; text: string }>, rules: readonly Rule[]): Framework[] {
  const known = new Set(rules.map((r) => r.id));
  const errors: ConfigError[] = [];
  const out: Framework[] = [];
  for (const f of files) {
    try {
      const y = readYamlFile(f.path, f.text);
      const v = y.value as Record<string, unknown>;
      if (!v || typeof v !== 'object' || Array.isArray(v)) {
        errors.push(y.error([], 'a framework file must be a mapping'));
        continue;
      }
      for (const k of Object.keys(v)) if (!FW_KEYS.has(k)) errors.push(y.error([k], `unknown key "${k}" in framework`));
      if (typeof v.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(v.id)) errors.push(y.error(['id'], 'framework "id" must be a lower-case identifier'));
      if (typeof v.name !== 'string') errors.push(y.error(['name'], 'framework "name" must be a string'));
      if (!Array.isArray(v.controls)) {
        errors.push(y.error(['controls'], 'framework "controls" must be a list'));
        continue;
      }
      const controls: FrameworkControl[] = [];
      const ids = new Set<string>();
      v.controls.forEach((c: Record<string, unknown>, i: number) => {
        if (!c || typeof c !== 'object') {
          errors.push(y.error(['controls', i], 'a control must be a mapping'));
          return;
        }
        for (const k of Object.keys(c)) if (!CONTROL_KEYS.has(k)) errors.push(y.error(['controls', i, k], `unknown key "${k}" in control`));
        const id = String(c.id ?? '');
        if (!id) errors.push(y.error(['controls', i], 'control needs an "id"'));
        if (ids.has(id)) errors.push(y.error(['controls', i, 'id'], `duplicate control id "${id}"`));
        ids.add(id);
        const rs = Array.isArray(c.rules) ? c.rules.map(String) : [];
        if (rs.length === 0) errors.push(y.error(['controls', i, 'rules'], `control "${id}" must list at least one rule`));
        rs.forEach((r: string, j: number) => {
          if (!known.has(r)) errors.push(y.error(['controls', i, 'rules', j], `control "${id}" names unknown rule "${r}"`));
        });
        const sev = c.severity as Severity | undefined;
        if (sev !== undefined && !SEVERITIES.includes(sev)) errors.push(y.error(['controls', i, 'severity'], `severity must be one of ${SEVERITIES.join(', ')}`));
        const fidelity = c.fidelity as Fidelity | undefined;
        if (fidelity !== undefined && !FIDELITIES.includes(fidelity)) errors.push(y.error(['controls', i, 'fidelity'], `fidelity must be one of ${FIDELITIES.join(', ')}`));
        const note = typeof c.note === 'string' ? c.note : undefined;
        controls.push({ id, name: String(c.name ?? id), rules: rs, refs: Array.isArray(c.refs) ? c.refs.map(String) : [], severity: sev, ...(fidelity ? { fidelity } : {}), ...(note ? { note } : {}) });
      });
      out.push({ id: String(v.id), name: String(v.name), description: String(v.description ?? ''), url: typeof v.url === 'string' ? v.url : undefined, controls, source: f.path });
    } catch (err) {
      if (err instanceof ConfigError) errors.push(err);
      else throw err;
    }
  }
  const seen = new Set<string>();
  for (const fw of out) {
    if (seen.has(fw.id) || fw.id === 'all') errors.push(new ConfigError(`duplicate framework id "${fw.id}"`, fw.source));
    seen.add(fw.id);
  }
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
  return out;
}

/** `all`: every loaded rule as its own control, tagged with the ids other frameworks give it. */
export function allFramework(rules: readonly Rule[], frameworks: readonly Framework[]): Framework {
  return {
    id: 'all',
    name: 'All kubegate rules',
    description: 'Every rule kubegate has, each as its own control.',
    source: '(built in)',
    controls: rules.map((r) => ({
      id: r.id,
      name: r.title,
      rules: [r.id],
      refs: [...new Set(frameworks.flatMap((f) => f.controls.filter((c) => c.rules.includes(r.id)).map((c) => c.id)))],
    })),
  };
}

export function ruleSeverityMax(rules: readonly Rule[], ids: readonly string[]): Severity {
  let best: Severity = 'low';
  for (const id of ids) {
    const r = rules.find((x) => x.id === id);
    if (r && SEVERITIES.indexOf(r.severity) < SEVERITIES.indexOf(best)) best = r.severity;
  }
  return best;
}
