// The classifier's public face: build one from Knowledge, and explain its decisions.
import type { Classification, FactField } from '../types.js';
import { FACT_FIELDS } from '../types.js';

export { createClassifier } from './classify.js';
export type { Knowledge, CityInfo } from './knowledge.js';
export { normalizeWord, phraseKey, tokenize } from './text.js';

const clip = (s: string, n = 220): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function show(c: Classification, f: FactField): string {
  const v = c[f];
  if (v === null) return '—';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
  return String(v);
}

/** A readable, multi-line account: the verdict, then each field with the sentence it came from. */
export function explainClassification(c: Classification): string {
  const lines = [`relevant: ${c.relevant ? 'yes' : 'no'} (confidence ${c.confidence.toFixed(2)})`];
  if (c.evidence.relevant) lines.push(`  because: "${clip(c.evidence.relevant)}"`);
  if (!c.relevant) return lines.join('\n');
  for (const f of FACT_FIELDS) {
    lines.push(`${f}: ${show(c, f)}`);
    const e = c.evidence[f];
    if (e) lines.push(`  from: "${clip(e)}"`);
  }
  return lines.join('\n');
}
