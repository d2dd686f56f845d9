/**
 * A fast way to find a lexicon's hits in a sentence, with exactly the results of scanning it with the lexicon's one
 * big regex `\b(?:(phrase)|(phrase)|…)(?![\w’'])` (case-insensitive): that regex is tried at every character, and
 * at each one walks through every phrase, while a hit can only start at a word that opens one of its phrases, and
 * most words of a sentence open none. So the opening words of each phrase are derived from the lexicon's own regex
 * sources (the gate follows the lexicon as it changes), a sentence's words are hashed once, and at a word that opens
 * some phrase only those phrases are tried, in lexicon order, anchored there.
 *
 * Why no hit is ever skipped: without the `u` flag `\w` is ASCII [A-Za-z0-9_], and case folding never maps a
 * non-ASCII character to an ASCII one. A match m at p starts with a word character after `\b`, so p starts a run of
 * \w in the text; m's leading \w characters end either at a non-word character of m, or at m's end, which the closing
 * `(?![\w’'])` puts at the end of the text's word. Either way m's leading word is the text's whole word at p. Phrases
 * that could match empty or start with a non-word character, or use constructs this reader does not know, make the
 * lexicon ungated (null), and the caller scans with the regex.
 */

/** Word characters of a non-unicode regex, lower-cased: a-z, 0-9, _. */
function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** Lower-cases an ASCII letter's code; other codes are returned as they are. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** fold(c) for a word character, else 0, by table (this runs for every character of every candidate sentence). */
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CODE[c] = isWord(fold(c)) ? fold(c) : 0;
function wordCode(c: number): number {
  return c < 128 ? WORD_CODE[c]! : 0;
}

const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

// --- The opening words of a regex source (the subset the lexicons are written in). ---

/** The source uses a construct this reader does not know, or a match might start elsewhere than at a word. */
class Ungated extends Error {}

/** Partial opening words; a word is complete once it ends with '.' (a non-word character followed). */
type Openings = Set<string>;
const MAX_WORD = 40;
const MAX_OPENINGS = 5000;

function step(states: Openings, ch: string, out: Openings): void {
  const word = isWord(ch.charCodeAt(0)) && ch.length === 1;
  for (const s of states) {
    if (s.endsWith('.')) out.add(s);
    else if (word) {
      if (s.length >= MAX_WORD) throw new Ungated();
      out.add(s + ch);
    } else if (s === '') throw new Ungated();
    else out.add(`${s}.`);
  }
  if (out.size > MAX_OPENINGS) throw new Ungated();
}

type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'empty' }
  | { kind: 'alt'; alts: Node[][] }
  | { kind: 'repeat'; node: Node; min: 0 | 1; max: 1 | typeof Infinity };

/** What a negated class may stand for, as far as openings go: any word character, or a non-word one. */
const ANY_CHAR = [...'abcdefghijklmnopqrstuvwxyz0123456789_', ' '];

function parse(src: string): Node {
  let i = 0;
  const escape = (inClass: boolean): string[] => {
    const c = src[i++];
    if (c === undefined) throw new Ungated();
    if (c === 'd') return [...'0123456789'];
    if (c === 's') return [' '];
    if (!inClass && (c === 'b' || c === 'B')) return [];
    // \w, \p{…}, \u…, back-references, control escapes: not used by the lexicons.
    if (/[a-zA-Z0-9]/.test(c)) throw new Ungated();
    return [c];
  };
  const charClass = (): string[] => {
    if (src[i] === '^') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      if (src[i++] !== ']') throw new Ungated();
      return ANY_CHAR;
    }
    const chars: string[] = [];
    while (i < src.length && src[i] !== ']') {
      let c = src[i++]!;
      if (c === '\\') {
        const e = escape(true);
        if (e.length !== 1) {
          chars.push(...e);
          continue;
        }
        c = e[0]!;
      }
      if (src[i] === '-' && src[i + 1] !== undefined && src[i + 1] !== ']') {
        const to = src[i + 1]!;
        if (to === '\\') throw new Ungated();
        i += 2;
        for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      } else chars.push(c);
    }
    if (src[i++] !== ']') throw new Ungated();
    return chars;
  };
  const alternatives = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      const c = src[i++]!;
      let node: Node;
      if (c === '|') {
        alts.push([]);
        continue;
      } else if (c === '(') {
        let zeroWidth = false;
        if (src.startsWith('?:', i)) i += 2;
        else if (src.startsWith('?=', i) || src.startsWith('?!', i)) [i, zeroWidth] = [i + 2, true];
        else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) [i, zeroWidth] = [i + 3, true];
        else if (src[i] === '?') throw new Ungated();
        const inner = alternatives();
        if (src[i++] !== ')') throw new Ungated();
        // A lookaround consumes nothing: for the openings it may as well not be there.
        node = zeroWidth ? { kind: 'empty' } : { kind: 'alt', alts: inner };
      } else if (c === '[') node = { kind: 'chars', chars: charClass() };
      else if (c === '\\') {
        const e = escape(false);
        node = e.length === 0 ? { kind: 'empty' } : { kind: 'chars', chars: e };
      } else if (c === '^' || c === '$') node = { kind: 'empty' };
      else if (c === '.' || c === '*' || c === '+' || c === '?' || c === '{') throw new Ungated();
      else node = { kind: 'chars', chars: [c] };
      const q = src[i];
      if (q === '?' || q === '*' || q === '+') {
        i++;
        if (src[i] === '?') i++;
        node = { kind: 'repeat', node, min: q === '+' ? 1 : 0, max: q === '?' ? 1 : Infinity };
      } else if (q === '{') {
        // {m,n} read as "zero or more" (m = 0) or "one or more": a wider language, so never fewer openings.
        const m = /^\{(\d+)(?:,(\d*))?\}\??/.exec(src.slice(i));
        if (!m) throw new Ungated();
        i += m[0].length;
        node = { kind: 'repeat', node, min: Number(m[1]) === 0 ? 0 : 1, max: Infinity };
      }
      alts[alts.length - 1]!.push(node);
    }
    return alts;
  };
  const top = alternatives();
  if (i !== src.length) throw new Ungated();
  return { kind: 'alt', alts: top };
}

