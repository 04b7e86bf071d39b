/** The editor's settings (initializationOptions, workspace/didChangeConfiguration) read defensively. */
import { SEVERITIES, type Severity } from '../core/model';
import type { EditorSettings } from './scan-root';

/** Unknown or mistyped values keep the previous setting: a typo must not switch checks off. */
export function readSettings(raw: unknown, prev: EditorSettings): EditorSettings {
  if (!raw || typeof raw !== 'object') return prev;
  const r = raw as { frameworks?: unknown; severityThreshold?: unknown };
  const frameworks = Array.isArray(r.frameworks) ? r.frameworks.filter((x): x is string => typeof x === 'string') : typeof r.frameworks === 'string' ? r.frameworks.split(',').map((s) => s.trim()).filter(Boolean) : prev.frameworks;
  const t = typeof r.severityThreshold === 'string' ? r.severityThreshold.toLowerCase() : '';
  const severityThreshold = (SEVERITIES as readonly string[]).includes(t) ? (t as Severity) : prev.severityThreshold;
  return { frameworks, severityThreshold };
}
