// Where and whose: the attack's city and host country, and the countries whose missions were hit.
import { type Classification, emptyFacts, type Evidence } from '../types.js';
import type { CityInfo, Knowledge } from './knowledge.js';
import { isCapitalized, PhraseIndex, phraseKey, type Token } from './text.js';
import { countriesNear } from './background.js';
import { type Analysis, has, type Mark } from './marks.js';
import { commaBefore } from './relevance.js';
import { DISTRICT, HOSPITAL, MISSION_NOUNS, OWN_PRONOUN, SKIP_AFTER, SKIP_BEFORE } from './words.js';

export function extractTargets(kb: Knowledge, linked: Analysis[], ours: Analysis[], facts: Classification | ReturnType<typeof emptyFacts>, ev: Evidence): void {
  const found: string[] = [];
  let evid: string | undefined;
  for (const a of linked) {
    for (const l of a.links) {
      for (const code of countriesNear(a, l.m, kb)) if (!found.includes(code)) { found.push(code); evid ??= a.s.text; }
    }
  }
  if (found.length === 0) {
    for (const a of ours) {
      for (const m of a.marks) {
        // ("Uganda recalled its consul general in Goma ... after a mob burned the consulate": the envoy's owner.)
        if (m.value.k !== 'mission' || (m.value.sub !== 'mission' && !OWN_PRONOUN.has(a.s.tokens[m.start - 1]?.n ?? ''))) continue;
        if (a.marks.some((f) => f.value.k === 'frame' && (f.value.kind === 'destination' || f.value.kind === 'speaker') && f.end <= m.start && m.start - f.end <= 6)) continue;
        for (const code of countriesNear(a, m, kb)) if (!found.includes(code)) { found.push(code); evid ??= a.s.text; }
      }
      if (found.length) break;
    }
  }
  facts.targetCountries = found;
  if (evid) ev.targetCountries = evid;
}

// (And the town's kind: "in the border city of Ipiales", "la ciudad fronteriza de", "the port city of".)
const CITY_PART = new Set(['border', 'frontier', 'port', 'coastal', 'fronteriza', 'fronterizo', 'frontaliere', 'portuaire', 'portuaria', 'downtown', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'suburbs', 'outskirts', 'heart', 'centro', 'nord', 'sud', 'est', 'ouest', 'norden', 'suden', 'innenstadt']);
/** "en pleno barrio de Retiro", "the Retiro district of Buenos Aires": a place in a city that shares a town's name. */
function districtName(t: readonly Token[], m: Mark): boolean {
  const before = t[m.start - 1]?.n === 'de' || t[m.start - 1]?.n === 'of' || t[m.start - 1]?.n === 'du' ? m.start - 2 : m.start - 1;
  return DISTRICT.has(t[before]?.n ?? '') || DISTRICT.has(t[m.end]?.n ?? '');
}
/** Words between a city and the country that qualifies it: "Tripoli, in northern Lebanon", "طرابلس شمال لبنان". */
const QUALIFIER_GLUE = new Set([...CITY_PART, 'in', 'en', 'im', 'au', 'the', 'of', 'de', 'du', 'del', 'في', 'شمال', 'شمالي', 'جنوب', 'جنوبي', 'شرق', 'شرقي', 'غرب', 'غربي']);
/**
 * The city a name means where a country qualifies it: "the northern Lebanese city of Tripoli", "Tripoli, Lebanon",
 * "طرابلس شمال لبنان" are Lebanon's Tripoli, not the better-known Libyan one the name alone gives.
 */
