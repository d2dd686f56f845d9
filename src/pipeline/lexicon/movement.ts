/**
 * Lexicon of displacement: phrases of flight and return, the prepositions that introduce a destination or an
 * origin, and the nouns naming who moves. Data only; src/pipeline/movements.ts applies it.
 */

export interface MovementPhrase {
  /** Regular-expression source of literal words, matched case-insensitively on word boundaries. */
  re: string;
  direction: 'flight' | 'return';
  /** The phrase itself takes the destination as object ("entered Iran", "crossed into Tajikistan"). */
  objectIsDestination?: boolean;
  /** The phrase takes the origin as object ("fled Afghanistan", "left Kunduz"). */
  objectIsOrigin?: boolean;
  /** Refuge phrases: the destination may sit anywhere in the sentence ("granted refuge by the Pakistan Army"). */
  refuge?: boolean;
  /** Transitive: the movers may be the object ("Iran deported 750,000 Afghans") when no subject names them. */
  groupAsObject?: boolean;
  /** Arriving "at the border" is not crossing it: a border is no destination of this phrase. */
  notAtBorder?: boolean;
  /** Crossing a border river ("swam across the Amu Darya"): only a move abroad; the river's neighbour when none is named. */
  river?: boolean;
  /** The subject (a neighbouring country, possibly the speaker: "Tajikistan said it had received") is the destination. */
  subjectIsDestination?: boolean;
  /** A return when it runs from abroad into Afghanistan, else read as a flight ("crossed from X into Y"). */
  eitherWay?: boolean;
  /** Only a movement into an Afghan place named after "to"/"into": turned back at the border, never across, is none. */
  namedDestination?: boolean;
}

/**
 * Rivers that form Afghanistan's borders, with the one neighbour across them (null where they border several: the Amu
 * Darya faces Tajikistan, Uzbekistan and Turkmenistan; the Harirud Iran and Turkmenistan). Lower-case names.
 */
export const BORDER_RIVERS: { names: string[]; neighbour: string | null }[] = [
  { names: ['panj', 'pyanj', 'pyandzh', 'pyandj'], neighbour: 'TJ' },
  { names: ['amu darya', 'amudarya', 'amu', 'oxus'], neighbour: null },
  { names: ['harirud', 'hari rud', 'hari-rud', 'hari', 'tejen'], neighbour: null },
];

const RIVER_NAMES = BORDER_RIVERS.flatMap((r) => r.names).sort((a, b) => b.length - a.length).join('|');

