// The committed files in data/geo/ are exactly what `npm run build:geo` makes (deterministic build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GEO_DIR } from '../../src/cli/loadGazetteer';

const root = resolve(GEO_DIR, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'geo-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('geo/build.ts', () => {
  it('rebuilds data/geo/ byte for byte into another directory', () => {
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'geo', 'build.ts'), out], {
      cwd: root,
      stdio: 'pipe',
    });
    const built = readdirSync(out).sort();
    expect(built).toEqual(['borders.geojson', 'countries.geojson', 'gazetteer.json', 'provinces.geojson']);
    for (const name of built) {
      const same = readFileSync(join(out, name)).equals(readFileSync(join(GEO_DIR, name)));
      expect(same, `${name} differs from data/geo/${name}: run \`npm run build:geo\` and commit`).toBe(true);
    }
  });
});
