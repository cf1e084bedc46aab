// The classifier: finds the sentences that report an attack on a diplomatic mission and
// extracts the incident's facts from them. Pure code over the word lists in lexicon.ts and the
// Knowledge handed in; one dictionary pass per sentence, no regex per entry.
import type { ArticleText, AttackType, Classification, Classifier, Evidence } from '../types.js';
import { emptyFacts } from '../types.js';
import type { CityInfo, Knowledge } from './knowledge.js';
import * as L from './lexicon.js';
import type { FrameKind } from './lexicon.js';
import { PhraseIndex, WORD, isCapitalized, mayHold, phraseKey, splitSentences, type PhraseMatch, type Sentence, type Token } from './text.js';
import { DATE_WORD_CLASSES, PART_OF_DAY, datesIn, findDates } from './dates.js';
import { CASUALTY_WORD_CLASSES, findCasualties } from './casualties.js';

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
// ("l'ambassade du Soudan dans la capitale tchadienne": French "dans" places a mission as "in" does.)
const PREP_IN = ['in', 'at', 'a', 'en', 'im', 'dans', 'في', 'ب'];
const SKIP_BEFORE = new Set(['s', 'the', 'its', 'their', 'his', 'her', 'top', 'senior', 'main', 'deputy', 'assistant', 'former', 'new', 'a', 'an', 'l', 'la', 'le', 'el', 'die', 'der', 'den', 'dem', 'des']);
const SKIP_AFTER = new Set(['of', 'de', 'd', 'del', 'des', 'du', 'von', 'der', 'the', 'la', 'l', 'le', 'el', 'los', 'general', 'generale', 'general', 's', 'لدى']);

interface Analysis {
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

export function createClassifier(knowledge: Knowledge): Classifier {
  const idx = buildIndex(knowledge);
  return (article) => classifyWith(idx, knowledge, article);
}

/** Every field of every kind of Tag, all present (a field added to Tag and not copied below fails to compile). */
type AllTagFields = Record<KeysOfEach<Tag>, unknown>;
type KeysOfEach<T> = T extends unknown ? keyof T : never;
/**
 * The tag with all the fields of every kind, in one order (the unset ones undefined), built by one literal. One
 * hidden class for all tags keeps the classifier's countless `m.value.k` reads monomorphic instead of probing a
 * dozen shapes; every field reads the same as before.
 */
function uniformTag(tag: Tag): Tag {
  const t: Partial<AllTagFields> = tag;
  const all: AllTagFields = {
    k: t.k, sub: t.sub, type: t.type, strength: t.strength, explosion: t.explosion, air: t.air, drone: t.drone, crowdOnly: t.crowdOnly,
    typeOnly: t.typeOnly, notWeapon: t.notWeapon, kind: t.kind, which: t.which, code: t.code, city: t.city, name: t.name, own: t.own,
  };
  return all as Tag;
}

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
  idx.addWordClass([...REPEATEDLY, 'times', 'before'], WORD.habitual);
  idx.addWordClass(['menge', 'feuer', ...ARABIC_FIRE_VERB, ...ARABIC_BLEW, ...LAUNCHED], WORD.extraMark);
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

/** "two days ago", "3 days ago": at most a week back. */
function fewDaysBefore(tokens: readonly Token[], ago: number): boolean {
  const unit = tokens[ago - 1]?.n;
  if (unit !== 'days' && unit !== 'day') return false;
  const n = tokens[ago - 2]?.n ?? '';
  const v = /^\d{1,2}$/.test(n) ? Number(n) : L.NUMBER_WORDS[n];
  return v !== undefined && v >= 1 && v <= 7;
}

const CROWD_CONTROL = new Set(['tear', 'teargas', 'sound', 'stun', 'rubber', 'lacrymogenes', 'lacrimogenas']);
const ATTACKER_NOUNS = new Set(L.ATTACKER_WORDS);
const RAID = new Set(['raid', 'raided', 'raids', 'raiding']);
/** The police just before "raided" as its subject (not "police said militants raided"). */
function policeRaid(t: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    if (RAIDERS.has(t[k]!.n)) return true;
    if (SPEAKER_VERBS.has(t[k]!.n) || ATTACKER_NOUNS.has(t[k]!.n)) return false;
  }
  return false;
}
const RAIDERS = new Set(['police', 'policemen', 'squad', 'troops', 'commandos', 'agents', 'detectives', 'investigators', 'counter-terrorism', 'counterterrorism', 'swat', 'officers']);
const LOCATED = new Set(['lies', 'lie', 'located', 'situated', 'sits', 'stands', 'trouve', 'situe', 'situee', 'ubicado', 'ubicada', 'situado', 'situada', 'queda', 'liegt', 'liegen', 'gelegen', 'يقع', 'تقع']);
const DISTANCE = new Set(['metres', 'meters', 'distance', 'walk', 'drive', 'distancia', 'entfernung', 'metre', 'meter', 'yards', 'km', 'kilometres', 'kilometers', 'miles', 'blocks', 'streets', 'doors', 'metros', 'cuadras', 'manzanas', 'metern', 'kilometer', 'kilometern', 'متر', 'مترا', 'امتار']);
const DISTANCE_FROM = new Set(['from', 'de', 'd', 'del', 'von', 'vom', 'من']);
const SAME_PLACE = new Set(['street', 'road', 'avenue', 'block', 'building', 'compound']);
/** "300 metres from the French embassy", "two streets from", "on the same street as": a distance from the mission. */
function distanceFrom(t: readonly Token[], m: Mark): boolean {
  // ("a few hundred metres from the Uzbek and Turkmen embassies": two countries before the noun.)
  for (let k = m.start - 1; k >= Math.max(1, m.start - 6); k--) {
    const n = t[k]!.n;
    if (DISTANCE_FROM.has(n) && DISTANCE.has(t[k - 1]!.n)) return true;
    if (n === 'as' && SAME_PLACE.has(t[k - 1]!.n) && t[k - 2]?.n === 'same') return true;
  }
  return false;
}
/** A road named by where it leads: "on the road leading to the Iranian embassy", "sur la route menant à l'ambassade". */
const ROAD = new Set(['road', 'street', 'avenue', 'route', 'rue', 'calle', 'carretera', 'avenida', 'strasse', 'weg', 'طريق', 'شارع']);
const LEADING = new Set(['leading', 'leads', 'menant', 'mene', 'lleva', 'conduce', 'fuhrt', 'fuhrende', 'fuhrenden', 'المودي', 'المؤدي']);
/** "The hotel lies a few hundred metres from the Qatari embassy": the mission only locates another place. */
function landmark(t: readonly Token[], marks: Mark[], m: Mark): boolean {
  if (distanceFrom(t, m)) return true;
  // ("A gunman shot dead a shopkeeper on the road leading to the Iranian embassy": the road, not the mission.)
  for (let k = m.start - 1; k >= Math.max(1, m.start - 5); k--) if (LEADING.has(t[k]!.n) && (ROAD.has(t[k - 1]!.n) || ROAD.has(t[k - 2]?.n ?? ''))) return true;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 12); k--) {
    if (!LOCATED.has(t[k]!.n)) continue;
    return !marks.some((c) => c.value.k === 'cue' && c.start > k && c.start < m.start);
  }
  return false;
}
const ATTACK_ADJECTIVE = new Set(['armed', 'deadly', 'bloody', 'brazen', 'suicide', 'bomb', 'rocket', 'arson', 'grenade', 'knife', 'mob', 'drone', 'terrorist', 'failed', 'foiled']);
/** "Friday's attack", "Sunday night's assault", "yesterday's attack": a possessive day before the cue. */
function datedAttack(t: readonly Token[], c: Mark): boolean {
  // "l'attaque de samedi", "el ataque del sábado", "den Anschlag vom Samstag": the day after the noun.
  const after = t[c.end]?.n ?? '';
  const day = t[c.end + 1]?.n ?? '';
  if ((after === 'de' || after === 'del' || after === 'vom' || after === 'du') && (L.WEEKDAYS[day] !== undefined || L.WEEKDAYS[day + '*'] !== undefined)) return true;
  // ("Saturday's armed attack", "Sunday's deadly assault")
  const adj = ATTACK_ADJECTIVE.has(t[c.start - 1]?.n ?? '') ? 1 : 0;
  if (t[c.start - 1 - adj]?.n !== 's') return false;
  let k = c.start - 2 - adj;
  if (PART_OF_DAY.has(t[k]?.n ?? '')) k--;
  const d = t[k]?.n ?? '';
  // ("last week's assault", "the weekend's attack")
  return L.WEEKDAYS[d] !== undefined || d === 'yesterday' || d === 'today' || d === 'night' || d === 'weekend' || (d === 'week' && t[k - 1]?.n === 'last');
}
const NOT = new Set(['not', 'never', 'pas', 'nicht', 'no', 'nunca', 'jamais', 'niemals', 'لم', 'لا']);
/** "no", "aucun", "ningún", "kein": a determiner that denies its noun. */
const NO_DETERMINERS = ['no', 'aucun', 'aucune', 'ningun', 'ninguna', 'kein', 'keine'];
const NO_MISSION = new Set([...NO_DETERMINERS, 'neither']);
const NEITHER = new Set(['neither', 'nor', 'ni', 'weder']);
const NO_CUE = new Set([...NO_DETERMINERS, 'keinen', 'keinem']);
/** "the old embassy building", "l'ancienne ambassade", "die ehemalige Botschaft": a former site, its attack an old one. */
const FORMER = new Set(['old', 'former', 'ancienne', 'ancien', 'antigua', 'antiguo', 'ehemalige', 'ehemaligen', 'alte', 'alten', 'سابقه', 'قديمه']);
/** "A retired Nigerian ambassador", "the ex-envoy", "l'ancien ambassadeur": no diplomat at a mission any more (a robbery at his home is no attack on one). */
// (Not FORMER's "old": "a 60-year-old ambassador" is serving.)
const RETIRED = new Set(['retired', 'former', 'ex', 'onetime', 'erstwhile', 'retraite', 'ancien', 'jubilado', 'retirado', 'exembajador', 'ehemalige', 'ehemaliger', 'ehemaligen', 'pensionierte', 'pensionierter']);
function retiredDiplomat(t: readonly Token[], marks: readonly Mark[], m: Mark): boolean {
  const country = marks.find((x) => x.value.k === 'country' && x.end === m.start);
  return RETIRED.has(t[(country?.start ?? m.start) - 1]?.n ?? '');
}
const CONTRAST = new Set(['but', 'however', 'mais', 'cependant', 'pero', 'aber', 'jedoch', 'لكن', 'ولكن', 'غير']);
/** "The embassy itself was not hit", "None of the diplomatic missions was targeted", "no embassy was attacked". */
function negatedLink(t: readonly Token[], m: Mark, c: Mark): boolean {
  const not = (k: number): boolean => NOT.has(t[k]?.n ?? '') || (t[k]?.n === 't' && /n$/.test(t[k - 1]?.n ?? ''));
  for (let k = c.start - 1; k >= Math.max(0, c.start - 3); k--) {
    // ("the mission was neither targeted nor damaged", "no ha sufrido ningún ataque")
    if (not(k) || NEITHER.has(t[k]!.n) || (k === c.start - 1 && NO_CUE.has(t[k]!.n))) return true;
    if (k < m.end && c.start > m.end) break;
  }
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    const n = t[k]!.n;
    if (NO_MISSION.has(n) && m.start - k <= 3) return true;
    if (n === 'none' && t[k + 1]?.n === 'of') return true;
  }
  // "the attack did not target any diplomatic mission", "الهجوم لم يستهدف أي بعثة": denied between the two.
  if (c.end <= m.start && m.start - c.end <= 6) for (let k = c.end; k < m.start; k++) if (not(k)) return true;
  // "The consulate was not affected by Monday's attack": the mission spared by the attack named after it.
  if (m.end <= c.start && c.start - m.end <= 10) {
    for (let k = m.end; k < c.start - 1; k++) if ((not(k) && UNHARMED_BY.has(t[k + 1]?.n ?? '')) || UNAFFECTED.has(t[k]!.n)) return true;
    // "The embassy did not sustain any damage in the blast", "sustained no damage", "n'a subi aucun dégât".
    for (let k = m.end; k < c.start - 1; k++) if ((not(k) || NO_DAMAGE_DET.has(t[k]!.n)) && t.slice(k + 1, Math.min(c.start, k + 4)).some((x) => DAMAGE.has(x.n))) return true;
  }
  return false;
}
/** "against the premises of the Embassy": the mission's grounds right after "against". */
function againstGrounds(t: readonly Token[], m: Mark): boolean {
  const k = t[m.start - 1]?.n === 'the' || t[m.start - 1]?.n === 'la' || t[m.start - 1]?.n === 'l' ? m.start - 2 : m.start - 1;
  return k >= 2 && (t[k]!.n === 'of' || t[k]!.n === 'de') && MISSION_NOUNS.has(t[k - 1]!.n) && (AGAINST.has(t[k - 2]!.n) || AGAINST.has(t[k - 3]?.n ?? ''));
}
const MISSION_NOUNS = new Set(['mission', 'premises', 'building', 'compound', 'chancery', 'batiment', 'enceinte', 'edificio', 'sede', 'recinto', 'gebaude', 'gelande', 'المبني', 'مبني']);
/** Being the target, not being hit: "rockets were fired at the embassy but it was not hit" is still an attack on it. */
const TARGETED = new Set(['targeted', 'target', 'attacked', 'vise', 'visee', 'attaque', 'attaquee', 'atacada', 'atacado', 'blanco', 'objetivo', 'ziel', 'angegriffen', 'مستهدفه', 'يستهدف', 'تستهدف']);
/** "the mission was neither targeted nor attacked": the attack denied of a mission noun. */
function deniedMission(t: readonly Token[], marks: Mark[], c: Mark): boolean {
  if (!TARGETED.has(t[c.start]!.n)) return false;
  const neg = [c.start - 1, c.start - 2].find((k) => NOT.has(t[k]?.n ?? '') || NEITHER.has(t[k]?.n ?? ''));
  if (neg === undefined) return false;
  for (let k = neg - 1; k >= Math.max(0, neg - 4); k--) if (MISSION_NOUNS.has(t[k]!.n) || marks.some((x) => x.value.k === 'mission' && x.start === k)) return true;
  return false;
}
const UNHARMED_BY = new Set(['affected', 'hit', 'harmed', 'damaged', 'touched', 'targeted', 'struck', 'concerned', 'involved', 'touchee', 'touche', 'visee', 'vise', 'afectada', 'afectado', 'alcanzada', 'alcanzado', 'betroffen', 'getroffen']);
const NO_DAMAGE_DET = new Set(['no', 'aucun', 'aucuns', 'ningun', 'ninguno', 'keine', 'keinen', 'keinerlei']);
const DAMAGE = new Set(['damage', 'damages', 'harm', 'degat', 'degats', 'dommage', 'dommages', 'dano', 'danos', 'schaden', 'schaeden', 'sachschaden']);
const UNAFFECTED = new Set(['unaffected', 'unharmed', 'untouched', 'undamaged', 'spared', 'epargnee', 'epargne', 'indemne', 'ilesa', 'ileso', 'unversehrt', 'verschont']);
const CLOSED = new Set(['closed', 'shut', 'shuts', 'closes', 'closing', 'suspended', 'suspends', 'ferme', 'fermee', 'fermees', 'fermera', 'cerrada', 'cerrado', 'cierra', 'cerro', 'cerraron', 'geschlossen', 'schliesst', 'schloss', 'اغلقت', 'تغلق', 'اغلاق', 'مغلقه']);
const AMID = new Set(['amid', 'during', 'durant', 'pendant', 'durante', 'wahrend', 'inmitten', 'وسط', 'خلال']);
const AFTER = new Set(['after', 'following', 'apres', 'tras', 'despues', 'nach', 'بعد', 'اثر']);
/** "The Dutch embassy will remain closed after a blast in the suburbs", "bleibt nach den Explosionen geschlossen": a precaution. */
const PLURAL_MISSIONS = new Set(['missions', 'facilities', 'premises', 'embassies', 'consulates', 'legations', 'representations', 'ambassades', 'embajadas', 'botschaften', 'sedes', 'السفارات', 'البعثات']);
const GENERIC_CUES = new Set(['attacks', 'attack', 'attacking', 'target', 'targets', 'targeting', 'attaques', 'attentats', 'ataques', 'atentados', 'angriffe', 'anschlage', 'هجمات']);
const SPECIFIC_BEFORE = new Set(['the', 'its', 'their', 'both', 'two', 'three', 'four', 'les', 'leurs', 'ses', 'las', 'los', 'sus', 'die', 'beiden', 'ihre']);
/**
 * "militia groups that attack U.S. diplomatic facilities", "those responsible for attacks on diplomatic missions":
 * attacks in general on missions in general (a bare plural, no day named), no event (not in a headline).
 */
const A_AN = new Set(['a', 'an']);
/**
 * "We cannot wait for an attack on an embassy to happen": any attack on any mission, neither placed nor dated.
 * (Not "An attack on a consulate in Herat killed two guards": a place or a day makes it an event.)
 */
function indefinitePair(s: Sentence, c: Mark, m: Mark): boolean {
  const t = s.tokens;
  if (c.end > m.start || !A_AN.has(t[c.start - 1]?.n ?? '') || !A_AN.has(t[m.start - 1]?.n ?? '') || m.start - c.end > 3) return false;
  if (IN_PLACE.has(t[m.end]?.n ?? '') || t[m.end]?.n === 'at' || AT_MISSION.has(t[m.end]?.n ?? '')) return false;
  return !anchoredRecent(s) && !s.tokens.some((x) => L.MONTHS[x.n] !== undefined);
}
const GENERIC_ON = new Set(['on', 'against', 'sur', 'contre', 'contra', 'auf', 'gegen', 'على', 'ضد']);
function genericLink(s: Sentence, c: Mark, m: Mark): boolean {
  if (!s.isTitle && indefinitePair(s, c, m)) return true;
  if (s.isTitle || !PLURAL_MISSIONS.has(s.tokens[m.end - 1]!.n)) return false;
  // ("attacks on diplomatic premises worldwide have risen, from rocket fire in conflict zones to mob violence": the
  // weapons after it list the kinds of those attacks in general.)
  const attacksOn = GENERIC_ON.has(s.tokens[m.start - 1]?.n ?? '') && GENERIC_CUES.has(s.tokens[m.start - 2]?.n ?? '');
  if (!(GENERIC_CUES.has(s.tokens[c.start]!.n) && c.end - c.start === 1) && !attacksOn) return false;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 3); k--) if (SPECIFIC_BEFORE.has(s.tokens[k]!.n) || /^\d/.test(s.tokens[k]!.n)) return false;
  // (A day named near them makes them events: "attacks on embassies in Kabul on Monday".)
  if (!anchoredRecent(s)) return true;
  return !s.tokens.slice(Math.max(0, Math.min(c.start, m.start) - 6), Math.max(c.end, m.end) + 6).some((t) => RECENT.has(t.n) || WEEKDAY_KEYS.has(t.n));
}
function closedAfter(t: readonly Token[], m: Mark, c: Mark): boolean {
  if (c.start < m.end) return false;
  if (!t.slice(Math.max(m.end, c.start - 4), c.start).some((x) => AFTER.has(x.n))) return false;
  for (let k = m.end; k < Math.min(t.length, c.end + 12); k++) if (CLOSED.has(t[k]!.n)) return true;
  return false;
}
const SEIZED = new Set(['seized', 'recovered', 'confiscated', 'discovered', 'saisi', 'saisis', 'saisies', 'decouvert', 'incautaron', 'incautados', 'decomisaron', 'hallaron', 'hallo', 'encontro', 'encontraron', 'incauto', 'trouve', 'trouves', 'gefunden', 'fanden', 'beschlagnahmt', 'beschlagnahmten', 'sichergestellt', 'ضبط', 'ضبطت']);
const HISTORY = new Set(['history', 'histoire', 'historia', 'geschichte', 'تاريخ']);
const FIRST_EVER = new Set(['first', 'deadliest', 'worst', 'biggest', 'largest', 'bloodiest', 'premier', 'premiere', 'plus', 'primer', 'primera', 'peor', 'erste', 'ersten', 'erster', 'schwerste', 'schwersten', 'اول', 'اسوا']);
const MOCK = new Set(['mock', 'fake', 'replica', 'dummy', 'simulated', 'fictitious', 'factice', 'fictive', 'ficticia', 'ficticio', 'simulada', 'simulado', 'nachgebaute', 'nachgebauten', 'fiktive', 'fiktiven']);
const ANOTHER = new Set(['another', 'un', 'une', 'ein', 'einen', 'einem']);
const SEIZED_AUX = new Set(['was', 'were', 'been', 'ete', 'fue', 'fueron', 'wurde', 'wurden']);
function seizedBefore(t: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) if (SEIZED.has(t[k]!.n)) return true;
  return false;
}
/** "a suicide vest, three Kalashnikovs and a bag of magazines were recovered from the attackers": found, never used. */
function seizedAfter(t: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(t.length - 1, end + 10); k++) if (SEIZED_AUX.has(t[k]!.n) && (SEIZED.has(t[k + 1]!.n) || t[k + 1]!.n === 'found')) return true;
  return false;
}
// ("Embassy blast-proofing market booms": a trade in protection, no blast.)
const BLAST_PROTECTION = new Set(['walls', 'wall', 'barriers', 'barrier', 'doors', 'door', 'proof', 'proofing', 'proofed', 'resistant', 'film', 'windows', 'shields', 'mitigation']);
const RUINED = new Set(['blackened', 'charred', 'gutted', 'burnt-out', 'burned-out', 'empty', 'hollow', 'hollowed-out', 'smouldering', 'smoldering', 'concrete', 'bare']);
/** "the blast walls that now surround embassies", "the chancery was a blackened shell": protection and ruins, no attack. */
function protectiveOrRuin(t: readonly Token[], i: number): boolean {
  const n = t[i]!.n;
  // "its counter-rocket system", "anti-drone guns", "missile defence": protection against the weapon.
  if (t[i - 1]?.n === 'counter' || t[i - 1]?.n === 'anti' || t[i + 1]?.n === 'defence' || t[i + 1]?.n === 'defense') return true;
  if (n === 'blast') return BLAST_PROTECTION.has(t[i + 1]?.n ?? '');
  if (n === 'shell') return RUINED.has(t[i - 1]?.n ?? '') || /^compan|^corporation/.test(t[i + 1]?.n ?? '');
  return false;
}
const ARABIC = /^[\u0600-\u06FF]/;
const RESIDENCE = new Set(['residence', 'home', 'house', 'villa', 'residenz', 'residencia', 'residenza', 'wohnsitz', 'مقر', 'منزل']);
const ENVOY = new Set(['ambassador', 'envoy', 'ambassadeur', 'embajador', 'embajadora', 'botschafters', 'botschafterin', 'سفير']);
const OFFICIAL = new Set(['official', 'oficial', 'officielle', 'offizielle', 'private', 'privee', 'privada']);
const RESIDENCE_OF = new Set(['of', 'de', 'del', 'des', 'du', 'der', 'اقامه']);
const TREATY = new Set(['convention', 'conventions', 'convencion', 'convenciones', 'konvention', 'ubereinkommen', 'abkommen', 'accord', 'accords', 'treaty', 'agreement', 'اتفاقيه', 'معاهده']);
const OWNED_MISSION = new Set(['mission', 'missions', 'compound', 'residence']);
const MISSION_TAG: Tag = uniformTag({ k: 'mission', sub: 'mission' });
function markSentence(idx: PhraseIndex<Tag>, s: Sentence): Mark[] {
  const out: Mark[] = [];
  const tokens = s.tokens;
  let classes = 0;
  for (let i = 0; i < tokens.length; i++) classes |= idx.allAt(tokens, i, out);
  s.memo.classes = classes;
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
    } else if (m.value.k === 'bg' && tokens[m.start]!.n === 'ago' && fewDaysBefore(tokens, m.start)) out.splice(i, 1); // "two days ago" is as recent as "yesterday"
    // "Caracas, 9 ago (Agencia Continental).-": the dateline's Spanish "agosto", no "ago".
    else if (m.value.k === 'bg' && m.end <= s.datelineTokens) out.splice(i, 1);
    // "it was the first suicide attack on a foreign mission in Nigeria's history": a record set now, no background.
    else if (m.value.k === 'bg' && HISTORY.has(tokens[m.start]!.n) && tokens.slice(Math.max(0, m.start - 12), m.start).some((x) => FIRST_EVER.has(x.n))) out.splice(i, 1);
    // "فأردوه قتيلاً في الحال" (immediately): the article folds into the hypothetical "في حال" (in case).
    else if (m.value.k === 'frame' && tokens[m.end - 1]!.s === 'الحال') out.splice(i, 1);
    // "stormed the gate of a mock embassy building": a stage set for a drill, no mission.
    else if (m.value.k === 'mission' && MOCK.has(tokens[m.start - 1]?.n ?? '')) out.splice(i, 1);
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

/** "the residence of Japan's ambassador", "die Residenz des deutschen Botschafters": the envoy's home is a mission. */
function addEnvoyResidences(tokens: readonly Token[], out: Mark[]): void {
  for (let i = 0, n = out.length; i < n; i++) {
    const d = out[i]!;
    if (d.value.k !== 'mission' || d.value.sub !== 'diplomat') continue;
    // (Up to "the residence of Saudi Arabia's ambassador".)
    for (let k = d.start - 1; k >= Math.max(0, d.start - 6); k--) {
      if (!RESIDENCE.has(tokens[k]!.n)) continue;
      // (Arabic joins the two without "of": "منزل السفير".)
      if (RESIDENCE_OF.has(tokens[k + 1]?.n ?? '') || (OFFICIAL.has(tokens[k + 1]?.n ?? '') && RESIDENCE_OF.has(tokens[k + 2]?.n ?? '')) || (k + 1 === d.start && ARABIC.test(tokens[k]!.n))) out.push({ start: k, end: k + 1, value: MISSION_TAG });
      break;
    }
  }
}

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
      if (k === 'country' && (americasRegion(tokens, m) || (m.end - m.start === 1 && COMMON_WORD_COUNTRIES.has(tokens[m.start]!.n) && !isCapitalized(tokens[m.start] as Token)))) ambiguous = true;
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
    // Countries and groups may be lower-case adjectives ("deutschen", "talibans"); acronyms are checked by the index.
    if (m.value.k === 'city') return (isCapitalized(tokens[m.start] as Token) || /^\d/.test((tokens[m.start] as Token).s)) && !insideLongerName(tokens, out, m);
    return true;
  });
}

/** How many tokens from a mission/attack pair a frame word (trial, threat, cyber...) still governs it. */
const FRAME_REACH = 15;
const IMPACT_AFTER = new Set(['into', 'onto', 'through', 'in']);
/** The verbal-frame words that are also verbs of impact ("slammed into"); not "interference in next year's elections". */
const IMPACT_VERBAL = new Set(['slammed', 'slams', 'slam']);
const has = (marks: Mark[], k: Tag['k'], from: number, to: number): boolean => marks.some((m) => m.value.k === k && m.start >= from && m.end <= to);

const AGAINST = new Set(['against', 'contre', 'contra', 'gegen']);
const ON = new Set([...AGAINST, 'on', 'auf', 'sur', 'على']);
/** "the attack on the embassy", "den Anschlag vom Samstag auf die Botschaft": the mission is the attack's object. */
function attackOn(t: readonly Token[], c: Mark, m: Mark): boolean {
  return c.end <= m.start && m.start - c.end <= 6 && t.slice(c.end, m.start).some((x) => ON.has(x.n));
}
const CONDEMN = /^(condemn|denounc|deplor|condolence|condamn|denonc|conden|verurteil|ادان|تدين|يدين|استنكر)/;
/** A condemnation verb within a few words after the mission noun, its subject ("the embassy condemned"). */
function condemnsAfter(s: Sentence, frames: Mark[], m: Mark): boolean {
  // Arabic puts the verb first: "أدانت سفارات" ("condemned embassies").
  // (With its conjunction: "وأدانت".)
  const condemns = (w: Token): boolean => CONDEMN.test(w.n) || (w.alt !== undefined && CONDEMN.test(w.alt));
  return frames.some((f) => f.value.k === 'frame' && f.value.kind === 'speaker' && condemns(s.tokens[f.start]!) && ((f.start >= m.end && f.start - m.end <= 4) || (f.end <= m.start && m.start - f.end <= 1)));
}
const RECENT = new Set(['today', 'tonight', 'yesterday', 'overnight', 'hier', 'ayer', 'anoche', 'heute', 'gestern', 'امس', 'اليوم']);
const WEEKDAY_STEMS = Object.keys(L.WEEKDAYS).map((w) => w.replace(/\*$/, ''));
const WEEKDAY_KEYS = new Set(Object.keys(L.WEEKDAYS));
const LONG_WEEKDAY_STEMS = WEEKDAY_STEMS.filter((w) => w.length > 4);
/** A weekday or a relative day in the sentence: the event it tells is dated against the publication. */
function anchoredRecent(s: Sentence): boolean {
  return (s.memo.anchored ??= mayHold(s, WORD.recentDay) && s.tokens.some((t) => RECENT.has(t.n) || WEEKDAY_KEYS.has(t.n) || (t.n.length > 6 && LONG_WEEKDAY_STEMS.some((w) => t.n.startsWith(w)))));
}
/** "At least six were killed in Monday's blast", "The death toll rose to 22 today": a toll of this story's attack. */
function tollUpdate(s: Sentence): boolean {
  if (possessiveDay(s)) return true;
  const t = s.tokens;
  return t.some((x, i) => (x.n === 'toll' && (t[i - 1]?.n === 'death' || t[i + 1]?.n === 'rose' || t[i + 1]?.n === 'climbed')) || x.n === 'today' || x.n === 'tonight');
}
/** "Monday's blast", "yesterday's attack": the event of a named recent day, our attack when it follows a background paragraph. */
function possessiveDay(s: Sentence): boolean {
  const t = s.tokens;
  for (let i = 0; i + 1 < t.length; i++) if (t[i + 1]!.n === 's' && (L.WEEKDAYS[t[i]!.n] !== undefined || RECENT.has(t[i]!.n))) return true;
  return false;
}
const SINCE = new Set(['since', 'depuis', 'desde', 'seit']);
const BORN = new Set(['born', 'ne', 'nee', 'nacido', 'nacida', 'geboren', 'مواليد']);
/** "the first attack on a foreign mission since the 2011 revolution": a year that measures, not an earlier event. */
const WHEN = new Set(['when', 'lorsque', 'quand', 'cuando', 'als']);
const WHEN_ATTACK = new Set(['assault', 'attack', 'attacked', 'bombing', 'bombed', 'stormed', 'hit', 'struck', 'blast', 'explosion', 'gunmen', 'attaque', 'attentat', 'assaut', 'ataque', 'atentado', 'asalto', 'anschlag', 'angriff', 'هجوم',
  // ("desde noviembre de 2022, cuando una carta bomba estalló en la embajada": a bomb or its blast in each language.)
  'bomb', 'exploded', 'bombe', 'explose', 'bomba', 'estallo', 'exploto', 'explodierte', 'sprengsatz', 'انفجر', 'انفجار',
  // ("since September 2022, when a suicide bomber killed two Russian embassy staff": the attacker or the toll.)
  'bomber', 'bombers', 'gunman', 'killed', 'torched', 'rockets', 'kamikaze', 'tue', 'tues', 'mato', 'mataron', 'getotet', 'selbstmordattentater', 'انتحاري', 'قتل',
  // ("since November 2018, when three militants tried to storm the Chinese consulate".)
  'militants', 'attackers', 'assailants', 'fighters', 'storm', 'opened', 'shot', 'mob', 'protesters']);
function sinceYear(toks: readonly Token[], i: number): boolean {
  // (Not "since March 2018, when a coordinated assault hit the French embassy": the clause tells that older attack.)
  if (WHEN.has(toks[i + 1]?.n ?? '') && toks.slice(i + 2, i + 8).some((x) => WHEN_ATTACK.has(x.n))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (SINCE.has(toks[k]!.n)) return true;
  // "a citizen born in 1992": a person's age, no earlier event.
  if (BORN.has(toks[i - 1]?.n ?? '') || BORN.has(toks[i - 2]?.n ?? '')) return true;
  return false;
}
// (", qui avait été incendiée en 2004,", ", que antes habían pasado frente a la embajada,", ", welches ...": French, Spanish, German.)
const RELATIVE_WORDS_EN = ['which', 'who', 'whose'];
const RELATIVE = new Set(RELATIVE_WORDS_EN);
/** True when a comma stands between token k-1 and token k. */
function commaBefore(s: Sentence, k: number): boolean {
  if (k <= 0 || k >= s.tokens.length) return false;
  // (Read in place: the gap is a character or two, not worth a string.)
  for (let i = s.tokens[k - 1]!.end, end = s.tokens[k]!.start; i < end; i++) if (s.text.charCodeAt(i) === 44) return true;
  return false;
}
/**
 * ", which bombed a court in 2003 and a ministry in 2005," after a name: a non-restrictive relative
 * clause that recounts the past of its antecedent. Its years do not place the whole sentence in the past.
 * Returns [comma-token, closing-comma-token] pairs (the clause is strictly between them).
 */
const ANNIVERSARY = new Set(['anniversary', 'jahrestag', 'anniversaire', 'aniversario']);
const ON_DAY = new Set(['on', 'am', 'le', 'el', 'en', 'au', 'marking']);
const ANNIVERSARY_OF = new Set(['of', 'des', 'der', 'de', 'du', 'del']);
/** Where "on" opens "on the anniversary ..." / "on Olympic attack anniversary" at token i, or -1. */
function anniversaryDate(t: readonly Token[], i: number): number {
  if (!ANNIVERSARY.has(t[i]?.n ?? '')) return -1;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (ON_DAY.has(t[k]!.n)) return k;
  return -1;
}
const DESCRIBED_AS_GROUP = new Set(['group', 'network', 'organization', 'organisation', 'movement', 'faction', 'militia', 'outfit', 'wing', 'offshoot', 'splinter', 'affiliate', 'militants', 'rebels', 'insurgents', 'fighters', 'jihadists', 'separatists', 'guerrillas', 'name', 'label']);
/** Participles that go on describing a group's origin: "the armed wing set up by the NUG after the 2021 coup". */
const GROUP_ORIGIN = new Set(['set', 'formed', 'founded', 'created', 'established', 'launched', 'based', 'linked', 'backed']);
function relativeClauses(s: Sentence): [number, number][] {
  return (s.memo.clauses ??= findRelativeClauses(s));
}
function findRelativeClauses(s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  const toks = s.tokens;
  const relatives = mayHold(s, WORD.relative);
  for (let i = 1; relatives && i < toks.length; i++) {
    if (!RELATIVE.has(toks[i]!.n) || !commaBefore(s, i)) continue;
    let end = -1;
    for (let k = i + 1; k < Math.min(toks.length, i + 25); k++) {
      if (commaBefore(s, k)) { end = k; break; }
    }
    // "..., which has been blamed for the 2002 Bali bombings.": a clause may run to the sentence's end.
    if (end < 0 && toks.length - i <= 25) end = toks.length;
    if (end > 0) out.push([i - 1, end]);
  }
  // "Jund al-Sham, a shadowy militant group that Syria has blamed for clashes over the past two years": an
  // apposition describing a group's past, like a relative clause.
  // "on the anniversary of the 1972 Olympic attack", "am Jahrestag des Olympia-Attentats von 1972": a date for
  // today's event; the old attack and its year inside are no news and no background.
  const anniversary = mayHold(s, WORD.anniversary);
  for (let i = 0; anniversary && i < toks.length; i++) {
    const open = anniversaryDate(toks, i);
    if (open < 0) continue;
    let end = i + 1;
    if (ANNIVERSARY_OF.has(toks[end]?.n ?? '')) {
      for (let k = end + 1; k < Math.min(toks.length, end + 9); k++) {
        if (commaBefore(s, k)) break;
        end = k + 1;
        if (/^(19|20)\d\d$/.test(toks[k]!.n)) break;
      }
    }
    out.push([open - 1, end]);
  }
  // ("X, the al Qaeda-linked network blamed for the 2002 Bali bombings, claimed ...": with "the", only when a comma closes it.)
  for (let i = 1; i < toks.length; i++) {
    const n = toks[i]!.n;
    if ((n !== 'a' && n !== 'an' && n !== 'the') || !commaBefore(s, i)) continue;
    const noun = toks.slice(i + 1, i + 7).findIndex((x) => DESCRIBED_AS_GROUP.has(x.n));
    if (noun < 0) continue;
    // ("Late on Saturday, a group of men hurled explosives at the consulate": the subject after an opener, no apposition.)
    if (L.WEEKDAYS[toks[i - 1]!.n] !== undefined) continue;
    let end = n === 'the' ? -1 : toks.length;
    // ", including an explosion outside a minister's home last May" goes on describing it.
    for (let k = i + 2 + noun; k < toks.length; k++) if (commaBefore(s, k) && toks[k]!.n !== 'including') { end = k; break; }
    // ("..., the network of Indonesian militants that carried out the 2018 Surabaya bombings.": a relative clause runs to the end.)
    // ("..., the rebel group based in eastern DR Congo that has carried out a series of bombings".)
    if (end < 0 && toks.slice(i + 2 + noun, i + 10 + noun).some((x) => x.n === 'that' || x.n === 'which' || x.n === 'who')) end = toks.length;
    // ("..., the armed wing set up by the parallel National Unity Government after the 2021 coup.": a participle too.)
    if (end < 0 && GROUP_ORIGIN.has(toks[i + 2 + noun]?.n ?? '')) end = toks.length;
    if (end > 0) out.push([i - 1, end]);
  }
  return out;
}
/** "le quartier de Ouaga 2000", "Vision 2030": a year inside a place's or plan's name (not "January 2016", "in 2016"). */
function namedByYear(s: Sentence, i: number): boolean {
  const p = s.tokens[i - 1];
  return i >= 2 && p !== undefined && isCapitalized(p) && !ARABIC.test(p.s) && L.MONTHS[p.n] === undefined && !YEAR_LEAD.has(p.n) && !/^\p{N}/u.test(p.s) && s.text.slice(p.end, s.tokens[i]!.start) === ' ';
}
const YEAR_LEAD = new Set(['in', 'en', 'im', 'the', 'la', 'le', 'el', 'les', 'los', 'las', 'der', 'die', 'das', 'des', 'a', 'an', 'l', 'since', 'until', 'from', 'ende', 'anfang', 'mitte', 'sommer', 'winter', 'herbst', 'fruhjahr', 'fruhling', 'jahr', 'jahres', 'spring', 'summer', 'autumn', 'fall', 'ete', 'hiver', 'printemps', 'automne', 'verano', 'invierno', 'otono', 'primavera']);
function yearsIn(s: Sentence): number[] {
  if (s.memo.years) return s.memo.years;
  const ys: number[] = [];
  const toks = s.tokens;
  let rel: [number, number][] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const c = t.n.charCodeAt(0);
    if ((c === 49 || c === 50) && t.n.length === 4 && /^(19|20)\d\d$/.test(t.n) && !sinceYear(toks, i) && !namedByYear(s, i) && !(rel ??= relativeClauses(s)).some(([a, b]) => i > a && i < b)) ys.push(Number(t.n));
  }
  s.memo.years = ys;
  return ys;
}

