import { containersOf, podView, POD_KINDS } from '../pod-spec';
import type { Hit, Template } from '../template';
import { compileRegex } from '../template';

/**
 * A container's entrypoint (`command`, `args`) must not invoke a given program, e.g. `sudo`. The
 * finding names the matched word only: command lines sometimes carry tokens.
 */
export const containerCommand: Template = {
  name: 'container-command',
  description: 'Flags containers whose command or args match a pattern (a program that should not run, such as sudo).',
  kinds: POD_KINDS,
  placeholders: ['field', 'match'],
  params: {
    pattern: { type: 'string', required: true, description: 'Regular expression tested against each command and args item.' },
    fields: { type: 'string[]', enum: ['command', 'args'], default: ['command', 'args'], description: 'Which container fields to read.' },
  },
  compile(p) {
    const re = compileRegex(p.pattern as string, 'pattern');
    const fields = p.fields as Array<'command' | 'args'>;
    return (obj) => {
      const pod = podView(obj);
      if (!pod) return undefined;
      const hits: Hit[] = [];
      for (const c of containersOf(pod)) {
        for (const field of fields) {
          const items = c.container[field];
          if (!Array.isArray(items)) continue;
          items.forEach((item, i) => {
            const m = re.exec(String(item));
            if (m) hits.push({ path: [...c.path, field, i], container: c.name, data: { field, match: m[0].trim() }, fixBase: c.path });
          });
        }
      }
      return hits;
    };
  },
};
