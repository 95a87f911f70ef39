/** Words around one use of a name that say a person (a title, "who", an age, "the BBC's", telling an outlet, the pronoun that takes a speaker up); separate because they are read only where a name may be a person's. */
import { OFFICE_ACRONYMS, OUTLETS } from '../lexicon';
import { classAt, codeAt, isDigit, isSpaceAt, LETTER, spacesFrom, UPPER } from '../chars';
import { lettersBefore, reportsAfter, wordBeforeLast } from '../scan';
import { isApostrophe } from '../tokens';
import { DEMONYM, GIVEN_NAME, HEAD_WORD, PERSON_NOUN, ROLE_HEAD, wordClass } from '../wordclass';

/**
 * "X, in tears, told AFP", "X from the Kelmor aid committee told AFP": the verb "told" after the name
 * (and an aside between commas, or the body the name is from), then the word it was told to.
 */
const TOLD = /^(?:,[^,.;]{1,30},|\s+from\s+[^,.;]{1,50}?)?\s+told\s+(?:the\s+)?(\p{Lu}[\p{L}]*)/u;

/** The name ending at `end` tells a known outlet something: only people give outlets interviews. */
export function tellsOutlet(text: string, end: number, hi: number): boolean {
  const after = text.slice(end, hi);
  if (!after.includes(' told ')) return false;
  const m = TOLD.exec(after);
  return m !== null && OUTLETS.has(m[1]!.toLowerCase());
}

/** The name at `start` follows an outlet's possessive: "the BBC's Ana Ruiz". */
export function ownedByOutlet(text: string, lo: number, start: number): boolean {
  return start - lo > 3 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 115 && isApostrophe(text.charCodeAt(start - 3)) && OUTLETS.has(text.slice(lettersBefore(text, lo, start - 3), start - 3).toLowerCase()); // space, s
}

/** "the " (any case) stands right before `start`, as a word of its own. */
export const afterThe = (text: string, start: number): boolean =>
  start >= 4 && text[start - 1] === ' ' && isLetterAt(text, start - 4, 116) && isLetterAt(text, start - 3, 104) && isLetterAt(text, start - 2, 101) && !(start > 4 && classAt(text, start - 5) & LETTER);

/**
 * The code unit at `i` is the ASCII lower-case letter `lower` in either case: no other character
 * lower-cases to t, h or e, and comparing code units spares lower-casing a slice.
 */
const isLetterAt = (text: string, i: number, lower: number): boolean => (text.charCodeAt(i) | 32) === lower;

/** How far after a speaker's name the pronoun standing for it is looked for. */
export const PRONOUN_REACH = 300;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);
/** h s i t H S I T: the letters a pronoun starts with, in either case. */
const PRONOUN_INITIALS = new Set([...'hsitHSIT'].map((c) => c.charCodeAt(0)));

/** The first third-person pronoun in text[from, hi), as the possessive's subject form ("his" → "he"), or "". */
export function nextPronoun(text: string, from: number, hi: number): string {
  for (let i = from; i < hi; ) {
    if (!(classAt(text, i) & LETTER)) {
      i++;
      continue;
    }
    let end = i;
    while (end < hi && classAt(text, end) & LETTER) end++;
    // Only a word of two to five letters that starts like a pronoun is worth a lower-cased copy.
    const w = end - i >= 2 && end - i <= 5 && PRONOUN_INITIALS.has(text.charCodeAt(i)) ? text.slice(i, end).toLowerCase() : '';
    if (PRONOUNS.has(w)) return w === 'his' ? 'he' : w === 'her' ? 'she' : w === 'its' ? 'it' : w === 'their' ? 'they' : w;
    i = end;
  }
  return '';
}

/**
 * "the Reform UK party Nigel Farage": the cue word before a person's name (it starts with a given
 * name) ends the name before it, and says nothing of this one. A demonym before the cue is no name
 * ("Russian newspaper Novaya Gazeta").
 */
export function cueOfAnotherName(text: string, lo: number, start: number, firstWordClass: number): boolean {
  if (!(firstWordClass & GIVEN_NAME)) return false;
  const owner = wordBeforeLast(text, lo, start);
  return owner !== '' && (classAt(owner, 0) & UPPER) !== 0 && !(wordClass(owner.toLowerCase()) & DEMONYM);
}

