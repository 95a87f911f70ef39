import { FUNCTION_WORDS, MONTHS, VERB_FILLERS } from './lexicon';
import { findNumbers, type NumberHit } from './numbers';
import { rangeAt } from './ranges';
import type { Range } from './sentences';
import type { Comparator, Figure } from './types';

/** A figure and the text of its claim: the figure phrase through the end of its clause. */
export interface FigureHit {
  figure: Figure;
  claim: Range;
}

const COMPARATORS: [Comparator, string][] = [
  ['>=', 'at least|no fewer than|no less than|not less than|a minimum of'],
  ['<=', 'at most|up to|as many as|no more than|not more than|a maximum of'],
  ['>', 'more than|just over|over|above|upwards of|in excess of'],
  ['<', 'less than|fewer than|just under|under|below'],
  ['~', 'nearly|about|around|almost|some|roughly|approximately|an estimated|estimated|close to|circa'],
];
const COMPARATOR_OF = new Map(COMPARATORS.flatMap(([c, words]) => words.split('|').map((w) => [w, c] as const)));
const COMPARATOR_RE = new RegExp(`(?:^|[^\\p{L}])(${[...COMPARATOR_OF.keys()].join('|')})\\s+$`, 'u');

/** Canonical events, so that "3 killed" and "6 were murdered" can be compared across sources. */
const ABOUT_RE =
  /\b(?:(killed|murdered|dead|died|deaths?|death toll|executed|slain|fatalities|massacred|drowned|perished)|(arrested|arrests?|detained|detentions?|detainees|round-?ups?|rounded up|jailed|imprisoned|in custody|captured)|(missing|vanished|disappeared|abducted|kidnapped)|(injured|wounded|hurt|injuries))\b/gi;
const ABOUT = ['killed', 'detained', 'missing', 'injured'];
/** Adjectives of those events end a counted noun: "100 dead" counts nothing more. */
const ABOUT_WORD = /^(dead|missing|injured|hurt)$/;

