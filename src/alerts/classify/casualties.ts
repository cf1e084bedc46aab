// Casualty counts from the sentences about our attack. Conventions (shared/corpus/README.md plus ours):
// - "at least 150", "more than 450", "about 20", "rund 350" -> the stated number (lower bound);
// - "a dozen" -> 12; vague plurals -> a documented floor: "dozens" -> 24, "scores" -> 40, "hundreds" -> 200;
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
  if (L.VAGUE_NUMBERS[n] !== undefined) return { value: L.VAGUE_NUMBERS[n]!, end: i + 1 };
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

export function findCasualties(sentences: { s: Sentence; marks: Mark[] }[]): Casualties {
  const out: Casualties = { killed: null, wounded: null };
  let zeroKilled: string | null = null;
  let zeroWounded: string | null = null;
  for (const { s, marks } of sentences) {
    const t = s.tokens;
    const cas = marks.filter((m) => m.value.k === 'killed' || m.value.k === 'wounded');
    const attackers = marks.filter((m) => m.value.k === 'attacker');
    const nocas = marks.filter((m) => m.value.k === 'nocas');
    const covered = (m: Mark): boolean => nocas.some((n) => n.start <= m.start && n.end >= m.end);
    for (const n of nocas) {
      if (n.value.k !== 'nocas') continue;
      if (n.value.which !== 'wounded') zeroKilled ??= s.text;
      if (n.value.which !== 'killed') zeroWounded ??= s.text;
    }
    const numbers: { value: number; start: number; end: number }[] = [];
    for (let i = 0; i < t.length; i++) {
      const num = numberAt(t, i);
      if (num) {
        numbers.push({ value: num.value, start: i, end: num.end });
        i = num.end - 1;
      }
    }
    for (const c of cas) {
      if (covered(c)) continue;
      const field = c.value.k as 'killed' | 'wounded';
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
          if (attackers.some((a) => a.start >= n.end && a.start < c.start)) { value = -1; break; }
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
      if (value === null || value < 0) continue;
      // First figure wins: sentences come attack sentences first, and the lead carries the latest toll.
      if (field === 'killed' && out.killed === null) { out.killed = value; out.killedEvidence = s.text; }
      if (field === 'wounded' && out.wounded === null) { out.wounded = value; out.woundedEvidence = s.text; }
    }
  }
  if (out.killed === null && zeroKilled) { out.killed = 0; out.killedEvidence = zeroKilled; }
  if (out.wounded === null && zeroWounded) { out.wounded = 0; out.woundedEvidence = zeroWounded; }
  return out;
}
