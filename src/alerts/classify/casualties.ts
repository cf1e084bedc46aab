// Casualty counts from the sentences about our attack. Conventions (shared/corpus/README.md plus ours):
// - "at least 150", "more than 450", "about 20", "rund 350" -> the stated number (lower bound);
// - "a dozen" -> 12; vague plurals ("dozens", "scores", "hundreds") state no figure -> null;
// - "no casualties", "no one was hurt", "weder Tote noch Verletzte" -> 0 (both, or the named one);
// - attackers are excluded: a count whose noun is "attackers", "gunmen", "bombers", ... is skipped;
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

/** A number written in digits or words at token i, with the index after it. */
export function numberAt(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let n = t.n;
  if (/^\d+$/.test(n)) {
    const v = Number(n);
    if (v >= 1900 && v <= 2100 && !tokens[i + 1]?.n.match(/^(people|persons|dead|killed|wounded|injured)$/)) return null;
    if (tokens[i + 1] && /^\d{2}$/.test(tokens[i + 1]!.n) && tokens[i + 1]!.start === t.end + 1) return null; // 11.00
    return { value: v, end: i + 1 };
  }
  // "dozens", "hundreds": no figure is stated (the labels' convention: null). Recognised so that the
  // casualty word does not borrow another number, but they yield nothing.
  if (L.VAGUE_NUMBERS[n] !== undefined) return { value: -1, end: i + 1 };
  if (n.startsWith('\u0648') && L.NUMBER_WORDS[n.slice(1)] !== undefined) n = n.slice(1);
  const v = L.NUMBER_WORDS[n];
  if (v === undefined || v === 1 && ['a', 'an', 'un', 'une', 'ein', 'eine', 'einer', 'einen', 'uno', 'una'].includes(n)) {
    if (n === 'a' || n === 'une' || n === 'una' || n === 'une') {
      const nx = tokens[i + 1]?.n;
      if (nx === 'dozen' || nx === 'douzaine' || nx === 'docena' || nx === 'dizaine' || nx === 'vingtaine') return { value: L.NUMBER_WORDS[nx] ?? 12, end: i + 2 };
    }
    return null;
  }
  // "twenty five", "vingt-deux"
  const nx = tokens[i + 1] ? L.NUMBER_WORDS[tokens[i + 1]!.n] : undefined;
  if (v >= 20 && v < 100 && v % 10 === 0 && nx !== undefined && nx < 10 && nx > 1) return { value: v + nx, end: i + 2 };
  if (nx === 100 && v < 10) return { value: v * 100, end: i + 2 };
  return { value: v, end: i + 1 };
}

const SEPARATORS = new Set(['and', 'et', 'y', 'und', 'while', 'but', 'with']);
/** A comma or a conjunction between token i and token j. */
function clauseEndsBetween(text: string, t: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (SEPARATORS.has((t[k] as Token).n)) return true;
  const a = t[i], b = t[j];
  return a !== undefined && b !== undefined && /[,;]/.test(text.slice(a.end, b.start));
}

const NEGATORS = new Set(['no', 'none', 'nobody', 'neither', 'aucun', 'aucune', 'personne', 'ningun', 'ninguno', 'nadie', 'kein', 'keine', 'niemand']);
const BE = new Set(['was', 'were', 'been', 'is', 'are', 'a', 'ete', 'fue', 'fueron', 'wurde', 'wurden']);
const UNHURT = new Set(['unhurt', 'unharmed', 'uninjured', 'indemne', 'indemnes', 'ilesos', 'ileso', 'unverletzt']);
const STAFF = new Set(['staff', 'personnel', 'employees', 'everyone', 'diplomats', 'workers']);
const DETERMINERS = new Set(['a', 'an', 'one', 'the', 'its', 'his', 'her', 'their']);
const TOLL_RISE = new Set(['rose', 'risen', 'rises', 'climbed', 'reached', 'increased', 'jumped']);

