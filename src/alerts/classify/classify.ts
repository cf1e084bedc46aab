// The classifier: finds the sentences that report an attack on a diplomatic mission and
// extracts the incident's facts from them. Pure code over the word lists in lexicon.ts and the
// Knowledge handed in; one dictionary pass per sentence, no regex per entry. This file runs the
// steps; the modules beside it hold them (marks, relevance, background, places, attack-types, groups).
import { type ArticleText, type Classification, type Classifier, emptyFacts, type Evidence } from '../types.js';
import type { Knowledge } from './knowledge.js';
import { mayHold, PhraseIndex, type Sentence, splitSentences, type Token, WORD } from './text.js';
import { datesIn, findDates, noonUtc } from './dates.js';
import { ARTICLE_ONE, findCasualties, INTRANSITIVE } from './casualties.js';
import { extractTypes } from './attack-types.js';
import { blamingPlace, crowdGrievance, datedBack, datedElsewhere, definiteCue, habitualHistory, inBlameTail, inClause, isBackgroundAttack, numberLike, openedSinceYear, otherBattle, ownBackground, periodsLater, quotedInClaim, retoldLead, runningToll, sinceMonth, softEarlier, speakerPlace, victimsHospital } from './background.js';
import { blamedStates, extractGroups } from './groups.js';
import { type Analysis, articleAcronyms, buildIndex, type Mark, resolveBareCongo, type Tag } from './marks.js';
import { countriesOfLinks, extractPlace, extractTargets, placedElsewhere, thereElsewhere, tollPlacedElsewhere } from './places.js';
import { analyse, anchoredRecent, commaBefore, contrastedAway, distanceFrom, pastYearIn, possessivePart, relativeClauses, tollUpdate, yearsIn } from './relevance.js';
import { ACCIDENT, ACCIDENT_PAIRS, ANAPHORA_DEFINITE, ARABIC, DEFINITE, MISSION_NOUNS, MISSION_TAG, MONTHISH, NOT, RULED_OUT_ACCIDENT, TARGET_NOUN, WHOSE } from './words.js';

export function createClassifier(knowledge: Knowledge): Classifier {
  const idx = buildIndex(knowledge);
  return (article) => classifyWith(idx, knowledge, article);
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

const IN_THE = new Set(['in', 'bei', 'dans', 'en', 'nell', 'nel', 'no', 'na', 'lors', 'durante', 'wahrend']);
/**
 * "kamen bei dem Anschlag sechs Menschen ums Leben", "six people died in the attack", "The explosion killed three
 * people": a toll of the attack, definite (or the definite attack as the toll's subject, opening the sentence).
 */
function tollInTheAttack(a: Analysis): boolean {
  const t = a.s.tokens;
  const first = a.s.datelineTokens;
  return a.marks.some((c) => c.value.k === 'cue' && ANAPHORA_DEFINITE.has(t[c.start - 1]?.n ?? '') && (IN_THE.has(t[c.start - 2]?.n ?? '') || (c.start - 1 === first && a.marks.some((k) => (k.value.k === 'killed' || k.value.k === 'wounded') && k.start === c.end))));
}
const FIRE = new Set(['fire', 'blaze', 'incendie', 'incendio', 'feuer', 'brand', 'حريق']);
/** A bang or a fire, no weapon named: "a gas cylinder exploded", "un incendie s'est déclaré", "una explosión". */
const bareBang = (t: readonly Token[], c: Mark): boolean => c.value.k === 'cue' && (c.value.explosion === true || (c.value.type === 'arson_mob' && FIRE.has(t[c.start]!.n)));
const CRIME = new Set(['foul', 'attack', 'sabotage', 'criminal', 'criminelle', 'criminel', 'atentado', 'attentat', 'anschlag', 'brandstiftung', 'fremdverschulden', 'terrorism', 'terrorist', 'arson', 'intencional', 'هجوم', 'ارهابي']);
const NEGATION = new Set([...NOT, 'ne', 'n', 'kein', 'keine', 'keinen']);
/** A witness's first, wrong guess: "I thought it was a transformer", "Pensé que era un transformador". */
const MISTAKEN = new Set(['thought', 'assumed', 'pense', 'pensait', 'pensais', 'croyais', 'croyait', 'crut', 'pensaba', 'crei', 'creia', 'creyo', 'dachte', 'dachten', 'glaubte', 'glaubten', 'ظننت', 'ظن', 'اعتقدت']);
/** The accident word at k denied, ruled out or a wrong guess: "not an accident", "ruled out an accident", "I thought it was a transformer". */
function accidentNegated(t: readonly Token[], k: number): boolean {
  return t.slice(Math.max(0, k - 4), k).some((x) => NEGATION.has(x.n) || RULED_OUT_ACCIDENT.has(x.n) || MISTAKEN.has(x.n)) || NOT.has(t[k + 1]?.n ?? '');
}
/** A sentence that tells an accident: "the blast was accidental", "un court-circuit est à l'origine du feu", "police ruled out foul play", "los bomberos descartaron un atentado" (not "descartaron una fuga de gas"). */
function accidentTold(s: Sentence): boolean {
  // (Every rule below starts from a word of ACCIDENT_WORDS.)
  if (!mayHold(s, WORD.accident)) return false;
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const n = t[k]!.n;
    const pair = k + 1 < t.length && (ACCIDENT_PAIRS.has(n + ' ' + t[k + 1]!.n) || ACCIDENT_PAIRS.has(n + ' ' + (t[k + 2]?.n ?? '')));
    if ((ACCIDENT.has(n) || pair) && !accidentNegated(t, k)) return true;
    if (RULED_OUT_ACCIDENT.has(n) && !t.slice(Math.max(0, k - 3), k + 3).some((x) => NEGATION.has(x.n)) && t.slice(Math.max(0, k - 5), k + 6).some((x) => CRIME.has(x.n))) return true;
  }
  return false;
}
const LOST = new Set(['perdue', 'perdues', 'perdida', 'perdidas', 'perdido', 'perdidos']);
/** "stray bullets", "des balles perdues": a cue of fire aimed elsewhere. */
function strayCue(t: readonly Token[], c: Mark): boolean {
  return t[c.start - 1]?.n === 'stray' || LOST.has(t[c.end]?.n ?? '');
}
/**
 * "The French and Spanish embassies have reported stray bullets hitting their premises", "des balles perdues": fire
 * aimed elsewhere that reached a mission is no attack on it; such a link goes.
 */
