// Sentence by sentence: does it report an attack on a mission? Links a mission to an attack cue
// and weighs the frames (threats, trials, the past, denials, speakers) that block the link.
import * as L from './lexicon.js';
import type { FrameKind } from './lexicon.js';
import { codeAt, commaBetween, isCapitalized, mayHold, PhraseIndex, type Sentence, type Token, WORD } from './text.js';
import { datesIn, PART_OF_DAY } from './dates.js';
import { beforeMissionNoun, datedBack, periodsLater, districtOfMissions, grievance, grievanceBefore, habitualHistory, partOf, placedAt, placedAtOther, saysItWasHit, semicolonBetween, semicolonSplit } from './background.js';
import { type Analysis, extraMarks, has, type Mark, markSentence, type Tag } from './marks.js';
import { AFTER, AGAINST, ANNIVERSARY, APPROACH, ARABIC, AT, AT_MISSION, BY, CONTRAST, COORD, DEFINITE, DESCRIBED_AS_GROUP, IN_PLACE, LIST_INTRO, LONG_WEEKDAY_STEMS, LOOTED, MISSION_NOUNS, MISSION_PART, MONTHISH, NAMES_ITSELF, NAMING, NO_CUE, NO_DETERMINERS, NOT, PART_ADJ, PLURAL_ATTACKS, PERIMETER, PREP_IN, RECENT, RELATIVE, RELATIVE_WORDS_EN, RESIDENCE, SINCE, SKIP_BEFORE, SPEAKER_VERBS, SUBJECT_PRONOUNS, V2_AUX, WEEKDAY_KEYS, WHOSE, YEARISH } from './words.js';