/** "No embassy staff were hurt", "nobody was killed", "none of the staff was injured": a negated casualty word. */
function negatedCasualty(t: readonly Token[], at: number, numbers: { start: number }[]): boolean {
  let sawBe = false;
  for (let k = at - 1; k >= Math.max(0, at - 7); k--) {
    const n = t[k]!.n;
    if (BE.has(n)) sawBe = true;
    if (NEGATORS.has(n)) return sawBe || n === 'nobody' || n === 'none' || n === 'personne' || n === 'nadie' || n === 'niemand';
    if (numbers.some((x) => x.start === k)) return false;
  }
  return false;
}

/** "killing the head of security", "shot dead a guard", "a guard was killed": one victim named by a singular noun. */
function loneVictim(text: string, t: readonly Token[], c: Mark, attackers: Mark[]): boolean {
  const singular = (tok: Token | undefined): boolean => tok !== undefined && /^\p{L}+$/u.test(tok.s) && !/[^s]s$/.test(tok.n) && !DETERMINERS.has(tok.n) && NUMBER_OR_VAGUE(tok.n) === false;
  const first = t[c.start]!.n;
  const isAttacker = (from: number, to: number): boolean => attackers.some((a) => a.start >= from && a.start < to);
  // After a transitive form: "killing the head of security", "killed an Afghan guard".
  if (/^(killing|killed|kills|kill|dead|wounding|wounded|injuring|injured)$/.test(first)) {
    const d = t[c.end];
    // "..., the ministry said": a comma ends the object.
    if (d && DETERMINERS.has(d.n) && d.n !== 'their' && !/[,;:]/.test(text.slice(t[c.end - 1]!.end, d.start))) {
      let k = c.end + 1;
      if (t[k]?.n === 'embassy' || t[k]?.n === 'consulate' || t[k]?.n === 'mission') k += t[k + 1]?.n === 's' ? 2 : 1; // "the embassy's head"
      if (singular(t[k]) && !isAttacker(c.end, k + 2) && !/^(attack|blast|explosion|bombing|assault)$/.test(t[k]!.n)) return true;
    }
  }
  // Passive: "a guard was killed", "an officer was shot dead".
  let b = c.start - 1;
  if (t[b]?.n === 'shot') b--;
  if (t[b]?.n === 'was') {
    for (let k = b - 1; k >= Math.max(0, b - 5); k--) {
      const n = t[k]!.n;
      if (n === 'a' || n === 'an' || n === 'one') return !isAttacker(k, b) && singular(t[b - 1]);
      if (NUMBER_OR_VAGUE(n) !== false) return false;
    }
  }
  return false;
}
const NUMBER_OR_VAGUE = (n: string): number | false => (/^\d+$/.test(n) ? Number(n) : (L.VAGUE_NUMBERS[n] ?? (L.NUMBER_WORDS[n] !== undefined && n !== 'a' && n !== 'an' ? L.NUMBER_WORDS[n]! : false)));

