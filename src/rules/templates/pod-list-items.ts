import { get, isRecord, parsePath, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';
import { compileExemption, UNLESS_PARAM } from './pod-exemption';

/** Every item of a pod-spec list (or one field of each item) must be in an allow-list, e.g. sysctl names. */
export const podListItems: Template = {
  name: 'pod-list-items',
  description: 'Checks every item of a pod-spec list, or one field of each item, against an allow-list.',
  kinds: POD_KINDS,
  placeholders: ['field', 'value'],
  params: {
    path: { type: 'string', required: true, description: 'Pod-spec-relative path of the list, e.g. `securityContext.sysctls`.' },
    key: { type: 'string', description: 'Field of each item to check, e.g. `name`; the item itself when absent.' },
    allowed: { type: 'string[]', required: true, description: 'The values items may have.' },
    unless: UNLESS_PARAM,
  },
  compile(p) {
    const path = parsePath(p.path as string);
    const key = typeof p.key === 'string' ? p.key : undefined;
    const field = key ? `${p.path as string}[*].${key}` : `${p.path as string}[*]`;
    const allowed = new Set(p.allowed as string[]);
    const exempt = compileExemption(p.unless);
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      if (exempt(pod)) return undefined;
      const list = get(pod.spec, path);
      if (!Array.isArray(list)) return [];
      const hits: Hit[] = [];
      list.forEach((item, i) => {
        const value = key ? (isRecord(item) ? item[key] : undefined) : item;
        if (typeof value === 'string' && allowed.has(value)) return;
        const at = key ? [...pod.path, ...path, i, key] : [...pod.path, ...path, i];
        hits.push({ path: at, data: { field, value: value === undefined ? 'unset' : String(value) }, fixBase: [...pod.path, ...path, i] });
      });
      return hits;
    };
  },
};
