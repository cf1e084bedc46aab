import { describe, expect, it } from 'vitest';
import { clusterReports, mergeFacts, sameAttack } from '../../src/alerts/merge.ts';
import { emptyFacts, type IncidentFacts } from '../../src/alerts/types.ts';

const facts = (overrides: Partial<IncidentFacts>): IncidentFacts => ({ ...emptyFacts(), ...overrides });
const kabulIraq = facts({ city: 'Kabul', hostCountry: 'AF', targetCountries: ['IQ'], date: '2017-07-31' });

describe('sameAttack', () => {
  it('joins reports of one city and target within the window', () => {
    expect(sameAttack(kabulIraq, { ...kabulIraq, date: '2017-08-02' })).toBe(true);
    expect(sameAttack(kabulIraq, { ...kabulIraq, city: 'kabul' })).toBe(true);
  });
  it('keeps apart other cities, other targets and distant dates', () => {
    expect(sameAttack(kabulIraq, { ...kabulIraq, city: 'Herat' })).toBe(false);
    expect(sameAttack(kabulIraq, { ...kabulIraq, targetCountries: ['PK'] })).toBe(false);
    expect(sameAttack(kabulIraq, { ...kabulIraq, date: '2017-08-10' })).toBe(false);
  });
  it('lets an early report without target or date join on what it knows', () => {
    expect(sameAttack(kabulIraq, { ...kabulIraq, targetCountries: [], date: null })).toBe(true);
    expect(sameAttack(facts({ city: null }), facts({ city: null }))).toBe(false);
  });
  it('lets a report that names only a district join on target, host and a date within a day, unless the types clash', () => {
    const district = facts({ targetCountries: ['IQ'], date: '2017-07-31', attackTypes: ['bombing'] });
    expect(sameAttack(district, { ...kabulIraq, attackTypes: ['bombing'], date: '2017-08-01' })).toBe(true);
    expect(sameAttack(district, { ...kabulIraq, attackTypes: ['other'] })).toBe(true);
    expect(sameAttack(district, { ...kabulIraq, attackTypes: ['arson_mob'] })).toBe(false);
    expect(sameAttack(district, { ...kabulIraq, date: '2017-08-02' })).toBe(false);
    expect(sameAttack({ ...district, hostCountry: 'PK' }, kabulIraq)).toBe(false);
    expect(sameAttack({ ...district, targetCountries: [] }, kabulIraq)).toBe(false);
    expect(sameAttack({ ...district, date: null }, kabulIraq)).toBe(false);
  });
});

describe('mergeFacts', () => {
  it('takes the agreed place and date, every target, type and group, any claim and the highest tolls', () => {
    const merged = mergeFacts([
      { published: '2017-07-31', facts: { ...kabulIraq, attackTypes: ['suicide_attack'], claimed: null, killed: null, wounded: 1 } },
      { published: '2017-08-01', facts: { ...kabulIraq, attackTypes: ['armed_assault'], perpetrators: ['Islamic State'], claimed: true, killed: 2, wounded: 3 } },
      { published: '2017-08-01', facts: { ...kabulIraq, date: '2017-08-01', claimed: false } },
    ]);
    expect(merged).toEqual({
      ...kabulIraq,
      attackTypes: ['armed_assault', 'suicide_attack'],
      perpetrators: ['Islamic State'],
      claimed: true,
      killed: 2,
      wounded: 3,
    });
  });
});

describe('clusterReports', () => {
  it('groups reports into incidents in order', () => {
    const reports = [kabulIraq, facts({ city: 'Baghdad', targetCountries: ['US'], date: '2020-01-26' }), { ...kabulIraq, date: '2017-08-01' }].map(
      (f, i) => ({ facts: f, published: null, id: i }),
    );
    expect(clusterReports(reports).map((c) => c.map((r) => r.id))).toEqual([[0, 2], [1]]);
  });
});
