/**
 * Dates in a sentence, resolved against the publication date: explicit days ("July 8, 2021", "July 8th",
 * "Dec. 26", "Feb. 20, 2019") through chrono-node (explicitDays.ts); weekdays ("on Thursday", "late Thursday") as the latest such day
 * on or before publication; relative phrases ("earlier this week", "a few days ago", "last week", "in recent days",
 * "last month", "this year") from a lexicon; months ("in May") and years ("In 2016"). An undated article resolves
 * only dates that state their year.
 */
import type { DatePrecision } from '../types';
import { chronoExplicitDays, plainExplicitDays } from './explicitDays';
import { MONTH_HALVES, MONTH_THIRDS, MONTH_WEEKS, MONTHS, RELATIVE_DATE_PHRASES, STORY_RELATIVE_PHRASES, WEEKDAYS } from './lexicon/dates';
import type { MonthPart } from './lexicon/dates';

export interface DateMention {
  /** Offsets into the text given to findDates (plus its `offset`). */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, or null when it cannot be resolved (a relative date in an undated article). */
  date: string | null;
  precision: DatePrecision;
}

const DAY_MS = 86400000;

// The publication day is parsed for every sentence of its article: the last day parsed is kept.
let lastDay = '';
let lastDayMs = NaN;
function toUtc(day: string): number {
  if (day !== lastDay) {
    lastDay = day;
    lastDayMs = Date.parse(`${day}T00:00:00Z`);
  }
  return lastDayMs;
}
function fmt(ms: number): string {
  const t = new Date(ms);
  const y = t.getUTCFullYear();
  // Written out for the common four-digit years (toISOString allocates more); the rest (and NaN, which throws) as before.
  if (!(y >= 1000 && y <= 9999)) return t.toISOString().slice(0, 10);
  const m = t.getUTCMonth() + 1;
  const d = t.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
/**
 * The number the digits s[from, to) write, NaN when one is not a digit (as Number(s.slice(from, to)), without the slice).
 * @example digitsAt('2021-07-08', 5, 7) === 7
 */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return NaN;
    n = n * 10 + c;
  }
  return n;
}
/** The weekday (0 = Sunday) of a UTC midnight, as new Date(ms).getUTCDay() (1970-01-01 was a Thursday). */
function weekdayOf(ms: number): number {
  return (((Math.floor(ms / DAY_MS) + 4) % 7) + 7) % 7;
}
function ymd(y: number, m: number, d: number): string {
  return fmt(Date.UTC(y, m - 1, d));
}

/**
 * Shifts a day by `days` (negative = earlier).
 * @example addDays('2021-07-08', -3) === '2021-07-05'
 */
export function addDays(day: string, days: number): string {
  return fmt(toUtc(day) + days * DAY_MS);
}

const MONTH_ABBR = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** Cheap test: does the text name a month (capitalised) followed or preceded by a day? Gate for chrono. */
const HAS_MONTH_DAY = new RegExp(`\\b(?:${MONTH_ABBR})\\.?\\s+\\d|\\d\\s+(?:${MONTH_ABBR})\\b`);
const FULL_DATE = new RegExp(`\\b(${MONTH_ABBR})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b|\\b(\\d{1,2})\\s+(${MONTH_ABBR})\\.?,?\\s+((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b`, 'g');

function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

/**
 * Every full date (day, month and year) the text states, as YYYY-MM-DD. Used to date an article without front matter.
 * @example fullDatesIn('Kabul, July 8, 2021 - Taliban ...') → ['2021-07-08']
 */
export function fullDatesIn(text: string): string[] {
  const out: string[] = [];
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    let y: number, mo: number, d: number;
    if (m[1]) [y, mo, d] = [Number(m[3]), monthIndex(m[1]), Number(m[2])];
    else if (m[4]) [y, mo, d] = [Number(m[6]), monthIndex(m[5]!), Number(m[4])];
    else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) out.push(fmt(t.getTime()));
  }
  return out;
}

