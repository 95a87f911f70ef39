import { FUNCTION_WORDS, MONTHS, VERB_FILLERS, WEEKDAYS } from '../lexicon';
import { charBefore, classAt, classOf, hasAsciiWord, isSpaceAt, LETTER, LOWER, SPACE, spacesFrom, UPPER, widthAt } from '../chars';
import { CHANGE_WINDOW, changeOf, isComparative } from './changes';
import { ABOUT_RE, eventOf, namesEvent } from '../events';
import { AMOUNT_HEDGES, findNumbers, isRange, type NumberHit, type NumberScan } from './numbers';
import { compoundUnitAt } from './number-words';
import { isPart, MAX_SENTENCE, namesUnverified } from './parts';
import { rangeAt } from '../ranges';
import { classWithin, dottedWordBefore, endsWithNameAndComma, lettersAfter, lowerWordAfterSpaces, wordBefore, wordEnd } from '../scan';
import type { Range } from '../sentences';
import type { Comparator, Figure } from '../types';
import { aboutIsPreposition, isConversion, isTimeReference, namesAKind, overIsDuring, ratioOf, TIME_UNITS } from './wordings';

/** A figure and the text of its claim: the figure phrase through the end of its clause. */
export interface FigureHit {
  figure: Figure;
  claim: Range;
}

const COMPARATORS: [Comparator, string][] = [
  ['>=', 'at least|no fewer than|no less than|not less than|a minimum of'],
  ['<=', 'at most|up to|as many as|as much as|as high as|no more than|not more than|a maximum of'],
  ['>', 'more than|just over|over|above|upwards of|in excess of|higher than|greater than|exceed|exceeded|exceeds|exceeding|topped|surpassed'],
  // "almost", "neared": close to the number but short of it ("nearly" stays about it, as issue #3 reads it).
  ['<', 'less than|fewer than|just under|under|below|lower than|almost|neared|nearing|nears|approaching'],
  ['~', 'nearly|about|around|some|roughly|approximately|an estimated|estimated|close to|circa'],
];
const COMPARATOR_OF = new Map(COMPARATORS.flatMap(([c, words]) => words.split('|').map((w) => [w, c] as const)));
/**
 * Comparator phrases by their last two letters, longest first: the phrase that starts earliest wins
 * ("no more than" over "more than").
 */
const COMPARATOR_PHRASES = new Map<string, string[]>();
for (const phrase of [...COMPARATOR_OF.keys()].sort((a, b) => b.length - a.length)) {
  const ending = phrase.slice(-2);
  COMPARATOR_PHRASES.set(ending, [...(COMPARATOR_PHRASES.get(ending) ?? []), phrase]);
}
/**
 * Bounds that a negated verb before them turns over: "cannot hold more than" is at most, "did not get
 * fewer than" at least, "will not exceed" at most.
 */
