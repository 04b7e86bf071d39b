import { compileCredentialMatcher, compileKeyNames, looksLikePlaceholder } from '../../src/rules/credential-match';
import { hasPinningDigest, imageMatchesPrefix, parseImageRef } from '../../src/rules/image-ref';
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

describe('image digests', () => {
  const hex64 = '0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31';
  it.each([
    [`nginx@sha256:${hex64}`, true],
    [`nginx:1.27@sha256:${hex64}`, true],
    [`ghcr.io/acme/app@sha512:${hex64}${hex64}`, true],
    [`ghcr.io/acme/app@blake3:${hex64}`, true],
    ['nginx@sha256:0d17b565c37b', false],
    [`nginx@sha256:${hex64.toUpperCase()}`, false],
    [`nginx@sha512:${hex64}`, false],
    [`nginx@blake3:${hex64}${hex64}`, false],
    [`nginx@md5:${hex64.slice(0, 32)}`, false],
    [`nginx@sha256:${hex64}0`, false],
    ['nginx:1.27', false],
    ['nginx@', false],
  ])('%s pins its content: %p', (image, pinned) => {
    expect(hasPinningDigest(parseImageRef(image))).toBe(pinned);
  });
});

describe('image prefixes', () => {
  it.each([
    ['internal-registry/app:1.0', 'internal-registry', true],
    ['internal-registry-attacker/app:1.0', 'internal-registry', false],
    ['registry.acme.io:5000/team/app', 'registry.acme.io:5000', true],
    ['registry.acme.io.evil.com/app', 'registry.acme.io', false],
    ['ghcr.io/acme/app', 'ghcr.io/acme/', true],
    ['ghcr.io/acme-evil/app', 'ghcr.io/acme', false],
    ['ghcr.io/acme', 'ghcr.io/acme', true],
    ['nginx:1.27', 'nginx', true],
    ['nginx:1.27', 'docker.io/nginx', true],
    ['nginx:1.27', 'docker.io/library/nginx', true],
    ['nginx-evil:1.27', 'nginx', false],
    ['bitnami/redis', 'index.docker.io/bitnami', true],
    ['bitnami/redis', 'docker.io', true],
    ['ghcr.io/bitnami/redis', 'bitnami', false],
    ['nginx', '', false],
  ])('%s comes from %p: %p', (image, prefix, want) => {
    expect(imageMatchesPrefix(image, prefix)).toBe(want);
  });
});

describe('credential matcher', () => {
  const s = defaultSettings();
  const m = compileCredentialMatcher({ keyNames: s.sensitiveKeyNames, keyNamesAllowed: [], valuePatterns: s.sensitiveValues, valuePatternsAllowed: ['^dummy-'] });

  it.each([
    ['DB_PASSWORD', 'hunter2-long', /name suggests/],
    ['anything', 'AKIAIOSFODNN7EXAMPLE', /credential pattern/],
    ['api_token', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', /credential pattern/],
    ['DB_PWD', 'hunter2-long', /name suggests/],
    ['AZURE_BATCH_KEY', 'c2VjcmV0LWtleQ==', /name suggests/],
    ['AZURE_BATCHAI_STORAGE_KEY', 'c2VjcmV0LWtleQ==', /name suggests/],
    ['AZURE_STORAGE_KEY', 'c2VjcmV0LWtleQ==', /name suggests/],
    ['APP_AZURE_STORAGE_ACCOUNT_KEY', 'c2VjcmV0LWtleQ==', /name suggests/],
    ['OCI_CLI_KEY_CONTENT', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', /name suggests/],
    ['anything', 'akiaiosfodnn7example', /credential pattern/],
    ['anything', '-----begin rsa private key-----', /credential pattern/],
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
    ['PWD', '/app'],
    ['AZURE_STORAGE_KEY_FILE', '/var/run/azure/key'],
    ['AZURE_KEYVAULT_URL', 'https://vault.example.net'],
    ['AZURE_STORAGE_ACCOUNT', 'acmestore'],
    ['OCI_CLI_KEY_FILE', '~/.oci/key.pem'],
    ['CACHE_KEY', 'v2-users'],
    ['SORT_KEY_CONTENT_TYPE', 'json'],
    ['GITHUB_TOKEN_SECRET_NAME', 'ci-token'],
  ])('leaves %s alone', (key, value) => {
    expect(m.match(key, value)).toBeUndefined();
  });

  it('finds nothing with empty lists', () => {
    const none = compileCredentialMatcher({ keyNames: [], keyNamesAllowed: [], valuePatterns: [], valuePatternsAllowed: [] });
    expect(none.match('DB_PASSWORD', 'hunter2-long')).toBeUndefined();
    expect(none.match('anything', 'AKIAIOSFODNN7EXAMPLE')).toBeUndefined();
  });

  it('keeps the allow-list of values as written, as Kubescape does', () => {
    expect(m.match('PASSWORD', 'dummy-value')).toBeUndefined();
    expect(m.match('PASSWORD', 'DUMMY-value')).toMatch(/name suggests/);
  });

  it.each([
    [['password'], 'DB_PASSWORD', true],
    [['azure_*key'], 'AZURE_STORAGE_KEY', true],
    [['azure_*key'], 'azure_key', true],
    [['azure_*key'], 'AZURE_KEYVAULT_URL', false],
    [['azure_*key'], 'MY_AZURE_STORAGE_KEY', false],
    [['*azure_*key'], 'MY_AZURE_STORAGE_KEY', true],
    [['a.b*'], 'AXB_C', false],
    [['a.b*'], 'A.B_C', true],
    [[''], 'ANYTHING', false],
  ])('key names %p match %s: %p', (entries, name, want) => {
    expect(compileKeyNames(entries)(name)).toBe(want);
  });

  it.each(['{{ .Values.password }}', '<your-password>', 'changeme', '***', 'vault:secret/data/db#password', '[]', '{}'])('takes %p as a placeholder', (v) => {
    expect(looksLikePlaceholder(v)).toBe(true);
  });
});
