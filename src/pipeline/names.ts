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

function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x2bb || code === 96 || code === 0xb4 || code === 0x2bf || code === 0x2be;
}

/** wordClass values. */
const WORD = 1;
const OTHER = 2;
/** Not a word character, but an apostrophe-like mark (isApostropheCode), which a word may have inside. */
const APOSTROPHE = 3;

/** wordClass of each UTF-16 code unit, filled on first sight (0: not yet). */
const WORD_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : isApostropheCode(c) ? APOSTROPHE : OTHER;

/**
 * WORD for a letter or digit (any script), or a combining mark that belongs to the preceding letter; tested per
 * code unit. The scan reads WORD_CLASS itself and calls this only for a code unit not seen yet: its inner loop
 * stays a table lookup whatever the compiler inlines.
 */
function classify(code: number): number {
  return (WORD_CLASS[code] = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? WORD : isApostropheCode(code) ? APOSTROPHE : OTHER);
}

/**
 * Fold one word to its matching key.
 * @example foldWord("Qal‘ah") === "kala"; foldWord("Herāt") === foldWord("Hirat"); foldWord("Now") === foldWord("Naw")
 */
export function foldWord(word: string): string {
  return wordInfo(word).key;
}

/** What matching needs to know about a word (or words written together) as written; computed once per spelling. */
export interface WordInfo {
  /** foldWord of the spelling. */
  key: string;
  /**
   * A prefix of the key of any longer text that starts with this spelling ("Dawlat" → the start of "Dawlat Abad"
   * joined), so a matcher can skip joining words that cannot lead to a name; "" when not known.
   */
  stable: string;
  /** The first letter is upper-case. */
  capitalised: boolean;
  /** Not a token: connectors (e, i, ye), the "and" of names (wa, o, aw), or no letter or digit at all. */
  skip: boolean;
  /** The spelling this was computed from. */
  spelling: string;
  /**
   * Room for one matcher to keep what it derives from the word (the gazetteer: the key's trie edge), read in its
   * hot loop instead of string-keyed lookups. `memoOwner` is the matcher that wrote `memoKey` and `memoFlags`
   * (null: none yet); another matcher overwrites them, so each checks the owner first.
   */
  memoOwner: object | null;
  memoKey: number;
  memoFlags: number;
}

const infoCache = new Map<string, WordInfo>();

/**
 * The fold of a spelling, with its stable prefix, capitalisation and whether tokenize drops it.
 * @example wordInfo("Dawlat").key === "daulat"; wordInfo("e").skip === true
 */
export function wordInfo(word: string): WordInfo {
  let info = infoCache.get(word);
  if (info === undefined) {
    info = foldUncached(word);
    // Words repeat heavily across articles; the bound keeps memory flat on long runs.
    if (infoCache.size > 100_000) infoCache.clear();
    infoCache.set(word, info);
  }
  return info;
}

function collapseDoubles(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

function foldUncached(word: string): WordInfo {
  let s = word.normalize('NFD').toLowerCase();
  let out = '';
  let ascii = true;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += ch;
    else if (code >= 0x300 && code <= 0x36f) continue;
    else if (isApostrophe(ch)) continue;
    else if (SPECIAL_LETTERS[ch]) out += SPECIAL_LETTERS[ch];
    else if (/[\p{L}\p{N}]/u.test(ch)) out += ch;
  }
  for (let i = 0; i < word.length && ascii; i++) if (word.charCodeAt(i) >= 128) ascii = false;
  s = out;
  // Order matters: "ow" before o→u (Now/Naw, Jowzjan/Jawzjan), "ou"/"oo" are the English spelling of u.
  s = s.replace(/ow/g, 'aw').replace(/ou|oo/g, 'u');
  s = s.replace(/q/g, 'k').replace(/e/g, 'i').replace(/o/g, 'u').replace(/y/g, 'i').replace(/w/g, 'u');
  // Why the stable prefix holds, for an ASCII spelling X followed by any text Y: lower-casing and the filter above
  // act letter by letter; the two-letter rules (ow, ou, oo) decide the same way everywhere but in X's last two
  // letters; the final -ah rule below touches only the last two letters of the whole; and merging doubled letters
  // of a prefix gives a prefix. So the key of X+Y starts with these letters less the last three, merged.
  const stable = ascii && s.length > 3 ? collapseDoubles(s.slice(0, s.length - 3)) : '';
  // A final -ah/-eh is one Persian letter (ه) written many ways: Qal'ah, Qal'eh, Qala.
  if (s.length > 3) s = s.replace(/[ai]h$/, 'a');
  // Doubled letters (Mullah/Mulah, Kalla/Kala); also "aa", "ii".
  s = collapseDoubles(s);
  const first = word[0] ?? '';
  const skip = s === '' || CONNECTORS.has(s) || (word.length <= 2 && AND_WORDS.has(word.toLowerCase()));
  return { key: s, stable, capitalised: first !== first.toLowerCase(), skip, spelling: word, memoOwner: null, memoKey: 0, memoFlags: 0 };
}

