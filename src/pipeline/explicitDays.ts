/**
 * Explicit days in a text ("July 8, 2021", "July 8th", "Dec. 26", "Feb. 20, 2019"): chrono-node's strict parser,
 * with a fast path for the plain shape news text nearly always uses. chrono-node costs several times more per
 * sentence than the rest of the date stage, so a text whose only date-like content is plain "Month D[th][, YYYY]"
 * dates (one or several, apart) is read here; any other text goes to chrono. The fast path declines (returns null)
 * whenever chrono could read the text differently, so the result is chrono's either way
 * (tests/pipeline/explicitDays.test.ts compares the two over the articles and a generated set of date strings).
 */
import * as chrono from 'chrono-node';
import { CHRONO_MONTH_WORDS, CHRONO_ORDINAL_WORDS, CHRONO_TIME_OF_DAY_WORDS, CHRONO_TIME_UNIT_WORDS, CHRONO_WEEKDAY_WORDS } from './lexicon/dates';

export interface ExplicitDay {
  /** Offset of the date in the text, and its text (trailing space trimmed). */
  index: number;
  text: string;
  day: number;
  month: number;
  /** The year the text states, or null. */
  year: number | null;
}

// Capitalised months as chrono spells them; a dot only after the abbreviations chrono knows with one ("Dec.", not "May.").
const PLAIN_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const PLAIN_DAY = new RegExp(`\\b(${PLAIN_MONTH}) (\\d{1,2})(?:st|nd|rd|th)?(?:, ((?:19|20)\\d\\d))?\\b`, 'g');
const MONTH_NUMBER: Record<string, number> = Object.fromEntries(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]),
);
/** Anything chrono might read as (part of) a date: a digit or a word of its dictionaries. */
const CHRONO_WORD = new RegExp(
  `\\d|${CHRONO_TIME_OF_DAY_WORDS.join('|')}|(?:${CHRONO_TIME_UNIT_WORDS.join('|')})s?(?![a-z0-9_])|\\b(?:${[...CHRONO_MONTH_WORDS, ...CHRONO_WEEKDAY_WORDS, ...CHRONO_ORDINAL_WORDS].join('|')})(?![a-z0-9_])`,
  'i',
);
/**
 * What chrono reads right after a date as part of it, or as cancelling it: "am"/"pm" (even "amid": chrono then finds
 * no date), an era ("2019 AD"), a time-zone abbreviation ("July 8 EST", "July 8, UN ..." is declined too).
 */
const AFTER_ERA_OR_TIME = /\s*(?:am|pm)|\s{0,2}(?:BE|AD|BC|BCE|CE)(?![a-z0-9_])/iy;
const AFTER_ZONE = /\s*,?\s*\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/y;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * What between two dates lets chrono join them or read them otherwise: a range ("July 8 to July 10"), "1 of July",
 * nothing but punctuation. Two dates are read here only with other words between them ("July 8 and Feb. 20").
 */
const JOINING_GAP = /^[\s,;.\-–/]*(?:(?:of|to|until|through|till|at|after|before|on|T)[\s,;.\-–/]*)?$/i;

/**
 * The explicit days of a text whose only date-like content is plain month-day dates, or null when the text is not
 * that simple (then chrono must read it). A day must exist in every year when no year is given (chrono checks
 * "Feb. 29" against a year it infers).
 * @example plainExplicitDays('Shamkhani made the comments during a Dec. 26 visit') → [{ index: 36, text: 'Dec. 26', day: 26, month: 12, year: null }]
 * @example plainExplicitDays('On Thursday, July 8, 2021') → null
 */
export function plainExplicitDays(text: string): ExplicitDay[] | null {
  const out: ExplicitDay[] = [];
  let from = 0;
  PLAIN_DAY.lastIndex = 0;
  for (let m = PLAIN_DAY.exec(text); m; m = PLAIN_DAY.exec(text)) {
    const gap = text.slice(from, m.index);
    if (CHRONO_WORD.test(gap) || (out.length > 0 && JOINING_GAP.test(gap))) return null;
    const end = m.index + m[0].length;
    AFTER_ERA_OR_TIME.lastIndex = end;
    AFTER_ZONE.lastIndex = end;
    if (AFTER_ERA_OR_TIME.test(text) || AFTER_ZONE.test(text)) return null;
    const month = MONTH_NUMBER[m[1]!.slice(0, 3).toLowerCase()]!;
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    const last = year === null ? DAYS_IN_MONTH[month - 1]! : new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return null;
    out.push({ index: m.index, text: m[0], day, month, year });
    from = end;
  }
  if (out.length === 0 || CHRONO_WORD.test(text.slice(from))) return null;
  return out;
}

/**
 * The explicit days chrono-node's strict parser finds in a text (those with a certain day and month), `ref` being
 * the moment relative dates are resolved from. A year is the one chrono is certain of, or a 19xx/20xx year in the
 * date's text.
 * @example chronoExplicitDays('Kabul, July 8, 2021', new Date()) → [{ index: 7, text: 'July 8, 2021', day: 8, month: 7, year: 2021 }]
 */
export function chronoExplicitDays(text: string, ref: Date): ExplicitDay[] {
  const out: ExplicitDay[] = [];
  for (const r of chrono.strict.parse(text, { instant: ref, timezone: 0 })) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    // An offset from another event ("two days after militants overran Zaranj") is certain only relative to `ref`: a
    // calendar day names its month or its day.
    if (!/\d/.test(r.text) && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(r.text)) continue;
    let year: number | null = null;
    if (r.start.isCertain('year')) year = r.start.get('year')!;
    else if (/\b(?:19|20)\d\d\b/.test(r.text)) year = Number(/\b((?:19|20)\d\d)\b/.exec(r.text)![1]);
    out.push({ index: r.index, text: r.text.trimEnd(), day: r.start.get('day')!, month: r.start.get('month')!, year });
  }
  return out;
}

/**
 * The explicit days in a text, as chrono-node's strict parser reads them (through the fast path when it applies).
 * @example explicitDays('during a Feb. 20, 2019 visit', new Date())[0].year === 2019
 */
export function explicitDays(text: string, ref: Date): ExplicitDay[] {
  return plainExplicitDays(text) ?? chronoExplicitDays(text, ref);
}
