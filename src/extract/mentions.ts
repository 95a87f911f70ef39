import {
  ABBREVIATIONS,
  COMMON_NOUNS,
  CONNECTORS,
  DEMONYMS,
  EVENT_HEADS,
  FUNCTION_WORDS,
  GENERIC_ACRONYMS,
  GIVEN_NAMES,
  GOVERNMENT_HEADS,
  HOLIDAYS,
  MONTHS,
  ORG_HEADS,
  OUTLET_WORDS,
  REPORTING_VERBS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  VERB_FILLERS,
  WEAK_CONNECTORS,
  WEEKDAYS,
} from './lexicon';
import type { Sentence } from './sentences';
import { isAcronym, plain, tokenFrom, type Token } from './tokens';

/** One occurrence of a name in the text, before forms are merged into mentions. */
export interface Occurrence {
  start: number;
  end: number;
  form: string;
  /** Lower-case words of the form, without invisible characters. */
  words: string[];
  role: string | null;
}

interface Word extends Token {
  /** Opens a sentence or a quotation, so its capital says nothing about it being a name. */
  initial: boolean;
  /** Position in the sentence's words. */
  index: number;
}

/** Says whether a lower-case name is known to the lexicon or the gazetteer. */
export type Known = (lower: string) => boolean;

/** Last words that make a span an institution, event or outlet rather than a person. */
const isHead = (lower: string): boolean =>
  ORG_HEADS.has(lower) || GOVERNMENT_HEADS.has(lower) || EVENT_HEADS.has(lower) || OUTLET_WORDS.has(lower);
/** Plural heads count too ("Centers for Disease Control", "Red Crescent Societies"). */
const isHeadWord = (lower: string): boolean =>
  isHead(lower) || (lower.endsWith('s') && (isHead(lower.slice(0, -1)) || (lower.endsWith('ies') && isHead(`${lower.slice(0, -3)}y`))));

const OPENERS = new Set(['“', '"', '«', '„', '‘', '(']);

/** The gap before a word ends with an opening quote or bracket (spaces allowed after it). */
function opensQuote(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  return i >= from && OPENERS.has(text[i]!);
}
/** "Shelter, a housing charity, said": an apposition shows a sentence-initial word is a name. */
const APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:charity|group|organi[sz]ation|company|firm|newspaper|agency|network|broadcaster|website|party|union|campaign|watchdog|spokesperson|spokesman|spokeswoman)\b/u;

/** Capitalised spans of every sentence, split at titles and cleaned of non-names. */
export function findOccurrences(text: string, sents: Sentence[], tokens: readonly Token[], known: Known): Occurrence[] {
  const perSentence = sents.map((s) => {
    const words: Word[] = [];
    for (let k = tokenFrom(tokens, s.start); k < tokens.length && tokens[k]!.end <= s.end; k++) {
      const t = tokens[k]!;
      const index = words.length;
      const initial = index === 0 || opensQuote(text, words[index - 1]!.end, t.start);
      words.push({ text: t.text, lower: t.lower, start: t.start, end: t.end, possessive: t.possessive, capitalised: t.capitalised, index, initial });
    }
    return words;
  });
  // A word capitalised mid-sentence somewhere is a name even where it opens a sentence; a word
  // also seen in lower case is a common noun.
  const capsElsewhere = new Set<string>();
  const lowerWords = new Set<string>();
  for (const words of perSentence) {
    for (const w of words) {
      if (!w.capitalised) lowerWords.add(w.lower);
      else if (!w.initial) capsElsewhere.add(w.lower);
    }
  }
  const isCommonNoun = (lower: string): boolean =>
    COMMON_NOUNS.has(lower) || lowerWords.has(lower) || lowerWords.has(lower.replace(/s$/, '')) || lowerWords.has(`${lower}s`);

  const out: Occurrence[] = [];
  for (const words of perSentence) {
    for (const run of capitalisedRuns(text, words)) {
      for (const part of nameParts(text, run)) {
        const first = part.tokens[0]!;
        if (part.tokens.length === 1 && first.initial && !part.role) {
          const keep =
            known(first.lower) ||
            capsElsewhere.has(first.lower) ||
            (!isCommonNoun(first.lower) &&
              (reportingVerbFollows(words, first.index + 1) || APPOSITION.test(text.slice(first.end, first.end + 40))));
          if (!keep) continue;
        }
        const last = part.tokens[part.tokens.length - 1]!;
        out.push({
          start: first.start,
          end: last.end,
          form: plain(text.slice(first.start, last.end)),
          words: part.tokens.map((t) => t.lower),
          role: part.role,
        });
      }
    }
  }
  return out;
}

