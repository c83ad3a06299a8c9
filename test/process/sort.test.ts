import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { loadInputs } from '../../src/load/index.js';
import { sortDiscrepancies } from '../../src/process/index.js';
import type { Claim, Discrepancy } from '../../src/types.js';
import { sampleReport } from '../report/sample-report.js';

const example = join(import.meta.dirname, '..', '..', 'fixtures', 'example');
const noStdin = (async function* (): AsyncGenerator<string> {})();

const claim = (source: string, start: number, text = 'x'): Claim => ({ source, text, sentence: 0, span: { start, end: start + 1, line: 1, column: start + 1 } });

describe('sortDiscrepancies', () => {
  it('changes nothing in a report fresh from compare', async () => {
    const report = compare(await loadInputs([{ path: example }], noStdin));
    expect(report.discrepancies.length).toBeGreaterThan(1);
    expect(sortDiscrepancies(report)).toEqual(report);
  });

  it('orders claims by source then position, discrepancies by first claim, severity, kind, message; ids kept', () => {
    const base = sampleReport();
    const d = (id: string, claims: Claim[], over: Partial<Discrepancy> = {}): Discrepancy => ({
      id,
      kind: 'entity',
      severity: 'high',
      confidence: 1,
      group: null,
      message: 'm',
      claims,
      ...over,
    });
    const discrepancies = [
      d('D1', [claim('S2', 5), claim('S10', 0)]),
      d('D2', [claim('S2', 5), claim('S1', 40)], { severity: 'low' }),
      d('D3', [claim('S1', 40), claim('S2', 0)], { kind: 'quote' }),
      d('D4', [claim('S1', 40), claim('S2', 9)], { message: 'a' }),
      d('D5', [claim('S1', 3), claim('S2', 1)]),
    ];
    const before = JSON.stringify(discrepancies);
    const out = sortDiscrepancies({ ...base, discrepancies });
    expect(out.discrepancies.map((x) => x.id)).toEqual(['D5', 'D4', 'D3', 'D2', 'D1']);
    expect(out.discrepancies.find((x) => x.id === 'D1')?.claims.map((c) => c.source)).toEqual(['S2', 'S10']);
    expect(out.discrepancies.find((x) => x.id === 'D2')?.claims.map((c) => c.source)).toEqual(['S1', 'S2']);
    // Pure: the input keeps its order, claims included.
    expect(JSON.stringify(discrepancies)).toBe(before);
  });
});