const NEGATED_BOUNDS = new Map<string, Comparator>([
  ['more than', '<='],
  ['exceed', '<='],
  ['less than', '>='],
  ['fewer than', '>='],
]);
/** A negated auxiliary, then at most two words (the verb, maybe an adverb) right before the bound: "can't hold ", "did not even draw ", "will not ". */
const NEGATION_BEFORE = /\b(?:cannot|can['’]t|could(?:n['’]t| not)|won['’]t|would(?:n['’]t| not)|will not|did(?:n['’]t| not)|does(?:n['’]t| not)|do(?:n['’]t| not)|never)\s+(?:[a-z]+\s+){0,2}$/i;
/** "or less", "or more" after a number and at most two words of its noun: its bound. */
const OR_BOUND = /^(?:\s+[\p{L}-]+){0,2}\s+or\s+(less|fewer|lower|under|below|more|greater|higher|over|above)\b/iu;
const OR_AT_MOST = new Set(['less', 'fewer', 'lower', 'under', 'below']);
function boundAfter(text: string, hit: NumberHit, sentence: Range): Comparator | null {
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
  if (!hasAsciiWord(after, 'or ')) return null;
  const m = OR_BOUND.exec(after);
  return m ? (OR_AT_MOST.has(m[1]!.toLowerCase()) ? '<=' : '>=') : null;
}
/**
 * "men over 55, women over 60", "children under five": a bound right after a noun for people is
 * their age, no amount (a count follows its bound: "over 55 men").
 */
const AGE_BOUNDS = new Set(['over', 'under', 'above', 'below']);
const AGE_HOLDERS = new Set(['men', 'women', 'people', 'persons', 'adults', 'children', 'kids', 'patients', 'those', 'anyone', 'everyone', 'smokers', 'drivers', 'workers', 'voters', 'residents']);
function isAgeBound(text: string, sentence: Range, phrase: string, phraseStart: number, hit: NumberHit): boolean {
  if (!AGE_BOUNDS.has(phrase) || hit.unit !== null || isRange(hit) || hit.value > 120) return false;
  if (!AGE_HOLDERS.has(wordBefore(text, Math.max(sentence.start, phraseStart - 16), phraseStart))) return false;
  const next = lowerWordAfterSpaces(text, hit.end, Math.min(sentence.end, hit.end + 16));
  return next === '' || next === 'years' || UNIT_STOP.has(next);
}
/**
 * "between 25 and 35 years old", "as young as 15": an age, no count (see also AGE_BOUNDS and "aged"
 * in REFERENCE).
 */
function isAge(text: string, hit: NumberHit, unit: string | null): boolean {
  if (unit === 'years old' || unit === 'year old') return true;
  return unit === null && text.startsWith('as ', hit.start - 3) && AS_AGE_AS.test(text.slice(Math.max(0, hit.start - 16), hit.start));
}
const AS_AGE_AS = /\bas (?:young|old) as\s+$/i;
/** "half a million", "half a dozen": a number in words that opens with "half" (not "half of", a share). */
const opensWithHalf = (text: string, hit: NumberHit): boolean => hit.words && hit.unit === null && (text.charCodeAt(hit.start) | 32) === 104 && /^half\s/i.test(text.slice(hit.start, hit.start + 5)); // h H
/** "has gone up to", "went up to", "had risen up to": a verb of motion before "up to", which starts at `at`. */
function risesUpTo(text: string, sentence: Range, at: number): boolean {
  return MOTION_BEFORE.test(text.slice(Math.max(sentence.start, at - 12), at));
}
const MOTION_BEFORE = /\b(?:gone|went|go|goes|going|risen|rose|climbed|shot)\s+$/i;
/** "between 3 and 6": opens a range's phrase. */
const BETWEEN = /\bbetween\s+$/i;
/** "up to $6.9 billion from $5.4 billion": a level reached, then the one it rose from. */
const UP_FROM = /^\s+from\s+(?:\p{Sc}|[A-Z]{0,3}\$?\d)/u;

/**
 * Verbs that take the count as their object ("killing about 40", "and injured eight others"): right
 * before the figure they give its event even where an earlier figure of the clause owns the words
 * before. After a figure they say nothing of it ("killed two people and injured eight": the two were killed).
 */
const PARTICIPLE_EVENT = new Map([
  ['killing', 'killed'],
  ['drowning', 'killed'],
  ['injuring', 'injured'],
  ['wounding', 'injured'],
  ['arresting', 'detained'],
  ['detaining', 'detained'],
  ['killed', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['arrested', 'detained'],
  ['detained', 'detained'],
]);

/**
 * "15 bodies were found", "rescuers retrieved 15 bodies", "we have counted 30 lifeless bodies": bodies
 * recovered or counted count the dead ("two regulatory bodies" do not).
 */
const BODIES = /^(?:more |other |further |lifeless |charred |burnt |burned |decomposed |mutilated )?bodies$/;
const RECOVERED = /\b(?:found|recovered|retrieved|pulled|dug|exhumed|discovered|washed|identified|counted)\b/i;
/**
 * "Two villagers told AP that the toll rose", "three witnesses said": a count that is the subject of a
 * verb of speech counts the speakers, whatever their words report. Not "reported", which also follows
 * a toll ("12 deaths reported"), nor "said to" ("20 people said to have died").
 */
const SPEECH_VERBS = new Set(['said', 'say', 'says', 'told', 'tell', 'tells', 'claimed', 'stated', 'warned', 'wrote']);

/** Words for an earthquake: a number before one of them in the singular is its magnitude ("a 7.6 quake"). */
const QUAKES = new Set(['quake', 'earthquake', 'tremor', 'aftershock']);

/** Adjectives of those events end a counted noun: "100 dead" counts nothing more. */
const ABOUT_ADJECTIVES = new Set(['dead', 'missing', 'injured', 'hurt']);

/** Words before a number that make it a reference, not a count ("page 4", "aged 34"). */
const REFERENCE = new Set(
  'page p pp section chapter article paragraph clause no number room flight route line episode season volume vol issue item rule amendment version level stage phase platform gate exit highway road street bus channel grade class size model step part figure table appendix verse act scene round aged age ages type'.split(' '),
);
/** Words that end the counted noun phrase after a number. */
const UNIT_STOP = new Set([
  ...FUNCTION_WORDS,
  ...VERB_FILLERS,
  ...'ago be being do did does can must should shall get got gets out remain'.split(' '),
  // Irregular past tenses, which the "-ed" test misses ("52 people lost their lives"); not those
  // that are also nouns after a number ("won", "cut", "hit").
  ...'lost fled came went took gave fell rose fought ran saw became began held kept met paid sent spent stood told thought brought bought caught felt heard knew made found led sat spoke stole struck threw wrote sank said'.split(' '),
]);
const MAX_UNIT_WORDS = 3;
/** Longest clause read around a figure; keeps run-on garbage "sentences" linear. */
const MAX_CLAUSE = 400;
const CLAUSE_END = /[—–;)]|\s-\s/;
const CLAUSE_START = /[—–;:(]|\s-\s|\bthat\b/g;

/**
 * Figures of one sentence. `names` are mention spans (a number inside a name is not a figure);
 * `quoted` are quoted segments, whose end also ends a clause. Both are sorted and do not overlap.
 * `breaks` are where clauses with a source of their own start ("…, while the Red Cross put the toll
 * at 55"), in order: each ends the clause before it. The sentence is `sents[si]`; the ones around
 * it are where a count's whole may be named (parts.ts).
 */
export function findFigures(text: string, sents: readonly Range[], si: number, names: Range[], quoted: Range[], scan: NumberScan, breaks: readonly number[] = []): FigureHit[] {
  const sentence = sents[si]!;
  const out: FigureHit[] = [];
  // An earlier figure of the clause owns the words up to the next one: "40 were wounded and 350 fled"
  // says nothing of the 350.
  let previousEnd = sentence.start;
  const hits = findNumbers(text, sentence.start, sentence.end, scan);
  const unverified = hits.length > 0 && namesUnverified(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE)));
  for (let h = 0; h < hits.length; h++) {
    let hit = hits[h]!;
    if (inName(names, hit) || isReference(text, sentence, hit) || namesAKind(text, hit) || namesAProduct(text, sentence, hit) || closesModelName(text, sentence, hits[h - 1], hit)) continue;
    // "six in every 10 refugees": one share, not two counts.
    const ratio = ratioOf(text, hit, hits[h + 1]);
    if (ratio) {
      hit = ratio;
      h++;
    }
    const windowStart = Math.max(sentence.start, hit.start - 32);
    // A comparator is followed by spaces: no need to look for one when none precede the number.
    const found = isSpaceAt(text, hit.start - 1) ? comparatorBefore(text.slice(windowStart, hit.start).toLowerCase()) : null;
    // "sales are up to $6.9 billion from $5.4 billion": "up", then the level reached, not "at most";
    // "information about two other suspects": a preposition, not "approximately".
    // "the toll has gone up to nine": a verb of motion before "up to" says the level reached, no ceiling.
    const cmp =
      (found?.phrase === 'up to' && (UP_FROM.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 12))) || risesUpTo(text, sentence, windowStart + found.at))) ||
      (found?.phrase === 'about' && aboutIsPreposition(text, Math.max(sentence.start, windowStart - 32), windowStart + found.at))
        ? null
        : found;
    // "between 3 and 6": the word opens the range's phrase, as a comparator would.
    const between = !cmp && isRange(hit) ? BETWEEN.exec(text.slice(windowStart, hit.start)) : null;
    const phraseStart = cmp ? windowStart + cmp.at : hit.start - (between?.[0].length ?? 0);
    const previous = out[out.length - 1]?.figure;
    if (cmp && isAgeBound(text, sentence, cmp.phrase, phraseStart, hit)) continue;
    // "half a million" with no comparator is a round estimate, as "about" is.
    let comparator = cmp ? COMPARATOR_OF.get(cmp.phrase)! : isRange(hit) ? '>=' : opensWithHalf(text, hit) ? '~' : '=';
    // "two years or less", "50 people or more": a bound after the number and its noun.
    if (!cmp && !isRange(hit)) comparator = boundAfter(text, hit, sentence) ?? comparator;
    // "the venue cannot hold more than 30,000": a negated bound is the opposite one.
    if (cmp && NEGATED_BOUNDS.has(cmp.phrase) && NEGATION_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart))) comparator = NEGATED_BOUNDS.get(cmp.phrase)!;
    // A year-like number counts only something plural ("1990 protesters"); the unit is read later
    // for the others, which the clause may still drop.
    let unit = hit.yearLike && !cmp ? unitOf(text, hit, sentence) : undefined;
    if (unit !== undefined && !unit?.endsWith('s') && unit !== 'people') continue;

    const quote = rangeAt(quoted, hit.start);
    const clauseFloor = Math.max(sentence.start, quote?.start ?? sentence.start, phraseStart - MAX_CLAUSE);
    let clauseEnd = Math.min(sentence.end, quote?.end ?? sentence.end, hit.end + MAX_CLAUSE);
    const endMark = CLAUSE_END.exec(text.slice(hit.end, clauseEnd));
    if (endMark) clauseEnd = hit.end + endMark.index;
    let clauseStart = clauseFloor;
    const before = text.slice(clauseFloor, phraseStart);
    CLAUSE_START.lastIndex = 0;
    for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) clauseStart = clauseFloor + m.index + m[0].length;
    let broken = false;
    for (const b of breaks) {
      if (b > hit.end) {
        clauseEnd = Math.min(clauseEnd, b);
        break;
      }
      if (b <= phraseStart && b > clauseStart) clauseStart = b;
      // "the Health Ministry counted 30 dead; the Red Cross, 55": another source's figure for what the one before counted.
      if (b <= phraseStart && previous !== undefined && previous.span.end <= b) broken = true;
    }
    const ownsBefore = clauseStart >= previousEnd;
    unit ??= unitOf(text, hit, sentence);
    if (isAge(text, hit, unit)) continue;
    // "two weeks away", "three months ago", "over the last two years": when, not how much.
    if (unit !== null && TIME_UNITS.has(firstWord(unit)) && isTimeReference(text, sentence, phraseStart, hit)) continue;
    if (cmp?.phrase === 'over' && unit !== null && TIME_UNITS.has(firstWord(unit)) && overIsDuring(text, Math.max(sentence.start, phraseStart - 40), phraseStart)) comparator = '=';
    // "rose more than 2 degrees Celsius, or 3.6 degrees Fahrenheit": the same amount in another unit, with the same bound and change.
    const converts = !cmp && previous !== undefined && isConversion(text, previous, phraseStart, unit);
    if (converts) comparator = previous.comparator;
    const wordAhead = wordBefore(text, Math.max(sentence.start, phraseStart - 24), phraseStart);
    // "the magnitude 7.6 quake", "a magnitude 6 aftershock": a measure, not a count of quakes.
    if (wordAhead === 'magnitude' || (unit !== null && QUAKES.has(firstWord(unit)))) unit = 'magnitude';
    // "three days after the dam burst and killed 40": a span of time, a magnitude or a score counts no event.
    const measure = unit !== null && (unit === 'magnitude' || unit === 'score' || TIME_UNITS.has(firstWord(unit)));
    const split = isSplit(text, hit);
    const textBefore = text.slice(Math.max(sentence.start, phraseStart - CHANGE_WINDOW), phraseStart);
    // "rose 3 days in a row", "down 2-0", "up 61/33": a span of time, a score or a poll's split is no amount of change.
    const change =
      measure || split
        ? null
        : changeOf(textBefore, text.slice(hit.end, Math.min(clauseEnd, hit.end + CHANGE_WINDOW)), unit, isMoney(hit.unit)) ??
          // "falling 0.2 percent instead of 0.4 percent": the other value of the same change.
          (previous && (converts || insteadOf(textBefore) || restates(text, previous, phraseStart, unit)) ? previous.change : null);
    const eventTo = eventEnd(text, hit, hits[h + 1], clauseEnd);
    // "is expected to reach 10,000": a forecast, about the count to come, not one of the event.
    // "could exceed 10,000": the verb may be the comparator itself.
    const forecast =
      (isSpaceAt(text, phraseStart - 1) && FORECAST.test(textBefore)) || (cmp?.phrase === 'exceed' && FORECAST.test(text.slice(Math.max(sentence.start, hit.start - CHANGE_WINDOW), hit.start)));
    if (forecast && comparator === '=') comparator = '~';
    // "almost $1 million … the detention centers": an amount of money counts no people.
    const event =
      measure || split || forecast || isMoney(hit.unit) || speaks(text, hit, unit, clauseEnd)
        ? null
        : pairEvent(text, sentence, phraseStart, hit.end) ??
          PARTICIPLE_EVENT.get(wordAhead) ??
          eventAfter(text, hit.end, eventTo, eventTo === hits[h + 1]?.start, hit.value > 1) ??
          (heldInCustody(text, sentence, unit, hit.end, eventTo) ? 'detained' : null) ??
          // "bodies in the 5,600 buildings": the object of a place preposition is no count of the event named before it.
          // "fatalities could rise since 25 people were in critical condition": patients by their state, no count of the event before.
          // "data from four hospitals showing that 92 people died": things counted where the figures came from count no event either.
          (ownsBefore && !PLACE_PREPOSITION.test(textBefore) && !(unit !== null && text.startsWith('from ', phraseStart - 5)) && !inCondition(text.slice(hit.end, eventTo))
            ? eventBefore(text, clauseStart, phraseStart)
            : null) ??
          (unit !== null && BODIES.test(unit) && RECOVERED.test(text.slice(clauseStart, clauseEnd)) ? 'killed' : null) ??
          // "put the toll at 55", 'the death toll “appears to be at least 377”': the toll named before the figure or its quote.
          (((ownsBefore && namesToll(text.slice(clauseStart, phraseStart))) || (quote !== undefined && quote.start >= previousEnd && tollBeforeQuote(text, sentence, quote))) &&
          namesEvent(text.slice(sentence.start, sentence.end), 'killed')
            ? 'killed'
            : null) ??
          (quote !== undefined && quote.start >= previousEnd ? eventBeforeQuote(text, sentence, quote, phraseStart) : null) ??
          (ownsBefore && unit === null && referencedNumber(text, clauseStart, phraseStart) ? topicOf(text, sents, si) : null) ??
          (broken && unit === null && previous!.change === null ? previous!.about : null);
    const about = event !== null && !isPart(text, sents, si, phraseStart, hit, eventTo, unverified, event) ? event : null;
    // "zero tolerance", "zero hour": idioms that count nothing.
    if (hit.words && hit.value === 0 && unit !== null && ZERO_IDIOMS.has(firstWord(unit))) continue;
    if (isBackReference(text, sentence, hit, about, cmp !== null)) continue;
    // "one" is too often not a count ("no one", "one of the reasons") unless it counts an event, is "only one",
    // closes a compound ("a one-point lead") or a list of counts of the same thing ("31 cases … and Nairobi one case").
    if (hit.words && hit.value === 1 && !about && !isRange(hit) && !isCountedOne(text, sentence, hit, unit, out)) continue;
    // "one of the highest", "one of the dead": one member picked out of a group, no count of it ("only one of" is one).
    if (hit.words && hit.value === 1 && !cmp && !isRange(hit) && ONE_OF.test(text.slice(hit.end, hit.end + 4)) && !afterOnly(text, sentence, hit)) continue;

    const withWord = isSpaceAt(text, phraseStart - 1) ? /\bwith\s+$/i.exec(text.slice(Math.max(clauseFloor, phraseStart - 8), phraseStart)) : null;
    const claimStart = withWord ? phraseStart - withWord[0].length : phraseStart;
    let claimEnd = clauseEnd;
    while (claimEnd > hit.end && endsClaim(text.charCodeAt(claimEnd - 1))) claimEnd--;
    out.push({
      figure: {
        value: hit.value,
        comparator,
        upTo: hit.upTo ?? null,
        change,
        unit,
        about,
        phrase: text.slice(phraseStart, hit.end),
        span: { start: phraseStart, end: hit.end },
      },
      claim: { start: claimStart, end: claimEnd },
    });
    // A span of time, a magnitude or a score owns no words of the clause: the count after it may take the event before it.
    if (!measure) previousEnd = hit.end;
  }
  return out;
}

