/**
 * Lexicon of control claims: the phrases that say who holds a place. Data only; src/pipeline/claims.ts applies it.
 *
 * Each entry is a regular-expression source of literal words (no nested quantifiers, so matching stays linear) and
 * says where the place usually is: `after` the phrase ("seized Islam Qala") or `before` it ("Badghis is in Taliban
 * hands"). Passive forms of the `after` verbs ("has been captured") are detected in claims.ts, not listed here.
 */
import type { Controller } from '../../types';

export interface ControlPhrase {
  /** Regular-expression source, matched case-insensitively on word boundaries. */
  re: string;
  controller: Controller;
  side: 'after' | 'before';
  /** The phrase is a verb whose subject is the actor ("security forces captured X" is a government claim). */
  agentive?: boolean;
  /** Only a claim when a figure follows ("hold over 200 districts", "controls 85 percent"). */
  needsFigure?: boolean;
  /** The controller comes only from the subject; without a recognisable side the phrase claims nothing. */
  agentRequired?: boolean;
  /** The place must be the verb's object ("took Kunduz", "took the city of Kunduz"), not a later locative. */
  directObject?: boolean;
  /** A noun ("capture of"): its agent is a "by" phrase after it, like a passive. */
  nominal?: boolean;
  /** The subject loses the place ("the government lost control of Yawan"): the other side holds it. */
  loser?: boolean;
  /** The place must be the subject right before the phrase ("Kunduz fell", "the city of Kunduz fell"). */
  subjectPlace?: boolean;
  /** Only a claim when the clause goes on to a Taliban recipient ("handed Ghormach over to the Taliban"). */
  toTaliban?: boolean;
}

