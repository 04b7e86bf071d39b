import type { FieldPath } from '../../core/model';
import { CONTAINER_LISTS, containersOf, get, isLinuxOnlyContainerField, parsePath, podView, POD_KINDS, type ContainerList } from '../pod-spec';
import type { Hit, Template } from '../template';
import { compileExpectation, EXPECTATION_PARAMS, show } from './expectation';

/**
 * A field of every container must comply; an unset container field falls back to a pod-level
 * field when `podPath` is given (securityContext.runAsNonRoot, seccompProfile...), as the kubelet
 * resolves it.
 */
export const containerField: Template = {
  name: 'container-field',
  description: 'Checks one field of every container (with an optional pod-level fallback) against an expected value.',
  kinds: POD_KINDS,
  placeholders: ['field', 'value', 'expected'],
  params: {
    path: { type: 'string', required: true, description: 'Field path relative to the container, e.g. `securityContext.privileged`.' },
    podPath: { type: 'string', description: 'Pod-spec-relative field used when the container leaves `path` unset.' },
    lists: {
      type: 'string[]',
      enum: CONTAINER_LISTS,
      default: [...CONTAINER_LISTS],
      description: 'Container lists to check (containers, initContainers, ephemeralContainers).',
    },
    ...EXPECTATION_PARAMS,
  },
  linuxOnly: (p) => isLinuxOnlyContainerField(parsePath(p.path as string)),
  compile(p) {
    const path = parsePath(p.path as string);
    const podPath = typeof p.podPath === 'string' ? parsePath(p.podPath) : undefined;
    const lists = p.lists as ContainerList[];
    const expect = compileExpectation(p);
    const field = p.path as string;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      const podValue = podPath ? get(pod.spec, podPath) : undefined;
      for (const c of containersOf(pod, lists)) {
        let value = get(c.container, path);
        let at: FieldPath = [...c.path, ...path];
        if (value === undefined && podPath && podValue !== undefined) {
          value = podValue;
          at = [...pod.path, ...podPath];
        }
        if (value === undefined || value === null) {
          if (expect.missingFails) hits.push({ path: at, container: c.name, data: { field, value: 'unset', expected: expect.describe }, fixBase: c.path });
        } else if (!expect.accepts(value)) {
          hits.push({ path: at, container: c.name, data: { field, value: show(value), expected: expect.describe }, fixBase: c.path });
        }
      }
      return hits;
    };
  },
};
