import { expect } from 'vitest';
import type { Report } from '../../src/types.js';

/**
 * Every sentence of every source has exactly one home: a group, or `unmatched`. It may also be
 * linked into other groups (`linked: true`), and only into groups where it has no home.
 */
export function expectEverySentenceOnce(report: Report): void {
  for (const source of report.sources) {
    for (const g of report.groups) {
      const own = g.members.filter((m) => m.source === source.id);
      if (own.some((m) => m.linked)) expect(own.filter((m) => !m.linked)).toEqual([]);
    }
    const seen = [
      ...report.groups.flatMap((g) => g.members.filter((m) => m.source === source.id && !m.linked).map((m) => m.sentence)),
      ...report.unmatched.filter((u) => u.source === source.id).map((u) => u.sentence),
    ].sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: source.sentences }, (_, i) => i));
  }
}
