import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/pipeline/dates';
import { RELATIVE_DATE_PHRASES } from '../../src/pipeline/lexicon/dates';

// findDates runs each pattern only on a text with the words it needs (read in one scan): whatever their case, glue or
// place, those words must still open the way. text, publication date, expected mentions [text, date, precision].
const TABLE: [string, string, [string, string, string][]][] = [
  ['The talks ended this afternoon, on Monday', '2021-07-08', [['this afternoon', '2021-07-08', 'day'], ['on Monday', '2021-07-05', 'day']]],
  ['YESTERDAY the town fell', '2021-07-08', [['YESTERDAY', '2021-07-07', 'day']]],
  ['during the first week ofJuly 2021', '2021-08-08', [['during the first week ofJuly 2021', '2021-07-04', 'week']]],
  ['in the first half of August', '2021-09-23', [['in the first half of August', '2021-08-08', 'month']]],
  ['the district fell in mid-July', '2021-08-08', [['in mid-July', '2021-07-15', 'week']]],
  ['A day earlier, insurgents overran Sar-e-Pul', '2021-08-08', [['A day earlier', '2021-08-07', 'day']]],
  ['fighting since January', '2021-08-08', [['since January', '2021-08-08', 'month']]],
  ['over the past several weeks', '2021-08-08', [['over the past several weeks', '2021-07-29', 'week']]],
  ['killed in the bombing, 8 Aug 2021', '2021-08-10', [['8 Aug 2021', '2021-08-08', 'day']]],
  ['they met Sept. 3', '2021-09-23', [['Sept. 3', '2021-09-03', 'day']]],
  ['the attack on Monday afternoon', '2021-09-23', [['on Monday afternoon', '2021-09-20', 'day']]],
  ['so far this year', '2021-09-23', [['so far this year', '2021-05-13', 'year']]],
  ['since 2019', '2021-09-23', [['since 2019', '2021-09-23', 'year']]],
];

describe('dates: each pattern is read wherever its words are', () => {
  it.each(TABLE)('%s (published %s)', (text, published, expected) => {
    expect(findDates(text, published).map((d) => [d.text, d.date, d.precision])).toEqual(expected);
  });

  it('reads no date in a text without a date word, even one a pattern could take ("this afternoon", "half ofJuly" alone)', () => {
    expect(findDates('They met this afternoon in Doha', '2021-07-08')).toEqual([]);
    expect(findDates('the first half ofJuly', '2021-08-08')).toEqual([]);
  });
});

/** Every text a lexicon source of plain words, `(?:a|b)` groups and `?` after a group matches ("(?:a|one) week ago"). */
function expansions(source: string): string[] {
  let i = 0;
  const sequence = (): string[] => {
    let out = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let items: string[];
      if (source.startsWith('(?:', i)) {
        i += 3;
        items = [];
        for (;;) {
          items.push(...sequence());
          if (source[i++] === ')') break;
        }
        if (source[i] === '?') {
          i++;
          items.push('');
        }
      } else items = [source[i++]!];
      out = out.flatMap((o) => items.map((x) => o + x));
    }
    return out;
  };
  const all: string[] = [];
  for (;;) {
    all.push(...sequence());
    if (i >= source.length) return all;
    i++;
  }
}

describe('dates: every relative phrase of the lexicon is read (its words open the pattern)', () => {
  const phrases = RELATIVE_DATE_PHRASES.flatMap((p) => expansions(p.re));
  it('expands the lexicon', () => expect(phrases).toContain('during the past several days'));
  it.each(phrases)('%s', (phrase) => {
    const found = findDates(`On Monday, ${phrase}, the town fell`, '2021-07-08');
    expect(found.map((d) => d.text)).toContain(phrase);
  });
});
