import { classAt, isDigit, LETTER, NUMBER, widthAt } from './chars';
import { BARE_ARTICLES, BODY_HEADS, BODY_LEVELS, COLOURS, COMPANY_NOUNS, COMPASS_WORDS, CURRENCY_CODES, DESCRIPTORS, HONORIFICS, NAME_SUFFIXES, OUTLETS, OUTLETS_WITH_THE, PLACES, PORTFOLIO_WORDS } from './lexicon';
import { abbreviates } from './merge';
import { firstFrom } from './ranges';
import type { Sentence } from './sentences';
import { DIGIT, isAcronym, isApostrophe, isConnector, isParticle, isShortForm, isWeakConnector, plain, type Token } from './tokens';
import {
  ABBREVIATION,
  COMMON,
  CONNECTOR,
  DEMONYM,
  FUNCTION,
  GENERIC_ACRONYM,
  GIVEN_NAME,
  HEAD_WORD,
  HOLIDAY,
  MONTH,
  NAMES_ALONE,
  ORG_CUE,
  OUTLET_CUE,
  OUTLET_WORD,
  PERSON_NOUN,
  PLACE_NOUN,
  REPORTING_VERB,
  ROLE_HEAD,
  ROLE_MODIFIER,
  VERB_FILLER,
  WEEKDAY,
  wordClass,
} from './wordclass';

/** One occurrence of a name in the text, before forms are merged into mentions. */
export interface Occurrence {
  start: number;
  end: number;
  form: string;
  /** Lower-case words of the form, without invisible characters. */
  words: string[];
  /** The words joined by spaces, without full stops: what merging and the lexicon compare. */
  key: string;
  role: string | null;
  /** Written in brackets after a space, as the short form a name is given right after it ("Alternative for Germany (AfD)"). */
  bracketed: boolean;
  /** Written as another name of the name right before it: "Kelmor Civil Rescue, better known as the Blue Vests". */
  knownAs: boolean;
}

export const keyOf = (words: string[]): string => {
  const joined = words.join(' ');
  return joined.includes('.') ? joined.replace(/\./g, '') : joined;
};

/** The words of an occurrence's key (its words without full stops), without splitting the key again. */
export const keyWords = (o: Occurrence): readonly string[] => (o.words.some((w) => w.includes('.')) ? o.words.map((w) => w.replace(/\./g, '')) : o.words);

/** Says whether a lower-case name is known to the lexicon or the gazetteer. */
export type Known = (lower: string) => boolean;

/** What the lexicon, the gazetteer and the rest of the article say about a word, for splitting runs into names. */
interface Evidence {
  /** A whole name known to the lexicon or the gazetteer. */
  known: Known;
  /** A name on its own: known, or capitalised elsewhere other than after a demonym. */
  named: Known;
  /** Known, or used elsewhere as a one-word name. */
  solo: Known;
  /** Known, or written elsewhere, sentence starts included, as a one-word name with no connector after it. */
  single: Known;
}

/**
 * "Shelter, a housing charity, said": an apposition, closed by its comma, shows a sentence-initial
 * word is a name ("Additionally, the company said" has none).
 */
const APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:charity|group|organi[sz]ation|company|firm|newspaper|agency|network|broadcaster|website|party|union|campaign|watchdog|spokesperson|spokesman|spokeswoman),/u;

// How the article writes a word with a capital, as bits of one map (`capitalUses`): one lookup
// answers every question about a word, where a set per question cost a lookup each.

/** Capitalised mid-sentence somewhere: a name even where it opens a sentence. */
const MID_SENTENCE = 1;
/**
 * Capitalised mid-sentence other than right after a demonym: "Kashmir" in "Indian-run Kashmir",
 * not "Brotherhood" in "the Muslim Brotherhood".
 */
const ALONE = 2;
/**
 * Capitalised mid-sentence as a one-word name: "Police" in "the Police said", not in "the County
 * Police Department". A common noun of the lexicon is a name at a sentence start only if so, and a
 * word after a title's "of" only if so ("Secretary of State Blinken", not "of Institutional Relations").
 */
const SOLO = 4;
/**
 * Capitalised mid-sentence as the first word of a longer name, and otherwise: "Local" of
 * "ProPublica’s Local Reporting Network" is no evidence for "Local economists warned" (a surname is a
 * last word), unless the lexicon knows the word as a name on its own ("Labour" of "Labour MPs"), it
 * is an acronym ("CDU/CSU") or it owns something ("Port’s possession", for Port United).
 */
const OPENING = 8;
const NOT_OPENING = 16;
/**
 * Capitalised with no name before it and neither a name nor a connector after it, also at a
 * sentence start: "Kane" in "Kane scored", not "Alternative" in "Alternative for Germany".
 */
const SINGLE = 32;

/** The bits above of each lower-case word the article writes with a capital. */
function capitalUses(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  let prev: Token | undefined;
  for (let k = 0; k < tokens.length; prev = tokens[k++]) {
    const t = tokens[k]!;
    if (!t.capitalised) continue;
    const afterName = prev?.capitalised && prev.end + 1 === t.start;
    const next = tokens[k + 1];
    const joinedNext = next !== undefined && t.end + 1 === next.start;
    const beforeName = joinedNext && next.capitalised;
    let bits = !afterName && !beforeName && !(joinedNext && isConnector(next)) ? SINGLE : 0;
    if (!t.initial) {
      bits |= MID_SENTENCE;
      if (!(afterName && prev!.cls & DEMONYM)) bits |= ALONE;
      if (!afterName && !beforeName) bits |= SOLO;
      bits |= !afterName && beforeName ? OPENING : NOT_OPENING;
    }
    if (bits) out.set(t.lower, (out.get(t.lower) ?? 0) | bits);
  }
  return out;
}

