/**
 * Attribution: who says what a sentence states. "X said/says", "according to X", "X told Reuters", "X tweeted",
 * "X reported", "X confirmed", "X denied", quotes closed by "he said" (the previous speaker), "said X" after a quote;
 * photo captions speak for themselves. A sentence in the article's own voice has no claimant (null).
 */
import { isWhite } from './chars';
import { DENIAL_VERBS, SOURCE_NOUNS, SPEAKER_PRONOUNS, SPEAKER_TRAILING_WORDS, SPEECH_VERBS, SPEECH_VERBS_BEFORE_THAT } from './lexicon/attribution';

export interface Attribution {
  claimant: string;
  /** Offsets of the claimant's words in the text given (plus offset). */
  start: number;
  end: number;
  /** Offsets of the whole attribution phrase ("Tajik authorities say"), so its words are not taken as event places. */
  phraseStart: number;
  phraseEnd: number;
  /** The verb denies what follows ("denied the reports"). */
  denial: boolean;
  /** The speaker was a pronoun resolved to the previous speaker. */
  resolved: boolean;
  /**
   * The attribution covers the whole sentence: "according to X", or a closing "..., X said." / "X told reporters on
   * Friday." Otherwise it covers only what follows its verb ("X said the Taliban seized Y").
   */
  final?: boolean;
}

const SPEECH_RX = new RegExp(`\\b(?:${[...SPEECH_VERBS, ...SPEECH_VERBS_BEFORE_THAT].filter((v) => !v.includes(' ')).join('|')})\\b`, 'gi');
const SPEECH_BEFORE_THAT = new Set(SPEECH_VERBS_BEFORE_THAT);
const SPEECH_AFTER_QUOTE = new RegExp(SPEECH_RX.source, 'i');
const DENIAL = new Set(DENIAL_VERBS);
const TRAILING = new Set(SPEAKER_TRAILING_WORDS.filter((v) => !v.includes(' ')));
const PRONOUNS = new Set(SPEAKER_PRONOUNS);
const SOURCES = new Set(SOURCE_NOUNS);
const LEADING_WORDS = ['and', 'but', 'meanwhile', 'however', 'also', 'late', 'early', 'earlier', 'later', 'separately', 'on \\w+day', 'in a statement', 'in a tweet'];
const LEADING_STRIP = new RegExp(`^(?:${LEADING_WORDS.join('|')})\\b[\\s,]*`, 'i');
/** Their first letters, lower-case (a table by code): a text that starts with another character has nothing to strip. */
const LEADING_FIRST = Uint8Array.from({ length: 128 }, (_, c) => (LEADING_WORDS.some((w) => w.charCodeAt(0) === c) ? 1 : 0));