export const MOVEMENT_PHRASES: MovementPhrase[] = [
  // "crossed the Panj river into Tajikistan", "swam across the Amu Darya to Uzbekistan", "waded the river into Iran".
  { re: `(?:crossed|cross|crosses|crossing|swam|swim|swims|swimming|waded|wade|wades|wading|forded|ford|fords|fording)(?: over| across)? the (?:(?:river )?(?:${RIVER_NAMES})(?: river)?|river)`, direction: 'flight', objectIsDestination: true, river: true },
  // "fled to", "fled into", "fled across to", "fled over into".
  { re: '(?:fled|flee|flees|fleeing)(?: across| over)? (?:in)?to', direction: 'flight', objectIsDestination: true },
  { re: '(?:fled|flee|flees|fleeing) across', direction: 'flight', objectIsDestination: true },
  { re: '(?:fled|flee|flees|fleeing)', direction: 'flight', objectIsOrigin: true },
  { re: '(?:escaped|escape|escapes|escaping)(?: across| over)? (?:in)?to', direction: 'flight', objectIsDestination: true },
  { re: '(?:escaped|escape|escapes|escaping) across', direction: 'flight', objectIsDestination: true },
  // "made their way into Pakistan", "made his way across the border to Iran".
  { re: '(?:made|make|makes|making) (?:their|his|her|its) way(?: across the (?:border|frontier))?(?: (?:in)?to| across)', direction: 'flight', objectIsDestination: true },
  // "families have left the city for Herat": a flight only with a destination after "for"/"to" (movements.ts).
  { re: '(?:left|leaving|leave|leaves)', direction: 'flight', objectIsOrigin: true },
  { re: '(?:retreated|retreat|retreats|retreating|withdrew|withdrawn) (?:in)?to', direction: 'flight', objectIsDestination: true },
  // "crossed back into Afghanistan": a return (before the plain crossing, which would read it as a flight; "crossed
  // back into Pakistan" stays one).
  { re: '(?:crossed|cross|crosses|crossing) back (?:over )?(?:in)?to(?= afghanistan\\b)', direction: 'return', objectIsDestination: true },
  { re: '(?:crossed|cross|crosses|crossing)(?: over)? (?:in)?to', direction: 'flight', objectIsDestination: true },
  { re: '(?:crossed|cross|crosses|crossing)(?: over)? the (?:border|frontier)', direction: 'flight', objectIsDestination: true },
  // "crossed from Iran into Nimroz" is a return, "crossed from Afghanistan into Iran" a flight: the places decide.
  { re: '(?:crossed|cross|crosses|crossing)(?: back)? from', direction: 'return', objectIsOrigin: true, eitherWay: true },
  { re: '(?:entered|enter|enters|entering)', direction: 'flight', objectIsDestination: true },
  { re: '(?:arrived|arrive|arrives|arriving) (?:in|at)', direction: 'flight', objectIsDestination: true, notAtBorder: true },
  { re: '(?:poured|pour|pouring|streamed|stream|streaming|spilled|spilling|flooded|flooding|flocked|flocking|headed|heading)(?: across the (?:border|frontier))? (?:in)?to', direction: 'flight', objectIsDestination: true },
  { re: '(?:reached|reach|reaches|reaching|made it to|makes it to)', direction: 'flight', objectIsDestination: true, notAtBorder: true },
  { re: '(?:have|has|had) (?:gone|moved|relocated) to', direction: 'flight', objectIsDestination: true },
  { re: '(?:displaced|uprooted|evacuated|relocated) to', direction: 'flight', objectIsDestination: true },
  // Carried across by others: "wounded soldiers were brought across the border to Chaman", "were taken across into
  // Iran", "were carried over the frontier to Pakistan" (the passive only: "brought aid across the border" moves goods).
  { re: '(?:were|was|been|being|are|is)(?: (?:reportedly|then|later|also|quickly|safely|secretly))? (?:brought|taken|carried|transported|ferried|driven|rushed|smuggled|moved) (?:across|over)(?: the (?:border|frontier))?(?: (?:in)?to)?', direction: 'flight', objectIsDestination: true },
  { re: '(?:displaced|uprooted|evacuated|relocated) from', direction: 'flight', objectIsOrigin: true },
  // "1,500 families have been displaced in Kunduz province": displaced where they lived, destination unstated.
  { re: '(?:displaced|uprooted) (?:in|within)', direction: 'flight', objectIsOrigin: true },
  { re: '(?:sought|seek|seeks|seeking|took|taken|take|taking|found|find) (?:refuge|shelter|asylum|safety)', direction: 'flight', refuge: true },
  { re: '(?:granted|given|giving|granting|grants|gives|offered|asked for|requested|received) (?:[\'"“‘])?(?:refuge|asylum|shelter|safe passage)', direction: 'flight', refuge: true },
  { re: 'safe passage (?:in)?to', direction: 'flight', objectIsDestination: true },
  { re: '(?:returned|return|returns|returning|repatriated|repatriating|deported|sent back|forced back|pushed back) (?:home )?(?:to|in)', direction: 'return', objectIsDestination: true },
  { re: '(?:returned|return|returns|returning|repatriated|repatriating|deported|expelled|sent back|forced back|pushed back|came back|come back|comes back|coming back) (?:home )?from', direction: 'return', objectIsOrigin: true },
  { re: '(?:came|come|comes|coming) back (?:home )?(?:to|in)', direction: 'return', objectIsDestination: true },
  // "letting 2,500 Afghans go back to Afghanistan".
  { re: '(?:went|go|goes|going|gone) back (?:home )?(?:in)?to', direction: 'return', objectIsDestination: true },
  // "were pushed back into Afghanistan", "turned back to Afghanistan", "turned back from Iran": sent back from abroad.
  // (Turned back at the border, never having crossed, is no movement: movements.ts.)
  { re: '(?:pushed|forced|sent|turned) back (?:home )?into|(?:turned|turns|turning) back (?:home )?to', direction: 'return', objectIsDestination: true },
  { re: '(?:turned|turns|turning) back from', direction: 'return', objectIsOrigin: true },
  // "Pakistan turned back 1,000 Afghans to Afghanistan", "Iranian guards pushed back 300 Afghans into Afghanistan":
  // sent back by the subject's country (not "turned back 300 Afghans at the border").
  { re: '(?:turned|turns|turning|pushed|pushes|pushing|forced|forces|forcing) back', direction: 'return', groupAsObject: true, namedDestination: true },
  { re: '(?:returned|return|returns|returning|went|gone|go|going|headed|heading)(?: back)? home', direction: 'return' },
  // "allowing hundreds of families to return.", "helped them go back on Monday": a bare infinitive return, which only
  // a permission or compulsion lets through modality (movements.ts); the origin must still be named (returnFlow).
  // (Not the noun: "awaited their return.", "the refugees' return".)
  { re: '(?:(?<!(?:the|their|a|his|her|its|our|your|my|safe|voluntary|[\'’]s|s[\'’]) )return|go back|come back)(?=\\s*(?:[.,;:!?"”)]|$)|\\s+(?:on|last|this|over|during|since|after|before|within|through|via)\\b)', direction: 'return' },
  // "Uzbekistan returned 150 soldiers to Afghanistan": a count right after makes "returned" transitive.
  { re: '(?:returned|returns|returning)(?= (?:(?:some|about|around|nearly|more than|over|at least|all) )?[0-9,]+ )', direction: 'return', groupAsObject: true },
  // "Tajikistan said it had received 1,500 Afghan refugees": the receiving country is the destination.
  { re: '(?:received|receives|receiving|took in|taken in|takes in|admitted|admits|welcomed|welcomes)', direction: 'flight', groupAsObject: true, subjectIsDestination: true },
  // "Iran deported 750,000 Afghans", "were forcibly returned", "Pakistan expelled thousands of refugees".
  { re: '(?:deported|deporting|deports|deport|expelled|expelling|expels|expel|sent back|sends back|sending back|sent home|sends home|sending home|handed back|hands back|repatriated|repatriates|forcibly returned|forcibly returning|forcibly repatriated|forcibly returns|forcibly return)', direction: 'return', groupAsObject: true },
];

