/** Events of a figure named by a noun for its count ("put the toll at 55", "the number of people detained was", "the figure is 210,000"); separate because the event is read from that noun, not the figure's words. */
import { hasAsciiWord } from '../chars';
import { ABOUT_RE, eventOf, namesEvent } from '../events';
import { MAX_SENTENCE } from './parts';
import type { Range } from '../sentences';
import { eventBefore } from './figure-events';

/** "put the toll at 55": a toll with no event of its own, which in a sentence that names deaths counts the dead. */
const TOLL = /\b(?:the|its|their)\s+(?:(?:official|unofficial|actual|real|final|eventual|overall)\s+)?toll\b/i;
/** TOLL, run only where "toll" is there. */
export const namesToll = (clause: string): boolean => hasAsciiWord(clause, 'toll') && TOLL.test(clause);
/**
 * "while the ministry put the death toll at 61", "its toll stood at 9", "the unofficial toll goes up to 67": a toll named right before the
 * figure governs it even where an earlier figure of the sentence owns the words before.
 */
const TOLL_RIGHT_BEFORE =
  /\b(?:the|its|their)\s+(?:(?:official|unofficial|actual|real|final|overall)\s+)?(?:death\s+)?toll\s+(?:(?:stood|stands|now stands|was|is|rose|reached|climbed|(?:goes|went|has gone|had gone) up)\s+)?(?:at|to|of)\s+$/i;
export const tollRightBefore = (text: string, phraseStart: number): boolean => {
  const window = text.slice(Math.max(0, phraseStart - 40), phraseStart);
  return (hasAsciiWord(window, 'toll ') && TOLL_RIGHT_BEFORE.test(window)) || (hasAsciiWord(window, 'casualties ') && CASUALTIES_PUT_AT.test(window));
};
/**
 * "the official records put the casualties only at five": casualties a source puts at a count are its toll, as "put the
 * toll at" is (the dead where the sentence names deaths); "45 casualties in the town" alone may count the injured too.
 */
const CASUALTIES_PUT_AT = /\b(?:put|puts|putting|placed|places|set|sets)\s+(?:the|its|their)\s+(?:(?:official|unofficial|total)\s+)?casualties\s+(?:(?:only|just)\s+)?at\s+(?:only\s+|just\s+)?$/i;
/**
 * "Although the official death toll in the province is just 65, aid groups say thousands are missing", "put the
 * death toll at 40 and said more remained missing": a death toll that is the subject of the figure's verb, or that a
 * source puts at it, says what it counts, whatever event the next clause names after it.
 */
const DEATH_TOLL_IS = /\bdeath\s+toll\b[^,;:.]{0,60}?\s(?:is|was|stands at|stood at|now stands at|rose to|reached|at)\s+(?:(?:just|only|now|still|officially)\s+)?$/i;
export const deathTollIs = (text: string, clauseStart: number, phraseStart: number): boolean => {
  const window = text.slice(Math.max(clauseStart, phraseStart - 90), phraseStart);
  return hasAsciiWord(window, 'toll ') && DEATH_TOLL_IS.test(window);
};
/**
 * "set the death toll at 713 while the council put the figure at 662": a number named by "the figure"
 * (referencedNumber) at `at` counts what the toll named before it in its sentence counts.
 */
