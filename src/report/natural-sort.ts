const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Orders ids as people read them: 5.2.2 before 5.2.11, C-0009 before C-0012, T1611 after T1609. */
export function naturalCompare(a: string, b: string): number {
  return COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
