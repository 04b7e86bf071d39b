export { renderStage, renderDiscovered, type RenderReport } from './stage';
export { parseHelmValues, resolveRenderOptions, type HelmValuesSpec, type RenderOptions } from './options';
export { renderOptionsFromText, type RenderTextOptions } from './inputs';
