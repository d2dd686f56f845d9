/**
 * Lexicon of context events: talks and visits, violence with casualties, military mobilisation. Data only;
 * src/pipeline/context.ts applies it.
 */
import type { ContextKind } from '../../types';

export const CONTEXT_PHRASES: { re: string; kind: Exclude<ContextKind, 'statement'> }[] = [
  { re: '(?:talks|negotiations|negotiate|negotiating|dialogue|summit|meeting|meetings|met with|met|visited|visit|visits|hosted|hosting|hosts (?:talks|a meeting|a delegation|the delegation|a conference)|consultations|conference)', kind: 'talks' },
  { re: '(?:killed|killing|wounded|injured|dead|died|attack|attacks|attacked|bombings|bombing|bombs|bomb|blasts|blast|explosions|explosion|suicide|airstrikes|airstrike|air strikes|air strike|drone strikes|drone strike|strikes|strike|ambushes|ambush|assaults|assault|shelling|massacre|fighting|clashes|clashed|battles|battle|gunfights|gunfight|firefights|firefight)', kind: 'violence' },
  { re: '(?:mobilized|mobilised|mobilize|mobilise|mobilization|mobilisation|reservists|deployed|deploying|deployment|reinforce|reinforcements|bolster|bolsters|bolstered|military drills|exercises|troops landed|landed)', kind: 'military' },
];
