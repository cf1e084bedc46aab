import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDefaultClassifier } from '../src/knowledge/index.js';
import { FIXTURES_DIR, SEEDS_DIR, evaluate, formatReport, loadLabelled } from '../scripts/eval-lib.js';

const classify = createDefaultClassifier();

describe('development set stays above the targets of issue 3', () => {
  const items = loadLabelled(FIXTURES_DIR);
  const report = evaluate(items, classify);
  it('has articles to score', () => {
    expect(items.length).toBeGreaterThan(0);
  });
  it('relevance F1 >= 0.95, precision far above the keyword baseline', () => {
    expect(report.relevance.f1, formatReport('dev', report)).toBeGreaterThanOrEqual(0.95);
    expect(report.relevance.precision).toBeGreaterThan(report.baseline.precision + 0.15);
  });
  it('every field >= 0.9 on the true positives', () => {
    for (const [field, v] of Object.entries(report.fields)) expect(v.accuracy, field).toBeGreaterThanOrEqual(0.9);
  });
  it('incident merging F1 >= 0.95', () => {
    expect(report.merging.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe.runIf(existsSync(SEEDS_DIR))('shared seeds', () => {
  it('all five seeds fully right', () => {
    const items = loadLabelled(SEEDS_DIR);
    const report = evaluate(items, classify);
    expect(report.mistakes, formatReport('seeds', report)).toEqual([]);
    expect(report.fullyRight).toBe(items.length);
  });
});
