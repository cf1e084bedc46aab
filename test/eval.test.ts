import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDefaultClassifier } from '../src/knowledge/index.js';
import { FIXTURES_DIR, SEEDS_DIR, evaluate, formatReport, loadLabelled } from '../scripts/eval-lib.js';

const classify = createDefaultClassifier();

// Issue 3's targets are 0.9 per field and 0.95 merging F1. Relevance meets its target; the
// extraction fields and merging do not yet, so they are held at floors just under today's figures
// (a regression fails CI) — raise each floor to the target as the classifier reaches it.
const FIELD_FLOORS: Record<string, number> = {
  city: 0.98,
  hostCountry: 0.98,
  targetCountries: 0.98,
  attackTypes: 0.93,
  perpetrators: 0.92,
  claimed: 0.93,
  killed: 0.95,
  wounded: 0.95,
  date: 0.96,
};
const MERGING_F1_FLOOR = 0.99;

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
  it('every field stays at or above its floor on the true positives', () => {
    for (const [field, v] of Object.entries(report.fields)) {
      expect(v.accuracy, field).toBeGreaterThanOrEqual(FIELD_FLOORS[field] ?? 0.9);
    }
  });
  it('incident merging F1 stays at or above its floor', () => {
    expect(report.merging.f1).toBeGreaterThanOrEqual(MERGING_F1_FLOOR);
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