const ARABIC_FIRE_VERB = new Set(['اطلق', 'اطلقوا', 'اطلقت', 'فتح', 'فتحوا', 'فتحت']);
const ARABIC_FIRE_TAG: Tag = uniformTag({ k: 'cue', type: 'shooting', strength: 2 });
const CROWD_TAG: Tag = uniformTag({ k: 'crowd' });
const ANGRY_CROWD_DE = new Set(['aufgebrachte', 'aufgebrachten', 'wutende', 'wutenden', 'aufgeheizte', 'aufgeheizten', 'zornige', 'zornigen']);
/** Arabic "blew himself up" with the subject inside: "فجر مهاجم نفسه", "فجرت انتحارية نفسها". */
const ARABIC_BLEW = new Set(['فجر', 'فجرت', 'فجروا']);
const ARABIC_SELF = new Set(['نفسه', 'نفسها', 'انفسهم']);
/** "فجر اليوم نفسه", "فجر الاثنين نفسه": dawn of that same day, no one blowing himself up. */
const ARABIC_DAWN_OF = new Set(['يوم', 'اليوم', 'ذلك', 'ليله', ...Object.keys(L.WEEKDAYS).filter((w) => ARABIC.test(w))]);
const ARABIC_SELF_TAG: Tag = uniformTag({ k: 'cue', type: 'suicide_attack', strength: 2 });
/** German arson split by the sentence's middle: "haben ... Feuer am Eingang gelegt", "legten in der Nacht Feuer". */
const LAID = new Set(['gelegt', 'legten', 'legte']);
const ARSON_TAG: Tag = uniformTag({ k: 'cue', type: 'arson_mob', strength: 2 });
/** Launch verbs of a passive whose subject is a drone: "two drones were launched at the embassy", "deux drones ont été lancés contre". */
const LAUNCHED = new Set(['launched', 'lances', 'lancees', 'lance', 'lancee', 'lanzados', 'lanzadas', 'lanzaron', 'lanzo', 'disparados', 'abgefeuert', 'gestartet', 'اطلقت', 'اطلق', 'اطلقوا']);
/** Where a launch goes: "at", "towards", "contre", "hacia", "auf", "باتجاه". */
const LAUNCHED_AT = new Set(['at', 'towards', 'toward', 'against', 'contre', 'vers', 'contra', 'hacia', 'auf', 'gegen', 'علي', 'باتجاه', 'نحو']);
const DRONE_LAUNCH_TAG: Tag = uniformTag({ k: 'cue', type: 'rocket_mortar', strength: 2, drone: true });
/** "Two drones were launched at the Lithuanian embassy", "zwei Drohnen wurden ... auf die Botschaft abgefeuert", "أُطلقت طائرتان مسيرتان باتجاه السفارة": a drone launched at a place is a drone strike. */
function droneLaunched(t: readonly Token[], marks: Mark[], i: number): boolean {
  const drone = (from: number, to: number): boolean => marks.some((m) => m.value.k === 'cue' && m.value.drone === true && m.start >= from && m.start <= to);
  // (German puts the participle last, the direction before it: "Drohnen wurden ... auf die Botschaft ... abgefeuert".)
  if (t[i]!.n === 'abgefeuert' || t[i]!.n === 'gestartet') return drone(i - 15, i - 1) && t.slice(Math.max(0, i - 12), i).some((x) => LAUNCHED_AT.has(x.n));
  return drone(i - 3, i + 3) && t.slice(i + 1, i + 6).some((x) => LAUNCHED_AT.has(x.n));
}
/** Inserts a mark keeping the list in start order. */
/**
 * "the Allied Democratic Forces (ADF) ... officials blamed the ADF": an acronym the article defines in brackets after
 * a group's name stands for that group everywhere in it (config cannot list "ADF": other groups share it).
 */
function articleAcronyms(analyses: Analysis[]): void {
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
function insertMark(marks: Mark[], m: Mark): void {
  const at = marks.findIndex((x) => x.start > m.start);
  marks.splice(at < 0 ? marks.length : at, 0, m);
}
/**
 * Marks the phrase index cannot find (a post-pass over markSentence's output):
 * - Arabic puts the subject between the verb and "fire": "أطلق مجهولون النار على", "فتح مسلحون ملثمون النار" (the
 *   lexicon has only the joined "أطلق النار"): a gunfire cue over verb ... fire, up to two words apart;
 * - "durch eine aufgebrachte Menge": an angry "Menge" is a crowd (not "eine Menge Schaden").
 */
function extraMarks(t: readonly Token[], marks: Mark[]): void {
  const unmarked = (i: number): boolean => !marks.some((m) => m.value.k === 'cue' && m.start <= i && m.end > i);
  for (let i = 0; i < t.length; i++) {
    const v = t[i]!;
    if (v.n === 'menge') {
      if (ANGRY_CROWD_DE.has(t[i - 1]?.n ?? '')) insertMark(marks, { start: i, end: i + 1, value: CROWD_TAG });
      continue;
    }
    // "Unbekannte haben in der Nacht Feuer am Eingang des Generalkonsulats gelegt", "legten ... Feuer": the fire
    // laid, its verb up to ten words after (German puts it last) or six before; the cue is "Feuer" itself.
    if (v.n === 'feuer') {
      if (unmarked(i) && t.some((x, k) => (k > i ? k - i <= 10 : i - k <= 6) && LAID.has(x.n))) insertMark(marks, { start: i, end: i + 1, value: ARSON_TAG });
      continue;
    }
    // "فجر مهاجم نفسه": verb, subject, "himself" (the lexicon has only the joined "فجر نفسه").
    if ((ARABIC_BLEW.has(v.n) || (v.alt !== undefined && ARABIC_BLEW.has(v.alt))) && !ARABIC_DAWN_OF.has(t[i + 1]?.n ?? '')) {
      for (let j = i + 2; j <= i + 3 && j < t.length; j++) {
        if (!ARABIC_SELF.has(t[j]!.n)) continue;
        if (unmarked(i)) insertMark(marks, { start: i, end: j + 1, value: ARABIC_SELF_TAG });
        break;
      }
      continue;
    }
    if ((LAUNCHED.has(v.n) || (v.alt !== undefined && LAUNCHED.has(v.alt))) && unmarked(i) && droneLaunched(t, marks, i)) { insertMark(marks, { start: i, end: i + 1, value: DRONE_LAUNCH_TAG }); continue; }
    if (!ARABIC_FIRE_VERB.has(v.n) && !(v.alt !== undefined && ARABIC_FIRE_VERB.has(v.alt))) continue;
    for (let j = i + 2; j <= i + 3 && j < t.length; j++) {
      if (t[j]!.n !== 'نار') continue;
      if (!marks.some((m) => m.value.k === 'cue' && m.start <= i && m.end > i)) insertMark(marks, { start: i, end: j + 1, value: ARABIC_FIRE_TAG });
      break;
    }
  }
}
const ON_CHAIN_STOP = new Set(['that', 'which', 'who', 'where', 'que', 'qui', 'ou', 'donde', 'wo', 'ذي', 'تي']);
/**
 * "opened fire on the guard post at the entrance of the diplomatic representation of Kuwait", "dispararon el domingo
 * contra la garita de seguridad de la sede consular": the mission ends a chain of nouns that the cue's "on/against"
 * opens; the chain may run longer than the usual reach (no comma or relative pronoun inside).
 */
function onChain(s: Sentence, c: Mark, m: Mark): boolean {
  const t = s.tokens;
  for (let p = c.end; p < m.start && p - c.end <= 8; p++) {
    if (!ON.has(t[p]!.n)) continue;
    // ("on Sunday": a date, not the object.)
    const next = t[p + 1]?.n ?? '';
    if (L.WEEKDAYS[next] !== undefined || MONTHISH.has(next)) continue;
    if (m.start - p > 10) return false;
    for (let k = p + 1; k < m.start; k++) if (commaBefore(s, k) || ON_CHAIN_STOP.has(t[k]!.n)) return false;
    return true;
  }
  return false;
}
const RELATIVE_ANY = new Set([...RELATIVE_WORDS_EN, 'qui', 'lequel', 'laquelle', 'que', 'quien', 'quienes', 'welche', 'welcher', 'welches']);
/**
 * A comma-bounded relative clause around the mission (", who had earlier driven past the embassy,", ", que antes
 * habían pasado frente a la embajada,") whose antecedent is the cue, or whose closing comma the cue follows, with no
 * attack word of its own (not "The bomb, which exploded outside the embassy, killed two guards"), and another target
 * the object after it ("attacked the bank"; not "Gunmen, who had arrived at the embassy, opened fire on the guards").
 * (Its own clause finder: the shared relativeClauses() stays English, the group and claim code reads it.)
 */
function missionInAttackerClause(s: Sentence, marks: Mark[], cues: Mark[], c: Mark, m: Mark): boolean {
  const t = s.tokens;
  let open = -1;
  let close = -1;
  if (c.end <= m.start) {
    // (The cue before: the pronoun right after it.)
    if (!RELATIVE_ANY.has(t[c.end]?.n ?? '') || !commaBefore(s, c.end) || m.start - c.end > 24) return false;
    open = c.end;
    for (let k = m.end; k < Math.min(t.length, open + 25); k++) if (commaBefore(s, k)) { close = k; break; }
    if (close < 0) return false;
  } else {
    // (The cue after: from the mission back to the pronoun, then the clause's closing comma right before the cue.)
    if (!commaBefore(s, c.start)) return false;
    for (let i = m.start - 1; i >= Math.max(1, m.start - 24) && open < 0; i--) {
      if (i + 1 < m.start && commaBefore(s, i + 1)) return false;
      if (RELATIVE_ANY.has(t[i]!.n) && commaBefore(s, i)) open = i;
    }
    if (open < 0) return false;
    for (let k = m.end; k < c.start; k++) if (commaBefore(s, k)) return false;
    close = c.start;
  }
  return !cues.some((x) => x.start > open && x.end <= close) && marks.some((o) => o.value.k === 'other' && o.start >= close && o.start - close <= 6);
}
/** "a police station and the Kenyan consulate", "مركزا للشرطة والقنصلية": another target coordinated with the mission, both objects. */
function coordinatedOther(t: readonly Token[], marks: Mark[], o: Mark, m: Mark): boolean {
  if (o.end > m.start || m.start - o.end > 4) return false;
  // (Arabic joins "and" to the noun: "والقنصلية".)
  if (o.end === m.start) return /^و/.test(t[m.start]!.s);
  if (!COORD.has(t[o.end]!.n)) return false;
  for (let k = o.end + 1; k < m.start; k++) if (!beforeMissionNoun(t, marks, k)) return false;
  return true;
}
const NEXT_TO = new Set(['near', 'opposite', 'beside', 'next', 'across', 'facing', 'close', 'behind', 'adjacent', 'pres', 'face', 'cote', 'proximite', 'frente', 'enfrente', 'cerca', 'junto', 'gegenuber', 'neben', 'nahe', 'hinter', 'قرب', 'مقابل', 'بجوار', 'جوار', 'خلف', 'امام']);
const NEXT_TO_GLUE = new Set(['to', 'of', 'from', 'de', 'd', 'du', 'del', 'a', 'al', 'der', 'dem', 'من']);
const LOCATING = new Set(['situated', 'located', 'just', 'right', 'directly', 'immediately', 'en', 'situe', 'situee', 'juste', 'situado', 'situada', 'ubicado', 'ubicada', 'justo', 'direkt', 'gelegen', 'واقع']);
/**
 * "a hotel opposite the Nigerian embassy", "a bank near the Kenyan consulate", "un hôtel situé en face de l'ambassade",
 * "فندقا مقابل السفارة": the mission only locates another target, for every attack word of the sentence (also
 * "..., exchanging fire with officers" after it). Not a post of the mission's own perimeter ("a checkpoint near the embassy").
 */
function otherNextTo(t: readonly Token[], marks: Mark[], m: Mark): boolean {
  let k = m.start - 1;
  while (k >= 0 && m.start - k <= 4 && (beforeMissionNoun(t, marks, k) || NEXT_TO_GLUE.has(t[k]!.n))) k--;
  if (k < 0 || !NEXT_TO.has(t[k]!.n)) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && LOCATING.has(t[j]!.n)) j--;
  return marks.some((o) => o.value.k === 'other' && o.end === j + 1 && !PERIMETER.has(t[o.start]!.n));
}
const ITS = new Set(['its', 'sa', 'son', 'ses', 'su', 'sus', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'sein', 'seine', 'seinen', 'seinem']);
const YEARISH = /^(19|20)\d\d$/;
const WHOSE = new Set(['whose', 'dont', 'cuya', 'cuyo', 'cuyas', 'cuyos', 'dessen', 'deren']);
/** Parts of a mission's building a possessive takes up: "its main gate", "sa façade", "su portón", "ihr Tor". */
const MISSION_PART = new Set(['gate', 'gates', 'wall', 'walls', 'facade', 'windows', 'window', 'door', 'doors', 'entrance', 'roof', 'fence', 'gatehouse', 'compound', 'premises', 'courtyard',
  'portail', 'porte', 'portes', 'vitres', 'fenetres', 'mur', 'murs', 'entree', 'toit', 'enceinte', 'grille', 'locaux',
  'porton', 'puerta', 'puertas', 'fachada', 'ventanas', 'vidrios', 'muro', 'muros', 'entrada', 'techo', 'reja', 'recinto',
  'tor', 'fassade', 'fenster', 'tur', 'eingangstur', 'mauer', 'eingang', 'dach', 'zaun', 'gelande',
  'بوابتها', 'واجهتها', 'سورها', 'مدخلها', 'مبناها', 'نوافذها', 'جدارها', 'بابها', 'مقرها', 'بوابته', 'واجهته', 'سوره', 'مدخله', 'مبناه', 'جداره', 'بابه']);
/** Adjectives between the possessive and the part: "its perimeter wall", "son portail principal" (after), "ihre vordere Fassade". */
const PART_ADJ = new Set(['main', 'front', 'outer', 'perimeter', 'armoured', 'rear', 'iron', 'vordere', 'aussere', 'principal', 'principale']);
/** A possessive that takes up the mission, followed by one of its parts: the token after the part, else -1. */
function possessivePart(t: readonly Token[], k: number): number {
  const x = t[k]!;
  // (Arabic joins the pronoun to the noun: "بوابتها", "its gate".)
  if (ARABIC.test(x.n)) return MISSION_PART.has(x.n) ? k + 1 : -1;
  if (!ITS.has(x.n) && !WHOSE.has(x.n)) return -1;
  let j = k + 1;
  if (WHOSE.has(x.n) && DEFINITE.has(t[j]?.n ?? '')) j++;
  if (PART_ADJ.has(t[j]?.n ?? '')) j++;
  return MISSION_PART.has(t[j]?.n ?? '') ? j + 1 : -1;
}
/** Verbs of coming up to a place: "as he approached", "cuando llegaba a", "au moment où il arrivait devant". */
const APPROACH = new Set(['approached', 'approaching', 'reached', 'reaching', 'neared', 'nearing', 'arrived', 'approchait', 'arrivait', 'atteignait', 'llegaba', 'llego', 'acercaba', 'alcanzaba', 'naherte', 'erreichte', 'وصوله', 'اقترابه']);
/**
 * "A suicide bomber detonated his vest as he approached the Chinese embassy", "hizo estallar su chaleco cuando llegaba a
 * la puerta de la embajada": the attacker set off his charge as he came up to the mission; the "as" clause places the
 * attack at the mission (only articles, prepositions and the mission's parts between the verb and the mission).
 */
function approachedMission(t: readonly Token[], marks: Mark[], c: Mark, m: Mark): boolean {
  for (let k = m.start - 1; k >= c.end && m.start - k <= 7; k--) {
    if (APPROACH.has(t[k]!.n)) return k - c.end <= 8;
    if (!(beforeMissionNoun(t, marks, k) || NEXT_TO_GLUE.has(t[k]!.n) || AT.has(t[k]!.n) || MISSION_PART.has(t[k]!.n) || PART_ADJ.has(t[k]!.n))) return false;
  }
  return false;
}
/** What opens a list of targets: "among them", "including", "notamment", "entre ellos", "darunter", "بينها". */
const LIST_INTRO = new Set(['among', 'including', 'notamment', 'incluidos', 'incluida', 'incluido', 'incluidas', 'darunter', 'بينها']);
/** German finite verbs in second place: "Auf die Botschaft haben Unbekannte ...", "Die Residenz wurde ...". */
const V2_AUX = new Set(['hat', 'haben', 'ist', 'sind', 'wurde', 'wurden', 'war', 'waren']);
/**
 * "Vor dem ägyptischen Konsulat in Frankfurt hat sich am Montag ... ein Mann in die Luft gesprengt", "Auf die serbische
 * Botschaft haben Unbekannte in der Nacht ... mehrere Schüsse abgegeben", "Die Residenz des Botschafters wurde am
 * Sonntagabend nach Angaben der Polizei von mehreren Bewaffneten angegriffen": the mission fills the German clause's
 * first place, the finite verb follows, and the attack words close the clause however far (no comma between).
 */
function germanFronted(s: Sentence, marks: Mark[], c: Mark, m: Mark): boolean {
  const t = s.tokens;
  // (After a dateline, or the places that German copy puts before a dash: "Nouakchott/Berlin – Vor der deutschen
  // Botschaft ... hat ein Mann ... angegriffen".)
  let from = s.datelineTokens;
  while (from < m.start && marks.some((x) => x.value.k === 'city' && x.start <= from && x.end > from)) from++;
  if (from > s.datelineTokens && !/[–—-]/.test(s.text.slice(t[from - 1]!.end, t[from]!.start))) from = s.datelineTokens;
  if (c.start < m.end || c.start - m.end > 22 || m.start - from > 5) return false;
  for (let k = from; k < m.start; k++) if (!(beforeMissionNoun(t, marks, k) || AT.has(t[k]!.n) || ON.has(t[k]!.n) || RESIDENCE.has(t[k]!.n))) return false;
  let j = m.end;
  // (Over "in Frankfurt", "des französischen Botschafters in Niamey", "in der mauretanischen Hauptstadt Nouakchott".)
  while (j < t.length && j - m.end <= 6 && !V2_AUX.has(t[j]!.n)) {
    if (!(PREP_IN.includes(t[j]!.n) || marks.some((x) => (x.value.k === 'city' || x.value.k === 'country' || x.value.k === 'mission' || x.value.k === 'capital') && x.start <= j && x.end > j) || SKIP_BEFORE.has(t[j]!.n))) return false;
    j++;
  }
  if (!V2_AUX.has(t[j]?.n ?? '')) return false;
  for (let k = j + 1; k <= c.start; k++) if (commaBefore(s, k)) return false;
  return true;
}
/** "Das Konsulat, dessen Eingangstür 2017 mit Brandsätzen beworfen wurde, ...": a "whose" clause dated by a year recounts the mission's past. */
function whoseClauseDated(t: readonly Token[], c: Mark, m: Mark): boolean {
  for (let k = m.end; k < c.start && k - m.end <= 4; k++) if (WHOSE.has(t[k]!.n)) return t.slice(k, c.start).some((x) => YEARISH.test(x.n));
  return false;
}
/**
 * "The Afghan consulate raised its alert level after an attacker hurled a grenade at its main gate", "l'ambassade ...
 * dont le portail a été soufflé par une explosion", "nachdem ein Angreifer eine Handgranate auf ihr Tor geworfen hatte",
 * "على بوابتها": a possessive after the mission, on a part of the building near the cue, takes the mission up; the cue may
 * then stand farther from the mission noun than the usual reach. ("whose", "dont", "cuya", "dessen" right after it.)
 */
function possessiveLink(t: readonly Token[], marks: Mark[], c: Mark, m: Mark): boolean {
  if (c.start < m.end) return false;
  for (let k = m.end; k < t.length && k - m.end <= 24; k++) {
    if (k > m.end && marks.some((o) => (o.value.k === 'mission' || o.value.k === 'other') && o.start === k)) return false;
    const after = possessivePart(t, k);
    if (after < 0) continue;
    if (WHOSE.has(t[k]!.n) && k - m.end > 4) continue;
    return (k >= c.end && k - c.end <= 6) || (c.start >= after && c.start - after <= 10);
  }
  return false;
}
const NOT_THIS = new Set(['not', 'non', 'no', 'nicht', 'ليس']);
const AND_NOT = new Set(['and', 'et', 'y', 'und', 'but', 'mais', 'pero', 'sondern']);
/** "It was the army barracks, not the Iranian consulate, that the drone hit", "et non le consulat", "وليس القنصلية": the mission set aside. */
function contrastedAway(s: Sentence, marks: Mark[], m: Mark): boolean {
  const t = s.tokens;
  let k = m.start - 1;
  while (k >= 0 && m.start - k <= 4 && beforeMissionNoun(t, marks, k)) k--;
  if (k > 0 && t[k]!.n === 'pas' && t[k - 1]!.n === 'non') k--;
  if (k < 0 || !(NOT_THIS.has(t[k]!.n) || (t[k]!.alt !== undefined && NOT_THIS.has(t[k]!.alt!)))) return false;
  return commaBefore(s, k) || AND_NOT.has(t[k - 1]?.n ?? '') || /^و/.test(t[k]!.s) || /[،,]\s*$/.test(s.text.slice(t[k - 1]?.end ?? 0, t[k]!.start));
}
const SAYS_AR = new Set(['قال', 'قالت', 'ذكر', 'ذكرت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'افاد', 'افادت', 'اوضح', 'اوضحت']);
/** "قالت السفارة الفرنسية في بيان إن مسلحين هاجموا سوقا": the Arabic speech verb before its subject, the mission; the attack is what follows "إن". */
function arabicSpeaker(t: readonly Token[], m: Mark, c: Mark): boolean {
  const v = t[m.start - 1];
  if (!v || !(SAYS_AR.has(v.n) || (v.alt !== undefined && SAYS_AR.has(v.alt)))) return false;
  for (let k = m.end; k < c.start; k++) if (t[k]!.n === 'ان') return true;
  return false;
}
const BURN = /^(burn|set|torch|ablaze|احرق|واحرق|brul|incendi|quem|verbrann|angez)/;
const HEARD = new Set(['heard', 'hearing', 'hear', 'entendu', 'entendre', 'entendaient', 'oyo', 'oyeron', 'oido', 'escucharon', 'escucho', 'horte', 'horten', 'gehort', 'سمع', 'سمعوا', 'سمعت']);
const GUNFIRE_ONLY = new Set(['tirs', 'fired', 'fire', 'beschossen', 'beschoss', 'feuerten', 'disparos', 'tire']);
const ROOM = new Set(['area', 'areas', 'building', 'hall', 'room', 'desk', 'block', 'centre', 'center']);
const SYMBOLS = new Set(['flag', 'flags', 'effigy', 'effigies', 'portrait', 'portraits', 'drapeau', 'drapeaux', 'bandera', 'banderas', 'flagge', 'flaggen', 'fahne', 'fahnen', 'علم', 'اعلام', 'صور']);
function analyse(idx: PhraseIndex<Tag>, s: Sentence, pubYear: number | null, pubDay: Date | null): Analysis {
  const marks = markSentence(idx, s);
  if (mayHold(s, WORD.extraMark)) extraMarks(s.tokens, marks);
  const a: Analysis = { s, marks, links: [], blockedFrame: null, state: null, strength: 0 };
  let hasMission = false;
  let hasCue = false;
  let hasCrowd = false;
  for (const m of marks) { if (m.value.k === 'mission') hasMission = true; else if (m.value.k === 'cue' && !m.value.typeOnly) hasCue = true; else if (m.value.k === 'crowd') hasCrowd = true; }
  if (!hasMission || !hasCue) return a;
  const missions = marks.filter((m) => m.value.k === 'mission');
  // A drone near an embassy is no attack by itself; it names the weapon of one found otherwise.
  // "Workers tore down the fence": breaking in or tearing down is an attack only when a crowd does it.
  // "burned the Israeli flag", "set fire to an effigy": a symbol burned, not the mission.
  const cues = marks.filter((m) => m.value.k === 'cue' && !m.value.typeOnly && (hasCrowd || !m.value.crowdOnly) && !(m.value.type === 'arson_mob' && BURN.test(s.tokens[m.start]!.n) && s.tokens.slice(m.end, m.end + 4).some((x) => SYMBOLS.has(x.n))));
  if (cues.length === 0) return a;
  const frames = marks.filter((m) => m.value.k === 'frame') as (Mark & { value: { k: 'frame'; kind: FrameKind } })[];
  // "a rocket slammed into the compound": a physical impact, not a verbal attack.
  // "pre-trial custody" for today's suspects is no trial of an old attack.
  // ("hat den Anschlag scharf verurteilt": sharp words of a condemnation, no verbal attack.)
  const blocking = frames.filter((f) => !['speaker', 'destination', 'peaceful'].includes(f.value.kind) && !(f.value.kind === 'cyber' && physicalLoot(s.tokens, f)) && !(f.value.kind === 'verbal' && ((IMPACT_VERBAL.has(s.tokens[f.end - 1]!.n) && IMPACT_AFTER.has(s.tokens[f.end]?.n ?? '')) || s.tokens.slice(Math.max(0, f.start - 2), f.end + 2).some((x) => CONDEMN.test(x.n)))) && s.tokens[f.start - 1]?.n !== 'pre' && !grievance(s.tokens, f) && anniversaryDate(s.tokens, f.start) < 0 && !(f.value.kind === 'sport' && FANS.has(s.tokens[f.end]?.n ?? '')));
  // ("Eight gunmen burst into the embassy as the reception was ending": armed men make no peaceful gathering.)
  const violent = cues.some((c) => c.value.k === 'cue' && !c.value.crowdOnly && (c.value.type === 'arson_mob' || c.value.type === 'armed_assault')) || marks.some((m) => m.value.k === 'attacker');
  // ("burned its reception area": a room, not a party.)
  const peaceful = frames.find((f) => f.value.kind === 'peaceful' && !ROOM.has(s.tokens[f.end]?.n ?? ''));
  // An earlier year, or "In June, a car bomb outside the Danish embassy...": another, older attack.
  const old = (pubYear !== null && yearsIn(s).some((y) => y < pubYear)) || backgroundMonth(s) || habitualHistory(s);
  // "the embassy, whose gate was set on fire by militia supporters, said": the antecedent's past, not
  // news, unless the clause dates it ("which came under rocket fire on Sunday").
  const rel = relativeClauses(s).filter(([c0, c1]) => !s.tokens.slice(c0 + 1, c1).some((t) => RECENT.has(t.n) || L.WEEKDAYS[t.n] !== undefined));
  const inRelative = (x: Mark): boolean => rel.some(([c0, c1]) => x.start > c0 && x.end <= c1);
  let denied = -1;
  for (const m of missions) {
    const after = s.tokens[m.end];
    if (after && L.MISSION_MODIFIED_BY.has(after.n)) continue;
    const sub = m.value.k === 'mission' ? m.value.sub : 'mission';
    if (landmark(s.tokens, marks, m)) continue;
    // "devant un bar du quartier des ambassades", "el barrio de las embajadas": a district named after the missions.
    if (districtOfMissions(s.tokens, m)) continue;
    // ("a hotel opposite the embassy", "It was the barracks, not the consulate, that the drone hit".)
    if (otherNextTo(s.tokens, marks, m) || contrastedAway(s, marks, m)) continue;
    if (FORMER.has(s.tokens[m.start - 1]?.n ?? '') || (ARABIC.test(s.tokens[m.start]!.n) && FORMER.has(s.tokens[m.end]?.n ?? '')) || (sub === 'diplomat' && retiredDiplomat(s.tokens, marks, m))) { a.blockedFrame = 'old'; continue; }
    for (const c of cues) {
      if (c.value.k !== 'cue') continue;
      // "The embassy, located 1.2 kilometres from the site of the blast, ...": the attack as a distance away.
      if (m.end <= c.start && distanceFrom(s.tokens, c)) continue;
      if (sub === 'diplomat' && c.value.strength < 2) continue;
      const lo = Math.min(m.end, c.end);
      const hi = Math.max(m.start, c.start);
      const gap = hi - lo;
      // "the armed attack perpetrated in the early hours of Saturday, January 24, against the residence": the
      // attack noun's target after an inserted time.
      // ("opened fire on the guard post at the entrance of the diplomatic representation": a chain after "on".)
      // (The cheap test first: most pairs are within the usual reach.)
      // ("the attack perpetrated on the night of Monday, 7 September, against the premises of the Embassy".)
      // ("... after an attacker hurled a grenade at its main gate": a possessive takes the mission up near the cue.)
      const owned = sub === 'mission' && gap > 10 && possessiveLink(s.tokens, marks, c, m);
      // ("detonated his vest as he approached the Chinese embassy": over the "as" and a little farther.)
      const approached = sub === 'mission' && c.end <= m.start && gap <= 16 && mayHold(s, WORD.approach) && approachedMission(s.tokens, marks, c, m);
      // ("Auf die serbische Botschaft haben Unbekannte ... mehrere Schüsse abgegeben": the German clause's first place.)
      const fronted = sub === 'mission' && gap > 10 && mayHold(s, WORD.germanAux) && germanFronted(s, marks, c, m);
      // ("Gunmen struck several targets in Kampala on Sunday night, among them a police station and the Kenyan high
      // commission": the mission in the list of the cue's targets.)
      const listed = sub === 'mission' && gap > 10 && gap <= 20 && c.end <= m.start && mayHold(s, WORD.listIntro) && s.tokens.slice(Math.max(c.end, m.start - 8), m.start).some((x) => LIST_INTRO.has(x.n));
      if (!owned && !approached && !fronted && !listed && gap > (sub === 'diplomat' ? 6 : 10) && (sub === 'diplomat' || gap > 18 || c.end > m.start || !(s.tokens.slice(Math.max(0, m.start - 3), m.start).some((x) => AGAINST.has(x.n)) || againstGrounds(s.tokens, m) || onChain(s, c, m)))) continue;
      // "Air strikes pound Sanaa; embassies order departures": two headlines (or clauses) joined by a semicolon.
      if (hi > lo && semicolonSplit(s, lo, hi)) continue;
      // A frame governs the clause it stands in: "a trial over the embassy bombing" blocks, "stormed the
      // embassy ... over an anti-Islam film" far behind does not.
      const from = Math.min(m.start, c.start);
      const to = Math.max(m.end, c.end);
      // (Not across a semicolon: "Mortars hit Turkish embassy in Mogadishu; Sahel convoy ambush; Beirut alert".)
      // ("raised its alert level after an attacker hurled a grenade at its main gate": the alert follows an attack on
      // the mission's own building, it does not make it a threat; not "issues security alert after deadly blast in Mombasa".)
      const frame = blocking.find((f) => f.end > from - FRAME_REACH && f.start < to + FRAME_REACH && !semicolonBetween(s, f, from, to) && !(f.value.kind === 'threat' && f.end <= c.start && s.tokens.slice(f.end, c.start).some((x) => AFTER.has(x.n)) && possessiveLink(s.tokens, marks, c, m)));
      if (frame) {
        if (!accusedOfRecentAttack(s, pubDay, frame, from, to)) { a.blockedFrame = frame.value.kind; continue; }
        a.accusedRecent = true;
      }
      if (peaceful && !violent) { a.blockedFrame = 'peaceful'; continue; }
      if (old) { a.blockedFrame = 'old'; continue; }
      if (inRelative(c) || whoseClauseDated(s.tokens, c, m)) { a.blockedFrame = 'past'; continue; }
      // The frame word overlapping the cue ("heart attack") already blocks via sentenceFrame.
      // ("hits a checkpoint outside the Chadian embassy": a target at the mission is the mission's.)
      // ("torched the visa office of the Swedish embassy": a part of the mission.)
      // ("attacked a police station and the Kenyan consulate": two objects of one verb.)
      if (marks.some((o) => o.value.k === 'other' && o.start >= lo && o.end <= hi && !(PERIMETER.has(s.tokens[o.start]!.n) && AT_MISSION.has(s.tokens[o.end]?.n ?? '')) && !partOf(s.tokens, marks, o, m) && !(c.end <= o.start && coordinatedOther(s.tokens, marks, o, m)))) continue;
      // "The gunmen, who had earlier driven past the embassy, attacked the bank": the mission inside a clause on the
      // attacker, the attack word its antecedent or the main verb after it.
      if (missionInAttackerClause(s, marks, cues, c, m)) continue;
      // "قالت السفارة الفرنسية إن مسلحين هاجموا سوقا": the mission speaks, in Arabic word order.
      if (arabicSpeaker(s.tokens, m, c)) continue;
      // ("detonated it as guards approached him outside the Iranian embassy": the place of the whole event.)
      if (has(marks, 'break', lo, hi) && !(c.end <= m.start && placedAt(s.tokens, marks, m)) && !approached) continue;
      // ("The Ukrainian consulate said an intruder had smashed its windows": the speaking mission tells of its own parts.)
      if (m.start < c.start && frames.some((f) => f.value.kind === 'speaker' && f.start >= m.end && f.start < c.start) && !saysItWasHit(s.tokens, c) && !possessiveLink(s.tokens, marks, c, m)) continue;
      // "Attaque à Ouagadougou : l'ambassade de France condamne": the mission is the subject of a condemnation.
      // (Not "hat den Anschlag auf die deutsche Botschaft scharf verurteilt": the attack's object, someone else condemns.)
      if (!attackOn(s.tokens, c, m) && condemnsAfter(s, frames, m)) { a.blockedFrame = 'speaker'; continue; }
      if (frames.some((f) => f.value.kind === 'destination' && f.end <= m.start && m.start - f.end <= 6)) continue;
      // "Tunisian embassy in Tripoli shelters dozens of its citizens after armed clashes": the mission takes people
      // in, the attack it follows is elsewhere.
      if (frames.some((f) => f.value.kind === 'destination' && f.start >= m.end && f.start - m.end <= 4 && c.start > f.end && s.tokens.slice(f.end, c.start).some((x) => AFTER.has(x.n) || AMID.has(x.n)))) continue;
      // "... in protest at Nato's bombing of the Chinese embassy in Belgrade": the crowd's grievance, another attack.
      // ("summoned the Russian ambassador to protest against a missile": the cue after the mission, the grievance.)
      if (grievanceBefore(s.tokens, Math.min(m.start, c.start)) || (c.start > m.end && grievanceBefore(s.tokens, c.start))) continue;
      // "Embassy staff evacuated after suicide bombing at Kabul airport": the attack placed at another target.
      if (m.end <= c.start && placedAtOther(s.tokens, marks, c)) continue;
      // "The attack triggered the sirens at the US embassy, some 15 kilometres away": the mission is far from it.
      if (c.end <= m.start && marks.some((o) => o.value.k === 'otherEvent' && s.tokens[o.end - 1]!.n === 'away' && o.start >= m.end && o.start - m.end <= 8)) continue;
      if (negatedLink(s.tokens, m, c)) { a.blockedFrame = 'negated'; if (TARGETED.has(s.tokens[c.start]!.n)) denied = Math.max(denied, c.start); continue; }
      if (closedAfter(s.tokens, m, c)) continue;
      if (genericLink(s, c, m)) continue;
      a.links.push({ m, c });
    }
  }
  // "Early reports described the explosion as an attack on the Pakistani mission, but officials said the mission
  // was neither targeted nor damaged": a denial after "but" takes back the links before it.
  // (Also "... but the mission was not hit", the mission named by a bare noun.)
  if (a.links.length > 0) {
    const t = s.tokens;
    const lastCue = Math.max(...a.links.map((l) => l.c.end));
    const but = t.findIndex((x, k) => k >= lastCue && CONTRAST.has(x.n));
    if (but >= 0 && (denied > but || cues.some((c) => c.start > but && deniedMission(t, marks, c)))) { a.links = []; a.blockedFrame = 'negated'; }
  }
  if (a.links.length > 0) {
    a.blockedFrame = null;
    // "Crowds attacked the embassy": a crowd's attack is a physical one, not a verbal one.
    // ... or "attacked by protesters", "stormed by a mob": the crowd after "by".
    const crowdBefore = (c: Mark): boolean => marks.some((x) => x.value.k === 'crowd' && ((x.end <= c.start && c.start - x.end <= 3) || (x.start > c.end && x.start - c.end <= 2 && BY.has(s.tokens[c.end]?.n ?? ''))));
    // "Friday's attack on the Indian High Commission": an attack dated as news is one, whatever its word.
    // "A Russian drone struck the embassy", "a shell hit the compound": a weapon as the generic verb's subject.
    const weaponBefore = (c: Mark): boolean => marks.some((x) => x.value.k === 'cue' && x.value.type !== null && !x.value.notWeapon && x.end <= c.start && c.start - x.end <= 1);
    // "The Indonesian embassy was targeted on Sunday night, in a street ..., by two men who threw a homemade bomb", "a
    // été attaquée ... par une dizaine d'hommes armés", "تعرض ... لهجوم ... نفذه مسلحون": the agent after "by" names
    // the weapon of the generic verb, however far.
    const agentWeapon = (c: Mark): boolean => {
      // ("fue atacado el domingo por la noche, según fuentes policiales, por un grupo ...": any "by" after the verb.)
      return marks.some((x) => x.value.k === 'cue' && x.value.type !== null && x.value.strength === 2 && !x.value.typeOnly && !x.value.notWeapon && x.start > c.end
        && s.tokens.slice(Math.max(c.end, x.start - 10), x.start).some((y) => BY.has(y.n) || AGENT_AR.has(y.n)) && !marks.some((o) => o.value.k === 'other' && o.start > c.end && o.start < x.start));
    };
    a.strength = Math.max(...a.links.map((l) => (l.c.value.k === 'cue' ? (crowdBefore(l.c) || datedAttack(s.tokens, l.c) || weaponBefore(l.c) || (l.c.value.strength < 2 && agentWeapon(l.c)) ? 2 : l.c.value.strength) : 1)));
  }
  return a;
}

const ACCUSED_DATE_GAP = new Set(['on', 'early', 'late', 'in', 'the', 'last', 'at', 'around', 'about', 'le', 'el', 'am', 'de', 'del', 'du', 'vom', 'في', 'يوم']);
/**
 * "The man accused of driving his car into the high commission in Pretoria on Monday appeared in court", "held on
 * suspicion of throwing Molotov cocktails at the embassy early on March 10": a court or an accusation outside the
 * attack phrase, the attack dated just after its mission within the week: the follow-up of a recent attack, not the
 * trial of an old one nor a plot. (Not "on suspicion of planning to bomb the embassy on Friday": the plot words
 * stand between.)
 */
function accusedOfRecentAttack(s: Sentence, pub: Date | null, f: Mark & { value: { k: 'frame'; kind: FrameKind } }, from: number, to: number): boolean {
  const t = s.tokens;
  const suspicion = f.value.kind === 'threat' && t[f.start]!.n === 'suspicion' && f.end <= from && from - f.end <= 2;
  if (!pub || !(f.value.kind === 'past' || suspicion) || (f.end > from && f.start < to) || !mayHold(s, WORD.recentDay | WORD.month)) return false;
  // (After a possessive, the mission's part: "the German Embassy's consular section early on March 10".)
  const after = t[to]?.n === 's' ? to + 3 : to;
  for (let k = to; k < t.length && k <= after + 5; k++) {
    const n = t[k]!.n;
    if (k < after) continue;
    if (RECENT.has(n) || WEEKDAY_KEYS.has(n)) return true;
    if (L.MONTHS[n] !== undefined) return datesIn(s, pub).some((d) => d.explicit && d.date.getTime() <= pub.getTime() + 86_400_000 && pub.getTime() - d.date.getTime() <= 7 * 86_400_000);
    if (!ACCUSED_DATE_GAP.has(n) && !isCapitalized(t[k]!)) return false;
  }
  return false;
}

const LOOTED = new Set(['looting', 'looted', 'loot', 'stole', 'stolen', 'stealing', 'took', 'taking', 'seized', 'seizing', 'smashed', 'smashing', 'destroyed', 'carried', 'ransacked',
  'pillant', 'pille', 'pilles', 'vole', 'voles', 'volant', 'emporte', 'emportant', 'saqueando', 'saquearon', 'saqueo', 'robaron', 'robando', 'llevaron', 'llevandose', 'plunderten', 'pluenderten', 'gestohlen', 'stahlen', 'raubten', 'نهبوا', 'نهب', 'سرقوا', 'سرقه']);
/** "looting computers, cash and vehicles", "stole two servers": machines carried off, no cyber attack. */
function physicalLoot(t: readonly Token[], f: Mark): boolean {
  for (let k = f.start - 1; k >= Math.max(0, f.start - 4); k--) if (LOOTED.has(t[k]!.n)) return true;
  return false;
}

/** A headline with an attack on another target ("Drone attack targets coalition base") and no mission attacked. */
function titleAttacksOther(a: Analysis | undefined): boolean {
  if (!a?.s.isTitle || a.links.length > 0) return false;
  return a.marks.some((c) => c.value.k === 'cue' && !c.value.typeOnly && a.marks.some((o) => o.value.k === 'other' && o.start >= c.end && o.start - c.end <= 4));
}

const NEAR = new Set(['near', 'nahe', 'pres', 'cerca', 'قرب', 'بالقرب']);
/** A headline whose every mission link places the attack "near" the mission. */
function titleOnlyNear(a: Analysis | undefined): boolean {
  if (!a?.s.isTitle || a.links.length === 0) return false;
  const t = a.s.tokens;
  return a.links.every((l) => l.c.end <= l.m.start && t.slice(l.c.end, l.m.start).some((x) => NEAR.has(x.n)));
}

const DEFINITE = new Set(['the', 'l', 'la', 'le', 'el', 'den', 'die', 'der', 'dem', 'this', 'cette', 'cet', 'este', 'esta', 'diesen']);
const TARGET_NOUN = new Set(['target', 'cible', 'objetivo', 'blanco', 'ziel', 'هدف']);
const TARGET_COPULA = new Set(['was', 'were', 'is', 'etait', 'est', 'era', 'fue', 'es', 'war', 'ist', 'كان', 'وكان']);
/**
 * "Police said the target was the Egyptian consulate", "La cible était l'ambassade", "Ziel war nach Angaben der Polizei
 * die katarische Botschaft", "وكان الهدف القنصلية": the target noun with its copula, then the mission (no other place
 * first, not "not the embassy").
 */
function targetNamed(a: Analysis): { k: number; m: Mark } | null {
  const t = a.s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!TARGET_NOUN.has(t[k]!.n) || !(TARGET_COPULA.has(t[k + 1]?.n ?? '') || TARGET_COPULA.has(t[k - 1]?.n ?? ''))) continue;
    const m = a.marks.find((x) => x.value.k === 'mission' && x.value.sub === 'mission' && x.start > k && x.start - k <= 8);
    if (!m || a.marks.some((o) => o.value.k === 'other' && o.start > k && o.start < m.start)) return null;
    for (let j = k + 1; j < m.start; j++) if (commaBefore(a.s, j) || NOT.has(t[j]!.n)) return null;
    return contrastedAway(a.s, a.marks, m) ? null : { k, m };
  }
  return null;
}
// (The definite articles, their contractions "al", "du", "zum", and the mission's own "its", "son", "su".)
const ANAPHORA_DEFINITE = new Set([...DEFINITE, 'al', 'del', 'au', 'du', 'das', 'zum', 'am', 'its', 'son', 'su', 'sein', 'seine']);
/**
 * "Indonesia's embassy stands on a quiet avenue in Yangon. Shortly after midnight, two men threw petrol bombs at the
 * building": "the building" (le bâtiment, el edificio, das Gebäude, المبنى) right after a typed attack word is the
 * mission the sentence before named, when neither sentence names another target.
 */
