// Which sentences tell this attack, and which tell another event, an older one or the background.
import type { Knowledge } from './knowledge.js';
import * as L from './lexicon.js';
import { isCapitalized, mayHold, phraseKey, type Sentence, type Token, WORD } from './text.js';
import type { Analysis, Mark } from './marks.js';
import { cityAfter, countriesOfLinks } from './places.js';
import { commaBefore, pastYearIn, relativeClauses, sinceClauseBefore, sinceYear } from './relevance.js';
import { PERIOD } from './dates.js';
import { AFTER, ANGERED, ARABIC, ARTICLE, AT, AT_MISSION, BY, COORD, DEFINITE, DISTRICT, HOSPITAL, INDEFINITE, IN_PLACE, MISSION_PART, MONTHISH, OWN_PRONOUN, PART_ADJ, PERIMETER, PREP_IN, PROTEST, REPEATEDLY, RESIDENCE, RESIDENCE_OF, REVENGE, SINCE, SKIP_AFTER, SKIP_BEFORE, SPEAKER_VERBS, YEARISH } from './words.js';

export const inClause = (clauses: [number, number][], m: Mark): boolean => clauses.some(([x, y]) => m.start > x && m.end <= y);
export const numberLike = (n: string): boolean => /^\d+$/.test(n) || L.NUMBER_WORDS[n] !== undefined || L.VAGUE_NUMBERS[n] !== undefined;

/** Tokens start..end within eight tokens of mark m. */
function within8(m: Mark, start: number, end: number): boolean {
  return end > m.start - 8 && start < m.end + 8;
}
/** Another, earlier or separate event named within a few tokens of a mark. */
export function localBackground(a: Analysis, m: Mark, pubYear: number | null): boolean {
  if (a.marks.some((x) => within8(m, x.start, x.end) && ((x.value.k === 'bg' && !softEarlier(a.s, x)) || x.value.k === 'otherEvent'))) return true;
  return pubYear !== null && a.s.tokens.some((t, i) => within8(m, i, i + 1) && YEARISH.test(t.n) && Number(t.n) < pubYear && !sinceYear(a.s.tokens, i));
}

/** A sentence that itself places its content in another, earlier or separate event. */
export function ownBackground(a: Analysis, pubYear: number | null): boolean {
  return a.marks.some((m) => (m.value.k === 'bg' && !softEarlier(a.s, m)) || m.value.k === 'otherEvent') || datedElsewhere(a, pubYear);
}