/** "two days ago", "3 days ago": at most a week back. */
export function fewDaysBefore(tokens: readonly Token[], ago: number): boolean {
  const unit = tokens[ago - 1]?.n;
  if (unit !== 'days' && unit !== 'day') return false;
  const n = tokens[ago - 2]?.n ?? '';
  const v = /^\d{1,2}$/.test(n) ? Number(n) : L.NUMBER_WORDS[n];
  return v !== undefined && v >= 1 && v <= 7;
}
const ATTACKER_NOUNS = new Set(L.ATTACKER_WORDS);
/** The police just before "raided" as its subject (not "police said militants raided"). */
export function policeRaid(t: readonly Token[], at: number): boolean {
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
export function distanceFrom(t: readonly Token[], m: Mark): boolean {
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
/** Prepositions of a toll "in an attack": "killed on Monday in an attack on", "tués dans une attaque contre". */
const IN_ATTACK = new Set(['in', 'during', 'dans', 'lors', 'en', 'durante', 'bei', 'em', 'nel', 'nell', 'في', 'خلال']);
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
const NO_MISSION = new Set([...NO_DETERMINERS, 'neither']);
const NEITHER = new Set(['neither', 'nor', 'ni', 'weder']);
/** "the old embassy building", "l'ancienne ambassade", "die ehemalige Botschaft": a former site, its attack an old one. */
const FORMER = new Set(['old', 'former', 'ancienne', 'ancien', 'antigua', 'antiguo', 'ehemalige', 'ehemaligen', 'alte', 'alten', 'سابقه', 'قديمه']);
/** "A retired Nigerian ambassador", "the ex-envoy", "l'ancien ambassadeur": no diplomat at a mission any more (a robbery at his home is no attack on one). */
// (Not FORMER's "old": "a 60-year-old ambassador" is serving.)
const RETIRED = new Set(['retired', 'former', 'ex', 'onetime', 'erstwhile', 'retraite', 'ancien', 'jubilado', 'retirado', 'exembajador', 'ehemalige', 'ehemaliger', 'ehemaligen', 'pensionierte', 'pensionierter']);
function retiredDiplomat(t: readonly Token[], marks: readonly Mark[], m: Mark): boolean {
  const country = marks.find((x) => x.value.k === 'country' && x.end === m.start);
  return RETIRED.has(t[(country?.start ?? m.start) - 1]?.n ?? '');
}
/** A negation at token k: "not", "no", ..., or the "t" of "didn't". */
// (Functions at module level, not closures: tsx keeps names, and naming a closure made at every call was a defineProperty.)
function notAt(t: readonly Token[], k: number): boolean {
  return NOT.has(t[k]?.n ?? '') || (t[k]?.n === 't' && /n$/.test(t[k - 1]?.n ?? ''));
}
/** "The embassy itself was not hit", "None of the diplomatic missions was targeted", "no embassy was attacked". */
/** "no arrests over gunfire", "no motive for the shooting": the negation is of the noun before the preposition. */
const ABOUT_PREP = new Set(['over', 'for', 'after', 'following', 'since', 'about', 'despite']);
function negatedLink(t: readonly Token[], m: Mark, c: Mark): boolean {
  for (let k = c.start - 1; k >= Math.max(0, c.start - 3); k--) {
    if (ABOUT_PREP.has(t[k]!.n)) break;
    // ("the mission was neither targeted nor damaged", "no ha sufrido ningún ataque")
    if (notAt(t, k) || NEITHER.has(t[k]!.n) || (k === c.start - 1 && NO_CUE.has(t[k]!.n))) return true;
    if (k < m.end && c.start > m.end) break;
  }
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    const n = t[k]!.n;
    if (NO_MISSION.has(n) && m.start - k <= 3) return true;
    if (n === 'none' && t[k + 1]?.n === 'of') return true;
  }
  // "the attack did not target any diplomatic mission", "الهجوم لم يستهدف أي بعثة": denied between the two.
  if (c.end <= m.start && m.start - c.end <= 6) for (let k = c.end; k < m.start; k++) if (notAt(t, k)) return true;
  // "The consulate was not affected by Monday's attack": the mission spared by the attack named after it.
  if (m.end <= c.start && c.start - m.end <= 10) {
    for (let k = m.end; k < c.start - 1; k++) if ((notAt(t, k) && UNHARMED_BY.has(t[k + 1]?.n ?? '')) || UNAFFECTED.has(t[k]!.n)) return true;
    // "The embassy did not sustain any damage in the blast", "sustained no damage", "n'a subi aucun dégât".
    for (let k = m.end; k < c.start - 1; k++) if ((notAt(t, k) || NO_DAMAGE_DET.has(t[k]!.n)) && t.slice(k + 1, Math.min(c.start, k + 4)).some((x) => DAMAGE.has(x.n))) return true;
  }
  return false;
}
const PAST_ADJ = new Set(['past', 'previous', 'prior', 'anteriores', 'anterior', 'precedentes', 'frueheren', 'fruheren', 'vergangenen']);
const MISSION_STAFF = new Set(['employee', 'employees', 'staff', 'staffer', 'staffers', 'driver', 'drivers', 'worker', 'workers', 'personnel', 'official', 'officials']);
/** A mission noun naming people ("embassy employees") after an attack word whose object, right after it, is another place. */
function staffElsewhere(t: readonly Token[], marks: Mark[], cues: Mark[], m: Mark): boolean {
  if (!MISSION_STAFF.has(t[m.end]?.n ?? '')) return false;
  return marks.some((o) => o.value.k === 'other' && o.end <= m.start && !PERIMETER.has(t[o.start]!.n) &&
    cues.some((c) => c.value.k === 'cue' && c.end <= o.start && o.start - c.end <= 2));
}
/** "against the premises of the Embassy": the mission's grounds right after "against". */
function againstGrounds(t: readonly Token[], m: Mark): boolean {
  const k = t[m.start - 1]?.n === 'the' || t[m.start - 1]?.n === 'la' || t[m.start - 1]?.n === 'l' ? m.start - 2 : m.start - 1;
  return k >= 2 && (t[k]!.n === 'of' || t[k]!.n === 'de') && MISSION_NOUNS.has(t[k - 1]!.n) && (AGAINST.has(t[k - 2]!.n) || AGAINST.has(t[k - 3]?.n ?? ''));
}
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
/**
 * What a mission does in answer to an attack: closes, suspends, restricts its staff or reopens ("US Embassy restricts
 * staff travel after militants overrun army post", "Saudi embassy in Kabul fully reopens after last year's bombing").
 */
const MISSION_RESPONSE = new Set(['closed', 'shut', 'shuts', 'closes', 'closing', 'suspended', 'suspends', 'reopens', 'reopened', 'reopening', 'rouvre', 'reabre', 'reabrio', 'restricts', 'restricted', 'restricting', 'bars', 'barred', 'tightens', 'tightened', 'restreint', 'restringe', 'restringio', 'beschrankt', 'ferme', 'fermee', 'fermees', 'fermera', 'cerrada', 'cerrado', 'cierra', 'cerro', 'cerraron', 'geschlossen', 'schliesst', 'schloss', 'اغلقت', 'تغلق', 'اغلاق', 'مغلقه']);
// (Arabic "with": "تستقبل عشرات المواطنين مع تجدد الاشتباكات", receives citizens with the clashes renewed.)
const AMID = new Set(['amid', 'during', 'durant', 'pendant', 'durante', 'wahrend', 'inmitten', 'وسط', 'خلال', 'مع']);
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
/** The mission's response (MISSION_RESPONSE) to an attack told after "after": the attack hit elsewhere. */
function respondsAfter(t: readonly Token[], m: Mark, c: Mark): boolean {
  if (c.start < m.end) return false;
  if (!t.slice(Math.max(m.end, c.start - 4), c.start).some((x) => AFTER.has(x.n))) return false;
  for (let k = m.end; k < Math.min(t.length, c.end + 12); k++) if (MISSION_RESPONSE.has(t[k]!.n)) return true;
  return false;
}
const SEIZED = new Set(['seized', 'recovered', 'confiscated', 'discovered', 'saisi', 'saisis', 'saisies', 'decouvert', 'incautaron', 'incautados', 'decomisaron', 'hallaron', 'hallo', 'encontro', 'encontraron', 'incauto', 'trouve', 'trouves', 'gefunden', 'fanden', 'beschlagnahmt', 'beschlagnahmten', 'sichergestellt', 'ضبط', 'ضبطت']);
const SEIZED_AUX = new Set(['was', 'were', 'been', 'ete', 'fue', 'fueron', 'wurde', 'wurden']);
export function seizedBefore(t: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) if (SEIZED.has(t[k]!.n)) return true;
  return false;
}
/** "a suicide vest, three Kalashnikovs and a bag of magazines were recovered from the attackers": found, never used. */
export function seizedAfter(t: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(t.length - 1, end + 10); k++) if (SEIZED_AUX.has(t[k]!.n) && (SEIZED.has(t[k + 1]!.n) || t[k + 1]!.n === 'found')) return true;
  return false;
}
// ("Embassy blast-proofing market booms": a trade in protection, no blast.)
const BLAST_PROTECTION = new Set(['walls', 'wall', 'barriers', 'barrier', 'doors', 'door', 'proof', 'proofing', 'proofed', 'resistant', 'film', 'windows', 'shields', 'mitigation']);
const RUINED = new Set(['blackened', 'charred', 'gutted', 'burnt-out', 'burned-out', 'empty', 'hollow', 'hollowed-out', 'smouldering', 'smoldering', 'concrete', 'bare']);
/** "the blast walls that now surround embassies", "the chancery was a blackened shell": protection and ruins, no attack. */
export function protectiveOrRuin(t: readonly Token[], i: number): boolean {
  const n = t[i]!.n;
  // "its counter-rocket system", "anti-drone guns", "missile defence": protection against the weapon.
  if (t[i - 1]?.n === 'counter' || t[i - 1]?.n === 'anti' || t[i + 1]?.n === 'defence' || t[i + 1]?.n === 'defense') return true;
  if (n === 'blast') return BLAST_PROTECTION.has(t[i + 1]?.n ?? '');
  if (n === 'shell') return RUINED.has(t[i - 1]?.n ?? '') || /^compan|^corporation/.test(t[i + 1]?.n ?? '');
  return false;
}
const ON = new Set([...AGAINST, 'on', 'auf', 'sur', 'على']);
/** "the attack on the embassy", "den Anschlag vom Samstag auf die Botschaft": the mission is the attack's object. */
function attackOn(t: readonly Token[], c: Mark, m: Mark): boolean {
  return c.end <= m.start && m.start - c.end <= 6 && t.slice(c.end, m.start).some((x) => ON.has(x.n));
}
const CONDEMN = /^(condemn|denounc|deplor|condolence|condamn|denonc|conden|verurteil|ادان|تدين|يدين|استنكر)/;
/** A condemnation verb (with its Arabic conjunction too: "وأدانت"). */
function condemns(w: Token): boolean {
  return CONDEMN.test(w.n) || (w.alt !== undefined && CONDEMN.test(w.alt));
}
/** Every token from `from` to `to` is in a mission or country mark. */
function missionsBetween(marks: Mark[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!marks.some((x) => (x.value.k === 'mission' || x.value.k === 'country') && x.start <= k && x.end > k)) return false;
  return true;
}
/** A condemnation verb within a few words after the mission noun, its subject ("the embassy condemned"). */
function condemnsAfter(s: Sentence, frames: Mark[], m: Mark, marks: Mark[]): boolean {
  // Arabic puts the verb first: "أدانت سفارات" ("condemned embassies").
  // ("وأدانت السفارة القطرية والسفارة التركية": the second of two missions joined after the verb.)
  return frames.some((f) => f.value.k === 'frame' && f.value.kind === 'speaker' && condemns(s.tokens[f.start]!) && ((f.start >= m.end && f.start - m.end <= 4) || (f.end <= m.start && (m.start - f.end <= 1 || (m.start - f.end <= 4 && missionsBetween(marks, f.end, m.start))))));
}
/** A weekday or a relative day in the sentence: the event it tells is dated against the publication. */
export function anchoredRecent(s: Sentence): boolean {
  return (s.memo.anchored ??= mayHold(s, WORD.recentDay) && s.tokens.some((t, i) => (RECENT.has(t.n) && !YEARS_AGO.has(s.tokens[i - 1]?.n ?? '')) || WEEKDAY_KEYS.has(t.n) || (t.n.length > 6 && LONG_WEEKDAY_STEMS.some((w) => t.n.startsWith(w)))));
}
/** "Forty-three years ago today", "il y a quarante ans aujourd'hui": the day's anniversary, not a recent day. */
const YEARS_AGO = new Set(['ago', 'ans', 'anos']);
/** "At least six were killed in Monday's blast", "The death toll rose to 22 today": a toll of this story's attack. */
export function tollUpdate(s: Sentence): boolean {
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
const BORN = new Set(['born', 'ne', 'nee', 'nacido', 'nacida', 'geboren', 'مواليد']);
/** "the first attack on a foreign mission since the 2011 revolution": a year that measures, not an earlier event. */
const WHEN = new Set(['when', 'lorsque', 'quand', 'cuando', 'als']);
const WHEN_ATTACK = new Set(['assault', 'attack', 'attacked', 'bombing', 'bombed', 'stormed', 'hit', 'struck', 'blast', 'explosion', 'gunmen', 'attaque', 'attentat', 'assaut', 'ataque', 'atentado', 'asalto', 'anschlag', 'angriff', 'هجوم',
  // ("Since the 2018 attacks on the French embassy and army headquarters, militants have ...": the plural too.)
  'attacks', 'assaults', 'bombings', 'blasts', 'attaques', 'attentats', 'ataques', 'atentados', 'anschlage', 'angriffe', 'هجمات',
  // ("desde noviembre de 2022, cuando una carta bomba estalló en la embajada": a bomb or its blast in each language.)
  'bomb', 'exploded', 'bombe', 'explose', 'bomba', 'estallo', 'exploto', 'explodierte', 'sprengsatz', 'انفجر', 'انفجار',
  // ("since September 2022, when a suicide bomber killed two Russian embassy staff": the attacker or the toll.)
  'bomber', 'bombers', 'gunman', 'killed', 'torched', 'rockets', 'kamikaze', 'tue', 'tues', 'mato', 'mataron', 'getotet', 'selbstmordattentater', 'انتحاري', 'قتل',
  // ("since November 2018, when three militants tried to storm the Chinese consulate".)
  'militants', 'attackers', 'assailants', 'fighters', 'storm', 'opened', 'shot', 'mob', 'protesters']);
/** "which the Taliban has been fighting since it returned to power in August 2021": a date in a clause opened by "since". */
export function sinceClauseBefore(toks: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 9); k--) if (SINCE.has(toks[k]!.n) && SUBJECT_PRONOUNS.has(toks[k + 1]?.n ?? '')) return true;
  return false;
}
export function sinceYear(toks: readonly Token[], i: number): boolean {
  // (Not "since March 2018, when a coordinated assault hit the French embassy": the clause tells that older attack.)
  // ("since September 2022, when two Russian embassy employees were among six people killed in a bombing".)
  if (WHEN.has(toks[i + 1]?.n ?? '') && toks.slice(i + 2, i + 14).some((x) => WHEN_ATTACK.has(x.n))) return false;
  // (Nor "the first such attack since the September 2022 bombing outside the Russian embassy": the year of an event.)
  if (WHEN_ATTACK.has(toks[i + 1]?.n ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (SINCE.has(toks[k]!.n)) return true;
  if (sinceClauseBefore(toks, i)) return true;
  // "a citizen born in 1992": a person's age, no earlier event.
  if (BORN.has(toks[i - 1]?.n ?? '') || BORN.has(toks[i - 2]?.n ?? '')) return true;
  return false;
}
/** True when a comma stands between token k-1 and token k. */
export function commaBefore(s: Sentence, k: number): boolean {
  return commaBetween(s.text, s.tokens, k);
}
const ON_DAY = new Set(['on', 'am', 'le', 'el', 'en', 'au', 'marking']);
const ANNIVERSARY_OF = new Set(['of', 'des', 'der', 'de', 'du', 'del']);
/** Where "on" opens "on the anniversary ..." / "on Olympic attack anniversary" at token i, or -1. */
function anniversaryDate(t: readonly Token[], i: number): number {
  if (!ANNIVERSARY.has(t[i]?.n ?? '')) return -1;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (ON_DAY.has(t[k]!.n)) return k;
  return -1;
}
/** Participles that go on describing a group's origin: "the armed wing set up by the NUG after the 2021 coup". */
const GROUP_ORIGIN = new Set(['set', 'formed', 'founded', 'created', 'established', 'launched', 'based', 'linked', 'backed']);
export function relativeClauses(s: Sentence): [number, number][] {
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
        if (YEARISH.test(toks[k]!.n)) break;
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
    // ("in the early hours of Tuesday, 6th October 2026, a group of about five armed men forced their way": a date.)
    if (L.WEEKDAYS[toks[i - 1]!.n] !== undefined || L.MONTHS[toks[i - 1]!.n] !== undefined || YEARISH.test(toks[i - 1]!.n)) continue;
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
const NAMESAKE_OPENERS = new Set(['after', 'honouring', 'honoring', 'commemorating', 'apres', 'por']);
/**
 * "The group, calling itself the Célula Insurreccional Severino Di Giovanni, after an Italian-born anarchist executed
 * in 1931, said ...": a year in the aside telling whom a self-named group is named after.
 */
function namesakeYear(s: Sentence, i: number): boolean {
  const t = s.tokens;
  for (let k = i - 1; k >= Math.max(2, i - 12); k--) {
    if (!commaBefore(s, k)) continue;
    return NAMESAKE_OPENERS.has(t[k]!.n) && isCapitalized(t[k - 1]!) && t.slice(Math.max(0, k - 12), k).some((x) => NAMES_ITSELF.has(x.n) || NAMING.has(x.n));
  }
  return false;
}
const YEAR_LEAD = new Set(['in', 'en', 'im', 'the', 'la', 'le', 'el', 'les', 'los', 'las', 'der', 'die', 'das', 'des', 'a', 'an', 'l', 'since', 'until', 'from', 'ende', 'anfang', 'mitte', 'sommer', 'winter', 'herbst', 'fruhjahr', 'fruhling', 'jahr', 'jahres', 'spring', 'summer', 'autumn', 'fall', 'ete', 'hiver', 'printemps', 'automne', 'verano', 'invierno', 'otono', 'primavera']);
/** Ethiopian months: Ethiopian papers date by their own calendar, seven or eight years behind ("Sene 16, 2018"). */
const ETHIOPIAN_MONTHS = new Set(['meskerem', 'tikimt', 'tikemt', 'hidar', 'tahsas', 'tir', 'yekatit', 'megabit', 'miyazia', 'miyazya', 'ginbot', 'sene', 'hamle', 'nehase', 'pagume']);
/** A year right after an Ethiopian month and day: no Gregorian year, no earlier event. */
function ethiopianYear(toks: readonly Token[], i: number): boolean {
  return (ETHIOPIAN_MONTHS.has(toks[i - 2]?.n ?? '') && dayNumberAt(toks, i - 1)) || (dayNumberAt(toks, i - 2) && ETHIOPIAN_MONTHS.has(toks[i - 1]?.n ?? ''));
}
function dayNumberAt(toks: readonly Token[], k: number): boolean {
  return /^\d{1,2}$/.test(toks[k]?.n ?? '');
}
/** "shortly after 8:00 pm (2000 GMT)", "at 1930 local time", "um 2100 Uhr": a wire's clock time, no year. */
const CLOCK_AFTER = new Set(['gmt', 'utc', 'hrs', 'hours', 'uhr', 'local', 'heure', 'heures', 'horas', 'hora', 'zulu']);
function clockTime(toks: readonly Token[], i: number): boolean {
  return CLOCK_AFTER.has(toks[i + 1]?.n ?? '') && Number(toks[i]!.n.slice(2)) < 60;
}
/** A year before the publication's named in the sentence ("in 2019", "the 2012 attack"). */
export function pastYearIn(s: Sentence, pubYear: number | null): boolean {
  return pubYear !== null && yearsIn(s).some((y) => y < pubYear);
}
export function yearsIn(s: Sentence): number[] {
  if (s.memo.years) return s.memo.years;
  const ys: number[] = [];
  const toks = s.tokens;
  let rel: [number, number][] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // (The length first: one load, where most words fail.)
    if (t.n.length !== 4) continue;
    const c = codeAt(t.n, 0);
    if ((c === 49 || c === 50) && YEARISH.test(t.n) && !sinceYear(toks, i) && !namedByYear(s, i) && !namesakeYear(s, i) && !ethiopianYear(toks, i) && !clockTime(toks, i) && !(rel ??= relativeClauses(s)).some(([a, b]) => i > a && i < b)) ys.push(Number(t.n));
  }
  s.memo.years = ys;
  return ys;
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
/** A common crime against a person: "carjacking", "robbery", "braquage", "atraco", "Raubüberfall", "سطو". */
const CRIME = new Set(['carjacking', 'carjacked', 'carjackers', 'robbery', 'robbers', 'robbed', 'mugging', 'mugged', 'muggers', 'burglary', 'burglars', 'braquage', 'braqueurs', 'cambriolage', 'atraco', 'atracadores', 'robo', 'raububerfall', 'raububerfalls', 'rauber', 'سطو']);
const WORKS_AT = new Set(['at', 'of', 'with', 'in']);
/** The mission inside ", a/an <role> at <mission> ...," between two commas, the cue after the closing one. */
function workplaceAside(s: Sentence, m: Mark, c: Mark): boolean {
  const t = s.tokens;
  // ("at Zambia's High Commission": the owner between.)
  if (!t.slice(Math.max(0, m.start - 4), m.start).some((x) => WORKS_AT.has(x.n))) return false;
  let open = -1;
  for (let k = m.start - 1; k >= Math.max(1, m.start - 6); k--) if (commaBefore(s, k)) { open = k; break; }
  if (open < 1 || (t[open]!.n !== 'a' && t[open]!.n !== 'an')) return false;
  for (let k = m.end; k < c.start; k++) if (commaBefore(s, k)) return true;
  return false;
}
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
/** A possessive that takes up the mission, followed by one of its parts: the token after the part, else -1. */
export function possessivePart(t: readonly Token[], k: number): number {
  const x = t[k]!;
  // (Arabic joins the pronoun to the noun: "بوابتها", "its gate".)
  if (ARABIC.test(x.n)) return MISSION_PART.has(x.n) ? k + 1 : -1;
  if (!ITS.has(x.n) && !WHOSE.has(x.n)) return -1;
  let j = k + 1;
  if (WHOSE.has(x.n) && DEFINITE.has(t[j]?.n ?? '')) j++;
  if (PART_ADJ.has(t[j]?.n ?? '')) j++;
  return MISSION_PART.has(t[j]?.n ?? '') ? j + 1 : -1;
}
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
export function contrastedAway(s: Sentence, marks: Mark[], m: Mark): boolean {
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
/** "a été la cible de", "was the target of", "fue blanco de", "Ziel eines Angriffs". */
const TARGET_OF = new Set(['cible', 'target', 'blanco', 'objeto', 'objet', 'ziel']);
/** A record's attacks: any plural attack word, and strikes. */
const RECORD_ATTACKS = new Set([...PLURAL_ATTACKS, 'strikes', 'هجمات']);
const ACCUSED_OF = new Map([['accused', 'of'], ['suspected', 'of'], ['blamed', 'for'], ['wanted', 'for'], ['responsible', 'for']]);
/**
 * "a commander whom U.S. officials had accused of directing rocket and drone attacks on the U.S. Embassy", "killed a
 * commander accused of embassy rocket attacks": the mission inside a person's record of attacks (plural), not an event.
 */
function inAttackRecord(t: readonly Token[], m: Mark): boolean {
  for (let p = Math.max(0, m.start - 12); p < m.start; p++) {
    if (ACCUSED_OF.get(t[p]!.n) !== t[p + 1]?.n) continue;
    for (let q = p + 2; q <= p + 8 && q < t.length; q++) if (RECORD_ATTACKS.has(t[q]!.n)) return m.start > q ? m.start - q <= 4 : true;
  }
  return false;
}
const CALLED = new Set(['called', 'calls', 'described', 'describes', 'termed', 'branded', 'labelled', 'labeled', 'qualifie', 'qualified', 'califico', 'calificaron', 'nannte', 'bezeichnete']);
const OPENED = new Set(['opened', 'opens', 'ouvert', 'ouvre', 'abrio', 'abre', 'eroffnete', 'eroffnet']);
const FIRE_AUX = new Set(['has', 'had', 'have', 'a', 'avait', 'ha', 'habia', 'hat', 'hatte']);
const SUBJECT_DET = new Set(['the', 'this', 'that', 'its', 'their', 'our', 'cette', 'cet', 'ce', 'l', 'la', 'le', 'votre', 'notre', 'esta', 'este', 'el', 'su', 'diese', 'die']);
/**
 * "« Cette ambassade a ouvert le feu sur notre souveraineté »", "the embassy has opened fire on our government": the
 * mission opening the clause is the one that fires (a figure of speech), not the target.
 */
function missionFires(s: Sentence, m: Mark, c: Mark): boolean {
  const t = s.tokens;
  let k = m.end;
  while (k < c.end && FIRE_AUX.has(t[k]!.n)) k++;
  if (k < c.start || !OPENED.has(t[k]!.n)) return false;
  const j = m.start > 0 && SUBJECT_DET.has(t[m.start - 1]!.n) ? m.start - 1 : m.start;
  return j === 0 || /[«"“,;:(]\s*$/.test(s.text.slice(0, t[j]!.start));
}
const BURN = /^(burn|set|torch|ablaze|احرق|واحرق|brul|incendi|quem|verbrann|angez)/;
const ROOM = new Set(['area', 'areas', 'building', 'hall', 'room', 'desk', 'block', 'centre', 'center']);
const SYMBOLS = new Set(['flag', 'flags', 'effigy', 'effigies', 'portrait', 'portraits', 'drapeau', 'drapeaux', 'bandera', 'banderas', 'flagge', 'flaggen', 'fahne', 'fahnen', 'علم', 'اعلام', 'صور']);
/** The extra words of the country, city and group names between lo and hi. */
function namesWithin(marks: Mark[], lo: number, hi: number): number {
  let extra = 0;
  for (const x of marks) if ((x.value.k === 'country' || x.value.k === 'city' || x.value.k === 'group') && x.start >= lo && x.end <= hi) extra += x.end - x.start - 1;
  return extra;
}
/** How many tokens from a mission/attack pair a frame word (trial, threat, cyber...) still governs it. */
const FRAME_REACH = 15;
const IMPACT_AFTER = new Set(['into', 'onto', 'through', 'in']);
/** The verbal-frame words that are also verbs of impact ("slammed into"); not "interference in next year's elections". */
const IMPACT_VERBAL = new Set(['slammed', 'slams', 'slam']);
/** "Several hundred football fans attacked the embassy": a crowd named by its sport, no sports page. */
const FANS = new Set(['fans', 'supporters', 'hooligans', 'ultras', 'hinchas', 'aficionados', 'anhanger', 'jeunes']);
/** The Arabic "carried out by" of a passive's agent: "لهجوم ... نفذه مسلحون". */
const AGENT_AR = new Set(['نفذه', 'نفذها', 'شنه', 'شنها']);
export function analyse(idx: PhraseIndex<Tag>, s: Sentence, pubYear: number | null, pubDay: Date | null): Analysis {
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
  const old = datedBack(s, pubYear) || habitualHistory(s) || periodsLater(s);
  // "the embassy, whose gate was set on fire by militia supporters, said": the antecedent's past, not
  // news, unless the clause dates it ("which came under rocket fire on Sunday").
  const rel = relativeClauses(s).filter(([c0, c1]) => !s.tokens.slice(c0 + 1, c1).some((t) => RECENT.has(t.n) || L.WEEKDAYS[t.n] !== undefined));
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
    if (inAttackRecord(s.tokens, m)) { a.blockedFrame = 'past'; continue; }
    // "gunmen ambush EU ambassador's convoy": the diplomat's vehicle on a road is the target, not his mission.
    if (sub === 'diplomat' && s.tokens[m.end]?.n === 's' && marks.some((o) => o.value.k === 'other' && o.start === m.end + 1)) continue;
    if (FORMER.has(s.tokens[m.start - 1]?.n ?? '') || (ARABIC.test(s.tokens[m.start]!.n) && FORMER.has(s.tokens[m.end]?.n ?? '')) || (sub === 'diplomat' && retiredDiplomat(s.tokens, marks, m))) { a.blockedFrame = 'old'; continue; }
    // "stormed a hotel ..., killing nine people, including two embassy employees who were dining there, before security
    // forces ended the siege": the mission's people, victims where the attack's object is another place.
    if (staffElsewhere(s.tokens, marks, cues, m)) continue;
    for (const c of cues) {
      if (c.value.k !== 'cue') continue;
      // "blamed for past rocket fire on Baghdad embassy", "previous attacks on the mission": an attack of the record.
      if (PAST_ADJ.has(s.tokens[c.start - 1]?.n ?? '')) { a.blockedFrame = 'past'; continue; }
      // "The embassy, located 1.2 kilometres from the site of the blast, ...": the attack as a distance away.
      if (m.end <= c.start && distanceFrom(s.tokens, c)) continue;
      if (sub === 'diplomat' && c.value.strength < 2) continue;
      const lo = Math.min(m.end, c.end);
      const hi = Math.max(m.start, c.start);
      // ("rammed an explosives-laden minibus into the outer gate of the United Arab Emirates embassy": a name of
      // several words between the cue and the mission after it counts as one.)
      const gap = hi - lo > 10 && c.end <= m.start ? hi - lo - namesWithin(marks, lo, hi) : hi - lo;
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
      // ("la résidence de Son Excellence l'Ambassadeur de la République de Djibouti ..., à Addis-Abeba, a été la cible de
      // tirs nourris": the mission, a long title after it, then what it was the target of.)
      // ("l'attaque dont a été la cible, dans la soirée du 6 octobre, le consulat général": the attack whose target the
      // mission was, named after it.)
      const targetOf = sub === 'mission' && gap > 10 && gap <= 30 && ((m.end <= c.start && s.tokens.slice(Math.max(m.end, c.start - 3), c.start).some((x) => TARGET_OF.has(x.n))) || (c.end <= m.start && s.tokens[c.end]?.n === 'dont' && s.tokens.slice(c.end, c.end + 5).some((x) => TARGET_OF.has(x.n))));
      if (!owned && !approached && !fronted && !listed && !targetOf && gap > (sub === 'diplomat' ? 6 : 10) && (sub === 'diplomat' || gap > 18 || c.end > m.start || !(s.tokens.slice(Math.max(0, m.start - 3), m.start).some((x) => AGAINST.has(x.n)) || againstGrounds(s.tokens, m) || onChain(s, c, m)))) continue;
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
      // ("Rockets hit the embassy on Monday, days after a large rally against foreign troops": a gathering the attack
      // came after is no part of it.)
      if (peaceful && !violent && !(peaceful.start >= to && s.tokens.slice(to, peaceful.start).some((x) => AFTER.has(x.n)))) { a.blockedFrame = 'peaceful'; continue; }
      if (old) { a.blockedFrame = 'old'; continue; }
      // (The cue inside a relative clause.)
      if (rel.some(([c0, c1]) => c.start > c0 && c.end <= c1) || whoseClauseDated(s.tokens, c, m)) { a.blockedFrame = 'past'; continue; }
      // ("Gunmen storm hotel in district that houses embassies; siege ends after six hours": a headline's semicolon
      // starts another headline clause.)
      if (s.isTitle && s.text.slice(s.tokens[Math.min(m.end, c.end) - 1]!.end, s.tokens[Math.max(m.start, c.start)]!.start).includes(';')) continue;
      // The frame word overlapping the cue ("heart attack") already blocks via sentenceFrame.
      // ("hits a checkpoint outside the Chadian embassy": a target at the mission is the mission's.)
      // ("torched the visa office of the Swedish embassy": a part of the mission.)
      // ("attacked a police station and the Kenyan consulate": two objects of one verb.)
      if (marks.some((o) => o.value.k === 'other' && o.start >= lo && o.end <= hi && !(PERIMETER.has(s.tokens[o.start]!.n) && AT_MISSION.has(s.tokens[o.end]?.n ?? '')) && !partOf(s.tokens, marks, o, m) && !(c.end <= o.start && coordinatedOther(s.tokens, marks, o, m)))) continue;
      // "The gunmen, who had earlier driven past the embassy, attacked the bank": the mission inside a clause on the
      // attacker, the attack word its antecedent or the main verb after it.
      if (missionInAttackerClause(s, marks, cues, c, m)) continue;
      // "The man, a first secretary at Zambia's High Commission in Pretoria, was approached by two armed men ...": the
      // mission names a person's workplace, in an aside; what happened to him happened elsewhere.
      if (c.start > m.end && workplaceAside(s, m, c)) continue;
      // "A Zambian diplomat was shot dead in an apparent carjacking outside a shopping centre": a crime against a
      // person, not an attack on the mission.
      if (sub === 'diplomat' && s.tokens.slice(Math.max(0, from - 8), to + 8).some((x) => CRIME.has(x.n))) continue;
      // "قالت السفارة الفرنسية إن مسلحين هاجموا سوقا": the mission speaks, in Arabic word order.
      if (arabicSpeaker(s.tokens, m, c) || (m.end <= c.start && missionFires(s, m, c))) continue;
      // "Pakistan's embassy called the bombing \"a cowardly act\"": the mission names the attack, as a speaker.
      if (m.end + 2 <= c.start && c.start - m.end <= 3 && CALLED.has(s.tokens[m.end]!.n) && DEFINITE.has(s.tokens[c.start - 1]!.n)) { a.blockedFrame = 'speaker'; continue; }
      // ("detonated it as guards approached him outside the Iranian embassy": the place of the whole event.)
      if (has(marks, 'break', lo, hi) && !(c.end <= m.start && placedAt(s.tokens, marks, m)) && !approached) continue;
      // ("The Ukrainian consulate said an intruder had smashed its windows": the speaking mission tells of its own parts.)
      if (m.start < c.start && frames.some((f) => f.value.kind === 'speaker' && f.start >= m.end && f.start < c.start) && !saysItWasHit(s.tokens, c) && !possessiveLink(s.tokens, marks, c, m)) continue;
      // "Attaque à Ouagadougou : l'ambassade de France condamne": the mission is the subject of a condemnation.
      // (Not "hat den Anschlag auf die deutsche Botschaft scharf verurteilt": the attack's object, someone else condemns.)
      if (!attackOn(s.tokens, c, m) && condemnsAfter(s, frames, m, marks)) { a.blockedFrame = 'speaker'; continue; }
      if (frames.some((f) => f.value.kind === 'destination' && f.end <= m.start && m.start - f.end <= 6)) continue;
      // "Tunisian embassy in Tripoli shelters dozens of its citizens after armed clashes": the mission takes people
      // in, the attack it follows is elsewhere.
      if (frames.some((f) => f.value.kind === 'destination' && f.start >= m.end && f.start - m.end <= 8 && c.start > f.end && s.tokens.slice(f.end, c.start).some((x) => AFTER.has(x.n) || AMID.has(x.n)))) continue;
      // "... in protest at Nato's bombing of the Chinese embassy in Belgrade": the crowd's grievance, another attack.
      // ("summoned the Russian ambassador to protest against a missile": the cue after the mission, the grievance.)
      if (grievanceBefore(s.tokens, Math.min(m.start, c.start)) || (c.start > m.end && grievanceBefore(s.tokens, c.start))) continue;
      // "Embassy staff evacuated after suicide bombing at Kabul airport": the attack placed at another target.
      if (m.end <= c.start && placedAtOther(s.tokens, marks, c)) continue;
      // "The attack triggered the sirens at the US embassy, some 15 kilometres away": the mission is far from it.
      if (c.end <= m.start && marks.some((o) => o.value.k === 'otherEvent' && s.tokens[o.end - 1]!.n === 'away' && o.start >= m.end && o.start - m.end <= 8)) continue;
      if (negatedLink(s.tokens, m, c)) { a.blockedFrame = 'negated'; if (TARGETED.has(s.tokens[c.start]!.n)) denied = Math.max(denied, c.start); continue; }
      // (Not after an attack on its own parts: "reopened ... after last week's bombing at its entrance".)
      if (respondsAfter(s.tokens, m, c) && !possessiveLink(s.tokens, marks, c, m)) continue;
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
    a.strength = Math.max(...a.links.map((l) => (l.c.value.k === 'cue' ? (crowdBefore(s.tokens, marks, l.c) || datedAttack(s.tokens, l.c) || weaponBefore(marks, l.c) || (l.c.value.strength < 2 && (agentWeapon(s.tokens, marks, l.c) || tollIn(s.tokens, marks, l.c))) ? 2 : l.c.value.strength) : 1)));
  }
  return a;
}
// What makes a linked cue a strong one (analyse). (Functions at module level, not closures: tsx keeps names, and naming a
// closure made at every call was a defineProperty.)
/**
 * "Crowds attacked the embassy": a crowd's attack is a physical one, not a verbal one.
 * ... or "attacked by protesters", "stormed by a mob": the crowd after "by".
 */
function crowdBefore(t: readonly Token[], marks: Mark[], c: Mark): boolean {
  return marks.some((x) => x.value.k === 'crowd' && ((x.end <= c.start && c.start - x.end <= 3) || (x.start > c.end && x.start - c.end <= 2 && BY.has(t[c.end]?.n ?? ''))));
}
/**
 * "Friday's attack on the Indian High Commission": an attack dated as news is one, whatever its word.
 * "A Russian drone struck the embassy", "a shell hit the compound": a weapon as the generic verb's subject.
 */
function weaponBefore(marks: Mark[], c: Mark): boolean {
  return marks.some((x) => x.value.k === 'cue' && x.value.type !== null && !x.value.notWeapon && x.end <= c.start && c.start - x.end <= 1);
}
/**
 * "The Indonesian embassy was targeted on Sunday night, in a street ..., by two men who threw a homemade bomb", "a
 * été attaquée ... par une dizaine d'hommes armés", "تعرض ... لهجوم ... نفذه مسلحون": the agent after "by" names
 * the weapon of the generic verb, however far.
 */
function agentWeapon(t: readonly Token[], marks: Mark[], c: Mark): boolean {
  // ("fue atacado el domingo por la noche, según fuentes policiales, por un grupo ...": any "by" after the verb.)
  // ("was hit by a drone", "foi atingida por destroços de um drone": a drone as the agent hits.)
  return marks.some((x) => x.value.k === 'cue' && x.value.type !== null && ((x.value.strength === 2 && !x.value.typeOnly) || x.value.drone === true) && !x.value.notWeapon && x.start > c.end
    && t.slice(Math.max(c.end, x.start - 10), x.start).some((y) => BY.has(y.n) || AGENT_AR.has(y.n)) && !marks.some((o) => o.value.k === 'other' && o.start > c.end && o.start < x.start));
}
/**
 * "Two gendarmes were killed on Monday in an attack on the French embassy", "tués lundi dans une attaque contre
 * l'ambassade": people killed or hurt in the attack make it one, whatever its word.
 */
function tollIn(t: readonly Token[], marks: Mark[], c: Mark): boolean {
  return c.start > 0 && t.slice(Math.max(0, c.start - 3), c.start).some((x) => IN_ATTACK.has(x.n)) && marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && x.end <= c.start && c.start - x.end <= 10);
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
/** "looting computers, cash and vehicles", "stole two servers": machines carried off, no cyber attack. */
function physicalLoot(t: readonly Token[], f: Mark): boolean {
  for (let k = f.start - 1; k >= Math.max(0, f.start - 4); k--) if (LOOTED.has(t[k]!.n)) return true;
  return false;
}
