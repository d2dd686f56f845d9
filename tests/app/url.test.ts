import { describe, expect, it } from 'vitest';
import { formatUrl, parseUrl, type UrlState } from '../../src/app/state/url.svelte';

describe('URL ⇄ state', () => {
  const full: UrlState = {
    date: '2021-07-09', selection: { kind: 'place', id: 'xing:islam-qala' }, claimant: 'government',
    windowDays: 14, view: { lon: 61.1234, lat: 34.6543, zoom: 7.25 }, reading: 'ev2',
  };

  it('round-trips every field', () => {
    expect(parseUrl(formatUrl(full))).toEqual(full);
    const ev: UrlState = { ...full, selection: { kind: 'event', id: 'ev11' }, reading: null, claimant: 'all', windowDays: null, view: null };
    expect(parseUrl(formatUrl(ev))).toEqual(ev);
  });

  it('keeps ids readable', () => {
    expect(formatUrl(full)).toBe('?date=2021-07-09&place=xing:islam-qala&read=ev2&claimant=government&window=14&view=61.1234,34.6543,7.25');
  });

  it('falls back to defaults on junk', () => {
    expect(parseUrl('?date=July&claimant=martians&window=-3&view=a,b,c')).toEqual({
      date: null, selection: { kind: 'none' }, claimant: 'all', windowDays: null, view: null, reading: null,
    });
    expect(formatUrl(parseUrl(''))).toBe('');
  });
});