/** `/^\s+who\s/` on text[start, hi): "who" follows after spaces. */
export function isWhoAfter(text: string, start: number, hi: number): boolean {
  const i = spacesFrom(text, start, hi);
  return i > start && i + 3 < hi && text.startsWith('who', i) && isSpaceAt(text, i + 3);
}

/** `/^ \d{1,3},/` on text from `start` (after a name's comma): an age, as in "Ana Ruiz, 34, said". */
export function isAgeAfter(text: string, start: number): boolean {
  if (text.charCodeAt(start) !== 32) return false;
  let i = start + 1;
  while (i < text.length && i - start <= 3 && isDigit(text.charCodeAt(i))) i++;
  return i > start + 1 && text.charCodeAt(i) === 44;
}

/** "80-year-old Ana Ruiz", "Six-year-old Ana Ruiz": an age compound right before the name at `start`; only a person (or an animal) is so old. */
export function isAgeBefore(text: string, lo: number, start: number): boolean {
  const at = start - AGE_COMPOUND.length;
  return at > lo && text.startsWith(AGE_COMPOUND, at) && ((classAt(text, at - 1) & LETTER) !== 0 || isDigit(text.charCodeAt(at - 1)));
}

const AGE_COMPOUND = '-year-old ';

export const isPersonWord = (w: string): boolean =>
  (wordClass(w) & (PERSON_NOUN | ROLE_HEAD)) !== 0 || (wordClass(w.replace(/s$/, '')) & PERSON_NOUN) !== 0;

/**
 * The head of a name's apposition says a person: a person's noun (", a resident of the town") or
 * "head" (", head of the agency"), which only a person is of a body.
 */
export const isPersonHead = (head: string, headClass: number): boolean => (headClass & PERSON_NOUN) !== 0 || head === 'head' || OFFICE_ACRONYMS.has(head);

/** How far after a name's comma an apposition's "who" and its closing comma are looked for. */
const WHO_REACH = 60;
/** Words that open an apposition describing one person ("a", "the", "one of the"). */
const APPOSITION_OPENERS = ['a ', 'an ', 'the ', 'one '];

/**
 * "Ana Ruiz, one of the patients who was treated there, told …": an apposition after a name's
 * comma (at `from`), opened by an article or "one", holding "who" and closed by a comma before a
 * reporting verb, says a person, as organisations take "which" ("Kelmor, and those who …" is a list).
 * Read within a fixed reach.
 */
export function whoInApposition(text: string, from: number, hi: number): boolean {
  const open = from + 1;
  if (text.charCodeAt(from) !== 32 || !APPOSITION_OPENERS.some((w) => text.startsWith(w, open))) return false;
  const end = Math.min(hi, from + WHO_REACH);
  let who = false;
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) return who && reportsAfter(text, i, Math.min(text.length, i + 30)); // ,
    if (c === 46 || c === 59 || c === 58) return false; // . ; :
    who ||= c === 32 && text.startsWith('who', i + 1) && isSpaceAt(text, i + 4);
  }
  return false;
}

/**
 * "Ines Varg, of the port workers' union in Ostra, said": an apposition after a name's comma (at `from`), "of the" and
 * a body's lower-case head ("union", "party"), closed by a comma before a verb of saying, says a member speaking, so a
 * person, whether or not the lexicon knows the given name; a body is not written "of the" another this way before it speaks.
 */
export function ofBodyApposed(text: string, from: number, hi: number): boolean {
  if (!text.startsWith(' of the ', from)) return false;
  const close = text.indexOf(',', from + 8);
  if (close < 0 || close >= hi) return false;
  const words = text.slice(from + 8, close);
  if (/[.;:]/.test(words) || !reportsAfter(text, close, Math.min(text.length, close + 30))) return false;
  return words.split(' ').some((w) => /^\p{Ll}+$/u.test(w) && (wordClass(w) & HEAD_WORD) !== 0);
}

/** "a man who identified himself as Tarek": the name a person gives themself is a person's. */
export const namedSelf = (text: string, start: number): boolean =>
  start >= 11 && (text.startsWith('himself as ', start - 11) || text.startsWith('herself as ', start - 11));

/**
 * "According to Radovan Kelc of KTU, …": a name credited with "according to" and set before "of" and a
 * capitalised name is a person's, with the body they speak for (a body is not "of" another there).
 */
