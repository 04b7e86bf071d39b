import type { FieldPath } from '../../core/model';
import { CONTAINER_LISTS, containersOf, get, podView, POD_KINDS, type ContainerList } from '../pod-spec';
import { parseQuantity } from '../quantity';
import type { Hit, Template } from '../template';
import { TemplateParamError } from '../template';

/**
 * A container's cpu or memory request or limit: it must be set, and optionally lie within
 * bounds. A missing request with a limit set is not a finding by default: the API server
 * copies the limit into the request, so the scheduler sees one. Agent sandboxes (SandboxTemplate)
 * run untrusted code and have their own ceilings, as Kubescape keeps sandbox_cpu_limit_max apart
 * from cpu_limit_max: a sandbox is judged against `sandboxMax` only, every other pod against `max`.
 */
export const containerResources: Template = {
  name: 'container-resources',
  description: 'Checks that every container sets a cpu or memory request or limit, optionally within configured bounds.',
  kinds: POD_KINDS,
  placeholders: ['resource', 'field', 'problem'],
  params: {
    resource: { type: 'string', enum: ['cpu', 'memory'], required: true, description: 'The resource to check.' },
    field: { type: 'string', enum: ['requests', 'limits'], required: true, description: 'Requests or limits.' },
    missing: { type: 'string', enum: ['pass', 'fail'], default: 'fail', description: 'Whether an unset value is a finding.' },
    limitCountsAsRequest: {
      type: 'boolean',
      default: true,
      description: 'For requests: a limit with no request counts as the request, as the API server defaults it.',
    },
    max: { type: 'string[]', default: [], description: 'Largest accepted quantity (first item; a list so a setting can supply it). Empty: no ceiling.' },
    sandboxMax: {
      type: 'string[]',
      default: [],
      description: 'Largest accepted quantity for SandboxTemplate pods, which are judged against it instead of `max` (first item). Empty: no ceiling.',
    },
    min: { type: 'string[]', default: [], description: 'Smallest accepted quantity (first item). Empty: no floor.' },
    lists: { type: 'string[]', enum: CONTAINER_LISTS, default: ['containers', 'initContainers'], description: 'Container lists to check.' },
  },
  compile(p) {
    const resource = p.resource as string;
    const field = p.field as 'requests' | 'limits';
    const missingFails = p.missing === 'fail';
    const fallback = field === 'requests' && p.limitCountsAsRequest === true;
    const bound = (name: string): { text: string; value: number } | undefined => {
      const list = (p[name] as string[]).filter((s) => String(s).trim() !== '');
      if (list.length === 0) return undefined;
      const value = parseQuantity(String(list[0]));
      if (value === undefined) throw new TemplateParamError(`${name}: "${list[0]}" is not a Kubernetes quantity`);
      return { text: String(list[0]), value };
    };
    const workloadMax = bound('max');
    const sandboxMax = bound('sandboxMax');
    const min = bound('min');
    const lists = p.lists as ContainerList[];
    const word = field === 'requests' ? 'request' : 'limit';
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const sandbox = obj.kind === 'SandboxTemplate';
      const max = sandbox ? sandboxMax : workloadMax;
      if (!missingFails && !max && !min) return { skipped: `no ${sandbox ? 'sandbox ' : ''}${resource} ${word} bounds are configured` };
      const hits: Hit[] = [];
      for (const c of containersOf(pod, lists)) {
        let at: FieldPath = [...c.path, 'resources', field, resource];
        let raw = get(c.container, ['resources', field, resource]);
        if ((raw === undefined || raw === null) && fallback) {
          raw = get(c.container, ['resources', 'limits', resource]);
          if (raw !== undefined && raw !== null) at = [...c.path, 'resources', 'limits', resource];
        }
        const data = { resource, field };
        if (raw === undefined || raw === null) {
          if (missingFails) hits.push({ path: at, container: c.name, data: { ...data, problem: `has no ${resource} ${word}` }, fixBase: c.path });
          continue;
        }
        const q = parseQuantity(raw);
        // an unparseable quantity is rejected by the API server; it is not this rule's concern
        if (q === undefined) continue;
        if (max && q > max.value) hits.push({ path: at, container: c.name, data: { ...data, problem: `has a ${resource} ${word} of ${String(raw)}, above the maximum ${max.text}` }, fixBase: c.path });
        else if (min && q < min.value) hits.push({ path: at, container: c.name, data: { ...data, problem: `has a ${resource} ${word} of ${String(raw)}, below the minimum ${min.text}` }, fixBase: c.path });
      }
      return hits;
    };
  },
};
