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

// The stages test every trigger of a sentence, so its lowercase form is made once and kept for the next call. Only
// when slicing it equals lowercasing the slice: no "İ" (lowercases to two characters) and no "Σ" (depends on context).
let lastText = '';
let lastLower: string | null = '';
function lowered(text: string): string | null {
  if (text !== lastText) {
    lastText = text;
    const low = text.toLowerCase().replace(/’/g, "'");
    lastLower = low.length === text.length && !/[\u0130\u03a3]/.test(text) ? low : null;
  }
  return lastLower;
}

/**
 * True when the words before `at` in `text` (same clause, up to 7 words) make the trigger non-factual.
 * @example isBlocked('forces are fighting to retake the district', 29) === true   // "to retake"
 * @example isBlocked('the Taliban captured the district', 12) === false
 */
export function isBlocked(text: string, at: number): boolean {
  const low = lowered(text);
  const win = low !== null ? low.slice(Math.max(0, at - 60), at) : text.slice(Math.max(0, at - 60), at).toLowerCase().replace(/’/g, "'");
  // Only the last few tokens are ever read (toks[-8..-1]), so only they are taken; the rules index from the end.
  const toks = lastTokens(win);
  const last = toks[toks.length - 1];
  const prev = toks[toks.length - 2];
  // "reopened the crossing, allowing some 4,000 Afghans to return": the permission's own clause decides.
  const permit = toks.some((t) => PERMISSION.has(t)) ? permission(text, at) : null;
  if (permit !== null) return permit;
  // "claimed to have captured" reports a claim; "to retake", "to be taken over" are purposes and prospects.
  // A short phrase may sit between ("claimed on Twitter to have captured", "said in a statement to have").
  if (prev === 'to' && last === 'have' && toks.slice(-7, -2).some((t) => /^(?:claimed|claims|claim|said|says|reported|reportedly|believed|appears|appeared|seems|seemed)$/.test(t))) return false;
  // "claims to control 85 percent", "the group's claim to hold Kunduz": a claim of a present state (still blocked by
  // "if", "would" ... before it).
  const claimTo = last === 'to' && /^(?:claimed|claims|claim|claiming)$/.test(prev ?? '');
  // "had been allowed to cross", "managed to flee", "were forced to flee": an infinitive of something that happened.
  const done = last === 'to' && (/^(?:managed|forced|compelled|obliged)$/.test(prev ?? '') || (PERMITTED.has(prev ?? '') && /^(?:been|was|were)$/.test(toks[toks.length - 3] ?? '')) || forcedObject(toks) || claimTo);
  if (!done && (last === 'to' || (prev === 'to' && (last === 'be' || last === 'have')))) return true;
  let words = 0;
  for (let k = toks.length - 1; k >= 0 && words < 7; k--) {
    const t = toks[k]!;
    if (t.length === 1 && !/[a-z]/.test(t)) return false;
    words++;
    // "had been allowed to cross", "were allowed to enter": permission given and used is a fact; "will be allowed"
    // is still blocked by "will".
    if (PERMITTED.has(t) && /^(?:been|was|were)$/.test(toks[k - 1] ?? '')) continue;
    if (BLOCK.has(t) || t.endsWith("n't")) return true;
    if (BREAK.has(t)) return false;
  }
  return false;
}

const PERMISSION = new Set([...PERMISSION_VERBS_TO, ...PERMISSION_VERBS_BARE]);
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
  return isBlocked(text, verb);
}

/**
 * "forced 5,000 families to flee", "drove thousands of residents to flee": a compulsion with its object before "to"
 * (a few words between, no clause break) made it happen.
 */
function forcedObject(toks: string[]): boolean {
  for (let k = toks.length - 3; k >= 0 && k >= toks.length - 7; k--) {
    const t = toks[k]!;
    // (A comma is also what a figure leaves behind: "5,000" tokenises as a comma.)
    if (t.length === 1 && !/[a-z,]/.test(t)) return false;
    if (/^(?:forced|compelled|drove|driven|forcing)$/.test(t)) return true;
  }
  return false;
}

/**
 * True when the clause after the trigger turns it into a condition ("... if the situation prevails").
 * @example conditionalAfter('the fall of the city if the situation prevails', 5) === true
 */
export function conditionalAfter(text: string, at: number): boolean {
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
export function forecastAfter(text: string, at: number): boolean {
  return FORECAST.test(text.slice(at, at + 120));
}

const FORECAST = new RegExp(
  `^(?:\\s+(?!(?:${CLAUSE_BREAKS.join('|')})\\b)[\\p{L}\\d'’-]+(?<!ed|held|fought)){0,6}?\\s+(?:${FORECAST_MODALS.join('|')})\\s+(?:(?:soon|also|well|again|quickly|further|still|even|now|only)\\s+)*(?:${FORECAST_VERBS.join('|')})\\b`,
  'iu',
);
