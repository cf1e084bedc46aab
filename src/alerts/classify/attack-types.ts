// How: the attack types named by the sentences that report the attack.
import { type AttackType, emptyFacts, type Evidence } from '../types.js';
import { mayHold, type Token, WORD } from './text.js';
import * as L from './lexicon.js';
import { grievanceBefore, otherEventAfterLink, softEarlier, speakerPlace } from './background.js';
import type { Analysis, Mark } from './marks.js';
import { INTRANSITIVE, WITH } from './casualties.js';
import { placedElsewhere } from './places.js';
import { commaBefore, relativeClauses } from './relevance.js';
import { AFTER, ARABIC, ARMED_GROUP, ARMED_WITH, BLAST_TRACE, BY, CONTRAST, COORD, DEFINITE, FIREARM, FREQUENTLY, LOOTED, MISSION_NOUNS, NOT, NO_DETERMINERS, REVENGE, YEARISH } from './words.js';

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
/** A blade listed after a firearm ("rifles and machetes", "guns, knives"), within four words. */
function bladeBesideGuns(t: readonly Token[], m: Mark): boolean {
  if (!t.slice(Math.max(0, m.start - 2), m.start).some((x) => COORD.has(x.n))) return false;
  return t.slice(Math.max(0, m.start - 4), m.start).some((x) => FIREARM.has(x.n));
}
const AR_GROUP_NOUN = new Set(['فصيل', 'فصائل', 'جماعه', 'جماعات', 'تنظيم', 'ميليشيا', 'مليشيا', 'حركه']);
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
const DEFENDERS = new Set(L.DEFENDER_WORDS);
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
const CARRIED = new Set(['carried', 'carrying', 'carries']);
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
/** A bomb that went off (not "car bomb fails to explode", nor one defused). */
function wentOff(t: readonly Token[], x: Mark): boolean {
  return x.value.k === 'cue' && x.value.type === 'bombing' && !x.value.notWeapon && !unexploded(t, x) && !defusedNear(t, x);
}
/** An attacker, or the definite driver, at token j. */
function attackerOrDriver(a: Analysis, j: number): boolean {
  return a.marks.some((x) => x.value.k === 'attacker' && x.start === j) || definiteDriver(a.s.tokens, j);
}
/**
 * A suicide attack told without the word: in a sentence with a bomb or a blast, the bomber kills himself ("set off his
 * explosives, killing himself"), or the attacker or the bomb vehicle's driver dies in the blast ("The driver of the
 * truck died in the blast along with two guards"; "El conductor de un camión cargado de explosivos ... murió en la explosión").
 */
