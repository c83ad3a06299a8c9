import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../src/detect/registry.js';
import { FORMATTERS } from '../src/report/formatters.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

function section(name: string): string {
  const start = readme.indexOf(`<!-- ${name}:start -->`);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  expect(start, `README marker ${name}:start`).toBeGreaterThanOrEqual(0);
  return readme.slice(start, end);
}

describe('README lists come from the registries', () => {
  it('lists exactly the detectors', () => {
    expect(section('kinds').trim().split('\n').slice(1)).toEqual(DETECTORS.map((d) => `- \`${d.kind}\`: ${d.description}`));
  });

  it('lists exactly the formatters', () => {
    expect(section('formats').trim().split('\n').slice(1)).toEqual(FORMATTERS.map((f) => `- \`${f.name}\`: ${f.description}`));
  });

  it('quick start runs the bundled example and the tests', () => {
    expect(readme).toContain('npm install && node bin/storydiff.js fixtures/example/');
    expect(readme).toContain('npm install && npm test');
  });
});
