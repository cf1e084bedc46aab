// `npm run eval`: the classifier against the development set and the shared seeds, beside the keyword baseline.
import { existsSync } from 'node:fs';
import { createDefaultClassifier, loadKnowledge } from '../src/knowledge/index.js';
import { FIXTURES_DIR, HELDOUT_DIR, SEEDS_DIR, evaluate, formatReport, loadLabelled } from './eval-lib.js';

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
console.log('');
console.log(formatReport('held-out set (test/fixtures/heldout; never tuned on)', evaluate(loadLabelled(HELDOUT_DIR), classify), !quiet));
