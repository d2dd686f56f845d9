/** Days are written as `toISOString().slice(0, 10)` writes them, for every year (the four-digit ones are formatted by hand). */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/pipeline/dates';

describe('addDays writes days as toISOString does', () => {
  it('across years 1 to 12000, month and year ends, leap days', () => {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const base = Date.UTC(2021, 6, 8);
    const wrong: string[] = [];
    for (let days = -740000; days <= 3650000; days += 97) {
      const want = iso(base + days * 86400000);
      if (addDays('2021-07-08', days) !== want) wrong.push(want);
    }
    for (const [day, n, want] of [['2020-02-28', 1, '2020-02-29'], ['2019-02-28', 1, '2019-03-01'], ['2021-12-31', 1, '2022-01-01'], ['1000-01-01', -1, '0999-12-31'], ['9999-12-31', 1, '+010000-01']] as const) {
      if (addDays(day, n) !== want) wrong.push(want);
    }
    expect(wrong).toEqual([]);
    expect(() => addDays('not a day', 1)).toThrow(RangeError);
  });
});
