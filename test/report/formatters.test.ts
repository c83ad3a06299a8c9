import { describe, it, expect } from 'vitest';
import { DEFAULT_WIDTH, FORMAT_NAMES, FORMATTERS, getFormatter } from '../../src/report/formatters.js';
import { FORMAT_INFO, loadFormatter } from '../../src/report/formats.js';
import { sampleReport } from './sample-report.js';

describe('formatter registry', () => {
  it('lists stylish (the default, first), json, then markdown, github, sarif and html', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'markdown', 'github', 'sarif', 'html']);
    expect(FORMATTERS.map((f) => f.name)).toEqual(FORMAT_NAMES);
  });

  it('has unique names and one-line descriptions for --help and the README', () => {
    expect(new Set(FORMAT_NAMES).size).toBe(FORMAT_NAMES.length);
    for (const f of FORMATTERS) {
      expect(f.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(f.description.length).toBeGreaterThan(0);
      expect(f.description).not.toMatch(/\n/);
    }
  });

  it('the lazy list the CLI uses loads the same formatters', async () => {
    expect(FORMAT_INFO.map((f) => [f.name, f.description])).toEqual(FORMATTERS.map((f) => [f.name, f.description]));
    for (const f of FORMATTERS) {
      const loaded = await loadFormatter(f.name);
      expect(loaded?.format, f.name).toBe(f.format);
    }
    expect(await loadFormatter('JSON')).toBeUndefined();
  });

  it('finds formatters by exact name', () => {
    expect(getFormatter('stylish')?.name).toBe('stylish');
    expect(getFormatter('json')?.name).toBe('json');
    for (const name of ['markdown', 'github', 'sarif']) expect(getFormatter(name)?.name).toBe(name);
  });

  it('returns undefined for unknown names', () => {
    expect(getFormatter('xml')).toBeUndefined();
    expect(getFormatter('')).toBeUndefined();
    expect(getFormatter('JSON')).toBeUndefined();
    expect(getFormatter('toString')).toBeUndefined();
  });

  it('cannot be altered at run time', () => {
    expect(Object.isFrozen(FORMATTERS)).toBe(true);
    expect(Object.isFrozen(FORMATTERS[0])).toBe(true);
  });

  it('every formatter turns a report into text ending in a newline', () => {
    for (const f of FORMATTERS) {
      const out = f.format(sampleReport(), { color: false, width: DEFAULT_WIDTH });
      expect(out.endsWith('\n')).toBe(true);
      expect(out.length).toBeGreaterThan(0);
    }
  });

  it('every formatter is deterministic and honours minSeverity without failing', () => {
    for (const f of FORMATTERS) {
      const options = { color: false, width: DEFAULT_WIDTH, minSeverity: 'high' as const };
      expect(f.format(sampleReport(), options)).toBe(f.format(sampleReport(), options));
    }
  });
});