export const CONTROL_PHRASES: ControlPhrase[] = [
  // --- taken by the Taliban ---
  // "the area is now held by the Taliban": before the figure-only "hold" and the agentive "controlled" (no claim here).
  { re: '(?:held|controlled|occupied|run|ruled) by (?:the )?(?:taliban|militants|insurgents)', controller: 'taliban', side: 'before' },
  { re: '(?:held|controlled) by (?:the )?(?:(?:government|afghan|security|army|national) (?:forces|troops|army|soldiers)|(?:afghan |government )?(?:border|frontier) (?:forces|police|guards|troops|security forces))', controller: 'government', side: 'before' },
  { re: "(?:seized|seizes|seize|seizing|gained|gains|taken|took|takes|take|taking|assumed|wrested|grabbed) (?:full |complete |effective )?control (?:of|over)", controller: 'taliban', side: 'after', agentive: true },
  // "The group also claimed control of the Aqina crossing": a claim of control (the claimant is the subject).
  { re: "(?:claimed|claims|claiming|claim) (?:full |complete |effective )?control (?:of|over)", controller: 'taliban', side: 'after', agentive: true },
  // Headline compounds: "Kabul rejects Taliban claim of Zaranj capture", "reports of Kunduz takeover": the place as the
  // noun's modifier, only after a noun of report (not "Taliban in Kunduz capture two posts", a verb). Before the verbs,
  // which would take "capture" at the same place.
  { re: "(?<=\\b(?:claims?|reports?|rumou?rs?|news|assertions?|allegations?) of (?:the )?[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2} )(?:capture|takeover|take-over|seizure|fall)(?! of)", controller: 'taliban', side: 'before', agentive: true, nominal: true, subjectPlace: true },
  { re: '(?:seized|seizes|seize|seizing)', controller: 'taliban', side: 'after', agentive: true },
  { re: '(?:captured|captures|capture|capturing)', controller: 'taliban', side: 'after', agentive: true },
  { re: '(?:overran|overrun|overruns|overrunning)', controller: 'taliban', side: 'after', agentive: true },
  { re: '(?:taken over|took over|takes over|take over|taking over)', controller: 'taliban', side: 'after', agentive: true },
  { re: '(?:conquered|conquers|conquer)', controller: 'taliban', side: 'after', agentive: true },
  // Nouns: "the Taliban's capture of Kunduz", "the fall of Kabul" (the agent, if any, follows with "by").
  { re: '(?:takeover|capture|seizure|fall) of', controller: 'taliban', side: 'after', agentive: true, nominal: true, directObject: true },
  // "the district's capture", "Kunduz's fall": the possessor is the place (a side as possessor is the agent).
  { re: "['’](?<!(?:taliban|group|army|government|forces|ministry|insurgents|militants)['’])s (?:capture|fall|seizure|takeover)(?! of)", controller: 'taliban', side: 'before', agentive: true, nominal: true, subjectPlace: true },
  // "The Taliban entered Kabul": entering a place is taking it only with a side as subject.
  { re: '(?:entered|enters|entering)', controller: 'taliban', side: 'after', agentive: true, agentRequired: true, directObject: true },
  { re: 'fought (?:its|their) way (?:in|into)', controller: 'taliban', side: 'before' },
  { re: '(?:fallen|fell|falls|fall|fallen) (?:in)?to (?:the )?(?:taliban|militants|insurgents|insurgency|militant group|group)', controller: 'taliban', side: 'before' },
  // "had fallen to their fighters" (in a Taliban claim), "fell to the group's fighters".
  { re: "(?:fallen|fell|falls) (?:in)?to (?:their|its|the group's|the group’s|taliban) (?:fighters|forces|men|militants)", controller: 'taliban', side: 'before' },
  { re: '(?:fallen|fell) into (?:the hands of the taliban|taliban hands)', controller: 'taliban', side: 'before' },
  // "Kunduz fell on Sunday": a bare fall only right after the place's name (not "prices in Kabul fell").
  { re: '(?:fell|falls)(?! (?:to|into|in|by|from|sharply|short|silent|apart|back|behind|ill|asleep))', controller: 'taliban', side: 'before', subjectPlace: true },
  // "the crossing had fallen": the fall of a place, to whoever attacks it (a denial turns it into a government claim).
  { re: '(?:has|had|have) (?:now |already |reportedly |also |finally )?fallen', controller: 'taliban', side: 'before' },
  // "the crossing had been lost", "Kunduz was lost": a place lost, in the passive, right after it (a denial turns it
  // into the denier's government claim; "lives were lost in Kunduz" names no place as the subject).
  { re: '(?:(?:has|had|have) (?:now |already |reportedly |also )?been|was|were) lost', controller: 'taliban', side: 'before', subjectPlace: true },
  // "the district had been taken", "Kunduz was taken by government forces": a bare passive "taken" right after the
  // place (its agent, if any, in a "by" phrase), not "taken to hospital", "taken hostage", "taken by surprise".
  { re: '(?:(?:has|had|have) (?:now |already |reportedly |also )?been|was|were) taken(?! (?:to|from|into|away|hostage|prisoner|prisoners|captive|by surprise|off|out|back|over|care|seriously|as|part|place|refuge|shelter|note|action|steps|measures|advantage|charge|for|up|down|under|aback|ill|apart|aside|aboard)\\b)', controller: 'taliban', side: 'before', subjectPlace: true, agentive: true, nominal: true },
  { re: "in (?:taliban|the taliban's|militants'|insurgents') hands", controller: 'taliban', side: 'before' },
  { re: 'in the hands of the (?:taliban|militants|insurgents)', controller: 'taliban', side: 'before' },
  { re: "under (?:the )?(?:taliban|taliban's|group's|insurgents'|militants'|insurgent|militant) control", controller: 'taliban', side: 'before' },
  { re: '(?:under|in) (?:the )?control of the (?:taliban|militants|insurgents|group)', controller: 'taliban', side: 'before' },
  // The verb only: not the noun after a possessive or a determiner ("under Kabul's control", "their control").
  { re: "(?<!(?:'s|’s|under|their|its|his|her|the|of|government|full|effective|in|group's|insurgents'|militants') )(?:controls|control|controlled)(?! of)", controller: 'taliban', side: 'after', agentive: true, agentRequired: true },
  // "The Taliban also took Sar-e-Pul": a bare "take" is a capture only with a side as subject and a place as object.
  // "Taliban fighters took up positions inside Mazar-i-Sharif": whose positions depends on the subject.
  { re: '(?:took|take|takes|taking|taken) up positions (?:in|inside|around|across|throughout)', controller: 'taliban', side: 'after', agentive: true, agentRequired: true },
  { re: '(?:took|take|takes|taking|taken)(?! (?:part|place|refuge|office|over|control|back|shelter|hold|steps|action|measures|time|note|care|advantage|responsibility|charge|power))', controller: 'taliban', side: 'after', agentive: true, agentRequired: true, directObject: true },
  // "where the Taliban now hold most of the city": a share of a place needs no figure.
  { re: '(?:hold|holds|held|holding)(?= (?:most|much|large parts|parts|all|half|the rest|swaths|large swaths) of)', controller: 'taliban', side: 'after', agentive: true, agentRequired: true },
  // "The Taliban now hold the border town of Torghundi": a named place as the object of a side's "hold" (a figure
  // after it, "hold over 200 districts", or all of a class, "hold all 34 provincial capitals", is the national claim below).
  { re: '(?:hold|holds|held|holding)(?! (?:over|more|about|around|nearly|almost|some|at least|up to|roughly|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores|a third|a quarter|a half|half|two-thirds|three-quarters|the majority|a majority|all [0-9]+|all (?:the )?(?:country\'s )?(?:provincial capitals|major cities|cities))\\b)', controller: 'taliban', side: 'after', agentive: true, agentRequired: true, directObject: true },
  { re: '(?:hold|holds|held)', controller: 'taliban', side: 'after', agentive: true, needsFigure: true },
  // "was handed over to the Taliban", "surrendered Dand-e-Patan to the insurgents": given up to the Taliban.
  { re: '(?:was|were|been|is|are) (?:handed over|surrendered|ceded|given up|abandoned) to (?:the )?(?:taliban|militants|insurgents|group)', controller: 'taliban', side: 'before' },
  { re: '(?:handed over|handed|hands over|handing over|surrendered|surrenders|ceded|cedes|gave up|gives up)', controller: 'taliban', side: 'after', toTaliban: true, directObject: true },
  { re: '(?:raised|raise|raises|raising|hoisted|hoist|hoists|hoisting|planted) (?:their|its|the taliban|the taliban\'s)? ?(?:white )?(?:flags?|banners?) (?:over|on|at|in|above)', controller: 'taliban', side: 'after', agentive: true, agentRequired: true },
  // "the government has lost control of Yawan district": the loser's opponent holds it.
  { re: '(?:lost|lose|loses|losing) (?:full |complete |effective )?control (?:of|over)', controller: 'taliban', side: 'after', agentive: true, agentRequired: true, loser: true },
  // "Afghan forces lost Kunduz", "denied that government forces had lost the city": the place as the object.
  { re: '(?:lost|lose|loses|losing)(?! (?:control|contact|touch|their|its|his|her|lives|life|ground|momentum|power|support|ties|the war|the battle|the fight|faith|hope|access|track|interest|patience|confidence|weight|sight|count|out)\\b)', controller: 'taliban', side: 'after', agentive: true, agentRequired: true, loser: true, directObject: true },
  // "Government forces withdrew from Bala Murghab district": the side that pulls out leaves the place to the other.
  { re: '(?:retreated|withdrew|withdrawn|pulled out|pulled back|abandoned)(?: from)?', controller: 'taliban', side: 'after', agentive: true, agentRequired: true, loser: true, directObject: true },
  // "Taliban fighters now man the Afghan side of the crossing": whoever guards a place holds it (the side from the
  // subject; "the" is required so that the noun "a man" is not read as the verb).
  { re: '(?:man|mans|manned|manning|guard|guards|guarded|guarding|patrol|patrols|patrolled|patrolling) the', controller: 'taliban', side: 'after', agentive: true, agentRequired: true },
  // "the Taliban-held district of Musa Qala", "government-controlled Lashkar Gah".
  { re: '(?:taliban|insurgent|militant)-(?:held|controlled|run|dominated)', controller: 'taliban', side: 'after' },
  { re: '(?:government|state|kabul)-(?:held|controlled)', controller: 'government', side: 'after' },
  // "X are in control of Y": whose control depends on X ("security forces remain in control of the city").
  { re: '(?:are|is|was|were|remain|remains|remained|been) (?:still |now |firmly |fully )?in (?:full |firm )?control of(?! the (?:taliban|militants|insurgents|group))', controller: 'taliban', side: 'after', agentive: true, agentRequired: true },
  // --- taken back by the government ---
  { re: '(?:recaptured|recaptures|recapture|recapturing|retook|retake|retaken|retakes|retaking)', controller: 'government', side: 'after', agentive: true },
  { re: '(?:wrested|wrest|regained|regain|regains|reasserted|reassert|reasserts|restored|restore) (?:back )?(?:full |complete )?control (?:of|over)', controller: 'government', side: 'after' },
  // "regained the Imam Sahib district", "liberated Qaisar": the place must be the object.
  { re: '(?:regained|regain|regains|reclaimed|reclaim|reclaims|liberated|liberate|liberates|freed)', controller: 'government', side: 'after', agentive: true, directObject: true },
  { re: '(?:took|taken|take|takes) back (?:control of )?', controller: 'government', side: 'after' },
  // ("pushed the insurgents back from Injil": the attackers driven off, the place held.)
  { re: '(?:driven|drove|drive|pushed|push|forced|expelled|cleared) (?:the )?(?:taliban |militant |insurgent )?(?:taliban|militants|insurgents|fighters) (?:back )?(?:out of|from)', controller: 'government', side: 'after' },
  // Passive, with the Taliban as the subject: "The Taliban were driven out of Arghistan district" (not "residents were
  // forced out of Kunduz", which is displacement).
  { re: '(?:taliban|militants|insurgents) (?:were|was|have been|has been|had been) (?:driven|pushed|forced|chased|expelled|flushed|ousted|cleared) (?:out of|from)', controller: 'government', side: 'after' },
  // A quoted state ('it was "under the control of the security forces"') is the same claim; a crossing's own guards
  // ("Afghan border forces", "the border police") are the government's (not "Iranian border guards").
  { re: '(?:remains|remain|remained|is|are|was|were|still) (?:still |back |firmly |now |once again |again )?["“]?under (?:the )?(?:(?:full |complete |firm |effective )?control of (?:the )?(?:(?:government|afghan|security|national) (?:forces|troops|army|security forces)|(?:afghan |government )?(?:border|frontier) (?:forces|police|guards|troops|security forces))|government control|the control of the government|kabul\'s control)', controller: 'government', side: 'before' },
  { re: 'in (?:the )?government hands', controller: 'government', side: 'before' },
  // A denied fall in the speaker's own words: "Chora district has not fallen", "the crossing was not captured".
  { re: '(?:has|have|had|did|was|were|is) not (?:yet )?(?:fallen|fall|been (?:captured|taken|overrun|seized|lost)|captured|taken|overrun|seized|lost)', controller: 'government', side: 'before' },
  // --- fought over ---
  // "fought on Monday to push the Taliban out of Ghazni", "battling to retake Kunduz": an attempt, so contested.
  { re: '(?:fought|fighting|fight|fights|battled|battling|battle|battles|struggled|struggling)(?: on [a-z]+day| hard| fiercely)? to (?:push|drive|clear|flush|dislodge|expel|oust|evict|retake|recapture|regain|reclaim|take back|hold|defend|repel|repulse)', controller: 'contested', side: 'after' },
  // "repelled/repulsed a Taliban attack on Maimana": an attack beaten off, the place fought over.
  { re: '(?:repelled|repulsed|repelling|repulsing|fended off|fought off|beat back|beaten back|pushed back)(?: an?| the| several| multiple| repeated)?(?: [a-z]+){0,2}? (?:attacks?|assaults?|offensives?|advances?) (?:on|against|in|near|around)', controller: 'contested', side: 'after' },
  // (Not a fight against a disease or a disaster: "fighting a cholera outbreak in Herat".)
  { re: '(?:fighting|clashes|clashed|battles|battle|gunfight|firefight|heavy fighting|fierce fighting)(?! (?:a |an |the )?(?:[a-z]+ )?(?:outbreak|outbreaks|pandemic|epidemic|virus|disease|covid|cholera|polio|fire|fires|wildfires?|drought|famine|hunger|poverty|corruption|floods?|locusts?)\\b)(?: [a-z]+){0,4}? (?:between [^.;]{0,80}? )?(?:in|for|around|near|over|across|inside|on the (?:(?:north|south|east|west)(?:ern)? )?(?:outskirts|edges?|fringes?) of)', controller: 'contested', side: 'after' },
  // "were battling government forces on the outskirts of Kandahar", "fought the Taliban in Kunduz": the verb with a
  // side as its object (not "battling a cholera outbreak in Herat").
  { re: '(?:battling|battled|battle|battles|fought|fighting|fight|fights) (?:the )?(?:(?:afghan|government|security|pro-government|national|taliban|special|local) )*(?:forces|troops|taliban|militants|insurgents|army|soldiers|fighters|commandos|police)(?: [a-z]+){0,3}? (?:in|for|around|near|inside|on the outskirts of|on the edge of)', controller: 'contested', side: 'after' },
  // ("surrounding" only as a verb: not "fled to Kunduz from the surrounding districts".)
  // "airstrikes on Taliban positions in Lashkar Gah", "shelled insurgent hideouts near Kunduz": a campaign, the place
  // fought over (not one strike: "an airstrike targeted Taliban positions in Helmand" is an attack, context.ts).
  { re: "(?:airstrikes|air strikes|air raids|bombardment|shelling|bombarded|pounded|shelled) (?:on |of |against )?(?:the )?(?:taliban|militant|militants|insurgent|insurgents)(?:'|’|'s|’s)? (?:positions|hideouts|targets|fighters|strongholds|gatherings|bases|compounds)(?: [a-z]+){0,2}? (?:in|around|near|inside|on the outskirts of)", controller: 'contested', side: 'after' },
  // An advance on a place: "pushed into the outskirts of Kandahar", "are closing in on Lashkar Gah".
  { re: '(?:pushed|push|pushes|pushing|moved|advanced|advancing|broke|breaking) (?:deep )?(?:into|to) (?:the )?(?:outskirts|edges?|suburbs|gates|outer districts) of|(?:closing|closed|closes|close) in on|(?:advanced|advancing|advances|marched|marching|converged|converging) on(?! (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the (?:issue|talks|question|deal|proposal|plan)|[0-9]))', controller: 'contested', side: 'after' },
  { re: '(?:stormed|storming|besieging|laid siege to|launched an offensive on|encircled|encircling|surrounded|(?<!(?:the|its|their|from|in|of|and) )surrounding(?! (?:districts?|villages?|areas?|provinces?|countryside|region|regions|towns?|hills|mountains)\\b)|besieged|have besieged|cut off)', controller: 'contested', side: 'after' },
  // "pressed their assault on the city", "the siege of Ghazni", "the Taliban's advance on Herat" (not "attack on",
  // which is as often a bombing, nor "one of the deadliest assaults on the capital", "a suicide assault on").
  { re: '(?<!(?:deadliest|bloodiest|worst|suicide|gun|bomb|rocket|terror|terrorist) )(?:assault|assaults|offensive|offensives|siege) (?:on|against|of)|advance (?:on|against)', controller: 'contested', side: 'after' },
  // "The insurgents were pushed back from the gates of Lashkar Gah": an attack beaten off.
  { re: '(?:pushed|driven|beaten|forced) back from', controller: 'contested', side: 'after' },
  { re: '(?:is|are|was|were|remains|remained|has been|have been|had been) (?:now |still )?(?:under siege|besieged|surrounded)', controller: 'contested', side: 'before' },
  // "Sheberghan is under heavy attack", "came under Taliban fire" (a place under attack is fought over).
  { re: '(?:is|are|was|were|remains|remained|has been|have been|had been|came|comes|come) (?:now |still |again )?under (?:heavy |sustained |fierce |intense |renewed |constant |a )?(?:taliban |insurgent |militant )?(?:attack|attacks|assault|fire|rocket fire|siege)', controller: 'contested', side: 'before' },
  // "Taliban militants attacked the outskirts of Herat": an attack on a town's edge or gates is an assault on it (not
  // "attacked a mosque in Kabul", a bombing).
  { re: '(?:attacked|attacking|attack|attacks|attacks on|attack on) (?:the )?(?:outskirts|edges?|gates|suburbs|outer districts|defences|defenses|defensive lines) of', controller: 'contested', side: 'after' },
];