export const isCreditedMember = (text: string, lo: number, start: number, end: number): boolean =>
  text.startsWith(' of ', end) && (classAt(text, end + 4) & UPPER) !== 0 && /according to $/i.test(text.slice(Math.max(lo, start - 13), start));

/**
 * "Ana Varn of Kelmor's Missing Sailors Fund said", "Bo Lund of KTU told …": a name set right before "of", a body's
 * capitalised name (perhaps owned: "Kelmor's"), then a verb of saying is a person's, the member speaking for that body; a body
 * is not written "of" another right before it speaks. Read over a bounded slice with one anchored pattern.
 */
export function speaksForBodyOf(text: string, end: number, hi: number): boolean {
  if (!text.startsWith(' of ', end)) return false;
  const m = BODY_OF_BEFORE_VERB.exec(text.slice(end, Math.min(hi, end + BODY_OF_REACH)));
  return m !== null && reportsAfter(text, end + m[0].length, hi);
}
/** " of ", then one to five capitalised words, the last not owned, before what comes next. */
const BODY_OF_BEFORE_VERB = /^ of (?:the )?(?:\p{Lu}[\p{L}\p{N}&-]*(?:['’]s)? ){0,4}\p{Lu}[\p{L}\p{N}&-]*(?=[ ,])/u;
const BODY_OF_REACH = 80;

/** Marks that close a quotation: " ” ’ '. */
const CLOSING_QUOTES = new Set([34, 0x201d, 0x2019, 39]);

/**
 * `…," said Ana Ruiz.`: the name from `start` to `end` comes right after the reporting verb `verb`
 * (lower case), which comes right after a quotation's closing mark and the comma (or ! ?) that ends
 * it, and the clause ends with the name (not `said Kelmor Research analyst Ana Ruiz`, the name of
 * the speaker's employer). Only a person speaks a quotation so; read at fixed offsets, with no scan.
 */
export function speaksAfterQuote(text: string, start: number, end: number, verb: string): boolean {
  const at = start - 1 - verb.length;
  const next = text.charCodeAt(end);
  if (at < 3 || !(end === text.length || next === 46 || next === 44 || next === 59) || // . , ;
    text.charCodeAt(start - 1) !== 32 || text.charCodeAt(at - 1) !== 32 || text.slice(at, start - 1).toLowerCase() !== verb) return false;
  const close = text.charCodeAt(at - 3);
  return CLOSING_QUOTES.has(text.charCodeAt(at - 2)) && (close === 44 || close === 33 || close === 63); // , ! ?
}

/** ", a local," ", the eldest son,": an article and up to three lower-case words closed by a comma. */
const SHORT_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,/u;
/** How far after a name its short apposition and the reporting verb after it are read. */
const APPOSED_REACH = 60;

/**
 * `…?” Velusamy, a local, asked.`: the name from `start` to `end` comes right after a quotation's
 * closing mark and is set off by a short apposition before a reporting verb, so it names who spoke
 * the quotation. Read at fixed offsets, with one anchored pattern over a bounded slice.
 */
export function speaksApposedAfterQuote(text: string, start: number, end: number): boolean {
  const q = codeAt(text, start - 1) === 32 ? start - 2 : start - 1;
  if (q < 0 || !CLOSING_QUOTES.has(text.charCodeAt(q)) || text.charCodeAt(end) !== 44) return false; // ,
  const hi = Math.min(text.length, end + APPOSED_REACH);
  const m = SHORT_APPOSITION.exec(text.slice(end, hi));
  return m !== null && reportsAfter(text, end + m[0].length, hi);
}

/**
 * "Ana Ruiz (the home affairs commissioner)", "Bo Lund (the first vice-president)": a title in brackets after a name, opened
 * by an article, is the office of a person. Not a short form ("Kelmor Party (KP)") nor a body's kind ("(the ruling party)").
 */
export function titleInBrackets(text: string, end: number): boolean {
  const head = BRACKETED_TITLE.exec(text.slice(end, end + BRACKETED_TITLE_REACH))?.[1]!.toLowerCase();
  return head !== undefined && (wordClass(head) & ROLE_HEAD) !== 0;
}
const BRACKETED_TITLE = /^ \((?:the|a|an) [^()]{0,60}?(?:\b|-)(\p{L}+)\)/u;
const BRACKETED_TITLE_REACH = 80;
