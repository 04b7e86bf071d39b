/**
 * Request and response validation against GitHub's published REST description
 * (@octokit/openapi, generated/api.github.com.json, OpenAPI 3.0). Only the operations a test
 * touches are compiled, on first use.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import * as fs from 'node:fs';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-explicit-any */

const SPEC_FILE = path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');

export interface Operation {
  id: string;
  method: string;
  template: string;
  params: Array<{ name: string; in: string; required?: boolean; schema: any }>;
  op: any;
}

export interface Match {
  operation: Operation;
  pathParams: Record<string, string>;
}

export class OpenApi {
  readonly spec: any;
  private readonly routes: Array<{ method: string; re: RegExp; names: string[]; operation: Operation }> = [];
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file = SPEC_FILE) {
    this.spec = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [template, item] of Object.entries<any>(this.spec.paths)) {
      const names: string[] = [];
      const re = new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, n) => {
          names.push(n);
          return '([^/]+)';
        })}$`,
      );
      for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
        const op = item[method];
        if (!op) continue;
        const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => this.deref(p));
        this.routes.push({ method: method.toUpperCase(), re, names, operation: { id: op.operationId, method: method.toUpperCase(), template, params, op } });
      }
    }
    // literal segments beat parameters: /check-runs/{id} must not swallow a longer literal route
    this.routes.sort((a, b) => b.re.source.replace(/\(\[\^\/\]\+\)/g, '').length - a.re.source.replace(/\(\[\^\/\]\+\)/g, '').length);
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
  }

  match(method: string, pathname: string): Match | undefined {
    for (const r of this.routes) {
      if (r.method !== method) continue;
      const m = r.re.exec(pathname);
      if (m) return { operation: r.operation, pathParams: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
    }
    return undefined;
  }

  /** Every way the request departs from the description: path, query and body. Empty = valid. */
  validateRequest(match: Match, query: URLSearchParams, body: unknown, contentType: string | undefined): string[] {
    const errors: string[] = [];
    const { operation } = match;
    for (const p of operation.params) {
      const raw = p.in === 'path' ? match.pathParams[p.name] : p.in === 'query' ? (query.getAll(p.name).length > 1 ? query.getAll(p.name) : query.get(p.name)) : undefined;
      if (p.in !== 'path' && p.in !== 'query') continue;
      if (raw === null || raw === undefined) {
        if (p.required) errors.push(`${p.in} parameter ${p.name} is required`);
        continue;
      }
      const v = this.validator(`param:${operation.id}:${p.in}:${p.name}`, p.schema);
      const value = coerce(raw, p.schema);
      if (!v(value)) errors.push(...describe(v, `${p.in} parameter ${p.name}`));
    }
    for (const name of new Set(query.keys())) {
      if (!operation.params.some((p) => p.in === 'query' && p.name === name)) errors.push(`query parameter ${name} is not in the description`);
    }
    const rb = operation.op.requestBody ? this.deref(operation.op.requestBody) : undefined;
    if (rb) {
      if (body === undefined) {
        if (rb.required) errors.push('request body is required');
      } else {
        if (!contentType?.startsWith('application/json')) errors.push(`content-type ${contentType} is not application/json`);
        const schema = rb.content?.['application/json']?.schema;
        if (schema) {
          const v = this.validator(`body:${operation.id}`, schema);
          if (!v(body)) errors.push(...describe(v, 'body'));
        }
      }
    } else if (body !== undefined && operation.method !== 'GET') {
      errors.push('request body given, but the operation takes none');
    }
    return errors;
  }

  /** Checks a response the fake sends, so the client is tested against real-shaped data. */
  validateResponse(operation: Operation, status: number, body: unknown): string[] {
    const res = operation.op.responses?.[String(status)];
    if (!res) return [`status ${status} is not described for ${operation.id}`];
    const r = this.deref(res);
    const schema = r.content?.['application/json']?.schema;
    if (!schema) return [];
    const v = this.validator(`response:${operation.id}:${status}`, schema);
    return v(body) ? [] : describe(v, `response ${status}`);
  }

  /** An example the description gives for a response, for the fake to start from. */
  example(operation: Operation, status: number): any {
    const r = this.deref(operation.op.responses?.[String(status)] ?? {});
    const content = r.content?.['application/json'];
    if (!content) return undefined;
    if (content.example !== undefined) return structuredClone(content.example);
    const first = Object.values<any>(content.examples ?? {})[0];
    return first ? structuredClone(this.deref(first).value) : undefined;
  }

  private validator(key: string, schema: any): ValidateFunction {
    let v = this.cache.get(key);
    if (!v) {
      v = this.ajv.compile(this.toJsonSchema(schema, []));
      this.cache.set(key, v);
    }
    return v;
  }

  private deref(x: any): any {
    let cur = x;
    while (cur && typeof cur === 'object' && typeof cur.$ref === 'string') cur = this.resolve(cur.$ref);
    return cur;
  }

  private resolve(ref: string): any {
    if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}`);
    return ref
      .slice(2)
      .split('/')
      .reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], this.spec);
  }

  /**
   * OpenAPI 3.0 schema → JSON Schema for Ajv: $refs inlined (a cycle becomes `{}`), `nullable`
   * turned into a union with null, OpenAPI-only keywords dropped.
   */
  private toJsonSchema(schema: any, stack: string[]): any {
    if (Array.isArray(schema)) return schema.map((s) => this.toJsonSchema(s, stack));
    if (!schema || typeof schema !== 'object') return schema;
    if (typeof schema.$ref === 'string') {
      if (stack.includes(schema.$ref) || stack.length > 40) return {};
      return this.toJsonSchema(this.resolve(schema.$ref), [...stack, schema.$ref]);
    }
    const out: any = {};
    for (const [k, v] of Object.entries<any>(schema)) {
      if (['nullable', 'discriminator', 'xml', 'externalDocs', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'description', 'title'].includes(k) || k.startsWith('x-')) continue;
      if (k === 'properties' || k === 'patternProperties') out[k] = Object.fromEntries(Object.entries<any>(v).map(([n, s]) => [n, this.toJsonSchema(s, stack)]));
      else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf'].includes(k)) out[k] = typeof v === 'object' ? this.toJsonSchema(v, stack) : v;
      else out[k] = v;
    }
    if (schema.nullable === true) {
      if (typeof out.type === 'string') {
        out.type = [out.type, 'null'];
        if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      } else return { anyOf: [out, { type: 'null' }] };
    }
    return out;
  }
}

function coerce(raw: string | string[], schema: any): unknown {
  const one = (s: string) => {
    const t = schema?.type;
    if (t === 'integer' || t === 'number') return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
    if (t === 'boolean') return s === 'true' ? true : s === 'false' ? false : s;
    return s;
  };
  if (schema?.type === 'array') return (Array.isArray(raw) ? raw : raw.split(',')).map((s) => one(s));
  return Array.isArray(raw) ? raw.map(one) : one(raw);
}

function describe(v: ValidateFunction, where: string): string[] {
  return (v.errors ?? []).slice(0, 10).map((e) => `${where}${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