/** Words before a number that make it a reference, not a count ("page 4", "aged 34"). */
const REFERENCE = new Set(
  'page p pp section chapter article paragraph clause no number room flight route line episode season volume vol issue item rule amendment version level stage phase platform gate exit highway road street bus channel grade class size model step part figure table appendix verse act scene round aged age ages'.split(' '),
);
/** Words that end the counted noun phrase after a number. */
const UNIT_STOP = new Set([...FUNCTION_WORDS, ...VERB_FILLERS, ...'ago be being do did does can must should shall get got gets'.split(' ')]);
const MAX_UNIT_WORDS = 3;
/** Longest clause read around a figure; keeps run-on garbage "sentences" linear. */
const MAX_CLAUSE = 400;
const CLAUSE_END = /[—–;)]|\s-\s/;
const CLAUSE_START = /[—–;:(]|\s-\s|\bthat\b/g;

/**
 * Figures of one sentence. `names` are mention spans (a number inside a name is not a figure);
 * `quoted` are quoted segments, whose end also ends a clause. Both are sorted and do not overlap.
 */
export function findFigures(text: string, sentence: Range, names: Range[], quoted: Range[]): FigureHit[] {
  const out: FigureHit[] = [];
  // An earlier figure of the clause owns the words up to the next one: "40 were wounded and 350 fled"
  // says nothing of the 350.
  let previousEnd = sentence.start;
  for (const hit of findNumbers(text, sentence.start, sentence.end)) {
    if (rangeAt(names, hit.start) || rangeAt(names, hit.end - 1) || isReference(text, sentence, hit)) continue;
    const windowStart = Math.max(sentence.start, hit.start - 32);
    const cmp = COMPARATOR_RE.exec(text.slice(windowStart, hit.start).toLowerCase());
    const phraseStart = cmp ? windowStart + cmp.index + cmp[0].indexOf(cmp[1]!) : hit.start;
    const comparator = cmp ? COMPARATOR_OF.get(cmp[1]!)! : hit.rangeLow ? '>=' : '=';
    const unit = hit.unit ?? countedNoun(text, rangeEnd(text, hit), sentence.end);
    if (hit.yearLike && !cmp && !unit?.endsWith('s') && unit !== 'people') continue;

    const quote = rangeAt(quoted, hit.start);
    const clauseFloor = Math.max(sentence.start, quote?.start ?? sentence.start, phraseStart - MAX_CLAUSE);
    let clauseEnd = Math.min(sentence.end, quote?.end ?? sentence.end, hit.end + MAX_CLAUSE);
    const endMark = CLAUSE_END.exec(text.slice(hit.end, clauseEnd));
    if (endMark) clauseEnd = hit.end + endMark.index;
    let clauseStart = clauseFloor;
    for (const m of text.slice(clauseFloor, phraseStart).matchAll(CLAUSE_START)) clauseStart = clauseFloor + (m.index ?? 0) + m[0].length;
    const ownsBefore = clauseStart >= previousEnd;
    const about = eventAfter(text, hit.end, clauseEnd) ?? (ownsBefore ? eventBefore(text, clauseStart, phraseStart) : null);
    // "one" is too often not a count ("no one", "one of the reasons") unless it counts an event or is "only one".
    if (hit.words && hit.value === 1 && !about && !/\bonly\s+$/i.test(text.slice(Math.max(sentence.start, hit.start - 6), hit.start))) continue;

    const withWord = /\bwith\s+$/i.exec(text.slice(Math.max(clauseFloor, phraseStart - 8), phraseStart));
    const claimStart = withWord ? phraseStart - withWord[0].length : phraseStart;
    let claimEnd = clauseEnd;
    while (claimEnd > hit.end && /[\s,;:.!?"”’»]/.test(text[claimEnd - 1]!)) claimEnd--;
    out.push({
      figure: {
        value: hit.value,
        comparator,
        unit,
        about,
        phrase: text.slice(phraseStart, hit.end),
        span: { start: phraseStart, end: hit.end },
      },
      claim: { start: claimStart, end: claimEnd },
    });
    previousEnd = hit.end;
  }
  return out;
}

/** The end of "10-15" when a hit is the low end of a range, so the unit is read after the whole range. */
function rangeEnd(text: string, hit: NumberHit): number {
  return hit.rangeLow ? hit.end + (/^\s?[-–]\s?[\d.]+/.exec(text.slice(hit.end, hit.end + 16))?.[0].length ?? 0) : hit.end;
}

/** An age set off after a name: "Graham Pettifer, 58, admitted". */
const AGE_BEFORE = /\p{Lu}[\p{L}’'-]*,\s$/u;

/** Dates ("June 24", "24 June"), references ("page 4") and ages are not figures. */
function isReference(text: string, sentence: Range, hit: NumberHit): boolean {
  if (!hit.words && !hit.unit && text[hit.end] === ',' && AGE_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start))) return true;
  const before = /([\p{L}.]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(sentence.start, hit.start - 20), hit.start))?.[1] ?? '';
  const after = /^[^\p{L}\p{N}]*(\p{L}+)/u.exec(text.slice(hit.end, hit.end + 20))?.[1] ?? '';
  const isMonth = (w: string): boolean => /^\p{Lu}/u.test(w) && MONTHS.has(w.toLowerCase());
  return isMonth(before) || isMonth(after) || REFERENCE.has(before.toLowerCase().replace(/\.$/, ''));
}

/** The noun phrase a number counts: "gay men" in "100 gay men had vanished"; null in "6 were murdered". */
function countedNoun(text: string, from: number, to: number): string | null {
  const words: string[] = [];
  let end = from;
  for (const m of text.slice(from, Math.min(to, from + 80)).matchAll(/\p{L}[\p{L}'’-]*|\S/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (!/^\p{L}/u.test(w) || UNIT_STOP.has(lower) || ABOUT_WORD.test(lower)) break;
    // A participle is a verb ("6 were murdered", "100 men vanished") unless a noun follows it first ("10 wounded soldiers").
    if (/(ed|ing)$/.test(lower) && !(words.length === 0 && nounFollows(text, from + (m.index ?? 0) + w.length, to))) break;
    words.push(w);
    end = from + (m.index ?? 0) + w.length;
    if (words.length === MAX_UNIT_WORDS) break;
  }
  return words.length ? text.slice(from, end).trim() : null;
}

/** The next word is a plain noun: not a stop word, participle or adverb. */
function nounFollows(text: string, from: number, to: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(from, Math.min(to, from + 40)))?.[1] ?? '';
  return next !== '' && !UNIT_STOP.has(next) && !/(ed|ing|ly)$/.test(next);
}

const FIRST_ABOUT = new RegExp(ABOUT_RE.source, 'i');

function eventAfter(text: string, from: number, to: number): string | null {
  const m = FIRST_ABOUT.exec(text.slice(from, to));
  return m ? eventOf(m) : null;
}

function eventBefore(text: string, from: number, to: number): string | null {
  let last: string | null = null;
  for (const m of text.slice(from, to).matchAll(ABOUT_RE)) last = eventOf(m);
  return last;
}

const eventOf = (m: RegExpExecArray | RegExpMatchArray): string | null => ABOUT[m.slice(1).findIndex((g) => g !== undefined)] ?? null;