export function tollBefore(text: string, sentence: Range, at: number): string | null {
  const window = text.slice(Math.max(sentence.start, at - MAX_SENTENCE), at);
  return hasAsciiWord(window, 'toll') && TOLL_NAMED.test(window) ? eventBefore(window, 0, window.length) : null;
}
const TOLL_NAMED = /\b(?:the|its|their)\s+(?:death\s+)?toll\b/i;
/** 'said the death toll “appears to be at least 377”': the quoted words are said of the toll named right before them. */
const TOLL_BEFORE_QUOTE = /\b(?:the|its|their)\s+(?:death\s+)?toll\s+(?:(?:is|was|had|has|now)\s+)?[“"‘']?$/i;
export const tollBeforeQuote = (text: string, sentence: Range, quote: Range): boolean =>
  quote.start > sentence.start && TOLL_BEFORE_QUOTE.test(text.slice(Math.max(sentence.start, quote.start - 40), quote.start));

/**
 * 'the number of people detained was “more than 500.”': a quote that opens with the number says what
 * the number of an event named right before it is.
 */
const NUMBER_OF_BEFORE_QUOTE = /\bthe\s+(?:number|toll|count|tally|total)\s+of\s+(?:[\p{L}-]+\s+){1,3}(?:is|was|were|are|stood at|stands at|now stands at|reached)\s+[“"‘']?$/iu;
export function eventBeforeQuote(text: string, sentence: Range, quote: Range, phraseStart: number): string | null {
  // The number opens the quote (past its mark and spaces).
  if (phraseStart - quote.start > 2 || quote.start <= sentence.start) return null;
  const window = text.slice(Math.max(sentence.start, quote.start - 80), quote.start);
  const m = hasAsciiWord(window, ' of ') ? NUMBER_OF_BEFORE_QUOTE.exec(window) : null;
  return m ? eventBefore(m[0], 0, m[0].length) : null;
}

/**
 * "the number was 170,000", "the official figure is 210,000", "the exact number is seven", "the toll should have read 90", "the figure of 288", "the UN figure was 300",
 * "its total of 30,920", "the real tally here is 52", "the toll could be well over 200", "Ostra's official figure of 400", "the provisional tally stood at 61": a number
 * named by a noun for it alone, which counts whatever its sentence, or else the text, is about.
 */
const NUMBER_REFERENCE =
  /(?:\b(?:the|its|their)|\p{Lu}[\p{L}.-]*['’]s)\s+(?:(?:official|final|new|actual|exact|real|really|true|latest|revised|correct|confirmed|provisional|preliminary|overall|current|initial|earlier|previous|original)\s+|(?<owner>\p{L}{2,5})\s+(?:(?:official|final|new|actual|exact|real|really|true|latest|revised|correct|confirmed)\s+)?)?(?<noun>number|figure|toll|tally|count|total)\s+(?:(?:here|now|so far)\s+)?(?:(?:is|was|were|are|stood|stands|should|would|could|might|will|has|had|have|now|then|be|been|read|at|to|rose|reached|climbed|of)\s+){1,4}(?:(?:well|far|much)\s+)?$/iu;
/**
 * "up from a previous toll of 30", "a new toll of 12": a toll named with "a" (which NUMBER_REFERENCE leaves out, as "a total of" and
 * "a number of" count what follows them) is the count of the number after "of".
 */
const A_TOLL_OF = /\ba\s+(?:(?:previous|earlier|new|revised|provisional|preliminary|official|confirmed|final|higher|lower)\s+)?toll\s+of\s+$/i;
/** The noun of NUMBER_REFERENCE right before the figure at `phraseStart` (lower case), or null. */
export function referencedNoun(text: string, clauseStart: number, phraseStart: number): string | null {
  const window = text.slice(Math.max(clauseStart, phraseStart - 60), phraseStart);
  if (hasAsciiWord(window, 'toll ') && A_TOLL_OF.test(window)) return 'toll';
  // Most figures have none of these words before them in reach: the expression is spared there.
  if (!hasAsciiWord(window, 'the ') && !hasAsciiWord(window, 'its ') && !hasAsciiWord(window, 'their ') && !window.includes("'s ") && !window.includes('’s ')) return null;
  const m = NUMBER_REFERENCE.exec(window);
  // The owner before the noun is an agency's initials ("the UN figure"), upper case (the expression ignores case).
  return m && (m.groups!.owner === undefined || m.groups!.owner === m.groups!.owner.toUpperCase()) ? m.groups!.noun!.toLowerCase() : null;
}
/**
 * "the group's fatality figure of 738", "the death count stood at 90": a figure, count or tally of deaths right before the
 * number counts the dead, whatever else its sentence names.
 */
export function deathFigureBefore(text: string, phraseStart: number): boolean {
  const window = text.slice(Math.max(0, phraseStart - 40), phraseStart);
  return ((hasAsciiWord(window, 'death') || hasAsciiWord(window, 'fatality')) && DEATH_FIGURE.test(window)) || bodyCountOf(text, phraseStart);
}
const DEATH_FIGURE = /\b(?:death|fatality)\s+(?:figure|count|tally|total)\s+(?:(?:is|was|stands|stood|now|at|of|to|rose|reached)\s+){1,3}$/i;
/**
 * "the clashes ended in an official body count on Sunday of a mere three": a body count "of" the number, a few words after it,
 * counts the dead.
 */
function bodyCountOf(text: string, phraseStart: number): boolean {
  const window = text.slice(Math.max(0, phraseStart - 70), phraseStart);
  return hasAsciiWord(window, 'body count') && BODY_COUNT_OF.test(window);
}
const BODY_COUNT_OF = /\bbody\s+count\b[^.;:!?\d]{0,40}?\bof\s+(?:(?:an?|just|only|some)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * "The governor said at least 30 people had died in the floods. The fire service later said nine. A local paper counted 16.": a
 * sentence that is only a source, a verb of saying and a bare number, right after a sentence that names one event (or after such
 * sentences that follow one), is that source's count of what the sentence before counted. Its event, or null.
 */
export function followUpCount(text: string, sents: readonly Range[], si: number, phraseStart: number, hitEnd: number): string | null {
  if (!followsUp(text, sents[si]!, phraseStart, hitEnd)) return null;
  for (let back = si - 1; back >= 0 && back >= si - FOLLOW_UP_CHAIN; back--) {
    const prior = sents[back]!;
    const event = onlyEvent(text.slice(prior.start, Math.min(prior.end, prior.start + MAX_SENTENCE)));
    if (event !== null) return event;
    // "The fire service later said nine.": a follow-up itself, whose count is of the sentence before it.
    const number = BARE_NUMBER_END.exec(text.slice(prior.start, prior.end));
    if (!number || !followsUp(text, prior, prior.start + number.index, prior.start + number.index + number[0].length - number[1]!.length)) return null;
  }
  return null;
}
/** How many follow-up sentences in a row may go back to the one sentence that names their event. */
const FOLLOW_UP_CHAIN = 3;
/** The sentence up to the number is FOLLOW_UP_OPENS, and after it only its stop. */
export const followsUp = (text: string, sentence: Range, phraseStart: number, hitEnd: number): boolean =>
  phraseStart - sentence.start <= FOLLOW_UP_REACH && FOLLOW_UP_ENDS.test(text.slice(hitEnd, Math.min(sentence.end, hitEnd + 8))) && FOLLOW_UP_OPENS.test(text.slice(sentence.start, phraseStart));
const FOLLOW_UP_REACH = 60;
/** A capitalised source of at most five more words, maybe "later" or "then", a verb of saying or counting, maybe a bound. */
const FOLLOW_UP_OPENS =
  /^[“"]?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}?\s+(?:(?:later|then|also|instead|only)\s+)?(?:said|says|put it at|puts it at|counted|counts|saw|reported|reports|estimated|gave)\s+(?:(?:at least|about|around|only|just|nearly|some|more than|over|as many as)\s+)?$/u;
/** Only the sentence's stop after the number. */
const FOLLOW_UP_ENDS = /^\s*[.!]["”]?(?:\s|$)/;
/** A number, in digits or words, that ends a sentence, then its stop (group 1). */
const BARE_NUMBER_END = /(?:\d[\d,]*|\b[a-z]+)(\s*[.!]["”]?\s*)$/;

/**
 * "put the toll at 2,310 with about 800 missing": a toll with no event of its own counts the dead where its sentence
 * or the text's opening names deaths, whatever other count its sentence names; any other noun (number, total, tally)
 * counts what the sentence or text is about.
 */
export function referencedEvent(text: string, sents: readonly Range[], si: number, noun: string): string | null {
  if (noun === 'toll') {
    const sentence = sents[si]!;
    const lede = sents[Math.min(1, sents.length - 1)]!;
    if (namesEvent(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE)), 'killed') || namesEvent(text.slice(sents[0]!.start, Math.min(lede.end, sents[0]!.start + MAX_SENTENCE)), 'killed')) return 'killed';
  }
  return eventOfSentenceBefore(text, sents, si) ?? topicOf(text, sents, si);
}

/**
 * "Dozens were feared dead. The provisional tally stood at 61.": a sentence that opens on the number's noun and
 * names no event of its own goes on with the count of the sentence before, of the one event that sentence names.
 */
function eventOfSentenceBefore(text: string, sents: readonly Range[], si: number): string | null {
  const sentence = sents[si]!;
  const before = sents[si - 1];
  if (before === undefined || !REFERENCE_OPENS.test(text.slice(sentence.start, sentence.start + 40))) return null;
  if (onlyEvent(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE))) !== null) return null;
  return onlyEvent(text.slice(before.start, Math.min(before.end, before.start + MAX_SENTENCE)));
}
/** A sentence opening on "The (adjective) tally/count/figure/total/number", maybe after a quote mark. */
const REFERENCE_OPENS = /^[“"]?The\s+(?:[\p{Ll}-]+\s+)?(?:number|figure|tally|count|total)\s+(?:is|was|stood|stands|now|had|has|rose|reached)\b/u;

/**
 * "4,120 people died - 1650 more than the Coast Guard's count, which stuck by its total of 2,470": a total named
 * after other figures of its sentence counts what the sentence counts, when it names one event only.
 */
export function totalOfSentence(text: string, sentence: Range, noun: string): string | null {
  return noun === 'total' ? onlyEvent(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE))) : null;
}

/** The one event that sentence `si` names, or else the one that the text's first two sentences name; null when none or several. */
export function topicOf(text: string, sents: readonly Range[], si: number): string | null {
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

/**
 * "While the city counts only four deaths, clinic sources claim it is 39": a bare number after "it is" names again
 * the count given before it in its sentence, so it counts what that count counts (`from`: where that count ends); so does
 * one that "it" is updated or raised to ("put the toll at 12 on Monday and raised it to 15 by Tuesday evening").
 */
const IT_IS = /\b(?:it|that)\s+(?:is|was|stands at|stood at)\s+(?:(?:actually|really|in fact)\s+)?$|\b(?:updated|raised|revised|lowered|increased|corrected|pushed|brought)\s+it\s+(?:up\s+|down\s+)?(?:to|at)\s+$/i;
export function restatesCount(text: string, from: number, phraseStart: number): boolean {
  const window = text.slice(Math.max(from, phraseStart - 30), phraseStart);
  return (hasAsciiWord(window, 'it ') || hasAsciiWord(window, 'that ')) && IT_IS.test(window);
}

/**
 * "112 people have died. Among them, at least 20 were from Ostra, 15 from Varn and 4 from Kelm": bare counts listed
 * after a sentence opening on "Among them," (of them, of these, of those) are parts of the count the sentence before
 * ends on, with its noun and the one event that sentence names. Only the first count after the comma and each one
 * opening a later item of the list (after ", " or " and "). Returns that noun ("people") and event, or null.
 */
export function partOfCountBefore(text: string, sents: readonly Range[], si: number, phraseStart: number): { unit: string; event: string } | null {
  const sentence = sents[si]!;
  const prior = sents[si - 1];
  if (!prior || !THEM_OPENINGS.some((opening) => text.startsWith(opening, sentence.start))) return null;
  if (!THEM_LIST.test(text.slice(sentence.start, phraseStart))) return null;
  const unit = lastCountNoun(text, sents, si);
  const event = unit === null ? null : onlyEvent(text.slice(prior.start, Math.min(prior.end, prior.start + MAX_SENTENCE)));
  return event === null ? null : { unit: unit!, event };
}
const THEM_OPENINGS = ['Among ', 'Of '];

/** The noun of the last count in digits with a plural noun that the sentence before `si` gives ("173 deaths"), or null. */
export function lastCountNoun(text: string, sents: readonly Range[], si: number): string | null {
  const prior = sents[si - 1];
  if (!prior) return null;
  let unit: string | undefined;
  for (const m of text.slice(prior.start, Math.min(prior.end, prior.start + MAX_SENTENCE)).matchAll(COUNT_WITH_NOUN)) unit = m[1];
  return unit === undefined ? null : unit.toLowerCase();
}
/**
 * "Among them" (of them, of these, of those), then the list so far (no clause break), then the count's own ", " or
 * " and ", then at most a bound ("at least").
 */
const THEM_LIST = /^(?:Among|Of) (?:them|these|those)(?:,[^.;:!?]*)?(?:, (?:and )?| and )(?:(?:at least|at most|about|around|nearly|some|over|more than|up to) )?$/;
/** A number in digits and the plural noun it counts ("112 people", "40 villagers"). */
const COUNT_WITH_NOUN = /\b\d[\d,]*\s+(people|persons|[\p{Ll}-]{3,}s)\b/gu;
