/** The lexicon gate finds exactly the hits of the lexicon's regex: it never skips a sentence or a word with a trigger. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconAlternation } from '../../src/pipeline/clauses';
import { LexiconGate, PhraseSets, wordsOf } from '../../src/pipeline/lexiconGate';
import { SPEECH_VERBS, SPEECH_VERBS_BEFORE_THAT } from '../../src/pipeline/lexicon/attribution';
import { CONTEXT_PHRASES } from '../../src/pipeline/lexicon/context';
import { CONTROL_PHRASES } from '../../src/pipeline/lexicon/control';
import { MOVEMENT_PHRASES } from '../../src/pipeline/lexicon/movement';

const LEXICONS: [string, string[]][] = [
  ['control', CONTROL_PHRASES.map((p) => p.re)],
  ['movement', MOVEMENT_PHRASES.map((p) => p.re)],
  ['context', CONTEXT_PHRASES.map((p) => p.re)],
  ['all', [...CONTROL_PHRASES, ...MOVEMENT_PHRASES, ...CONTEXT_PHRASES].map((p) => p.re)],
];

/** What a global scan with the lexicon's regex finds. */
function regexHits(sources: string[], text: string): { entry: number; start: number; end: number }[] {
  const rx = compiled(sources).rx;
  const out: { entry: number; start: number; end: number }[] = [];
  rx.lastIndex = 0;
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    let entry = 1;
    while (entry < m.length && m[entry] === undefined) entry++;
    out.push({ entry: entry - 1, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const cache = new Map<string[], { rx: RegExp; gate: LexiconGate | null }>();
function compiled(sources: string[]) {
  let c = cache.get(sources);
  if (!c) cache.set(sources, (c = { rx: lexiconAlternation(sources), gate: LexiconGate.of(sources) }));
  return c;
}

function gateHits(sources: string[], text: string) {
  return compiled(sources).gate!.hits(text, wordsOf(text), 0);
}

/** Real prose: the seed and fixture articles, line by line. */
function prose(): string[] {
  const lines: string[] = [];
  for (const dir of ['data/articles', 'tests/fixtures/articles']) {
    for (const f of readdirSync(dir)) if (/\.(?:md|txt)$/.test(f)) lines.push(...readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()));
  }
  return lines;
}

/** Word salad from the lexicons' own words and punctuation, in mixed case: many hits, overlaps and near-misses. */
function salad(sources: string[], n: number): string[] {
  const words = [...new Set(sources.join(' ').toLowerCase().match(/[a-z]+/g) ?? [])];
  const glue = [' ', ' ', ' ', ', ', '-', "'s ", '’ ', '. ', ' the ', ' 200 ', ' Kabul '];
  let seed = 7;
  const rand = (k: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let w = 0; w < 30; w++) {
      const word = words[rand(words.length)]!;
      s += (rand(4) === 0 ? word.toUpperCase() : rand(3) === 0 ? word[0]!.toUpperCase() + word.slice(1) : word) + glue[rand(glue.length)];
    }
    out.push(s);
  }
  return out;
}

describe('lexicon gate', () => {
  it('gates every shipped lexicon (so none silently falls back to the slow scan)', () => {
    for (const [name, sources] of LEXICONS) expect(LexiconGate.of(sources), name).not.toBeNull();
  });

  it('finds exactly the regex hits in real prose and in word salad of the lexicons', () => {
    for (const [name, sources] of LEXICONS) {
      let hits = 0;
      for (const text of [...prose(), ...salad(sources, 400)]) {
        const want = regexHits(sources, text);
        hits += want.length;
        expect(gateHits(sources, text), `${name}: ${text}`).toEqual(want);
      }
      expect(hits, name).toBeGreaterThan(200);
    }
  });

  it('keeps the alternation order at one word and resumes after each hit', () => {
    const sources = ['fled', '(?:fled|flee) (?:in)?to', 'to (?:iran|pakistan)'];
    const text = 'They fled into Iran; others FLED to Pakistan and fled.';
    expect(gateHits(sources, text)).toEqual(regexHits(sources, text));
    expect(gateHits(sources, text).map((h) => h.entry)).toEqual([0, 0, 2, 0]);
  });

  it('reads lookarounds, optional and repeated groups, classes and \\b', () => {
    const sources = ["(?<!(?:'s|under) )(?:controls|control)(?! of)", '(?:late |early )?(?:today|tonight)\\b', '(?:over|about) [0-9]+ (?:districts?)', 'the(?: [a-z]+){0,2}? city', 'seized(?= [^.;]{0,20} district)'];
    for (const text of ["Kabul's control of Herat; they control the city, Late today over 200 districts and the old walled city.", 'Insurgents seized the key district.', 'EARLY TONIGHT, about 3 districts']) {
      expect(gateHits(sources, text)).toEqual(regexHits(sources, text));
    }
  });

  it('refuses a lexicon whose hit may start at no word, or that it cannot read', () => {
    expect(LexiconGate.of(['(?:the )?fall'])).not.toBeNull();
    expect(LexiconGate.of(['(?:the )?fall', ',\\s+said'])).toBeNull();
    expect(LexiconGate.of(['[0-9]+ districts'])).toBeNull();
    expect(LexiconGate.of(['(?:a)?'])).toBeNull();
    expect(LexiconGate.of(['\\w+ed'])).toBeNull();
    expect(LexiconGate.of(['fled', '.*'])).toBeNull();
  });
});

describe('phrase sets', () => {
  const speech = [...SPEECH_VERBS, ...SPEECH_VERBS_BEFORE_THAT, 'according to'];
  const claims = ['claim', 'claims', 'report', 'reports'];
  const sets = PhraseSets.of([speech, claims]);
  const rxs = [speech, claims].map((g) => new RegExp(`\\b(?:${g.join('|')})\\b`, 'i'));
  const expected = (t: string) => (rxs[0]!.test(t) ? 1 : 0) | (rxs[1]!.test(t) ? 2 : 0);
  const found = (t: string) => {
    const w = wordsOf(t);
    return sets.in(t, w, w.starts.length);
  };

  it('answers for each group as the whole-word regex of its phrases', () => {
    const texts = [
      'The Taliban seized Zaranj, officials said.', 'SAID the governor', 'unsaid', 'said_', 'Said.', 'he told reporters',
      'according to AP', 'according  to AP', 'accordingly', 'according tone', 'The report', 'It reported', "She's saying",
      'They insist that', 'insisted', 'Kabul', '', 'said', 'Mr. Said', 'saidx said', 'x-said', '1said', 'claimed’s',
      'The claim was rejected, he said.', 'CLAIMS', 'reports said',
    ];
    for (const t of texts) expect(found(t), t).toBe(expected(t));
  });

  it('agrees with the regexes on every sentence of the fixture articles', () => {
    const dir = join(__dirname, '../fixtures/articles');
    let n = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
      for (const line of readFileSync(join(dir, f), 'utf8').split(/(?<=[.!?])\s+|\n/)) {
        expect(found(line), line).toBe(expected(line));
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('refuses a phrase it cannot read as words', () => {
    expect(() => PhraseSets.of([['(?:said)']])).toThrow(/not a phrase/);
  });
});
