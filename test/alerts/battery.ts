// The runner the batteries share: each case is [name, title, body, expected], false for
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

/** What the casualty batteries check: killed and wounded. */
export type CasualtyWant = { killed: number | null; wounded: number | null };
export const pickCasualties = (c: Classification): CasualtyWant => ({ killed: c.killed, wounded: c.wounded });

/** What the group batteries check: perpetrators (sorted) and claimed. */
export type GroupWant = { perpetrators: string[]; claimed: boolean | null };
export const IS = 'Islamic State';
export const NONE: GroupWant = { perpetrators: [], claimed: null };
export const NO_CLAIM: GroupWant = { perpetrators: [], claimed: false };
export const claimedBy = (...p: string[]): GroupWant => ({ perpetrators: p, claimed: true });
export const blamed = (...p: string[]): GroupWant => ({ perpetrators: p, claimed: null });
export const pickGroups = (c: Classification): GroupWant => ({ perpetrators: [...c.perpetrators].sort(), claimed: c.claimed });
/** The cases with their expected perpetrators sorted, so a case may list them in reading order. */
export function sortedGroups(cases: [string, string, string, GroupWant][]): [string, string, string, GroupWant][] {
  return cases.map(([name, title, body, w]) => [name, title, body, { perpetrators: [...w.perpetrators].sort(), claimed: w.claimed }]);
}
