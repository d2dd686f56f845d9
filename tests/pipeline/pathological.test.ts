/** Huge or pathological input finishes in time linear in its size (no catastrophic backtracking). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/pipeline/article';
import { extractEvents } from '../../src/pipeline/events';
import { findDates } from '../../src/pipeline/dates';
import { findCounts } from '../../src/pipeline/numbers';
import { attribute } from '../../src/pipeline/attribution';
import { splitBlocks } from '../../src/pipeline/sections';
import { gazetteer } from './helpers';

const seed = readFileSync('data/articles/002_946ebe8e3e50b0d8.md', 'utf8');
const seedBody = parseArticle('s', seed).body;

describe('pathological input', () => {
  it('a line of 100,000 commas', () => {
    const commas = ','.repeat(100_000);
    const a = parseArticle('commas', `---\ntitle: t\npublished: 2021-07-08\n---\n${commas}\n`);
    expect(extractEvents(a, gazetteer)).toEqual([]);
    expect(findDates(commas, '2021-07-08')).toEqual([]);
    expect(findCounts(commas)).toEqual([]);
    expect(attribute(commas.slice(0, 1999))).toBeNull();
    expect(splitBlocks(a)).toHaveLength(1);
  }, 60_000);

  it('commas and words interleaved, without a full stop (one 200 kB "sentence")', () => {
    const text = 'the Taliban captured, fled to Iran, said, according to, '.repeat(4000);
    const a = parseArticle('run-on', `---\ntitle: t\npublished: 2021-07-08\n---\n${text}`);
    expect(Array.isArray(extractEvents(a, gazetteer))).toBe(true);
  }, 60_000);

  it('a 5 MB article of real sentences', () => {
    let body = '';
    while (body.length < 5_000_000) body += `${seedBody}\n`;
    const a = parseArticle('huge', `---\ntitle: t\npublished: 2021-07-09\n---\n${body}`);
    const events = extractEvents(a, gazetteer);
    expect(events.length).toBeGreaterThan(1000);
    for (const e of events.slice(0, 50)) expect(a.body.slice(e.quoteStart, e.quoteEnd)).toBe(e.quote);
  }, 120_000);

  it('a 2 MB single line of real sentences (Intl.Segmenter is fed bounded chunks)', () => {
    const line = seedBody.replace(/\n+/g, ' ');
    let body = '';
    while (body.length < 2_000_000) body += `${line} `;
    const a = parseArticle('one-line', `---\ntitle: t\npublished: 2021-07-09\n---\n${body}`);
    expect(extractEvents(a, gazetteer).length).toBeGreaterThan(100);
  }, 120_000);

  it('one 1 MB line without spaces or punctuation', () => {
    const a = parseArticle('blob', `---\ntitle: t\npublished: 2021-07-08\n---\n${'x'.repeat(1_000_000)}`);
    expect(extractEvents(a, gazetteer)).toEqual([]);
  }, 60_000);
});
