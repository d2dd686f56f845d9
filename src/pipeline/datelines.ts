/**
 * Wire datelines: "KABUL, Aug. 7 (Xinhua) --", "HERAT, July 9 (Reuters) -", "DUSHANBE, Tajikistan, July 6, 2021 (AP) —",
 * "KANDAHAR, 16 July (AFP) –", "Kabul, Aug 9 (UNI)", "Kabul [Afghanistan], August 8 (ANI):". Their date is the day the story was filed, not the day of what it
 * reports: "captured Zaranj on Friday afternoon" is Friday, though the dateline's date stands nearer the verb.
 */
import type { DateMention } from './dates';

const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DAY = `(?:(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+(?:${MONTH})\\.?)(?:,?\\s+(?:19|20)\\d\\d)?`;
/** A capitalised place name (words joined by spaces, hyphens or slashes: "MAZAR-I-SHARIF", "ISLAMABAD/KABUL", "New Delhi"). */
const PLACE = `[A-Z][\\p{L}'’.]*(?:[ /-][A-Z][\\p{L}'’.]*){0,3}`;
/**
 * A place (and its country), a date, then an agency in brackets ("(Reuters)", "(AP)") and/or a dash: prose that opens
 * with a place and a date ("Kabul, on July 8, saw fighting", "Zaranj, Aug. 6, fell ...") has neither.
 */
const DATELINE = new RegExp(`^\\s*(?!The\\s)${PLACE}(?:,\\s+${PLACE}|\\s*\\[[^\\]\\n]{1,30}\\])?,\\s+${DAY}\\s*(?:\\([A-Z][\\p{L}.&' -]{0,30}\\)(?:\\s*(?:--|[-–—]))?|(?:--|[-–—]))`, 'u');

/**
 * Where a dateline opening the sentence ends (offset in `text`), or 0 when it opens with none.
 * @example datelineEnd('KABUL, Aug. 7 (Xinhua) -- Taliban militants captured Zaranj') === 25
 */
export function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/**
 * The dates of a sentence that may date what it reports: a dateline's date only when the sentence states no other
 * (then it is the best day known: the story was filed that day).
 * @example datesOfEvents('KABUL, Aug. 7 (Xinhua) -- ... captured Zaranj on Friday ...', 0, dates) → [the "on Friday" mention]
 */
export function datesOfEvents(text: string, start: number, dates: DateMention[]): DateMention[] {
  // Cheap test first: a dateline's date is the sentence's first and opens it.
  if (dates.length < 2 || dates[0]!.start - start > 80) return dates;
  const end = datelineEnd(text);
  if (end === 0) return dates;
  const own = dates.filter((d) => d.start >= start + end);
  return own.length > 0 ? own : dates;
}

/** After an undated dateline's capitalised place: an agency maybe, then a dash or colon ("KABUL —", "HERAT (Pajhwok):"). */
const UNDATED_AFTER = /^(?:\s*\([^)\n]{1,40}\))?\s*(?:—|–|--|:)/;

/**
 * The mention is the place of a dateline opening a paragraph ("KANDAHAR, Afghanistan, July 16 (Reuters) -", "KABUL —",
 * "HERAT (Pajhwok):"): where the story was filed, never what "it" or "the town" later in the story means.
 * @example inDateline('KABUL — Fighting ...', { start: 0, end: 5 }) === true
 */
export function inDateline(body: string, m: { start: number; end: number }): boolean {
  // Only the 40 characters before it are looked at (a long line of text is not scanned back for its start).
  const before = body.slice(Math.max(0, m.start - 41), m.start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && m.start > 40) return false;
  const line = m.start - before.length + nl + 1;
  if (m.end <= line + datelineEnd(body.slice(line, line + 160))) return true;
  const name = body.slice(m.start, m.end);
  return /^[\s"“]*$/.test(body.slice(line, m.start)) && name === name.toUpperCase() && name !== name.toLowerCase() && UNDATED_AFTER.test(body.slice(m.end, m.end + 48));
}
