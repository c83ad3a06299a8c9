import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { pairFindings } from '../../src/detect/pairs.js';
import { DETECTOR_KINDS, DETECTORS } from '../../src/detect/registry.js';
import type { Detector } from '../../src/detect/types.js';
import { getFormatter } from '../../src/report/formatters.js';
import type { Report } from '../../src/types.js';
import { validateReport } from '../helpers/schema.js';

// A library user's kind: added the way every built-in detector adds its own.
declare module '../../src/types.js' {
  interface DiscrepancyKinds {
    example: true;
  }
}

/** Aligned sentences of which one is more than this many times as long as the other. */
const LENGTH_RATIO = 1.5;

/** An example detector, as a library user would write one: one object, no edits elsewhere. */
const exampleDetector: Detector = {
  kind: 'example',
  description: 'aligned sentences whose lengths differ a lot',
  detect(context) {
    return pairFindings(context, (x, y, group) => {
      const [short, long] = x.text.length <= y.text.length ? [x, y] : [y, x];
      if (long.text.length <= LENGTH_RATIO * short.text.length) return [];
      return [
        {
          kind: 'example',
          rule: 'example/different-length',
          severity: 'low',
          confidence: 0.5,
          group: context.groupId(group),
          subject: 'sentence length',
          claims: [x, y].map((s) => context.claim(s, s.span.start, s.span.end)),
          values: [x, y].map((s) => ({ source: s.source, value: s.text.length, unit: 'characters' })),
        },
      ];
    });
  },
  describe(f, labels) {
    // The detector reads each pair in its own order; the words name the sources in input order.
    const bySource = [...f.values].sort((a, b) => a.source.localeCompare(b.source));
    return `Lengths differ: ${bySource.map((v) => `${v.value} ${v.unit ?? ''} in ${labels.label(v.source)}`).join(', ')}`;
  },
};

const OPTIONS = { color: false, width: 200 };

const TEXTS = [
  'The council approved the new budget on Tuesday after a long debate.',
  'The council approved the new budget on Tuesday after a long and heated debate that ran past midnight, with several members walking out in protest.',
];

function run(detectors: readonly Detector[]): Report {
  return compare(
    TEXTS.map((text, i) => ({ label: `s${i + 1}.txt`, path: `s${i + 1}.txt`, text })),
    { detectors },
  );
}

describe('a detector added by a library user', () => {
  const report = run([...DETECTORS, exampleDetector]);
  const found = report.discrepancies.filter((d) => d.kind === 'example');

  it('reports its finding with its data and its words', () => {
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'example/different-length',
      subject: 'sentence length',
      severity: 'low',
      values: [
        { source: 'S1', value: TEXTS[0]?.length, unit: 'characters' },
        { source: 'S2', value: TEXTS[1]?.length, unit: 'characters' },
      ],
      message: `Lengths differ: ${TEXTS[0]?.length} characters in s1.txt, ${TEXTS[1]?.length} characters in s2.txt`,
    });
  });

  it('lists its kind among the kinds that ran, after the built-in ones', () => {
    expect(report.summary.kinds).toEqual([...DETECTOR_KINDS, 'example']);
    expect(run([exampleDetector]).summary.kinds).toEqual(['example']);
  });

  it('appears in the JSON report with its data', () => {
    const json = JSON.parse(getFormatter('json')?.format(report, OPTIONS) ?? '{}') as Report;
    const d = json.discrepancies.find((x) => x.kind === 'example');
    expect(d?.rule).toBe('example/different-length');
    expect(d?.values?.map((v) => v.value)).toEqual([TEXTS[0]?.length, TEXTS[1]?.length]);
    expect(json.summary.kinds).toContain('example');
  });

  it('appears in the stylish and the html output', () => {
    const stylish = getFormatter('stylish')?.format(report, OPTIONS) ?? '';
    expect(stylish).toContain('example');
    expect(stylish).toContain('Lengths differ:');
    const html = getFormatter('html')?.format(report, OPTIONS) ?? '';
    expect(html).toContain('data-kind="example"');
    expect(html).toContain('Lengths differ:');
  });
});

describe('the kind lists come from the registry', () => {
  const schema = (name: string): Record<string, any> =>
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'report', name), 'utf8')) as Record<string, any>;

  it('the report schema enumerates exactly the registered kinds, in registry order', () => {
    expect(schema('schema.json').$defs.discrepancy.properties.kind.enum).toEqual(DETECTOR_KINDS);
  });

  it('a built-in report lists every registered kind as run and validates', () => {
    const builtIn = run(DETECTORS);
    expect(builtIn.summary.kinds).toEqual(DETECTOR_KINDS);
    expect(validateReport(builtIn)).toEqual([]);
  });

  it('every finding carries a rule of its kind and one value per claim', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'example');
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { sources: string[] };
    const example = compare(gold.sources.map((file) => ({ label: file, path: file, text: readFileSync(join(dir, file), 'utf8') })));
    expect(example.discrepancies.length).toBeGreaterThan(3);
    for (const d of example.discrepancies) {
      expect(d.rule?.startsWith(`${d.kind}/`)).toBe(true);
      expect(d.values?.map((v) => v.source)).toEqual(d.claims.map((c) => c.source));
    }
  });
});