function linkAnaphora(analyses: Analysis[]): void {
  let prev: Analysis | null = null;
  for (const a of analyses) {
    if (a.s.noise) continue;
    const before = prev;
    prev = a.s.isTitle ? null : a;
    // The attack told in the sentence before, in the same paragraph, with no mission of its own: "Shells hit the
    // airport and a market in Khartoum. The Ethiopian embassy was also struck" (the generic verb's weapon), "A car bomb
    // exploded in Benghazi. Police said the target was the Egyptian consulate" (the target named after it).
    const weapon = before && !a.s.isTitle && before.s.line === a.s.line && !before.blockedFrame && before.links.length === 0 && !before.marks.some((m) => m.value.k === 'mission')
      ? before.marks.find((c) => c.value.k === 'cue' && c.value.type !== null && c.value.strength === 2 && !c.value.typeOnly && !c.value.notWeapon) : undefined;
    if (weapon && a.links.length > 0 && a.strength < 2 && !a.blockedFrame) { a.strength = 2; before!.antecedent = true; continue; }
    if (weapon && a.links.length === 0 && !a.blockedFrame && mayHold(a.s, WORD.targetNoun)) {
      const named = targetNamed(a);
      if (named) { a.links.push({ m: named.m, c: { start: named.k, end: named.k + 1, value: weapon.value } }); a.strength = 2; before!.antecedent = true; continue; }
    }
    if (!before || a.s.isTitle || a.links.length > 0 || a.blockedFrame || before.blockedFrame || before.s.line < a.s.line - 1) continue;
    // (Nor after a drill, a plot or a trial told there: "hat einen Terrorangriff auf die Botschaft simuliert".)
    if (!before.marks.some((m) => m.value.k === 'mission' && m.value.sub === 'mission') || before.marks.some((m) => m.value.k === 'other' || (m.value.k === 'frame' && m.value.kind !== 'speaker' && m.value.kind !== 'destination'))) continue;
    if (a.marks.some((m) => m.value.k === 'other' || m.value.k === 'bg' || m.value.k === 'otherEvent' || m.value.k === 'mission' || m.value.k === 'frame')) continue;
    const t = a.s.tokens;
    for (const c of a.marks) {
      if (c.value.k !== 'cue' || c.value.type === null || c.value.typeOnly || c.value.notWeapon) continue;
      let k = t.findIndex((x, j) => j >= c.end && j <= c.end + 6 && MISSION_NOUNS.has(x.n) && x.n !== 'mission' && (ANAPHORA_DEFINITE.has(t[j - 1]?.n ?? '') || ARABIC.test(x.n)));
      // "... a bomb planted against its perimeter wall went off", "des inconnus ont criblé sa façade de balles",
      // "أطلق مجهولون النار على واجهتها": a possessive on a part of the building, either side of the cue.
      if (k < 0) k = t.findIndex((_, j) => j >= c.start - 6 && j <= c.end + 6 && (j < c.start || j >= c.end) && !WHOSE.has(t[j]!.n) && possessivePart(t, j) >= 0);
      if (k < 0) continue;
      a.links.push({ m: { start: k, end: k + 1, value: MISSION_TAG }, c });
      a.strength = Math.max(a.strength, c.value.strength);
      before.antecedent = true;
      break;
    }
  }
}

const FIRE = new Set(['fire', 'blaze', 'incendie', 'incendio', 'feuer', 'brand', 'حريق']);
/** A bang or a fire, no weapon named: "a gas cylinder exploded", "un incendie s'est déclaré", "una explosión". */
const bareBang = (t: readonly Token[], c: Mark): boolean => c.value.k === 'cue' && (c.value.explosion === true || (c.value.type === 'arson_mob' && FIRE.has(t[c.start]!.n)));
// (A transformer or a boiler blowing up: "the blast was caused by an electricity transformer".)
const ACCIDENT = new Set(['accidental', 'accidentally', 'accident', 'accidentel', 'accidentelle', 'accidentellement', 'accidentalmente', 'accidente', 'unfall', 'versehentlich', 'cortocircuito', 'kurzschluss', 'gasleck',
  'transformer', 'transformateur', 'transformador', 'transformator', 'trafo', 'boiler', 'chaudiere', 'caldera', 'heizkessel', 'محول']);
/** Two-word accidents: a short circuit, a gas leak, a technical fault, in five languages. */
const ACCIDENT_PAIRS = new Set(['short circuit', 'court circuit', 'gas leak', 'fuite gaz', 'fuga gas', 'technischer defekt', 'technischen defekt', 'تماس كهربايي', 'تسرب غاز']);
const RULED_OUT_ACCIDENT = new Set(['ruled', 'excluded', 'ecarte', 'ecartee', 'ecartent', 'exclu', 'exclue', 'descarto', 'descartaron', 'descartan', 'descartada', 'descartado', 'ausgeschlossen', 'schliesst', 'schliessen', 'schloss', 'استبعد', 'استبعدت']);
const CRIME = new Set(['foul', 'attack', 'sabotage', 'criminal', 'criminelle', 'criminel', 'atentado', 'attentat', 'anschlag', 'brandstiftung', 'fremdverschulden', 'terrorism', 'terrorist', 'arson', 'intencional', 'هجوم', 'ارهابي']);
const NEGATION = new Set([...NOT, 'ne', 'n', 'kein', 'keine', 'keinen']);
/** A witness's first, wrong guess: "I thought it was a transformer", "Pensé que era un transformador". */
const MISTAKEN = new Set(['thought', 'assumed', 'pense', 'pensait', 'pensais', 'croyais', 'croyait', 'crut', 'pensaba', 'crei', 'creia', 'creyo', 'dachte', 'dachten', 'glaubte', 'glaubten', 'ظننت', 'ظن', 'اعتقدت']);
/** The words accidentTold starts from (an accident word, a pair's first word, "ruled out"): its word class. */
const ACCIDENT_WORDS = [...ACCIDENT, ...[...ACCIDENT_PAIRS].map((p) => p.split(' ')[0]!), ...RULED_OUT_ACCIDENT];
/** A sentence that tells an accident: "the blast was accidental", "un court-circuit est à l'origine du feu", "police ruled out foul play", "los bomberos descartaron un atentado" (not "descartaron una fuga de gas"). */
function accidentTold(s: Sentence): boolean {
  // (Every rule below starts from a word of ACCIDENT_WORDS.)
  if (!mayHold(s, WORD.accident)) return false;
  const t = s.tokens;
  const negated = (k: number): boolean => t.slice(Math.max(0, k - 4), k).some((x) => NEGATION.has(x.n) || RULED_OUT_ACCIDENT.has(x.n) || MISTAKEN.has(x.n)) || NOT.has(t[k + 1]?.n ?? '');
  for (let k = 0; k < t.length; k++) {
    const n = t[k]!.n;
    const pair = k + 1 < t.length && (ACCIDENT_PAIRS.has(n + ' ' + t[k + 1]!.n) || ACCIDENT_PAIRS.has(n + ' ' + (t[k + 2]?.n ?? '')));
    if ((ACCIDENT.has(n) || pair) && !negated(k)) return true;
    if (RULED_OUT_ACCIDENT.has(n) && !t.slice(Math.max(0, k - 3), k + 3).some((x) => NEGATION.has(x.n)) && t.slice(Math.max(0, k - 5), k + 6).some((x) => CRIME.has(x.n))) return true;
  }
  return false;
}
/**
 * "A gas cylinder exploded in the kitchen of the Indonesian embassy ... Fire officials said the blast was accidental":
 * a bang or a fire at a mission that the article tells as an accident is no attack; its links go (a named weapon stays).
 */
function dropAccidents(analyses: Analysis[]): void {
  if (!analyses.some((a) => a.links.some((l) => bareBang(a.s.tokens, l.c)))) return;
  if (!analyses.some((a) => !a.s.noise && accidentTold(a.s))) return;
  for (const a of analyses) {
    if (!a.links.some((l) => bareBang(a.s.tokens, l.c))) continue;
    a.links = a.links.filter((l) => !bareBang(a.s.tokens, l.c));
    if (a.links.length === 0) a.strength = 0;
  }
}

/** A short line without a sentence's closing stop: a heading inside the body. */
const sectionHeading = (s: Sentence): boolean => s.tokens.length <= 12 && !/[.!?:;,"”»]\s*$/.test(s.text);
/** Headline frames under which a lead attack sentence must be dated to count: retrospectives, plots, cyber, denials. */
const NOT_NEWS_TITLE = new Set<Analysis['blockedFrame']>(['past', 'old', 'threat', 'cyber', 'negated']);
function classifyWith(idx: PhraseIndex<Tag>, kb: Knowledge, article: ArticleText): Classification {
  const pub = article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : null;
  const pubYear = pub ? Number(pub.slice(0, 4)) : null;
  const pubDate = pub ? new Date(pub + 'T12:00:00Z') : null;
  const sentences = splitSentences(article.title, article.text);
  const analyses = sentences.map((s) => (s.noise ? { s, marks: [], links: [], blockedFrame: null, state: null, strength: 0 } as Analysis : analyse(idx, s, pubYear, pubDate)));

  articleAcronyms(analyses);
  linkAnaphora(analyses);
  dropAccidents(analyses);
  // Relevance: weighted mission/attack links, the title and lead counting most.
  let score = 0;
  let bodySeen = 0;
  let leadValid = false;
  let titleBlocked = false;
  let titleNotNews = false;
  let bodyLinks = 0;
  let bodyRecounts = 0;
  let leadRecount = false;
  let recentLink = false;
  let maxBodyStrength = 0;
  const evidence: Evidence = {};
  let best: Analysis | null = null;
  let bestW = 0;
  for (const a of analyses) {
    if (!a.s.isTitle && !a.s.noise) bodySeen++;
    if (a.s.isTitle && a.links.length === 0 && a.blockedFrame) { titleBlocked = true; titleNotNews = NOT_NEWS_TITLE.has(a.blockedFrame); }
    if (!a.s.isTitle && a.links.length === 0 && (a.blockedFrame === 'old' || a.blockedFrame === 'past') && pubYear !== null && yearsIn(a.s).some((y) => y < pubYear - 1)) bodyRecounts++;
    if (!a.s.isTitle && bodySeen <= 3 && bodyLinks === 0 && a.links.length === 0 && (a.blockedFrame === 'old' || a.blockedFrame === 'past') && !anchoredRecent(a.s)) leadRecount = true;
    if (a.links.length === 0) continue;
    if (anchoredRecent(a.s)) recentLink = true;
    const background = !a.s.isTitle && isBackgroundAttack(a, pubYear);
    if (!a.s.isTitle && !background) { bodyLinks++; maxBodyStrength = Math.max(maxBodyStrength, a.strength); }
    const diplomatOnly = a.links.every((l) => l.m.value.k === 'mission' && l.m.value.sub === 'diplomat');
    let w = a.strength === 2 ? 2 : 1;
    if (a.s.isTitle) w *= 1.5;
    // Under a headline that is no news of an attack (anniversary, trial, plot, cyber attack, "not hit"), a lead
    // attack sentence must say when ("on Monday", "yesterday") to be news: "The bombings, which struck the embassy..." recounts the old one.
    else if (bodySeen <= 3) { w *= 1.2; if (!titleNotNews || anchoredRecent(a.s) || a.accusedRecent) leadValid = true; }
    if (diplomatOnly) w *= 0.5;
    // "That same month, the group claimed a shooting at the Pakistani embassy": another attack weighs little.
    if (background) w *= 0.5;
    score += w;
    if (w > bestW) { bestW = w; best = a; }
  }
  if (titleBlocked && !leadValid) score -= 3;
  // "How a truck bomb in Beirut built the fortress embassy" over a body that only recounts old attacks: a feature.
  if (bodyLinks === 0 && bodyRecounts > 1) score = 0;
  // "The day a mob burned the US embassy" over a lead "Forty-seven years ago this month, ...": a retrospective,
  // unless some linked sentence dates its attack as recent.
  if (leadRecount && !recentLink) score = Math.min(score, 0);
  // "Armed attack on the foreign ministry in Tripoli" over weak body mentions ("the attack did not target any
  // embassy, though several stand nearby"): the headline names the attack's target, and it is not a mission.
  if (maxBodyStrength < 2 && titleAttacksOther(analyses[0])) score = Math.min(score, 1);
  // "Car bomb kills five near French embassy" whose body links nothing and puts the bomb "300 metres from the
  // embassy": a landmark.
  if (bodyLinks === 0 && titleOnlyNear(analyses[0]) && analyses.some((a) => !a.s.isTitle && a.marks.some((m) => m.value.k === 'mission' && distanceFrom(a.s.tokens, m)))) score = Math.min(score, 1);
  const relevant = score >= 2;
  const confidence = Math.round(Math.max(0, Math.min(1, relevant ? 0.5 + score / 16 : score / 5)) * 100) / 100;
  const facts = emptyFacts();
  if (best) evidence.relevant = best.s.text;
  if (!relevant) return Object.assign(facts, { relevant, confidence, evidence });

  // Topic tracking: which sentences talk about our attack (directly or by anaphora).
  let state: 'ours' | 'other' | null = null;
  // Whether the background run that set state 'other' tells an attack (not only circumstances: "closed since January").
  let otherAttack = false;
  let prevLine = -2;
  const retold = retoldLead(kb, analyses, pubYear);
  const background = (a: Analysis): boolean => a !== retold && isBackgroundAttack(a, pubYear);
  const firstLinked = analyses.find((a) => a.links.length > 0 && !background(a)) ?? analyses.find((a) => a.links.length > 0);
  // A roundup's other attacks: "On Tuesday, ... killed in an attack on the consulate in Benghazi" under a story on Tunis.
  // (Not in the lead, which may place better what the headline named loosely: "Bali consulate bombing" over Denpasar.)
  const firstCountries = firstLinked ? countriesOfLinks(kb, firstLinked) : null;
  const mainCountry = firstCountries?.length === 1 ? firstCountries[0]! : null;
  const lead = new Set(analyses.filter((a) => !a.s.isTitle && !a.s.noise).slice(0, 3));
  // (Asked twice of each linked sentence: once on the topic track, once for the main attack's sentences.)
  const elsewhereOf = new Map<Analysis, boolean>();
  const elsewhere = (a: Analysis): boolean => {
    if (mainCountry === null || a === firstLinked || a.s.isTitle || lead.has(a) || a.links.length === 0) return false;
    let e = elsewhereOf.get(a);
    if (e === undefined) elsewhereOf.set(a, (e = !(countriesOfLinks(kb, a) ?? [mainCountry]).includes(mainCountry)));
    return e;
  };
  for (const a of analyses) {
    if (a.s.noise) continue;
    // A cue inside ", which bombed a court in 2003," recounts the antecedent's past, not this story's event.
    const rel = a.marks.some((m) => m.value.k === 'cue' || m.value.k === 'bg') ? relativeClauses(a.s) : [];
    const hasCue = a.marks.some((m) => m.value.k === 'cue' && !inClause(rel, m));
    const hasMission = a.marks.some((m) => m.value.k === 'mission');
    // "In a separate attack in Kandahar, ...": another event (not "another 30 people were wounded").
    const separate = a.links.length === 0 && a.marks.some((m) => m.value.k === 'otherEvent' && SEPARATE_EVENT.has(a.s.tokens[m.start]!.n) && !numberLike(a.s.tokens[m.end]?.n ?? ''));
    // "X, which has been blamed for last year's attack on a hotel": the antecedent's past, not this sentence's.
    const bg = separate || a.marks.some((m) => m.value.k === 'bg' && !softEarlier(a.s, m) && !inClause(rel, m)) || datedElsewhere(a, pubYear, rel) || sinceMonth(a.s) || runningToll(a) || habitualHistory(a.s);
    if (a.links.length > 0) { state = (background(a) && firstLinked !== a) || elsewhere(a) ? 'other' : 'ours'; otherAttack = true; }
    else if (bg) { otherAttack = (state === 'other' && otherAttack) || a.marks.some((m) => m.value.k === 'cue'); state = 'other'; }
    // (The other target near an attack word: not "the bomber was linked to X ... had raided two houses".)
    // (Nor one inside a group's name: "تنظيم القاعدة", where "قاعدة" is a base.)
    else if (hasCue && a.marks.some((m) => m.value.k === 'other' && !inClause(rel, m) && !inBlameTail(a, m) && !quotedInClaim(a, m) && !a.marks.some((g) => g.value.k === 'group' && g.start <= m.start && g.end >= m.end) && !speakerPlace(a.s, m) && !blamingPlace(a, m) && !victimsHospital(a, m) && a.marks.some((c) => c.value.k === 'cue' && !inClause(rel, c) && Math.abs(c.start - m.start) <= 10)) && !hasMission) {
      // "A nearby school was also set on fire": this sentence is about another target, the story goes on.
      a.state = 'other';
      continue;
    } else if (crowdGrievance(a)) {
      a.state = 'other';
      continue;
    } else if (a.s.isTitle) state = null;
    // A section heading that names the attack ("11:58 - What we know about the assault" in a live blog): the section
    // is about our attack again.
    else if (state === 'other' && sectionHeading(a.s) && a.marks.some((c) => c.value.k === 'cue' && DEFINITE.has(a.s.tokens[c.start - 1]?.n ?? '')) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other')) state = 'ours';
    // "No embassy staff were hurt": back at the mission, and nothing says this is an older event.
    else if (state === 'other' && a.marks.some((m) => m.value.k === 'mission' && m.value.sub === 'mission') && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef')) state = 'ours';
    // A new paragraph after a background one, a toll dated today ("At least six people were killed in Monday's blast"): back to our attack.
    // Only that sentence: what follows may go on with the background.
    else if (state === 'other' && prevLine !== a.s.line && tollUpdate(a.s) && a.marks.some((m) => m.value.k === 'killed' || m.value.k === 'wounded') && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other' || m.value.k === 'bg') && !(pubYear !== null && yearsIn(a.s).some((y) => y < pubYear)) && !backgroundMonth(a.s)) {
      a.state = 'ours';
      prevLine = a.s.line;
      continue;
    // "A group calling itself X has claimed the attack in a Telegram post", a new paragraph after background: the
    // claim of "the attack" is this story's, as long as nothing dates it elsewhere. Only that sentence.
    // ("On Friday, two US officials said X had planned and carried out the strike": a blame dated to this week, too.)
    } else if (state === 'other' && prevLine !== a.s.line && a.marks.some((m) => m.value.k === 'claim' || (m.value.k === 'blame' && anchoredRecent(a.s))) && a.marks.some((c) => c.value.k === 'cue' && DEFINITE.has(a.s.tokens[c.start - 1]?.n ?? '')) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other' || m.value.k === 'bg') && !(pubYear !== null && yearsIn(a.s).some((y) => y < pubYear)) && !backgroundMonth(a.s)) {
      a.state = 'ours';
      prevLine = a.s.line;
      continue;
    // "The embassy had been closed since January after threats. Police said the attackers belonged to X": after a
    // background that tells no attack, "the attackers", "the grenade" are this story's; a sentence attributing them
    // is ours (only that sentence).
    } else if (state === 'other' && !otherAttack && a.marks.some((m) => m.value.k === 'group' || m.value.k === 'claim' || m.value.k === 'blame') && a.marks.some((c) => (c.value.k === 'cue' || c.value.k === 'attacker') && DEFINITE.has(a.s.tokens[c.start - 1]?.n ?? '')) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other' || m.value.k === 'bg') && !(pubYear !== null && yearsIn(a.s).some((y) => y < pubYear)) && !backgroundMonth(a.s)) {
      a.state = 'ours';
      prevLine = a.s.line;
      continue;
    }
    prevLine = a.s.line;
    a.state = a.s.isTitle && a.links.length === 0 ? null : state;
  }
  // The sentence that named the mission an anaphor takes up tells our attack's target and place ("The Iraqi embassy
  // occupies a villa in Damascus. On Sunday a bomb planted against its wall went off").
  // (Also when it names another target too: "Shells hit the airport and a market in Khartoum. The Ethiopian embassy was also struck".)
  for (const a of analyses) if (a.antecedent) a.state = 'ours';
  // The main attack's sentences: linked sentences that do not compare with another, earlier or separate attack.
  const allLinked = analyses.filter((a) => a.links.length > 0);
  const mainLinked = allLinked.filter((a) => !background(a) && !elsewhere(a));
  const linked = mainLinked.length > 0 ? mainLinked : allLinked;
  const ours = analyses.filter((a) => a.state === 'ours');

  extractTargets(kb, linked, ours, facts, evidence);
  extractPlace(kb, linked, ours, analyses, facts, evidence);
  // A country's own mission is never on its own soil: "the Yemen embassy assault" in Sanaa names the place.
  // ("Nigeria summons South African envoy after mob attack on Johannesburg consulate": the envoy is no target either.)
  if (facts.hostCountry) facts.targetCountries = facts.targetCountries.filter((c) => c !== facts.hostCountry);
  // "Costa Rica recalled its ambassador on Wednesday, three days after masked men hurled gasoline bombs at its
  // embassy": the day named is the later event's; such sentences date the attack last.
  const laterEvent = (a: Analysis): boolean => a.links.length > 0 && a.marks.some((r) => r.value.k === 'afterRef' && a.links.every((l) => l.c.start >= r.end));
  // ("Amak verbreitete am Freitagabend eine Erklärung, in der ... die Tat für sich beanspruchte. Bei dem Anschlag am
  // Donnerstag ...": a claim's day is when it came; an unlinked sentence that only reports a claim dates last.)
  const claimOnly = (a: Analysis): boolean => a.marks.some((m) => m.value.k === 'claim') && !a.marks.some((m) => m.value.k === 'cue');
  const unlinked = ours.filter((a) => a.links.length === 0);
  // ("La tension est montée d'un cran jeudi après-midi dans la capitale nigérienne. Plusieurs centaines de manifestants
  // ... ont pris d'assaut l'ambassade": a sentence that sets the scene just before the lead, in its paragraph.)
  const sceneSetters = analyses.filter((a, i) => a.state === null && !a.s.isTitle && !a.s.noise && analyses[i + 1]?.links.length && analyses[i + 1]!.s.line === a.s.line && !a.marks.some((m) => m.value.k === 'cue' || m.value.k === 'mission') && !ownBackground(a, pubYear));
  // ("The suspect was detained on Sunday night. ... The attack took place on Saturday evening": a sentence telling
  // when the attack happened dates it before one on what followed.)
  const namesAttack = (a: Analysis): boolean => a.marks.some((c) => c.value.k === 'cue' && definiteCue(a.s.tokens, c) && HAPPENED.has(a.s.tokens[c.end]?.n ?? ''));
  const dated = [...linked, ...unlinked.filter((a) => !claimOnly(a) && namesAttack(a)), ...unlinked.filter((a) => !claimOnly(a) && !namesAttack(a)), ...sceneSetters, ...unlinked.filter(claimOnly)];
  const date = findDates([...dated.filter((a) => !laterEvent(a)), ...dated.filter(laterEvent)].map((a) => a.s), analyses.map((a) => a.s), pub);
  facts.date = date.date;
  if (date.evidence) evidence.date = date.evidence;
  // "The protest had been called after guards shot dead two villagers on August 4": a sentence dated to another
  // day tells another event's weapon and toll.
  const day = facts.date && pub ? Date.parse(facts.date + 'T12:00:00Z') : null;
  const pubDay = pub ? new Date(pub + 'T12:00:00Z') : null;
  // (Only sentences that name a month can carry such a date, and only a weapon or a toll matters here.)
  const sameDay = (a: Analysis): boolean => a.links.length > 0 || day === null || !a.marks.some((m) => m.value.k === 'cue' || m.value.k === 'killed' || m.value.k === 'wounded') || !mayHold(a.s, WORD.month) || !a.s.tokens.some((x) => MONTHISH.has(x.n)) || !datesIn(a.s, pubDay, a.s.datelineTokens).some((d) => d.explicit && Math.abs(d.date.getTime() - day) > 1.5 * 86_400_000);
  const oursThatDay = ours.filter(sameDay);
  extractTypes(linked, oursThatDay, facts, evidence);
  extractGroups(ours, analyses.filter((a) => !a.s.noise && !ownBackground(a, pubYear)), pubYear, facts, evidence, analyses);
  blamedStates(kb, ours, facts, evidence);
  // Not the toll of an attack on a mission placed in another city ("... the attack on the compound in Benghazi
  // that killed four Americans"); a toll sentence that only names where the wounded were taken still counts.
  const casualtySentences = [...linked.filter((a) => !placedElsewhere(a, facts.city)), ...oursThatDay.filter((a) => a.links.length === 0 && !tollPlacedElsewhere(a, facts.city))];
  const cas = findCasualties(casualtySentences.map((a) => ({ s: a.s, marks: a.marks })));
  facts.killed = cas.killed;
  facts.wounded = cas.wounded;
  if (cas.killedEvidence) evidence.killed = cas.killedEvidence;
  if (cas.woundedEvidence) evidence.wounded = cas.woundedEvidence;
  // Not a spread with extra fields: on Node 20 that slow path promotes every result to the old generation.
  return Object.assign(facts, { relevant, confidence, evidence });
}

/** "The attack took place / happened / occurred on Saturday", "L'attaque a eu lieu", "El ataque se produjo", "Der Anschlag ereignete sich". */
const HAPPENED = new Set(['took', 'happened', 'occurred', 'unfolded', 'began', 'started', 'a', 'se', 'ocurrio', 'tuvo', 'ereignete', 'fand', 'geschah', 'وقع']);
const inClause = (clauses: [number, number][], m: Mark): boolean => clauses.some(([x, y]) => m.start > x && m.end <= y);
/** Words that open another event's sentence ("In a separate attack", "Another bomb"); "similar attacks" may be a threat. */
const SEPARATE_EVENT = new Set(['another', 'separate', 'une', 'un', 'otro', 'otra', 'einen', 'ein', 'einem', 'incident', 'incidente', 'separaten', 'منفصل', 'منفصله']);
const numberLike = (n: string): boolean => /^\d+$/.test(n) || L.NUMBER_WORDS[n] !== undefined || L.VAGUE_NUMBERS[n] !== undefined;

/** Another, earlier or separate event named within a few tokens of a mark. */
function localBackground(a: Analysis, m: Mark, pubYear: number | null): boolean {
  const near = (x: { start: number; end: number }): boolean => x.end > m.start - 8 && x.start < m.end + 8;
  if (a.marks.some((x) => near(x) && ((x.value.k === 'bg' && !softEarlier(a.s, x)) || x.value.k === 'otherEvent'))) return true;
  return pubYear !== null && a.s.tokens.some((t, i) => near({ start: i, end: i + 1 }) && /^(19|20)\d\d$/.test(t.n) && Number(t.n) < pubYear && !sinceYear(a.s.tokens, i));
}

/** A sentence that itself places its content in another, earlier or separate event. */
function ownBackground(a: Analysis, pubYear: number | null): boolean {
  return a.marks.some((m) => (m.value.k === 'bg' && !softEarlier(a.s, m)) || m.value.k === 'otherEvent') || datedElsewhere(a, pubYear);
}

/** An earlier year or month that dates the sentence (not only the tail of a blame, see blameTail). */
function datedElsewhere(a: Analysis, pubYear: number | null, rel?: [number, number][]): boolean {
  if (!((pubYear !== null && yearsIn(a.s).some((y) => y < pubYear)) || backgroundMonth(a.s, rel))) return false;
  const tail = blameTail(a);
  return tail < 0 || a.s.tokens.findIndex((x) => /^(19|20)\d\d$/.test(x.n) || MONTHISH.has(x.n)) < tail;
}
/**
 * Where the tail after a blame or claim of "the attack" starts (the first comma after both), or -1: "The ministry
 * again blamed X for the attack, saying the drone was of the type used on the airport in May 2023" tells this
 * story's blame; the tail's date and target are a comparison.
 */
function blameTail(a: Analysis): number {
  if (!a.marks.some((m) => m.value.k === 'blame' || m.value.k === 'claim')) return -1;
  const t = a.s.tokens;
  // ("... telephoned a radio station shortly after the attack began to claim responsibility, saying ... in 1915".)
  const blame = a.marks.find((m) => m.value.k === 'blame' || m.value.k === 'claim')!;
  const cue = a.marks.find((c) => c.value.k === 'cue' && definiteCue(t, c));
  if (cue === undefined) return -1;
  for (let k = Math.max(cue.end, blame.end); k < t.length; k++) if (commaOrArabicBefore(a.s, k)) return k;
  return -1;
}
/** "the attack", "الهجوم": a cue this story has already named. */
const definiteCue = (t: readonly Token[], c: Mark): boolean => DEFINITE.has(t[c.start - 1]?.n ?? '') || /^[وفبل]?ال/.test(t[c.start]!.s);
function commaOrArabicBefore(s: Sentence, k: number): boolean {
  for (let i = s.tokens[k - 1]!.end, end = s.tokens[k]!.start; i < end; i++) if (s.text.charCodeAt(i) === 44 || s.text.charCodeAt(i) === 0x060c) return true;
  return false;
}

/** A sentence linking a mission and an attack that is about another attack (earlier, separate, compared with). */
const VAGUE_BACKGROUND = new Set(L.VAGUE_PAST.map(phraseKey));
/**
 * "Jaish al-Adl has claimed ... a rocket-propelled grenade at the Consulate General of India in Zahedan late last month"
 * under a headline on that attack: the first linked body sentence, placed where the headline's attack was and dated
 * only vaguely ("last month", "last week"), tells the story's own attack, not an earlier one.
 */
function retoldLead(kb: Knowledge, analyses: Analysis[], pubYear: number | null): Analysis | null {
  const title = analyses[0];
  if (!title?.s.isTitle || title.links.length === 0) return null;
  // (The first that tells the attack, not a heading's "Zahedan: Consulate hit".)
  const lead = analyses.find((a) => !a.s.isTitle && !a.s.noise && a.links.length > 0 && a.strength === 2);
  if (!lead || !isBackgroundAttack(lead, pubYear)) return null;
  const t = lead.s.tokens;
  if (lead.marks.some((m) => m.value.k === 'afterRef' || ((m.value.k === 'bg' || m.value.k === 'otherEvent') && !VAGUE_BACKGROUND.has(t.slice(m.start, m.end).map((x) => x.n).join(' '))))) return null;
  // (Not a month named: "in June" places another event.)
  if ((pubYear !== null && yearsIn(lead.s).some((y) => y < pubYear)) || t.some((x) => L.MONTHS[x.n] !== undefined)) return null;
  const here = countriesOfLinks(kb, lead);
  const there = countriesOfLinks(kb, title);
  return here && there && here.some((c) => there.includes(c)) ? lead : null;
}

function isBackgroundAttack(a: Analysis, pubYear: number | null): boolean {
  if (a.s.isTitle) return false;
  // "Earlier in the week, protesters in Cairo stormed...": an opener places the whole sentence; elsewhere a
  // marker places only the clause around it ("avenging a killing last month" leaves the lead's bombing alone).
  const governs = (m: Mark): boolean => m.start < a.s.datelineTokens + 4 || a.links.some((l) => m.end > Math.min(l.m.start, l.c.start) - 8 && m.start < Math.max(l.m.end, l.c.end) + 8);
  if (a.marks.some((m) => (m.value.k === 'otherEvent' || (m.value.k === 'bg' && !softEarlier(a.s, m))) && governs(m) && !claimedLater(a, m)) || (pubYear !== null && yearsIn(a.s).some((y) => y < pubYear)) || backgroundMonth(a.s)) return true;
  // "Protesters set fire to the X consulate, a day after the Damascus attacks": the link precedes the reference.
  const ref = a.marks.find((m) => m.value.k === 'afterRef');
  if (ref === undefined) return false;
  // Only when the reference names an attack: "days after the two ambassadors visited Hama" dates, it compares nothing.
  // ("came just 17 days after militants seized the US embassy": the attackers name it.)
  if (!a.marks.some((m) => (m.value.k === 'cue' || m.value.k === 'attacker') && m.start >= ref.end && m.start - ref.end <= 8)) return false;
  // (Not a new event brought in as the trigger: "A crowd stormed the embassy on Friday, hours after a deadly shooting
  // on the border": the indefinite names no attack of the story, the sentence's own link is the news.)
  if (a.links.every((l) => Math.max(l.m.end, l.c.end) <= ref.start)) return !INDEFINITE.has(a.s.tokens[ref.end]?.n ?? '');
  // "The attack came two months after a truck bomb near the German embassy": the earlier event follows the reference.
  // ("The hotel attack comes after a suicide bomber and gunmen struck the Chinese embassy": the reference's own verb;
  // the missions named after it are the earlier event's, whatever attack word before it they pair with.)
  const came = CAME.has(a.s.tokens[ref.start]!.n) || a.s.tokens.slice(Math.max(0, ref.start - 5), ref.start).some((x) => CAME.has(x.n));
  return came && a.links.every((l) => l.m.start >= ref.end);
}

/** A mark after "a day after", "hours after" that follows a link: the earlier event's, not the linked attack's. */
function otherEventAfterLink(a: Analysis, x: Mark): boolean {
  if (!a.marks.some((r) => r.value.k === 'afterRef' && r.end <= x.start && a.links.some((l) => l.c.end <= r.start && l.m.end <= r.start))) return false;
  // ("tenté de pénétrer dans l'enceinte après l'explosion d'un véhicule piégé devant le portail": the earlier blast at
  // the mission's own gate is the same attack's first act.)
  const t = a.s.tokens;
  for (let k = x.end; k < Math.min(t.length - 2, x.end + 6); k++) {
    if (!AT_MISSION.has(t[k]!.n) || !DEFINITE.has(t[k + 1]!.n)) continue;
    const part = PART_ADJ.has(t[k + 2]!.n) ? k + 3 : k + 2;
    if (MISSION_PART.has(t[part]?.n ?? '')) return false;
  }
  return true;
}

const AT = new Set(['at', 'near', 'on', 'outside', 'a', 'en', 'au', 'pres', 'bei', 'vor', 'im', 'of', ...AGAINST]);
const IN_PLACE = new Set(['in', 'inside', 'dans', 'im', 'innerhalb']);
/**
 * The cue followed by "in/at/near/outside (the) (Kabul) airport", or by its object ("... embassy in Kabul targeted
 * police post", "... after gunmen storm hotel near airport"): an attack on another target.
 */
function placedAtOther(t: readonly Token[], marks: Mark[], c: Mark): boolean {
  // "Near the Italian embassy, shortly after midnight, a car exploded in the car park of a shopping mall": the
  // attack placed inside another target, up to the next mission, city or attack word.
  if (IN_PLACE.has(t[c.end]?.n ?? '')) {
    for (let k = c.end + 1; k < Math.min(t.length, c.end + 9); k++) {
      const at = marks.find((x) => x.start === k && (x.value.k === 'other' || x.value.k === 'mission' || x.value.k === 'city' || x.value.k === 'cue' || x.value.k === 'break'));
      // ("Kenyan diplomat stabbed in Kampala restaurant robbery": the city names the place's town.)
      if (at?.value.k === 'city' && at.end < t.length && marks.some((x) => x.value.k === 'other' && x.start === at.end)) return !PERIMETER.has(t[at.end]!.n);
      if (at) return at.value.k === 'other' && !PERIMETER.has(t[k]!.n);
    }
    return false;
  }
  if (AT.has(t[c.end]?.n ?? '')) return marks.some((o) => o.value.k === 'other' && o.start > c.end && o.start - c.end <= 4);
  if (BY.has(t[c.end]?.n ?? '')) return false;
  // "when a bomb tore through a minibus", "a rocket slammed into a crowded market": the impact's place, another target.
  for (let k = c.end; k < Math.min(t.length, c.end + 3); k++) {
    if (THROUGH.has(t[k]!.n)) return marks.some((o) => o.value.k === 'other' && o.start > k && o.start - k <= 3 && !PERIMETER.has(t[o.start]!.n)) || t.slice(k + 1, k + 4).some((x) => THROUGH_PLACE.has(x.n));
  }
  // (Over articles and a second attack word: "gunmen storm the hotel".)
  let k = c.end;
  while (k < t.length && k - c.end < 3 && (SKIP_BEFORE.has(t[k]!.n) || marks.some((x) => x.value.k === 'cue' && x.start <= k && x.end > k))) k++;
  // ("the ambassador ... when gunmen fired on his convoy": the mission's own.)
  if (t.slice(c.end, k).some((x) => POSSESSIVE.has(x.n))) return false;
  return marks.some((o) => o.value.k === 'other' && o.start === k && !PERIMETER.has(t[k]!.n));
}
const POSSESSIVE = new Set(['his', 'her', 'its', 'their']);
const THROUGH = new Set(['through', 'into']);
/** What a blast tears through that is no target list's place: a vehicle, a crowd ("a bomb tore through a minibus"). */
const THROUGH_PLACE = new Set(['minibus', 'minibuses', 'bus', 'buses', 'crowd', 'crowds', 'queue', 'wedding', 'funeral', 'procession', 'train', 'carriage']);
const MISSION_DISTRICT = new Set(['quartier', 'barrio', 'zona', 'distrito', 'حي']);
const DISTRICT_GLUE = new Set(['des', 'de', 'las', 'los', 'la', 'les', 'l', 'd']);
/** "le quartier des ambassades", "el barrio de las embajadas", "حي السفارات", "im Botschaftsviertel": a district, no mission. */
function districtOfMissions(t: readonly Token[], m: Mark): boolean {
  if (t[m.end - 1]!.n.endsWith('viertel')) return true;
  let k = m.start - 1;
  while (k >= 0 && m.start - k <= 2 && DISTRICT_GLUE.has(t[k]!.n)) k--;
  return k >= 0 && MISSION_DISTRICT.has(t[k]!.n);
}
function semicolonSplit(s: Sentence, lo: number, hi: number): boolean {
  const x = s.tokens[lo - 1];
  const y = s.tokens[hi];
  return x !== undefined && y !== undefined && x.end <= y.start && s.text.slice(x.end, y.start).includes(';');
}
const PLACED_AT = new Set(['outside', 'devant', 'vor', 'frente']);
const PART_OF = new Set(['of', 'de', 'du', 'del', 'des', 'der']);
const SELF = new Set(['it', 'its']);
const HIT_AUX = new Set(['was', 'were', 'been', 'is']);
/** "The Japanese embassy said its building had been hit by fragments": the speaking mission tells its own attack. */
function saysItWasHit(t: readonly Token[], c: Mark): boolean {
  if (!HIT_AUX.has(t[c.start - 1]?.n ?? '')) return false;
  for (let k = c.start - 2; k >= Math.max(0, c.start - 5); k--) if (SELF.has(t[k]!.n)) return true;
  return false;
}
/** An article or an owner's name between a word and its mission noun: "the", "Iranian", "of the Swedish". */
const beforeMissionNoun = (t: readonly Token[], marks: Mark[], k: number): boolean => SKIP_BEFORE.has(t[k]!.n) || marks.some((x) => x.value.k === 'country' && x.start <= k && x.end > k);
/** "outside the Iranian embassy": the mission as the place where something happens. */
function placedAt(t: readonly Token[], marks: Mark[], m: Mark): boolean {
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    if (PLACED_AT.has(t[k]!.n)) return true;
    if (!beforeMissionNoun(t, marks, k)) return false;
  }
  return false;
}
/** "the visa office of the Swedish embassy", "la section consulaire de l'ambassade": a part of the mission itself. */
function partOf(t: readonly Token[], marks: Mark[], o: Mark, m: Mark): boolean {
  if (!PART_OF.has(t[o.end]?.n ?? '') || m.start <= o.end || m.start - o.end > 4) return false;
  for (let k = o.end + 1; k < m.start; k++) if (!beforeMissionNoun(t, marks, k)) return false;
  return true;
}
/** "checkpoint outside the embassy": a post of the mission's own perimeter (not "a hotel near the embassy"). */
const PERIMETER = new Set(['checkpoint', 'checkpoints', 'barricade', 'barricades']);
const AT_MISSION = new Set(['outside', 'near', 'of', 'at', 'devant', 'frente', 'vor', 'pres']);
function semicolonBetween(s: Sentence, f: Mark, from: number, to: number): boolean {
  const [a, b] = f.end <= from ? [f.end, from] : [to, f.start];
  const x = s.tokens[a - 1];
  const y = s.tokens[b];
  return x !== undefined && y !== undefined && x.end <= y.start && s.text.slice(x.end, y.start).includes(';');
}
const OVER = new Set(['over', 'against', 'contre', 'contra', 'gegen']);
const ORCHESTRATED = new Set(['orchestrating', 'ordering', 'masterminding', 'carrying', 'organising', 'organizing', 'perpetrating', 'sponsoring', 'directing', 'behind']);
const ACCUSED_OF = new Set(['of', 'de', 'd', 'for']);
const ANGERED = new Set(['angered', 'enraged', 'incensed', 'colere', 'enojados', 'indignados', 'wutend', 'emporte', 'furieux']);
/** Diplomatic measures: "Ambassador summoned over missile strikes", "Diplomats expelled over bombing". */
const MEASURE = new Set(['summoned', 'summons', 'expelled', 'expels', 'recalled', 'recalls', 'convoque', 'convoca', 'convocado', 'convocada', 'expulsa', 'expulse', 'expulses', 'expulsados', 'einbestellt', 'ausgewiesen', 'استدعت', 'استدعاء', 'طرد', 'طردت']);
const PROTEST = new Set(['protest', 'protests', 'protesting', 'angry', 'anger', 'outrage', 'outraged', 'furious', 'fury', 'protestation', 'protesta', 'wut', 'احتجاجا']);
/** "in protest at X", "angry over X", "in retaliation for X": X (within six words of `at`) is the grievance. */
function grievanceBefore(t: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const n = t[k]!.n;
    if (REVENGE.has(n)) return true;
    if ((OVER.has(n) || n === 'at' || n === 'for') && (PROTEST.has(t[k - 1]?.n ?? '') || PROTEST.has(t[k - 2]?.n ?? '') || MEASURE.has(t[k - 1]?.n ?? ''))) return true;
  }
  return false;
}
const DENOUNCING = new Set([...PROTEST, ...ANGERED, 'denouncing', 'denounced', 'decrying', 'protested', 'demanding', 'denoncaient', 'denoncant', 'denoncent', 'protestaient', 'denunciaban', 'denunciando', 'protestaban', 'reclamaban', 'protestierten', 'prangerten', 'forderten', 'يحتجون', 'احتجوا', 'منددين']);
/**
 * "Les protestataires dénonçaient la mort de neuf éleveurs tués la semaine dernière", "the protesters were denouncing
 * the deaths of nine herders": a crowd's grievance, an earlier event whose dead are not this attack's (the sentence alone).
 */
function crowdGrievance(a: Analysis): boolean {
  if (a.links.length > 0) return false;
  const crowd = a.marks.find((m) => m.value.k === 'crowd');
  if (!crowd) return false;
  const t = a.s.tokens;
  for (let k = crowd.end; k < Math.min(t.length, crowd.end + 10); k++) {
    if (!DENOUNCING.has(t[k]!.n)) continue;
    return a.marks.some((m) => (m.value.k === 'killed' || m.value.k === 'wounded' || m.value.k === 'cue') && m.start > k && m.start - k <= 3);
  }
  return false;
}
/** "Several hundred football fans attacked the embassy": a crowd named by its sport, no sports page. */
const FANS = new Set(['fans', 'supporters', 'hooligans', 'ultras', 'hinchas', 'aficionados', 'anhanger', 'jeunes']);
/** "protesters angry over a film", "a protest against a book": the crowd's grievance, not a film about an attack. */
function grievance(t: readonly Token[], f: Mark): boolean {
  if (f.value.k !== 'frame') return false;
  // ("crowds angered by a documentary that insults the Prophet": the grievance's own words.)
  if (f.value.kind === 'verbal') return t.slice(Math.max(0, f.start - 7), f.start).some((x) => ANGERED.has(x.n));
  if (f.value.kind !== 'past') return false;
  // ("protesters angered by a film that mocks the Prophet": the anger's cause.)
  for (let k = f.start - 1; k >= Math.max(0, f.start - 3); k--) if (OVER.has(t[k]!.n) || ANGERED.has(t[k]!.n)) return true;
  return false;
}

/** "X claimed the attack a day later": when the claim came, not another attack. */
function claimedLater(a: Analysis, m: Mark): boolean {
  if (m.value.k !== 'otherEvent' || !a.s.tokens.slice(m.start, m.end).some((x) => x.n === 'later' || x.n === 'next' || x.n === 'following')) return false;
  return a.marks.some((c) => c.value.k === 'claim' && c.end <= m.start && m.start - c.end <= 6);
}

// ("The ministry blamed X for the attack", "El ministerio culpó a X": a place speaking, no other target.)
const SPEAKER_VERBS = new Set(['said', 'says', 'told', 'announced', 'reported', 'confirmed', 'stated', 'added', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'statement',
  'blamed', 'blames', 'accused', 'accuses', 'condemned', 'condemns', 'denied', 'denies', 'insisted', 'vowed', 'urged', 'accuse', 'culpo', 'acuso', 'beschuldigte', 'beschuldigt']);
/** "the health ministry said", "a hospital spokesman": an institution speaking, not a place attacked. */
/** 'the group said its fighters had attacked "the headquarters of the Ugandan crusader intelligence"': a claim's or a speaker's own words for the target. */
function quotedInClaim(a: Analysis, m: Mark): boolean {
  if (!a.marks.some((c) => c.value.k === 'claim' || (c.value.k === 'frame' && c.value.kind === 'speaker'))) return false;
  const before = a.s.text.slice(0, a.s.tokens[m.start]!.start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('«'));
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return straight || (open >= 0 && !/[”»]/.test(before.slice(open)));
}
/** A mark in the comma tail after a blame of "the attack" (see blameTail). */
function inBlameTail(a: Analysis, m: Mark): boolean {
  const tail = blameTail(a);
  return tail >= 0 && m.start >= tail;
}
/**
 * "جددت وزارة الخارجية اتهامها لـX بالوقوف وراء الهجوم" (the ministry renewed its accusation of X over the attack):
 * an institution blaming, named before the blame, no attack's target.
 */
function blamingPlace(a: Analysis, m: Mark): boolean {
  return a.marks.some((b) => (b.value.k === 'blame' || b.value.k === 'claim') && b.start >= m.end && b.start - m.end <= 12) && !a.marks.some((c) => c.value.k === 'cue' && c.end <= m.start && m.start - c.end <= 3);
}
function speakerPlace(s: Sentence, m: Mark): boolean {
  // ("selon le ministère de l'Intérieur", "according to the ministry", "according to the interior ministry": the
  // source of a figure.)
  return SPEAKER_VERBS.has(s.tokens[m.end]?.n ?? '') || SPEAKER_VERBS.has(s.tokens[m.end + 1]?.n ?? '') || s.tokens.slice(Math.max(0, m.start - 5), m.start).some((x) => ACCORDING.has(x.n)) ||
    // (The verb inverted before its speaker after a quote or a figure: "..., précise le ministère", "..., said the ministry".)
    (INVERTED_SPEAKER.has(s.tokens[m.start - 2]?.n ?? '') && DEFINITE.has(s.tokens[m.start - 1]!.n)) || (INVERTED_SPEAKER.has(s.tokens[m.start - 3]?.n ?? '') && DEFINITE.has(s.tokens[m.start - 2]!.n));
}
const INVERTED_SPEAKER = new Set(['said', 'says', 'added', 'precise', 'indique', 'ajoute', 'affirme', 'explique', 'souligne', 'dijo', 'indico', 'preciso', 'senalo', 'agrego', 'informo', 'sagte', 'teilte', 'erklarte']);
const ACCORDING = new Set(['according', 'selon', 'segun', 'laut', 'حسب', 'بحسب', 'وفقا', 'وفق']);

const HOSPITAL = new Set(L.HOSPITAL_WORDS);
const TAKEN = new Set(['taken', 'rushed', 'treated', 'admitted', 'transported', 'evacuated', 'transporte', 'transportes', 'hospitalise', 'trasladado', 'trasladados', 'gebracht', 'نقل']);
/** "one of the guards injured in the blast died in hospital", "were taken to hospital": where victims went, no target. */
function victimsHospital(a: Analysis, o: Mark): boolean {
  if (!HOSPITAL.has(a.s.tokens[o.start]!.n)) return false;
  return a.marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && x.end <= o.start && o.start - x.end <= 4) || a.s.tokens.slice(Math.max(0, o.start - 4), o.start).some((x) => TAKEN.has(x.n));
}
const SAME_STORY_TIME = new Set(['day', 'night', 'evening', 'morning', 'afternoon', 'that', 'today', 'tonight']);
const EARLIER_NOUNS = new Set(['casualty', 'figures', 'figure', 'toll', 'tolls', 'report', 'reports', 'estimate', 'estimates', 'statement', 'count', 'counts']);
// ("The staff had left the building hours earlier on police advice": the same day, told a little before.)
const EARLIER_BEFORE = new Set(['day', 'hours', 'minutes', 'moments', 'said', 'reported', 'announced', 'updating']);
/** "updating earlier casualty figures", "a day earlier", "said earlier": not another, older event. */
const DESCRIPTIVE_AFTER = new Set(['unknown', 'known', 'unheard', 'obscure', 'little']);
const HALLMARKS = new Set(['hallmarks', 'hallmark', 'resembled', 'resembles', 'similar', 'consistent', 'mirrored', 'echoed']);
function softEarlier(s: Sentence, m: Mark): boolean {
  const tok = s.tokens[m.start] as Token;
  if (m.end - m.start !== 1) return false;
  const next = s.tokens[m.end]?.n ?? '';
  // "the previous day", "earlier that day": a relative date of this story's event ("Earlier on Tuesday,
  // protesters in Cairo..." may well be another one).
  // ("the attack bore the hallmarks of the group's previous operations": a comparison with the past, not a past event.)
  if ((tok.n === 'previous' || tok.n === 'past' || tok.n === 'earlier') && s.tokens.slice(Math.max(0, m.start - 6), m.start).some((x) => HALLMARKS.has(x.n))) return true;
  if (tok.n === 'previous') return SAME_STORY_TIME.has(next);
  // "a previously unknown group", "formerly known as": a description, no earlier event.
  if ((tok.n === 'previously' || tok.n === 'formerly') && DESCRIPTIVE_AFTER.has(next)) return true;
  // ("the suspect, a 41-year-old former overseas worker": a person's past trade, no earlier event.)
  if (tok.n === 'former') return PERSON_BEFORE_FORMER.has(s.tokens[m.start - 1]?.n ?? '');
  if (tok.n !== 'earlier') return false;
  if (SAME_STORY_TIME.has(next) || (next === 'in' && s.tokens[m.end + 2]?.n === 'day')) return true;
  return EARLIER_NOUNS.has(next) || EARLIER_BEFORE.has(s.tokens[m.start - 1]?.n ?? '');
}