/** joinedInfo memo: first spelling's info → second's → the info of the two written together. */
let joins = new Map<WordInfo, Map<WordInfo, WordInfo>>();
let joinCount = 0;

/**
 * wordInfo of two spellings written together (a's, then b's), memoised per pair: a matcher tries to join the
 * capitalised words of every text with the next ones ("Dawlat Abad"), and the same pairs come back all the time.
 * @example joinedInfo(wordInfo('Dawlat'), wordInfo('Abad')) === wordInfo('DawlatAbad')
 */
export function joinedInfo(a: WordInfo, b: WordInfo): WordInfo {
  let byB = joins.get(a);
  let info = byB?.get(b);
  if (info === undefined) {
    info = wordInfo(a.spelling + b.spelling);
    // The bound keeps memory flat on long runs.
    if (joinCount > 100_000) {
      joins = new Map();
      joinCount = 0;
      byB = undefined;
    }
    if (!byB) joins.set(a, (byB = new Map()));
    byB.set(b, info);
    joinCount++;
  }
  return info;
}

/**
 * The words of a text, as parallel arrays (no object per word): what tokenize returns, for matchers that walk
 * long texts.
 */
export interface WordRun {
  count: number;
  info: WordInfo[];
  start: number[];
  end: number[];
}

/**
 * Scans a text into its words: word characters, with apostrophes allowed between word characters (Qal'ah,
 * Qal‘ah); the possessive 's is left out of the word; connectors and the "and" of names are dropped.
 * @example scanWords("Qala-e-Naw's market").info.map(i => i.key) // ["kala", "nau", "markit"]
 */
export function scanWords(text: string, into?: WordRun): WordRun {
  // A matcher that reads the run before its next call may hand its last one back: its arrays are refilled in place
  // (entries past `count` are stale), which spares growing three arrays for every text.
  const run: WordRun = into ?? { count: 0, info: [], start: [], end: [] };
  run.count = 0;
  // The string methods are called as charCodeAt.call(text, i), read here from String.prototype: `text.charCodeAt(i)`
  // looks the method up on the string, and once that lookup has met many kinds of string (the gazetteer's names,
  // sliced article bodies) V8 stops compiling it to a direct character load, and scanWords ran at half speed. (A
  // module-level constant is not enough: a bundler makes it a `var`, which V8 does not take for a constant.)
  const charCodeAt = String.prototype.charCodeAt;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = charCodeAt.call(text, i);
    let k = WORD_CLASS[c]!;
    if (k === 0) k = classify(c);
    if (k !== WORD) {
      i++;
      continue;
    }
    const start = i;
    // The word's last twelve code units, seven bits each, four to a number (exact for an ASCII word of up to twelve;
    // see seenWord).
    let lo = c;
    let mid = 0;
    let hi = 0;
    let bits = c;
    let end = i + 1;
    while (end < n) {
      c = charCodeAt.call(text, end);
      k = WORD_CLASS[c]!;
      if (k === 0) k = classify(c);
      if (k === WORD || (k === APOSTROPHE && end + 1 < n && (WORD_CLASS[charCodeAt.call(text, end + 1)] || classify(charCodeAt.call(text, end + 1))) === WORD)) {
        hi = ((hi << 7) | (mid >>> 21)) & LAST_FOUR;
        mid = ((mid << 7) | (lo >>> 21)) & LAST_FOUR;
        lo = ((lo << 7) | c) & LAST_FOUR;
        bits |= c;
        end++;
      } else break;
    }
    i = end;
    // Possessive: "Afghanistan's" → "Afghanistan". Rare: the word is read again for its shorter key.
    if (end - start > 2 && (charCodeAt.call(text, end - 1) | 32) === 115 && isApostropheCode(charCodeAt.call(text, end - 2))) {
      end -= 2;
      bits = 0;
      for (let t = start; t < end; t++) bits |= charCodeAt.call(text, t);
      if (bits < 128 && end - start <= PACKED) {
        lo = 0;
        mid = 0;
        hi = 0;
        for (let t = start; t < end; t++) {
          hi = ((hi << 7) | (mid >>> 21)) & LAST_FOUR;
          mid = ((mid << 7) | (lo >>> 21)) & LAST_FOUR;
          lo = ((lo << 7) | charCodeAt.call(text, t)) & LAST_FOUR;
        }
      }
    }
    if (bits >= 128 || end - start > PACKED) {
      // Longer or not ASCII: FNV-1a over the word's code units, and hi = -1 says lo is a hash.
      lo = fnv(text, start, end);
      mid = 0;
      hi = -1;
    }
    // A leading apostrophe-like mark (‘Alīsheng) is part of the GeoNames spelling, not a quote.
    const r = seenWord(text, start, end, lo, mid, hi);
    if (seenRecord[r * RECORD + LENGTH]! & SKIP) continue;
    const w = run.count++;
    run.info[w] = seenInfo[r]!;
    run.start[w] = start;
    run.end[w] = end;
  }
  return run;
}

