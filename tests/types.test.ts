import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('package layout', () => {
  it('keeps the fixed top level the README documents', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBeTruthy();
    expect(pkg.scripts.test).toContain('test:unit');
  });
});
