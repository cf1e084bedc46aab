// The marks: what the phrase index finds in a sentence (missions, attack cues, frames, places,
// groups, casualty words) and the corrections made to them before any reading.
import type { AttackType } from '../types.js';
import type { CityInfo, Knowledge } from './knowledge.js';
import * as L from './lexicon.js';
import type { FrameKind } from './lexicon.js';
import { isCapitalized, PhraseIndex, type PhraseMatch, type Sentence, type Token, WORD } from './text.js';
import { DATE_WORD_CLASSES } from './dates.js';
import { CASUALTY_WORD_CLASSES } from './casualties.js';
import { fewDaysBefore, policeRaid, protectiveOrRuin, seizedAfter, seizedBefore } from './relevance.js';
import { ACCIDENT, ACCIDENT_PAIRS, AFFILIATE, ARTICLE, ANAPHOR_NOUNS, ANNIVERSARY, APPROACH, ARABIC, ARMED_GROUP, ARMED_WITH, BLAST_TRACE, CALLER, FIREARM, GROUP_HEADS, GROUP_NOUNS, LIST_INTRO, LONG_WEEKDAY_STEMS, MEMBERS, MISSION_PART, MISSION_TAG, MONTHISH, NAMES_ITSELF, NAMING, PREP_IN, RECENT, RELATIVE, REPEATEDLY, RESIDENCE, RESIDENCE_OF, RETRACT, RULED_OUT_ACCIDENT, SINCE, SUBJECT_PRONOUNS, TARGET_NOUN, V2_AUX, WEEKDAY_KEYS } from './words.js';

export type Tag =
  | { k: 'mission'; sub: 'mission' | 'diplomat' }
  | { k: 'cue'; type: AttackType | null; strength: 1 | 2; explosion?: boolean; air?: boolean; drone?: boolean; crowdOnly?: boolean; typeOnly?: boolean; notWeapon?: boolean }
  | { k: 'frame'; kind: FrameKind }
  | { k: 'other' | 'break' | 'bg' | 'claim' | 'blame' | 'deny' | 'noclaim' | 'killed' | 'wounded' | 'attacker' | 'crowd' | 'capital' | 'prep' | 'otherEvent' | 'afterRef' }
  | { k: 'nocas'; which: 'both' | 'killed' | 'wounded' }
  | { k: 'country'; code: string }
  | { k: 'city'; city: CityInfo }
  | { k: 'group'; name: string; own?: boolean };
export type Mark = PhraseMatch<Tag>;

// (One of them too: "Un manifestant a été tué lors de la dispersion" is a mob's member, no victim.)
const CROWD = ['rioters', 'rioter', 'protester', 'protestor', 'demonstrator', 'manifestant', 'manifestante', 'demonstrant', 'emeutier', 'متظاهر', 'محتج', 'mobs', 'looters', 'protesters', 'protestors', 'demonstrators', 'crowd', 'crowds', 'supporters', 'students', 'mob', 'manifestants', 'protestataires', 'manifestantes', 'demonstranten', 'hoodlums', 'hooligans', 'fans', 'ultras', 'youths', 'turba', 'turbas', 'muchedumbre', 'foule', 'foules', 'emeutiers', 'randalierer', 'menschenmenge', 'محتجون', 'محتجين', 'متظاهرون', 'متظاهرين', 'انصار'];
const CAPITAL = ['capital', 'capitale', 'hauptstadt', 'عاصمه'];

const OFFICE_HOLDERS = new Set(['bearers', 'bearer', 'holders', 'holder']);

export interface Analysis {
  s: Sentence;
  marks: Mark[];
  links: { m: Mark; c: Mark }[];
  /** A mission/attack pair exists but every one was blocked by a frame (threat, past, ...). */
  blockedFrame: FrameKind | 'old' | 'negated' | null;
  state: 'ours' | 'other' | null;
  strength: number;
  /** The sentence names the mission that the next sentence's attack takes up ("its gate", "the building"). */
  antecedent?: boolean;
  /** A court or an accusation over an attack dated within the week: news under a trial's headline. */
  accusedRecent?: boolean;
}

/** Every field of every kind of Tag, all present (a field added to Tag and not copied below fails to compile). */
type AllTagFields = Record<KeysOfEach<Tag>, unknown>;
type KeysOfEach<T> = T extends unknown ? keyof T : never;
/**
 * The tag with all the fields of every kind, in one order (the unset ones undefined), built by one literal. One
 * hidden class for all tags keeps the classifier's countless `m.value.k` reads monomorphic instead of probing a
 * dozen shapes; every field reads the same as before.
 */
