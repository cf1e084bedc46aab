// Casualty counts from the sentences about our attack. Conventions (shared/corpus/README.md plus ours):
// - "at least 150", "more than 450", "about 20", "rund 350" -> the stated number (lower bound);
// - "a dozen" -> 12; vague plurals ("dozens", "scores", "hundreds") state no figure -> null;
// - "no casualties", "no one was hurt", "weder Tote noch Verletzte" -> 0 (both, or the named one);
// - attackers are excluded: a count whose noun is "attackers", "gunmen", "bombers", ... is skipped;
// - a lone attacker reported dead ("the attacker was shot dead by officers") and no victim's death -> killed 0;
// - several counts for the same field -> the first, attack sentences before the rest (the lead carries the latest toll).
import * as L from './lexicon.js';
import type { Mark } from './classify.js';
import type { Sentence, Token } from './text.js';

export interface Casualties {
  killed: number | null;
  wounded: number | null;
  killedEvidence?: string;
  woundedEvidence?: string;
}

const UNIT_AFTER = new Set(['rockets', 'rocket', 'km', 'miles', 'mile', 'kilometres', 'kilometers', 'hours', 'hour', 'minutes', 'days', 'weeks', 'years', 'months', 'am', 'pm', 'percent', 'times', 'storey', 'metres', 'meters', 'explosions', 'shells', 'mortars', 'gunmen', 'attackers', 'suspects']);

const NUMBERISH = new Set([...Object.keys(L.NUMBER_WORDS), ...Object.keys(L.VAGUE_NUMBERS)]);
/** A number written in digits or words at token i, with the index after it. */
export function numberAt(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let n = t.n;
  const c0 = n.charCodeAt(0);
  // "Both gendarmes were wounded", "both were killed": two, as a subject only (not "on both sides").
  if (n === 'both') return tokens[i + 1]?.n === 'were' || tokens[i + 2]?.n === 'were' ? { value: 2, end: i + 1 } : null;
  // Fast path: most tokens are neither digits nor number words.
  if (!(c0 >= 48 && c0 <= 57) && !NUMBERISH.has(n) && !(c0 === 0x0648 && NUMBERISH.has(n.slice(1)))) return null;
  if (c0 >= 48 && c0 <= 57 && /^\d+$/.test(n)) {
    // "a 46-year-old guard", "de 46 años", "ein 46-jähriger Wachmann": an age, not a count.
    if (ageEnd(tokens, i) > i) return null;
    // "on Sept. 11 that killed", "le 9 mars": a day of the month, not a count.
    if (L.MONTHS[tokens[i - 1]?.n ?? ''] !== undefined || (L.MONTHS[tokens[i + 1]?.n ?? ''] !== undefined && n.length <= 2 && !/^(people|persons)$/.test(tokens[i + 2]?.n ?? ''))) return null;
    const v = Number(n);
    if (v >= 1900 && v <= 2100 && !tokens[i + 1]?.n.match(/^(people|persons|dead|killed|wounded|injured)$/)) return null;
    if (tokens[i + 1] && /^\d{2}$/.test(tokens[i + 1]!.n) && tokens[i + 1]!.start === t.end + 1) return null; // 11.00
    // "1 400 morts", "1.400 Tote", "1,400 dead": thousands grouped by one separator character.
    const group = tokens[i + 1];
    if (group && n.length <= 3 && /^\d{3}$/.test(group.n) && group.start === t.end + 1) return { value: v * 1000 + Number(group.n), end: i + 2 };
    return { value: v, end: i + 1 };
  }
  // "dozens", "hundreds": no figure is stated (the labels' convention: null). Recognised so that the
  // casualty word does not borrow another number, but they yield nothing.
  if (L.VAGUE_NUMBERS[n] !== undefined) return { value: -1, end: i + 1 };
  if (n.startsWith('\u0648') && L.NUMBER_WORDS[n.slice(1)] !== undefined) n = n.slice(1);
  const v = L.NUMBER_WORDS[n];
  if (v === undefined || v === 1 && ['a', 'an', 'un', 'une', 'ein', 'eine', 'einer', 'einen', 'uno', 'una'].includes(n)) {
    // "un muerto y tres heridos", "un mort", "ein Toter": the article counts one as a noun.
    if (ONE_AS_NOUN.has(tokens[i + 1]?.n ?? '')) return { value: 1, end: i + 1 };
    if (n === 'a' || n === 'une' || n === 'una' || n === 'une') {
      const nx = tokens[i + 1]?.n;
      if (nx === 'dozen' || nx === 'douzaine' || nx === 'docena' || nx === 'dizaine' || nx === 'vingtaine') return { value: L.NUMBER_WORDS[nx] ?? 12, end: i + 2 };
    }
    return null;
  }
  // "twenty five", "vingt-deux"
  const nx = tokens[i + 1] ? L.NUMBER_WORDS[tokens[i + 1]!.n] : undefined;
  // "twenty-one", "thirty five" (not "twenty a", "vingt un" is fine).
  if (v >= 20 && v < 100 && v % 10 === 0 && nx !== undefined && nx < 10 && nx >= 1 && !INDEFINITE_ARTICLE.has(tokens[i + 1]!.n)) return { value: v + nx, end: i + 2 };
  if (nx === 100 && v < 10) return { value: v * 100, end: i + 2 };
  // "two dozen", "three dozen": not "two, a dozen".
  if (tokens[i + 1]?.n === 'dozen' && v > 1 && v < 10) return { value: v * 12, end: i + 2 };
  return { value: v, end: i + 1 };
}

/** The index after an age ("46-year-old", "46 años", "46-jähriger") starting at i, or i. */
export function ageEnd(t: readonly Token[], i: number): number {
  const a = t[i + 1]?.n;
  if (a === 'year' && t[i + 2]?.n === 'old') return i + 3;
  if (a === 'anos' || a === 'ans' || (a !== undefined && /^jahrig/.test(a))) return t[i - 1]?.n === 'de' || a.startsWith('jahrig') ? i + 2 : i;
  return i;
}
const ONE_AS_NOUN = new Set(['muerto', 'muerta', 'herido', 'herida', 'mort', 'morte', 'blesse', 'blessee', 'toter', 'tote', 'verletzter', 'verletzte', 'fallecido', 'fallecida']);
const INDEFINITE_ARTICLE = new Set(['a', 'an', 'une', 'una', 'ein', 'eine', 'einer', 'einen']);
const SEPARATORS = new Set(['and', 'et', 'y', 'und', 'while', 'but', 'with']);
/** A comma or a conjunction between token i and token j. */
function clauseEndsBetween(text: string, t: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (SEPARATORS.has((t[k] as Token).n)) return true;
  const a = t[i], b = t[j];
  return a !== undefined && b !== undefined && /[,;]/.test(text.slice(a.end, b.start));
}

const NEGATORS = new Set(['no', 'none', 'nobody', 'neither', 'aucun', 'aucune', 'personne', 'ningun', 'ninguno', 'nadie', 'kein', 'keine', 'niemand']);
const BE = new Set(['was', 'were', 'been', 'is', 'are', 'a', 'ete', 'fue', 'fueron', 'hubo', 'hay', 'habia', 'wurde', 'wurden']);
const UNHURT = new Set(['unhurt', 'unharmed', 'uninjured', 'indemne', 'indemnes', 'ilesos', 'ileso', 'unverletzt']);
const STAFF = new Set(['staff', 'personnel', 'employees', 'everyone', 'diplomats', 'workers']);
const DETERMINERS = new Set(['a', 'an', 'one', 'the', 'its', 'his', 'her', 'their', 'le', 'la', 'l', 'un', 'une', 'el', 'una', 'den', 'einen', 'der', 'die']);
const TOLL_RISE = new Set(['rose', 'risen', 'rises', 'climbed', 'reached', 'increased', 'jumped']);

