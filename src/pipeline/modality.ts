/**
 * Modality: is a trigger asserted, or hypothetical, a forecast, an attempt, a purpose or a negation?
 * Looks back from the trigger to the start of its clause (a few words at most), using the lexicon in
 * lexicon/modality.ts. "efforts to recapture the crossing" and "could result in millions of refugees" are not events.
 */
import { BLOCKING_WORDS, CLAUSE_BREAKS } from './lexicon/modality';
import { PERMISSION_VERBS_BARE, PERMISSION_VERBS_TO } from './lexicon/modality';
import { FORECAST_MODALS, FORECAST_VERBS } from './lexicon/modality';

const BLOCK = new Set(BLOCKING_WORDS);
const BREAK = new Set(CLAUSE_BREAKS);
const PERMITTED = new Set(['allowed', 'permitted', 'able']);
/** Tokens of the lower-cased window: runs of letters (and '), or one punctuation mark; anything else separates. */
const PUNCTUATION = new Set([...'.;:!?()"“”,–—']);
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39;
}
/** The rules below read at most this many tokens back from the trigger. */
const TOKENS_READ = 8;

/**
 * The last TOKENS_READ tokens of `win`, in text order, read from its end: what matching /[a-z\u00c0-\u024f']+|[.;:!?()"“”,–—]/g
 * over the whole window would end with (runs of letters are maximal either way), without tokenizing all of it for
 * every trigger of every stage.
 */
function lastTokens(win: string): string[] {
  const out: string[] = [];
  let i = win.length - 1;
  while (i >= 0 && out.length < TOKENS_READ) {
    const c = win.charCodeAt(i);
    if (isLetter(c)) {
      let j = i;
      while (j > 0 && isLetter(win.charCodeAt(j - 1))) j--;
      out.push(win.slice(j, i + 1));
      i = j - 1;
    } else {
      if (PUNCTUATION.has(win[i]!)) out.push(win[i]!);
      i--;
    }
  }
  return out.reverse();
}

/**
 * The lower-case code of one character as it stands in the lower-cased window ("’" read as "'"), or -1 for "İ" (the
 * one character that lower-cases to two). Lower-casing is per character otherwise: only "Σ" depends on its context,
 * and both its forms are neither letters nor punctuation here.
 */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x2019) return 39;
  const low = String.fromCharCode(c).toLowerCase();
  return low.length === 1 ? low.charCodeAt(0) : -1;
}

// The tokens before the trigger isBlocked is testing: those lastTokens would give for the lower-cased window
// text[max(0, at - 60), at), read from the text itself and only as far back as the rules ask (most stop at the first
// comma or clause word), lower-casing only the characters of those tokens. (Module state: blocked is not re-entered.)
let readText = '';
let readFrom = 0;
let readEnd = 0;
let readI = -1;
/** The tokens read so far, the last first. */
let read: string[] = [];
let readAll = false;

function startReading(text: string, at: number): void {
  readText = text;
  readFrom = Math.max(0, at - 60);
  readEnd = at;
  readI = at - 1;
  read = [];
  readAll = false;
}

/** The k-th token back from the trigger (1: the last one), or undefined before the window or past TOKENS_READ. */
function tokenBack(k: number): string | undefined {
  while (read.length < k && !readAll) readToken();
  return read[k - 1];
}

/** Reads one more token back (skipping what is neither a letter run nor punctuation); at an "İ", lower-cases the window. */
function readToken(): void {
  const text = readText;
  while (readI >= readFrom && read.length < TOKENS_READ) {
    const c = lowerCode(text.charCodeAt(readI));
    if (c < 0) return readLowered();
    if (isLetter(c)) {
      let j = readI;
      // Whether the token is already lower-case as written (most are): then it is its own slice.
      let same = c === text.charCodeAt(readI);
      while (j > readFrom) {
        const b = text.charCodeAt(j - 1);
        const d = lowerCode(b);
        if (d < 0) return readLowered();
        if (!isLetter(d)) break;
        if (d !== b) same = false;
        j--;
      }
      const tok = text.slice(j, readI + 1);
      const low = same ? tok : tok.toLowerCase();
      read.push(same || !low.includes('’') ? low : low.replace(/’/g, "'"));
      readI = j - 1;
      return;
    }
    readI--;
    if (c < 128 ? ASCII_PUNCTUATION[c] === 1 : PUNCTUATION_CODES.has(c)) {
      read.push(String.fromCharCode(c));
      return;
    }
  }
  readAll = true;
}