function reportingVerbFollows(words: Word[], from: number): boolean {
  for (let i = from; i < words.length && i < from + 4; i++) {
    const w = words[i]!.lower;
    if (REPORTING_VERBS.has(w)) return true;
    if (!VERB_FILLERS.has(w)) return false;
  }
  return false;
}

/** Maximal runs of capitalised words, joined by single spaces or lower-case connectors. */
function capitalisedRuns(text: string, words: Word[]): Word[][] {
  const runs: Word[][] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capitalised) {
      i++;
      continue;
    }
    const run = [words[i]!];
    let j = i;
    while (!words[j]!.possessive && j + 1 < words.length) {
      const next = words[j + 1]!;
      const after = words[j + 2];
      if (!(next.capitalised || CONNECTORS.has(next.text)) || !joins(text, words[j]!, next)) break;
      if (next.capitalised) {
        run.push(next);
        j += 1;
      } else if (CONNECTORS.has(next.text) && after && after.capitalised && joins(text, next, after)) {
        run.push(next, after);
        j += 2;
      } else break;
    }
    runs.push(run);
    i = j + 1;
  }
  return runs;
}

/** Only a plain space or an ampersand joins two words of a name, or the full stop of a title or an initial ("Dr. Jo"). */
function joins(text: string, a: Token, b: Token): boolean {
  // Compared by length and characters: this runs for every word pair, and slicing each gap costs more.
  const n = b.start - a.end;
  const c = text[a.end];
  if (n === 1 && (c === ' ' || c === '\u00a0')) return true;
  if (n === 3 && c === ' ' && text[a.end + 1] === '&' && text[a.end + 2] === ' ') return true;
  const dot = c === '.' && (n === 1 || (n === 2 && text[a.end + 1] === ' '));
  return dot && (ABBREVIATIONS.has(a.lower) || (a.text.length === 1 && a.capitalised));
}

interface Part {
  tokens: Word[];
  role: string | null;
}

/**
 * Dates and holidays split a run ("Ramadan", "in April Novaya Gazeta"). A month inside a name
 * ("Theresa May", "Jan Novak") is kept: it breaks only where a name would start, or before a day.
 */
function isBreaker(text: string, w: Word, prev: Word | undefined): boolean {
  if (WEEKDAYS.has(w.lower) || HOLIDAYS.has(w.lower) || w.text === 'I') return true;
  if (!MONTHS.has(w.lower)) return false;
  const day = /^\.?\s+\d/.test(text.slice(w.end, w.end + 4));
  const startsName = !prev || CONNECTORS.has(prev.text);
  return day || (startsName && w.lower.length > 3);
}

/** Splits a run into the names it holds, dropping words that are not names. */
function nameParts(text: string, run: Word[]): Part[] {
  const out: Part[] = [];
  let piece: Word[] = [];
  for (const w of [...run, null]) {
    if (w && !isBreaker(text, w, piece[piece.length - 1])) {
      piece.push(w);
      continue;
    }
    for (const names of splitWeakConnectors(trim(piece)).flatMap(splitOf)) {
      for (const part of splitRole(text, names)) {
        const cleaned = dropDemonym(part.tokens);
        if (cleaned.length && isName(cleaned)) out.push({ tokens: cleaned, role: part.role });
      }
    }
    piece = [];
  }
  return out;
}

/** Drops connectors at the ends and function words that open the span ("The", sentence-initial "With"). */
function trim(words: Word[]): Word[] {
  let s = 0;
  let e = words.length;
  for (;;) {
    const w = words[s];
    if (!w) break;
    const functionWord = FUNCTION_WORDS.has(w.lower) && !isAcronym(w.text) && (w.initial || /^(the|a|an)$/.test(w.lower));
    if (CONNECTORS.has(w.text) || functionWord) s++;
    else break;
  }
  while (e > s && CONNECTORS.has(words[e - 1]!.text)) e--;
  return words.slice(s, e);
}

