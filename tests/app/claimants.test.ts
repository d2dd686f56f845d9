import { describe, expect, it } from 'vitest';
import { passes, sideOf } from '../../src/app/state/claimants';

describe('sideOf', () => {
  it.each([
    ['Taliban spokesman Mohammad Naeem', 'taliban'],
    ['Taliban', 'taliban'],
    ['Tariq Arian, spokesman for the Afghan interior ministry', 'government'],
    ['Afghan security officials', 'government'],
    ['Afghan defence ministry', 'government'],
    ['Western security officials', 'third'],
    ['Tajik authorities', 'third'],
    ["Qassemi, Iran's Foreign Ministry spokesperson", 'third'],
    ['Associated Press', 'third'],
    [null, 'third'],
  ])('%s → %s', (claimant, side) => {
    expect(sideOf(claimant)).toBe(side);
  });

  it('filters', () => {
    expect(passes('all', 'taliban')).toBe(true);
    expect(passes('government', 'taliban')).toBe(false);
    expect(passes('third', 'third')).toBe(true);
  });
});