/** All the tokens, from the window lower-cased whole (its last tokens are the ones read so far). */
function readLowered(): void {
  read = lastTokens(readText.slice(readFrom, readEnd).toLowerCase().replace(/’/g, "'")).reverse();
  readAll = true;
}
const PUNCTUATION_CODES = new Set([...PUNCTUATION].map((p) => p.charCodeAt(0)));
/** The ASCII ones as a table: readToken steps over every space and digit of the window. */
const ASCII_PUNCTUATION = Uint8Array.from({ length: 128 }, (_, c) => (PUNCTUATION_CODES.has(c) ? 1 : 0));
const CLAIMED = /^(?:claimed|claims|claim|said|says|reported|reportedly|believed|appears|appeared|seems|seemed)$/;

/**
 * `test` with its last answer kept (one entry, replaced by the next question): the stages ask about the same trigger
 * of the current sentence several times in a row.
 */
function lastAnswer(test: (text: string, at: number) => boolean): (text: string, at: number) => boolean {
  let lastText = '';
  let lastAt = -1;
  let last = false;
  return (text, at) => {
    if (at !== lastAt || text !== lastText) {
      last = test(text, at);
      lastText = text;
      lastAt = at;
    }
    return last;
  };
}

/**
 * True when the words before `at` in `text` (same clause, up to 7 words) make the trigger non-factual.
 * @example isBlocked('forces are fighting to retake the district', 29) === true   // "to retake"
 * @example isBlocked('the Taliban captured the district', 12) === false
 */
export const isBlocked = lastAnswer(blocked);

function blocked(text: string, at: number): boolean {
  // Only the last few tokens are ever read (at most TOKENS_READ), and the rules index them from the end.
  startReading(text, at);
  // "reopened the crossing, allowing some 4,000 Afghans to return": the permission's own clause decides.
  let permits = false;
  // (A token that is one of these words has it in the window's text: most windows have none, found without tokens.)
  if (PERMISSION_ANYWHERE.test(text.slice(readFrom, at))) {
    for (let k = 1, t = tokenBack(1); t !== undefined && !permits; t = tokenBack(++k)) permits = PERMISSION.has(t);
  }
  const permit = permits ? permission(text, at) : null;
  // (permission re-enters blocked, which restarts the token reader, only when it answers: then we return at once.)
  if (permit !== null) return permit;
  const last = tokenBack(1);
  const prev = tokenBack(2);
  // "claimed to have captured" reports a claim; "to retake", "to be taken over" are purposes and prospects.
  // A short phrase may sit between ("claimed on Twitter to have captured", "said in a statement to have").
  if (prev === 'to' && last === 'have') {
    for (let k = 3, t = tokenBack(k); k <= 7 && t !== undefined; t = tokenBack(++k)) if (CLAIMED.test(t)) return false;
  }
  // "claims to control 85 percent", "the group's claim to hold Kunduz": a claim of a present state (still blocked by
  // "if", "would" ... before it).
  const claimTo = last === 'to' && /^(?:claimed|claims|claim|claiming)$/.test(prev ?? '');
  // "had been allowed to cross", "managed to flee", "were forced to flee": an infinitive of something that happened.
  const done = last === 'to' && (/^(?:managed|forced|compelled|obliged)$/.test(prev ?? '') || (PERMITTED.has(prev ?? '') && /^(?:been|was|were)$/.test(tokenBack(3) ?? '')) || forcedObject() || claimTo);
  if (!done && (last === 'to' || (prev === 'to' && (last === 'be' || last === 'have')))) return true;
  let words = 0;
  for (let k = 1, t = tokenBack(k); t !== undefined && words < 7; t = tokenBack(++k)) {
    if (t.length === 1 && !/[a-z]/.test(t)) return false;
    words++;
    // "had been allowed to cross", "were allowed to enter": permission given and used is a fact; "will be allowed"
    // is still blocked by "will".
    if (PERMITTED.has(t) && /^(?:been|was|were)$/.test(tokenBack(k + 1) ?? '')) continue;
    if (BLOCK.has(t) || t.endsWith("n't")) return true;
    if (BREAK.has(t)) return false;
  }
  return false;
}

