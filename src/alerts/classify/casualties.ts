// Casualty counts from the sentences about our attack. Conventions (shared/corpus/README.md plus ours):
// - "at least 150", "more than 450", "about 20", "rund 350" -> the stated number (lower bound);
// - "a dozen" -> 12; vague plurals ("dozens", "scores", "hundreds") state no figure -> null;
// - "no casualties", "no one was hurt", "weder Tote noch Verletzte" -> 0 (both, or the named one);
// - attackers are excluded: a count whose noun is "attackers", "gunmen", "bombers", ... is skipped;
// - a lone attacker reported dead ("the attacker was shot dead by officers") and no victim's death -> killed 0;
// - several counts for the same field -> the first, attack sentences before the rest (the lead carries the latest toll);
// - a rising toll ("rose to 12", "s'est alourdi à", "ascendió a", "stieg auf") -> the latest, for the wounded too;
// - "nearly 150", "près de 40", "several", "varias" -> an upper bound or no figure -> null;
// - a figure that mixes the crowd or attackers with the victims ("among them protesters") -> null; one "not broken
//   down" between sites ("without saying how many were at the embassy", even in the next sentence) -> null;
// - "one of two wounded guards has since died" -> 1 killed, 1 wounded; "two of the injured died" -> not wounded;
// - a group spared ("No Americans were hurt") says nothing of the others; "no one else was hurt" after one victim
//   hurt but not counted -> that one;
// - after an explicit "no one was killed", another attack's toll told beside ours (no mission named) is not ours.
// - victims told clause by clause in one sentence, each its own subject, add up ("A gendarme was wounded by a stone,
//   and two embassy staff were hurt by glass" -> 3); counts in separate sentences do not (the lead carries the total).
import * as L from './lexicon.js';
import type { Mark } from './marks.js';
import { WORD, commaBetween, isCapitalized, mayHold, type Sentence, type Token, withTokens } from './text.js';

export interface Casualties {
  killed: number | null;
  wounded: number | null;
  killedEvidence?: string;
  woundedEvidence?: string;
}

const UNIT_AFTER = new Set(['rockets', 'rocket', 'km', 'miles', 'mile', 'kilometres', 'kilometers', 'hours', 'hour', 'minutes', 'days', 'weeks', 'years', 'months', 'am', 'pm', 'percent', 'times', 'storey', 'metres', 'meters', 'explosions', 'shells', 'mortars', 'gunmen', 'attackers', 'suspects',
  // The same units in the other languages ("السادسة وعشر دقائق": ten minutes past six, no victims).
  'heures', 'jours', 'horas', 'minutos', 'dias', 'stunden', 'minuten', 'tage', 'kilometros', 'metros', 'kilometer', 'meter', 'roquettes', 'obus', 'cohetes', 'raketen',
  'دقائق', 'دقيقه', 'ساعات', 'ساعه', 'ايام', 'يوما', 'امتار', 'مترا', 'كيلومترات', 'قذائف', 'صواريخ', 'رصاصات']);
/** "nearly 150", "près de 40", "casi 30", "knapp 20": an upper bound, so no figure is stated (null, like "dozens"). */
const NEARLY = new Set(['nearly', 'almost', 'casi', 'fast', 'knapp', 'beinahe', 'nahezu', 'presque']);
const SEVERAL = new Set(['several', 'varias', 'varios', 'plusieurs', 'mehrere']);
const LEFT_VICTIMS = new Set(['deja', 'dejo', 'dejan', 'dejaron', 'dejado', 'left', 'leaves', 'leaving']);
const PLACE_NUMBERED = new Set(['zona', 'zone', 'sector', 'district', 'distrito', 'arrondissement', 'ward', 'block', 'route', 'ruta', 'calle', 'avenida', 'gate', 'puerta', 'porte', 'tor', 'terminal', 'highway', 'carretera', 'phase', 'floor', 'piso', 'etage', 'room', 'camp', 'lot', 'lote', 'pk', 'km', 'number', 'numero', 'nummer']);
const NEARLY_DE = new Set(['pres', 'cerca', 'close']); // "près de", "cerca de", "close to"

const NUMBERISH = new Set([...Object.keys(L.NUMBER_WORDS), ...Object.keys(L.VAGUE_NUMBERS), ...SEVERAL, 'عدد']);
/** A number written in digits or words at token i, with the index after it. */
const PORTUGUESE_ONE = new Set(['um', 'uma', 'nenhum', 'nenhuma', 'algum', 'alguma', 'cada']);
const ENGLISH_AFTER_DUE = new Set(['to', 'process', 'diligence', 'course', 'date', 'respect', 'care', 'largely', 'partly', 'mainly', 'in', 'for', 'on']);
const BOTH = new Set(['both', 'ambos', 'ambas', 'entrambi', 'entrambe', 'beide']);
const WERE = new Set(['were', 'fueron', 'foram', 'sono', 'furono', 'wurden']);
/** The words numberAt reads past its fast path (number words and "both"), in one set: one look-up per word. */
const NUMBERISH_OR_BOTH = new Set([...NUMBERISH, ...BOTH]);
export function numberAt(tokens: readonly Token[], i: number, bare = false): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  // Fast path, in a function small enough for its callers to inline (they call it for every token): most tokens are
  // neither digits nor number words.
  const n = t.n;
  const c0 = n.charCodeAt(0);
  // ("و12 جريحا": Arabic "and" before digits; "أحد عشر": eleven, see numberFrom.)
  if (!(c0 >= 48 && c0 <= 57) && !NUMBERISH_OR_BOTH.has(n) && !(c0 === 0x0648 && (NUMBERISH.has(n.slice(1)) || isDigit(n.charCodeAt(1)))) && n !== 'احد') return null;
  return numberFrom(tokens, i, t, bare);
}
/** numberAt past its fast path: token t (at i) is a digit, a number word or "both". */
function numberFrom(tokens: readonly Token[], i: number, t: Token, bare: boolean): { value: number; end: number } | null {
  let n = t.n;
  const c0 = n.charCodeAt(0);
  // "ثلاثة قتلى و12 جريحا", "٣ قتلى و١٤ جريحا": Arabic "and" written onto the digits (Eastern digits are normalised).
  if (c0 === 0x0648 && /^\d+$/.test(n.slice(1))) return { value: Number(n.slice(1)), end: i + 1 };
  // "مقتل أحد عشر شخصا" (eleven), not "الأحد" (Sunday) nor "أحد الجرحى" (one of the wounded).
  if (n === 'احد') return ARABIC_TEN.has(tokens[i + 1]?.n ?? '') && !t.s.includes('ال') ? { value: 11, end: i + 2 } : null;
  // "Both gendarmes were wounded", "both were killed": two, as a subject only (not "on both sides").
  // ("Both injured men were taken to hospital": an adjective and a noun.)
  // ("Ambos heridos fueron trasladados", "beide Verletzten wurden": the same in other languages.)
  if (BOTH.has(n)) return WERE.has(tokens[i + 1]?.n ?? '') || WERE.has(tokens[i + 2]?.n ?? '') || (WERE.has(tokens[i + 3]?.n ?? '') && /^\p{Ll}+$/u.test(tokens[i + 1]!.s + tokens[i + 2]!.s)) ? { value: 2, end: i + 1 } : null;
  const before = tokens[i - 1]?.n ?? '';
  if (!bare && (NEARLY.has(before) || ((before === 'de' || before === 'to') && NEARLY_DE.has(tokens[i - 2]?.n ?? '')))) {
    const num = numberAt(tokens, i, true);
    return num ? { value: -1, end: num.end } : null;
  }
  if (c0 >= 48 && c0 <= 57 && /^\d+$/.test(n)) {
    // "a 46-year-old guard", "de 46 años", "ein 46-jähriger Wachmann": an age, not a count.
    if (ageEnd(tokens, i) > i) return null;
    // "Two Nepalese guards, aged 41 and 38, were killed": ages after "aged", the second one after "and".
    if (before === 'aged' || (AND.has(before) && tokens[i - 3]?.n === 'aged')) return null;
    // "Constable Abebe Tadesse, 28, died at the scene": an age set off by commas after a name.
    const p = tokens[i - 1], q = tokens[i + 1];
    if (p && q && i >= 2 && n.length <= 2 && isCapitalized(p) && t.start - p.end === 2 && q.start - t.end === 2) return null;
    // ("... and his driver, 52, died at the scene": an age after a role noun, set off by commas on both sides.)
    if (p && q && n.length === 2 && /^\p{Ll}+$/u.test(p.s) && singular(p) && t.start - p.end === 2 && q.start - t.end === 2) return null;
    // "en la zona 10 deja un agente muerto", "near Gate 4", "Route 9": a numbered place, not a count.
    if (PLACE_NUMBERED.has(before)) return null;
    // "on Sept. 11 that killed", "le 9 mars": a day of the month, not a count.
    if (L.MONTHS[tokens[i - 1]?.n ?? ''] !== undefined || (L.MONTHS[tokens[i + 1]?.n ?? ''] !== undefined && n.length <= 2 && !/^(people|persons)$/.test(tokens[i + 2]?.n ?? ''))) return null;
    const v = Number(n);
    if (v >= 1900 && v <= 2100 && !tokens[i + 1]?.n.match(/^(people|persons|dead|killed|wounded|injured)$/)) return null;
    if (tokens[i + 1] && /^\d{2}(?:[ap]m|h)?$/.test(tokens[i + 1]!.n) && tokens[i + 1]!.start === t.end + 1) return null; // 11.00, 10:30pm
    // "shortly after 9 a.m.": the hour, however the abbreviation is split.
    if ((tokens[i + 1]?.n === 'a' || tokens[i + 1]?.n === 'p') && tokens[i + 2]?.n === 'm' && tokens[i + 2]!.start === tokens[i + 1]!.end + 1) return null;
    // "16.05 – Officer wounded", "at 18:47": the minutes of a clock time.
    const prev = tokens[i - 1];
    if (prev && n.length === 2 && prev.n.length <= 2 && t.start === prev.end + 1 && /^\d+$/.test(prev.n)) return null;
    // "1 400 morts", "1.400 Tote", "1,400 dead": thousands grouped by one separator character.
    const group = tokens[i + 1];
    if (group && n.length <= 3 && /^\d{3}$/.test(group.n) && group.start === t.end + 1) return { value: v * 1000 + Number(group.n), end: i + 2 };
    return { value: v, end: i + 1 };
  }
  // "several people were hurt", "varias personas", "عدد من الجرحى" (a number of the wounded): no figure either.
  if (SEVERAL.has(n) || (n === 'عدد' && tokens[i + 1]?.n === 'من')) return { value: -1, end: i + 1 };
  // "dozens", "hundreds": no figure is stated (the labels' convention: null). Recognised so that the
  // casualty word does not borrow another number, but they yield nothing.
  if (L.VAGUE_NUMBERS[n] !== undefined) return { value: -1, end: i + 1 };
  if (n.startsWith('\u0648') && L.NUMBER_WORDS[n.slice(1)] !== undefined) n = n.slice(1);
  // ("وأصيب مجند وأحد المارة": "and one of the passers-by", و and أحد, not "واحد", one; the hamza tells them apart.)
  if (n === 'واحد' && t.s.startsWith('وأ')) return null;
  const v = L.NUMBER_WORDS[n];
  // "died due to injuries", "due process": English "due", not Italian's "two" ("due feriti"), when "to" or a noun follows.
  if (n === 'due' && ENGLISH_AFTER_DUE.has(tokens[i + 1]?.n ?? '')) return null;
  // "um dos guardas": Portuguese "one of the", not Spanish "two".
  if (n === 'dos' && PORTUGUESE_ONE.has(tokens[i - 1]?.n ?? '')) return null;
  // "صباح الاثنين": Monday, not "two" (the number goes without the article).
  if (n === 'اثنين' && (t.s.startsWith('ال') || t.s.startsWith('وال') || t.s.startsWith('بال'))) return null;
  // "Sept 9", "Sept. 11": the month, not French "sept".
  if (n === 'sept' && /^\d/.test(tokens[i + 1]?.n ?? '')) return null;
  // "He was the only one killed": who died is the subject, "one" counts nothing.
  if (n === 'one' && tokens[i - 1]?.n === 'only' && tokens[i - 2]?.n === 'the') return null;
  if (v === undefined || v === 1 && ARTICLE_ONE.has(n)) {
    // "un muerto y tres heridos", "un mort", "ein Toter": the article counts one as a noun.
    if (ONE_AS_NOUN.has(tokens[i + 1]?.n ?? '')) return { value: 1, end: i + 1 };
    // "deja un agente muerto", "dejaron una mujer herida", "left a guard dead": one, the object of "left".
    if (LEFT_VICTIMS.has(tokens[i - 1]?.n ?? '') && n !== 'one') return { value: 1, end: i + 1 };
    // "Uno de los tres heridos", "Un des deux gendarmes blessés", "Einer der vier Verletzten": one of a counted group.
    if (n !== 'a' && n !== 'an' && PARTITIVE_OF.has(tokens[i + 1]?.n ?? '') && (numberAt(tokens, i + 2, true) ?? numberAt(tokens, i + 3, true)) !== null) return { value: 1, end: i + 1 };
    if (n === 'a' || n === 'une' || n === 'una') {
      const nx = tokens[i + 1]?.n;
      if (nx === 'dozen' || nx === 'douzaine' || nx === 'docena' || nx === 'dizaine' || nx === 'vingtaine') return { value: L.NUMBER_WORDS[nx] ?? 12, end: i + 2 };
    }
    return null;
  }
  // "twenty five", "vingt-deux"
  const nx = tokens[i + 1] ? L.NUMBER_WORDS[tokens[i + 1]!.n] : undefined;
  const n1 = tokens[i + 1]?.n, n2 = tokens[i + 2]?.n ?? '';
  // "vingt et un morts", "treinta y dos heridos": French and Spanish join a unit to the tens with "and".
  if (v >= 20 && v < 100 && v % 10 === 0 && (n1 === 'et' && (n2 === 'un' || n2 === 'une') || n1 === 'y' && (L.NUMBER_WORDS[n2] ?? 0) >= 1 && L.NUMBER_WORDS[n2]! <= 9)) return { value: v + (L.NUMBER_WORDS[n2] ?? 1), end: i + 3 };
  // "soixante-douze blessés" (72), "soixante-dix-sept" (77), "dix-huit" (18): French counts 70-79 and 17-19 from the teens.
  if (n === 'soixante' && nx !== undefined && nx >= 10 && nx <= 16) {
    const more = nx === 10 ? L.NUMBER_WORDS[n2] : undefined;
    return more !== undefined && more >= 7 && more <= 9 ? { value: 70 + more, end: i + 3 } : { value: 60 + nx, end: i + 2 };
  }
  if (n === 'dix' && nx !== undefined && nx >= 7 && nx <= 9) return { value: 10 + nx, end: i + 2 };
  // "سبعة عشر" (17), "اثنا عشر" (12): an Arabic unit before "ten"; "خمسة وعشرون" (25): before "and" and the tens.
  if (c0 >= 0x0600 && v < 10) {
    if (ARABIC_TEN.has(n1 ?? '')) return { value: 10 + v, end: i + 2 };
    const tens = n1?.charCodeAt(0) === 0x0648 ? L.NUMBER_WORDS[n1.slice(1)] : undefined;
    if (tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0) return { value: tens + v, end: i + 2 };
  }
  // "twenty-one", "thirty five" (not "twenty a", "vingt un" is fine).
  if (v >= 20 && v < 100 && v % 10 === 0 && nx !== undefined && nx < 10 && nx >= 1 && !INDEFINITE_ARTICLE.has(tokens[i + 1]!.n)) return { value: v + nx, end: i + 2 };
  if (nx === 100 && v < 10) return { value: v * 100, end: i + 2 };
  // "two dozen", "three dozen": not "two, a dozen".
  if (tokens[i + 1]?.n === 'dozen' && v > 1 && v < 10) return { value: v * 12, end: i + 2 };
  return { value: v, end: i + 1 };
}

const ARABIC_TEN = new Set(['عشر', 'عشره']);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The index after an age ("46-year-old", "46 años", "46-jähriger") starting at i, or i. */
export function ageEnd(t: readonly Token[], i: number): number {
  const a = t[i + 1]?.n;
  if (a === 'year' && t[i + 2]?.n === 'old') return i + 3;
  if (a === 'anos' || a === 'ans' || (a !== undefined && /^jahrig/.test(a))) return t[i - 1]?.n === 'de' || a.startsWith('jahrig') ? i + 2 : i;
  return i;
}
/** "uno de (los)", "un des", "einer der": the partitive after an article-like one. */
const PARTITIVE_OF = new Set(['de', 'des', 'der', 'of']);
// ("forderte ein Todesopfer", "ein Schwerverletzter": the German nouns of one victim.)
const ONE_AS_NOUN = new Set(['muerto', 'muerta', 'herido', 'herida', 'mort', 'morte', 'blesse', 'blessee', 'toter', 'tote', 'verletzter', 'verletzte', 'fallecido', 'fallecida', 'todesopfer', 'schwerverletzter', 'leichtverletzter']);
const INDEFINITE_ARTICLE = new Set(['a', 'an', 'une', 'una', 'ein', 'eine', 'einer', 'einen']);
/** The indefinite articles that, as a number word, mean one ("un muerto", "a dozen"). */
export const ARTICLE_ONE = new Set([...INDEFINITE_ARTICLE, 'un', 'uno']);
const SEPARATORS = new Set(['and', 'et', 'y', 'und', 'while', 'but', 'with', 'as']);
/** A comma or a conjunction between token i and token j. */
function clauseEndsBetween(text: string, t: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (SEPARATORS.has((t[k] as Token).n)) return true;
  const a = t[i], b = t[j];
  return a !== undefined && b !== undefined && /[,;]/.test(text.slice(a.end, b.start));
}

const TENSION = new Set(['tension', 'tensions', 'anger', 'outrage', 'fury', 'protests', 'tensiones', 'ira', 'indignacion', 'protestas', 'colere', 'indignation', 'protestations', 'wut', 'emporung', 'protesten', 'غضب', 'توتر']);
const PROTEST_VERB = new Set(['protest', 'protested', 'denounce', 'denouncing', 'mourn', 'mourning', 'denoncer', 'protestar', 'denunciar']);
function tensionOver(t: readonly Token[], c: Mark): boolean {
  // ("gathered at the Embassy to protest the deaths of four Ghanaian miners": the protest's own verb.)
  if (t.slice(Math.max(0, c.start - 2), c.start).some((x) => PROTEST_VERB.has(x.n))) return true;
  if (!t.slice(Math.max(0, c.start - 2), c.start).some((x) => GRIEVANCE_BEFORE.has(x.n))) return false;
  for (let k = c.start - 1; k >= Math.max(0, c.start - 10); k--) if (TENSION.has(t[k]!.n)) return true;
  return false;
}
const RELATIVE_WHO = new Set(['who', 'qui', 'quienes', 'que', 'die', 'welche', 'الذين']);
const PASSIVE_AUX = new Set(['were', 'was', 'ont', 'fueron', 'wurden', 'sont']);
/**
 * "Three police officers who tried to hold back the crowd were injured", "trois policiers qui tentaient de contenir la
 * foule ont été blessés": a relative clause on the counted victims between them and the passive; its start, or -1.
 */
function relativeAfterCount(t: readonly Token[], n: { end: number }, c: Mark): number {
  for (let k = n.end + 1; k <= n.end + 3 && k < c.start; k++) {
    if (!RELATIVE_WHO.has(t[k]!.n)) continue;
    if (c.start - k > 14) return -1;
    // The passive's auxiliary just before the casualty word ("were injured", "ont été blessés").
    const aux = t[c.start - 1]?.n === 'ete' || t[c.start - 1]?.n === 'been' ? c.start - 2 : c.start - 1;
    return PASSIVE_AUX.has(t[aux]?.n ?? '') ? k : -1;
  }
  return -1;
}

const NEGATORS = new Set(['no', 'none', 'nobody', 'neither', 'aucun', 'aucune', 'personne', 'ningun', 'ninguno', 'nadie', 'kein', 'keine', 'niemand', 'sin', 'pas']);
const CONTRAST = new Set(['but', 'although', 'though', 'however', 'aunque', 'pero', 'sino', 'mais', 'cependant', 'aber', 'jedoch', 'sondern', 'لكن', 'ولكن']);
/** Negators that deny the casualty word without a verb in between ("nobody hurt", "niemand verletzt"). */
const NEGATE_ALONE = new Set(['nobody', 'none', 'personne', 'nadie', 'niemand']);
/** "Une personne a été blessée": the noun "personne", not the negator. */
const ARTICLE_BEFORE_PERSONNE = new Set(['une', 'la', 'cette', 'chaque', 'seule', 'autre', 'troisieme', 'deuxieme', 'seconde']);
/** Verbs of reporting that carry the negation like "was": "no se reportan víctimas", "sin que se reportaran heridos". */
const REPORTED = new Set(['reported', 'reportan', 'reportaron', 'reporto', 'reportaran', 'reportado', 'registraron', 'registran', 'registro', 'registraran', 'produjeron', 'signale', 'signalee', 'gemeldet']);
/** Arabic "لم" before these verbs denies the casualties: "ولم ترد أنباء عن سقوط قتلى" (no reports of deaths). */
const AR_NEG_VERBS = new Set(['ترد', 'يرد', 'يسفر', 'تسفر', 'تقع', 'يقع', 'يسقط', 'تسقط', 'تسجل', 'يسجل', 'يصب', 'تصب', 'يبلغ', 'تفد', 'يتم']);
const BE = new Set(['was', 'were', 'been', 'is', 'are', 'a', 'ete', 'fue', 'fueron', 'hubo', 'hay', 'habia', 'wurde', 'wurden']);
const UNHURT = new Set(['unhurt', 'unharmed', 'uninjured', 'indemne', 'indemnes', 'ilesos', 'ileso', 'unverletzt']);
const STAFF = new Set(['staff', 'personnel', 'employees', 'everyone', 'diplomats', 'workers']);
const DETERMINERS = new Set(['a', 'an', 'one', 'the', 'its', 'his', 'her', 'their', 'le', 'la', 'l', 'un', 'une', 'el', 'una', 'den', 'einen', 'der', 'die']);
/** Verbs that lower a toll (see tollDown). */
const TOLL_DOWN = new Set(['lowered', 'reduced', 'rebajo', 'rebajaron', 'redujo', 'redujeron', 'خفضت', 'خفض']);
const TOLL_RISE = new Set(['rose', 'risen', 'rises', 'climbed', 'reached', 'increased', 'jumped', 'alourdi', 'ascendio', 'aumento', 'subio', 'stieg', 'gestiegen', 'ارتفع', 'ارتفعت',
  'ascendido', 'ascendieron', 'aumentado', 'subido', 'salito', 'salita', 'aumentato', 'cresciuto', 'subiu', 'aumentou',
  // The authorities revise it: "raised the death toll to eight", "revu à la hausse : six morts", "elevaron la cifra a
  // cuatro", "korrigierte die Zahl der Todesopfer auf sechs".
  'raised', 'raising', 'revised', 'revu', 'elevaron', 'elevo', 'elevado', 'korrigierte', 'korrigiert',
  // Or lower it (see tollDown): "lowered the toll to three", "rebajó la cifra ... a tres", "خفضت حصيلة القتلى إلى اثنين".
  ...TOLL_DOWN]);