const PERSON_BEFORE_FORMER = new Set(['a', 'an', 'old', 'his', 'her']);
const CAME = new Set(['came', 'comes', 'follows', 'followed', 'occurred', 'happened']);
const MONTHISH = new Set(Object.keys(L.MONTHS));
const SUPERLATIVE = /^(.+est|worst|first|most|plus|pire|premier|premiere|mas|peor|primer|primera|schlimmste[nr]?|schwerste[nr]?|erste[nr]?)$/;
/** "the deadliest attack since U.S. forces captured the city in April": the clause of a superlative's "since" up to the next comma. */
function comparisonClauses(s: Sentence): [number, number][] {
  const t = s.tokens;
  const out: [number, number][] = [];
  for (let i = 1; i < t.length; i++) {
    if (!SINCE.has(t[i]!.n) || !t.slice(Math.max(0, i - 8), i).some((x) => SUPERLATIVE.test(x.n))) continue;
    let end = i + 1;
    while (end < t.length && !s.text.slice(t[end - 1]!.end, t[end]!.start).includes(',')) end++;
    out.push([i - 1, end]);
  }
  return out;
}

const PERFECT = new Set(['has', 'have', 'ont', 'han', 'haben']);
// ("Kabul has seen repeated attacks on diplomatic missions", "a connu des attaques répétées": a history told in the perfect.)
const REPEATEDLY = new Set(['repeatedly', 'reiteradamente', 'wiederholt', 'mehrfach', 'مرارا', 'تكرارا', 'repeated', 'repetees', 'repetes', 'repetidos', 'repetidas', 'reiterados', 'reiteradas', 'wiederholte', 'wiederholten', 'متكرره',
  // "Aden has been hit by sporadic bombings and assassinations": occasional attacks over time.
  'sporadic', 'frequent', 'periodic', 'sporadiques', 'frequentes', 'esporadicos', 'esporadicas', 'frecuentes', 'sporadische', 'sporadischen', 'haufige', 'haufigen']);
/** "Rockets have repeatedly targeted diplomatic missions", "has been hit dozens of times": a history, not this attack. */
function habitualHistory(s: Sentence): boolean {
  if (!mayHold(s, WORD.habitual)) return false;
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    const n = t[i]!.n;
    // (Not "he was hit several times": a victim's wounds.)
    const habitual = REPEATEDLY.has(n) || (n === 'times' && (t[i - 2]?.n === 'dozens' || t[i - 1]?.n === 'numerous'));
    // (Not in a relative clause on a group: "blamed Iran-aligned militias, which have repeatedly targeted U.S. facilities".)
    if (habitual && t.slice(Math.max(0, i - 8), i).some((x) => PERFECT.has(x.n)) && !relativeClauses(s).some(([a, b]) => i > a && i < b)) return true;
  }
  // "Gunmen in Karachi have attacked diplomatic missions before.": an experience, no event.
  // (Not one told in a relative clause: "Suspicion fell on X, whose drones have struck Saudi targets before".)
  if (t.length <= 3 || t[t.length - 1]!.n !== 'before') return false;
  const rel = relativeClauses(s);
  return t.slice(0, -1).some((x, i) => PERFECT.has(x.n) && !rel.some(([a, b]) => i > a && i < b));
}

/** "In May, ..." / "Earlier in July": a month without a day is background. */
/**
 * English words that are months only when capitalised ("in may", "in march" are a modal and a walk). French and
 * Spanish write months in lower case: "En mayo, un atentado ..." opening a sentence dates it (not "abatido en febrero"
 * further on, a clause's own time).
 */
const MONTH_NEEDS_CAPITAL = new Set(['may', 'march', 'mar', 'jan', 'sun']);
function backgroundMonth(s: Sentence, outside: [number, number][] = []): boolean {
  if (!mayHold(s, WORD.month)) return false;
  const t = s.tokens;
  // (Built only once a month is found: this runs for every sentence.)
  let skip: [number, number][] | null = null;
  for (let i = 0; i + 1 < t.length; i++) {
    const p = t[i] as Token;
    const m = t[i + 1] as Token;
    if ((p.n === 'in' || p.n === 'en' || p.n === 'im' || p.n === 'last') && MONTHISH.has(m.n) && (isCapitalized(m) !== false || (i <= s.datelineTokens + 2 && !MONTH_NEEDS_CAPITAL.has(m.n))) && !(skip ??= [...outside, ...comparisonClauses(s)]).some(([x, y]) => i > x && i < y)) {
      const next = t[i + 2];
      if (!next || !/^\d{1,2}$/.test(next.n)) return true;
    }
  }
  return false;
}

const MONTH_PART = new Set(['la', 'le', 'mi', 'debut', 'fin', 'early', 'mid', 'late', 'the', 'middle', 'of', 'de', 'mediados', 'principios', 'finales', 'anfang', 'mitte', 'ende']);
/** "1,400 civilians have been killed since March": a running total over months, not this attack's toll. */
function sinceMonth(s: Sentence): boolean {
  if (!mayHold(s, WORD.since) || !mayHold(s, WORD.month)) return false;
  const t = s.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!SINCE.has(t[i]!.n)) continue;
    // "since March", "depuis la mi-mars", "since early March"
    let k = i + 1;
    while (k < i + 3 && MONTH_PART.has(t[k]?.n ?? '')) k++;
    // (Not in a clause about a group: "the RSF, which it has been fighting since April 2023".)
    if (MONTHISH.has(t[k]?.n ?? '') && !/^\d{1,2}$/.test(t[k + 1]?.n ?? '') && !relativeClauses(s).some(([x, y]) => i > x && i < y)) return true;
  }
  return false;
}

/** "The conflict has killed more than 6,000 people since 2017": a running total over years, not this attack's toll. */
function runningToll(a: Analysis): boolean {
  if (!a.marks.some((m) => m.value.k === 'killed' || m.value.k === 'wounded') || !mayHold(a.s, WORD.since)) return false;
  const t = a.s.tokens;
  // ("since the 2018 protests ..., leaving more than 300 people dead": the year after an article.)
  for (let i = 1; i < t.length; i++) if (SINCE.has(t[i - 1]!.n) && /^(19|20)\d\d$/.test((ARTICLE.has(t[i]!.n) ? t[i + 1]?.n : t[i]!.n) ?? '')) return true;
  return false;
}

/** Nouns after "embassy" that make it a place's name: "Baghdad's embassy district", "the embassy area". */
const AREA = new Set(['area', 'zone', 'row', 'enclave']);
/** Articles before a coordinated owner: "die türkische und die iranische Botschaft". */
const ARTICLE = new Set(['the', 'die', 'der', 'den', 'dem', 'des', 'le', 'la', 'l', 'les', 'el', 'los', 'las']);
const OWN_PRONOUN = new Set(['its', 'son', 'sa', 'ses', 'su', 'sus', 'seine', 'seiner', 'seinen', 'ihre', 'ihrer', 'ihren']);
const OWN_MISSION = new Set(['سفارتها', 'سفارته', 'قنصليتها', 'قنصليته']);
const COORD = new Set(['and', 'or', 'et', 'ou', 'y', 'e', 'o', 'und', 'oder', 'as', 'well']);
/** "no firearm or explosives", "weder Waffen noch Sprengstoff": weapons ruled out together. */
const OR_NOR = new Set([...COORD, 'nor', 'ni', 'noch']);
/** A mission noun in the plural ("embassies", "ambassades", "Botschaften"): it may have several owners. */
function pluralMission(t: readonly Token[], m: Mark): boolean {
  const n = t[m.end - 1]!.n;
  return /(ies|es|s|en|ات)$/.test(n) && !/(ss|us)$/.test(n);
}
/**
 * The countries whose mission a mission noun names: before it ("the Iraqi embassy", "Iraq's Kabul embassy",
 * "the Swiss and Chilean embassies", "the French, US and Belgian embassies") or after it ("embassy of Pakistan",
 * "the embassies of Rwanda, Uganda and Kenya", "السفارة الأمريكية"). Coordinated owners only for a plural noun.
 */
function countriesNear(a: Analysis, m: Mark, kb?: Knowledge): string[] {
  const t = a.s.tokens;
  const marks = a.marks;
  const plural = pluralMission(t, m);
  const out: string[] = [];
  const countryEndingAt = (e: number): Mark | undefined => marks.find((x) => x.end === e && x.value.k === 'country');
  const countryStartingAt = (st: number): Mark | undefined => marks.filter((x) => x.start === st && x.value.k === 'country').sort((x, y) => y.end - x.end)[0];
  // "Norway condemned Sunday's attack on its embassy", "Le Canada ... son ambassade", "أدانت مصر ... سفارتها": the subject's.
  if (OWN_PRONOUN.has(t[m.start - 1]?.n ?? '') || OWN_MISSION.has(t[m.start]!.n) || OWN_MISSION.has(t[m.start]!.alt ?? '')) {
    const subject = marks.find((x) => x.value.k === 'country' && x.end <= m.start && !PREP_IN.includes(t[x.start - 1]?.n ?? ''));
    if (subject && subject.value.k === 'country') return [subject.value.code];
  }
  // Before.
  let i = m.start - 1;
  for (let steps = 0; i >= 0 && steps < 5; steps++) {
    // "Mali : le consulat d'Algérie": a headline's place label before a colon is no owner.
    if (/[:;]/.test(a.s.text.slice(t[i]!.end, t[i + 1]!.start))) break;
    const c = countryEndingAt(i + 1);
    if (c && c.value.k === 'country') {
      out.push(c.value.code);
      if (!plural) {
        // "die türkische und die iranische Botschaft", "the Turkish and the Iranian embassy": owners coordinated, each
        // with its own article, before a singular noun (not "condemned Israel and the Egyptian embassy").
        const art = c.start - 1;
        const prev = ARTICLE.has(t[art]?.n ?? '') && COORD.has(t[art - 1]?.n ?? '') ? countryEndingAt(art - 1) : undefined;
        if (prev && prev.value.k === 'country' && ARTICLE.has(t[prev.start - 1]?.n ?? '') && prev.value.code !== c.value.code) out.push(prev.value.code);
        return out;
      }
      // "the Swiss and Chilean", "the French, US and Belgian": walk back over the coordination.
      let k = c.start - 1;
      for (let guard = 0; k >= 0 && guard < 8; guard++) {
        if (t[k]!.n === 's') { k--; continue; }
        const prev = countryEndingAt(k + 1);
        if (prev && prev.value.k === 'country') { if (!out.includes(prev.value.code)) out.push(prev.value.code); k = prev.start - 1; continue; }
        if (COORD.has(t[k]!.n) || commaBefore(a.s, k + 1)) { if (COORD.has(t[k]!.n)) k--; const p2 = countryEndingAt(k + 1); if (p2) continue; }
        break;
      }
      return out;
    }
    const city = marks.find((x) => x.end === i + 1 && x.value.k === 'city');
    if (city && city.value.k === 'city') {
      // "Washington's embassy in Baghdad", "Moscow's embassy": a capital's possessive names its country's mission
      // (not "Iraq's Kabul embassy", where the city is the place).
      // (Nor "in Baghdad's embassy district", nor "Kabul's embassy in Kabul": a place, the mission's own city.)
      if (kb && t[city.end]?.n === 's' && kb.capitals.get(city.value.city.country) === city.value.city.name && !marks.some((x) => x.value.k === 'country' && x.start <= city.start && x.end >= city.end) && !DISTRICT.has(t[m.end]?.n ?? '') && !AREA.has(t[m.end]?.n ?? '') && cityAfter(kb, a, m.end).city?.country !== city.value.city.country) return [city.value.city.country];
      i = city.start - 1;
      continue;
    }
    if (SKIP_BEFORE.has((t[i] as Token).n)) { i--; continue; }
    break;
  }
  // After.
  let j = m.end;
  const reach = RESIDENCE.has(t[m.start]!.n) ? 6 : 4;
  for (let steps = 0; j < t.length && steps < reach; steps++) {
    const c = countryStartingAt(j);
    if (c && c.value.k === 'country') {
      out.push(c.value.code);
      if (!plural) return out;
      let k = c.end;
      for (let guard = 0; k < t.length && guard < 10; guard++) {
        const next = countryStartingAt(k);
        if (next && next.value.k === 'country' && (commaBefore(a.s, k) || COORD.has(t[k - 1]!.n) || SKIP_AFTER.has(t[k - 1]!.n))) { if (!out.includes(next.value.code)) out.push(next.value.code); k = next.end; continue; }
        if (COORD.has(t[k]!.n) || (SKIP_AFTER.has(t[k]!.n) && COORD.has(t[k - 1]?.n ?? ''))) { k++; continue; }
        break;
      }
      return out;
    }
    if (SKIP_AFTER.has((t[j] as Token).n)) { j++; continue; }
    // "the residence of the Ambassador of Mexico": the envoy's country ("مقر إقامة السفير الأردني": over "إقامة" too).
    if (RESIDENCE.has(t[m.start]!.n) && (ENVOY.has(t[j]!.n) || RESIDENCE_OF.has(t[j]!.n))) { j++; continue; }
    break;
  }
  return out;
}

