/**
 * Sentences with offsets, split by Intl.Segmenter (built into Node and browsers, linear in the text) and repaired
 * where it breaks after an abbreviation ("Adm. Ali Shamkhani", "U.S. Central Command").
 */
import { isWhite } from './chars';

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence. Lower-case, without the final dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'st',
  'mt', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k',
  'e.g', 'i.e', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'brig', 'lt.-gen', 'lt.-col', 'a.m', 'p.m',
]);

let segmenter: Intl.Segmenter | null = null;
const CHUNK = 4096;
/** Size of the runs of lines the segmenter is given (see splitSentences): fewer calls against less copying. */
const PIECE = 1024;


/** [A-Za-z.-], by code (this runs for every sentence). */
function isAbbreviationChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

function endsWithAbbreviation(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && isWhite(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) !== 46) return false;
  let j = i - 1;
  while (j > 0 && isAbbreviationChar(text.charCodeAt(j - 1)) && i - 1 - j < 12) j--;
  const word = text.slice(j, i - 1).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("Abdul A. Khan"), but not a sentence ending in a pronoun "I."
  return /^[a-z]$/.test(word) && word !== 'i';
}

/** Sentence_Break class of each UTF-16 code unit, filled on first sight: 0 unknown, 1 may end a sentence, 2 not. */
const ENDS = new Uint8Array(65536);
// Terminators (STerm, ATerm) and paragraph separators (CR, NEL, LS, PS); any surrogate, to leave astral text to ICU.
const ENDING = /[\p{Sentence_Terminal}\u002e\u2024\ufe52\uff0e\r\u0085\u2028\u2029\ud800-\udfff]/u;

function mayEnd(c: number): boolean {
  let k = ENDS[c]!;
  if (k === 0) ENDS[c] = k = c >= 0xd800 && c <= 0xdfff ? 1 : ENDING.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Closing punctuation that stays with the sentence it follows (Sentence_Break=Close), as news writes it. */
function isClose(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x2019 || c === 0x201d || c === 0xbb;
}

/**
 * text[a, nl) (a line, nl its line break) is one sentence for the segmenter: nothing in it may end a sentence but one
 * final terminator, then closing quotes or brackets, then spaces (the order the standard keeps together).
 */
function oneSentence(text: string, a: number, nl: number): boolean {
  let j = nl;
  while (j > a && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  while (j > a && isClose(text.charCodeAt(j - 1))) j--;
  const t = text.charCodeAt(j - 1);
  if (j > a && (t === 46 || t === 33 || t === 63)) j--;
  for (let i = a; i < j; i++) if (mayEnd(text.charCodeAt(i))) return false;
  return true;
}

/**
 * UAX #29 Sentence_Break classes of the characters news is mostly written in; 0 for any other, whose line is left to
 * Intl.Segmenter (Extend and Format marks, other scripts, CR, rarer punctuation).
 */
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const NUMERIC = 5;
const ATERM = 6;
const STERM = 7;
const CLOSE = 8;
const SCONTINUE = 9;
const LF = 10;
const SB = new Uint8Array(0x2020);
{
  const set = (chars: string, k: number) => {
    for (const ch of chars) SB[ch.charCodeAt(0)] = k;
  };
  for (let c = 0x21; c < 0x7f; c++) SB[c] = OTHER;
  for (let c = 0x30; c <= 0x39; c++) SB[c] = NUMERIC;
  for (let c = 0x41; c <= 0x5a; c++) SB[c] = UPPER;
  for (let c = 0x61; c <= 0x7a; c++) SB[c] = LOWER;
  for (let c = 0xc0; c <= 0xde; c++) SB[c] = c === 0xd7 ? OTHER : UPPER;
  for (let c = 0xdf; c <= 0xff; c++) SB[c] = c === 0xf7 ? OTHER : LOWER;
  set(' \t\v\f\u00a0', SP);
  set('\n', LF);
  set('.', ATERM);
  set('!?', STERM);
  set('"\'()[]{}\u00ab\u00bb\u2018\u2019\u201c\u201d', CLOSE);
  set(',-:;\u2013\u2014', SCONTINUE);
}
/** What ends SB8's look-ahead for a lower-case letter (OLetter has no member in the table). */
function endsLookahead(k: number): boolean {
  return k === UPPER || k === LOWER || k === LF || k === ATERM || k === STERM;
}

/**
 * Every character of text[a, b) has its class in SB, so segmentLine can read it.
 * @example plain('He left. She stayed.\n', 0, 21) === true; plain('Kabul。Herat', 0, 11) === false
 */
export function plain(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2020 || SB[c] === 0) return false;
  }
  return true;
}

/**
 * Segments one plain line text[a, b) (ending in its line break, or where the text or chunk ends) into `raw` by the
 * rules of UAX #29 that Intl.Segmenter follows. Most lines of several sentences are plain news text, and this spares
 * the segmenter, which copies the whole run it is given for every segment it returns. Checked against
 * Intl.Segmenter on fuzzed text (sentences.test.ts).
 * @example segmentLine('He left. She stayed.\n', 0, 21, raw) pushes {start: 0, end: 9}, {start: 9, end: 21}
 */