/** An earlier year or month that dates the sentence (not only the tail of a blame, see blameTail). */
export function datedElsewhere(a: Analysis, pubYear: number | null, rel?: [number, number][]): boolean {
  if (!datedBack(a.s, pubYear, rel)) return false;
  const tail = blameTail(a);
  return tail < 0 || a.s.tokens.findIndex((x) => YEARISH.test(x.n) || MONTHISH.has(x.n)) < tail;
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
// (The pattern only for a word in Arabic script: its letters all are.)
export const definiteCue = (t: readonly Token[], c: Mark): boolean => DEFINITE.has(t[c.start - 1]?.n ?? '') || (t[c.start]!.s.charCodeAt(0) >= 0x0600 && t[c.start]!.s.charCodeAt(0) <= 0x06ff && /^[وفبل]?ال/.test(t[c.start]!.s));
export function commaOrArabicBefore(s: Sentence, k: number): boolean {
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
export function retoldLead(kb: Knowledge, analyses: Analysis[], pubYear: number | null): Analysis | null {
  const title = analyses[0];
  if (!title?.s.isTitle || title.links.length === 0) return null;
  // (The first that tells the attack, not a heading's "Zahedan: Consulate hit".)
  const lead = analyses.find((a) => !a.s.isTitle && !a.s.noise && a.links.length > 0 && a.strength === 2);
  if (!lead || !isBackgroundAttack(lead, pubYear)) return null;
  const t = lead.s.tokens;
  if (lead.marks.some((m) => m.value.k === 'afterRef' || ((m.value.k === 'bg' || m.value.k === 'otherEvent') && !VAGUE_BACKGROUND.has(t.slice(m.start, m.end).map((x) => x.n).join(' '))))) return null;
  // (Not a month named: "in June" places another event.)
  if (pastYearIn(lead.s, pubYear) || t.some((x) => L.MONTHS[x.n] !== undefined)) return null;
  const here = countriesOfLinks(kb, lead);
  const there = countriesOfLinks(kb, title);
  return here && there && here.some((c) => there.includes(c)) ? lead : null;
}

const NEWS_OF = new Set(['reports', 'report', 'news', 'rumours', 'rumors', 'word', 'footage', 'videos', 'images']);
/**
 * "Earlier in the week, protesters in Cairo stormed...": an opener places the whole sentence; elsewhere a marker places
 * only the clause around it ("avenging a killing last month" leaves the lead's bombing alone).
 */
function governs(a: Analysis, m: Mark): boolean {
  return m.start < a.s.datelineTokens + 4 || a.links.some((l) => m.end > Math.min(l.m.start, l.c.start) - 8 && m.start < Math.max(l.m.end, l.c.end) + 8);
}
export function isBackgroundAttack(a: Analysis, pubYear: number | null): boolean {
  if (a.s.isTitle) return false;
  if (a.marks.some((m) => (m.value.k === 'otherEvent' || (m.value.k === 'bg' && !softEarlier(a.s, m))) && governs(a, m) && !claimedLater(a, m)) || datedBack(a.s, pubYear)) return true;
  // "Protesters set fire to the X consulate, a day after the Damascus attacks": the link precedes the reference.
  const ref = a.marks.find((m) => m.value.k === 'afterRef');
  if (ref === undefined) return false;
  // Only when the reference names an attack: "days after the two ambassadors visited Hama" dates, it compares nothing.
  // ("came just 17 days after militants seized the US embassy": the attackers name it.)
  if (!a.marks.some((m) => (m.value.k === 'cue' || m.value.k === 'attacker') && m.start >= ref.end && m.start - ref.end <= 8)) return false;
  // (Not a new event brought in as the trigger: "A crowd stormed the embassy on Friday, hours after a deadly shooting
  // on the border": the indefinite names no attack of the story, the sentence's own link is the news.)
  // (Nor news that set it off: "set fire to the consulate on Wednesday night, hours after reports spread that shells had
  // landed in a settlement".)
  if (a.links.every((l) => Math.max(l.m.end, l.c.end) <= ref.start)) return !INDEFINITE.has(a.s.tokens[ref.end]?.n ?? '') && !NEWS_OF.has(a.s.tokens[ref.end]?.n ?? '');
  // "The attack came two months after a truck bomb near the German embassy": the earlier event follows the reference.
  // ("The hotel attack comes after a suicide bomber and gunmen struck the Chinese embassy": the reference's own verb;
  // the missions named after it are the earlier event's, whatever attack word before it they pair with.)
  const came = CAME.has(a.s.tokens[ref.start]!.n) || a.s.tokens.slice(Math.max(0, ref.start - 5), ref.start).some((x) => CAME.has(x.n));
  return came && a.links.every((l) => l.m.start >= ref.end);
}

/** The linked attack, or the attack taken up by its definite cue, told before mark r. */
function ownAttackBefore(a: Analysis, r: Mark): boolean {
  const t = a.s.tokens;
  return a.links.some((l) => l.c.end <= r.start && l.m.end <= r.start) || a.marks.some((c) => c.value.k === 'cue' && c.end <= r.start && DEFINITE.has(t[c.start - 1]?.n ?? ''));
}
/**
 * A mark after "a day after", "hours after" that follows a link: the earlier event's, not the linked attack's.
 * ("The rocket landed days after ... a car bombing that killed a soldier": after the attack taken up by its definite
 * cue, too.)
 */
export function otherEventAfterLink(a: Analysis, x: Mark): boolean {
  const t = a.s.tokens;
  if (!a.marks.some((r) => r.value.k === 'afterRef' && r.end <= x.start && ownAttackBefore(a, r))) return false;
  // ("tenté de pénétrer dans l'enceinte après l'explosion d'un véhicule piégé devant le portail": the earlier blast at
  // the mission's own gate is the same attack's first act.)
  for (let k = x.end; k < Math.min(t.length - 2, x.end + 6); k++) {
    if (!AT_MISSION.has(t[k]!.n) || !DEFINITE.has(t[k + 1]!.n)) continue;
    const part = PART_ADJ.has(t[k + 2]!.n) ? k + 3 : k + 2;
    if (MISSION_PART.has(t[part]?.n ?? '')) return false;
  }
  return true;
}
/**
 * The cue followed by "in/at/near/outside (the) (Kabul) airport", or by its object ("... embassy in Kabul targeted
 * police post", "... after gunmen storm hotel near airport"): an attack on another target.
 */
export function placedAtOther(t: readonly Token[], marks: Mark[], c: Mark): boolean {
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
export function districtOfMissions(t: readonly Token[], m: Mark): boolean {
  if (t[m.end - 1]!.n.endsWith('viertel')) return true;
  let k = m.start - 1;
  while (k >= 0 && m.start - k <= 2 && DISTRICT_GLUE.has(t[k]!.n)) k--;
  return k >= 0 && MISSION_DISTRICT.has(t[k]!.n);
}
export function semicolonSplit(s: Sentence, lo: number, hi: number): boolean {
  const x = s.tokens[lo - 1];
  const y = s.tokens[hi];
  return x !== undefined && y !== undefined && x.end <= y.start && s.text.slice(x.end, y.start).includes(';');
}
const PLACED_AT = new Set(['outside', 'devant', 'vor', 'frente']);
const PART_OF = new Set(['of', 'de', 'du', 'del', 'des', 'der']);
const SELF = new Set(['it', 'its']);
const HIT_AUX = new Set(['was', 'were', 'been', 'is']);
/** "The Japanese embassy said its building had been hit by fragments": the speaking mission tells its own attack. */
export function saysItWasHit(t: readonly Token[], c: Mark): boolean {
  if (!HIT_AUX.has(t[c.start - 1]?.n ?? '')) return false;
  for (let k = c.start - 2; k >= Math.max(0, c.start - 5); k--) if (SELF.has(t[k]!.n)) return true;
  return false;
}
/** An article or an owner's name between a word and its mission noun: "the", "Iranian", "of the Swedish". */
export const beforeMissionNoun = (t: readonly Token[], marks: Mark[], k: number): boolean => SKIP_BEFORE.has(t[k]!.n) || marks.some((x) => x.value.k === 'country' && x.start <= k && x.end > k);
/** "outside the Iranian embassy": the mission as the place where something happens. */
export function placedAt(t: readonly Token[], marks: Mark[], m: Mark): boolean {
  for (let k = m.start - 1; k >= Math.max(0, m.start - 4); k--) {
    if (PLACED_AT.has(t[k]!.n)) return true;
    if (!beforeMissionNoun(t, marks, k)) return false;
  }
  return false;
}
/** "the visa office of the Swedish embassy", "la section consulaire de l'ambassade": a part of the mission itself. */
export function partOf(t: readonly Token[], marks: Mark[], o: Mark, m: Mark): boolean {
  if (!PART_OF.has(t[o.end]?.n ?? '') || m.start <= o.end || m.start - o.end > 4) return false;
  for (let k = o.end + 1; k < m.start; k++) if (!beforeMissionNoun(t, marks, k)) return false;
  return true;
}
export function semicolonBetween(s: Sentence, f: Mark, from: number, to: number): boolean {
  const [a, b] = f.end <= from ? [f.end, from] : [to, f.start];
  const x = s.tokens[a - 1];
  const y = s.tokens[b];
  return x !== undefined && y !== undefined && x.end <= y.start && s.text.slice(x.end, y.start).includes(';');
}
const OVER = new Set(['over', 'against', 'contre', 'contra', 'gegen']);
/** Diplomatic measures: "Ambassador summoned over missile strikes", "Diplomats expelled over bombing". */
const MEASURE = new Set(['summoned', 'summons', 'expelled', 'expels', 'recalled', 'recalls', 'convoque', 'convoca', 'convocado', 'convocada', 'expulsa', 'expulse', 'expulses', 'expulsados', 'einbestellt', 'ausgewiesen', 'استدعت', 'استدعاء', 'طرد', 'طردت']);
const RESPONSE = new Set(['response', 'answer', 'reply', 'antwort', 'reaktion', 'reponse', 'riposte', 'respuesta']);
/** A gathering's purpose: "se concentraron ... para rechazar los ataques con misiles", "pour dénoncer les frappes". */
const REJECT_TO = new Set(['rechazar', 'repudiar', 'denunciar', 'denoncer', 'anprangern', 'denounce']);
const RESPONSE_TO = new Set(['to', 'auf', 'a', 'au', 'aux']);
/** Every word grievanceBefore can start from, in one set: most words are out after one look-up. */
const GRIEVANCE_WORDS = new Set([...REVENGE, ...RESPONSE, ...REJECT_TO, ...OVER, 'at', 'for']);
/**
 * "in protest at X", "angry over X", "in retaliation for X", "als Antwort auf X" (in response to X), "para rechazar X"
 * (to reject X): X (within six words of `at`) is the grievance.
 */
export function grievanceBefore(t: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const n = t[k]!.n;
    if (!GRIEVANCE_WORDS.has(n)) continue;
    if (REVENGE.has(n) || (RESPONSE.has(n) && RESPONSE_TO.has(t[k + 1]?.n ?? '')) || REJECT_TO.has(n)) return true;
    if ((OVER.has(n) || n === 'at' || n === 'for') && (PROTEST.has(t[k - 1]?.n ?? '') || PROTEST.has(t[k - 2]?.n ?? '') || MEASURE.has(t[k - 1]?.n ?? ''))) return true;
  }
  return false;
}
const DENOUNCING = new Set([...PROTEST, ...ANGERED, 'denouncing', 'denounced', 'decrying', 'protested', 'demanding', 'denoncaient', 'denoncant', 'denoncent', 'protestaient', 'denunciaban', 'denunciando', 'protestaban', 'reclamaban', 'protestierten', 'prangerten', 'forderten', 'يحتجون', 'احتجوا', 'منددين']);
/**
 * "Les protestataires dénonçaient la mort de neuf éleveurs tués la semaine dernière", "the protesters were denouncing
 * the deaths of nine herders": a crowd's grievance, an earlier event whose dead are not this attack's (the sentence alone).
 */
export function crowdGrievance(a: Analysis): boolean {
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
const BATTLE = new Set(L.BATTLE_WORDS);
const BETWEEN = new Set(['between', 'entre', 'zwischen', 'بين']);
/**
 * "Clashes were reported between government forces and Kurdish-led fighters", "four were killed in the Deir Hafer
 * fighting": a battle between two sides, or one named by its place, is another event than an attack on a mission (the
 * sentence alone, when it names no mission).
 */
export function otherBattle(a: Analysis): boolean {
  if (a.links.length > 0 || a.marks.some((m) => m.value.k === 'mission')) return false;
  const t = a.s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!BATTLE.has(t[k]!.n)) continue;
    if (t.slice(k + 1, k + 8).some((x) => BETWEEN.has(x.n))) return true;
    if (k >= 2 && isCapitalized(t[k - 1]!) && !ARABIC.test(t[k - 1]!.s)) return true;
  }
  return false;
}
/**
 * "Les manifestants protestaient contre la prise de Kamanyola par les rebelles de l'AFC/M23": a crowd denouncing,
 * then the name at g, at any distance: what the crowd is angry about, not who attacked.
 */
export function crowdDenounced(a: Analysis, g: Mark): boolean {
  const t = a.s.tokens;
  return a.marks.some((c) => c.value.k === 'crowd' && c.end < g.start && t.slice(c.end, Math.min(c.end + 3, g.start)).some((x) => DENOUNCING.has(x.n)));
}
/** "protesters angry over a film", "a protest against a book": the crowd's grievance, not a film about an attack. */
export function grievance(t: readonly Token[], f: Mark): boolean {
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
/** "the health ministry said", "a hospital spokesman": an institution speaking, not a place attacked. */
/** 'the group said its fighters had attacked "the headquarters of the Ugandan crusader intelligence"': a claim's or a speaker's own words for the target. */
export function quotedInClaim(a: Analysis, m: Mark): boolean {
  if (!a.marks.some((c) => c.value.k === 'claim' || (c.value.k === 'frame' && c.value.kind === 'speaker'))) return false;
  const before = a.s.text.slice(0, a.s.tokens[m.start]!.start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('«'));
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return straight || (open >= 0 && !/[”»]/.test(before.slice(open)));
}
/** A mark in the comma tail after a blame of "the attack" (see blameTail). */
export function inBlameTail(a: Analysis, m: Mark): boolean {
  const tail = blameTail(a);
  return tail >= 0 && m.start >= tail;
}
/**
 * "جددت وزارة الخارجية اتهامها لـX بالوقوف وراء الهجوم" (the ministry renewed its accusation of X over the attack):
 * an institution blaming, named before the blame, no attack's target.
 */
export function blamingPlace(a: Analysis, m: Mark): boolean {
  return a.marks.some((b) => (b.value.k === 'blame' || b.value.k === 'claim') && b.start >= m.end && b.start - m.end <= 12) && !a.marks.some((c) => c.value.k === 'cue' && c.end <= m.start && m.start - c.end <= 3);
}
export function speakerPlace(s: Sentence, m: Mark): boolean {
  // ("selon le ministère de l'Intérieur", "according to the ministry", "according to the interior ministry": the
  // source of a figure.)
  return SPEAKER_VERBS.has(s.tokens[m.end]?.n ?? '') || SPEAKER_VERBS.has(s.tokens[m.end + 1]?.n ?? '') || s.tokens.slice(Math.max(0, m.start - 5), m.start).some((x) => ACCORDING.has(x.n)) ||
    // (The verb inverted before its speaker after a quote or a figure: "..., précise le ministère", "..., said the ministry".)
    (INVERTED_SPEAKER.has(s.tokens[m.start - 2]?.n ?? '') && DEFINITE.has(s.tokens[m.start - 1]!.n)) || (INVERTED_SPEAKER.has(s.tokens[m.start - 3]?.n ?? '') && DEFINITE.has(s.tokens[m.start - 2]!.n));
}
const INVERTED_SPEAKER = new Set(['said', 'says', 'added', 'precise', 'indique', 'ajoute', 'affirme', 'explique', 'souligne', 'dijo', 'indico', 'preciso', 'senalo', 'agrego', 'informo', 'sagte', 'teilte', 'erklarte']);
const ACCORDING = new Set(['according', 'selon', 'segun', 'laut', 'حسب', 'بحسب', 'وفقا', 'وفق']);
const TAKEN = new Set(['taken', 'rushed', 'treated', 'admitted', 'transported', 'evacuated', 'transporte', 'transportes', 'hospitalise', 'trasladado', 'trasladados', 'llevado', 'llevados', 'gebracht', 'eingeliefert', 'نقل',
  // Portuguese, Italian, Russian, Turkish: "foram levados ao hospital", "trasportati in ospedale", "доставлены в больницу", "hastaneye kaldırıldı".
  'levado', 'levados', 'levada', 'levadas', 'socorridos', 'socorrido', 'encaminhados', 'trasportati', 'trasportato', 'portati', 'portato', 'доставлены', 'доставлен', 'госпитализированы', 'kaldırıldı']);
/** "one of the guards injured in the blast died in hospital", "were taken to hospital": where victims went, no target. */
export function victimsHospital(a: Analysis, o: Mark): boolean {
  if (!HOSPITAL.has(a.s.tokens[o.start]!.n)) return false;
  // ("three other guards remain in hospital": inside the casualty phrase too.)
  return a.marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && x.start <= o.start && o.start - x.end <= 4) || a.s.tokens.slice(Math.max(0, o.start - 4), o.start).some((x) => TAKEN.has(x.n));
}
const SAME_STORY_TIME = new Set(['day', 'night', 'evening', 'morning', 'afternoon', 'that', 'today', 'tonight']);
const EARLIER_NOUNS = new Set(['casualty', 'figures', 'figure', 'toll', 'tolls', 'report', 'reports', 'estimate', 'estimates', 'statement', 'count', 'counts']);
// ("The staff had left the building hours earlier on police advice": the same day, told a little before.)
const EARLIER_BEFORE = new Set(['day', 'hours', 'minutes', 'moments', 'said', 'reported', 'announced', 'updating']);
/** "updating earlier casualty figures", "a day earlier", "said earlier": not another, older event. */
const DESCRIPTIVE_AFTER = new Set(['unknown', 'known', 'unheard', 'obscure', 'little']);
const REPORTED_AFTER = new Set(['reported', 'disclosed', 'announced', 'published', 'released', 'revealed', 'stated', 'said', 'confirmed']);
const HALLMARKS = new Set(['hallmarks', 'hallmark', 'resembled', 'resembles', 'similar', 'consistent', 'mirrored', 'echoed']);
export function softEarlier(s: Sentence, m: Mark): boolean {
  // ("saying the attack was "retaliation" for Peru's extradition of one of the gang's leaders last month": the
  // grievance's time, not this sentence's event.)
  if (s.tokens.slice(Math.max(0, m.start - 14), m.start).some((x) => REVENGE.has(x.n))) return true;
  const tok = s.tokens[m.start] as Token;
  // ("suspicion fell on Iran-backed factions that have previously used drones against Gulf targets": the antecedent's
  // record in a restrictive clause.)
  if ((tok.n === 'previously' || tok.n === 'repeatedly') && PERFECT.has(s.tokens[m.start - 1]?.n ?? '') && RESTRICTIVE.has(s.tokens[m.start - 2]?.n ?? '')) return true;
  if (m.end - m.start !== 1) return false;
  const next = s.tokens[m.end]?.n ?? '';
  // "the previous day", "earlier that day": a relative date of this story's event ("Earlier on Tuesday,
  // protesters in Cairo..." may well be another one).
  // ("the attack bore the hallmarks of the group's previous operations": a comparison with the past, not a past event.)
  if ((tok.n === 'previous' || tok.n === 'past' || tok.n === 'earlier') && s.tokens.slice(Math.max(0, m.start - 6), m.start).some((x) => HALLMARKS.has(x.n))) return true;
  if (tok.n === 'previous') return SAME_STORY_TIME.has(next);
  // "a previously unknown group", "formerly known as": a description, no earlier event.
  if ((tok.n === 'previously' || tok.n === 'formerly') && DESCRIPTIVE_AFTER.has(next)) return true;
  // ("The vendor's injuries were not previously reported", "as previously announced": the reporting of this story.)
  if (tok.n === 'previously' && REPORTED_AFTER.has(next)) return true;
  // ("the suspect, a 41-year-old former overseas worker": a person's past trade, no earlier event.)
  if (tok.n === 'former') return PERSON_BEFORE_FORMER.has(s.tokens[m.start - 1]?.n ?? '');
  if (tok.n !== 'earlier') return false;
  // ("The Taliban had earlier said that a suicide bomber detonated his vest": when it was said, not another event.)
  if (SPEAKER_VERBS.has(next) || REPORTED_AFTER.has(next)) return true;
  if (SAME_STORY_TIME.has(next) || (next === 'in' && s.tokens[m.end + 2]?.n === 'day')) return true;
  return EARLIER_NOUNS.has(next) || EARLIER_BEFORE.has(s.tokens[m.start - 1]?.n ?? '');
}

const PERSON_BEFORE_FORMER = new Set(['a', 'an', 'old', 'his', 'her']);
const CAME = new Set(['came', 'comes', 'follows', 'followed', 'occurred', 'happened']);
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
const RESTRICTIVE = new Set(['that', 'which', 'who', 'qui', 'que']);
const YEAR_WORDS = new Set(['year', 'years', 'annee', 'annees', 'ans', 'ano', 'anos', 'jahr', 'jahre', 'jahren']);
const FOLLOWING = new Set(['following', 'suivante', 'suivant', 'siguiente', 'folgenden', 'darauf', 'التالي', 'التاليه']);
const LATER = new Set(['later', 'tard', 'despues', 'spater']);
/**
 * "The following year, the embassy annex in east Beirut was bombed", "Two years later", "Un an plus tard", "Al año
 * siguiente", "Im Jahr darauf": a time counted in months or years from an earlier event, so no recent news. Or counted
 * back from now: "Il y a 40 ans", "hace dos años", "vor zehn Jahren".
 */
export function periodsLater(s: Sentence): boolean {
  // (Its words share the dayCount class, see DATE_WORD_CLASSES: a sentence with none is out without a scan.)
  if (!mayHold(s, WORD.dayCount)) return false;
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.n === 'an' && t[i + 1]?.n === 'plus' && t[i + 2]?.n === 'tard') return true;
    if (!PERIOD.has(t[i]!.n)) continue;
    // (Years only: "un groupe armé apparu il y a quelques mois" dates a group's birth, no old attack.)
    if (i >= 2 && YEAR_WORDS.has(t[i]!.n) && (t[i - 2]!.n === 'hace' || t[i - 2]!.n === 'vor' || (t[i - 2]!.n === 'a' && t[i - 3]?.n === 'y' && t[i - 4]?.n === 'il'))) return true;
    if (FOLLOWING.has(t[i + 1]?.n ?? '') || FOLLOWING.has(t[i - 1]?.n ?? '')) return true;
    if (LATER.has(t[i + 1]?.n ?? '') || (t[i + 1]?.n === 'plus' && t[i + 2]?.n === 'tard')) return true;
    // "a year and a half after a gunman stormed the building", "18 months after deadly attack": a long time since.
    const after = t[i + 1]?.n === 'and' && t[i + 2]?.n === 'a' && t[i + 3]?.n === 'half' ? i + 4 : i + 1;
    if (AFTER.has(t[after]?.n ?? '') && (YEAR_WORDS.has(t[i]!.n) || Number(t[i - 1]?.n) >= 6)) return true;
  }
  return false;
}

