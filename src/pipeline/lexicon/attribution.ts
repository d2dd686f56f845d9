/**
 * Lexicon of attribution: verbs that report speech or publication, nouns that can be a source, and adverbs to strip
 * from a speaker's name. Data only; src/pipeline/attribution.ts applies it.
 */

/** Verbs of saying ("X said", "X told Reuters", "X tweeted", "X denied"). */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'tweeted', 'tweets', 'reported',
  'confirmed', 'confirms', 'denied', 'denies', 'claimed', 'added', 'adds',
  'stated', 'states', 'noted', 'notes', 'announced', 'announces', 'warned', 'warns', 'estimates', 'estimated',
  'stressed', 'explained', 'insisted', 'acknowledged', 'admitted', 'wrote', 'writes', 'posted', 'quoted', 'alleged',
  'asserted', 'declared', 'told reporters', 'disclosed', 'revealed', 'rejected', 'rejects', 'dismissed', 'dismisses',
  'refuted',
];

/** Verbs that report a claim only before "that" ("officials maintain that …"; not "forces maintain checkpoints"). */
export const SPEECH_VERBS_BEFORE_THAT = ['maintain', 'maintains', 'maintained', 'insist', 'insists', 'argue', 'argues', 'argued'];

/** Speech verbs that deny what follows: the speaker claims the opposite (a government claim when a capture is denied). */
export const DENIAL_VERBS = ['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'dismisses', 'refuted'];

/** Adverbs and auxiliaries that may sit between a speaker and the verb ("AP also reported", "had previously told"). */
export const SPEAKER_TRAILING_WORDS = [
  'also', 'meanwhile', 'later', 'earlier', 'previously', 'separately', 'further', 'has', 'have', 'had', 'had previously',
  'has also', 'on', 'then', 'however', 'again', 'publicly', 'officially', 'reportedly', 'yesterday', 'today',
  'flatly', 'firmly', 'strongly', 'swiftly', 'quickly', 'categorically', 'vehemently', 'repeatedly', 'immediately',
];

/** Pronouns that stand for the previous speaker ("he said"). */
export const SPEAKER_PRONOUNS = ['he', 'she', 'they', 'it'];

/** Lower-case words that make a noun phrase a plausible source ("Tajik authorities", "the defence ministry"). */
export const SOURCE_NOUNS = [
  'official', 'officials', 'authorities', 'ministry', 'spokesman', 'spokeswoman', 'spokesperson', 'agency', 'media',
  'statement', 'report', 'residents', 'sources', 'source', 'council', 'members', 'member', 'commander', 'governor',
  'police', 'army', 'military', 'government', 'data', 'witnesses', 'analysts', 'observers', 'tv', 'television',
  'newspaper', 'channel', 'correspondent', 'office', 'department', 'chief', 'minister', 'president', 'envoy',
  'delegate', 'negotiator', 'activist', 'leader', 'leaders', 'elders', 'taliban', 'insurgents', 'militants', 'group',
  'lawmaker', 'lawmakers', 'mp', 'legislator', 'senator', 'journalist', 'journalists', 'elder', 'villagers', 'resident',
  'eyewitness', 'eyewitnesses', 'doctor', 'doctors', 'analyst', 'mayor', 'police chief', 'medics', 'diplomat', 'diplomats',
  'committee', 'commission', 'directorate', 'embassy', 'consulate', 'administration', 'organisation', 'organization',
  'mission', 'authority',
];

/**
 * Openings of a sentence that goes on with the report of the sentence before ("..., the agency said. A further
 * 1,100 people crossed ..."): such a sentence without its own attribution keeps that claimant. Kept narrow (words
 * that only continue a count or a list), so that the article's own voice is not handed to a source. Regex sources.
 */
export const REPORT_CONTINUATIONS = [
  // "Another 500 families", not "Another attack": only before a count.
  'another (?=\\d|some |about |around |nearly |over |more than |several |hundreds |thousands |dozens )',
  'a further', 'an additional', 'of them', 'of those', 'of these', 'most of them', 'some of them', 'many of them',
  'the rest', 'among them', 'the remaining',
];

/**
 * Leads that may open such a continuation before its count ("On Friday, another 300 ...", "In addition, 1,100 ..."),
 * and counts that say "more" ("Some 1,100 more crossed ..."). Regex sources; the lead alone carries nothing.
 */
export const REPORT_CONTINUATION_LEADS = [
  'on (?:mon|tues|wednes|thurs|fri|satur|sun)day', 'later', 'the next day', 'the following day', 'the same day',
  'in addition', 'additionally',
];
export const REPORT_CONTINUATION_COUNTS = [
  '(?:some |about |around |nearly |over |more than |at least |almost )?\\d[\\d,.]*(?: (?:million|thousand|hundred))? (?:more|others)\\b',
];

/**
 * Openings that count a part of the group the sentence before moved ("Of these, 18,500 were deported", "Most of them
 * came from Iran"): the part moved when the whole did, so the sentence takes that date unless it states its own.
 */
export const SUBSET_OPENINGS = [
  'of (?:these|them|those|this number|the total|whom)', 'among (?:them|these|those)',
  '(?:most|many|some|half|all|nearly all|almost all|the majority|a majority|more than half|nearly half|about half) of (?:them|these|those)',
  '(?:some |about |around |nearly |over |more than |at least |almost )?\\d[\\d,.]*(?: (?:million|thousand|hundred))? of (?:them|these|those)',
];

/**
 * The claimant of news the article does not vouch for and no one is named for: "Reports that Zaranj had fallen could
 * not be confirmed", "Officials deny reports of Sar-e-Pul fall" (claims.ts, events.ts).
 */
export const UNCONFIRMED_CLAIMANT = 'unconfirmed reports';
