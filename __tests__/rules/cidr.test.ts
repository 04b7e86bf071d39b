import { parseCidr, rangeContains, rangesCover } from '../../src/rules/cidr';

const r = (text: string) => {
  const range = parseCidr(text);
  if (!range) throw new Error(`${text} did not parse`);
  return range;
};

describe('parseCidr', () => {
  it.each([
    ['0.0.0.0/0', 4, 0n, 2n ** 32n - 1n],
    ['169.254.0.0/16', 4, 0xa9fe0000n, 0xa9feffffn],
    ['169.254.169.254/32', 4, 0xa9fea9fen, 0xa9fea9fen],
    // host bits are masked, as the API server's parser does
    ['10.1.2.3/8', 4, 0x0a000000n, 0x0affffffn],
    ['::/0', 6, 0n, 2n ** 128n - 1n],
    ['fe80::/10', 6, 0xfe80n << 112n, (0xfec0n << 112n) - 1n],
    ['FD00:EC2::/32', 6, 0xfd000ec2n << 96n, ((0xfd000ec2n + 1n) << 96n) - 1n],
    ['0:0:0:0:0:0:0:1/128', 6, 1n, 1n],
    ['::ffff:192.0.2.1/128', 6, (0xffffn << 32n) | 0xc0000201n, (0xffffn << 32n) | 0xc0000201n],
    ['2001:db8::/32', 6, 0x20010db8n << 96n, ((0x20010db8n + 1n) << 96n) - 1n],
  ])('reads %s', (text, family, first, last) => {
    expect(parseCidr(text)).toEqual({ family, first, last });
  });

  it.each(['10.0.0.0', '10.0.0.0/33', '::/129', '256.0.0.0/8', '010.0.0.0/8', '1.2.3/24', 'fe80:::/10', '1::2::3/64', '1:2:3:4:5:6:7:8:9/64', 'g::/16', '', 'any', 42, null])('refuses %p', (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });
});

describe('rangesCover', () => {
  it.each<[string[], string, boolean]>([
    [['169.254.0.0/16'], '169.254.0.0/16', true],
    [['169.0.0.0/8'], '169.254.0.0/16', true],
    [['169.254.0.0/17', '169.254.128.0/17'], '169.254.0.0/16', true],
    [['169.254.128.0/17', '10.0.0.0/8', '169.254.0.0/17'], '169.254.0.0/16', true],
    [['169.254.169.254/32'], '169.254.0.0/16', false],
    [['169.254.0.0/17'], '169.254.0.0/16', false],
    [['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], '169.254.0.0/16', false],
    [['fc00::/7'], 'fd00:ec2::/32', true],
    [['fc00::/7'], 'fe80::/10', false],
    [['fe80::/9'], 'fe80::/10', true],
    // families never mix
    [['0.0.0.0/0'], 'fe80::/10', false],
    [[], '169.254.0.0/16', false],
  ])('%p covers %s: %p', (blocks, target, want) => {
    expect(rangesCover(blocks.map(r), r(target))).toBe(want);
  });
});

describe('rangeContains', () => {
  it.each<[string, string, boolean]>([
    ['0.0.0.0/0', '169.254.0.0/16', true],
    ['128.0.0.0/1', '169.254.0.0/16', true],
    ['0.0.0.0/1', '169.254.0.0/16', false],
    ['169.254.20.10/32', '169.254.0.0/16', false],
    ['::/0', 'fd00:ec2::/32', true],
    ['::/0', '169.254.0.0/16', false],
  ])('%s contains %s: %p', (outer, inner, want) => {
    expect(rangeContains(r(outer), r(inner))).toBe(want);
  });
});