const FROM = new Set(['from', 'de', 'von', 'من']);
/** "from five to three", "de cinco a tres", "von fünf auf zwei": the new figure at `at` after the old one. */
function fromTo(t: readonly Token[], at: number): boolean {
  return RISE_TO.has(t[at - 1]?.n ?? '') && NUMBER_OR_VAGUE(t[at - 2]?.n ?? '') !== false && FROM.has(t[at - 3]?.n ?? '');
}
/** Revising down: "lowered", "rebajó", "redujo", "خفضت", or "down", "à la baisse", "nach unten" after a revising verb. */
const DOWN = new Set(['down', 'downwards', 'downward', 'baisse', 'unten']);
// (The figure at `at`: "down" before it, or just after it, "von fünf auf zwei nach unten".)
function tollDown(t: readonly Token[], v: number, at: number): boolean {
  if (TOLL_DOWN.has(t[v]!.n) || TOLL_DOWN.has(t[v]!.alt ?? '')) return true;
  for (let k = v + 1; k <= Math.min(t.length - 1, at + 2); k++) if (DOWN.has(t[k]!.n)) return true;
  return false;
}
/** "rose to", "s'est alourdi à", "ascendió a", "stieg auf", "ارتفعت ... إلى". */
// (Tokens are normalised: "إلى" reads "الي".)
const RISE_TO = new Set(['to', 'a', 'auf', 'hasta', 'الى', 'الي']);

/** "No embassy staff were hurt", "nobody was killed", "none of the staff was injured": a negated casualty word. */
const NUMBER_OF = new Set(['عدد', 'число']);
const UP_TO = new Set(['الي', 'до']);
const NO_ONE_GAP = new Set(['else', 'more', 'other', 'also', 'reportedly', 'apparently']);
function negatedCasualty(t: readonly Token[], at: number, numbers: { start: number }[]): boolean {
  let sawBe = false;
  // "no one apart from the four attackers had been killed": the count after "apart from" is the exception.
  let except = -1;
  for (let k = at - 1; k >= Math.max(0, at - 9); k--) if (EXCEPT.has(t[k]!.n)) { except = k; break; }
  // "aucun membre de son personnel n'avait été blessé": the negated subject may stand nine words back.
  for (let k = at - 1; k >= Math.max(0, at - 9); k--) {
    const n = t[k]!.n;
    // "Weitere Menschen wurden nicht verletzt": German puts the auxiliary before "nicht".
    if (n === 'nicht' && k === at - 1 && DE_AUX.has(t[k - 1]?.n ?? '')) return true;
    // ("An embassy guard who was inside a booth at the time was not hurt": "not" between the auxiliary and the word.)
    if (n === 'not' && k === at - 1 && NEGATION_ROLE.get(t[k - 1]?.n ?? '') === 'be') return true;
    const role = NEGATION_ROLE.get(n);
    if (role === 'contrast') return false; // "No se registraron muertos, aunque varias personas resultaron heridas"
    if (role === 'be') sawBe = true;
    else if (role === 'lam') { if (AR_NEG_VERBS.has(t[k + 1]?.n ?? '')) return true; }
    else if (role === 'neg') {
      if (n === 'personne' && ARTICLE_BEFORE_PERSONNE.has(t[k - 1]?.n ?? '')) continue;
      // "No one else died": the pronoun negates a verb with no auxiliary (not "no one knows how many died").
      if (n === 'no' && t[k + 1]?.n === 'one' && t.slice(k + 2, at).every((x) => NO_ONE_GAP.has(x.n))) return true;
      // "L'attaque n'a pas fait de morts": French "pas ... de" before the noun.
      if (n === 'pas') { if (sawBe || t[at - 1]?.n === 'de' || t[at - 1]?.n === 'd') return true; continue; }
      return sawBe || NEGATE_ALONE.has(n);
    }
    // "no one was killed or injured": the "one" of "no one" is no count.
    if (numbers.some((x) => x.start === k) && !NEGATORS.has(t[k - 1]?.n ?? '') && !(except >= 0 && k > except)) return false;
  }
  // German, the negation after: "Verletzt wurde außer dem Angreifer niemand".
  if ((t[at + 1]?.n === 'wurde' || t[at + 1]?.n === 'wurden') && t.slice(at + 2, at + 8).some((x) => x.n === 'niemand' || x.n === 'keiner')) return true;
  return false;
}
const EXCEPT = new Set(['apart', 'except', 'besides', 'other', 'ausser', 'sauf', 'excepto', 'salvo']);
/** What a word does for a negation before a casualty word, one look-up per word. */
const NEGATION_ROLE = new Map<string, 'contrast' | 'be' | 'lam' | 'neg'>();
for (const w of BE) NEGATION_ROLE.set(w, 'be');
for (const w of REPORTED) NEGATION_ROLE.set(w, 'be');
// "Ningún funcionario ni empleado resultó herido": Spanish "resultar" is the passive's auxiliary.
for (const w of ['resulto', 'resultaron', 'resultado']) NEGATION_ROLE.set(w, 'be');
for (const w of NEGATORS) NEGATION_ROLE.set(w, 'neg');
for (const w of CONTRAST) NEGATION_ROLE.set(w, 'contrast');
NEGATION_ROLE.set('لم', 'lam');
NEGATION_ROLE.set('ولم', 'lam');

/** "killing the head of security", "shot dead a guard", "a guard was killed": one victim named by a singular noun. */
/** "took the wounded to hospital", "the dead included": a participle standing for a group of people. */
const COLLECTIVE_VICTIMS = new Set(['wounded', 'injured', 'dead', 'hurt', 'deceased']);
function singular(tok: Token | undefined): boolean {
  return tok !== undefined && /^\p{L}+$/u.test(tok.s) && !/[^s]s$/.test(tok.n) && !DETERMINERS.has(tok.n) && NUMBER_OR_VAGUE(tok.n) === false && !COLLECTIVE_VICTIMS.has(tok.n);
}
function attackerIn(attackers: Mark[], from: number, to: number): boolean {
  for (const a of attackers) if (a.start >= from && a.start < to) return true;
  return false;
}
const ANOTHER_ONE = new Set(['another', 'outro', 'outra', 'otro', 'otra']);
const GAP_DET = new Set(['a', 'an', 'another', 'his', 'her', 'their', 'one', 'un', 'une', 'otro', 'otra', 'ein', 'eine']);
/** "One guard was stabbed to death and a second wounded", "... and his colleague hurt": the verb left out after "and". */
function gappedVictim(t: readonly Token[], c: Mark, marks: Mark[], attackers: Mark[]): boolean {
  // ("A gendarme was killed and the ambassador's driver wounded": a definite person, one possessive before.)
  for (let d = c.start - 1; d >= Math.max(1, c.start - 4); d--) {
    if (!GAP_DET.has(t[d]!.n) && !(t[d]!.n === 'the' && t[d + 2]?.n === 's')) continue;
    if (!AND.has(t[d - 1]?.n ?? '')) return false;
    // Only a noun or an ordinal between, and a casualty word with its verb before "and".
    if (t.slice(d + 1, c.start).some((x, j) => !(x.n === 's' && j === 1) && (!singular(x) || BE.has(x.n) || NOT_PERSON.has(x.n)))) return false;
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
  let from = -1;
  let to = -1;
  let b = c.start - 1;
  if (ADVERB.has(t[b]?.n ?? '')) b--;
  if (t[b]?.n === 'ete' && t[b - 1]?.n === 'ont') b--;
  if (PLURAL_BE.has(t[b]?.n ?? '') && b > 0 && !commaBetween(text, t, b)) {
    // The subject before the verb, back to the sentence's start or a clause opener.
    to = b;
    from = b - 1;
    while (from > 0 && b - from < 16 && !CLAUSE_OPENERS.has(t[from - 1]!.n) && !(commaBetween(text, t, from) && !AND.has(t[from]!.n) && !INDEFINITE.has(t[from]!.n))) from--;
  } else if (PLURAL_BE.has(t[c.end]?.n ?? '') || (PLURAL_BE.has(t[c.start - 1]?.n ?? '') && (c.start === 1 || commaBetween(text, t, c.start - 1)))) {
    // Inverted: the subject after the verb, up to a relative clause or the sentence's end.
    from = PLURAL_BE.has(t[c.end]?.n ?? '') ? c.end + 1 : c.end;
    to = from;
    while (to < t.length && to - from < 16 && !RELATIVE_START.has(t[to]!.n) && !(to > from && commaBetween(text, t, to) && !AND.has(t[to]!.n) && !INDEFINITE.has(t[to]!.n))) to++;
  }
  if (from < 0 || to - from < 3 || attackerIn(attackers, from, to)) return 0;
  let count = 0;
  let size = 0;
  // ("A Syrian employee of the embassy and a guard": a place after the person's preposition is the person's.)
  let modifier = false;
  for (let k = from; k < to; k++) {
    const n = t[k]!.n;
    const start = k === from || AND.has(t[k - 1]!.n) || commaBetween(text, t, k);
    if (AND.has(n)) { if (size === 0) return 0; size = 0; modifier = false; continue; }
    if (start) {
      if (!INDEFINITE.has(n) && n !== 'another') return 0;
      count++;
    } else if (BE.has(n) || (NOT_PERSON.has(n) && !modifier)) return 0;
    else if (size > 1 && SUBJECT_PREP.has(n)) modifier = true;
    size++;
  }
  return count >= 2 ? count : 0;
}

const POSSESSIVE = new Set(['his', 'her', 'their', 'son', 'sa', 'su', 'sein', 'seine', 'ihr', 'ihre']);
const PLURAL_DIED = new Set(['died', 'perished', 'murieron', 'fallecieron', 'starben', 'moururent']);
/**
 * "Sgt. Ali Musa, 34, and a visa applicant were killed", "Lt. Col. Omar Farouk, the embassy's security chief, and his
 * driver, 52, died", "Le sergent Karim Benali, 31 ans, et un demandeur de visa ont été tués": a sentence-initial
 * subject of people joined by "and", each a name or a noun with a determiner, their ages and roles in asides
 * between commas; one victim each, or 0 when not that form.
 */
function namedCoordination(text: string, t: readonly Token[], c: Mark, attackers: Mark[], marks: Mark[]): number {
  let v = c.start - 1;
  if (ADVERB.has(t[v]?.n ?? '')) v--;
  if (t[v]?.n === 'ete' && t[v - 1]?.n === 'ont') v--;
  const verb = PLURAL_BE.has(t[v]?.n ?? '') || t[v]?.n === 'ont' ? v : PLURAL_DIED.has(t[c.start]!.n) ? c.start : -1;
  // ("A policeman was killed and a conscript and a passer-by were wounded": the subject of a second clause, after the
  // first one's casualty word and "and".)
  const before = marks.filter((m) => m.end <= v && (m.value.k === 'killed' || m.value.k === 'wounded')).pop();
  const from = before && AND.has(t[before.end]?.n ?? '') ? before.end + 1 : 0;
  if (verb - from < 3 || verb > 24 || attackerIn(attackers, from, verb)) return 0;
  if (marks.some((m) => m.start >= from && m.start < verb && (m.value.k === 'cue' || m.value.k === 'crowd' || m.value.k === 'killed' || m.value.k === 'wounded'))) return 0;
  let count = 0;
  let aside = false;
  let start = true;
  for (let k = from; k <= verb; k++) {
    if (k > from && gapHas(COMMA_END, text, t[k - 1]!.end, t[k]!.start)) aside = !aside;
    if (k === verb) break;
    if (aside) continue;
    const x = t[k]!;
    if (AND.has(x.n)) { if (start) return 0; start = true; continue; }
    if (NUMBER_OR_VAGUE(x.n) !== false && !INDEFINITE.has(x.n)) return 0;
    if (!start) continue;
    // Each person: a name ("Sgt. Ali Musa", "Omar Farouk"), or a determiner and a noun ("a visa applicant", "his driver").
    const det = INDEFINITE.has(x.n) || POSSESSIVE.has(x.n) || DEF_ONE.has(x.n);
    if (det ? !singular(t[k + 1]) || NOT_PERSON.has(t[k + 1]!.n) : !(capWord(x) || /^\p{Lu}\p{Ll}*$/u.test(x.s)) || !capWord(t[k + 1])) return 0;
    count++;
    start = false;
  }
  return !aside && !start && count >= 2 ? count : 0;
}

/**
 * How many victims one casualty word names without a count ("killing a guard": 1), or 0; ATTACKER when it names
 * the attacker, NOT_A_VICTIM when it names someone who may be ("One of them, ..., was wounded").
 */
const ALSO = new Set(['also', 'aussi', 'egalement', 'tambien', 'auch']);
const PERFECT_AUX = new Set(['has', 'have', 'had']);
/** The perfect's auxiliary of an intransitive death in the other languages: "a succombé", "est décédé", "ha fallecido", "ist gestorben". */
const INTRANSITIVE_AUX = new Set(['a', 'ont', 'est', 'sont', 'ha', 'han', 'ist', 'sind']);
/** "of the consulate", "of the embassy": "of" at j, a mission named right after it. */
function ofMission(t: readonly Token[], marks: Mark[], j: number): boolean {
  return t[j]?.n === 'of' && marks.some((m) => m.value.k === 'mission' && (m.start === j + 1 || (m.start === j + 2 && t[j + 1]!.n === 'the')));
}
const RU_SINGULAR_PAST = new Set(['погиб', 'погибла', 'убит', 'убита', 'ранен', 'ранена', 'пострадал', 'пострадала', 'скончался', 'скончалась']);
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
  // Russian puts a singular past before its subject: "В результате погиб сотрудник полиции", "ранена женщина".
  if (RU_SINGULAR_PAST.has(first) && /^[\u0430-\u044f]/.test(t[c.end]?.n ?? '') && NUMBER_OR_VAGUE(t[c.end]!.n) === false && !attackerIn(attackers, c.end, c.end + 2)) return 1;
  const persons = coordinatedPersons(text, t, c, attackers) || namedCoordination(text, t, c, attackers, marks);
  if (persons > 0) return persons;
  // "one guard lost his life while another remains in hospital", "another was wounded": one more person.
  // ("morreu e outro ficou ferido", "murió y otro resultó herido": the same in Portuguese and Spanish.)
  const before = PASSIVE_BE.has(t[c.start - 1]?.n ?? '') || BE.has(t[c.start - 1]?.n ?? '') ? c.start - 2 : c.start - 1;
  if (ANOTHER_ONE.has(t[before]?.n ?? '') && NUMBER_OR_VAGUE(t[before + 1]?.n ?? '') === false) return 1;
  // Arabic puts the verb first: "قُتل حارس" (a guard was killed), "وأصيب ثالث" (and a third was hurt).
  if (arabicVerb(t[c.start]!)) {
    // ("أن أحد عناصر الحماية العراقيين أصيب بجروح": "one of" the guards as the subject before the verb.)
    const oneOf = t.slice(Math.max(0, c.start - 5), c.start).findIndex((x) => x.n === 'احد');
    if (oneOf >= 0 && !AR_ONE.has(t[c.end]?.n ?? '') && !attackerIn(attackers, Math.max(0, c.start - 5), c.start) && !gapHas(AR_PUNCT_END, text, t[Math.max(0, c.start - 5) + oneOf]!.end, t[c.start]!.start)) return 1;
    if (!AR_ONE.has(t[c.end]?.n ?? '') || attackerIn(attackers, c.end, c.end + 1)) return 0;
    // "قُتل شرطي نيجيري وحارس أمن" (a Nigerian policeman and a security guard were killed): a second person joined by
    // "و" in the same phrase, after an adjective or a genitive.
    for (let k = c.end + 1; k < Math.min(t.length, c.end + 4); k++) {
      if (gapHas(AR_PUNCT_END, text, t[k - 1]!.end, t[k]!.start)) break;
      const w = t[k]!.n;
      if (w.startsWith('و') && AR_ONE.has(w.slice(1)) && !attackerIn(attackers, k, k + 1)) return 2;
    }
    return 1;
  }
  // After a transitive form: "killing the head of security", "killed an Afghan guard", "fatally shot a guard".
  // "resulted in the death of Mr. X, a security agent, and serious injuries to Mrs. Y": a nominal toll's object.
  // (Not a grievance: "set fire to a car, following the death of a fisherman in custody".)
  const grievance = t.slice(Math.max(0, c.start - 2), c.start).some((x) => GRIEVANCE_BEFORE.has(x.n));
  // ("a coûté la vie à un agent de sécurité", "costó la vida a un guardia": the life cost, its owner after "à".)
  const lifeOf = (t[c.end - 1]!.n === 'vie' || t[c.end - 1]!.n === 'vida') && t[c.end]?.n === 'a' && INDEFINITE.has(t[c.end + 1]?.n ?? '');
  const nominal = grievance ? -1 : DEATH_OF.has(first) ? c.end : (INJURY.has(first) && t[c.end]?.n === 'to') || lifeOf ? c.end + 1 : -1;
  // ("y dejó herido a un custodio": left a guard wounded, its object after.)
  const leftHurt = ONE_AS_NOUN.has(first) && LEFT_VICTIMS.has(t[c.start - 1]?.n ?? '');
  if (TRANSITIVE.has(first) || nominal >= 0 || leftHurt || (FATALLY.has(first) && ACTIVE_HIT.has(t[c.start + 1]?.n ?? ''))) {
    // "blessant légèrement un agent de sécurité": an adverb before the object.
    let o = nominal >= 0 ? nominal : ADVERB.has(t[c.end]?.n ?? '') ? c.end + 1 : c.end;
    // "hirió con un cuchillo a un policía", "wounded with a knife a guard": the weapon before the object.
    if (nominal < 0 && WITH.has(t[o]?.n ?? '') && INDEFINITE.has(t[o + 1]?.n ?? '')) o += 3;
    // Spanish personal "a": "hirió a una funcionaria", "mató a un guardia".
    const personalA = t[o]?.n === 'a' && INDEFINITE.has(t[o + 1]?.n ?? '') ? 1 : 0;
    const di = o + personalA;
    const d = t[di];
    // "killed Mustafa Akarsu, a Turkish guard": a victim named by a personal name.
    if (d && isName(t, o) && !attackerIn(attackers, o, o + 3)) return 1;
    // "attacked a guard ..., lightly wounding him": the person just named, unless that was an attacker
    // ("police shot the gunman, wounding him").
    // (Not "Police officers on duty at the embassy wounded him": the defenders' fire hits the attacker.)
    // ("wounding him and a Jordanian security guard": the pronoun and one more person.)
    if (d && (d.n === 'him' || d.n === 'her') && !attackerIn(attackers, Math.max(0, c.start - 8), c.start) && !defenderFired(t, c.start) && !defendersSubject(t, c)) return AND.has(t[di + 1]?.n ?? '') && INDEFINITE.has(t[di + 2]?.n ?? '') && t[di + 2]!.n !== 'one' && !attackerIn(attackers, di + 2, di + 6) ? 2 : 1;
    // "..., the ministry said": a comma ends the object.
    if (d && DETERMINERS.has(d.n) && d.n !== 'their' && !gapHas(PUNCT_END, text, t[c.end - 1]!.end, d.start)) {
      let k = ageEnd(t, di + 1);
      if (t[k]?.n === 'embassy' || t[k]?.n === 'consulate' || t[k]?.n === 'mission') k += t[k + 1]?.n === 's' ? 2 : 1; // "the embassy's head"
      if (singular(t[k]) && !attackerIn(attackers, o, k + 2) && !/^(attack|blast|explosion|bombing|assault)$/.test(t[k]!.n)) return 1 + oneMore(text, t, k + 1, attackers);
    }
  }
  // "A man stabbed a security guard to death": the object between the verb and "to death", one person.
  if (first === 'to' && t[c.start + 1]?.n === 'death') {
    for (let v = c.start - 2; v >= Math.max(0, c.start - 5); v--) {
      if (!DEATH_BY.has(t[v]!.n)) continue;
      if (INDEFINITE_ARTICLE.has(t[v + 1]?.n ?? '') && singular(t[c.start - 1]) && !NOT_PERSON.has(t[c.start - 1]!.n) && !attackerIn(attackers, v + 1, c.start)) return 1;
      break;
    }
  }
  // German "kam ein Passant ums Leben", "Ein Passant kam ums Leben": one person, the death idiom after the subject.
  if (first === 'ums') {
    const j = t[c.start - 1]?.n === 'kam' ? c.start - 2 : c.start - 1;
    if (/^\p{Lu}/u.test(t[j]?.s ?? '') && DE_ONE.has(t[j - 1]?.n ?? '') && !NOT_PERSON.has(t[j]!.n) && !attackerIn(attackers, j - 1, j + 1)) return 1;
  }
  // Adjectival: "the wounded officer opened fire", "der verletzte Polizist kam ins Krankenhaus".
  if (ADJECTIVAL.has(first) && ADJ_DET.has(t[c.start - 1]?.n ?? '') && singular(t[c.end]) && !NOT_NOUN.has(t[c.end]!.n) && (!GERMAN_DEF.has(t[c.start - 1]!.n) || /^\p{Lu}/u.test(t[c.end]!.s)) && !attackerIn(attackers, c.end, c.end + 1)) return 1;
  // Passive: "a guard was killed", "an officer was shot dead", "un guardia resultó gravemente herido".
  // Intransitive: "a guard died of his wounds", "a policeman suffered minor injuries".
  let b = c.start - 1;
  if (t[b]?.n === 'shot' || (first === 'to' && DEATH_BY.has(t[b]?.n ?? ''))) b--; // "was shot dead", "was stabbed to death"
  if (ADVERB.has(t[b]?.n ?? '')) b--;
  // ("A passer-by was also slightly hurt".)
  if (ALSO.has(t[b]?.n ?? '')) b--;
  // ("A police officer was hit by a stone and hospitalised": the passive before "and" is this verb's too.)
  const hitAt = b === c.start - 1 ? passiveHitBefore(t, c.start) : c.start;
  if (hitAt < c.start) b = hitAt - 1;
  // ("The army says a soldier has been wounded": the perfect passive.)
  // (Not the pluperfect "had been killed", most often an earlier event: "after reports that a guard had been killed".)
  if (t[b]?.n === 'been' && t[b - 1]?.n === 'has') b--;
  let verb = PASSIVE_BE.has(t[b]?.n ?? '') || (t[b]?.n === 'has' && t[b + 1]?.n === 'been');
  if (!verb && INTRANSITIVE.has(first)) { b = PERFECT_AUX.has(t[c.start - 1]?.n ?? '') || INTRANSITIVE_AUX.has(t[c.start - 1]?.n ?? '') ? c.start - 1 : c.start; verb = true; }
  // German puts the participle last: "Dabei wurde ein Polizist getötet", "hat einen Polizisten mit einem Messer
  // verletzt"; or the subject stands before the auxiliary: "Ein Wachmann wurde durch Glassplitter leicht verletzt".
  if (!verb && DE_PARTICIPLE.has(first)) {
    const g = germanAux(text, t, c, attackers);
    if (g?.one) return 1;
    if (g && PASSIVE_BE.has(t[g.aux]!.n)) { b = g.aux; verb = true; }
  }
  // ("A Venezuelan police officer posted outside was slightly wounded", "One police officer assigned to guard the mission
  // was wounded": a subject of up to eight words.)
  // ("one of the security guards wounded in Friday's blast had died": a longer subject before a death.)
  let subjectReach = verb && INTRANSITIVE.has(first) ? 11 : 9;
  if (!verb) {
    // "a guard suffered a minor head injury": the verb up to two modifiers before the injury.
    // ("Eine Mitarbeiterin erlitt nach Angaben der Polizei Verletzungen": German puts an adverbial between, no comma.)
    for (let k = c.start - 1; k >= Math.max(0, c.start - 7); k--) {
      if (gapHas(PUNCT_END, text, t[k]!.end, t[k + 1]!.start)) break;
      if (SUFFERED.has(t[k]!.n)) { b = k; verb = true; subjectReach = 10; break; }
    }
  }
  if (!verb) return 0;
  if (t[b]!.n === 'ete' && t[b - 1]?.n === 'a') b--;
  // "A third person, a security guard employed by the consulate, was wounded": the subject before the aside.
  const verbAt = b;
  // "A man opened fire on the guards, wounding one officer before he was shot dead": a pronoun opening a clause
  // after an attack stands for the attacker, not for the sentence's first person.
  if (PRONOUN_SUBJECT.has(t[b - 1]?.n ?? '') && CLAUSE_OPENERS.has(t[b - 2]?.n ?? '') && (attackerIn(attackers, 0, b - 1) || marks.some((m) => m.value.k === 'cue' && m.end < b - 1))) return ATTACKER;
  if (b > 1 && gapHas(COMMA_END, text, t[b - 1]!.end, t[b]!.start)) {
    for (let k = b - 2; k >= Math.max(1, b - 16); k--) if (gapHas(COMMA_END, text, t[k - 1]!.end, t[k]!.start)) { b = k; break; }
  }
  // "The driver, who ... in what police called a suicide attack, was killed", "Un jeune homme, qui faisait partie
  // du groupe ayant pénétré dans l'enceinte, a été mortellement atteint": the aside makes the subject an attacker.
  if (b < verbAt && RELATIVE_START.has(t[b]!.n) && marks.some((m) => m.value.k === 'cue' && m.start > b && m.start < verbAt && !t.slice(b, m.start).some((x) => CLAUSE_OPENERS.has(x.n)))) return ATTACKER;
  // "The second officer, who was shot in the arm, is recovering": the person before the comma and "who".
  if (RELATIVE_WHO.has(t[b - 1]?.n ?? '') && b >= 3 && gapHas(COMMA_END, text, t[b - 2]!.end, t[b - 1]!.start) && singular(t[b - 2]) && !NOT_PERSON.has(t[b - 2]!.n) && !attackerIn(attackers, Math.max(0, b - 5), b)) {
    for (let j = b - 3; j >= Math.max(0, b - 5); j--) if (DEF_ONE.has(t[j]!.n) || (INDEFINITE.has(t[j]!.n) && t[j]!.n !== 'one')) return 1;
  }
  // "The bomber, a young man, was killed": the attacker, named first.
  // ("A protester was killed during the dispersal": one of the mob, likewise.)
  if (attackers.some((x) => x.start <= 2 && x.start < b)) return ATTACKER;
  // "Un policier congolais affecté à la garde du bâtiment a été tué": a sentence-initial "a/un" subject, however long,
  // with no second person, attacker or attack word in it.
  // ("MONROVIA — A Liberia National Police (LNP) officer assigned to the Embassy of Côte d'Ivoire was shot dead": after
  // the dateline's placeholders, a subject of up to sixteen words.)
  let o = 0;
  while (t[o]?.n === '·') o++;
  if (b - o > 7 && b - o <= 16 && INDEFINITE.has(t[o]?.n ?? '') && t[o]!.n !== 'one' && t[o + 1]?.n !== 'of' && singular(t[o + 1]) && !NOT_PERSON.has(t[o + 1]!.n) && !t.slice(o, b).some((x) => AND.has(x.n)) && !gapHas(PUNCT_END, text, t[o]!.end, t[b]!.start) && !attackerIn(attackers, o, b) && !marks.some((m) => m.value.k === 'cue' && m.start < b)) return 1;
  if (passiveRelativeOne(text, t, b, attackers)) return 1;
  // "A police officer wounded in Monday's machete attack outside the consulate has died": one person the participle
  // describes, then a death of their own.
  if (INTRANSITIVE.has(first) && INDEFINITE.has(t[o]?.n ?? '') && t[o]!.n !== 'one' && t.slice(o + 1, o + 5).some((x) => HURT_PARTICIPLE.has(x.n)) && !t.slice(o, b).some((x) => AND.has(x.n)) && !gapHas(PUNCT_END, text, t[o]!.end, t[b]!.start) && !attackerIn(attackers, o, b)) return 1;
  for (let k = b - 1; k >= Math.max(0, b - subjectReach); k--) {
    const n = t[k]!.n;
    // ("Un trabajador de la embajada de Ucrania en Lisboa sufrió heridas": the noun after the article.)
    if (INDEFINITE.has(n)) {
      // "One of them ... was wounded": one of a group named before, maybe the attackers; "One of the two hostages,
      // a woman, suffered a head injury": one of a group named here.
      // ("Uno de los guardias", "um dos guardas", "uno dei vigilanti": the same.)
      if (ONE_OF.has(t[k + 1]?.n ?? '')) return oneOfGroup(t, k + 2, b, attackers) ? 1 : NOT_A_VICTIM;
      // (A long subject must be one person: not "an unspecified number of officers and guests".)
      // ("un policier congolais": a demonym after the noun.)
      const demonymAfter = marks.some((m) => m.value.k === 'country' && m.start === b - 1) && singular(t[k + 1]);
      // ("A 45-year-old police officer was shot dead": the noun after the age.)
      // ("One police officer assigned to guard the mission was wounded": the places after the head noun are no subject.)
      // ("an employee of the consulate sustained a gunshot wound": the mission the person works for ends the subject.)
      const head = t.findIndex((x, j) => j >= k + 2 && j < b && (POST_HEAD.has(x.n) || ofMission(t, marks, j)));
      const one = demonymAfter || (subjectReach > 9 || b - k > 5 ? singular(t[ageEnd(t, k + 1)]) && !t.slice(k, b).some((x) => AND.has(x.n)) && !t.slice(k, head > 0 ? head : b).some((x) => NOT_PERSON.has(x.n)) && !gapHas(PUNCT_END, text, t[k]!.end, t[b]!.start) : singular(t[b - 1]) && !NOT_PERSON.has(t[b - 1]!.n));
      // ("A protester was killed during the dispersal": one of the mob or the attackers died, no victim.)
      if (one) return attackerIn(attackers, k, b) ? ATTACKER : 1;
      break;
    }
    // "The ambassador was killed", "the embassy's driver was wounded", "El hombre sufrió heridas", "Der Wachmann wurde
    // verletzt": one person named by role (a capital is a name, except for German nouns).
    if (DEF_ONE.has(n) && k === b - 2 || (n === 'the' && k === b - 3 && t[b - 2]!.n === 's')) {
      if (!attackerIn(attackers, k, b) && singular(t[b - 1]) && !NOT_PERSON.has(t[b - 1]!.n) && (GERMAN_DEF.has(n) || !/^\p{Lu}/u.test(t[b - 1]!.s))) return 1;
      // ("One police officer assigned to guard the mission was wounded": the place ends a longer subject.)
      // ("One federal police officer posted at the embassy was killed": likewise after a place's preposition.)
      if (k === b - 2 && NOT_PERSON.has(t[b - 1]!.n) && (POST_HEAD_VERB.has(t[k - 1]?.n ?? '') || POST_HEAD.has(t[k - 1]?.n ?? '') || ofMission(t, marks, k - 1))) continue;
      break;
    }
    // ("the consulate's local security guard was wounded by shrapnel": a few modifiers before the role, no second person.)
    if (DEF_ONE.has(n) && !GERMAN_DEF.has(n) && b - k <= 6) {
      const inner = t.slice(k + 1, b);
      // ("The embassy's driver, who was parking a vehicle, sustained a gunshot wound": up to the aside's comma.)
      if (!inner.some((x) => AND.has(x.n) || x.n === 'of' || NUMBER_OR_VAGUE(x.n) !== false) && !gapHas(PUNCT_END, text, t[k]!.end, t[b - 1]!.end) && !attackerIn(attackers, k, b) && singular(t[b - 1]) && !NOT_PERSON.has(t[b - 1]!.n) && !/^\p{Lu}/u.test(t[b - 1]!.s)) return 1;
      break;
    }
    // ("one of the security guards wounded in Friday's blast had died": "the" of "one of the", on to "one".)
    if (DEF_ONE.has(n) && !(t[k - 1]?.n === 'of' && INDEFINITE.has(t[k - 2]?.n ?? ''))) break;
    // "One of the two hostages ... suffered": the count of the group after "one of the".
    if (ageEnd(t, k) > k) continue; // "a 45-year-old officer": an age, no count
    if (n === 'dos' && PORTUGUESE_ONE.has(t[k - 1]?.n ?? '')) continue; // "um dos guardas": one of the guards
    if (NUMBER_OR_VAGUE(n) !== false) return THE_PLURAL.has(t[k - 1]?.n ?? '') && OF.has(t[k - 2]?.n ?? '') && INDEFINITE.has(t[k - 3]?.n ?? '') && oneOfGroup(t, k - 1, b, attackers) ? 1 : 0;
  }
  return clauseSubjectOne(text, t, b, attackers, marks) ? 1 : 0;
}

