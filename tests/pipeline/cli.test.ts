/** The ingest CLI on bad input: names each bad file and its problem, processes the rest, exits non-zero, writes atomically. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from '../../src/cli/ingest';

function runIngest(dir: string, out: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', dir, '--out', out], { encoding: 'utf8' });
}

/** A fresh folder for one test, removed when the file's tests are done. */
const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('ingest CLI', () => {
  it('reports bad files, keeps going, exits 1 and writes the good events', () => {
    const dir = tempDir('ingest-');
    writeFileSync(join(dir, 'good.md'), '---\ntitle: Good\npublished: 2021-07-09\n---\nThe Taliban seized Islam Qala on Thursday, officials said.\n');
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x54, 0x61, 0x6c, 0x69, 0x62, 0x61, 0x6e, 0x20, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: "unterminated\n---\nBody.\n');
    writeFileSync(join(dir, 'baddate.md'), '---\ntitle: T\npublished: 2021-02-30\n---\nBody.\n');
    writeFileSync(join(dir, 'notes.json'), '{}');
    const out = join(dir, 'events.geojson');
    const r = runIngest(dir, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/latin1\.md: not UTF-8/);
    expect(r.stderr).toMatch(/empty\.md: empty file/);
    expect(r.stderr).toMatch(/broken\.md: broken front matter/);
    expect(r.stderr).toMatch(/baddate\.md: impossible date "2021-02-30"/);
    expect(r.stderr).toMatch(/1\/5 articles/);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.some((f: { properties: { place?: string } }) => f.properties.place === 'Islam Qala')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('exits 0 on a clean folder and reports undated articles', () => {
    const dir = tempDir('ingest-');
    writeFileSync(join(dir, 'undated.txt'), 'Fighting around Lashkar Gah\nThe Taliban captured Nad Ali district on Tuesday.\n');
    const r = runIngest(dir, join(dir, 'out.geojson'));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/undated\.txt: undated/);
    const fc = JSON.parse(readFileSync(join(dir, 'out.geojson'), 'utf8'));
    expect(fc.features[0].properties.date).toBeNull();
  }, 60_000);

  it('writeAtomic never leaves a half-written file: a failed write keeps the old one', () => {
    const dir = tempDir('atomic-');
    const path = join(dir, 'events.geojson');
    writeFileSync(path, 'old');
    expect(() => writeAtomic(join(dir, 'missing-dir', 'x.geojson'), 'new')).toThrow();
    writeAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['events.geojson']);
  });
});
