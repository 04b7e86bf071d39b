import type { Catalog } from '../policy/catalog';

/** One (framework, control) a rule belongs to, with every name either is known by. */
export interface RuleMembership {
  /** Framework id, name and the names Kubescape gives it (NSA, AllControls...). */
  frameworkNames: string[];
  /** Control id and the other ids it is known by (refs). */
  controlIds: string[];
}

/**
 * Turns the names users write (rule ids, control ids such as C-0017 or 5.2.5, framework ids) into
 * kubegate rule ids, using the frameworks of the loaded catalog: control ids are data, so a new
 * framework file makes its ids usable in exceptions without code.
 */
export interface RuleResolver {
  readonly ruleIds: ReadonlySet<string>;
  /** Rules implementing a control (by its id or one of its refs), case-insensitively. */
  rulesOfControl(id: string): string[] | undefined;
  rulesOfFramework(id: string): string[] | undefined;
  /** A rule id, else a control id; undefined when neither is known. */
  resolve(id: string): string[] | undefined;
  memberships(ruleId: string): RuleMembership[];
}

/**
 * Names Kubescape uses for frameworks we ship under another id. Ids that differ only in case
 * (AllControls, ArmoBest, MITRE...) need no entry: framework names are compared case-insensitively.
 */
export const KUBESCAPE_FRAMEWORK_NAMES: Record<string, string[]> = {
  nsa: ['nsa-cisa'],
  cis: ['cis-v1.23-t1.0.1', 'cis-v1.10.0'],
  'pss-restricted': ['pss'],
};

export function ruleResolver(catalog: Catalog): RuleResolver {
  const ruleIds = new Set(catalog.rules.map((r) => r.id));
  const byControl = new Map<string, Set<string>>();
  const byFramework = new Map<string, string[]>();
  const memberships = new Map<string, RuleMembership[]>();
  for (const fw of catalog.frameworks) {
    const fwNames = [fw.id, fw.name, ...(KUBESCAPE_FRAMEWORK_NAMES[fw.id] ?? [])];
    const rules = new Set<string>();
    for (const c of fw.controls) {
      const ids = [c.id, ...c.refs];
      for (const r of c.rules) {
        rules.add(r);
        let m = memberships.get(r);
        if (!m) memberships.set(r, (m = []));
        m.push({ frameworkNames: fwNames, controlIds: ids });
        // the `all` framework's control ids are rule ids; they are resolved as rules already
        if (fw.id === 'all') {
          for (const ref of c.refs) addTo(byControl, ref.toLowerCase(), r);
          continue;
        }
        for (const id of ids) addTo(byControl, id.toLowerCase(), r);
      }
    }
    byFramework.set(fw.id, [...rules]);
  }
  return {
    ruleIds,
    rulesOfControl: (id) => {
      const s = byControl.get(id.trim().toLowerCase());
      return s ? [...s] : undefined;
    },
    rulesOfFramework: (id) => byFramework.get(id.trim().toLowerCase()) ?? byFramework.get(aliasOf(id)),
    resolve(id) {
      const t = id.trim();
      if (ruleIds.has(t)) return [t];
      if (ruleIds.has(t.toLowerCase())) return [t.toLowerCase()];
      return this.rulesOfControl(t);
    },
    memberships: (ruleId) => memberships.get(ruleId) ?? [],
  };
}

function aliasOf(name: string): string {
  const n = name.trim().toLowerCase();
  for (const [id, names] of Object.entries(KUBESCAPE_FRAMEWORK_NAMES)) if (names.some((x) => x.toLowerCase() === n)) return id;
  return n;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(value);
}