const HEADLINE_BE = new Set(['is', 'fica', 'resulta', 'left']);
/** A headline's "...; driver wounded", "motorista fica ferido": a bare singular noun opening its clause, then the wound. */
function headlineVictim(text: string, t: readonly Token[], c: Mark, attackers: Mark[]): boolean {
  const noun = HEADLINE_BE.has(t[c.start - 1]?.n ?? '') ? c.start - 2 : c.start - 1;
  if (noun < 0 || !singular(t[noun]) || NOT_PERSON.has(t[noun]!.n) || attackerIn(attackers, noun, noun + 1)) return false;
  return noun === 0 || /[;:–—|]\s*$/.test(text.slice(t[noun - 1]!.end, t[noun]!.start));
}
/** "... at the Egyptian embassy were slightly hurt": a plural passive whose subject ends in a place (no aside). */
function passiveWithPlace(text: string, t: readonly Token[], at: number): boolean {
  let b = at - 1;
  if (ADVERB.has(t[b]?.n ?? '')) b--;
  if (!PLURAL_BE.has(t[b]?.n ?? '')) return false;
  for (let k = b - 1; k >= Math.max(1, b - 6); k--) if (PLACE_PREP.has(t[k]!.n)) return !gapHas(PUNCT_END, text, t[k]!.end, t[b]!.start);
  return false;
}
/** What every phrase of NO_FIGURES holds: a pattern of two plain words scans a sentence many times faster. */
const NO_FIGURES_WORD = /figure|toll/i;
const NO_FIGURES = /\b(?:did not|didn't|would not|declined to) (?:give|provide|release) (?:any )?(?:casualty figures|a (?:casualty|death) toll|figures)|\bno (?:official )?casualty figures? (?:was|were) (?:given|released|available)/i;
const LIVES_SUBJECT = new Set(['who', 'she', 'he', 'it', 'that', 'which', 'family', 'still', 'now', 'also', 'currently']);
const ACCIDENT_NOUNS = new Set(['accident', 'accidents', 'accidente', 'accidentes', 'unfall', 'unfallen', 'unfalle', 'acidente', 'acidentes', 'حوادث']);
/** "12 people had died in road accidents", "muertos en accidentes de tráfico": deaths in accidents, no attack's toll (not "the crash" of a ramming). */
function accidentToll(t: readonly Token[], m: Mark): boolean {
  return t.slice(m.end, m.end + 4).some((x) => ACCIDENT_NOUNS.has(x.n));
}
const ORDINAL_VICTIM: Record<string, number> = { second: 2, third: 3, fourth: 4, another: 1 };
/** A sentence opening on "A second officer", "Another guard": the ordinal (1 for "another"), else 0. */
function nextVictim(t: readonly Token[]): number {
  const k = t[0]?.n === 'a' || t[0]?.n === 'the' ? 1 : 0;
  const n = t[k]?.n ?? '';
  if (!(n in ORDINAL_VICTIM) || (n === 'another' && k > 0) || !singular(t[k + 1])) return 0;
  return ORDINAL_VICTIM[n]!;
}
const DUTY_PARTICIPLE = new Set(['employed', 'assigned', 'posted', 'stationed', 'deployed', 'working', 'guarding', 'hired', 'contracted']);
const PLACE_PREP = new Set(['at', 'in', 'outside', 'inside', 'near', 'en', 'de', 'del', 'im', 'am', 'vor']);
const ATTACKER = -1;
const NOT_A_VICTIM = -2;
const HOSPITAL = new Set(L.HOSPITAL_WORDS);
function hospitalName(t: readonly Token[], end: number): boolean {
  const a = t[end], b = t[end + 1];
  return a !== undefined && isCapitalized(a) && (HOSPITAL.has(a.n) || (b !== undefined && isCapitalized(b) && HOSPITAL.has(b.n)));
}
const PUNCT_END = /[,;:]/;
const AR_PUNCT_END = /[,;:،؛]/;
/** `re` matches the text between offsets `from` and `to` (most gaps are one space: no slice then). */
function gapHas(re: RegExp, text: string, from: number, to: number): boolean {
  let plain = true;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) { plain = false; break; }
  return !plain && re.test(text.slice(from, to));
}
const COMMA_END = /,\s*$/;
const CLAUSE_START = /(?:[,;:(–—]|\s-)\s*$/;
const ACTIVE_HIT = new Set(['shot', 'stabbed']);
const ADJECTIVAL = new Set(['wounded', 'injured', 'blesse', 'herido', 'verletzte', 'verletzten']);
const ADJ_DET = new Set(['the', 'a', 'der', 'die', 'den', 'dem']);
const GERMAN_DEF = new Set(['der', 'die', 'das', 'den', 'dem']);
const DEF_ONE = new Set(['the', 'its', 'his', 'her', 'le', 'la', 'l', 'el', 'der', 'die', 'das', 'o', 'il']);
// ("وتوفي أحد الجرحى": one of the wounded died.)
const AR_VERB_FIRST = new Set(['قتل', 'قتلت', 'يقتل', 'مقتل', 'استشهاد', 'استشهد', 'اصيب', 'اصيبت', 'اصابه', 'جرح', 'جرحت', 'توفي', 'توفيت']);
/** An Arabic casualty verb or verbal noun, whose subject (or count) follows it. */
function arabicVerb(x: Token): boolean {
  return AR_VERB_FIRST.has(x.n) || (x.alt !== undefined && AR_VERB_FIRST.has(x.alt));
}
/** Singular person nouns (and "a third", "another") after an Arabic casualty verb: one victim. */
const AR_ONE = new Set(['حارس', 'شخص', 'شرطي', 'جندي', 'موظف', 'مدني', 'دبلوماسي', 'طفل', 'امراه', 'رجل', 'عنصر', 'ضابط', 'مواطن', 'سائق', 'عامل', 'ثالث', 'اخر', 'رابع', 'ثان', 'ثاني', 'احد', 'امين', 'مجند', 'رقيب', 'عريف', 'فرد', 'زائر', 'مراجع', 'عون', 'شرطيه', 'موظفه', 'مسؤول', 'مستشار', 'طالب', 'صحفي', 'مصور', 'حارسه']);
/** Dual person nouns: two victims ("قُتل حارسان", "أصيب شخصان"). */
const AR_TWO = new Set(['حارسان', 'حارسين', 'شخصان', 'شخصين', 'شرطيان', 'شرطيين', 'جنديان', 'جنديين', 'موظفان', 'مدنيان', 'عاملان', 'عاملين', 'رجلان', 'رجلين', 'اخران']);
const AR_ONE_AFTER = new Set(['واحد', 'واحدا', 'واحده']);
/** Arabic nouns of the dead joined by "و": "وجثتين", "وقتيلين" count on their own, no wounded died. */
const AR_DEAD_NOUN = new Set(['قتيلين', 'قتيلان', 'جثتين', 'جثتان', 'جثث']);
const MET_DEATH = new Set(['حتفهم', 'حتفهما', 'حتفه', 'مصرعه', 'مصرعهم', 'مصرعهما']);
/** The victims of "لقي ... حتفهم" with no count: duals two, single nouns one, attackers none; null when none named. */
function metDeath(t: readonly Token[], c: Mark, attackers: Mark[]): number | null {
  let v = c.start - 1;
  while (v >= Math.max(0, c.start - 6) && t[v]!.n !== 'لقي' && t[v]!.alt !== 'لقي') v--;
  if (v < Math.max(0, c.start - 6)) return null;
  let total = 0;
  for (let k = v + 1; k < c.start; k++) {
    if (attackerIn(attackers, k, k + 1)) continue;
    const w = t[k]!.alt ?? t[k]!.n;
    if (NUMBER_OR_VAGUE(t[k]!.n) !== false) return null; // (a count: read as usual)
    if (AR_TWO.has(t[k]!.n) || AR_TWO.has(w)) total += 2;
    else if (AR_ONE.has(t[k]!.n) || AR_ONE.has(w)) total++;
  }
  return total > 0 ? total : null;
}
const DE_PARTICIPLE = new Set(['verletzt', 'getotet', 'getoetet', 'erschossen', 'ermordet', 'verwundet', 'erstochen', 'angeschossen']);
const DE_AUX = new Set(['wurde', 'ist', 'hat', 'hatte', 'wurden', 'sind', 'haben']);
const DE_ONE = new Set(['ein', 'eine', 'einen', 'einem', 'einer']);
/** The German auxiliary before a participle in the same clause, and whether one person ("ein Wachmann", "einen Polizisten") stands between. */
function germanAux(text: string, t: readonly Token[], c: Mark, attackers: Mark[]): { aux: number; one: boolean } | null {
  // ("Ein Mann hat am Donnerstagabend vor der ukrainischen Botschaft einen Wachmann ... verletzt": a long middle field.)
  for (let k = c.start - 1; k >= Math.max(0, c.start - 20); k--) {
    if (gapHas(PUNCT_END, text, t[k]!.end, t[k + 1]!.start)) return null;
    if (!DE_AUX.has(t[k]!.n)) continue;
    // The object is the first "einen/eine/ein" of the middle field ("hat anschließend einen", not "mit einem Messer").
    let j = k + 1;
    while (j < c.start && !DE_ONE.has(t[j]!.n)) j++;
    if (j >= c.start) return { aux: k, one: false };
    const noun = /^\p{Lu}/u.test(t[j + 1]?.s ?? '') ? j + 1 : /^\p{Lu}/u.test(t[j + 2]?.s ?? '') ? j + 2 : -1;
    // (Two people: "einen Polizisten und eine Passantin verletzt"; not "einen Wachmann angegriffen und schwer verletzt".)
    const another = t.slice(noun + 1, c.start).some((x, q, w) => AND.has(x.n) && (DE_ONE.has(w[q + 1]?.n ?? '') || /^\p{Lu}/u.test(w[q + 1]?.s ?? '')));
    const one = noun > 0 && noun < c.start && !NOT_PERSON.has(t[noun]!.n) && !attackerIn(attackers, j, noun + 1) && !another;
    return { aux: k, one };
  }
  return null;
}
/** "one of the (two) hostages": the group named at `at` is not the attackers (and is named: not "of them"). */
function oneOfGroup(t: readonly Token[], at: number, b: number, attackers: Mark[]): boolean {
  let j = at;
  if (THE_PLURAL.has(t[j]?.n ?? '')) j++;
  if (NUMBER_OR_VAGUE(t[j]?.n ?? '') !== false) j++;
  const noun = t[j];
  return noun !== undefined && j < b && /^\p{L}+$/u.test(noun.s) && !PRONOUN_GROUP.has(noun.n) && !attackerIn(attackers, at, Math.min(b, j + 2));
}
/**
 * "A guard who was shot during Monday's attack has died": one person before a passive relative clause (which
 * tells what befell them, not an attack of theirs), the clause running up to the verb at b.
 */
function passiveRelativeOne(text: string, t: readonly Token[], b: number, attackers: Mark[]): boolean {
  for (let w = b - 2; w >= Math.max(2, b - 20); w--) {
    if (!RELATIVE_WHO.has(t[w]!.n)) continue;
    // ("A man who was arrested at the scene": a suspect's clause.)
    if (!PASSIVE_AUX.has(t[w + 1]?.n ?? '') || gapHas(PUNCT_END, text, t[w]!.end, t[b]!.start) || t.slice(w + 2, b).some((x) => SUSPECT_FATE.has(x.n))) return false;
    // ("A Haitian police officer who was shot ...": up to three words between the article and "who".)
    let k = -1;
    for (let j = w - 2; j >= Math.max(0, w - 4) && k < 0; j--) if (INDEFINITE.has(t[j]!.n)) k = j;
    return k >= 0 && t[k]!.n !== 'one' && singular(t[w - 1]) && !NOT_PERSON.has(t[w - 1]!.n) && !NOT_NOUN.has(t[w - 1]!.n) && !attackerIn(attackers, k, w);
  }
  return false;
}
const SUSPECT_FATE = new Set(['arrested', 'detained', 'captured', 'cornered', 'apprehended', 'seen', 'suspected', 'identified', 'arrete', 'detenido', 'festgenommen']);
const PRONOUN_SUBJECT = new Set(['he', 'she', 'il', 'elle', 'el', 'ella', 'er']);
const PRONOUN_GROUP = new Set(['them', 'those', 'us', 'these', 'ellos', 'eux', 'ihnen']);
const SUBJECT_PREP = new Set(['of', 'at', 'in', 'on', 'from', 'near', 'outside', 'inside', 'for', 'assigned', 'posted', 'employed', 'working', 'guarding', 'de', 'del', 'en', 'du', 'des', 'au', 'von', 'im', 'am', 'aus', 'bei']);
/**
 * "A guard at the consulate was wounded", "Un trabajador de la embajada de Ucrania en Madrid ha resultado herido",
 * "A member of the police assigned to the residence suffered a gunshot wound": one person named with an indefinite
 * article at the clause's start, the noun's modifiers after it; no count, no "and", no attacker or attack word.
 */
function clauseSubjectOne(text: string, t: readonly Token[], b: number, attackers: Mark[], marks: Mark[]): boolean {
  let k = b - 1;
  while (k > 0 && b - k < 16 && !gapHas(CLAUSE_START, text, t[k - 1]!.end, t[k]!.start)) k--;
  if (k < 0 || b - k >= 16 || !INDEFINITE.has(t[k]!.n) || t[k]!.n === 'one') return false;
  let h = k + 1;
  while (h < b - 1 && h < k + 4 && !SUBJECT_PREP.has(t[h + 1]!.n)) h++;
  if (h >= b || !singular(t[h]) || NOT_PERSON.has(t[h]!.n) || NOT_NOUN.has(t[h]!.n)) return false;
  for (let j = k + 1; j < b; j++) if (AND.has(t[j]!.n) || NUMBER_OR_VAGUE(t[j]!.n) !== false) return false;
  return !attackerIn(attackers, k, b) && !marks.some((m) => m.value.k === 'cue' && m.start >= k && m.start < b);
}

const ANY_DEFENDER = new Set(L.DEFENDER_WORDS);
const CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'cuando', 'quand', 'lorsque', 'als']);
/** "with": what a person or an attacker had with them. */
export const WITH = new Set(['with', 'avec', 'con', 'mit']);
const NEW_CLAUSE = new Set(['while', 'whereas', 'mientras', 'tandis', 'wahrend']);
// Shock and panic are no injury (smoke inhalation is one: "a guard was treated at the scene for smoke inhalation").
const SHOCK = new Set(['shock', 'panic', 'panico', 'choc', 'panique', 'schock']);
const FIRED = new Set(['returned', 'opened', 'fired', 'shot']);
/** "the wounded officer returned fire, killing him": a defender's fire, its victim the attacker. */
function defenderFired(t: readonly Token[], before: number): boolean {
  // Active voice only: "the officer returned fire", not "a guard was shot". The defender may take a short phrase
  // before the verb: "Two officers at the post opened fire, killing him".
  for (let k = Math.max(0, before - 8); k < before; k++) {
    if (!ANY_DEFENDER.has(t[k]!.n)) continue;
    for (let j = k + 1; j < Math.min(before, k + 5) && !BE.has(t[j]!.n); j++) if (FIRED.has(t[j]!.n)) return true;
  }
  return false;
}

