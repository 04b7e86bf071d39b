import { ConfigError } from '../core/errors';
import { allFramework, loadFrameworks, type Framework } from '../rules/framework';
import type { RuleMeta } from '../core/model';
import { builtinFiles, type BuiltinFiles } from '../rules/builtin-files';
import { loadRules, type RuleFile, type RuleOverride } from '../rules/load-rules';
import type { Rule } from '../rules/rule';
import type { Settings } from '../rules/settings';
import { frameworkOverrides, mergeOverrides } from '../policy/framework-overrides';
import { importPolicies } from '../policy/vap';
import { append } from '../core/arrays';

export const RULES_DOCS_URL = 'https://github.com/kubegate/kubegate/blob/main/docs/rules.md';

export interface Catalog {
  rules: Rule[];
  /** Every framework, `all` included. */
  frameworks: Framework[];
}

export interface CatalogOptions {
  settings: Settings;
  overrides?: Record<string, RuleOverride>;
  /** The repository's own rules and frameworks (`.kubegate/rules`, `.kubegate/frameworks`). */
  customRules?: RuleFile[];
  customFrameworks?: RuleFile[];
  /** ValidatingAdmissionPolicy files (with their bindings and params), imported as rules. */
  policies?: RuleFile[];
  builtin?: BuiltinFiles;
}

export function loadCatalog(opts: CatalogOptions): Catalog {
  const files = opts.builtin ?? builtinFiles();
  const overrides = opts.customFrameworks?.length ? mergeOverrides(frameworkOverrides(opts.customFrameworks), opts.overrides) : opts.overrides;
  const builtinRules = loadRules(files.rules, opts.settings, { builtin: true, overrides });
  const custom = opts.customRules?.length ? loadRules(opts.customRules, opts.settings, { builtin: false, overrides }) : [];
  if (opts.policies?.length) append(custom, importPolicies(opts.policies, { overrides, taken: new Set(custom.map((r) => r.id)) }));
  for (const r of custom) {
    if (builtinRules.some((b) => b.id === r.id)) throw new ConfigError(`custom rule id "${r.id}" is already a built-in rule; pick another id`, r.source);
  }
  const rules = [...builtinRules, ...custom];
  const frameworks = loadFrameworks([...files.frameworks, ...(opts.customFrameworks ?? [])], rules);
  return { rules, frameworks: [...frameworks, allFramework(rules, frameworks)] };
}

/** Kubescape's framework names, so users moving over keep their settings. */
const ALIASES: Record<string, string> = { 'nsa-cisa': 'nsa', 'pss': 'pss-restricted' };

export function selectFrameworks(catalog: Catalog, ids: readonly string[]): Framework[] {
  const wanted = ids.length > 0 ? ids : ['all'];
  const out: Framework[] = [];
  for (const raw of wanted) {
    const id = raw.trim().toLowerCase();
    if (!id) continue;
    const fw = catalog.frameworks.find((f) => f.id === (ALIASES[id] ?? id));
    if (!fw) throw new ConfigError(`unknown framework "${raw}" (available: ${catalog.frameworks.map((f) => f.id).join(', ')})`);
    if (!out.includes(fw)) out.push(fw);
  }
  if (out.length === 0) throw new ConfigError('no framework selected');
  return out;
}

/** The rules the selected frameworks use, in catalog order. */
export function rulesOf(catalog: Catalog, frameworks: readonly Framework[]): Rule[] {
  const ids = new Set(frameworks.flatMap((f) => f.controls.flatMap((c) => c.rules)));
  return catalog.rules.filter((r) => ids.has(r.id));
}

/** External control ids per rule across every framework but `all` (for tags and summaries). */
export function controlIdsByRule(catalog: Catalog): Map<string, Array<{ framework: string; control: string; name: string }>> {
  const map = new Map<string, Array<{ framework: string; control: string; name: string }>>();
  for (const fw of catalog.frameworks) {
    if (fw.id === 'all') continue;
    for (const c of fw.controls) {
      for (const r of c.rules) {
        let list = map.get(r);
        if (!list) map.set(r, (list = []));
        list.push({ framework: fw.id, control: c.id, name: c.name });
      }
    }
  }
  return map;
}

/**
 * A rule's control ids as findings report them (each id once), as one list per rule that all
 * the rule's findings share.
 */
export function controlListsOf(controlIds: ReturnType<typeof controlIdsByRule>): (ruleId: string) => string[] {
  const lists = new Map<string, string[]>();
  return (ruleId) => {
    let list = lists.get(ruleId);
    if (!list) lists.set(ruleId, (list = [...new Set((controlIds.get(ruleId) ?? []).map((c) => c.control))]));
    return list;
  };
}

export function ruleMeta(rule: Rule, controls: Array<{ framework: string; control: string; name: string }>): RuleMeta {
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    description: rule.description,
    rationale: rule.rationale,
    remediation: rule.remediation,
    references: rule.references,
    controls,
    helpUri: rule.builtin ? `${RULES_DOCS_URL}#${rule.id}` : '',
    fixable: rule.fix !== undefined,
  };
}
