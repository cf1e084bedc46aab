// The attack's date, resolved against the publication date: explicit dates ("July 31", "31 juillet",
// "Dec 8"), weekdays ("on Friday", "lundi", "يوم الجمعة": the latest such day on or before publication),
// and relative words ("yesterday"). A cheap token scan does the common cases; chrono-node parses the
// sentences that name a month in a form the scan does not know. No date found -> publication day.
import * as chrono from 'chrono-node';
import * as L from './lexicon.js';
import { PhraseIndex, WORD, emptyMemo, isCapitalized, mayHold, phraseKey, type Sentence, type Token, withTokens } from './text.js';

type DateTag = { k: 'month'; m: number } | { k: 'weekday'; d: number } | { k: 'rel'; days: number } | { k: 'lastweek' };
const idx = new PhraseIndex<DateTag>();
for (const [w, m] of Object.entries(L.MONTHS)) idx.add(w, { k: 'month', m });
for (const [w, d] of Object.entries(L.WEEKDAYS)) idx.add(w, { k: 'weekday', d });
for (const [w, days] of Object.entries(L.RELATIVE_DAYS)) idx.add(w, { k: 'rel', days });
const LAST_WEEK = ['last week', 'la semaine derniere', 'la semana pasada', 'letzte woche', 'vergangene woche', 'الاسبوع الماضي'];
for (const w of LAST_WEEK) idx.add(w, { k: 'lastweek' });

/** Attack words, to tell "explosions went off on Wednesday, a day after ..." from "mourned on Wednesday, a day after ...". */
const attackWords = new PhraseIndex<true>();
for (const [kind, words] of Object.entries(L.ATTACK_WORDS)) if (kind !== 'crowd_damage' && kind !== 'drone') for (const w of words) attackWords.add(w, true);

const vaguePast = new PhraseIndex<true>();
for (const w of L.VAGUE_PAST) vaguePast.add(w, true);

const DAY_MS = 86_400_000;
/** The day's ISO date ("2023-12-08"); written out for four-digit years, toISOString (slow) for the rest and for an invalid date. */
function iso(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/**
 * `Date.parse(day + 'T12:00:00Z')`, noon UTC of an ISO day ("2023-12-08"), from its digits: the string parser is slow,
 * and this runs for every article. The same figure for every input (checked for every year, month and day): a month
 * or a day out of range is NaN, a day past its month's end rolls over, and anything else goes to the parser.
 */
export function noonUtc(day: string): number {
  if (!ISO_DAY.test(day)) return Date.parse(day + 'T12:00:00Z');
  const y = Number(day.slice(0, 4)), m = Number(day.slice(5, 7)), d = Number(day.slice(8, 10));
  // (Date.UTC reads years 0-99 as 1900-1999.)
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > 31) return Date.parse(day + 'T12:00:00Z');
  return Date.UTC(y, m - 1, d, 12);
}
const parseIso = (s: string): Date => new Date(noonUtc(s));

function resolveMonthDay(month: number, day: number, year: number | null, pub: Date | null): Date | null {
  if (day < 1 || day > 31) return null;
  if (year !== null) return new Date(Date.UTC(year, month - 1, day, 12));
  if (!pub) return null;
  let d = new Date(Date.UTC(pub.getUTCFullYear(), month - 1, day, 12));
  if (d.getTime() > pub.getTime() + 2 * DAY_MS) d = new Date(Date.UTC(pub.getUTCFullYear() - 1, month - 1, day, 12));
  return d;
}

function isDayNumber(t: Token | undefined): number | null {
  if (!t) return null;
  const m = /^(\d{1,2})(st|nd|rd|th|er|e)?$/.exec(t.n);
  return m ? Number(m[1]) : null;
}
const RANGE_TO = new Set(['au', 'to', 'al', 'auf', 'zum', 'bis']);
const isWeekday = (x: Token | undefined): boolean => x !== undefined && L.WEEKDAYS[x.n] !== undefined;
const NIGHT = new Set(['night', 'overnight', 'nuit', 'noche', 'notte', 'noite', 'nacht']);
const NIGHT_TO = new Set([...RANGE_TO, 'a', 'e', 'y', 'and', 'und', 'from']);
/**
 * "nella notte tra sabato e domenica", "dans la nuit de samedi à dimanche", "la noche del sábado al domingo": a night
 * named by the two weekdays it spans; the one at k is the first, and the night is dated by the second, when such
 * attacks mostly happen (after midnight).
 */