/** Capitalised spans of every sentence, split at titles and cleaned of non-names. */
export function findOccurrences(text: string, sents: Sentence[], tokens: readonly Token[], known: Known): Occurrence[] {
  const capitals = capitalUses(tokens);
  const uses = (lower: string): number => capitals.get(lower) ?? 0;
  // A word also seen in lower case is a common noun.
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.capitalised) lowerWords.add(t.lower);
  const evidence: Evidence = {
    known,
    named: (lower) => (uses(lower) & ALONE) !== 0 || known(lower),
    solo: (lower) => (uses(lower) & SOLO) !== 0 || known(lower),
    single: (lower) => (uses(lower) & SINGLE) !== 0 || known(lower),
  };
  const particleNames = particleSurnames(text, tokens);
  // A sentence-initial word is a name where the article capitalises it elsewhere (a common noun of
  // the lexicon only as a one-word name), and not only as the first word of longer names.
  const namedElsewhere = (t: Token): boolean => {
    const bits = uses(t.lower);
    return (
      (bits & (t.cls & COMMON ? SOLO : MID_SENTENCE)) !== 0 &&
      ((bits & NOT_OPENING) !== 0 || !(bits & OPENING) || (t.cls & NAMES_ALONE) !== 0 || isAcronym(t.text) || /^['’]s\b/.test(text.slice(t.end, t.end + 3)))
    );
  };
  const isCommonNoun = (t: Token): boolean =>
    (t.cls & COMMON) !== 0 || lowerWords.has(t.lower) || (t.lower.endsWith('s') && lowerWords.has(t.lower.slice(0, -1))) || lowerWords.has(`${t.lower}s`);

  const out: Occurrence[] = [];
  // Keys (as written) of names a company's noun showed to be one name across "in" or "of".
  const companies = new Set<string>();
  for (const s of sents) {
    const from = firstFrom(tokens, s.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= s.end) to++;
    if (isTitleCase(tokens, from, to, isCommonNoun)) continue;
    for (let i = from; i < to; i++) {
      if (!tokens[i]!.capitalised || isCurrencyMark(text, tokens[i]!)) continue;
      const start = tokens[i]!;
      const opening = i;
      const lead = leadingParticles(text, tokens, i, from, particleNames);
      let run = capitalisedRun(text, tokens, i, to, isCommonNoun);
      i += run.length - 1;
      if (isQuotedModifier(text, run, tokens[i + 1])) continue;
      if (endsWithColourNickname(run)) run = run.slice(0, -3);
      if (!run.length) continue;
      if (isApposedTitle(text, tokens, run, out[out.length - 1], i + 1, to)) {
        out[out.length - 1]!.role ??= plain(text.slice(run[0]!.start, tokens[i]!.end));
        continue;
      }
      if (opensWithOrdinaryWord(run, tokens[i + 1], known, evidence.named, uses)) run = run.slice(1);
      // "THE Coalition has …": a lead-in's first word set in capitals is no part of the name.
      else if (run.length > 1 && BARE_ARTICLES.has(run[0]!.lower) && isAcronym(run[0]!.text) && !isAcronym(run[1]!.text)) run = run.slice(1);
      const runEnd = tokens[i]!;
      const body = bodyHeadAfter(text, tokens, i + 1, to);
      // "Kelmor in Motion", once named after "the maker", stays one name, also after "Shares of".
      const whole = run.length > 2 && companyNamed(tokens, opening, run);
      if (whole) companies.add(keyOf(run.map((t) => t.text)));
      const company = whole ? 0 : companyTail(run, companies);
      let parts = company >= 0 ? [...(company > 1 ? nameParts(text, run.slice(0, company - 1), evidence) : []), { tokens: run.slice(company), role: null }] : nameParts(text, run, evidence);
      // "(The) Kenyan police": a demonym, no name alone, names the body whose head follows it.
      if (body >= 0 && !parts.length && runEnd.cls & DEMONYM) parts = [{ tokens: [runEnd], role: null }];
      // "The Labour Kelmor North TD, Mr Pádraig Dunne,": a title set before the name is its role,
      // over a bare honorific or rank ("Mr", "Brigadier").
      const apposed = parts.length ? titleApposedBefore(text, tokens, opening, from) : null;
      const head = parts[0];
      if (apposed && head && (head.role ? !head.role.includes(' ') && text.startsWith(head.role, start.start) : head.tokens[0] === start) && mayBePerson(head.tokens, known)) {
        parts[0] = { ...head, role: apposed };
      }
      for (const part of parts) {
        // "von der Leyen": the particles before the run open the name they were seen in.
        if (lead.length && part.tokens[0] === start) part.tokens = [...lead, ...part.tokens];
        const first = part.tokens[0]!;
        // "@BBhuttoZardari": a handle is no name as written.
        if (text.charCodeAt(first.start - 1) === 64) continue;
        // "Gov. Ana Ruiz, D-Va.": a party and state tag is no name.
        if (part.tokens.length === 1 && (PARTY_TAG.test(first.text) || isDemonymCompound(first) || isOrdinaryOutletWord(tokens, first, from, to))) continue;
        // "Housing Minister Tomas Varga" where the article also writes "housing": the word is the
        // title's portfolio, not a name ("Acme chief executive" keeps Acme).
        if (part.beforeTitle && part.tokens.length === 1 && !isAcronym(first.text) && isCommonNoun(first)) continue;
        const last = part.tokens[part.tokens.length - 1]!;
        const ownsBody = body >= 0 && last === runEnd && !part.role && !(first.cls & GIVEN_NAME) && !OUTLETS.has(part.tokens.map((t) => t.lower).join(' '));
        if (part.tokens.length === 1 && first.initial && !part.role) {
          const keep =
            known(first.lower) ||
            (ownsBody && (isAcronym(first.text) || (first.cls & DEMONYM) !== 0)) ||
            namedElsewhere(first) ||
            abbreviatesNameBefore(text, tokens, first, from) ||
            (!isCommonNoun(first) &&
              !isAbstractPlural(first.lower) &&
              (reportingVerbFollows(tokens, tokens.indexOf(first, from) + 1, to) || APPOSITION.test(text.slice(first.end, first.end + 40))));
          if (!keep) continue;
        }
        const words = part.tokens.map((t) => t.lower);
        const end = ownsBody ? tokens[body]!.end : last.end;
        if (ownsBody) for (let k = i + 1; k <= body; k++) words.push(tokens[k]!.lower);
        out.push({
          start: first.start,
          end,
          form: plain(text.slice(first.start, end)),
          words,
          key: keyOf(words),
          role: part.role ?? (!ownsBody && mayBePerson(part.tokens, known) ? roleAround(text, tokens, first === start ? opening : -1, last === runEnd ? i + 1 : -1, from, to, isCommonNoun) : null),
          bracketed: text[first.start - 1] === '(' && text[end] === ')' && text[first.start - 2] === ' ',
          knownAs: isKnownAs(text, first.start, out[out.length - 1]),
        });
      }
    }
  }
  return withoutLabels(text, withoutLoneMonths(out));
}

/**
 * "Ana Ruiz, Senior Nurse, said": Title-Case words between commas after a person's name, ending in a
 * noun of a person or a title, before a reporting verb, are that person's role, not a second speaker.
 */
function isApposedTitle(text: string, tokens: readonly Token[], run: Token[], prev: Occurrence | undefined, next: number, to: number): boolean {
  const last = run[run.length - 1]!;
  if (!prev || run.length > MAX_ROLE_WORDS || !(last.cls & (PERSON_NOUN | ROLE_HEAD)) || text.charCodeAt(last.end) !== 44) return false; // ,
  if (prev.end + 2 !== run[0]!.start || text.charCodeAt(prev.end) !== 44 || prev.words.length < 2) return false;
  return !prev.words.some((w) => wordClass(w) & (HEAD_WORD | ORG_CUE | OUTLET_CUE)) && reportingVerbFollows(tokens, next, to);
}

/** Where the run ends in a company's name that `companies` holds, whole or after a connector ("Shares of Kelmor in Motion"); else -1. */
function companyTail(run: Token[], companies: ReadonlySet<string>): number {
  if (!companies.size || run.length < 3) return -1;
  for (let k = 0; k + 2 < run.length; k++) {
    if ((k === 0 || isConnector(run[k - 1]!)) && companies.has(keyOf(run.slice(k).map((t) => t.text)))) return k;
  }
  return -1;
}

/**
 * "the phone maker Kelmor in Motion": right after a noun of a company, capitalised words joined by a
 * lower-case "in" or "of" are that company's one name, not a name and a place.
 */
function companyNamed(tokens: readonly Token[], opening: number, run: Token[]): boolean {
  const noun = tokens[opening - 1];
  if (!noun || noun.capitalised || !COMPANY_NOUNS.has(noun.lower) || noun.end + 1 !== run[0]!.start) return false;
  return run.every((t, k) => (k % 2 === 0 ? t.capitalised : t.text === 'in' || t.text === 'of'));
}

/**
 * "Facts First: There were empty seats.": a programme's label opening paragraphs before a colon has
 * the shape of a transcript's "Ruiz:", but holds a word no one's name has ("first", "why", "it"). A
 * name written only so is no source; one also used in the text is kept.
 */
function withoutLabels(text: string, found: Occurrence[]): Occurrence[] {
  const isLabel = (o: Occurrence): boolean =>
    text.charCodeAt(o.end) === 58 && opensParagraph(text, o.start) && o.words.length > 1 && o.words.some((w) => (wordClass(w) & (FUNCTION | CONNECTOR)) === FUNCTION) && !o.words.some((w) => wordClass(w) & GIVEN_NAME); // :
  if (!found.some(isLabel)) return found;
  const used = new Set(found.filter((o) => !isLabel(o)).map((o) => o.key));
  return found.filter((o) => used.has(o.key) || !isLabel(o));
}

/** ", better known as the ", "(also known as ": what sets another name of the name before it. */
const KNOWN_AS = /^\s*[,(]\s*(?:(?:also|better|more commonly|commonly|widely)\s+)?known\s+as\s+(?:the\s+)?$/;
/** Longest text between a name and another name of it ("…, more commonly known as the …"). */
const KNOWN_AS_REACH = 40;

/** The name at `start` is set after `prev` as another name of it. */
function isKnownAs(text: string, start: number, prev: Occurrence | undefined): boolean {
  if (!prev || start - prev.end > KNOWN_AS_REACH || !(text.startsWith('as ', start - 3) || text.startsWith('the ', start - 4))) return false;
  return KNOWN_AS.test(text.slice(prev.end, start));
}

/** Longest line opening read before a label ("Why" of "Why It Matters:"). */
const LABEL_OPENING = 20;

/** Only spaces and function words ("Why" of "Why It Matters:") stand between the start of its line (or of the text) and `start`. */
function opensParagraph(text: string, start: number): boolean {
  const lo = Math.max(0, start - LABEL_OPENING);
  let i = start;
  while (i > lo && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  if (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) return false;
  const opening = text.slice(i, start).trim();
  return !opening || opening.split(/\s+/).every((w) => (wordClass(w.toLowerCase()) & FUNCTION) !== 0);
}

/** Fewer words make no headline: "Boeing Chief Executive Kelly Ortberg spoke." is a sentence. */
const MIN_HEADLINE_WORDS = 6;

/**
 * "Landlords Evicted Maui Residents and Housed Wildfire Survivors for More Money": a headline in
 * title case, where only function words are in lower case (a sentence has its verb so) and several
 * capitalised words are nouns the article also writes in lower case, has no names to read by their capitals.
 */
function isTitleCase(tokens: readonly Token[], from: number, to: number, isCommonNoun: (t: Token) => boolean): boolean {
  if (to - from < MIN_HEADLINE_WORDS) return false;
  // Most sentences have too few capitals: counting them rules those out before any word is looked up.
  let caps = 0;
  for (let i = from + 1; i < to; i++) if (tokens[i]!.capitalised) caps++;
  if (caps < 0.7 * (to - from - 1)) return false;
  let common = 0;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (!t.capitalised) {
      if (!(t.cls & FUNCTION) && /\p{L}/u.test(t.text)) return false;
    } else if (!isAcronym(t.text) && isCommonNoun(t)) common++;
  }
  return common >= 2;
}

/** "May's local elections": a month on its own is a date, unless a title goes with it ("Mrs May") or the article names someone so ("Theresa May"). */
function withoutLoneMonths(found: Occurrence[]): Occurrence[] {
  const lone = (o: Occurrence) => o.words.length === 1 && !o.role && (wordClass(o.key) & MONTH) !== 0;
  if (!found.some(lone)) return found;
  const surnames = new Set(found.filter((o) => o.words.length > 1).map((o) => o.words[o.words.length - 1]));
  return found.filter((o) => !lone(o) || surnames.has(o.key));
}

/**
 * "the International Monetary Fund (IMF)", "Alternative for Germany (AfD)": a short form in brackets
 * right after a capitalised word abbreviates the name before it (the bracket makes it look sentence-initial).
 */
function abbreviatesNameBefore(text: string, tokens: readonly Token[], t: Token, from: number): boolean {
  if (text[t.start - 1] !== '(' || text[t.end] !== ')' || !isShortForm(t.text)) return false;
  const k = tokens.indexOf(t, from);
  const prev = k > 0 ? tokens[k - 1] : undefined;
  return prev !== undefined && prev.capitalised && prev.end === t.start - 2 && text[prev.end] === ' ';
}

/**
 * The sentence-initial first word of a run is an ordinary word capitalised by its place, not part of
 * the name after it: a descriptor, a participle, a title's qualifier, or a common noun before "of"
 * ("Shares of Acme rose", "Supporters of Ruiz marched").
 */
function opensWithOrdinaryWord(run: Token[], next: Token | undefined, known: Known, named: Known, uses: (lower: string) => number): boolean {
  const w = run[0]!;
  if (run.length < 2 || !w.initial || uses(w.lower) & MID_SENTENCE || known(w.lower)) return false;
  return DESCRIPTORS.has(w.lower) || opensWithParticiple(w) || opensTitleQualifier(run, next, known, named) || ((w.cls & (COMMON | HEAD_WORD)) === COMMON && run[1]!.text === 'of');
}

/** Endings of plural abstract nouns ("Observations", "Negotiations", "Authorities"), which no one-word name has. */
const ABSTRACT_PLURALS = ['ations', 'itions', 'ssions', 'ities', 'ances', 'ences'];

/** "Observations showed that …": a sentence-initial plural of an abstract noun is no source before its verb. */
const isAbstractPlural = (lower: string): boolean => ABSTRACT_PLURALS.some((end) => lower.endsWith(end));

/**
 * "Criticising Labour’s position, he added": a sentence-initial word in "-ing" (on a stem of four
 * letters or more, so not "Boeing") before a name is a participle, unless the article or the
 * lexicon knows it as a name.
 */
function opensWithParticiple(w: Token): boolean {
  return w.lower.length >= 7 && w.lower.endsWith('ing') && !(w.cls & GIVEN_NAME);
}

/**
 * "Incumbent Guinea president Alpha Condé": words right before a lower-case title say whose title it
 * is (a country, a body), never a person's name. So a sentence-initial word there, never capitalised
 * elsewhere in the article, that stands before a word the article names on its own, is an ordinary
 * word capitalised by its place ("Equatorial Guinea" stays whole where the article writes it so
 * mid-sentence, or the lexicon knows it).
 */
function opensTitleQualifier(run: Token[], next: Token | undefined, known: Known, named: Known): boolean {
  const w = run[0]!;
  if (COMPASS_WORDS.has(w.lower) || w.cls & (GIVEN_NAME | DEMONYM | HEAD_WORD) || !next || next.capitalised || !(next.cls & (ROLE_HEAD | ROLE_MODIFIER))) return false;
  const rest = run.slice(1);
  if (!rest.every((t) => t.capitalised) || rest[rest.length - 1]!.end + 1 !== next.start) return false;
  return named(keyOf(rest.map((t) => t.lower))) && !known(keyOf(run.map((t) => t.lower)));
}

/**
 * "WA police", "Kenyan army", "the Sichuan provincial government": the index of a lower-case head of a
 * public body, after an optional level word, from tokens[k] on, or -1. The head must end its phrase:
 * "the Numan local government area" is a place and "Kashmir police officers" are people; a verb
 * ("police arrested", "police said") or a function word may follow.
 */
function bodyHeadAfter(text: string, tokens: readonly Token[], k: number, to: number): number {
  const owner = tokens[k - 1]!;
  // "Hungary's border guards": a country owns its public bodies.
  const owns = owner.possessive && PLACES.has(owner.lower);
  let h = k;
  if (h < to && BODY_LEVELS.has(tokens[h]!.text) && bodyWordJoins(text, tokens, h, k, owns)) h++;
  // "the Afghan defence ministry", "Kenya's health ministry": a portfolio names which ministry.
  // "the Bahrain news agency", "the Afghan news agency": a country's agency of news, its outlet
  // ("the Efe news agency" is Efe).
  if (h + 1 < to && (PLACES.has(owner.lower) || owner.cls & DEMONYM) && tokens[h]!.text === 'news' && tokens[h + 1]!.text === 'agency' && bodyWordJoins(text, tokens, h, k, owns) && joins(text, tokens[h]!, tokens[h + 1]!)) return h + 1;
  if (h + 1 < to && isPortfolio(tokens[h]!) && !tokens[h]!.capitalised && MINISTRY_HEADS.has(tokens[h + 1]!.text) && bodyWordJoins(text, tokens, h, k, owns) && joins(text, tokens[h]!, tokens[h + 1]!)) return h + 1;
  const head = tokens[h];
  if (h >= to || !BODY_HEADS.has(head!.text) || !bodyWordJoins(text, tokens, h, k, owns)) return -1;
  const next = tokens[h + 1];
  const compound =
    next !== undefined && h + 1 < to && !head!.possessive && next.start === head!.end + 1 && text[head!.end] === ' ' && !next.capitalised &&
    !(next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB)) && !next.lower.endsWith('ed') && !TALLY_VERBS.has(next.lower);
  return compound ? -1 : h;
}

/**
 * tokens[h] of a body named from tokens[k] on follows the word before it: the first one follows a
 * country's possessive (`owns`) after its ’s. A function, not a closure made on each call:
 * bodyHeadAfter runs for every capitalised run.
 */
const bodyWordJoins = (text: string, tokens: readonly Token[], h: number, k: number, owns: boolean): boolean =>
  h === k && owns ? joinsAfterPossessive(text, tokens[k - 1]!, tokens[h]!) : joins(text, tokens[h - 1]!, tokens[h]!);

function reportingVerbFollows(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 4; i++) {
    const cls = tokens[i]!.cls;
    // "Unconfirmed reports indicate": a word in "-s" before a verb of a plural subject is a noun.
    // "Confusion continued to surround …": a verb before "to" goes on doing, it reports nothing.
    if (cls & REPORTING_VERB) return !(tokens[i]!.lower.endsWith('s') && PLURAL_SUBJECT_VERBS.has(tokens[i + 1]?.lower ?? '')) && tokens[i + 1]?.lower !== 'to';
    if (!(cls & VERB_FILLER)) return false;
  }
  return false;
}

