import { describe, expect, it } from 'vitest';
import { buildAlert, incidentHeadline } from '../../src/alerts/alert.ts';
import { emptyFacts, type Incident } from '../../src/alerts/types.ts';

const names: Record<string, string> = { US: 'United States', IQ: 'Iraq' };
const countryName = (code: string) => names[code] ?? code;

function incident(sources: number): Incident {
  return {
    ...emptyFacts(),
    id: 7,
    city: 'Baghdad',
    hostCountry: 'IQ',
    targetCountries: ['US'],
    attackTypes: ['rocket_mortar'],
    perpetrators: ['Iran-aligned militias'],
    claimed: false,
    killed: 0,
    wounded: 0,
    date: '2023-12-08',
    firstSeen: '2023-12-08T05:00:00Z',
    lastUpdated: '2023-12-08T06:00:00Z',
    version: 2,
    confidence: 0.93,
    sources: Array.from({ length: sources }, (_, i) => ({
      articleId: i + 1,
      url: `https://outlet${i}.example/a`,
      title: `Report ${i}`,
      source: `outlet-${i}`,
      published: '2023-12-08',
      confidence: 0.9,
      facts: emptyFacts(),
      evidence: { relevant: 'Two rockets hit the U.S. embassy in Baghdad.' },
    })),
  };
}

describe('buildAlert', () => {
  it('headlines the attack, whose mission and where', () => {
    expect(incidentHeadline(incident(1), countryName)).toBe('Rocket attack on United States embassy in Baghdad');
  });

  it('is developing until a second outlet confirms, and carries the facts and why', () => {
    const single = buildAlert(incident(1), { isUpdate: false, countryName });
    expect(single.developing).toBe(true);
    expect(single.why).toBe('Two rockets hit the U.S. embassy in Baghdad.');
    expect(single.facts).toContainEqual({ label: 'Group', value: 'Iran-aligned militias (not claimed)' });
    expect(single.facts).toContainEqual({ label: 'Killed', value: '0' });
    const confirmed = buildAlert(incident(2), { isUpdate: true, countryName });
    expect(confirmed.developing).toBe(false);
    expect(confirmed.isUpdate).toBe(true);
    expect(confirmed.sources.map((s) => s.source)).toEqual(['outlet-0', 'outlet-1']);
  });
});
