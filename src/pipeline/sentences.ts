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
