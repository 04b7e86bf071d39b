import * as core from '@actions/core';
import type { RawOptions } from '../config/scan-options';
import { renderOptionsFromText, type RenderOptions } from '../render';

/** Every action input, read once. Names match action.yml. */
export interface ActionInputs extends RawOptions {
  sarifFile: string;
  token: string;
  /** Helm/Kustomize inputs (docs/rendering.md). */
  render: RenderOptions;
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
    token: get('token'),
  };
}