export function segmentLine(text: string, a: number, b: number, raw: Span[]): void {
  let from = a;
  for (let i = a; i < b; i++) {
    const k = SB[text.charCodeAt(i)]!;
    if (k !== ATERM && k !== STERM) continue;
    let j = i + 1;
    if (k === ATERM && j < b) {
      const next = SB[text.charCodeAt(j)]!;
      // SB6 "3.5"; SB7 "U.S".
      if (next === NUMERIC) continue;
      if (next === UPPER && i > a && (SB[text.charCodeAt(i - 1)] === UPPER || SB[text.charCodeAt(i - 1)] === LOWER)) continue;
    }
    // SB9, SB10: closing marks, then spaces, stay with the terminator.
    while (j < b && SB[text.charCodeAt(j)] === CLOSE) j++;
    while (j < b && SB[text.charCodeAt(j)] === SP) j++;
    if (j >= b) break;
    const next = SB[text.charCodeAt(j)]!;
    if (next === LF) break;
    // SB8a: a comma, colon, dash or another terminator continues the sentence.
    if (next === SCONTINUE || next === ATERM || next === STERM) {
      i = j - 1;
      continue;
    }
    // SB8: after a full stop, no break when the next letter is lower case ("5 men", "e.g. this").
    if (k === ATERM) {
      let m = j;
      while (m < b && !endsLookahead(SB[text.charCodeAt(m)]!)) m++;
      if (m < b && SB[text.charCodeAt(m)] === LOWER) {
        i = j - 1;
        continue;
      }
    }
    // SB11: a break after the terminator, its closing marks and spaces.
    raw.push({ start: from, end: j });
    from = j;
    i = j - 1;
  }
  if (from < b) raw.push({ start: from, end: b });
}

/** Segments text[a, b), a run of whole lines, into `raw`. */
function segmentRun(text: string, a: number, b: number, raw: Span[]): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const seg of segmenter.segment(text.slice(a, b))) raw.push({ start: a + seg.index, end: a + seg.index + seg.segment.length });
}

/**
 * Splits text[start, end) into sentences; returns trimmed spans (absolute offsets), none empty.
 * @example splitSentences('He left. She stayed.') → [{start:0,end:8},{start:9,end:20}]
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const raw: Span[] = [];
  // V8's segmenter slows down more than linearly on long strings (a 1 MB text takes tens of seconds), so it gets
  // chunks of a few kB, cut at a line break, else after a full stop, else at a space.
  for (let pos = start; pos < end; ) {
    let stop = Math.min(end, pos + CHUNK);
    if (stop < end) {
      const floor = pos + CHUNK / 2;
      let cut = text.lastIndexOf('\n', stop - 1) + 1;
      if (cut <= floor) cut = text.lastIndexOf('. ', stop - 2) + 2;
      if (cut <= floor) cut = text.lastIndexOf(' ', stop - 1) + 1;
      if (cut > floor) stop = cut;
    }
    // V8 copies the whole string it segments for every segment it returns, so long inputs make garbage in proportion
    // to their length times their sentences. A line break always ends a sentence (nothing before it depends on what
    // follows), so the chunk is handed over in runs of whole lines of about PIECE characters: the same segments.
    // Most lines of news are one sentence: a line whose only terminator ends it is one segment (UAX #29 breaks only
    // after a terminator or a paragraph separator), so only the other lines go to the segmenter.
    let run = -1;
    for (let a = pos; a < stop; ) {
      const nl = text.indexOf('\n', a);
      const lineEnd = nl >= 0 && nl < stop ? nl + 1 : stop;
      if (lineEnd === nl + 1 && oneSentence(text, a, nl)) {
        if (run >= 0) segmentRun(text, run, a, raw);
        run = -1;
        raw.push({ start: a, end: lineEnd });
      } else if (plain(text, a, lineEnd)) {
        if (run >= 0) segmentRun(text, run, a, raw);
        run = -1;
        segmentLine(text, a, lineEnd, raw);
      } else if (run < 0) run = a;
      else if (lineEnd - run > PIECE) {
        segmentRun(text, run, a, raw);
        run = a;
      }
      a = lineEnd;
    }
    if (run >= 0) segmentRun(text, run, stop, raw);
    pos = stop;
  }
  // The spans of `raw` are this call's own: merged and trimmed in place, not copied.
  const merged: Span[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && text.charCodeAt(prev.end - 1) !== 10 && endsWithAbbreviation(text, prev.end) && /^\s*[A-Z0-9]/.test(text.slice(s.start, s.start + 3))) {
      prev.end = s.end;
    } else {
      merged.push(s);
    }
  }
  const out: Span[] = [];
  for (const s of merged) {
    let a = s.start;
    let b = s.end;
    while (a < b && isWhite(text.charCodeAt(a))) a++;
    while (b > a && isWhite(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      s.start = a;
      s.end = b;
      out.push(s);
    }
  }
  return out;
}