/**
 * A number inside a name is no figure ("G20", "Route 66"), but an amount is one even where a name was
 * read from its currency code ("US" of "US$5 billion", "P433.4" of "P433.4 million").
 */
function inName(names: Range[], hit: NumberHit): boolean {
  const name = rangeAt(names, hit.start) ?? rangeAt(names, hit.end - 1);
  return name !== undefined && !(isMoney(hit.unit) && name.start === hit.start);
}

/** "expected to reach", "could top", "is forecast to hit": the verb of a count still to come. */
const FORECAST = /\b(?:(?:expected|forecast|projected|predicted|likely|set|feared) to|could|may|might|will|would)\s+(?:reach|top|exceed|surpass|hit|pass|rise to|climb to)\s+$/i;

/**
 * "26% growth, or 27% in constant currency": the same change restated in the same unit right after
 * ", or", which keeps the direction of the first.
 */
function restates(text: string, previous: Figure, phraseStart: number, unit: string | null): boolean {
  if (previous.change === null || unit === null || unit !== previous.unit || phraseStart - previous.span.end > 40) return false;
  return RESTATED_GAP.test(text.slice(previous.span.end, phraseStart));
}
/** A gap of at most three words (the rest of the first figure's phrase), then ", or" or " or". */
const RESTATED_GAP = /^(?:\s*[\p{L}-]+){0,3},?\s+or\s+$/u;

