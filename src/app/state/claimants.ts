/**
 * Which side a claimant speaks for, so the map can be redrawn "as the Taliban tell it" or "as the Afghan
 * government tells it". The lexicon is data; `sideOf` only applies it. A claim in the article's own voice
 * (claimant null) is the outlet's, a third party.
 */

export type ClaimSide = 'taliban' | 'government' | 'third';
export type ClaimantFilter = 'all' | ClaimSide;

export const CLAIMANT_FILTERS: readonly ClaimantFilter[] = ['all', 'taliban', 'government', 'third'];

export const CLAIMANT_FILTER_LABELS: Record<ClaimantFilter, string> = {
  all: 'All claimants',
  taliban: 'Taliban',
  government: 'Afghan government',
  third: 'Third parties',
};

/** Patterns tried in order; the first that matches decides. Third parties come first so "Western security officials" is not read as Afghan. */
const SIDE_LEXICON: readonly { side: ClaimSide; pattern: RegExp }[] = [
  { side: 'third', pattern: /\b(western|u\.?s\.?|american|nato|iran(ian)?|tajik(istan)?|pakistan(i)?|russian?|chin(a|ese)|uzbek|turkmen|united nations|un|unhcr|iom|reuters|associated press|ap|afp|media)\b/i },
  { side: 'taliban', pattern: /\btaliban\b|\bmujahid\b|\bnaeem\b|\bshaheen\b/i },
  { side: 'government', pattern: /\b(afghan|government|ministry|ministries|interior|defen[cs]e|security|army|national army|police|governor|officials?|spokes(man|woman|person)|commander|kabul|president|ghani|council)\b/i },
];

/**
 * The side a claimant speaks for.
 * Example: `sideOf('Tariq Arian, spokesman for the Afghan interior ministry') === 'government'`,
 * `sideOf('Taliban spokesman') === 'taliban'`, `sideOf('Tajik authorities') === 'third'`, `sideOf(null) === 'third'`.
 */
export function sideOf(claimant: string | null | undefined): ClaimSide {
  if (!claimant) return 'third';
  for (const { side, pattern } of SIDE_LEXICON) if (pattern.test(claimant)) return side;
  return 'third';
}

/** Whether a claim from `side` is shown under `filter`. Example: `passes('all', 'taliban') === true`. */
export function passes(filter: ClaimantFilter, side: ClaimSide): boolean {
  return filter === 'all' || filter === side;
}
