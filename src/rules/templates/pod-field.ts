import { get, parsePath, podView, POD_KINDS } from '../pod-spec';
import type { Template } from '../template';
import { compileExpectation, EXPECTATION_PARAMS, show } from './expectation';

/** A field of the pod spec (or pod template metadata) must comply: hostNetwork, hostPID... */
export const podField: Template = {
  name: 'pod-field',
  description: 'Checks one field of the pod spec against an expected value.',
  kinds: POD_KINDS,
  placeholders: ['field', 'value', 'expected'],
  params: {
    path: { type: 'string', required: true, description: 'Field path relative to the pod spec, e.g. `hostNetwork`.' },
    ...EXPECTATION_PARAMS,
  },
  compile(p) {
    const path = parsePath(p.path as string);
    const expect = compileExpectation(p);
    const field = p.path as string;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const value = get(pod.spec, path);
      const at = [...pod.path, ...path];
      if (value === undefined || value === null) {
        return expect.missingFails ? [{ path: at, data: { field, value: 'unset', expected: expect.describe }, fixBase: pod.path }] : [];
      }
      return expect.accepts(value) ? [] : [{ path: at, data: { field, value: show(value), expected: expect.describe }, fixBase: pod.path }];
    };
  },
};
