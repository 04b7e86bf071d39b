import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRepoConfig } from '../../src/config/repo-config';
import { errorMessage } from '../../src/core/errors';
import { SETTINGS } from '../../src/rules/settings';
import { REPO } from '../helpers/catalog';

/** `settings:` of .kubegate.yaml as docs/settings.md shows them and as the loader reads them. */
const names = Object.keys(SETTINGS);
const docs = fs.readFileSync(path.join(REPO, 'docs', 'settings.md'), 'utf8');

function read(text: string): Record<string, string[]> {
  return parseRepoConfig('.kubegate.yaml', text).settings;
}

function failure(text: string): string {
  try {
    parseRepoConfig('.kubegate.yaml', text);
  } catch (err) {
    return errorMessage(err);
  }
  return '(accepted)';
}

describe('settings in .kubegate.yaml', () => {
  it.each(names)('docs/settings.md shows %s in a form the loader reads back', (name) => {
    const section = docs.split(/^## /m).find((s) => s.startsWith(`${name}\n`));
    expect(section).toBeDefined();
    const block = /```yaml\n([\s\S]*?)```/.exec(section!);
    expect(block).not.toBeNull();
    expect(read(block![1])[name]).toEqual(SETTINGS[name].example);
  });

  it.each(names)('%s: one value without brackets is a one-item list', (name) => {
    const v = SETTINGS[name].example[0];
    expect(read(`settings:\n  ${name}: ${JSON.stringify(v)}\n`)[name]).toEqual([v]);
    expect(read(`settings:\n  ${name}: [${JSON.stringify(v)}]\n`)[name]).toEqual([v]);
  });

  it.each(names)('%s: a mapping or null is refused with its location', (name) => {
    expect(failure(`settings:\n  ${name}: {a: 1}\n`)).toMatch(new RegExp(`^\\.kubegate\\.yaml:2:\\d+: .*setting "${name}" must be`));
    expect(failure(`settings:\n  ${name}:\n`)).toMatch(new RegExp(`setting "${name}" must be`));
  });

  it.each([
    ['cpuLimitMax: 4', 'cpuLimitMax', ['4']],
    ['cpuLimitMax: "1500m"', 'cpuLimitMax', ['1500m']],
    ['memoryLimitMax: 8Gi', 'memoryLimitMax', ['8Gi']],
    ['floatingImageTags: latest', 'floatingImageTags', ['latest']],
    ['trustedRegistries: []', 'trustedRegistries', []],
  ])('reads %s', (line, name, want) => {
    expect(read(`settings:\n  ${line}\n`)[name]).toEqual(want);
  });

  it.each([
    ['cpuLimitMax: [2, 4]', /setting "cpuLimitMax" takes one value, got 2/],
    ['cpuLimitMax: four', /setting "cpuLimitMax": "four" is not a Kubernetes quantity/],
    ['memoryLimitMax: 8 GB', /"8 GB" is not a Kubernetes quantity/],
    ['trustedRegistries: [ghcr.io, {a: 1}]', /setting "trustedRegistries" must be a string or a list of strings/],
    ['trustedRegistrys: [ghcr.io]', /unknown setting "trustedRegistrys"/],
  ])('refuses %s', (line, msg) => {
    expect(failure(`settings:\n  ${line}\n`)).toMatch(msg);
  });
});