function selfBlast(a: Analysis): boolean {
  const t = a.s.tokens;
  // (The bombs that went off, found once: each is read again for every death and every driver.)
  const blasts = a.marks.filter((x) => wentOff(t, x));
  if (blasts.length === 0) return false;
  for (const k of a.marks) {
    if (k.value.k !== 'killed') continue;
    if (SELF_DEATH.has(t[k.end]?.n ?? '') || t[k.start - 1]?.n === 'se') return true;
    // Died in the blast: "in", "en", "bei" a bomb or bang right after the death.
    if (!IN_BLAST.has(t[k.end]?.n ?? '') || !blasts.some((x) => x.start > k.end && x.start - k.end <= 3)) continue;
    // ... and the one who died is the attacker or the (definite) driver: near before the death, or the sentence's subject.
    for (let j = Math.max(0, k.start - 6); j < k.start; j++) if (attackerOrDriver(a, j)) return true;
    if (attackerOrDriver(a, 0) || (t.length > 1 && attackerOrDriver(a, 1))) return true;
  }
  // "four attackers also died: the driver of the explosives-laden Toyota that blew open the gate, and three gunmen":
  // the driver of the bomb vehicle among the dead.
  for (let j = 0; j < t.length; j++) {
    if (!definiteDriver(t, j) || !blasts.some((x) => x.start > j && x.start - j <= 5)) continue;
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
/** An "after" before cue m, then a death or wound before it: the cue tells the event that came first. */
function causeBefore(a: Analysis, m: Mark): boolean {
  const t = a.s.tokens;
  for (let k = m.start - 1; k >= 0; k--) if (AFTER.has(t[k]!.n)) return a.marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && x.start > k && x.end <= m.start);
  return false;
}
/** A shooter from the crowd itself: "someone in the crowd then fired a pistol", "ثم أطلق أحد المحتجين النار" (the crowd word beside the fire). */
const crowdShooter = (a: Analysis, x: Mark): boolean => a.marks.some((c) => c.value.k === 'crowd' && (Math.abs(c.start - x.end) <= 3 || Math.abs(x.start - c.end) <= 3));
/** Singular hostage words the HOSTAGE set lacks: "a pris en otage deux employés". */
const HOSTAGE_SINGULAR = new Set(['otage', 'rehen']);
const HEARD = new Set(['heard', 'hearing', 'hear', 'entendu', 'entendre', 'entendaient', 'oyo', 'oyeron', 'oido', 'escucharon', 'escucho', 'horte', 'horten', 'gehort', 'سمع', 'سمعوا', 'سمعت']);
// ("Les tireurs ont pris la fuite": the shooters of a rocket attack name no gun either.)
const GUNFIRE_ONLY = new Set(['tirs', 'fired', 'fire', 'beschossen', 'beschoss', 'feuerten', 'disparos', 'tire', 'tireurs', 'tireur', 'shooters', 'shooter', 'schutzen']);
/** "no firearm or explosives", "weder Waffen noch Sprengstoff": weapons ruled out together. */
const OR_NOR = new Set([...COORD, 'nor', 'ni', 'noch']);
/** "لقي أمين شرطة مصرعه": met his death, the verb before its subject. */
const MET_DEATH_FIRST = new Set(['لقي', 'ولقي']);
const SAYS = new Set(['said', 'say', 'says', 'told', 'reported', 'added', 'believe', 'believed', 'suspect']);
const WARNING_FIRE = new Set(['warning', 'sommation', 'advertencia', 'warnschusse', 'تحذيريه']);
const ATTEMPT = new Set(['tried', 'attempted', 'trying', 'attempting', 'tries']);
const ENTER = new Set(['enter', 'entered', 'entering']);
const HOSTAGE = new Set(['hostage', 'hostages', 'otages', 'rehenes', 'geiseln', 'geisel', 'geiselnahme', 'رهاين']);
const PROJECTILE = new Set(['projectile', 'projectiles', 'proyectil', 'proyectiles', 'مقذوف', 'مقذوفات']);
const THROWN_MISSILES = new Set(['missile', 'missiles']);
const THROW = new Set(['throw', 'threw', 'throwing', 'thrown', 'hurl', 'hurled', 'hurling']);
/** The auxiliary of a passive wound: "was shot", "a été blessé par balle", "fue herido de bala". */
const PASSIVE_WOUND_AUX = new Set([...PASSIVE_AUX, 'ete', 'fue', 'fueron', 'resulto', 'wurde', 'wurden', 'foi']);
const L_ORDER: AttackType[] = ['bombing', 'suicide_attack', 'armed_assault', 'rocket_mortar', 'shooting', 'arson_mob', 'stabbing_melee', 'other'];
const INCENDIARY_HEAD = new Set(['bomb', 'bombs', 'cocktail', 'cocktails', 'bombe', 'bombes', 'bomba', 'bombas']);
const VEHICLE = new Set(['truck', 'pickup', 'car', 'vehicle', 'van', 'motorcycle', 'launcher']);
/** "The bomber died at the scene": the bomber the subject of a death of his own (not "was shot dead by guards"). */
function bomberDied(t: readonly Token[]): boolean {
  for (let k = 1; k < t.length - 1; k++) if (t[k]!.n === 'bomber' && DEFINITE.has(t[k - 1]!.n) && (INTRANSITIVE.has(t[k + 1]!.n) || (t[k + 1]!.n === 'also' && INTRANSITIVE.has(t[k + 2]?.n ?? '')))) return true;
  return false;
}
/**
 * The attackers' fire: not the guards' ("a truck had tried to enter ... before guards fired at it"), nor the defenders'
 * told after its target ("was shot dead by police after his car broke through bollards").
 */
function attackersFire(a: Analysis, x: Mark): boolean {
  return x.value.k === 'cue' && x.value.type === 'shooting' && !a.s.tokens.slice(Math.max(0, x.start - 3), x.start).some((y) => DEFENDERS.has(y.n)) && !(a.s.tokens[x.end]?.n === 'by' && DEFENDERS.has(a.s.tokens[x.end + 1]?.n ?? ''));
}
/**
 * Armed men in the sentence, an attacker named or the attackers' fire: an entry word then counts in any sentence of the
 * attack ("the assailants ... opened fire and got into the compound"; "five men scaled the wall and fired shots at
 * the guard post before attempting to force open the door"; "Two men opened fire ... while a third tried to climb the
 * wall"), and "smashed windows hundreds of metres away" is the blast's damage unless a crowd did it.
 */
function armedMen(a: Analysis): boolean {
  return a.marks.some((x) => x.value.k === 'attacker' || attackersFire(a, x));
}
/** A revenge word anywhere before token `end` (a loop, not a copy of the sentence's start per cue). */
function revengeBefore(t: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) if (REVENGE.has(t[k]!.n)) return true;
  return false;
}
export function extractTypes(linked: Analysis[], ours: Analysis[], facts: ReturnType<typeof emptyFacts>, ev: Evidence): void {
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
  // Petrol bombs or Molotov cocktails named: "the bombs" after them are the same.
  let incendiaryNamed = false;
  let blastTrace: string | undefined;
  let evid: string | undefined;
  const add = (a: Analysis, strongOnly: boolean): void => {
    const crowd = a.marks.some((m) => m.value.k === 'crowd');
    // (Not "..., the ministry said": an institution speaking is no other target.)
    // (Nor "had earlier said": a soft background word, see softEarlier.)
    if (strongOnly && a.marks.some((m) => (m.value.k === 'other' && !speakerPlace(a.s, m)) || (m.value.k === 'bg' && !softEarlier(a.s, m)))) return;
    // "Hours earlier, shots were fired at the embassy in Stockholm": a linked sentence placed in another city.
    if (placedElsewhere(a, city)) return;
    if (!armedSeen && mayHold(a.s, WORD.armed) && a.s.tokens.some((x) => ARMED_WITH.has(x.n) || FIREARM.has(x.n) || ARMED_GROUP.has(x.n))) armedSeen = true;
    for (const m of a.marks) {
      if (m.value.k !== 'cue') continue;
      if (ASSAULT_NOUNS.has(a.s.tokens[m.start]!.n) && (DEFINITE.has(a.s.tokens[m.start - 1]?.n ?? '') || a.s.tokens[m.start - 1]?.n === 's')) assaultNamed = true;
      if (m.value.type === null) {
        if (!strongOnly && armedAttack !== 'armed_assault' && a.links.some((l) => l.c === m)) armedAttack = armedAttackAt(a.s.tokens, m) ?? armedAttack;
        continue;
      }
      if (!strongOnly && m.value.explosion && a.links.some((l) => l.c === m) && !a.marks.some((x) => x.value.k === 'cue' && x.value.type !== null && x.value.type !== 'bombing')) loneBlast = true;
      // ("The protest was called after several truck drivers were killed ... in an attack blamed on Chadian armed men":
      // the grievance, an event told with its own dead after "after".)
      if (strongOnly && causeBefore(a, m)) continue;
      // ("have long targeted embassies with crude devices and arson, usually at night", "a protest that often ends in
      // clashes": what happens as a habit, not on the day.)
      if (a.s.tokens.slice(Math.max(0, m.start - 3), m.end + 2).some((x) => FREQUENTLY.has(x.n))) continue;
      // ("The group, which first emerged in 2020 claiming roadside bombings against convoys, ...": its dated past.)
      if (strongOnly && relativeClauses(a.s).some(([x, y]) => m.start > x && m.end <= y && a.s.tokens.slice(x, y).some((w) => YEARISH.test(w.n)))) continue;
      if (strongOnly && m.value.strength < 2 && !(m.value.typeOnly && m.value.type === 'armed_assault') && !(m.value.crowdOnly && !crowd && a.marks.some((x) => x.end <= m.start && attackersFire(a, x)))) continue;
      if (m.value.crowdOnly && !crowd && !armedMen(a)) continue;
      // "armed men forced their way in, beating staff and looting computers", "هاجم مسلحون ... ونهبوا محتوياته": what
      // armed men carry off is their assault's, no mob's.
      const lootedByArmed = m.value.type === 'arson_mob' && !crowd && (LOOTED.has(a.s.tokens[m.start]!.n) || LOOTED.has(a.s.tokens[m.start]!.alt ?? '')) && a.marks.some((x) => x.value.k === 'cue' && (x.value.type === 'armed_assault' || ARMED_MEN_CUE.has(a.s.tokens[x.start]!.n)));
      // "gasoline bombs" is arson, not also "bombs".
      if (a.marks.some((o) => o !== m && o.value.k === 'cue' && m.value.k === 'cue' && o.value.type !== null && o.value.type !== m.value.type && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) continue;
      // "a rocket-propelled grenade attack": the "grenade attack" inside it begins within the rocket's name.
      if (m.value.type === 'bombing' && a.marks.some((o) => o !== m && o.value.k === 'cue' && o.value.type === 'rocket_mortar' && o.start < m.start && o.end > m.start && o.end < m.end)) continue;
      // "revenge for U.S. drone strikes", "in retaliation for air strikes": the grievance, not this attack.
      if (!a.links.some((l) => l.c === m) && (revengeBefore(a.s.tokens, m.start) || grievanceBefore(a.s.tokens, m.start))) continue;
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
      // "carrying Kalashnikov rifles and machetes": a blade carried beside guns arms the assault; no stabbing told.
      if (m.value.type === 'stabbing_melee' && bladeBesideGuns(a.s.tokens, m)) continue;
      let t = m.value.type;
      if ((m.value.crowdOnly && !crowd) || lootedByArmed) t = 'armed_assault';
      const toks = a.s.tokens;
      // "hurled petrol bombs at the High Commission ... One of the bombs struck the wall": the bombs named before.
      if (t === 'arson_mob' && toks.slice(m.start, m.end).some((x) => INCENDIARY_HEAD.has(x.n))) incendiaryNamed = true;
      if (t === 'bombing' && incendiaryNamed && m.end - m.start === 1 && INCENDIARY_HEAD.has(toks[m.start]!.n) && DEFINITE.has(toks[m.start - 1]?.n ?? '')) continue;
      // "the consulate building was not breached": what did not happen names no weapon.
      if (!a.links.some((l) => l.c === m) && toks.slice(Math.max(0, m.start - 2), m.start).some((x) => NOT.has(x.n))) continue;
      // "gunmen then rushed into the compound", "A gunman with an assault rifle burst into the embassy": getting in is an
      // assault when armed men (or a crowd) are its subject, not "firefighters rushed into the building".
      // ("Les assaillants, arrivés à bord de deux motos, ont ouvert le feu ... avant de tenter de pénétrer dans l'enceinte":
      // the attackers the subject of a longer chain.)
      // ("dans laquelle s'est engouffré un commando armé": the armed men right after the verb, inverted.)
      if (t === 'armed_assault' && m.value.typeOnly && !a.marks.some((x) => (x.value.k === 'attacker' || x.value.k === 'crowd' || (x.value.k === 'cue' && x.value.type === 'shooting')) && x.end <= m.start && m.start - x.end <= (x.value.k === 'crowd' ? 5 : x.value.k === 'attacker' || ARMED_MEN_CUE.has(toks[x.start]!.n) ? 16 : 12)) && !a.marks.some((x) => x.value.k === 'attacker' && x.start >= m.end && x.start - m.end <= 2)) continue;
      // ("الفصيل المسلح", "تنظيم مسلح": an armed faction, the group described, no gunman.)
      if (t === 'shooting' && AR_GROUP_NOUN.has(toks[m.start - 1]?.n ?? '')) continue;
      // "un homme armé d'un couteau", "armed men with machetes": armed with a blade, no firearm.
      if (t === 'shooting' && a.marks.some((x) => x.value.k === 'cue' && (x.value.type === 'stabbing_melee' || (x.value.type === 'other' && !x.value.air)) && x.start >= m.end && x.start - m.end <= 3)) continue;
      // "Armés de pierres, de barres de fer et de bidons d'essence, ils ont forcé le portail": bars carried with stones, or
      // by a crowd, are a mob's arms, not a stabbing.
      if (t === 'stabbing_melee' && (crowd || toks.some((x) => MOB_STONES.has(x.n))) && toks.slice(Math.max(0, m.start - 6), m.start).some((x) => ARMED_WITH.has(x.n))) t = 'arson_mob';
      // "Protesters threw projectiles at the embassy": what a crowd throws is stones, not rockets.
      // ("officers waved groups through in turns to throw their missiles": missiles thrown by hand are stones.)
      if (t === 'rocket_mortar' && crowd && (PROJECTILE.has(toks[m.start]!.n) || (THROWN_MISSILES.has(toks[m.start]!.n) && toks.slice(Math.max(0, m.start - 3), m.start).some((x) => THROW.has(x.n))))) t = 'arson_mob';
      if (t === 'rocket_mortar' && !PROJECTILE.has(toks[m.start]!.n)) rocketNamed = true;
      if (t === 'armed_assault') {
        if (toks.slice(m.start, m.end).some((x) => HOSTAGE.has(x.n) || HOSTAGE_SINGULAR.has(x.n))) hostage = true;
        else hostageOnly = false;
      } else if (t !== 'other') armedSeen = true;
      // "a truck had tried to enter the embassy": an attempt to get in is no assault (but "tried to storm the
      // consulate", "tried to force their way through the gate" is one that failed).
      // ("Gunmen then tried to enter the compound": armed men trying to get in are one.)
      if (t === 'armed_assault' && !armedMen(a) && ENTER.has(toks[m.start]!.n === 'to' ? (toks[m.start + 1]?.n ?? '') : toks[m.start]!.n) && toks.slice(Math.max(0, m.start - 2), m.start + 1).some((x) => ATTEMPT.has(x.n))) continue;
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
        // (Nor a fire word that is the wound itself: "Un policier a été blessé par balle", the defender its victim.)
        // (German puts the participle last: "Ein Wachmann wurde am Samstag vor der Botschaft angeschossen".)
        const woundCue = (PASSIVE_WOUND_AUX.has(toks[m.start - 1]?.n ?? '') || toks.slice(Math.max(0, m.start - 12), m.start).some((x) => x.n === 'wurde' || x.n === 'wurden')) && a.marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && x.start >= m.start && x.start < m.end);
        if (!marksOnly && !woundCue && toks.slice(Math.max(0, m.start - 3), m.start).some((x, j, w) => DEFENDERS.has(x.n) && !commaBefore(a.s, m.start - w.length + j + 1) && !defenderAimedAt(toks, m.start - w.length + j))) continue;
        // "The soldier, a conscript ..., stepped back and fired four rounds": a defender is the sentence's subject.
        // (Not the victim an Arabic verb or noun puts first: "مقتل أمين شرطة ... في إطلاق نار", "لقي أمين شرطة مصرعه".)
        const subject = toks.slice(0, 3).findIndex((x) => DEFENDERS.has(x.n));
        // ("Two guards were killed in a shooting": the defenders the passive's victims.)
        const victimFirst = subject >= 0 && (MET_DEATH_FIRST.has(toks[0]!.n) || a.marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && (x.end <= subject || (PASSIVE_AUX.has(toks[subject + 1]?.n ?? '') && x.start > subject && x.start - subject <= 4 && x.end <= m.start))));
        if (!marksOnly && subject >= 0 && !victimFirst && !woundCue && !SAYS.has(toks[subject + 1]?.n ?? '') && !a.marks.some((x) => x.value.k === 'attacker' && x.start <= m.start)) continue;
        // "tirs de sommation", "warning shots", "fired into the air": fire to disperse, at no one.
        if (WARNING_FIRE.has(toks[m.start - 1]?.n ?? '') || (toks[m.end]?.n === 'de' && toks[m.end + 1]?.n === 'sommation') || (toks[m.end]?.n === 'into' && toks[m.end + 2]?.n === 'air')) continue;
        // ("shot dead by other members of the security detail": a longer agent.)
        if (toks[m.end]?.n === 'by' && toks.slice(m.end + 1, m.end + 7).some((x) => DEFENDERS.has(x.n))) continue;
        // "Knife attacker shot dead after wounding guard", "the assailant was shot": fire at the attacker, not by him.
        if (attackerShot(toks, a.marks, m)) continue;
        // ("A man wielding a machete attacked police officers ... and was shot dead at the scene": the attack's subject
        // shot in the passive after "and".)
        if (toks[m.start]!.n === 'shot' && PASSIVE_AUX.has(toks[m.start - 1]?.n ?? '') && toks[m.start - 2]?.n === 'and' && a.marks.some((x) => x.value.k === 'cue' && x.value.type !== 'shooting' && x.end <= m.start - 2)) continue;
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
      // "Police found the launch site ... The truck had been set alight": the attackers' own vehicle burned, no mob.
      if (t === 'arson_mob' && !crowd && strongOnly && toks.slice(Math.max(0, m.start - 4), m.start).some((x) => VEHICLE.has(x.n)) && !a.marks.some((x) => x.value.k === 'mission')) continue;
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
      // ("mit Sturmgewehren und Handgranaten das Konsulatsgelände gestürmt": the guns, then the explosives, after "with".)
      if ((t === 'bombing' || t === 'rocket_mortar') && (toks.slice(Math.max(0, m.start - 6), m.start).some((x) => ARMED_WITH.has(x.n)) || (COORD.has(toks[m.start - 1]?.n ?? '') && FIREARM.has(toks[m.start - 2]?.n ?? '') && WITH.has(toks[m.start - 3]?.n ?? '')))) continue;
      // "No explosives were found in the car", "Aucun engin explosif n'a été retrouvé": a weapon ruled out.
      // ("Investigators found no firearm or explosives in the vehicle": the ruled-out weapons joined by "or".)
      if (!a.links.some((l) => l.c === m) && (toks.slice(Math.max(0, m.start - 2), m.start).some((x) => NO_WEAPON.has(x.n)) || (OR_NOR.has(toks[m.start - 1]?.n ?? '') && toks.slice(Math.max(0, m.start - 4), m.start - 1).some((x) => NO_WEAPON.has(x.n))))) continue;
      // "An explosive vest he wore failed to detonate", "Police later found and defused a bomb in his car": a charge
      // never set off is no bombing beside what was done (kept aside for an attempt with nothing else).
      // ("Sprengstoff wurde in dem Wagen nicht gefunden": none there at all.)
      if ((t === 'bombing' || t === 'suicide_attack') && (unexploded(toks, m) || defusedNear(toks, m) || notFound(toks, m))) { unused.add(t); continue; }
      // "Investigators found jerrycans of petrol and a knife in the car", "fanden Ermittler ein Messer": a weapon found
      // afterwards, not used (kept aside like an unused charge).
      // ("He was armed with an automatic rifle and carried petrol bombs", "was carrying an automatic rifle and Molotov
      // cocktails": what he carried, not what he used.)
      if (!a.links.some((l) => l.c === m) && (foundWeapon(toks, m) || toks.slice(Math.max(0, m.start - 6), m.start).some((x) => CARRIED.has(x.n)))) { unused.add(t); continue; }
      // "drones packed with explosives", "an explosive-laden drone": the drone's payload, no separate bombing.
      if (t === 'bombing' && a.marks.some((x) => x.value.k === 'cue' && (x.value.air === true || x.value.drone === true) && ((x.end <= m.start && m.start - x.end <= 4) || (x.start >= m.end && x.start - m.end <= 2)))) continue;
      // (But "rams pickup into embassy barrier, slashes guard with machete": a ramming and a blade are two acts.)
      if (t === 'other' && types.size > 0 && !types.has('shooting') && !air && !(types.size === 1 && types.has('stabbing_melee'))) continue;
      // ("a grenade and gun attack": the grenade named as one of the attack's two weapons.)
      if (t === 'bombing' && (!m.value.explosion || a.marks.some((x) => x.value.k === 'cue' && x.value.type === 'armed_assault' && x.start === m.end && toks[x.start]!.n === 'and'))) explicitBomb = true;
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
  // "Wednesday night's assault on the embassy ... The three assailants were killed": a follow-up that names no weapon
  // but calls the attack an assault by attackers is an armed assault.
  if (types.size === 0 && assaultNamed && ours.some((a) => a.marks.some((m) => m.value.k === 'attacker'))) types.add('armed_assault');
  // "A bomb planted at the gate failed to explode": the attempt is all there was.
  if (types.size === 0) for (const t of unused) types.add(t);
  // "The embassy was targeted. Shrapnel was found embedded in the facade": a bang, unless more is said (below).
  if (blastTrace !== undefined && !types.has('suicide_attack')) { types.add('bombing'); evid ??= blastTrace; }
  // A bang with rockets or gunfire is the rockets or the gunfire, unless a bomb is named.
  // ("A powerful blast ripped through the gate of the embassy. Moments later, gunmen stormed the compound": the blast of its own sentence stays.)
  if (!explicitBomb && !(loneBlast && types.has('armed_assault') && !types.has('rocket_mortar')) && (types.has('rocket_mortar') || types.has('armed_assault') || types.has('shooting') || types.has('arson_mob'))) types.delete('bombing');
  // "The bomber died at the scene": a bombing whose bomber died in it is a suicide attack.
  if (types.has('bombing') && !types.has('suicide_attack') && ours.some((a) => bomberDied(a.s.tokens))) { types.delete('bombing'); types.add('suicide_attack'); }
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
