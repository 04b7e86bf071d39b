import { get, parsePath, type PodView } from '../pod-spec';
import { TemplateParamError, type ParamSpec } from '../template';

/**
 * `unless`: pod-spec fields that take a pod out of a rule's scope. The Pod Security Standards
 * exempt some restricted checks for Windows pods (`os.name: windows`) and relax others for pods in
 * a user namespace (`hostUsers: false`); a rule says so with `unless: { "os.name": windows }`.
 */
export const UNLESS_PARAM: ParamSpec = {
  type: 'object',
  default: {},
  description:
    'Pod-spec field path → value (or list of values): a pod where any listed field has such a value is out of scope, e.g. `{ "os.name": windows }` or `{ hostUsers: false }`.',
};

export type PodExemption = (pod: PodView) => boolean;

export function compileExemption(param: unknown): PodExemption {
  const entries = Object.entries((param ?? {}) as Record<string, unknown>).map(([path, want]) => {
    const values = Array.isArray(want) ? want : [want];
    if (values.some((v) => v === null || typeof v === 'object')) {
      throw new TemplateParamError(`unless.${path}: values must be strings, numbers or booleans`);
    }
    return { path: parsePath(path), values: new Set(values) };
  });
  if (entries.length === 0) return () => false;
  return (pod) => entries.some((e) => e.values.has(get(pod.spec, e.path)));
}