export function uniformTag(tag: Tag): Tag {
  const t: Partial<AllTagFields> = tag;
  const all: AllTagFields = {
    k: t.k, sub: t.sub, type: t.type, strength: t.strength, explosion: t.explosion, air: t.air, drone: t.drone, crowdOnly: t.crowdOnly,
    typeOnly: t.typeOnly, notWeapon: t.notWeapon, kind: t.kind, which: t.which, code: t.code, city: t.city, name: t.name, own: t.own,
  };
  return all as Tag;
}
const ARABIC_FIRE_VERB = new Set(['اطلق', 'اطلقوا', 'اطلقت', 'فتح', 'فتحوا', 'فتحت']);
/** Arabic "blew himself up" with the subject inside: "فجر مهاجم نفسه", "فجرت انتحارية نفسها". */
const ARABIC_BLEW = new Set(['فجر', 'فجرت', 'فجروا']);
/** Launch verbs of a passive whose subject is a drone: "two drones were launched at the embassy", "deux drones ont été lancés contre". */
const LAUNCHED = new Set(['launched', 'lances', 'lancees', 'lance', 'lancee', 'lanzados', 'lanzadas', 'lanzaron', 'lanzo', 'disparados', 'abgefeuert', 'gestartet', 'اطلقت', 'اطلق', 'اطلقوا']);
/** The words accidentTold starts from (an accident word, a pair's first word, "ruled out"): its word class. */
const ACCIDENT_WORDS = [...ACCIDENT, ...[...ACCIDENT_PAIRS].map((p) => p.split(' ')[0]!), ...RULED_OUT_ACCIDENT];

export function buildIndex(kb: Knowledge): PhraseIndex<Tag> {
  const idx = new PhraseIndex<Tag>();
  const add = (phrase: string, tag: Tag, opts?: { upper?: boolean }): void => idx.add(phrase, uniformTag(tag), opts);
  for (const [sub, words] of Object.entries(L.MISSION_WORDS)) for (const w of words) add(w, { k: 'mission', sub: sub as 'mission' | 'diplomat' });
  for (const [type, words] of Object.entries(L.ATTACK_WORDS)) {
    for (const w of words) {
      const tag: Tag = type === 'generic' ? { k: 'cue', type: null, strength: 1 }
        : type === 'air' ? { k: 'cue', type: 'other', strength: 2, air: true }
        // A drone is a stand-off weapon like a rocket (the labels' reading; aircraft strikes stay 'other').
        : type === 'drone' ? { k: 'cue', type: 'rocket_mortar', strength: 1, drone: true, typeOnly: true }
        : type === 'crowd_damage' ? { k: 'cue', type: 'arson_mob', strength: 2, crowdOnly: true }
        : type === 'drone_strike' ? { k: 'cue', type: 'rocket_mortar', strength: 2, drone: true }
        : { k: 'cue', type: type === 'explosion' ? 'bombing' : (type as AttackType), strength: 2, explosion: type === 'explosion' };
      add(w, tag);
    }
  }
  // "a bomb squad", "an explosive row": dropped with the attack words inside them (markSentence).
  for (const w of L.NOT_WEAPON_WORDS) add(w, { k: 'cue', type: null, strength: 1, typeOnly: true, notWeapon: true });
  // "gunmen then rushed into the compound": an assault's type only, never a link by itself (extractTypes wants armed men before it).
  for (const w of L.ENTRY_WORDS) add(w, { k: 'cue', type: 'armed_assault', strength: 1, typeOnly: true });
  for (const [kind, words] of Object.entries(L.FRAME_WORDS)) for (const w of words) add(w, { k: 'frame', kind: kind as FrameKind });
  const simple: [Tag['k'], readonly string[]][] = [
    ['other', L.OTHER_TARGETS], ['break', L.CLAUSE_BREAKS], ['bg', L.BACKGROUND_WORDS], ['otherEvent', L.OTHER_EVENT_WORDS], ['afterRef', L.AFTER_REFERENCE_WORDS], ['claim', L.CLAIM_WORDS],
    ['blame', L.BLAME_WORDS], ['deny', L.DENY_WORDS], ['noclaim', L.NO_CLAIM_PHRASES], ['killed', L.KILLED_WORDS],
    ['wounded', L.WOUNDED_WORDS], ['attacker', L.ATTACKER_WORDS], ['crowd', CROWD], ['capital', CAPITAL], ['prep', PREP_IN],
  ];
  for (const [k, words] of simple) for (const w of words) add(w, { k } as Tag);
  for (const [which, words] of Object.entries(L.NO_CASUALTY_PHRASES)) for (const w of words) add(w, { k: 'nocas', which: which as 'both' });
  for (const [key, code] of kb.countries) add(key, { k: 'country', code }, { upper: kb.upperCaseCountries.has(key) });
  for (const [key, name] of kb.groups) add(key, { k: 'group', name }, { upper: kb.upperCaseGroups.has(key) });
  for (const [key, city] of kb.cities) add(key, { k: 'city', city });
  // What the scans below look for, reported by the index as it marks each sentence (see WORD).
  idx.addWordClass(MONTHISH, WORD.month);
  idx.addWordClass(TARGET_NOUN, WORD.targetNoun);
  idx.addWordClass(APPROACH, WORD.approach);
  idx.addWordClass(V2_AUX, WORD.germanAux);
  idx.addWordClass(LIST_INTRO, WORD.listIntro);
  idx.addWordClass(SINCE, WORD.since);
  // ("have attacked diplomatic missions before": the last word of an experience, too.)
  idx.addWordClass([...REPEATEDLY, 'times', 'before', 'active'], WORD.habitual);
  idx.addWordClass(['menge', 'feuer', ...MISSION_PRONOUN, ...HOSPITAL_NAMED, ...ARABIC_FIRE_VERB, ...ARABIC_BLEW, ...LAUNCHED], WORD.extraMark);
  idx.addWordClass(NAMES_ITSELF, WORD.namesItself);
  idx.addWordClass(CALLER, WORD.caller);
  idx.addWordClass([...RECENT, ...WEEKDAY_KEYS, ...LONG_WEEKDAY_STEMS.map((w) => w + '*')], WORD.recentDay);
  idx.addWordClass(RELATIVE, WORD.relative);
  idx.addWordClass(ANNIVERSARY, WORD.anniversary);
  idx.addWordClass(GROUP_HEADS, WORD.groupHead);
  idx.addWordClass([...GROUP_NOUNS, ...NAMING, 'itself', 'themselves', 'como', 'nennt', 'nennen', 'nannte'], WORD.groupIntro);
  idx.addWordClass([...GROUP_NOUNS, ...AFFILIATE], WORD.groupNoun);
  idx.addWordClass([...ARMED_WITH, ...FIREARM, ...ARMED_GROUP], WORD.armed);
  idx.addWordClass(RETRACT, WORD.retract);
  idx.addWordClass(MEMBERS, WORD.members);
  idx.addWordClass(ANAPHOR_NOUNS, WORD.anaphorNoun);
  idx.addWordClass(BLAST_TRACE, WORD.blastTrace);
  idx.addWordClass(ACCIDENT_WORDS, WORD.accident);
  for (const [words, bit] of [...CASUALTY_WORD_CLASSES, ...DATE_WORD_CLASSES]) idx.addWordClass(words, bit);
  return idx;
}
export function markSentence(idx: PhraseIndex<Tag>, s: Sentence): Mark[] {
  const out: Mark[] = [];
  const tokens = s.tokens;
  s.memo.classes = idx.allIn(tokens, out);
  // Most sentences have no cue, no country, no city: the steps below run only for the kinds they read.
  let cuesOrBackground = false, names = false, diplomats = false, cities = false;
  for (const m of out) {
    const k = m.value.k;
    if (k === 'cue' || k === 'otherEvent' || k === 'bg') cuesOrBackground = true;
    else if (k === 'country' || k === 'group') names = true;
    else if (k === 'city') cities = names = true;
    else if (k === 'mission' && m.value.sub === 'diplomat') diplomats = true;
  }
  if (cuesOrBackground) dropNonAttacks(tokens, s, out);
  if (names) addOwnedMissions(tokens, out);
  if (diplomats) addEnvoyResidences(tokens, out);
  if (cities) dropTreatyCities(tokens, out);
  return names ? pruneNames(tokens, out) : out;
}
const CROWD_CONTROL = new Set(['tear', 'teargas', 'sound', 'stun', 'rubber', 'lacrymogenes', 'lacrimogenas']);
const RAID = new Set(['raid', 'raided', 'raids', 'raiding']);
const HISTORY = new Set(['history', 'histoire', 'historia', 'geschichte', 'تاريخ']);
const FIRST_EVER = new Set(['first', 'deadliest', 'worst', 'biggest', 'largest', 'bloodiest', 'premier', 'premiere', 'plus', 'primer', 'primera', 'peor', 'erste', 'ersten', 'erster', 'schwerste', 'schwersten', 'اول', 'اسوا']);
const MOCK = new Set(['mock', 'fake', 'replica', 'dummy', 'simulated', 'fictitious', 'factice', 'fictive', 'ficticia', 'ficticio', 'simulada', 'simulado', 'nachgebaute', 'nachgebauten', 'fiktive', 'fiktiven']);
const ANOTHER = new Set(['another', 'un', 'une', 'ein', 'einen', 'einem']);

