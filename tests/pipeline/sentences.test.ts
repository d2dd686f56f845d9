import { describe, expect, it } from 'vitest';
import { plain, segmentLine, splitSentences } from '../../src/pipeline/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('sentences: Intl.Segmenter with abbreviation repair', () => {
  it.each([
    ['Secretary Adm. Ali Shamkhani confirmed it. He left.', ['Secretary Adm. Ali Shamkhani confirmed it.', 'He left.']],
    ['A Dec. 26 visit to Kabul. Next.', ['A Dec. 26 visit to Kabul.', 'Next.']],
    ['According to U.S. Central Command. Biden spoke.', ['According to U.S. Central Command.', 'Biden spoke.']],
    ['"War is bad," he said. Next one.', ['"War is bad," he said.', 'Next one.']],
    ['Lt. Col. Martin O’Donnell said so. Then.', ['Lt. Col. Martin O’Donnell said so.', 'Then.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('cuts long texts into chunks without breaking a sentence', () => {
    const unit = 'The Taliban seized the town on Monday, officials said. ';
    const text = unit.repeat(2000);
    const parts = split(text);
    expect(parts).toHaveLength(2000);
    expect(new Set(parts)).toEqual(new Set([unit.trim()]));
  });

  it('returns absolute, trimmed offsets inside a range', () => {
    const t = 'xx  One. Two.  yy';
    expect(splitSentences(t, 2, 15).map((s) => t.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });
});

describe('lines read without the segmenter', () => {
  // A line whose only terminator ends it is taken as one sentence without asking Intl.Segmenter: these lines check
  // that shortcut against the segmenter itself, on the tails where the standard's order matters.
  const lines = [
    'The Taliban seized Islam Qala, officials said.',
    'Taliban Seize Key Border Crossing',
    'He said “we will hold the city.”',
    'Fighting continued (officials said).',
    'end. )',
    'Really?!',
    'Ok .',
    'Kabul。Herat',
    'Is it over? No',
    'Trailing spaces.   ',
    '   ',
  ];
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  it('gives the segments Intl.Segmenter gives, line by line', () => {
    const text = lines.join('\n');
    const expected: string[] = [];
    let at = 0;
    for (const line of lines) {
      for (const s of seg.segment(`${line}\n`)) {
        const a = at + s.index + (s.segment.length - s.segment.trimStart().length);
        const b = at + s.index + s.segment.trimEnd().length;
        if (b > a) expected.push(text.slice(a, b));
      }
      at += line.length + 1;
    }
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
    expect(expected).toContain(')');
    expect(expected).toContain('Kabul。');
  });
});

describe('lines segmented by the rules of UAX #29', () => {
  // segmentLine replaces Intl.Segmenter for lines of plain characters: it must give exactly its segments. Lines are
  // drawn (seeded, so the test is the same every run) from the characters whose order the rules look at.
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces = [
    'a', 'x', 'e', 'A', 'T', 'U', '0', '5', '.', '.', '!', '?', ' ', ' ', '\t', ',', ';', ':', '-', '–', '—', '"', "'",
    '(', ')', '[', ']', '{', '}', '’', '”', '“', '‘', '«', '»', '#', '/', 'é', 'É', 'ß', '\u00a0', '×', '\v', '%',
    'He left', 'U.S', 'Mr', 'e.g', 'No', '3.5', 'Kabul', 'the city', '...', '?!', '."', '.) ', '. 5 ', '. a',
  ];
  let state = 12345;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;

  it('gives the segments Intl.Segmenter gives, on 20,000 drawn lines', () => {
    let compared = 0;
    for (let t = 0; t < 20000; t++) {
      let line = '';
      for (let n = 1 + Math.floor(random() * 30); n > 0; n--) line += pieces[Math.floor(random() * pieces.length)];
      if (random() < 0.7) line += '\n';
      expect(plain(line, 0, line.length)).toBe(true);
      const raw: { start: number; end: number }[] = [];
      segmentLine(line, 0, line.length, raw);
      const expected = [...seg.segment(line)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
      expect(raw, JSON.stringify(line)).toEqual(expected);
      compared++;
    }
    expect(compared).toBe(20000);
  });

  it('leaves other characters to the segmenter', () => {
    for (const line of ['Kabul。Herat', 'Line\r\n', 'soft\u00adhyphen', 'Mazār-e Sharīf. It fell.', 'Wait… What']) expect(plain(line, 0, line.length)).toBe(false);
  });

  it('splits a plain line of several sentences as the segmenter does', () => {
    const text = 'The Taliban took Zaranj. Officials said 3.5 km of road was cut, e.g. near the U.S. base! "Why?" he asked. 5 men fled.\n';
    const expected = [...seg.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
    const raw: { start: number; end: number }[] = [];
    segmentLine(text, 0, text.length, raw);
    expect(raw).toEqual(expected);
    expect(raw.length).toBeGreaterThan(3);
  });
});
