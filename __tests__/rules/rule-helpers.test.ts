import { compileCredentialMatcher, looksLikePlaceholder } from '../../src/rules/credential-match';
import { parseQuantity } from '../../src/rules/quantity';
import { defaultSettings } from '../../src/rules/settings';
import { inRange, parseRange, versionFromTag } from '../../src/rules/version-range';

/** The small parsers the resource, image-version and credential rules stand on. */
describe('parseQuantity', () => {
  it.each([
    ['500m', 0.5],
    ['2', 2],
    [1.5, 1.5],
    ['0.25', 0.25],
    ['128Mi', 128 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['1e3', 1000],
    ['100k', 1e5],
  ])('reads %p as %p', (q, want) => {
    expect(parseQuantity(q)).toBeCloseTo(want as number);
  });

  it.each(['', 'lots', '1 Gi', '1gi', '--1', null])('rejects %p', (q) => {
    expect(parseQuantity(q)).toBeUndefined();
  });
});

describe('image tag versions', () => {
  it.each([
    ['v2.1.3', [2, 1, 3]],
    ['9.2.3-ubuntu', [9, 2, 3]],
    ['1.8', [1, 8, 0]],
    ['latest', undefined],
    ['sha-1a2b3c', undefined],
    [undefined, undefined],
  ])('reads %p as %p', (tag, want) => {
    expect(versionFromTag(tag)).toEqual(want);
  });

  it.each([
    ['>=2.2.0 <2.2.4', [2, 2, 3], true],
    ['>=2.2.0 <2.2.4', [2, 2, 4], false],
    ['<2.1.9', [1, 8, 7], true],
    ['<2.1.9', [2, 1, 9], false],
    ['=1.8.4', [1, 8, 4], true],
    ['<=1.0', [1, 0, 0], true],
  ] as const)('%s contains %p: %p', (range, v, want) => {
    expect(inRange([...v] as [number, number, number], parseRange(range))).toBe(want);
  });

  it('rejects a malformed range', () => {
    expect(() => parseRange('~2.1')).toThrow(/comparator/);
  });
});

describe('credential matcher', () => {
  const s = defaultSettings();
  const m = compileCredentialMatcher({ keyNames: s.sensitiveKeyNames, keyNamesAllowed: [], valuePatterns: s.sensitiveValues, valuePatternsAllowed: ['^dummy-'] });

  it.each([
    ['DB_PASSWORD', 'hunter2-long', /name suggests/],
    ['anything', 'AKIAIOSFODNN7EXAMPLE', /credential pattern/],
    ['api_token', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', /credential pattern/],
  ])('flags %s', (key, value, reason) => {
    expect(m.match(key, value)).toMatch(reason);
  });

  it.each([
    ['DB_PASSWORD', '${DB_PASSWORD}'],
    ['DB_PASSWORD_FILE', '/run/secrets/db'],
    ['tokenSecretName', 'api-token'],
    ['TOKEN_TTL', '15m'],
    ['PASSWORD', 'dummy-value'],
    ['LOG_LEVEL', 'info'],
  ])('leaves %s alone', (key, value) => {
    expect(m.match(key, value)).toBeUndefined();
  });

  it.each(['{{ .Values.password }}', '<your-password>', 'changeme', '***', 'vault:secret/data/db#password', '[]', '{}'])('takes %p as a placeholder', (v) => {
    expect(looksLikePlaceholder(v)).toBe(true);
  });
});
