import type { FieldPath } from '../../core/model';
import { CONTAINER_LISTS, containersOf, get, isRecord, parsePath, podView, POD_KINDS, type ContainerList } from '../pod-spec';
import { TemplateParamError, validateParams, type Hit, type Template } from '../template';
import { compileExpectation, EXPECTATION_PARAMS, show, type Expectation } from './expectation';
import { compileExemption, UNLESS_PARAM } from './pod-exemption';

interface FieldCheck {
  name: string;
  path: FieldPath;
  expect: Expectation;
}

/**
 * Fields of every container, and with `podLevel` the same fields of the pod spec, judged the way
 * Pod Security Admission judges them: every value that is set must comply where it is set (a bad
 * pod-level value is a finding even when each container overrides it), and a field that must be
 * set (`missing: fail`) may be set on the container or, with `podLevel`, inherited from the pod.
 */
export const podContainerFields: Template = {
  name: 'pod-container-fields',
  description:
    'Checks fields of every container (and, with podLevel, the same fields of the pod spec) against expected values; each set value is judged where it is set, a required value may come from the pod.',
  kinds: POD_KINDS,
  placeholders: ['subject', 'field', 'value', 'expected'],
  params: {
    fields: {
      type: 'object',
      required: true,
      description:
        'Field path relative to the container (and to the pod spec with podLevel) → expectation `{ equals | oneOf | notOneOf, missing: pass|fail }`, e.g. `securityContext.runAsNonRoot: { equals: true, missing: fail }`.',
    },
    podLevel: {
      type: 'boolean',
      default: false,
      description: 'Also judge the same paths in the pod spec (for `securityContext.*` fields that PodSecurityContext shares with containers).',
    },
    lists: {
      type: 'string[]',
      enum: CONTAINER_LISTS,
      default: [...CONTAINER_LISTS],
      description: 'Container lists to check (containers, initContainers, ephemeralContainers).',
    },
    unless: UNLESS_PARAM,
  },
  compile(p) {
    const checks = compileFields(p.fields as Record<string, unknown>);
    const podLevel = p.podLevel === true;
    const lists = p.lists as ContainerList[];
    const exempt = compileExemption(p.unless);
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      if (exempt(pod)) return undefined;
      const hits: Hit[] = [];
      const containers = containersOf(pod, lists);
      for (const check of checks) {
        const podValue = podLevel ? get(pod.spec, check.path) : undefined;
        const podSet = podValue !== undefined && podValue !== null;
        if (podSet && !check.expect.accepts(podValue)) {
          hits.push({
            path: [...pod.path, ...check.path],
            data: { subject: 'the pod', field: check.name, value: show(podValue), expected: check.expect.describe },
            fixBase: pod.path,
          });
        }
        for (const c of containers) {
          const value = get(c.container, check.path);
          const at = [...c.path, ...check.path];
          const subject = `container "${c.name}"`;
          if (value === undefined || value === null) {
            // an unset container field takes the pod's value; a bad pod value is reported once, above
            if (check.expect.missingFails && !podSet) {
              hits.push({ path: at, container: c.name, data: { subject, field: check.name, value: 'unset', expected: check.expect.describe }, fixBase: c.path });
            }
          } else if (!check.expect.accepts(value)) {
            hits.push({ path: at, container: c.name, data: { subject, field: check.name, value: show(value), expected: check.expect.describe }, fixBase: c.path });
          }
        }
      }
      return hits;
    };
  },
};

function compileFields(fields: Record<string, unknown>): FieldCheck[] {
  const out: FieldCheck[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    if (!isRecord(spec)) throw new TemplateParamError(`fields.${name} must be a mapping such as { oneOf: [...], missing: pass }`);
    const { params, errors } = validateParams(EXPECTATION_PARAMS, spec);
    for (const key of ['oneOf', 'notOneOf']) {
      if (params[key] !== undefined && !Array.isArray(params[key])) errors.push(`parameter "${key}" must be a list`);
    }
    const constraints = ['equals', 'oneOf', 'notOneOf'].filter((k) => params[k] !== undefined);
    if (constraints.length > 1) errors.push(`give only one of equals, oneOf, notOneOf (got ${constraints.join(', ')})`);
    if (constraints.length === 0 && params.missing !== 'fail') errors.push('give equals, oneOf or notOneOf, or missing: fail');
    if (errors.length > 0) throw new TemplateParamError(`fields.${name}: ${errors.join('; ')}`);
    out.push({ name, path: parsePath(name), expect: compileExpectation(params) });
  }
  if (out.length === 0) throw new TemplateParamError('fields must name at least one field');
  return out;
}
