/**
 * Name normalisation for place matching: the one place that decides when two spellings are "the same name".
 *
 * GeoNames writes Afghan names in a scholarly transliteration (Qal‘ah-ye Now, Herāt, Mehtar Lām); news outlets
 * write them many ways (Qala-e-Naw, Qala i Naw, Herat, Mehtarlam). Both sides are reduced to a sequence of
 * token keys: diacritics dropped, apostrophes and ‘ ’ marks removed inside words, hyphens split, the Persian
 * ezafe connectors (-e, -i, -ye) dropped, and vowel/consonant variants folded (e/i, o/u, y/i, q/k, ow/aw,
 * doubled letters, a final -ah/-eh). Folding is deliberately coarse: it is only ever compared against
 * gazetteer names, and single-word matches must also be capitalised in the text (see gazetteer.ts).
 */

/** A word of a text: its folded key and its UTF-16 offsets in the original string. */
export interface NameToken {
  key: string;
  start: number;
  end: number;
  /** True when the word starts with an upper-case letter in the original text. */
  capitalised: boolean;
}

/** Persian/Dari ezafe connectors, written as separate words or after a hyphen ("Sar-e Pul", "Qala i Naw"). */
const CONNECTORS = new Set(['e', 'i', 'ye', 'yi', 'y']);

/**
 * The Dari "and" inside names ("Lash wa Juwayn", "Lash-o-Juwayn", "Dand Aw Patan"), which the news as often leaves
 * out ("Lash Juwayn", "Dand Patan"). Checked on the word as written, not its key: "U" (of "U.S.") folds like "o".
 */
const AND_WORDS = new Set(['wa', 'va', 'o', 'aw']);

/** Letters that NFD does not decompose into base + combining mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ŧ: 't', ħ: 'h',
};

const APOSTROPHES = "'’‘ʼʻ`´ʿʾ";

function isApostrophe(ch: string): boolean {
  return APOSTROPHES.includes(ch);
}

/** Letter or digit (any script), or a combining mark that belongs to the preceding letter. */
function isWordChar(code: number, ch: string): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/**
 * Fold one word to its matching key.
 * @example foldWord("Qal‘ah") === "kala"; foldWord("Herāt") === foldWord("Hirat"); foldWord("Now") === foldWord("Naw")
 */
export function foldWord(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const key = foldUncached(word);
  // Words repeat heavily across articles; the bound keeps memory flat on long runs.
  if (foldCache.size > 100_000) foldCache.clear();
  foldCache.set(word, key);
  return key;
}

const foldCache = new Map<string, string>();

function foldUncached(word: string): string {
  let s = word.normalize('NFD').toLowerCase();
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += ch;
    else if (code >= 0x300 && code <= 0x36f) continue;
    else if (isApostrophe(ch)) continue;
    else if (SPECIAL_LETTERS[ch]) out += SPECIAL_LETTERS[ch];
    else if (/[\p{L}\p{N}]/u.test(ch)) out += ch;
  }
  s = out;
  // Order matters: "ow" before o→u (Now/Naw, Jowzjan/Jawzjan), "ou"/"oo" are the English spelling of u.
  s = s.replace(/ow/g, 'aw').replace(/ou|oo/g, 'u');
  s = s.replace(/q/g, 'k').replace(/e/g, 'i').replace(/o/g, 'u').replace(/y/g, 'i').replace(/w/g, 'u');
  // A final -ah/-eh is one Persian letter (ه) written many ways: Qal'ah, Qal'eh, Qala.
  if (s.length > 3) s = s.replace(/[ai]h$/, 'a');
  // Doubled letters (Mullah/Mulah, Kalla/Kala); also "aa", "ii".
  s = s.replace(/(.)\1+/g, '$1');
  return s;
}

/**
 * Split a text into folded word tokens with original offsets; possessive 's is left out of the word, ezafe
 * connectors and the "and" of names (wa, o, aw) are dropped.
 * @example tokenize("Qala-e-Naw's market").map(t => t.key) // ["kala", "nau", "markit"]
 */
export function tokenize(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (!isWordChar(text.charCodeAt(i), ch)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    // A word: word characters, with apostrophes allowed between word characters (Qal'ah, Qal‘ah).
    while (end < n) {
      const c = text[end]!;
      if (isWordChar(text.charCodeAt(end), c)) {
        end++;
      } else if (isApostrophe(c) && end + 1 < n && isWordChar(text.charCodeAt(end + 1), text[end + 1]!)) {
        end++;
      } else break;
    }
    i = end;
    let wordEnd = end;
    // Possessive: "Afghanistan's" → "Afghanistan".
    if (wordEnd - start > 2 && (text[wordEnd - 1] === 's' || text[wordEnd - 1] === 'S') && isApostrophe(text[wordEnd - 2]!)) {
      wordEnd -= 2;
    }
    // A leading apostrophe-like mark (‘Alīsheng) is part of the GeoNames spelling, not a quote.
    const word = text.slice(start, wordEnd);
    const key = foldWord(word);
    if (key === '' || CONNECTORS.has(key) || AND_WORDS.has(word.toLowerCase())) continue;
    const first = word[0]!;
    tokens.push({ key, start, end: wordEnd, capitalised: first !== first.toLowerCase() });
  }
  return tokens;
}

/**
 * The matching key of a whole name: its folded tokens joined by spaces.
 * @example nameKey("Qal‘ah-ye Now") === nameKey("Qala-i-Naw") // both "kala nau"
 */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}

/**
 * Plain ASCII form of a transliterated name for display: diacritics and ‘ ’ marks removed.
 * @example asciiName("Mazār-e Sharīf") === "Mazar-e Sharif"; asciiName("‘Alīsheng") === "Alisheng"
 */
export function asciiName(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    if ('‘’ʼʻʿʾ'.includes(ch)) continue;
    out += SPECIAL_LETTERS[ch] ?? ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}
