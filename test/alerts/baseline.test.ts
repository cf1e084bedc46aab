import { describe, expect, it } from 'vitest';
import { keywordBaseline } from '../../src/alerts/baseline.js';

const a = (title: string, text = '') => ({ title, text, published: null });

describe('keywordBaseline', () => {
  it('fires on a mission word and an attack word in any of the five languages', () => {
    expect(keywordBaseline(a('Rockets hit US embassy'))).toBe(true);
    expect(keywordBaseline(a("Attaque contre l'ambassade d'Irak"))).toBe(true);
    expect(keywordBaseline(a('Ataque contra la embajada'))).toBe(true);
    expect(keywordBaseline(a('Anschlag auf die Botschaft'))).toBe(true);
    expect(keywordBaseline(a('هجوم على السفارة'))).toBe(true);
  });
  it('is naive: an embassy condemning an attack elsewhere also fires', () => {
    expect(keywordBaseline(a('Embassy condemns hotel attack'))).toBe(true);
  });
  it('needs both words', () => {
    expect(keywordBaseline(a('Embassy holds reception'))).toBe(false);
    expect(keywordBaseline(a('Bomb attack on a market'))).toBe(false);
  });
});