function extend(states: Openings, node: Node): Openings {
  switch (node.kind) {
    case 'empty':
      return states;
    case 'chars': {
      const out: Openings = new Set();
      for (const ch of node.chars) step(states, ch.toLowerCase(), out);
      return out;
    }
    case 'alt': {
      const out: Openings = new Set();
      for (const alt of node.alts) for (const s of alt.reduce(extend, states)) out.add(s);
      if (out.size > MAX_OPENINGS) throw new Ungated();
      return out;
    }
    case 'repeat': {
      const out: Openings = node.min === 0 ? new Set(states) : new Set();
      let frontier = extend(states, node.node);
      // Every state either completes or grows, and words are bounded (MAX_WORD), so this ends.
      for (let n = 1; n <= node.max && frontier.size > 0; n++) {
        const before = out.size;
        for (const s of frontier) out.add(s);
        if (out.size === before) break;
        frontier = extend(frontier, node.node);
      }
      return out;
    }
  }
}

/** The words a match of `source` may open with, lower-case; throws Ungated when that cannot be known. */
function openingWords(source: string): string[] {
  const words = new Set<string>();
  for (const s of extend(new Set(['']), parse(source))) {
    const w = s.endsWith('.') ? s.slice(0, -1) : s;
    // An empty match starts at no word.
    if (w === '') throw new Ungated();
    words.add(w);
  }
  return [...words];
}

/** Size of a gate's bitmap of opening-word hashes (8 kB). */
const MAYBE_BITS = 1 << 16;