function extractTargets(kb: Knowledge, linked: Analysis[], ours: Analysis[], facts: Classification | ReturnType<typeof emptyFacts>, ev: Evidence): void {
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

const CITY_PART = new Set(['downtown', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'suburbs', 'outskirts', 'heart', 'centro', 'nord', 'sud', 'est', 'ouest', 'norden', 'suden', 'innenstadt']);
// (Streets too: "the embassy compound on Pyay Road", "la avenida Libertador", "شارع بغداد".)
const DISTRICT = new Set(['district', 'neighbourhood', 'neighborhood', 'quarter', 'barrio', 'quartier', 'stadtteil', 'viertel', 'bezirk', 'حي',
  'road', 'street', 'avenue', 'boulevard', 'highway', 'rue', 'avenida', 'calle', 'strasse', 'allee', 'شارع', 'طريق']);
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
  return q === null || q === info.country ? info : (kb.namesakes.get(phraseKey(info.name) + '|' + q) ?? info);
}
function cityAfter(kb: Knowledge, a: Analysis, from: number): { city: CityInfo | null; country: string | null } {
  const t = a.s.tokens;
  let seenPrep = false;
  let country: string | null = null;
  let capital = false;
  for (let j = from; j < t.length && j < from + 9; ) {
    const here = a.marks.filter((x) => x.start === j);
    // ("السفارة الليبية بتونس": Arabic "in" written onto the place.)
    if (t[j]!.alt !== undefined && t[j]!.s.startsWith('ب')) seenPrep = true;
    const city = here.find((x) => x.value.k === 'city');
    const ctry = here.filter((x) => x.value.k === 'country').sort((x, y) => y.end - x.end)[0];
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
    if (here.some((x) => x.value.k === 'prep')) { seenPrep = true; j++; continue; }
    if (here.some((x) => x.value.k === 'capital')) { capital = true; j++; continue; }
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
  return { city: null, country: seenPrep ? country : null };
}

/** Embassy nouns (not consulates): "embassy", "ambassade", "embajada", "Botschaft", "سفارة". */
const EMBASSY_WORD = /^(embass|ambassade|embajada|botschaft|سفار)/;
const HERE = new Set(['here', 'ici', 'aqui']);
/** The dateline's city ("KABUL, Dec 8 (Reuters) -"); a country alone there ("KUWAIT, Dec. 12 -") is its capital. */
function datelineCity(kb: Knowledge, all: Analysis[]): { city: CityInfo; evidence: string } | null {
  const a = all.find((x) => x.s.datelineTokens > 0 && !x.s.noise);
  if (!a) return bylineCity(kb, all);
  const m = a.marks.find((x) => (x.value.k === 'city' || x.value.k === 'country') && x.end <= a.s.datelineTokens);
  if (m?.value.k === 'city') return { city: m.value.city, evidence: a.s.text };
  if (m?.value.k === 'country' && m.start === 0) {
    const name = kb.capitals.get(m.value.code);
    if (name) return { city: { name, country: m.value.code, population: 0 }, evidence: a.s.text };
  }
  return null;
}

/** "Staff Correspondent | Dhaka | Updated: 08 April 2026": a byline's field that is a city and nothing else. */
function bylineCity(kb: Knowledge, all: Analysis[]): { city: CityInfo; evidence: string } | null {
  for (const a of all.slice(0, 6)) {
    if (a.s.isTitle || !a.s.text.includes('|')) continue;
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

function extractPlace(kb: Knowledge, linked: Analysis[], ours: Analysis[], all: Analysis[], facts: ReturnType<typeof emptyFacts>, ev: Evidence): void {
  const votes = new Map<string, { city: CityInfo; score: number; evidence: string; first: number; strong: boolean }>();
  let order = 0;
  const vote = (named: CityInfo, w: number, evidence: string): void => {
    // "the Embassy of Japan along Roxas Boulevard in Pasay City", "en San Isidro": a municipality of the capital's
    // metropolis that the gazetteer holds as a city, reported as the city the missions are said to be in.
    const metro = kb.districts?.get(phraseKey(named.name));
    const city = metro && metro.country === named.country ? metro : named;
    const key = city.name + '|' + city.country;
    const v = votes.get(key);
    if (v) { v.score += w; v.strong ||= w >= 3; }
    else votes.set(key, { city, score: w, evidence, first: order++, strong: w >= 3 });
  };
  let hostFromPhrase: string | null = null;
  let embassyIn: string | null = null;
  const dateline = datelineCity(kb, all);
  for (const a of linked) {
    for (const l of a.links) {
      const m = l.m;
      const after = cityAfter(kb, a, m.end);
      if (after.country && !after.city && EMBASSY_WORD.test(a.s.tokens[m.start]!.n)) embassyIn ??= after.country;
      // "KARACHI: ... attacked the Iranian consulate in Clifton": a small namesake town abroad, in a country the article
      // never names, is a district of the dateline's city (named again in the headline or body).
      if (after.city && dateline && after.city.population > 0 && after.city.population < 100000 && after.city.country !== dateline.city.country && namesakeDistrict(all, after.city, dateline.city)) vote(dateline.city, 3, a.s.text);
      // "Lima, 16 de enero — ... la Embajada de Chile en San Isidro": an embassy in a small town of the country whose
      // capital is the dateline stands in a district of that capital.
      else if (after.city && dateline && after.city.population > 0 && after.city.population < 100000 && after.city.country === dateline.city.country && kb.capitals.get(dateline.city.country) === dateline.city.name && EMBASSY_WORD.test(a.s.tokens[m.start]!.n)) vote(dateline.city, 3, a.s.text);
      else if (after.city) vote(after.city, 3, a.s.text);
      // "smashed through the gate of the United States Embassy here": the dateline's city.
      else if (dateline && (HERE.has(a.s.tokens[m.end]?.n ?? '') || HERE.has(a.s.tokens[m.end + 1]?.n ?? ''))) vote(dateline.city, 3, a.s.text);
      else if (after.country) hostFromPhrase ??= after.country;
      // Before: "Kabul embassy", "Iraq's Kabul embassy".
      let i = m.start - 1;
      for (let steps = 0; i >= 0 && steps < 4; steps++) {
        const city = a.marks.find((x) => x.end === i + 1 && x.value.k === 'city');
        if (city && city.value.k === 'city' && !a.marks.some((x) => x.value.k === 'country' && x.start <= city.start && x.end >= city.end)) { vote(city.value.city, 3, a.s.text); break; }
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
      if (m.value.city.population < 100000 || districtName(a.s.tokens, m)) continue;
      vote(m.value.city, w, a.s.text);
    }
  }
  // A country's mission is abroad: the capital of a target country is its government speaking ("Moscow said").
  const abroad = [...votes.values()].filter((v) => v.strong || !(facts.targetCountries.includes(v.city.country) && kb.capitals.get(v.city.country) === v.city.name));
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

/** Each knowledge's districts as a phrase index, built once. */
const districtIndexes = new WeakMap<Knowledge, PhraseIndex<CityInfo>>();
/** The first district (see Knowledge.districts) named in these sentences, with its city. */
function districtCity(kb: Knowledge, sentences: Analysis[]): { city: CityInfo; evidence: string } | null {
  if (!kb.districts || kb.districts.size === 0) return null;
  let idx = districtIndexes.get(kb);
  if (!idx) {
    idx = new PhraseIndex<CityInfo>();
    for (const [d, city] of kb.districts) idx.add(d, city);
    districtIndexes.set(kb, idx);
  }
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
 * The countries where the links of a sentence place their attack, by a sizeable city (null when one is unsaid): "the consulate in Benghazi",
 * "the Kabul embassy", "In Cairo, protesters climbed ...", "protesters in Khartoum set ... on fire"; null when unsaid.
 */
function countriesOfLinks(kb: Knowledge, a: Analysis): string[] | null {
  const countries: string[] = [];
  const t = a.s.tokens;
  const sizeable = (c: CityInfo): boolean => c.population >= 100000 || kb.capitals.get(c.country) === c.name;
  for (const l of a.links) {
    let city = cityAfter(kb, a, l.m.end).city;
    if (!city || !sizeable(city)) {
      const from = Math.min(l.m.start, l.c.start);
      const before = a.marks.filter((x) => x.value.k === 'city' && x.start >= a.s.datelineTokens && x.end <= from && from - x.end <= 12 && (x.end === l.m.start || CITY_OPENER.has(t[x.start - 1]?.n ?? '')) && !a.marks.some((y) => y.value.k === 'country' && y.start <= x.start && y.end >= x.end));
      const c = before[before.length - 1];
      city = c && c.value.k === 'city' && sizeable(c.value.city) ? c.value.city : null;
    }
    if (!city) return null;
    // (Links placed in two countries: "the consulate in Bamako was pelted ..., and in Ouagadougou protesters ...".)
    if (!countries.includes(city.country)) countries.push(city.country);
  }
  return countries.length > 0 ? countries : null;
}

/** A body sentence that names cities, none of them the attack's: about another place ("the attack in Benghazi"). */
function placedElsewhere(a: Analysis, city: string | null): boolean {
  if (!city || a.s.isTitle) return false;
  const cities = a.marks.filter((m) => m.value.k === 'city' && m.start >= a.s.datelineTokens && m.value.city.population >= 100000);
  return cities.length > 0 && !cities.some((m) => m.value.k === 'city' && m.value.city.name === city);
}

const TOLL_IN = new Set(['in', 'during', 'en', 'lors', 'bei', 'في']);
/**
 * "At least four Nigerians were killed in the Johannesburg unrest": a toll placed in another city right after its
 * verb is another event's (not "the wounded were taken to hospitals in Lagos", where a hospital comes between).
 */
function tollPlacedElsewhere(a: Analysis, city: string | null): boolean {
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

const NO_WEAPON = new Set([...NO_DETERMINERS, 'keinen', 'without', 'sans', 'sin', 'ohne', 'neither', 'nor', 'weder', 'noch', 'ni']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'has', 'had', 'later', 'then']);
const NO_OBJECT_AFTER = new Set(['after', 'by', 'as', 'outside', 'at', 'near', 'in', 'on', 'when', 'while', 'following', 'and']);
const ARMED_ATTACK_NOUNS = new Set(['attack', 'attacks', 'attaque', 'attaques', 'ataque', 'ataques']);
const ARMED_AFTER = new Set(['armee', 'armees', 'armado', 'armados']);
const ASSAULT_NOUNS = new Set(['assault', 'assaut', 'asalto']);
const ARMED_AGENT = new Set(['armed', 'armes', 'armado', 'armados', 'مسلحين', 'مسلحون']);
/**
 * The generic attack noun m qualified as armed: "an armed attack", "l'attaque armée", "el ataque armado" are gunfire
 * told without more detail (like "den bewaffneten Angriff", "الهجوم المسلح", whose "armed" is a gunfire cue already);
 * "el asalto ... por un comando armado", "the assault by armed men" is an armed assault.
 */
function armedAttackAt(t: readonly Token[], m: Mark): AttackType | null {
  const n = t[m.start]!.n;
  if (ARMED_ATTACK_NOUNS.has(n) && (t[m.start - 1]?.n === 'armed' || ARMED_AFTER.has(t[m.end]?.n ?? ''))) return 'shooting';
  if (ASSAULT_NOUNS.has(n) && t.slice(m.end, m.end + 12).some((x) => ARMED_AGENT.has(x.n))) return 'armed_assault';
  return null;
}
/** An attacker as the passive subject of the shooting word, with no object after it. */
/** The cue m inside the "by ..." agent of the passive link cue c: "attacked on Sunday by armed men who fired at the guards". */
function byAgent(t: readonly Token[], c: Mark, m: Mark): boolean {
  for (let k = c.end; k < Math.min(m.start, c.end + 5); k++) if (BY.has(t[k]!.n)) return m.start - k <= 20;
  return false;
}
const FIRE_OPENED = new Set(['opened', 'fired', 'firing', 'ouvert', 'ont', 'abrieron', 'abrio', 'eroffneten', 'eroffnete']);
function attackerShot(t: readonly Token[], marks: Mark[], m: Mark): boolean {
  // ("Unknown assailants opened fire on the guard post": the attackers fire, they are not shot.)
  if (FIRE_OPENED.has(t[m.start]!.n)) return false;
  let k = m.start;
  while (k > 0 && PASSIVE_AUX.has(t[k - 1]!.n)) k--;
  if (!marks.some((x) => x.value.k === 'attacker' && x.end === k)) return false;
  const next = t[m.end]?.n;
  return next === undefined || NO_OBJECT_AFTER.has(next);
}
const ARMED_MEN_CUE = new Set(['gunmen', 'armed', 'hommes', 'assaillants', 'hombres', 'pistoleros', 'bewaffnete', 'bewaffneten', 'مسلحين', 'مسلحون']);
const INSIDE = new Set(['inside', 'within', 'interieur', 'dentro', 'innerhalb', 'داخل']);
const GROUNDS = new Set([...MISSION_NOUNS, 'perimeter', 'walls']);
/** "killed inside the perimeter", "à l'intérieur de l'ambassade": the grounds, or a mission the index marked. */
function armedInside(t: readonly Token[], marks: Mark[], from: number): boolean {
  for (let k = from; k < Math.min(t.length - 1, from + 8); k++) {
    if (!INSIDE.has(t[k]!.n)) continue;
    for (let j = k + 1; j < Math.min(t.length, k + 4); j++) if (GROUNDS.has(t[j]!.n) || marks.some((m) => m.value.k === 'mission' && m.start === j)) return true;
    return false;
  }
  return false;
}
const IMPACT = new Set(['hit', 'struck', 'slammed', 'landed', 'impacted', 'crashed']);
/** Gunfire after a defender and no attacker before it: "protesters broke in before police drove them back with gunfire". */
function defendersFire(t: readonly Token[], marks: Mark[], m: Mark): boolean {
  return t.slice(0, m.start).some((x) => DEFENDERS.has(x.n)) && !marks.some((x) => x.value.k === 'attacker' && x.start < m.start);
}
/** A cue inside a longer cue of another type ("shell" in "spent shell casings", "kamikaze" in "drone kamikaze"). */
function insideLonger(marks: Mark[], m: Mark): boolean {
  return marks.some((o) => o !== m && o.value.k === 'cue' && o.value.type !== null && m.value.k === 'cue' && o.value.type !== m.value.type && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
}
/** Gunfire's marks, not anyone firing: "police found bullet holes", "la policía halló casquillos de bala". */
const SHOT_MARKS = new Set(['bullet', 'shell', 'spent', 'cartridge', 'douilles', 'impacts', 'casquillos', 'impactos', 'patronenhulsen', 'ثقوب']);
const shotMark = (n: string): boolean => SHOT_MARKS.has(n) || n.startsWith('einschussloch');
/** What a shot is aimed at: "fired at police", "auf Polizisten geschossen", "disparó contra los agentes". */
const AIMED_AT = new Set(['at', 'on', 'auf', 'sur', 'contre', 'contra', 'gegen', 'على']);
/** The defender at k is the fire's target, not its shooter: "hat auf Polizisten geschossen". */
const defenderAimedAt = (t: readonly Token[], k: number): boolean => AIMED_AT.has(t[k - 1]?.n ?? '') || AIMED_AT.has(t[k - 2]?.n ?? '');
/** A charge that never went off: "failed to detonate", "did not explode", "n'a pas explosé", "no explotó", "لم ينفجر". */
const DUD_VERBS = new Set(['detonate', 'detonated', 'explode', 'exploded', 'explose', 'exploser', 'detoner', 'detone', 'explotar', 'exploto', 'estallar', 'estallo', 'detonar', 'detono', 'explodiert', 'explodierte', 'detoniert', 'detonierte', 'zundete', 'ينفجر', 'تنفجر']);
const FAIL_WORDS = new Set(['failed', 'fails', 'failing', 'echoue', 'fallo', 'fallaron', 'versagte', 'versagten', 'فشل', 'فشلت']);
const GO = new Set(['go', 'gone', 'went']);
const NOT_GO_OFF = new Set([...NOT, 'without', 'sans', 'sin', 'ohne', 'non', 'didn']);
/** The verb of going off at k: "detonate", "explotó", or "go off". */
const goesOff = (t: readonly Token[], k: number): boolean => DUD_VERBS.has(t[k]?.n ?? '') || (GO.has(t[k]?.n ?? '') && t[k + 1]?.n === 'off');
function unexploded(t: readonly Token[], m: Mark): boolean {
  if (t[m.start - 1]?.n === 'unexploded') return true;
  for (let k = Math.max(0, m.start - 2); k < Math.min(t.length, m.end + 8); k++) {
    const n = t[k]!.n;
    // (Not "A car bomb exploded, but a second device failed to go off": another charge.)
    if (k >= m.end && CONTRAST.has(n)) break;
    // ("An explosive vest he wore failed to detonate", "whose belt failed to go off", "لم ينفجر الحزام".)
    if (FAIL_WORDS.has(n) && (goesOff(t, k + 1) || goesOff(t, k + 2) || goesOff(t, k + 3))) return true;
    if (NOT_GO_OFF.has(n) && (goesOff(t, k + 1) || goesOff(t, k + 2))) return true;
  }
  return false;
}
/** A bomb made safe: "police found and defused a bomb", "desactivaron un artefacto", "ein Sprengsatz, der entschärft wurde", "فككت عبوة". */
const DEFUSED = new Set(['defused', 'defuse', 'defusing', 'disarmed', 'desamorce', 'desamorcee', 'desamorces', 'neutralise', 'neutralisee', 'desactivaron', 'desactivo', 'desactivado', 'desactivada', 'entscharft', 'entschaerft', 'entscharften', 'فكك', 'فككت', 'تفكيك', 'ابطال']);
function defusedNear(t: readonly Token[], m: Mark): boolean {
  for (let k = Math.max(0, m.start - 5); k < Math.min(t.length, m.end + 5); k++) if (DEFUSED.has(t[k]!.n) || (t[k]!.alt !== undefined && DEFUSED.has(t[k]!.alt!))) return true;
  return false;
}
/** A weapon searched for and not there: "Sprengstoff wurde in dem Wagen nicht gefunden", "explosives were not found", "no se encontraron explosivos". */
const FOUND = new Set(['found', 'detected', 'trouve', 'retrouve', 'decouvert', 'encontraron', 'encontrado', 'encontro', 'hallaron', 'hallado', 'gefunden', 'entdeckt', 'عثر', 'يعثر']);
function notFound(t: readonly Token[], m: Mark): boolean {
  for (let k = Math.max(0, m.start - 4); k < Math.min(t.length, m.end + 6); k++) if (NOT.has(t[k]!.n) && (FOUND.has(t[k + 1]?.n ?? '') || FOUND.has(t[k + 2]?.n ?? ''))) return true;
  return false;
}
const FOUND_AFTER = new Set([...FOUND, 'fanden', 'recovered', 'seized', 'confiscated', 'saisi', 'incautaron', 'sichergestellt', 'beschlagnahmt']);
const WEAPON_DET = new Set(['a', 'an', 'ein', 'eine', 'einen', 'un', 'une', 'una', 'several', 'two', 'three', 'mehrere', 'plusieurs', 'varios', 'varias']);
function foundWeapon(t: readonly Token[], m: Mark): boolean {
  if (!WEAPON_DET.has(t[m.start - 1]?.n ?? '')) return false;
  for (let k = Math.max(0, m.start - 8); k < m.start - 1; k++) if (FOUND_AFTER.has(t[k]!.n) && !NOT.has(t[k - 1]?.n ?? '')) return true;
  return false;
}
/** A bomb's carrier dying in its blast: "killing himself and a policeman", "se tuant", "tötete sich selbst". */
const SELF_DEATH = new Set(['himself', 'herself', 'themselves', 'selbst']);
/** The one who drove the bomb in: "the driver of the truck died in the blast", "el conductor ... murió en la explosión". */
const DRIVER = new Set(['driver', 'conducteur', 'chauffeur', 'conductor', 'fahrer', 'سائق']);
const IN_BLAST = new Set(['in', 'by', 'en', 'dans', 'par', 'por', 'bei', 'durch', 'في', 'جراء']);
const definiteDriver = (t: readonly Token[], j: number): boolean => DRIVER.has(t[j]!.n) && (DEFINITE.has(t[j - 1]?.n ?? '') || ARABIC.test(t[j]!.n));
/**
 * A suicide attack told without the word: in a sentence with a bomb or a blast, the bomber kills himself ("set off his
 * explosives, killing himself"), or the attacker or the bomb vehicle's driver dies in the blast ("The driver of the
 * truck died in the blast along with two guards"; "El conductor de un camión cargado de explosivos ... murió en la explosión").
 */
function selfBlast(a: Analysis): boolean {
  const t = a.s.tokens;
  // (Not "car bomb fails to explode": a bomb that went off.)
  const blast = (x: Mark): boolean => x.value.k === 'cue' && x.value.type === 'bombing' && !x.value.notWeapon && !unexploded(t, x) && !defusedNear(t, x);
  if (!a.marks.some(blast)) return false;
  for (const k of a.marks) {
    if (k.value.k !== 'killed') continue;
    if (SELF_DEATH.has(t[k.end]?.n ?? '') || t[k.start - 1]?.n === 'se') return true;
    // Died in the blast: "in", "en", "bei" a bomb or bang right after the death.
    if (!IN_BLAST.has(t[k.end]?.n ?? '') || !a.marks.some((x) => blast(x) && x.start > k.end && x.start - k.end <= 3)) continue;
    // ... and the one who died is the attacker or the (definite) driver: near before the death, or the sentence's subject.
    const who = (j: number): boolean => a.marks.some((x) => x.value.k === 'attacker' && x.start === j) || definiteDriver(t, j);
    for (let j = Math.max(0, k.start - 6); j < k.start; j++) if (who(j)) return true;
    if (who(0) || (t.length > 1 && who(1))) return true;
  }
  // "four attackers also died: the driver of the explosives-laden Toyota that blew open the gate, and three gunmen":
  // the driver of the bomb vehicle among the dead.
  for (let j = 0; j < t.length; j++) {
    if (!definiteDriver(t, j) || !a.marks.some((x) => blast(x) && x.start > j && x.start - j <= 5)) continue;
    if (a.marks.some((x) => x.value.k === 'killed' && Math.abs(x.start - j) <= 8)) return true;
  }
  return false;
}
/** Stones and bricks, a mob's missiles: "armed with stones and iron bars". */
const MOB_STONES = new Set(['stones', 'rocks', 'bricks', 'pierres', 'briques', 'piedras', 'ladrillos', 'steine', 'steinen', 'حجاره']);
/**
 * In a crowd's sentence, the weapon of the event the crowd reacted to, told after the storming: "Protesters stormed
 * the embassy hours after a deadly shooting on the border", "ont pris d'assaut l'ambassade quelques heures après une
 * frappe aérienne", "stürmten die Botschaft nach einem tödlichen Raketenangriff", "اقتحم محتجون السفارة بعد ساعات من
 * غارة جوية": an "after" shortly before the cue, with the crowd's own link complete before it.
 */
function crowdTrigger(a: Analysis, m: Mark): boolean {
  const t = a.s.tokens;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 6); k--) {
    if (AFTER.has(t[k]!.n)) return a.links.some((l) => l.c !== m && l.c.end <= k && l.m.end <= k);
  }
  return false;
}
/** A shooter from the crowd itself: "someone in the crowd then fired a pistol", "ثم أطلق أحد المحتجين النار" (the crowd word beside the fire). */
const crowdShooter = (a: Analysis, x: Mark): boolean => a.marks.some((c) => c.value.k === 'crowd' && (Math.abs(c.start - x.end) <= 3 || Math.abs(x.start - c.end) <= 3));
/** Singular hostage words the shared HOSTAGE set lacks: "a pris en otage deux employés". */
const HOSTAGE_SINGULAR = new Set(['otage', 'rehen']);
/**
 * A blast's traces: "shrapnel was embedded in the facade", "a crater in the road". Read from the words of the attack's
 * sentences (not marked: no attack, casualty or link of their own), a bang's type when nothing else is named
 * (rockets and grenades leave them too, as does "a diplomat hit by shrapnel" in an armed assault).
 */
const BLAST_TRACE = new Set(['shrapnel', 'crater', 'craters', 'cratere', 'crateres', 'krater', 'شظايا']);
function extractTypes(linked: Analysis[], ours: Analysis[], facts: ReturnType<typeof emptyFacts>, ev: Evidence): void {
  const city = facts.city;
  const types = new Set<AttackType>();
  let explicitBomb = false;
  let explicitOther = false;
  let airStrike = false;
  let armedAssault = false;
  let gunNamed = false;
  // Hostage words the only assault cue, and no weapon or armed man named anywhere: see the end.
  let hostageOnly = true;
  let hostage = false;
  let armedSeen = false;
  // "the armed attack perpetrated against its embassy": gunfire when nothing more is said (as "armed men", "مسلحون");
  // "el asalto ... por un comando armado": an armed assault.
  let armedAttack: AttackType | null = null;
  // An explosion told in a sentence of its own before gunmen storm in: the blast is part of the attack.
  let loneBlast = false;
  // "Los disparos ... Los proyectiles alcanzaron la puerta": bare projectiles beside gunfire are its bullets.
  let rocketNamed = false;
  // "the three gunmen ... a constable wounded in the assault": gunmen whose attack is called an assault.
  let gunmenSeen = false;
  let assaultNamed = false;
  // A bomb that never went off or was defused: its type only when nothing else was done (an attempted bombing).
  const unused = new Set<AttackType>();
  let blastTrace: string | undefined;
  let evid: string | undefined;
  const add = (a: Analysis, strongOnly: boolean): void => {
    const crowd = a.marks.some((m) => m.value.k === 'crowd');
    // (Not "..., the ministry said": an institution speaking is no other target.)
    if (strongOnly && a.marks.some((m) => (m.value.k === 'other' && !speakerPlace(a.s, m)) || m.value.k === 'bg')) return;
    // "Hours earlier, shots were fired at the embassy in Stockholm": a linked sentence placed in another city.
    if (placedElsewhere(a, city)) return;
    if (!armedSeen && mayHold(a.s, WORD.armed) && a.s.tokens.some((x) => ARMED_WITH.has(x.n) || FIREARM.has(x.n) || ARMED_GROUP.has(x.n))) armedSeen = true;
    for (const m of a.marks) {
      if (m.value.k !== 'cue') continue;
      if (ASSAULT_NOUNS.has(a.s.tokens[m.start]!.n) && DEFINITE.has(a.s.tokens[m.start - 1]?.n ?? '')) assaultNamed = true;
      if (m.value.type === null) {
        if (!strongOnly && armedAttack !== 'armed_assault' && a.links.some((l) => l.c === m)) armedAttack = armedAttackAt(a.s.tokens, m) ?? armedAttack;
        continue;
      }
      if (!strongOnly && m.value.explosion && a.links.some((l) => l.c === m) && !a.marks.some((x) => x.value.k === 'cue' && x.value.type !== null && x.value.type !== 'bombing')) loneBlast = true;
      // (An entry word counts in any sentence of the attack, once armed men or their fire come before it, below:
      // "the assailants ... opened fire and got into the compound".)
      // "smashed windows hundreds of metres away": the blast's damage unless a crowd did it.
      // ("five men scaled the wall and fired shots at the guard post before attempting to force open the door": armed
      // men getting in are an armed assault, in any sentence of the attack: "Two men opened fire ... while a third
      // tried to climb the wall".)
      // (Not the guards' fire: "a truck had tried to enter ... before guards fired at it".)
      // (Nor the defenders' fire told after its target: "was shot dead by police after his car broke through bollards".)
      const attackersFire = (x: Mark): boolean => x.value.k === 'cue' && x.value.type === 'shooting' && !a.s.tokens.slice(Math.max(0, x.start - 3), x.start).some((y) => DEFENDERS.has(y.n)) && !(a.s.tokens[x.end]?.n === 'by' && DEFENDERS.has(a.s.tokens[x.end + 1]?.n ?? ''));
      const armedMen = (): boolean => a.marks.some((x) => x.value.k === 'attacker' || attackersFire(x));
      if (strongOnly && m.value.strength < 2 && !(m.value.typeOnly && m.value.type === 'armed_assault') && !(m.value.crowdOnly && !crowd && a.marks.some((x) => x.end <= m.start && attackersFire(x)))) continue;
      if (m.value.crowdOnly && !crowd && !armedMen()) continue;
      // "armed men forced their way in, beating staff and looting computers", "هاجم مسلحون ... ونهبوا محتوياته": what
      // armed men carry off is their assault's, no mob's.
      const lootedByArmed = m.value.type === 'arson_mob' && !crowd && (LOOTED.has(a.s.tokens[m.start]!.n) || LOOTED.has(a.s.tokens[m.start]!.alt ?? '')) && a.marks.some((x) => x.value.k === 'cue' && (x.value.type === 'armed_assault' || ARMED_MEN_CUE.has(a.s.tokens[x.start]!.n)));
      // "gasoline bombs" is arson, not also "bombs".
      if (a.marks.some((o) => o !== m && o.value.k === 'cue' && m.value.k === 'cue' && o.value.type !== null && o.value.type !== m.value.type && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) continue;
      // "revenge for U.S. drone strikes", "in retaliation for air strikes": the grievance, not this attack.
      if (!a.links.some((l) => l.c === m) && (a.s.tokens.slice(0, m.start).some((x) => REVENGE.has(x.n)) || grievanceBefore(a.s.tokens, m.start))) continue;
      // Near the link, its mission or its attack word: "a suicide bomber driving a small delivery van carried out the attack on the embassy".
      // ("A man armed with a kitchen knife, described by neighbours as ..., attacked two guards at the consulate": the
      // weapon the subject carries, however long the apposition after it.)
      // ("was attacked late on Sunday by a group of armed men who fired at the guards and tried to get inside": the
      // agent after "by" and what it did are the attack.)
      // ("... when gunmen tried to force their way into the compound": the cue's own object is the mission's grounds.)
      if (a.links.length > 0 && !a.links.some((l) => Math.abs(l.m.start - m.start) <= 14 || Math.abs(l.c.start - m.start) <= 14) && !a.s.tokens.slice(m.end, m.end + 4).some((x) => MISSION_NOUNS.has(x.n)) && !(m.value.type === 'stabbing_melee' && a.s.tokens.slice(Math.max(0, m.start - 3), m.start).some((x) => ARMED_WITH.has(x.n)) && a.links.some((l) => l.c.start > m.end)) && !a.links.some((l) => byAgent(a.s.tokens, l.c, m))) continue;
      // "Two explosions went off near the embassy, a day after shots were fired near another": the other event's weapon.
      if (otherEventAfterLink(a, m)) continue;
      // "Protesters stormed the embassy hours after a deadly shooting on the border": the weapon the crowd avenged.
      if (crowd && m.value.type !== 'arson_mob' && crowdTrigger(a, m)) continue;
      let t = m.value.type;
      if ((m.value.crowdOnly && !crowd) || lootedByArmed) t = 'armed_assault';
      const toks = a.s.tokens;
      // "the consulate building was not breached": what did not happen names no weapon.
      if (!a.links.some((l) => l.c === m) && toks.slice(Math.max(0, m.start - 2), m.start).some((x) => NOT.has(x.n))) continue;
      // "gunmen then rushed into the compound", "A gunman with an assault rifle burst into the embassy": getting in is an
      // assault when armed men (or a crowd) are its subject, not "firefighters rushed into the building".
      // ("Les assaillants, arrivés à bord de deux motos, ont ouvert le feu ... avant de tenter de pénétrer dans l'enceinte":
      // the attackers the subject of a longer chain.)
      if (t === 'armed_assault' && m.value.typeOnly && !a.marks.some((x) => (x.value.k === 'attacker' || x.value.k === 'crowd' || (x.value.k === 'cue' && x.value.type === 'shooting')) && x.end <= m.start && m.start - x.end <= (x.value.k === 'crowd' ? 5 : x.value.k === 'attacker' || ARMED_MEN_CUE.has(toks[x.start]!.n) ? 16 : 12))) continue;
      // "un homme armé d'un couteau", "armed men with machetes": armed with a blade, no firearm.
      if (t === 'shooting' && a.marks.some((x) => x.value.k === 'cue' && (x.value.type === 'stabbing_melee' || (x.value.type === 'other' && !x.value.air)) && x.start >= m.end && x.start - m.end <= 3)) continue;
      // "Armés de pierres, de barres de fer et de bidons d'essence, ils ont forcé le portail": bars carried with stones, or
      // by a crowd, are a mob's arms, not a stabbing.
      if (t === 'stabbing_melee' && (crowd || toks.some((x) => MOB_STONES.has(x.n))) && toks.slice(Math.max(0, m.start - 6), m.start).some((x) => ARMED_WITH.has(x.n))) t = 'arson_mob';
      // "Protesters threw projectiles at the embassy": what a crowd throws is stones, not rockets.
      if (t === 'rocket_mortar' && crowd && PROJECTILE.has(toks[m.start]!.n)) t = 'arson_mob';
      if (t === 'rocket_mortar' && !PROJECTILE.has(toks[m.start]!.n)) rocketNamed = true;
      if (t === 'armed_assault') {
        if (toks.slice(m.start, m.end).some((x) => HOSTAGE.has(x.n) || HOSTAGE_SINGULAR.has(x.n))) hostage = true;
        else hostageOnly = false;
      } else if (t !== 'other') armedSeen = true;
      // "a truck had tried to enter the embassy": an attempt to get in is no assault (but "tried to storm the
      // consulate", "tried to force their way through the gate" is one that failed).
      // ("Gunmen then tried to enter the compound": armed men trying to get in are one.)
      if (t === 'armed_assault' && !armedMen() && ENTER.has(toks[m.start]!.n === 'to' ? (toks[m.start + 1]?.n ?? '') : toks[m.start]!.n) && toks.slice(Math.max(0, m.start - 2), m.start + 1).some((x) => ATTEMPT.has(x.n))) continue;
      // "three gunmen who were killed inside the perimeter": armed men who got in are an assault.
      if (t === 'shooting' && ARMED_MEN_CUE.has(toks[m.start]!.n) && armedInside(toks, a.marks, m.end)) t = 'armed_assault';
      if (t === 'shooting' && ARMED_MEN_CUE.has(toks[m.start]!.n)) gunmenSeen = true;
      if (t === 'shooting') {
        // "Police found bullet holes in the gate and spent shell casings": gunfire's marks, whoever finds them.
        const marksOnly = shotMark(toks[m.start]!.n);
        // "protesters broke in before police drove them back with gunfire": the defenders' fire at a crowd.
        if (!marksOnly && crowd && defendersFire(toks, a.marks, m)) continue;
        // "rockets were fired at the embassy": the rockets' fire, not gunfire.
        // (Not the "shell" inside "spent shell casings": a word of a longer cue.)
        if (a.marks.some((x) => x.value.k === 'cue' && x.value.type === 'rocket_mortar' && !insideLonger(a.marks, x))) continue;
        // "The wounded officer opened fire", "was shot dead by guards": the defenders' fire.
        // (Not "Des hommes armés, ... vêtus d'uniformes de police, ont ouvert le feu": a defender inside the
        // apposition before the comma is no subject.)
        // (Nor "hat auf Polizisten geschossen", "fired at police": the defenders are the target.)
        if (!marksOnly && toks.slice(Math.max(0, m.start - 3), m.start).some((x, j, w) => DEFENDERS.has(x.n) && !commaBefore(a.s, m.start - w.length + j + 1) && !defenderAimedAt(toks, m.start - w.length + j))) continue;
        // "The soldier, a conscript ..., stepped back and fired four rounds": a defender is the sentence's subject.
        // (Not the victim an Arabic verb or noun puts first: "مقتل أمين شرطة ... في إطلاق نار", "لقي أمين شرطة مصرعه".)
        const subject = toks.slice(0, 3).findIndex((x) => DEFENDERS.has(x.n));
        const victimFirst = subject >= 0 && (MET_DEATH_FIRST.has(toks[0]!.n) || a.marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && x.end <= subject));
        if (!marksOnly && subject >= 0 && !victimFirst && !SAYS.has(toks[subject + 1]?.n ?? '') && !a.marks.some((x) => x.value.k === 'attacker' && x.start <= m.start)) continue;
        // "tirs de sommation", "warning shots", "fired into the air": fire to disperse, at no one.
        if (WARNING_FIRE.has(toks[m.start - 1]?.n ?? '') || (toks[m.end]?.n === 'de' && toks[m.end + 1]?.n === 'sommation') || (toks[m.end]?.n === 'into' && toks[m.end + 2]?.n === 'air')) continue;
        // ("shot dead by other members of the security detail": a longer agent.)
        if (toks[m.end]?.n === 'by' && toks.slice(m.end + 1, m.end + 7).some((x) => DEFENDERS.has(x.n))) continue;
        // "Knife attacker shot dead after wounding guard", "the assailant was shot": fire at the attacker, not by him.
        if (attackerShot(toks, a.marks, m)) continue;
        // "A witness said she heard three or four gunshots": shots heard, whoever fired them; gunfire only when
        // nothing else was done (kept aside like an unused charge).
        if (!a.links.some((l) => l.c === m) && toks.slice(Math.max(0, m.start - 5), m.start).some((x) => HEARD.has(x.n))) { unused.add('shooting'); continue; }
        // "Knife attacker wounds police guard at embassy, shot dead": the attacker's end, told without a subject.
        if (toks[m.start]!.n === 'shot' && commaBefore(a.s, m.start) && a.marks.some((x) => x.value.k === 'attacker' && x.end <= m.start)) continue;
        if (!GUNFIRE_ONLY.has(toks[m.start]!.n)) gunNamed = true;
      }
      // "The blast ... set fire to vehicles": a fire the bomb caused, no mob.
      // ("the other drone struck near the wall and set a parked vehicle on fire": the strike's fire.)
      // ("One hit near the perimeter wall and set a parked car on fire": a projectile's impact before it.)
      if (t === 'arson_mob' && !crowd && a.marks.some((x) => x.value.k === 'cue' && (x.value.type === 'bombing' || x.value.type === 'rocket_mortar' || x.value.drone === true || IMPACT.has(toks[x.start]!.n)) && x.end <= m.start)) continue;
      // A crowd storming a mission is a mob, not an armed assault.
      // (Not armed by the defenders' fire: "... before security forces drove them back with tear gas and gunfire".)
      // (Nor by the shooting the crowd avenged: "stormed the embassy ..., hours after a deadly shooting on the border".)
      // (Nor by one of the crowd firing: "stormed the embassy and set fire to it, then one of the protesters shot at the
      // guards" is a mob and a shooting.)
      if (t === 'armed_assault' && crowd && !a.marks.some((x) => x.value.k === 'cue' && x.value.type === 'shooting' && !defendersFire(toks, a.marks, x) && !otherEventAfterLink(a, x) && !crowdTrigger(a, x) && !crowdShooter(a, x))) t = 'arson_mob';
      if (t === 'other') explicitOther = true;
      // An air strike counts only as the cue of a mission link ("an air strike destroyed the consulate"),
      // not as a strike recalled nearby ("the militia hit by U.S. airstrikes on Sunday").
      // "Bei einem russischen Luftangriff ... von einer Drohne getroffen": the drone names the strike's weapon.
      if (m.value.air && a.marks.some((x) => x.value.k === 'cue' && x.value.drone === true)) continue;
      const air = m.value.air === true && a.links.some((l) => l.c === m || (l.c.start > m.end && l.c.start - m.end <= 6));
      if (m.value.air && !air) continue;
      if (air) airStrike = true;
      // "armed with rifles and explosives": weapons carried into an assault, no bombing.
      // ("armed with assault rifles and rocket-propelled grenades": likewise, no rocket attack.)
      if ((t === 'bombing' || t === 'rocket_mortar') && toks.slice(Math.max(0, m.start - 6), m.start).some((x) => ARMED_WITH.has(x.n))) continue;
      // "No explosives were found in the car", "Aucun engin explosif n'a été retrouvé": a weapon ruled out.
      // ("Investigators found no firearm or explosives in the vehicle": the ruled-out weapons joined by "or".)
      if (!a.links.some((l) => l.c === m) && (toks.slice(Math.max(0, m.start - 2), m.start).some((x) => NO_WEAPON.has(x.n)) || (OR_NOR.has(toks[m.start - 1]?.n ?? '') && toks.slice(Math.max(0, m.start - 4), m.start - 1).some((x) => NO_WEAPON.has(x.n))))) continue;
      // "An explosive vest he wore failed to detonate", "Police later found and defused a bomb in his car": a charge
      // never set off is no bombing beside what was done (kept aside for an attempt with nothing else).
      // ("Sprengstoff wurde in dem Wagen nicht gefunden": none there at all.)
      if ((t === 'bombing' || t === 'suicide_attack') && (unexploded(toks, m) || defusedNear(toks, m) || notFound(toks, m))) { unused.add(t); continue; }
      // "Investigators found jerrycans of petrol and a knife in the car", "fanden Ermittler ein Messer": a weapon found
      // afterwards, not used (kept aside like an unused charge).
      if (!a.links.some((l) => l.c === m) && foundWeapon(toks, m)) { unused.add(t); continue; }
      // "drones packed with explosives", "an explosive-laden drone": the drone's payload, no separate bombing.
      if (t === 'bombing' && a.marks.some((x) => x.value.k === 'cue' && (x.value.air === true || x.value.drone === true) && ((x.end <= m.start && m.start - x.end <= 4) || (x.start >= m.end && x.start - m.end <= 2)))) continue;
      // (But "rams pickup into embassy barrier, slashes guard with machete": a ramming and a blade are two acts.)
      if (t === 'other' && types.size > 0 && !types.has('shooting') && !air && !(types.size === 1 && types.has('stabbing_melee'))) continue;
      if (t === 'bombing' && !m.value.explosion) explicitBomb = true;
      // "The storming came two days after ...": an assault named again with no one armed in its sentence.
      if (t === 'armed_assault' && (crowd || a.marks.some((x) => x.value.k === 'attacker' || (x.value.k === 'cue' && (x.value.type === 'shooting' || x.value.type === 'suicide_attack' || x.value.type === 'bombing'))) || toks.some((x) => ARMED_WITH.has(x.n)))) armedAssault = true;
      types.add(t);
      evid ??= a.s.text;
    }
    // "set off his explosives ..., killing himself", "the driver of the truck died in the blast": a suicide attack.
    if (types.has('bombing') && selfBlast(a)) types.add('suicide_attack');
    if (blastTrace === undefined && mayHold(a.s, WORD.blastTrace) && a.s.tokens.some((x) => BLAST_TRACE.has(x.n))) blastTrace = a.s.text;
  };
  for (const a of linked) add(a, false);
  for (const a of ours) if (a.links.length === 0) add(a, true);
  // Protesters who broke in, and later "the storming": a mob's attack, not also an armed assault.
  if (types.has('arson_mob') && types.has('armed_assault') && !armedAssault) types.delete('armed_assault');
  // "A man took two staff members hostage ..., demanding a visa": a hostage-taking with no weapon named is no armed assault.
  if (hostage && hostageOnly && !armedSeen && types.size === 1 && types.has('armed_assault')) { types.delete('armed_assault'); types.add('other'); }
  // "Pro-Assad mobs attacked the embassies": a crowd attacking with no weapon named is a mob attack.
  if (types.size === 0 && linked.some((a) => a.marks.some((m) => m.value.k === 'crowd') && !a.marks.some((m) => m.value.k === 'attacker'))) types.add('arson_mob');
  if (types.size === 0 && armedAttack) types.add(armedAttack);
  // "A bomb planted at the gate failed to explode": the attempt is all there was.
  if (types.size === 0) for (const t of unused) types.add(t);
  // "The embassy was targeted. Shrapnel was found embedded in the facade": a bang, unless more is said (below).
  if (blastTrace !== undefined && !types.has('suicide_attack')) { types.add('bombing'); evid ??= blastTrace; }
  // A bang with rockets or gunfire is the rockets or the gunfire, unless a bomb is named.
  // ("A powerful blast ripped through the gate of the embassy. Moments later, gunmen stormed the compound": the blast of its own sentence stays.)
  if (!explicitBomb && !(loneBlast && types.has('armed_assault') && !types.has('rocket_mortar')) && (types.has('rocket_mortar') || types.has('armed_assault') || types.has('shooting') || types.has('arson_mob'))) types.delete('bombing');
  if (types.has('suicide_attack')) {
    types.delete('bombing');
    if (types.has('shooting')) { types.delete('shooting'); types.add('armed_assault'); }
  }
  if (gunmenSeen && assaultNamed && types.has('shooting')) types.add('armed_assault');
  // "Un hombre armado con un cuchillo ... El agresor irrumpió en el recinto": a blade attacker getting in, no gun, stabs.
  if (types.has('stabbing_melee') && types.has('armed_assault') && !types.has('shooting') && !gunNamed && !hostage) types.delete('armed_assault');
  if (types.has('armed_assault')) types.delete('shooting');
  if (!rocketNamed && types.has('shooting')) types.delete('rocket_mortar');
  // "des obus de mortier ... Les tirs semblent être venus des hauteurs": the shells' fire, no gun named.
  if (types.has('rocket_mortar') && !gunNamed) types.delete('shooting');
  // "shooting a bolt" from a crossbow: the named weapon, not gunfire.
  if (explicitOther && types.has('shooting') && types.has('other')) types.delete('shooting');
  // "An air strike destroyed the consulate ... jets fired missiles": the strike from the air, not rockets or a bomb.
  if (airStrike) {
    types.delete('rocket_mortar');
    if (!explicitBomb) types.delete('bombing');
    types.delete('shooting');
  } else if (types.size > 1 && !(types.size === 2 && types.has('stabbing_melee') && explicitOther)) types.delete('other');
  if (types.size === 0) types.add('other');
  facts.attackTypes = L_ORDER.filter((t) => types.has(t));
  if (evid) ev.attackTypes = evid;
}
/** "لقي أمين شرطة مصرعه": met his death, the verb before its subject. */
const MET_DEATH_FIRST = new Set(['لقي', 'ولقي']);
const FAILURE = new Set(['failing', 'failed', 'failure', 'leaving', 'negligence', 'lax', 'unprotected', 'inaction', 'laxity', 'neglect']);
const STATE_BLAME_BEFORE = new Set(['blamed', 'blames', 'blaming', 'accused', 'accuses', 'accusing', 'held', 'holds', 'holding', 'hold',
  // ("Bakou a accusé Téhéran d'avoir commandité l'attaque", "culpó a Irán", "beschuldigte Russland".)
  'accuse', 'accusent', 'accusait', 'acuso', 'acusaron', 'acusa', 'culpo', 'culparon', 'beschuldigte', 'beschuldigten']);
/**
 * "blamed Israel for the strike", "held Israel responsible": a state named as the perpetrator, by its English name.
 * ("Baku accused Tehran of ordering the attack": a capital stands for its state.)
 */
function blamedStates(kb: Knowledge, ours: Analysis[], facts: ReturnType<typeof emptyFacts>, ev: Evidence): void {
  if (!kb.countryNames) return;
  for (const a of ours) {
    const t = a.s.tokens;
    for (const m of a.marks) {
      const code = m.value.k === 'country' ? m.value.code : m.value.k === 'city' && kb.capitals.get(m.value.city.country) === m.value.city.name ? m.value.city.country : null;
      if (code === null || !isCapitalized(t[m.start] as Token)) continue;
      // (Spanish puts "a" before a named object: "culpó a Irán".)
      const verb = (t[m.start - 1]?.n === 'a' ? t[m.start - 2]?.n : t[m.start - 1]?.n) ?? '';
      if (!STATE_BLAME_BEFORE.has(verb)) continue;
      const next = t[m.end];
      // "blamed Iran-backed militias", "blamed Israel's ally": not the state itself.
      if (next && (next.n === 's' || /^\s*[-‐–]\s*$/.test(a.s.text.slice(t[m.end - 1]!.end, next.start)))) continue;
      // "accusing British authorities of leaving the mission unprotected": blamed for a failure, not the attack.
      if (verb.startsWith('accus') && t.slice(m.end, m.end + 8).some((x) => FAILURE.has(x.n))) continue;
      // "accuses Rwanda of backing the M23": accused of something else than the attack.
      if (verb.startsWith('accus') && ACCUSED_OF.has(t[m.end]?.n ?? '') && !a.marks.some((c) => c.value.k === 'cue' && c.start > m.end && c.start - m.end <= 6) && !t.slice(m.end, m.end + 4).some((x) => ORCHESTRATED.has(x.n))) continue;
      if (verb.startsWith('hold') || verb === 'held') {
        if (!t.slice(m.end, m.end + 2).some((x) => x.n === 'responsible')) continue;
      }
      const name = kb.countryNames.get(code);
      if (!name || facts.targetCountries.includes(code)) continue;
      if (!facts.perpetrators.includes(name)) facts.perpetrators.push(name);
      ev.perpetrators ??= a.s.text;
    }
  }
}

const APPOSITION = new Set(['ties', 'linked', 'affiliated', 'affiliate', 'offshoot', 'allied', 'ally', 'loyal', 'inspired', 'branch', 'lie', 'lies', 'proche', 'liee', 'lie', 'vinculado', 'vinculada', 'nahe', 'nahestehende', 'مرتبطه', 'تابعه', 'قريبه', 'مواليه',
  // Plurals agreeing with a plural name: "Los yihadistas de Al Shabab, vinculados a Al Qaeda,", "les shebab, liés à Al-Qaïda,".
  'vinculados', 'vinculadas', 'ligados', 'afiliados', 'liees', 'proches', 'nahestehenden']);
// ("his Taliban counterpart", "a Taliban envoy": the group that governs, named as the state.)
const STATE_BODY = new Set(['administration', 'government', 'authorities', 'ministry', 'foreign', 'regime', 'interior', 'counterpart', 'counterparts', 'minister', 'ministers', 'envoy', 'envoys', 'delegation', 'diplomats', 'gouvernement', 'gobierno', 'regierung']);
const MODIFIER_AFTER = new Set(['linked', 'allied', 'affiliated', 'backed', 'aligned', 'inspired', 'led', 'style', 'lie', 'liee', 'lies', 'nahe', 'nahen']);
const ARMED_WITH = new Set(['armed', 'carrying', 'equipped', 'armes', 'armados', 'armadas', 'bewaffnet', 'مسلحين']);
const REVENGE = new Set(['revenge', 'retaliation', 'retaliate', 'retaliating', 'avenge', 'avenging', 'reprisal', 'reprisals', 'vengeance', 'represailles', 'venganza', 'represalia', 'represalias', 'rache', 'vergeltung', 'انتقاما', 'ردا']);
const SAYS = new Set(['said', 'say', 'says', 'told', 'reported', 'added', 'believe', 'believed', 'suspect']);
const BY = new Set(['by', 'par', 'por', 'von']);
/** The Arabic "carried out by" of a passive's agent: "لهجوم ... نفذه مسلحون". */
const AGENT_AR = new Set(['نفذه', 'نفذها', 'شنه', 'شنها']);
const WARNING_FIRE = new Set(['warning', 'sommation', 'advertencia', 'warnschusse', 'تحذيريه']);
const ATTEMPT = new Set(['tried', 'attempted', 'trying', 'attempting', 'tries']);
const ENTER = new Set(['enter', 'entered', 'entering']);
const HOSTAGE = new Set(['hostage', 'hostages', 'otages', 'rehenes', 'geiseln', 'geisel', 'geiselnahme', 'رهاين']);
/** Firearms named as such: a hostage-taker with one is an armed assault. */
const FIREARM = new Set(['gun', 'guns', 'pistol', 'pistols', 'rifle', 'rifles', 'weapon', 'weapons', 'firearm', 'firearms', 'handgun', 'shotgun', 'kalashnikov',
  'pistolet', 'fusil', 'arme', 'armes', 'pistola', 'arma', 'armas', 'escopeta', 'waffe', 'waffen', 'pistole', 'gewehr', 'سلاح', 'اسلحه', 'مسدس', 'بندقيه']);
/** "Guerrillas holding several hundred people hostage": an armed group's hostage-taking is an armed assault. */
const ARMED_GROUP = new Set(['militant', 'militants', 'militiamen', 'militia', 'militias', 'rebel', 'rebels', 'guerrilla', 'guerrillas', 'insurgent', 'insurgents',
  'jihadist', 'jihadists', 'terrorist', 'terrorists', 'fighters', 'commando', 'commandos', 'rebelles', 'terroristes', 'jihadistes', 'miliciens',
  'guerrilleros', 'guerrilleras', 'rebeldes', 'terroristas', 'milicianos', 'yihadistas', 'rebellen', 'terroristen', 'dschihadisten', 'milizionare',
  'مسلحون', 'مسلحين', 'ارهابيون', 'ارهابيين', 'متمردون', 'متمردين']);
const PROJECTILE = new Set(['projectile', 'projectiles', 'proyectil', 'proyectiles', 'مقذوف', 'مقذوفات']);
const DEFENDERS = new Set(L.DEFENDER_WORDS);
const L_ORDER: AttackType[] = ['bombing', 'suicide_attack', 'armed_assault', 'rocket_mortar', 'shooting', 'arson_mob', 'stabbing_melee', 'other'];

const NOT_CLAIM_AFTER = new Set(['of', 'that', 'de', 'que', 'lives', 'life']);
/** Verbs that put out a claim as a document: "posted a claim", "issued a claim". */
const CLAIM_ISSUED = new Set(['posted', 'issued', 'published', 'released', 'circulated', 'put']);
/** "claims of ...", "claimed that ...", "claimed the lives of": no claim of the attack. */
function claimVerb(s: Sentence, c: Mark): boolean {
  const next = s.tokens[c.end]?.n ?? '';
  // "backing the M23, a claim backed by U.N. experts": an assertion, not a claim of responsibility.
  // ("X posted a claim whose authenticity could not be verified": a claim put out by the group is one.)
  if (c.end - c.start === 1 && s.tokens[c.start]!.n === 'claim' && (s.tokens[c.start - 1]?.n === 'a' || s.tokens[c.start - 1]?.n === 'an') && !/^(of|for)$/.test(next) && !CLAIM_ISSUED.has(s.tokens[c.start - 2]?.n ?? '')) return false;
  return !NOT_CLAIM_AFTER.has(next) && !(next === 'the' && /^(lives|life)$/.test(s.tokens[c.end + 1]?.n ?? ''));
}
const INDEFINITE = new Set(['a', 'an', 'several', 'many', 'numerous', 'une', 'un', 'plusieurs', 'varios', 'varias', 'numerosos', 'einen', 'eine', 'mehrere', 'zahlreiche']);
/** Habits, not this claim: "which often claims such attacks", "qui revendique souvent", "die sich häufig bekennt". */
const HABITUAL = new Set(['such', 'these', 'similar', 'often', 'frequently', 'regularly', 'routinely', 'usually', 'typically', 'repeatedly', 'previously', 'souvent', 'regulierement', 'frequemment', 'habituellement', 'suele', 'suelen', 'frecuentemente', 'habitualmente', 'oft', 'haufig', 'regelmassig', 'regelmaßig', 'meist', 'غالبا', 'عاده',
  // ("تبنى تنظيم داعش هجمات مماثلة": similar attacks.)
  'مماثله', 'مماثلا', 'similaires', 'similares', 'ahnliche']);
/** "JNIM, which has blockaded towns and claimed a large attack on ...": the clause tells the group's record, not this claim. */
function pastClaimOfGroup(s: Sentence, clauses: [number, number][], g: Mark, c: Mark): boolean {
  const clause = clauses.find(([x, y]) => x >= g.end - 1 && x <= g.end && c.start > x && c.end <= y);
  if (!clause) return false;
  const next = s.tokens[c.end]?.n ?? '';
  // ("X, which often claims such attacks, did not comment": a habit, told in the clause.)
  return INDEFINITE.has(next) || numberLike(next) || s.tokens.slice(clause[0], c.end + 2).some((x) => HABITUAL.has(x.n));
}
/**
 * "X has claimed similar attacks", "وسبق أن تبنى تنظيم داعش هجمات مماثلة": the claim's object, right after the claim
 * word (or after the group, when the verb comes first), is a kind of attack, not this one.
 */
function habitualObject(t: readonly Token[], c: Mark, g: Mark): boolean {
  const at = c.end <= g.start && g.start - c.end <= 2 ? g.end : c.end;
  return HABITUAL.has(t[at]?.n ?? '') || HABITUAL.has(t[at + 1]?.n ?? '');
}
/** Nouns of a group's tie to a bigger one: "an al-Qaeda affiliate", "une branche d'Al-Qaïda", "ein Ableger des IS". */
const AFFILIATE = new Set(['affiliate', 'affiliates', 'offshoot', 'branch', 'franchise', 'splinter', 'proxy', 'filiale', 'branche', 'emanation', 'filial', 'rama', 'escision', 'ableger', 'zweig', 'فرع', 'ذراع',
  // The tie the other way: "X, an umbrella of Iran-backed factions," (the apposition's groups are X's members, X acts).
  'umbrella', 'dachverband', 'مظله']);
/**
 * "X, an al-Qaeda affiliate, claimed", "X, al-Qaeda's branch in the Sahel", "X, une branche d'Al-Qaïda,": the group
 * names what another, named just before the comma, is tied to.
 */
function affiliateApposition(s: Sentence, marks: Mark[], g: Mark): boolean {
  const t = s.tokens;
  let open = INDEFINITE_OR_THE.has(t[g.start - 1]?.n ?? '') ? g.start - 1 : g.start;
  let tie = t[g.end]?.n === 's' ? g.end + 1 : g.end;
  // ("X, al-Qaeda's Sahel branch,", "al-Qaeda's West African affiliate": a place word or two before the tie noun.)
  if (tie > g.end) for (let j = 1; j <= 2 && !AFFILIATE.has(t[tie]?.n ?? ''); j++) if (AFFILIATE.has(t[g.end + 1 + j]?.n ?? '') && !commaBefore(s, g.end + 1 + j)) tie = g.end + 1 + j;
  if (!AFFILIATE.has(t[tie]?.n ?? '')) {
    // (The noun before: "une branche d'Al-Qaïda", "a branch of al-Qaeda".)
    tie = ATTACKERS_OF.has(t[open - 1]?.n ?? '') || t[open - 1]?.n === 'd' ? open - 2 : open - 1;
    if (!AFFILIATE.has(t[tie]?.n ?? '')) return false;
    open = INDEFINITE_OR_THE.has(t[tie - 1]?.n ?? '') || t[tie - 1]?.n === 'une' || t[tie - 1]?.n === 'un' ? tie - 1 : tie;
  }
  return commaBefore(s, open) && marks.some((o) => o.value.k === 'group' && o !== g && o.end === open);
}
const AND = new Set(['and', 'et', 'y', 'e', 'und', 'sowie', 'as', 'well', 'ainsi', 'que', 'asi', 'como']);
/** "Both the Taliban and Islamic State claimed": a second group joined to the first, sharing its verb. */
function coordinated(s: Sentence, g: Mark, o: Mark): boolean {
  const between = s.tokens.slice(g.end, o.start).filter((x) => x.n !== 'the');
  return between.length > 0 && between.length <= 3 && between.every((x) => AND.has(x.n));
}
/** 'Saraya Awliya al-Dam ("Guardians of the Blood Brigades")': a name found inside a translation in parentheses after a group. */
function translation(s: Sentence, marks: Mark[], g: Mark): boolean {
  if (g.value.k !== 'group' || !g.value.own) return false;
  return marks.some((o) => o.value.k === 'group' && o !== g && o.end <= g.start && g.start - o.end <= 6 && IN_PARENS.test(s.text.slice(s.tokens[o.end - 1]!.end, s.tokens[g.start]!.start)));
}
const IN_PARENS = /^\s*\(\s*["“'‘«]?[^()]*$/;
const REQUEST = new Set(['asked', 'urged', 'called', 'demanded', 'pressed', 'told', 'warned', 'appealed', 'demande', 'exhorte', 'pidio', 'pidieron', 'exigio', 'instaron', 'forderte', 'forderten', 'طالب', 'طالبت', 'دعا', 'دعت']);
/** "blamed the Pakistani Taliban and asked the Afghan Taliban to ...": the blame's object is the first group, a request follows. */
function otherObject(s: Sentence, marks: Mark[], b: Mark, g: Mark): boolean {
  return marks.some((o) => o.value.k === 'group' && o.start >= b.end && o.end <= g.start && s.tokens.slice(o.end, g.start).some((x) => REQUEST.has(x.n)));
}
/** A hyphen right before token k: "al-Qaeda-linked". */
function hyphenated(s: Sentence, k: number): boolean {
  return k > 0 && /^\s*[-‐–]\s*$/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start));
}
/** A "no group", "nobody" shortly before a claim word. */
function negatedClaim(noclaims: Mark[], c: Mark): boolean {
  for (const n of noclaims) if (n.start <= c.start && c.start - n.end <= 5) return true;
  return false;
}
const SAID = new Set(L.SAID_WORDS);
const SELF_REF = new Set(L.SELF_REFERENCE);
const SELF_ACT = new Set(L.SELF_CLAIM_ACTS);
const SELF_NEG = new Set(L.SELF_CLAIM_NEGATIONS);
/**
 * "Al-Shabaab said it carried out the attack", "IS said on its Amaq agency that one of its fighters ...",
 * "the Houthis said their forces had fired": the group, then a saying verb, then the group itself (a pronoun)
 * as the agent of the attack. "said it was not behind" is a denial.
 */
function saysItDidIt(a: Analysis, g: Mark): boolean {
  const t = a.s.tokens;
  if (quotedSelfClaim(a, g)) return true;
  let said = -1;
  // "X, a separatist group fighting for ..., said", "X, which is linked to Y, said": the verb after the apposition.
  let from = g.end;
  if (commaBefore(a.s, g.end)) {
    for (let k = g.end + 1; k < Math.min(t.length, g.end + 20); k++) if (commaBefore(a.s, k)) { from = k; break; }
  }
  for (let k = from; k < Math.min(t.length, from + 12); k++) {
    if (SAID.has(t[k]!.n)) { said = k; break; }
    if (a.marks.some((o) => o.start === k && o.value.k === 'group')) return false;
  }
  if (said < 0) return false;
  for (let k = said + 1; k < Math.min(t.length, said + 22); k++) {
    if (!SELF_REF.has(t[k]!.n)) continue;
    for (let j = k + 1; j < Math.min(t.length, k + 5); j++) {
      const n = t[j]!.n;
      if (SELF_NEG.has(n)) break;
      if (!SELF_ACT.has(n)) continue;
      if (n === 'carried' && t[j + 1]?.n !== 'out') continue;
      // "said seven of its members were killed": its people are the victims here, not the attackers.
      if (a.marks.some((o) => (o.value.k === 'killed' || o.value.k === 'wounded') && o.start > j && o.start - j <= 4)) return false;
      return true;
    }
  }
  return false;
}

const FIRST_PERSON = new Set(['we', 'our', 'nous', 'nos', 'notre', 'nosotros', 'nuestros', 'nuestras', 'nuestro', 'nuestra', 'wir', 'unsere', 'unser', 'unseren', 'unserer', 'نحن']);
const CLOSING_QUOTE = /["”»“]/;
/** A quotation closed before its attribution: '..., were behind the attack," the spokesman said'. */
const QUOTE_CLOSED = /[,.!?]\s*["”»]/;
/**
 * '"Our mujahideen entered the building," the Taliban said', '"Nos combattants ont pris l'ambassade", a déclaré X':
 * the group's own words quoted right before it and its saying verb, a first person doing the attack in them.
 */
function quotedSelfClaim(a: Analysis, g: Mark): boolean {
  const t = a.s.tokens;
  // The saying verb next to the group: '," X said', '," said X', '", a déclaré le X'.
  if (!SAID.has(t[g.end]?.n ?? '') && !t.slice(Math.max(0, g.start - 3), g.start).some((x) => SAID.has(x.n))) return false;
  // A quote that closes within three tokens before the group.
  let close = -1;
  for (let j = g.start; j > Math.max(0, g.start - 4) && close < 0; j--) if (CLOSING_QUOTE.test(a.s.text.slice(t[j - 1]!.end, t[j]!.start))) close = j;
  if (close < 0) return false;
  for (let k = 0; k < close; k++) {
    if (!FIRST_PERSON.has(t[k]!.n)) continue;
    for (let j = k + 1; j < Math.min(close, k + 5); j++) {
      if (SELF_NEG.has(t[j]!.n)) break;
      // "our fighters", "we attacked"; or an attack word of a kind ("we stormed"), not "we condemn the attack".
      if (!SELF_ACT.has(t[j]!.n) && !a.marks.some((m) => m.start === j && m.value.k === 'cue' && m.value.type !== null)) continue;
      // '"Our fighters were killed," X said': its people as the victims.
      return !a.marks.some((o) => (o.value.k === 'killed' || o.value.k === 'wounded') && o.start > j && o.start - j <= 4);
    }
  }
  return false;
}

const GROUP_HEADS = new Set(L.GROUP_HEADS);
const ATTACKERS_OF = new Set(['from', 'of', 'du', 'de', 'des', 'del', 'der', 'من']);
/** Attack words that name the attackers too: "gunmen from X", "مسلحون من X". */
const CUE_ATTACKERS = new Set(['gunmen', 'gunman', 'bewaffnete', 'pistoleros', 'sicarios', 'مسلحين', 'مسلحون']);
const ON_BEHALF = [['in', 'the', 'name', 'of'], ['on', 'behalf', 'of'], ['speaking', 'for'], ['spokesman', 'for'], ['spokeswoman', 'for'], ['spokesperson', 'for'], ['porte', 'parole', 'de'], ['portavoz', 'de'], ['sprecher', 'der'], ['au', 'nom', 'de'], ['au', 'nom', 'du'], ['en', 'nombre', 'de'], ['en', 'nombre', 'del'], ['im', 'namen', 'der'], ['im', 'namen', 'des'], ['باسم']];
/** "in the name of (the) X", "speaking for X", "au nom de X": the words right before a group at `start`. */
function onBehalfOf(t: readonly Token[], start: number): boolean {
  const end = t[start - 1]?.n === 'the' ? start - 1 : start;
  if (!ON_BEHALF_LAST.has(t[end - 1]?.n ?? '')) return false;
  return ON_BEHALF.some((p) => p.every((w, j) => t[end - p.length + j]?.n === w));
}
/** The last words of ON_BEHALF's phrases: a cheap test before trying them. */
const ON_BEHALF_LAST = new Set(ON_BEHALF.map((p) => p[p.length - 1]!));
const BELONG = new Set(['belong', 'belonged', 'belonging', 'belongs']);
/**
 * "militants from Jemaah Islamiyah", "fighters of the Islamic State", "supporters of Kataib Hezbollah stormed"
 * (the crowd is the group's), "the attackers were believed to belong to Jund al-Sham".
 */
function attackersOf(t: readonly Token[], marks: Mark[], g: Mark): boolean {
  return marks.some((x) => {
    if ((x.value.k !== 'attacker' && x.value.k !== 'crowd' && !(x.value.k === 'cue' && CUE_ATTACKERS.has(t[x.start]!.n))) || x.end > g.start) return false;
    if (g.start - x.end <= 3 && ATTACKERS_OF.has(t[x.end]!.n)) return true;
    const b = t.slice(x.end, Math.min(g.start, x.end + 5)).findIndex((y) => BELONG.has(y.n));
    // ("the rioters belonged to an ultras group calling itself the Northern Wolves": the name after its introduction.)
    if (b >= 0 && t[x.end + b + 1]?.n === 'to' && (g.start - (x.end + b + 2) <= 1 || (g.start - (x.end + b + 2) <= 7 && t.slice(x.end + b + 2, g.start).some((y) => GROUP_NOUNS.has(y.n) || NAMING.has(y.n) || y.n === 'itself')))) return true;
    // "the bomber was a member of the DHKP-C", "the suspects belonged to a local cell of the Islamic State".
    const m = t.slice(x.end, Math.min(g.start, x.end + 9)).findIndex((y) => MEMBER_OF.has(y.n));
    return m >= 0 && ATTACKERS_OF.has(t[x.end + m + 1]?.n ?? '') && g.start - (x.end + m + 2) <= 1;
  });
}
const MEMBER_OF = new Set(['member', 'members', 'cell', 'operative', 'operatives', 'membre', 'membres', 'miembro', 'miembros', 'mitglied', 'mitglieder']);
const STATE_FORCE = new Set(L.STATE_FORCE_WORDS);
const PARTY_WORDS = new Set(['democratic', 'republican', 'popular', 'socialist', 'communist']);
const ARMED_HEADS = new Set(['army', 'forces', 'front', 'brigades', 'council', 'cells', 'commando', 'commandos', 'militia', 'fighters']);
const CALLER = new Set(L.CALLER_WORDS);
/** "X was behind", "X was responsible": blame after a name found by its head noun (not "X blamed Y"). */
const OWN_BLAME_AFTER = new Set(['behind', 'responsible', 'perpetrated', 'carried']);
const NAME_JOINERS = new Set(['al', 'el', 'ul', 'e', 'i', 'ut', 'wal']);
// ("Eine Gruppe namens X": the indefinite article opening a sentence is no part of a name either.)
const OPENERS = new Set(['the', 'a', 'an', 'la', 'le', 'el', 'der', 'die', 'das', 'ein', 'eine', 'einer', 'un', 'une', 'una']);
const NO_NAME_PART = new Set([...Object.keys(L.WEEKDAYS), ...Object.keys(L.MONTHS)]);
/** Only spaces, a hyphen or an apostrophe between two tokens: they may belong to one name. */
const QUOTES = /["“”«»„]/g;
/** 'Célula Autónoma Insurreccional "Fuego Negro"': an opening quote before token k, the quoted last part of a name. */
function quotedPart(s: Sentence, k: number): boolean {
  return k > 0 && k < s.tokens.length && /^\s+["“«„]$/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start));
}
/**
 * "Front de libération du Khasso (FLK)", "Frente de liberación del Sur (FLS)": a name in sentence case, vouched for by
 * the acronym in brackets after it, whose letters are the initials of its content words. The name's end, or -1.
 */
function acronymNameEnd(s: Sentence, start: number): number {
  const t = s.tokens;
  for (let j = start + 2; j < Math.min(t.length, start + 8); j++) {
    const w = t[j]!.s;
    if (!/^\p{Lu}{2,6}$/u.test(w) || !s.text.slice(t[j - 1]!.end, t[j]!.start).includes('(')) continue;
    let initials = '';
    for (let k = start; k < j; k++) if (!NAME_LINKS.has(t[k]!.n) && !NAME_LINK_ARTICLES.has(t[k]!.n)) initials += t[k]!.s.charAt(0);
    return initials.toUpperCase() === w ? j : -1;
  }
  return -1;
}
function nameGap(s: Sentence, k: number): boolean {
  return /^[\s'’‐–-]*$/.test(s.text.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start));
}
/**
 * Capitalised names built on a group head noun ("the Balochistan Liberation Army", "Brigades of the Imprisoned
 * Sheikh Omar Abdul Rahman") that no known alias covers: candidates for a group reported under its own name.
 */
const RULED_OUT = new Set(['descartaron', 'descarto', 'descartan', 'descarta', 'descartado', 'descartada', 'ecarte', 'ecartent', 'ecartaient', 'ecartait', 'excluded', 'excluyeron', 'excluye', 'ausgeschlossen', 'schlossen']);
/** "Las autoridades descartaron cualquier vínculo con el EPP", "police ruled out any link to X": a group cleared, not blamed. */
function ruledOut(t: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    if (RULED_OUT.has(t[k]!.n) || (t[k]!.n === 'ruled' && t[k + 1]?.n === 'out')) return true;
    // ("ruled out the group and arrested two members of X": X is the object of another verb.)
    if (BUT.has(t[k]!.n) || ARREST.has(t[k]!.n) || ACCUSING.has(t[k]!.n)) return false;
  }
  return false;
}
const NAME_LINKS = new Set(['of', 'for', 'in', 'de', 'del', 'des', 'du', 'pour', 'para', 'por']);
const FR_NAME_LINKS = new Set(['de', 'du', 'des', 'd', 'pour']);
const NAME_LINK_ARTICLES = new Set(['the', 'la', 'le', 'l', 'el', 'les', 'los', 'las']);
/** Small words an acronym leaves out: "Coalition des patriotes pour le changement" is CPC. */
const ACRONYM_SKIP = new Set(['of', 'the', 'for', 'and', 'in', 'de', 'des', 'du', 'la', 'le', 'les', 'l', 'pour', 'et', 'del', 'el', 'los', 'las', 'para', 'y', 'en', 'fur', 'und', 'der', 'die', 'das', 'von']);
function ownNamedGroups(a: Analysis): Mark[] {
  const t = a.s.tokens;
  const out: Mark[] = [];
  const capital = (k: number): boolean => k >= a.s.datelineTokens && k < t.length && isCapitalized(t[k]!) && !NO_NAME_PART.has(t[k]!.n);
  // Every name below has two capitalised words in a row: most sentences have none.
  let pair = false;
  // (Or joined: "Jaish al-Adl", "Tren de Aragua".)
  for (let i = a.s.datelineTokens + 1; i < t.length && !pair; i++) pair = capital(i) && (capital(i - 1) || ((NAME_JOINERS.has(t[i - 1]!.n) || INNER_JOINERS.has(t[i - 1]!.n)) && capital(i - 2)));
  // Two or more words, none of a state's ("National", "Armed").
  const ordinaryName = (start: number, end: number): boolean => end - start >= 2 && !t.slice(start, end).some((w) => STATE_FORCE.has(w.n));
  // A name found by one of the later patterns, unless a known name or an earlier find already covers it.
  const addName = (start: number, end: number): boolean => {
    if (a.marks.some((m) => (m.value.k === 'group' || m.value.k === 'country' || m.value.k === 'city') && m.start < end && m.end > start)) return false;
    if (out.some((m) => m.start < end && m.end > start)) return false;
    if (glossOfGroup(start)) return false;
    out.push({ start, end, value: { k: 'group', name: a.s.text.slice(t[start]!.start, t[end - 1]!.end).replace(QUOTES, ''), own: true } });
    return true;
  };
  // "Saraya Awliya al-Dam, or Guardians of the Blood Brigade, claimed": a translation of the name just given.
  const glossOfGroup = (start: number): boolean => {
    for (let k = start - 1; k >= Math.max(1, start - 5); k--) {
      if (t[k]!.n === 'or' && commaBefore(a.s, k)) return a.marks.some((m) => m.value.k === 'group' && m.end === k) || out.some((m) => m.end === k);
      if (!capital(k) && !NAME_JOINERS.has(t[k]!.n) && !INNER_JOINERS.has(t[k]!.n) && t[k]!.n !== 'the') return false;
    }
    return false;
  };
  // "la Coalition des patriotes pour le changement (CPC)", "el Frente de liberación nacional (FLN)": a name whose
  // content words' initials spell the acronym in brackets after it, however it is capitalised.
  if (mayHold(a.s, WORD.groupHead)) {
    for (let k = a.s.datelineTokens + 2; k < t.length; k++) {
      const acr = t[k]!.s;
      if (acr.length < 2 || acr.length > 6 || !/^\p{Lu}+$/u.test(acr) || !a.s.text.slice(t[k - 1]!.end, t[k]!.start).includes('(') || a.s.text[t[k]!.end] !== ')') continue;
      // Back over the name's words, matching the acronym's letters from its last one.
      let want = acr.length - 1;
      let start = -1;
      for (let j = k - 1; j >= Math.max(a.s.datelineTokens, k - 10) && want >= 0; j--) {
        const w = t[j]!;
        if (ACRONYM_SKIP.has(w.n)) continue;
        if (w.s[0]!.toUpperCase() !== acr[want]) break;
        want--;
        start = j;
      }
      if (want < 0 && start >= 0 && GROUP_HEADS.has(t[start]!.n) && capital(start)) addName(start, k);
    }
  }
  if (!pair) return out;
  // (Each loop below only when the sentence holds the words it looks for.)
  const heads = mayHold(a.s, WORD.groupHead);
  for (let i = a.s.datelineTokens; heads && i < t.length; i++) {
    if (!GROUP_HEADS.has(t[i]!.n) || !capital(i)) continue;
    if (a.marks.some((m) => m.value.k === 'group' && m.start <= i && m.end > i)) continue;
    let start = i;
    for (;;) {
      const k = start - 1;
      if (k < a.s.datelineTokens || !nameGap(a.s, start)) break;
      if (capital(k) && !(k === a.s.datelineTokens && OPENERS.has(t[k]!.n))) { start = k; continue; }
      if ((t[k]!.n === 's' || NAME_JOINERS.has(t[k]!.n)) && capital(k - 1) && nameGap(a.s, k)) { start = k - 1; continue; }
      break;
    }
    let end = i + 1;
    for (;;) {
      if (end < t.length && capital(end) && nameGap(a.s, end)) { end++; continue; }
      // "Jund al-Sham", "Jaish al-Adl": a joiner and a capitalised word.
      if (NAME_JOINERS.has(t[end]?.n ?? '') && capital(end + 1) && nameGap(a.s, end) && nameGap(a.s, end + 1)) { end += 2; continue; }
      // "Brigades of the Imprisoned Sheikh", "Army for the Liberation of ...", "Islamic Resistance in Iraq".
      // ("Frente de Liberación Andina", "Front pour le Renouveau de la Vakaga": the same in French and Spanish.)
      const link = t[end]?.n ?? '';
      if (NAME_LINKS.has(link) && end + 1 < t.length) {
        const k = NAME_LINK_ARTICLES.has(t[end + 1]!.n) ? end + 2 : end + 1;
        if (capital(k)) { end = k + 1; continue; }
      }
      if (quotedPart(a.s, end) && capital(end)) { end++; continue; }
      break;
    }
    if (end === i + 1 && NAME_LINKS.has(t[end]?.n ?? '')) end = Math.max(end, acronymNameEnd(a.s, start));
    // French names keep their inner words lower-case: "Front de libération de l'Azawad-Nord", "Front de libération du
    // Macina". A head opening the name, at most two such words, then a capitalised place.
    if (start === i && end === i + 1) {
      for (let k = end, lower = 0; FR_NAME_LINKS.has(t[k]?.n ?? '') && lower <= 2; lower++) {
        const w = NAME_LINK_ARTICLES.has(t[k + 1]?.n ?? '') ? k + 2 : k + 1;
        if (capital(w)) {
          end = w + 1;
          while (end < t.length && capital(end) && nameGap(a.s, end)) end++;
          break;
        }
        if (w >= t.length || isCapitalized(t[w]!)) break;
        k = w + 1;
      }
    }
    // ("der Gruppe Schwarze Fackel": the German common noun before the name is none of it.)
    if (start === i && t[i]!.n === 'gruppe' && end - start >= 3) start++;
    const head = i;
    i = end - 1;
    const words = t.slice(start, end);
    // A state's words modify the head ("Armed Forces", "National Army"); after it they name the cause
    // ("Cells of Armed Insubordination"). A head noun opening the name is none ("Coalition of Patriots").
    // (A party's words make a party or a guard, not an armed force: "Allied Democratic Forces", "Irish Republican Army".)
    const stateWord = (w: Token, j: number): boolean => STATE_FORCE.has(w.n) && !(j === 0 && GROUP_HEADS.has(w.n)) && !(PARTY_WORDS.has(w.n) && ARMED_HEADS.has(t[head]!.n));
    if (words.length < 2 || t.slice(start, head + 1).some(stateWord) || unitOrAlias(a, start)) continue;
    // "the Lebanese Army", "Afghan Forces": a state's own force; a country or city alone before the head.
    if (a.marks.some((m) => (m.value.k === 'country' || m.value.k === 'city') && m.start === start && m.end >= i)) continue;
    if (a.marks.some((m) => m.value.k === 'group' && m.start < end && m.end > start) || glossOfGroup(start)) continue;
    out.push({ start, end, value: { k: 'group', name: a.s.text.slice(words[0]!.start, words[words.length - 1]!.end).replace(QUOTES, ''), own: true } });
  }
  // "the anarchist group Revolutionary Struggle", "a group calling itself Revolutionary Justice": a name
  // introduced as a group's, whatever its head noun.
  const introductions = mayHold(a.s, WORD.groupIntro);
  for (let i = a.s.datelineTokens; introductions && i < t.length - 1; i++) {
    const n = t[i]!.n;
    // ("se identifica como X", "se autodenomina X": Spanish naming.)
    const introduced = (GROUP_NOUNS.has(n) && !isCapitalized(t[i]!)) || NAMING.has(n) || selfNaming(t, i + 1) >= 0 || (n === 'como' && CALLS_ITSELF.has(t[i - 1]?.n ?? ''));
    if (!introduced) continue;
    let start = i + 1;
    if (t[start]?.n === 'as') start++;
    if (t[start]?.n === 'members' && t[start + 1]?.n === 'of') start += 2; // "described themselves as members of X"
    if (t[start]?.n === 'the') start++;
    // "la estructura criminal Tren de Aragua": a describing adjective before the name.
    if (GROUP_ADJECTIVES.has(t[start]?.n ?? '') && !isCapitalized(t[start]!)) start++;
    let end = start;
    for (;;) {
      if (end < t.length && capital(end) && (end === start || nameGap(a.s, end))) { end++; continue; }
      // ("calling itself Kata'ib Shuhada al-Janzour": a transliteration's apostrophe inside a word.)
      if (end > start && end < t.length && /^['’]$/.test(a.s.text.slice(t[end - 1]!.end, t[end]!.start)) && /^\p{Ll}+$/u.test(t[end]!.s)) { end++; continue; }
      // "Tren de Aragua", "Sons of Liberty": a joining word inside the name.
      if (end > start && INNER_JOINERS.has(t[end]?.n ?? '') && capital(end + 1)) { end += 2; continue; }
      // ("calling itself Ashab al-Kahf": an Arabic article joined to the next word.)
      if (end > start && NAME_JOINERS.has(t[end]?.n ?? '') && capital(end + 1) && nameGap(a.s, end) && nameGap(a.s, end + 1)) { end += 2; continue; }
      // ("calling itself the Eagles of the Northern Ridge": the joining word, then "the".)
      if (end > start && INNER_JOINERS.has(t[end]?.n ?? '') && t[end + 1]?.n === 'the' && capital(end + 2)) { end += 3; continue; }
      // ("Followers of the Imam's Line": a possessive inside the name.)
      if (end > start && t[end]?.n === 's' && nameGap(a.s, end) && capital(end + 1)) { end += 2; continue; }
      // ('Célula Autónoma Insurreccional "Fuego Negro"': a quoted last part of the name.)
      if (end > start && quotedPart(a.s, end) && capital(end)) { end++; continue; }
      // ('calling itself "Black Hand 1914"': a number that closes a quoted name.)
      if (end > start && /^\d{1,4}$/.test(t[end]?.n ?? '') && nameGap(a.s, end) && /^["”»']/.test(a.s.text.slice(t[end]!.end, t[end]!.end + 1))) { end++; continue; }
      // ("calling itself the Front de libération du Khasso": French and Spanish names in sentence case, a lower-case
      // word between two joining words.)
      if (end > start && NAME_LINKS.has(t[end]?.n ?? '') && end + 3 < t.length && !isCapitalized(t[end + 1]!) && NAME_LINKS.has(t[end + 2]!.n) && capital(end + 3)) { end += 4; continue; }
      break;
    }
    // ("a group calling itself the Ubuntu Defence Front": a state never calls itself anything, its words may name a group.)
    const self = selfNaming(t, i + 1) >= 0 || n === 'itself' || n === 'themselves';
    if (!(self ? end - start >= 2 : ordinaryName(start, end)) || unitOrAlias(a, start)) continue;
    if (addName(start, end)) i = end - 1;
  }
  // "las líneas de investigación apuntan a Los Choneros": a Spanish plural name blamed or claiming.
  for (let i = a.s.datelineTokens; i < t.length - 1; i++) {
    if ((t[i]!.n !== 'los' && t[i]!.n !== 'las') || !capital(i) || !capital(i + 1)) continue;
    if (!a.marks.some((m) => (m.value.k === 'blame' || m.value.k === 'claim') && m.end <= i && i - m.end <= 1)) continue;
    let end = i + 1;
    while (end < t.length && capital(end) && nameGap(a.s, end)) end++;
    if (ordinaryName(i, end) && !unitOrAlias(a, i)) addName(i, end);
  }
  // 'atribuye la agresión a "La Línea", brazo armado del Cártel de Juárez', "blamed the Red Hand, a militant group":
  // a name after the blame, described as a group by the apposition after it.
  const blame = a.marks.find((m) => m.value.k === 'blame' || m.value.k === 'claim');
  for (let k = blame ? blame.end + 1 : t.length; k < t.length - 1; k++) {
    if (!commaBefore(a.s, k) || !capital(k - 1)) continue;
    let j = k;
    while (j < k + 2 && j < t.length - 1 && (APPOSITION_OPENERS.has(t[j]!.n) || (!isCapitalized(t[j]!) && !GROUP_APPOSITION.has(t[j]!.n)))) j++;
    if (!GROUP_APPOSITION.has(t[j]!.n) || t[j + 1]?.n === 's') continue;
    let start = k - 1;
    while (start - 1 > blame!.start && start - (k - 1) > -4 && (capital(start - 1) || (INNER_JOINERS.has(t[start - 1]!.n) && capital(start - 2))) && nameGap(a.s, start)) start -= INNER_JOINERS.has(t[start - 1]!.n) ? 2 : 1;
    if (start - blame!.end > 8 || unitOrAlias(a, start)) continue;
    addName(start, k);
  }
  // "Police blamed the Patani Liberation Front (PLF)": a name with its acronym, right after the blame.
  for (let i = a.s.datelineTokens; i < t.length - 2; i++) {
    if (!a.marks.some((m) => (m.value.k === 'blame' || m.value.k === 'claim') && m.end === i)) continue;
    const start = t[i]!.n === 'the' ? i + 1 : i;
    let end = start;
    while (end < t.length && capital(end) && (end === start || nameGap(a.s, end))) end++;
    const acronym = t[end];
    if (!acronym || !/^\p{Lu}{2,6}$/u.test(acronym.s) || !a.s.text.slice(t[end - 1]!.end, acronym.start).includes('(')) continue;
    if (ordinaryName(start, end) && !unitOrAlias(a, start)) addName(start, end);
  }
  // "gangs belonging to the Viv Ansanm alliance": a name before a group noun.
  const groupNouns = mayHold(a.s, WORD.groupNoun);
  for (let i = a.s.datelineTokens + 2; groupNouns && i < t.length; i++) {
    if (!GROUP_NOUNS.has(t[i]!.n) || isCapitalized(t[i]!) || !capital(i - 1)) continue;
    let start = i - 1;
    while (start > a.s.datelineTokens && capital(start - 1) && nameGap(a.s, start) && !OPENERS.has(t[start - 1]!.n)) start--;
    if (ordinaryName(start, i)) addName(start, i);
  }
  // German "eine Gruppe, die sich „Autonome Zelle Glut" nennt": the name before "nennt".
  for (let i = a.s.datelineTokens + 3; introductions && i < t.length; i++) {
    if (t[i]!.n !== 'nennt' && t[i]!.n !== 'nennen' && t[i]!.n !== 'nannte') continue;
    let start = i;
    while (start > a.s.datelineTokens && capital(start - 1)) start--;
    if (i - start >= 2 && t[start - 1]?.n === 'sich') addName(start, i);
  }
  // "they suspected Revolutionary Struggle, a domestic far-left group": a name an apposition calls a group.
  // ("The Sahel Vanguard, an al-Qaeda affiliate, claimed": an affiliate is one too.)
  for (let i = a.s.datelineTokens + 1; groupNouns && i < t.length; i++) {
    if (!(GROUP_NOUNS.has(t[i]!.n) || AFFILIATE.has(t[i]!.n)) || isCapitalized(t[i]!)) continue;
    let k = i - 1;
    while (k > a.s.datelineTokens && i - k <= 5 && !INDEFINITE_OR_THE.has(t[k]!.n)) k--;
    if (!INDEFINITE_OR_THE.has(t[k]?.n ?? '') || !commaBefore(a.s, k)) continue;
    // ("the Barisan Revolusi Nasional (BRN), the main separatist group": over the acronym in brackets.)
    const nameEnd = k >= 2 && a.s.text.slice(t[k - 2]!.end, t[k - 1]!.start).includes('(') && a.s.text.slice(t[k - 1]!.end, t[k]!.start).includes(')') ? k - 1 : k;
    let start = nameEnd;
    while (start > a.s.datelineTokens && capital(start - 1) && (start === nameEnd || nameGap(a.s, start))) start--;
    // (Not the sentence's opening "The".)
    if (t[start]!.n === 'the' && start < nameEnd - 1) start++;
    if (ordinaryName(start, nameEnd)) addName(start, nameEnd);
  }
  return out;
}
const INDEFINITE_OR_THE = new Set(['a', 'an', 'the']);
const GROUP_ADJECTIVES = new Set(['criminal', 'criminales', 'armed', 'armado', 'armada', 'terrorist', 'terrorista', 'militant', 'jihadist', 'yihadista', 'djihadiste', 'islamist', 'islamista', 'islamiste', 'extremist', 'anarchist', 'anarquista', 'anarchiste', 'rebel', 'rebelde', 'separatist', 'separatista', 'insurgent', 'paramilitary', 'paramilitar']);
const INNER_JOINERS = new Set(['de', 'del', 'of', 'du', 'des', 'der']);
/**
 * "its so-called Majeed Brigade", "the group's Majeed Brigade": a unit of a group already named; "Hezbollah, or
 * Party of God", "Hezbollah (Party of God)": another name for it. Neither is another group.
 */
function unitOrAlias(a: Analysis, start: number): boolean {
  const t = a.s.tokens;
  let k = start - 1;
  if (t[k]?.n === 'so' && t[k + 1]?.n === 'called') k--; // tokenised "so-called" is two words
  if (t[k]?.n === 'called' && t[k - 1]?.n === 'so') k -= 2;
  const before = t[k]?.n ?? '';
  if (before === 'its' || before === 'their' || (before === 's' && t[k - 1]?.n === 'group')) return true;
  const knownBefore = (end: number): boolean => a.marks.some((m) => m.value.k === 'group' && !m.value.own && m.end === end);
  if (before === 'or' && knownBefore(k)) return true;
  return /\(\s*$/.test(a.s.text.slice(t[start - 1]?.end ?? 0, t[start]!.start)) && knownBefore(start);
}

/** Nouns after which a capitalised name is a group's: "the group Revolutionary Struggle", "la coalition de gangs Viv Ansanm". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'el', 'una', 'ein', 'eine', 'der', 'die']);
const GROUP_APPOSITION = new Set(['group', 'groupe', 'grupo', 'gruppe', 'faction', 'outfit', 'militia', 'milice', 'miliz', 'gang', 'banda', 'cartel', 'pandilla', 'brazo', 'wing', 'bras', 'organisation', 'organization', 'organizacion', 'network', 'reseau', 'red']);
const GROUP_NOUNS = new Set(['group', 'groupe', 'grupo', 'gruppe', 'organisation', 'organization', 'organizacion', 'faction', 'outfit', 'cell', 'coalition', 'gang', 'gangs', 'alliance', 'militia', 'estructura', 'banda', 'bande', 'cartel', 'pandilla', 'clan', 'milicia', 'milice', 'miliz']);
const CALLS_ITSELF = new Set(['identifica', 'denomina', 'autodenomina', 'conocido', 'conocida']);
/** "calling itself X", "known as X", "se faisant appeler X", "autodenominado X". */
const NAMING = new Set(['called', 'named', 'dubbed', 'known', 'appeler', 'appele', 'denominado', 'autodenominado', 'autoproclamado', 'autoproclamada', 'autoproclame', 'autoproclamee', 'llamado', 'llamar', 'namens', 'genannt', 'namen']);
const NAMES_ITSELF = new Set(['itself', 'themselves', 'nennt', 'autodenominado', 'autodenominada', 'namens', 'namen']);
const CALLS = new Set(['calls', 'called', 'calling', 'call', 'describes', 'described', 'describing', 'identifies', 'identified']);
/** Where "calls itself", "called themselves (the)", "described themselves as (members of) (the)" ends before `at`, or -1. */
function selfNaming(t: readonly Token[], at: number): number {
  let k = at;
  if (t[k - 1]?.n === 'the') k--;
  if (t[k - 1]?.n === 'of' && t[k - 2]?.n === 'members') k -= 2;
  if (t[k - 1]?.n === 'as') k--;
  const self = t[k - 1]?.n;
  return (self === 'itself' || self === 'themselves') && CALLS.has(t[k - 2]?.n ?? '') ? k - 2 : -1;
}

/** The first token from `from` on, within `reach` tokens, that a comma precedes, or -1. */
function closingComma(s: Sentence, from: number, reach: number): number {
  for (let k = from; k < Math.min(s.tokens.length, from + reach); k++) if (commaBefore(s, k)) return k;
  return -1;
}
/** Blaming verbs whose subject is the accuser: "X blamed Y", "X accused Y of" (not "X blamed for", "X was accused"). */
const ACCUSING = new Set(['blamed', 'blames', 'blame', 'blaming', 'accused', 'accuses', 'accusing', 'attributed', 'fingered', 'attribue', 'attribuent', 'impute', 'imputent', 'accuse', 'atribuyen', 'atribuyo', 'atribuyeron', 'atribuye', 'culpan', 'culpo', 'responsabilizan', 'beschuldigt', 'vermuten', 'vermutet']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'ete', 'fue', 'fueron', 'sido', 'es', 'son', 'wurde', 'wurden', 'wird', 'werden']);
const OBJECTLESS = new Set(['for', 'of', 'in', 'over', 'as', 'pour', 'de', 'd', 'par', 'por', 'fur', 'als', 'wegen']);
/** "The Taliban condemned the attack and blamed Islamic State": the group after `after` is the one blaming. */
function accuses(s: Sentence, after: number, b: Mark): boolean {
  const t = s.tokens;
  if (b.end - b.start !== 1 || !ACCUSING.has(t[b.start]!.n)) return false;
  if (t.slice(after, b.start).some((x) => PASSIVE.has(x.n))) return false;
  const next = t[b.end]?.n;
  return next !== undefined && !OBJECTLESS.has(next);
}
const THOSE = new Set(['those', 'ceux', 'les', 'los', 'quienes', 'die', 'diejenigen']);
const RESPONSIBLE = new Set(['responsible', 'responsable', 'responsables', 'verantwortlich', 'verantwortlichen']);
/** "demanded that the Taliban hand over those responsible": the responsible are others than the group. */
const FR_ARTICLES = new Set(['un', 'une', 'le', 'la', 'les', 'des', 'du', 'l', 'ce', 'ces', 'plusieurs', 'deux', 'trois']);
const OF_WORDS = new Set(['de', 'du', 'des', 'd']);
/** "Selon un responsable sécuritaire taliban": the French noun for an official, not "les responsables de l'attentat". */
function officialNoun(t: readonly Token[], b: Mark): boolean {
  return (t[b.start]!.n === 'responsable' || t[b.start]!.n === 'responsables') && FR_ARTICLES.has(t[b.start - 1]?.n ?? '') && !OF_WORDS.has(t[b.end]?.n ?? '');
}
function othersResponsible(t: readonly Token[], b: Mark): boolean {
  return RESPONSIBLE.has(t[b.start]!.n) && THOSE.has(t[b.start - 1]?.n ?? '');
}
const HOLD = new Set(['held', 'hold', 'holds', 'holding', 'tient', 'tiennent', 'tenu', 'tenait']);
/**
 * "held members of the Basij, the volunteer militia loyal to ..., responsible for the assault": "held X responsible"
 * around the group, past an apposition.
 */
function heldResponsible(s: Sentence, g: Mark): boolean {
  const t = s.tokens;
  if (!t.slice(Math.max(0, g.start - 4), g.start).some((x) => HOLD.has(x.n))) return false;
  const close = commaBefore(s, g.end) ? closingComma(s, g.end + 1, 20) : -1;
  return t.slice(g.end, g.end + 3).some((x) => RESPONSIBLE.has(x.n)) || (close > 0 && RESPONSIBLE.has(t[close]?.n ?? ''));
}
/** Ties that make attackers a group's own men: "militants loyal to X", "gunmen linked to X" (not "inspired by X"). */
const ATTACKER_TIES = new Set(['linked', 'loyal', 'affiliated', 'belonging', 'tied', 'lie', 'lies', 'liee', 'liees', 'proches', 'proche', 'fideles', 'vinculado', 'vinculados', 'leales', 'fieles', 'nahe', 'nahestehende', 'مرتبطين', 'مرتبطون', 'موالين', 'موالون',
  // ("اتهمت السلطات عناصر مرتبطة بتنظيم X": the feminine singular agreeing with a broken plural, "عناصر تابعة لـ".)
  'مرتبطه', 'تابعه', 'تابعين']);
/** Attackers (within two words) then a tie word right before the group, and no other group named in the sentence. */
function tiedToGroup(t: readonly Token[], marks: Mark[], g: Mark): boolean {
  const name = g.value.k === 'group' ? g.value.name : '';
  if (marks.some((o) => o.value.k === 'group' && o.value.name !== name)) return false;
  // ("Investigators were examining whether militants linked to X might have been involved": a hypothesis, no blame.)
  if (t.some((x) => HEDGES.has(x.n))) return false;
  for (let k = Math.max(0, g.start - 3); k < g.start; k++) {
    if (!ATTACKER_TIES.has(t[k]!.n)) continue;
    if (marks.some((x) => (x.value.k === 'attacker' || (x.value.k === 'cue' && CUE_ATTACKERS.has(t[x.start]!.n))) && x.end <= k && k - x.end <= 2)) return true;
    // ("soupçonnent des islamistes liés à AQMI": the suspects, blamed, tied to the group.)
    if (marks.some((x) => x.value.k === 'blame' && x.end <= k && k - x.end <= 2)) return true;
  }
  return false;
}
const SUBJECT_OPENERS = new Set(['the', 'les', 'los', 'las', 'la', 'le', 'el', 'l', 'die', 'der', 'and', 'et', 'y', 'und', 'but', 'mais', 'pero', 'aber']);
const AUX = new Set(['has', 'have', 'had', 'a', 'ont', 'avait', 'avaient', 'ha', 'han', 'habia', 'habian']);
const AUX_DE = new Set(['hat', 'haben', 'hatte', 'hatten']);
const THAT = new Set(['that', 'que', 'qu', 'dass', 'ان']);
/** Arabic opens with the verb: "هاجمت حركة الشباب السفارة", "استهدفت جماعة الحوثي القنصلية". */
const ARABIC_ATTACK_VERBS = new Set(['هاجم', 'هاجمت', 'هاجموا', 'استهدف', 'استهدفت', 'اقتحم', 'اقتحمت', 'قصف', 'قصفت', 'ضرب', 'ضربت', 'فجر', 'فجرت']);
/**
 * "Al-Shabaab stormed the Turkish embassy", "les shebab ont attaqué l'ambassade", "Die Taliban haben die Botschaft
 * angegriffen", "هاجمت حركة الشباب السفارة": the group as the subject of an attack on the mission.
 */
function subjectOfAttack(s: Sentence, marks: Mark[], g: Mark): boolean {
  const t = s.tokens;
  const mission = (from: number, reach: number): Mark | undefined => marks.find((m) => m.value.k === 'mission' && m.start >= from && m.start - from <= reach);
  // ("• AQMI, Al-Mourabitoune : qui sont ...": a name inside what was read as a dateline is no subject.)
  if (g.start < s.datelineTokens) return false;
  // Nothing but the sentence's or clause's opening before the group (Arabic: the verb, then the group).
  let k = g.start;
  while (k > s.datelineTokens && SUBJECT_OPENERS.has(t[k - 1]!.n) && !commaBefore(s, k)) k--;
  // ("Members of the Basij militia stormed the embassy", "des membres de la milice Bassidj ont pris d'assaut".)
  if (k - 1 > s.datelineTokens && THE_GROUP.has(t[k - 1]!.n)) while (k > s.datelineTokens && (THE_GROUP.has(t[k - 1]!.n) || SUBJECT_OPENERS.has(t[k - 1]!.n)) && !commaBefore(s, k)) k--;
  if (k - 2 >= s.datelineTokens && ATTACKERS_OF.has(t[k - 1]!.n) && MEMBER_OF.has(t[k - 2]!.n)) for (k -= 2; k > s.datelineTokens && (SUBJECT_OPENERS.has(t[k - 1]!.n) || SOME.has(t[k - 1]!.n)) && !commaBefore(s, k); ) k--;
  // (Or reported: "police said (that) X fired rockets at the embassy".)
  const opens = k === s.datelineTokens || commaBefore(s, k) || SAID.has(t[k - 1]!.n) || THAT.has(t[k - 1]!.n);
  const first = t[s.datelineTokens]?.n ?? '';
  const verbFirst = g.start - s.datelineTokens <= 2 && (ARABIC_ATTACK_VERBS.has(first) || ARABIC_ATTACK_VERBS.has(t[s.datelineTokens]?.alt ?? '') || marks.some((c) => c.value.k === 'cue' && c.start === s.datelineTokens && c.end <= g.start && g.start - c.end <= 1));
  if (verbFirst) { const m = mission(g.end, 8); return m !== undefined && !marks.some((o) => o.value.k === 'other' && o.start > g.end && o.start < m.start); }
  if (!opens) return false;
  let v = g.end;
  if (THE_GROUP.has(t[v]?.n ?? '')) v++;
  if (AUX_DE.has(t[v]?.n ?? '')) {
    // (German: the participle after the object, "haben ... die Botschaft ... angegriffen".)
    const m = mission(v + 1, 8);
    return m !== undefined && marks.some((c) => c.value.k === 'cue' && c.start >= m.end && c.start - m.end <= 4);
  }
  if (AUX.has(t[v]?.n ?? '')) v++;
  // (Or an act, then its weapon: "fired rockets at", "launched a drone at".)
  const cue = marks.find((c) => c.value.k === 'cue' && (c.start === v || (SELF_ACT.has(t[v]?.n ?? '') && c.start > v && c.start - v <= 2)));
  if (!cue) return false;
  const m = mission(cue.end, 8);
  // The mission is the verb's object: no comma, break or other target between.
  if (!m || marks.some((o) => (o.value.k === 'other' || o.value.k === 'break') && o.start >= cue.end && o.start < m.start)) return false;
  for (let j = cue.end + 1; j <= m.start; j++) if (commaBefore(s, j)) return false;
  return true;
}
const SOME = new Set(['des', 'some', 'several', 'plusieurs', 'unos', 'unas', 'varios', 'einige', 'mehrere']);
const THE_GROUP = new Set([...DESCRIBED_AS_GROUP, 'groupe', 'grupo', 'gruppe', 'mouvement', 'movimiento', 'bewegung', 'milice', 'milicia', 'miliz']);
/** "... a movement calling itself X, and blamed the group for the attack": "the group" after the blame is X. */
function blamedAsTheGroup(t: readonly Token[], marks: Mark[], g: Mark): boolean {
  return marks.some((b) => b.value.k === 'blame' && b.start >= g.end && b.start - g.end <= 6 && DEFINITE.has(t[b.end]?.n ?? '') && THE_GROUP.has(t[b.end + 1]?.n ?? '') &&
    !marks.some((o) => o.value.k === 'group' && o.start >= g.end && o.start < b.start));
}
/**
 * Nouns that take up a group named in the sentence before: "The group claimed the attack", "the organisation said
 * its fighters", "Le mouvement y affirme", "bekennt sich die Gruppe", "وقالت الجماعة". (Not "red": the colour.)
 */
const ANAPHOR_NOUNS = new Set(['group', 'organisation', 'organization', 'movement', 'network', 'faction', 'outfit', 'militia', 'militants', 'insurgents', 'jihadists',
  'groupe', 'mouvement', 'reseau', 'milice', 'jihadistes', 'djihadistes', 'grupo', 'organizacion', 'movimiento', 'milicia', 'yihadistas',
  'gruppe', 'gruppierung', 'bewegung', 'miliz', 'terrormiliz', 'netzwerk', 'islamisten', 'dschihadisten', 'جماعه', 'تنظيم', 'حركه', 'فصيل']);
const SAME = new Set(['same', 'meme', 'mismo', 'misma', 'selbe', 'selben', 'gleiche', 'gleichen']);
const DEFINITE_AR = /^[وف]?ال/;
const GERMAN_ARTICLES = new Set(['die', 'der', 'das', 'den', 'dem']);
/** An Arabic word, by its first letter (no regex: this runs on every token of the story's sentences). */
const arabicWord = (n: string): boolean => { const c = n.charCodeAt(0); return c >= 0x0600 && c <= 0x06ff; };
/** Where an anaphor for a group ends when one starts at k ("the (same) group", "الجماعة", a sentence-opening "It said"), or -1. */
function groupAnaphor(s: Sentence, k: number): number {
  const t = s.tokens;
  const n = t[k]!.n;
  // "It said its fighters had targeted the consulate": the pronoun opening the sentence, a saying verb after it.
  if (n === 'it' && k === s.datelineTokens && SAID.has(t[k + 1]?.n ?? '')) return k + 1;
  let j = k;
  if (DEFINITE.has(n)) j++;
  else if (!ANAPHOR_NOUNS.has(n) || !arabicWord(n) || !DEFINITE_AR.test(t[k]!.s)) return -1;
  if (SAME.has(t[j]?.n ?? '')) j++;
  const noun = t[j];
  if (!noun || !ANAPHOR_NOUNS.has(noun.n)) return -1;
  // (Not "the group of men", nor a name's own noun: "the Islamic State group".)
  // (German writes every noun capitalised: "die Gruppe".)
  if (ATTACKERS_OF.has(t[j + 1]?.n ?? '') || (isCapitalized(noun) && !arabicWord(noun.n) && !GERMAN_ARTICLES.has(t[j - 1]?.n ?? ''))) return -1;
  return j + 1;
}
/** The one group the sentence names (known or by its own name), or null when it names none or several. */
function soleGroup(a: Analysis): string | null {
  let name: string | null = null;
  const t = a.s.tokens;
  for (const m of [...a.marks, ...ownNamedGroups(a)]) {
    if (m.value.k !== 'group') continue;
    // ("the Taliban government": the state, not the group.)
    if (STATE_BODY.has(t[m.end]?.n ?? '')) continue;
    if (name !== null && name !== m.value.name) return null;
    name = m.value.name;
  }
  return name;
}
/**
 * "X posted a statement on Monday. It said its fighters had targeted the consulate", "X has threatened Chinese
 * missions for months. On Monday the group claimed the attack": an anaphor with no group named before it in its
 * sentence stands for the one group the sentence before names. Returns marks for the group at the anaphors.
 */
function anaphoricGroups(a: Analysis, before: Analysis | undefined): readonly Mark[] {
  if (!before || before.s.isTitle || before.s.noise) return NO_MARKS;
  const t = a.s.tokens;
  let out: Mark[] | undefined;
  let name: string | null | undefined;
  // (With no anaphor noun in the sentence only its opening "It said" can be one.)
  const last = mayHold(a.s, WORD.anaphorNoun) ? t.length : Math.min(t.length, a.s.datelineTokens + 1);
  for (let k = a.s.datelineTokens; k < last; k++) {
    const end = groupAnaphor(a.s, k);
    if (end < 0) continue;
    // Only with no group before it in its own sentence, and none right after ("the group Revolutionary Struggle").
    if (a.marks.some((m) => m.value.k === 'group' && m.start < end + 2)) break;
    name ??= soleGroup(before);
    if (name === null) break;
    (out ??= []).push({ start: k, end, value: uniformTag({ k: 'group', name }) });
    k = end - 1;
  }
  return out ?? NO_MARKS;
}
/** The shared empty answer (most sentences have no anaphor): no allocation per sentence. */
const NO_MARKS: readonly Mark[] = [];
/** Words around "members of": "suspected members of", "membres présumés d'AQMI", "presuntos miembros". */
const PRESUMED = new Set(['suspected', 'alleged', 'presumed', 'presume', 'presumes', 'presuntos', 'presunto', 'presuntas', 'supuestos', 'mutmassliche', 'mutmasslichen', 'mutmaßliche', 'mutmaßlichen']);
const MEMBERS = new Set(['member', 'members', 'membre', 'membres', 'miembro', 'miembros', 'integrante', 'integrantes', 'mitglied', 'mitglieder', 'mitgliedern', 'عناصر', 'عنصرين', 'اعضاء', 'عضوين',
  // ("both were charged with membership of X": the charge names the suspects' group.)
  'membership', 'appartenance', 'pertenencia', 'mitgliedschaft']);
/** "three members of the X", "membres présumés d'AQMI", "Mitglieder der Gruppe X", "عناصر من X": where the member noun is, or -1. */
function membersOf(t: readonly Token[], g: Mark): number {
  let k = g.start - 1;
  if (GROUP_NOUNS.has(t[k]?.n ?? '')) k--;
  // ("of the X", "of an X cell".)
  if ((DEFINITE.has(t[k]?.n ?? '') || INDEFINITE_OR_THE.has(t[k]?.n ?? '')) && !ATTACKERS_OF.has(t[k]!.n)) k--;
  if (!ATTACKERS_OF.has(t[k]?.n ?? '') && t[k]?.n !== 'd') return -1;
  k--;
  // ("miembros uniformados de la milicia X": an adjective after the noun.)
  if (MEMBERS_ADJ_AFTER.has(t[k]?.n ?? '')) k--;
  if (PRESUMED.has(t[k]?.n ?? '')) k--;
  return MEMBERS.has(t[k]?.n ?? '') ? k : -1;
}
/** Arrests: "Police arrested three members of X", "ont été interpellés", "detuvo", "nahm ... fest", "واعتقلت الشرطة". */
// (Swiss German writes "ss" for "ß"; the normaliser keeps "ß".)
const ARREST = new Set(['arrested', 'arrest', 'arrests', 'detained', 'apprehended', 'captured', 'interpelle', 'interpelles', 'interpellee', 'interpellees', 'arrete', 'arretes',
  'arrestation', 'arrestations', 'interpellation', 'interpellations', 'detuvo', 'detuvieron', 'detenidos', 'detenido', 'arresto', 'arrestaron', 'arrestados', 'capturo', 'capturaron',
  'detencion', 'festgenommen', 'festnahme', 'verhaftet', 'verhaftete', 'verhafteten', 'fest', 'اعتقلت', 'اعتقل', 'اعتقال', 'قبض', 'اوقفت', 'توقيف',
  // ("charged with membership of X", "inculpés d'appartenance à", "angeklagt wegen Mitgliedschaft in": suspects charged.)
  'charged', 'inculpe', 'inculpes', 'procesados', 'procesado', 'angeklagt']);
// ("entre los asaltantes había miembros de X", "parmi les assaillants figuraient": "there were" among them.)
const COPULA = new Set(['were', 'was', 'are', 'is', 'etaient', 'etait', 'sont', 'eran', 'era', 'son', 'waren', 'war', 'sind', 'habia', 'hubo', 'figuraban', 'figuraient', 'figurent', 'avait']);
const MEMBERS_ADJ_AFTER = new Set(['uniformados', 'armados', 'encapuchados', 'uniformes', 'armes', 'cagoules']);
const BOTH = new Set(['all', 'both', 'tous', 'deux', 'todos', 'ambos', 'alle', 'beide']);
/**
 * "Police arrested three members of X over the attack", "Trois membres présumés d'AQMI ont été interpellés": members
 * of the group arrested; "Officials named two suspects. Both, they said, were members of X": the suspects' group.
 * (Not "two of the dead were members of X": victims.)
 */
function membersBlamed(a: Analysis, before: Analysis | undefined, marks: Mark[], g: Mark): boolean {
  const t = a.s.tokens;
  const m = membersOf(t, g);
  if (m < 0) return false;
  // The members are the arrest's object: the verb before them, or a passive right after the group ("d'AQMI ont été
  // interpellés"); nothing between tells another event ("after two members of X were killed").
  const arrest = (x: Token): boolean => ARREST.has(x.n) || ARREST.has(x.alt ?? '');
  const plain = (from: number, to: number): boolean => !marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && x.start >= from && x.start < to) &&
    !t.slice(from, to).some((x) => AFTER.has(x.n)) && closingComma(a.s, from + 1, to - from - 1) < 0;
  for (let k = Math.max(0, m - 8); k < m; k++) if (arrest(t[k]!) && plain(k, m)) return true;
  for (let k = g.end; k < Math.min(t.length, g.end + 4); k++) if (arrest(t[k]!) && plain(g.end, k)) return true;
  let c = m - 1;
  if (BOTH.has(t[c]?.n ?? '')) c--;
  if (!COPULA.has(t[c]?.n ?? '') || marks.some((x) => x.value.k === 'killed' || x.value.k === 'wounded')) return false;
  const suspects = (b: Analysis | undefined): boolean => b !== undefined && !b.s.isTitle && b.marks.some((x) => x.value.k === 'attacker');
  return suspects(a) || suspects(before);
}
/** Relative pronouns that may be a blame's object: "X, which officials blamed", "le PKK, que les autorités accusent". */
const RELATIVE_OBJECT = new Set(['which', 'whom', 'who', 'que', 'qu', 'die', 'den', 'welche', 'welchen', 'تي', 'ذي']);
/** "Al-Shabaab, which officials blamed for the attack, has yet to claim it": the group is the object of a blame in its own clause. */
function blamedInRelative(s: Sentence, marks: Mark[], g: Mark): boolean {
  const t = s.tokens;
  if (!commaBefore(s, g.end)) return false;
  // ("Kataib Hezbollah, the Iran-backed faction that Iraqi investigators privately blame, has issued ...": the pronoun
  // after a short apposition's noun.)
  let rel = g.end;
  if (APPOSITION_OPENERS.has(t[g.end]?.n ?? '')) for (let k = g.end + 1; k <= g.end + 5 && !commaBefore(s, k); k++) if (t[k]?.n === 'that' || RELATIVE_OBJECT.has(t[k]?.n ?? '')) { rel = k; break; }
  if (rel === g.end && !RELATIVE_OBJECT.has(t[g.end]?.n ?? '')) return false;
  const close = closingComma(s, rel + 1, 14);
  const stop = close < 0 ? Math.min(t.length, rel + 14) : close;
  // (A subject between the pronoun and the verb: not "X, which blamed Y for ...". Nor a record: "X, which Ankara
  // accuses of several bombings abroad", "which officials blamed for last year's attack".)
  const record = (k: number): boolean => INDEFINITE.has(t[k]?.n ?? '') || numberLike(t[k]?.n ?? '') || HABITUAL.has(t[k]?.n ?? '');
  return marks.some((b) => b.value.k === 'blame' && b.start > rel + 1 && b.end <= stop && ACCUSING.has(t[b.start]!.n) && (b.end === stop || (OBJECTLESS.has(t[b.end]?.n ?? '') && !record(b.end + 1)))) &&
    !marks.some((o) => (o.value.k === 'group' || o.value.k === 'bg' || o.value.k === 'otherEvent') && o.start > g.end && o.start < stop);
}
/** Words opening the other side after a denial: "but", "while", "mientras", "dennoch", "لكن". */
const DENIAL_TURN = new Set(['but', 'while', 'however', 'whereas', 'mais', 'cependant', 'pourtant', 'tandis', 'pero', 'mientras', 'embargo', 'aber', 'dennoch', 'jedoch', 'trotzdem', 'لكن', 'ولكن', 'بينما']);
/** Object pronouns for the group just named: "blamed it", "l'a accusé", "los culpó", "machte sie verantwortlich". */
const OBJECT_PRONOUN = new Set(['it', 'them', 'l', 'les', 'lo', 'los', 'sie', 'ihn']);
/** Arabic blame verbs carrying the object pronoun: "حملوه المسؤولية" (held him responsible), "اتهموه". */
const BLAME_WITH_PRONOUN = new Set(['حملوه', 'حملوها', 'حملته', 'حملتها', 'اتهموه', 'اتهموها', 'اتهمته', 'اتهمتها']);
/**
 * "Hezbollah denied involvement, but Israeli officials blamed it", "Le Hezbollah a démenti, mais Israël l'a accusé",
 * "los talibanes negaron ..., mientras el Gobierno los culpó", "نفى حزب الله ...، لكن مسؤولين حملوه المسؤولية": after the
 * group's denial, a turn word, then a blame whose object is a pronoun for the group (no other group named after the denial).
 */
function blamedDespiteDenial(s: Sentence, marks: Mark[], d: Mark): boolean {
  const t = s.tokens;
  const turn = t.findIndex((x, k) => k >= d.end && DENIAL_TURN.has(x.n));
  if (turn < 0 || marks.some((o) => o.value.k === 'group' && o.start > d.end)) return false;
  return marks.some((b) => b.value.k === 'blame' && b.start > turn && (BLAME_WITH_PRONOUN.has(t[b.start]!.n) ||
    t.slice(Math.max(d.end + 1, b.start - 3), b.start).some((x) => OBJECT_PRONOUN.has(x.n)) || t.slice(b.end, b.end + 2).some((x, j) => (x.n === 'it' || x.n === 'them' || x.n === 'sie') && t[b.end + j + 1]?.n !== 'on') ||
    // ("but Israeli officials blamed the group", "accusent le mouvement": the group by its noun.)
    (DEFINITE.has(t[b.end]?.n ?? '') && (GROUP_NOUNS.has(t[b.end + 1]?.n ?? '') || SELF_REF.has(t[b.end + 1]?.n ?? '')) && t[b.end + 2]?.n !== 's')));
}
/** Words of belief or evidence a negation may deny: "did not believe X was behind", "no evidence that X", "aucune preuve". */
const BELIEF = new Set(['believe', 'believed', 'think', 'thought', 'evidence', 'indication', 'indications', 'sign', 'signs', 'proof', 'link', 'links',
  'croient', 'croit', 'pensent', 'pense', 'preuve', 'preuves', 'indice', 'indices', 'lien', 'creen', 'cree', 'creian', 'pruebas', 'indicios', 'vinculo',
  'glauben', 'glaubt', 'hinweise', 'hinweis', 'beweise', 'دليل', 'ادله']);
const NEGATORS = new Set([...NOT, ...NO_CUE, 'keinerlei', 'aucun', 'aucune']);
/** "Officials said they did not believe X was behind the blast": an attribution denied right before the group. */
function negatedBelief(t: readonly Token[], g: Mark): boolean {
  for (let k = g.start - 1; k >= Math.max(0, g.start - 5); k--) {
    if (BELIEF.has(t[k]!.n) && t.slice(Math.max(0, k - 3), k).some((x) => NEGATORS.has(x.n))) return true;
  }
  return false;
}
const REFRAIN = new Set(['refrained', 'declined', 'refused', 'avoided', 'without', 'sans', 'sin', 'ohne', 'abstenu', 'abstuvo', 'rehuso']);
/** "stopped short of blaming X", "declined to claim it", "sans revendiquer": the act at k is withheld. */
function withheld(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const n = t[j]!.n;
    if (REFRAIN.has(n) || (n === 'short' && /^stop/.test(t[j - 1]?.n ?? ''))) return true;
  }
  return false;
}
/** "Investigators initially suspected X but have since ruled out the group's involvement": the group cleared by anaphor. */
function ruledOutLater(t: readonly Token[], marks: Mark[], g: Mark): boolean {
  for (let r = g.end; r < Math.min(t.length, g.end + 16); r++) {
    if (marks.some((o) => o.value.k === 'group' && o.start === r)) return false;
    if (!(RULED_OUT.has(t[r]!.n) || (t[r]!.n === 'ruled' && t[r + 1]?.n === 'out'))) continue;
    return t.slice(r + 1, r + 6).some((x, i) => ANAPHOR_NOUNS.has(x.n) && ANAPHORA_DEFINITE.has(t[r + i]?.n ?? ''));
  }
  return false;
}
/** A statement withdrawn or called a forgery: "the group withdrew the statement, calling it a forgery". */
const RETRACT = new Set(['withdrew', 'withdrawn', 'retracted', 'retract', 'disowned', 'disavowed', 'repudiated', 'forgery', 'forged', 'fabricated',
  'retire', 'desavoue', 'retiro', 'falsificado', 'zuruckgezogen', 'falschung', 'gefalscht', 'مزور', 'مفبرك', 'سحب', 'سحبت']);
const STATEMENT_NOUNS = new Set(['statement', 'claim', 'communique', 'comunicado', 'erklarung', 'bekennerschreiben', 'بيان']);
/** The group (a subject before the verb) that withdraws its statement in this sentence, if any. */
function retractingGroup(t: readonly Token[], marks: Mark[]): string | null {
  const r = t.findIndex((x) => RETRACT.has(x.n) || RETRACT.has(x.alt ?? ''));
  if (r < 0 || !t.some((x) => STATEMENT_NOUNS.has(x.n))) return null;
  const g = marks.find((m) => m.value.k === 'group' && m.end <= r && r - m.end <= 6);
  return g && g.value.k === 'group' ? g.value.name : null;
}
/** A group's outlets: "Radio Andalus, a station run by X", "l'agence Amaq, liée au groupe EI", "وكالة أعماق التابعة لتنظيم داعش". */
// (The normaliser reads the first letter of "وكالة" as "and": 'كاله'.)
const OUTLETS = new Set(['agency', 'station', 'radio', 'channel', 'outlet', 'arm', 'wing', 'website', 'agence', 'agencia', 'emisora', 'agentur', 'sender', 'sprachrohr', 'وكاله', 'كاله', 'اذاعه', 'قناه']);
const OUTLET_TIES = new Set(['run', 'operated', 'controlled', 'owned', 'linked', 'affiliated', 'tied', 'close', 'liee', 'lie', 'proche', 'vinculada', 'cercana', 'afin', 'nahe', 'nahestehende', 'تابعه', 'مقربه']);
/**
 * "Radio Andalus, a station run by X, said the group's fighters had stormed the building", "L'agence Amaq, liée au
 * groupe EI, a affirmé que des soldats du califat avaient mené l'attaque": the group's outlet telling its men's attack.
 */
function outletClaim(a: Analysis, marks: Mark[], g: Mark): boolean {
  const t = a.s.tokens;
  const has = (set: Set<string>, x: Token): boolean => set.has(x.n) || set.has(x.alt ?? '');
  const before = t.slice(Math.max(0, g.start - 8), g.start);
  const tiedBefore = t.slice(Math.max(0, g.start - 4), g.start).some((x) => has(OUTLET_TIES, x)) && before.some((x) => has(OUTLETS, x));
  // ("X's Radio Andalus", "the X-linked Amaq agency": the outlet after the group.)
  const tiedAfter = (t[g.end]?.n === 's' || MODIFIER_AFTER.has(t[g.end]?.n ?? '')) && t.slice(g.end, g.end + 4).some((x) => has(OUTLETS, x));
  if (!tiedBefore && !tiedAfter) return false;
  // ("A Telegram channel affiliated with X posted a claim of responsibility": the outlet's claim, just after the group.)
  if (tiedBefore && marks.some((c) => c.value.k === 'claim' && c.start >= g.end && c.start - g.end <= 4 && claimVerb(a.s, c))) return true;
  const said = t.findIndex((x) => has(SAID, x));
  if (said < 0) return false;
  for (let j = Math.max(said, g.end); j < t.length; j++) {
    if (!SELF_ACT.has(t[j]!.n) && !marks.some((m) => m.start === j && m.value.k === 'attacker')) continue;
    if (marks.some((c) => c.value.k === 'cue' && c.start > j && c.start - j <= 8)) return true;
  }
  return false;
}
/** Ties of an unnamed band to a named group, written as a hyphenated modifier ("Hamas-linked"); not "-inspired", "-style", "-led". */
const LINKED_MODIFIER = new Set(['linked', 'affiliated', 'allied', 'aligned', 'backed']);
/** Unnamed bands: "a Hamas-linked cell", "al-Qaeda-affiliated militants". */
const UNNAMED_BAND = new Set(['cell', 'cells', 'group', 'militants', 'militia', 'militiamen', 'gunmen', 'fighters', 'network', 'faction', 'gang', 'jihadists']);
/** "belonged to a Hamas-linked cell", "al-Qaeda-linked gunmen stormed": the attackers' band, when no other group is named and the sentence is about attackers. */
function linkedUnnamed(t: readonly Token[], marks: Mark[], g: Mark): boolean {
  if (!LINKED_MODIFIER.has(t[g.end]?.n ?? '') || !UNNAMED_BAND.has(t[g.end + 1]?.n ?? '')) return false;
  if (marks.some((o) => o.value.k === 'group' && o !== g) || t.some((x) => HEDGES.has(x.n))) return false;
  // ("the shooter belonged to a Hamas-linked cell": someone's membership, told by police.)
  return marks.some((m) => m.value.k === 'attacker' || m.value.k === 'blame' || (m.value.k === 'cue' && m.start > g.end)) || t.slice(Math.max(0, g.start - 5), g.start).some((x) => BELONGED.has(x.n));
}
const BELONGED = new Set(['belonged', 'belonging', 'belongs', 'member', 'members', 'appartenait', 'appartenaient', 'appartient', 'pertenecia', 'pertenecian', 'pertenece', 'gehorte', 'gehorten', 'angehorte']);
/**
 * Where the last clause of a background sentence starts, when a turn word ("but", "pero", "لكن") or a comma opens it,
 * nothing in it is background (no background or other-event word, no year) and it names the day of this attack
 * ("el ataque del domingo", "هجوم الأحد"; not "A similar attack last year killed two, and no one claimed it"); else -1.
 */
function freshLastClause(a: Analysis): number {
  const t = a.s.tokens;
  for (let k = t.length - 2; k > 0; k--) {
    // (The Arabic comma too: "...، ولم تتبن أي جهة هجوم الأحد".)
    if (!DENIAL_TURN.has(t[k]!.n) && !commaOrArabicBefore(a.s, k)) continue;
    const stale = a.marks.some((m) => (m.value.k === 'bg' || m.value.k === 'otherEvent' || m.value.k === 'afterRef') && m.end > k) || t.slice(k).some((x) => YEARISH.test(x.n));
    return stale || !t.slice(k).some((x) => RECENT.has(x.n) || WEEKDAY_KEYS.has(x.n)) ? -1 : k;
  }
  return -1;
}
/** Demonstratives standing for other attacks: "those", "celles", "aquellos", "تلك". */
const THOSE_ATTACKS = new Set(['those', 'celles', 'ceux', 'aquellos', 'aquellas', 'jene', 'تلك']);
/** "those (carried out) by X": a demonstrative, at most two words, then the agent's preposition before the group. */
function thoseBy(t: readonly Token[], g: Mark): boolean {
  let by = g.start - 1;
  if (ARTICLE_BEFORE_NAME.has(t[by]?.n ?? '')) by--;
  if (!BY.has(t[by]?.n ?? '')) return false;
  return t.slice(Math.max(0, by - 3), by).some((x) => THOSE_ATTACKS.has(x.n));
}
const ARTICLE_BEFORE_NAME = new Set(['the', 'l', 'le', 'la', 'les', 'el', 'los', 'der', 'die', 'den']);
/** "If X is confirmed to be behind it", "si l'EI était derrière": a condition, no blame. */
const CONDITIONAL = new Set(['if', 'unless', 'si', 'wenn', 'falls', 'اذا', 'إذا', 'لو']);
const PLURAL_ATTACKS = new Set(['attacks', 'bombings', 'raids', 'assaults', 'killings', 'kidnappings', 'attaques', 'attentats', 'ataques', 'atentados', 'anschlage', 'angriffe']);
const HEDGES = new Set(['whether', 'might', 'could', 'possibly', 'perhaps', 'possible', 'ob', 'vielleicht', 'moglicherweise', 'eventuell', 'quizas', 'posiblemente', 'eventualmente', 'peut', 'eventuellement', 'ربما']);
const SELF_WORDS = new Set(['itself', 'themselves', 'نفسها', 'نفسه', 'نفسهم', 'llamar', 'appeler', 'nennt']);
const BUT = new Set(['but', 'while', 'mais', 'pero', 'aber']);
const DESCRIBING = new Set(['describing', 'calling', 'branding', 'labelling', 'labeling', 'dubbing', 'decrivant', 'qualifiant', 'traitant', 'describiendo', 'calificando', 'tildando', 'llamando', 'bezeichnete', 'nannte', 'واصفا', 'واصفه', 'واصفين']);
/**
 * 'claimed the attack, describing the consulate as a "den of the Taliban militia"', "qualifiant l'ambassade de « nid
 * des talibans »": a group named in how the speaker describes its target (no claim or blame word between or just after).
 */
function describedAs(t: readonly Token[], marks: Mark[], g: Mark): boolean {
  for (let k = g.start - 1; k >= Math.max(0, g.start - 10); k--) {
    if (!DESCRIBING.has(t[k]!.n)) continue;
    // (Not the group naming itself: "a group calling itself X", "se qualifiant de".)
    if (SELF_WORDS.has(t[k + 1]?.n ?? '') || SELF_WORDS.has(t[k - 1]?.n ?? '') || t[k - 1]?.n === 'se') return false;
    return !marks.some((b) => (b.value.k === 'claim' || b.value.k === 'blame' || b.value.k === 'group') && ((b.start > k && b.end <= g.start) || (b.start >= g.end && b.start - g.end <= 4)));
  }
  return false;
}

const TERM_NOUNS = new Set(['term', 'name', 'label', 'word', 'epithet', 'expression', 'terme', 'nom', 'termino', 'nombre', 'begriff', 'bezeichnung', 'مصطلح', 'تسميه']);
const NAME_USE = new Set(['use', 'uses', 'used', 'call', 'calls', 'called', 'give', 'gives', 'apply', 'applies', 'utilise', 'utilisent', 'emploie', 'emploient', 'usa', 'usan', 'utiliza', 'utilizan', 'verwenden', 'verwendet', 'nennt', 'nennen', 'يستخدم', 'تستخدم', 'يطلق', 'تطلق']);
/** "the term the Taliban use for ...", "a label it uses for": the group is the one naming, after a noun for a name. */
function namingUser(t: readonly Token[], g: Mark): boolean {
  const verb = t[g.end]?.n === 's' ? g.end + 1 : g.end;
  return NAME_USE.has(t[verb]?.n ?? '') && t.slice(Math.max(0, g.start - 3), g.start).some((x) => TERM_NOUNS.has(x.n));
}

function extractGroups(ours: Analysis[], all: Analysis[], pubYear: number | null, facts: ReturnType<typeof emptyFacts>, ev: Evidence, full: Analysis[]): void {
  const groups: string[] = [];
  let claimed: boolean | null = null;
  // Groups that claimed, and those whose claim was withdrawn or who were ruled out later in the article.
  const claimers = new Set<string>();
  const retracted = new Set<string>();
  const dropped = new Set<string>();
  let claimedWithoutGroup = false;
  let claimEv: string | undefined;
  let groupEv: string | undefined;
  // Sentences outside the topic track count only for claims ("X claimed the attack") whose
  // neighbourhood names no other, earlier or separate event.
  // ("وأعلن تنظيم القاعدة ... مسؤوليته عن الهجوم": the 'other' target "قاعدة", a base, is inside the group's name.)
  // (Only when the sentence before is not about another event already.)
  const inName = (a: Analysis, o: Mark): boolean => a.marks.some((g) => g.value.k === 'group' && g.start <= o.start && g.end >= o.end);
  const nameOnlyOther = (a: Analysis, i: number): boolean => i > 0 && all[i - 1]!.state !== 'other' && a.marks.some((o) => o.value.k === 'other' && inName(a, o)) &&
    !a.marks.some((o) => (o.value.k === 'other' && !inName(a, o)) || o.value.k === 'bg' || o.value.k === 'otherEvent' || o.value.k === 'afterRef') && !(pubYear !== null && yearsIn(a.s).some((y) => y < pubYear));
  // ("- طالبان تعلن مسؤوليتها عن هجوم في قندهار", "Taliban claim attack on post in Kunduz": an attack in another city.)
  // (In the topic track too, when no mission is named: a related headline between paragraphs. The attack is the claim's
  // object: not "X claimed the attack and named the bomber, jailed for attacks in Istanbul", nor across a comma:
  // "claimed the attack on Telegram, accusing Abu Dhabi of ...".)
  const elsewhere = (a: Analysis): boolean => !a.marks.some((m) => m.value.k === 'mission') && placedElsewhere(a, facts.city) &&
    a.marks.some((c) => c.value.k === 'cue' && a.marks.some((k) => k.value.k === 'claim' && k.end <= c.start && c.start - k.end <= 3) && a.marks.some((m) => m.value.k === 'city' && m.start > c.end && m.start - c.end <= 4 && !a.s.tokens.slice(c.end, m.start).some((x) => SAID.has(x.n)) && !a.s.text.slice(a.s.tokens[c.end - 1]!.end, a.s.tokens[m.start]!.start).includes(',')));
  const extra = all.filter((a, i) => !a.s.isTitle && !ours.includes(a) && a.marks.some((m) => m.value.k === 'claim') && (a.state !== 'other' || a.marks.some((m) => m.value.k === 'mission') || nameOnlyOther(a, i)));
  for (const a of [...ours, ...extra]) {
    if (elsewhere(a)) continue;
    const strict = !ours.includes(a);
    // ("Both were members of the Turkestan Islamic Party": members of a group named by its own name.)
    const own = a.marks.some((m) => m.value.k === 'claim' || m.value.k === 'blame' || m.value.k === 'attacker' || m.value.k === 'crowd') || (mayHold(a.s, WORD.namesItself) && a.s.tokens.some((x) => NAMES_ITSELF.has(x.n))) || (mayHold(a.s, WORD.members) && a.s.tokens.some((x) => MEMBERS.has(x.n))) ? ownNamedGroups(a) : [];
    const before = full[a.s.index - 1];
    // "X posted a statement. It said its fighters ...": the group the anaphors stand for.
    const anaphors = anaphoricGroups(a, before);
    const marks = own.length > 0 || anaphors.length > 0 ? [...a.marks, ...own, ...anaphors].sort((x, y) => x.start - y.start) : a.marks;
    // "Hours later the group withdrew the statement, calling it a forgery": the claim is taken back.
    const retracting = mayHold(a.s, WORD.retract) ? retractingGroup(a.s.tokens, marks) : null;
    if (retracting !== null) retracted.add(retracting);
    const byCaller = mayHold(a.s, WORD.caller) && a.s.tokens.some((x) => CALLER.has(x.n));
    const claims = marks.filter((m) => m.value.k === 'claim' && (!strict || !localBackground(a, m, pubYear)));
    const noclaims = marks.filter((m) => m.value.k === 'noclaim');
    for (const n of noclaims) {
      const covers = claims.some((c) => (c.start >= n.start && c.start - n.end <= 5) || (c.end <= n.start && n.start - c.end <= 3)) || /claim|revendi|reivindi|atribu|adjudic|bekenn|bekann|تبن|مسؤولي/.test(a.s.tokens.slice(n.start, n.end).map((x) => x.n).join(' '));
      if (covers && claimed === null) { claimed = false; claimEv ??= a.s.text; }
    }
    const clauses = marks.some((m) => m.value.k === 'group') ? relativeClauses(a.s) : [];
    for (const g of marks) {
      if (g.value.k !== 'group') continue;
      const name = g.value.name;
      // 'Colectivo Tres Raíces ("Three Roots Collective")': a translation of the name just given.
      // ('"Frente de Liberación Andina" (Andean Liberation Front)': after a closing quote too.)
      if (g.value.own && marks.some((o) => o.value.k === 'group' && o !== g && o.end <= g.start && /^["”'’»]?\s*\(\s*["“'‘«]?\s*$/.test(a.s.text.slice(a.s.tokens[o.end - 1]!.end, a.s.tokens[g.start]!.start)))) continue;
      // ('Saraya Awliya al-Dam ("Guardians of the Blood Brigades")': a name inside the translation, too.)
      if (translation(a.s, marks, g)) continue;
      // 'describing the consulate as a "den of the Taliban militia"': a group in the claimant's epithet for its target.
      if (describedAs(a.s.tokens, marks, g)) continue;
      // ('"Daesh khawarij", the term the Taliban use for the Islamic State group': the group that uses a name, no perpetrator.)
      if (namingUser(a.s.tokens, g)) continue;
      // "... as well as attacks by Boko Haram militants in the Far North": the agent of plural attacks, a record.
      if (BY.has(a.s.tokens[g.start - 1]?.n ?? '') && PLURAL_ATTACKS.has(a.s.tokens[g.start - 2]?.n ?? '')) continue;
      // ("reminiscent of those carried out by X", "qui rappelle celles menées par l'EI": other attacks, by their pronoun.)
      if (thoseBy(a.s.tokens, g)) continue;
      // "X, the network of militants that pledged allegiance to the Islamic State group": the clause describes X.
      // (Not "X's affiliate, which calls itself Islamic State Pakistan Province, said": the clause names it.)
      if (clauses.some(([x, y]) => g.start > x && g.end <= y && marks.some((o) => o.value.k === 'group' && o.end <= x + 1) && !a.s.tokens.slice(x, y).some((w) => SELF_WORDS.has(w.n)))) continue;
      // "X denied", not "blamed X, but Y denied": no other group and no new clause between.
      // (A group blamed stays blamed when it denies: "officials blamed X, which denied involvement".)
      const blamedFirst = marks.some((b) => b.value.k === 'blame' && b.end <= g.start && g.start - b.end <= 8 && !marks.some((o) => o.value.k === 'group' && o.start >= b.end && o.start < g.start) && !a.s.tokens.slice(b.end, g.start).some((x) => BUT.has(x.n)));
      // ("Police have since ruled out the group": an anaphor cleared, the group it stands for too.)
      if (ruledOut(a.s.tokens, g.start) && anaphors.includes(g)) dropped.add(name);
      // ("who had first suspected X, have since ruled out the group's involvement", "did not believe X was behind".)
      if (ruledOut(a.s.tokens, g.start) || ruledOutLater(a.s.tokens, marks, g) || negatedBelief(a.s.tokens, g)) continue;
      const denial = blamedFirst ? undefined : marks.find((d) => d.value.k === 'deny' && d.start >= g.end && d.start - g.end <= 4 && !marks.some((o) => o.value.k === 'group' && o.start >= g.end && o.start < d.start) && !a.s.tokens.slice(g.end, d.start).some((x) => BUT.has(x.n)));
      if (denial) {
        // ("X denied involvement, but officials blamed it", "mais Israël l'a accusé": the blame after the denial stands.)
        if (!strict && blamedDespiteDenial(a.s, marks, denial) && !groups.includes(name)) { groups.push(name); groupEv ??= a.s.text; }
        continue;
      }
      // ("نفى حزب الله أي علاقة له بالهجوم، لكن مسؤولين حملوه المسؤولية": Arabic puts the denial verb before the group.)
      const denialBefore = marks.find((d) => d.value.k === 'deny' && d.end <= g.start && g.start - d.end <= 1);
      if (denialBefore && !strict && blamedDespiteDenial(a.s, marks, denialBefore) && !groups.includes(name)) { groups.push(name); groupEv ??= a.s.text; continue; }
      // "claims of ...", "claimed that ...", "claimed the lives of": no claim of the attack.
      // "X claimed", "X, which has ties to Y, has claimed": the subject, not a group inside an apposition.
      // "the al-Qaeda-linked Shebab", "Iran-backed militias": a group named as a modifier is not the actor.
      const nextTok = a.s.tokens[g.end];
      // "the Taliban administration", "a Taliban foreign ministry spokesman": a group that governs, named as the state.
      // ("a spokesman for the Taliban's interior ministry": the possessive too.)
      if (nextTok && (STATE_BODY.has(nextTok.n) || (nextTok.n === 's' && STATE_BODY.has(a.s.tokens[g.end + 1]?.n ?? '')))) continue;
      // (Unless it names the group's outlet telling the attack: "the Islamic State-linked Amaq agency said its fighters".)
      const outlet = !strict && outletClaim(a, marks, g);
      if (nextTok && MODIFIER_AFTER.has(nextTok.n) && /^\s*[-‐–]\s*$/.test(a.s.text.slice(a.s.tokens[g.end - 1]!.end, nextTok.start)) && !outlet) {
        // ("the shooter belonged to a Hamas-linked cell": an unnamed cell or band tied to the group, the only group named.)
        if (!strict && linkedUnnamed(a.s.tokens, marks, g) && !groups.includes(name)) { groups.push(name); groupEv ??= a.s.text; }
        continue;
      }
      let inApposition = false;
      for (let k = Math.max(0, g.start - 3); k < g.start; k++) if (APPOSITION.has(a.s.tokens[k]!.n) && !hyphenated(a.s, k)) inApposition = true;
      // "JNIM, al-Qaeda's affiliate in the Sahel, claimed": the group another one is described by.
      if (commaBefore(a.s, g.start) && a.s.tokens[g.end]?.n === 's' && APPOSITION.has(a.s.tokens[g.end + 1]?.n ?? '')) inApposition = true;
      // ("X, an al-Qaeda affiliate, claimed", "X, a branch of al-Qaeda,": likewise.)
      if (affiliateApposition(a.s, marks, g)) inApposition = true;
      // ("X, one of the armed groups fighting for ... regions, claimed the attack": a long apposition, then the verb.)
      const verbAt = commaBefore(a.s, g.end) ? closingComma(a.s, g.end + 1, 25) : -1;
      // ("Die Al-Schabab-Miliz hat den Anschlag am Montag in einer ... Erklärung für sich reklamiert": German puts the
      // participle at the clause's end, after an auxiliary right behind the subject; no comma between.)
      const v2 = V2_AUX.has(a.s.tokens[g.end]?.n ?? '') || (GROUP_APPOSITION.has(a.s.tokens[g.end]?.n ?? '') && V2_AUX.has(a.s.tokens[g.end + 1]?.n ?? ''));
      const claimAfter = inApposition ? undefined : claims.find((c) => c.start >= g.end && (c.start - g.end <= 14 || (verbAt > 0 && c.start >= verbAt && c.start - verbAt <= 1) || (v2 && c.start - g.end <= 24 && closingComma(a.s, g.end + 1, c.start - g.end) < 0)) && !negatedClaim(noclaims, c) && claimVerb(a.s, c) && !pastClaimOfGroup(a.s, clauses, g, c) && !withheld(a.s.tokens, c.start) && !habitualObject(a.s.tokens, c, g) && !marks.some((o) => o.value.k === 'group' && o.start > g.end && o.start < c.start && (c.start - o.end <= 5 && !a.s.tokens.slice(Math.max(0, o.start - 3), o.start).some((t) => APPOSITION.has(t.n)) && !affiliateApposition(a.s, marks, o) && !coordinated(a.s, g, o) && !translation(a.s, marks, o))));
      // ("claimed by a group calling itself X": the claim before the naming.)
      const named = selfNaming(a.s.tokens, g.start);
      // ("وتبنت جماعة تطلق على نفسها اسم X الهجوم": "a group calling itself X" between the claim and the name.)
      // ("ein Bekennerschreiben einer bislang unbekannten Gruppe namens X": the name right after a naming word.)
      const namedAs = NAMING.has(a.s.tokens[g.start - 1]?.n ?? '') || (INDEFINITE_OR_THE.has(a.s.tokens[g.start - 1]?.n ?? '') && NAMING.has(a.s.tokens[g.start - 2]?.n ?? ''));
      // ("L'attaque a été revendiquée dimanche matin par un groupe se présentant sous le nom de X": the claim's agent, a
      // group noun, introduces the name further on.)
      const agentGroup = (c: Mark): boolean => g.start - c.end <= 14 && a.s.tokens.slice(c.end, c.end + 5).some((x, j) => BY.has(x.n) && a.s.tokens.slice(c.end + j + 1, c.end + j + 3).some((y) => GROUP_NOUNS.has(y.n)));
      // ("L'attaque a été revendiquée dans la nuit par l'État islamique": the agent after an adverbial of time.)
      const agentBefore = BY.has(a.s.tokens[g.start - 1]?.n ?? '') || (BY.has(a.s.tokens[g.start - 2]?.n ?? '') && ARTICLE.has(a.s.tokens[g.start - 1]!.n));
      const claimBefore = claims.find((c) => c.end <= g.start && (g.start - c.end <= 4 || (named >= 0 && named - c.end <= 3) || (g.start - c.end <= 7 && (namedAs || a.s.tokens.slice(c.end, g.start).some((x) => SELF_WORDS.has(x.n)))) || agentGroup(c) || (agentBefore && g.start - c.end <= 8 && closingComma(a.s, c.end, g.start - c.end) < 0)) && !negatedClaim(noclaims, c) && !withheld(a.s.tokens, c.start) && !habitualObject(a.s.tokens, c, g));
      // ("accuses Rwanda of backing the M23": the blame is the country's, the group only its protégé.)
      // ("a attribué l'attaque à des membres de la coalition de gangs X": further when a group noun introduces the name.)
      const blameReach = GROUP_NOUNS.has(a.s.tokens[g.start - 1]?.n ?? '') ? 12 : 8;
      const blameBefore = marks.find((b) => b.value.k === 'blame' && b.end <= g.start && g.start - b.end <= blameReach && !officialNoun(a.s.tokens, b) && !otherObject(a.s, marks, b, g) && !withheld(a.s.tokens, b.start) && !marks.some((o) => (o.value.k === 'country' || o.value.k === 'city') && o.start >= b.end && o.end <= g.start && a.s.tokens.slice(o.end, g.start).some((x) => ACCUSED_OF.has(x.n))));
      // "crowds angered by the fall of Goma to M23 rebels attacked the embassies": the crowd's grievance, not the attacker.
      if (!claims.length && a.s.tokens.slice(Math.max(0, g.start - 12), g.start).some((x) => PROTEST.has(x.n) || ANGERED.has(x.n))) continue;
      // "the Haqqani network, an ally of the Taliban, carried out": skip the apposition after the group.
      let after = g.end;
      if (commaBefore(a.s, g.end) && RELATIVE.has(a.s.tokens[g.end]?.n ?? '')) {
        // "X, which bombed a court in 2003, is the main suspect": skip the relative clause.
        const clause = relativeClauses(a.s).find(([c]) => c === g.end - 1);
        if (clause) after = clause[1];
      // ("Kataib Hezbollah, the most powerful of the Iran-aligned militias, had planned and carried out the strike": an
      // apposition opened by an article, then the verb.)
      } else if (verbAt > 0 && verbAt < g.end + 13 && a.s.tokens.slice(g.end, verbAt).some((x) => APPOSITION.has(x.n) || (x === a.s.tokens[g.end] && APPOSITION_OPENERS.has(x.n)))) after = verbAt;
      // "X was behind", not "X said it was not behind".
      // (Not a record: "X has carried out attacks on both sides of the border", the bare plural.)
      const blameAfter = marks.find((b) => b.value.k === 'blame' && b.start >= after && b.start - after <= 4 && (a.s.tokens[b.start] as Token).n !== 'by' && !a.s.tokens.slice(after, b.start).some((x) => SELF_NEG.has(x.n)) && !accuses(a.s, after, b) && !othersResponsible(a.s.tokens, b) && !PLURAL_ATTACKS.has(a.s.tokens[b.end]?.n ?? ''));
      // "Al-Shabaab militants attacked", "a Taliban suicide bomber": the group names the attackers.
      const attackerNoun =
        // (As the subject or agent: not "Rwanda, which backs the M23 rebels advancing on Goma".)
        marks.some((x) => (x.value.k === 'attacker' || (x.value.k === 'cue' && x.value.type === 'suicide_attack')) && x.start >= g.end && x.start - g.end <= 1 && (x.value.k === 'cue' || g.start <= a.s.datelineTokens + 2 || BY.has(a.s.tokens[g.start - 1]?.n ?? '') || BY.has(a.s.tokens[g.start - 2]?.n ?? '') || marks.some((c) => c.value.k === 'cue' && c.start >= x.end && c.start - x.end <= 6))) ||
        attackersOf(a.s.tokens, marks, g) || subjectOfAttack(a.s, marks, g);
      const selfClaim = !strict && !inApposition && !claimAfter && !claimBefore && saysItDidIt(a, g);
      // "A caller said the bombing was the work of X": a claim made by telephone.
      const calledIn = !strict && byCaller && blameBefore !== undefined;
      // "A man who said he was speaking for X ... said the group had carried out the raid", "a statement in the
      // name of X claimed responsibility": someone speaking as the group.
      // "The group, which calls itself X, said it had targeted the consulate", "students who called themselves X said":
      // attackers naming themselves and speaking.
      // (Not the speaker after a closing quote: '"... a group calling itself X were behind the attack," the police spokesman said'.)
      const selfNamed = !strict && (selfNaming(a.s.tokens, g.start) >= 0 || a.s.tokens[g.end]?.n === 'nennt') && a.s.tokens.slice(g.end).some((x) => (SAID.has(x.n) || x.n === 'bekennt' || x.n === 'demanded') && !QUOTE_CLOSED.test(a.s.text.slice(a.s.tokens[g.end - 1]!.end, x.start)));
      const asTheGroup = (!inApposition && onBehalfOf(a.s.tokens, g.start) && (claims.length > 0 || marks.some((m) => m.value.k === 'blame' && OWN_BLAME_AFTER.has(a.s.tokens[m.start]!.n) && m.start > g.end && !a.s.tokens.slice(g.end, m.start).some((x) => SELF_NEG.has(x.n))))) || selfNamed;
      if (claimAfter || claimBefore || selfClaim || calledIn || asTheGroup || outlet) {
        claimed = true;
        claimEv = a.s.text;
        claimers.add(name);
      }
      // A name found by its head noun only as the object of blame: "blamed the X Front", not "the X Army said".
      const blamed = (g.value.own ? blameBefore !== undefined || (blameAfter !== undefined && OWN_BLAME_AFTER.has(a.s.tokens[blameAfter.start]!.n)) || attackersOf(a.s.tokens, marks, g) : blameBefore || blameAfter || attackerNoun || heldResponsible(a.s, g)) || blamedAsTheGroup(a.s.tokens, marks, g) ||
        // ("Police arrested three members of X", "X, which officials blamed for the attack, has yet to claim it".)
        membersBlamed(a, before, marks, g) || blamedInRelative(a.s, marks, g);
      // "X, an ally of the Taliban, carried out...", "a group linked to al-Qaeda": the group in apposition is not blamed.
      // "Militants loyal to X stormed", "the gunmen were linked to X": the attackers' own group, when none else is named.
      const tiedAttackers = !strict && inApposition && tiedToGroup(a.s.tokens, marks, g);
      // ("If al-Shabaab is confirmed to be behind it, ...": a condition names no one.)
      const conditional = CONDITIONAL.has(a.s.tokens[g.start - 1]?.n ?? '') || (ARTICLE_BEFORE_NAME.has(a.s.tokens[g.start - 1]?.n ?? '') && CONDITIONAL.has(a.s.tokens[g.start - 2]?.n ?? ''));
      if (claimAfter || claimBefore || selfClaim || asTheGroup || outlet || (!strict && !inApposition && !conditional && blamed) || tiedAttackers) {
        if (!groups.includes(name)) groups.push(name);
        groupEv ??= a.s.text;
      }
    }
    if (claimed !== true && claims.some((c) => !negatedClaim(noclaims, c) && a.s.tokens.slice(c.end, c.end + 3).some((t) => /^(responsibility|credit|responsabilite|responsabilidad|verantwortung)$/.test(t.n)))) {
      claimed = true;
      claimEv = a.s.text;
      claimedWithoutGroup = true;
    }
  }
  // "No group has claimed responsibility" anywhere in the article, unless that sentence is about another attack.
  if (claimed === null) {
    for (const a of full) {
      if (a.s.isTitle || a.s.noise) continue;
      // ("El EI reivindicó el año pasado un atentado ..., pero el ataque del domingo no ha sido reivindicado": a background
      // sentence counts by its last clause, when a turn or comma opens it and no background word or year is in it.)
      const from = all.includes(a) ? 0 : freshLastClause(a);
      if (from < 0) continue;
      const claims = a.marks.filter((m) => m.value.k === 'claim' && m.start >= from);
      // ("Ein Bekennerschreiben lag nach Angaben der Ermittler zunächst nicht vor": German puts "nicht" at the clause's end.)
      const hit = a.marks.some((n) => n.value.k === 'noclaim' && n.start >= from && (claims.some((c) => (c.start >= n.start && c.start - n.end <= 5) || (c.end <= n.start && n.start - c.end <= (a.s.tokens[n.start]!.n === 'nicht' ? 8 : 3))) || /claim|revendi|reivindi|pronunci|forward|bekenn|bekann|تبن|مسؤولي/.test(a.s.tokens.slice(n.start, n.end).map((x) => x.n).join(' '))));
      if (hit) { claimed = false; claimEv = a.s.text; break; }
    }
  }
  // A claim withdrawn by its group, a group ruled out: neither claimed nor blamed any more.
  for (const name of retracted) if (claimers.has(name)) dropped.add(name);
  for (const name of dropped) {
    const at = groups.indexOf(name);
    if (at >= 0) groups.splice(at, 1);
    claimers.delete(name);
  }
  if (dropped.size > 0 && claimed === true && claimers.size === 0 && !claimedWithoutGroup) claimed = null;
  facts.perpetrators = groups;
  facts.claimed = claimed;
  if (groupEv) ev.perpetrators = groupEv;
  if (claimEv) ev.claimed = claimEv;
}