/** "wounding a guard and a driver": after one victim at `k - 1`, "and a(n) [adjective] noun" is one more. */
function oneMore(text: string, t: readonly Token[], k: number, attackers: Mark[]): number {
  // ("wounding a police officer on duty and a passer-by": a short phrase on the first person.)
  for (let j = k; j < k + 3 && !AND.has(t[j]?.n ?? '') && /^\p{Ll}+$/u.test(t[j]?.s ?? '') && !BE.has(t[j]!.n); j++) if (AND.has(t[j + 1]?.n ?? '')) k = j + 1;
  if (!AND.has(t[k]?.n ?? '') || !ARTICLE_ONE.has(t[k + 1]?.n ?? '')) return 0;
  // ("injuring an Italian employee, and an anarchist group claimed responsibility": a comma ends the object, a new clause.)
  if (gapHas(PUNCT_END, text, t[k - 1]!.end, t[k]!.start)) return 0;
  const noun = singular(t[k + 2]) && !NOT_NOUN.has(t[k + 2]!.n) ? k + 2 : singular(t[k + 3]) && !NOT_NOUN.has(t[k + 3]!.n) ? k + 3 : -1;
  return noun > 0 && !attackerIn(attackers, k + 1, noun + 1) && !NOT_PERSON.has(t[noun]!.n) ? 1 : 0;
}

/**
 * "Two Kenyans and an American were among the dead", "three guards and a passer-by were hurt": a count and
 * one more person coordinated as the subject of the casualty word; the total, or 0.
 */
/** "and a/an/un/una ..." between the end of one casualty word and the start of the next: a new person opens a clause. */
function anotherPerson(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (AND.has(t[k]!.n) && ARTICLE_ONE.has(t[k + 1]!.n)) return true;
  return false;
}
/** "seven people, including four officers and a guard, were ...": the count before an aside of its parts, closed by a comma. */
function asideOuter<N extends { value: number; start: number; end: number }>(text: string, t: readonly Token[], n: N, c: Mark, numbers: N[]): N | undefined {
  if (!INCLUDING.has(t[n.start - 1]?.n ?? '')) return undefined;
  const inc = n.start - 1;
  const outer = numbers.find((x) => x.end <= inc && inc - x.end <= 3 && x.value >= n.value);
  if (!outer || !/,/.test(text.slice(t[outer.end - 1]!.end, t[inc]!.start))) return undefined;
  // The aside's closing comma, then only the verb group before the casualty word.
  for (let k = n.end; k < c.start; k++) if (/,/.test(text.slice(t[k - 1]!.end, t[k]!.start))) return c.start - k <= 4 ? outer : undefined;
  return undefined;
}
function countAndOne(text: string, t: readonly Token[], n: { value: number; start: number; end: number }, c: Mark, attackers: Mark[]): number {
  // ("eight diplomats and a correspondent of the official news agency (IRNA) had been killed": an acronym in brackets.)
  if (n.value <= 0 || /[,;:]|\((?!\p{Lu}{2,6}\))|(?<!\(\p{Lu}{2,6})\)/u.test(text.slice(t[n.end - 1]!.end, t[c.start]!.start))) return 0;
  let k = n.end;
  while (k < c.start && k - n.end < 3 && !AND.has(t[k]!.n)) k++;
  if (k === n.end || !AND.has(t[k]?.n ?? '') || !INDEFINITE_ARTICLE.has(t[k + 1]?.n ?? '')) return 0;
  const second = k + 2;
  // (The second person's noun may take an "of" phrase: "a correspondent of the state news agency".)
  let reach = 3;
  for (k = second; k < c.start && k - second < reach && !BE.has(t[k]!.n) && !PERFECT_AUX.has(t[k]!.n); k++) {
    if (!/^[\p{L}-]+$/u.test(t[k]!.s)) return 0;
    if (k > second && OF.has(t[k]!.n)) reach = 9;
  }
  if (k === second || attackerIn(attackers, n.start, k)) return 0;
  // Up to the casualty word only "were", "had been", "among the", an adverb.
  for (; k < c.start; k++) if (!BE.has(t[k]!.n) && !PERFECT_AUX.has(t[k]!.n) && !AMONG.has(t[k]!.n) && t[k]!.n !== 'the' && !ADVERB.has(t[k]!.n)) return 0;
  return n.value + 1;
}

// ("setting the hut on fire and slashing a guard": the -ing form and the slash of a blade too.)
const STABBED = new Set(['stabbed', 'knifed', 'poignarde', 'apunalo', 'stabbing', 'knifing', 'slashed', 'slashing', 'poignardant', 'apunalando', 'acuchillo']);
/** "A man stabbed a guard outside the embassy", "stabbed two guards": the victims hurt (not "stabbed to death"), or 0. */
function stabbedObject(t: readonly Token[], attackers: Mark[]): number {
  // ("stabbed the officer several times and then slashed a woman who was waiting": each blade verb's own victim.)
  const victims: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!STABBED.has(t[i]!.n)) continue;
    // ("stabbed two guards", not "stabbed him three times"; Spanish puts "a" before a person: "apuñaló a dos guardias".)
    const count = numberAt(t, t[i + 1]?.n === 'a' && (numberAt(t, i + 2)?.value ?? 0) >= 2 ? i + 2 : i + 1);
    if (count && count.value >= 2) {
      // ("stabbed two embassy guards": a modifier before the noun.)
      const noun = /\p{L}s$/u.test(t[count.end]?.n ?? '') ? t[count.end] : t[count.end + 1];
      if (noun && /\p{L}s$/u.test(noun.n) && !NOT_PERSON.has(noun.n) && noun.n !== 'times' && !attackerIn(attackers, i + 1, count.end + 1) && !t.slice(count.end + 1, count.end + 4).some((x) => x.n === 'death' || x.n === 'dead')) return count.value;
      continue;
    }
    let k = i + 1;
    if (t[k]?.n === 'a' && INDEFINITE_ARTICLE.has(t[k + 1]?.n ?? '')) k++; // "apuñaló a un guardia"
    if (!INDEFINITE_ARTICLE.has(t[k]?.n ?? '') && t[k]?.n !== 'the') continue;
    let noun = singular(t[k + 1]) && !NOT_NOUN.has(t[k + 1]!.n) ? k + 1 : singular(t[k + 2]) && !NOT_NOUN.has(t[k + 2]!.n) ? k + 2 : -1;
    // ("slashed an embassy security guard": the place's noun first, the guard after it.)
    if (noun > 0 && NOT_PERSON.has(t[noun]!.n)) for (let j = noun + 1; j <= k + 3 && singular(t[j]); j++) if (ANY_DEFENDER.has(t[j]!.n) && !(ANY_DEFENDER.has(t[j + 1]?.n ?? ''))) { noun = j; break; }
    if (noun < 0 || NOT_PERSON.has(t[noun]!.n) || attackerIn(attackers, k, noun + 1)) continue;
    if (t.slice(noun + 1, noun + 4).some((x) => x.n === 'death' || x.n === 'dead' || x.n === 'mort' || x.n === 'muerte')) continue;
    if (!victims.includes(t[noun]!.n)) victims.push(t[noun]!.n);
  }
  return victims.length;
}
/** "stabbed in the neck", "shot in the leg", "touché à la jambe": where a victim was hit. */
const woundSite = (t: readonly Token[], c: Mark): boolean => c.end - c.start >= 3 && ['in', 'a', 'au', 'en'].includes(t[c.start + 1]!.n);
const OF_WHOM = new Set(['whom', 'them', 'those']);
/** "one of whom", "one of them" shortly before token k. */
function oneOfWhom(t: readonly Token[], k: number): boolean {
  for (let j = Math.max(0, k - 5); j + 2 < k; j++) if (t[j]!.n === 'one' && t[j + 1]!.n === 'of' && OF_WHOM.has(t[j + 2]!.n)) return true;
  return false;
}
const STABBED_PLURAL = new Set(['stabbed', 'knifed', 'poignardes', 'poignardees', 'apunalados', 'apunaladas', 'acuchillados', 'niedergestochen']);
/**
 * "Two police officers guarding the embassy were stabbed", "Two officers stabbed at embassy gate": the count that opens
 * the sentence, stabbed and not to death.
 */
function stabbedCount(s: Sentence, attackers: Mark[]): number {
  const t = s.tokens;
  const n = numberAt(t, s.datelineTokens);
  if (!n || n.value < 2) return 0;
  for (let i = n.end; i < Math.min(t.length, n.end + 14); i++) {
    if (!STABBED_PLURAL.has(t[i]!.n)) continue;
    if (attackerIn(attackers, s.datelineTokens, i) || t.slice(i + 1, i + 4).some((x) => x.n === 'death' || x.n === 'mort' || x.n === 'muerte')) return 0;
    return gapHas(PUNCT_END, s.text, t[n.end - 1]!.end, t[i]!.start) ? 0 : n.value;
  }
  return 0;
}
const DEATH_BY = new Set(['stabbed', 'beaten', 'hacked', 'burned', 'burnt', 'crushed', 'shot', 'knifed']);
/** "shot and wounded", "stabbed and killed", "abattus et blessés": a hit verb joined to the casualty word. */
const STRUCK = new Set(['hit', 'struck', 'shot', 'stabbed', 'beaten', 'attacked', 'assaulted']);
/**
 * "A police officer was hit on the head by a stone and hospitalised": "and" joins the casualty to a passive "hit"
 * shortly before it, one clause; the clause then ends at that participle (else at the casualty word c).
 */
function passiveHitBefore(t: readonly Token[], c: number): number {
  if (!AND.has(t[c - 1]?.n ?? '')) return c;
  for (let k = c - 3; k >= Math.max(1, c - 8); k--) if (STRUCK.has(t[k]!.n) && PASSIVE_AUX.has(t[k - 1]!.n)) return k;
  return c;
}
const HIT_AND = new Set(['shot', 'stabbed', 'beaten', 'attacked', 'knifed', 'assaulted', 'frappes', 'poignardes', 'golpeados', 'apunalados', 'angeschossen', 'niedergestochen']);
const GRIEVANCE_BEFORE = new Set(['following', 'after', 'over', 'for', 'protesting', 'avenge', 'avenging', 'apres', 'suite', 'tras', 'por', 'pour', 'nach', 'wegen', 'بعد']);
const DEATH_OF = new Set(['death', 'deaths', 'mort', 'muerte']);
const INJURY = new Set(['injuries', 'injury', 'wounds']);
const TRANSITIVE = new Set(['killing', 'killed', 'kills', 'kill', 'dead', 'wounding', 'wounded', 'injuring', 'injured', 'tuant', 'tue', 'tuerent', 'blessant', 'blesse', 'blesserent', 'matando', 'mato', 'mataron', 'mata', 'hiriendo', 'hirio', 'hirieron', 'hiere', 'totete', 'toteten', 'erschoss', 'erschossen', 'erstach', 'erstachen']);
/** "assigned to guard the mission", "posted to protect the embassy": a verb of duty before a place. */
/** "are now confirmed dead", "were reported injured": the state told, after "be". */
const STATED_AS = new Set(['confirmed', 'reported', 'believed', 'feared', 'presumed', 'declared', 'pronounced']);
const POST_HEAD_VERB = new Set(['guard', 'protect', 'secure', 'watch', 'garder', 'proteger', 'custodiar', 'bewachen', 'schutzen']);
/** Words that end a subject's head noun phrase and open what describes it ("assigned to guard the mission", "at the gate"). */
const POST_HEAD = new Set(['assigned', 'posted', 'stationed', 'employed', 'deployed', 'working', 'guarding', 'who', 'at', 'outside', 'inside', 'near', 'affecte', 'asignado', 'eingesetzt']);
const NOT_PERSON = new Set(['toll', 'number', 'attack', 'figure', 'building', 'vehicle', 'car', 'truck', 'gate', 'wall', 'compound', 'embassy', 'consulate', 'mission', 'area', 'city', 'total', 'count', 'bomb', 'blast', 'explosion', 'suspect', 'perpetrator', 'attacker', 'assailant', 'gunman', 'bomber']);
// ("Le chauffeur a succombé à ses blessures", "est décédé", "sucumbió", "erlag": the same in French, Spanish and German.)
const HURT_PARTICIPLE = new Set(['wounded', 'injured', 'hurt', 'shot', 'stabbed', 'blesse', 'herido', 'verletzte']);
export const INTRANSITIVE = new Set(['died', 'dies', 'succumbed', 'perished', 'mourut', 'murio', 'fallecio', 'starb', 'succombe', 'succombee', 'decede', 'decedee', 'sucumbio', 'erlag', 'verstarb', 'morreu', 'faleceu', 'sucumbiu']);
const ADVERB = new Set(['seriously', 'badly', 'critically', 'slightly', 'lightly', 'severely', 'fatally', 'mortally', 'gravement', 'grievement', 'legerement', 'mortellement', 'gravemente', 'levemente', 'mortalmente', 'schwer', 'leicht', 'todlich']);
// (Portuguese "foi/ficou ferido", Italian "è stato/rimasto ferito".)
const PASSIVE_BE = new Set(['was', 'fue', 'resulto', 'resultado', 'wurde', 'est', 'ete', 'foi', 'ficou', 'ficado', 'fica', 'stato', 'stata', 'rimasto', 'rimasta']);
const INDEFINITE = new Set(['a', 'an', 'one', 'un', 'une', 'una', 'uno', 'ein', 'eine', 'einer', 'um', 'uma']);
// (Prepositions too: "had taken the wounded to hospital", "among the injured from the blast".)
const NOT_NOUN = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'and', 'or', 'in', 'at', 'of', 'who', 'included', 'include', 'includes', 'list', 'toll', 'count',
  'to', 'into', 'from', 'with', 'on', 'by', 'for', 'as', 'after', 'before', 'then', 'while', 'but', 'that', 'which', 'when', 'where', 'there', 'inside', 'out']);
/** Two or more capitalised words after a verb, not at a sentence start: a person's name. */
function capWord(x: Token | undefined): boolean {
  return x !== undefined && /^\p{Lu}\p{Ll}+$/u.test(x.s);
}
function isName(t: readonly Token[], i: number): boolean {
  return capWord(t[i]) && capWord(t[i + 1]) && !DETERMINERS.has(t[i]!.n);
}
const NUMBER_OR_VAGUE = (n: string): number | false => (n.charCodeAt(0) <= 57 && /^\d+$/.test(n) ? Number(n) : (L.VAGUE_NUMBERS[n] ?? (L.NUMBER_WORDS[n] !== undefined && n !== 'a' && n !== 'an' ? L.NUMBER_WORDS[n]! : false)));

const COUNT_HEDGE = /\b(?:did not|didn't|could not|couldn't|cannot|can't|not yet|were unable to)\s+(?:yet\s+)?(?:say|provide|give|specify|tell)\b[^.;]*\b(?:how many|separate)/i;
const SUFFERED = new Set(['suffered', 'sustained', 'received', 'subi', 'subieron', 'sufrio', 'sufrieron', 'erlitten', 'erlitt']);
const INCLUDING = new Set(['including', 'includes', 'included', 'incl', 'dont', 'incluido', 'incluidos', 'darunter']);
const AMONG = new Set(['among', 'amongst', 'parmi', 'entre', 'unter']);
const AMONG_THEM = new Set(['them', 'ellos', 'ellas', 'eux', 'elles', 'ihnen']);
const OTHERS_AFTER = new Set(['other', 'others', 'autres', 'weitere', 'weiteren', 'andere']);
const OTHERS_BEFORE = new Set(['otros', 'otras']);
const AND = new Set(['and', 'et', 'y', 'e', 'und']);
/**
 * ", and two embassy staff were slightly hurt": after the casualty word ending at `prevEnd`, a comma then "and" opens
 * a clause whose subject is the count `src`, told before its own casualty word `c` (not "two of them", nor an aside).
 */
function nextClauseSubject(text: string, t: readonly Token[], prevEnd: number, src: { start: number; end: number }, c: Mark, cas: Mark[]): boolean {
  const and = src.start - 1;
  if (and < prevEnd || !AND.has(t[and]!.n) || src.end > c.start || c.start - src.end > 8) return false;
  if (!gapHas(PUNCT_END, text, t[and - 1]!.end, t[and]!.start)) return false;
  if (PARTITIVE_OF.has(t[src.end]?.n ?? '') || t.slice(prevEnd, and).some((x) => INCLUDING.has(x.n) || AMONG.has(x.n))) return false;
  return !cas.some((o) => o !== c && o.start >= src.end && o.start < c.start);
}
// ("Zwei Mitarbeiter wurden leicht verletzt, außerdem drei Polizisten": German "besides" after the participle.)
const ALONG = ['along with', 'together with', 'as well as', 'ainsi que', 'ainsi qu', 'de meme que', 'de meme qu', 'junto con', 'zusammen mit', 'außerdem', 'ausserdem', 'sowie'];
const ALONG_WORDS = ALONG.map((p) => p.split(' '));
const ALONG_FIRST = new Set(ALONG_WORDS.map((w) => w[0]!));

/** "X and three others": the number counts the others; the one (or the count) before "and" adds to it. */
function othersBesides(t: readonly Token[], n: { start: number; end: number }, numbers: { value: number; start: number; end: number }[], cas: Mark[], c: Mark, text: string): number {
  let conj = -1;
  if (OTHERS_AFTER.has(t[n.end]?.n ?? '') && AND.has(t[n.start - 1]?.n ?? '')) conj = n.start - 1;
  else if (OTHERS_BEFORE.has(t[n.start - 1]?.n ?? '') && AND.has(t[n.start - 2]?.n ?? '')) conj = n.start - 2;
  if (conj < 0) return coordinatedVictims(t, n, numbers, cas, text);
  // "Two civilians were killed and nineteen others were wounded", "a guard was killed and three others hurt":
  // the others are besides those of another casualty word, not more of this one.
  // ("One hostage died during the assault, shot by the gunmen as soldiers broke in, and two others were wounded".)
  if (cas.some((o) => o !== c && o.end <= conj && (conj - o.end <= 6 || o.value.k !== c.value.k))) return 0;
  // "Un gendarme a été tué et trois autres personnes ont été blessées": the others have their own casualty word.
  if (cas.some((o) => o.value.k !== c.value.k && o.start >= n.end && o.start - n.end <= 6)) return 0;
  // "two guards and three others": the count before the conjunction.
  const before = numbers.find((x) => x.end <= conj && conj - x.end <= 3 && x.value > 0);
  return before ? before.value : 1;
}

const ROLE_GROUP = new Set(['staff', 'employees', 'diplomats', 'guards', 'policemen', 'officers', 'soldiers', 'nationals', 'workers', 'citizens', 'personnel']);
/** "two Russian embassy staff", "three police officers": victims counted by one role (up to three words before it). */
function roleGroupAfter(t: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(t.length, from + 4); k++) if (ROLE_GROUP.has(t[k]!.n)) return true;
  return false;
}
const DEFENDERS = new Set(['police', 'guards', 'troops', 'soldiers', 'forces', 'marines', 'commandos', 'gendarmes', 'policia', 'polizei', 'polizisten']);
/** "Police officers on duty at the embassy wounded him": the defenders open the sentence, their fire hits the attacker. */
function defendersSubject(t: readonly Token[], c: Mark): boolean {
  return TRANSITIVE.has(t[c.start]!.n) && (t[c.end]?.n === 'him' || t[c.end]?.n === 'her') && t.slice(0, Math.min(c.start, 4)).some((x) => DEFENDERS.has(x.n) || x.n === 'officers');
}
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
/** "died of their injuries", "succumbed to his wounds": the death verb, "of/to", a possessive, the wound word. */
function woundsOfTheDead(t: readonly Token[], c: Mark): boolean {
  return POSSESSIVE.has(t[c.start - 1]?.n ?? '') && ['of', 'to', 'from'].includes(t[c.start - 2]?.n ?? '') && (INTRANSITIVE.has(t[c.start - 3]?.n ?? '') || PLURAL_DIED.has(t[c.start - 3]?.n ?? ''));
}
/**
 * "The gendarme died of his wounds", "succumbed to her injuries", "died on the way to hospital": the wounds or the
 * hospital of a death, no one hurt.
 */
