import * as jsyaml from 'js-yaml';
import type { ScalarTag } from 'yaml';

/**
 * Plain scalars read the way Kubernetes reads them. kubectl and the API server turn YAML into
 * JSON with sigs.k8s.io/yaml, which decodes with go-yaml v2: a YAML 1.1 resolver. So
 * `privileged: yes` is a privileged container, `hostPID: on` shares the host's PIDs and
 * `defaultMode: 0755` is 493. A YAML 1.2 reader sees the strings "yes" and "on" and the number
 * 755, and a gate built on it would pass what the cluster runs. Quoted scalars stay strings in
 * both. Integers follow Go's parser too (underscores, 0x/0o/0b prefixes in either case). Null,
 * floats, .inf and .nan the YAML 1.2 core schema already resolves the same way; timestamps stay
 * strings in both, as go-yaml keeps them when decoding into interface{}.
 */
const TRUE = ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'];
const FALSE = ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'];
const BOOLS = new Map<string, boolean>([...TRUE.map((s) => [s, true] as const), ...FALSE.map((s) => [s, false] as const)]);

/**
 * Integers: go-yaml strips underscores, then parses with Go's base prefixes (0x, 0o, 0b in either
 * case), where a bare leading 0 means octal.
 */
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F_]*[0-9a-fA-F][0-9a-fA-F_]*|0[oO][0-7_]*[0-7][0-7_]*|0[bB][01_]*[01][01_]*|[0-9][0-9_]*)$/;

function goInt(s: string): number {
  const digits = s.replace(/_/g, '');
  const negative = digits.startsWith('-');
  const body = digits.replace(/^[-+]/, '');
  const prefix = body.slice(0, 2).toLowerCase();
  let n: number;
  if (prefix === '0x') n = parseInt(body.slice(2), 16);
  else if (prefix === '0o') n = parseInt(body.slice(2), 8);
  else if (prefix === '0b') n = parseInt(body.slice(2), 2);
  else if (/^0[0-7]+$/.test(body)) n = parseInt(body, 8);
  else n = parseInt(body, 10);
  return negative && n !== 0 ? -n : n;
}

// `types` exists at run time in js-yaml 4 but is missing from its type declarations
const coreTypes = (jsyaml as unknown as { types: { int: jsyaml.Type } }).types;

const k8sBool = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && BOOLS.has(data),
  construct: (data: string) => BOOLS.get(data) === true,
  predicate: (v: unknown) => typeof v === 'boolean',
  represent: (v: object) => String(v),
});

const coreInt = coreTypes.int as jsyaml.Type & { options: jsyaml.TypeConstructorOptions };
const k8sInt = new jsyaml.Type('tag:yaml.org,2002:int', {
  ...coreInt.options,
  resolve: (data: string | null) => data !== null && GO_INT.test(data),
  construct: goInt,
});

/**
 * js-yaml schema: the YAML 1.2 core schema with go-yaml v2's booleans and integers. They must be
 * implicit types (`extend([...])` adds explicit ones, which only an explicit `!!bool` selects);
 * they replace the core types of the same tag in place. Merge keys (`<<`) are deliberately left
 * as plain keys: applyGoMerges applies them in go-yaml's order afterwards.
 */
export const K8S_SCHEMA = jsyaml.CORE_SCHEMA.extend({ implicit: [k8sBool, k8sInt] });

const MERGE = '<<';

/**
 * Applies `<<` merge keys the way go-yaml v2 does: in document order, each write replacing the
 * previous one, so a merge overrides keys written above it and keys below it override the
 * merge; in a list of merged maps the first one wins. The YAML merge spec (and js-yaml, and
 * the `yaml` library) instead never lets a merge override an explicit key, so
 * `privileged: false` followed by `<<: *privileged` would read as unprivileged while the
 * cluster runs it privileged. Shared (aliased) nodes are rewritten once.
 */
export function applyGoMerges(doc: unknown): unknown {
  const done = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const seen = done.get(v);
    if (seen !== undefined) return seen;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      done.set(v, out);
      for (const item of v) out.push(walk(item));
      return out;
    }
    const out: Record<string, unknown> = {};
    done.set(v, out);
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
      if (k !== MERGE) {
        out[k] = walk(val);
        continue;
      }
      const sources = Array.isArray(val) ? [...val].reverse() : [val];
      for (const src of sources) {
        const merged = walk(src);
        // go-yaml refuses a merge of anything but maps; the key then stays as written
        if (merged === null || typeof merged !== 'object' || Array.isArray(merged)) out[k] = walk(val);
        else Object.assign(out, merged);
      }
    }
    return out;
  };
  return walk(doc);
}

/** The same resolution for the `yaml` library (the recovery parser): tried before its core tags. */
export const K8S_YAML_TAGS: ScalarTag[] = [
  {
    tag: 'tag:yaml.org,2002:bool',
    default: true,
    identify: (v) => typeof v === 'boolean',
    test: new RegExp(`^(?:${[...BOOLS.keys()].join('|')})$`),
    resolve: (s) => BOOLS.get(s) === true,
  },
  {
    tag: 'tag:yaml.org,2002:int',
    default: true,
    identify: (v) => typeof v === 'number' && Number.isInteger(v),
    test: GO_INT,
    resolve: (s) => goInt(s),
  },
];
