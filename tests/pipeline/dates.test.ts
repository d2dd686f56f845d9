import { describe, expect, it } from 'vitest';
import { findDates, fullDatesIn } from '../../src/pipeline/dates';

// phrase, publication date, expected date, expected precision
const TABLE: [string, string | null, string | null, string][] = [
  ['On July 8th, Taliban seized control', '2021-07-09', '2021-07-08', 'day'],
  ['a Dec. 26 visit to Kabul', '2018-12-31', '2018-12-26', 'day'],
  ['at the border, Feb. 20, 2019.', '2021-07-08', '2019-02-20', 'day'],
  ['visited Tehran on December 30 and', '2018-12-31', '2018-12-30', 'day'],
  ['Late Thursday, the AP reported', '2021-07-08', '2021-07-08', 'day'],
  ['earlier on Thursday wrested back control', '2021-07-09', '2021-07-08', 'day'],
  ['said on Wednesday', '2018-12-27', '2018-12-26', 'day'],
  ['granted refuge on Sunday', '2021-07-26', '2021-07-25', 'day'],
  ['fallen on Thursday evening', '2018-05-04', '2018-05-03', 'day'],
  ['A few days ago, soldiers fled', '2021-07-08', '2021-07-05', 'week'],
  ['Earlier this week, personnel fled', '2021-07-09', '2021-07-06', 'week'],
  ['fleeing in recent days', '2021-07-08', '2021-07-05', 'week'],
  ['talks last week between', '2018-12-27', '2018-12-20', 'week'],
  ['In May, the ambassador', '2018-12-31', '2018-05-15', 'month'],
  ['took control last month', '2021-09-23', '2021-08-15', 'month'],
  ['entered Iran this year', '2021-09-23', '2021-05-13', 'year'],
  ['In 2016, when a drone strike', '2018-12-31', '2016-07-01', 'year'],
  ['arrived late last night', '2021-07-26', '2021-07-25', 'day'],
  // an undated article resolves only dates that state their year
  ['on Thursday', null, null, 'day'],
  ['July 8, 2021', null, '2021-07-08', 'day'],
  ['last week', null, null, 'week'],
];

describe('dates: explicit and relative dates resolved against the publication date', () => {
  it.each(TABLE)('%s (published %s) → %s', (text, published, date, precision) => {
    const found = findDates(text, published);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.date).toBe(date);
    expect(found[0]!.precision).toBe(precision);
  });

  it('does not read the modal verb "may" as the month', () => {
    expect(findDates('the real figures may be higher', '2021-09-23')).toEqual([]);
  });

  it('keeps offsets into the text', () => {
    const [d] = findDates('Taliban spokesman tweeted on July 8 that', '2021-07-08', 100);
    expect(d!.start).toBe(100 + 'Taliban spokesman tweeted on '.length);
    expect(d!.text).toBe('July 8');
  });

  it('finds full dates for dating an article from its text', () => {
    expect(fullDatesIn('KABUL, Aug 3, 2021 - fighting; photo from 12 March 2019; 2020-02-30 is no date')).toEqual(['2021-08-03', '2019-03-12']);
  });
});
