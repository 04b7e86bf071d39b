import * as core from '@actions/core';
import type { RawOptions } from '../pipeline/scan-options';
import { renderOptionsFromText, type RenderOptions } from '../render';
import type { FixPullRequestMode } from './fix-pull-request';
import { normaliseCategory, parseBool, parseChoice, type CommentMode } from './input-values';

export type { CommentMode } from './input-values';

/** Every action input, read once. Names match action.yml. */
export interface ActionInputs extends RawOptions {
  sarifFile: string;
  token: string;
  /** Helm/Kustomize inputs (docs/rendering.md). */
  render: RenderOptions;
  /** Check-run annotations, or workflow-command annotations when the token cannot create a check run. */
  annotations: boolean;
  comment: CommentMode;
  /** Review comments with suggestion blocks on changed lines; the other fixes as a patch in the job summary. */
  suggestions: boolean;
  uploadSarif: boolean;
  /** Code-scanning category (`runAutomationDetails.id`), always ending in `/`. */
  sarifCategory: string;
  /** On push, schedule and workflow_dispatch: keep one pull request with the fixes (docs/github.md). */
  fixPullRequest: FixPullRequestMode;
}

export function readActionInputs(workspace: string): ActionInputs {
  const get = (name: string) => core.getInput(name).trim();
  const token = get('token');
  // before anything can log it: the runner masks registered secrets in every later line
  if (token) core.setSecret(token);
  return {
    root: workspace,
    files: core.getInput('files'),
    exclude: core.getInput('exclude'),
    frameworks: get('frameworks'),
    severityThreshold: get('severity-threshold'),
    complianceThreshold: get('compliance-threshold'),
    config: get('config'),
    maxFileSize: get('max-file-size'),
    rules: get('rules'),
    policies: core.getInput('policies'),
    exceptions: get('exceptions'),
    baseline: get('baseline'),
    trustedConfig: get('trusted-config'),
    sarifFile: get('sarif-file'),
    render: renderOptionsFromText(
      {
        helmValues: core.getInput('helm-values'),
        helmSet: core.getInput('helm-set'),
        helmNamespace: get('helm-namespace'),
        helm: get('helm'),
        kustomize: get('kustomize'),
        failOnRenderError: get('fail-on-render-error'),
        allowRemoteBases: get('allow-remote-bases'),
      },
      process.env,
    ),
    token,
    annotations: parseBool('annotations', get('annotations'), true),
    comment: parseChoice('comment', get('comment'), ['off', 'on-failure', 'always'] as const, 'off'),
    suggestions: parseBool('suggestions', get('suggestions'), false),
    uploadSarif: parseBool('upload-sarif', get('upload-sarif'), true),
    sarifCategory: normaliseCategory(get('sarif-category')),
    fixPullRequest: parseChoice('fix-pull-request', get('fix-pull-request'), ['off', 'safe', 'all'] as const, 'off'),
  };
}
