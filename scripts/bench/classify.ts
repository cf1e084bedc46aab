// Classification throughput on ~3 KB articles, single core: ours beside the keyword baseline.
import { keywordBaseline } from '../../src/alerts/baseline.js';
import type { ArticleText } from '../../src/alerts/types.js';
import { createDefaultClassifier, loadKnowledge } from '../../src/knowledge/index.js';
import { FIXTURES_DIR, SEEDS_DIR, loadLabelled } from '../eval-lib.js';

function corpus(): ArticleText[] {
  const items = [...loadLabelled(FIXTURES_DIR), ...loadLabelled(SEEDS_DIR)].map((x) => x.article);
  const base: ArticleText[] = items.length > 0 ? items : [{ title: 'Rockets hit U.S. embassy in Baghdad', text: 'Two rockets hit the U.S. embassy in Baghdad on Friday. ', published: '2023-12-08' }];
  // Pad or cut each article to about 3 KB so the figure is per typical article.
  return base.map((a) => {
    let text = a.text;
    while (text.length < 3000) text += '\n\n' + a.text;
    return { ...a, text: text.slice(0, 3000) };
  });
}

/** Articles per second of wall time and per second of this process's CPU time (steadier on a busy machine). */
function measure(fn: (a: ArticleText) => unknown, articles: ArticleText[], minMs = 2000): { wall: number; cpu: number } {
  for (let r = 0; r < 3; r++) for (const a of articles) fn(a); // warm-up: let the JIT settle
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) for (const a of articles) { fn(a); n++; }
  const cpu = process.cpuUsage(c0);
  return { wall: n / ((performance.now() - t0) / 1000), cpu: n / ((cpu.user + cpu.system) / 1e6) };
}

export async function run(): Promise<void> {
  const t0 = performance.now();
  const kb = loadKnowledge();
  const classify = createDefaultClassifier();
  const setupMs = performance.now() - t0;
  const articles = corpus();
  const avg = Math.round(articles.reduce((s, a) => s + a.title.length + a.text.length, 0) / articles.length);
  const ours = measure(classify, articles);
  const base = measure(keywordBaseline, articles);
  console.log(`classify: ${articles.length} articles of ~${avg} chars; knowledge load ${kb.loadMs} ms, classifier ready in ${Math.round(setupMs)} ms`);
  const fmt = (r: { wall: number; cpu: number }): string => `${Math.round(r.wall).toLocaleString('en')} articles/s (${Math.round(r.cpu).toLocaleString('en')} per CPU-second)`;
  console.log(`  ours              ${fmt(ours)}`);
  console.log(`  keyword baseline  ${fmt(base)}`);
  console.log(`  ratio             baseline is ${(base.wall / ours.wall).toFixed(1)}x faster`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