const AFTER_PRONOUN = new Set(['before', 'after', 'and', 'or', 'but', 'in', 'at', 'on', 'with', 'while', 'who', 'as', 'when', 'outside', 'inside', 'near', 'nearby', 'was', 'were', 'is', 'had', 'has']);
/** "another" ending its phrase (a clause's end, or a preposition or conjunction after it): "one ... and another". */
function anotherAlone(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next === undefined || AFTER_PRONOUN.has(next.n) || /^\s*[,.;:)]/.test(text.slice(tokens[at]!.end, next.start));
}

/** Drops the cues that name no attack and the background words that date nothing (in place). */
function dropNonAttacks(tokens: readonly Token[], s: Sentence, out: Mark[]): void {
  // "fired tear gas shells and sound grenades": crowd control, neither artillery nor a grenade attack.
  // "a bomb squad later searched the building", "an explosive row": no weapon used (lexicon NOT_WEAPON_WORDS).
  const control = out.filter((m) => m.value.k === 'cue' && (m.value.notWeapon === true || (m.end - m.start > 1 && (CROWD_CONTROL.has(tokens[m.start]!.n) || CROWD_CONTROL.has(tokens[m.end - 1]!.n)))));
  for (const c of control) for (let j = out.length - 1; j >= 0; j--) if (out[j]!.value.k === 'cue' && out[j]!.start >= c.start && out[j]!.end <= c.end) out.splice(j, 1);
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    // "One guard was killed and another wounded", "another constable and a driver were injured": another
    // victim, not another event (no attack word before the casualty word).
    // ("Parmi les blessés figurent un autre gendarme": the casualty word before it.)
    if (m.value.k === 'otherEvent' && ANOTHER.has(tokens[m.start]!.n)) {
      const cas = out.find((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && ((x.start >= m.end && x.start - m.end <= 6) || (x.end <= m.start && m.start - x.end <= 3)));
      if (cas && !out.some((x) => x.value.k === 'cue' && x.start >= Math.min(m.end, cas.end) && x.start < Math.max(cas.start, m.start))) out.splice(i, 1);
      // "stabbed one constable and slashed the arm of another before ...": a pronoun standing for a person, no noun after.
      else if (m.end - m.start === 1 && tokens[m.start]!.n === 'another' && anotherAlone(s.text, tokens, m.start)) out.splice(i, 1);
    }
    // "had placed a package next to the entrance minutes before it exploded": the same event's own sequence, told of
    // what a pronoun takes up.
    else if (m.value.k === 'otherEvent' && tokens[m.start]!.n === 'minutes' && SUBJECT_PRONOUNS.has(tokens[m.end]?.n ?? '')) out.splice(i, 1);
    else if (m.value.k === 'bg' && tokens[m.start]!.n === 'ago' && fewDaysBefore(tokens, m.start)) out.splice(i, 1); // "two days ago" is as recent as "yesterday"
    // "Caracas, 9 ago (Agencia Continental).-": the dateline's Spanish "agosto", no "ago".
    else if (m.value.k === 'bg' && m.end <= s.datelineTokens) out.splice(i, 1);
    // "it was the first suicide attack on a foreign mission in Nigeria's history": a record set now, no background.
    else if (m.value.k === 'bg' && HISTORY.has(tokens[m.start]!.n) && tokens.slice(Math.max(0, m.start - 12), m.start).some((x) => FIRST_EVER.has(x.n))) out.splice(i, 1);
    // "فأردوه قتيلاً في الحال" (immediately): the article folds into the hypothetical "في حال" (in case).
    else if (m.value.k === 'frame' && tokens[m.end - 1]!.s === 'الحال') out.splice(i, 1);
    // "threw a grenade at the police post by the gate", "opened fire on the police post outside the Egyptian embassy": a
    // post guarding the mission, no other target (unlike "a hotel near the embassy").
    else if (m.value.k === 'other' && missionPost(tokens, out, m)) out.splice(i, 1);
    // "the building that houses Brazil's embassy": the verb, no houses hit, when one country's mission follows (not "the
    // Green Zone, which houses foreign embassies": the zone hit).
    else if (m.value.k === 'other' && tokens[m.start]!.n === 'houses' && RELATIVE_THAT.has(tokens[m.start - 1]?.n ?? '') && out.some((c) => c.value.k === 'country' && c.start >= m.end && c.start - m.end <= 2 && out.some((x) => x.value.k === 'mission' && x.start > c.start && x.start - c.end <= 2))) out.splice(i, 1);
    // "registered an FIR against office-bearers of the group": people holding office, no office hit.
    else if (m.value.k === 'other' && tokens[m.start]!.n === 'office' && OFFICE_HOLDERS.has(tokens[m.end]?.n ?? '')) out.splice(i, 1);
    // "stormed the gate of a mock embassy building": a stage set for a drill, no mission.
    else if (m.value.k === 'mission' && MOCK.has(tokens[m.start - 1]?.n ?? '')) out.splice(i, 1);
    // "a shrimp plant owned by Finland's honorary consul": a businessman with a consular title is no diplomat at a
    // mission (his honorary consulate, an office, stays one).
    else if (m.value.k === 'mission' && m.value.sub === 'diplomat' && HONORARY.has(tokens[m.start - 1]?.n ?? '')) out.splice(i, 1);
    // "Lwiw (früher Lemberg)", "Lviv (formerly Lvov)": a former name, no earlier event.
    else if (m.value.k === 'bg' && m.start > 0 && s.text.slice(tokens[m.start - 1]!.end, tokens[m.start]!.start).includes('(')) out.splice(i, 1);
    // "counter-terrorism squad Densus 88 had raided two houses": a police raid, no attack.
    else if (m.value.k === 'cue' && RAID.has(tokens[m.start]!.n) && policeRaid(tokens, m.start)) out.splice(i, 1);
    else if (m.value.k === 'cue' && m.end - m.start === 1 && protectiveOrRuin(tokens, m.start)) out.splice(i, 1);
    // "Gunmen storm consulate", not "a storm damaged the embassy roof": the present tense only after its attackers.
    else if (m.value.k === 'cue' && (tokens[m.start]!.n === 'storm' || tokens[m.start]!.n === 'storms') && m.end - m.start === 1 && !out.some((x) => (x.value.k === 'attacker' || x.value.k === 'crowd') && x.end <= m.start && m.start - x.end <= 1) && tokens[m.start - 1]?.n !== 'to') out.splice(i, 1);
    // "Officers recovered two improvised explosive devices": weapons seized before use.
    else if (m.value.k === 'cue' && (m.value.type === 'bombing' || m.value.type === 'rocket_mortar' || m.value.type === 'suicide_attack') && (seizedBefore(tokens, m.start) || seizedAfter(tokens, m.end))) out.splice(i, 1);
  }
}
const RELATIVE_THAT = new Set(['that', 'which', 'also', 'still']);
const HONORARY = new Set(['honorary', 'honoraire', 'honorario', 'honoraria', 'honorar', 'honorarkonsul', 'onorario', 'fahri', 'فخري']);
const BY_THE_GATE = new Set(['by', 'at', 'outside', 'near', 'beside', 'in', 'front', 'devant', 'frente', 'vor']);
const POST = new Set(['post', 'posts', 'poste', 'puesto']);
/** The other-target mark m names a post, and the mission or a part of it follows within four words. */
function missionPost(t: readonly Token[], marks: Mark[], m: Mark): boolean {
  if (!POST.has(t[m.end - 1]!.n) || !BY_THE_GATE.has(t[m.end]?.n ?? '')) return false;
  for (let k = m.end + 1; k < Math.min(t.length, m.end + 5); k++) {
    if (MISSION_PART.has(t[k]!.n) || marks.some((x) => x.value.k === 'mission' && x.start === k)) return true;
  }
  return false;
}
const OWNED_MISSION = new Set(['mission', 'missions', 'compound', 'residence']);