const WEEKDAY_RE = /\b(?:(late|early|earlier|later)\s+(?:on\s+)?)?(?:(on|last|next|this|since|until|by)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:morning|afternoon|evening|night))?\b/g;
const MONTH_ONLY_RE = new RegExp(`\\b(?:(in|since|during|until|by|from|early|late|mid|mid-|last|this|earlier in|later in)\\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+((?:19|20)\\d\\d))?\\b(?!\\s+\\d)`, 'gi');
const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "(in|during) the first week of July (2021)", "the first half of August", "early July", "mid-July", "late June". */
const MONTH_PART_RE = new RegExp(`\\b(?:(?:in|during|over|within|throughout|by|until|since)\\s+)?(?:(?:the\\s+(?:(first|opening|second|third|fourth|last|final|closing)\\s+(week)|(first|second|latter)\\s+half)\\s+of)|(early|mid|late)(?:-|\\s+))\\s*(${MONTH_NAME})(?:,?\\s+((?:19|20)\\d\\d))?\\b(?!\\s+\\d)`, 'gi');
const YEAR_RE = /\b(?:(in|since|during|until|by|from|early|late|mid|mid-|of)\s+)((?:19|20)\d\d)\b(?![-/]\d)/gi;
const THIS_YEAR_RE = /\b(?:(this|last|previous|the past|the last) year|earlier this year|so far this year)\b/gi;
const LAST_MONTH_RE = /\b(?:last|previous) month\b/gi;
// The word boundaries are written once around the alternation, not around each phrase: the same matches, and V8
// scans such a regex several times faster (the same holds for DATE_HINT).
const RELATIVE_RX = new RegExp(`\\b(?:${RELATIVE_DATE_PHRASES.map((p) => `(${p.re.replace(/\((?!\?)/g, '(?:')})`).join('|')})\\b`, 'gi');
/*
 * What the words of a text allow, read in one regex scan (wordFlags) instead of a test per pattern. Each flag is a
 * word every match of a pattern contains as a whole word, so a pattern is skipped only when it cannot match.
 */
/** A word without which a text states no date: a month or day name, a relative word, a year (DATE_HINT below). */
const HINT = 1;
/** A month name or abbreviation, as HAS_MONTH_DAY spells them (the gate for chrono). */
const MONTH_ABBR_WORD = 2;
/** A month name, or "of" glued to one ("the first week ofJuly" matches MONTH_PART_RE). */
const MONTH_WORD = 4;
/** "day" (STORY_RX's phrases are read only in a text with the word). */
const DAY_WORD = 8;
/** The last word of a phrase of RELATIVE_DATE_PHRASES ("this afternoon", "a few days ago", "last week"). */
const RELATIVE_WORD = 16;
const MONTH_ALONE = 32;
const YEAR_WORD = 64;
const WEEKDAY_WORD = 128;
/** A 19xx or 20xx year. */
const YEAR_NUMBER = 256;

/**
 * Words without which a text states no date: month and day names, relative words, years. Each match is a whole word;
 * "afternoon" and "of" glued to a month are not hints (only other patterns need them: see wordFlags).
 */
const DATE_HINT = new RegExp(
  `\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*|today|tonight|yesterday|night|morning|evening|ago|week|weeks|weekend|overnight|month|months|year|days?|(?:19|20)\\d\\d|afternoon|of(?:${MONTHS.join('|')}))\\b`,
  'gi',
);
/** The flags of DATE_HINT's words (by lower-cased word); a word it matches that is not here is a HINT only ("Sunni"). */
const WORD_FLAGS = new Map<string, number>();
function flagWords(words: string[], flag: number): void {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? HINT) | flag);
}
flagWords(['today', 'tonight', 'yesterday', 'night', 'morning', 'evening', 'ago', 'week', 'weeks', 'weekend', 'overnight', 'month', 'months', 'year', 'day', 'days'], HINT);
flagWords([...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'], MONTH_ABBR_WORD);
flagWords(MONTHS, MONTH_WORD);
flagWords(['day'], DAY_WORD);
flagWords(['today', 'morning', 'evening', 'tonight', 'yesterday', 'night', 'overnight', 'weekend', 'ago', 'days', 'weeks', 'week', 'month', 'months'], RELATIVE_WORD);
flagWords(['month'], MONTH_ALONE);
flagWords(['year'], YEAR_WORD);
flagWords(WEEKDAYS, WEEKDAY_WORD);
// Words that are no hint: only their flag.
WORD_FLAGS.set('afternoon', RELATIVE_WORD);
for (const m of MONTHS) WORD_FLAGS.set(`of${m}`, MONTH_WORD);

/**
 * The flags of the words of a text (see HINT above), in one scan.
 * @example wordFlags('In mid-July 2021') === HINT | MONTH_ABBR_WORD | MONTH_WORD | YEAR_NUMBER
 */
function wordFlags(text: string): number {
  let flags = 0;
  DATE_HINT.lastIndex = 0;
  for (let m = DATE_HINT.exec(text); m; m = DATE_HINT.exec(text)) {
    const c = m[0].charCodeAt(0);
    flags |= c <= 57 ? YEAR_NUMBER | HINT : (WORD_FLAGS.get(m[0].toLowerCase()) ?? HINT);
  }
  return flags;
}
const STORY_RX = new RegExp(`\\b(?:${STORY_RELATIVE_PHRASES.map((p) => `(${p.re.replace(/\((?!\?)/g, '(?:')})`).join('|')})\\b`, 'gi');

/**
 * The middle day of a part of a month (its last days counted back from the month's end).
 * @example partMiddle(2021, 7, { first: 1, last: 7, precision: 'week' }) === '2021-07-04'
 */
function partMiddle(y: number, mo: number, part: MonthPart): string {
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const from = part.first > 0 ? part.first : days + part.first + 1;
  const to = part.last > 0 ? part.last : days + part.last + 1;
  return ymd(y, mo, Math.floor((from + to) / 2));
}

/** Which phrase of a lexicon alternation (one capture group per phrase) matched. */
function entryOf(m: RegExpExecArray): number {
  let k = 1;
  while (k < m.length && m[k] === undefined) k++;
  return k - 1;
}

function overlaps(list: DateMention[], s: number, e: number): boolean {
  for (const d of list) if (s < d.end && e > d.start) return true;
  return false;
}

/** Sorts the mentions by start as a stable sort would, in place (they are a few, found pattern by pattern). */
function sortByStart(list: DateMention[]): void {
  for (let i = 1; i < list.length; i++) {
    const d = list[i]!;
    let j = i;
    for (; j > 0 && list[j - 1]!.start > d.start; j--) list[j] = list[j - 1]!;
    list[j] = d;
  }
}

/** Adds the date text[s, e) to `out` unless it overlaps one found before (a module function, not a closure per call). */
function pushMention(out: DateMention[], text: string, offset: number, s: number, e: number, date: string | null, precision: DatePrecision): void {
  if (overlaps(out, s + offset, e + offset)) return;
  out.push({ start: s + offset, end: e + offset, text: text.slice(s, e), date, precision });
}

/**
 * Finds and resolves the dates in `text` against `published` (YYYY-MM-DD or null). `offset` is added to positions.
 * @example findDates('Late Thursday, the AP reported', '2021-07-08')[0].date === '2021-07-08'
 * @example findDates('A few days ago, 1,000 soldiers fled', '2021-07-08')[0] → { date: '2021-07-05', precision: 'week' }
 */
export function findDates(text: string, published: string | null, offset = 0, storyDay?: () => string | null): DateMention[] {
  const out: DateMention[] = [];
  const flags = wordFlags(text);
  // Fast path: most sentences name no date at all.
  if (!(flags & HINT)) return out;
  const pubMs = published ? toUtc(published) : null;
  const pubYear = published ? digitsAt(published, 0, 4) : null;
  const pubMonth = published ? digitsAt(published, 5, 7) : null;

  // Explicit days through chrono (strict: formal patterns only), gated by a cheap test.
  if (flags & MONTH_ABBR_WORD && HAS_MONTH_DAY.test(text)) {
    // (explicitDays, with chrono's reference moment made only when chrono is asked.)
    const days = plainExplicitDays(text) ?? chronoExplicitDays(text, pubMs !== null ? new Date(pubMs + 12 * 3600000) : new Date(Date.UTC(2000, 0, 1)));
    for (const r of days) {
      const { day: d, month: mo } = r;
      let date: string | null = null;
      if (r.year !== null) {
        date = ymd(r.year, mo, d);
      } else if (pubYear !== null && pubMs !== null) {
        // A day without a year is in the publication's year, unless that puts it in the future: then the year before.
        date = ymd(pubYear, mo, d);
        if (toUtc(date) > pubMs + 2 * DAY_MS) date = ymd(pubYear - 1, mo, d);
      }
      pushMention(out, text, offset, r.index, r.index + r.text.length, date, 'day');
    }
  }

  // "a day earlier", "the next day": from the story's last stated day (storyDay), else from publication.
  STORY_RX.lastIndex = 0;
  let fromStory: { mention: DateMention; days: number }[] | null = null;
  if (flags & DAY_WORD) for (let m = STORY_RX.exec(text); m; m = STORY_RX.exec(text)) {
    const anchor = storyDay?.() ?? published;
    const days = STORY_RELATIVE_PHRASES[entryOf(m)]!.daysAfterStory;
    const n = out.length;
    pushMention(out, text, offset, m.index, m.index + m[0].length, anchor ? addDays(anchor, days) : null, 'day');
    if (out.length > n) (fromStory ??= []).push({ mention: out[n]!, days });
  }

  // "the first week of July", "the last week of June", "the first half of August", "early/mid-/late July": before "in the last
  // week" and the month alone (which would take the month's middle day).
  MONTH_PART_RE.lastIndex = 0;
  if (flags & MONTH_WORD && /week|half|early|mid|late/i.test(text)) for (let m = MONTH_PART_RE.exec(text); m; m = MONTH_PART_RE.exec(text)) {
    const part = m[2] ? MONTH_WEEKS[m[1]!.toLowerCase()] : m[3] ? MONTH_HALVES[m[3].toLowerCase()] : MONTH_THIRDS[m[4]!.toLowerCase()];
    // (Month names are capitalised: "in early may" is no date.)
    if (!part || !/^[A-Z]/.test(m[5]!)) continue;
    const mo = monthIndex(m[5]!);
    const y = m[6] ? Number(m[6]) : pubYear !== null && pubMonth !== null ? (mo > pubMonth ? pubYear - 1 : pubYear) : null;
    let date = y === null ? null : partMiddle(y, mo, part);
    if (!m[6] && date && pubMs !== null && toUtc(date) > pubMs) date = published;
    pushMention(out, text, offset, m.index, m.index + m[0].length, date, part.precision);
  }

  RELATIVE_RX.lastIndex = 0;
  if (flags & RELATIVE_WORD) for (let m = RELATIVE_RX.exec(text); m; m = RELATIVE_RX.exec(text)) {
    const p = RELATIVE_DATE_PHRASES[entryOf(m)]!;
    pushMention(out, text, offset, m.index, m.index + m[0].length, published ? addDays(published, -p.daysBefore) : null, p.precision);
  }

  LAST_MONTH_RE.lastIndex = 0;
  if (flags & MONTH_ALONE) for (let m = LAST_MONTH_RE.exec(text); m; m = LAST_MONTH_RE.exec(text)) {
    let date: string | null = null;
    if (pubYear !== null && pubMonth !== null) date = pubMonth === 1 ? ymd(pubYear - 1, 12, 15) : ymd(pubYear, pubMonth - 1, 15);
    pushMention(out, text, offset, m.index, m.index + m[0].length, date, 'month');
  }

  THIS_YEAR_RE.lastIndex = 0;
  if (flags & YEAR_WORD) for (let m = THIS_YEAR_RE.exec(text); m; m = THIS_YEAR_RE.exec(text)) {
    let date: string | null = null;
    if (published && pubYear !== null) {
      if (/last|previous|past/i.test(m[1] ?? '')) date = ymd(pubYear - 1, 7, 1);
      else date = fmt(Math.floor((Date.UTC(pubYear, 0, 1) + toUtc(published)) / 2 / DAY_MS) * DAY_MS);
    }
    pushMention(out, text, offset, m.index, m.index + m[0].length, date, 'year');
  }

  WEEKDAY_RE.lastIndex = 0;
  if (flags & WEEKDAY_WORD) for (let m = WEEKDAY_RE.exec(text); m; m = WEEKDAY_RE.exec(text)) {
    let date: string | null = null;
    if (pubMs !== null) {
      const want = WEEKDAYS.indexOf(m[3]!.toLowerCase());
      const have = weekdayOf(pubMs);
      let back = (have - want + 7) % 7;
      const rel = (m[2] ?? '').toLowerCase();
      if (rel === 'last' && back === 0) back = 7;
      if (rel === 'next' || rel === 'until') back = back === 0 ? -7 : back - 7;
      date = fmt(pubMs - back * DAY_MS);
    }
    pushMention(out, text, offset, m.index, m.index + m[0].length, date, 'day');
  }

  MONTH_ONLY_RE.lastIndex = 0;
  if (flags & MONTH_WORD) for (let m = MONTH_ONLY_RE.exec(text); m; m = MONTH_ONLY_RE.exec(text)) {
    // "May" alone is too often the verb: only with a preposition or a year.
    // Month names are capitalised; "May" alone is too often the verb: only with a preposition or a year.
    if (!/^[A-Z]/.test(m[2]!)) continue;
    if (m[2] === 'May' && !m[1] && !m[3]) continue;
    const mo = monthIndex(m[2]!);
    let date: string | null = null;
    if (m[3]) date = ymd(Number(m[3]), mo, 15);
    else if (pubYear !== null && pubMonth !== null) date = ymd(mo > pubMonth ? pubYear - 1 : pubYear, mo, 15);
    if (date && pubMs !== null && toUtc(date) > pubMs) date = published;
    pushMention(out, text, offset, m.index, m.index + m[0].length, date, 'month');
  }

  YEAR_RE.lastIndex = 0;
  if (flags & YEAR_NUMBER) for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const y = Number(m[2]);
    let date = ymd(y, 7, 1);
    if (published && pubMs !== null && toUtc(date) > pubMs) date = ymd(y, 1, 1) <= published ? published : date;
    pushMention(out, text, offset, m.index, m.index + m[0].length, date, 'year');
  }

  // "since May", "since January 1": a period up to now; what is said about it holds at publication.
  if (out.length > 0 && /since/i.test(text)) for (const d of out) {
    if (/^since\b/i.test(d.text) || /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(text.slice(Math.max(0, d.start - offset - 12), d.start - offset))) {
      const span = published && d.date ? (toUtc(published) - toUtc(d.date)) / DAY_MS : 0;
      d.precision = span > 366 ? 'year' : span > 31 ? 'month' : 'week';
      d.date = published;
    }
  }
  sortByStart(out);
  // "said on Sunday that a delegation had visited Tehran the day before": counted from the day the sentence itself
  // states before the phrase, when it states one.
  if (fromStory) for (const { mention, days } of fromStory) {
    let anchor: DateMention | null = null;
    for (const d of out) if (d.end <= mention.start && d.precision === 'day' && d.date && !fromStory.some((f) => f.mention === d)) anchor = d;
    if (anchor) mention.date = addDays(anchor.date!, days);
  }
  return out;
}