/**
 * "iOS 6", "iPhone 5": a number right after a word that starts lower case and has a capital inside
 * is the version or model of a product, no amount.
 */
function namesAProduct(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.words || !isSpaceAt(text, hit.start - 1)) return false;
  const end = hit.start - 1;
  let start = end;
  while (start > Math.max(sentence.start, end - 24) && classAt(text, start - 1) & LETTER) start--;
  return start < end && CAMEL_PRODUCT.test(text.slice(start, end));
}
const CAMEL_PRODUCT = /^\p{Ll}{1,2}\p{Lu}\p{L}*$/u;

/**
 * "six million Xbox 360 consoles", "two Boeing 737 jets", "its Xbox 360 console": digits right after one
 * capitalised word that a count or a determiner comes before close the name of a model, no amount of their own.
 */
function closesModelName(text: string, sentence: Range, previous: NumberHit | undefined, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || !isSpaceAt(text, hit.start - 1) || !(classAt(text, hit.start - 2) & LETTER)) return false;
  const from = Math.max(sentence.start, previous !== undefined && hit.start - previous.end <= 24 ? previous.end : hit.start - 24);
  const m = MODEL_NAME_BEFORE.exec(text.slice(from, hit.start));
  return m !== null && (m[1] !== undefined || (previous !== undefined && from === previous.end && m.index === 0));
}
/** One capitalised word before the digits, after a determiner (group 1, also opening a sentence: "A Bell 212 helicopter") or alone after a count. */
const MODEL_NAME_BEFORE = /(?:\b([Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?)\s+|^\s+)\p{Lu}[\p{L}-]*\s+$/u;

const isMoney = (unit: string | null): boolean => unit !== null && unit !== '%' && unit !== 'score' && unit !== 'magnitude';

const ZERO_IDIOMS = new Set(['tolerance', 'hour']);
const ONE_OF = /^\s+of\s/i;

/**
 * "the two ministers", "their three children", "our two countries": a small count in words after a
 * definite word points back at people or things already named; it reports nothing unless it counts
 * an event ("the two men were killed").
 */
function isBackReference(text: string, sentence: Range, hit: NumberHit, about: string | null, compared: boolean): boolean {
  // "the two-point lead" is a measure, not a pointer back.
  if (!hit.words || about !== null || compared || isRange(hit) || hit.value < 2 || hit.value > 10 || text.charCodeAt(hit.end) === HYPHEN) return false;
  return DEFINITE_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 8), hit.start));
}
const DEFINITE_BEFORE = /\b(?:the|these|those|its|their|our|his|her)\s+$/i;