/** Extent words kept with a claim ("most of Badakhshan"). Longest first. */
export const EXTENT_WORDS = [
  'large swaths of', 'large parts of', 'large part of', 'two-thirds of', 'one-third of', 'three-quarters of', 'the rest of',
  'the whole of', 'the entire', 'nearly all of', 'almost all of', 'most of', 'much of', 'parts of', 'part of', 'half of',
  'all of', 'areas of', 'swaths of', 'the centre of', 'the center of', 'the outskirts of', 'the edge of',
  'several districts of', 'several districts in', 'many districts of', 'many districts in', 'most districts of',
  'most districts in',
];

/** Units that make a figure a national claim ("200 districts", "85 percent"). */
export const FIGURE_UNITS = ['districts', 'district centres', 'district centers', 'provinces', 'provincial capitals', 'percent', 'per cent', '%', 'territory', 'territories', 'of the country'];

/**
 * Words between a possessive country and the places it has ("Afghanistan's second- and third-largest cities", "the
 * country's biggest northern city"): ranks and kinds, never verbs.
 */
export const COUNTRY_PLACE_MODIFIERS = [
  'and', 'or', 'two', 'three', 'four', 'five', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'largest', 'biggest', 'most', 'populous', 'important', 'major', 'main', 'key', 'big', 'large', 'strategic', 'commercial',
  'economic', 'busiest', 'border', 'provincial', 'remaining', 'other', 'northern', 'southern', 'eastern', 'western', 'central',
];
/** The places a possessive country may qualify; a claim on them is not one on the country. */
export const COUNTRY_PLACE_NOUNS = ['cities', 'city', 'towns', 'town', 'provincial capitals', 'capitals', 'capital', 'provinces', 'province', 'districts', 'district', 'border crossings', 'crossings', 'crossing', 'ports', 'port'];

