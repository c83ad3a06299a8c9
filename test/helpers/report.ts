import { expect } from 'vitest';
import type { Report } from '../../src/types.js';

/** Every sentence of every source sits in exactly one group or in `unmatched`. */
export function expectEverySentenceOnce(report: Report): void {
  for (const source of report.sources) {
    const seen = [
      ...report.groups.flatMap((g) => g.members.filter((m) => m.source === source.id).map((m) => m.sentence)),
      ...report.unmatched.filter((u) => u.source === source.id).map((u) => u.sentence),
    ].sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: source.sentences }, (_, i) => i));
  }
}
