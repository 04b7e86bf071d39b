/**
 * Expiry dates as users write them. A bare date means "through that day" (UTC), so an exception
 * written `expires: 2026-03-31` still applies during all of March 31st wherever the runner is.
 */
export type ParsedExpiry = { at: number } | { error: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;

export function parseExpiry(text: string): ParsedExpiry {
  const s = text.trim();
  const d = DATE.exec(s);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    const start = Date.UTC(y, m - 1, day);
    const back = new Date(start);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== day) return { error: `"${s}" is not a calendar date` };
    return { at: Date.UTC(y, m - 1, day + 1) };
  }
  if (DATE_TIME.test(s)) {
    const at = Date.parse(s.replace(' ', 'T'));
    if (!Number.isNaN(at)) return { at };
  }
  return { error: `"${s}" is not a date (YYYY-MM-DD) or a date-time with a time zone (RFC 3339)` };
}

export function isExpired(expiresAt: number | undefined, now: number): boolean {
  return expiresAt !== undefined && now >= expiresAt;
}