function nightStart(t: readonly Token[], k: number, end: number): boolean {
  if (!NIGHT_TO.has(t[end]?.n ?? '') || !isWeekday(t[end + 1])) return false;
  for (let j = Math.max(0, k - 4); j < k; j++) if (NIGHT.has(t[j]!.n)) return true;
  return false;
}
/**
 * "dans la nuit du jeudi 3 au vendredi 4 avril", "in the night of 3 to 4 April", "del 3 al 4 de abril": a range ending
 * on the day at k, which starts earlier; the attack's day is the first.
 */
function rangeStart(t: readonly Token[], k: number, day: number): number {
  let p = k - 1;
  if (isWeekday(t[p])) p--;
  if (!RANGE_TO.has(t[p]?.n ?? '')) return day;
  let q = p - 1;
  if (isWeekday(t[q])) q--;
  const first = isDayNumber(t[q]);
  return first !== null && first < day && day - first <= 3 ? first : day;
}
function isYear(t: Token | undefined): number | null {
  return t && /^(19|20)\d\d$/.test(t.n) ? Number(t.n) : null;
}
/** Arabic ordinal days, normalised (the article dropped): "الثامن من ديسمبر", "الحادي عشر من", "الحادي والعشرين من". */
const AR_UNITS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  اول: 1, حادي: 1, ثاني: 2, ثالث: 3, رابع: 4, خامس: 5, سادس: 6, سابع: 7, ثامن: 8, تاسع: 9, عاشر: 10,
});
const AR_TENS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { عشر: 10, عشرين: 20, ثلاثين: 30 });
/** The day an Arabic ordinal ending at token k names ("ثامن" 8, "ثاني عشر" 12, "حادي عشرين" 21), or null. */
function arabicOrdinalDay(t: readonly Token[], k: number): number | null {
  const n = t[k]?.n ?? '';
  const tens = AR_TENS[n];
  if (tens !== undefined) {
    const unit = AR_UNITS[t[k - 1]?.n ?? ''];
    // ("عشر" alone is "ten", no ordinal; "العشرين" alone is the 20th.)
    return unit !== undefined && unit < 10 ? unit + tens : tens === 10 ? null : tens;
  }
  return AR_UNITS[n] ?? null;
}
/** Words that lead a numeric date: "le 08/12", "el 8/12", "am 8.12.", "on 12/8", "في 8/12", "يوم 8/12". */
const NUMERIC_DATE_LEAD = new Set(['le', 'du', 'au', 'el', 'del', 'desde', 'am', 'vom', 'on', 'في', 'يوم', 'بتاريخ', 'تاريخ']);
const NUMERIC_DATE = /\d[/.-]\d/;
/** "the eve of Sunday's vote", "la veille de dimanche", "la víspera del domingo", "am Vorabend des Sonntags", "عشية يوم الأحد". */
const EVE = new Set(['eve', 'veille', 'vispera', 'visperas', 'vorabend', 'عشيه']);
const EVE_OF = new Set(['of', 'de', 'du', 'del', 'des', 'la', 'yom', 'يوم']);