const PERMISSION = new Set([...PERMISSION_VERBS_TO, ...PERMISSION_VERBS_BARE]);
/**
 * The permission words anywhere, in any case. Tokens are lower-cased by Unicode, but the only letters outside ASCII that
 * lower-case into ASCII are "İ" (to "i" and a mark that splits the token) and the Kelvin sign (to "k", in none of them).
 */
const PERMISSION_ANYWHERE = new RegExp([...PERMISSION].join('|'), 'i');
const PERMISSION_TO = new RegExp(`\\b(?:${PERMISSION_VERBS_TO.join('|')})\\s+((?:(?:[\\p{L}'’-]+|\\d[\\d,.]*)\\s+){1,5})to\\s+$`, 'iu');
const PERMISSION_BARE = new RegExp(`\\b(?:${PERMISSION_VERBS_BARE.join('|')})\\s+((?:(?:[\\p{L}'’-]+|\\d[\\d,.]*)\\s+){1,5})$`, 'iu');

/**
 * A permission given to an object right before the trigger ("allowing some 4,000 Afghans to return", "letting 2,500
 * Afghans go back"): null when there is none; else whether it is blocked, which is whether the permission itself is
 * (read before its verb, or before the comma of a participle: "would reopen the crossing, allowing ..." is blocked).
 * @example permission('Pakistan reopened Torkham, allowing 4,000 Afghans to return', 53) === false
 */
function permission(text: string, at: number): boolean | null {
  const win = text.slice(Math.max(0, at - 80), at);
  const m = PERMISSION_TO.exec(win) ?? PERMISSION_BARE.exec(win);
  // The object is a noun phrase: no clause break or modal inside ("allowed, as officials feared, ...").
  if (!m || m[1]!.toLowerCase().split(/\s+/).some((w) => w === 'to' || BLOCK.has(w) || BREAK.has(w))) return null;
  let verb = at - win.length + m.index;
  while (verb > 0 && /[\s,]/.test(text[verb - 1]!)) verb--;
  return blocked(text, verb);
}

/**
 * "forced 5,000 families to flee", "drove thousands of residents to flee": a compulsion with its object before "to"
 * (a few words between, no clause break) made it happen.
 */
function forcedObject(): boolean {
  for (let k = 3, t = tokenBack(k); k <= 7 && t !== undefined; t = tokenBack(++k)) {
    // (A comma is also what a figure leaves behind: "5,000" tokenises as a comma.)
    if (t.length === 1 && !/[a-z,]/.test(t)) return false;
    if (/^(?:forced|compelled|drove|driven|forcing)$/.test(t)) return true;
  }
  return false;
}

let conditionText = '';
let conditionLetters = false;
const IF_OR_UNLESS = /if|unless/i;

/**
 * True when the clause after the trigger turns it into a condition ("... if the situation prevails").
 * @example conditionalAfter('the fall of the city if the situation prevails', 5) === true
 */
export function conditionalAfter(text: string, at: number): boolean {
  // A clause with "if" or "unless" has those letters: most sentences have neither, tested once for all their triggers.
  if (text !== conditionText) {
    conditionText = text;
    conditionLetters = IF_OR_UNLESS.test(text);
  }
  if (!conditionLetters) return false;
  const rest = text.slice(at, at + 200);
  const stop = /[.;!?]/.exec(rest);
  const clause = stop ? rest.slice(0, stop.index) : rest;
  return /\b(?:if|unless)\b/i.test(clause);
}

/**
 * The trigger's noun is the subject of a forecast of itself, a few words on: "Fighting could rage in Kandahar",
 * "Clashes may erupt in Herat", "clashes in Faryab are expected to break out", "talks will resume in Doha". The
 * words between are the noun's own (no clause word, no punctuation, no participle: "Talks held in Doha could resume"
 * reports talks that were held).
 * @example forecastAfter('Fighting could rage in Kandahar for weeks.', 8) === true
 * @example forecastAfter('Fighting raged in Kandahar on Monday.', 8) === false
 */
export const forecastAfter = lastAnswer((text, at) => FORECAST.test(text.slice(at, at + 120)));

const FORECAST = new RegExp(
  `^(?:\\s+(?!(?:${CLAUSE_BREAKS.join('|')})\\b)[\\p{L}\\d'’-]+(?<!ed|held|fought)){0,6}?\\s+(?:${FORECAST_MODALS.join('|')})\\s+(?:(?:soon|also|well|again|quickly|further|still|even|now|only)\\s+)*(?:${FORECAST_VERBS.join('|')})\\b`,
  'iu',
);
