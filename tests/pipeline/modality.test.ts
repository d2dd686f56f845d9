import { describe, expect, it } from 'vitest';
import { conditionalAfter, forecastAfter, isBlocked } from '../../src/pipeline/modality';

const at = (text: string, word: string) => text.indexOf(word);

describe('modality: hypotheticals, attempts, negations and purposes are not events', () => {
  it.each([
    ['efforts had been launched to recapture the crossing', 'recapture', true],
    ['the Taliban could capture the city', 'capture', true],
    ['the Taliban did not capture the town', 'capture', true],
    ['officials fear the district will fall to the Taliban', 'fall', true],
    ['forces are fighting the Taliban to retake the district', 'retake', true],
    ['preparing for an influx of refugees to enter the country', 'enter', true],
    ['the Taliban captured the district', 'captured', false],
    ['soldiers who had asked for refuge had fled into Pakistan', 'fled', false],
    ['The Taliban have already taken over Kunduz', 'taken over', false],
    ['Pakistan reopened the crossing, allowing some 4,000 Afghans to return', 'return', false],
    ['Iran let 2,500 Afghans go back', 'go back', false],
    ['Pakistan would reopen the crossing, allowing some 4,000 Afghans to return', 'return', true],
    ['Iran would let 2,500 Afghans go back', 'go back', true],
    ['the deal will allow thousands of Afghans to return', 'return', true],
  ])('%s [%s] → blocked %s', (text, word, blocked) => {
    expect(isBlocked(text, at(text, word))).toBe(blocked);
  });

  it.each([
    ['Fighting could rage in Kandahar for weeks.', 'Fighting', true],
    ['clashes are expected to erupt in Herat', 'clashes', true],
    ['Talks will resume in Doha', 'Talks', true],
    ['Fighting raged in Kandahar on Monday.', 'Fighting', false],
    ['Fighting raged in Kandahar and could spread', 'Fighting', false],
    ['fighting is expected to continue in Lashkar Gah', 'fighting', false],
    ['The attack on Kandahar could derail talks', 'attack', false],
  ])('%s [%s] → a forecast of itself %s', (text, word, forecast) => {
    expect(forecastAfter(text, at(text, word) + word.length)).toBe(forecast);
  });

  it('sees a condition after the trigger', () => {
    const t = 'We will witness the fall of Faizabad if the situation prevails.';
    expect(conditionalAfter(t, at(t, 'fall'))).toBe(true);
    expect(conditionalAfter('The city fell. If not, more.', 0)).toBe(false);
  });
});

describe('isBlocked reads the lower-cased window', () => {
  it('whatever the case of the words, past an "İ", a "’" or a letter outside ASCII', () => {
    const cases: [string, string, boolean][] = [
      ['THE TALIBAN WOULD SEIZE THE DISTRICT', 'SEIZE', true],
      ['The Taliban Seized The District', 'Seized', false],
      ['İstanbul talks: the Taliban would seize Kunduz', 'seize', true],
      ['the Taliban İn Kunduz would seize it', 'seize', true],
      ['the Taliban İn Kunduz seized it', 'seized', false],
      ['they didn’t seize it', 'seize', true],
      ['Forces Were Forced To Flee', 'Flee', false],
      ['Café owners, who had been Allowed To cross, crossed', 'cross,', false],
      ['Σ forces WOULD retake it', 'retake', true],
    ];
    for (const [text, word, blocked] of cases) expect([text, isBlocked(text, at(text, word))]).toEqual([text, blocked]);
  });
});