/** "the Israeli mission", "Qatar's mission", "the mission of Qatar": a mission that a country owns is a diplomatic one. */
function addOwnedMissions(tokens: readonly Token[], out: Mark[]): void {
  for (let i = 0, n = out.length; i < n; i++) {
    const c = out[i]!;
    if (c.value.k !== 'country') continue;
    let k = c.end;
    if (tokens[k]?.n === 's') k++;
    if (OWNED_MISSION.has(tokens[k]?.n ?? '') && tokens[k]!.n !== 'residence') out.push({ start: k, end: k + 1, value: MISSION_TAG });
    const b = c.start - 2;
    if (b >= 0 && tokens[c.start - 1]!.n === 'of' && (tokens[b]!.n === 'mission' || tokens[b]!.n === 'missions')) out.push({ start: b, end: b + 1, value: MISSION_TAG });
    else if (b >= 1 && tokens[c.start - 1]!.n === 'the' && tokens[b]!.n === 'of' && (tokens[b - 1]!.n === 'mission' || tokens[b - 1]!.n === 'missions')) out.push({ start: b - 1, end: b, value: MISSION_TAG });
  }
}
const OFFICIAL = new Set(['official', 'oficial', 'officielle', 'offizielle', 'private', 'privee', 'privada']);

/** "the residence of Japan's ambassador", "die Residenz des deutschen Botschafters": the envoy's home is a mission. */
const EXCELLENCY = new Set(['excellency', 'excellence', 'excelencia', 'exzellenz', 'سعاده']);
function addEnvoyResidences(tokens: readonly Token[], out: Mark[]): void {
  for (let i = 0, n = out.length; i < n; i++) {
    const d = out[i]!;
    if (d.value.k !== 'mission' || d.value.sub !== 'diplomat') continue;
    // (Up to "the residence of Saudi Arabia's ambassador".)
    for (let k = d.start - 1; k >= Math.max(0, d.start - 6); k--) {
      if (!RESIDENCE.has(tokens[k]!.n)) continue;
      // (Arabic joins the two without "of": "منزل السفير".)
      // (Through to the envoy after an honorific, whose owner follows: "la résidence de Son Excellence l'Ambassadeur de Djibouti".)
      // ("la résidence officielle de l'ambassadeur du Canada": through to the envoy, whose owner follows, as the
      // lexicon's "résidence de l'ambassadeur" does.)
      const between = tokens.slice(k + 1, d.start);
      const throughEnvoy = between.some((x) => EXCELLENCY.has(x.n)) || (between.some((x) => OFFICIAL.has(x.n)) && between.every((x) => OFFICIAL.has(x.n) || RESIDENCE_OF.has(x.n) || ARTICLE.has(x.n)));
      const end = throughEnvoy ? d.end : k + 1;
      if (RESIDENCE_OF.has(tokens[k + 1]?.n ?? '') || (OFFICIAL.has(tokens[k + 1]?.n ?? '') && RESIDENCE_OF.has(tokens[k + 2]?.n ?? '')) || (k + 1 === d.start && ARABIC.test(tokens[k]!.n))) out.push({ start: k, end, value: MISSION_TAG });
      break;
    }
    // ("Gunmen fire on Mozambican envoy's Waterkloof residence": the residence after the possessive and a place.)
    if (tokens[d.end]?.n === 's') {
      const next = tokens[d.end + 1];
      const r = next === undefined ? -1 : RESIDENCE.has(next.n) ? d.end + 1 : isCapitalized(next) && RESIDENCE.has(tokens[d.end + 2]?.n ?? '') ? d.end + 2 : -1;
      if (r > 0 && !out.some((m) => m.value.k === 'mission' && m.start <= r && m.end > r)) out.push({ start: r, end: r + 1, value: MISSION_TAG });
    }
  }
}
const TREATY = new Set(['convention', 'conventions', 'convencion', 'convenciones', 'konvention', 'ubereinkommen', 'abkommen', 'accord', 'accords', 'treaty', 'agreement', 'اتفاقيه', 'معاهده']);

