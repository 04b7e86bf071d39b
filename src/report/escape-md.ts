/** Keeps user-controlled text (names, messages) from breaking tables or injecting markup. */
export function escapeMd(s: string): string {
  return s.replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
