import { describe, expect, it } from 'vitest';
import { gazetteer } from './helpers';
import { antecedent, ofKind } from '../../src/pipeline/anaphora';
import { readPlaces } from '../../src/pipeline/places';

/** The antecedent of the last "the city" in `body` (its place id, or null). */
function city(body: string): string | null {
  const at = body.lastIndexOf('the city');
  const { mentions } = readPlaces(gazetteer, body);
  const before = mentions.filter((m) => m.end <= at && m.place.country === 'AF' && (m.place.type === 'city' || m.alternatives.some((a) => a.type === 'city')));
  return antecedent(body, before, ofKind(mentions, 'city', at), at)?.place.id ?? null;
}

describe('anaphora: the antecedent of "the city"', () => {
  it.each([
    ['Kunduz fell. They retook the city.', 'city:AF-KDZ:kunduz'],
    ['Kunduz fell.\nA.\nB.\nC.\nD.\nThey retook the city.', 'city:AF-KDZ:kunduz'],
    ['Kunduz fell.\nA.\nTalks in Doha.\nThey retook the city.', 'city:AF-KDZ:kunduz'],
    ['Kunduz fell. A. B. Talks in Doha. C. They retook the city.', 'city:AF-KDZ:kunduz'],
    ['Kunduz fell.\nA.\nB.\nTalks in Doha.\nC.\nThey retook the city.', null],
    ['Kunduz fell.\nA.\nB.\nTalks in Kunduz.\nC.\nThey retook the city.', 'city:AF-KDZ:kunduz'],
    ['They retook the city.', null],
  ])('%j → %s', (body, id) => {
    expect(city(body)).toBe(id);
  });
});
