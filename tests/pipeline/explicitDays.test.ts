/**
 * The fast path for plain month-day dates gives exactly chrono-node's result (offset, text, day, month, year) for
 * every text it accepts: over the sentences, paragraphs and bodies of the articles, and over generated date strings
 * (every month spelling × days 0–33 × ordinal suffixes × years, in many contexts, impossible dates, pairs of dates).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/pipeline/article';
import { splitSentences } from '../../src/pipeline/sentences';
import { chronoExplicitDays, explicitDays, plainExplicitDays, type ExplicitDay } from '../../src/pipeline/explicitDays';

// The two kinds of reference dates.ts gives chrono: noon of a publication day, and a fixed day for undated articles.
const REFS = [new Date(Date.UTC(2021, 6, 8, 12)), new Date(Date.UTC(2020, 1, 10, 12)), new Date(Date.UTC(2000, 0, 1))];

interface Tally {
  accepted: number;
  mismatches: { text: string; own: ExplicitDay[]; chrono: ExplicitDay[] }[];
}

function compare(texts: Iterable<string>): Tally {
  const tally: Tally = { accepted: 0, mismatches: [] };
  for (const text of texts) {
    const own = plainExplicitDays(text);
    if (own === null) continue;
    tally.accepted++;
    for (const ref of REFS) {
      const theirs = chronoExplicitDays(text, ref);
      if (JSON.stringify(own) !== JSON.stringify(theirs)) tally.mismatches.push({ text, own, chrono: theirs });
    }
  }
  return tally;
}

function articleTexts(): Set<string> {
  const texts = new Set<string>();
  for (const dir of ['data/articles', 'tests/fixtures/articles']) {
    for (const f of readdirSync(dir).filter((n) => /\.(?:md|txt)$/.test(n))) {
      const { body } = parseArticle(f, readFileSync(join(dir, f), 'utf8'));
      texts.add(body);
      for (const line of body.split('\n')) if (line.trim()) texts.add(line);
      for (const s of splitSentences(body)) texts.add(body.slice(s.start, s.end));
    }
  }
  return texts;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Every spelling of a month chrono might read, and some it does not ("July.", "JULY"). */
function monthForms(full: string): string[] {
  const abbr = full.slice(0, 3);
  const forms = [full, full.toLowerCase(), full.toUpperCase(), abbr, `${abbr}.`, abbr.toLowerCase(), `${full}.`];
  if (full === 'September') forms.push('Sept', 'Sept.', 'Sep', 'Sep.');
  return [...new Set(forms)];
}
const DAYS = [...Array.from({ length: 34 }, (_, i) => String(i)), '08', '01', '00'];
const SUFFIXES = ['', 'st', 'nd', 'rd', 'th', 'TH'];
const YEARS = ['', ', 2019', ', 2020', ', 2021', ' 2021', ',2019', ', 1850', ', 21', '-2019', '/2019'];

describe('plain month-day dates read as chrono-node reads them', () => {
  it('every sentence, paragraph and body of the articles and fixtures', () => {
    const texts = articleTexts();
    const tally = compare(texts);
    expect(tally.mismatches).toEqual([]);
    // The fast path is used, not just declined.
    expect(tally.accepted).toBeGreaterThan(10);
    // And the dates it declines still come out, through chrono.
    for (const t of texts) expect(explicitDays(t, REFS[0]!)).toEqual(chronoExplicitDays(t, REFS[0]!));
  }, 120_000);

  it('every month spelling × day × ordinal suffix, and × year', () => {
    const texts: string[] = [];
    for (const full of MONTHS) {
      for (const month of monthForms(full)) {
        for (const day of DAYS) {
          for (const suffix of SUFFIXES) texts.push(`during a ${month} ${day}${suffix} visit to Kabul`);
          for (const year of YEARS) {
            texts.push(`at the border with Iran, ${month} ${day}${year}.`);
            texts.push(`${month} ${day}th${year}`);
          }
        }
      }
    }
    const tally = compare(texts);
    expect(tally.mismatches).toEqual([]);
    expect(tally.accepted).toBeGreaterThan(2000);
  }, 120_000);

  it('dates in many contexts, impossible dates, and pairs of dates', () => {
    const dates = ['July 8', 'July 8th', 'Dec. 26', 'Feb. 20, 2019', 'Feb. 29, 2020', 'Feb. 29, 2019', 'Feb. 29', 'February 30', 'April 31', 'Sept. 3rd', 'May 1', 'June 30', 'Jan. 1, 2021', 'December 32', 'August 21st, 2021'];
    const before = ['', 'On ', 'on ', 'Thursday, ', 'Thu ', 'the first ', 'the eighth of ', '8 ', '2021 ', '(', 'x', 'since ', 'from ', 'two days after ', 'a week before ', 'FILE- Afghans at the border, ', 'Taliban may take ', 'in March and ', 'at 10 am ', 'Monday and ', 'Kabul, ', '“', '— ', 'this ', 'last ', 'next ', 'past ', 'the ', 'Sun ', 'sat ', 'twenty ', 'thirty-first ', 'within ', 'in about '];
    const after = ['', '.', ',', ' visit', ' am', ' amid fighting', ' pm', ' AM', ' EST', ' (AFT)', ', UN officials said', ' UN', ' NATO', ' Iran', ' to 10', '-10', ' to third', ' to the city', ' be', ' AD', ' ad', ' BC', ' 2 days ago', ' and two days later', ':30', ' at 10', ' at 10 a.m.', ' at noon', ' at night', ' morning', ' in the morning', ' and Feb. 21', ' to July 10', ' - July 10', ' until July 10', ', July 9', ' 2021', ', 2021', ' of this year', ' this week', ' on Thursday', ' +0430', ' GMT', '” he said.', ' within a week', ' noon', ' at midnight', ' tonight', ' today', ' tomorrow', ' yesterday', ' now', ' next week', ' last year', " o'clock", ' oclock', ' o clock', ' (local time)', ' ET', ' PST', ' Z', ' T', ' half an hour later', ' a few hours later', ' several days earlier', ' for a fortnight', ' in the afternoon', ' at 8 in the evening', ' this morning'];
    const texts: string[] = [];
    for (const d of dates) for (const b of before) for (const a of after) texts.push(`${b}${d}${a}`);
    const gaps = [' to ', ' - ', ' – ', ' until ', ' through ', ' till ', ' and ', ', ', '; ', '. Then on ', ' or ', ' at ', ' on ', ' of ', ' after ', ' before ', ' T ', ' '];
    for (const d1 of dates) for (const d2 of dates) for (const g of gaps) texts.push(`Talks on ${d1}${g}${d2} ended.`);
    const tally = compare(texts);
    expect(tally.mismatches).toEqual([]);
    expect(tally.accepted).toBeGreaterThan(500);
  }, 120_000);

  it('declines what chrono reads otherwise', () => {
    expect(plainExplicitDays('Thursday, July 8, 2021')).toBeNull();
    expect(plainExplicitDays('July 8 amid fighting')).toBeNull();
    expect(plainExplicitDays('July 8 to 10')).toBeNull();
    expect(plainExplicitDays('February 30')).toBeNull();
    expect(plainExplicitDays('during a Dec. 26 visit')).toEqual([{ index: 9, text: 'Dec. 26', day: 26, month: 12, year: null }]);
    expect(plainExplicitDays('On Feb. 20, 2019. Later on July 8th')).toEqual([
      { index: 3, text: 'Feb. 20, 2019', day: 20, month: 2, year: 2019 },
      { index: 27, text: 'July 8th', day: 8, month: 7, year: null },
    ]);
  });
});