/** The first word of a unit ("gay" for "gay men"). */
function firstWord(unit: string): string {
  const space = unit.indexOf(' ');
  return space < 0 ? unit : unit.slice(0, space);
}

/** "leading 63/37": a poll's split (see splits.ts), whose phrase holds both shares. */
const isSplit = (text: string, hit: NumberHit): boolean => hit.unit === '%' && !hit.words && text.slice(hit.start, hit.end).includes('/');

/** "instead of 0.4 percent", "rather than 3%": the alternative value of the figure before. */
const INSTEAD_OF = /\b(?:instead of|rather than)\s+$/i;
/** INSTEAD_OF, run only where its words are there. */
const insteadOf = (before: string): boolean => (hasAsciiWord(before, 'instead of') || hasAsciiWord(before, 'rather than')) && INSTEAD_OF.test(before);
/** "in the more than 5,600 buildings": a preposition of place right before the figure's phrase. */
const PLACE_PREPOSITION = /\b(?:in|across|throughout|inside|within)\s+(?:the\s+)?$/i;

/**
 * A "one" that counts: it closes a compound ("a one-point lead"), follows "only", or ends a list of
 * counts of the same thing ("31 cases, Nairobi 17 and Murang'a one case": an earlier figure of the
 * sentence counts the plural of its noun).
 */
function isCountedOne(text: string, sentence: Range, hit: NumberHit, unit: string | null, earlier: FigureHit[]): boolean {
  // "fell one per cent": a percentage in words is an amount.
  if ((text.charCodeAt(hit.end) === HYPHEN && unit !== null) || unit === '%') return true;
  if (afterOnly(text, sentence, hit)) return true;
  if (unit === null) return false;
  if (COUNTED_SINGULARS.has(unit.toLowerCase())) return true;
  const plurals = [`${unit}s`, `${unit}es`];
  return earlier.some(({ figure: { unit: u } }) => u !== null && plurals.some((p) => u === p || u.endsWith(` ${p}`)));
}

/** Singular nouns of a countable event or vote that "one" counts: "lost by one vote", "one injury was from live fire". */
const COUNTED_SINGULARS = new Set(['vote', 'seat', 'death', 'injury', 'fatality', 'casualty', 'arrest']);

/** "only one": the number follows "only". */
const afterOnly = (text: string, sentence: Range, hit: NumberHit): boolean => /\bonly\s+$/i.test(text.slice(Math.max(sentence.start, hit.start - 6), hit.start));

/**
 * Where the event after a figure may be read: up to the next number ("of its 900 residents, 300
 * were injured" says nothing of the 900), unless only "or", "and" or "to" stand between the two
 * ("two or three guards were killed").
 */
function eventEnd(text: string, hit: NumberHit, next: NumberHit | undefined, clauseEnd: number): number {
  if (!next || next.start >= clauseEnd) return clauseEnd;
  const gap = text.slice(hit.end, next.start).trim().toLowerCase();
  return gap === 'or' || gap === 'and' || gap === 'to' ? clauseEnd : next.start;
}

/**
 * The comparator phrase that ends a lower-case window before its trailing spaces, standing as words
 * of its own ("at least ", not "flat least "), and where it starts in the window.
 */
function comparatorBefore(window: string): { phrase: string; at: number } | null {
  let spaces = window.length;
  while (spaces > 0 && classAt(window, spaces - 1) & SPACE) spaces--;
  if (spaces === window.length) return null;
  // 'would “meaningfully exceed” five years': a quoted verb still bounds the number after it.
  if (CLOSING_QUOTES.has(window.charCodeAt(spaces - 1))) spaces--;
  for (const phrase of COMPARATOR_PHRASES.get(window.slice(spaces - 2, spaces)) ?? []) {
    const at = spaces - phrase.length;
    if (at >= 0 && window.startsWith(phrase, at) && (at === 0 || !(classAt(window, charBefore(window, at)) & LETTER))) return { phrase, at };
  }
  return null;
}

const CLOSING_QUOTES = new Set([0x201d, 0x2019, 34]); // ” ’ "

/** The unit of a number's notation, of a compound ("a four-point lead": points), or the noun phrase it counts. */
function unitOf(text: string, hit: NumberHit, sentence: Range): string | null {
  if (hit.unit !== null) return hit.unit;
  const compound = text.charCodeAt(hit.end) === HYPHEN ? compoundUnitAt(text, hit.end) : null;
  if (compound) return hit.value === 1 ? compound.singular : compound.plural;
  // "a two percent unit increase", "fell one per cent": a number in words before "percent" is a percentage too.
  if (PERCENT_WORDS.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 10)))) return '%';
  return countedNoun(text, hit.end, sentence.end);
}
const PERCENT_WORDS = /^\s+per ?cent\b/i;

const HYPHEN = 45;

/** /[\s,;:.!?"”’»]/: trailing characters a claim's text leaves out. */
const endsClaim = (c: number): boolean => (classOf(c) & SPACE) !== 0 || CLAIM_TRAIL.has(c);
const CLAIM_TRAIL = new Set([...',;:.!?"”’»'].map((c) => c.charCodeAt(0)));