export const PART_OF_DAY = new Set(['morning', 'evening', 'night', 'afternoon', 'matin', 'soir', 'noche', 'manana', 'tarde', 'abend', 'nacht']);
/** Verbs of saying, blaming, claiming and updating: a day next to them dates the statement, not the attack. */
const REPORTING = new Set([
  'said', 'says', 'told', 'announced', 'reported', 'stated', 'added', 'confirmed', 'declared', 'indique', 'dijo', 'erklarte', 'sagte',
  'blamed', 'blames', 'accused', 'praised', 'condemned', 'claimed', 'responsibility', 'observed', 'severed', 'vowed', 'warned',
  'identified', 'arrested', 'charged', 'detained', 'questioned', 'interrogated', 'buried', 'mourned', 'rose', 'risen', 'climbed', 'reached',
  // Diplomatic reactions: "Spain on Monday summoned Venezuela's envoy after gunmen fired on ...".
  'summoned', 'recalled', 'expelled', 'protested', 'demanded', 'suspended', 'closed', 'reopened', 'evacuated', 'convoque', 'convoco', 'rappele', 'expulse', 'einbestellt', 'bestellte',
]);
const LEADING_VERBS = new Set([
  'said', 'says', 'told', 'announced', 'reported', 'stated', 'added', 'confirmed', 'declared', 'responsibility', 'rose', 'risen', 'climbed', 'reached',
  'vowed', 'pledged', 'promised', 'condemned', 'demanded', 'urged', 'warned', 'accused', 'blamed', 'summoned', 'protested',
  'renewed', 'reiterated', 'repeated', 'claimed', 'atribuyo', 'reivindico', 'aseguro', 'declaro', 'revendique', 'affirme', 'bekannte', 'reklamierte',
  'confirmo', 'informo', 'anuncio', 'dijo', 'indique', 'annonce', 'declare', 'confirme', 'sagte', 'erklarte', 'teilte', 'bestatigte',
  // A statement put out: "un comunicado difundido el martes por la noche", "a statement released on Tuesday".
  'released', 'issued', 'published', 'difundido', 'difundida', 'publicado', 'publicada', 'emitido', 'emitida', 'divulgado', 'divulgada', 'diffuse', 'diffusee', 'publie', 'publiee', 'veroffentlicht', 'verbreitet',
  // Russian and Turkish: "сообщила в четверг прокуратура", "açıkladı".
  ...['сообщил', 'заявил', 'уточнил', 'подтвердил', 'рассказал'].flatMap((v) => [v, v + 'а', v + 'и']), 'acıkladı', 'bildirdi', 'soyledi', 'duyurdu',
]);
/** Who heard a statement and where: "told reporters in Brasília", "said at a news conference in Kabul". */
const AUDIENCE = new Set(['reporters', 'journalists', 'parliament', 'lawmakers', 'the', 'a', 'at', 'in', 'news', 'press', 'conference', 'briefing', 'television', 'state', 'radio', 'tv']);
/** "officials said Saturday", "officials on Monday blamed", "claimed responsibility Friday", "early on Saturday after protesters...". */
function isReportingDay(t: readonly Token[], start: number, end: number): boolean {
  let j = start - 1;
  if (t[j]?.n === 'on' || t[j]?.n === 'late' || t[j]?.n === 'early') j--;
  if (t[j]?.n === 'on') j--;
  for (let k = j; k >= Math.max(0, j - 2); k--) if (LEADING_VERBS.has(t[k]?.n ?? '')) return true;
  // "told reporters in Brasília on Wednesday", "said at a news conference in Kabul on Monday": the audience or the
  // place of the saying between the verb and its day.
  for (let k = j; k >= Math.max(0, j - 6) && (AUDIENCE.has(t[k]!.n) || isCapitalized(t[k]!)); k--) if (LEADING_VERBS.has(t[k - 1]?.n ?? '')) return true;
  let e = end;
  if (PART_OF_DAY.has(t[e]?.n ?? '')) e++;
  const next = t[e]?.n ?? '';
  return REPORTING.has(next);
}
/**
 * Diplomatic and official reactions that follow an attack by days: "recalled", "llamó a consultas", "zurückgerufen",
 * "استدعت". (Not arrests: "arrested on Sunday evening after he drove into the barriers" is most often that day.)
 */