/** s.replace(LEADING_STRIP, ''), without running the regex on a text that cannot start with one of the words. */
function stripLeading(s: string): string {
  return LEADING_FIRST[s.charCodeAt(0) | 32] === 1 ? s.replace(LEADING_STRIP, '') : s;
}
// "The Taliban, however, claimed": an aside between commas sits between the speaker and the verb.
// So does the anonymity of a source: "an official, who asked not to be named, told AFP".
const ASIDE = /,\s*(?:however|though|meanwhile|too|in turn|for (?:its|their|his|her) part|who (?:asked|spoke|declined|requested|did not want|was not authori[sz]ed|were not authori[sz]ed)\b[^,;"“”]{0,60})\s*,\s*$/i;
const CLAUSE_WORDS = ['that', 'which', 'who', 'as', 'while', 'after', 'because', 'and', 'but', 'when', 'if', 'since'];
const CLAUSE_WORD = new RegExp(`\\b(?:${CLAUSE_WORDS.join('|')})\\s+$`, 'i');
/** Last letters of the clause words, both cases: CLAUSE_WORD cannot match at a space that follows any other letter. */
const CLAUSE_WORD_ENDS = new Set(CLAUSE_WORDS.flatMap((w) => [w.charCodeAt(w.length - 1), w.toUpperCase().charCodeAt(w.length - 1)]));
const APPOSITION = /^(?:a|an|spokesman|spokeswoman|spokesperson|member|head|chief|governor|secretary|deputy|leader|commander|director|minister|envoy|\p{Lu}[\p{L}]*[’']s)\b/iu;

/** A name written as capitalised words ("Tariq Arian", "Al Alalam TV"), not an opener ("Also on Friday"). */
const PROPER_NAME = /^\s*(?!(?:Also|On|In|At|Late|Early|Earlier|Later|Meanwhile|However|After|Before|Last|This|But|And|The|A|An)\b)(?:\p{Lu}[\p{L}.’'-]*\s*){1,6}$/u;

const COORDINATED = /,\s*((?:[\p{L}'’-]+\s+){1,4}and\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*$/u;

const AUXILIARY_END = /\b(?:was|were|is|are|been|be|being|has|have|had)(?:\s+\w+)?\s*$/i;

const PARTICIPLE_TIME = /\b(?:released|issued|published|held|made|signed|posted|broadcast|aired)\s+(?:after|before|since|when)\s$/i;

/** `a` (fresh from make) marked as covering the whole sentence or not; no copy. */
function withFinal(a: Attribution, final: boolean): Attribution {
  a.final = final;
  return a;
}

/** Punctuation that ends a subject, looking back (by code, not a regex or a string per character). */
const SUBJECT_STOPS = new Set([...',;:"“”()[]–—'].map((c) => c.charCodeAt(0)));
/** The ASCII stops as a table: subjectStart reads up to 160 characters back, most of them ASCII letters. */
const ASCII_STOP = Uint8Array.from({ length: 128 }, (_, c) => (SUBJECT_STOPS.has(c) ? 1 : 0));
const SPACE = /\s/;

/**
 * `s` ends with a comma, then only white space: /,\s*$/ without scanning the whole string (a regex anchored at its
 * end still tries every start), which matters for the text before each speech verb.
 */
function endsWithComma(s: string): boolean {
  let k = s.length;
  while (k > 0 && SPACE.test(s[k - 1]!)) k--;
  return k > 0 && s.charCodeAt(k - 1) === 44;
}

const PASSIVE_AUX = /\b(?:was|were|is|are|been|be|being)(?:\s+(?:\w+ly|later|also|since|then|again))?$/i;
/**
 * /\b(?:was|were|is|are|been|be|being)(?:\s+(?:\w+ly|later|also|since|then|again))?\s*$/i ("were flatly rejected
 * by"), on the last characters before the trailing space only (see endsWithComma).
 */
function endsWithPassiveAux(s: string): boolean {
  let k = s.length;
  while (k > 0 && SPACE.test(s[k - 1]!)) k--;
  // Enough for an auxiliary and an adverb; a match at the cut itself would have no real word boundary.
  const from = Math.max(0, k - 48);
  const m = PASSIVE_AUX.exec(s.slice(from, k));
  return !!m && (m.index > 0 || from === 0 || !/[\p{L}\p{N}_]/u.test(s[from - 1]!));
}

/**
 * The attribution closes the sentence, or a clause of it, with nothing after the verb but a few words: "..., a resident
 * told Xinhua by phone, adding that ..." (what the speaker adds is its own too). `s` is the subject's start in `before`.
 */
function closing(before: string, s: number, tail: string): boolean {
  return (tail.length < 60 && !/\bthat\b/i.test(tail) && tail.split(/\s+/).filter(Boolean).length <= 5) || (endsWithComma(before.slice(0, s)) && /^\s*(?:on \w+|\w+day|in a statement)?\s*,|^[^,.;"“”]{0,50},\s+(?:adding|saying)\b/i.test(tail));
}

/** Start of the subject before a verb: after the nearest punctuation or clause word. */
function subjectStart(before: string): number {
  for (let k = before.length - 1; k >= 0 && before.length - k < 160; k--) {
    const ch = before.charCodeAt(k);
    // A parenthesis inside the subject ("The Ministry of Defense (MoD) said"): step over it.
    if (ch === 41) {
      const open = before.lastIndexOf('(', k);
      if (open > 0 && k - open < 40 && /\S\s*$/.test(before.slice(0, open))) {
        k = open;
        continue;
      }
    }
    // A spaced hyphen, or the double hyphen of a dateline typed without a dash ("TASHKENT -- Uzbek authorities say").
    if ((ch < 128 ? ASCII_STOP[ch] === 1 : SUBJECT_STOPS.has(ch)) || (ch === 45 && before[k + 1] === ' ' && (before[k - 1] === ' ' || before[k - 1] === '-'))) return k + 1;
    // (The regex only where the space follows white space or the last letter of a clause word.)
    if (ch === 32 && k > 0 && (CLAUSE_WORD_ENDS.has(before.charCodeAt(k - 1)) || isWhite(before.charCodeAt(k - 1))) && CLAUSE_WORD.test(before.slice(Math.max(0, k - 9), k + 1))) {
      // "A joint statement released after the talks said": a participle's time phrase stays in the subject.
      if (PARTICIPLE_TIME.test(before.slice(Math.max(0, k - 30), k + 1))) continue;
      // "The Ministry of Refugees and Repatriation said", "Officials in Kabul and Herat said": "and" inside a source's
      // noun phrase joins two nouns, not two clauses.
      if (before.charCodeAt(k - 1) === 100 && /(?:^|\s)and$/i.test(before.slice(Math.max(0, k - 4), k)) && sourcePhrase(before.slice(subjectStart(before.slice(0, k - 3)), k - 3))) continue;
      return k + 1;
    }
  }
  return before.length >= 160 ? before.length : 0;
}

/**
 * Start of a name and its title as the last two comma-separated parts of `head` (text before the comma that precedes
 * a speech verb), in either order: "..., a spokesman for the group, Zabihullah Mujahid" or "..., Tariq Arian, the
 * ministry's spokesman"; -1 when they are not such a pair.
 */
function closingApposition(head: string): number {
  const c1 = head.lastIndexOf(',');
  const c0 = c1 > 0 ? head.lastIndexOf(',', c1 - 1) : -1;
  if (c0 < 0 || c1 - c0 > 100 || head.length - c1 > 100) return -1;
  // ('"Zaranj is ours," Zabihullah Mujahid, a Taliban spokesman, told ...': the pair right after a quote.)
  const from = c0 + 1 + (/^["”]/.test(head.slice(c0 + 1)) ? 1 : 0);
  const first = head.slice(from, c1).trim();
  const second = head.slice(c1 + 1).trim();
  const title = (t: string) => (APPOSITION.test(t) || /^the\s/i.test(t)) && !PROPER_NAME.test(t) && plausibleSource(t) && !/["“”;:()]/.test(t);
  return (PROPER_NAME.test(second) && title(first)) || (PROPER_NAME.test(first) && title(second)) ? from : -1;
}

/**
 * The text before a speaker is a quote it closes ('"The city fell without a fight," Nimroz deputy governor Ahmad
 * Naseri told Xinhua, adding ...'): the speaker's words are the quote, and what it goes on to add.
 */
const QUOTE_BEFORE = /^\s*["“]?[^"“”]*[,!?]["”]\s*$/;

/** A speech verb inside a quote that a later speech verb attributes ('"The governor told us ...," a resident said'). */
function quotedVerb(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = /^\s*["“]/.test(before) && !/["”]/.test(before.slice(before.search(/["“]/) + 1));
  if (!open) return false;
  const close = /[,!?]["”]/.exec(text.slice(at));
  return !!close && SPEECH_AFTER_QUOTE.test(text.slice(at + close.index + 2));
}

/**
 * A source's noun phrase before "and": a source noun ("ministry", "officials", "governor"), with nothing before its
 * first "of", "for" or "in" but capitalised words, source nouns and determiners ("The ministry of refugees", "Officials
 * in Kabul"; not "Fighting in Kunduz", "The Taliban seized the capital of Nimroz").
 */
function sourcePhrase(np: string): boolean {
  const words = np.trim().split(/\s+/);
  if (words.length === 0 || words.length > 8) return false;
  let source = false;
  let head = true;
  for (const w of words) {
    const bare = w.toLowerCase().replace(/[^a-z]/g, '');
    if (SOURCES.has(bare)) source = true;
    if (head && (bare === 'of' || bare === 'for' || bare === 'in')) head = false;
    else if (head && !SOURCES.has(bare) && !/^(?:the|a|an)$/.test(bare) && !/^\p{Lu}/u.test(w)) return false;
  }
  return source;
}

function plausibleSource(np: string): boolean {
  if (np.length < 2 || np.length > 140) return false;
  const ws = np.split(/\s+/);
  if (ws.length > 14) return false;
  if (ws.some((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|In|On|At|Also|But|And)$/.test(w))) return true;
  return ws.some((w) => SOURCES.has(w.toLowerCase().replace(/[^a-z]/g, '')));
}

/** Longest trailing word: a longer last word is never one (lower-casing never shortens a string). */
const TRAILING_MAX = Math.max(...[...TRAILING].map((w) => w.length));

function isCommaOrWhite(c: number): boolean {
  return c === 44 || isWhite(c);
}

function trimSpeaker(np: string): string {
  let s = stripLeading(np.trim()).trim();
  // Strip adverbs and auxiliaries between speaker and verb ("AP also", "had previously"): /\s+(\S+)$/ by a scan back
  // from the end (that regex tries every start of the string).
  for (;;) {
    let k = s.length - 1;
    while (k >= 0 && !isWhite(s.charCodeAt(k))) k--;
    if (k < 0 || s.length - 1 - k > TRAILING_MAX || !TRAILING.has(s.slice(k + 1).toLowerCase())) break;
    while (k > 0 && isWhite(s.charCodeAt(k - 1))) k--;
    s = s.slice(0, k).trim();
  }
  // s.replace(/^[,\s]+|[,\s]+$/g, ''), by scans from both ends.
  let i = 0;
  let j = s.length;
  while (i < j && isCommaOrWhite(s.charCodeAt(i))) i++;
  while (j > i && isCommaOrWhite(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** Longest pronoun: a longer speaker is never one (lower-casing never shortens a string), so most skip toLowerCase. */
const PRONOUN_MAX = Math.max(...SPEAKER_PRONOUNS.map((p) => p.length));

/**
 * The attribution whose speaker is text[s, e) (trimmed), its phrase text[ps, pe); null when that is no plausible
 * source. `previous` stands for a pronoun. (A module function, not a closure made on every call of attribute.)
 * `trimmed` is trimSpeaker(text.slice(s, e)) when the caller has it already.
 */
function make(text: string, previous: Previous, offset: number, s: number, e: number, ps: number, pe: number, denial: boolean, trimmed?: string): Attribution | null {
  const whole = text.slice(s, e);
  const lead = whole.length - stripLeading(whole).length;
  const raw = trimmed ?? trimSpeaker(whole);
  if (!raw) return null;
  const start = text.indexOf(raw, s + lead > e ? s : s + Math.min(lead, e - s));
  const st = start < 0 ? s : start;
  if (raw.length <= PRONOUN_MAX && PRONOUNS.has(raw.toLowerCase())) {
    const who = typeof previous === 'function' ? previous() : previous;
    if (!who) return null;
    return { claimant: who, start: st + offset, end: st + raw.length + offset, phraseStart: ps + offset, phraseEnd: pe + offset, denial, resolved: true };
  }
  if (!plausibleSource(raw)) return null;
  return { claimant: raw, start: st + offset, end: st + raw.length + offset, phraseStart: ps + offset, phraseEnd: pe + offset, denial, resolved: false };
}

/**
 * COORDINATED.exec(before), run from the last comma only: its match starts at a comma and runs to the end over letters
 * and spaces alone, so no other comma can start it (the whole text before a verb was scanned from every position).
 */
function coordinated(before: string): { index: number; whole: string; speaker: string } | null {
  const k = before.lastIndexOf(',');
  if (k < 0) return null;
  const m = COORDINATED.exec(before.slice(k));
  return m ? { index: k + m.index, whole: m[0], speaker: m[1]! } : null;
}

/**
 * Finds the claimant of a sentence. `previous` is the last claimant in the article, for "he said" (or a function
 * giving it, asked only for a pronoun: a caller may then leave the sentences before unread until one is met).
 * @example attribute('Tajik authorities say two-thirds of the border is under Taliban control.')?.claimant === 'Tajik authorities'
 * @example attribute('The Taliban seized the district, officials said.')?.claimant === 'officials'
 */
export type Previous = string | null | (() => string | null);

export function attribute(text: string, previous: Previous = null, offset = 0): Attribution | null {
  if (text.length > 2000) return null;
  // "according to X" (X runs to the end of the clause).
  const acc = /\baccording to\s+/i.exec(text);
  if (acc) {
    const s = acc.index + acc[0].length;
    let e = text.length;
    // Opening the sentence ("According to the Tajik border service, 134 troops crossed"), X ends at the first comma.
    const opening = /^\s*$/.test(text.slice(0, acc.index));
    const stop = (opening ? /,/ : /[;]|,\s+(?:the|a|an|who|which|and)\s|\.\s*$|\.["”]?\s*$/i).exec(text.slice(s));
    if (stop) e = s + stop.index;
    const a = make(text, previous, offset, s, e, acc.index, e, false);
    if (a) return withFinal(a, true);
  }

  SPEECH_RX.lastIndex = 0;
  for (let m = SPEECH_RX.exec(text); m; m = SPEECH_RX.exec(text)) {
    const verb = m[0].toLowerCase();
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    // "AP quoted Iranian media as reporting that ..." → Iranian media (via AP).
    if (verb === 'quoted') {
      const m = /^\s+(.{2,60}?)\s+as\s+(?:saying|reporting|stating)\b/.exec(text.slice(verbEnd, verbEnd + 120));
      if (m) {
        const by = trimSpeaker(text.slice(0, verbStart).replace(/^.*[,;]/, ''));
        const s = verbEnd + (m[0].length - m[0].trimStart().length);
        const name = `${m[1]!.trim()}${by ? ` (via ${by})` : ''}`;
        return { claimant: name, start: s + offset, end: s + m[1]!.length + offset, phraseStart: offset, phraseEnd: verbEnd + m[0].length + offset, denial: false, resolved: false };
      }
    }
    if (quotedVerb(text, verbStart)) continue;
    const denial = DENIAL.has(verb);
    const before = text.slice(0, verbStart);
    const tail = text.slice(verbEnd);
    // "maintain", "insist": speech only before what is maintained ("maintain that …"), not "maintain checkpoints".
    if (SPEECH_BEFORE_THAT.has(verb) && !/^\s+that\b/i.test(tail)) continue;
    // Closing ("..., officials said.") or parenthetical ("..., officials said, the biggest gain yet") attributions
    // cover the whole sentence.
    // "..., residents and officials said, ...": a coordinated speaker between commas is one subject.
    // (The cheap test of the tail first: the coordination regex scans the whole text before the verb.)
    const coord = /^\s*[,.]/.test(tail) && before.includes('and') ? coordinated(before) : null;
    if (coord && coord.speaker.split(/\s+and\s+/).every((part) => plausibleSource(part.trim()))) {
      const s0 = coord.index + coord.whole.indexOf(coord.speaker);
      const a = make(text, previous, offset, s0, verbStart, s0, verbEnd, denial);
      if (a) return withFinal(a, true);
    }
    // (subjectStart is pure and scans back up to 160 characters: computed once.)
    const s = subjectStart(before);
    // (Whether it closes the sentence, closing(), is read only once an attribution is found: most verbs give none.)
    // A passive ("fighting was reported in Maimana") names no speaker, unless an agent follows ("by Tolo News").
    // So does a participle ("The capture of Sar-e-Pul, confirmed by a local lawmaker, came ...") with its agent.
    if (endsWithComma(before) && verb.endsWith('ed')) {
      const by = /^\s+by\s+([^,.;]{2,80}?)(?=,)/.exec(tail);
      if (by) {
        const s2 = verbEnd + by[0].indexOf(by[1]!);
        const a = make(text, previous, offset, s2, s2 + by[1]!.length, verbStart, s2 + by[1]!.length, denial);
        if (a) return withFinal(a, true);
      }
    }
    // A passive without its auxiliary, as headlines write it ("Taliban claim to have seized Zaranj rejected by Kabul",
    // "..., a claim rejected by the ministry"): the agent speaks, not the words before the verb.
    if (verb.endsWith('ed') && /^\s+by\s/.test(tail) && /\S\s$/.test(before.slice(-2)) && !AUXILIARY_END.test(before.slice(-30))) {
      const by = /^\s+by\s+([^,.;]{2,60}?)(?=[,.;]|\s+(?:that|on|in|as)\b|$)/.exec(tail);
      if (by) {
        const s2 = verbEnd + by[0].indexOf(by[1]!);
        const a = make(text, previous, offset, s2, s2 + by[1]!.length, verbStart, s2 + by[1]!.length, denial);
        if (a) return withFinal(a, closing(before, s, tail));
      }
    }
    if (endsWithPassiveAux(before)) {
      const by = /^\s+by\s+([^,.;]{2,80}?)(?=[,.;]|\s+(?:that|on|in|as)\b|$)/.exec(tail);
      if (by) {
        const s2 = verbEnd + by[0].indexOf(by[1]!);
        const a = make(text, previous, offset, s2, s2 + by[1]!.length, verbStart, s2 + by[1]!.length, denial);
        if (a) return withFinal(a, closing(before, s, tail));
      }
      continue;
    }
    const aside = ASIDE.exec(before);
    if (aside) {
      const s1 = subjectStart(before.slice(0, aside.index));
      const a = make(text, previous, offset, s1, aside.index, s1, verbEnd, denial);
      if (a) return withFinal(a, closing(before, s, tail) || QUOTE_BEFORE.test(text.slice(0, s1)));
    }
    const subject = trimSpeaker(before.slice(s));
    // "Tariq Arian, spokesman for the Afghan interior ministry, denied": a name, then its apposition.
    if (s > 0 && before[s - 1] === ',' && (subject === '' || APPOSITION.test(subject))) {
      const head = before.slice(0, s - 1);
      // Or a title, then the name: "The defence minister, Tariq Shah Bahrami, said".
      // (head.split(',') read in place: its first part, and the second when there are two.)
      const comma = head.indexOf(',');
      const first = comma < 0 ? head : head.slice(0, comma);
      const two = comma >= 0 && head.indexOf(',', comma + 1) < 0;
      const titled = two && PROPER_NAME.test(head.slice(comma + 1)) && plausibleSource(first.trim()) && !CLAUSE_WORD.test(`${first} `);
      if ((PROPER_NAME.test(first) || titled) && !/["“”;:()]/.test(head) && (comma < 0 || two) && head.length < 120) {
        const a = make(text, previous, offset, 0, verbStart, 0, verbEnd, denial);
        if (a) return withFinal(a, closing(before, s, tail));
      }
      // The same pair closing the sentence: "..., a spokesman for the group, Zabihullah Mujahid, said in a statement."
      const pair = subject === '' ? closingApposition(head) : -1;
      if (pair >= 0) {
        const a = make(text, previous, offset, pair, verbStart, pair, verbEnd, denial);
        if (a) return withFinal(a, closing(before, s, tail) || QUOTE_BEFORE.test(text.slice(0, pair)));
      }
    }
    if (subject) {
      // (before.slice(s) is text.slice(s, verbStart): its speaker is trimmed already.)
      const a = make(text, previous, offset, s, verbStart, s, verbEnd, denial, subject);
      if (a) return withFinal(a, closing(before, s, tail) || QUOTE_BEFORE.test(text.slice(0, s)));
    }
    // Inverted after a quote or a clause: '"...," said Gran Hewad, the Afghan foreign ministry's spokesman.'
    if (/[,"”]\s*$/.test(before) || before.trim() === '') {
      const after = /^\s+([^.;]{2,140}?)\s*(?:[.;]|,\s+(?:adding|saying|who|referring)\b|$)/.exec(text.slice(verbEnd, verbEnd + 200));
      if (after && /^(?:\p{Lu}|the\s|a\s|an\s)/u.test(after[1]!)) {
        const s2 = verbEnd + (after[0].length - after[0].trimStart().length);
        const a = make(text, previous, offset, s2, s2 + after[1]!.length, verbStart, s2 + after[1]!.length, denial);
        if (a) return withFinal(a, true);
      }
    }
  }
  return null;
}

/**
 * A speaker inside a time clause right before a claim ("..., hours after Afghan officials said commandos had
 * recaptured it"): the claim is theirs, not the sentence's speaker's. The clause runs up to the claim's verb.
 */
const SUBORDINATE_SPEAKER = /\b(?:after|before|while|when|as|since|until)\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s+(?:had\s+|has\s+|have\s+)?(?:said|says|claimed|claims|announced|stated|insisted|confirmed)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}$/u;

/**
 * The speaker of a time clause that the text right before a claim's verb ends in, or null.
 * @example subordinateSpeaker('The Taliban said they held it, hours after Afghan officials said commandos had ') === 'Afghan officials'
 */
export function subordinateSpeaker(before: string): string | null {
  const m = SUBORDINATE_SPEAKER.exec(before);
  if (!m) return null;
  const np = trimSpeaker(m[1]!);
  return plausibleSource(np) && !PRONOUNS.has(np.toLowerCase()) ? np : null;
}
