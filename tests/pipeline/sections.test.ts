import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline/article';
import { isWhite } from '../../src/pipeline/chars';
import { normal, splitBlocks } from '../../src/pipeline/sections';

function kinds(body: string, title = 'Headline Here') {
  const a = parseArticle('x', `---\ntitle: "${title}"\npublished: 2021-07-08\n---\n${body}`);
  return splitBlocks(a).map((b) => [a.body.slice(b.start, b.end).slice(0, 20), b.kind, b.file, b.credit]);
}

describe('sections: headline, captions, teasers, boilerplate', () => {
  it('labels each kind of block', () => {
    const body = [
      'Headline Here',
      'Soldiers patrol near a checkpoint in Alishing district, Afghanistan, July 8, 2021.',
      'The Taliban seized the crossing, officials said.',
      'FILE - Smoke rises over Qala-e-Naw, July 7, 2021.',
      'SEE ALSO: Taliban Captures Border Crossing With Iran',
      'Afghan refugees enter Pakistan at Chaman [Jafar Khan/AP]',
      'FILE PHOTO: Afghan commandos arrive in Faizabad, after the Taliban…',
      'Tajikistan Bolsters Border as Afghan Troops Seek Refuge',
      'Reservists were mobilized after 1,000 personnel fled',
      'According to Reuters, the bloc is ready.',
      'Shared Interests',
      'Source: Al Jazeera, News Agencies',
      'MORE ON THE TOPIC:',
      'Some linked story.',
    ].join('\n');
    expect(kinds(body)).toEqual([
      ['Headline Here', 'headline', false, null],
      ['Soldiers patrol near', 'caption', false, null],
      ['The Taliban seized t', 'body', false, null],
      ['FILE - Smoke rises o', 'caption', true, null],
      ['SEE ALSO: Taliban Ca', 'teaser', false, null],
      ['Afghan refugees ente', 'caption', false, 'Jafar Khan/AP'],
      ['FILE PHOTO: Afghan c', 'caption', true, null],
      ['Tajikistan Bolsters ', 'teaser', false, null],
      ['Reservists were mobi', 'teaser', false, null],
      ['According to Reuters', 'body', false, null],
      ['Shared Interests', 'headline', false, null],
      ['Source: Al Jazeera, ', 'boilerplate', false, null],
      ['MORE ON THE TOPIC:', 'teaser', false, null],
      ['Some linked story.', 'teaser', false, null],
    ]);
  });
});

describe('a caption cut short and its full repeat', () => {
  it('are one caption: the full line on the next line is a caption too', () => {
    const body = [
      'Headline Here',
      'Afghan commandos guard a checkpoint on the road to Kunduz…',
      'Afghan commandos guard a checkpoint on the road to Kunduz, a city the Taliban took on Sunday, the army said.',
      'The Taliban seized the crossing, officials said.',
    ].join('\n');
    expect(kinds(body).map((k) => k[1])).toEqual(['headline', 'caption', 'caption', 'body']);
  });
  it('a body line that merely starts like a caption before it stays body when the caption is not cut short', () => {
    const body = ['Headline Here', 'FILE - Afghan commandos guard a checkpoint, July 7, 2021.', 'Afghan commandos guard a checkpoint near Kunduz, officials said.'].join('\n');
    expect(kinds(body).map((k) => k[1])).toEqual(['headline', 'caption', 'body']);
  });
});

describe('the first line as the headline', () => {
  const long = ' and more words follow here'.repeat(12);
  it('is the headline when it starts with the title, however long the line (only its start is read)', () => {
    expect(kinds(`Headline: here!${long}\nBody text.`, 'Headline — Here')[0]![1]).toBe('headline');
    expect(kinds(`HEADLINE HERE ${long}\nBody text.`)[0]![1]).toBe('headline');
  });
  it('is body when the line does not start with the title', () => {
    expect(kinds(`Headline Her${long}\nBody text.`)[0]![1]).toBe('body');
    expect(kinds(`Headline There${long}.\nBody text.`)[0]![1]).toBe('body');
  });
  it('a title longer than the reach of the short cut is compared in full', () => {
    const title = 'Taliban '.repeat(30).trim();
    expect(kinds(`${title}, officials say${long}.\nBody.`, title)[0]![1]).toBe('headline');
    expect(kinds(`${title.slice(0, -1)}x${long}.\nBody.`, title)[0]![1]).toBe('body');
  });
});

describe('isWhite', () => {
  it('is exactly JavaScript\'s \\s over every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhite(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('normal: the form titles are compared in', () => {
  it('is the Unicode regex form, also on ASCII read by a loop', () => {
    const regex = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    let state = 99;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
    const chars = 'aZ09 -,.\t\'"é’()!?Kx_'.split('');
    for (let t = 0; t < 20000; t++) {
      let s = '';
      for (let n = Math.floor(random() * 20); n > 0; n--) s += chars[Math.floor(random() * chars.length)];
      expect(normal(s), JSON.stringify(s)).toBe(regex(s));
    }
    expect(normal('  Taliban Seize Islam-Qala, Officials Say!')).toBe('taliban seize islam qala officials say');
  });
});