/** Lower-case heads of a government department named by its portfolio ("defence ministry"). */
const MINISTRY_HEADS: ReadonlySet<string> = new Set(['ministry', 'department']);

/** Verbs that give a count, not nouns a body's head can modify: "the Kelmor police put the figure at …". */
const TALLY_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'gave', 'gives']);

/** Verbs whose plural subject can be a reporting noun ("reports say", "claims suggest"). */
const PLURAL_SUBJECT_VERBS: ReadonlySet<string> = new Set(['say', 'indicate', 'suggest', 'show', 'claim', 'state']);

/** A party's initial and a state's abbreviation after a legislator's name: "D-Va", "R-Tex", "I-Vt". */
const PARTY_TAG = /^[DRI]-\p{Lu}\p{Ll}{0,3}$/u;

/** "Spanish-language", "French-born": a demonym joined to a lower-case word is an adjective, no name. */
function isDemonymCompound(t: Token): boolean {
  const hyphen = t.text.indexOf('-');
  return hyphen > 0 && t.text.charCodeAt(hyphen + 1) >= 97 && t.text.charCodeAt(hyphen + 1) <= 122 && (wordClass(t.lower.slice(0, hyphen)) & DEMONYM) !== 0;
}

/** "Independent sources said": an outlet's name written with "the", here without it and before a noun, is the ordinary word. */
function isOrdinaryOutletWord(tokens: readonly Token[], t: Token, from: number, to: number): boolean {
  if (!OUTLETS_WITH_THE.has(t.lower)) return false;
  const k = tokens.indexOf(t, from);
  const next = tokens[k + 1];
  return tokens[k - 1]?.lower !== 'the' && k + 1 < to && next !== undefined && !next.capitalised && !(next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB)) && !next.lower.endsWith('ed');
}