/** "Rockets have repeatedly targeted diplomatic missions", "has been hit dozens of times": a history, not this attack. */
export function habitualHistory(s: Sentence): boolean {
  if (!mayHold(s, WORD.habitual)) return false;
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    const n = t[i]!.n;
    // (Not "he was hit several times": a victim's wounds.)
    const habitual = REPEATEDLY.has(n) || (n === 'times' && (t[i - 2]?.n === 'dozens' || t[i - 1]?.n === 'numerous'));
    // (Not in a relative clause on a group: "blamed Iran-aligned militias, which have repeatedly targeted U.S. facilities".)
    // (Nor a restrictive one: "the hallmarks of Iran-aligned militia groups that have repeatedly targeted U.S. personnel".)
    if (!habitual || relativeClauses(s).some(([a, b]) => i > a && i < b)) continue;
    for (let p = Math.max(0, i - 8); p < i; p++) if (PERFECT.has(t[p]!.n) && !RESTRICTIVE.has(t[p - 1]?.n ?? '')) return true;
  }
  // "The group has been active mostly in the interior, where it has bombed railway tracks": a group's profile, no event.
  // (Not "... has been active since the attack": a time.)
  for (let i = 2; i < t.length; i++) if (t[i]!.n === 'active' && t[i - 1]!.n === 'been' && PERFECT.has(t[i - 2]!.n) && !SINCE.has(t[i + 1]?.n ?? '')) return true;
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
/** A sentence dated back: a year before the publication's, or a background month (outside the spans given). */
export function datedBack(s: Sentence, pubYear: number | null, outside: [number, number][] = []): boolean {
  return pastYearIn(s, pubYear) || backgroundMonth(s, outside);
}
export function backgroundMonth(s: Sentence, outside: [number, number][] = []): boolean {
  if (!mayHold(s, WORD.month)) return false;
  const t = s.tokens;
  // (Built only once a month is found: this runs for every sentence.)
  let skip: [number, number][] | null = null;
  for (let i = 0; i + 1 < t.length; i++) {
    const p = t[i] as Token;
    const m = t[i + 1] as Token;
    if ((p.n === 'in' || p.n === 'en' || p.n === 'im' || p.n === 'last') && MONTHISH.has(m.n) && (isCapitalized(m) !== false || (i <= s.datelineTokens + 2 && !MONTH_NEEDS_CAPITAL.has(m.n))) && !(skip ??= [...outside, ...comparisonClauses(s)]).some(([x, y]) => i > x && i < y) && !sinceClauseBefore(t, i)) {
      const next = t[i + 2];
      if (!next || !/^\d{1,2}$/.test(next.n)) return true;
    }
  }
  return false;
}

