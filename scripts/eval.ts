// `npm run eval`: the classifier against the development set and the shared seeds, beside the keyword baseline.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { createDefaultClassifier, loadKnowledge } from '../src/knowledge/index.js';
import { FIXTURES_DIR, HELDOUT_DIRS, REPO_ROOT, SEEDS_DIR, evaluate, formatReport, loadLabelled } from './eval-lib.js';

const kb = loadKnowledge();
const classify = createDefaultClassifier();
console.log(`knowledge loaded in ${kb.loadMs} ms (${kb.cities.size} city names, ${kb.countries.size} country names, ${kb.groups.size} group aliases)\n`);
const quiet = process.argv.includes('--quiet');
const dev = loadLabelled(FIXTURES_DIR);
console.log(formatReport('development set (test/fixtures/articles)', evaluate(dev, classify), !quiet));
if (existsSync(SEEDS_DIR)) {
  console.log('');
  console.log(formatReport('seeds (../shared/corpus/seeds)', evaluate(loadLabelled(SEEDS_DIR), classify), !quiet));
}
// Held-out sets were written apart from the dev set and are not for tuning: read their figures, not their articles.
for (const dir of HELDOUT_DIRS) {
  console.log('');
  console.log(formatReport(`held-out set (${relative(REPO_ROOT, dir)}; written apart, not in the dev set)`, evaluate(loadLabelled(dir), classify), false));
}
