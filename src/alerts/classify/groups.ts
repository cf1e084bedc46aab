// Who: the groups that claimed the attack or are blamed for it, and the states held responsible.
import { emptyFacts, type Evidence } from '../types.js';
import type { Knowledge } from './knowledge.js';
import * as L from './lexicon.js';
import { isCapitalized, mayHold, type Sentence, type Token, WORD } from './text.js';
import { commaOrArabicBefore, crowdDenounced, localBackground, numberLike } from './background.js';
import { type Analysis, type Mark, uniformTag } from './marks.js';
import { placedElsewhere } from './places.js';
import { commaBefore, pastYearIn, relativeClauses } from './relevance.js';
import { AFFILIATE, AFTER, AGAINST, ANAPHOR_NOUNS, ANAPHORA_DEFINITE, ANGERED, ARTICLE, BY, CALLER, DEFINITE, DESCRIBED_AS_GROUP, FREQUENTLY, GROUP_HEADS, GROUP_NOUNS, INDEFINITE, MEMBERS, NAMES_ITSELF, NAMING, NO_CUE, NOT, OWN_PRONOUN, PLURAL_ATTACKS, PROTEST, RECENT, RELATIVE, RETRACT, V2_AUX, WEEKDAY_KEYS, YEARISH } from './words.js';

const FAILURE = new Set(['failing', 'failed', 'failure', 'leaving', 'negligence', 'lax', 'unprotected', 'inaction', 'laxity', 'neglect']);
const STATE_BLAME_BEFORE = new Set(['blamed', 'blames', 'blaming', 'accused', 'accuses', 'accusing', 'held', 'holds', 'holding', 'hold',
  // ("Bakou a accusé Téhéran d'avoir commandité l'attaque", "culpó a Irán", "beschuldigte Russland".)
  'accuse', 'accusent', 'accusait', 'acuso', 'acusaron', 'acusa', 'culpo', 'culparon', 'beschuldigte', 'beschuldigten']);
const PROTECTION = new Set(['security', 'safety', 'protection', 'securite', 'seguridad', 'proteccion', 'sicherheit', 'schutz']);
const ORCHESTRATED = new Set(['orchestrating', 'ordering', 'masterminding', 'carrying', 'organising', 'organizing', 'perpetrating', 'sponsoring', 'directing', 'behind']);
const ACCUSED_OF = new Set(['of', 'de', 'd', 'for']);
/**
 * "blamed Israel for the strike", "held Israel responsible": a state named as the perpetrator, by its English name.
 * ("Baku accused Tehran of ordering the attack": a capital stands for its state.)
 */