/**
 * Border posts on the far side of a crossing, by gazetteer id → the Afghan crossing they face: "returned through
 * Chaman" passed through Spin Boldak.
 */
export const COUNTERPART_POSTS: Record<string, string> = {
  'city:PK:chaman': 'xing:spin-boldak',
  'city:PK:landi-kotal': 'xing:torkham',
  'city:IR:dogharoun': 'xing:islam-qala',
  'city:UZ:termez': 'xing:hairatan',
  'city:TJ:panji-poyon': 'xing:sher-khan-bandar',
  'city:TM:serhetabat': 'xing:torghundi',
  'city:TM:imamnazar': 'xing:aqina',
};

/** Groups that were counted arriving already: where returnees are "heading to" is not a new movement. */
export const ARRIVED_GROUP_WORDS = ['returnees', 'deportees', 'repatriates', 'returning'];

/** Prepositions that introduce a destination after a movement phrase. */
export const DESTINATION_PREPS = ['to', 'into', 'in', 'at', 'across', 'towards', 'toward', 'for'];
/** Prepositions that introduce the crossing a movement passes through. */
export const VIA_PREPS = ['through', 'via', 'over', 'across', 'at', 'by way of'];
/** Prepositions that introduce an origin. */
export const ORIGIN_PREPS = ['from', 'out of'];

/** Nouns naming people who move (plural heads of the group phrase). */
export const GROUP_NOUNS = [
  'soldiers', 'troops', 'servicemen', 'personnel', 'officials', 'officers', 'policemen', 'police', 'guards', 'civilians',
  'refugees', 'asylum seekers', 'migrants', 'families', 'people', 'afghans', 'residents', 'villagers', 'returnees',
  'idps', 'displaced', 'children', 'women', 'men', 'members', 'workers', 'staff', 'citizens', 'nationals', 'households',
  'individuals', 'persons', 'arrivals', 'tajiks', 'uzbeks', 'turkmen', 'hazaras', 'pashtuns', 'students', 'employees',
  // Trades and walks of life ("truck drivers and traders", "shopkeepers"): people, unlike "trucks" or "goods".
  'drivers', 'truckers', 'traders', 'merchants', 'shopkeepers', 'businessmen', 'businesspeople', 'farmers', 'labourers',
  'laborers', 'doctors', 'nurses', 'teachers', 'journalists', 'activists', 'patients', 'pilgrims', 'travellers',
  'travelers', 'passengers', 'elders', 'tribesmen', 'youths', 'herders', 'nomads', 'teenagers', 'minors', 'boys', 'girls',
];

/**
 * Objects of a verb of expulsion that are the people sent back, whoever the agent ("Iranian border guards deported 300
 * Afghans"); other objects ("expelled a group of journalists") leave the subject as the group.
 */
export const EXPELLED_GROUP_WORDS = [
  'afghans', 'afghan', 'refugees', 'migrants', 'asylum seekers', 'families', 'people', 'returnees', 'deportees',
  'nationals', 'citizens', 'soldiers', 'servicemen', 'troops', 'personnel', 'civilians', 'undocumented',
];

/** Words before a foreign town that say a border was crossed beside it ("crossed the border illegally near Termez"). */
export const NEAR_TOWN_PREPS = ['near', 'close to', 'opposite', 'next to', 'outside', 'at', 'into'];

/** Groups whose travel is not displacement (delegations, the Taliban's own fighters, foreign armies). */
export const EXCLUDED_GROUP_WORDS = [
  'delegation', 'delegations', 'delegate', 'envoy', 'minister', 'diplomats', 'taliban', 'fighters', 'militants',
  'insurgents', 'commandos', 'reinforcements', 'us', 'u.s.', 'american', 'nato', 'foreign', 'international', 'coalition',
  'pakistani', 'iranian', 'russian', 'chinese', 'tajik troops', 'uzbek troops', 'reservists', 'militias', 'paramilitary',
];

/** Words after which "the border" or "the frontier" refers to the article's crossing or border. */
export const BORDER_ANAPHORS = ['border', 'frontier', 'crossing', 'border crossing', 'border post', 'border port'];
