/** Lexicon of counts: number words, multipliers and the qualifiers that hedge a count. Data only; numbers.ts applies it. */

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1,
  dozen: 12, 'a dozen': 12,
};

export const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, lakh: 100_000 };

/** Vague plurals: a count is stated but no number ("thousands of families"). */
export const VAGUE_COUNTS = ['dozens', 'scores', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands', 'millions'];

/** Qualifiers before a count, longest first. */
export const COUNT_QUALIFIERS = [
  'more than', 'over', 'at least', 'about', 'around', 'nearly', 'almost', 'up to', 'some', 'roughly', 'approximately',
  'an estimated', 'estimated', 'fewer than', 'less than', 'close to', 'as many as', 'upwards of', 'in excess of', 'well over',
];