function namesake(kb: Knowledge, a: Analysis, m: Mark, before: string | null): CityInfo {
  if (m.value.k !== 'city' || !kb.namesakes) return (m.value as { city: CityInfo }).city;
  const info = m.value.city;
  let q = before;
  if (q === null || q === info.country) {
    const t = a.s.tokens;
    for (let k = m.end; k < t.length && k < m.end + 5; k++) {
      const c = a.marks.find((x) => x.start === k && x.value.k === 'country');
      if (c && c.value.k === 'country') { q = c.value.code; break; }
      if (!QUALIFIER_GLUE.has(t[k]!.n)) break;
    }
  }
  return q === null || q === info.country ? info : (kb.namesakes.get(cityKey(info.name) + '|' + q) ?? info);
}
export function cityAfter(kb: Knowledge, a: Analysis, from: number): { city: CityInfo | null; country: string | null; inCapital?: boolean } {
  const t = a.s.tokens;
  let seenPrep = false;
  let country: string | null = null;
  let capital = false;
  for (let j = from; j < t.length && j < from + 9; ) {
    // The marks that start here, read in one pass (no filtered copies per token): the first city, the longest
    // country (the first of equals), and whether a preposition or a capital's noun is among them.
    let city: Mark | undefined;
    let ctry: Mark | undefined;
    let prepHere = false;
    let capitalHere = false;
    for (const x of a.marks) {
      if (x.start !== j) continue;
      const k = x.value.k;
      if (k === 'city') city ??= x;
      else if (k === 'country') { if (ctry === undefined || x.end > ctry.end) ctry = x; }
      else if (k === 'prep') prepHere = true;
      else if (k === 'capital') capitalHere = true;
    }
    // ("السفارة الليبية بتونس": Arabic "in" written onto the place.)
    if (t[j]!.alt !== undefined && t[j]!.s.startsWith('ب')) seenPrep = true;
    // (Unvowelled Arabic "عمان" is both Amman and Oman; the shadda of "عمّان" writes the city.)
    // ("في العاصمة الأردنية عمان", "the Jordanian capital Amman": the country named before says which.)
    if (seenPrep && city && city.value.k === 'city' && (!(ctry && ctry.end >= city.end) || t[j]!.s.includes('\u0651') || country === city.value.city.country)) {
      if (!districtName(t, city)) return { city: namesake(kb, a, city, country), country };
      j = city.end;
      continue;
    }
    if (ctry && ctry.value.k === 'country') {
      if (seenPrep) country = ctry.value.code;
      j = ctry.end;
      continue;
    }
    if (prepHere) { seenPrep = true; j++; continue; }
    if (capitalHere) { capital = true; j++; continue; }
    const n = (t[j] as Token).n;
    if (SKIP_AFTER.has(n) || SKIP_BEFORE.has(n) || n === 'city' || n === 'ville' || n === 'ciudad' || n === 'stadt' || n === 'مدينه' || n === 'central' || n === 'centre' || n === 'center' || n === 'afghan' || CITY_PART.has(n)) { j++; continue; }
    // ("the U.S. embassy compound in Tunis": the mission's grounds before the place.)
    if (!seenPrep && j - from <= 1 && MISSION_NOUNS.has(n)) { j++; continue; }
    break;
  }
  if (seenPrep && capital && country) {
    const name = kb.capitals.get(country);
    if (name) return { city: { name, country, population: 0 }, country };
  }
  // ("its embassy in the capital": no country said; the dateline's capital, if any, is the one.)
  return { city: null, country: seenPrep ? country : null, inCapital: seenPrep && capital && !country };
}

/** Embassy nouns (not consulates): "embassy", "ambassade", "embajada", "Botschaft", "سفارة". */
const EMBASSY_WORD = /^(embass|ambassade|embajada|botschaft|سفار)/;
const HERE = new Set(['here', 'ici', 'aqui']);
const cityKeys = new Map<string, string>();
/** The phrase key of a gazetteer city's name, memoised: the gazetteer's names are a bounded vocabulary (no article text). */
function cityKey(name: string): string {
  let key = cityKeys.get(name);
  if (key === undefined) {
    if (cityKeys.size > 100_000) cityKeys.clear();
    cityKeys.set(name, (key = phraseKey(name)));
  }
  return key;
}
/** The dateline's city ("KABUL, Dec 8 (Reuters) -"); a country alone there ("KUWAIT, Dec. 12 -") is its capital. */
function datelineCity(kb: Knowledge, all: Analysis[]): { city: CityInfo; evidence: string } | null {
  const a = all.find((x) => x.s.datelineTokens > 0 && !x.s.noise);
  if (!a) return bylineCity(kb, all);
  const m = a.marks.find((x) => (x.value.k === 'city' || x.value.k === 'country') && x.end <= a.s.datelineTokens);
  if (m?.value.k === 'city') return { city: m.value.city, evidence: a.s.text };
  // (After a section's label: "Nacionales | Guatemala, 4 de septiembre de 2026".)
  if (m?.value.k === 'country' && (m.start === 0 || /^[^,]{1,25}\|\s*$/.test(a.s.text.slice(0, a.s.tokens[m.start]!.start)))) {
    const name = kb.capitals.get(m.value.code);
    if (name) return { city: { name, country: m.value.code, population: 0 }, evidence: a.s.text };
  }
  return null;
}