/** A word in lower case without a final full stop, as MONTHS and REFERENCE list it ("Aug." → "aug"). */
function wordKey(w: string): string {
  const lower = w.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** A capitalised month name, also abbreviated with its full stop ("June", "Sept", "Aug."). */
const isMonth = (w: string): boolean => w !== '' && (classAt(w, 0) & UPPER) !== 0 && MONTHS.has(wordKey(w));

/** Dates ("June 24", "24 June"), references ("page 4") and ages are not figures. */
function isReference(text: string, sentence: Range, hit: NumberHit): boolean {
  // An age set off after a name: "Graham Pettifer, 58, admitted".
  if (!hit.words && !hit.unit && text[hit.end] === ',' && endsWithNameAndComma(text, Math.max(sentence.start, hit.start - 40), hit.start)) return true;
  const before = dottedWordBefore(text, Math.max(sentence.start, hit.start - 20), hit.start);
  // Within the sentence: "a turnout of 750,000. March organizers …" is no date.
  const after = lettersAfter(text, hit.end, Math.min(sentence.end, hit.end + 20));
  // "on Tuesday (26)": a day of the month in brackets after its weekday.
  const dayInBrackets = text[hit.start - 1] === '(' && WEEKDAYS.has(before.toLowerCase());
  // "the road ₦900 million": an amount is never a reference number.
  return dayInBrackets || isMonth(before) || isMonth(after) || (!isMoney(hit.unit) && (REFERENCE.has(wordKey(before)) || NUMBERED_UNITS.has(before) || abbreviatedReference(text, sentence, hit)));
}
/** Capitalised words of a name that a number closes: "Fire District 21", "Engine 7", "Local 1199", "Navy Ship 116" (in lower case they may end a place: "in the district 30 died"). */
const NUMBERED_UNITS = new Set('District Ward Precinct Division Battalion Brigade Squadron Regiment Station Engine Ladder Local Zone Sector Terminal Pier Camp Block Unit Ship Vessel Boat'.split(' '));

/** "(5 May, p. 630)": the sentence splitter may end a sentence at "p.", so the number opens the next one. */
function abbreviatedReference(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.start - sentence.start > 1) return false;
  const before = dottedWordBefore(text, Math.max(0, hit.start - 8), hit.start).toLowerCase();
  return REFERENCE_ABBREVIATIONS.has(before);
}
const REFERENCE_ABBREVIATIONS = new Set(['p.', 'pp.', 'no.', 'vol.', 'para.', 'fig.', 'sec.', 'ch.', 'art.']);

/**
 * The noun phrase a number counts: "gay men" in "100 gay men had vanished"; null in "6 were murdered".
 * Read word by word (a word may hold apostrophes and hyphens) up to the first sign, stop word or verb,
 * past a first "more" or "other" ("15 more years"), into an editor's brackets ("4.9 [degrees Celsius]")
 * and across "and" after a singular noun ("search and rescue personnel").
 * A capital after a plural starts another phrase ("5,600 buildings Turkish officials said"), except a scale of degrees.
 */
function countedNoun(text: string, from: number, to: number): string | null {
  const hi = Math.min(to, from + 80);
  let count = 0;
  let start = -1;
  let end = from;
  let previous = '';
  let i = spacesFrom(text, from, hi);
  if (i < hi && text.charCodeAt(i) === OPEN_BRACKET) i++;
  // Where the word before a joining "and" ends: without a head noun after the joined word, the phrase ends there.
  let beforeAnd = -1;
  for (let skipped = false, joined = false; ; ) {
    while (i < hi && classAt(text, i) & SPACE) i++;
    if (i >= hi || !(classWithin(text, i, hi) & LETTER)) break;
    const wordStop = wordEnd(text, i + widthAt(text, i), hi);
    const lower = text.slice(i, wordStop).toLowerCase();
    if (count === 0 && !skipped && MORE_WORDS.has(lower)) {
      skipped = true;
      i = wordStop;
      continue;
    }
    // "13,740 search and rescue personnel": a singular noun joined by "and" to another, before their head noun.
    if (lower === 'and' && count === 1 && !joined && !previous.endsWith('s') && !IRREGULAR_PLURALS.has(previous)) {
      joined = true;
      beforeAnd = end;
      i = wordStop;
      continue;
    }
    // "32 missing people": the event's adjective before a noun leaves the noun counted (the event is read apart).
    if (count === 0 && !skipped && ABOUT_ADJECTIVES.has(lower) && PEOPLE_NOUNS.has(lowerWordAfterSpaces(text, wordStop, Math.min(hi, wordStop + 16)))) {
      skipped = true;
      i = wordStop;
      continue;
    }
    // "31 US cents": the country of a currency, not the pronoun "us".
    if ((UNIT_STOP.has(lower) && !(count === 0 && text.startsWith('US ', i))) || ABOUT_ADJECTIVES.has(lower)) break;
    // "42 confirmed dead": a participle before the event's adjective qualifies the count, no noun of it.
    if (count === 0 && isParticiple(lower) && ABOUT_ADJECTIVES.has(lowerWordAfterSpaces(text, wordStop, Math.min(hi, wordStop + 12)))) break;
    if (count > 0 && classAt(text, i) & UPPER && previous.endsWith('s') && previous !== 'degrees') break;
    // "55 miles northeast of", "two points higher": a direction or a comparative after the noun is no part of it.
    if (count > 0 && (isComparative(lower) || (DIRECTIONS.has(lower) && classAt(text, i) & LOWER))) break;
    // A participle is a verb ("6 were murdered", "100 men vanished") unless a noun follows it first ("10 wounded soldiers").
    if (isParticiple(lower) && !(count === 0 && nounFollows(text, wordStop, to))) break;
    // "the 802 figure given by": a noun for the number itself counts nothing.
    if (count === 0 && NUMBER_NOUNS.has(lower) && !nounFollows(text, wordStop, to)) return null;
    if (start < 0) start = i;
    count++;
    end = wordStop;
    previous = lower;
    if (count === MAX_UNIT_WORDS) break;
    i = wordStop;
  }
  if (beforeAnd >= 0 && count === 2) return text.slice(start, beforeAnd);
  return count ? text.slice(start, end) : null;
}
const OPEN_BRACKET = 91;
/** Compass directions: "miles northeast of Seattle" says where, not what is counted. */
const DIRECTIONS = new Set('north south east west northeast northwest southeast southwest north-east north-west south-east south-west'.split(' '));
/** Nouns that, right after a number, name the number itself: "the 802 figure", "the 1,000 mark". */
const NUMBER_NOUNS = new Set(['figure', 'mark', 'tally', 'toll']);
/** Past participles not ending in "-ed": "the figure given by", "500,000 taken". */
const EN_PARTICIPLES = new Set('given taken shown seen known written chosen driven spoken stolen drawn thrown beaten hidden'.split(' '));
/** A participle, which is a verb after a number unless a noun follows it. */
const isParticiple = (lower: string): boolean => lower.endsWith('ed') || lower.endsWith('ing') || EN_PARTICIPLES.has(lower);
/** Particles that make the word before them a verb: "500,000 showed up". */
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'away', 'back']);
/** Words between a number and its noun that add to a count already given: "15 more years", "two other suspects". */
const MORE_WORDS = new Set(['more', 'other', 'additional', 'further', 'extra']);
/** Nouns for people that an event's adjective may stand before ("32 missing people", "ten injured children"). */
const PEOPLE_NOUNS = new Set(['people', 'persons', 'men', 'women', 'children', 'individuals', 'residents', 'passengers', 'workers', 'miners', 'soldiers', 'civilians', 'migrants', 'tourists', 'climbers', 'fishermen', 'students']);
/** Plurals without a final "s": "20 people and property" counts the people. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep']);

/** The next word is a plain noun: not a stop word, participle or adverb. */
function nounFollows(text: string, from: number, to: number): boolean {
  const next = lowerWordAfterSpaces(text, from, Math.min(to, from + 40));
  return next !== '' && !UNIT_STOP.has(next) && !PARTICLES.has(next) && !EN_PARTICIPLES.has(next) && !/(ed|ing|ly)$/.test(next);
}

