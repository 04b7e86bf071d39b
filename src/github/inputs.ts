import * as core from '@actions/core';
import type { RawOptions } from '../config/scan-options';

/** Every action input, read once. Names match action.yml. */
export interface ActionInputs extends RawOptions {
  sarifFile: string;
  token: string;
}

export function readActionInputs(workspace: string): ActionInputs {
  const get = (name: string) => core.getInput(name).trim();
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
    token: get('token'),
  };
}
