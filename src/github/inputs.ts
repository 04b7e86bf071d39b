import * as core from '@actions/core';
import type { RawOptions } from '../config/scan-options';
import { renderOptionsFromText, type RenderOptions } from '../render';
import { ConfigError } from '../errors';

export type CommentMode = 'off' | 'on-failure' | 'always';

/** Every action input, read once. Names match action.yml. */
export interface ActionInputs extends RawOptions {
  sarifFile: string;
  token: string;
  /** Helm/Kustomize inputs (docs/rendering.md). */
  render: RenderOptions;
  /** Check-run annotations, or workflow-command annotations when the token cannot create a check run. */
  annotations: boolean;
  comment: CommentMode;
  uploadSarif: boolean;
  /** Code-scanning category (`runAutomationDetails.id`), always ending in `/`. */
  sarifCategory: string;
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
    sarifFile: get('sarif-file'),
    render: renderOptionsFromText(
      {
        helmValues: core.getInput('helm-values'),
        helmSet: core.getInput('helm-set'),
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
    uploadSarif: parseBool('upload-sarif', get('upload-sarif'), true),
    sarifCategory: normaliseCategory(get('sarif-category')),
  };
}

/** Accepts the spellings YAML 1.2 core schema does (what `core.getBooleanInput` accepts). */
export function parseBool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigError(`${name}: expected true or false, got "${value}"`);
}

export function parseChoice<T extends string>(name: string, value: string, choices: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const v = value.toLowerCase();
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(`${name}: expected one of ${choices.join(', ')}, got "${value}"`);
}

/** GitHub reads everything up to the last `/` of `runAutomationDetails.id` as the category. */
export function normaliseCategory(value: string): string {
  const c = value || 'kubegate/';
  return c.endsWith('/') ? c : `${c}/`;
}