/** "No embassy staff were hurt", "nobody was killed", "none of the staff was injured": a negated casualty word. */
function negatedCasualty(t: readonly Token[], at: number, numbers: { start: number }[]): boolean {
  let sawBe = false;
  // "no one apart from the four attackers had been killed": the count after "apart from" is the exception.
  let except = -1;
  for (let k = at - 1; k >= Math.max(0, at - 9); k--) if (EXCEPT.has(t[k]!.n)) { except = k; break; }
  // "aucun membre de son personnel n'avait été blessé": the negated subject may stand nine words back.
  for (let k = at - 1; k >= Math.max(0, at - 9); k--) {
    const n = t[k]!.n;
    if (BE.has(n)) sawBe = true;
    if (NEGATORS.has(n)) return sawBe || n === 'nobody' || n === 'none' || n === 'personne' || n === 'nadie' || n === 'niemand';
    // "no one was killed or injured": the "one" of "no one" is no count.
    if (numbers.some((x) => x.start === k) && !NEGATORS.has(t[k - 1]?.n ?? '') && !(except >= 0 && k > except)) return false;
  }
  // German, the negation after: "Verletzt wurde außer dem Angreifer niemand".
  if ((t[at + 1]?.n === 'wurde' || t[at + 1]?.n === 'wurden') && t.slice(at + 2, at + 8).some((x) => x.n === 'niemand' || x.n === 'keiner')) return true;
  return false;
}
const EXCEPT = new Set(['apart', 'except', 'besides', 'other', 'ausser', 'sauf', 'excepto', 'salvo']);

/** "killing the head of security", "shot dead a guard", "a guard was killed": one victim named by a singular noun. */
function singular(tok: Token | undefined): boolean {
  return tok !== undefined && /^\p{L}+$/u.test(tok.s) && !/[^s]s$/.test(tok.n) && !DETERMINERS.has(tok.n) && NUMBER_OR_VAGUE(tok.n) === false;
}
function attackerIn(attackers: Mark[], from: number, to: number): boolean {
  for (const a of attackers) if (a.start >= from && a.start < to) return true;
  return false;
}
const GAP_DET = new Set(['a', 'an', 'another', 'his', 'her', 'their', 'one', 'un', 'une', 'otro', 'otra', 'ein', 'eine']);
/** "One guard was stabbed to death and a second wounded", "... and his colleague hurt": the verb left out after "and". */
function gappedVictim(t: readonly Token[], c: Mark, marks: Mark[], attackers: Mark[]): boolean {
  for (let d = c.start - 1; d >= Math.max(1, c.start - 3); d--) {
    if (!GAP_DET.has(t[d]!.n)) continue;
    if (!AND.has(t[d - 1]?.n ?? '')) return false;
    // Only a noun or an ordinal between, and a casualty word with its verb before "and".
    if (t.slice(d + 1, c.start).some((x) => !singular(x) || BE.has(x.n) || NOT_PERSON.has(x.n))) return false;
    if (attackerIn(attackers, d, c.start)) return false;
    return marks.some((m) => (m.value.k === 'killed' || m.value.k === 'wounded') && m.end <= d - 1 && d - 1 - m.end <= 3 && t.slice(Math.max(0, m.start - 4), m.start).some((x) => BE.has(x.n)));
  }
  return false;
}
const PLURAL_BE = new Set(['were', 'wurden', 'fueron', 'resultaron', 'ete']);
const RELATIVE_START = new Set(['who', 'which', 'die', 'der', 'das', 'que', 'qui']);
/**
 * "A guard and a passer-by were wounded", "Verletzt wurden ein Wachmann des Konsulats und eine Passantin":
 * a plural subject of coordinated people each named with "a", one victim each; 0 when not that form.
 */
function coordinatedPersons(text: string, t: readonly Token[], c: Mark, attackers: Mark[]): number {
  const commaBefore = (k: number): boolean => k > 0 && /,/.test(text.slice(t[k - 1]!.end, t[k]!.start));
  let from = -1;
  let to = -1;
  let b = c.start - 1;
  if (ADVERB.has(t[b]?.n ?? '')) b--;
  if (t[b]?.n === 'ete' && t[b - 1]?.n === 'ont') b--;
  if (PLURAL_BE.has(t[b]?.n ?? '') && b > 0 && !commaBefore(b)) {
    // The subject before the verb, back to the sentence's start or a clause opener.
    to = b;
    from = b - 1;
    while (from > 0 && b - from < 16 && !CLAUSE_OPENERS.has(t[from - 1]!.n) && !(commaBefore(from) && !AND.has(t[from]!.n) && !INDEFINITE.has(t[from]!.n))) from--;
  } else if (PLURAL_BE.has(t[c.end]?.n ?? '') || (PLURAL_BE.has(t[c.start - 1]?.n ?? '') && (c.start === 1 || commaBefore(c.start - 1)))) {
    // Inverted: the subject after the verb, up to a relative clause or the sentence's end.
    from = PLURAL_BE.has(t[c.end]?.n ?? '') ? c.end + 1 : c.end;
    to = from;
    while (to < t.length && to - from < 16 && !RELATIVE_START.has(t[to]!.n) && !(to > from && commaBefore(to) && !AND.has(t[to]!.n) && !INDEFINITE.has(t[to]!.n))) to++;
  }
  if (from < 0 || to - from < 3 || attackerIn(attackers, from, to)) return 0;
  let count = 0;
  let size = 0;
  for (let k = from; k < to; k++) {
    const n = t[k]!.n;
    const start = k === from || AND.has(t[k - 1]!.n) || commaBefore(k);
    if (AND.has(n)) { if (size === 0) return 0; size = 0; continue; }
    if (start) {
      if (!INDEFINITE.has(n) && n !== 'another') return 0;
      count++;
    } else if (BE.has(n) || NOT_PERSON.has(n)) return 0;
    size++;
  }
  return count >= 2 ? count : 0;
}