/** "the Vienna Convention", "اتفاقية فيينا", "la Convention de Vienne": a treaty, not the city (in place). */
function dropTreatyCities(tokens: readonly Token[], out: Mark[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    if (m.value.k !== 'city') continue;
    const prev = tokens[m.start - 1];
    const before = prev?.n === 'de' || prev?.n === 'of' ? tokens[m.start - 2] : prev;
    // (Arabic "لاتفاقية فيينا", "under the Vienna Convention": the treaty behind a clitic.)
    if (TREATY.has(tokens[m.end]?.n ?? '') || TREATY.has(before?.n ?? '') || TREATY.has(before?.alt ?? '')) out.splice(i, 1);
  }
}

/**
 * Proper names must be capitalised (Latin script): "Mission" the city vs "mission".
 * Of overlapping names of one kind, keep the longest ("Kataib Hezbollah", not also "Hezbollah").
 */
const REGION_BEFORE = new Set(['central', 'latin', 'south', 'north']);
const REGION_AFTER = new Set(['latine', 'latina', 'central', 'centrale', 'del', 'du']);
/** "Central America", "Latin America", "Amérique latine", "América del Sur": a region, not the United States. */
function americasRegion(tokens: readonly Token[], m: Mark): boolean {
  const n = tokens[m.start]!.n;
  return m.end - m.start === 1 && (n === 'america' || n === 'amerique') && (REGION_BEFORE.has(tokens[m.start - 1]?.n ?? '') || REGION_AFTER.has(tokens[m.end]?.n ?? ''));
}
// (And the German nouns, capitalised, that introduce a city: "in der mauretanischen Hauptstadt Nouakchott".)
const CITY_NAME_MODIFIERS = new Set(['new', 'old', 'greater', 'east', 'west', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western', 'downtown', 'upper', 'lower', 'outer', 'inner',
  'hauptstadt', 'stadt', 'provinzhauptstadt', 'hafenstadt', 'grenzstadt', 'metropole', 'millionenstadt']);