function dropStrayFire(analyses: Analysis[]): void {
  for (const a of analyses) {
    if (a.links.length === 0) continue;
    const t = a.s.tokens;
    const strays = a.marks.filter((c) => c.value.k === 'cue' && strayCue(t, c));
    if (strays.length === 0) continue;
    // (And the verb the stray fire takes: "stray bullets had hit its premises".)
    dropLinks(a, (c) => strays.includes(c) || (c.value.k === 'cue' && c.value.type === null && strays.some((x) => c.start >= x.end && c.start - x.end <= 3)));
  }
}
/** "Ce jour-là", "On that day", "An diesem Tag": a sentence opening on the day the sentence before named. */
const THAT_DAY = [['that', 'day'], ['on', 'that', 'day'], ['that', 'night'], ['that', 'morning'], ['that', 'evening'], ['ce', 'jour', 'la'], ['cette', 'nuit', 'la'], ['ce', 'matin', 'la'], ['ce', 'soir', 'la'],
  ['ese', 'dia'], ['aquel', 'dia'], ['esa', 'noche'], ['esa', 'manana'], ['aquella', 'manana'], ['an', 'diesem', 'tag'], ['an', 'jenem', 'tag'], ['in', 'jener', 'nacht'], ['an', 'jenem', 'morgen']];
/**
 * "Le traumatisme fondateur reste le 2 mars 2018. Ce jour-là, des hommes armés avaient attaqué l'ambassade": the day
 * named before is an earlier year's, so the attack told on it is old.
 */
function dropThatDay(analyses: Analysis[], pubYear: number | null): void {
  if (pubYear === null) return;
  for (let i = 1; i < analyses.length; i++) {
    const a = analyses[i]!;
    if (a.links.length === 0) continue;
    const t = a.s.tokens;
    if (!THAT_DAY.some((p) => p.every((w, k) => t[k]?.n === w))) continue;
    // (The nearest sentence before that names a year, a byline or a caption between: up to four back.)
    const before = analyses.slice(Math.max(0, i - 4), i).reverse().find((b) => !b.s.noise && !b.s.isTitle && yearsIn(b.s).length > 0);
    if (!before || !pastYearIn(before.s, pubYear)) continue;
    dropLinks(a, () => true);
    a.blockedFrame = 'old';
  }
}
/** An explicit date in the sentence within the six weeks before publication ("on the night of November 3"). */
function datedRecent(s: Sentence, pub: Date | null): boolean {
  if (pub === null) return false;
  return datesIn(s, pub).some((d) => d.explicit && d.date.getTime() <= pub.getTime() && pub.getTime() - d.date.getTime() <= 42 * 86_400_000);
}
/** Drops a sentence's links whose cue fails; with none left it no longer counts for relevance. */
function dropLinks(a: Analysis, drop: (cue: Mark) => boolean): void {
  a.links = a.links.filter((l) => !drop(l.c));
  if (a.links.length === 0) a.strength = 0;
}
/**
 * "A gas cylinder exploded in the kitchen of the Indonesian embassy ... Fire officials said the blast was accidental":
 * a bang or a fire at a mission that the article tells as an accident is no attack; its links go (a named weapon stays).
 */
function dropAccidents(analyses: Analysis[]): void {
  if (!analyses.some((a) => a.links.some((l) => bareBang(a.s.tokens, l.c)))) return;
  if (!analyses.some((a) => !a.s.noise && accidentTold(a.s))) return;
  for (const a of analyses) if (a.links.some((l) => bareBang(a.s.tokens, l.c))) dropLinks(a, (c) => bareBang(a.s.tokens, c));
}

/**
 * "City briefs: Metro timings extended; bomb hurled at Iranian consulate gate; ORR crash kills three": a headline
 * listing three or more stories keeps only the marks of the item that links the mission (the place and toll of the
 * others are theirs).
 */