/** How many victims one casualty word names without a count ("killing a guard": 1), or 0. */
function loneVictims(text: string, t: readonly Token[], c: Mark, attackers: Mark[], marks: Mark[]): number {
  const first = t[c.start]!.n;
  // "killing only himself", "shot dead a man who attacked the embassy": the attacker, no victim.
  if (t[c.end]?.n === 'only' && /^(himself|herself|themselves)$/.test(t[c.end + 1]?.n ?? '')) return 0;
  for (let k = c.end; k < Math.min(t.length, c.end + 5); k++) {
    if (t[k]!.n !== 'who') continue;
    if (marks.some((m) => m.value.k === 'cue' && m.start > k && m.start - k <= 4)) return 0;
    break;
  }
  if (gappedVictim(t, c, marks, attackers)) return 1;
  const persons = coordinatedPersons(text, t, c, attackers);
  if (persons > 0) return persons;
  // After a transitive form: "killing the head of security", "killed an Afghan guard".
  if (TRANSITIVE.has(first)) {
    // Spanish personal "a": "hirió a una funcionaria", "mató a un guardia".
    const personalA = t[c.end]?.n === 'a' && INDEFINITE.has(t[c.end + 1]?.n ?? '') ? 1 : 0;
    const di = c.end + personalA;
    const d = t[di];
    // "killed Mustafa Akarsu, a Turkish guard": a victim named by a personal name.
    if (d && isName(t, c.end) && !attackerIn(attackers, c.end, c.end + 3)) return 1;
    // "attacked a guard ..., lightly wounding him": the person just named, unless that was an attacker
    // ("police shot the gunman, wounding him").
    if (d && (d.n === 'him' || d.n === 'her') && !attackerIn(attackers, Math.max(0, c.start - 8), c.start) && !defenderFired(t, c.start)) return 1;
    // "..., the ministry said": a comma ends the object.
    if (d && DETERMINERS.has(d.n) && d.n !== 'their' && !/[,;:]/.test(text.slice(t[c.end - 1]!.end, d.start))) {
      let k = ageEnd(t, di + 1);
      if (t[k]?.n === 'embassy' || t[k]?.n === 'consulate' || t[k]?.n === 'mission') k += t[k + 1]?.n === 's' ? 2 : 1; // "the embassy's head"
      if (singular(t[k]) && !attackerIn(attackers, c.end, k + 2) && !/^(attack|blast|explosion|bombing|assault)$/.test(t[k]!.n)) return 1 + oneMore(t, k + 1, attackers);
    }
  }
  // Adjectival: "the wounded officer opened fire".
  if (/^(wounded|injured|blesse|herido|verletzte)$/.test(first) && (t[c.start - 1]?.n === 'the' || t[c.start - 1]?.n === 'a') && singular(t[c.end]) && !NOT_NOUN.has(t[c.end]!.n) && !attackerIn(attackers, c.end, c.end + 1)) return 1;
  // Passive: "a guard was killed", "an officer was shot dead", "un guardia resultó gravemente herido".
  // Intransitive: "a guard died of his wounds", "a policeman suffered minor injuries".
  let b = c.start - 1;
  if (t[b]?.n === 'shot' || (first === 'to' && DEATH_BY.has(t[b]?.n ?? ''))) b--; // "was shot dead", "was stabbed to death"
  if (ADVERB.has(t[b]?.n ?? '')) b--;
  let verb = PASSIVE_BE.has(t[b]?.n ?? '');
  if (!verb && INTRANSITIVE.has(first)) { b = c.start; verb = true; }
  // ("A Venezuelan police officer posted outside was slightly wounded": a subject of up to six words.)
  let subjectReach = 7;
  if (!verb) {
    // "a guard suffered a minor head injury": the verb up to two modifiers before the injury.
    for (let k = c.start - 1; k >= Math.max(0, c.start - 4); k--) if (SUFFERED.has(t[k]!.n)) { b = k; verb = true; subjectReach = 10; break; }
  }
  if (verb) {
    if (t[b]!.n === 'ete' && t[b - 1]?.n === 'a') b--;
    // "A third person, a security guard employed by the consulate, was wounded": the subject before the aside.
    if (b > 1 && /,\s*$/.test(text.slice(t[b - 1]!.end, t[b]!.start))) {
      for (let k = b - 2; k >= Math.max(1, b - 12); k--) if (/,\s*$/.test(text.slice(t[k - 1]!.end, t[k]!.start))) { b = k; break; }
    }
    // "The bomber, a young man, was killed": the attacker, named first.
    if (attackers.some((x) => x.start <= 2 && x.start < b)) return 0;
    for (let k = b - 1; k >= Math.max(0, b - subjectReach); k--) {
      const n = t[k]!.n;
      // ("Un trabajador de la embajada de Ucrania en Lisboa sufrió heridas": the noun after the article.)
      if (INDEFINITE.has(n)) {
        // "One of them ... was wounded": one of a group named before, maybe the attackers.
        if (t[k + 1]?.n === 'of') return 0;
        // (A long subject must be one person: not "an unspecified number of officers and guests".)
        const one = subjectReach > 7 || b - k > 5 ? singular(t[k + 1]) && !t.slice(k, b).some((x) => AND.has(x.n) || NOT_PERSON.has(x.n)) && !/[,;]/.test(text.slice(t[k]!.end, t[b]!.start)) : singular(t[b - 1]);
        return one && !attackerIn(attackers, k, b) ? 1 : 0;
      }
      // "The ambassador was killed", "the embassy's driver was wounded": one person named by role.
      if ((n === 'the' || n === 'its' || n === 'his' || n === 'her') && k === b - 2 || (n === 'the' && k === b - 3 && t[b - 2]!.n === 's')) return !attackerIn(attackers, k, b) && singular(t[b - 1]) && !NOT_PERSON.has(t[b - 1]!.n) && !/^\p{Lu}/u.test(t[b - 1]!.s) ? 1 : 0;
      if (n === 'the' || n === 'its' || n === 'his' || n === 'her') return 0;
      if (NUMBER_OR_VAGUE(n) !== false) return 0;
    }
  }
  return 0;
}

const ANY_DEFENDER = new Set(L.DEFENDER_WORDS);
const CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'cuando', 'quand', 'lorsque', 'als']);
const WITH = new Set(['with', 'avec', 'con', 'mit']);
const NEW_CLAUSE = new Set(['while', 'whereas', 'mientras', 'tandis', 'wahrend']);
const SHOCK = new Set(['shock', 'panic', 'panico', 'choc', 'panique', 'schock', 'smoke', 'inhalation', 'asfixia', 'اختناق']);
const FIRED = new Set(['returned', 'opened', 'fired', 'shot']);
/** "the wounded officer returned fire, killing him": a defender's fire, its victim the attacker. */
function defenderFired(t: readonly Token[], before: number): boolean {
  // Active voice only: "the officer returned fire", not "a guard was shot".
  for (let k = Math.max(0, before - 8); k < before; k++) if (ANY_DEFENDER.has(t[k]!.n) && (FIRED.has(t[k + 1]?.n ?? '') || (FIRED.has(t[k + 2]?.n ?? '') && !BE.has(t[k + 1]?.n ?? '')))) return true;
  return false;
}

/** "wounding a guard and a driver": after one victim at `k - 1`, "and a(n) [adjective] noun" is one more. */
function oneMore(t: readonly Token[], k: number, attackers: Mark[]): number {
  if (!AND.has(t[k]?.n ?? '') || !INDEFINITE_ARTICLE.has(t[k + 1]?.n ?? '')) return 0;
  const noun = singular(t[k + 2]) && !NOT_NOUN.has(t[k + 2]!.n) ? k + 2 : singular(t[k + 3]) && !NOT_NOUN.has(t[k + 3]!.n) ? k + 3 : -1;
  return noun > 0 && !attackerIn(attackers, k + 1, noun + 1) && !NOT_PERSON.has(t[noun]!.n) ? 1 : 0;
}

/**
 * "Two Kenyans and an American were among the dead", "three guards and a passer-by were hurt": a count and
 * one more person coordinated as the subject of the casualty word; the total, or 0.
 */