/** The event named after a figure, up to `to`: the start of the next figure when `beforeNext`; `plural` when it counts several. */
function eventAfter(text: string, from: number, to: number, beforeNext: boolean, plural: boolean): string | null {
  ABOUT_RE.lastIndex = 0;
  const window = beforeOthers(text.slice(from, to));
  const m = ABOUT_RE.exec(window);
  if (!m) return null;
  // The verb of the count after it ("two people and injured eight"), when only spaces follow it.
  const verb = m[0].toLowerCase();
  if (beforeNext && PARTICIPLE_EVENT.has(verb) && window.slice(m.index + m[0].length).trim() === '') return null;
  // "A man suspected of shooting two officers has been arrested": a verb in the singular has
  // another subject than a count of several.
  if (plural && SINGULAR_VERB.test(window.slice(0, m.index))) return null;
  const event = eventOf(m);
  // "100 people between dead and injured", "killed or wounded": a count of two events together, a toll of neither.
  const joined = JOINED_EVENT.exec(window.slice(m.index + m[0].length));
  if (joined) {
    const other = ABOUT_RE.exec(window);
    if (other && other.index === m.index + m[0].length + joined[0].length && eventOf(other) !== event) return null;
  }
  return event;
}
/**
 * "rose to 334, the agency said, with many more still missing": a clause of other people after the
 * figure ends what is read of it (a number there would end it anyway: eventEnd).
 */
function beforeOthers(window: string): string {
  if (!hasAsciiWord(window, ', with ')) return window;
  const m = OTHERS_CLAUSE.exec(window);
  return m ? window.slice(0, m.index) : window;
}
const OTHERS_CLAUSE = /,\s+with\s+(?:many|more|others|dozens|hundreds|thousands|scores|several|some)\b/i;

/**
 * "At least 100 people were held after the protests": people held where the sentence is about
 * protests or the police are detained ("talks were held", "held hostage", "held responsible" are not;
 * a count of things is not: "rallies were held").
 */
function heldInCustody(text: string, sentence: Range, unit: string | null, from: number, to: number): boolean {
  if (unit === null || !PEOPLE_NOUNS.has(unit.slice(unit.lastIndexOf(' ') + 1))) return false;
  const after = text.slice(from, Math.min(to, from + 60));
  if (!hasAsciiWord(after, ' held') || !HELD.test(after)) return false;
  return CUSTODY_CONTEXT.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE)));
}
const HELD = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:were|are|was|have been|had been|are being|were being)\s+held\b(?!\s+(?:hostage|captive|up|back|responsible|liable|accountable))/iu;
const CUSTODY_CONTEXT = /\b(?:police|protests?|protesters|demonstrat(?:ions?|ors)|riots?|unrest|crackdown|security forces)\b/i;

/** "and", "or" right after an event word: another event may be joined to it. */
const JOINED_EVENT = /^\s+(?:and|or|and\/or)\s+/;

/** "in critical condition", "in a stable condition": the state of patients. */
const CONDITION = /\bin (?:a )?(?:critical|serious|stable|grave|fair|good|poor) condition\b/i;
const inCondition = (after: string): boolean => hasAsciiWord(after, 'condition') && CONDITION.test(after);

/**
 * "raised the number of wounded from 42 to 67", "lowered the (death) toll in the attack from 89 to 42",
 * "revised the toll down by about 60 to 215": a "from X to Y" or "by X to Y" pair (or "to Y") counts what
 * the number or toll named right before it counts, whatever event words follow ("… from 89 to 42 and
 * raised the number of wounded …": the 89 is no count of the wounded).
 */
