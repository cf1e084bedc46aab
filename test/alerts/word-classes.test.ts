import { afterAll, describe, expect, it } from 'vitest';
import { createDefaultClassifier } from '../../src/knowledge/index.js';
import { setWordClassGuards } from '../../src/alerts/classify/text.js';
import { FIXTURES_DIR, HELDOUT_DIRS, SEEDS_DIR, loadLabelled } from '../../scripts/eval-lib.js';

// The phrase index tells each sentence which word classes it holds, and scans for a class's words are skipped when a
// sentence has none. A rule that reads a word its class does not list would silently stop firing; with the guards
// off every scan runs, so the two runs must agree on every labelled article.
describe('word-class guards skip only scans that would find nothing', () => {
  const classify = createDefaultClassifier();
  // (The read sets: the sealed ones stay unread even here.)
  const dirs = [FIXTURES_DIR, SEEDS_DIR, ...HELDOUT_DIRS.filter((d) => !/heldout(12|28|32|34|36|38|40|42|44|46|48|50|52|53|56|58|60)$/.test(d))];
  const articles = dirs.flatMap((d) => loadLabelled(d)).map((x) => x.article);
  afterAll(() => setWordClassGuards(true));
  it('gives the same classification with the guards on and off', () => {
    expect(articles.length).toBeGreaterThan(500);
    setWordClassGuards(true);
    const guarded = articles.map((a) => JSON.stringify(classify(a)));
    setWordClassGuards(false);
    const unguarded = articles.map((a) => JSON.stringify(classify(a)));
    const differing = articles.filter((_, i) => guarded[i] !== unguarded[i]).map((a) => a.title);
    expect(differing).toEqual([]);
    // (Two passes over every read set, some 2,000 articles: on a loaded shared machine that outlasts the default 20 s.)
  }, 180_000);
});
