/**
 * The pipeline, composed in one place: article → sections → sentences → places → dates → attribution → control
 * claims, movements and context events. Every stage is a pure function in its own module; this one only wires them.
 */
import type { Article, ContextEvent, ControlEvent, DatePrecision, Gazetteer, MovementEvent, PlaceMention, SituationEvent } from '../types';
import { attribute, type Attribution } from './attribution';
import { findControlClaims, rejection } from './claims';
import { type SentenceView } from './clauses';
import { findContext } from './context';
import { addDays, findDates, type DateMention } from './dates';
import { CONTEXT_PHRASES } from './lexicon/context';
import { CONTROL_PHRASES } from './lexicon/control';
import { MOVEMENT_PHRASES } from './lexicon/movement';
import { DENIAL_VERBS, REPORT_CONTINUATIONS, SPEECH_VERBS, SPEECH_VERBS_BEFORE_THAT } from './lexicon/attribution';
import { REPORT_CONTINUATION_COUNTS, REPORT_CONTINUATION_LEADS, SUBSET_OPENINGS } from './lexicon/attribution';
import { UNCONFIRMED_CLAIMANT } from './lexicon/attribution';
import { findMovements } from './movements';
import { firstAtOrAfter, readPlaces, type ArticlePlaces } from './places';
import { isWhite } from './chars';
import { splitBlocks, type Block } from './sections';
import { splitSentences } from './sentences';
import { LexiconGate, PhraseSets, scanInto, type Words } from './lexiconGate';
import { datesOfEvents } from './datelines';
import { rejectedAs } from './sides';

/** The object of a denial that points back at the previous sentence's claim. */
const DENIED_CLAIM = /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted)\s+(?:the|this|that|these|those|such|their|its)\s+(?:claims?|reports?|assertions?)\b/i;

/**
 * More ways of denying the claim of a sentence shortly before: "denied this.", "dismissed the Taliban's claim", "the
 * claim was rejected by ...", "said the reports were untrue". (A falsity word needs a speaker: the attribution names the denier.)
 */