function countAndOne(text: string, t: readonly Token[], n: { value: number; start: number; end: number }, c: Mark, attackers: Mark[]): number {
  if (n.value <= 0 || /[,;:()]/.test(text.slice(t[n.end - 1]!.end, t[c.start]!.start))) return 0;
  let k = n.end;
  while (k < c.start && k - n.end < 3 && !AND.has(t[k]!.n)) k++;
  if (k === n.end || !AND.has(t[k]?.n ?? '') || !INDEFINITE_ARTICLE.has(t[k + 1]?.n ?? '')) return 0;
  const second = k + 2;
  for (k = second; k < c.start && k - second < 3 && !BE.has(t[k]!.n); k++) if (!/^[\p{L}-]+$/u.test(t[k]!.s)) return 0;
  if (k === second || attackerIn(attackers, n.start, k)) return 0;
  // Up to the casualty word only "were", "among the", an adverb.
  for (; k < c.start; k++) if (!BE.has(t[k]!.n) && !AMONG.has(t[k]!.n) && t[k]!.n !== 'the' && !ADVERB.has(t[k]!.n)) return 0;
  return n.value + 1;
}

const STABBED = new Set(['stabbed', 'knifed', 'poignarde', 'apunalo']);
/** "A man stabbed a guard outside the embassy": one victim hurt (not "stabbed to death"). */
function stabbedOne(t: readonly Token[], attackers: Mark[]): boolean {
  for (let i = 0; i < t.length; i++) {
    if (!STABBED.has(t[i]!.n)) continue;
    let k = i + 1;
    if (t[k]?.n === 'a' && INDEFINITE_ARTICLE.has(t[k + 1]?.n ?? '')) k++; // "apuñaló a un guardia"
    if (!INDEFINITE_ARTICLE.has(t[k]?.n ?? '') && t[k]?.n !== 'the') continue;
    const noun = singular(t[k + 1]) && !NOT_NOUN.has(t[k + 1]!.n) ? k + 1 : singular(t[k + 2]) && !NOT_NOUN.has(t[k + 2]!.n) ? k + 2 : -1;
    if (noun < 0 || NOT_PERSON.has(t[noun]!.n) || attackerIn(attackers, k, noun + 1)) continue;
    if (t.slice(noun + 1, noun + 4).some((x) => x.n === 'death' || x.n === 'dead' || x.n === 'mort' || x.n === 'muerte')) continue;
    return true;
  }
  return false;
}
const DEATH_BY = new Set(['stabbed', 'beaten', 'hacked', 'burned', 'burnt', 'crushed', 'shot', 'knifed']);
const TRANSITIVE = new Set(['killing', 'killed', 'kills', 'kill', 'dead', 'wounding', 'wounded', 'injuring', 'injured', 'tuant', 'tue', 'tuerent', 'blessant', 'blesse', 'blesserent', 'matando', 'mato', 'mataron', 'hiriendo', 'hirio', 'hirieron', 'totete', 'toteten']);
const NOT_PERSON = new Set(['toll', 'number', 'attack', 'figure', 'building', 'vehicle', 'car', 'truck', 'gate', 'wall', 'compound', 'embassy', 'consulate', 'mission', 'area', 'city', 'total', 'count', 'bomb', 'blast', 'explosion', 'suspect', 'perpetrator', 'attacker', 'assailant', 'gunman', 'bomber']);
const INTRANSITIVE = new Set(['died', 'dies', 'succumbed', 'perished', 'mourut', 'murio', 'fallecio', 'starb']);
const ADVERB = new Set(['seriously', 'badly', 'critically', 'slightly', 'lightly', 'severely', 'fatally', 'mortally', 'gravement', 'grievement', 'legerement', 'mortellement', 'gravemente', 'levemente', 'mortalmente', 'schwer', 'leicht', 'todlich']);
const PASSIVE_BE = new Set(['was', 'fue', 'resulto', 'resultado', 'wurde', 'est', 'ete']);
const INDEFINITE = new Set(['a', 'an', 'one', 'un', 'une', 'una', 'uno', 'ein', 'eine', 'einer']);
const NOT_NOUN = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'and', 'or', 'in', 'at', 'of', 'who', 'included', 'include', 'includes', 'list', 'toll', 'count']);
/** Two or more capitalised words after a verb, not at a sentence start: a person's name. */
function capWord(x: Token | undefined): boolean {
  return x !== undefined && /^\p{Lu}\p{Ll}+$/u.test(x.s);
}
function isName(t: readonly Token[], i: number): boolean {
  return capWord(t[i]) && capWord(t[i + 1]) && !DETERMINERS.has(t[i]!.n);
}
const NUMBER_OR_VAGUE = (n: string): number | false => (/^\d+$/.test(n) ? Number(n) : (L.VAGUE_NUMBERS[n] ?? (L.NUMBER_WORDS[n] !== undefined && n !== 'a' && n !== 'an' ? L.NUMBER_WORDS[n]! : false)));

