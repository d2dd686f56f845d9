import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/sentences';

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
