/**
 * Sentences with offsets, split by Intl.Segmenter (built into Node and browsers, linear in the text) and repaired
 * where it breaks after an abbreviation ("Adm. Ali Shamkhani", "U.S. Central Command").
 */

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

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** [A-Za-z.-], by code (this runs for every sentence). */
function isAbbreviationChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

function endsWithAbbreviation(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) !== 46) return false;
  let j = i - 1;
  while (j > 0 && isAbbreviationChar(text.charCodeAt(j - 1)) && i - 1 - j < 12) j--;
  const word = text.slice(j, i - 1).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("Abdul A. Khan"), but not a sentence ending in a pronoun "I."
  return /^[a-z]$/.test(word) && word !== 'i';
}

/**
 * Splits text[start, end) into sentences; returns trimmed spans (absolute offsets), none empty.
 * @example splitSentences('He left. She stayed.') → [{start:0,end:8},{start:9,end:20}]
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
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
    for (let a = pos; a < stop; ) {
      let b = stop;
      if (stop - a > PIECE) {
        const nl = text.lastIndexOf('\n', a + PIECE - 1);
        if (nl >= a) b = nl + 1;
        else {
          const next = text.indexOf('\n', a + PIECE);
          if (next >= 0 && next < stop) b = next + 1;
        }
      }
      for (const seg of segmenter.segment(text.slice(a, b))) raw.push({ start: a + seg.index, end: a + seg.index + seg.segment.length });
      a = b;
    }
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
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      s.start = a;
      s.end = b;
      out.push(s);
    }
  }
  return out;
}