/** Words naming the Taliban side (agents of a capture). */
export const TALIBAN_WORDS = ['taliban', 'insurgents', 'insurgent', 'militants', 'militant', 'fighters', 'the group', 'islamist', 'mujahideen', 'they'];

/**
 * Who speaks for the Taliban when they reject a claim ("The insurgents rejected the ministry's claim", "Zabihullah
 * Mujahid, a Taliban spokesman, dismissed the reports"): the group's own words and its spokesmen's names.
 */
export const TALIBAN_SPEAKER_WORDS = [
  'taliban', 'insurgents', 'insurgent', 'militants', 'militant', 'the group', 'mujahideen', 'islamic emirate',
  'zabihullah mujahid', 'zabiullah mujahid', 'qari yousuf ahmadi', 'qari yusuf ahmadi', 'suhail shaheen', 'mohammad naeem',
  'muhammad naeem', 'bilal karimi',
];

/** Words naming the government side (agents of a recapture, or "security forces captured X"). */
export const GOVERNMENT_WORDS = ['security forces', 'government forces', 'afghan forces', 'afghan army', 'national army', 'ana', 'commandos', 'troops', 'soldiers', 'police', 'army', 'government', 'defence ministry', 'defense ministry'];

/** Objects that make "captured"/"seized" about people or goods, not territory ("captured a Taliban commander in X"). */
export const NON_TERRITORIAL_OBJECTS = [
  'commander', 'commanders', 'leader', 'leaders', 'fighters', 'fighter', 'militants', 'insurgents', 'members', 'suspects',
  'suspect', 'weapons', 'arms', 'ammunition', 'vehicles', 'humvees', 'equipment', 'drugs', 'heroin', 'opium', 'hashish',
  'hostages', 'hostage', 'prisoners', 'prisoner', 'journalist', 'journalists', 'kg', 'kilograms', 'tons', 'tonnes',
  'cache', 'shipment', 'consignment', 'trucks', 'truck', 'tanker', 'tankers', 'goods', 'cash', 'money', 'helicopter',
  'aircraft', 'drone', 'image', 'images', 'moment', 'attention', 'imagination',
];