/** Most lower-case particles in a row inside a name: "de la", "von der", "van de la". */
const MAX_PARTICLES = 3;

/** The index after the row of lower-case name particles from tokens[k] (k > 0), each joined to the word before it. */
function particlesEnd(text: string, tokens: readonly Token[], k: number, to: number): number {
  let i = k;
  while (i < to && i - k < MAX_PARTICLES && isParticle(tokens[i]!) && joins(text, tokens[i - 1]!, tokens[i]!)) i++;
  return i;
}

/** tokens[i] is a capitalised word joined to the one before it. */
const capitalisedAfter = (text: string, tokens: readonly Token[], i: number, to: number): boolean =>
  i < to && tokens[i]!.capitalised && joins(text, tokens[i - 1]!, tokens[i]!);

/**
 * The lower-case key of each row of particles with the capitalised word after it, where that row
 * follows a capitalised word: "von der leyen" of "Ursula von der Leyen", so that a later "von der
 * Leyen" keeps its particles. Particles before a capitalised word are no name by themselves ("a van
 * Amazon rented").
 */
function particleSurnames(text: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    // Only rows that a run joins to the name before them open with a connector ("do" is none).
    if (!(tokens[k]!.cls & CONNECTOR) || !tokens[k - 1]!.capitalised || !isParticle(tokens[k]!)) continue;
    const e = particlesEnd(text, tokens, k, tokens.length);
    if (e > k && capitalisedAfter(text, tokens, e, tokens.length)) {
      out.add(keyOf(tokens.slice(k, e + 1).map((t) => t.lower)));
    }
    k = e;
  }
  return out;
}

/** The particles right before tokens[i] (from `from` on) where the article writes them so inside a longer name. */
function leadingParticles(text: string, tokens: readonly Token[], i: number, from: number, known: ReadonlySet<string>): Token[] {
  if (!known.size) return [];
  let k = i;
  while (k > from && i - k < MAX_PARTICLES && isParticle(tokens[k - 1]!) && joins(text, tokens[k - 1]!, tokens[k]!)) k--;
  if (k === i) return [];
  return known.has(keyOf(tokens.slice(k, i + 1).map((t) => t.lower))) ? tokens.slice(k, i) : [];
}

/**
 * The maximal run of capitalised words from tokens[i] (capitalised) before `to`, joined by single
 * spaces or lower-case connectors. A possessive ends the run, except a plural noun's ("the People’s
 * Court", "Women’s Aid", "Workers’ Party"): a group of people owns no name, so it is part of one.
 */
function capitalisedRun(text: string, tokens: readonly Token[], i: number, to: number, isCommonNoun: (t: Token) => boolean): Token[] {
  const run = [tokens[i]!];
  let ofThe: number | undefined;
  let j = i;
  while (j + 1 < to) {
    const t = tokens[j]!;
    const possessor = t.possessive || isPluralApostrophe(text, t);
    const next = tokens[j + 1]!;
    // "the Prime Minister’s Office": a title owning an institution's head word is one body's name.
    const titledBody = t.possessive && t.cls & ROLE_HEAD && next.capitalised && next.cls & HEAD_WORD;
    if (possessor && !(isPluralNoun(t) && isCommonNoun(t)) && !titledBody) break;
    // "Ferdinand “Bongbong” Marcos Jr": a nickname in quotes between two words of a name.
    if (!possessor && isNickname(text, t, next, tokens[j + 2], j + 2 < to)) {
      run.push(next, tokens[j + 2]!);
      j += 2;
      continue;
    }
    // "on Thursday of US$5.5 billion": a currency code is no word of a name.
    if (next.capitalised && isCurrencyMark(text, next)) break;
    const connector = !next.capitalised && isConnector(next);
    if (possessor ? !next.capitalised || !joinsAfterPossessive(text, t, next) : !(next.capitalised || connector) || !joins(text, t, next)) break;
    if (next.capitalised) {
      run.push(next);
      j += 1;
    } else if (j + 2 < to && tokens[j + 2]!.capitalised && joins(text, next, tokens[j + 2]!) && !isCurrencyMark(text, tokens[j + 2]!)) {
      run.push(next, tokens[j + 2]!);
      j += 2;
    } else if ((next.text === 'of' || next.text === 'for') && j + 3 < to && tokens[j + 2]!.text === 'the' && joins(text, next, tokens[j + 2]!) && capitalisedAfter(text, tokens, j + 3, to) && isBodySoFar(run)) {
      // "the Ministry of Foreign Affairs of the Russian Federation", "the UN Office for the Coordination of
      // Humanitarian Affairs": a body's name goes on past "of the" and "for the".
      ofThe ??= run.length;
      run.push(next, tokens[j + 2]!, tokens[j + 3]!);
      j += 3;
    } else {
      // "Ursula von der Leyen", "Juan de la Cruz": a row of particles inside a person's name.
      const e = particlesEnd(text, tokens, j + 1, to);
      if (e - j - 1 < 2 || !capitalisedAfter(text, tokens, e, to)) break;
      for (let k = j + 1; k <= e; k++) run.push(tokens[k]!);
      j = e;
    }
  }
  // Too long for one name once joined (a sentence's opening "The" not counted): the name ends before
  // "of the", as the next one starts after it.
  const counted = run.length - (run[0]!.cls & FUNCTION ? 1 : 0);
  return ofThe !== undefined && counted > MAX_NAME_WORDS ? run.slice(0, ofThe) : run;
}

/** The words of a run so far name a body (a head word), not a person under a title ("Senate Leader Ana Ruiz of the …"). */
const isBodySoFar = (run: readonly Token[]): boolean => run.some(isHeadToken) && !run.some((t) => t.cls & (ROLE_HEAD | GIVEN_NAME) || t.possessive);

/** Most title words of an apposition's role ("senior vice president", "chief executive officer"). */
const MAX_ROLE_WORDS = 4;

/**
 * The role an apposition gives the name ending right before tokens[k]: ", spokesperson of Pakistan
 * MoFA", ", the executive director of the National Disaster Council", ", Acme’s chief executive".
 * Only a title of the lexicon followed by "of"/"for"/"at" and a capitalised body, or a capitalised
 * body owning a title, is a role: ", a nurse at Kelmor Hospital" and ", mother of Tomas" are none.
 * The role runs from the title (or the body owning it) to the end of its last name, without the
 * determiner; null when there is none.
 */
