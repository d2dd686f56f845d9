/**
 * Lexicon of modality: words that make a clause hypothetical, a forecast, an attempt or a negation, so that no event
 * is drawn from it ("could result in millions of refugees", "preparing for an influx", "efforts to recapture").
 * Data only; src/pipeline/modality.ts applies it.
 */

/** Single words before a trigger (within its clause) that block it. */
export const BLOCKING_WORDS = [
  'not', "n't", 'never', 'no', 'will', 'would', 'could', 'might', 'may', 'should', 'shall', 'if', 'unless', 'whether',
  'cannot', 'can', 'wants', 'want', 'wanted', 'plan', 'plans', 'planned', 'planning', 'threatened', 'threatens',
  'failed', 'fails', 'fail', 'trying', 'tried', 'try', 'attempt', 'attempts', 'attempted', 'attempting', 'effort',
  'efforts', 'bid', 'expected', 'likely', 'unlikely', 'possible', 'possibility', 'feared', 'fears', 'fear', 'risk',
  'preparing', 'prepare', 'prepared', 'ready', 'vowed', 'vows', 'aim', 'aims', 'aimed', 'seeking', 'seek', 'hopes',
  'hope', 'allow', 'allowed', 'prevent', 'prevented', 'stop', 'stopped', 'avoid', 'influx', 'without',
];

/** Words that, immediately before a trigger, make it an infinitive or a purpose clause ("to retake", "to escape"). */
export const INFINITIVE_MARKERS = ['to', 'to be'];

/** Words that end a clause when looking back from a trigger for blocking words. */
export const CLAUSE_BREAKS = ['that', 'which', 'who', 'as', 'while', 'after', 'before', 'when', 'and', 'but', 'amid', 'since', 'because'];

/**
 * Verbs of permission that make what their object does happen when they are themselves asserted ("reopened the
 * crossing, allowing some 4,000 Afghans to return"): with "to" before the infinitive, and without ("letting 2,500
 * Afghans go back"). Only forms that are not bare infinitives: "would allow", "refused to allow" stay blocked.
 */
export const PERMISSION_VERBS_TO = ['allowing', 'allowed', 'enabling', 'enabled', 'permitting', 'permitted', 'helping', 'helped'];
export const PERMISSION_VERBS_BARE = ['letting', 'let', 'lets', 'helping', 'helped'];

/**
 * A forecast of an event whose noun is its subject ("Fighting could rage in Kandahar", "clashes may erupt in Herat",
 * "talks are expected to resume"): the modal forms, then the verbs that say the event itself takes place (not its
 * consequences: "the attack could derail talks" still reports an attack; nor its going on: "fighting is expected to
 * continue", "could last for weeks" say it is under way). Regex sources.
 */
export const FORECAST_MODALS = [
  'could', 'may', 'might', 'would', 'will', 'shall', 'should', 'can', 'cannot', "won't", "couldn't",
  '(?:is|are|was|were) (?:widely )?(?:expected|likely|set|due|scheduled|poised|feared) to', 'threatens to', 'threaten to',
  'threatened to', 'threatening to',
];
export const FORECAST_VERBS = [
  'rage', 'erupt', 'break out', 'flare(?: up)?', 'spread', 'spill over', 'intensify', 'escalate', 'resume', 'start',
  'begin', 'take place', 'occur', 'happen', 'ensue', 'follow', 'go ahead', 'open', 'reach',
  'engulf', 'hit', 'strike', 'come', 'worsen', 'grow', 'increase', 'be held', 'be launched', 'be deployed', 'be sent',
];
