import { describe, expect, it } from 'vitest';
import { findCounts } from '../../src/pipeline/numbers';

const TABLE: [string, number | null, string | null][] = [
  ['more than 1,000 Afghan soldiers', 1000, 'more than'],
  ['over 1,000 Afghan civilians', 1000, 'over'],
  ['hosts 3 million Afghan refugees', 3_000_000, null],
  ['Forty-six soldiers of the army', 46, null],
  ['Two hundred families fled', 200, null],
  ['Eighty-four Afghan soldiers', 84, null],
  ['at least 35,400 Afghan refugees', 35400, 'at least'],
  ['nearly 4,000 Afghans', 4000, 'nearly'],
  ['thousands of families', null, 'thousands'],
  ['Tens of thousands of Afghans', null, 'tens of thousands'],
  ['85 percent of the territory', 85, null],
  ['1.5 million people', 1_500_000, null],
  ['Two thousand five hundred refugees', 2500, null],
  ['some three hundred and fifty families', 350, 'some'],
  ['twenty-one thousand people', 21000, null],
  ['nine hundred thousand Afghans', 900_000, null],
  ['five thousand and twenty returnees', 5020, null],
  ['about two dozen soldiers', 24, 'about'],
];

describe('numbers: counts with qualifiers', () => {
  it.each(TABLE)('%s → %s (%s)', (text, value, qualifier) => {
    const [c] = findCounts(text);
    expect(c).toBeDefined();
    expect(c!.value).toBe(value);
    expect(c!.qualifier).toBe(qualifier);
  });

  it('skips years and measures glued to a unit', () => {
    expect(findCounts('In 2016, the 1,357-kilometer border').map((c) => c.value)).toEqual([]);
  });

  it('keeps two counts joined by "and" apart', () => {
    expect(findCounts('two and three soldiers').map((c) => c.value)).toEqual([2, 3]);
    expect(findCounts('Two thousand five hundred refugees')[0]!.unit).toBe('refugees');
  });

  it('reads the unit after the number', () => {
    expect(findCounts('they hold over 200 districts')[0]!.unit).toBe('districts');
    expect(findCounts('controls 85% of')[0]!.unit).toBe('percent');
  });

  it('finds counts that touch other characters (the quick test before tokenizing must not hide them)', () => {
    expect(findCounts('x3 men').map((c) => c.value)).toEqual([3]);
    expect(findCounts('(forty-one) men, an-a').map((c) => c.value)).toEqual([41, 2]);
    expect(findCounts('“THOUSANDS” of people').map((c) => c.qualifier)).toEqual(['thousands']);
    expect(findCounts('Tens of thousands')[0]!.qualifier).toBe('tens of thousands');
    expect(findCounts('someone often went to Taliban-held areas')).toEqual([]);
  });
});

describe('findCounts on ASCII text (read by hand) and on other text (read by regex)', () => {
  // One non-ASCII character at the end (a dash: no token) sends the same text down the regex tokenizer: both readings must agree.
  const TEXTS = [
    'more than 1,000 Afghan soldiers and 3.5 million people, 1,0000 or 12,34 and 7.x, 40% and 1,000.25%',
    "Forty-six soldiers' families, twenty-one thousand-odd, a-one and two-- three 'four' x-5 5-x Qala-e-Naw",
    'Some 2,500 fled on 12 July 2021; 300 more crossed at 06:30. Tens of thousands_of 1990s 2021-07-08',
    '1,,000 1,00 ,000 .5 5. 5.5.5 %5 a1b2 ABC-def GHI\'jk \'s -a a- 9 soldier\'s kin, 6 x-ray',
  ];
  it.each(TEXTS)('%s', (text) => {
    expect(findCounts(text, 3)).toEqual(findCounts(`${text} —`, 3));
    expect(findCounts(text, 3).length).toBeGreaterThan(0);
  });
});