function appositiveRole(text: string, tokens: readonly Token[], k: number, to: number, isCommonNoun: (t: Token) => boolean): string | null {
  const prev = tokens[k - 1]!;
  if (k >= to || text.charCodeAt(prev.end) !== 44 || !/^,\s+$/.test(text.slice(prev.end, tokens[k]!.start))) return null; // ,
  let j = k;
  if (BARE_ARTICLES.has(tokens[j]!.lower)) j++;
  if (j >= to) return null;
  // "Acme’s chief executive": a body owning the title; not "THE GROUP’S PRESIDENT", a common noun in capitals.
  if (tokens[j]!.capitalised && !(tokens[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER))) {
    const owner = capitalisedRun(text, tokens, j, to, isCommonNoun);
    const e = j + owner.length;
    if (!owner[owner.length - 1]!.possessive || (owner.length === 1 && (owner[0]!.cls & (ORG_CUE | OUTLET_CUE) || isCommonNoun(owner[0]!)))) return null;
    const title = titleEnd(text, tokens, e, to);
    return title > e && endsPhrase(text, tokens, title, to) ? plain(text.slice(tokens[j]!.start, tokens[title - 1]!.end)) : null;
  }
  // "spokesperson of Pakistan MoFA", "executive director of the Disaster Council (NDRRMC)".
  const title = titleEnd(text, tokens, j, to);
  if (title === j || title + 1 >= to || !TITLE_LINKS.has(tokens[title]!.text)) return null;
  let b = title + 1;
  if (tokens[b]!.text === 'the' && b + 1 < to) b++;
  if (!tokens[b]!.capitalised || !joins(text, tokens[b - 1]!, tokens[b]!) || isCurrencyMark(text, tokens[b]!)) return null;
  const e = b + capitalisedRun(text, tokens, b, to, isCommonNoun).length;
  // "manager of the Oxnard branch of …" goes on; "the CENI, the governor of Conakry, Soriba Camara," is Camara's.
  if (!endsPhrase(text, tokens, e, to) || (e < to && tokens[e]!.capitalised && /^,\s+$/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start)))) return null;
  return plain(text.slice(tokens[j]!.start, tokens[e - 1]!.end));
}

/**
 * The role written around a name in lower case, before it ("NDRRMC spokesperson Raffy Alejandro",
 * "Acme’s chief executive Jane Ruiz") or in an apposition after it; `before` is the index of the
 * name's first token (-1 when it does not open its run), `after` the index after its last (or -1).
 */
function roleAround(text: string, tokens: readonly Token[], before: number, after: number, from: number, to: number, isCommonNoun: (t: Token) => boolean): string | null {
  return (before > from ? titleBefore(text, tokens, before, from, isCommonNoun) : null) ?? (after > 0 ? appositiveRole(text, tokens, after, to, isCommonNoun) : null);
}

/**
 * "NDRRMC spokesperson Raffy Alejandro", "Acme’s chief executive Jane Ruiz": lower-case title words
 * ending in a title of the lexicon right before the name at tokens[k], after a capitalised body's
 * name; the role is the body's name and the title. Not "On Monday spokesman …": a date is no body.
 */
function titleBefore(text: string, tokens: readonly Token[], k: number, from: number, isCommonNoun: (t: Token) => boolean): string | null {
  let t = k - 1;
  if (tokens[t]!.capitalised || !endsTitle(tokens, t) || !joins(text, tokens[t]!, tokens[k]!)) return null;
  while (t > from && !tokens[t - 1]!.capitalised && tokens[t - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && joins(text, tokens[t - 1]!, tokens[t]!) && k - t < MAX_ROLE_WORDS) t--;
  let b = t - 1;
  if (b < from) return null;
  const owner = tokens[b]!;
  const owns = owner.possessive ? joinsAfterPossessive(text, owner, tokens[t]!) : joins(text, owner, tokens[t]!);
  // "Defence ministry deputy spokesperson Ana Ruiz": a portfolio's body owns the title.
  if (b > from && !owner.capitalised && owns && MINISTRY_HEADS.has(owner.text) && isPortfolio(tokens[b - 1]!) && joins(text, tokens[b - 1]!, owner)) {
    return plain(text.slice(tokens[b - 1]!.start, tokens[k - 1]!.end));
  }
  // "its secretary general Ana Ruiz", `,” defence counsel Ana Ruiz`: after a lower-case word or a mark, the title alone.
  if (!owner.capitalised || !owns) return owner.possessive ? null : plain(text.slice(tokens[t]!.start, tokens[k - 1]!.end));
  if (!owns || !owner.capitalised || owner.cls & (FUNCTION | MONTH | WEEKDAY | HOLIDAY | ROLE_HEAD | ROLE_MODIFIER)) return null;
  // "Incumbent Guinea president": a describing word opening the sentence is no part of the body's name.
  while (b > from && tokens[b - 1]!.capitalised && !tokens[b - 1]!.possessive && !DESCRIPTORS.has(tokens[b - 1]!.lower) && joins(text, tokens[b - 1]!, tokens[b]!)) b--;
  // "Police spokesman Ali Khan" at a sentence start: a common noun alone is no body's name.
  if (b === t - 1 && isCommonNoun(owner) && !isAcronym(owner.text)) return null;
  return plain(text.slice(tokens[b]!.start, tokens[k - 1]!.end));
}

/** Most words of a title set before the name it describes ("Minister of State for Transport and north Ostra TD"). */
const MAX_APPOSED_TITLE = 10;

/**
 * "The Labour senator, Mr Tom Dunne,", "RDC spokesperson, Brigadier Ana Ruiz,": the words
 * from a determiner (or the sentence start) to a title of the lexicon, then a comma, right before the
 * name opening at tokens[k], are that person's role; null when there are none.
 */
function titleApposedBefore(text: string, tokens: readonly Token[], k: number, from: number): string | null {
  const t = k - 1;
  if (t < from || !(tokens[t]!.cls & ROLE_HEAD) || tokens[t]!.possessive || !/^,\s+$/.test(text.slice(tokens[t]!.end, tokens[k]!.start))) return null;
  let b = t;
  while (b > from && t - b < MAX_APPOSED_TITLE && !BARE_ARTICLES.has(tokens[b - 1]!.lower) && joins(text, tokens[b - 1]!, tokens[b]!)) b--;
  if (b > from && !(BARE_ARTICLES.has(tokens[b - 1]!.lower) && joins(text, tokens[b - 1]!, tokens[b]!))) return null;
  // "Another former justice minister": words that only count the title are none of it.
  while (b < t && tokens[b]!.cls & FUNCTION) b++;
  // A title alone after its determiner is one ("the senator"); an honorific alone is none ("the Mr").
  return b === t && tokens[t]!.cls & ABBREVIATION ? null : plain(text.slice(tokens[b]!.start, tokens[t]!.end));
}

/** A name a role may follow: a person's shape, not one the lexicon knows, nor a short form ("the CENI"). */
const mayBePerson = (name: Token[], known: Known): boolean =>
  isPersonLike(name) && !(name.length === 1 && isShortForm(name[0]!.text)) && !known(keyOf(name.map((t) => t.lower)));

/** Words that join a title to the body it is of ("spokesperson of", "spokesman for", "director at"). */
const TITLE_LINKS = new Set(['of', 'for', 'at']);

/**
 * The index after the title words from tokens[j], one space apart, of which one at least is a title
 * head ("executive director", "chief executive"); j when there is none.
 */
function titleEnd(text: string, tokens: readonly Token[], j: number, to: number): number {
  let e = j;
  let head = false;
  while (e < to && e - j < MAX_ROLE_WORDS && tokens[e]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && (e === j || joins(text, tokens[e - 1]!, tokens[e]!))) {
    head ||= (tokens[e]!.cls & ROLE_HEAD) !== 0;
    e++;
  }
  return head ? e : j;
}

/** The title ending before tokens[e] ends its phrase: punctuation, a verb or nothing follows ("Acme’s chief economist" goes on). */
function endsPhrase(text: string, tokens: readonly Token[], e: number, to: number): boolean {
  if (e >= to) return true;
  return !joins(text, tokens[e - 1]!, tokens[e]!) || (tokens[e]!.cls & (REPORTING_VERB | VERB_FILLER)) !== 0;
}

/**
 * "At a “Laging Handa” briefing", "the “Stop the Steal” rally": capitalised words in double quotes
 * between an article and a lower-case noun are the title of a show, a campaign or a policy, no source.
 * A body's cue word after them keeps the name ("the “Rosneft” company"), and so does a verb ("“Kommersant” reported").
 */
function isQuotedModifier(text: string, run: Token[], next: Token | undefined): boolean {
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  if (!next || next.capitalised || next.start !== end + 2 || text[end + 1] !== ' ' || !isDoubleQuote(text[start - 1]) || !isDoubleQuote(text[end])) return false;
  if (next.cls & (ORG_CUE | OUTLET_CUE | REPORTING_VERB | VERB_FILLER | FUNCTION) || next.lower.endsWith('ed')) return false;
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start - 1));
}

