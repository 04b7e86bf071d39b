import type { FieldPath } from '../../core/model';
import { get, isRecord, parsePath, podView } from '../pod-spec';
import type { Template } from '../template';
import { compileExpectation, EXPECTATION_PARAMS, show } from './expectation';

/**
 * One field of any object (an Ingress's `spec.tls`, a Pod's `metadata.ownerReferences`) or of
 * its pod spec must comply, or must be absent (deprecated or dangerous fields). The kinds come
 * from the rule's `kinds`, since one field path rarely means the same thing in every kind.
 */
export const objectField: Template = {
  name: 'object-field',
  description: 'Checks one field of an object, or of its pod spec or pod metadata, against an expected value or requires it to be absent.',
  kinds: '*',
  placeholders: ['field', 'value', 'expected'],
  params: {
    path: { type: 'string', required: true, description: 'Field path relative to the scope, e.g. `spec.tls` or `metadata.namespace`.' },
    scope: {
      type: 'string',
      enum: ['object', 'podSpec', 'podMetadata'],
      default: 'object',
      description: 'What `path` is relative to: the object, its pod spec, or its pod (template) metadata.',
    },
    absent: { type: 'boolean', default: false, description: 'The field must not be set at all; any value is a finding.' },
    absentUnlessEqualTo: {
      type: 'string',
      description:
        'With `absent`: a path in the same scope whose equal value makes the field harmless, for a deprecated alias that API servers and exports echo beside its canonical field (`serviceAccount` beside `serviceAccountName`).',
    },
    emptyIsMissing: { type: 'boolean', default: false, description: 'Treat an empty list, mapping or string as unset.' },
    ...EXPECTATION_PARAMS,
  },
  compile(p) {
    const path = parsePath(p.path as string);
    const scope = p.scope as 'object' | 'podSpec' | 'podMetadata';
    const absent = p.absent === true;
    const canonicalName = typeof p.absentUnlessEqualTo === 'string' ? p.absentUnlessEqualTo : undefined;
    const canonical = canonicalName !== undefined ? parsePath(canonicalName) : undefined;
    const emptyIsMissing = p.emptyIsMissing === true;
    const expect = compileExpectation(p);
    const field = p.path as string;
    return (obj) => {
      let root: unknown = obj.raw;
      let base: FieldPath = [];
      if (scope !== 'object') {
        const pod = podView(obj);
        if (!pod) return undefined;
        root = scope === 'podSpec' ? pod.spec : pod.meta;
        base = scope === 'podSpec' ? pod.path : pod.metaPath;
      }
      let value = get(root, path);
      if (emptyIsMissing && isEmpty(value)) value = undefined;
      const at = [...base, ...path];
      if (value === undefined || value === null) {
        return !absent && expect.missingFails ? [{ path: at, data: { field, value: 'unset', expected: expect.describe }, fixBase: base }] : [];
      }
      if (absent) {
        if (!canonical) return [{ path: at, data: { field, value: show(value), expected: 'unset' }, fixBase: base }];
        const other = get(root, canonical);
        if (other === value) return [];
        const expected = other === undefined || other === null ? `${canonicalName} is not set` : `${canonicalName} says ${show(other)}`;
        return [{ path: at, data: { field, value: show(value), expected }, fixBase: base }];
      }
      return expect.accepts(value) ? [] : [{ path: at, data: { field, value: show(value), expected: expect.describe }, fixBase: base }];
    };
  },
};

function isEmpty(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (isRecord(v)) return Object.keys(v).length === 0;
  return v === '';
}