/** FNV-1a over text[start, end), kept to 28 bits (a small integer to V8, like the packed words). */
function fnv(text: string, start: number, end: number): number {
  const charCodeAt = String.prototype.charCodeAt; // see scanWords
  let h = FNV_BASIS;
  for (let t = start; t < end; t++) h = Math.imul(h ^ charCodeAt.call(text, t), FNV_PRIME);
  return h & LAST_FOUR;
}

/** Longest ASCII word that scanWords packs whole into (lo, mid, hi). */
const PACKED = 12;
const LAST_FOUR = 0xfffffff;
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/**
 * Words already seen, so that a known word costs neither a substring nor a string hash (texts repeat their words;
 * this is most of matching's work). A word is identified by (lo, mid, hi, length) as scanWords computes them while
 * it reads: for an ASCII word of up to twelve code units that is the word itself, so it needs no string comparison;
 * for another it is a hash, checked against the spelling.
 *
 * Laid out for the CPU cache, which the other stages flush between two texts: an index of small slots, and the
 * records in the order first seen (the common words come first and share cache lines), each record's numbers
 * together in one typed array.
 */
// 16k slots, reset after 8k distinct words (a large batch of news), so probes stay short and memory flat.
const SEEN_SLOTS = 1 << 14;
const SEEN_MAX = SEEN_SLOTS >> 1;
/** Slot → record number + 1; 0 is empty. */
const seenIndex = new Uint16Array(SEEN_SLOTS);
/** Per record: lo, mid, hi, and at LENGTH the length times two, plus SKIP when scanWords drops the word (WordInfo.skip). */
const RECORD = 4;
const LENGTH = 3;
const SKIP = 1;
const seenRecord = new Int32Array(SEEN_MAX * RECORD);
const seenInfo: WordInfo[] = [];
let seenCount = 0;

/** The slot where the probe for (lo, mid, hi) starts. */
function slotOf(lo: number, mid: number, hi: number): number {
  return Math.imul(lo ^ Math.imul(mid ^ Math.imul(hi, 0x27d4eb2f), 0x9e3779b1), 0x85ebca6b) >>> 18;
}

/** The record number of text[start, end), whose (lo, mid, hi) scanWords computed; added when new. */
function seenWord(text: string, start: number, end: number, lo: number, mid: number, hi: number): number {
  const len = end - start;
  let slot = slotOf(lo, mid, hi);
  for (let r = seenIndex[slot]! - 1; r >= 0; r = seenIndex[slot]! - 1) {
    const at = r * RECORD;
    if (seenRecord[at] === lo && seenRecord[at + 1] === mid && seenRecord[at + 2] === hi && seenRecord[at + LENGTH]! >> 1 === len) {
      if (hi !== -1 || String.prototype.startsWith.call(text, seenInfo[r]!.spelling, start)) return r; // see scanWords
    }
    slot = (slot + 1) & (SEEN_SLOTS - 1);
  }
  return addSeen(text, start, end, lo, mid, hi, slot);
}

/** Records a word seenWord did not find, at the free `slot` its probe ended on. */
function addSeen(text: string, start: number, end: number, lo: number, mid: number, hi: number, slot: number): number {
  if (seenCount >= SEEN_MAX) {
    seenIndex.fill(0);
    seenCount = 0;
    slot = slotOf(lo, mid, hi);
  }
  const info = wordInfo(text.slice(start, end));
  const r = seenCount++;
  const at = r * RECORD;
  seenRecord[at] = lo;
  seenRecord[at + 1] = mid;
  seenRecord[at + 2] = hi;
  seenRecord[at + LENGTH] = (end - start) * 2 + (info.skip ? SKIP : 0);
  seenInfo[r] = info;
  seenIndex[slot] = r + 1;
  return r;
}

/**
 * Split a text into folded word tokens with original offsets; possessive 's is left out of the word, ezafe
 * connectors and the "and" of names (wa, o, aw) are dropped.
 * @example tokenize("Qala-e-Naw's market").map(t => t.key) // ["kala", "nau", "markit"]
 */
export function tokenize(text: string): NameToken[] {
  const run = scanWords(text);
  const tokens: NameToken[] = [];
  for (let k = 0; k < run.count; k++) {
    const info = run.info[k]!;
    tokens.push({ key: info.key, start: run.start[k]!, end: run.end[k]!, capitalised: info.capitalised });
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