const PAIR_OF = new RegExp(
  String.raw`\b(?:the|its|their) ((?:[\p{L}-]+ )?(?:number|toll|count|tally|total))\b([^.;:!?\d]{0,100}?) (?:from (?:[\d,.]+ to )?|by (?:(?:${AMOUNT_HEDGES}) )?(?:[\d,.]+ to )?|to )$`,
  'u',
);
function pairEvent(text: string, sentence: Range, phraseStart: number, hitEnd: number): string | null {
  const from = text.startsWith('from ', phraseStart - 5);
  // Most figures have no "from ", "by " or "to " right before them: the expression is spared there.
  if (!from && !text.startsWith(' to ', phraseStart - 4) && !text.startsWith(' by ', phraseStart - 4)) return null;
  // A "from" value is the first of a pair only where "to" follows it: "the number of deaths, with data from four hospitals" is none.
  if (from && !text.startsWith(' to ', hitEnd)) return null;
  const m = PAIR_OF.exec(text.slice(Math.max(sentence.start, phraseStart - 140), phraseStart));
  if (!m) return null;
  ABOUT_RE.lastIndex = 0;
  const named = ABOUT_RE.exec(`${m[1]}${m[2]}`);
  // The middle holds no digit: the number or toll governs this pair, not one before it.
  // A toll with no event of its own is the dead's ("the toll rose from 12 to 15").
  return named ? eventOf(named) : m[1] === 'toll' ? 'killed' : null;
}

/** "put the toll at 55": a toll with no event of its own, which in a sentence that names deaths counts the dead. */
const TOLL = /\b(?:the|its|their)\s+toll\b/i;
/** TOLL, run only where "toll" is there. */
const namesToll = (clause: string): boolean => hasAsciiWord(clause, 'toll') && TOLL.test(clause);
/** 'said the death toll “appears to be at least 377”': the quoted words are said of the toll named right before them. */
const TOLL_BEFORE_QUOTE = /\b(?:the|its|their)\s+(?:death\s+)?toll\s+(?:(?:is|was|had|has|now)\s+)?[“"‘']?$/i;
const tollBeforeQuote = (text: string, sentence: Range, quote: Range): boolean =>
  quote.start > sentence.start && TOLL_BEFORE_QUOTE.test(text.slice(Math.max(sentence.start, quote.start - 40), quote.start));

/**
 * 'the number of people detained was “more than 500.”': a quote that opens with the number says what
 * the number of an event named right before it is.
 */
const NUMBER_OF_BEFORE_QUOTE = /\bthe\s+(?:number|toll|count|tally|total)\s+of\s+(?:[\p{L}-]+\s+){1,3}(?:is|was|were|are|stood at|stands at|now stands at|reached)\s+[“"‘']?$/iu;
function eventBeforeQuote(text: string, sentence: Range, quote: Range, phraseStart: number): string | null {
  // The number opens the quote (past its mark and spaces).
  if (phraseStart - quote.start > 2 || quote.start <= sentence.start) return null;
  const window = text.slice(Math.max(sentence.start, quote.start - 80), quote.start);
  const m = hasAsciiWord(window, ' of ') ? NUMBER_OF_BEFORE_QUOTE.exec(window) : null;
  return m ? eventBefore(m[0], 0, m[0].length) : null;
}

/**
 * "the number was 170,000", "the official figure is 210,000", "the toll should have read 90", "the figure of 288": a number
 * named by a noun for it alone, which counts whatever its sentence, or else the text, is about.
 */
const NUMBER_REFERENCE =
  /\bthe\s+(?:(?:official|final|new|actual|real|true|latest|revised|correct|confirmed)\s+)?(?:number|figure|toll|tally|count|total)\s+(?:(?:is|was|were|are|stood|stands|should|would|could|might|will|has|had|have|now|then|be|been|read|at|to|rose|reached|climbed|of)\s+){1,4}$/i;
function referencedNumber(text: string, clauseStart: number, phraseStart: number): boolean {
  const window = text.slice(Math.max(clauseStart, phraseStart - 60), phraseStart);
  // Most figures have no "the " before them in reach: the expression is spared there.
  return hasAsciiWord(window, 'the ') && NUMBER_REFERENCE.test(window);
}

/** The one event that sentence `si` names, or else the one that the text's first two sentences name; null when none or several. */
function topicOf(text: string, sents: readonly Range[], si: number): string | null {
  const sentence = sents[si]!;
  const lede = sents[Math.min(1, sents.length - 1)]!;
  return onlyEvent(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE))) ?? onlyEvent(text.slice(sents[0]!.start, Math.min(lede.end, sents[0]!.start + MAX_SENTENCE)));
}

/** The event `window` names when it names only one. */
function onlyEvent(window: string): string | null {
  let found: string | null = null;
  ABOUT_RE.lastIndex = 0;
  for (let m = ABOUT_RE.exec(window); m; m = ABOUT_RE.exec(window)) {
    const event = eventOf(m);
    if (found !== null && event !== found) return null;
    found = event;
  }
  return found;
}

/** The counted noun phrase `unit` right after `hit` is the subject of a verb of speech (SPEECH_VERBS). */
function speaks(text: string, hit: NumberHit, unit: string | null, clauseEnd: number): boolean {
  if (unit === null || hit.unit !== null) return false;
  // The counted noun stands right after the number; a compound's unit ("four-point": points) is not written so.
  const at = text.slice(hit.end, hit.end + 8 + unit.length).indexOf(unit);
  if (at < 0) return false;
  const unitEnd = hit.end + at + unit.length;
  const verb = lowerWordAfterSpaces(text, unitEnd, Math.min(clauseEnd, unitEnd + 16));
  if (!SPEECH_VERBS.has(verb)) return false;
  const verbEnd = spacesFrom(text, unitEnd, clauseEnd) + verb.length;
  return lowerWordAfterSpaces(text, verbEnd, Math.min(clauseEnd, verbEnd + 8)) !== 'to';
}

/** Singular auxiliaries: their subject is not a count of several. */
const SINGULAR_VERB = /\b(?:has|was|is)\b/i;

function eventBefore(text: string, from: number, to: number): string | null {
  let last: string | null = null;
  const before = text.slice(from, to);
  ABOUT_RE.lastIndex = 0;
  for (let m = ABOUT_RE.exec(before); m; m = ABOUT_RE.exec(before)) last = eventOf(m);
  return last;
}