export function findCasualties(sentences: { s: Sentence; marks: Mark[] }[]): Casualties {
  const out: Casualties = { killed: null, wounded: null };
  let zeroKilled: string | null = null;
  let zeroWounded: string | null = null;
  // "Dozens were wounded": someone was, so "staff were unharmed" must not make it zero.
  const vagueSeen = { killed: false, wounded: false };
  let lone: string | null = null;
  let loneWounded: string | null = null;
  let rise: { value: number; text: string } | null = null;
  let attackersOnly: string | null = null;
  for (const { s, marks } of sentences) {
    const t = s.tokens;
    const cas = marks.filter((m) => m.value.k === 'killed' || m.value.k === 'wounded');
    const attackers = marks.filter((m) => m.value.k === 'attacker');
    const nocas = marks.filter((m) => m.value.k === 'nocas');
    const covered = (m: Mark): boolean => nocas.some((n) => n.start <= m.start && n.end >= m.end);
    for (const n of nocas) {
      if (n.value.k !== 'nocas') continue;
      // "no hubo víctimas mortales" is about deaths only, not also "no hubo víctimas".
      if (nocas.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start)) continue;
      // "Nobody was injured" implies nobody died either (a fallback: a stated death toll wins).
      zeroKilled ??= s.text;
      if (n.value.which !== 'killed') zeroWounded ??= s.text;
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
    if (killWord && crowdOrAttacker) {
      const only = t.findIndex((x) => x.n === 'only');
      const all = t.findIndex((x, i) => x.n === 'all' && i > killWord.start && i - killWord.end <= 2);
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
      if (!rise || n.value > rise.value) rise = { value: n.value, text: s.text };
    }
    for (const c of cas) {
      if (covered(c)) continue;
      const field = c.value.k as 'killed' | 'wounded';
      const word = t[c.start]!.n;
      if (negatedCasualty(t, c.start, numbers)) {
        if (field === 'killed') zeroKilled ??= s.text;
        else { zeroWounded ??= s.text; zeroKilled ??= s.text; }
        continue;
      }
      if (field === 'killed' && word !== 'death' && loneVictim(s.text, t, c, attackers)) lone ??= s.text;
      if (field === 'wounded' && loneVictim(s.text, t, c, attackers)) loneWounded ??= s.text;
      // Arabic dual: "قتيلين" is "two killed".
      const dual = L.ARABIC_DUALS[t[c.start]!.n];
      let value: number | null = dual ? 2 : null;
      if (value === null) {
        // Number before, nearest first, not across another casualty word.
        const before = numbers.filter((n) => n.end <= c.start && c.start - n.end <= 7).sort((x, y) => y.start - x.start);
        for (const n of before) {
          if (cas.some((o) => o !== c && o.start >= n.end && o.start < c.start)) break;
          // "killing six people and wounding about 60": a conjunction ends the number's clause.
          if (c.start > n.end && clauseEndsBetween('', t, n.end - 1, c.start)) break;
          const unit = t[n.end]?.n ?? '';
          if (UNIT_AFTER.has(unit)) break;
          if (attackers.some((a) => a.start >= n.end && a.start < c.start)) { value = -2; break; }
          value = n.value;
          break;
        }
      }
      if (value === null) {
        const after = numbers.find((n) => n.start >= c.end && n.start - c.end <= 4 && !cas.some((o) => o !== c && o.start >= c.end && o.start < n.start));
        if (after) {
          // "killed 3 wounded": the number belongs to the next casualty word, unless a separator
          // ("and", a comma) ends its clause: "killing at least six people and wounding about 60".
          const nextCas = cas.find((o) => o.start >= after.end && o.start - after.end <= 3 && !clauseEndsBetween(s.text, t, after.end - 1, o.start));
          const unit = t[after.end]?.n ?? '';
          const attackerNoun = attackers.some((a) => a.start >= after.end && a.start - after.end <= 2);
          if (!nextCas && !UNIT_AFTER.has(unit) && !attackerNoun) value = after.value;
        }
      }
      if (value === -1 && vagueSeen) vagueSeen[field] = true;
      if (value === null || value < 0) continue;
      // First figure wins: sentences come attack sentences first, and the lead carries the latest toll.
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
  if (rise && (out.killed === null || rise.value > out.killed)) { out.killed = rise.value; out.killedEvidence = rise.text; }
  if (out.killed === null && lone) { out.killed = 1; out.killedEvidence = lone; }
  if (out.wounded === null && loneWounded) { out.wounded = 1; out.woundedEvidence = loneWounded; }
  if (attackersOnly && (out.killed === null || out.killed > 0) && !lone) { out.killed = 0; out.killedEvidence = attackersOnly; }
  if (out.killed === null && zeroKilled && !vagueSeen.killed) { out.killed = 0; out.killedEvidence = zeroKilled; }
  if (out.wounded === null && zeroWounded && !vagueSeen.wounded) { out.wounded = 0; out.woundedEvidence = zeroWounded; }
  return out;
}