/** An armed band's nouns, singular (words' GROUP_NOUNS) and plural: "Tripoli militia", "the M23 rebels". */
const ARMED_BAND = new Set([...GROUP_NOUNS, 'militias', 'militiamen', 'groups', 'rebels', 'fighters', 'cells', 'factions', 'movement', 'insurgents']);
export function blamedStates(kb: Knowledge, ours: Analysis[], facts: ReturnType<typeof emptyFacts>, ev: Evidence): void {
  if (!kb.countryNames) return;
  for (const a of ours) {
    const t = a.s.tokens;
    for (const m of a.marks) {
      if (m.value.k !== 'country' && m.value.k !== 'city') continue;
      // (The blaming verb first: most places follow none, and the capitals are not looked up for them.)
      // (Spanish puts "a" before a named object: "culpó a Irán".)
      const verb = (t[m.start - 1]?.n === 'a' ? t[m.start - 2]?.n : t[m.start - 1]?.n) ?? '';
      if (!STATE_BLAME_BEFORE.has(verb)) continue;
      const code = m.value.k === 'country' ? m.value.code : m.value.k === 'city' && kb.capitals.get(m.value.city.country) === m.value.city.name ? m.value.city.country : null;
      if (code === null || !isCapitalized(t[m.start] as Token)) continue;
      const next = t[m.end];
      // "blamed Iran-backed militias", "blamed Israel's ally": not the state itself.
      // ("Libya blames Tripoli militia": a militia named by its city, not the state.)
      if (next && (next.n === 's' || ARMED_BAND.has(next.n) || /^\s*[-‐–]\s*$/.test(a.s.text.slice(t[m.end - 1]!.end, next.start)))) continue;
      // "accusing British authorities of leaving the mission unprotected": blamed for a failure, not the attack.
      if (verb.startsWith('accus') && t.slice(m.end, m.end + 8).some((x) => FAILURE.has(x.n))) continue;
      // "accuses Rwanda of backing the M23": accused of something else than the attack.
      // ("accused Congolese officials of inciting hatred": the state's officials, likewise.)
      const of = STATE_BODY.has(t[m.end]?.n ?? '') ? m.end + 1 : m.end;
      if (verb.startsWith('accus') && ACCUSED_OF.has(t[of]?.n ?? '') && !a.marks.some((c) => c.value.k === 'cue' && c.start > of && c.start - of <= 6) && !t.slice(of, of + 4).some((x) => ORCHESTRATED.has(x.n))) continue;
      if (verb.startsWith('hold') || verb === 'held') {
        if (!t.slice(m.end, m.end + 2).some((x) => x.n === 'responsible')) continue;
        // ("held Moscow responsible for the security of the mission": a host's duty, not the attack.)
        if (t.slice(m.end + 1, m.end + 6).some((x) => PROTECTION.has(x.n))) continue;
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
/** Arabic "held (responsible)": "حمّل المصدر «X» مسؤوليته". */
const HELD = new Set(['حمل', 'حملت', 'حملوا', 'يحمل', 'تحمل']);
const STATE_BODY = new Set(['administration', 'government', 'authorities', 'ministry', 'foreign', 'regime', 'interior', 'counterpart', 'counterparts', 'minister', 'ministers', 'envoy', 'envoys', 'delegation', 'diplomats', 'officials', 'leaders', 'gouvernement', 'gobierno', 'regierung',
  // "were killed by Taliban special forces", "Houthi security forces": the governing group's forces, defending.
  'security', 'special', 'police', 'intelligence',
  // "ISKP, though weakened by Taliban crackdowns": the governing group's measures.
  'crackdown', 'crackdowns', 'takeover', 'rule', 'sanctions', 'repression']);
const MODIFIER_AFTER = new Set(['linked', 'allied', 'affiliated', 'backed', 'aligned', 'inspired', 'led', 'style', 'lie', 'liee', 'lies', 'nahe', 'nahen']);

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
/** Habits, not this claim: "which often claims such attacks", "qui revendique souvent", "die sich häufig bekennt". */
const HABITUAL = new Set([...FREQUENTLY, 'such', 'these', 'similar', 'previously',
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
/** "Tehreek-e-Taliban Pakistan (TTP)": the same group's mark right before `g`, whose acronym `g` repeats in parentheses. */
function acronymOf(s: Sentence, marks: Mark[], g: Mark): Mark | undefined {
  if (g.value.k !== 'group') return undefined;
  const name = g.value.name;
  return marks.find((o) => o.value.k === 'group' && o.value.name === name && o.end === g.start && /^\s*\(\s*$/.test(s.text.slice(s.tokens[o.end - 1]!.end, s.tokens[g.start]!.start)));
}
/** Epithets of a proscribed group: "a faction of the banned TTP". */
const PROSCRIBED = new Set(['banned', 'outlawed', 'proscribed', 'dissolved', 'interdit', 'interdite', 'prohibido', 'ilegalizado', 'verbotene', 'verbotenen', 'المحظور', 'المحظوره']);
/**
 * "X, an al-Qaeda affiliate, claimed", "X, al-Qaeda's branch in the Sahel", "X, une branche d'Al-Qaïda,": the group
 * names what another, named just before the comma, is tied to.
 */
function affiliateApposition(s: Sentence, marks: Mark[], g: Mark): boolean {
  const t = s.tokens;
  let open = INDEFINITE_OR_THE.has(t[g.start - 1]?.n ?? '') ? g.start - 1 : g.start;
  // ("a faction of the banned TTP": the bigger group's epithet after its article.)
  if (open === g.start && PROSCRIBED.has(t[open - 1]?.n ?? '') && INDEFINITE_OR_THE.has(t[open - 2]?.n ?? '')) open -= 2;
  let tie = t[g.end]?.n === 's' ? g.end + 1 : g.end;
  // ("X, al-Qaeda's Sahel branch,", "al-Qaeda's West African affiliate": a place word or two before the tie noun.)
  if (tie > g.end) for (let j = 1; j <= 2 && !AFFILIATE.has(t[tie]?.n ?? ''); j++) if (AFFILIATE.has(t[g.end + 1 + j]?.n ?? '') && !commaBefore(s, g.end + 1 + j)) tie = g.end + 1 + j;
  if (!AFFILIATE.has(t[tie]?.n ?? '')) {
    // (The noun before: "une branche d'Al-Qaïda", "a branch of al-Qaeda".)
    tie = ATTACKERS_OF.has(t[open - 1]?.n ?? '') || t[open - 1]?.n === 'd' ? open - 2 : open - 1;
    // ("a splinter group of the TTP": the tie noun before a group noun.)
    if (GROUP_NOUNS.has(t[tie]?.n ?? '') && AFFILIATE.has(t[tie - 1]?.n ?? '')) tie--;
    if (!AFFILIATE.has(t[tie]?.n ?? '')) return false;
    open = INDEFINITE_OR_THE.has(t[tie - 1]?.n ?? '') || t[tie - 1]?.n === 'une' || t[tie - 1]?.n === 'un' ? tie - 1 : tie;
  }
  // ("Jamaat-ul-Ahrar (JuA), a faction of ...": the named group's acronym in parentheses before the comma.)
  return commaBefore(s, open) && marks.some((o) => o.value.k === 'group' && o !== g && (o.end === open || (o.end < open && open - o.end <= 3 && ACRONYM_THEN_COMMA.test(s.text.slice(t[o.end - 1]!.end, t[open]!.start)))));
}
/** affiliateApposition, for the acronym repeating such a group too: "X, a faction of the banned Tehreek-e-Taliban Pakistan (TTP), claimed". */
function inAffiliateApposition(s: Sentence, marks: Mark[], g: Mark): boolean {
  if (affiliateApposition(s, marks, g)) return true;
  const long = s.text.includes('(') ? acronymOf(s, marks, g) : undefined;
  return long !== undefined && affiliateApposition(s, marks, long);
}
const ACRONYM_THEN_COMMA = /^\s*\([^()]{1,12}\)\s*,\s*$/;
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
// (Or between dashes, quoted: 'Saraya Thar al-Muhandis — "the Brigades of Revenge for al-Muhandis" — claimed'.)
const IN_PARENS = /^\s*(?:\(\s*["“'‘«]?|[—–-]\s*["“'‘«])[^()]*$/;
const REQUEST = new Set(['asked', 'urged', 'called', 'demanded', 'pressed', 'told', 'warned', 'appealed', 'demande', 'exhorte', 'pidio', 'pidieron', 'exigio', 'instaron', 'forderte', 'forderten', 'طالب', 'طالبت', 'دعا', 'دعت']);
/** "blamed the Pakistani Taliban and asked the Afghan Taliban to ...": the blame's object is the first group, a request follows. */
function otherObject(s: Sentence, marks: Mark[], b: Mark, g: Mark): boolean {
  return marks.some((o) => o.value.k === 'group' && o.start >= b.end && o.end <= g.start && s.tokens.slice(o.end, g.start).some((x) => REQUEST.has(x.n)));
}
/** A hyphen right before token k: "al-Qaeda-linked". */
const ANTI = new Set(['anti']);
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
    const j = selfActAfter(t, k);
    if (j < 0) continue;
    // "said its members had been pushed to the limit": its people undergo, not act.
    if (sufferedBy(t, j)) return false;
    // "said seven of its members were killed": its people are the victims here, not the attackers.
    if (a.marks.some((o) => (o.value.k === 'killed' || o.value.k === 'wounded') && o.start > j && o.start - j <= 4)) return false;
    return true;
  }
  return false;
}
/** The act a self-reference at token k takes within four words ("it carried out", "its fighters"), not negated, or -1. */
function selfActAfter(t: readonly Token[], k: number): number {
  for (let j = k + 1; j < Math.min(t.length, k + 5); j++) {
    const n = t[j]!.n;
    if (SELF_NEG.has(n)) return -1;
    if (SELF_ACT.has(n) && (n !== 'carried' || t[j + 1]?.n === 'out')) return j;
  }
  return -1;
}

/** "No group has said it was behind the attack": after a nobody, a saying verb, then the self-claim's words. */
function saidItDidIt(t: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(t.length, from + 3); k++) if (SAID.has(t[k]!.n)) return SELF_REF.has(t[k + 1]?.n ?? '') && selfActAfter(t, k + 1) >= 0;
  return false;
}
/** "members had been pushed", "fighters were arrested": a passive whose participle is no act of attack. */
function sufferedBy(t: Token[], j: number): boolean {
  let k = j + 1;
  if ((t[k]?.n === 'had' || t[k]?.n === 'have' || t[k]?.n === 'has') && t[k + 1]?.n === 'been') k += 2;
  else if (PASSIVE.has(t[k]?.n ?? '')) k += 1;
  else return false;
  const p = t[k]?.n ?? '';
  return p.endsWith('ed') && !SELF_ACT.has(p);
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
    // (A crowd only as the attack's subject, before its verb or after it in Arabic ("اقتحم آلاف المحتجين من أنصار ..."):
    // not "days after thousands of supporters of cleric Moqtada Sadr rallied".)
    const crowdActs = x.value.k !== 'crowd' || marks.some((c) => c.value.k === 'cue' && ((c.start >= g.end && c.start - g.end <= 4) || (c.end <= x.start && x.start - c.end <= 3)));
    if (g.start - x.end <= 3 && ATTACKERS_OF.has(t[x.end]!.n) && crowdActs) return true;
    // ("supporters of the powerful Shi'ite cleric Moqtada al-Sadr stormed": a leader's title before the name that stands
    // for his movement.)
    if (g.start - x.end <= 7 && ATTACKERS_OF.has(t[x.end]!.n) && LEADER_TITLE.has(t[g.start - 1]!.n) && x.value.k === 'crowd' && crowdActs) return true;
    const b = t.slice(x.end, Math.min(g.start, x.end + 5)).findIndex((y) => BELONG.has(y.n));
    // ("the rioters belonged to an ultras group calling itself the Northern Wolves": the name after its introduction.)
    if (b >= 0 && t[x.end + b + 1]?.n === 'to' && (g.start - (x.end + b + 2) <= 1 || (g.start - (x.end + b + 2) <= 7 && t.slice(x.end + b + 2, g.start).some((y) => GROUP_NOUNS.has(y.n) || NAMING.has(y.n) || y.n === 'itself')))) return true;
    // "the bomber was a member of the DHKP-C", "the suspects belonged to a local cell of the Islamic State".
    const m = t.slice(x.end, Math.min(g.start, x.end + 9)).findIndex((y) => MEMBER_OF.has(y.n));
    return m >= 0 && ATTACKERS_OF.has(t[x.end + m + 1]?.n ?? '') && g.start - (x.end + m + 2) <= 1;
  });
}
const LOYAL = new Set(['loyal', 'fideles', 'fieles', 'leales', 'treue', 'موالين', 'موالون']);
const LEADER_TITLE = new Set(['cleric', 'leader', 'preacher', 'imam', 'sheikh', 'ayatollah', 'religieux', 'chef', 'clerigo', 'lider', 'prediger', 'geistlichen', 'anfuhrer']);
const MEMBER_OF = new Set(['member', 'members', 'cell', 'operative', 'operatives', 'membre', 'membres', 'miembro', 'miembros', 'mitglied', 'mitglieder']);
const STATE_FORCE = new Set(L.STATE_FORCE_WORDS);
const PARTY_WORDS = new Set(['democratic', 'republican', 'popular', 'socialist', 'communist']);
const ARMED_HEADS = new Set(['army', 'forces', 'front', 'brigades', 'council', 'cells', 'commando', 'commandos', 'militia', 'fighters']);
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
/** Arabic "itself", "its name", "called": "تطلق على نفسها اسم", "تدعى", "تسمى". */
const AR_NAMING = new Set(['نفسها', 'نفسه', 'نفسهم', 'اسم', 'باسم', 'تدعي', 'تسمي', 'المسماه']);
/** The quoted name right after the naming word (or after "اسم"). */
const ARABIC_TEXT = /[«"“][\u0600-\u06FF]/u;
const AR_QUOTED_NAME = /^\s*(?:اسم\s*)?[«"“]\s*([^»"”]{2,40}?)\s*[»"”]/u;
/** A capitalised word at token k that may be part of a name (after the dateline). */
function capitalAt(a: Analysis, k: number): boolean {
  const t = a.s.tokens;
  return k >= a.s.datelineTokens && k < t.length && isCapitalized(t[k]!) && !NO_NAME_PART.has(t[k]!.n);
}
/** Two or more words, none of a state's ("National", "Armed"). */
function ordinaryName(t: readonly Token[], start: number, end: number): boolean {
  return end - start >= 2 && !t.slice(start, end).some((w) => STATE_FORCE.has(w.n));
}
/**
 * A name found by one of ownNamedGroups' later patterns, added to `out` unless a known name or an earlier find already
 * covers it. (A place may close a name introduced as a group's: "la banda Los Tiburones del Estero".)
 */
function addName(a: Analysis, out: Mark[], start: number, end: number, placeInside = false): boolean {
  const t = a.s.tokens;
  if (a.marks.some((m) => (m.value.k === 'group' || ((m.value.k === 'country' || m.value.k === 'city') && !(placeInside && m.start > start + 1))) && m.start < end && m.end > start)) return false;
  if (out.some((m) => m.start < end && m.end > start)) return false;
  if (glossOfGroup(a, out, start)) return false;
  // (Every tag in one hidden class, see uniformTag: these join the sentence's marks in extractGroups.)
  out.push({ start, end, value: uniformTag({ k: 'group', name: a.s.text.slice(t[start]!.start, t[end - 1]!.end).replace(QUOTES, ''), own: true }) });
  return true;
}
/** "Saraya Awliya al-Dam, or Guardians of the Blood Brigade, claimed": a translation of the name just given. */
function glossOfGroup(a: Analysis, out: Mark[], start: number): boolean {
  const t = a.s.tokens;
  for (let k = start - 1; k >= Math.max(1, start - 5); k--) {
    if (t[k]!.n === 'or' && commaBefore(a.s, k)) return a.marks.some((m) => m.value.k === 'group' && m.end === k) || out.some((m) => m.end === k);
    if (!capitalAt(a, k) && !NAME_JOINERS.has(t[k]!.n) && !INNER_JOINERS.has(t[k]!.n) && t[k]!.n !== 'the') return false;
  }
  return false;
}
/**
 * A state's words modify the head ("Armed Forces", "National Army"); after it they name the cause
 * ("Cells of Armed Insubordination"). A head noun opening the name is none ("Coalition of Patriots").
 * (A party's words make a party or a guard, not an armed force: "Allied Democratic Forces", "Irish Republican Army".)
 * Whether a name's words from start to its head hold one.
 */
function stateWordUpTo(t: readonly Token[], start: number, head: number): boolean {
  for (let j = start; j <= head; j++) {
    const n = t[j]!.n;
    if (STATE_FORCE.has(n) && !(j === start && GROUP_HEADS.has(n)) && !(PARTY_WORDS.has(n) && ARMED_HEADS.has(t[head]!.n))) return true;
  }
  return false;
}
/** A word that joins a name's parts: "of", "de", "al" ("Fursan al-Gharb", "Tren de Aragua"). */
function nameJoiner(t: readonly Token[], at: number): boolean {
  return INNER_JOINERS.has(t[at]!.n) || NAME_JOINERS.has(t[at]!.n);
}
function ownNamedGroups(a: Analysis): Mark[] {
  const t = a.s.tokens;
  const out: Mark[] = [];
  // Every name below has two capitalised words in a row: most sentences have none.
  let pair = false;
  // (Or joined: "Jaish al-Adl", "Tren de Aragua", "Comandos de la Frontera".)
  for (let i = a.s.datelineTokens + 1; i < t.length && !pair; i++) pair = capitalAt(a, i) && (capitalAt(a, i - 1) || ((NAME_JOINERS.has(t[i - 1]!.n) || INNER_JOINERS.has(t[i - 1]!.n)) && capitalAt(a, i - 2)) || (NAME_LINK_ARTICLES.has(t[i - 1]!.n) && INNER_JOINERS.has(t[i - 2]?.n ?? '') && capitalAt(a, i - 3)));
  // "la Coalition des patriotes pour le changement (CPC)", "el Frente de liberación nacional (FLN)": a name whose
  // content words' initials spell the acronym in brackets after it, however it is capitalised.
  if (mayHold(a.s, WORD.groupHead)) {
    for (let k = a.s.datelineTokens + 2; k < t.length; k++) {
      const acr = t[k]!.s;
      // (A lower-case letter or a digit first is no capital: most words are out before the pattern.)
      const c0 = acr.charCodeAt(0);
      if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) continue;
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
      if (want < 0 && start >= 0 && GROUP_HEADS.has(t[start]!.n) && capitalAt(a, start)) addName(a, out, start, k);
    }
  }
  // 'جماعة تطلق على نفسها اسم «نسور زاغروس»': Arabic has no capitals; the quotes after a naming word hold the name.
  if (ARABIC_TEXT.test(a.s.text)) {
    for (let i = a.s.datelineTokens; i < t.length - 1; i++) {
      if (!AR_NAMING.has(t[i]!.n)) continue;
      const q = AR_QUOTED_NAME.exec(a.s.text.slice(t[i]!.end));
      if (!q) continue;
      const open = t[i]!.end + q.index + q[0].indexOf(q[1]!);
      const close = open + q[1]!.length;
      let start = i + 1;
      while (start < t.length && t[start]!.start < open) start++;
      let end = start;
      while (end < t.length && t[end]!.end <= close) end++;
      if (end > start) addName(a, out, start, end);
    }
  }
  if (!pair) return out;
  // (Each loop below only when the sentence holds the words it looks for.)
  const heads = mayHold(a.s, WORD.groupHead);
  for (let i = a.s.datelineTokens; heads && i < t.length; i++) {
    if (!GROUP_HEADS.has(t[i]!.n) || !capitalAt(a, i)) continue;
    if (a.marks.some((m) => m.value.k === 'group' && m.start <= i && m.end > i)) continue;
    let start = i;
    for (;;) {
      const k = start - 1;
      if (k < a.s.datelineTokens || !nameGap(a.s, start)) break;
      if (capitalAt(a, k) && !(k === a.s.datelineTokens && OPENERS.has(t[k]!.n))) { start = k; continue; }
      if ((t[k]!.n === 's' || NAME_JOINERS.has(t[k]!.n)) && capitalAt(a, k - 1) && nameGap(a.s, k)) { start = k - 1; continue; }
      // ("the Martyrs of al-Nasr Battalion": a capitalised word, "of", an Arabic article, the rest.)
      if (NAME_JOINERS.has(t[k]!.n) && INNER_JOINERS.has(t[k - 1]?.n ?? '') && capitalAt(a, k - 2) && nameGap(a.s, k)) { start = k - 2; continue; }
      break;
    }
    let end = i + 1;
    for (;;) {
      if (end < t.length && capitalAt(a, end) && nameGap(a.s, end)) { end++; continue; }
      // "Jund al-Sham", "Jaish al-Adl": a joiner and a capitalised word.
      if (NAME_JOINERS.has(t[end]?.n ?? '') && capitalAt(a, end + 1) && nameGap(a.s, end) && nameGap(a.s, end + 1)) { end += 2; continue; }
      // "Brigades of the Imprisoned Sheikh", "Army for the Liberation of ...", "Islamic Resistance in Iraq".
      // ("Frente de Liberación Andina", "Front pour le Renouveau de la Vakaga": the same in French and Spanish.)
      const link = t[end]?.n ?? '';
      if (NAME_LINKS.has(link) && end + 1 < t.length) {
        const k = NAME_LINK_ARTICLES.has(t[end + 1]!.n) ? end + 2 : end + 1;
        if (capitalAt(a, k)) { end = k + 1; continue; }
      }
      if (quotedPart(a.s, end) && capitalAt(a, end)) { end++; continue; }
      break;
    }
    if (end === i + 1 && NAME_LINKS.has(t[end]?.n ?? '')) end = Math.max(end, acronymNameEnd(a.s, start));
    // French names keep their inner words lower-case: "Front de libération de l'Azawad-Nord", "Front de libération du
    // Macina". A head opening the name, at most two such words, then a capitalised place.
    if (start === i && end === i + 1) {
      for (let k = end, lower = 0; FR_NAME_LINKS.has(t[k]?.n ?? '') && lower <= 2; lower++) {
        const w = NAME_LINK_ARTICLES.has(t[k + 1]?.n ?? '') ? k + 2 : k + 1;
        if (capitalAt(a, w)) {
          end = w + 1;
          while (end < t.length && capitalAt(a, end) && nameGap(a.s, end)) end++;
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
    if (words.length < 2 || stateWordUpTo(t, start, head) || unitOrAlias(a, start)) continue;
    // "the Lebanese Army", "Afghan Forces": a state's own force; a country or city alone before the head.
    if (a.marks.some((m) => (m.value.k === 'country' || m.value.k === 'city') && m.start === start && m.end >= i)) continue;
    if (a.marks.some((m) => m.value.k === 'group' && m.start < end && m.end > start) || glossOfGroup(a, out, start)) continue;
    out.push({ start, end, value: uniformTag({ k: 'group', name: a.s.text.slice(words[0]!.start, words[words.length - 1]!.end).replace(QUOTES, ''), own: true }) });
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
      if (end < t.length && capitalAt(a, end) && (end === start || nameGap(a.s, end))) { end++; continue; }
      // ("calling itself Kata'ib Shuhada al-Janzour": a transliteration's apostrophe inside a word.)
      if (end > start && end < t.length && /^['’]$/.test(a.s.text.slice(t[end - 1]!.end, t[end]!.start)) && /^\p{Ll}+$/u.test(t[end]!.s)) { end++; continue; }
      // "Tren de Aragua", "Sons of Liberty": a joining word inside the name.
      if (end > start && INNER_JOINERS.has(t[end]?.n ?? '') && capitalAt(a, end + 1)) { end += 2; continue; }
      // ("calling itself Ashab al-Kahf": an Arabic article joined to the next word.)
      if (end > start && NAME_JOINERS.has(t[end]?.n ?? '') && capitalAt(a, end + 1) && nameGap(a.s, end) && nameGap(a.s, end + 1)) { end += 2; continue; }
      // ("calling itself the Eagles of the Northern Ridge": the joining word, then "the".)
      if (end > start && INNER_JOINERS.has(t[end]?.n ?? '') && t[end + 1]?.n === 'the' && capitalAt(a, end + 2)) { end += 3; continue; }
      // ("Followers of the Imam's Line": a possessive inside the name.)
      if (end > start && t[end]?.n === 's' && nameGap(a.s, end) && capitalAt(a, end + 1)) { end += 2; continue; }
      // ('Célula Autónoma Insurreccional "Fuego Negro"': a quoted last part of the name.)
      if (end > start && quotedPart(a.s, end) && capitalAt(a, end)) { end++; continue; }
      // ('calling itself "Black Hand 1914"': a number that closes a quoted name.)
      if (end > start && /^\d{1,4}$/.test(t[end]?.n ?? '') && nameGap(a.s, end) && /^["”»']/.test(a.s.text.slice(t[end]!.end, t[end]!.end + 1))) { end++; continue; }
      // ("calling itself the Front de libération du Khasso": French and Spanish names in sentence case, a lower-case
      // word between two joining words.)
      if (end > start && NAME_LINKS.has(t[end]?.n ?? '') && end + 3 < t.length && !isCapitalized(t[end + 1]!) && NAME_LINKS.has(t[end + 2]!.n) && capitalAt(a, end + 3)) { end += 4; continue; }
      break;
    }
    // ("a group calling itself the Ubuntu Defence Front": a state never calls itself anything, its words may name a group.)
    const self = selfNaming(t, i + 1) >= 0 || n === 'itself' || n === 'themselves';
    if (!(self ? end - start >= 2 : ordinaryName(t, start, end)) || unitOrAlias(a, start)) continue;
    if (addName(a, out, start, end, true)) i = end - 1;
  }
  // "las líneas de investigación apuntan a Los Choneros": a Spanish plural name blamed or claiming.
  for (let i = a.s.datelineTokens; i < t.length - 1; i++) {
    if ((t[i]!.n !== 'los' && t[i]!.n !== 'las') || !capitalAt(a, i) || !capitalAt(a, i + 1)) continue;
    if (!a.marks.some((m) => (m.value.k === 'blame' || m.value.k === 'claim') && m.end <= i && i - m.end <= 1)) continue;
    let end = i + 1;
    while (end < t.length && capitalAt(a, end) && nameGap(a.s, end)) end++;
    if (ordinaryName(t, i, end) && !unitOrAlias(a, i)) addName(a, out, i, end);
  }
  // 'atribuye la agresión a "La Línea", brazo armado del Cártel de Juárez', "blamed the Red Hand, a militant group":
  // a name after the blame, described as a group by the apposition after it.
  const blame = a.marks.find((m) => m.value.k === 'blame' || m.value.k === 'claim');
  for (let k = blame ? blame.end + 1 : t.length; k < t.length - 1; k++) {
    if (!commaBefore(a.s, k) || !capitalAt(a, k - 1)) continue;
    let j = k;
    while (j < k + 2 && j < t.length - 1 && (APPOSITION_OPENERS.has(t[j]!.n) || (!isCapitalized(t[j]!) && !GROUP_APPOSITION.has(t[j]!.n)))) j++;
    if (!GROUP_APPOSITION.has(t[j]!.n) || t[j + 1]?.n === 's') continue;
    // ('Fursan al-Gharb ("Knights of the West"), an armed group': the name ends before its translation in brackets.)
    let end = k;
    if (/\)/.test(a.s.text.slice(t[k - 1]!.end, t[k]!.start))) {
      for (let o = k - 1; o > blame!.end && k - o <= 8; o--) if (/\(/.test(a.s.text.slice(t[o - 1]!.end, t[o]!.start))) { end = o; break; }
      if (end === k || !capitalAt(a, end - 1)) continue;
    }
    let start = end - 1;
    // ("blamed the attack on Fursan al-Gharb, an armed group": an Arabic article inside the name too.)
    while (start - 1 > blame!.start && start - (end - 1) > -4 && (capitalAt(a, start - 1) || (nameJoiner(t, start - 1) && capitalAt(a, start - 2))) && nameGap(a.s, start)) start -= nameJoiner(t, start - 1) ? 2 : 1;
    // ("a attribué l'attaque au gang 5 Segonn, « une faction de la coalition Viv Ansanm »": a number opens the name.)
    if (/^\d{1,4}$/.test(t[start - 1]?.n ?? '') && GROUP_APPOSITION.has(t[start - 2]?.n ?? '') && start - 1 > blame!.end) start--;
    if (start - blame!.end > 8 || unitOrAlias(a, start)) continue;
    addName(a, out, start, end);
  }
  // "Police blamed the Patani Liberation Front (PLF)": a name with its acronym, right after the blame.
  // (Where a blame or a claim ends, gathered in one pass over the marks rather than one per token.)
  const blameEnds = new Set<number>();
  for (const m of a.marks) if (m.value.k === 'blame' || m.value.k === 'claim') blameEnds.add(m.end);
  for (let i = a.s.datelineTokens; blameEnds.size > 0 && i < t.length - 2; i++) {
    if (!blameEnds.has(i)) continue;
    const start = t[i]!.n === 'the' ? i + 1 : i;
    let end = start;
    while (end < t.length && capitalAt(a, end) && (end === start || nameGap(a.s, end))) end++;
    const acronym = t[end];
    if (!acronym || !/^\p{Lu}{2,6}$/u.test(acronym.s) || !a.s.text.slice(t[end - 1]!.end, acronym.start).includes('(')) continue;
    if (ordinaryName(t, start, end) && !unitOrAlias(a, start)) addName(a, out, start, end);
  }
  // "gangs belonging to the Viv Ansanm alliance": a name before a group noun.
  const groupNouns = mayHold(a.s, WORD.groupNoun);
  // ("blamed the attack on the RED-Tabara rebel group": an adjective of the kind between them.)
  for (let i = a.s.datelineTokens + 2; groupNouns && i < t.length; i++) {
    if (!GROUP_NOUNS.has(t[i]!.n) || isCapitalized(t[i]!)) continue;
    const end = capitalAt(a, i - 1) ? i : GROUP_ADJECTIVES.has(t[i - 1]!.n) && !isCapitalized(t[i - 1]!) && capitalAt(a, i - 2) ? i - 1 : -1;
    if (end < 0) continue;
    let start = end - 1;
    while (start > a.s.datelineTokens && capitalAt(a, start - 1) && nameGap(a.s, start) && !OPENERS.has(t[start - 1]!.n)) start--;
    // (Not a description in apposition: "Jaish al-Adl, the Sunni Baluch militant group, has claimed".)
    if (end < i && OPENERS.has(t[start - 1]?.n ?? '') && commaBefore(a.s, start - 1)) continue;
    if (ordinaryName(t, start, end)) addName(a, out, start, end);
  }
  // German "eine Gruppe, die sich „Autonome Zelle Glut" nennt": the name before "nennt".
  for (let i = a.s.datelineTokens + 3; introductions && i < t.length; i++) {
    if (t[i]!.n !== 'nennt' && t[i]!.n !== 'nennen' && t[i]!.n !== 'nannte') continue;
    let start = i;
    // (A quoted name keeps its lower-case inner words: 'die sich "Feuer für Rojava" nennt'.)
    const quoted = /["”“»«„']\s*$/.test(a.s.text.slice(t[i - 1]!.end, t[i]!.start));
    while (start > a.s.datelineTokens && (capitalAt(a, start - 1) || (quoted && !/["”“»«„']/.test(a.s.text.slice(t[start - 1]!.end, t[start]!.start))))) start--;
    if (i - start >= 2 && t[start - 1]?.n === 'sich') addName(a, out, start, i);
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
    while (start > a.s.datelineTokens && capitalAt(a, start - 1) && (start === nameEnd || nameGap(a.s, start))) start--;
    // (Not the sentence's opening "The".)
    if (t[start]!.n === 'the' && start < nameEnd - 1) start++;
    if (ordinaryName(t, start, nameEnd)) addName(a, out, start, nameEnd);
  }
  return out;
}
const INDEFINITE_OR_THE = new Set(['a', 'an', 'the']);
const GROUP_ADJECTIVES = new Set(['criminal', 'criminales', 'delictiva', 'delictivo', 'delincuencial', 'criminelle', 'kriminelle', 'armed', 'armado', 'armada', 'arme', 'armee', 'terrorist', 'terrorista', 'militant', 'jihadist', 'yihadista', 'djihadiste', 'islamist', 'islamista', 'islamiste', 'extremist', 'anarchist', 'anarquista', 'anarchiste', 'rebel', 'rebelde', 'separatist', 'separatista', 'insurgent', 'paramilitary', 'paramilitar']);
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
  if (before === 'or' && knownGroupEndsAt(a, k)) return true;
  return /\(\s*$/.test(a.s.text.slice(t[start - 1]?.end ?? 0, t[start]!.start)) && knownGroupEndsAt(a, start);
}
/** A group known by the lexicon (not one found by its capitals) ends at token end. */
function knownGroupEndsAt(a: Analysis, end: number): boolean {
  return a.marks.some((m) => m.value.k === 'group' && !m.value.own && m.end === end);
}

/** Nouns after which a capitalised name is a group's: "the group Revolutionary Struggle", "la coalition de gangs Viv Ansanm". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'el', 'una', 'ein', 'eine', 'der', 'die']);
const GROUP_APPOSITION = new Set(['group', 'groupe', 'grupo', 'gruppe', 'faction', 'outfit', 'militia', 'milice', 'miliz', 'gang', 'banda', 'cartel', 'pandilla', 'brazo', 'wing', 'bras', 'organisation', 'organization', 'organizacion', 'network', 'reseau', 'red', 'estructura', 'clan']);
const CALLS_ITSELF = new Set(['identifica', 'denomina', 'autodenomina', 'conocido', 'conocida']);
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
/** Participles of rule and office: "an ambassador appointed by the Taliban", "areas controlled by al-Shabaab". */
const RULE_PARTICIPLES = new Set(['appointed', 'named', 'nominated', 'recognised', 'recognized', 'controlled', 'held', 'run', 'governed', 'ruled', 'administered', 'dominated', 'led', 'formed', 'installed', 'imposed', 'signed', 'issued', 'accredited', 'occupied',
  // French and Spanish before "par"/"por": "le blocus imposé par les jihadistes du JNIM", "la zona controlada por".
  // (Not "dirigée par", which may be an attack "directed by" its authors.)
  'impose', 'imposee', 'imposes', 'controle', 'controlee', 'controles', 'controlees', 'nomme', 'nommee', 'installe', 'occupe', 'occupee', 'tenu', 'tenue',
  'impuesto', 'impuesta', 'controlado', 'controlada', 'controlados', 'controladas', 'nombrado', 'nombrada', 'designado', 'designada', 'ocupado', 'ocupada']);
// ("is widely regarded by Western officials as a front for Iran-aligned groups": those who hold the view.)
const OPINION_PARTICIPLES = new Set(['regarded', 'considered', 'seen', 'viewed', 'deemed', 'designated', 'branded', 'labelled', 'labeled']);
/**
 * "by" after such a participle (an adverb between at most): the group rules or appoints, or someone holds a view of
 * it; neither is the attack's agent.
 */
function ruledBy(t: readonly Token[], b: Mark): boolean {
  if (b.end - b.start !== 1 || !BY.has(t[b.start]!.n)) return false;
  return ruleOrOpinion(t[b.start - 1]?.n ?? '') || (/ly$/.test(t[b.start - 1]?.n ?? '') && ruleOrOpinion(t[b.start - 2]?.n ?? ''));
}
function ruleOrOpinion(participle: string): boolean {
  return RULE_PARTICIPLES.has(participle) || OPINION_PARTICIPLES.has(participle);
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
const CELLS = new Set(['cells', 'cell', 'cellule', 'cellules', 'celula', 'celulas', 'zelle', 'zellen', 'خلايا', 'خليه']);
/** Whom a fight is against: "operations against insurgents", "la lutte contre les jihadistes", "ضد المسلحين". */
const FOUGHT = new Set([...AGAINST, 'ضد']);
/** Attackers (within two words) then a tie word right before the group, and no other group named in the sentence. */
/** How far before a group its tie word may stand: "linked to X", "loyal to the cleric Moqtada al-Sadr" (a leader's title). */
const tieReach = (t: readonly Token[], g: Mark): number => (LEADER_TITLE.has(t[g.start - 1]?.n ?? '') ? 5 : 3);
function tiedToGroup(t: readonly Token[], marks: Mark[], g: Mark): boolean {
  const name = g.value.k === 'group' ? g.value.name : '';
  if (marks.some((o) => o.value.k === 'group' && o.value.name !== name)) return false;
  // ("Investigators were examining whether militants linked to X might have been involved": a hypothesis, no blame.)
  if (t.some((x) => HEDGES.has(x.n))) return false;
  for (let k = Math.max(0, g.start - tieReach(t, g)); k < g.start; k++) {
    if (!ATTACKER_TIES.has(t[k]!.n)) continue;
    // (Not those fought: "pledged joint operations against jihadist insurgents linked to Islamic State".)
    // ("Protesters loyal to cleric Moqtada al-Sadr broke into": a crowd of the movement's own.)
    if (marks.some((x) => (x.value.k === 'attacker' || (x.value.k === 'crowd' && LOYAL.has(t[k]!.n)) || (x.value.k === 'cue' && CUE_ATTACKERS.has(t[x.start]!.n))) && x.end <= k && k - x.end <= 2 && !t.slice(Math.max(0, x.start - 2), x.start).some((y) => FOUGHT.has(y.n)))) return true;
    // ("soupçonnent des islamistes liés à AQMI": the suspects, blamed, tied to the group.)
    if (marks.some((x) => x.value.k === 'blame' && x.end <= k && k - x.end <= 2)) return true;
    // ("«خلايا نائمة تابعة لتنظيم داعش»", "sleeper cells linked to X": the group's cells.)
    if (t.slice(Math.max(0, k - 2), k).some((x) => CELLS.has(x.n)) && marks.some((x) => x.value.k === 'blame' && x.end <= k)) return true;
  }
  return false;
}
const SUBJECT_OPENERS = new Set(['the', 'les', 'los', 'las', 'la', 'le', 'el', 'l', 'die', 'der', 'and', 'et', 'y', 'und', 'but', 'mais', 'pero', 'aber']);
const AUX = new Set(['has', 'have', 'had', 'a', 'ont', 'avait', 'avaient', 'ha', 'han', 'habia', 'habian']);
const AUX_DE = new Set(['hat', 'haben', 'hatte', 'hatten']);
const THAT = new Set(['that', 'que', 'qu', 'dass', 'ان']);
/** Arabic opens with the verb: "هاجمت حركة الشباب السفارة", "استهدفت جماعة الحوثي القنصلية". */
const ARABIC_ATTACK_VERBS = new Set(['هاجم', 'هاجمت', 'هاجموا', 'استهدف', 'استهدفت', 'اقتحم', 'اقتحمت', 'قصف', 'قصفت', 'ضرب', 'ضربت', 'فجر', 'فجرت']);
/** The first mission named from token from on, at most reach tokens on. */
function missionWithin(marks: Mark[], from: number, reach: number): Mark | undefined {
  return marks.find((m) => m.value.k === 'mission' && m.start >= from && m.start - from <= reach);
}
/**
 * "Al-Shabaab stormed the Turkish embassy", "les shebab ont attaqué l'ambassade", "Die Taliban haben die Botschaft
 * angegriffen", "هاجمت حركة الشباب السفارة": the group as the subject of an attack on the mission.
 */
function subjectOfAttack(s: Sentence, marks: Mark[], g: Mark): boolean {
  const t = s.tokens;
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
  if (verbFirst) { const m = missionWithin(marks, g.end, 8); return m !== undefined && !marks.some((o) => o.value.k === 'other' && o.start > g.end && o.start < m.start); }
  if (!opens) return false;
  let v = g.end;
  if (THE_GROUP.has(t[v]?.n ?? '')) v++;
  if (AUX_DE.has(t[v]?.n ?? '')) {
    // (German: the participle after the object, "haben ... die Botschaft ... angegriffen".)
    const m = missionWithin(marks, v + 1, 8);
    return m !== undefined && marks.some((c) => c.value.k === 'cue' && c.start >= m.end && c.start - m.end <= 4);
  }
  if (AUX.has(t[v]?.n ?? '')) v++;
  // (Or an act, then its weapon: "fired rockets at", "launched a drone at".)
  const cue = marks.find((c) => c.value.k === 'cue' && (c.start === v || (SELF_ACT.has(t[v]?.n ?? '') && c.start > v && c.start - v <= 2)));
  if (!cue) return false;
  const m = missionWithin(marks, cue.end, 8);
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
const THEY = new Set(['they', 'ils', 'ellos', 'sie']);
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
  for (let k = Math.max(0, m - 8); k < m; k++) if (isArrest(t[k]!) && plainBetween(a.s, marks, k, m)) return true;
  for (let k = g.end; k < Math.min(t.length, g.end + 4); k++) if (isArrest(t[k]!) && plainBetween(a.s, marks, g.end, k)) return true;
  let c = m - 1;
  if (BOTH.has(t[c]?.n ?? '')) c--;
  if (!COPULA.has(t[c]?.n ?? '')) return false;
  // ("Prosecutors charged three men over the shooting that killed a guard, saying they were members of X": the pronoun
  // takes up those charged, earlier in the sentence.)
  if (THEY.has(t[c - 1]?.n ?? '') && t.slice(Math.max(0, c - 30), c - 1).some(isArrest)) return true;
  if (marks.some((x) => x.value.k === 'killed' || x.value.k === 'wounded')) return false;
  return namesSuspects(a) || namesSuspects(before);
}
function isArrest(x: Token): boolean {
  return ARREST.has(x.n) || ARREST.has(x.alt ?? '');
}
/** Nothing from token from to token to tells another event than an arrest: no toll, no "after", no closing comma. */
function plainBetween(s: Sentence, marks: Mark[], from: number, to: number): boolean {
  return !marks.some((x) => (x.value.k === 'killed' || x.value.k === 'wounded') && x.start >= from && x.start < to) &&
    !s.tokens.slice(from, to).some((x) => AFTER.has(x.n)) && closingComma(s, from + 1, to - from - 1) < 0;
}
/** A body sentence that names attackers ("Officials named two suspects"). */
function namesSuspects(b: Analysis | undefined): boolean {
  return b !== undefined && !b.s.isTitle && b.marks.some((x) => x.value.k === 'attacker');
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
  return marks.some((b) => b.value.k === 'blame' && b.start > rel + 1 && b.end <= stop && ACCUSING.has(t[b.start]!.n) && (b.end === stop || (OBJECTLESS.has(t[b.end]?.n ?? '') && !opensRecord(t[b.end + 1]?.n ?? '')))) &&
    !marks.some((o) => (o.value.k === 'group' || o.value.k === 'bg' || o.value.k === 'otherEvent') && o.start > g.end && o.start < stop);
}
/** A record, not one attack: "of several bombings", "for two attacks", "for repeated attacks". */
function opensRecord(n: string): boolean {
  return INDEFINITE.has(n) || numberLike(n) || HABITUAL.has(n);
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
const SELF_NAMED_SPEAKS = new Set(['bekennt', 'demanded', 'described', 'bezeichnete', 'bezeichnet', 'qualifie', 'califico']);
/**
 * "au lendemain de l'annonce de la prise de la cité de Baraka ... par les rebelles de l'AFC/M23": an agent after a "day
 * after" reference, no attack word between, is the earlier event's.
 */
function afterEarlierEvent(marks: Mark[], b: Mark): boolean {
  const ref = marks.find((x) => x.value.k === 'afterRef' && x.end <= b.start);
  return ref !== undefined && !marks.some((c) => c.value.k === 'cue' && c.start >= ref.end && c.start < b.start);
}
const WH_AFTER_BY = new Set(['what', 'which', 'whom', 'whatever']);
function blamedDespiteDenial(s: Sentence, marks: Mark[], d: Mark): boolean {
  const t = s.tokens;
  const turn = t.findIndex((x, k) => k >= d.end && DENIAL_TURN.has(x.n));
  if (turn < 0 || marks.some((o) => o.value.k === 'group' && o.start > d.end)) return false;
  // (Not "by what it called illegal levies": a free relative after "by", its pronoun the speaker.)
  return marks.some((b) => b.value.k === 'blame' && b.start > turn && !(t[b.start]!.n === 'by' && WH_AFTER_BY.has(t[b.end]?.n ?? '')) && (BLAME_WITH_PRONOUN.has(t[b.start]!.n) ||
    t.slice(Math.max(d.end + 1, b.start - 3), b.start).some((x) => OBJECT_PRONOUN.has(x.n)) || t.slice(b.end, b.end + 2).some((x, j) => (x.n === 'it' || x.n === 'them' || x.n === 'sie') && t[b.end + j + 1]?.n !== 'on') ||
    // ("but Israeli officials blamed the group", "accusent le mouvement": the group by its noun.)
    (DEFINITE.has(t[b.end]?.n ?? '') && (GROUP_NOUNS.has(t[b.end + 1]?.n ?? '') || SELF_REF.has(t[b.end + 1]?.n ?? '')) && t[b.end + 2]?.n !== 's')));
}
/** "Un groupe ... a revendiqué", "A little-known group claimed": an indefinite group noun opening the clause before the claim. */
function unnamedGroupClaims(t: readonly Token[], c: Mark): boolean {
  for (let k = c.start - 1; k >= Math.max(0, c.start - 8); k--) {
    if (!GROUP_NOUNS.has(t[k]!.n)) continue;
    // ("a little-known group": up to two adjectives between.)
    return t.slice(Math.max(0, k - 3), k).some((x) => INDEFINITE.has(x.n));
  }
  return false;
}
const BLAME_VERB = new Set(['blamed', 'blames', 'accused', 'accuses', 'blaming', 'accusing']);
/**
 * The group as the subject of an active blame verb: right after it ("X blamed", "The M23 rebels accused"), or after an
 * aside of its own between commas ("The M23 rebels, who have controlled Goma since January, blamed").
 */
function activeBlameAfter(s: Sentence, g: Mark): boolean {
  const t = s.tokens;
  let k = ARMED_BAND.has(t[g.end]?.n ?? '') ? g.end + 1 : g.end;
  if (commaBefore(s, k) && t[k]?.n === 'who') {
    let close = -1;
    for (let j = k + 1; j < Math.min(t.length, k + 14); j++) if (commaBefore(s, j)) { close = j; break; }
    if (close < 0) return false;
    k = close;
  }
  return BLAME_VERB.has(t[k]?.n ?? '');
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
/** "its agency", "their channel": the group's own, named before. */
const GROUP_OWN = new Set([...OWN_PRONOUN, 'their']);
const OUTLET_TIES = new Set(['run', 'operated', 'controlled', 'owned', 'linked', 'affiliated', 'tied', 'close', 'liee', 'lie', 'proche', 'vinculada', 'cercana', 'afin', 'nahe', 'nahestehende', 'تابعه', 'مقربه']);
/** The token's word, or its other reading, in the set. */
function hasWord(set: Set<string>, x: Token): boolean {
  return set.has(x.n) || set.has(x.alt ?? '');
}
/**
 * "Radio Andalus, a station run by X, said the group's fighters had stormed the building", "L'agence Amaq, liée au
 * groupe EI, a affirmé que des soldats du califat avaient mené l'attaque": the group's outlet telling its men's attack.
 */
function outletClaim(a: Analysis, marks: Mark[], g: Mark): boolean {
  const t = a.s.tokens;
  const before = t.slice(Math.max(0, g.start - 8), g.start);
  const tiedBefore = t.slice(Math.max(0, g.start - 4), g.start).some((x) => hasWord(OUTLET_TIES, x)) && before.some((x) => hasWord(OUTLETS, x));
  // ("X's Radio Andalus", "the X-linked Amaq agency": the outlet after the group.)
  const tiedAfter = (t[g.end]?.n === 's' || MODIFIER_AFTER.has(t[g.end]?.n ?? '')) && t.slice(g.end, g.end + 4).some((x) => hasWord(OUTLETS, x));
  // ("The group ... A statement carried by its Shahada News Agency said 'mujahideen of X' had attacked": the outlet
  // its own, the group named in what it said.)
  // ("the group's news agency": its own too.)
  const ownBefore = !tiedBefore && !tiedAfter && t.slice(0, g.start).some((x, k) => hasWord(OUTLETS, x) && t.slice(Math.max(0, k - 3), k).some((y, i, w) => GROUP_OWN.has(y.n) || (y.n === 's' && GROUP_NOUNS.has(t[k - w.length + i - 1]?.n ?? ''))));
  if (!tiedBefore && !tiedAfter && !ownBefore) return false;
  // ("A Telegram channel affiliated with X posted a claim of responsibility": the outlet's claim, just after the group.)
  if (tiedBefore && marks.some((c) => c.value.k === 'claim' && c.start >= g.end && c.start - g.end <= 4 && claimVerb(a.s, c))) return true;
  const said = t.findIndex((x) => hasWord(SAID, x));
  if (said < 0) return false;
  for (let j = Math.max(said, g.end); j < t.length; j++) {
    if (!SELF_ACT.has(t[j]!.n) && !marks.some((m) => m.start === j && m.value.k === 'attacker')) continue;
    // (The act may be the attack word itself: "said 'mujahideen of X' had attacked".)
    if (marks.some((c) => c.value.k === 'cue' && c.start >= j && c.start - j <= 8)) return true;
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

/** A group used as a modifier, then the name of the faction it describes: "the FARC dissident faction known as X". */
function knownAs(t: readonly Token[], marks: Mark[], g: Mark): string | null {
  const named = marks.find((o) => o.value.k === 'group' && o.start > g.end && o.start - g.end <= 6 && (NAMING.has(t[o.start - 1]?.n ?? '') || (t[o.start - 1]?.n === 'the' && NAMING.has(t[o.start - 2]?.n ?? '')) || (t[o.start - 1]?.n === 'as' && NAMING.has(t[o.start - 2]?.n ?? '')) || (t[o.start - 1]?.n === 'the' && t[o.start - 2]?.n === 'as' && NAMING.has(t[o.start - 3]?.n ?? ''))));
  if (!named || named.value.k !== 'group' || !t.slice(g.end, named.start).some((x) => GROUP_NOUNS.has(x.n))) return null;
  return named.value.name;
}
const DEFENDERS = new Set(L.DEFENDER_WORDS);
const KILLED_BY = new Set(['dead', 'killed', 'shot', 'neutralised', 'neutralized']);
/** German's participle comes after its agent: "von Spezialkräften der Taliban getötet". */
const KILLED_AFTER = new Set(['getotet', 'erschossen', 'niedergeschossen', 'ausgeschaltet', 'neutralisiert']);
const FORCES_OF = new Set(['of', 'the', 'der', 'des', 'den', 'special', 'elite']);
/**
 * "before they were shot dead by Taliban forces", "wurden beide Angreifer von Spezialkräften der Taliban getötet":
 * the governing group's forces killed the attackers.
 */
function killedByForces(t: readonly Token[], b: Mark, g: Mark): boolean {
  if (t[b.start]!.n === 'by' && KILLED_BY.has(t[b.start - 1]?.n ?? '') && g.start - b.end <= 1 && DEFENDERS.has(t[g.end]?.n ?? '')) return true;
  const forces = t.slice(b.end, g.start);
  return (KILLED_BY.has(t[b.start - 1]?.n ?? '') || KILLED_AFTER.has(t[g.end]?.n ?? '')) && forces.length <= 4 && forces.some((x) => DEFENDERS.has(x.n)) && forces.every((x) => DEFENDERS.has(x.n) || FORCES_OF.has(x.n));
}
const LEADER_OR_MEMBER = new Set([...MEMBERS, 'leader', 'leaders', 'commander', 'chief', 'chef', 'jefe', 'cabecilla', 'anfuhrer']);
const OF_IN = new Set(['of', 'in', 'de', 'du', 'des', 'del', 'der', 'la', 'the']);
/** "a leader in the Viv Ansanm gang coalition", "membre de la coalition Viv Ansanm": the group a person belongs to. */
function memberOf(t: readonly Token[], g: Mark): boolean {
  for (let k = g.start - 1; k >= Math.max(0, g.start - 4); k--) {
    if (LEADER_OR_MEMBER.has(t[k]!.n)) return true;
    // (The group's noun may stand between: "a leader in the X gang coalition".)
    if (!OF_IN.has(t[k]!.n) && !GROUP_NOUNS.has(t[k]!.n)) return false;
  }
  return false;
}
/** What one is accused of doing for a group, not to the mission: "accuses the PUK of tolerating the PKK". */
const TOLERATING = new Set(['tolerating', 'tolerate', 'harbouring', 'harboring', 'harbour', 'harbor', 'sheltering', 'shielding', 'protecting', 'arming', 'funding', 'financing', 'backing', 'supporting', 'leniency', 'complicity', 'collusion',
  'tolerer', 'abriter', 'proteger', 'soutenir', 'financer', 'armer', 'complaisance', 'complicite', 'tolerar', 'albergar', 'apoyar', 'financiar', 'armar', 'complicidad',
  'dulden', 'unterstutzen', 'beherbergen', 'schutzen', 'finanzieren', 'تساهل', 'دعم', 'ايواء', 'حمايه', 'تمويل', 'تسليح', 'تواطؤ']);
/** The blame's object is someone else, accused of helping the group: "Turkey accuses the PUK of tolerating the PKK". */
function accusedOfHelping(t: readonly Token[], b: Mark, g: Mark): boolean {
  return g.start - b.end <= 12 && t.slice(b.end, g.start).some((x) => TOLERATING.has(x.n) || TOLERATING.has(x.alt ?? ''));
}
const HIS = new Set(['his', 'ses', 'sus', 'seine']);
const HIS_MEN = new Set(['men', 'boys', 'fighters', 'soldiers', 'hommes', 'gars', 'combattants', 'hombres', 'muchachos', 'combatientes', 'leute', 'manner', 'kampfer']);
/**
 * "Dorval, a leader in the X coalition, posted a video in which he said his men had fired on the residence": one of
 * the group's leaders, after his apposition, saying his own men did it.
 */
function leaderSaysHisMenDidIt(a: Analysis, g: Mark): boolean {
  const t = a.s.tokens;
  let from = -1;
  for (let k = g.end; k < Math.min(t.length, g.end + 4); k++) if (commaBefore(a.s, k)) { from = k; break; }
  if (from < 0) return false;
  // ("posted a video in which he said his men ...": any saying verb of the next few.)
  for (let k = from + 1; k < Math.min(t.length, from + 16); k++) {
    if (!HIS.has(t[k]!.n) || !HIS_MEN.has(t[k + 1]?.n ?? '') || !t.slice(from, k).some((x) => SAID.has(x.n))) continue;
    // (Not "his men had been attacked": the passive makes them the victims.)
    return t.slice(k + 2, k + 5).some((x, i, next) => SELF_ACT.has(x.n) && x.n !== 'fighters' && x.n !== 'members' && !PASSIVE.has(next[i - 1]?.n ?? '') && next[i - 1]?.n !== 'been');
  }
  return false;
}
const THIS_ONE = new Set(['this', 'that', 'cette', 'cet', 'ce', 'este', 'esta', 'ese', 'esa', 'dieser', 'diese', 'dieses']);
/**
 * "..., quelques jours après l'attaque contre un poste militaire dans l'Alibori. Cette attaque avait été revendiquée par
 * le JNIM": a sentence opening on "this attack" when the one before ended on an earlier attack ("after the attack on").
 */
function thatEarlierAttack(a: Analysis, before: Analysis | undefined): boolean {
  const t = a.s.tokens;
  if (!before || !THIS_ONE.has(t[0]?.n ?? '') || !a.marks.some((m) => m.value.k === 'cue' && m.start === 1)) return false;
  const cues = before.marks.filter((m) => m.value.k === 'cue');
  const last = cues[cues.length - 1];
  return last !== undefined && before.s.tokens.slice(Math.max(0, last.start - 3), last.start).some((x) => AFTER.has(x.n));
}

/**
 * ("L'attaque a été revendiquée dimanche matin par un groupe se présentant sous le nom de X": the claim's agent, a
 * group noun, introduces the name further on.)
 */
function agentGroup(t: readonly Token[], c: Mark, g: Mark): boolean {
  return g.start - c.end <= 14 && t.slice(c.end, c.end + 5).some((x, j) => BY.has(x.n) && t.slice(c.end + j + 1, c.end + j + 3).some((y) => GROUP_NOUNS.has(y.n)));
}
/**
 * The blame b reaches the group g, reach tokens at most between them.
 * ("a accusé, dans une déclaration à la radio nationale, des « éléments des 3R »": an aside set off by commas after the
 * verb is no part of the reach.)
 */
function blameReaches(s: Sentence, b: Mark, g: Mark, reach: number): boolean {
  if (g.start - b.end <= reach) return true;
  const from = commaBefore(s, b.end) ? closingComma(s, b.end + 1, 12) : -1;
  return from > 0 && from <= g.start && g.start - from <= reach;
}
/** A mark inside a group's name: "تنظيم القاعدة", where "قاعدة" (a base) is the 'other' target. */
function inGroupName(a: Analysis, o: Mark): boolean {
  return a.marks.some((g) => g.value.k === 'group' && g.start <= o.start && g.end >= o.end);
}
/**
 * ("وأعلن تنظيم القاعدة ... مسؤوليته عن الهجوم": the 'other' target "قاعدة", a base, is inside the group's name.)
 * A sentence whose only other target is inside a group's name and that names no other, earlier or separate event.
 * (Only when the sentence before, previous, is not about another event already.)
 */
function nameOnlyOther(a: Analysis, previous: Analysis | undefined, pubYear: number | null): boolean {
  return previous !== undefined && previous.state !== 'other' && a.marks.some((o) => o.value.k === 'other' && inGroupName(a, o)) &&
    !a.marks.some((o) => (o.value.k === 'other' && !inGroupName(a, o)) || o.value.k === 'bg' || o.value.k === 'otherEvent' || o.value.k === 'afterRef') && !pastYearIn(a.s, pubYear);
}
/**
 * ("- طالبان تعلن مسؤوليتها عن هجوم في قندهار", "Taliban claim attack on post in Kunduz": an attack in another city than
 * the attack's.)
 * (In the topic track too, when no mission is named: a related headline between paragraphs. The attack is the claim's
 * object: not "X claimed the attack and named the bomber, jailed for attacks in Istanbul", nor across a comma:
 * "claimed the attack on Telegram, accusing Abu Dhabi of ...".)
 */
function claimedElsewhere(a: Analysis, city: string | null): boolean {
  // (A claim first: most sentences have none, and are out before their cities are gathered.)
  return a.marks.some((m) => m.value.k === 'claim') && !a.marks.some((m) => m.value.k === 'mission') && placedElsewhere(a, city) &&
    a.marks.some((c) => c.value.k === 'cue' && a.marks.some((k) => k.value.k === 'claim' && k.end <= c.start && c.start - k.end <= 3) && a.marks.some((m) => m.value.k === 'city' && m.start > c.end && m.start - c.end <= 4 && !a.s.tokens.slice(c.end, m.start).some((x) => SAID.has(x.n)) && !a.s.text.slice(a.s.tokens[c.end - 1]!.end, a.s.tokens[m.start]!.start).includes(',')));
}
export function extractGroups(ours: Analysis[], all: Analysis[], pubYear: number | null, facts: ReturnType<typeof emptyFacts>, ev: Evidence, full: Analysis[]): void {
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
  // neighbourhood names no other, earlier or separate event (see nameOnlyOther).
  const extra = all.filter((a, i) => !a.s.isTitle && a.marks.some((m) => m.value.k === 'claim') && !ours.includes(a) && (a.state !== 'other' || a.marks.some((m) => m.value.k === 'mission') || nameOnlyOther(a, i > 0 ? all[i - 1] : undefined, pubYear)));
  for (const a of [...ours, ...extra]) {
    if (claimedElsewhere(a, facts.city) || thatEarlierAttack(a, full[a.s.index - 1])) continue;
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
      const covers = claims.some((c) => (c.start >= n.start && c.start - n.end <= 5) || (c.end <= n.start && n.start - c.end <= 3)) || /claim|revendi|reivindi|atribu|adjudic|bekenn|bekann|تبن|مسؤولي|взял|ustlen/.test(a.s.tokens.slice(n.start, n.end).map((x) => x.n).join(' '));
      if (covers && claimed === null) { claimed = false; claimEv ??= a.s.text; }
    }
    const clauses = marks.some((m) => m.value.k === 'group') ? relativeClauses(a.s) : [];
    for (const g of marks) {
      if (g.value.k !== 'group') continue;
      const name = g.value.name;
      // "A little-known anti-Taliban group calling itself ...": the group it opposes is no actor.
      if (ANTI.has(a.s.tokens[g.start - 1]?.n ?? '') && hyphenated(a.s, g.start)) continue;
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
      // (Not the same group by its better-known name: "Jama'atu Ahlis Sunna ..., the faction better known as Boko Haram, claimed".)
      if (clauses.some(([x, y]) => g.start > x && g.end <= y && marks.some((o) => o.value.k === 'group' && o.end <= x + 1 && o.value.name !== name) && !a.s.tokens.slice(x, y).some((w) => SELF_WORDS.has(w.n)))) continue;
      // "The M23 rebels, who have controlled Goma since January, blamed the shelling on Wazalendo militias": the group that
      // opens the sentence and blames, in the active voice, blames another.
      if (g.start <= 2 && activeBlameAfter(a.s, g)) continue;
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
      // (Not across a comma: "signed by the Informal Anarchist Federation, police said".)
      if (nextTok && (STATE_BODY.has(nextTok.n) || (nextTok.n === 's' && STATE_BODY.has(a.s.tokens[g.end + 1]?.n ?? ''))) && !commaBefore(a.s, g.end)) continue;
      // (Unless it names the group's outlet telling the attack: "the Islamic State-linked Amaq agency said its fighters".)
      const outlet = !strict && outletClaim(a, marks, g);
      if (nextTok && MODIFIER_AFTER.has(nextTok.n) && /^\s*[-‐–]\s*$/.test(a.s.text.slice(a.s.tokens[g.end - 1]!.end, nextTok.start)) && !outlet) {
        // ("the shooter belonged to a Hamas-linked cell": an unnamed cell or band tied to the group, the only group named.)
        if (!strict && linkedUnnamed(a.s.tokens, marks, g) && !groups.includes(name)) { groups.push(name); groupEv ??= a.s.text; }
        continue;
      }
      let inApposition = false;
      // ("insurgents linked to al Qaeda and Islamic State": the second of two coordinated names is in the tie too.)
      const head = marks.find((o) => o.value.k === 'group' && o.end < g.start && coordinated(a.s, o, g)) ?? g;
      for (let k = Math.max(0, head.start - tieReach(a.s.tokens, head)); k < head.start; k++) if (APPOSITION.has(a.s.tokens[k]!.n) && !hyphenated(a.s, k)) inApposition = true;
      // "JNIM, al-Qaeda's affiliate in the Sahel, claimed": the group another one is described by.
      if (commaBefore(a.s, g.start) && a.s.tokens[g.end]?.n === 's' && APPOSITION.has(a.s.tokens[g.end + 1]?.n ?? '')) inApposition = true;
      // ("X, an al-Qaeda affiliate, claimed", "X, a branch of al-Qaeda,": likewise.)
      if (inAffiliateApposition(a.s, marks, g)) inApposition = true;
      // ("X, one of the armed groups fighting for ... regions, claimed the attack": a long apposition, then the verb.)
      const verbAt = commaBefore(a.s, g.end) ? closingComma(a.s, g.end + 1, 25) : -1;
      // ("Die Al-Schabab-Miliz hat den Anschlag am Montag in einer ... Erklärung für sich reklamiert": German puts the
      // participle at the clause's end, after an auxiliary right behind the subject; no comma between.)
      const v2 = V2_AUX.has(a.s.tokens[g.end]?.n ?? '') || (GROUP_APPOSITION.has(a.s.tokens[g.end]?.n ?? '') && V2_AUX.has(a.s.tokens[g.end + 1]?.n ?? ''));
      // ("حمّل «X» مسؤوليته": "held X responsible for it", the blame's verb before the group and its noun after.)
      const heldToAccount = marks.some((b) => b.value.k === 'blame' && HELD.has(a.s.tokens[b.start]!.n) && b.end <= g.start && g.start - b.end <= 1);
      const claimAfter = inApposition || heldToAccount ? undefined : claims.find((c) => c.start >= g.end && (c.start - g.end <= 14 || (verbAt > 0 && c.start >= verbAt && c.start - verbAt <= 1) || (v2 && c.start - g.end <= 24 && closingComma(a.s, g.end + 1, c.start - g.end) < 0)) && !negatedClaim(noclaims, c) && claimVerb(a.s, c) && !pastClaimOfGroup(a.s, clauses, g, c) && !withheld(a.s.tokens, c.start) && !habitualObject(a.s.tokens, c, g) && !marks.some((o) => o.value.k === 'group' && o.start > g.end && o.start < c.start && (c.start - o.end <= 5 && !a.s.tokens.slice(Math.max(0, o.start - 3), o.start).some((t) => APPOSITION.has(t.n)) && !inAffiliateApposition(a.s, marks, o) && !coordinated(a.s, g, o) && !translation(a.s, marks, o))));
      // ("claimed by a group calling itself X": the claim before the naming; "تبنت جماعة مسلحة غير معروفة سابقاً تطلق على
      // نفسها اسم «X»": a longer one when the group names itself.)
      const named = selfNaming(a.s.tokens, g.start);
      // ("وتبنت جماعة تطلق على نفسها اسم X الهجوم": "a group calling itself X" between the claim and the name.)
      // ("ein Bekennerschreiben einer bislang unbekannten Gruppe namens X": the name right after a naming word.)
      const namedAs = NAMING.has(a.s.tokens[g.start - 1]?.n ?? '') || (INDEFINITE_OR_THE.has(a.s.tokens[g.start - 1]?.n ?? '') && NAMING.has(a.s.tokens[g.start - 2]?.n ?? ''));
      // ("L'attaque a été revendiquée dans la nuit par l'État islamique": the agent after an adverbial of time.)
      const agentBefore = BY.has(a.s.tokens[g.start - 1]?.n ?? '') || (BY.has(a.s.tokens[g.start - 2]?.n ?? '') && ARTICLE.has(a.s.tokens[g.start - 1]!.n));
      // (Not the group in apposition after the claimant: "وتبنت حركة الشباب، المرتبطة بتنظيم القاعدة، الهجوم".)
      const claimBefore = inApposition ? undefined : claims.find((c) => c.end <= g.start && (g.start - c.end <= 4 || (named >= 0 && named - c.end <= 3) || (g.start - c.end <= 7 && namedAs) || (g.start - c.end <= 10 && a.s.tokens.slice(c.end, g.start).some((x) => SELF_WORDS.has(x.n))) || agentGroup(a.s.tokens, c, g) || (agentBefore && g.start - c.end <= 8 && closingComma(a.s, c.end, g.start - c.end) < 0)) && !negatedClaim(noclaims, c) && !withheld(a.s.tokens, c.start) && !habitualObject(a.s.tokens, c, g));
      // ("accuses Rwanda of backing the M23": the blame is the country's, the group only its protégé.)
      // ("a attribué l'attaque à des membres de la coalition de gangs X": further when a group noun introduces the name.)
      // ("à des membres de la coalition armée X": the group noun, then its adjective.)
      const blameReach = GROUP_NOUNS.has(a.s.tokens[g.start - 1]?.n ?? '') || GROUP_NOUNS.has(a.s.tokens[g.start - 2]?.n ?? '') ? 12 : 8;
      const blameBefore = marks.find((b) => b.value.k === 'blame' && b.end <= g.start && blameReaches(a.s, b, g, blameReach) && !afterEarlierEvent(marks, b) && !killedByForces(a.s.tokens, b, g) && !ruledBy(a.s.tokens, b) && !officialNoun(a.s.tokens, b) && !otherObject(a.s, marks, b, g) && !withheld(a.s.tokens, b.start) && !marks.some((o) => (o.value.k === 'country' || o.value.k === 'city') && o.start >= b.end && o.end <= g.start && a.s.tokens.slice(o.end, g.start).some((x) => ACCUSED_OF.has(x.n))));
      // "crowds angered by the fall of Goma to M23 rebels attacked the embassies": the crowd's grievance, not the attacker.
      if (!claims.length && (a.s.tokens.slice(Math.max(0, g.start - 12), g.start).some((x) => PROTEST.has(x.n) || ANGERED.has(x.n)) || crowdDenounced(a, g))) continue;
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
        marks.some((x) => (x.value.k === 'attacker' || (x.value.k === 'cue' && x.value.type === 'suicide_attack')) && x.start >= g.end && x.start - g.end <= 1 && (x.value.k === 'cue' || (g.start <= a.s.datelineTokens + 2 && marks.some((c) => (c.value.k === 'cue' || c.value.k === 'blame' || c.value.k === 'killed' || c.value.k === 'wounded') && c.start >= x.end)) || BY.has(a.s.tokens[g.start - 1]?.n ?? '') || BY.has(a.s.tokens[g.start - 2]?.n ?? '') || marks.some((c) => c.value.k === 'cue' && c.start >= x.end && c.start - x.end <= 6))) ||
        attackersOf(a.s.tokens, marks, g) || subjectOfAttack(a.s, marks, g);
      const selfClaim = !strict && !inApposition && !claimAfter && !claimBefore && saysItDidIt(a, g);
      // "A caller said the bombing was the work of X": a claim made by telephone.
      const calledIn = !strict && byCaller && blameBefore !== undefined;
      // "A man who said he was speaking for X ... said the group had carried out the raid", "a statement in the
      // name of X claimed responsibility": someone speaking as the group.
      // "The group, which calls itself X, said it had targeted the consulate", "students who called themselves X said":
      // attackers naming themselves and speaking.
      // (Not the speaker after a closing quote: '"... a group calling itself X were behind the attack," the police spokesman said'.)
      // ('Eine Gruppe, die sich „X“ nennt, bezeichnete den Anschlag als Antwort auf ...': it called the attack its answer.)
      const selfNamed = !strict && (selfNaming(a.s.tokens, g.start) >= 0 || a.s.tokens[g.end]?.n === 'nennt') && a.s.tokens.slice(g.end).some((x) => (SAID.has(x.n) || SELF_NAMED_SPEAKS.has(x.n)) && !QUOTE_CLOSED.test(a.s.text.slice(a.s.tokens[g.end - 1]!.end, x.start)));
      const asTheGroup = (!inApposition && onBehalfOf(a.s.tokens, g.start) && (claims.length > 0 || marks.some((m) => m.value.k === 'blame' && OWN_BLAME_AFTER.has(a.s.tokens[m.start]!.n) && m.start > g.end && !a.s.tokens.slice(g.end, m.start).some((x) => SELF_NEG.has(x.n))))) || selfNamed;
      // ("L'attaque a été revendiquée ... par Wilnès Dorval, ..., un chef de gang membre de la coalition Viv Ansanm": the
      // claimant is one of the group's leaders or members.)
      const memberClaim = !strict && (claims.some((c) => c.end <= g.start && !negatedClaim(noclaims, c)) || leaderSaysHisMenDidIt(a, g)) && memberOf(a.s.tokens, g);
      if (claimAfter || claimBefore || selfClaim || calledIn || asTheGroup || outlet || memberClaim) {
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
      // ("Ankara accuses the PUK of harbouring fighters of the PKK": the group helped, by its members too.)
      const helped = marks.some((b) => b.value.k === 'blame' && b.end <= g.start && accusedOfHelping(a.s.tokens, b, g));
      const conditional = CONDITIONAL.has(a.s.tokens[g.start - 1]?.n ?? '') || (ARTICLE_BEFORE_NAME.has(a.s.tokens[g.start - 1]?.n ?? '') && CONDITIONAL.has(a.s.tokens[g.start - 2]?.n ?? ''));
      if (claimAfter || claimBefore || selfClaim || asTheGroup || outlet || memberClaim || (!strict && !inApposition && !conditional && !helped && blamed) || tiedAttackers) {
        // ("the FARC dissident faction known as the Estado Mayor Central": the name the faction goes by.)
        const who = knownAs(a.s.tokens, marks, g) ?? name;
        if (!groups.includes(who)) groups.push(who);
        groupEv ??= a.s.text;
      }
    }
    // ("Un groupe se présentant comme anarchiste a revendiqué samedi l'attentat", "A little-known group claimed the
    // attack": an unnamed group as the claim's subject.)
    if (claimed !== true && !strict && claims.some((c) => !negatedClaim(noclaims, c) && claimVerb(a.s, c) && unnamedGroupClaims(a.s.tokens, c))) {
      claimed = true;
      claimEv = a.s.text;
      claimedWithoutGroup = true;
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
      // (Only a sentence with a denial of a claim can say so: the others are out before their clauses are read.)
      if (a.s.isTitle || a.s.noise || !a.marks.some((m) => m.value.k === 'noclaim')) continue;
      // ("El EI reivindicó el año pasado un atentado ..., pero el ataque del domingo no ha sido reivindicado": a background
      // sentence counts by its last clause, when a turn or comma opens it and no background word or year is in it.)
      const from = all.includes(a) ? 0 : freshLastClause(a);
      if (from < 0) continue;
      const claims = a.marks.filter((m) => m.value.k === 'claim' && m.start >= from);
      // ("Ein Bekennerschreiben lag nach Angaben der Ermittler zunächst nicht vor", "Bekannt hat sich zu dem Angriff
      // bislang niemand": German puts "nicht" or the subject "niemand" at the clause's end.)
      const hit = a.marks.some((n) => n.value.k === 'noclaim' && n.start >= from && (claims.some((c) => (c.start >= n.start && c.start - n.end <= 5) || (c.end <= n.start && n.start - c.end <= (a.s.tokens[n.start]!.n === 'nicht' || a.s.tokens[n.start]!.n === 'niemand' ? 8 : 3))) || /claim|revendi|reivindi|pronunci|forward|bekenn|bekann|تبن|مسؤولي/.test(a.s.tokens.slice(n.start, n.end).map((x) => x.n).join(' ')) || saidItDidIt(a.s.tokens, n.end)));
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