function afterADeath(t: readonly Token[], c: Mark): boolean {
  for (let k = Math.max(0, c.start - 8); k < c.start; k++) if (INTRANSITIVE.has(t[k]!.n) || PLURAL_DIED.has(t[k]!.n)) return true;
  return false;
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
  // ("..., sustained minor injuries": the verb and a modifier before the injury noun.)
  // ("..., sustained gunshot injuries": the injury's kind too.)
  while (k >= 0 && c.start - k <= 3 && (STILL.has(t[k]!.n) || ADVERB.has(t[k]!.n) || SUFFERED.has(t[k]!.n) || MINOR.has(t[k]!.n) || INJURY_KIND.has(t[k]!.n))) k--;
  // A comma (or a dash: "four persons - three police officers and a driver - sustained injuries") right before the
  // verb group ends the aside; its opening one follows the count's noun.
  if (k < 0 || !gapHas(ASIDE_END, text, t[k]!.end, t[k + 1]!.start)) return null;
  for (const n of numbers) {
    // ("One of them, identified as ..., was wounded": one of a group named before, maybe the attackers.)
    // (Nor a time: "attacked on Wednesday, at about 2 o'clock in the morning, the residence ..., killing a gendarme".)
    if (n.value <= 0 || n.end > k || k - n.end > 20 || t[n.end]?.n === 'of' || UNIT_AFTER.has(t[n.end]?.n ?? '') || NUMBER_OR_VAGUE(t[n.end]?.n ?? '') !== false) continue;
    let open = -1;
    for (let j = n.end; j <= Math.min(k, n.end + 3); j++) if (gapHas(ASIDE_END, text, t[j - 1]!.end, t[j]!.start)) { open = j; break; }
    if (open < 0 || open > k) continue;
    if (cas.some((o) => o !== c && o.start >= n.end && o.start < c.start) || attackerIn(attackers, n.end, open)) continue;
    return n;
  }
  return null;
}
/** "in all", "in total", "au total", "en total", "insgesamt" at k. */
function inAll(t: readonly Token[], k: number): boolean {
  const a = t[k]?.n, b = t[k + 1]?.n;
  return a === 'insgesamt' || (b === 'total' && (a === 'in' || a === 'au' || a === 'en')) || (a === 'in' && b === 'all');
}
/** "Altogether, ...", "Overall, ...": a sentence that opens on a total (with inAll's "In all", "insgesamt"). */
const ALL_TOLD = new Set(['altogether', 'overall']);
/** "a total of nine", "un total de nueve", "au total neuf": the figure is a total. */
function totalOf(t: readonly Token[], k: number): boolean {
  const a = t[k - 2]?.n, b = t[k - 1]?.n;
  return (a === 'total' && (b === 'of' || b === 'de')) || (b === 'total' && (a === 'au' || a === 'en' || a === 'in')) || (a === 'all' && b === 'told');
}
const ASIDE_END = /(?:,|\s[-–—]|[–—])\s*$/;
const MINOR = new Set(['minor', 'light', 'serious', 'severe', 'slight', 'critical']);
const INJURY_KIND = new Set(['gunshot', 'bullet', 'shrapnel', 'stab', 'burn', 'head', 'multiple', 'graze', 'flesh']);
/** "killed the assailant", "shot dead the two gunmen", "töteten den Angreifer": an attacker as the object (not "... and two guards"). */
function killsAttacker(t: readonly Token[], c: Mark, attackers: Mark[]): boolean {
  if (!TRANSITIVE.has(t[c.start]!.n) && t[c.end - 1]!.n !== 'dead') return false;
  let k = c.end;
  // ("A guard was shot dead by gunmen at the gate": the attackers are the agents, not the dead.)
  if (AGENT_BY.has(t[k]?.n ?? '')) return false;
  if (OBJECT_DET.has(t[k]?.n ?? '')) k++;
  if (NUMBER_OR_VAGUE(t[k]?.n ?? '') !== false) k++;
  // ("Four killed as gunmen storm embassy": a clause after the casualty word, its subject the attackers.)
  if (CLAUSE_OPENERS.has(t[k]?.n ?? '')) return false;
  const a = attackers.find((x) => x.start === k || x.start === k + 1);
  return a !== undefined && !AND.has(t[a.end]?.n ?? '') && !(t[a.end]?.n === 'as' && t[a.end + 1]?.n === 'well');
}
const AGENT_BY = new Set(['by', 'par', 'por', 'von', 'durch']);
const ATTACKER_NOUNS = new Set([...LONE_ATTACKER, 'attackers', 'gunmen', 'assailants', 'bombers']);
/** "Other police on duty shot the attacker dead": the attacker between "shot" and "dead". */
function shotAttackerDead(t: readonly Token[], c: Mark): boolean {
  return t[c.start]!.n === 'dead' && ATTACKER_NOUNS.has(t[c.start - 1]?.n ?? '') && t.slice(Math.max(0, c.start - 4), c.start - 1).some((x) => x.n === 'shot');
}
/** "ومقتل المهاجم" (and the attacker's death), "أطلقوا النار على المهاجم فأردوه قتيلاً" (shot the attacker, felling him dead). */
function arabicAttackerDeath(t: readonly Token[], c: Mark, attackers: Mark[]): boolean {
  // ("وقتل المهاجمون الثلاثة": "and" prefixed to the verb.)
  if (arabicVerb(t[c.start]!) && attackers.some((x) => x.start === c.end)) return true;
  return /^ف?ارد/.test(t[c.start - 1]?.n ?? '') && attackers.some((x) => x.end <= c.start && c.start - x.end <= 3);
}
const OBJECT_DET = new Set(['the', 'a', 'an', 'all', 'both', 'his', 'le', 'la', 'les', 'l', 'el', 'los', 'al', 'den', 'die', 'der']);
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
const COUNT_HEDGES = new Set(['at', 'least', 'about', 'some', 'nearly', 'almost', 'around', 'more', 'than', 'over', 'up', 'to', 'another']);
function objectCoordinated(text: string, t: readonly Token[], n: { start: number; end: number }, numbers: { value: number; start: number; end: number }[], cas: Mark[]): number {
  // ("killing two members of the embassy staff and at least four Afghans": a longer first object.)
  for (let k = n.end; k < Math.min(t.length, n.end + 7); k++) {
    if (!AND.has(t[k]!.n)) continue;
    if (/[,;]/.test(text.slice(t[k - 1]!.end, t[k]!.start)) && k === n.end) return 0;
    // ("wounded six people, including a driver and four civilians": the parts of the six, not more.)
    if (k > n.end && (/,/.test(text.slice(t[n.end - 1]!.end, t[k]!.start)) || t.slice(n.end, k).some((x) => INCLUDING.has(x.n)))) return 0;
    // "killed six: four guards and two passers-by": an enumeration of the six, not more.
    if (/[:;(—–]/.test(text.slice(t[n.end - 1]!.end, t[k]!.start)) || numbers.some((x) => x.start >= n.end && x.start < k)) return 0;
    const next = t[k + 1];
    if (!next || cas.some((o) => o.start > n.end && o.start <= k + 3)) return 0;
    const num = numbers.find((x) => x.start > k && x.start <= k + 3 && t.slice(k + 1, x.start).every((y) => COUNT_HEDGES.has(y.n)));
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
  return objectEndsAt(text, t, k) || (t[k + 1] !== undefined && /^\p{Ll}+$/u.test(t[k + 1]!.s) && objectEndsAt(text, t, k + 1));
}
/** Nothing of the object after token j: the sentence ends, a stop or a bracket follows, or a word that opens what comes next. */
function objectEndsAt(text: string, t: readonly Token[], j: number): boolean {
  const next = t[j + 1];
  return !next || /[,;.:)]/.test(text.slice(t[j]!.end, next.start)) || AFTER_OBJECT.has(next.n);
}

/**
 * "a policeman and two civilians were killed", "two guards and three passers-by were wounded": a coordinated
 * subject counts both sides. The other side must not belong to another casualty word ("killed 2 and 17 were hurt").
 */
function coordinatedVictims(t: readonly Token[], n: { start: number; end: number }, numbers: { value: number; start: number; end: number }[], cas: Mark[], text: string): number {
  const conj = n.start - 1;
  if (!AND.has(t[conj]?.n ?? '')) return 0;
  // ("five people killed - two police officers, ... and a driver - and 14 wounded": the aside closed before "and".)
  if (conj > 0 && /[-–—)]/.test(text.slice(t[conj - 1]!.end, t[conj]!.start))) return 0;
  // ("Two officers were killed, while a guard and two visitors were hurt": a new clause starts after "killed".)
  if (cas.some((o) => o.end <= n.start && o.end > conj - 5 && !t.slice(o.end, conj).some((x) => NEW_CLAUSE.has(x.n)))) return 0;
  // (Not a measure: "The siege lasted 3 hours, and two police officers were wounded".)
  // ("Two Taliban security guards and one civilian were killed": a guard's noun of up to four words after the count.)
  const before = numbers.find((x) => x.end <= conj && (conj - x.end <= 2 || (conj - x.end <= 4 && !gapHas(PUNCT_END, text, t[x.end - 1]!.end, t[conj]!.start) && t.slice(x.end, conj).some((y) => ANY_DEFENDER.has(y.n)))) && x.value > 0 && !UNIT_AFTER.has(t[x.end]?.n ?? ''));
  if (before) return cas.some((o) => o.end <= before.start && before.start - o.end <= 2) ? 0 : before.value;
  // "a policeman and", "an embassy guard and": one person.
  for (let k = conj - 1; k >= Math.max(0, conj - 3); k--) {
    if (INDEFINITE.has(t[k]!.n) && t[k]!.n !== 'one') return cas.some((o) => o.end <= k && k - o.end <= 1 && !NEW_CLAUSE.has(t[o.end]!.n)) ? 0 : 1 + commaListBefore(text, t, k);
    if (DETERMINERS.has(t[k]!.n) || NUMBER_OR_VAGUE(t[k]!.n) !== false) return 0;
  }
  return 0;
}

/**
 * "A policeman, a driver and two visa applicants were wounded": the people listed with commas before the one at `k`,
 * each "a(n)" and a noun, back to the sentence's start; how many, or 0 when the list does not open the sentence.
 */
function commaListBefore(text: string, t: readonly Token[], k: number): number {
  let more = 0;
  let p = k;
  while (p > 0 && gapHas(COMMA_END, text, t[p - 1]!.end, t[p]!.start)) {
    let q = p - 1;
    while (q >= Math.max(0, p - 3) && !INDEFINITE_ARTICLE.has(t[q]!.n)) q--;
    if (q < Math.max(0, p - 3) || !t.slice(q + 1, p).every((x) => singular(x) && !NOT_PERSON.has(x.n) && !NOT_NOUN.has(x.n))) return 0;
    more++;
    p = q;
  }
  return p === 0 ? more : 0;
}

/** "killed ..., along with two Somali civilians": the count of the others, or null. */
function alongWith(t: readonly Token[], c: Mark, numbers: { value: number; start: number; end: number }[], cas: Mark[]): number | null {
  // ("blessant deux gendarmes français chargés de la protection du bâtiment, dont un grièvement, ainsi qu'une
  // adolescente": a long object before it, but no other casualty word or new clause.)
  for (let k = c.end; k < Math.min(t.length, c.end + 20); k++) {
    // (The coordinator first: "as well as a guard" opens with "as".)
    const words = ALONG_FIRST.has(t[k]!.n) ? ALONG_WORDS.find((w) => w.every((x, j) => t[k + j]?.n === x)) : undefined;
    if (CLAUSE_OPENERS.has(t[k]!.n) && !words) break;
    if (cas.some((o) => o.start === k)) break;
    if (words) {
      const n = numbers.find((x) => x.start >= k + words.length && x.start - (k + words.length) <= 1 && x.value > 0);
      if (n && !cas.some((o) => o.start > c.start && o.start < n.start)) return n.value;
      // "..., ainsi qu'une adolescente libyenne", "along with a passer-by", "de même qu'un vigile": one more.
      const next = t[k + words.length]?.n ?? '';
      return INDEFINITE_ARTICLE.has(next) || next === 'un' || next === 'uno' ? 1 : null;
    }
  }
  return null;
}

/** "..., six of them attackers", "including the six attackers", "the two attackers among them": attackers in a toll. */
function attackersIncluded(t: readonly Token[], from: number, numbers: { value: number; start: number; end: number }[], attackers: Mark[], cas: Mark[], total: number, text = ''): number {
  // "Two people died in the explosion - the guard and the attacker -": an enumeration naming the attacker.
  // ("... has risen to 14, according to police — nine police officers, two staff members and three protesters".)
  for (let k = from; text && k < Math.min(t.length, from + 8); k++) {
    if (!ENUMERATION.test(text.slice(t[k - 1]!.end, t[k]!.start))) continue;
    // ("восемь человек, включая троих нападавших — смертника ... и двух боевиков": the attackers counted before the
    // dash, the enumeration only says who they were.)
    if (attackers.some((a) => a.start >= from && a.start < k)) break;
    const named = attackers.filter((a) => a.start >= k && a.start - k <= 16);
    if (named.length > 0 && total > 1) return named.reduce((sum, a) => sum + (/[^s]$/.test(t[a.start]!.n) ? 1 : (numbers.find((x) => x.end === a.start)?.value ?? 0)), 0);
    break;
  }
  // "killing two people including the attacker", "three dead, among them the bomber", "rose to 10, a figure police
  // said included the suspected bomber": one attacker.
  for (let k = from; k < Math.min(t.length, from + 8); k++) {
    // "Two people died; one of them was the attacker", "..., one of whom was the bomber".
    if (total > 1 && t[k]!.n === 'one' && t[k + 1]?.n === 'of' && (t[k + 2]?.n === 'them' || t[k + 2]?.n === 'whom') && BE.has(t[k + 3]?.n ?? '') && attackers.some((a) => a.start > k + 3 && a.start <= k + 6 && /[^s]$/.test(t[a.start]!.n))) return 1;
    if (!INCLUDING.has(t[k]!.n) && !(AMONG.has(t[k]!.n) && t[k + 1]?.n === 'them')) continue;
    // ("at least three people were killed, not including the bomber": the toll is already the victims'.)
    if (NOT_INCLUDED.has(t[k - 1]?.n ?? '')) break;
    const at = AMONG.has(t[k]!.n) ? k + 2 : k + 1;
    // ("blew himself up ..., killing three people, including himself": the one who killed.)
    if (total > 1 && REFLEXIVE_SELF.has(t[at]?.n ?? '')) return 1;
    // ("sept morts, dont le kamikaze", "siete muertos, incluido el atacante": the article in other languages.)
    if (total > 1 && ONE_DETERMINER.has(t[at]?.n ?? '') && attackers.some((a) => (a.start === at + 1 || (a.start === at + 2 && !AND.has(t[at + 1]!.n) && NUMBER_OR_VAGUE(t[at + 1]!.n) === false)) && /[^s]$/.test(t[a.start]!.n) && !t[a.start]!.n.endsWith('men'))) return 1;
    break;
  }
  for (const m of numbers) {
    if (m.start < from || m.start - from > 6 || m.value <= 0 || m.value >= total) continue;
    if (cas.some((o) => o.start >= from && o.start < m.start)) return 0;
    // "The seven dead did not include four attackers", "not counting the bombers": the toll is already the victims'.
    if (t.slice(from, m.start).some((x) => NOT_INCLUDED.has(x.n))) return 0;
    let k = m.end;
    // ("including two of the attackers": a part of theirs.)
    if (t[k]?.n === 'of' && (t[k + 1]?.n === 'them' || t[k + 1]?.n === 'the')) k += 2;
    // ("قُتل 16 شخصاً، بينهم ستة من المهاجمين": six of the attackers among them.)
    if (attackers.some((a) => a.start >= k && a.start - k <= 1)) return m.value;
  }
  return 0;
}

