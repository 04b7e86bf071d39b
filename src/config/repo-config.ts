import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEVERITIES, type Severity } from '../core/model';
import type { RuleOverride } from '../rules/load-rules';
import { defaultSettings, parseSettingValue, type Settings } from '../rules/settings';
import { readYamlFile } from '../parse/yaml-file';

/** `.kubegate.yaml` at the repository root: team defaults that inputs and flags override. */
export interface RepoConfig {
  path?: string;
  frameworks?: string[];
  severityThreshold?: Severity | 'none';
  complianceThreshold?: number;
  files?: string[];
  exclude?: string[];
  settings: Settings;
  rules: Record<string, RuleOverride>;
}

export const REPO_CONFIG_FILES = ['.kubegate.yaml', '.kubegate.yml'];
const KEYS = new Set(['frameworks', 'severity-threshold', 'compliance-threshold', 'files', 'exclude', 'settings', 'rules']);

export function readRepoConfig(root: string, explicit?: string): RepoConfig {
  const candidates = explicit ? [explicit] : REPO_CONFIG_FILES;
  for (const name of candidates) {
    const abs = path.resolve(root, name);
    if (!fs.existsSync(abs)) {
      if (explicit) throw readYamlFile(name, '').error([], `config file ${name} does not exist`);
      continue;
    }
    return parseRepoConfig(path.relative(root, abs) || name, fs.readFileSync(abs, 'utf8'));
  }
  return { settings: defaultSettings(), rules: {} };
}

export function parseRepoConfig(file: string, text: string): RepoConfig {
  const y = readYamlFile(file, text);
  const v = (y.value ?? {}) as Record<string, unknown>;
  if (typeof v !== 'object' || Array.isArray(v)) throw y.error([], 'the config file must be a mapping');
  for (const k of Object.keys(v)) if (!KEYS.has(k)) throw y.error([k], `unknown key "${k}" (known: ${[...KEYS].join(', ')})`);
  const out: RepoConfig = { path: file, settings: defaultSettings(), rules: {} };
  const list = (k: string): string[] | undefined => {
    const x = v[k];
    if (x === undefined) return undefined;
    if (typeof x === 'string') return x.split(',').map((s) => s.trim()).filter(Boolean);
    if (Array.isArray(x) && x.every((i) => typeof i === 'string')) return x as string[];
    throw y.error([k], `"${k}" must be a list of strings`);
  };
  out.frameworks = list('frameworks');
  out.files = list('files');
  out.exclude = list('exclude');
  if (v['severity-threshold'] !== undefined) out.severityThreshold = parseSeverityThreshold(String(v['severity-threshold']), (m) => y.error(['severity-threshold'], m));
  if (v['compliance-threshold'] !== undefined) out.complianceThreshold = parseComplianceThreshold(String(v['compliance-threshold']), (m) => y.error(['compliance-threshold'], m));
  const settings = v.settings as Record<string, unknown> | undefined;
  if (settings !== undefined) {
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw y.error(['settings'], '"settings" must be a mapping');
    for (const [k, val] of Object.entries(settings)) {
      const parsed = parseSettingValue(k, val);
      if ('error' in parsed) throw y.error(['settings', k], parsed.error);
      out.settings[k] = parsed.value;
    }
  }
  const rules = v.rules as Record<string, unknown> | undefined;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw y.error(['rules'], '"rules" must be a mapping of rule id to overrides');
    for (const [id, o] of Object.entries(rules)) {
      const ov = o as Record<string, unknown>;
      if (typeof ov !== 'object' || ov === null) throw y.error(['rules', id], `override of rule "${id}" must be a mapping`);
      for (const k of Object.keys(ov)) if (!['severity', 'params', 'enabled'].includes(k)) throw y.error(['rules', id, k], `unknown key "${k}" (known: severity, params, enabled)`);
      if (ov.severity !== undefined && !SEVERITIES.includes(ov.severity as Severity)) throw y.error(['rules', id, 'severity'], `severity must be one of ${SEVERITIES.join(', ')}`);
      if (ov.enabled !== undefined && typeof ov.enabled !== 'boolean') throw y.error(['rules', id, 'enabled'], '"enabled" must be true or false');
      out.rules[id] = { severity: ov.severity as Severity | undefined, params: ov.params as Record<string, unknown> | undefined, enabled: ov.enabled as boolean | undefined };
    }
  }
  return out;
}

export function parseSeverityThreshold(s: string, err: (m: string) => Error): Severity | 'none' {
  const v = s.trim().toLowerCase();
  if (v === 'none' || (SEVERITIES as readonly string[]).includes(v)) return v as Severity | 'none';
  throw err(`severity threshold must be one of critical, high, medium, low, none; got "${s}"`);
}

export function parseComplianceThreshold(s: string, err: (m: string) => Error): number {
  const n = Number(s.trim().replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > 100 || s.trim() === '') throw err(`compliance threshold must be a number from 0 to 100; got "${s}"`);
  return n;
}
