// The runner the relevance and linking batteries share: each case is [name, title, body, expected], false for
// "not relevant", else the fields `pick` reads from the classification; known gaps run as expected failures.
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/alerts/types.js';
import { createDefaultClassifier } from '../../src/knowledge/index.js';

const classify = createDefaultClassifier();

export function runBattery<W>(title: string, cases: [string, string, string, W | false][], knownGaps: Set<string>, pick: (c: Classification) => unknown): void {
  describe(title, () => {
    for (const [name, headline, text, want] of cases) {
      (knownGaps.has(name) ? it.fails : it)(name, () => {
        const c = classify({ title: headline, text, published: '2024-03-11' });
        if (want === false) {
          expect(c.relevant, `${name}: relevant`).toBe(false);
          return;
        }
        expect(c.relevant, `${name}: relevant`).toBe(true);
        expect(pick(c), name).toEqual(want);
      });
    }
  });
}