/** "Trump and Putin" are two names; "Institute for Fiscal Studies" is one because it has a head word. */
function splitWeakConnectors(words: Word[]): Word[][] {
  if (!words.length) return [];
  const lastIsHead = isHeadWord(words[words.length - 1]!.lower);
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]!;
    if (!WEAK_CONNECTORS.has(w.text) || lastIsHead) continue;
    const left = words.slice(0, k);
    if (left.some((l) => isHeadWord(l.lower))) continue;
    return [left, ...splitWeakConnectors(words.slice(k + 1))];
  }
  return [words];
}

/**
 * "Dale Whitcombe of Kansas", "Dmitry Muratov of Novaya Gazeta": a person's name of several words
 * before "of" is a name of its own. One word before "of" is the head of an institution ("University
 * of Toulouse", "Bank of England"), and so is a head or a title ("Lord Mayor of London").
 */
function splitOf(words: Word[]): Word[][] {
  const k = words.findIndex((w, i) => i >= 2 && w.text === 'of');
  if (k < 0) return [words];
  const left = words.slice(0, k);
  const last = left[left.length - 1]!.lower;
  if (left.some((w) => isHeadWord(w.lower)) || ROLE_HEADS.has(last) || ROLE_MODIFIERS.has(last)) return [words];
  const right = trim(words.slice(k + 1));
  return right.length ? [left, ...splitOf(right)] : [left];
}

/**
 * Splits "Human Rights Council President Chad Griffin" into the organisation and the person, whose
 * role is everything before the name. A title with no name after it is dropped.
 */
function splitRole(text: string, words: Word[]): Part[] {
  for (let r = words.length - 2; r >= 0; r--) {
    if (!ROLE_HEADS.has(words[r]!.lower)) continue;
    let n = r + 1;
    // "Secretary of State Antony Blinken", "Attorney General Merrick Garland"
    if (words[n]!.text === 'of') {
      n++;
      while (n < words.length - 1 && !GIVEN_NAMES.has(words[n]!.lower)) n++;
    }
    while (n < words.length - 1 && words[n]!.lower === 'general') n++;
    const name = words.slice(n);
    if (!isPersonLike(name)) continue;
    let l = r;
    while (l > 0 && (ROLE_MODIFIERS.has(words[l - 1]!.lower) || ROLE_HEADS.has(words[l - 1]!.lower))) l--;
    const role = text.slice(words[0]!.start, words[n - 1]!.end);
    const left = words.slice(0, l);
    return [...(left.length ? [{ tokens: left, role: null }] : []), { tokens: name, role }];
  }
  let e = words.length;
  while (e > 0 && (ROLE_HEADS.has(words[e - 1]!.lower) || (e < words.length && ROLE_MODIFIERS.has(words[e - 1]!.lower)))) e--;
  return e ? [{ tokens: words.slice(0, e), role: null }] : [];
}

const isPersonLike = (name: Word[]): boolean =>
  name.length > 0 && name.length <= 4 && !isHeadWord(name[name.length - 1]!.lower) && !name.some((w) => w.text === 'of');

/** "Russian Vladimir Putin" names Putin; "Russian LGBT Network" keeps its demonym. */
function dropDemonym(words: Word[]): Word[] {
  if (words.length > 1 && DEMONYMS.has(words[0]!.lower) && !isHeadWord(words[words.length - 1]!.lower)) {
    return words.slice(1);
  }
  return words;
}

/** Longer spans are headlines or garbage, not names. */
const MAX_NAME_WORDS = 8;

function isName(words: Word[]): boolean {
  if (words.length > MAX_NAME_WORDS) return false;
  if (words.every((w) => DEMONYMS.has(w.lower))) return false;
  const key = words.map((w) => w.lower).join(' ');
  if (GENERIC_ACRONYMS.has(key)) return false;
  if (words.length > 1) return true;
  const w = words[0]!;
  if (ROLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower)) return false;
  if (FUNCTION_WORDS.has(w.lower) && !isAcronym(w.text)) return false;
  return /\p{L}.*[\p{L}\p{N}]/u.test(w.text);
}
