import { isRecord, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';
import { compileExemption, UNLESS_PARAM } from './pod-exemption';

/**
 * Pod (template) annotations whose key starts with a prefix must hold an allowed value, e.g. the
 * legacy AppArmor annotations `container.apparmor.security.beta.kubernetes.io/<container>`.
 */
export const podAnnotations: Template = {
  name: 'pod-annotations',
  description: 'Checks the values of pod (template) annotations whose key starts with a prefix against allowed values and value prefixes.',
  kinds: POD_KINDS,
  placeholders: ['annotation', 'value', 'expected'],
  params: {
    keyPrefix: { type: 'string', required: true, description: 'Annotation keys starting with this are checked.' },
    allowedValues: { type: 'string[]', default: [], description: 'Values accepted as they are (`""` accepts an empty value).' },
    allowedValuePrefixes: { type: 'string[]', default: [], description: 'Values starting with one of these are accepted, e.g. `localhost/`.' },
    unless: UNLESS_PARAM,
  },
  compile(p) {
    const prefix = p.keyPrefix as string;
    const values = new Set(p.allowedValues as string[]);
    const valuePrefixes = p.allowedValuePrefixes as string[];
    const exempt = compileExemption(p.unless);
    const expected = [...[...values].map((v) => JSON.stringify(v)), ...valuePrefixes.map((v) => `${v}*`)].join(', ');
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      if (exempt(pod)) return undefined;
      const annotations = pod.meta.annotations;
      if (!isRecord(annotations)) return [];
      const hits: Hit[] = [];
      for (const [key, raw] of Object.entries(annotations)) {
        if (!key.startsWith(prefix)) continue;
        // an annotation written as `key:` (null) reaches the API server as an empty string
        const value = raw === null || raw === undefined ? '' : String(raw);
        if (values.has(value) || valuePrefixes.some((vp) => value.startsWith(vp))) continue;
        hits.push({ path: [...pod.metaPath, 'annotations', key], data: { annotation: key, value, expected }, fixBase: pod.metaPath });
      }
      return hits;
    };
  },
};
