/**
 * Time-zone arithmetic for the fakes, built on Intl.DateTimeFormat (the IANA data Node ships), independent of the code
 * under test. A "wall clock" is a time as a clock in some zone shows it, written as milliseconds since 1970-01-01 00:00
 * ON THAT CLOCK (so Date.UTC(y, m - 1, d, h, mi) is the wall clock y-m-d h:mi).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall clock of `instant` in `tz`. */
export function wallOf(instant: Date | number, tz: string): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const p = Object.fromEntries(formatter(tz).formatToParts(t).map((x) => [x.type, x.value]));
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  const d = new Date(0);
  d.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  d.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), ((t % 1000) + 1000) % 1000);
  return d.getTime();
}

/**
 * The instant at which clocks in `tz` show `wall`. In a gap (the hour a clock skips) the instant after the gap, as
 * Sheets moves such a time forward; in an overlap the earlier of the two.
 */
export function instantOfWall(wall: number, tz: string): number {
  // The offsets a day either side cover any transition near `wall` (zones change offset at most once a day).
  const before = wallOf(wall - 86400000, tz) - (wall - 86400000);
  const after = wallOf(wall + 86400000, tz) - (wall + 86400000);
  const hits = [wall - before, wall - after].filter((t) => wallOf(t, tz) === wall);
  return hits.length ? Math.min(...hits) : wall - before;
}

export const wallMs = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => {
  const x = new Date(0);
  x.setUTCFullYear(y, m - 1, d);
  x.setUTCHours(h, mi, s, 0);
  return x.getTime();
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Utilities.formatDate(date, timeZone, format) for the SimpleDateFormat letters the add-on may use: yyyy, yy, MM, dd, HH,
 * mm, ss, SSS, Z (+hhmm), XXX (+hh:mm) and 'quoted' literals. Any other letter throws, so a pattern we do not model
 * cannot pass silently.
 */
export function formatDate(date: Date, tz: string, pattern: string): string {
  if (!(date instanceof Date) && Object.prototype.toString.call(date) !== '[object Date]') throw new Error('formatDate: not a Date');
  if (typeof tz !== 'string' || !tz) throw new Error('formatDate: a time zone is required');
  const t = date.getTime();
  const w = new Date(wallOf(t, tz));
  const off = Math.round((w.getTime() - t) / 60000);
  const sign = off < 0 ? '-' : '+';
  const oh = pad(Math.floor(Math.abs(off) / 60));
  const om = pad(Math.abs(off) % 60);
  const tokens: Record<string, string> = {
    yyyy: pad(w.getUTCFullYear(), 4), yy: pad(w.getUTCFullYear() % 100), MM: pad(w.getUTCMonth() + 1), dd: pad(w.getUTCDate()),
    HH: pad(w.getUTCHours()), mm: pad(w.getUTCMinutes()), ss: pad(w.getUTCSeconds()), SSS: pad(w.getUTCMilliseconds(), 3),
    Z: `${sign}${oh}${om}`, XXX: `${sign}${oh}:${om}`,
  };
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (m, lit: string | undefined) => {
    if (lit !== undefined) return lit === '' ? "'" : lit;
    const v = tokens[m];
    if (v === undefined) throw new Error(`formatDate: the fake does not model the pattern letter(s) ${m}`);
    return v;
  });
}