const isDoubleQuote = (c: string | undefined): boolean => c === '“' || c === '”' || c === '"';
/** "a ", "an ", "the " ending the text before a quotation mark. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the) $/iu;

/** "(However the) Red and Golds": two colours joined by "and" end the run, a team's nickname from its shirts. */
const endsWithColourNickname = (run: Token[]): boolean => {
  const n = run.length;
  return n >= 3 && run[n - 2]!.text === 'and' && COLOURS.has(run[n - 3]!.lower) && COLOURS.has(run[n - 1]!.lower.replace(/s$/, ''));
};

/** Most letters of a currency code: "PHP", "KSh". */
const MAX_CURRENCY_CODE = 3;

/**
 * "US$5.5 billion", "P433.4 million", "PHP2.03", "Rs 500", "KSh 80": a currency code glued to an
 * amount, written right before one, or before "$", marks money and names nobody.
 */
function isCurrencyMark(text: string, t: Token): boolean {
  if (t.shape & DIGIT) {
    // The letters up to the first digit (and a full stop after them: "Rs.500") are the code, the rest a number.
    let k = 0;
    while (k < t.text.length && !isDigit(t.text.charCodeAt(k))) k++;
    const code = t.text.charCodeAt(k - 1) === 46 ? t.text.slice(0, k - 1) : t.text.slice(0, k);
    if (!CURRENCY_CODES.has(code)) return false;
    for (let i = k; i < t.text.length; i++) if (!isDigit(t.text.charCodeAt(i)) && t.text.charCodeAt(i) !== 46) return false;
    return true;
  }
  if (t.text.length > MAX_CURRENCY_CODE) return false;
  if (text.charCodeAt(t.end) === 36) return true; // $
  if (!CURRENCY_CODES.has(t.text)) return false;
  // "Rs 500", "Rs. 500": a full stop and a space at most before the digit.
  let i = t.end;
  if (text.charCodeAt(i) === 46) i++;
  if (text.charCodeAt(i) === 32) i++;
  return isDigit(text.charCodeAt(i));
}


/** `a “b” c`: one capitalised word in double quotes, set by single spaces between two capitalised words. */
function isNickname(text: string, a: Token, b: Token, c: Token | undefined, inRun: boolean): boolean {
  if (!inRun || !c || !a.capitalised || !b.capitalised || !c.capitalised) return false;
  const open = text.charCodeAt(a.end + 1);
  const close = text.charCodeAt(b.end);
  return (
    b.start === a.end + 2 &&
    c.start === b.end + 2 &&
    text[a.end] === ' ' &&
    text[b.end + 1] === ' ' &&
    ((open === 0x201c && close === 0x201d) || (open === 34 && close === 34))
  );
}

const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children']);
/** The word ends in "s" (read as a code unit: this runs for every word of a run). */
const endsInS = (w: string): boolean => w.charCodeAt(w.length - 1) === 115;
const isPluralNoun = (t: Token): boolean => IRREGULAR_PLURALS.has(t.lower) || (t.lower.length > 3 && endsInS(t.lower));
/** "Workers’ Party": an apostrophe right after a word in "s", then a space. */
const isPluralApostrophe = (text: string, t: Token): boolean => endsInS(t.lower) && isApostrophe(text.charCodeAt(t.end)) && text[t.end + 1] === ' ';
/** The possessive’s "’s " or the plural’s "’ " and nothing else stands between the two words. */
const joinsAfterPossessive = (text: string, a: Token, b: Token): boolean => b.start === (a.possessive ? a.end + 3 : a.end + 2) && text[b.start - 1] === ' ';

/**
 * Only a plain space or an ampersand joins two words of a name, or the full stop of a title, an
 * initial ("Dr. Jo") or a dotted acronym ("U.S. Geological Survey"), none of which ends a sentence.
 */
function joins(text: string, a: Token, b: Token): boolean {
  // Compared by length and characters: this runs for every word pair, and slicing each gap costs more.
  const n = b.start - a.end;
  const c = text[a.end];
  if (n === 1 && (c === ' ' || c === '\u00a0')) return true;
  if (n === 3 && c === ' ' && text[a.end + 1] === '&' && text[a.end + 2] === ' ') return true;
  const dot = c === '.' && (n === 1 || (n === 2 && text[a.end + 1] === ' '));
  return dot && ((a.cls & ABBREVIATION) !== 0 || (a.capitalised && (a.text.length === 1 || a.text.charCodeAt(a.text.length - 2) === 46)));
}

interface Part {
  tokens: Token[];
  role: string | null;
  /** The words before a title, split off the person it names ("Supply" in "Supply Minister Ali Said"). */
  beforeTitle?: boolean;
}

/**
 * Dates and holidays split a run ("Ramadan", "in April Novaya Gazeta"). A month inside a name
 * ("Theresa May", "Jan Novak") is kept: it breaks only where a name would start, or before a day.
 */
function isBreaker(text: string, w: Token, piece: readonly Token[]): boolean {
  if (w.cls & (WEEKDAY | HOLIDAY) || w.text === 'I') return true;
  if (!(w.cls & MONTH)) return false;
  const day = /^\.?\s+\d/.test(text.slice(w.end, w.end + 4));
  const startsName = !piece.length || isConnector(piece[piece.length - 1]!);
  return day || (startsName && w.lower.length > 3);
}

/** Splits a run into the names it holds, dropping words that are not names. */
function nameParts(text: string, run: Token[], evidence: Evidence): Part[] {
  const out: Part[] = [];
  let piece: Token[] = [];
  for (let i = 0; i <= run.length; i++) {
    const w = run[i];
    if (w && !isBreaker(text, w, piece)) {
      piece.push(w);
      continue;
    }
    const trimmed = trim(piece);
    if (trimmed.length) {
      for (const joined of abbreviatedAfter(text, trimmed) ? [trimmed] : splitWeakConnectors(trimmed, evidence)) {
        for (const names of splitOf(joined)) {
          for (const part of splitRole(text, names, evidence.solo)) {
            const cleaned = dropDemonym(part.tokens, evidence.named);
            if (cleaned.length && (isName(cleaned) || surnameAfterHonorific(run, cleaned))) out.push({ tokens: cleaned, role: part.role, beforeTitle: part.beforeTitle });
          }
        }
      }
    }
    if (piece.length) piece = [];
  }
  return out;
}

/**
 * "the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM)": a short form in brackets right after
 * the words, whose letters are their initials, says they are one name across their connectors.
 */
function abbreviatedAfter(text: string, words: Token[]): boolean {
  const end = words[words.length - 1]!.end;
  if (words.length < 3 || text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40) return false; // space, (
  // Looked for within the short form's reach only: an unclosed bracket costs no scan of the rest.
  const close = text.slice(end + 2, end + 3 + MAX_BRACKETED_SHORT_FORM).indexOf(')') + end + 2;
  if (close < end + 2) return false;
  const short = text.slice(end + 2, close);
  return isShortForm(short) && abbreviates(short.toLowerCase(), words.map((w) => w.lower));
}

/** Longest short form read in brackets after a name. */
const MAX_BRACKETED_SHORT_FORM = 10;

/** Drops connectors at the ends and function words that open the span ("The", sentence-initial "With"). */
function trim(words: Token[]): Token[] {
  let s = 0;
  let e = words.length;
  for (;;) {
    const w = words[s];
    if (!w) break;
    const functionWord = w.cls & FUNCTION && !isAcronym(w.text) && (w.initial || w.lower === 'the' || w.lower === 'a' || w.lower === 'an');
    if (isConnector(w) || functionWord) s++;
    else break;
  }
  while (e > s && isConnector(words[e - 1]!)) e--;
  return s === 0 && e === words.length ? words : words.slice(s, e);
}

/**
 * "Trump and Putin" are two names; "Institute for Fiscal Studies" is one because it has a head word.
 * An acronym before "and" ends a name, even when the words after "and" end in a head word ("Redbird
 * IMI and Daily Mail", "BBC and ITV News"); a head word does not ("Daily Mail and General Trust").
 * "in" after a head word ends the name: what follows places the body ("the Prime Minister’s Office
 * in Canberra"). A name the lexicon or the gazetteer knows whole keeps its connector ("Trinidad and
 * Tobago"), and so does a purpose after one word never named on its own ("Alternative for Germany").
 */
