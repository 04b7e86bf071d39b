import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './helpers/catalog';
import { scanDir } from './helpers/scan';

/** Findings in the bundled examples point at the exact line and column a reviewer expects. */
describe('examples', () => {
  it.each([
    ['host-network', 'insecure/debug-pod.yaml', 9, 3, 'hostNetwork'],
    ['host-pid', 'insecure/debug-pod.yaml', 10, 3, 'hostPID'],
    ['image-tag-floating', 'insecure/debug-pod.yaml', 13, 7, 'image'],
    ['secrets-in-env', 'insecure/debug-pod.yaml', 17, 11, 'value'],
    ['privileged-container', 'insecure/debug-pod.yaml', 19, 9, 'privileged'],
    ['insecure-capabilities', 'insecure/debug-pod.yaml', 21, 17, '"SYS_ADMIN"'],
    ['host-port', 'insecure/debug-pod.yaml', 24, 11, 'hostPort'],
    ['host-path-volume', 'insecure/debug-pod.yaml', 30, 7, 'hostPath'],
    ['cpu-limit-missing', 'insecure/debug-pod.yaml', 12, 7, 'name'],
    ['image-tag-floating', 'insecure/workloads.yaml', 19, 11, 'image'],
    ['pss-privilege-escalation', 'insecure/workloads.yaml', 39, 17, 'allowPrivilegeEscalation'],
    ['writable-root-filesystem', 'insecure/workloads.yaml', 38, 15, 'securityContext'],
  ])('%s in %s at %i:%i', async (rule, file, line, col, token) => {
    const result = await scanDir(path.join(REPO, 'examples'));
    const hits = result.findings.filter((f) => f.ruleId === rule && f.file === file && f.range.startLine === line);
    expect(hits.map((f) => `${f.range.startLine}:${f.range.startColumn}`)).toContain(`${line}:${col}`);
    const text = fs.readFileSync(path.join(REPO, 'examples', file), 'utf8').split('\n')[line - 1];
    expect(text.slice(col - 1)).toMatch(new RegExp(`^${token.replace(/"/g, '"?')}`));
  });

  it('never echoes the credential it found', async () => {
    const result = await scanDir(path.join(REPO, 'examples'));
    const json = JSON.stringify(result.findings);
    expect(json).not.toContain('s3cr3t-value-for-demo');
    expect(result.findings.some((f) => f.ruleId === 'secrets-in-env' && f.message.includes('API_TOKEN'))).toBe(true);
  });

  it('finds nothing wrong in the secure example', async () => {
    const result = await scanDir(path.join(REPO, 'examples', 'secure'));
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}:${f.range.startLine} ${f.message}`)).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });
});