/**
 * "the checkpoint at the entrance to the embassy street in Bir Hassan": a town's name as the last word of a longer
 * name (a district, a street), after a capitalised word mid-sentence that is no country, demonym or compass word.
 */
function insideLongerName(tokens: readonly Token[], out: Mark[], m: Mark): boolean {
  const p = tokens[m.start - 1];
  if (!p || m.start - 1 === 0 || !isCapitalized(p) || ARABIC.test(p.s) || p.s === p.s.toUpperCase() || CITY_NAME_MODIFIERS.has(p.n)) return false;
  if (L.WEEKDAYS[p.n] !== undefined || L.MONTHS[p.n] !== undefined || tokens[m.start]!.start !== p.end + 1) return false;
  return !out.some((o) => (o.value.k === 'country' || o.value.k === 'group' || o.value.k === 'city') && o !== m && o.end === m.start);
}
/** Country names that are also common words, names only when capitalised. */
const COMMON_WORD_COUNTRIES = new Set(['grenade', 'granada', 'turkey', 'china', 'guinea', 'chad', 'jordan']);
function pruneNames(tokens: readonly Token[], out: Mark[]): Mark[] {
  let nameCount = 0;
  let lowerCity = false;
  let ambiguous = false;
  for (const m of out) {
    const k = m.value.k;
    if (k === 'group' || k === 'country' || k === 'city') {
      nameCount++;
      if ((k === 'country' || k === 'city') && m.end - m.start === 1 && COMMON_WORD_COUNTRIES.has(tokens[m.start]!.n)) ambiguous = true;
      if (k === 'country' && americasRegion(tokens, m)) ambiguous = true;
      if (k === 'city' && ((!isCapitalized(tokens[m.start] as Token) && !/^\d/.test((tokens[m.start] as Token).s)) || insideLongerName(tokens, out, m))) lowerCity = true;
    }
  }
  // Nothing to prune: no overlapping names possible and every city is capitalised.
  if (nameCount === 0 || (nameCount === 1 && !lowerCity && !ambiguous)) return out;
  const names = out.filter((m) => m.value.k === 'group' || m.value.k === 'country' || m.value.k === 'city');
  return out.filter((m) => {
    if ((m.value.k === 'group' || m.value.k === 'country' || m.value.k === 'city') && names.some((o) => o !== m && o.value.k === m.value.k && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) return false;
    if (ambiguous && m.value.k === 'country' && americasRegion(tokens, m)) return false;
    // "a grenade attack", "una granada", "roast turkey": the common word, not Grenada or Turkey.
    if (ambiguous && m.value.k === 'country' && m.end - m.start === 1 && COMMON_WORD_COUNTRIES.has(tokens[m.start]!.n) && !isCapitalized(tokens[m.start] as Token)) return false;
    // "el consulado de Marruecos en Granada": the place, not a grenade.
    if (ambiguous && m.value.k === 'cue' && m.end - m.start === 1 && COMMON_WORD_COUNTRIES.has(tokens[m.start]!.n) && isCapitalized(tokens[m.start] as Token) && m.start > 0) return false;
    // Countries and groups may be lower-case adjectives ("deutschen", "talibans"); acronyms are checked by the index.
    if (m.value.k === 'city') return (isCapitalized(tokens[m.start] as Token) || /^\d/.test((tokens[m.start] as Token).s)) && !insideLongerName(tokens, out, m);
    return true;
  });
}
export const has = (marks: Mark[], k: Tag['k'], from: number, to: number): boolean => marks.some((m) => m.value.k === k && m.start >= from && m.end <= to);
/** Where a launch goes: "at", "towards", "contre", "hacia", "auf", "باتجاه". */
const LAUNCHED_AT = new Set(['at', 'towards', 'toward', 'against', 'contre', 'vers', 'contra', 'hacia', 'auf', 'gegen', 'علي', 'باتجاه', 'نحو']);
/** "Two drones were launched at the Lithuanian embassy", "zwei Drohnen wurden ... auf die Botschaft abgefeuert", "أُطلقت طائرتان مسيرتان باتجاه السفارة": a drone launched at a place is a drone strike. */
function droneLaunched(t: readonly Token[], marks: Mark[], i: number): boolean {
  // (German puts the participle last, the direction before it: "Drohnen wurden ... auf die Botschaft ... abgefeuert".)
  if (t[i]!.n === 'abgefeuert' || t[i]!.n === 'gestartet') return droneBetween(marks, i - 15, i - 1) && t.slice(Math.max(0, i - 12), i).some((x) => LAUNCHED_AT.has(x.n));
  return droneBetween(marks, i - 3, i + 3) && t.slice(i + 1, i + 6).some((x) => LAUNCHED_AT.has(x.n));
}
// (Functions at module level, not closures: tsx keeps names, and naming a closure made at every call was a defineProperty.)
/** A drone cue starting from `from` to `to`. */
function droneBetween(marks: Mark[], from: number, to: number): boolean {
  return marks.some((m) => m.value.k === 'cue' && m.value.drone === true && m.start >= from && m.start <= to);
}
/** Inserts a mark keeping the list in start order. */
/**
 * "the Allied Democratic Forces (ADF) ... officials blamed the ADF": an acronym the article defines in brackets after
 * a group's name stands for that group everywhere in it (config cannot list "ADF": other groups share it).
 */
export function articleAcronyms(analyses: Analysis[]): void {
  let defined: Map<string, Tag> | null = null;
  for (const a of analyses) {
    const t = a.s.tokens;
    for (const g of a.marks) {
      if (g.value.k !== 'group' || g.end >= t.length) continue;
      const acr = t[g.end]!;
      if (!/^\p{Lu}{2,6}$/u.test(acr.s) || !/^\s*\($/.test(a.s.text.slice(t[g.end - 1]!.end, acr.start)) || a.s.text.charAt(acr.end) !== ')') continue;
      (defined ??= new Map()).set(acr.s, g.value);
    }
  }
  if (defined === null) return;
  for (const a of analyses) {
    a.s.tokens.forEach((x, i) => {
      const g = defined!.get(x.s);
      if (g !== undefined && !a.marks.some((m) => m.value.k === 'group' && m.start <= i && m.end > i)) insertMark(a.marks, { start: i, end: i + 1, value: g });
    });
  }
}
const CONGO_REPUBLIC_TAG: Tag = uniformTag({ k: 'country', code: 'CG' });
/**
 * "Congo" alone is the Democratic Republic in wire style (config/demonyms.yaml); in an article that names the Republic
 * of Congo ("République du Congo (Congo-Brazzaville)") and never the DRC by a name of its own, it is the Republic.
 */
export function resolveBareCongo(analyses: Analysis[]): void {
  let republic = false;
  for (const a of analyses) for (const m of a.marks) {
    if (m.value.k !== 'country') continue;
    if (m.value.code === 'CG') republic = true;
    else if (m.value.code === 'CD' && !bareCongo(a, m)) return;
  }
  if (!republic) return;
  for (const a of analyses) for (const m of a.marks) if (m.value.k === 'country' && m.value.code === 'CD' && bareCongo(a, m)) m.value = CONGO_REPUBLIC_TAG;
}
/** "Congo" alone, one word. */
function bareCongo(a: Analysis, m: Mark): boolean {
  return m.end - m.start === 1 && a.s.tokens[m.start]!.n === 'congo';
}
function insertMark(marks: Mark[], m: Mark): void {
  const at = marks.findIndex((x) => x.start > m.start);
  marks.splice(at < 0 ? marks.length : at, 0, m);
}
/** No cue mark covers token i. (A function, not a closure in extraMarks: tsx names every closure it makes, a defineProperty.) */
function noCueAt(marks: Mark[], i: number): boolean {
  return !marks.some((m) => m.value.k === 'cue' && m.start <= i && m.end > i);
}
const ARABIC_FIRE_TAG: Tag = uniformTag({ k: 'cue', type: 'shooting', strength: 2 });
const CROWD_TAG: Tag = uniformTag({ k: 'crowd' });
const ANGRY_CROWD_DE = new Set(['aufgebrachte', 'aufgebrachten', 'wutende', 'wutenden', 'aufgeheizte', 'aufgeheizten', 'zornige', 'zornigen']);
const ARABIC_SELF = new Set(['نفسه', 'نفسها', 'انفسهم']);
/** "فجر اليوم نفسه", "فجر الاثنين نفسه": dawn of that same day, no one blowing himself up. */
const ARABIC_DAWN_OF = new Set(['يوم', 'اليوم', 'ذلك', 'ليله', ...Object.keys(L.WEEKDAYS).filter((w) => ARABIC.test(w))]);
const ARABIC_SELF_TAG: Tag = uniformTag({ k: 'cue', type: 'suicide_attack', strength: 2 });
/** German arson split by the sentence's middle: "haben ... Feuer am Eingang gelegt", "legten in der Nacht Feuer". */
const LAID = new Set(['gelegt', 'legten', 'legte']);
const ARSON_TAG: Tag = uniformTag({ k: 'cue', type: 'arson_mob', strength: 2 });
const DRONE_LAUNCH_TAG: Tag = uniformTag({ k: 'cue', type: 'rocket_mortar', strength: 2, drone: true });
const MISSION_PRONOUN = new Set(['celle']);
const OF_COUNTRY = new Set(['de', 'du', 'des']);
const ARTICLE_FR = new Set(['l', 'la', 'le']);
const HOSPITAL_NAMED = new Set(['hospital', 'clinic', 'infirmary']);
const WOUNDED_TAG: Tag = uniformTag({ k: 'wounded' });
/** "admitted to the National Hospital", "rushed to Aga Khan University Hospital": where "to" stands, or -1. */
function toNamedHospital(t: readonly Token[], i: number): number {
  if (!isCapitalized(t[i]!)) return -1;
  let j = i - 1;
  // ("taken to the Edward Francis Small Teaching Hospital": up to six words of name.)
  while (j >= 0 && i - j <= 6 && isCapitalized(t[j]!) && !ARABIC.test(t[j]!.s)) j--;
  if (j === i - 1) return -1;
  if (t[j]?.n === 'the') j--;
  return t[j]?.n === 'to' ? j : -1;
}
/**
 * Marks the phrase index cannot find (a post-pass over markSentence's output):
 * - Arabic puts the subject between the verb and "fire": "أطلق مجهولون النار على", "فتح مسلحون ملثمون النار" (the
 *   lexicon has only the joined "أطلق النار"): a gunfire cue over verb ... fire, up to two words apart;
 * - "durch eine aufgebrachte Menge": an angry "Menge" is a crowd (not "eine Menge Schaden");
 * - "taken to the National Hospital": taken to a hospital named in capitals is "to hospital", a wound.
 */
export function extraMarks(t: readonly Token[], marks: Mark[]): void {
  for (let i = 0; i < t.length; i++) {
    const v = t[i]!;
    if (v.n === 'menge') {
      if (ANGRY_CROWD_DE.has(t[i - 1]?.n ?? '')) insertMark(marks, { start: i, end: i + 1, value: CROWD_TAG });
      continue;
    }
    // "Unbekannte haben in der Nacht Feuer am Eingang des Generalkonsulats gelegt", "legten ... Feuer": the fire
    // laid, its verb up to ten words after (German puts it last) or six before; the cue is "Feuer" itself.
    if (v.n === 'feuer') {
      if (noCueAt(marks, i) && t.some((x, k) => (k > i ? k - i <= 10 : i - k <= 6) && LAID.has(x.n))) insertMark(marks, { start: i, end: i + 1, value: ARSON_TAG });
      continue;
    }
    // "فجر مهاجم نفسه": verb, subject, "himself" (the lexicon has only the joined "فجر نفسه").
    if ((ARABIC_BLEW.has(v.n) || (v.alt !== undefined && ARABIC_BLEW.has(v.alt))) && !ARABIC_DAWN_OF.has(t[i + 1]?.n ?? '')) {
      for (let j = i + 2; j <= i + 3 && j < t.length; j++) {
        if (!ARABIC_SELF.has(t[j]!.n)) continue;
        if (noCueAt(marks, i)) insertMark(marks, { start: i, end: j + 1, value: ARABIC_SELF_TAG });
        break;
      }
      continue;
    }
    // "incendient le portail de l'ambassade du Rwanda et saccagent celle des Pays-Bas": "that of" a country after a
    // mission named before stands for that country's mission. (Not the plural: "dont celles de la France, de la
    // Belgique": a list, most often of an earlier roundup.)
    if (MISSION_PRONOUN.has(v.n)) {
      const at = ARTICLE_FR.has(t[i + 2]?.n ?? '') ? i + 3 : i + 2; // "celle de l'Ouganda"
      if (OF_COUNTRY.has(t[i + 1]?.n ?? '') && marks.some((m) => m.value.k === 'country' && m.start === at) && marks.some((m) => m.value.k === 'mission' && m.end <= i)) insertMark(marks, { start: i, end: i + 1, value: MISSION_TAG });
      continue;
    }
    if (HOSPITAL_NAMED.has(v.n)) {
      const to = toNamedHospital(t, i);
      if (to >= 0 && !marks.some((m) => m.value.k === 'wounded' && m.start <= i && m.end > to)) insertMark(marks, { start: to, end: i + 1, value: WOUNDED_TAG });
      continue;
    }
    if ((LAUNCHED.has(v.n) || (v.alt !== undefined && LAUNCHED.has(v.alt))) && noCueAt(marks, i) && droneLaunched(t, marks, i)) { insertMark(marks, { start: i, end: i + 1, value: DRONE_LAUNCH_TAG }); continue; }
    if (!ARABIC_FIRE_VERB.has(v.n) && !(v.alt !== undefined && ARABIC_FIRE_VERB.has(v.alt))) continue;
    for (let j = i + 2; j <= i + 3 && j < t.length; j++) {
      if (t[j]!.n !== 'نار') continue;
      if (!marks.some((m) => m.value.k === 'cue' && m.start <= i && m.end > i)) insertMark(marks, { start: i, end: j + 1, value: ARABIC_FIRE_TAG });
      break;
    }
  }
}