const REACTION = new Set([
  'summoned', 'recalled', 'expelled', 'protested', 'suspended', 'closed', 'reopened', 'evacuated', 'buried', 'mourned', 'condemned', 'vowed',
  'convoque', 'rappele', 'expulse', 'ferme', 'rouvert', 'convoco', 'llamo', 'retiro', 'expulso', 'cerro', 'reabrio',
  'einbestellt', 'bestellte', 'zuruckgerufen', 'ausgewiesen', 'geschlossen', 'wiedereroffnet', 'استدعت', 'استدعي', 'اغلقت', 'سحبت', 'طردت',
  // An apology: "El Gobierno presentó este sábado disculpas formales a Perú luego de que ... prendiera fuego".
  'apologised', 'apologized', 'apologises', 'apologizes', 'excuses', 'disculpas', 'desculpas', 'entschuldigte', 'entschuldigt', 'scuse', 'اعتذرت', 'اعتذر',
]);
const AFTER_WORDS = new Set(['after', 'following', 'apres', 'tras', 'despues', 'luego', 'nachdem', 'nach', 'بعد', 'اثر', 'عقب']);
/**
 * A day that dates a reaction told before "after" and an attack told after it: "Pakistan recalled its ambassador on
 * Wednesday after gunmen fired on its embassy", "a rappelé mercredi son ambassadeur après que des hommes armés ...".
 * The attack came earlier, on a day not said. ("three days after": a count, resolved elsewhere; "gathered on Friday
 * after prayers and stormed": no reaction verb, the same day.)
 */
function reactionDay(t: readonly Token[], end: number): boolean {
  let after = -1;
  for (let k = end; k < t.length && k < end + 12; k++) if (AFTER_WORDS.has(t[k]!.n)) { after = k; break; }
  if (after < 0 || DAYS.has(t[after - 1]?.n ?? '')) return false;
  let reaction = false;
  for (let k = 0; k < after; k++) if (REACTION.has(t[k]!.n)) reaction = true;
  if (!reaction || attackWords.findAll(t.slice(0, after)).length > 0) return false;
  return attackWords.findAll(t.slice(after + 1)).length > 0;
}

/** Where "a day after", "a day earlier", "the previous day" stands, or -1. */
function dayBeforeRef(t: readonly Token[]): number {
  for (let i = 0; i + 2 < t.length; i++) {
    if ((t[i]!.n === 'a' || t[i]!.n === 'one') && t[i + 1]!.n === 'day' && (t[i + 2]!.n === 'after' || t[i + 2]!.n === 'earlier')) return i;
    if (t[i]!.n === 'the' && (t[i + 1]!.n === 'previous' || t[i + 1]!.n === 'day') && (t[i + 2]!.n === 'day' || t[i + 2]!.n === 'before')) return i;
  }
  return -1;
}

const DAYS = new Set(['days', 'day', 'jours', 'jour', 'dias', 'dia', 'tagen', 'tag']);
/** The last word of each phrase (a stem with its `*`): a sentence without any of them holds none of the phrases. */
const lastWords = (phrases: Iterable<string>): string[] =>
  [...phrases].map((p) => {
    const stem = p.endsWith('*');
    const keys = phraseKey(stem ? p.slice(0, -1) : p).split(' ');
    return keys[keys.length - 1] + (stem ? '*' : '');
  });
/** Time counted in months or years, for background's periodsLater ("two years later", "un an plus tard"). */
// (Not French "an" alone: the English article, "following an attack".)
export const PERIOD = new Set(['year', 'years', 'month', 'months', 'decade', 'decades', 'annee', 'ans', 'annees', 'mois', 'ano', 'anos', 'meses', 'mes', 'jahr', 'jahre', 'jahren', 'monat', 'monate', 'monaten', 'العام', 'عام', 'السنه', 'الشهر']);
/**
 * The word classes (see WORD) of the scans below, for the classifier's phrase index to report: the date phrases'
 * and vague times' last words; daysAgo and dayBeforeRef need a day word or "previous".
 */
