import { GitHubCallError } from './call';

export type Failure =
  /** The token lacks a permission: expected on fork and Dependabot PRs (read-only token). */
  | { kind: 'permission' }
  /** Code scanning is off for the repository (no Advanced Security, archived, not found). */
  | { kind: 'not-enabled'; detail: string }
  | { kind: 'failed' };

const NO_PERMISSION = /resource not accessible by (integration|personal access token)|must have (admin|push) (rights|access)|not authorized|insufficient|permission/i;
const NOT_ENABLED = /advanced security|code scanning is not enabled|not enabled for this repository|repository is archived|archived/i;

/** Why a call failed, as the user must hear it. Codes other than 401/403/404 are plain failures. */
export function classify(err: unknown, codeScanning = false): Failure {
  if (!(err instanceof GitHubCallError)) return { kind: 'failed' };
  if (codeScanning) {
    if (err.status === 403 && NOT_ENABLED.test(err.apiMessage)) return { kind: 'not-enabled', detail: err.apiMessage };
    // codeql-action reads 404 on upload the same way: the feature is not available here
    if (err.status === 404) return { kind: 'not-enabled', detail: err.apiMessage };
  }
  if (err.status === 403 && (NO_PERMISSION.test(err.apiMessage) || !/rate limit/i.test(err.apiMessage))) return { kind: 'permission' };
  return { kind: 'failed' };
}