const ENUMERATION = /[-–—:(]/;
const ONE_DETERMINER = new Set(['the', 'a', 'an', 'one', 'le', 'la', 'l', 'un', 'une', 'el', 'una', 'der', 'die', 'den', 'einen', 'einer', 'o', 'il']);
const REFLEXIVE_SELF = new Set(['himself', 'herself']);
const NOT_INCLUDED = new Set(['not', 't', 'excluding', 'besides', 'pas', 'sans', 'sin', 'nicht', 'ohne', 'without']);
const MIXED_AT = new Set(['among', 'amongst', 'including', 'between', 'parmi', 'dont', 'entre', 'incluidos', 'unter', 'darunter', 'zwischen', 'بينهم', 'بين']);
/** After a figure, its people named as attackers or the crowd with no count of their own: "among them protesters". */
function mixedWithAttackers(t: readonly Token[], from: number, attackers: Mark[], crowd: Mark[], cas: Mark[], numbers: { start: number }[]): boolean {
  for (let k = from; k < Math.min(t.length, from + 12); k++) {
    if (!MIXED_AT.has(t[k]!.n)) {
      if (numbers.some((x) => x.start === k) || cas.some((o) => o.start === k)) return false;
      continue;
    }
    // ("not including the bomber": left out, not mixed in.)
    if (NOT_INCLUDED.has(t[k - 1]?.n ?? '')) return false;
    const j = t[k + 1]?.n === 'them' ? k + 2 : k + 1;
    const group = attackers.find((a) => a.start >= j && a.start - j <= 2) ?? crowd.find((a) => a.start >= j && a.start - j <= 2);
    // (Not "including a protester": one of them, nor "six of the attackers": a count of their own.)
    return group !== undefined && !INDEFINITE_ARTICLE.has(t[group.start - 1]?.n ?? '') && !numbers.some((x) => x.start >= j && x.start < group.start);
  }
  return false;
}
/** "wounding the wife of a diplomat and three other people": the count of the others after one named object. */
function objectAndOthers(text: string, t: readonly Token[], c: Mark, numbers: { value: number; start: number; end: number }[], cas: Mark[]): { value: number } | null {
  const o = ADVERB.has(t[c.end]?.n ?? '') ? c.end + 1 : c.end;
  if (!DETERMINERS.has(t[o]?.n ?? '')) return null;
  for (let j = o + 1; j < Math.min(t.length, o + 10); j++) {
    if (gapHas(PUNCT_END, text, t[j - 1]!.end, t[j]!.start) || cas.some((x) => x.start === j)) return null;
    if (!AND.has(t[j]!.n)) continue;
    const n = numbers.find((x) => x.start === j + 1 && x.value > 0);
    return n && OTHERS_AFTER.has(t[n.end]?.n ?? '') ? n : null;
  }
  return null;
}
/** Words that make a sentence without a casualty word worth reading: a toll, its rise, a stabbing, "fatally". */
const TRIGGERS: Set<string> = new Set();
const FIGHTING = new Set(L.BATTLE_WORDS);
const TOLL_OF = new Set(['from', 'of', 'in', 'du', 'des', 'de', 'del', 'der']);
/** "the toll from the fighting", "le bilan des affrontements", "el balance de los enfrentamientos". */
function battleToll(t: readonly Token[]): boolean {
  for (let k = 0; k + 2 < t.length; k++) {
    if (!TOLL_WORDS.has(t[k]!.n) || !TOLL_OF.has(t[k + 1]!.n)) continue;
    if (FIGHTING.has(t[k + 2]!.n) || FIGHTING.has(t[k + 3]?.n ?? '')) return true;
  }
  return false;
}
/** "Across the city, the clashes had killed at least 11 people", "les combats ont fait sept morts": the battle as the toll's agent. */
function battleAgent(t: readonly Token[], cas: Mark[]): boolean {
  return cas.some((m) => t.slice(Math.max(0, m.start - 3), m.start).some((x) => FIGHTING.has(x.n)));
}
const TOLL_WORDS = new Set(['toll', 'bilan', 'balance', 'cifra', 'zahl', 'حصيله']);
/** "the number of dead", "el número de muertos", "le nombre de morts", "die Zahl der Toten". */
const COUNT_NOUNS = new Set(['number', 'numero', 'nombre', 'anzahl', 'عدد']);
const FATALLY = new Set(['fatally', 'mortally', 'mortellement', 'mortalmente', 'todlich']);
const FATAL_HIT = new Set(['shot', 'stabbed', 'wounded', 'injured', 'hurt', 'blesse', 'blessee', 'atteint', 'atteinte', 'touche', 'herido', 'herida', 'verletzt', 'verwundet']);
const FATAL_TAG = { k: 'killed' } as Mark['value'];
/** "fatally shot a guard", "a police officer was fatally stabbed", "mortellement blessé": a death, not a wound. */
function fatalMarks(t: readonly Token[], marks: Mark[]): Mark[] | null {
  const out: Mark[] = [];
  for (let i = 0; i + 1 < t.length; i++) if (FATALLY.has(t[i]!.n) && FATAL_HIT.has(t[i + 1]!.n)) out.push({ start: i, end: i + 2, value: FATAL_TAG });
  if (out.length === 0) return null;
  for (const m of marks) if ((m.value.k === 'killed' || m.value.k === 'wounded') && !out.some((f) => m.start < f.end && m.end > f.start)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/** "updating earlier figures", "in an updated toll", "the latest figures", "bilan actualisé", "cifra actualizada". */
// ("Three people were killed, police said, revising an earlier toll of two": the body's correction of the headline.)
// ("15:10 Update: toll now 7 dead": a live blog's update.)
const UPDATED = new Set(['updating', 'updated', 'update', 'actualizacion', 'aktualisierung', 'latest', 'revising', 'correcting', 'actualise', 'actualisee', 'actualizado', 'actualizada', 'actualizando', 'aktualisierte', 'aktualisierten', 'aktualisiert']);
const SEVERE = new Set(['seriously', 'severely', 'critically', 'badly', 'gravement', 'grievement', 'gravemente', 'schwer', 'schwerverletzte', 'schwerverletzten', 'schwerverletzter']);
const LIGHT = new Set(['slightly', 'lightly', 'legerement', 'levemente', 'leicht', 'leichtverletzte', 'leichtverletzten', 'leichtverletzter']);
/** 1 for a wounded word told as severe ("Schwerverletzte", "seriously injured"), 2 as light, 0 otherwise. */
function severity(t: readonly Token[], c: Mark): number {
  const w = t[c.start]!.n, b = t[c.start - 1]?.n ?? '';
  return SEVERE.has(w) || SEVERE.has(b) ? 1 : LIGHT.has(w) || LIGHT.has(b) ? 2 : 0;
}
const ONLY_CASUALTY = new Set(['casualty', 'victime', 'victima']);
const ONLY_DEATH = new Set(['death', 'fatality', 'mort', 'muerte', 'muerto', 'tote', 'toter']);
const ONLY = new Set(['only', 'seul', 'seule', 'unico', 'unica', 'einzige', 'einziger', 'einzigen']);
const FATAL = 1, REPORTS = 2, ELSEWHERE = 4;
/** Which of the rarer words a sentence holds, as FATAL | REPORTS | ELSEWHERE bits. */
function scan(t: readonly Token[]): number {
  let f = 0;
  for (const x of t) {
    const n = x.n;
    if (!SCANNED.has(n)) continue;
    if (FATALLY.has(n)) f |= FATAL;
    else if (n === 'reports' || n === 'report') f |= REPORTS;
    else if (n === 'elsewhere' || n === 'ailleurs' || n === 'separately' || OTHER_ADJ.has(n)) f |= ELSEWHERE;
  }
  return f;
}
const EARLY = new Set(['earlier', 'initial', 'first']);
const CORRECTED = new Set(['incorrect', 'wrong', 'false', 'inaccurate', 'erroneous', 'had']);
/**
 * "Earlier reports of a second injured officer were incorrect", "Initial reports had said nobody was hurt": the
 * index up to which the sentence tells a superseded report (to a "but" that gives the new one), or 0.
 */
function supersededUntil(text: string, t: readonly Token[]): number {
  for (let k = 1; k < t.length; k++) {
    if ((t[k]!.n !== 'reports' && t[k]!.n !== 'report') || !EARLY.has(t[k - 1]!.n)) continue;
    // (The new figure first: see supersededTail.)
    if (UPDATING.has(t[k - 2]?.n ?? '')) return 0;
    if (t[k - 1]!.n !== 'earlier' && !t.slice(k + 1).some((x) => CORRECTED.has(x.n))) continue;
    if (t.some((x) => TOLL_RISE.has(x.n))) return 0;
    // ("Earlier reports that the ambassador had been killed were wrong; two guards died": a semicolon or colon after
    // the correction starts the new figure.)
    for (let j = k + 1; j < t.length; j++) if (CONTRAST.has(t[j]!.n) || (CORRECTED.has(t[j - 1]!.n) && t[j - 1]!.n !== 'had' && gapHas(/[;:]/, text, t[j - 1]!.end, t[j]!.start))) return j;
    return t.length;
  }
  return 0;
}
const UPDATING = new Set(['updating', 'correcting', 'revising', 'updated', 'corrected', 'revised', 'superseding']);
/**
 * "A Chadian employee and a passer-by were wounded, the ministry said, updating earlier reports that had mentioned only
 * one wounded person": where the superseded report told after the new figure starts, or the sentence's length.
 */
function supersededTail(t: readonly Token[]): number {
  for (let k = 2; k < t.length; k++) if ((t[k]!.n === 'reports' || t[k]!.n === 'report') && EARLY.has(t[k - 1]!.n) && UPDATING.has(t[k - 2]!.n)) return k - 2;
  return t.length;
}
const OTHER_PLACES = new Set(['districts', 'parts', 'neighbourhoods', 'neighborhoods', 'areas', 'cities', 'quartiers', 'villes', 'barrios', 'zonas', 'ciudades', 'stadtteilen', 'stadtteile', 'orten', 'teilen', 'stadten']);
const OTHER_ADJ = new Set(['other', 'autres', 'otros', 'otras', 'anderen', 'andere']);
const IN = new Set(['in', 'across', 'en', 'dans', 'im', 'bei', 'an']);
/** "Elsewhere in the city", "Separately, ...", "in other districts", "en otros barrios", "in anderen Stadtteilen": where another place's part of the sentence starts. */
function elsewhereAt(t: readonly Token[]): number {
  for (let k = 0; k < t.length; k++) {
    const n = t[k]!.n;
    if (n === 'elsewhere' || n === 'ailleurs') return k;
    // ("Separately, in Kyiv's Obolon district, two residents were injured": another event, from the sentence's start.)
    if (n === 'separately' && k === 0) return k;
    if (OTHER_ADJ.has(n) && OTHER_PLACES.has(t[k + 1]?.n ?? '') && IN.has(t[k - 1]?.n ?? '')) return k - 1;
  }
  return t.length;
}
const BREAKDOWN_HEDGE = /\b(?:without (?:saying|specifying|giving|indicating|providing)\b[^.;]*\bhow many|(?:did not|didn't|not|without) break(?:ing)?\b[^.;]*\bdown\b|not (?:been )?broken down|no breakdown|(?:unclear|not clear|not known) how many)/i;
/** A sentence saying its figure is not broken down by site (see COUNT_HEDGE). */
function hedges(text: string): boolean {
  const many = text.includes('how many');
  return ((many || text.includes('separate')) && COUNT_HEDGE.test(text)) || ((many || text.includes('down')) && BREAKDOWN_HEDGE.test(text));
}
const SPARED_OTHERS = new Set(['else', 'other', 'more', 'further', 'mas', 'autre', 'otro', 'otra', 'otros', 'weitere', 'weiteren', 'andere']);
const STAFF_GROUP = new Set(['staff', 'personnel', 'employees', 'embassy', 'consulate', 'mission', 'crew', 'personal', 'funcionarios', 'empleados', 'mitarbeiter', 'موظفين', 'موظفي', 'طاقم', 'بعثه', 'اعضاء']);
const ALL_SPARED = new Set(['one', 'body', 'casualties', 'nobody', 'nadie', 'niemand', 'person', 'persons', 'people', 'personne', 'personnes', 'persona', 'personas', 'menschen']);
/** Who a negated "hurt" spares: everyone ("no one"), the mission's own people ("no embassy staff"), or a group ("no Americans"). */
function sparedGroup(span: readonly Token[]): 'all' | 'staff' | 'subset' {
  // ("No one else was hurt", "No hubo más heridos": nobody besides the victims already told.)
  if (span.some((x) => ALL_SPARED.has(x.n) || SPARED_OTHERS.has(x.n))) return 'all';
  // ("No Peruvian diplomatic or administrative staff were injured": the mission's nationals, a subset.)
  if (span.some((x) => STAFF_GROUP.has(x.n))) return span.some((x, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(x.s) && !STAFF_GROUP.has(x.n) && span[i - 1]!.n === 'no') ? 'subset' : 'staff';
  return span.some((x, i) => x.n === 'no' || (x.n === 'none' && span[i + 1]?.n === 'of')) ? 'subset' : 'all';
}
const GROUP_AFTER = new Set(['among', 'amongst', 'parmi', 'entre', 'unter']);
/** "لم يصب أي من الموظفين", "لم يسفر عن إصابات في صفوف الدبلوماسيين", "no injuries among the staff": a subset spared. */
function nocasSubset(t: readonly Token[], n: Mark): boolean {
  const after = t[n.end]?.n ?? '';
  if (t[n.end - 1]!.n === 'من' || GROUP_AFTER.has(after) || (after === 'في' && t[n.end + 1]?.n === 'صفوف')) return true;
  for (let k = Math.max(0, n.start - 4); k < n.start; k++) if ((t[k]!.n === 'اي' || t[k]!.n === 'ايا') && t[k + 1]?.n === 'من') return true;
  return false;
}
const OR = new Set(['or', 'nor', 'ni', 'ou', 'o', 'oder', 'noch', 'او', 'ولا']);
/** "no deaths or injuries", "قتلى أو جرحى": a casualty word of `field` right after "or" at `at`. */
function orCoordinated(t: readonly Token[], at: number, cas: Mark[], field: 'killed' | 'wounded'): boolean {
  return OR.has(t[at]?.n ?? '') && cas.some((o) => o.value.k === field && (o.start === at + 1 || (o.start === at + 2 && t[at + 1]!.n === 'any')));
}
/** The sentence's last mention of people is of attackers, after any count: "the attackers never made it past the wall". */
function endsOnAttackers(t: readonly Token[], marks: Mark[]): boolean {
  let last: Mark | null = null;
  for (const m of marks) if ((m.value.k === 'attacker' || m.value.k === 'killed' || m.value.k === 'wounded' || m.value.k === 'crowd' || m.value.k === 'mission') && (!last || m.start > last.start)) last = m;
  if (last?.value.k !== 'attacker') return false;
  for (let k = last.end; k < t.length; k++) if (NUMBER_OR_VAGUE(t[k]!.n) !== false) return false;
  return true;
}

const PAST_UNIT = new Set(['week', 'month', 'year']);
/** "last week", "la semaine dernière", "la semana pasada", "letzte Woche", "الأسبوع الماضي": an earlier time. */
function pastWeek(t: readonly Token[]): boolean {
  for (let k = 0; k + 1 < t.length; k++) {
    const n = t[k]!.n, m = t[k + 1]!.n;
    if ((n === 'last' && PAST_UNIT.has(m)) || (n === 'semaine' && m === 'derniere') || (n === 'semana' && m === 'pasada') || ((n === 'letzte' || n === 'vergangene') && m === 'woche') || (n === 'اسبوع' && m === 'ماضي')) return true;
  }
  return false;
}
const INSIDE = new Set(['inside', 'within', 'interieur', 'dentro', 'innerhalb', 'drinnen', 'داخل']);
const OUTSIDE = new Set(['outside', 'exterieur', 'fuera', 'afuera', 'ausserhalb', 'außerhalb', 'draussen', 'draußen', 'خارج']);
/** A sentence that names both inside and outside ("inside the compound; outside, ..."). */
function insideOutside(t: readonly Token[]): boolean {
  let inside = false, outside = false;
  for (const x of t) { if (INSIDE.has(x.n)) inside = true; else if (OUTSIDE.has(x.n)) outside = true; }
  return inside && outside;
}
const WAR = new Set(['war', 'conflict', 'guerre', 'conflit', 'guerra', 'conflicto', 'krieg', 'konflikt', 'حرب', 'نزاع', 'صراع']);
const WAR_AUX = new Set(['has', 'have', 'had', 'a', 'hat', 'ha', 'han', 'اودت', 'اودي']);
const RETALIATION = new Set(['retaliation', 'revenge', 'reprisal', 'reprisals', 'represailles', 'represalia', 'represalias', 'vergeltung', 'rache', 'انتقاما', 'ثارا']);
/** "two days/years ago" units, "am Vortag", "la veille", "la víspera": a time before the attack. */
const AGO_UNITS = new Set(['years', 'months', 'weeks', 'year', 'month', 'jahren', 'monaten', 'wochen', 'jahr', 'ans', 'mois', 'semaines', 'anos', 'meses', 'semanas']);
const DAY_BEFORE = new Set(['vortag', 'vorabend', 'veille', 'vispera']);
/** Within ten words before the casualty word at `at`, in its clause: a retaliation's cause, the day before, or "N years ago". */
function earlierEventBefore(text: string, t: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    if (gapHas(PUNCT_END, text, t[k]!.end, t[k + 1]!.start)) return false;
    const n = t[k]!.n;
    if (RETALIATION.has(n) || DAY_BEFORE.has(n) || (n === 'before' && t[k - 1]?.n === 'day' && t[k - 2]?.n === 'the')) return true;
    // "two years ago", "vor zwei Jahren", "il y a deux ans", "hace dos años".
    if (AGO_UNITS.has(n) && NUMBER_OR_VAGUE(t[k - 1]?.n ?? '') !== false && (t[k + 1]?.n === 'ago' || t[k - 2]?.n === 'vor' || t[k - 2]?.n === 'hace' || (t[k - 2]?.n === 'a' && t[k - 3]?.n === 'y'))) return true;
  }
  return false;
}
const YEAR_INTRO = new Set(['in', 'the', 'a', 'en', 'el', 'le', 'l', 'im', 'des', 'del', 'عام']);
/** "in 2014 gunmen killed", "the 1972 massacre, in which ... killed": a dated event within ten words before `at`. */
function yearBefore(t: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 10); k--) {
    const n = t[k]!.n;
    // ("since a March 2023 bombing that killed 12 people": a month before the year.)
    if (n.length !== 4 || !(YEAR_INTRO.has(t[k - 1]!.n) || L.MONTHS[t[k - 1]!.n] !== undefined) || !/^(?:19|20)\d\d$/.test(n)) continue;
    return true;
  }
  return false;
}
/** "since the invasion began", "depuis le début de la guerre", "desde el inicio", "seit Beginn des Krieges". */
const SINCE = new Set(['since', 'depuis', 'desde', 'seit']);
const SINCE_SPAN = new Set(['the', 'start', 'beginning', 'le', 'la', 'l', 'el', 'beginn', 'dem', 'der', 'kriegsbeginn', 'debut', 'inicio', 'comienzo']);
/** The casualty word `c` followed, within its clause, by "since" and the start of a span. */
function sinceSpan(t: readonly Token[], c: Mark): boolean {
  for (let k = c.end; k < Math.min(t.length - 1, c.end + 8); k++) if (SINCE.has(t[k]!.n) && SINCE_SPAN.has(t[k + 1]!.n)) return true;
  return false;
}
const RAID = new Set(['raided', 'raid', 'raids', 'redada', 'allanamiento', 'razzia', 'perquisition', 'descente', 'durchsuchung', 'razzien', 'مداهمه']);
/** A vehicle driven into something, see rammingDriver. */
const RAMMED = new Set(['rammed', 'ramming', 'drove', 'ploughed', 'plowed', 'smashed']);
const LIST_VERB = new Set(['included', 'include', 'were', 'figurent', 'figuraient', 'figuran', 'figuraban', 'sind', 'waren']);
/** "two police officers, a passer-by and the bomber": the people of a list from `from` to the sentence's end, or 0. */
function listedAfter(text: string, t: readonly Token[], from: number, numbers: { value: number; start: number; end: number }[], attackers: Mark[]): number {
  let total = 0;
  let k = from;
  while (k < t.length) {
    const n = numbers.find((x) => x.start === k);
    const attacker = attackers.find((a) => a.start === k || a.start === k + 1 || (a.start === k + 2 && n !== undefined));
    if (attacker) k = attacker.end;
    else if (n && n.value > 0) { total += n.value; k = n.end; }
    else if (INDEFINITE.has(t[k]!.n) || DEF_ONE.has(t[k]!.n)) { total++; k++; }
    else return 0;
    // The conjunct runs to a comma or "and".
    while (k < t.length && !AND.has(t[k]!.n) && !gapHas(COMMA_END, text, t[k - 1]!.end, t[k]!.start)) k++;
    if (k < t.length && AND.has(t[k]!.n)) k++;
  }
  return total;
}
const RAIDERS = new Set([...DEFENDERS, 'security', 'policial', 'police', 'policiere']);
/** "police raided a hideout", "a police raid", "une descente de police", "una redada policial": the defenders' raid. */
function policeRaid(t: readonly Token[]): boolean {
  for (let i = 0; i < t.length; i++) {
    if (!RAID.has(t[i]!.n)) continue;
    for (let k = Math.max(0, i - 3); k < Math.min(t.length, i + 4); k++) if (RAIDERS.has(t[k]!.n)) return true;
  }
  return false;
}
// ("Bei einem ähnlichen Anschlag vor zwei Jahren", "a similar attack": a like attack is another one.)
const ANOTHER = new Set(['another', 'separate', 'otra', 'otro', 'autre', 'weiteren', 'weiterer', 'anderen', 'similar', 'similaire', 'ahnlichen', 'ahnlicher', 'ahnliches']);
/** An attack word right after "another", "separate", "otra", "autre", "weiteren": the sentence tells another attack. */
function anotherAttack(t: readonly Token[], marks: Mark[]): boolean {
  for (const m of marks) if (m.value.k === 'cue' && (ANOTHER.has(t[m.start - 1]?.n ?? '') || ANOTHER.has(t[m.start - 2]?.n ?? ''))) return true;
  return false;
}
const OF = new Set(['of', 'de', 'des', 'von', 'من']);
const ONE_OF = new Set(['of', 'de', 'dos', 'das', 'dei', 'degli', 'delle']);
const THE_PLURAL = new Set(['the', 'those', 'los', 'las', 'les', 'den', 'die']);
/** "one of the two guards", "two more of the injured", "uno de los tres": the count before "of", the group starting at `at`. */
function partitiveCount(t: readonly Token[], at: number, numbers: { value: number; start: number; end: number }[]): { value: number; start: number; end: number } | null {
  let j = at - 1;
  // ("Einer der vier Verletzten": the German genitive article is the "of the".)
  if (t[j]?.n === 'der' && t[j - 1]?.n === 'einer') return numbers.find((x) => x.end === j && x.value > 0) ?? null;
  if (THE_PLURAL.has(t[j]?.n ?? '')) j--;
  if (!OF.has(t[j]?.n ?? '')) return null;
  j--;
  if (t[j]?.n === 'more') j--;
  return numbers.find((x) => x.end === j + 1 && x.value > 0) ?? null;
}
/** A count right before the casualty word at `at`, or before its noun: "two wounded", "deux gendarmes blessés". */
function countsWord(t: readonly Token[], x: { end: number }, at: number): boolean {
  return x.end === at || (x.end === at - 1 && singular(t[x.end]) === false && /^\p{L}+$/u.test(t[x.end]!.s));
}
/** "the injured died", "two wounded men died", "wounded guards has since died": the killed word saying the wounded died. */
const PARTITIVE_THE = new Set(['the', 'los', 'las', 'les', 'der', 'den']);
function diedAfter(text: string, t: readonly Token[], c: Mark, cas: Mark[], nocas: Mark[]): Mark | undefined {
  // "one of the wounded, a Libyan guard, died", "uno de los heridos, un guardia libio, falleció": a partitive whose
  // apposition stands before the death.
  const partitive = PARTITIVE_THE.has(t[c.start - 1]?.n ?? '') && PARTITIVE_OF.has(t[c.start - 2]?.n ?? '') && /[,]/.test(text.slice(t[c.end - 1]!.end, t[c.end]?.start ?? text.length));
  return cas.find((o) => {
    if (partitive && o.value.k === 'killed' && o.start >= c.end && o.start - c.end <= 12 && !t.slice(c.end, o.start).some((x) => NEGATORS.has(x.n))) return true;
    // ("one of the security guards wounded in Friday's blast had died": "one of" the wounded, its death farther on.)
    const reach = t.slice(Math.max(0, c.start - 5), c.start).some((x, j, w) => x.n === 'one' && w[j + 1]?.n === 'of') ? 8 : 4;
    if (o.value.k !== 'killed' || o.start < c.end || o.start - c.end > reach) return false;
    if (nocas.some((x) => x.start <= o.start && x.end >= o.end)) return false; // "..., من دون سقوط قتلى": no deaths
    if (AR_DEAD_NOUN.has(t[o.start]!.alt ?? t[o.start]!.n)) return false; // "15 جريحا وجثتين": and two bodies, a count of its own
    // ("Zweiundvierzig Menschen wurden verletzt, dreiunddreißig starben": a count of its own after a comma.)
    if (o.start - 1 >= c.end && NUMBER_OR_VAGUE(t[o.start - 1]!.n) !== false && /[,;]/.test(text.slice(t[c.end - 1]!.end, t[o.start]!.start))) return false;
    if (t.slice(c.end, o.start).some((x) => NEGATORS.has(x.n))) return false;
    // (Farther than a noun: not across "and" or a comma, "wounding two and killing one".)
    return o.start - c.end <= 2 || (!t.slice(c.end, o.start).some((x) => AND.has(x.n)) && !/[,;،]/.test(text.slice(t[c.end - 1]!.end, t[o.start]!.start)));
  });
}

for (const set of [TOLL_RISE, STABBED, FATALLY]) for (const w of set) TRIGGERS.add(w);
const SCANNED = new Set([...FATALLY, 'reports', 'report', 'elsewhere', 'ailleurs', 'separately', ...OTHER_ADJ]);
TRIGGERS.add('toll');
// ("The only casualty was a guard": see ONLY_CASUALTY.)
for (const w of ['casualty', 'victime', 'victima']) TRIGGERS.add(w);
// ("The only death was that of a rioter": 'death' alone is no killed word, see ONLY_DEATH.)
for (const w of ONLY_DEATH) TRIGGERS.add(w);
/** The word classes (see WORD) of the scans below, for the classifier's phrase index to report. */
export const CASUALTY_WORD_CLASSES: readonly [Iterable<string>, number][] = [
  [TRIGGERS, WORD.casualtyTrigger],
  // (And the words NO_FIGURES needs, every word that starts like them: its text test only where one stands.)
  [['figure*', 'toll*'], WORD.casualtyTrigger],
  [SCANNED, WORD.casualtyRare],
  [UNHURT, WORD.unhurt],
  [STABBED, WORD.stabbed],
  [['only', 'seul', 'seule', 'unico', 'einzige'], WORD.casualtyOnly],
  [['gab'], WORD.casualtyGab],
  [RAID, WORD.casualtyRaid],
  [UPDATED, WORD.casualtyUpdated],
  // (The ramming verbs share the raid's bit too: another rare scan, see rammingDriver.)
  [RAMMED, WORD.casualtyRaid],
];

/**
 * A count that opens the sentence as the casualty word's subject, however long ("Two police officers of the special
 * regiment performing guard duty at the mission received injuries"), when the verb group allows it (verbGroup) and
 * no punctuation breaks it.
 */
function opensSubject(s: Sentence, n: { start: number; end: number }, c: Mark, verbGroup: boolean): boolean {
  return n.start === s.datelineTokens && c.start - n.end <= 16 && verbGroup && !/[,;:()]/.test(s.text.slice(s.tokens[n.end - 1]!.end, s.tokens[c.start]!.start));
}
/** "Argel, 27 de diciembre.- Un gendarme resultó herido": the dateline's day is no count; its words are blanked (same indices). */
function withoutDateline(s: Sentence): Sentence {
  // (Tokens built as literals in tokenize's field order, not spread copies, and the array pushed, not mapped (map in
  // optimised code builds a holey array): each of those has another hidden class, and every casualty reader that met
  // one was deoptimised and recompiled. The memo stays shared, as before.)
  const tokens: Token[] = [];
  for (let i = 0; i < s.tokens.length; i++) { const x = s.tokens[i]!; tokens.push(i < s.datelineTokens ? { n: '·', s: '·', alt: undefined, start: x.start, end: x.end } : x); }
  return withTokens(s, tokens, s.memo);
}

/**
 * "RPG hits Syrian embassy in Beirut; Israeli strike kills two in south Lebanon": the tolls of a clause after a
 * semicolon that tells its own attack in its own place and names no mission, in a sentence whose other clause names
 * the mission, are another event's.
 */
function withoutOtherHeadline(s: Sentence, marks: Mark[]): Mark[] {
  if (!s.text.includes(';') || !marks.some((m) => m.value.k === 'killed' || m.value.k === 'wounded')) return marks;
  // Token index where each clause starts.
  const starts = [0];
  for (let i = 1; i < s.tokens.length; i++) if (s.text.slice(s.tokens[i - 1]!.end, s.tokens[i]!.start).includes(';')) starts.push(i);
  const missionIn = new Set(marks.filter((m) => m.value.k === 'mission').map((m) => clauseOf(starts, m.start)));
  if (missionIn.size === 0) return marks;
  // (Its own attack and its own place: not "Mob attacks Indian mission in Chattogram; 10 injured, vehicles set ablaze".)
  const cueIn = new Set(marks.filter((m) => m.value.k === 'cue').map((m) => clauseOf(starts, m.start)));
  const placeIn = new Set(marks.filter((m) => m.value.k === 'city' || m.value.k === 'country').map((m) => clauseOf(starts, m.start)));
  return marks.filter((m) => {
    if (m.value.k !== 'killed' && m.value.k !== 'wounded') return true;
    const i = clauseOf(starts, m.start);
    return !(!missionIn.has(i) && cueIn.has(i) && placeIn.has(i));
  });
}
/** The clause of token i, given the token index where each clause starts. */
function clauseOf(starts: number[], i: number): number {
  return starts.filter((b) => b <= i).length - 1;
}

const INTO = new Set(['into', 'through']);
const RAMMER = new Set(['driver', 'man', 'woman', 'motorist', 'he', 'she', 'attacker', 'suspect']);
/**
 * "Driver shot dead after ramming car into consulate", "A man drove a sedan through the front doors of the visa
 * office": a person drove into the mission, so "the driver" later is the attacker.
 */
function rammingDriver(given: { s: Sentence; marks: Mark[] }[]): boolean {
  for (const { s, marks } of given) {
    if (!mayHold(s, WORD.casualtyRaid) || !marks.some((m) => m.value.k === 'mission')) continue;
    const t = s.tokens;
    for (let i = 1; i < t.length; i++) {
      if (!RAMMED.has(t[i]!.n) || !t.slice(i + 1, i + 6).some((x) => INTO.has(x.n))) continue;
      // (The person before the verb: "A man drove", "Driver shot dead after ramming"; not "A truck rammed the car".)
      if (t.slice(Math.max(0, i - 5), i).some((x) => RAMMER.has(x.n))) return true;
    }
  }
  return false;
}
/** "The driver died at the scene", in a ramming: the driver marked as the attacker. */
function withDriverAsAttacker(s: Sentence, marks: Mark[]): Mark[] {
  const t = s.tokens;
  let out = marks;
  for (let i = 1; i < t.length; i++) {
    if (t[i]!.n !== 'driver' || t[i - 1]!.n !== 'the' || t[i + 1]?.n === 'of') continue;
    if (out === marks) out = marks.slice();
    // (In token order, as the marks are read.)
    const at = out.findIndex((m) => m.start > i);
    out.splice(at < 0 ? out.length : at, 0, { start: i, end: i + 1, value: ATTACKER_TAG });
  }
  return out;
}
const ATTACKER_TAG: Mark['value'] = { k: 'attacker' };

export function findCasualties(given: { s: Sentence; marks: Mark[] }[]): Casualties {
  // (Pushed, not mapped: see withoutDateline.)
  const sentences: { s: Sentence; marks: Mark[] }[] = [];
  const rammer = rammingDriver(given);
  for (const { s, marks } of given) sentences.push({ s, marks: withoutOtherHeadline(s, rammer ? withDriverAsAttacker(s, marks) : marks) });
  const out: Casualties = { killed: null, wounded: null };
  let zeroKilled: string | null = null;
  let zeroWounded: string | null = null;
  let unhurtStaff: string | null = null;
  // "Dozens were wounded": someone was, so "staff were unharmed" must not make it zero.
  const vagueSeen = { killed: false, wounded: false };
  let lone: { value: number; text: string } | null = null;
  // (definite: "The wounded officer was taken to hospital", a reference back to a victim already told of.)
  let loneWounded: { value: number; text: string; definite: boolean } | null = null;
  let stabbed: { value: number; text: string } | null = null;
  let rise: { value: number; text: string } | null = null;
  let riseWounded: { value: number; text: string } | null = null;
  // A toll revised down ("rebajó la cifra de fallecidos de cinco a tres"): the revision, whatever was read before.
  const fall: { killed?: { value: number; text: string }; wounded?: { value: number; text: string } } = {};
  let attackersOnly: string | null = null;
  let attackerDied: string | null = null;
  let amongTotal: number | null = null;
  let subsetWounded: string | null = null;
  let amongTotalText = '';
  // "Suicide bomber kills two Russian embassy staff" over "killing two embassy employees and four Afghans": the
  // headline counts one group of the victims; the first larger figure in the body is the whole toll.
  const titleRole = { killed: false, wounded: false };
  let netOf: Map<number, number> | null = null;
  // "Embassy staff were unharmed", "no embassy staff were hurt": the zero that a victim hurt but not counted overrides.
  let staffZero: string | null = null;
  let staffKilledZero: string | null = null;
  // An explicit "no one was killed" / "no one was hurt" already read: a later count in a sentence that names no
  // mission and tells an attack of its own is another event's ("Nobody was killed. On Wednesday, car bombs in Shahat
  // killed four people").
  const zeroStated = { killed: false, wounded: false };
  // The paragraph (line) that told a battle's toll, see battleToll.
  let battleLine: number | null = null;
  // A wounded victim named without a count ("He ... was taken to hospital"), for "no one else was hurt".
  let uncounted: string | null = null;
  let othersSpared = false;
  // The severity of the wounded figure read (see severity), for its other grade told in the same sentence.
  let woundedGrade = 0;
  // Where the count of each field's figure stands in its sentence, for another count told by place (see insideOutside).
  const placeSrc = { killed: -1, wounded: -1 };
  // Victims of a wounded figure told in an earlier sentence who died later ("One of them later died in hospital").
  // (Only a wounded figure read before the death: a later one may already leave the dead out.)
  let diedLater: { value: number; text: string; wounded: string | undefined } | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const { s: told, marks } = sentences[si]!;
    // "Officials did not give casualty figures for the security forces": the toll is unknown, whatever else is said
    // (not zero because only an attacker is reported dead).
    if (mayHold(told, WORD.casualtyTrigger) && NO_FIGURES_WORD.test(told.text) && NO_FIGURES.test(told.text)) vagueSeen.killed = vagueSeen.wounded = true;
    // Most sentences carry no casualty word, no "no casualties" and no toll: nothing to count there.
    let any = false;
    for (const m of marks) if (m.value.k === 'killed' || m.value.k === 'wounded' || m.value.k === 'nocas') { any = true; break; }
    if (!any && !(mayHold(told, WORD.casualtyTrigger) && told.tokens.some((x) => TRIGGERS.has(x.n)))) continue;
    const s = told.datelineTokens > 0 ? withoutDateline(told) : told;
    const t = s.tokens;
    // One pass for the rarer words: "fatally", a superseded report, another place.
    const flags = mayHold(s, WORD.casualtyRare) ? scan(t) : 0;
    const fatal = flags & FATAL ? fatalMarks(t, marks) : null;
    const zeroKilledBefore = zeroStated.killed;
    const zeroWoundedBefore = zeroStated.wounded;
    const hasMission = marks.some((m) => m.value.k === 'mission');
    // Read only the words after a superseded report ("Initial reports had said nobody was hurt", "Earlier reports of
    // a second injured officer were incorrect") and before another place ("In other districts of Kyiv three people
    // died", "Elsewhere in the city ...").
    const from = flags & REPORTS ? supersededUntil(s.text, t) : 0;
    const to = Math.min(!hasMission && flags & ELSEWHERE ? elsewhereAt(t) : t.length, flags & REPORTS ? supersededTail(t) : t.length);
    if (from >= to) continue;
    // (Not the verb: "a woman who lives next to the consulate".)
    const cas = (fatal ?? marks).filter((m) => (m.value.k === 'killed' || m.value.k === 'wounded') && m.start >= from && m.start < to && !(t[m.start]!.n === 'lives' && m.end - m.start === 1 && LIVES_SUBJECT.has(t[m.start - 1]?.n ?? '')) && !accidentToll(t, m));
    // ("the toll from the fighting that broke out on Wednesday has risen to at least 14 dead": a battle's toll, told
    // beside the mission's in a live blog.)
    // (And the paragraph's next sentences: "Five of the dead are civilians".)
    if (cas.length > 0 && ((battleLine !== null && s.line === battleLine) || battleToll(t) || (!hasMission && battleAgent(t, cas)))) { battleLine = s.line; continue; }
    const attackers = marks.filter((m) => m.value.k === 'attacker');
    if (!stabbed && mayHold(s, WORD.stabbed)) {
      const n = stabbedObject(t, attackers) || stabbedCount(s, attackers);
      if (n > 0) stabbed = { value: n, text: s.text };
    }
    const crowd = marks.filter((m) => m.value.k === 'crowd');
    // ("Un manifestant a été tué lors de la dispersion": one of the mob, no lone victim.)
    const notVictims = crowd.length > 0 ? [...attackers, ...crowd] : attackers;
    // "they did not say how many of them were hurt at the embassy", "without saying how many were at the two
    // embassies", "the ministry did not break the toll down by location", or the next sentence of the paragraph
    // saying so ("They did not say how many died at each site"): a figure that is not the mission's.
    const next = sentences[si + 1]?.s;
    let hedged: boolean | null = null; // (read when a figure is found)
    let updated: boolean | null = null; // (likewise)
    let raid: boolean | null = null; // (likewise)
    // (Not across a stop: "a street vendor were injured; no one was killed" is no "injured no one".)
    const nocas = marks.filter((m) => m.value.k === 'nocas' && m.start >= from && m.start < to && !gapHas(PUNCT_END, s.text, t[m.start]!.end, t[m.end - 1]!.start));
    for (const n of nocas) {
      if (n.value.k !== 'nocas') continue;
      // "no hubo víctimas mortales" is about deaths only, not also "no hubo víctimas".
      if (nocas.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start)) continue;
      // "لم يصب أي من الموظفين", "no injuries among the diplomats": a group spared says nothing of the others.
      if (nocasSubset(t, n)) {
        if (!t.slice(n.start, n.end + 4).some((x) => STAFF_GROUP.has(x.n))) {
          if (n.value.which !== 'killed') subsetWounded ??= s.text;
          continue;
        }
        staffZero ??= s.text;
      }
      // "Nobody was injured" implies nobody died either (a fallback: a stated death toll wins).
      zeroKilled ??= s.text;
      zeroStated.killed = true;
      if (n.value.which !== 'killed') { zeroWounded ??= s.text; zeroStated.wounded = true; }
      // "لم يسفر عن سقوط قتلى أو جرحى", "no deaths or injuries": the other casualty word shares the negation.
      else if (orCoordinated(t, n.end, cas, 'wounded')) { zeroWounded ??= s.text; zeroStated.wounded = true; }
    }
    // "Weitere Verletzte gab es nach Angaben der Polizei nicht", "Todesopfer gab es keine": German negation at the clause's end.
    const gab = !mayHold(s, WORD.casualtyGab) ? -1 : t.findIndex((x, i) => x.n === 'gab' && t[i + 1]?.n === 'es');
    // (The word it denies is no figure's: "Verletzt worden waren vier Wachleute, Tote gab es nicht".)
    let gabDenied: Mark | undefined;
    if (gab > 0 && t.slice(gab + 2).some((x) => x.n === 'nicht' || x.n === 'keine' || x.n === 'keinen')) {
      // (The nearest one: "Zwei Wachleute wurden leicht verletzt, Tote gab es nicht" denies the dead only.)
      const c = cas.findLast((m) => m.end <= gab && gab - m.end <= 1);
      gabDenied = c;
      if (c?.value.k === 'wounded') { zeroWounded ??= s.text; zeroKilled ??= s.text; }
      else if (c?.value.k === 'killed') zeroKilled ??= s.text;
    }
    const numbers: { value: number; start: number; end: number }[] = [];
    const needNumbers = cas.length > 0 || (mayHold(s, WORD.casualtyTrigger) && t.some((x) => x.n === 'toll' || TOLL_RISE.has(x.n)));
    for (let i = 0; needNumbers && i < t.length; i++) {
      const num = numberAt(t, i);
      // ("receiving treatment at the 37 Military Hospital": a number in a hospital's name.)
      if (num && !hospitalName(t, num.end)) {
        numbers.push({ value: num.value, start: i, end: num.end });
        i = num.end - 1;
      }
    }
    // "The bomber was the only person killed", "the dead were all protesters": no victims died.
    const killWord = cas.find((c) => c.value.k === 'killed');
    const crowdOrAttacker = attackers.length > 0 || marks.some((m) => m.value.k === 'crowd');
    // "He was the only person injured": the only victim was hurt, so nobody was killed.
    const onlyAt = !mayHold(s, WORD.casualtyOnly) ? -1 : t.findIndex((x) => x.n === 'only' || x.n === 'seul' || x.n === 'seule' || x.n === 'unico' || x.n === 'einzige');
    if (onlyAt >= 0 && /^(person|one|casualty|victim|personne|persona|victime|victima|opfer)$/.test(t[onlyAt + 1]?.n ?? '') && cas.some((c) => c.value.k === 'wounded' && c.start - onlyAt <= 3 && c.start > onlyAt)) zeroKilled ??= s.text;
    // "The only casualty was a security guard, who suffered cuts": one person hurt, nobody killed (not the attacker,
    // nor a death told in the sentence).
    else if (onlyAt >= 0 && ONLY_CASUALTY.has(t[onlyAt + 1]?.n ?? '') && BE.has(t[onlyAt + 2]?.n ?? '') && INDEFINITE.has(t[onlyAt + 3]?.n ?? '') && !attackerIn(attackers, onlyAt + 3, onlyAt + 6) && !cas.some((c) => c.value.k === 'killed')) {
      loneWounded ??= { value: 1, text: s.text, definite: false };
      zeroKilled ??= s.text;
    }
    // "The only death was that of a rioter", "the only fatality was one of the attackers": no victim died.
    if (onlyAt >= 0 && crowdOrAttacker && ONLY_DEATH.has(t[onlyAt + 1]?.n ?? '') && BE.has(t[onlyAt + 2]?.n ?? '') && attackers.concat(crowd).some((a) => a.start > onlyAt + 2 && a.start - onlyAt <= 7)) attackersOnly ??= s.text;
    if (killWord && crowdOrAttacker) {
      // ("Le kamikaze, seul mort de l'attentat": "only" in the other languages too.)
      const only = t.findIndex((x) => ONLY.has(x.n));
      // "four people were killed; the only fatalities were among the protesters": the killed word next to "only".
      const kw = cas.find((c) => c.value.k === 'killed' && only >= 0 && Math.abs(c.start - only) <= 4);
      if (kw && only >= 0 && crowdOrAttacker && attackers.concat(crowd).some((a) => a.start > only && a.start - only <= 6)) attackersOnly ??= s.text;
      // "the dead were all attackers", not "two guards were killed and all four attackers were shot".
      const all = t.findIndex((x, i) => x.n === 'all' && i > killWord.start && i - killWord.end <= 2 && t.slice(killWord.end, i).every((y) => BE.has(y.n)));
      // ("The three people killed were all among the crowd attacking the consulate".)
      const allReach = AMONG.has(t[all + 1]?.n ?? '') ? 4 : 2;
      if ((only >= 0 && Math.abs(killWord.start - only) <= 4 && attackers.concat(crowd).some((a) => Math.abs(a.start - only) <= 6)) || (all >= 0 && /^(dead|killed)$/.test(t[killWord.start]!.n) && attackers.concat(crowd).some((a) => a.start > all && a.start - all <= allReach))) attackersOnly ??= s.text;
      // "The dead man was believed to be one of the rioters": the one dead was an attacker.
      const oneOf = t.findIndex((x, i) => x.n === 'one' && t[i + 1]?.n === 'of' && i > killWord.end && i - killWord.end <= 6);
      if (oneOf > 0 && t[killWord.start - 1]?.n === 'the' && t.slice(killWord.end, oneOf).some((y) => BE.has(y.n)) && attackers.concat(crowd).some((a) => a.start > oneOf + 1 && a.start - oneOf <= 3)) attackersOnly ??= s.text;
    }
    // "the death toll rose to 12": the latest (highest) toll of our attack.
    // Also "the number of people killed in ... has risen to 201".
    // "The number of people injured has risen to 14 — nine police officers, two staff and three protesters": the
    // wounded too, the crowd's own hurt taken out.
    // (TOLL_RISE is among the triggers.)
    const mayRise = mayHold(s, WORD.casualtyTrigger);
    for (let v = 1; mayRise && v < t.length; v++) {
      if (!TOLL_RISE.has(t[v]!.n) && !TOLL_RISE.has(t[v]!.alt ?? '')) continue;
      // ("korrigierte die Polizei die Zahl der Todesopfer auf sechs": a toll word between reaches further.)
      const reach = t.slice(v + 1, v + 6).some((y) => TOLL_WORDS.has(y.n)) ? 9 : 5;
      // ("rebajó la cifra de fallecidos de cinco a tres", "von fünf auf zwei": the old figure before the new reaches further.)
      const n = numbers.find((x) => x.start > v && x.start - v <= reach + (fromTo(t, x.start) ? 3 : 0) && t.slice(v + 1, x.start).some((y) => RISE_TO.has(y.n)));
      if (!n || n.value < 0) continue;
      // ("El número de muertos por el coche bomba que estalló el martes frente a la embajada ... ha ascendido a tres": a
      // toll noun's casualty word reaches across the attack's description.)
      // (Also "The death toll from Thursday's suicide and gun attack on ... has risen to seven": the toll word inside.)
      const before = cas.filter((c) => c.end <= v && (v - c.end <= 15 || (v - c.end <= 25 && t.slice(Math.max(0, c.start - 3), c.end).some((y) => TOLL_WORDS.has(y.n) || COUNT_NOUNS.has(y.n))))).sort((x, y) => y.start - x.start)[0];
      // ("Toll in Jordanian embassy attack rises to three": the toll word opening the headline.)
      const tollAt = t.slice(Math.max(0, v - 3), v).some((y) => TOLL_WORDS.has(y.n)) || (s.isTitle && t.slice(0, v).some((y) => TOLL_WORDS.has(y.n)));
      // The casualty word right after the figure ("à cinq morts") or between the verb and it ("ارتفعت حصيلة القتلى إلى").
      // (Not one in the next clause: "Toll ... rises to five as wounded guard dies".)
      const near = cas.find((c) => (c.start >= n.end && c.start - n.end <= 1 && !CLAUSE_OPENERS.has(t[n.end]!.n)) || (c.start > v && c.end <= n.start));
      const field = near?.value.k ?? before?.value.k ?? (tollAt ? 'killed' : null);
      // "raising the toll of the attack to one dead and two wounded": the other field's figure joined after it.
      if (near && near.start >= n.end) {
        const second = numbers.find((x) => x.start > near.end && x.start - near.end <= 2 && x.value >= 0 && t.slice(near.end, x.start).some((y) => AND.has(y.n)));
        const secondCas = second && cas.find((c) => c.start >= second.end && c.start - second.end <= 1 && c.value.k !== near.value.k);
        if (second && secondCas?.value.k === 'wounded' && !tollDown(t, v, n.start) && (!riseWounded || second.value > riseWounded.value)) riseWounded = { value: second.value, text: s.text };
        else if (second && secondCas?.value.k === 'killed' && !tollDown(t, v, n.start) && (!rise || second.value > rise.value)) rise = { value: second.value, text: s.text };
      }
      if (field === 'wounded') {
        const hurt = n.value - attackersIncluded(t, n.end, numbers, attackers.concat(crowd), cas, n.value, s.text);
        if (tollDown(t, v, n.start)) fall.wounded ??= { value: hurt, text: s.text };
        else if (!riseWounded || hurt > riseWounded.value) riseWounded = { value: hurt, text: s.text };
        continue;
      }
      if (!tollAt && field !== 'killed') continue;
      const victims = n.value - attackersIncluded(t, n.end, numbers, attackers, cas, n.value);
      if (tollDown(t, v, n.start)) fall.killed ??= { value: victims, text: s.text };
      else if (!rise || victims > rise.value) rise = { value: victims, text: s.text };
    }
    // The end of the casualty word whose count (or lone victim) this sentence gave each field, for a next clause's.
    const clauseFig = { killed: -1, wounded: -1 };
    for (const c of cas) {
      if (c === gabDenied || nocas.some((n) => n.start <= c.start && n.end >= c.end)) continue;
      const field = c.value.k as 'killed' | 'wounded';
      const word = t[c.start]!.n;
      // "the two constables, one of whom was stabbed in the neck": how one of the victims was hurt, no count of its own.
      if (field === 'wounded' && woundSite(t, c) && oneOfWhom(t, c.start)) continue;
      // ("was not being treated as terror-related": how police class the case, no care.)
      if (field === 'wounded' && t[c.end - 1]!.n === 'treated' && t[c.end]?.n === 'as') continue;
      if (negatedCasualty(t, c.start, numbers)) {
        const span = t.slice(Math.max(0, c.start - 7), c.start);
        // "No one else was hurt", "No hubo más heridos": besides the victims already named.
        if (field === 'wounded' && attackers.length === 0 && span.some((x) => SPARED_OTHERS.has(x.n))) othersSpared = true;
        const who = sparedGroup(span);
        if (field === 'killed') { zeroKilled ??= s.text; zeroStated.killed ||= who === 'all'; }
        // "No US diplomats were hurt": a group spared says nothing of the others when people died.
        else if (who === 'subset') subsetWounded ??= s.text;
        // ("No embassy staff were hurt": read as nobody, a fallback that a stated figure overrides.)
        // (The staff spared say nothing of deaths among others hurt: "Four people were injured. No embassy staff were
        // hurt" leaves the dead unsaid.)
        // (Nor of others wounded when someone was killed: "One guard was killed. None of its diplomatic staff had been
        // hurt" leaves the wounded unsaid; see the end.)
        else if (who === 'all') { zeroWounded ??= s.text; zeroKilled ??= s.text; zeroStated.wounded = true; }
        else { staffZero ??= s.text; staffKilledZero ??= s.text; }
        continue;
      }
      // (An explicit "no one was killed / hurt" read before, and this sentence tells another attack, with no mission named:
      // its own attack word, or "last week".)
      if ((field === 'killed' ? zeroKilledBefore : zeroWoundedBefore) && !hasMission && (marks.some((m) => m.value.k === 'cue') || pastWeek(t))) continue;
      // A year before the casualty word: "the 1972 Olympics massacre, in which militants killed 11": another event.
      if (yearBefore(t, c.start)) continue;
      // "in retaliation for an airstrike that killed four of its commanders", "nachdem am Vortag zwei Männer erschossen
      // worden waren", "Bei einem Anschlag vor zwei Jahren waren neun Menschen getötet worden": a strike avenged, the
      // day before, years ago: another event's dead.
      if (earlierEventBefore(s.text, t, c.start)) continue;
      // "الحرب أودت بحياة عشرات الآلاف", "the conflict has killed thousands": a war's toll, not the attack's.
      // (The war as the subject, an auxiliary at most between: not "a war veteran was killed".)
      if (WAR.has(t[c.start - 1]?.n ?? '') || (WAR.has(t[c.start - 2]?.n ?? '') && WAR_AUX.has(t[c.start - 1]!.n))) continue;
      // "en medio de la creciente tensión ... por la muerte de dos venezolanos", "anger over the deaths of three
      // fishermen": the grievance behind the attack, other dead.
      if (tensionOver(t, c)) continue;
      // "strikes have killed more than 10,000 civilians since the invasion began": a toll over a span, not one attack's.
      if (sinceSpan(t, c)) continue;
      // "Ese mismo día, otra bomba en Cali dejó seis muertos", "In a separate attack, ...": another attack, no mission named.
      if (!hasMission && anotherAttack(t, marks)) continue;
      // "On Sunday, police raided a hideout in the suburbs, killing three suspected militants and wounding two
      // officers": the raid after the attack is another event (no mission named).
      // (The defenders' raid only: "Gunmen raided the compound" may be the attack itself.)
      if (!hasMission && (raid ??= mayHold(s, WORD.casualtyRaid) && policeRaid(t))) continue;
      // "Police shot dead a man who attacked the embassy", "security forces killed the gunmen": the defenders' kill.
      if (field === 'killed' && defendersKill(t, c, numbers)) { attackerDied ??= s.text; continue; }
      // "The wounded officer opened fire and killed the assailant": the attacker as the object.
      if (field === 'killed' && (killsAttacker(t, c, attackers) || shotAttackerDead(t, c) || arabicAttackerDeath(t, c, attackers))) { attackerDied ??= s.text; continue; }
      // "The attacker was shot dead by other officers": the attacker's death, no victim's.
      if (field === 'killed' && attackerKilled(s.text, t, c, attackers, numbers)) { attackerDied ??= s.text; continue; }
      // "police returned fire, wounding one of them": the attackers hit.
      if (defenderFired(t, c.start)) continue;
      // "after two wounded men died in hospital", "two of the injured died": the dead, described; "treated for
      // shock": no injury. But "one of two wounded guards has since died": the other one is still wounded.
      let survivors: number | null = null;
      // "Four people have now died of their injuries": the wounds of the dead, no count of the wounded.
      if (field === 'wounded' && woundsOfTheDead(t, c)) continue;
      if (field === 'wounded') {
        const died = diedAfter(s.text, t, c, cas, nocas);
        // (Not the dead denied: "Zwei Wachleute wurden leicht verletzt, Tote gab es nicht".)
        if (died && died !== gabDenied) {
          const n = numbers.find((x) => countsWord(t, x, c.start) && x.value > 0);
          const part = n ? partitiveCount(t, n.start, numbers) : null;
          if (!n || !part || part.value >= n.value) continue;
          survivors = n.value - part.value;
        }
        // "وتوفي أحد الجرحى الثلاثة": one of the three wounded died (the verb, "one of", the wounded, their count after).
        else if (t[c.start - 1]?.n === 'احد' && cas.some((o) => o.value.k === 'killed' && o.start === c.start - 2)) {
          const n = numbers.find((x) => x.start === c.end);
          if (!n || n.value <= 1) continue;
          survivors = n.value - 1;
        }
        if (t.slice(c.end, c.end + 9).some((x) => SHOCK.has(x.n))) continue;
      }
      if (field === 'killed' && !(word === 'death' && t[c.end - 1]!.n !== 'of') && !lone) {
        const n = loneVictims(s.text, t, c, notVictims, marks);
        if (n > 0) { lone = { value: n, text: s.text }; clauseFig.killed = c.end; }
        else if (n === ATTACKER) attackerDied ??= s.text;
      }
      let named: number | null = null;
      if (field === 'wounded' && !loneWounded) {
        named = loneVictims(s.text, t, c, notVictims, marks);
        if (named === 0 && s.isTitle && headlineVictim(s.text, t, c, notVictims)) named = 1;
        if (named > 0) { loneWounded = { value: named, text: s.text, definite: named === 1 && t[c.start - 1]?.n === 'the' && c.end - c.start === 1 && singular(t[c.end]) }; clauseFig.wounded = c.end; }
      } else if (field === 'wounded' && loneWounded && loneWounded.text === s.text && clauseFig.wounded >= 0 && anotherPerson(t, clauseFig.wounded, c.start)) {
        // "Un agente resultó herido por una pedrada y un empleado sufrió quemaduras": a second person, in a clause of its own.
        const more = loneVictims(s.text, t, c, notVictims, marks);
        if (more > 0) { loneWounded = { value: loneWounded.value + more, text: s.text, definite: false }; clauseFig.wounded = c.end; }
      } else if (field === 'wounded' && loneWounded && loneWounded.text !== s.text) {
        // "The officer was stabbed in the shoulder. A second officer suffered light cuts": one more, by its ordinal.
        const more = nextVictim(t);
        if (more > 0 && c.start <= 10 && !numbers.some((n) => n.start > 1 && n.end <= c.start) && !attackerIn(notVictims, 0, c.start)) loneWounded = { value: Math.max(loneWounded.value + 1, more), text: loneWounded.text, definite: false };
      }
      // Arabic dual: "قتيلين" is "two killed", "قُتل حارسان" "two guards were killed".
      const arabic = arabicVerb(t[c.start]!);
      // ("ثلاثة قتلى وجريحان": the dual with "and" prefixed.)
      const dual = L.ARABIC_DUALS[t[c.start]!.n] || (t[c.start]!.alt !== undefined && L.ARABIC_DUALS[t[c.start]!.alt!]) || (arabic && AR_TWO.has(t[c.end]?.n ?? ''));
      let value: number | null = dual ? 2 : survivors;
      // "قتيلا واحدا وثلاثة جرحى", "جريح واحد": the Arabic noun before "one".
      if (value === null && AR_ONE_AFTER.has(t[c.end]?.n ?? '') && !arabic) value = 1;
      // "ولقي المهاجم وحارسان حتفهم" (the attacker and two guards met their death): the subject between the verb and the
      // death, its duals and single nouns, the attackers left out.
      if (value === null && MET_DEATH.has(t[c.start]!.n)) value = metDeath(t, c, attackers);
      let src: { value: number; start: number; end: number } | null = null;
      if (value === null && field === 'killed') {
        // "two of the wounded died", "one of two wounded guards has since died": the dead among the wounded.
        const w = cas.find((o) => o.value.k === 'wounded' && o.end <= c.start && c.start - o.end <= 4 && diedAfter(s.text, t, o, cas, nocas) === c);
        const counted = w ? numbers.find((x) => countsWord(t, x, w.start)) : undefined;
        const group = w ? (counted?.start ?? w.start) : -1;
        const part = w ? partitiveCount(t, group, numbers) : null;
        if (part) {
          value = part.value;
          // "Three people were injured. One of the injured died in hospital": the group counted in an earlier sentence.
          if (!counted && out.wounded !== null) diedLater = { value: part.value, text: s.text, wounded: out.woundedEvidence };
        }
      }
      let theirs = false;
      // "ارتفاع عدد جرحى الهجوم ... إلى ثلاثة", "Число пострадавших ... возросло до двух": the number of the wounded rose to three.
      if (value === null && NUMBER_OF.has(t[c.start - 1]?.n ?? '')) {
        const to = t.findIndex((x, k) => k > c.end && k - c.end <= 20 && UP_TO.has(x.n) && numbers.some((y) => y.start === k + 1));
        const n = to > 0 ? numbers.find((y) => y.start === to + 1) : undefined;
        if (n) { value = n.value; src = n; }
      }
      // "The dead included two police officers, a passer-by and the bomber", "Parmi les blessés figurent deux policiers et
      // un enfant": the people listed after the verb, the attackers left out.
      if (value === null && LIST_VERB.has(t[c.end]?.n ?? '') && THE_PLURAL.has(t[c.start - 1]?.n ?? '') && (c.start === 1 || (c.start === 2 && AMONG.has(t[0]!.n)))) {
        const listed = listedAfter(s.text, t, c.end + 1, numbers, attackers);
        if (listed > 0) value = listed;
      }
      // (Arabic verbs come before their count: "قُتل 23 شخصاً وأصيب 146 آخرون".)
      if (value === null && !arabic) {
        // Number before, nearest first, not across another casualty word.
        // "two security guards at the High Commission suffered minor injuries": a longer subject before "suffered".
        // "two security guards at the High Commission suffered minor injuries", "Two police officers on guard duty
        // were treated at the scene for minor injuries": a longer subject before the verb.
        // ("Four police personnel, including a woman sub-inspector, were injured": an aside after the count.)
        // ("Two Libyan guards at the Egyptian embassy were slightly hurt": a place after the subject's noun; "two private
        // security guards employed by the embassy were injured": a duty after it.)
        const reach = SUFFERED.has(t[c.start - 1]?.n ?? '') || SUFFERED.has(t[c.start - 2]?.n ?? '') ? 11 : t.slice(Math.max(0, c.start - 7), c.start).some((x) => x.n === 'treated') || t.slice(Math.max(0, c.start - 12), c.start).some((x) => INCLUDING.has(x.n)) ? 13 : passiveWithPlace(s.text, t, c.start) || t.slice(Math.max(0, c.start - 6), c.start).some((x) => DUTY_PARTICIPLE.has(x.n)) ? 11 : 7;
        // (A long second person, "eight diplomats and a correspondent of the state news agency had been killed".)
        // ("Two police officers of the special regiment performing guard duty at the mission received injuries": a
        // count that opens the sentence is its subject, however long, as long as no punctuation breaks it.)
        // ("Three gendarmes guarding the embassy are now confirmed dead": the verb group up to three words.)
        const beBefore = BE.has(t[c.start - 1]?.n ?? '') || (STATED_AS.has(t[c.start - 1]?.n ?? '') && t.slice(Math.max(0, c.start - 4), c.start - 1).some((x) => BE.has(x.n)));
        const before = numbers.filter((n) => n.end <= c.start && (c.start - n.end <= reach || opensSubject(s, n, c, reach === 11 || beBefore) || relativeAfterCount(t, n, c) >= 0 || (c.start - n.end <= 16 && countAndOne(s.text, t, n, c, attackers) > 0))).sort((x, y) => y.start - x.start);
        for (const n of before) {
          if (cas.some((o) => o !== c && o.start >= n.end && o.start < c.start)) break;
          // "Three police officers who tried to hold back the crowd were injured": the clause on the victims is no part
          // of the count's, its crowd no victim.
          const rel = relativeAfterCount(t, n, c);
          if (rel >= 0 && !attackers.some((a) => a.start >= n.end && a.start < rel) && !cas.some((o) => o !== c && o.start >= rel && o.start < c.start)) {
            value = n.value;
            src = n;
            break;
          }
          // "kills one, wounds four": the count is the object of the casualty verb before it.
          // (Not across a comma: "put the toll at 3 killed, 12 hurt" lists the wounded after the dead.)
          if (cas.some((o) => o !== c && o.value.k !== c.value.k && o.end === n.start && TRANSITIVE.has(t[o.start]!.n) && t[o.start]!.n !== 'dead' && !gapHas(PUNCT_END, s.text, t[o.end - 1]!.end, t[n.start]!.start))) break;
          // "killing six people and wounding about 60": a conjunction ends the number's clause.
          const attackersBetween = attackers.some((a) => a.start >= n.end && a.start < c.start) || crowd.some((a) => a.start >= n.end && a.start < c.start);
          // "The four attackers and a policeman were killed", "a guard and two attackers dead": the victim beside them.
          const besides = attackersBetween ? victimsBesideAttackers(t, n, c, numbers) : 0;
          if (besides > 0) { value = besides; break; }
          // ("All four attackers were killed, as was a guard": the victim after "as was".)
          const asToo = attackersBetween ? asWas(t, c, numbers) : 0;
          if (asToo > 0) { value = asToo; break; }
          // ("seven people, including four police officers and a guard, were taken to hospital": the "and" inside the aside
          // ends no clause; the count before the aside is the subject's.)
          const outer = asideOuter(s.text, t, n, c, numbers);
          if (outer && !cas.some((o) => o !== c && o.start >= outer.end && o.start < c.start)) { value = outer.value; src = outer; break; }
          // ("were admitted to hospital with injuries": "with" joins the injury, it starts no clause.)
          // ("Two guards were shot and wounded": "and" joins the two verbs of one clause.)
          const clauseTo = WITH.has(t[c.start - 1]?.n ?? '') ? c.start - 1 : AND.has(t[c.start - 1]?.n ?? '') && HIT_AND.has(t[c.start - 2]?.n ?? '') ? c.start - 2 : passiveHitBefore(t, c.start);
          if (c.start > n.end && clauseEndsBetween('', t, n.end - 1, clauseTo)) {
            const total = countAndOne(s.text, t, n, c, attackers);
            if (total > 0) value = total;
            break;
          }
          const unit = t[n.end]?.n ?? '';
          if (UNIT_AFTER.has(unit)) break;
          // "about 20 protesters were hurt": attackers (a mob's members) are no victims.
          if (attackersBetween) { value = -2; break; }
          // "Four of them were killed there": "them" is the attackers the sentence before ended on (or named earlier here).
          if (t[n.end]?.n === 'of' && t[n.end + 1]?.n === 'them' && (attackers.some((a) => a.end <= n.start) || (si > 0 && endsOnAttackers(sentences[si - 1]!.s.tokens, sentences[si - 1]!.marks)))) { theirs = true; break; }
          // "Two guards were wounded. One of them later died in hospital": the dead among the wounded counted before.
          if (field === 'killed' && t[n.end]?.n === 'of' && t[n.end + 1]?.n === 'them' && !cas.some((o) => o.value.k === 'wounded') && si > 0 && sentences[si - 1]!.marks.some((m) => m.value.k === 'wounded') && out.wounded !== null) diedLater = { value: n.value, text: s.text, wounded: out.woundedEvidence };
          value = n.value;
          src = n;
          // "one of the two guards hit by shrapnel died": the part that died (not "two of the five people killed were guards").
          const part = PASSIVE_BE.has(t[c.end]?.n ?? '') || BE.has(t[c.end]?.n ?? '') ? null : partitiveCount(t, n.start, numbers);
          if (part) { value = part.value; src = part; break; }
          // "At least five people, including two police officers, were killed": the count before the aside.
          // ("Otras cuatro personas, entre ellas dos empleados, sufrieron heridas": "among them" in Spanish and French too.)
          const inc = INCLUDING.has(t[n.start - 1]?.n ?? '') || AMONG.has(t[n.start - 1]?.n ?? '') ? n.start - 1 : AMONG_THEM.has(t[n.start - 1]?.n ?? '') && AMONG.has(t[n.start - 2]?.n ?? '') ? n.start - 2 : -1;
          if (inc >= 0) {
            const outer = numbers.find((x) => x.end <= inc && inc - x.end <= 3 && x.value >= n.value);
            if (outer && !cas.some((o) => o !== c && o.start >= outer.end && o.start < c.start)) { value = outer.value; src = outer; }
          }
          break;
        }
      }
      if (theirs) continue;
      if (value === null) {
        const aside = countBeforeAside(s.text, t, c, numbers, cas, attackers);
        if (aside) { value = aside.value; src = aside; }
      }
      // "The wounded, 14 in all, were taken to two hospitals": a figure set off after the word, "in all" after it.
      if (value === null) {
        const total = numbers.find((n) => n.start >= c.end && n.start - c.end <= 2 && n.value > 0 && inAll(t, n.end));
        if (total) { value = total.value; src = total; }
      }
      if (value === null) {
        // Not across a new clause: "a driver was wounded when two men opened fire".
        const after = numbers.find((n) => n.start >= c.end && n.start - c.end <= 4 && !cas.some((o) => o !== c && o.start >= c.end && o.start < n.start) && !t.slice(c.end, n.start).some((x) => CLAUSE_OPENERS.has(x.n)) && !/[;,]/.test(s.text.slice(t[c.end - 1]!.end, t[n.start]!.start)));
        if (after) {
          // "killed 3 wounded": the number belongs to the next casualty word, unless a separator
          // ("and", a comma) ends its clause: "killing at least six people and wounding about 60".
          // ("قتل 12 شخصا على الأقل وأصيب 40 آخرون": an Arabic verb takes the count after it, not this one.)
          // ("et trois autres personnes ont été blessées": the others reach further to their own word.)
          const nextReach = OTHERS_AFTER.has(t[after.end]?.n ?? '') ? 6 : 3;
          const nextCas = cas.find((o) => o.start >= after.end && o.start - after.end <= nextReach && !clauseEndsBetween(s.text, t, after.end - 1, o.start) && !arabicVerb(t[o.start]!));
          const unit = t[after.end]?.n ?? '';
          const attackerNoun = attackers.some((a) => a.start >= after.end && a.start - after.end <= 2) || crowd.some((a) => a.start >= after.end && a.start - after.end <= 2);
          if (!nextCas && !UNIT_AFTER.has(unit) && !attackerNoun) { value = after.value + objectCoordinated(s.text, t, after, numbers, cas); src = after; }
        }
      }
      // "wounding the wife of an Israeli defence attaché and three other people": the one named and the others.
      if (value === null && TRANSITIVE.has(word)) {
        const others = objectAndOthers(s.text, t, c, numbers, cas);
        if (others) value = 1 + others.value;
      }
      if (value === -1 && vagueSeen) vagueSeen[field] = true;
      if (value !== null && value >= 0 && (hedged ??= hedges(s.text) || (next !== undefined && next.line === s.line && hedges(next.text) && !/\d/.test(next.text)))) { vagueSeen[field] = true; continue; }
      // "... was killed in Saturday's bombing, along with two Somali civilians": one named victim plus the others.
      const along = alongWith(t, c, numbers, cas);
      // ("Ein Mitarbeiter wurde leicht verletzt, außerdem zwei Polizisten": the lone victim named before.)
      const loneHere = field === 'wounded' ? (named ?? 0) : lone?.text === s.text ? lone.value : 0;
      if (along !== null && (value === null || value >= 0)) value = (value ?? (loneHere > 0 ? loneHere : PASSIVE_BE.has(t[c.start - 1]?.n ?? '') ? 1 : 0)) + along;
      // A victim hurt but not counted, for "no one else was hurt" (not the attacker: no attacker, crowd or attack word
      // in the sentence, nor "one of them").
      if (value === null && field === 'wounded' && !uncounted && !afterADeath(t, c) && !defendersSubject(t, c) && !(hedged ??= hedges(s.text) || (next !== undefined && next.line === s.line && hedges(next.text) && !/\d/.test(next.text))) && attackers.length === 0 && crowd.length === 0 && !marks.some((m) => m.value.k === 'cue') && (named ?? loneVictims(s.text, t, c, attackers, marks)) === 0) uncounted = s.text;
      // "Four protesters were killed": only the attackers' (a mob's) dead are counted, no victim died.
      if (value === -2 && field === 'killed') attackerDied ??= s.text;
      if (value === null || value < 0) continue;
      if (src) {
        // "the ambassador and three other Americans", "y otros tres", "und drei weitere": the named one too.
        value += othersBesides(t, src, numbers, cas, c, s.text) + asWas(t, c, numbers);
        // "16 people dead, six of them attackers", "killing 16 people, the two attackers among them": victims only.
        const from = Math.max(src.end, c.end);
        const sub = field === 'killed' ? attackersIncluded(t, from, numbers, attackers, cas, value, s.text) : 0;
        // ("16 قتيلاً" in the title, "قُتل 16 شخصاً، بينهم ستة من المهاجمين" in the body: the body's split holds.)
        if (sub !== 0) (netOf ??= new Map()).set(value, value - sub);
        value -= sub;
        // "19 people were wounded in the clashes, among them protesters and police", "1,000 were injured in clashes
        // between protesters and police": the attackers' own hurt are in the figure, not told apart.
        if (sub === 0 && (attackers.length > 0 || crowd.length > 0) && mixedWithAttackers(t, from, attackers, crowd, cas, numbers)) { vagueSeen[field] = true; continue; }
        // "parmi les six personnes tuées", "among the six people killed": the whole toll, of which a subset was named.
        const among = AMONG.has(t[src.start - 1]?.n ?? '') || (AMONG.has(t[src.start - 2]?.n ?? '') && ['the', 'les', 'los', 'las', 'den'].includes(t[src.start - 1]?.n ?? ''));
        if (field === 'killed' && among) amongTotal = Math.max(amongTotal ?? 0, value);
      }
      // First figure wins: sentences come attack sentences first, and the lead carries the latest toll.
      if (amongTotal === value) amongTotalText ||= s.text;
      const current = field === 'killed' ? out.killed : out.wounded;
      // "The health ministry, updating earlier figures, said seven people were killed": a figure that says it is the
      // latest replaces an earlier one of the body (not the title's).
      updated ??= mayHold(s, WORD.casualtyUpdated) && t.some((x) => UPDATED.has(x.n));
      // ("A guard and two passers-by were hurt. In all, nine people were wounded": a total told after its parts.)
      // (Not one that counts the attackers in: "In all, seven people died ..., including the three attackers".)
      const total = src !== null && value > (current ?? 0) && attackers.length === 0 && crowd.length === 0 && (inAll(t, s.datelineTokens) || ALL_TOLD.has(t[s.datelineTokens]?.n ?? '') || totalOf(t, src.start));
      const supersedes = (updated || total) && !s.isTitle && current !== null && value !== current && (field === 'killed' ? out.killedEvidence : out.woundedEvidence) !== s.text;
      // "fünf Schwerverletzte, dazu elf Leichtverletzte", "three seriously injured and eight slightly injured": the
      // wounded told by severity in one sentence add up.
      const grade = field === 'wounded' ? severity(t, c) : 0;
      if (grade !== 0 && current !== null && out.woundedEvidence === s.text && woundedGrade !== 0 && woundedGrade !== grade) {
        out.wounded = current + value;
        woundedGrade = 0;
        continue;
      }
      if (field === 'wounded' && current === null) woundedGrade = grade;
      // "Two guards died inside the compound; outside, three passers-by were killed": one sentence's figures told by
      // place, inside and outside, add up (another count than the one read).
      if (current !== null && src !== null && placeSrc[field] >= 0 && placeSrc[field] !== src.start && (field === 'killed' ? out.killedEvidence : out.woundedEvidence) === s.text && insideOutside(t)) {
        if (field === 'killed') out.killed = current + value;
        else out.wounded = current + value;
        placeSrc[field] = src.start;
        continue;
      }
      // "Un gendarme a été blessé par un jet de pierre, et deux agents de l'ambassade ont été légèrement blessés": the
      // victims told clause by clause, each its own subject, add up.
      // (What this sentence already gave the field: its figure, or, with none yet, its lone victim.)
      const loneHereFig = field === 'killed' ? lone : loneWounded;
      const fromHere = current === null ? (loneHereFig?.text === s.text ? loneHereFig.value : null) : (field === 'killed' ? out.killedEvidence : out.woundedEvidence) === s.text ? current : null;
      if (fromHere !== null && src !== null && clauseFig[field] >= 0 && attackers.length === 0 && crowd.length === 0 && nextClauseSubject(s.text, t, clauseFig[field], src, c, cas)) {
        if (field === 'killed') { out.killed = fromHere + value; out.killedEvidence = s.text; }
        else { out.wounded = fromHere + value; out.woundedEvidence = s.text; }
        clauseFig[field] = c.end;
        continue;
      }
      if (current === null || supersedes || (titleRole[field] && !s.isTitle && value > current)) {
        clauseFig[field] = c.end;
        placeSrc[field] = src?.start ?? -1;
        if (field === 'killed') { out.killed = value; out.killedEvidence = s.text; }
        else { out.wounded = value; out.woundedEvidence = s.text; }
        titleRole[field] = current === null && s.isTitle && src !== null && roleGroupAfter(t, src.end);
      }
    }
  }
  for (const { s, marks } of sentences) {
    // "... embassy staff were unhurt": nobody hurt.
    // "embassy staff were unhurt", "the chargé d'affaires was unhurt" (not "said he was unharmed": one person's word).
    const u = mayHold(s, WORD.unhurt) ? s.tokens.findIndex((x) => UNHURT.has(x.n)) : -1;
    if (u < 0 || /^(he|she|i|they)$/.test(s.tokens[u - 2]?.n ?? '')) continue;
    if (s.tokens.some((x) => STAFF.has(x.n)) || marks.some((m) => m.value.k === 'mission')) { unhurtStaff ??= s.text; staffZero ??= s.text; }
  }
  if (netOf !== null && out.killed !== null && netOf.has(out.killed)) out.killed = netOf.get(out.killed)!;
  if (amongTotal !== null && out.killed !== null && amongTotal > out.killed) { out.killed = amongTotal; out.killedEvidence = amongTotalText; }
  if (rise && (out.killed === null || rise.value > out.killed)) { out.killed = rise.value; out.killedEvidence = rise.text; }
  if (fall.killed) { out.killed = fall.killed.value; out.killedEvidence = fall.killed.text; }
  if (fall.wounded) { out.wounded = fall.wounded.value; out.woundedEvidence = fall.wounded.text; }
  // (The same sentence's figure, read again with the crowd's own hurt taken out: "has risen to 12 — ..., three protesters".)
  if (riseWounded && (out.wounded === null || riseWounded.value > out.wounded || riseWounded.text === out.woundedEvidence)) { out.wounded = riseWounded.value; out.woundedEvidence = riseWounded.text; }
  if (out.killed === null && lone) { out.killed = lone.value; out.killedEvidence = lone.text; }
  // (The wounded figure is from another sentence than the death: those who died are no longer among the wounded.)
  if (diedLater && out.wounded !== null && out.woundedEvidence === diedLater.wounded && out.wounded > diedLater.value && out.killedEvidence === diedLater.text) out.wounded -= diedLater.value;
  // ("stabbed the officer several times and then slashed a woman … The wounded officer was taken to hospital": the
  // definite officer is one of the blade's two victims, no count of its own.)
  if (out.wounded === null && loneWounded && loneWounded.definite && stabbed && stabbed.value > loneWounded.value && !(out.killed !== null && out.killed > 0)) { out.wounded = stabbed.value; out.woundedEvidence = stabbed.text; }
  if (out.wounded === null && loneWounded) { out.wounded = loneWounded.value; out.woundedEvidence = loneWounded.text; }
  // A stabbed victim nobody says died: one wounded.
  if (out.wounded === null && stabbed && !(out.killed !== null && out.killed > 0)) { out.wounded = stabbed.value; out.woundedEvidence = stabbed.text; }
  if (attackersOnly && (out.killed === null || out.killed > 0) && !lone) { out.killed = 0; out.killedEvidence = attackersOnly; }
  if (out.killed === null && zeroKilled && !vagueSeen.killed) { out.killed = 0; out.killedEvidence = zeroKilled; }
  // Only the attacker is said to have died: no victim was killed.
  if (out.killed === null && attackerDied && !vagueSeen.killed && !lone) { out.killed = 0; out.killedEvidence = attackerDied; }
  // A victim hurt but not counted ("He ... was taken to hospital"), then "no one else was hurt" or "the hostages
  // were released unharmed": that one.
  if (out.wounded === null && uncounted && !vagueSeen.wounded && (othersSpared || staffZero)) { out.wounded = 1; out.woundedEvidence = uncounted; }
  if (out.wounded === null && zeroWounded && !vagueSeen.wounded) { out.wounded = 0; out.woundedEvidence = zeroWounded; }
  if (out.wounded === null && staffZero && !vagueSeen.wounded && !(out.killed !== null && out.killed > 0)) { out.wounded = 0; out.woundedEvidence = staffZero; }
  // ("Five guards were killed ... Egyptian diplomats inside the building were unhurt", "wounding an officer and a
  // passer-by ... consulate staff were unharmed": the staff, a subset of the victims.)
  if (out.wounded === null && unhurtStaff && !vagueSeen.wounded && !(out.killed !== null && out.killed > 0)) { out.wounded = 0; out.woundedEvidence = unhurtStaff; }
  if (out.killed === null && unhurtStaff && !vagueSeen.killed && !(out.wounded !== null && out.wounded > 0)) { out.killed = 0; out.killedEvidence = unhurtStaff; }
  if (out.wounded === null && subsetWounded && !vagueSeen.wounded && !(out.killed !== null && out.killed > 0)) { out.wounded = 0; out.woundedEvidence = subsetWounded; }
  if (out.killed === null && staffKilledZero && !vagueSeen.killed && !(out.wounded !== null && out.wounded > 0)) { out.killed = 0; out.killedEvidence = staffKilledZero; }
  return out;
}