export const DATE_WORD_CLASSES: readonly [Iterable<string>, number][] = [
  [lastWords([...Object.keys(L.MONTHS), ...Object.keys(L.WEEKDAYS), ...Object.keys(L.RELATIVE_DAYS), ...LAST_WEEK]), WORD.dateWord],
  [lastWords(L.VAGUE_PAST), WORD.vaguePast],
  // (periodsLater's words, and the "tard" of "un an plus tard", share the bit: all 32 are taken, and periodsLater runs
  // for every sentence where the day counts run for few.)
  [[...DAYS, 'previous', ...PERIOD, 'tard'], WORD.dayCount],
];
/** "two days ago", "il y a 3 jours", "hace dos días", "vor zwei Tagen": how many days back, or null. */
function daysAgo(t: readonly Token[]): number | null {
  for (let i = 0; i + 1 < t.length; i++) {
    if (!DAYS.has(t[i + 1]!.n)) continue;
    const n = /^\d{1,2}$/.test(t[i]!.n) ? Number(t[i]!.n) : (L.NUMBER_WORDS[t[i]!.n] ?? null);
    if (n === null || n < 1 || n > 14) continue;
    const ago = t[i + 2]?.n === 'ago' || (t[i - 1]?.n === 'a' && t[i - 2]?.n === 'y' && t[i - 3]?.n === 'il') || t[i - 1]?.n === 'hace' || t[i - 1]?.n === 'vor';
    if (ago) return n;
  }
  return null;
}