const MONTH_PART = new Set(['la', 'le', 'mi', 'debut', 'fin', 'early', 'mid', 'late', 'the', 'middle', 'of', 'de', 'mediados', 'principios', 'finales', 'anfang', 'mitte', 'ende']);
/** "1,400 civilians have been killed since March": a running total over months, not this attack's toll. */
export function sinceMonth(s: Sentence): boolean {
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

/** "Depuis 2024, la coalition multiplie les offensives contre des quartiers comme Pétion-Ville": a span of years told. */
export function openedSinceYear(s: Sentence, pubYear: number | null): boolean {
  const t = s.tokens;
  const k = s.datelineTokens;
  return pubYear !== null && SINCE.has(t[k]?.n ?? '') && YEARISH.test(t[k + 1]?.n ?? '') && Number(t[k + 1]!.n) < pubYear;
}

/** "The conflict has killed more than 6,000 people since 2017": a running total over years, not this attack's toll. */
export function runningToll(a: Analysis): boolean {
  if (!a.marks.some((m) => m.value.k === 'killed' || m.value.k === 'wounded') || !mayHold(a.s, WORD.since)) return false;
  const t = a.s.tokens;
  // ("since the 2018 protests ..., leaving more than 300 people dead": the year after an article.)
  for (let i = 1; i < t.length; i++) if (SINCE.has(t[i - 1]!.n) && YEARISH.test((ARTICLE.has(t[i]!.n) ? t[i + 1]?.n : t[i]!.n) ?? '')) return true;
  return false;
}

/** Nouns after "embassy" that make it a place's name: "Baghdad's embassy district", "the embassy area". */
const AREA = new Set(['area', 'zone', 'row', 'enclave']);
const OUR_TURKISH_MISSION = /^(?:buyukelcilig|baskonsoloslug|konsoloslug|temsilcilig)(?:imiz|umuz)/;
const OWN_MISSION = new Set(['سفارتها', 'سفارته', 'قنصليتها', 'قنصليته']);
/** A mission noun in the plural ("embassies", "ambassades", "Botschaften"): it may have several owners. */
function pluralMission(t: readonly Token[], m: Mark): boolean {
  const n = t[m.end - 1]!.n;
  return /(ies|es|s|en|ات)$/.test(n) && !/(ss|us)$/.test(n);
}
const ENVOY = new Set(['ambassador', 'envoy', 'ambassadeur', 'embajador', 'embajadora', 'botschafters', 'botschafterin', 'سفير']);
/** The country mark that ends at token e ("the Iraqi | embassy"). */
function countryEndingAt(marks: Mark[], e: number): Mark | undefined {
  return marks.find((x) => x.end === e && x.value.k === 'country');
}
/** The longest country mark that starts at token st ("of | the United States"). */
function countryStartingAt(marks: Mark[], st: number): Mark | undefined {
  return marks.filter((x) => x.start === st && x.value.k === 'country').sort((x, y) => y.end - x.end)[0];
}
/**
 * The countries whose mission a mission noun names: before it ("the Iraqi embassy", "Iraq's Kabul embassy",
 * "the Swiss and Chilean embassies", "the French, US and Belgian embassies") or after it ("embassy of Pakistan",
 * "the embassies of Rwanda, Uganda and Kenya", "السفارة الأمريكية"). Coordinated owners only for a plural noun.
 */
export function countriesNear(a: Analysis, m: Mark, kb?: Knowledge): string[] {
  const t = a.s.tokens;
  const marks = a.marks;
  const plural = pluralMission(t, m);
  const out: string[] = [];
  // "Norway condemned Sunday's attack on its embassy", "Le Canada ... son ambassade", "أدانت مصر ... سفارتها": the subject's.
  if (OWN_PRONOUN.has(t[m.start - 1]?.n ?? '') || OWN_MISSION.has(t[m.start]!.n) || OWN_MISSION.has(t[m.start]!.alt ?? '')) {
    // (Not the dateline's country: "PORT-AU-PRINCE, Haiti — Spain has withdrawn ... after gunmen raked its embassy".)
    const subject = marks.find((x) => x.value.k === 'country' && x.start >= a.s.datelineTokens && x.end <= m.start && !PREP_IN.includes(t[x.start - 1]?.n ?? ''));
    if (subject && subject.value.k === 'country') return [subject.value.code];
  }
  // Turkish news writes Turkey's missions as "ours": "Nürnberg Başkonsolosluğumuza", "Berlin Büyükelçiliğimiz".
  if (OUR_TURKISH_MISSION.test(t[m.start]!.n)) return ['TR'];
  // Before.
  let i = m.start - 1;
  for (let steps = 0; i >= 0 && steps < 5; steps++) {
    // "Mali : le consulat d'Algérie": a headline's place label before a colon is no owner.
    if (/[:;]/.test(a.s.text.slice(t[i]!.end, t[i + 1]!.start))) break;
    const c = countryEndingAt(marks, i + 1);
    if (c && c.value.k === 'country') {
      out.push(c.value.code);
      if (!plural) {
        // "die türkische und die iranische Botschaft", "the Turkish and the Iranian embassy": owners coordinated, each
        // with its own article, before a singular noun (not "condemned Israel and the Egyptian embassy").
        const art = c.start - 1;
        const prev = ARTICLE.has(t[art]?.n ?? '') && COORD.has(t[art - 1]?.n ?? '') ? countryEndingAt(marks, art - 1) : undefined;
        if (prev && prev.value.k === 'country' && ARTICLE.has(t[prev.start - 1]?.n ?? '') && prev.value.code !== c.value.code) out.push(prev.value.code);
        return out;
      }
      // "the Swiss and Chilean", "the French, US and Belgian": walk back over the coordination.
      let k = c.start - 1;
      for (let guard = 0; k >= 0 && guard < 8; guard++) {
        if (t[k]!.n === 's') { k--; continue; }
        const prev = countryEndingAt(marks, k + 1);
        if (prev && prev.value.k === 'country') { if (!out.includes(prev.value.code)) out.push(prev.value.code); k = prev.start - 1; continue; }
        if (COORD.has(t[k]!.n) || commaBefore(a.s, k + 1)) { if (COORD.has(t[k]!.n)) k--; const p2 = countryEndingAt(marks, k + 1); if (p2) continue; }
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
    const c = countryStartingAt(marks, j);
    if (c && c.value.k === 'country') {
      out.push(c.value.code);
      if (!plural) return out;
      let k = c.end;
      for (let guard = 0; k < t.length && guard < 10; guard++) {
        const next = countryStartingAt(marks, k);
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
