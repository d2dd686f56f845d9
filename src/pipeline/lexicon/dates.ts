/**
 * Lexicon of relative dates: phrases resolved against the publication date, each with its offset and precision.
 * Data only; src/pipeline/dates.ts applies it. Offsets are in days before publication (positive = earlier).
 */
import type { DatePrecision } from '../../types';

export interface RelativeDatePhrase {
  re: string;
  /** Days before the publication date that best represent the phrase. */
  daysBefore: number;
  precision: DatePrecision;
}

export const RELATIVE_DATE_PHRASES: RelativeDatePhrase[] = [
  { re: '(?:late |early )?(?:today|this morning|this afternoon|this evening|tonight)', daysBefore: 0, precision: 'day' },
  { re: '(?:late |early )?(?:yesterday|last night)', daysBefore: 1, precision: 'day' },
  { re: 'the day before yesterday', daysBefore: 2, precision: 'day' },
  { re: 'overnight', daysBefore: 0, precision: 'day' },
  { re: '(?:over|during|at|on) the (?:past |last )?weekend', daysBefore: 2, precision: 'week' },
  // A counted number of days is a day ("two days ago"); "a few" or "several" is a week.
  { re: '(?:a|one) day ago', daysBefore: 1, precision: 'day' },
  { re: '(?:two|2) days ago', daysBefore: 2, precision: 'day' },
  { re: '(?:three|3) days ago', daysBefore: 3, precision: 'day' },
  { re: '(?:four|4) days ago', daysBefore: 4, precision: 'day' },
  { re: '(?:five|5) days ago', daysBefore: 5, precision: 'day' },
  { re: '(?:a few|several|a couple of|few) days ago', daysBefore: 3, precision: 'week' },
  { re: '(?:in|over|during) (?:the )?(?:recent|past few|last few|past several|last several) days', daysBefore: 3, precision: 'week' },
  { re: '(?:in|over|during) (?:the )?(?:recent|past few|last few|past several|last several|past couple of) weeks', daysBefore: 10, precision: 'week' },
  { re: '(?:earlier|late|later) this week', daysBefore: 3, precision: 'week' },
  { re: 'this week', daysBefore: 2, precision: 'week' },
  { re: '(?:in|over|during) the (?:last|past) week', daysBefore: 3, precision: 'week' },
  { re: '(?:last|previous) week', daysBefore: 7, precision: 'week' },
  { re: '(?:a|one) week ago', daysBefore: 7, precision: 'week' },
  { re: '(?:two|2) weeks ago', daysBefore: 14, precision: 'week' },
  { re: '(?:in|over|during) the (?:last|past) (?:two|2|few|couple of) weeks', daysBefore: 7, precision: 'week' },
  { re: '(?:earlier this|this) month', daysBefore: 7, precision: 'month' },
  { re: '(?:in|over|during) the (?:last|past) month', daysBefore: 15, precision: 'month' },
  { re: '(?:in|over|during) the (?:last|past) (?:two|three|four|five|six|several|few) months', daysBefore: 75, precision: 'month' },
];

/**
 * Days counted from the story's own day, not from publication ("A day earlier, insurgents overran Sar-e-Pul" after
 * "... fell on Sunday"): days after the last day the article stated (negative = before).
 */
export interface StoryRelativePhrase {
  re: string;
  daysAfterStory: number;
}

export const STORY_RELATIVE_PHRASES: StoryRelativePhrase[] = [
  { re: '(?:a|one) day (?:earlier|before)|the (?:previous|preceding) day|the day before(?! yesterday)', daysAfterStory: -1 },
  { re: '(?:two|2) days (?:earlier|before)', daysAfterStory: -2 },
  { re: '(?:a|one) day later|the (?:next|following) day', daysAfterStory: 1 },
  { re: '(?:two|2) days later', daysAfterStory: 2 },
];

/**
 * Parts of a month ("the first week of July", "the last week of June", "the first half of August", "early/mid/late
 * July"): the span's first and last day (negative = counted back from the month's end: -7..-1 is its last seven days)
 * and its precision. Its date is the span's middle day. A week is a week; a third of a month ("early July", days 1-10)
 * is nearer a week than a month (its middle day is at most five days out); a half (15 days) is stated as a month.
 */
export interface MonthPart {
  first: number;
  last: number;
  precision: DatePrecision;
}

export const MONTH_WEEKS: Record<string, MonthPart> = {
  first: { first: 1, last: 7, precision: 'week' },
  opening: { first: 1, last: 7, precision: 'week' },
  second: { first: 8, last: 14, precision: 'week' },
  third: { first: 15, last: 21, precision: 'week' },
  fourth: { first: 22, last: 28, precision: 'week' },
  last: { first: -7, last: -1, precision: 'week' },
  final: { first: -7, last: -1, precision: 'week' },
  closing: { first: -7, last: -1, precision: 'week' },
};

export const MONTH_HALVES: Record<string, MonthPart> = {
  first: { first: 1, last: 15, precision: 'month' },
  second: { first: 16, last: -1, precision: 'month' },
  latter: { first: 16, last: -1, precision: 'month' },
};

export const MONTH_THIRDS: Record<string, MonthPart> = {
  early: { first: 1, last: 10, precision: 'week' },
  mid: { first: 11, last: 20, precision: 'week' },
  late: { first: 21, last: -1, precision: 'week' },
};

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Words from chrono-node's English dictionaries (2.x: month and weekday names and abbreviations, ordinal words,
 * time units). A text in which any of them (or a digit) occurs outside the plain month-day dates that
 * src/pipeline/explicitDays.ts reads itself could give chrono a result of its own, or one merged with those dates
 * ("Thursday, July 8", "July 8 to ninth", "two days after July 8"), so such a text is left to chrono.
 */
export const CHRONO_MONTH_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
export const CHRONO_WEEKDAY_WORDS = ['sunday', 'sun', 'monday', 'mon', 'tuesday', 'tue', 'wednesday', 'wed', 'thursday', 'thurs', 'thur', 'thu', 'friday', 'fri', 'saturday', 'sat'];
export const CHRONO_ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'];
/** Matched without a left word boundary ("yesterday", "holidays" are left to chrono too: cheaper than being sure). */
export const CHRONO_TIME_UNIT_WORDS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
/** Words that make a number a time ("8 in the morning", "8 at night", "8 o'clock", "8 oclock"), matched anywhere. */
export const CHRONO_TIME_OF_DAY_WORDS = ['morning', 'afternoon', 'night', 'clock'];