const ZONE = new Set(['gmt', 'utc']);
const LAST_BEFORE = new Set(['last', 'letzten', 'vergangenen', 'vergangene', 'letzte']);
const LAST_AFTER = new Set(['dernier', 'passe', 'pasado']);
/** Dates mentioned in one sentence, in order. */
export function datesIn(s: Sentence, pub: Date | null, skipTokens = 0): { date: Date; explicit: boolean; possessive?: boolean; weak?: boolean; later?: boolean; start?: number }[] {
  const t = s.tokens;
  const out: { date: Date; explicit: boolean; possessive?: boolean; weak?: boolean; later?: boolean; start?: number }[] = [];
  const reporting: Date[] = [];
  const found: { tag: DateTag; start: number; end: number }[] = [];
  const dated = mayHold(s, WORD.dateWord);
  for (let i = skipTokens; dated && i < t.length; i++) {
    const m = idx.matchAt(t, i);
    if (m) {
      found.push({ tag: m.value, start: m.start, end: m.end });
      i = m.end - 1;
    }
  }
  // chrono-node only for a month next to a day number that the scan above could not read ("in May 2023" names
  // no day: four parses for nothing).
  let sawMonthWord = false;
  for (const f of found) {
    const tag = f.tag;
    if (tag.k === 'month') {
      if (t.slice(Math.max(0, f.start - 3), f.end + 3).some((x) => isDayNumber(x) !== null)) sawMonthWord = true;
      // "July 31", "Dec 8, 2023", "31 juillet 2017", "2 de diciembre", "31. Mai", "31 تموز"
      let day = isDayNumber(t[f.end]);
      let year = isYear(t[f.end + 1]);
      if (day === null) {
        day = isDayNumber(t[f.start - 1]);
        if (day !== null) day = rangeStart(t, f.start - 1, day);
        if (day === null && ['de', 'of', 'the', 'من'].includes(t[f.start - 1]?.n ?? '')) day = isDayNumber(t[f.start - 2]);
        // "في الثامن من ديسمبر", "الحادي والعشرين من كانون الأول": an Arabic ordinal before "من".
        if (day === null && t[f.start - 1]?.n === 'من') day = arabicOrdinalDay(t, f.start - 2);
        year = isYear(t[f.end]) ?? (t[f.end]?.n === 'de' ? isYear(t[f.end + 1]) : null);
      }
      if (day === null) continue;
      const d = resolveMonthDay(tag.m, day, year, pub);
      if (d) out.push({ date: d, explicit: true });
    } else if (tag.k === 'weekday' && pub) {
      const tok = t[f.start] as Token;
      // Arabic "الاثنين" is also "two": only as a weekday after يوم or with the article.
      if (/[\u0600-\u06FF]/.test(tok.s) && !(t[f.start - 1]?.n === 'يوم' || tok.s.includes('ال'))) continue;
      if (/^[a-z]/.test(tok.s) && /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.test(tok.n)) continue;
      // "at about 01:30 local time (23:30 GMT Saturday)": the day in another time zone, not the local one.
      if (ZONE.has(t[f.start - 1]?.n ?? '')) continue;
      if (nightStart(t, f.start, f.end)) continue;
      let back = (pub.getUTCDay() - tag.d + 7) % 7;
      // "Last Friday's suicide bombing" in a Friday's paper, "vendredi dernier", "el viernes pasado", "letzten Freitag":
      // a week ago, not today.
      if (back === 0 && (LAST_BEFORE.has(t[f.start - 1]?.n ?? '') || LAST_AFTER.has(t[f.end]?.n ?? ''))) back = 7;
      // "on the eve of Sunday's referendum", "à la veille de dimanche": the day before the weekday named, and the
      // attack's own day (as a possessive day is).
      const eve = EVE.has(t[f.start - 1]?.n ?? '') || (EVE_OF.has(t[f.start - 1]?.n ?? '') && (EVE.has(t[f.start - 2]?.n ?? '') || (EVE_OF.has(t[f.start - 2]?.n ?? '') && EVE.has(t[f.start - 3]?.n ?? ''))));
      // "on Tuesday last week", "last week on Tuesday": only a "last week" beside the day moves it (not "stormed on
      // Saturday, protesting killings near the border last week").
      const lastWeek = found.some((g) => g.tag.k === 'lastweek' && (g.start >= f.end ? g.start - f.end : f.start - g.end) <= 3);
      const date = new Date(pub.getTime() - (back + (lastWeek ? 7 : 0) + (eve ? 1 : 0)) * DAY_MS);
      // "Friday's assault", "Sunday evening's rocket attack": the day of the event named.
      const possessive = eve || t[f.end]?.n === 's' || (PART_OF_DAY.has(t[f.end]?.n ?? '') && t[f.end + 1]?.n === 's');
      if (!possessive && isReportingDay(t, f.start, f.end)) { reporting.push(date); continue; }
      if (!possessive && reactionDay(t, f.end)) { out.push({ date, explicit: false, later: true, start: f.start }); continue; }
      // "flown out early on Saturday after protesters broke in late on Friday": a later day, used only alone.
      const weak = !possessive && (t[f.end]?.n === 'after' || t[f.end]?.n === 'following');
      out.push({ date, explicit: false, possessive, weak, start: f.start });
    } else if (tag.k === 'rel' && pub) {
      // "يوم السبت" is "on Saturday": اليوم ("today") and يوم ("day of") normalise alike.
      if (t[f.start]!.n === 'يوم' && L.WEEKDAYS[t[f.end]?.n ?? ''] !== undefined) continue;
      // "in der Nacht zu Sonntag", "dans la nuit de samedi à dimanche": the weekday named after says which night.
      if (found.some((g) => g.tag.k === 'weekday' && g.start > f.end && g.start - f.end <= 2)) continue;
      const possessive = t[f.end]?.n === 's';
      if (!possessive && isReportingDay(t, f.start, f.end)) { reporting.push(new Date(pub.getTime() + tag.days * DAY_MS)); continue; }
      out.push({ date: new Date(pub.getTime() + tag.days * DAY_MS), explicit: false, possessive, start: f.start });
    }
  }
  // "le 08/12", "el 8/12/2024", "am 8.12.2024", "في 8/12": a numeric date, day first as most of the world writes it;
  // month first ("on 12/8", US) only when day first cannot be a recent past day. Only after a leading word or with
  // a year or a leading zero ("2/3 of the staff" is no date).
  if (pub && NUMERIC_DATE.test(s.text)) {
    let attackSaid: boolean | null = null;
    for (let i = skipTokens; i + 1 < t.length; i++) {
      const a = t[i]!, b = t[i + 1]!;
      if (!/^\d{1,2}$/.test(a.n) || !/^\d{1,2}$/.test(b.n)) continue;
      const sep = s.text.slice(a.end, b.start);
      if (sep !== '/' && sep !== '.' && sep !== '-') continue;
      const c = t[i + 2];
      const yearPart = c && s.text.slice(b.end, c.start) === sep && /^(\d{2}|(19|20)\d\d)$/.test(c.n) ? Number(c.n.length === 2 ? '20' + c.n : c.n) : null;
      if (yearPart === null && !NUMERIC_DATE_LEAD.has(t[i - 1]?.n ?? '') && !/^0\d/.test(a.n)) continue;
      // ("Par notre bureau d'Oran – le 13/05/2026", "Mis à jour le 13/09/2012": a stamp, in a sentence of no attack.)
      if (yearPart !== null && !(attackSaid ??= attackWords.findAll(t).length > 0)) continue;
      const x = Number(a.n), y = Number(b.n);
      const dayFirst = y >= 1 && y <= 12 ? resolveMonthDay(y, x, yearPart, pub) : null;
      const monthFirst = x >= 1 && x <= 12 ? resolveMonthDay(x, y, yearPart, pub) : null;
      const d = (dayFirst !== null && plausibleDay(dayFirst, pub)) || !(monthFirst !== null && plausibleDay(monthFirst, pub)) ? dayFirst : monthFirst;
      // (With its year, most often a byline's or an update's stamp, "Par notre bureau – le 13/05/2026": a day used
      // only when the sentence names no other.)
      // (No year and no recent day either way: "on 9/11" names no date of this story.)
      if (d && (yearPart !== null || plausibleDay(d, pub)) && d.getUTCDate() === (d === dayFirst ? x : y)) out.push({ date: d, explicit: yearPart === null, weak: yearPart !== null, start: i });
      i += yearPart !== null ? 2 : 1;
    }
  }
  // "two days ago", "il y a trois jours", "hace dos días", "vor zwei Tagen": counted back from the reference day.
  if (pub) {
    const back = mayHold(s, WORD.dayCount) ? daysAgo(t) : null;
    if (back !== null) out.push({ date: new Date(pub.getTime() - back * DAY_MS), explicit: false });
    // "on the 8th": a day of the reference month (or the month before, when that day is still to come).
    for (let i = 1; i < t.length; i++) {
      if (t[i - 1]!.n !== 'the' || !/^\d{1,2}(st|nd|rd|th)$/.test(t[i]!.n) || L.MONTHS[t[i + 1]?.n ?? ''] !== undefined || t[i + 1]?.n === 'of') continue;
      const day = Number.parseInt(t[i]!.n, 10);
      let d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), day, 12));
      if (d.getTime() > pub.getTime() + DAY_MS) d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, day, 12));
      if (d.getUTCDate() === day) out.push({ date: d, explicit: false });
    }
  }
  // "..., a day after gunmen attacked the embassy", "... shot a guard a day earlier": the attack is the day
  // before the sentence's own (reporting) day.
  // Not "explosions went off early on Wednesday, a day after shots were fired near another embassy": the
  // sentence's own day comes first and is the attack's.
  const dayBefore = mayHold(s, WORD.dayCount) ? dayBeforeRef(t) : -1;
  // (An attack word before that day: "police on Sunday questioned a man who wounded a guard the previous day" is no such.)
  const ownDayFirst =
    dayBefore >= 0 &&
    found.some((f) => f.end <= dayBefore && f.tag.k !== 'lastweek' && out.some((d) => d.start === f.start) && attackWords.findAll(t.slice(0, f.start)).length > 0);
  if (dayBefore >= 0 && !ownDayFirst && !out.some((d) => d.explicit || d.possessive)) {
    const ref = reporting[0] ?? out[0]?.date;
    if (ref) return [{ date: new Date(ref.getTime() - DAY_MS), explicit: false }];
  }
  if (out.length === 0 && sawMonthWord) {
    const ref = pub ?? new Date();
    for (const parser of [chrono.en, chrono.fr, chrono.es, chrono.de]) {
      const r = parser.parse(s.text, { instant: ref, timezone: 0 }, { forwardDate: false });
      const first = r[0];
      if (first && first.start.isCertain('day') && first.start.isCertain('month')) {
        const d = first.start.date();
        out.push({ date: new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), 12)), explicit: true });
        break;
      }
    }
  }
  return out;
}