function keepLinkedBrief(title: Analysis | undefined): boolean {
  if (!title?.s.isTitle || title.links.length === 0) return false;
  const text = title.s.text;
  const cuts: number[] = [];
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) cuts.push(i);
  if (cuts.length < 2) return false;
  const t = title.s.tokens;
  const item = (m: Mark): number => {
    let k = 0;
    while (k < cuts.length && cuts[k]! < t[m.start]!.start) k++;
    return k;
  };
  const linked = item(title.links[0]!.m);
  if (title.links.some((l) => item(l.m) !== linked || item(l.c) !== linked)) return false;
  title.marks = title.marks.filter((m) => item(m) === linked);
  return true;
}

/** A definite attacker ("the suspect", "the 29-year-old gunman") as the subject of a background sentence, no other event named. */
function ourAttackersPast(a: Analysis): boolean {
  const t = a.s.tokens;
  if (a.links.length > 0 || a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'mission' || m.value.k === 'city' || m.value.k === 'other')) return false;
  return a.marks.some((m) => m.value.k === 'attacker' && m.start <= 12 && /[^s]$/.test(t[m.start]!.n) && t.slice(Math.max(0, m.start - 4), m.start).some((x) => x.n === 'the'));
}
const ALSO = new Set(['also', 'aussi', 'egalement', 'tambien', 'auch', 'ايضا']);
/** Words after "a" that go on with the attack told before: "a second explosion", "une nouvelle explosion". */
const NEXT_OF_OURS = new Set(['second', 'third', 'further', 'follow', 'seconde', 'deuxieme', 'nouvelle', 'nouvel', 'segunda', 'segundo', 'nueva', 'nuevo', 'zweite', 'zweiter', 'weitere', 'weiterer']);
/** An attack brought in with an indefinite article ("An Israeli drone strike"), not a further one of ours. */
function newAttackItem(a: Analysis): boolean {
  const t = a.s.tokens;
  return a.marks.some((c) => {
    if (c.value.k !== 'cue') return false;
    const from = Math.max(0, c.start - 4);
    const art = t.slice(from, c.start).findIndex((x) => ARTICLE_ONE.has(x.n));
    return art >= 0 && !t.slice(from + art + 1, c.start).some((x) => NEXT_OF_OURS.has(x.n) || ALSO.has(x.n));
  });
}
/** "last year", "l'an dernier", "that year", "two years ago": a background word that dates its event a year or more back. */
const YEAR_NOUNS = new Set(['year', 'years', 'an', 'ans', 'ano', 'anos', 'jahr', 'jahren', 'عام', 'سنه']);
function yearsBack(s: Sentence, m: Mark): boolean {
  const t = s.tokens;
  if (t[m.start]!.n === 'ago') return YEAR_NOUNS.has(t[m.start - 1]?.n ?? '');
  for (let i = m.start; i < m.end; i++) if (YEAR_NOUNS.has(t[i]!.n)) return true;
  return false;
}
/** A live blog's time stamp, then a topic: "15:58 GMT - Basra protests", "09:10 – Reaction in Doha". */
const TIMED_TOPIC = /^\s*\d{1,2}[:.h]\d{2}(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?\s*[-–—|:]\s*\p{L}/u;
/** Marks that make a live blog's heading one of the story's own entries. */
const STORY_HEADING = new Set<Mark['value']['k']>(['cue', 'mission', 'killed', 'wounded', 'group', 'claim', 'noclaim', 'blame', 'attacker']);
/** A short line without a sentence's closing stop: a heading inside the body. */
const sectionHeading = (s: Sentence): boolean => s.tokens.length <= 12 && !endsWithStop(s.text);
const STOPS = new Set(['.', '!', '?', ':', ';', ',', '"', '”', '»']);
const SPACE = /\s/;
/** Whether the text's last character but white space is a stop (/[.!?:;,"”»]\s*$/ read from the end, not tried at every position). */
function endsWithStop(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  return i >= 0 && STOPS.has(text[i]!);
}
/** Headline frames under which a lead attack sentence must be dated to count: retrospectives, plots, cyber, denials. */
const NOT_NEWS_TITLE = new Set<Analysis['blockedFrame']>(['past', 'old', 'threat', 'cyber', 'negated', 'verbal']);
/** "The attack took place / happened / occurred on Saturday", "L'attaque a eu lieu", "El ataque se produjo", "Der Anschlag ereignete sich". */
const HAPPENED = new Set(['took', 'happened', 'occurred', 'unfolded', 'began', 'started', 'a', 'se', 'ocurrio', 'tuvo', 'ereignete', 'fand', 'geschah', 'وقع']);
/** "another group", "un autre groupe": more of the same crowd. */
const CROWD_PART = new Set(['group', 'groups', 'crowd', 'groupe', 'groupes', 'foule', 'cortege', 'grupo', 'grupos', 'multitud', 'gruppe', 'menge']);
/**
 * Words that open another event's phrase ("In a separate attack", "Another bomb", "sem ligação com o ataque", "not
 * linked to the attack"); "similar attacks" may be a threat.
 */
const SEPARATE_EVENT = new Set(['another', 'separate', 'unrelated', 'sem', 'sin', 'sans', 'not', 'ohne', 'une', 'un', 'otro', 'otra', 'einen', 'ein', 'einem', 'incident', 'incidente', 'separaten', 'منفصل', 'منفصله', 'unabhangig', 'anderen', 'altro', 'episodio', 'outro']);
/** The first n tokens' normal forms, joined by spaces (a loop: map in optimised code deoptimised the join after it). */
function firstWords(t: readonly Token[], n: number): string {
  let out = '';
  for (let i = 0; i < n && i < t.length; i++) out += (i > 0 ? ' ' : '') + t[i]!.n;
  return out;
}
const FACT_CHECK = /^(?:fact ?check|fact checking|factcheck|faktencheck|faktenfinder|verificacion|verificado|vrai ou faux|desintox|infox|intox)\b/;
/** A fact check's headline: its label opens it ("Fact check: ...", "Faktencheck:", "Vrai ou faux ?"). */
function factCheckTitle(a: Analysis | undefined): boolean {
  if (!a?.s.isTitle || a.s.tokens.length === 0) return false;
  // (Every label opens with f, v, d or i: most headlines are out before their words are joined.)
  const c0 = a.s.tokens[0]!.n.charCodeAt(0);
  if (c0 !== 102 && c0 !== 118 && c0 !== 100 && c0 !== 105) return false;
  return FACT_CHECK.test(firstWords(a.s.tokens, 3));
}
const OPINION = /^(?:opinion|op ed|oped|editorial|commentary|column|tribune|meinung|kommentar|gastbeitrag|رأي|راي)$/;
/** An opinion piece's headline, its label first and set off ("Opinion: The fortress embassy ...", "Op-Ed |", "Tribune :"). */
function opinionTitle(a: Analysis | undefined): boolean {
  if (!a?.s.isTitle || a.s.tokens.length < 3) return false;
  const label = a.s.tokens[1]!.n === 'ed' ? 2 : 1;
  return OPINION.test(firstWords(a.s.tokens, label)) && /^\s*[:|–—-]/.test(a.s.text.slice(a.s.tokens[label - 1]!.end));
}
/** A background attack's sentence, unless it is the lead the article retells (see retoldLead). */
function backgroundBut(a: Analysis, retold: Analysis | null, pubYear: number | null): boolean {
  return a !== retold && isBackgroundAttack(a, pubYear);
}
/**
 * A roundup's other attacks: a linked body sentence past the lead, not the first linked one, whose links are all
 * placed in other countries than the first link's (mainCountry).
 */
function inOtherCountry(kb: Knowledge, a: Analysis, mainCountry: string, firstLinked: Analysis | undefined, lead: Analysis[]): boolean {
  if (a === firstLinked || a.s.isTitle || a.links.length === 0 || lead.includes(a)) return false;
  return !(countriesOfLinks(kb, a) ?? [mainCountry]).includes(mainCountry);
}
// The tests that order and filter our sentences once the attack is dated: module functions, not closures made per
// article (tsx keeps names, so each closure made at run time costs a defineProperty call too).
/**
 * "Costa Rica recalled its ambassador on Wednesday, three days after masked men hurled gasoline bombs at its
 * embassy": the day named is the later event's; such sentences date the attack last.
 */
function laterEvent(a: Analysis): boolean {
  return a.links.length > 0 && a.marks.some((r) => r.value.k === 'afterRef' && a.links.every((l) => l.c.start >= r.end));
}
/**
 * "Amak verbreitete am Freitagabend eine Erklärung, in der ... die Tat für sich beanspruchte. Bei dem Anschlag am
 * Donnerstag ...": a claim's day is when it came; an unlinked sentence that only reports a claim dates last.
 */
function claimOnly(a: Analysis): boolean {
  return a.marks.some((m) => m.value.k === 'claim') && !a.marks.some((m) => m.value.k === 'cue');
}
/**
 * "The suspect was detained on Sunday night. ... The attack took place on Saturday evening": a sentence telling when
 * the attack happened dates it before one on what followed.
 */
function namesAttack(a: Analysis): boolean {
  return a.marks.some((c) => c.value.k === 'cue' && HAPPENED.has(a.s.tokens[c.end]?.n ?? '') && definiteCue(a.s.tokens, c));
}
/**
 * "On Saturday, a crowd gathered outside the embassy, throwing stones. Some of them set fire to an embassy car": a
 * sentence naming the mission in the linked sentence's paragraph dates it before others.
 */
function besideLink(a: Analysis, linked: Analysis[]): boolean {
  return a.marks.some((m) => m.value.k === 'mission') && linked.some((l) => l.s.line === a.s.line);
}
/**
 * "... and a third succumbed to his injuries in hospital on October 22": a later day of a victim's death is this
 * attack's toll.
 */
function laterDeath(a: Analysis): boolean {
  return a.s.tokens.some((x) => INTRANSITIVE.has(x.n));
}
/**
 * "The protest had been called after guards shot dead two villagers on August 4": a sentence dated to another day
 * than the attack's (noon UTC, ms) tells another event's weapon and toll.
 * (Only sentences that name a month can carry such a date, and only a weapon or a toll matters here.)
 */
function datedAway(a: Analysis, day: number | null, pubDate: Date | null): boolean {
  return day !== null && a.marks.some((m) => m.value.k === 'cue' || m.value.k === 'killed' || m.value.k === 'wounded') && mayHold(a.s, WORD.month) && a.s.tokens.some((x) => MONTHISH.has(x.n)) && datesIn(a.s, pubDate, a.s.datelineTokens).some((d) => d.explicit && Math.abs(d.date.getTime() - day) > 1.5 * 86_400_000 && !(d.date.getTime() > day && laterDeath(a)));
}
/** The days from the attack's to those a sentence names by a weekday or "yesterday" (not an explicit date). */
function relativeDaysFromAttack(a: Analysis, day: number | null, pubDate: Date | null): number[] {
  if (day === null || !mayHold(a.s, WORD.dateWord)) return [];
  const gaps: number[] = [];
  for (const d of datesIn(a.s, pubDate, a.s.datelineTokens)) if (!d.explicit) gaps.push((d.date.getTime() - day) / 86_400_000);
  return gaps;
}
/**
 * "13:30 — Recap of yesterday's violence in Kenscoff: ... gang members killed 12 people": a toll told for a day
 * before the attack's, said as a weekday or "yesterday", in another town than the attack's city, is an earlier event's.
 */
function tollDatedBefore(a: Analysis, day: number | null, pubDate: Date | null, city: string | null): boolean {
  return day !== null && a.marks.some((m) => m.value.k === 'killed' || m.value.k === 'wounded') && a.marks.some((m) => m.value.k === 'city' && m.value.city.name !== city) && relativeDaysFromAttack(a, day, pubDate).some((g) => g < -0.5);
}
/**
 * "On Thursday, two fishermen were killed when a navy patrol fired on their canoe", two days after the attack: a
 * toll with an attack of its own in a "when" clause, on a weekday away from the attack's and at no mission, is
 * another event's; not "a guard died of his wounds on Thursday".
 */
function ownAttackOtherDay(a: Analysis, day: number | null, pubDate: Date | null): boolean {
  return day !== null && a.marks.some((m) => (m.value.k === 'killed' || m.value.k === 'wounded') && a.s.tokens[m.end]?.n === 'when' && a.marks.some((c) => c.value.k === 'cue' && c.start > m.end)) && !a.marks.some((m) => m.value.k === 'mission') && !laterDeath(a) && relativeDaysFromAttack(a, day, pubDate).some((g) => Math.abs(g) > 1.5);
}
function classifyWith(idx: PhraseIndex<Tag>, kb: Knowledge, article: ArticleText): Classification {
  const pub = article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : null;
  const pubYear = pub ? Number(pub.slice(0, 4)) : null;
  const pubDate = pub ? new Date(noonUtc(pub)) : null;
  const sentences = splitSentences(article.title, article.text);
  // (Arrays read across functions are built by push, not by map: map in optimised code builds a holey array, another
  // hidden class, and every reader that met one was deoptimised.)
  const analyses: Analysis[] = [];
  for (const s of sentences) analyses.push(s.noise ? { s, marks: [], links: [], blockedFrame: null, state: null, strength: 0 } : analyse(idx, s, pubYear, pubDate));

  const briefsTitle = keepLinkedBrief(analyses[0]);
  articleAcronyms(analyses);
  resolveBareCongo(analyses);
  linkAnaphora(analyses);
  dropAccidents(analyses);
  dropStrayFire(analyses);
  dropThatDay(analyses, pubYear);
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
    // ("Two crude bombs, lobbed over the wall of the Japanese embassy on the night of November 3": a date of the last
    // weeks said in full is as good as a weekday.)
    else if (bodySeen <= 3) { w *= 1.2; if (!titleNotNews || anchoredRecent(a.s) || a.accusedRecent || datedRecent(a.s, pubDate)) leadValid = true; }
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
  // "Fact check: Video of crowd scaling embassy wall is from Niamey in 2023, not Dakar this week": a verdict on a
  // claim, not a report of an attack (the claim it quotes links the mission and the attack).
  if (factCheckTitle(analyses[0])) score = Math.min(score, 1);
  // "Opinion: The fortress embassy has made diplomats safer": a view on attacks, not the report of one.
  if (opinionTitle(analyses[0])) score = Math.min(score, 1);
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
  // Whether that run was dated a year or more back ("a claim for an explosion at a checkpoint last year").
  let otherYearsBack = false;
  let prevLine = -2;
  // The paragraph whose toll sentence took the story back from a background run.
  let tollLine = -2;
  const retold = retoldLead(kb, analyses, pubYear);
  const firstLinked = analyses.find((a) => a.links.length > 0 && !backgroundBut(a, retold, pubYear)) ?? analyses.find((a) => a.links.length > 0);
  // A roundup's other attacks: "On Tuesday, ... killed in an attack on the consulate in Benghazi" under a story on Tunis.
  // (Not in the lead, which may place better what the headline named loosely: "Bali consulate bombing" over Denpasar.)
  const firstCountries = firstLinked ? countriesOfLinks(kb, firstLinked) : null;
  const mainCountry = firstCountries?.length === 1 ? firstCountries[0]! : null;
  // (The first three body sentences, gathered by a loop that stops there: no filtered copy of the article.)
  const lead: Analysis[] = [];
  for (let i = 0; i < analyses.length && lead.length < 3; i++) if (!analyses[i]!.s.isTitle && !analyses[i]!.s.noise) lead.push(analyses[i]!);
  // (Found once: asked of each linked sentence on the topic track, then for the main attack's sentences.)
  const elsewhere: Analysis[] = [];
  if (mainCountry !== null) for (const a of analyses) if (inOtherCountry(kb, a, mainCountry, firstLinked, lead)) elsewhere.push(a);
  for (const a of analyses) {
    if (a.s.noise) continue;
    // A cue inside ", which bombed a court in 2003," recounts the antecedent's past, not this story's event.
    const rel = a.marks.some((m) => m.value.k === 'cue' || m.value.k === 'bg') ? relativeClauses(a.s) : [];
    const hasCue = a.marks.some((m) => m.value.k === 'cue' && !inClause(rel, m));
    const hasMission = a.marks.some((m) => m.value.k === 'mission');
    // "In a separate attack in Kandahar, ...": another event (not "another 30 people were wounded"; but "in an unrelated
    // incident, seven people were shot dead" is one).
    // (Nor "Un autre groupe, qui tentait de rejoindre l'ambassade des États-Unis, a été refoulé": another part of the crowd.)
    const separate = a.links.length === 0 && a.marks.some((m) => m.value.k === 'otherEvent' && SEPARATE_EVENT.has(a.s.tokens[m.start]!.n) && !(numberLike(a.s.tokens[m.end]?.n ?? '') && !commaBefore(a.s, m.end)) && !CROWD_PART.has(a.s.tokens[m.end]?.n ?? ''));
    // "X, which has been blamed for last year's attack on a hotel": the antecedent's past, not this sentence's.
    const bg = separate || a.marks.some((m) => m.value.k === 'bg' && !softEarlier(a.s, m) && !inClause(rel, m)) || datedElsewhere(a, pubYear, rel) || sinceMonth(a.s) || openedSinceYear(a.s, pubYear) || runningToll(a) || habitualHistory(a.s) || periodsLater(a.s);
    if (a.links.length > 0) { state = (backgroundBut(a, retold, pubYear) && firstLinked !== a) || elsewhere.includes(a) ? 'other' : 'ours'; otherAttack = true; otherYearsBack = false; }
    // "The suspect ... had been known to the police for a previous assault conviction": our attacker's past, told
    // in passing; the story goes on after it (only that sentence is background).
    else if (bg && state === 'ours' && ourAttackersPast(a)) { a.state = 'other'; prevLine = a.s.line; continue; }
    else if (bg) {
      otherAttack = (state === 'other' && otherAttack) || a.marks.some((m) => m.value.k === 'cue');
      otherYearsBack = datedElsewhere(a, pubYear, rel) || a.marks.some((m) => m.value.k === 'bg' && yearsBack(a.s, m));
      state = 'other';
    }
    // (The other target near an attack word: not "the bomber was linked to X ... had raided two houses".)
    // (Nor one inside a group's name: "تنظيم القاعدة", where "قاعدة" is a base.)
    else if (hasCue && a.marks.some((m) => m.value.k === 'other' && !inClause(rel, m) && !inBlameTail(a, m) && !quotedInClaim(a, m) && !a.marks.some((g) => g.value.k === 'group' && g.start <= m.start && g.end >= m.end) && !speakerPlace(a.s, m) && !blamingPlace(a, m) && !victimsHospital(a, m) && a.marks.some((c) => c.value.k === 'cue' && !inClause(rel, c) && Math.abs(c.start - m.start) <= 10)) && !hasMission) {
      // "A nearby school was also set on fire": this sentence is about another target, the story goes on.
      a.state = 'other';
      continue;
    } else if (a.s.bullet && hasCue && !hasMission && newAttackItem(a)) {
      // "Summary: - An RPG hit the Syrian embassy ... - An Israeli drone strike on a car near Bint Jbeil killed two
      // people.": a list item that brings in an attack of its own is another event; the list goes on.
      a.state = 'other';
      continue;
    } else if (crowdGrievance(a) || otherBattle(a)) {
      a.state = 'other';
      continue;
    } else if (a.s.isTitle) state = null;
    // "Four killed in bus crash" under a headline of briefs: another item's heading, until one names the mission.
    else if (briefsTitle && sectionHeading(a.s) && !a.marks.some((m) => m.value.k === 'mission')) state = 'other';
    // A section heading that names the attack ("11:58 - What we know about the assault" in a live blog): the section
    // is about our attack again.
    else if (state === 'other' && sectionHeading(a.s) && a.marks.some((c) => c.value.k === 'cue' && DEFINITE.has(a.s.tokens[c.start - 1]?.n ?? '')) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other')) state = 'ours';
    // "15:58 GMT - Basra protests": a live blog's entry on another topic, no attack, mission or toll in its heading.
    // (Not "15:42 - Claim of responsibility", "14:10 - Interior Ministry gives toll": the story's own news.)
    else if (sectionHeading(a.s) && TIMED_TOPIC.test(a.s.text) && !a.marks.some((m) => STORY_HEADING.has(m.value.k)) && !a.s.tokens.some((x) => x.n === 'toll')) state = 'other';
    // "No embassy staff were hurt": back at the mission, and nothing says this is an older event.
    else if (state === 'other' && a.marks.some((m) => m.value.k === 'mission' && m.value.sub === 'mission') && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef')) state = 'ours';
    // A new paragraph after a background one, a toll dated today ("At least six people were killed in Monday's blast"): back to our attack.
    // Only that sentence: what follows may go on with the background.
    // ("Nach Angaben des Innenministeriums kamen bei dem Anschlag sechs Menschen ums Leben": the toll "in the attack",
    // the definite one, is our attack's too.)
    // ("zwei Schwerverletzte starben am Mittwoch im Krankenhaus": the hospital the victims died in is no other target.)
    // ("..., according to Tunisia's foreign ministry": the figure's source is no other target.)
    else if (state === 'other' && prevLine !== a.s.line && (tollUpdate(a.s) || tollInTheAttack(a)) && a.marks.some((m) => m.value.k === 'killed' || m.value.k === 'wounded') && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || (m.value.k === 'other' && !victimsHospital(a, m) && !speakerPlace(a.s, m)) || m.value.k === 'bg') && !datedBack(a.s, pubYear)) {
      a.state = 'ours';
      prevLine = a.s.line;
      tollLine = a.s.line;
      continue;
    // ("... kamen bei dem Anschlag sechs Menschen ums Leben. Elf Menschen wurden verletzt.": the toll goes on in the
    // paragraph's next sentence, a bare count of victims.)
    } else if (state === 'other' && tollLine === a.s.line && a.marks.length > 0 && a.marks.every((m) => m.value.k === 'killed' || m.value.k === 'wounded')) {
      a.state = 'ours';
      continue;
    // "A group calling itself X has claimed the attack in a Telegram post", a new paragraph after background: the
    // claim of "the attack" is this story's, as long as nothing dates it elsewhere. Only that sentence.
    // ("On Friday, two US officials said X had planned and carried out the strike": a blame dated to this week, too.)
    } else if (state === 'other' && prevLine !== a.s.line && a.marks.some((m) => m.value.k === 'claim' || (m.value.k === 'blame' && anchoredRecent(a.s))) && a.marks.some((c) => c.value.k === 'cue' && DEFINITE.has(a.s.tokens[c.start - 1]?.n ?? '')) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other' || m.value.k === 'bg') && !datedBack(a.s, pubYear)) {
      a.state = 'ours';
      prevLine = a.s.line;
      continue;
    // "He had been posted to the mission in January. Three police officers were also killed": after a background that
    // tells no attack, a toll added to the victims goes on with this story (not "Togo says six of its nationals died"
    // after riots told without an attack word).
    // "Switzerland has represented US interests since 1980 ... The protesters, several hundred of whom had gathered
    // outside the compound, ...": after a background that tells no attack, a sentence on the crowd or the attackers
    // named as known goes on with this story.
    } else if (state === 'other' && !otherAttack && a.marks.some((m) => (m.value.k === 'crowd' || m.value.k === 'attacker') && m.start <= 1 && DEFINITE.has(a.s.tokens[m.start - 1]?.n ?? '')) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other' || m.value.k === 'bg') && !datedBack(a.s, pubYear)) {
      state = 'ours';
    // "جاءت هذه الأحداث عقب ... وفاة ثلاثة سائقين" then a new paragraph "... تدخّلوا لتفريق المحتجين ... وقد أسفرت المواجهات عن
    // إصابة ثلاثة": after a trigger told without an attack, a toll beside this story's crowd is this story's.
    // (Not "Colectivos have been accused of ... intimidating opposition supporters ... in which 20 were killed": a blame.)
    } else if (state === 'other' && !otherAttack && prevLine !== a.s.line && a.marks.some((m) => m.value.k === 'killed' || m.value.k === 'wounded') && a.marks.some((m) => m.value.k === 'crowd') && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || (m.value.k === 'other' && !victimsHospital(a, m) && !speakerPlace(a.s, m)) || m.value.k === 'bg' || m.value.k === 'cue' || m.value.k === 'blame') && !datedBack(a.s, pubYear)) {
      state = 'ours';
    } else if (state === 'other' && !otherAttack && a.marks.some((m) => m.value.k === 'killed' || m.value.k === 'wounded') && a.s.tokens.some((x) => ALSO.has(x.n)) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other' || m.value.k === 'bg' || m.value.k === 'cue')) {
      state = 'ours';
    // "The embassy had been closed since January after threats. Police said the attackers belonged to X": after a
    // background that tells no attack, "the attackers", "the grenade" are this story's; a sentence attributing them
    // is ours (only that sentence).
    } else if (state === 'other' && !otherAttack && a.marks.some((m) => m.value.k === 'group' || m.value.k === 'claim' || m.value.k === 'blame') && a.marks.some((c) => (c.value.k === 'cue' || c.value.k === 'attacker') && DEFINITE.has(a.s.tokens[c.start - 1]?.n ?? '')) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other' || m.value.k === 'bg') && !datedBack(a.s, pubYear)) {
      a.state = 'ours';
      prevLine = a.s.line;
      continue;
    // "... in a claim for a small explosion at a checkpoint last year. Officials had blamed Islamic State sleeper cells on
    // Monday": a blame or claim dated to a recent day cannot go on with a run dated a year back (only that sentence).
    } else if (state === 'other' && otherYearsBack && a.marks.some((m) => m.value.k === 'claim' || m.value.k === 'blame') && anchoredRecent(a.s) && !a.marks.some((m) => m.value.k === 'otherEvent' || m.value.k === 'afterRef' || m.value.k === 'other' || m.value.k === 'bg' || m.value.k === 'cue') && !datedBack(a.s, pubYear)) {
      a.state = 'ours';
      prevLine = a.s.line;
      continue;
    }
    prevLine = a.s.line;
    a.state = a.s.isTitle && a.links.length === 0 ? null : state;
    // (Under a headline of briefs, the page goes on with another item first.)
    if (a.s.isTitle && briefsTitle) state = null;
  }
  // The sentence that named the mission an anaphor takes up tells our attack's target and place ("The Iraqi embassy
  // occupies a villa in Damascus. On Sunday a bomb planted against its wall went off").
  // (Also when it names another target too: "Shells hit the airport and a market in Khartoum. The Ethiopian embassy was also struck".)
  for (const a of analyses) if (a.antecedent) a.state = 'ours';
  // The main attack's sentences: linked sentences that do not compare with another, earlier or separate attack.
  const allLinked = analyses.filter((a) => a.links.length > 0);
  const mainLinked = allLinked.filter((a) => !backgroundBut(a, retold, pubYear) && !elsewhere.includes(a));
  const linked = mainLinked.length > 0 ? mainLinked : allLinked;
  const ours = analyses.filter((a) => a.state === 'ours');

  extractTargets(kb, linked, ours, facts, evidence);
  extractPlace(kb, linked, ours, analyses, facts, evidence);
  // A country's own mission is never on its own soil: "the Yemen embassy assault" in Sanaa names the place.
  // ("Nigeria summons South African envoy after mob attack on Johannesburg consulate": the envoy is no target either.)
  if (facts.hostCountry) facts.targetCountries = facts.targetCountries.filter((c) => c !== facts.hostCountry);
  const unlinked = ours.filter((a) => a.links.length === 0);
  // ("La tension est montée d'un cran jeudi après-midi dans la capitale nigérienne. Plusieurs centaines de manifestants
  // ... ont pris d'assaut l'ambassade": a sentence that sets the scene just before the lead, in its paragraph.)
  const sceneSetters = analyses.filter((a, i) => a.state === null && !a.s.isTitle && !a.s.noise && analyses[i + 1]?.links.length && analyses[i + 1]!.s.line === a.s.line && !a.marks.some((m) => m.value.k === 'cue' || m.value.k === 'mission') && !ownBackground(a, pubYear));
  // The order: linked, then unlinked beside a link, naming the attack, the other unlinked, scene setters, claims only.
  // (Each unlinked sentence sorted into its group once, by loops: spreading filtered arrays that are now empty, now
  // not, sent the optimised classifier back to the interpreter on most articles, a deoptimisation loop.)
  const beside: Analysis[] = [];
  const naming: Analysis[] = [];
  const rest: Analysis[] = [];
  const claims: Analysis[] = [];
  for (const a of unlinked) {
    if (claimOnly(a)) claims.push(a);
    else if (besideLink(a, linked)) beside.push(a);
    else if (namesAttack(a)) naming.push(a);
    else rest.push(a);
  }
  const dated = [linked, beside, naming, rest, sceneSetters, claims];
  // A later event's sentences last.
  const datedSentences: Sentence[] = [];
  const later: Sentence[] = [];
  for (const group of dated) for (const a of group) (laterEvent(a) ? later : datedSentences).push(a.s);
  for (const s of later) datedSentences.push(s);
  const allSentences: Sentence[] = [];
  for (const a of analyses) allSentences.push(a.s);
  const date = findDates(datedSentences, allSentences, pub);
  facts.date = date.date;
  if (date.evidence) evidence.date = date.evidence;
  // "The protest had been called after guards shot dead two villagers on August 4": a sentence dated to another
  // day tells another event's weapon and toll.
  const day = facts.date && pub ? noonUtc(facts.date) : null;
  const oursThatDay = ours.filter((a) => a.links.length > 0 || !(datedAway(a, day, pubDate) || tollDatedBefore(a, day, pubDate, facts.city) || ownAttackOtherDay(a, day, pubDate)));
  // ("A rocket exploded at the embassy just after midnight ... That blast, on Sept. 5 near the embassy, killed 12": a
  // linked sentence dated to another day too, as long as one linked sentence is left.)
  const linkedThatDay = linked.filter((a) => !datedAway(a, day, pubDate));
  const mainLinks = linkedThatDay.length > 0 ? linkedThatDay : linked;
  extractTypes(mainLinks, oursThatDay, facts, evidence);
  extractGroups(ours, analyses.filter((a) => !a.s.noise && !ownBackground(a, pubYear)), pubYear, facts, evidence, analyses);
  blamedStates(kb, ours, facts, evidence);
  // Not the toll of an attack on a mission placed in another city ("... the attack on the compound in Benghazi
  // that killed four Americans"); a toll sentence that only names where the wounded were taken still counts.
  const casualtySentences: Analysis[] = [];
  for (const a of mainLinks) if (!placedElsewhere(a, facts.city)) casualtySentences.push(a);
  for (const a of oursThatDay) if (a.links.length === 0 && !tollPlacedElsewhere(a, facts.city) && !thereElsewhere(analyses, a, facts.city)) casualtySentences.push(a);
  const cas = findCasualties(casualtySentences);
  facts.killed = cas.killed;
  facts.wounded = cas.wounded;
  if (cas.killedEvidence) evidence.killed = cas.killedEvidence;
  if (cas.woundedEvidence) evidence.wounded = cas.woundedEvidence;
  // Not a spread with extra fields: on Node 20 that slow path promotes every result to the old generation.
  return Object.assign(facts, { relevant, confidence, evidence });
}
