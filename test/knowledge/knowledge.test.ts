import { describe, expect, it } from 'vitest';
import { GroupsSchema, createDefaultClassifier, loadKnowledge } from '../../src/knowledge/index.js';

const kb = loadKnowledge();

describe('knowledge look-ups', () => {
  it('findCity: any alias, language and case', () => {
    for (const q of ['kabul', 'Kaboul', 'كابل', 'KABUL']) expect(kb.findCity(q), q).toEqual({ name: 'Kabul', country: 'AF' });
    expect(kb.findCity('Bagdad')).toEqual({ name: 'Baghdad', country: 'IQ' });
    expect(kb.findCity('Mazar-e Sharif')).toEqual({ name: 'Mazar-i-Sharif', country: 'AF' });
    expect(kb.findCity('Nairobi')).toEqual({ name: 'Nairobi', country: 'KE' });
    expect(kb.findCity('Paris')?.country).toBe('FR');
    expect(kb.findCity('Xyzzyville')).toBeNull();
  });
  it('findCountry: names, codes, demonyms, other languages', () => {
    for (const q of ['iraq', 'IQ', 'Iraqi', 'Irak', 'irakienne', 'العراق']) expect(kb.findCountry(q)?.code, q).toBe('IQ');
    for (const q of ['U.S.', 'US', 'American', 'United States', 'Estados Unidos', 'estadounidense']) expect(kb.findCountry(q)?.code, q).toBe('US');
    expect(kb.findCountry('Pakistani')?.code).toBe('PK');
    expect(kb.findCountry('French')?.code).toBe('FR');
    expect(kb.findCountry('deutschen')?.code).toBe('DE');
    expect(kb.findCountry('Narnia')).toBeNull();
  });
  it('findGroup: aliases to canonical names', () => {
    expect(kb.findGroup('isis')).toBe('Islamic State');
    expect(kb.findGroup('Daech')).toBe('Islamic State');
    expect(kb.findGroup('داعش')).toBe('Islamic State');
    expect(kb.findGroup('Hashed al-Shaabi')).toBe('Popular Mobilization Forces');
    expect(kb.findGroup('Ansar Allah')).toBe('Houthis');
    expect(kb.findGroup('nobody')).toBeNull();
  });
  it('suggestions for autocomplete, biggest places first', () => {
    expect(kb.suggestCities('kab', 5)[0]).toEqual({ name: 'Kabul', country: 'AF' });
    expect(kb.suggestCities('bag', 3).map((c) => c.name)).toContain('Baghdad');
    expect(kb.suggestCountries('ira', 5).map((c) => c.code)).toEqual(expect.arrayContaining(['IQ', 'IR']));
    expect(kb.suggestGroups('isl', 5)).toContain('Islamic State');
    expect(kb.suggestGroups('hash', 5)).toContain('Popular Mobilization Forces');
    expect(kb.suggestCities('', 3)).toHaveLength(3);
  });
  it('countryName and capitals', () => {
    expect(kb.countryName('AF')).toBe('Afghanistan');
    expect(kb.countryName('iq')).toBe('Iraq');
    expect(kb.capitals.get('IQ')).toBe('Baghdad');
  });
  it('loads once, fast enough for start-up', () => {
    expect(loadKnowledge()).toBe(kb);
    expect(kb.loadMs).toBeLessThan(3000);
    expect(kb.cities.size).toBeGreaterThan(10_000);
  });
  it('createDefaultClassifier works over the loaded knowledge', () => {
    const c = createDefaultClassifier()({ title: 'Rockets hit US embassy in Baghdad', text: 'Two rockets hit the US embassy in Baghdad on Friday.', published: '2023-12-08' });
    expect(c.relevant).toBe(true);
  });
});

describe('groups config', () => {
  it('rejects a group listed twice, naming it', () => {
    const twice = GroupsSchema.safeParse([{ canonical: 'Basij', aliases: ['Basiji'] }, { canonical: 'Basij', aliases: ['Bassidj'] }]);
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toContain('"Basij" is listed twice');
    expect(GroupsSchema.safeParse([{ canonical: 'Basij' }, { canonical: 'Ansaru' }]).success).toBe(true);
  });
});
