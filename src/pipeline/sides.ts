/**
 * The side a speaker stands for, as far as rejections go: a rejection by one side of the other side's claim is a claim
 * of the rejecting side ("The Taliban rejected the ministry's claim" holds that they still control the place).
 */
import type { Controller } from '../types';
import { TALIBAN_SPEAKER_WORDS } from './lexicon/control';

// (Not "anti-Taliban militias", which fight them.)
const TALIBAN_SPEAKER = new RegExp(`(?<!anti-)\\b(?:${TALIBAN_SPEAKER_WORDS.join('|')})\\b`, 'i');

/**
 * Whether a speaker speaks for the Taliban.
 * @example talibanSpeaker('Zabihullah Mujahid, a Taliban spokesman') === true; talibanSpeaker('the governor') === false
 */
export function talibanSpeaker(who: string): boolean {
  return TALIBAN_SPEAKER.test(who);
}

/**
 * What `who` claims by rejecting a claim that `controller` holds a place: a government claim when anyone but the
 * Taliban rejects a Taliban capture, a Taliban claim when the Taliban reject a government one, and nothing from a
 * rejecter on the claim's own side or from a neutral one rejecting a government claim (residents, a journalist).
 * @example rejectedAs('government', 'The Taliban') === 'taliban'; rejectedAs('taliban', 'The Taliban') === null
 */
export function rejectedAs(controller: Controller, who: string): Controller | null {
  const taliban = talibanSpeaker(who);
  if (controller === 'taliban') return taliban ? null : 'government';
  if (controller === 'government') return taliban ? 'taliban' : null;
  return null;
}
