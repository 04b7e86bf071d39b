/** exempt: exceptions files, annotations on objects, baselines and policy-change reports. */
export { applySuppressions, type KnownFingerprints, type SuppressionOptions, type SuppressionOutcome } from './apply';
export { compareWithBaseline, parseBaselineFile, type Baseline } from './baseline';
export { type BaselineComparison, type FrameworkDelta, type KnownFinding } from '../core/model';
export { DEFAULT_EXCEPTIONS_FILE, parseExceptionsFile } from './exceptions-file';
export type { PolicyChange } from '../core/model';
export { ruleResolver, type RuleResolver } from './resolver';
export { runSuppressionStage, type SuppressionConfig } from './stage';
export type { ExceptionEntry, ExceptionSet } from './types';