/**
 * Nouns of a reported claim ("reports that Islam Qala had fallen", "the Taliban's claim to have captured Zaranj"):
 * a capture inside one is only as true as the claim, so a denial or a falsity word about the noun denies it.
 */
export const CLAIM_NOUNS = ['claims', 'claim', 'reports', 'report', 'rumours', 'rumour', 'rumors', 'rumor', 'assertions', 'assertion', 'allegations', 'allegation'];

/** Who may own such a claim on the Taliban side ("the Taliban's claim", "claims by the insurgents"). */
export const CLAIM_OWNERS = ['taliban', 'insurgents', 'militants', 'group'];

/** Predicates that call a claim untrue ("the claim was false", "reports ... were baseless"). */
export const FALSITY_WORDS = [
  'false', 'untrue', 'not true', 'baseless', 'groundless', 'unfounded', 'incorrect', 'wrong', 'fabricated', 'fake',
  'inaccurate', 'a lie', 'lies', 'propaganda', 'rumours', 'rumors',
];

/**
 * Extent words that leave part of a place to the other side: fighting there still makes it contested. (Not "areas
 * of": "fighting in Taliban-held areas of Helmand" is fighting inside what the Taliban hold.)
 */
export const PARTIAL_EXTENTS = [
  'most of', 'much of', 'parts of', 'part of', 'large parts of', 'large part of', 'half of', 'two-thirds of',
  'one-third of', 'three-quarters of', 'the outskirts of', 'the edge of',
];

/** Shares of a place's districts ("seven districts", "most districts"), as a "where" clause gives them: partial. */
export const PARTIAL_SHARE = /\bdistricts?\b|\bdistrict cent(?:re|er)s\b|\bvillages\b|\bneighbou?rhoods\b/;

/**
 * Plural classes of places a claim may name before listing some of them ("overran four districts in Ghor province,
 * including Taiwara and Pasaband"): each place listed is claimed too. Longest first.
 */
export const PLACE_CLASS_PLURALS = [
  'provincial capitals', 'district centres', 'district centers', 'district headquarters', 'border crossings', 'border towns',
  'border posts', 'border ports', 'population centres', 'population centers', 'urban centres', 'urban centers', 'districts',
  'provinces', 'cities', 'towns', 'crossings', 'capitals', 'areas', 'parts', 'regions',
];

/** Words that open a list of some members of the class just named ("..., among them Qaisar and Almar"). */
export const MEMBER_LIST_OPENERS = ['including', 'among them', 'among which', 'among those', 'such as', 'notably', 'namely', 'in particular', 'chief among them'];