/**
 * "Staff Correspondent | Dhaka | Updated: 08 April 2026": a byline's field that is a city and nothing else; or a city
 * in capitals on a line of its own above a page of briefs ("HYDERABAD").
 */
const CAPITALS_LINE = /^\p{Lu}[\p{Lu} .'-]{2,30}$/u;
function bylineCity(kb: Knowledge, all: Analysis[]): { city: CityInfo; evidence: string } | null {
  for (const a of all.slice(0, 6)) {
    if (a.s.isTitle || !(a.s.text.includes('|') || CAPITALS_LINE.test(a.s.text))) continue;
    for (const field of a.s.text.split('|')) {
      const city = field.length < 40 ? kb.cities.get(phraseKey(field)) : undefined;
      if (city && city.population >= 100000) return { city, evidence: a.s.text };
    }
  }
  return null;
}
function namesakeDistrict(all: Analysis[], town: CityInfo, dateline: CityInfo): boolean {
  if (all.some((a) => a.marks.some((m) => m.value.k === 'country' && m.value.code === town.country))) return false;
  return all.some((a) => a.marks.some((m) => m.value.k === 'city' && m.start >= a.s.datelineTokens && m.value.city.name === dateline.name));
}

const CITY_INSTITUTION = new Set(['police', 'university', 'municipal', 'municipality', 'corporation', 'metro', 'polizei', 'policia']);
/** A city voted for as the attack's place: its weight, its first evidence, the order of its first vote, a strong vote seen. */
interface CityVote { city: CityInfo; score: number; evidence: string; first: number; strong: boolean }
/** A vote of weight w for the city named (keyed by name and country; votes are dropped only after the voting, so the count so far is the order). */
function vote(kb: Knowledge, votes: Map<string, CityVote>, named: CityInfo, w: number, evidence: string): void {
  // "the Embassy of Japan along Roxas Boulevard in Pasay City", "en San Isidro": a municipality of the capital's
  // metropolis that the gazetteer holds as a city, reported as the city the missions are said to be in.
  const metro = kb.districts?.get(cityKey(named.name));
  const city = metro && metro.country === named.country ? metro : named;
  const key = city.name + '|' + city.country;
  const v = votes.get(key);
  if (v) { v.score += w; v.strong ||= w >= 3; }
  else votes.set(key, { city, score: w, evidence, first: votes.size, strong: w >= 3 });
}
/** The countries our sentences place a mission in with no city ("Taiwan has suspended operations at its embassy in Haiti"). */
function missionCountries(kb: Knowledge, linked: Analysis[], ours: Analysis[]): Set<string> {
  const placedIn = new Set<string>();
  for (const a of [...linked, ...ours]) for (const m of a.marks) if (m.value.k === 'mission') { const after = cityAfter(kb, a, m.end); if (after.country && !after.city) placedIn.add(after.country); }
  return placedIn;
}
export function extractPlace(kb: Knowledge, linked: Analysis[], ours: Analysis[], all: Analysis[], facts: ReturnType<typeof emptyFacts>, ev: Evidence): void {
  const votes = new Map<string, CityVote>();
  let hostFromPhrase: string | null = null;
  let embassyIn: string | null = null;
  const dateline = datelineCity(kb, all);
  for (const a of linked) {
    for (const l of a.links) {
      const m = l.m;
      const after = cityAfter(kb, a, m.end);
      const district = after.city || after.country ? null : districtAfter(kb, a, m.end);
      if (after.country && !after.city && EMBASSY_WORD.test(a.s.tokens[m.start]!.n)) embassyIn ??= after.country;
      // "KARACHI: ... attacked the Iranian consulate in Clifton": a small namesake town abroad, in a country the article
      // never names, is a district of the dateline's city (named again in the headline or body).
      if (after.city && dateline && after.city.population > 0 && after.city.population < 100000 && after.city.country !== dateline.city.country && namesakeDistrict(all, after.city, dateline.city)) vote(kb, votes, dateline.city, 3, a.s.text);
      // "Lima, 16 de enero — ... la Embajada de Chile en San Isidro": an embassy in a small town of the country whose
      // capital is the dateline stands in a district of that capital.
      else if (after.city && dateline && after.city.population > 0 && after.city.population < 100000 && after.city.country === dateline.city.country && kb.capitals.get(dateline.city.country) === dateline.city.name && EMBASSY_WORD.test(a.s.tokens[m.start]!.n)) vote(kb, votes, dateline.city, 3, a.s.text);
      else if (after.city) vote(kb, votes, after.city, 3, a.s.text);
      else if (district) vote(kb, votes, district, 3, a.s.text);
      // "smashed through the gate of the United States Embassy here": the dateline's city.
      // ("PORT-AU-PRINCE — ... gunmen raked its embassy in the capital": likewise when the dateline is a capital.)
      else if (dateline && (HERE.has(a.s.tokens[m.end]?.n ?? '') || HERE.has(a.s.tokens[m.end + 1]?.n ?? '') || (after.inCapital && kb.capitals.get(dateline.city.country) === dateline.city.name))) vote(kb, votes, dateline.city, 3, a.s.text);
      else if (after.country) hostFromPhrase ??= after.country;
      // Before: "Kabul embassy", "Iraq's Kabul embassy".
      let i = m.start - 1;
      for (let steps = 0; i >= 0 && steps < 4; steps++) {
        const city = a.marks.find((x) => x.end === i + 1 && x.value.k === 'city');
        if (city && city.value.k === 'city' && !a.marks.some((x) => x.value.k === 'country' && x.start <= city.start && x.end >= city.end)) { vote(kb, votes, city.value.city, 3, a.s.text); break; }
        const c = a.marks.find((x) => x.end === i + 1 && x.value.k === 'country');
        if (c) { i = c.start - 1; continue; }
        if (SKIP_BEFORE.has((a.s.tokens[i] as Token).n)) { i--; continue; }
        break;
      }
    }
  }
  const titleAbout = all.find((a) => a.s.isTitle && a.links.length === 0 && a.marks.some((m) => m.value.k === 'mission' || m.value.k === 'cue'));
  for (const a of titleAbout ? [...ours, titleAbout] : ours) {
    const w = a.links.length > 0 ? 1 : a.s.isTitle ? 0.75 : 0.5;
    for (const m of a.marks) {
      if (m.value.k !== 'city' || m.start < a.s.datelineTokens) continue;
      // "said a security analyst in Islamabad": where a speaker is, not where the attack was.
      // "denied any involvement in a statement from London": where the statement came from.
      if (m.start >= 2 && (a.s.tokens[m.start - 1]!.n === 'in' || a.s.tokens[m.start - 1]!.n === 'from') && a.marks.some((f) => f.value.k === 'frame' && f.value.kind === 'speaker' && f.end <= m.start && m.start - f.end <= 5 && !has(a.marks, 'cue', f.end, m.start))) continue;
      if (a.marks.some((x) => x.value.k === 'country' && x.start <= m.start && x.end >= m.end)) continue;
      if ((m.value.city.population < 100000 && !namedAsCity(a.s.tokens, m)) || districtName(a.s.tokens, m)) continue;
      // "a senior Delhi Police officer said": a city's institution by its name, no place of the attack.
      const next = a.s.tokens[m.end];
      if (next && isCapitalized(next) && CITY_INSTITUTION.has(next.n)) continue;
      vote(kb, votes, m.value.city, w, a.s.text);
    }
  }
  // (After every vote: see vote.)
  const order = votes.size;
  // "Tripoli, Lebanon" once and "Tripoli" elsewhere: a namesake voted at all was qualified by its country, and the
  // bare name's votes (which went to the better-known city) are its own.
  for (const v of votes.values()) {
    const bare = kb.cities.get(cityKey(v.city.name));
    if (!bare || bare.country === v.city.country) continue;
    const other = votes.get(bare.name + '|' + bare.country);
    if (!other) continue;
    v.score += other.score;
    v.strong ||= other.strong;
    v.first = Math.min(v.first, other.first);
    votes.delete(bare.name + '|' + bare.country);
  }
  // A country's mission is abroad: the capital of a target country is its government speaking ("Moscow said").
  // ("its embassy in Haiti ... relations with Taipei rather than Beijing": a city only mentioned, in another country
  // than the one the mission was said to be in, places nothing.)
  // (The country after any mission word of our sentences: "Taiwan has suspended operations at its embassy in Haiti".)
  // (Read only when a weak vote asks.)
  let placedIn: Set<string> | null = null;
  const abroad: CityVote[] = [];
  for (const v of votes.values()) {
    if (!v.strong && (placedIn ??= missionCountries(kb, linked, ours)).size === 1 && !placedIn.has(v.city.country)) continue;
    if (v.strong || !(facts.targetCountries.includes(v.city.country) && kb.capitals.get(v.city.country) === v.city.name)) abroad.push(v);
  }
  // "Two rockets landed inside the Green Zone near the US embassy", "in Wazir Akbar Khan": no city named, a district
  // of one (a dateline from elsewhere yields to it only when it is a target country's capital: "WASHINGTON -").
  const district = abroad.length === 0 ? districtCity(kb, [...linked, ...ours]) : null;
  if (district && (!dateline || dateline.city.country === district.city.country || facts.targetCountries.includes(dateline.city.country))) abroad.push({ ...district, score: 0.5, first: order, strong: false });
  if (abroad.length === 0 && dateline) abroad.push({ city: dateline.city, score: 0.5, evidence: dateline.evidence, first: order, strong: false });
  // (Only those, when no city abroad is named: "anger at Bangkok's role" never places the Thai embassy.)
  const bestVote = abroad.sort((x, y) => y.score - x.score || x.first - y.first)[0];
  if (bestVote) {
    facts.city = bestVote.city.name;
    facts.hostCountry = bestVote.city.country;
    ev.city = bestVote.evidence;
    ev.hostCountry = bestVote.evidence;
  } else if (hostFromPhrase) {
    facts.hostCountry = hostFromPhrase;
    // "the French embassy in Niger" and no city named: embassies stand in the capital (consulates do not).
    const capital = embassyIn === hostFromPhrase ? kb.capitals.get(embassyIn) : undefined;
    if (capital) {
      facts.city = capital;
      ev.city = ev.hostCountry = linked.find((a) => a.links.length > 0)?.s.text;
    }
  }
}

/** "شهدت مدينة تمنراست", "the city of Agadez", "la ville de Tamanrasset": a small city named as a city is one. */
const CITY_NOUN = new Set(['city', 'town', 'ville', 'ciudad', 'cidade', 'citta', 'stadt', 'مدينه', 'город']);
const CITY_NOUN_OF = new Set(['of', 'de', 'di', 'do', 'da']);
function namedAsCity(t: readonly Token[], m: Mark): boolean {
  const k = CITY_NOUN_OF.has(t[m.start - 1]?.n ?? '') ? m.start - 2 : m.start - 1;
  return CITY_NOUN.has(t[k]?.n ?? '');
}

/** Each knowledge's districts as a phrase index, built once. */
const districtIndexes = new WeakMap<Knowledge, PhraseIndex<CityInfo>>();
/** The districts of Knowledge.districts as a phrase index of their cities, or null when there are none. */
function districtIndex(kb: Knowledge): PhraseIndex<CityInfo> | null {
  if (!kb.districts || kb.districts.size === 0) return null;
  let idx = districtIndexes.get(kb);
  if (!idx) {
    idx = new PhraseIndex<CityInfo>();
    for (const [d, city] of kb.districts) idx.add(d, city);
    districtIndexes.set(kb, idx);
  }
  return idx;
}
/** The first district (see Knowledge.districts) named in these sentences, with its city. */
function districtCity(kb: Knowledge, sentences: Analysis[]): { city: CityInfo; evidence: string } | null {
  const idx = districtIndex(kb);
  if (!idx) return null;
  for (const a of sentences) {
    const t = a.s.tokens;
    for (let i = a.s.datelineTokens; i < t.length; i++) {
      const hit = idx.matchAt(t, i);
      if (hit) return { city: hit.value, evidence: a.s.text };
    }
  }
  return null;
}

const CITY_OPENER = new Set(['in', 'en', 'a', 'im', 'at']);
/**
 * "l'ambassade des États-Unis à Tabarre", "the embassy in Wazir Akbar Khan": a district just after the mission (its
 * country between), its city.
 */
function districtAfter(kb: Knowledge, a: Analysis, from: number): CityInfo | null {
  const idx = districtIndex(kb);
  if (!idx) return null;
  const t = a.s.tokens;
  for (let j = from; j < Math.min(t.length - 1, from + 5); j++) {
    if (commaBefore(a.s, j)) return null;
    if (!CITY_OPENER.has(t[j]!.n)) continue;
    const hit = idx.matchAt(t, j + 1);
    if (hit) return hit.value;
  }
  return null;
}
/**
 * The countries where the links of a sentence place their attack, by a sizeable city (null when one is unsaid): "the consulate in Benghazi",
 * "the Kabul embassy", "In Cairo, protesters climbed ...", "protesters in Khartoum set ... on fire"; null when unsaid.
 */
/** A city of 100,000 people or a capital: one that places an attack. */
function sizeable(kb: Knowledge, c: CityInfo): boolean {
  return c.population >= 100000 || kb.capitals.get(c.country) === c.name;
}
export function countriesOfLinks(kb: Knowledge, a: Analysis): string[] | null {
  const countries: string[] = [];
  const t = a.s.tokens;
  for (const l of a.links) {
    let city = cityAfter(kb, a, l.m.end).city;
    if (!city || !sizeable(kb, city)) {
      const from = Math.min(l.m.start, l.c.start);
      const before = a.marks.filter((x) => x.value.k === 'city' && x.start >= a.s.datelineTokens && x.end <= from && from - x.end <= 12 && (x.end === l.m.start || CITY_OPENER.has(t[x.start - 1]?.n ?? '')) && !a.marks.some((y) => y.value.k === 'country' && y.start <= x.start && y.end >= x.end));
      const c = before[before.length - 1];
      city = c && c.value.k === 'city' && sizeable(kb, c.value.city) ? c.value.city : null;
    }
    if (!city) return null;
    // (Links placed in two countries: "the consulate in Bamako was pelted ..., and in Ouagadougou protesters ...".)
    if (!countries.includes(city.country)) countries.push(city.country);
  }
  return countries.length > 0 ? countries : null;
}

/** A body sentence that names cities, none of them the attack's: about another place ("the attack in Benghazi"). */
export function placedElsewhere(a: Analysis, city: string | null): boolean {
  if (!city || a.s.isTitle) return false;
  const cities = a.marks.filter((m) => m.value.k === 'city' && m.start >= a.s.datelineTokens && m.value.city.population >= 100000);
  return cities.length > 0 && !cities.some((m) => m.value.k === 'city' && m.value.city.name === city);
}

const THERE = new Set(['there', 'la', 'alli', 'ahi', 'dort', 'هناك']);
/**
 * "A second envelope addressed to a courier company in Milan was intercepted. Nobody was hurt there.": a toll "there"
 * is of the place the sentence before named, when that is another city than the attack's.
 */
export function thereElsewhere(analyses: Analysis[], a: Analysis, city: string | null): boolean {
  const t = a.s.tokens;
  if (city === null || !a.marks.some((m) => (m.value.k === 'nocas' || m.value.k === 'killed' || m.value.k === 'wounded') && THERE.has(t[m.end]?.n ?? ''))) return false;
  const before = analyses[a.s.index - 1];
  return before !== undefined && before.s.line === a.s.line && before.marks.some((m) => m.value.k === 'city' && m.value.city.name !== city) && !before.marks.some((m) => m.value.k === 'city' && m.value.city.name === city);
}
const TOLL_IN = new Set(['in', 'during', 'en', 'lors', 'bei', 'في']);
/**
 * "At least four Nigerians were killed in the Johannesburg unrest": a toll placed in another city right after its
 * verb is another event's (not "the wounded were taken to hospitals in Lagos", where a hospital comes between).
 */
export function tollPlacedElsewhere(a: Analysis, city: string | null): boolean {
  if (!city) return false;
  const t = a.s.tokens;
  return a.marks.some((m) => {
    if (m.value.k !== 'killed' && m.value.k !== 'wounded') return false;
    const k = t.slice(m.end, m.end + 3).findIndex((x) => TOLL_IN.has(x.n));
    if (k < 0) return false;
    const from = m.end + k + 1;
    const other = a.marks.find((c) => c.value.k === 'city' && c.start >= from && c.start <= from + 3 && c.value.city.population >= 100000);
    return other !== undefined && other.value.k === 'city' && other.value.city.name !== city && !t.slice(from, other.start).some((x) => HOSPITAL.has(x.n));
  });
}