function splitWeakConnectors(words: Token[], evidence: Evidence): Token[][] {
  if (!words.length) return [];
  let head = false;
  for (let k = 1; k < words.length - 1; k++) {
    head ||= isHeadToken(words[k - 1]!);
    const w = words[k]!.text;
    if (w === 'and' && (isAcronym(words[k - 1]!.text) || joinsTwoBodies(words, k))) return cutAt(words, k, evidence);
    if (w === 'in' && head && !knownAcross(words, k, evidence.known)) return cutAt(words, k, evidence);
  }
  if (words[words.length - 1]!.cls & HEAD_WORD) return [words];
  for (let k = 1; k < words.length - 1; k++) {
    // "Minister for Water and Power Ali Khan": the title's portfolio is no place to cut.
    if (namedAfterPortfolio(words, k)) k = portfolioEnd(words, k + 1) - 1;
    if (!isWeakConnector(words[k]!) || joinsPortfolios(words, k)) continue;
    const left = words.slice(0, k);
    if (left.some(isHeadToken) || namesPurpose(words, k, evidence.single) || knownAcross(words, k, evidence.known)) continue;
    if (namesPortfolio(words, k, evidence)) return [];
    return cutAt(words, k, evidence);
  }
  return [words];
}

/** Last words of a company's name: after one, "and" opens another company ("Acme Motor Corp. and Zenit Co."). */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['corp', 'co', 'inc', 'ltd', 'llc', 'plc']);

/**
 * The "and" at words[k] joins two whole bodies, not words of one name: a company's legal suffix ends
 * the name before it, or each side is an outlet known by that name ("Vedomosti and Kommersant").
 */
function joinsTwoBodies(words: Token[], k: number): boolean {
  if (COMPANY_SUFFIXES.has(words[k - 1]!.lower)) return true;
  return OUTLETS.has(keyOf(words.slice(0, k).map((w) => w.lower))) && OUTLETS.has(keyOf(words.slice(k + 1).map((w) => w.lower)));
}

/** The words before the connector at k, then the names split from the words after it. */
const cutAt = (words: Token[], k: number, evidence: Evidence): Token[][] => [words.slice(0, k), ...splitWeakConnectors(words.slice(k + 1), evidence)];

/** Words of a known name on either side of a connector ("Bosnia and Herzegovina", "São Tomé and Príncipe"). */
const KNOWN_REACH = 3;

/** A name known to the lexicon or the gazetteer spans words[k]. */
function knownAcross(words: Token[], k: number, known: Known): boolean {
  for (let a = Math.max(0, k - KNOWN_REACH); a < k; a++) {
    for (let b = k + 2; b <= Math.min(words.length, k + 1 + KNOWN_REACH); b++) {
      if (known(keyOf(words.slice(a, b).map((w) => w.lower)))) return true;
    }
  }
  return false;
}

/**
 * "the Minister for Petroleum Resources": after a lone title and its "for"/"of", words ending in a
 * plural, of which none is a given name, a known name or a word the article names alone, are the
 * title's portfolio, no person's name ("Minister for Europe" keeps the place, "Minister for Trade Ana Ruiz" the person).
 */
function namesPortfolio(words: Token[], k: number, evidence: Evidence): boolean {
  if (k !== 1 || !(words[0]!.cls & ROLE_HEAD) || !PORTFOLIO_LINKS.has(words[1]!.text)) return false;
  const rest = words.slice(2);
  // A portfolio ends in a plural noun ("Resources", "Affairs", "Works"); a constituency ("MP for Kelmor Central") does not.
  return rest.length >= 2 && rest[rest.length - 1]!.lower.endsWith('s') && !evidence.known(keyOf(rest.map((w) => w.lower))) && rest.every((w) => !(w.cls & GIVEN_NAME) && !evidence.single(w.lower));
}

/**
 * "Alternative for Germany", "Citizens for Europe": "for" after one word that the article never
 * names on its own, capitalised mid-sentence, is the purpose of one body; "Kane for England" is
 * two names where the article writes "Kane" alone, and a title keeps its own rules ("Minister for
 * Europe", "MP for Stoke"). A sentence-initial word's capital says nothing ("Support for Ruiz").
 */
function namesPurpose(words: Token[], k: number, single: Known): boolean {
  const w = words[0]!;
  return (
    k === 1 &&
    words[1]!.text === 'for' &&
    !w.initial &&
    !isAcronym(w.text) &&
    !(w.cls & (ROLE_HEAD | ROLE_MODIFIER | GIVEN_NAME)) &&
    !single(w.lower)
  );
}

/**
 * "Dale Whitcombe of Kansas", "Dmitry Muratov of Novaya Gazeta": a person's name of several words
 * before "of" is a name of its own. One word before "of" is the head of an institution ("University
 * of Toulouse", "Bank of England"), and so is a head, a title ("Lord Mayor of London") or a place
 * noun ("Democratic Republic of Congo").
 */
function splitOf(words: Token[]): Token[][] {
  let k = 2;
  while (k < words.length && words[k]!.text !== 'of') k++;
  if (k >= words.length) return [words];
  const left = words.slice(0, k);
  if (left.some(isHeadToken) || left[left.length - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER | PLACE_NOUN)) return [words];
  const right = trim(words.slice(k + 1));
  return right.length ? [left, ...splitOf(right)] : [left];
}

/**
 * Splits "Human Rights Council President Chad Griffin" into the organisation and the person, whose
 * role is everything before the name. A title with no name after it is dropped.
 */
function splitRole(text: string, words: Token[], solo: Known): Part[] {
  for (let r = words.length - 2; r >= 0; r--) {
    // "Prime Minister Sheikh Hasina": after a title, "Sheikh" is a word of the name.
    if (r > 0 && words[r]!.lower === 'sheikh' && endsTitle(words, r - 1)) continue;
    if (!isTitleAt(text, words, r) && !(isPluralTitle(words[r]!) && words[r + 1]!.capitalised && listGoesOn(text, words[words.length - 1]!))) continue;
    let n = r + 1;
    if (namedAfterPortfolio(words, n)) n = portfolioEnd(words, n + 1);
    // "Secretary of State Antony Blinken", "Attorney General Merrick Garland"
    else if (words[n]!.text === 'of') {
      n++;
      while (n < words.length - 1 && !(words[n]!.cls & GIVEN_NAME)) n++;
      // "The Minister of Institutional Relations, Alexandre Padilha": with no given name after "of",
      // its last word is a name only where the article uses it alone ("Secretary of State Blinken").
      if (n === words.length - 1 && !(words[n]!.cls & GIVEN_NAME) && !solo(words[n]!.lower)) {
        n = nameAfterBody(words, r + 2);
        if (n < 0) continue;
      }
    }
    // "Attorney General Merrick Garland", "Chief Executive Kelly Ortberg": the title goes on.
    while (n < words.length - 1 && (words[n]!.lower === 'general' || (words[n]!.cls & ROLE_MODIFIER && !(words[n]!.cls & GIVEN_NAME)))) n++;
    const name = words.slice(n);
    // "Mr Chambers", "Mrs Banks": one word after an honorific is a surname, even a body's head's plural.
    if (!isPersonLike(name) && !(name.length === 1 && n === r + 1 && HONORIFICS.has(words[r]!.lower))) continue;
    let l = r;
    // "Acting Director General for Health Dr Ana Ruiz": a portfolio after a title's "for" is the title's too.
    while (l > 0 && (words[l - 1]!.cls & (ROLE_MODIFIER | ROLE_HEAD) || (words[l]!.lower === 'general' && GENERAL_RANKS.has(words[l - 1]!.lower)) || (l > 1 && PORTFOLIO_LINKS.has(words[l - 1]!.text) && endsTitle(words, l - 2)))) l--;
    // "Energy and Mines Minister": portfolios joined by "and", with no head word, are all the title's.
    if (l > 2 && !words.slice(0, l).some(isHeadToken) && words.slice(1, l).some((_, i) => joinsPortfolios(words, i + 1))) l = 0;
    // "… for Health Dr": an honorific after a longer title adds nothing to it.
    const role = text.slice(words[0]!.start, words[n - 1 === r && r > 0 && HONORIFICS.has(words[r]!.lower) ? r - 1 : n - 1]!.end);
    const left = words.slice(0, l);
    return [...(left.length ? [{ tokens: left, role: null, beforeTitle: true }] : []), { tokens: name, role }];
  }
  // "the Minister of Institutional Relations", "the Speaker of the House", "the Minister for
  // Petroleum Resources": a title with no name.
  if (words.length > 2 && PORTFOLIO_LINKS.has(words[1]!.text) && isTitleAt(text, words, 0)) return [];
  let e = words.length;
  // "Labour MPs", "Tory ministers": a plural title after a name is dropped, but not after "of" ("House of Lords").
  if (e > 1 && isPluralTitle(words[e - 1]!) && !isConnector(words[e - 2]!)) e--;
  while (e > 0 && endsWithTitleWord(text, words, e - 1, e === words.length)) e--;
  return e ? [{ tokens: e === words.length ? words : words.slice(0, e), role: null }] : [];
}

