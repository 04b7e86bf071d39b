import type { FixMode, Severity } from '../core/model';
import type { PssChange } from './pss-version';
import type { Check } from './template';

/** A fix as a rule declares it: operations relative to the hit's `fixBase`. */
export interface FixSpec {
  mode: FixMode;
  description: string;
  operations: Array<{ op: 'set' | 'remove' | 'add-to-list'; path: string; value?: unknown; placeholder?: string }>;
}

/** A rule as written in `rules/<id>/rule.yaml` (or a user's `.kubegate/rules/`). */
export interface RuleDef {
  id: string;
  title: string;
  severity: Severity;
  description: string;
  rationale: string;
  remediation: string;
  references: string[];
  /** Kinds judged; defaults to the template's kinds. */
  kinds?: string[];
  template: string;
  params: Record<string, unknown>;
  /** Message with `{placeholders}`: kind, name, namespace, container and the template's own. */
  message: string;
  fix?: FixSpec;
  /** Pod Security Standards release that introduced the check; at an older pssVersion it judges nothing. */
  pssSince?: string;
  /** File the rule was read from, for error messages and docs. */
  source: string;
  builtin: boolean;
}

export interface Rule extends RuleDef {
  check: Check;
  /** Parameter values by Pod Security Standards release (`$byPssVersion`), for the docs. */
  pssChanges?: PssChange[];
  /** undefined = every kind. */
  kindSet?: ReadonlySet<string>;
  /** Windows pods are out of scope: the rule is about Linux-only settings (Template.linuxOnly). */
  linuxOnly?: boolean;
}