/**
 * First plausible date in the attack sentences (explicit dates before weekdays), then in the
 * sentences about the attack, then the dateline; otherwise the publication day.
 */
/**
 * "Local | Tuesday, 15 September 2026", "Updated 14 March 2024": a page's section and date line, the day of the page
 * (no sentence: no stop at its end, and nothing but a date and a word or two).
 */
function stampLine(s: Sentence): boolean {
  if (s.tokens.length > 8 || /[.!?]\s*$/.test(s.text)) return false;
  let other = 0;
  for (const x of s.tokens) if (!/^\d{1,4}$/.test(x.n) && L.MONTHS[x.n] === undefined && L.WEEKDAYS[x.n] === undefined && ++other > 2) return false;
  return other < s.tokens.length;
}
const WEEKEND = /week-?end|wochenende|fin de semana/i;
/** A day a report published on pub may name as its attack's: from 45 days before to 2 days after (any day, with no publication date). */
function plausibleDay(d: Date, pub: Date | null): boolean {
  return !pub || (d.getTime() <= pub.getTime() + 2 * DAY_MS && d.getTime() >= pub.getTime() - 45 * DAY_MS);
}
export function findDates(attack: Sentence[], all: Sentence[], published: string | null): { date: string | null; evidence?: string } {
  const pub = published ? parseIso(published) : null;
  // "KUWAIT, Dec. 12 - ... this morning": a dated dateline is the day the report was written, so
  // "today" and "on Monday" count from it rather than from a publication a day later.
  let dateline: { date: Date; evidence: string } | null = null;
  for (const s of all) {
    if (s.datelineTokens === 0 || s.noise) continue;
    const t = withTokens(s, s.tokens.slice(0, s.datelineTokens), emptyMemo());
    const d = datesIn(t, pub).find((x) => plausibleDay(x.date, pub));
    if (d) dateline = { date: d.date, evidence: s.text };
    break;
  }
  const ref = dateline?.date ?? pub;
  let vague: string | null = null;
  // A page's date line: the day of the page, used only when no sentence of the attack names one ("in the early hours
  // of yesterday" under "Local | Tuesday, 15 September 2026").
  let stamp: { date: string; evidence: string } | null = null;
  for (const s of attack) {
    // ("Attaque contre le consulat général de France à Oran (7 octobre 2026)": a headline dated the day of its release.)
    if (stampLine(s) || (s.isTitle && pub !== null && /\([^()]*\b(?:19|20)\d\d\s*\)\s*$/.test(s.text) && datesIn(s, ref).some((d) => d.explicit && d.date.getTime() === pub.getTime()))) {
      const d = datesIn(s, ref).find((x) => plausibleDay(x.date, pub));
      if (d) stamp ??= { date: iso(d.date), evidence: s.text };
      continue;
    }
    const all = datesIn(s, ref, s.datelineTokens).filter((d) => plausibleDay(d.date, pub));
    // (A reaction's day alone: the attack came before it, on a day not said; see reactionDay.)
    const ds = all.filter((d) => !d.later);
    if (ds.length === 0 && all.length > 0) vague ??= s.text;
    // ("Le calme était revenu lundi ... où des manifestants ont pris d'assaut vendredi soir l'ambassade": of two days
    // named, the earlier is the attack's, the later its aftermath or the report.)
    const named = ds.filter((d) => !d.weak);
    const earliest = named.length > 1 ? named.reduce((x, y) => (y.date.getTime() < x.date.getTime() ? y : x)) : named[0];
    const pick = ds.find((d) => d.explicit) ?? ds.find((d) => d.possessive) ?? earliest ?? ds[0];
    if (pick) return { date: iso(pick.date), evidence: s.text };
    vague ??= mayHold(s, WORD.vaguePast) && vaguePast.findAll(s.tokens).length > 0 ? s.text : null;
  }
  // ("wrecked the facade at the weekend" under "Americas | Monday 31 August 2026": a weekend is no weekday's page.)
  if (stamp && !(vague && WEEKEND.test(vague) && new Date(noonUtc(stamp.date)).getUTCDay() % 6 !== 0)) return stamp;
  // "last week", "earlier this month" and no day named anywhere: the day cannot be known.
  if (vague) return { date: null, evidence: vague };
  if (dateline) return { date: iso(dateline.date), evidence: dateline.evidence };
  return pub ? { date: published, evidence: 'publication date' } : { date: null };
}
