/**
 * Counts in text: digits ("1,000", "3 million", "35,400") and words ("Forty-six", "two thousand"), with their
 * qualifier ("more than", "over", "at least") and vague plurals ("thousands of" → count null, qualifier "thousands").
 * One linear pass over word tokens.
 */
import { COUNT_QUALIFIERS, MULTIPLIERS, NUMBER_WORDS, VAGUE_COUNTS } from './lexicon/numbers';

export interface Count {
  /** Offsets of the number (with its qualifier) in the text given (plus offset). */
  start: number;
  end: number;
  value: number | null;
  qualifier: string | null;
  /** The word after the number ("districts", "percent", "soldiers"), lower-case. */
  unit: string | null;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const VAGUE = new Set(VAGUE_COUNTS);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const charCodeAt = String.prototype.charCodeAt; // see lexiconGate.ts scanInto
/** The code unit at k, or -1 past the end (neither a digit nor a letter, nor a joiner). */
const codeAt = (text: string, k: number): number => (k < text.length ? charCodeAt.call(text, k) : -1);
const LETTER = /\p{L}/uy;

/** How many code units the letter (\p{L}) at i takes, 0 when none: ASCII by code, other characters by the regex. */
function letterAt(text: string, i: number): number {
  const c = codeAt(text, i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  LETTER.lastIndex = i;
  return LETTER.test(text) ? LETTER.lastIndex - i : 0;
}

/**
 * The tokens the regex `\d+(?:,\d{3})*(?:\.\d+)?%?|[\p{L}]+(?:[-'’][\p{L}]+)*` (flags gu) finds, read character by
 * character: the same tokens without a match array each, and faster than the regex (counts are looked for in many
 * clauses). At a digit or a letter the regex always matches, greedily (nothing after its repeats is required), and
 * elsewhere never; a pair of surrogates is stepped over whole, as the regex does.
 */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = codeAt(text, i);
    const start = i;
    let len: number;
    // Whether the token is lower-case ASCII as written: then it is its own lower-case form (toLowerCase is slow on
    // the two-byte strings most article text is).
    let plain = true;
    if (isDigit(c)) {
      // \d+(?:,\d{3})*(?:\.\d+)?%?
      while (isDigit(codeAt(text, i))) i++;
      while (codeAt(text, i) === 44 && isDigit(codeAt(text, i + 1)) && isDigit(codeAt(text, i + 2)) && isDigit(codeAt(text, i + 3))) i += 4;
      if (codeAt(text, i) === 46 && isDigit(codeAt(text, i + 1))) for (i += 2; isDigit(codeAt(text, i)); i++);
      if (codeAt(text, i) === 37) i++;
    } else if ((len = letterAt(text, i)) > 0) {
      // [\p{L}]+(?:[-'’][\p{L}]+)*
      for (; len > 0; len = letterAt(text, i)) i += len;
      for (;;) {
        const j = codeAt(text, i);
        if ((j !== 45 && j !== 39 && j !== 0x2019) || (len = letterAt(text, i + 1)) === 0) break;
        for (i++; len > 0; len = letterAt(text, i)) i += len;
      }
      for (let k = start; k < i && plain; k++) {
        const d = codeAt(text, k);
        plain = (d >= 97 && d <= 122) || d === 45 || d === 39;
      }
    } else {
      i += c >= 0xd800 && c <= 0xdbff && (codeAt(text, i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const t = text.slice(start, i);
    out.push({ text: t, lower: plain ? t : t.toLowerCase(), start, end: i });
  }
  return out;
}

// The lexicon's own words as maps: a token is a fresh string, and looking it up as an object key (hasOwnProperty)
// costs several times a Map lookup. (Own keys only, as hasOwnProperty.)
const NUMBER_VALUES = new Map(Object.entries(NUMBER_WORDS));
const MULTIPLIER_VALUES = new Map(Object.entries(MULTIPLIERS));

/**
 * A count starts at a digit, a number word ("forty", and "forty-six" or even "a-one" by its parts), a vague plural or
 * "tens": a text with none of these has no count, and most clauses the stages read have none. The words come from
 * the lexicon; ASCII letters may not touch them (such a word is part of a longer token), anything else may, so the
 * test never misses a token findCounts would read (tokens lower-case by Unicode, but no letter outside ASCII
 * lower-cases into these words but the Kelvin sign to "k", which none of them has).
 */
const COUNT_WORDS = [...Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an'), ...VAGUE_COUNTS, 'tens'];
// (Two regexes, the digit first, and the words behind a class of their first letters: faster than one alternation.)
const DIGIT = /\d/;
const MAY_COUNT_WORD = new RegExp(`(?<![a-z])(?=[${[...new Set([...COUNT_WORDS, 'a'].map((w) => w[0]))].join('')}])(?:${COUNT_WORDS.join('|')}|an?(?=-))(?![a-z])`, 'i');

function mayCount(text: string): boolean {
  return DIGIT.test(text) || MAY_COUNT_WORD.test(text);
}

function wordValue(w: string): number | null {
  const v = NUMBER_VALUES.get(w);
  if (v !== undefined) return w === 'a' || w === 'an' ? null : v;
  if (w.indexOf('-') < 0) return null;
  const parts = w.split('-');
  if (parts.length === 2 && parts.every((p) => p in NUMBER_WORDS)) return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  return null;
}

/**
 * All counts in `text`, in order.
 * @example findCounts('more than 1,000 Afghan soldiers')[0] → { value: 1000, qualifier: 'more than', unit: 'afghan' }
 * @example findCounts('Forty-six soldiers')[0].value === 46
 */
export function findCounts(text: string, offset = 0): Count[] {
  const out: Count[] = [];
  if (!mayCount(text)) return out;
  const toks = tokenize(text);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    let value: number | null = null;
    let j = i;
    let vague: string | null = null;
    let wv: number | null;
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && !/^\d[\d,]*-/.test(text.slice(t.start, t.end + 1)) && !(/^(?:19|20)\d\d$/.test(t.text) && !/,/.test(t.text))) {
      value = Number(t.text.replace(/[,%]/g, ''));
      if (t.text.endsWith('%')) {
        out.push({ start: t.start + offset, end: t.end + offset, value, qualifier: qualifierBefore(toks, i), unit: 'percent' });
        i++;
        continue;
      }
      j = i + 1;
    } else if ((wv = wordValue(t.lower)) !== null && !(t.lower === 'one' && toks[i + 1]?.lower === 'of')) {
      [value, j] = wordNumber(toks, i, wv);
    } else if (VAGUE.has(t.lower)) {
      vague = t.lower;
      if (t.lower === 'tens' || t.lower === 'hundreds') {
        if (toks[i + 1]?.lower === 'of' && toks[i + 2]?.lower === 'thousands') {
          vague = `${t.lower} of thousands`;
          j = i + 3;
        } else j = i + 1;
      } else j = i + 1;
    } else if (t.lower === 'tens' && toks[i + 1]?.lower === 'of' && toks[i + 2]?.lower === 'thousands') {
      vague = 'tens of thousands';
      j = i + 3;
    }
    if (value === null && vague === null) {
      i++;
      continue;
    }
    if (value !== null) {
      // "two thousand", "3 million", "1.5 million"
      for (; j < toks.length; j++) {
        const m = MULTIPLIER_VALUES.get(toks[j]!.lower);
        if (m === undefined) break;
        value *= m;
      }
      if (!Number.isFinite(value)) value = null;
    }
    if (vague !== null && toks[j]?.lower === 'of') j++;
    const last = toks[j - 1]!;
    const unitTok = toks[j];
    let unit = unitTok ? unitTok.lower : null;
    if (unit === 'per' && toks[j + 1]?.lower === 'cent') unit = 'percent';
    const qualifier = vague ?? qualifierBefore(toks, i);
    const qStart = qualifier && !vague ? toks[i - qualifier.split(' ').length]!.start : t.start;
    out.push({ start: qStart + offset, end: last.end + offset, value: vague ? null : value, qualifier, unit });
    i = j;
  }
  return out;
}

/**
 * A number written in words from token `i` on: "two thousand five hundred" → 2500, "three hundred and fifty"
 * → 350, "twenty-one thousand" → 21000. Returns the value and the index after its last word; a lone word is
 * returned as it is, so the multiplier loop in findCounts still handles "two million".
 */
function wordNumber(toks: Token[], i: number, first: number): [number, number] {
  let total = 0;
  let current = first;
  let j = i + 1;
  let compound = false;
  while (j < toks.length) {
    const w = toks[j]!.lower;
    const multiplier = MULTIPLIER_VALUES.get(w);
    if ((multiplier !== undefined || w === 'dozen') && current > 0) {
      const m = w === 'dozen' ? 12 : multiplier!;
      if (m < 1000) current *= m;
      else {
        total += current * m;
        current = 0;
      }
      j++;
      compound = true;
      continue;
    }
    // "and" joins only inside a number ("three hundred and fifty"), never two counts ("two and three")
    const next = w === 'and' && compound ? toks[j + 1]?.lower : w;
    const v = next !== undefined && next !== 'a' && next !== 'an' ? wordValue(next) : null;
    if (v === null || !compound || v >= 100) break;
    current += v;
    j += w === 'and' ? 2 : 1;
  }
  return compound ? [total + current, j] : [first, i + 1];
}

/** The qualifiers split into words once. */
const QUALIFIER_WORDS = COUNT_QUALIFIERS.map((q) => [q, q.split(' ')] as const);

function qualifierBefore(toks: Token[], i: number): string | null {
  for (const [q, words] of QUALIFIER_WORDS) {
    if (i < words.length) continue;
    if (words.every((w, k) => toks[i - words.length + k]!.lower === w)) return q;
  }
  return null;
}