/** A phrase source opening with a class of apostrophes only, e.g. "['’]". */
const LEADING_APOSTROPHE = /^\[['’]{1,2}\]/;
const APOSTROPHES = new Set(["'".charCodeAt(0), '’'.charCodeAt(0)]);

// Hashes are kept to 30 bits, so that V8 stores them as small integers (no number object per word).
function hashWord(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let i = start; i < end; i++) h = Math.imul(h ^ fold(text.charCodeAt(i)), FNV_PRIME);
  return h & 0x3fffffff;
}

/** A sentence's words: where each starts and the hash of its lower-case form. */
export interface Words {
  starts: number[];
  hashes: number[];
}

/**
 * The words of `text` (runs of ASCII letters, digits and _), each hashed lower-case, for LexiconGate.hits.
 * @example wordsOf('Thousands fled to Iran').starts → [0, 10, 15, 18]
 */
export function wordsOf(text: string): Words {
  const starts: number[] = [];
  const hashes: number[] = [];
  scanInto(text, starts, hashes);
  return { starts, hashes };
}

/**
 * Writes the words of `text` into `starts` and `hashes` from index 0 on and returns how many there are (entries past
 * that are stale), so that a caller scanning many texts can keep one pair of arrays instead of growing two per text.
 */
export function scanInto(text: string, starts: number[], hashes: number[]): number {
  // Called as charCodeAt.call(text, i): `text.charCodeAt(i)` at a site that has met several kinds of string (sliced
  // bodies, flat strings) is no longer compiled to a direct load, and this loop runs for every candidate sentence
  // (names.ts scanWords says more).
  const charCodeAt = String.prototype.charCodeAt;
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = wordCode(charCodeAt.call(text, i));
    if (c === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_BASIS;
    do {
      h = Math.imul(h ^ c, FNV_PRIME);
      c = ++i < n ? wordCode(charCodeAt.call(text, i)) : 0;
    } while (c !== 0);
    starts[count] = start;
    hashes[count] = h & 0x3fffffff;
    count++;
  }
  return count;
}

/** One hit: the entry (phrase index), and its offsets in the text. */
export interface GateHit {
  entry: number;
  start: number;
  end: number;
}

/**
 * A lexicon behind its gate. `hits` gives exactly what a global scan with lexiconAlternation(sources) gives.
 * @example LexiconGate.of(['(?:fled|flee) to'])!.hits('Thousands fled to Iran', wordsOf('Thousands fled to Iran'), 0)
 *   → [{ entry: 0, start: 10, end: 17 }]
 */
export class LexiconGate {
  /** Hash of an opening word → the phrases (indices, ascending) it may open. */
  readonly #byWord: Map<number, number[]>;
  /**
   * The same for phrases that open with an apostrophe ("'s capture": the possessive of the place before it):
   * hash of the word right after the apostrophe → phrases, tried at the apostrophe.
   */
  readonly #afterApostrophe: Map<number, number[]>;
  /** Each phrase alone, anchored where it is tried. */
  readonly #phrases: RegExp[];
  /**
   * One bit per hash (low bits) of every word in #byWord: most words of a sentence open no phrase, and a bit test
   * turns them away without a map lookup.
   */
  readonly #maybe: Uint32Array;

  private constructor(byWord: Map<number, number[]>, afterApostrophe: Map<number, number[]>, phrases: RegExp[]) {
    this.#byWord = byWord;
    this.#afterApostrophe = afterApostrophe;
    this.#phrases = phrases;
    this.#maybe = new Uint32Array(MAYBE_BITS >>> 5);
    for (const h of byWord.keys()) this.#maybe[(h & (MAYBE_BITS - 1)) >>> 5]! |= 1 << (h & 31);
  }

  /** The gate of a lexicon (regex sources matched case-insensitively on word boundaries); null if it cannot be gated. */
  static of(sources: readonly string[]): LexiconGate | null {
    const byWord = new Map<number, number[]>();
    const afterApostrophe = new Map<number, number[]>();
    try {
      sources.forEach((src, entry) => {
        // An opening apostrophe class: the match starts at the apostrophe, just before a word.
        const apostrophe = LEADING_APOSTROPHE.exec(src);
        const table = apostrophe ? afterApostrophe : byWord;
        for (const w of openingWords(apostrophe ? src.slice(apostrophe[0].length) : src)) {
          const h = hashWord(w, 0, w.length);
          const list = table.get(h);
          if (!list) table.set(h, [entry]);
          else if (list[list.length - 1] !== entry) list.push(entry);
        }
      });
    } catch (e) {
      if (e instanceof Ungated) return null;
      throw e;
    }
    // Two words of the same hash share a list: keep it in lexicon order.
    for (const table of [byWord, afterApostrophe]) for (const [h, list] of table) table.set(h, [...new Set(list)].sort((a, b) => a - b));
    return new LexiconGate(byWord, afterApostrophe, sources.map((src) => new RegExp(`\\b(?:${src})(?![\\w’'])`, 'iy')));
  }

  /** Does the word with this hash open some phrase? */
  opens(hash: number): boolean {
    // The bitmap first: it turns most words away without a map lookup (clauses.ts asks this for every word).
    return (this.#maybe[(hash & (MAYBE_BITS - 1)) >>> 5]! & (1 << (hash & 31))) !== 0 && this.#byWord.has(hash);
  }

  /**
   * The non-overlapping hits in `text` at or after `from`, leftmost first; at one word the earliest phrase wins,
   * as in the alternation. `limit` stops after that many hits; `count` reads only the first words (scanInto).
   */
  hits(text: string, words: Words, from: number, limit = Infinity, count = words.starts.length): GateHit[] {
    const out: GateHit[] = [];
    if (limit <= 0) return out;
    this.each(text, words, from, count, (entry, start, end) => out.push({ entry, start, end }) < limit);
    return out;
  }

  /**
   * The same hits handed to `visit` one by one, for a caller that keeps them in its own form (no GateHit each);
   * `visit` returns whether to go on.
   */
  each(text: string, words: Words, from: number, count: number, visit: (entry: number, start: number, end: number) => boolean): void {
    const { starts, hashes } = words;
    for (let k = 0; k < count; k++) {
      const at = starts[k]!;
      // The apostrophe just before this word comes first, as the alternation scans left to right.
      const apostrophe = at - 1 >= from && this.#afterApostrophe.size > 0 && APOSTROPHES.has(text.charCodeAt(at - 1)) ? this.#afterApostrophe.get(hashes[k]!) : undefined;
      let end = apostrophe !== undefined ? this.#tryAt(text, at - 1, apostrophe, visit) : -1;
      if (end === -1) {
        if (at < from) continue;
        const h = hashes[k]!;
        if ((this.#maybe[(h & (MAYBE_BITS - 1)) >>> 5]! & (1 << (h & 31))) === 0) continue;
        const entries = this.#byWord.get(h);
        if (entries === undefined) continue;
        end = this.#tryAt(text, at, entries, visit);
        if (end === -1) continue;
      }
      if (end === -2) return;
      from = end;
    }
  }

  /**
   * Tries the entries anchored at `at`, in lexicon order, and visits the first hit: its end, -1 if none, -2 if
   * `visit` said to stop.
   */
  #tryAt(text: string, at: number, entries: readonly number[], visit: (entry: number, start: number, end: number) => boolean): number {
    for (const entry of entries) {
      const rx = this.#phrases[entry]!;
      rx.lastIndex = at;
      if (rx.test(text)) return visit(entry, at, rx.lastIndex) ? rx.lastIndex : -2;
    }
    return -1;
  }
}

/**
 * Groups of literal phrases (lower-case words separated by single spaces), asked which groups a text has a phrase of,
 * as whole words: bit i of the answer is `new RegExp('\\b(?:' + groups[i].join('|') + ')\\b', 'i').test(text)`, read
 * from the words scanInto already found, in one pass for all groups, instead of scanning the text once per regex.
 * @example PhraseSets.of([['said', 'according to'], ['claim']]).in('Kabul fell, according to AP', words, count) === 0b01
 */
export class PhraseSets {
  /** Hash of a phrase's first word → the phrases opening with it, with their group's bit. */
  readonly #byWord: Map<number, { phrase: string; bit: number }[]>;
  readonly #maybe: Uint32Array;
  readonly #all: number;

  private constructor(byWord: Map<number, { phrase: string; bit: number }[]>, groups: number) {
    this.#byWord = byWord;
    this.#all = (1 << groups) - 1;
    this.#maybe = new Uint32Array(MAYBE_BITS >>> 5);
    for (const h of byWord.keys()) this.#maybe[(h & (MAYBE_BITS - 1)) >>> 5]! |= 1 << (h & 31);
  }

  static of(groups: readonly (readonly string[])[]): PhraseSets {
    if (groups.length > 30) throw new Error('PhraseSets: at most 30 groups');
    const byWord = new Map<number, { phrase: string; bit: number }[]>();
    groups.forEach((phrases, g) => {
      for (const phrase of phrases) {
        if (!/^[a-z0-9_]+(?: [a-z0-9_]+)*$/.test(phrase)) throw new Error(`PhraseSets: not a phrase of lower-case words: ${phrase}`);
        const first = phrase.split(' ')[0]!;
        const h = hashWord(first, 0, first.length);
        const list = byWord.get(h);
        if (list) list.push({ phrase, bit: 1 << g });
        else byWord.set(h, [{ phrase, bit: 1 << g }]);
      }
    });
    return new PhraseSets(byWord, groups.length);
  }

  /** The groups (bit i for group i) with a phrase that starts at one of the first `count` words of `text`. */
  in(text: string, words: Words, count: number): number {
    const { starts, hashes } = words;
    let found = 0;
    for (let k = 0; k < count; k++) {
      const h = hashes[k]!;
      if ((this.#maybe[(h & (MAYBE_BITS - 1)) >>> 5]! & (1 << (h & 31))) === 0) continue;
      const list = this.#byWord.get(h);
      if (list === undefined) continue;
      for (const { phrase, bit } of list) if (!(found & bit) && phraseAt(text, starts[k]!, phrase)) found |= bit;
      if (found === this.#all) break;
    }
    return found;
  }
}

/** text has phrase `p` (lower-case) at `at`, case-insensitively, and no word character right after it. */
function phraseAt(text: string, at: number, p: string): boolean {
  if (at + p.length > text.length) return false;
  for (let i = 0; i < p.length; i++) if (fold(text.charCodeAt(at + i)) !== p.charCodeAt(i)) return false;
  return at + p.length === text.length || wordCode(text.charCodeAt(at + p.length)) === 0;
}
