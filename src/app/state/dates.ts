/**
 * Calendar days as integers (days since 1970-01-01, UTC) so that the slider, the claim index and the
 * movement filters compare numbers instead of strings and never meet a time zone.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Loading 100,000 events asks for a few hundred distinct dates over and over (bench:map cold load): remember
// the valid ones, up to a bound.
const KNOWN_DAYS = new Map<string, number>();

/** Day number of an ISO date. Example: `dayOf('1970-01-02') === 1`. Throws on anything but YYYY-MM-DD. */
export function dayOf(iso: string): number {
  const known = KNOWN_DAYS.get(iso);
  if (known !== undefined) return known;
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== iso) throw new Error(`no such day: ${iso}`);
  const day = Math.round(t / MS_PER_DAY);
  if (KNOWN_DAYS.size < 50_000) KNOWN_DAYS.set(iso, day);
  return day;
}

/** ISO date of a day number. Example: `isoOf(18816) === '2021-07-08'`. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const WORDS = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
});

/** The day in words. Example: `dayInWords(dayOf('2021-07-08')) === 'Thursday 8 July 2021'`. */
export function dayInWords(day: number): string {
  return WORDS.format(new Date(day * MS_PER_DAY)).replace(',', '');
}

/** How long ago, in words. Example: `ageInWords(0) === 'today'`, `ageInWords(45) === '45 days earlier'`. */
export function ageInWords(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return '1 day earlier';
  if (days < 120) return `${days} days earlier`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `${months} months earlier`;
  return `${Math.round(days / 365.25)} years earlier`;
}