/**
 * words[i] is a title, or (short of the last word) a title's modifier that names nothing on its own.
 * Module-level, as is `cutAt`: these run for every name part, and a closure per call cost more than the work.
 */
const endsWithTitleWord = (text: string, words: Token[], i: number, last: boolean): boolean =>
  isTitleAt(text, words, i) || (!last && (words[i]!.cls & ROLE_MODIFIER) !== 0 && !(words[i]!.cls & NAMES_ALONE));

const isHeadToken = (t: Token): boolean => (t.cls & HEAD_WORD) !== 0;

const isPortfolio = (t: Token): boolean => (t.cls & ROLE_MODIFIER) !== 0 || PORTFOLIO_WORDS.has(t.lower);

/** The index after the portfolio words (joined by "and") from words[i]: "Foreign Affairs", "Water and Power". */
function portfolioEnd(words: Token[], i: number): number {
  let e = i;
  while (e < words.length && (isPortfolio(words[e]!) || (words[e]!.text === 'and' && e > i && e + 1 < words.length && isPortfolio(words[e + 1]!)))) e++;
  return e;
}

/**
 * "Federal Minister for Power Khurram Dastgir", "Minister of Foreign Affairs Shah Mahmood Qureshi":
 * "for" or "of" at k after a title, then portfolio words, then a name of at least two words (one
 * word may be the portfolio's own: "Minister for Europe Hall").
 */
const namedAfterPortfolio = (words: Token[], k: number): boolean =>
  k > 0 &&
  PORTFOLIO_LINKS.has(words[k]!.text) &&
  endsTitle(words, k - 1) &&
  portfolioEnd(words, k + 1) > k + 1 &&
  words.length - portfolioEnd(words, k + 1) >= 2;

const PORTFOLIO_LINKS = new Set(['for', 'of']);
/** Honorifics, which a role of more words makes redundant. */
/** words[i] ends a title: a title word, or "General" after one ("Director General", "Attorney General"). */
const endsTitle = (words: readonly Token[], i: number): boolean =>
  (words[i]!.cls & ROLE_HEAD) !== 0 || (i > 0 && words[i]!.lower === 'general' && (words[i - 1]!.cls & ROLE_HEAD) !== 0);

/**
 * "Energy and Mines Minister Jorge Merino", "Agriculture and Food Security Committee Chairman": an
 * "and" after a portfolio word, with a title later in the run, joins two portfolios of one title
 * ("Putin and Foreign Minister Lavrov" has a name before it).
 */
const joinsPortfolios = (words: Token[], k: number): boolean =>
  words[k]!.text === 'and' && (words[k - 1]!.cls & ROLE_MODIFIER) !== 0 && words.some((w, i) => i > k && (w.cls & ROLE_HEAD) !== 0);

/**
 * "Sen" in "Nilamoni Sen Deka" or "Amartya Sen" is a surname: a title written as an abbreviation
 * without its full stop is one only where no capitalised word other than a title stands before it.
 */
const isTitleAt = (text: string, words: Token[], r: number): boolean => {
  const w = words[r]!;
  // "Major General Vladimir Zavadsky": a rank of its own, where "Major" alone is a surname ("John
  // Major") and "General" alone opens names ("General Motors").
  if (w.lower === 'general' && r > 0 && GENERAL_RANKS.has(words[r - 1]!.lower)) return true;
  // "the Prime Minister’s Office in Canberra": a title owning what follows names nobody after it.
  if (!(w.cls & ROLE_HEAD) || w.possessive) return false;
  // "The Times Leader", "the Daily Leader": after an outlet's word, "Leader" ends a newspaper's name.
  if (w.lower === 'leader' && r > 0 && words[r - 1]!.cls & OUTLET_WORD) return false;
  if (!(w.cls & ABBREVIATION) || text.charCodeAt(w.end) === 46 || r === 0) return true;
  return (words[r - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER)) !== 0 || !words[r - 1]!.capitalised;
};

/** Words that make "General" after them a military rank ("Lieutenant General" has a title head already). */
const GENERAL_RANKS = new Set(['major', 'brigadier']);

/**
 * "City Councilors Linda Vacon, Howard Greaney and …": a plural title before a name is a title where
 * a list of names goes on after it (so not "Queens Park Rangers won").
 */
const listGoesOn = (text: string, last: Token): boolean => text[last.end] === ',' || text.startsWith(' and ', last.end);

const isPluralTitle = (t: Token): boolean => t.lower.length > 2 && endsInS(t.lower) && (wordClass(t.lower.slice(0, -1)) & ROLE_HEAD) !== 0;

/**
 * Up to four words, not counting connectors ("Luiz Inácio Lula da Silva"), with no head and no "of";
 * not a suffix alone ("Martin Luther King Jr" has no title).
 */
/**
 * "Superintendent of Police Sujata Singh": head words of a body after a title's "of" end the title,
 * and two words or more after them are the person's name, given name known or not. Their index, or -1.
 */
function nameAfterBody(words: Token[], from: number): number {
  let j = from;
  while (j < words.length && isHeadToken(words[j]!)) j++;
  return j > from && words.length - j >= 2 && isPersonLike(words.slice(j)) ? j : -1;
}

const isPersonLike = (name: Token[]): boolean =>
  name.length > 0 &&
  !(name.length === 1 && NAME_SUFFIXES.has(name[0]!.lower)) &&
  name.filter((w) => !isConnector(w)).length <= 4 &&
  !isHeadToken(name[name.length - 1]!) &&
  !name.some((w) => w.text === 'of');

/**
 * "Russian Vladimir Putin" names Putin and "Pakistani Kashmir" Kashmir; "Russian LGBT Network",
 * "Russian Ministry of Foreign Affairs", "Czech Republic" and "Muslim Brotherhood" keep their demonym: it is dropped only before a person's name (a given name,
 * or several words) or a word that is a name on its own.
 */
function dropDemonym(words: Token[], named: Known): Token[] {
  if (words.length < 2 || !(words[0]!.cls & DEMONYM) || words[words.length - 1]!.cls & (HEAD_WORD | PLACE_NOUN) || headsTail(words)) return words;
  const rest = words.slice(1);
  return rest.length > 1 || rest[0]!.cls & GIVEN_NAME || named(rest[0]!.lower) ? rest : words;
}

/** "Russian Ministry of Foreign Affairs": a head word before a connector makes the words an institution's name, tail and all. */
const headsTail = (words: Token[]): boolean => words.some((w, k) => k + 1 < words.length && isHeadToken(w) && isConnector(words[k + 1]!));

/** Longer spans are headlines or garbage, not names. */
const MAX_NAME_WORDS = 8;

function isName(words: Token[]): boolean {
  if (words.length > MAX_NAME_WORDS) return false;
  if (words.every((w) => w.cls & DEMONYM)) return false;
  // The generic acronyms are single words.
  if (words.length > 1) return true;
  const w = words[0]!;
  // "Region" of "Region 4-A": a place noun alone names nothing; nor does "Jr" of "Marcos, Jr.".
  if (w.cls & (GENERIC_ACRONYM | ROLE_HEAD | PLACE_NOUN) || (w.cls & ROLE_MODIFIER && !(w.cls & NAMES_ALONE)) || NAME_SUFFIXES.has(w.lower)) return false;
  if (w.cls & FUNCTION && !isAcronym(w.text)) return false;
  return letterThenWordChar(w.text);
}

/** "Mr English", "Dr French": a lone demonym right after an honorific is a surname, not a nationality. */
function surnameAfterHonorific(run: Token[], words: Token[]): boolean {
  const before = run[run.indexOf(words[0]!) - 1];
  return words.length === 1 && (words[0]!.cls & DEMONYM) !== 0 && before !== undefined && HONORIFICS.has(before.lower);
}

/** /\p{L}.*[\p{L}\p{N}]/u: a letter with a letter or digit somewhere after it. */
function letterThenWordChar(word: string): boolean {
  let letter = false;
  for (let i = 0; i < word.length; i += widthAt(word, i)) {
    const k = classAt(word, i);
    if (letter && k & (LETTER | NUMBER)) return true;
    if (k & LETTER) letter = true;
  }
  return false;
}