const DENIED_CLAIM_MORE = /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted)\s+(?:this|that|it)\s*(?:[,.;]|$)|\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:taliban|insurgents|militants|group|government|ministry|army|military|officials|authorities|governor|kabul)(?:['’]s?)?\s+(?:claims?|reports?|assertions?)\b|\b(?:the|this|that|these|those|such|their|its)\s+(?:claims?|reports?|assertions?)\s+(?:was|were|has been|have been|had been)\s+(?:(?:also|flatly|firmly|strongly|quickly)\s+)?(?:denied|rejected|dismissed|refuted)\b/i;
const FALSE_CLAIM = /\b(?:(?:the|this|that|these|those|such|their|its)\s+|(?:the\s+)?(?:taliban|insurgents|militants|group)(?:['’]s?)?\s+)(?:claims?|reports?|assertions?)\s+(?:was|were|is|are)\s+(?:(?:completely|totally|entirely|simply|also|utterly)\s+)?(?:false|untrue|not true|baseless|groundless|unfounded|incorrect|wrong|fabricated|fake|propaganda)\b|^["“](?:this|that|it)\s+is\s+(?:(?:completely|totally|simply|all)\s+)?(?:a lie|lies|false|untrue|not true|baseless|propaganda|fake news|rumou?rs?)\b/i;
/** "Officials called the claim propaganda", "The governor's office described the reports as baseless": the subject denies. */
const CALLED_CLAIM = /^((?:[\p{L}'’.-]+\s+){1,6}?)(?:called|termed|branded|labell?ed|described|dismissed)\s+(?:the|this|that|these|those|such|their|its)\s+(?:claims?|reports?|assertions?)\s+(?:as\s+)?["“]?(?:(?:completely|totally|entirely|simply|utterly)\s+)?(?:false|untrue|not true|baseless|groundless|unfounded|incorrect|wrong|fabricated|fake|propaganda|a lie|lies|rumou?rs?)\b/iu;
/** How many sentences back a rejection may find the claim it rejects. */
const DENIAL_REACH = 2;

/** The sentence rejects a claim it does not restate ("The governor's spokesman rejected the claim."). */
function rejectsClaim(a: Attribution | null, text: string, claimNoun: boolean): boolean {
  return rejecter(a, text, claimNoun) !== null;
}

/**
 * Who rejects a claim the sentence does not restate: its speaker, or the subject of "called the claim propaganda".
 * `claimNoun`: the sentence has one of PHRASES' claim nouns, without which neither FALSE_CLAIM (but for a quoted "This is a
 * lie") nor CALLED_CLAIM can match.
 */
function rejecter(a: Attribution | null, text: string, claimNoun: boolean): string | null {
  if (a && (a.denial ? DENIED_CLAIM.test(text) || DENIED_CLAIM_MORE.test(text) : (claimNoun || QUOTE_OPENING.test(text)) && FALSE_CLAIM.test(text))) return a.claimant;
  const c = claimNoun && /\b(?:called|termed|branded|labell?ed|described|dismissed)\b/i.test(text) ? CALLED_CLAIM.exec(text) : null;
  return c ? c[1]!.trim() : null;
}
const QUOTE_OPENING = /^["“]/;
/** A sentence with a speech verb whose attribution is read only if a later sentence needs it (extractEvents). */
interface UnreadSpeech {
  text: string;
  start: number;
  end: number;
  caption: boolean;
  attribution: Attribution | null;
  read: boolean;
}

/**
 * "... could not be (independently) verified", "it was not immediately possible to confirm", "Reuters could not verify
 * the claim", "unconfirmed reports": the article does not vouch for what it reports.
 */
const UNVERIFIED = /\b(?:(?:could|can|has|have|had|was|were|is|are)(?:\s+not|n['’]t)|cannot)\s+(?:(?:yet|immediately|independently|officially|be|been)\s+)*(?:confirmed|verified|corroborated)\b|\bnot\s+(?:(?:immediately|yet)\s+)?possible\s+to\s+(?:independently\s+)?(?:confirm|verify)\b|\b(?:(?:could|can|did)(?:\s+not|n['’]t)|cannot|(?:was|were)\s+(?:unable|not able)\s+to)\s+(?:(?:immediately|independently|yet)\s+)*(?:verify|confirm)\s+(?:(?:the|this|that|these|those|their|its|such)\s+)?(?:claims?|reports?|accounts?|information|it|this|that|them|whether|if)\b|\b(?:unconfirmed|unverified)\s+(?:reports?|claims?|accounts?)\b/i;
/** What could not be verified is a report or claim, or a pronoun for the news ("which", "this"), not a death toll. */
const UNVERIFIED_SUBJECT = /\b(?:reports?|claims?|rumou?rs?|accounts?|allegations?)\b|(?:^|[,;:]\s*(?:but\s+|and\s+|however,?\s+)?)\s*(?:it|this|that|which|these|those)\s+(?:[\p{L}]+\s+)?$/iu;

/**
 * Where a sentence says that what it reports could not be verified (offset of the phrase in `text`), or -1.
 * `verifyWord`: the sentence has one of PHRASES' verify words, without which UNVERIFIED cannot match.
 * @example unverifiedAt('Reports that Zaranj had fallen could not be confirmed.', true) === 31
 */
function unverifiedAt(text: string, verifyWord: boolean): number {
  const m = verifyWord ? UNVERIFIED.exec(text) : null;
  if (!m) return -1;
  const active = !/^(?:unconfirmed|unverified)/i.test(m[0]) && /(?:verify|confirm)\s/i.test(m[0]);
  return /^(?:unconfirmed|unverified)/i.test(m[0]) || active || UNVERIFIED_SUBJECT.test(text.slice(0, m.index)) ? m.index : -1;
}

/** Longer "sentences" are not prose (tables, lists, a line of commas): no event is drawn from them. */
export const MAX_SENTENCE = 1500;

const TRIGGER_SOURCES = [...CONTROL_PHRASES, ...MOVEMENT_PHRASES, ...CONTEXT_PHRASES].map((p) => p.re);
const ANY_TRIGGER = new RegExp(`\\b(?:${TRIGGER_SOURCES.join('|')})(?![\\w’'])`, 'i');
// The same union behind its gate (lexiconGate.ts): tried only at words that open a phrase, which most words do not.
const TRIGGER_GATE = LexiconGate.of(TRIGGER_SOURCES);

// Each sentence's words (scanInto), refilled for every sentence: most sentences have no trigger, and their words are
// not kept.
const scratch: Words = { starts: [], hashes: [] };

/** Offset of the first lexicon hit in `text` (-1 if none), and its words for the stages' own lexicons. */
function firstTrigger(text: string, count: number): { index: number; words: Words | undefined } {
  if (!TRIGGER_GATE) return { index: ANY_TRIGGER.exec(text)?.index ?? -1, words: undefined };
  const index = TRIGGER_GATE.hits(text, scratch, 0, 1, count)[0]?.start ?? -1;
  // The views keep their words (a copy): the scratch is refilled by the next sentence.
  return { index, words: index >= 0 ? { starts: scratch.starts.slice(0, count), hashes: scratch.hashes.slice(0, count) } : undefined };
}
// Whole-word phrase tests read from the sentence's words in one pass (PhraseSets), not by a regex scan each:
// any verb of speech (attribution runs only on a sentence with one); the words UNVERIFIED needs one of (each of its
// alternatives ends in one, as a whole word); the nouns FALSE_CLAIM and CALLED_CLAIM need one of (as does
// FALSE_CLAIM's quoted opening, read apart).
const PHRASES = PhraseSets.of([
  [...SPEECH_VERBS, ...SPEECH_VERBS_BEFORE_THAT, 'according to'],
  ['confirmed', 'verified', 'corroborated', 'confirm', 'verify', 'unconfirmed', 'unverified'],
  ['claim', 'claims', 'report', 'reports', 'assertion', 'assertions'],
  DENIAL_VERBS,
]);
const SPEECH = 1;
const VERIFY_WORD = 2;
const CLAIM_NOUN = 4;
const DENIAL_WORD = 8;
// Openings that continue the report of the sentence before ("A further 1,100 people ...").
const CONTINUATION = new RegExp(`^(?:${REPORT_CONTINUATIONS.join('|')})\\b`, 'i');
// The same after a lead ("On Friday, another 300 ..."), or a count of more ("Some 1,100 more crossed ...").
const CONTINUATION_LED = new RegExp(`^(?:(?:${REPORT_CONTINUATION_LEADS.join('|')}),?\\s+)?(?:(?:${REPORT_CONTINUATIONS.join('|')})\\b|${REPORT_CONTINUATION_COUNTS.join('|')})|^(?:in addition|additionally),?\\s+(?:some |about |around |nearly |over |more than |at least |almost )?\\d`, 'i');
// "Of these, 18,500 were deported": a part of the group moved in the sentence before.
const SUBSET = new RegExp(`^(?:${SUBSET_OPENINGS.join('|')})\\b`, 'i');

/** A sentence as the stages see it; its dates are resolved on first use (most sentences need none). */
class View implements SentenceView {
  #dates: DateMention[] | null = null;
  readonly articleId: string;
  readonly body: string;
  readonly published: string | null;
  constructor(
    article: Article,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly block: Block,
    readonly mentions: PlaceMention[],
    readonly mentionIndex: number,
    readonly places: ArticlePlaces,
    readonly attribution: Attribution | null,
    readonly fallbackDate: SentenceView['fallbackDate'],
    readonly firstTrigger: number,
    readonly words: Words | undefined,
    /** The story's last stated day before this sentence, for "a day earlier" (resolved only when asked). */
    readonly storyDay: () => string | null,
  ) {
    this.articleId = article.id;
    this.body = article.body;
    this.published = article.published;
  }
  get dates(): DateMention[] {
    this.#dates ??= findDates(this.text, this.published, this.start, this.storyDay);
    return this.#dates;
  }
}

/** A trigger in the simple past or pluperfect ("seized", "fell", "had fallen"), not a present state. */
const PAST_TENSE = /^(?:had\b|[a-z]+ed\b|fell\b|took\b|overran\b|fled\b|won\b|drove\b|retook\b)/i;
const PERFECT_BEFORE = /\b(?:has|have|is|are)\s+(?:\w+\s+)?$/i;

/**
 * Words of claims that name no place: figures ("200 districts", "half the country"), classes ("major cities") and
 * anaphors of a place named before ("the city", "the crossing", "it was under the control of ...").
 */
const PLACELESS_CLAIM = /\d|percent|per cent|half|third|quarter|cities|towns|capitals|centres|centers|\b(?:it|city|town|district|province|crossing|port|border|frontier|capital)\b/i;

/** body[a, b) is empty or all white space (as !/\S/.test(body.slice(a, b))), without copying it. */
function blank(body: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isWhite(body.charCodeAt(i))) return false;
  return true;
}

/**
 * All events of one article, in text order.
 * @example extractEvents(parseArticle('a', '---\npublished: 2021-07-08\n---\nThe Taliban seized Islam Qala.'), gaz)
 *   → [{ kind: 'control', place: 'Islam Qala', controller: 'taliban', date: '2021-07-08', claimant: null, … }]
 */
export function extractEvents(article: Article, gazetteer: Gazetteer): SituationEvent[] {
  const body = article.body;
  const blocks = splitBlocks(article);
  const places = readPlaces(gazetteer, body, article.title);
  const events: SituationEvent[] = [];
  let lastClaimant: string | null = null;
  // Sentences with a speech verb whose attribution is not read yet (after lastClaimant was last set), in order.
  let unreadSpeech: UnreadSpeech[] = [];
  /** The last claimant as of this sentence: the unread attributions are read (in order) only when a pronoun asks. */
  const previousClaimant = (): string | null => {
    for (const u of unreadSpeech) {
      u.attribution = attribute(u.text, lastClaimant, u.start);
      u.read = true;
      if (u.attribution) lastClaimant = u.attribution.claimant;
    }
    unreadSpeech = [];
    return lastClaimant;
  };
  /** lastReport as the sentence left it, read now if its attribution was left unread. */
  const reportOf = (r: UnreadSpeech | { claimant: string; end: number }): { claimant: string; end: number } | null => {
    if (!('text' in r)) return r;
    if (!r.read) previousClaimant();
    return r.attribution?.final && !r.caption ? { claimant: r.attribution.claimant, end: r.end } : null;
  };
  // The last sentence closed by its source ("..., the agency said."), for a continuation right after it.
  let lastReport: { claimant: string; end: number } | UnreadSpeech | null = null;
  // The story's day is the last day of the past week stated by a candidate sentence. It is needed only for an undated
  // past-tense event, so the sentences are kept and their dates resolved (newest first) only then: most never are.
  let storyDay: string | null = null;
  let unread: View[] = [];
  const weekAgo = article.published ? addDays(article.published, -7) : null;
  // The story's day as the sentences before a view left it: the views not yet read (a snapshot: `unread` is only
  // pushed to or replaced, never changed in place) newest first, else the day read so far. No shared state changes.
  const storyDayBefore = (views: readonly View[], count: number, known: string | null) => (): string | null => {
    for (let k = count - 1; k >= 0; k--) {
      const day = datesOfEvents(views[k]!.text, views[k]!.start, views[k]!.dates).find((d) => d.precision === 'day' && d.date && d.date <= article.published! && d.date >= weekAgo!);
      if (day) return day.date;
    }
    return known;
  };
  const currentStoryDay = (): string | null => {
    storyDay = storyDayBefore(unread, unread.length, storyDay)();
    unread = [];
    return storyDay;
  };
  let lastScene: ControlDraft[] = [];
  let lastClaims: ControlDraft[] = [];
  let prevSentence = -1;
  // The events of the last sentence that stated any, for "The claim could not be independently verified." after it.
  let lastNews: { from: number; end: number } | null = null;
  // The last sentence that stated claims, by its number, for a rejection a sentence or two later.
  let sentenceNo = 0;
  let recent: { claims: ControlDraft[]; no: number; kind: Block['kind'] } | null = null;
  // The last movement of the last sentence that stated one, for a part of its group counted next ("Of these, ...").
  let lastMove: { end: number; date: string | null; precision: DatePrecision; claimant: string | null } | null = null;
  // One segmentation pass over the whole body (a line break always ends a sentence, so none spans two blocks).
  const sentences = splitSentences(body);
  let si = 0;
  for (const block of blocks) {
    while (si < sentences.length && sentences[si]!.start < block.start) si++;
    const inBlock: typeof sentences = [];
    while (si < sentences.length && sentences[si]!.end <= block.end) inBlock.push(sentences[si++]!);
    if (block.kind === 'boilerplate') continue;
    let captionDate: string | null = null;
    if (block.kind === 'caption') {
      const own = findDates(body.slice(block.start, block.end), article.published, block.start).find((d) => d.precision === 'day' && d.date && /\d{4}/.test(d.text));
      captionDate = own?.date ?? null;
    }
    const fallbackDate = block.kind === 'caption' && (block.file || captionDate)
      ? { date: captionDate, precision: 'day' as const }
      : { date: article.published, precision: 'day' as const };
    for (const s of inBlock) {
      sentenceNo++;
      if (s.end - s.start > MAX_SENTENCE) continue;
      const text = body.slice(s.start, s.end);
      const i0 = firstAtOrAfter(places.mentions, s.start);
      const i1 = firstAtOrAfter(places.mentions, s.end);
      // National claims need no place mention ("they hold over 200 districts"); other events do.
      const count = scanInto(text, scratch.starts, scratch.hashes);
      const trigger = i1 > i0 || PLACELESS_CLAIM.test(text) ? firstTrigger(text, count) : null;
      const candidate = trigger !== null && trigger.index >= 0;
      // Attribution runs on every sentence that has a speech verb, so that "he said" finds its speaker.
      const phrases = PHRASES.in(text, scratch, count);
      const speech = (phrases & SPEECH) !== 0;
      const verifyWord = (phrases & VERIFY_WORD) !== 0;
      const claimNoun = (phrases & CLAIM_NOUN) !== 0;
      // A sentence that states no event and rejects no claim needs its attribution only for what follows it (who "he"
      // is, a report carried on): it is left unread until then, and most never are (rejecter reads an attribution
      // only with a claim noun, a verb of denial or an opening quote).
      const defer = speech && !candidate && !(phrases & (CLAIM_NOUN | DENIAL_WORD)) && !QUOTE_OPENING.test(text);
      let attribution: Attribution | null = null;
      let carried: string | null = null;
      if (defer) {
        const u: UnreadSpeech = { text, start: s.start, end: s.end, caption: block.kind === 'caption', attribution: null, read: false };
        unreadSpeech.push(u);
        lastReport = u;
      } else {
        attribution = speech ? attribute(text, previousClaimant, s.start) : null;
        if (attribution) {
          lastClaimant = attribution.claimant;
          unreadSpeech = [];
        }
        // "..., the agency said. A further 1,100 people crossed ...": the same report, in the same paragraph.
        // (The continuation's opening first: it reads a report left unread only when there is one to carry on.)
        const report = !attribution && block.kind !== 'caption' && lastReport && (CONTINUATION.test(text) || CONTINUATION_LED.test(text)) ? reportOf(lastReport) : null;
        carried = report && /^[ \t]*$/.test(body.slice(report.end, s.start)) ? report.claimant : null;
        lastReport = attribution?.final && block.kind !== 'caption' ? { claimant: attribution.claimant, end: s.end } : null;
      }
      // What the article could not verify is not its own word: events before the phrase, or of the sentence just
      // before when the phrase opens this one, are "unconfirmed reports" unless someone is named for them.
      // (Looked for only where it can matter: right after news, or in a sentence that states events.)
      const adjacentNews = lastNews !== null && blank(body, lastNews.end, s.start);
      let doubted = adjacentNews || candidate ? unverifiedAt(text, verifyWord) : -1;
      if (doubted >= 0 && adjacentNews && (!candidate || trigger.index > doubted)) {
        for (let k = lastNews!.from; k < events.length; k++) events[k]!.claimant ??= UNCONFIRMED_CLAIMANT;
      }
      if (!candidate && !rejectsClaim(attribution, text, claimNoun)) continue;
      if (!adjacentNews && !candidate) doubted = unverifiedAt(text, verifyWord);
      const unconfirmedAt = (at: number, who: string | null): string | null => who ?? (doubted >= 0 && at < s.start + doubted ? UNCONFIRMED_CLAIMANT : null);
      const mentions: PlaceMention[] = [];
      for (let k = i0; k < i1; k++) if (places.mentions[k]!.end <= s.end) mentions.push(places.mentions[k]!);
      const view = new View(article, s.start, s.end, text, block, mentions, i0, places, attribution, fallbackDate, candidate ? trigger.index : 0, trigger?.words, storyDayBefore(unread, unread.length, storyDay));
      let claimant = attribution?.claimant ?? carried;
      if (!claimant && block.kind === 'caption') claimant = block.credit ? `photo caption (${block.credit})` : 'photo caption';
      const base: Base = { articleId: article.id, quote: text, quoteStart: s.start, quoteEnd: s.end, outlet: article.source, section: block.kind };
      const firstEvent = events.length;
      // An attribution covers what follows its verb, or the whole sentence when it closes it ("..., X said.");
      // "X captured Y as the government says ..." is the article's own voice about the capture.
      const claimantAt = (at: number): string | null => {
        if (!attribution || attribution.final || at >= attribution.phraseEnd || attribution.phraseStart <= at) return claimant;
        return block.kind === 'caption' ? claimant : null;
      };
      // A past-tense event with no date of its own continues the story of the last dated sentence ("On July 8th,
      // the Taliban seized ... . Officials said the crossing had fallen"), when that date is of the last week.
      const storyDate = (at: number): string | null =>
        view.dates.length > 0 || block.kind === 'caption' || !PAST_TENSE.test(body.slice(at, at + 24)) || PERFECT_BEFORE.test(body.slice(Math.max(0, at - 12), at)) ? null : currentStoryDay();
      const claims = findControlClaims(view);
      // "The police chief rejected the claim ...": a denial of the Taliban claims of the sentence before ("The Taliban
      // rejected the claim": of its government claims, sides.ts).
      if (claims.length === 0 && attribution?.denial && DENIED_CLAIM.test(text) && prevSentence >= 0 && blank(body, prevSentence, s.start)) {
        for (const c of lastClaims) {
          const as = rejectedAs(c.controller, attribution.claimant);
          if (as) claims.push(rejection(view, c, as, attribution.phraseEnd, attribution.claimant));
        }
      }
      // "The Taliban said they had captured Zaranj. ... The governor's spokesman rejected the claim.": the claims of a
      // sentence up to DENIAL_REACH back in the body (wires give each sentence its own paragraph), when no claim came between.
      const denier = claims.length === 0 && recent && recent.kind === 'body' && block.kind === 'body' && sentenceNo - recent.no <= DENIAL_REACH ? rejecter(attribution, text, claimNoun) : null;
      if (denier && recent) {
        for (const c of recent.claims) {
          const as = rejectedAs(c.controller, denier);
          if (as && c.claimant !== denier) claims.push(rejection(view, c, as, attribution?.phraseEnd ?? s.start, denier));
        }
      }
      for (const c of claims) {
        const story = storyDate(c.at);
        events.push(controlEvent(base, unconfirmedAt(c.at, c.claimant !== undefined ? c.claimant : claimantAt(c.at)), c, story ? story : c.date, story ? 'day' : c.datePrecision));
      }
      // Places taken or fought over here, else in the sentence just before: where people flee from when no origin is named.
      const here = claims.filter((c) => c.country === 'AF' && c.placeType !== 'country' && c.placeType !== 'border' && c.placeType !== 'region');
      const prior = blank(body, Math.max(0, prevSentence), s.start) && prevSentence >= 0 ? lastScene : [];
      const moves = findMovements(view);
      // "Nearly 30,000 Afghans returned from Iran in February, IOM said. Of these, 18,500 were deported": the part
      // moved when the whole did, by the same report, unless the sentence says otherwise.
      const whole = moves.length > 0 && lastMove && block.kind !== 'caption' && blank(body, lastMove.end, s.start) && SUBSET.test(text) && view.dates.length === 0 ? lastMove : null;
      for (const m of moves) {
        const story = whole ? null : storyDate(m.at);
        const who = whole && !attribution ? (claimant ?? whole.claimant) : claimantAt(m.at);
        const ev = movementEvent(base, unconfirmedAt(m.at, who), withScene(m, here.length > 0 ? here : prior, here.length === 0, gazetteer), whole ? whole.date : story ? story : m.date, whole ? whole.precision : story ? 'day' : m.datePrecision);
        events.push(ev);
        lastMove = { end: s.end, date: ev.date, precision: ev.datePrecision, claimant: ev.claimant };
      }
      // A movement reported in between is a claim "the claim" may mean: the reach stops there.
      const lastEvent = events[events.length - 1];
      if (claims.length === 0 && lastEvent?.kind === 'movement' && lastEvent.quoteStart === s.start) recent = null;
      lastScene = here;
      lastClaims = claims;
      if (claims.length > 0) recent = { claims, no: sentenceNo, kind: block.kind };
      prevSentence = s.end;
      for (const c of findContext(view)) events.push(contextEvent(base, unconfirmedAt(c.at, claimantAt(c.at)), c));
      if (events.length > firstEvent) lastNews = { from: firstEvent, end: s.end };
      if (block.kind !== 'caption' && article.published) unread.push(view);
    }
  }
  return withoutHeadlineRepeats(events);
}

type ControlDraft = ReturnType<typeof findControlClaims>[number];

type MovementDraft = ReturnType<typeof findMovements>[number];
type ContextDraft = ReturnType<typeof findContext>[number];
/** What every event of a sentence shares. */
type Base = Pick<SituationEvent, 'articleId' | 'quote' | 'quoteStart' | 'quoteEnd' | 'outlet' | 'section'>;

// Each event is built once as one literal (no spread of base, draft and date): the drafts are many, and copying them
// several times was most of this stage's time and garbage. The key order is the exported JSON's, so it is kept.
function controlEvent(b: Base, claimant: string | null, e: ControlDraft, date: string | null, datePrecision: DatePrecision): ControlEvent {
  const ev: ControlEvent = {
    id: '', articleId: b.articleId, quote: b.quote, quoteStart: b.quoteStart, quoteEnd: b.quoteEnd, claimant, outlet: b.outlet, section: b.section,
    kind: e.kind, date, datePrecision, place: e.place, placeId: e.placeId, placeType: e.placeType, country: e.country,
    controller: e.controller, extent: e.extent, figure: e.figure,
  };
  if ('denial' in e) ev.denial = e.denial;
  return ev;
}

function movementEvent(b: Base, claimant: string | null, e: MovementDraft, date: string | null, datePrecision: DatePrecision): MovementEvent {
  const ev: MovementEvent = {
    id: '', articleId: b.articleId, quote: b.quote, quoteStart: b.quoteStart, quoteEnd: b.quoteEnd, claimant, outlet: b.outlet, section: b.section,
    kind: e.kind, date, datePrecision, from: e.from, fromId: e.fromId, fromCountry: e.fromCountry, to: e.to, toId: e.toId, toCountry: e.toCountry,
    via: e.via, viaId: e.viaId, group: e.group, count: e.count, countQualifier: e.countQualifier, direction: e.direction,
  };
  if (e.destinationUnknown) ev.destinationUnknown = true;
  if (e.sharedCount !== undefined) ev.sharedCount = e.sharedCount;
  return ev;
}

function contextEvent(b: Base, claimant: string | null, e: ContextDraft): ContextEvent {
  const ev: ContextEvent = {
    id: '', articleId: b.articleId, quote: b.quote, quoteStart: b.quoteStart, quoteEnd: b.quoteEnd, claimant, outlet: b.outlet, section: b.section,
    kind: e.kind, date: e.date, datePrecision: e.datePrecision, place: e.place, placeId: e.placeId, placeType: e.placeType, country: e.country,
  };
  if ('casualties' in e) ev.casualties = e.casualties;
  return ev;
}

/**
 * A flight whose origin defaulted to the country ("Thousands fled to Kabul") starts from the place just taken or
 * fought over ("... as the Taliban overran Kunduz"), when there is exactly one such place and it is not the destination.
 */
function withScene<T extends MovementDraft>(e: T, scene: ControlDraft[], before: boolean, g: Gazetteer): T {
  if (e.direction !== 'flight' || e.fromId !== 'country:AF') return e;
  const places = [...new Map(scene.map((c) => [c.placeId, c])).values()].filter((c) => c.placeId !== e.toId);
  if (places.length !== 1) return e;
  const p = places[0]!;
  // From the sentence before, a flight abroad starts there only if its province has a crossing to that country.
  if (before && e.toCountry !== 'AF' && !borderProvinces(g, e.toCountry).has(provinceOf(g, p.placeId) ?? '')) return e;
  return { ...e, from: p.place, fromId: p.placeId, fromCountry: p.country };
}

const bordering = new WeakMap<Gazetteer, Map<string, Set<string>>>();
/** Provinces with a crossing to `country` (from the gazetteer's crossings). */
function borderProvinces(g: Gazetteer, country: string): Set<string> {
  let map = bordering.get(g);
  if (!map) {
    map = new Map();
    for (const p of g.places) {
      if (p.type !== 'crossing' || !p.neighbour || !p.province) continue;
      if (!map.has(p.neighbour)) map.set(p.neighbour, new Set());
      map.get(p.neighbour)!.add(p.province);
    }
    bordering.set(g, map);
  }
  return map.get(country) ?? new Set();
}

function provinceOf(g: Gazetteer, id: string): string | undefined {
  const p = g.get(id);
  return p?.type === 'province' ? p.id : p?.province;
}

/** What an event states, apart from its date and words: a headline and the body sentence telling the same news agree on it. */
function gist(e: SituationEvent): string {
  // By name: a headline's "Kunduz" may be read as the province where the body says "the city of Kunduz".
  if (e.kind === 'control') return `control|${e.place.toLowerCase()}|${e.controller}`;
  if (e.kind === 'movement') return `movement|${e.fromCountry}|${e.toCountry}|${e.to.toLowerCase()}`;
  return `${e.kind}|${e.place.toLowerCase()}`;
}

/**
 * A headline summarises the body: when a body sentence states the same event, the headline's copy (dated by the
 * publication day, not the day the body gives) is dropped; a headline event the body does not repeat stays.
 */
function withoutHeadlineRepeats(events: SituationEvent[]): SituationEvent[] {
  // Most articles have no headline event: nothing to compare.
  if (!events.some((e) => e.section === 'headline')) return events;
  const inBody = new Set(events.filter((e) => e.section !== 'headline').map(gist));
  return events.filter((e) => e.section !== 'headline' || !inBody.has(gist(e)));
}