const HEDGE = /\b(?:did not|didn't|could not|couldn't|cannot|can't|not yet|were unable to)\s+(?:yet\s+)?(?:say|provide|give|specify|tell)\b[^.;]*\b(?:how many|separate)/i;
const SUFFERED = new Set(['suffered', 'sustained', 'received', 'subi', 'subieron', 'sufrio', 'sufrieron', 'erlitten', 'erlitt']);
const INCLUDING = new Set(['including', 'includes', 'included', 'incl', 'dont', 'incluido', 'incluidos', 'darunter']);
const AMONG = new Set(['among', 'amongst', 'parmi', 'entre', 'unter']);
const OTHERS_AFTER = new Set(['other', 'others', 'autres', 'weitere', 'weiteren', 'andere']);
const OTHERS_BEFORE = new Set(['otros', 'otras']);
const AND = new Set(['and', 'et', 'y', 'e', 'und']);
const ALONG = ['along with', 'together with', 'as well as', 'ainsi que', 'ainsi qu', 'junto con', 'zusammen mit'];
const ALONG_WORDS = ALONG.map((p) => p.split(' '));
const ALONG_FIRST = new Set(ALONG_WORDS.map((w) => w[0]!));

/** "X and three others": the number counts the others; the one (or the count) before "and" adds to it. */
function othersBesides(t: readonly Token[], n: { start: number; end: number }, numbers: { value: number; start: number; end: number }[], cas: Mark[], c: Mark): number {
  let conj = -1;
  if (OTHERS_AFTER.has(t[n.end]?.n ?? '') && AND.has(t[n.start - 1]?.n ?? '')) conj = n.start - 1;
  else if (OTHERS_BEFORE.has(t[n.start - 1]?.n ?? '') && AND.has(t[n.start - 2]?.n ?? '')) conj = n.start - 2;
  if (conj < 0) return coordinatedVictims(t, n, numbers, cas);
  // "Two civilians were killed and nineteen others were wounded", "a guard was killed and three others hurt":
  // the others are besides those of another casualty word, not more of this one.
  if (cas.some((o) => o !== c && o.end <= conj && conj - o.end <= 6)) return 0;
  // "two guards and three others": the count before the conjunction.
  const before = numbers.find((x) => x.end <= conj && conj - x.end <= 3 && x.value > 0);
  return before ? before.value : 1;
}

const DEFENDERS = new Set(['police', 'guards', 'troops', 'soldiers', 'forces', 'marines', 'commandos', 'gendarmes', 'policia', 'polizei', 'polizisten']);
/** "Police shot dead a man", "security forces killed the gunmen" (not "two policemen killed", "left two guards dead"). */
function defendersKill(t: readonly Token[], c: Mark, numbers: { start: number; end: number }[]): boolean {
  const w = t[c.start]!.n;
  let d = c.start - 1;
  if (w === 'dead' && t[d]?.n === 'shot') d--;
  else if (w !== 'killed' && w !== 'killing' && w !== 'kills' && w !== 'kill') return false;
  if (!DEFENDERS.has(t[d]?.n ?? '')) return false;
  // A count before the defenders makes them the victims: "two policemen killed".
  return !numbers.some((x) => x.end === d || x.end === d - 1);
}
const LONE_ATTACKER = new Set(['attacker', 'gunman', 'assailant', 'bomber', 'stabber', 'assaillant', 'agresor', 'atacante', 'angreifer', 'attentater', 'tater']);
const STILL = new Set(['still', 'were', 'are', 'was', 'is', 'had', 'have', 'been']);
/**
 * "Two other people, a second police officer and a woman waiting for a bus, remain in hospital": a count whose
 * apposition between commas names who they were, then the casualty word.
 */
function countBeforeAside(text: string, t: readonly Token[], c: Mark, numbers: { value: number; start: number; end: number }[], cas: Mark[], attackers: Mark[]): { value: number; start: number; end: number } | null {
  // ("..., were taken to hospital, where two of them died": the dead, not the wounded.)
  if (cas.some((o) => o.value.k === 'killed' && o.start > c.end)) return null;
  let k = c.start - 1;
  while (k >= 0 && c.start - k <= 3 && (STILL.has(t[k]!.n) || ADVERB.has(t[k]!.n))) k--;
  // A comma right before the verb group ends the aside; its opening comma follows the count's noun.
  if (k < 0 || !/,\s*$/.test(text.slice(t[k]!.end, t[k + 1]!.start))) return null;
  for (const n of numbers) {
    // ("One of them, identified as ..., was wounded": one of a group named before, maybe the attackers.)
    if (n.value <= 0 || n.end > k || k - n.end > 20 || t[n.end]?.n === 'of') continue;
    let open = -1;
    for (let j = n.end; j <= Math.min(k, n.end + 3); j++) if (/,\s*$/.test(text.slice(t[j - 1]!.end, t[j]!.start))) { open = j; break; }
    if (open < 0 || open > k) continue;
    if (cas.some((o) => o !== c && o.start >= n.end && o.start < c.start) || attackerIn(attackers, n.end, open)) continue;
    return n;
  }
  return null;
}
/** "The attacker was shot dead by officers", "der Angreifer wurde ... erschossen": the attacker as the dead subject. */
function attackerKilled(text: string, t: readonly Token[], c: Mark, attackers: Mark[], numbers: { start: number; end: number }[]): boolean {
  // "... and was shot dead by other officers": killed by the guards, so the attacker.
  if (t[c.end]?.n === 'by' && t.slice(c.end + 1, c.end + 4).some((x) => ANY_DEFENDER.has(x.n))) return true;
  // "Knife attacker wounds police guard at embassy, shot dead": a headline's clause with no subject of its own.
  const verb = c.start - 1;
  if (verb > 0 && t[verb]!.n === 'shot' && /,\s*$/.test(text.slice(t[verb - 1]!.end, t[verb]!.start)) && attackers.some((a) => a.end <= verb && LONE_ATTACKER.has(t[a.end - 1]!.n))) return true;
  // A lone attacker ("the attacker", "der Angreifer"): gunmen "killed at the perimeter" may be some of several.
  const subject = attackers.find((a) => a.end <= c.start && c.start - a.end <= 10 && a.end - a.start === 1 && LONE_ATTACKER.has(t[a.start]!.n) && (t[a.start]!.n !== 'angreifer' || t[a.start - 1]?.n === 'der'));
  if (!subject || subject.start > 3 && !['the', 'der', 'le', 'l', 'el'].includes(t[subject.start - 1]?.n ?? '')) return false;
  const between = t.slice(subject.end, c.start);
  // One subject, no count or other casualty in between: "the attacker and two guards were killed" is not it.
  if (numbers.some((n) => n.start >= subject.start && n.start < c.start) || between.some((x) => AND.has(x.n))) return false;
  return between.some((x) => BE.has(x.n) || x.n === 'wurde');
}
/** Beside a count of attackers, the victims coordinated with them: "the four attackers and a policeman", "a guard and two attackers". */
function victimsBesideAttackers(t: readonly Token[], n: { start: number; end: number }, c: Mark, numbers: { value: number; start: number; end: number }[]): number {
  for (let k = n.end; k < c.start; k++) {
    if (!AND.has(t[k]!.n)) continue;
    const num = numbers.find((x) => x.start === k + 1 && x.end <= c.start);
    if (num) return Math.max(0, num.value);
    return INDEFINITE_ARTICLE.has(t[k + 1]?.n ?? '') ? 1 : 0;
  }
  let conj = n.start - 1;
  if (t[conj]?.n === 'the') conj--;
  if (!AND.has(t[conj]?.n ?? '')) return 0;
  const before = numbers.find((x) => x.end <= conj && conj - x.end <= 2 && x.value > 0);
  if (before) return before.value;
  for (let k = conj - 1; k >= Math.max(0, conj - 3); k--) if (INDEFINITE_ARTICLE.has(t[k]!.n)) return 1;
  return 0;
}

/** "Both gendarmes were lightly wounded, as was a passer-by", "..., as were two policemen": more victims of the same kind. */
function asWas(t: readonly Token[], c: Mark, numbers: { value: number; start: number; end: number }[]): number {
  for (let k = c.end; k < Math.min(t.length, c.end + 3); k++) {
    if (t[k]!.n !== 'as' || (t[k + 1]?.n !== 'was' && t[k + 1]?.n !== 'were')) continue;
    const num = numbers.find((x) => x.start === k + 2);
    if (num) return num.value > 0 ? num.value : 0;
    return INDEFINITE_ARTICLE.has(t[k + 2]?.n ?? '') ? 1 : 0;
  }
  return 0;
}

/**
 * "killing four Afghan guards and a civilian", "wounding 12 police and three passers-by": a coordinated object.
 * Not "killing four and wounding 12", nor "killing two guards and 30 were injured".
 */
function objectCoordinated(text: string, t: readonly Token[], n: { start: number; end: number }, numbers: { value: number; start: number; end: number }[], cas: Mark[]): number {
  for (let k = n.end; k < Math.min(t.length, n.end + 4); k++) {
    if (!AND.has(t[k]!.n)) continue;
    if (/[,;]/.test(text.slice(t[k - 1]!.end, t[k]!.start)) && k === n.end) return 0;
    // "killed six: four guards and two passers-by": an enumeration of the six, not more.
    if (/[:;(—–]/.test(text.slice(t[n.end - 1]!.end, t[k]!.start)) || numbers.some((x) => x.start >= n.end && x.start < k)) return 0;
    const next = t[k + 1];
    if (!next || cas.some((o) => o.start > n.end && o.start <= k + 3)) return 0;
    const num = numbers.find((x) => x.start === k + 1);
    if (num) return num.value > 0 && !OTHERS_AFTER.has(t[num.end]?.n ?? '') ? num.value : 0;
    // "and a civilian", not "rose to nine and an internet statement said": the noun ends the object.
    if (INDEFINITE_ARTICLE.has(next.n) && /^\p{L}+$/u.test(t[k + 2]?.s ?? '') && !/[^s]s$/.test(t[k + 2]!.n) && endsObject(text, t, k + 2)) return 1;
    return 0;
  }
  return 0;
}

const AFTER_OBJECT = new Set(['who', 'in', 'at', 'from', 'on', 'and', 'were', 'was', 'near', 'outside', 'inside', 'among', 'et', 'y', 'und']);
/** The object ends after the noun at k, or after one adjective following it ("une passante mauritanienne,"). */
function endsObject(text: string, t: readonly Token[], k: number): boolean {
  const ends = (j: number): boolean => {
    const next = t[j + 1];
    return !next || /[,;.:)]/.test(text.slice(t[j]!.end, next.start)) || AFTER_OBJECT.has(next.n);
  };
  return ends(k) || (t[k + 1] !== undefined && /^\p{Ll}+$/u.test(t[k + 1]!.s) && ends(k + 1));
}

/**
 * "a policeman and two civilians were killed", "two guards and three passers-by were wounded": a coordinated
 * subject counts both sides. The other side must not belong to another casualty word ("killed 2 and 17 were hurt").
 */
function coordinatedVictims(t: readonly Token[], n: { start: number; end: number }, numbers: { value: number; start: number; end: number }[], cas: Mark[]): number {
  const conj = n.start - 1;
  if (!AND.has(t[conj]?.n ?? '')) return 0;
  // ("Two officers were killed, while a guard and two visitors were hurt": a new clause starts after "killed".)
  if (cas.some((o) => o.end <= n.start && o.end > conj - 5 && !t.slice(o.end, conj).some((x) => NEW_CLAUSE.has(x.n)))) return 0;
  const before = numbers.find((x) => x.end <= conj && conj - x.end <= 2 && x.value > 0);
  if (before) return cas.some((o) => o.end <= before.start && before.start - o.end <= 2) ? 0 : before.value;
  // "a policeman and", "an embassy guard and": one person.
  for (let k = conj - 1; k >= Math.max(0, conj - 3); k--) {
    if (INDEFINITE.has(t[k]!.n) && t[k]!.n !== 'one') return cas.some((o) => o.end <= k && k - o.end <= 1 && !NEW_CLAUSE.has(t[o.end]!.n)) ? 0 : 1;
    if (DETERMINERS.has(t[k]!.n) || NUMBER_OR_VAGUE(t[k]!.n) !== false) return 0;
  }
  return 0;
}

/** "killed ..., along with two Somali civilians": the count of the others, or null. */
function alongWith(t: readonly Token[], c: Mark, numbers: { value: number; start: number; end: number }[], cas: Mark[]): number | null {
  for (let k = c.end; k < Math.min(t.length, c.end + 12); k++) {
    if (!ALONG_FIRST.has(t[k]!.n)) continue;
    for (const words of ALONG_WORDS) {
      if (!words.every((w, j) => t[k + j]?.n === w)) continue;
      const n = numbers.find((x) => x.start >= k + words.length && x.start - (k + words.length) <= 1 && x.value > 0);
      if (n && !cas.some((o) => o.start > c.start && o.start < n.start)) return n.value;
      // "..., ainsi qu'une adolescente libyenne", "along with a passer-by": one more.
      return INDEFINITE_ARTICLE.has(t[k + words.length]?.n ?? '') ? 1 : null;
    }
  }
  return null;
}

/** "..., six of them attackers", "including the six attackers", "the two attackers among them": attackers in a toll. */
function attackersIncluded(t: readonly Token[], from: number, numbers: { value: number; start: number; end: number }[], attackers: Mark[], cas: Mark[], total: number, text = ''): number {
  // "Two people died in the explosion - the guard and the attacker -": an enumeration naming the attacker.
  for (let k = from; text && k < Math.min(t.length, from + 4); k++) {
    if (!/[-–—:(]/.test(text.slice(t[k - 1]!.end, t[k]!.start))) continue;
    const named = attackers.filter((a) => a.start >= k && a.start - k <= 6);
    if (named.length > 0 && total > 1) return named.reduce((sum, a) => sum + (/[^s]$/.test(t[a.start]!.n) ? 1 : (numbers.find((x) => x.end === a.start)?.value ?? 0)), 0);
    break;
  }
  // "killing two people including the attacker", "three dead, among them the bomber": one attacker.
  for (let k = from; k < Math.min(t.length, from + 4); k++) {
    if (!INCLUDING.has(t[k]!.n) && !(AMONG.has(t[k]!.n) && t[k + 1]?.n === 'them')) continue;
    const at = AMONG.has(t[k]!.n) ? k + 2 : k + 1;
    if (total > 1 && /^(the|a|an|one)$/.test(t[at]?.n ?? '') && attackers.some((a) => a.start === at + 1 && /[^s]$/.test(t[a.start]!.n))) return 1;
    break;
  }
  for (const m of numbers) {
    if (m.start < from || m.start - from > 6 || m.value <= 0 || m.value >= total) continue;
    if (cas.some((o) => o.start >= from && o.start < m.start)) return 0;
    let k = m.end;
    if (t[k]?.n === 'of' && t[k + 1]?.n === 'them') k += 2;
    if (attackers.some((a) => a.start >= k && a.start - k <= 1)) return m.value;
  }
  return 0;
}

export function findCasualties(sentences: { s: Sentence; marks: Mark[] }[]): Casualties {
  const out: Casualties = { killed: null, wounded: null };
  let zeroKilled: string | null = null;
  let zeroWounded: string | null = null;
  // "Dozens were wounded": someone was, so "staff were unharmed" must not make it zero.
  const vagueSeen = { killed: false, wounded: false };
  let lone: { value: number; text: string } | null = null;
  let loneWounded: { value: number; text: string } | null = null;
  let stabbed: string | null = null;
  let rise: { value: number; text: string } | null = null;
  let attackersOnly: string | null = null;
  let attackerDied: string | null = null;
  let amongTotal: number | null = null;
  let subsetWounded: string | null = null;
  let amongTotalText = '';
  for (const { s, marks } of sentences) {
    const t = s.tokens;
    // Most sentences carry no casualty word, no "no casualties" and no toll: nothing to count there.
    let any = false;
    for (const m of marks) if (m.value.k === 'killed' || m.value.k === 'wounded' || m.value.k === 'nocas') { any = true; break; }
    if (!any && !t.some((x) => x.n === 'toll' || TOLL_RISE.has(x.n) || STABBED.has(x.n))) continue;
    const cas = marks.filter((m) => m.value.k === 'killed' || m.value.k === 'wounded');
    const attackers = marks.filter((m) => m.value.k === 'attacker');
    if (!stabbed && stabbedOne(t, attackers)) stabbed = s.text;
    const crowd = marks.filter((m) => m.value.k === 'crowd');
    // "they did not say how many of them were hurt at the embassy": a figure that is not the mission's.
    const hedged = (s.text.includes('how many') || s.text.includes('separate')) && HEDGE.test(s.text);
    const nocas = marks.filter((m) => m.value.k === 'nocas');
    for (const n of nocas) {
      if (n.value.k !== 'nocas') continue;
      // "no hubo víctimas mortales" is about deaths only, not also "no hubo víctimas".
      if (nocas.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start)) continue;
      // "Nobody was injured" implies nobody died either (a fallback: a stated death toll wins).
      zeroKilled ??= s.text;
      if (n.value.which !== 'killed') zeroWounded ??= s.text;
    }
    // "Weitere Verletzte gab es nach Angaben der Polizei nicht": German negation at the clause's end.
    const gab = t.findIndex((x, i) => x.n === 'gab' && t[i + 1]?.n === 'es');
    if (gab > 0 && t.slice(gab + 2).some((x) => x.n === 'nicht')) {
      const c = cas.find((m) => m.end <= gab && gab - m.end <= 1);
      if (c?.value.k === 'wounded') { zeroWounded ??= s.text; zeroKilled ??= s.text; }
      else if (c?.value.k === 'killed') zeroKilled ??= s.text;
    }
    const numbers: { value: number; start: number; end: number }[] = [];
    const needNumbers = cas.length > 0 || t.some((x) => x.n === 'toll' || TOLL_RISE.has(x.n));
    for (let i = 0; needNumbers && i < t.length; i++) {
      const num = numberAt(t, i);
      if (num) {
        numbers.push({ value: num.value, start: i, end: num.end });
        i = num.end - 1;
      }
    }
    // "The bomber was the only person killed", "the dead were all protesters": no victims died.
    const killWord = cas.find((c) => c.value.k === 'killed');
    const crowdOrAttacker = attackers.length > 0 || marks.some((m) => m.value.k === 'crowd');
    // "He was the only person injured": the only victim was hurt, so nobody was killed.
    const onlyAt = t.findIndex((x) => x.n === 'only' || x.n === 'seul' || x.n === 'seule' || x.n === 'unico' || x.n === 'einzige');
    if (onlyAt >= 0 && /^(person|one|casualty|victim|personne|persona|victime|victima|opfer)$/.test(t[onlyAt + 1]?.n ?? '') && cas.some((c) => c.value.k === 'wounded' && c.start - onlyAt <= 3 && c.start > onlyAt)) zeroKilled ??= s.text;
    if (killWord && crowdOrAttacker) {
      const only = t.findIndex((x) => x.n === 'only');
      // "four people were killed; the only fatalities were among the protesters": the killed word next to "only".
      const kw = cas.find((c) => c.value.k === 'killed' && only >= 0 && Math.abs(c.start - only) <= 4);
      if (kw && only >= 0 && crowdOrAttacker && attackers.concat(crowd).some((a) => a.start > only && a.start - only <= 6)) attackersOnly ??= s.text;
      // "the dead were all attackers", not "two guards were killed and all four attackers were shot".
      const all = t.findIndex((x, i) => x.n === 'all' && i > killWord.start && i - killWord.end <= 2 && t.slice(killWord.end, i).every((y) => BE.has(y.n)));
      if ((only >= 0 && Math.abs(killWord.start - only) <= 4 && attackers.concat(marks.filter((m) => m.value.k === 'crowd')).some((a) => Math.abs(a.start - only) <= 6)) || (all >= 0 && /^(dead|killed)$/.test(t[killWord.start]!.n) && attackers.concat(marks.filter((m) => m.value.k === 'crowd')).some((a) => a.start > all && a.start - all <= 2))) attackersOnly ??= s.text;
    }
    // "the death toll rose to 12": the latest (highest) toll of our attack.
    // Also "the number of people killed in ... has risen to 201".
    for (let v = 1; v < t.length; v++) {
      if (!TOLL_RISE.has(t[v]!.n)) continue;
      const n = numbers.find((x) => x.start > v && x.start - v <= 3 && t.slice(v + 1, x.start).some((y) => y.n === 'to'));
      if (!n || n.value < 0) continue;
      const before = cas.filter((c) => c.end <= v && v - c.end <= 15).sort((x, y) => y.start - x.start)[0];
      const tollAt = t.slice(Math.max(0, v - 3), v).some((y) => y.n === 'toll');
      if (!tollAt && before?.value.k !== 'killed') continue;
      const victims = n.value - attackersIncluded(t, n.end, numbers, attackers, cas, n.value);
      if (!rise || victims > rise.value) rise = { value: victims, text: s.text };
    }
    for (const c of cas) {
      if (nocas.some((n) => n.start <= c.start && n.end >= c.end)) continue;
      const field = c.value.k as 'killed' | 'wounded';
      const word = t[c.start]!.n;
      if (negatedCasualty(t, c.start, numbers)) {
        // "No US diplomats were hurt": a group spared says nothing of the others when people died.
        const subset = t.slice(Math.max(0, c.start - 7), c.start).some((x) => x.n === 'no') && !t.slice(Math.max(0, c.start - 7), c.start).some((x) => /^(one|body|casualties|embassy|staff|personnel)$/.test(x.n));
        if (field === 'killed') zeroKilled ??= s.text;
        else if (subset) subsetWounded ??= s.text;
        else { zeroWounded ??= s.text; zeroKilled ??= s.text; }
        continue;
      }
      // "Police shot dead a man who attacked the embassy", "security forces killed the gunmen": the defenders' kill.
      if (field === 'killed' && defendersKill(t, c, numbers)) { attackerDied ??= s.text; continue; }
      // "The attacker was shot dead by other officers": the attacker's death, no victim's.
      if (field === 'killed' && attackerKilled(s.text, t, c, attackers, numbers)) { attackerDied ??= s.text; continue; }
      // "police returned fire, wounding one of them": the attackers hit.
      if (defenderFired(t, c.start)) continue;
      // "after two wounded men died in hospital": the dead, described; "treated for shock": no injury.
      if (field === 'wounded' && (cas.some((o) => o.value.k === 'killed' && o.start > c.end && o.start - c.end <= 2 && !t.slice(c.end, o.start).some((x) => NEGATORS.has(x.n))) || t.slice(c.end, c.end + 9).some((x) => SHOCK.has(x.n)))) continue;
      if (field === 'killed' && word !== 'death' && !lone) {
        const n = loneVictims(s.text, t, c, attackers, marks);
        if (n > 0) lone = { value: n, text: s.text };
      }
      if (field === 'wounded' && !loneWounded) {
        const n = loneVictims(s.text, t, c, attackers, marks);
        if (n > 0) loneWounded = { value: n, text: s.text };
      }
      // Arabic dual: "قتيلين" is "two killed".
      const dual = L.ARABIC_DUALS[t[c.start]!.n];
      let value: number | null = dual ? 2 : null;
      let src: { value: number; start: number; end: number } | null = null;
      if (value === null) {
        // Number before, nearest first, not across another casualty word.
        // "two security guards at the High Commission suffered minor injuries": a longer subject before "suffered".
        // "two security guards at the High Commission suffered minor injuries", "Two police officers on guard duty
        // were treated at the scene for minor injuries": a longer subject before the verb.
        // ("Four police personnel, including a woman sub-inspector, were injured": an aside after the count.)
        const reach = SUFFERED.has(t[c.start - 1]?.n ?? '') || SUFFERED.has(t[c.start - 2]?.n ?? '') ? 11 : t.slice(Math.max(0, c.start - 7), c.start).some((x) => x.n === 'treated' || INCLUDING.has(x.n)) ? 13 : 7;
        const before = numbers.filter((n) => n.end <= c.start && c.start - n.end <= reach).sort((x, y) => y.start - x.start);
        for (const n of before) {
          if (cas.some((o) => o !== c && o.start >= n.end && o.start < c.start)) break;
          // "killing six people and wounding about 60": a conjunction ends the number's clause.
          const attackersBetween = attackers.some((a) => a.start >= n.end && a.start < c.start) || crowd.some((a) => a.start >= n.end && a.start < c.start);
          // "The four attackers and a policeman were killed", "a guard and two attackers dead": the victim beside them.
          const besides = attackersBetween ? victimsBesideAttackers(t, n, c, numbers) : 0;
          if (besides > 0) { value = besides; break; }
          // ("were admitted to hospital with injuries": "with" joins the injury, it starts no clause.)
          const clauseTo = WITH.has(t[c.start - 1]?.n ?? '') ? c.start - 1 : c.start;
          if (c.start > n.end && clauseEndsBetween('', t, n.end - 1, clauseTo)) {
            const total = countAndOne(s.text, t, n, c, attackers);
            if (total > 0) value = total;
            break;
          }
          const unit = t[n.end]?.n ?? '';
          if (UNIT_AFTER.has(unit)) break;
          // "about 20 protesters were hurt": attackers (a mob's members) are no victims.
          if (attackersBetween) { value = -2; break; }
          value = n.value;
          src = n;
          // "At least five people, including two police officers, were killed": the count before the aside.
          const inc = INCLUDING.has(t[n.start - 1]?.n ?? '') || AMONG.has(t[n.start - 1]?.n ?? '') ? n.start - 1 : t[n.start - 1]?.n === 'them' && AMONG.has(t[n.start - 2]?.n ?? '') ? n.start - 2 : -1;
          if (inc >= 0) {
            const outer = numbers.find((x) => x.end <= inc && inc - x.end <= 3 && x.value >= n.value);
            if (outer && !cas.some((o) => o !== c && o.start >= outer.end && o.start < c.start)) { value = outer.value; src = outer; }
          }
          break;
        }
      }
      if (value === null) {
        const aside = countBeforeAside(s.text, t, c, numbers, cas, attackers);
        if (aside) { value = aside.value; src = aside; }
      }
      if (value === null) {
        // Not across a new clause: "a driver was wounded when two men opened fire".
        const after = numbers.find((n) => n.start >= c.end && n.start - c.end <= 4 && !cas.some((o) => o !== c && o.start >= c.end && o.start < n.start) && !t.slice(c.end, n.start).some((x) => CLAUSE_OPENERS.has(x.n)) && !/[;,]/.test(s.text.slice(t[c.end - 1]!.end, t[n.start]!.start)));
        if (after) {
          // "killed 3 wounded": the number belongs to the next casualty word, unless a separator
          // ("and", a comma) ends its clause: "killing at least six people and wounding about 60".
          const nextCas = cas.find((o) => o.start >= after.end && o.start - after.end <= 3 && !clauseEndsBetween(s.text, t, after.end - 1, o.start));
          const unit = t[after.end]?.n ?? '';
          const attackerNoun = attackers.some((a) => a.start >= after.end && a.start - after.end <= 2) || crowd.some((a) => a.start >= after.end && a.start - after.end <= 2);
          if (!nextCas && !UNIT_AFTER.has(unit) && !attackerNoun) { value = after.value + objectCoordinated(s.text, t, after, numbers, cas); src = after; }
        }
      }
      if (value === -1 && vagueSeen) vagueSeen[field] = true;
      if (hedged && value !== null && value >= 0) { vagueSeen[field] = true; continue; }
      // "... was killed in Saturday's bombing, along with two Somali civilians": one named victim plus the others.
      const along = alongWith(t, c, numbers, cas);
      if (along !== null && (value === null || value >= 0)) value = (value ?? (PASSIVE_BE.has(t[c.start - 1]?.n ?? '') ? 1 : 0)) + along;
      if (value === null || value < 0) continue;
      if (src) {
        // "the ambassador and three other Americans", "y otros tres", "und drei weitere": the named one too.
        value += othersBesides(t, src, numbers, cas, c) + asWas(t, c, numbers);
        // "16 people dead, six of them attackers", "killing 16 people, the two attackers among them": victims only.
        if (field === 'killed') value -= attackersIncluded(t, Math.max(src.end, c.end), numbers, attackers, cas, value, s.text);
        // "parmi les six personnes tuées", "among the six people killed": the whole toll, of which a subset was named.
        const among = AMONG.has(t[src.start - 1]?.n ?? '') || (AMONG.has(t[src.start - 2]?.n ?? '') && ['the', 'les', 'los', 'las', 'den'].includes(t[src.start - 1]?.n ?? ''));
        if (field === 'killed' && among) amongTotal = Math.max(amongTotal ?? 0, value);
      }
      // First figure wins: sentences come attack sentences first, and the lead carries the latest toll.
      if (amongTotal === value) amongTotalText ||= s.text;
      if (field === 'killed' && out.killed === null) { out.killed = value; out.killedEvidence = s.text; }
      if (field === 'wounded' && out.wounded === null) { out.wounded = value; out.woundedEvidence = s.text; }
    }
  }
  for (const { s, marks } of sentences) {
    // "... embassy staff were unhurt": nobody hurt.
    // "embassy staff were unhurt", "the chargé d'affaires was unhurt" (not "said he was unharmed": one person's word).
    const u = s.tokens.findIndex((x) => UNHURT.has(x.n));
    if (u < 0 || /^(he|she|i|they)$/.test(s.tokens[u - 2]?.n ?? '')) continue;
    if (s.tokens.some((x) => STAFF.has(x.n)) || marks.some((m) => m.value.k === 'mission')) { zeroKilled ??= s.text; zeroWounded ??= s.text; }
  }
  if (amongTotal !== null && out.killed !== null && amongTotal > out.killed) { out.killed = amongTotal; out.killedEvidence = amongTotalText; }
  if (rise && (out.killed === null || rise.value > out.killed)) { out.killed = rise.value; out.killedEvidence = rise.text; }
  if (out.killed === null && lone) { out.killed = lone.value; out.killedEvidence = lone.text; }
  if (out.wounded === null && loneWounded) { out.wounded = loneWounded.value; out.woundedEvidence = loneWounded.text; }
  // A stabbed victim nobody says died: one wounded.
  if (out.wounded === null && stabbed && !(out.killed !== null && out.killed > 0)) { out.wounded = 1; out.woundedEvidence = stabbed; }
  if (attackersOnly && (out.killed === null || out.killed > 0) && !lone) { out.killed = 0; out.killedEvidence = attackersOnly; }
  if (out.killed === null && zeroKilled && !vagueSeen.killed) { out.killed = 0; out.killedEvidence = zeroKilled; }
  // Only the attacker is said to have died: no victim was killed.
  if (out.killed === null && attackerDied && !vagueSeen.killed && !lone) { out.killed = 0; out.killedEvidence = attackerDied; }
  if (out.wounded === null && zeroWounded && !vagueSeen.wounded) { out.wounded = 0; out.woundedEvidence = zeroWounded; }
  if (out.wounded === null && subsetWounded && !vagueSeen.wounded && !(out.killed !== null && out.killed > 0)) { out.wounded = 0; out.woundedEvidence = subsetWounded; }
  return out;
}
