/**
 * Numbers that count nothing a story reports: an age after a name, a stretch of time a plan or a span takes, a building's
 * height, a clause of a numbered rule, a law's name, a margin someone hopes for. Separate because each only says whether a
 * number counts at all.
 */
import { isRange, type NumberHit } from './numbers';
import type { Range } from '../sentences';
import { TIME_UNITS } from './wordings';
import { firstWord } from './units';

/**
 * "leader Tomas Varn,20, and", "said shop owner Piet Varn, 45.": a whole number under 120 set off by a comma after a
 * capitalised name is that person's age, with no space after the comma, or closing the sentence after a speaker's name
 * (references.ts reads the spaced one a comma closes). Not "in Ostra, 45 were hurt": a word goes on after the number there.
 */
export function ageAfterName(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || isRange(hit) || !Number.isInteger(hit.value) || hit.value > 120) return false;
  const before = text.slice(Math.max(sentence.start, hit.start - 40), hit.start);
  if (before.endsWith(',')) return NAME_COMMA.test(before) && AGE_CLOSED.test(text.slice(hit.end, hit.end + 2));
  return SAID_NAME_COMMA.test(text.slice(Math.max(sentence.start, hit.start - 80), hit.start)) && SENTENCE_CLOSED.test(text.slice(hit.end, Math.min(sentence.end + 2, hit.end + 3)));
}
/** A capitalised word of two letters or more (a name's last), then the comma. */
const NAME_COMMA = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+,$/u;
/**
 * A verb of saying, at most three words in lower case (a title: "shop owner"), then a name of two or three capitalised
 * words, a comma and a space: the speaker, whose age closes the sentence ("the Ostra Red Cross, 55." is a count).
 */
const SAID_NAME_COMMA = /\b(?:said|says|told|added)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}\p{Ll}+, $/u;
/** A comma or the sentence's end right after the number. */
const AGE_CLOSED = /^(?:,|\.(?!\d)|$)/;
const SENTENCE_CLOSED = /^(?:\.(?!\d)|[”"’]?\s*$)/;

/**
 * "between the ages of 7 and 11", "the ages of 7 to 11": both numbers are ages (references.ts reads "age of 16"). So are
 * the ages after "aged" ("two girls aged 9 and 14": references.ts reads the first) and the ages an age is moved between
 * ("lower the voting age from 18 to 16").
 */
export const agesOf = (text: string, hit: NumberHit): boolean => AGES_OF.test(text.slice(Math.max(0, hit.start - 40), hit.start));
const AGES_OF = /\b(?:ages\s+of\s+(?:\d+\s+(?:and|to|or)\s+)?|aged\s+\d+(?:,\s*\d+)*,?\s+(?:and|or|to)\s+|aged\s+\d+,\s*|age\s+from\s+(?:\d+\s+to\s+)?)$/i;

/**
 * A stretch of time that no event fills: "plans to take 18 months to rebuild", "in the space of 48 hours" or "within two
 * years" (how fast it came or is to come), "left 13 dead two days before." (when). `unit` is the figure's noun.
 */
export function spanOfTime(text: string, sentence: Range, phraseStart: number, hit: NumberHit, unit: string | null): boolean {
  if (unit === null || !TIME_UNITS.has(firstWord(unit))) return false;
  const before = text.slice(Math.max(sentence.start, phraseStart - 24), phraseStart);
  // "within two years": a deadline or how soon, no amount.
  if (SPACE_OF.test(before) || /^within\s/i.test(text.slice(phraseStart, phraseStart + 7))) return true;
  // "checked every 30 minutes" (how often), "during the more than six years that Ana Pell has ruled" (over what time): no amount.
  if (EVERY_OR_DURING.test(before)) return true;
  const after = text.slice(hit.end, Math.min(sentence.end + 1, hit.end + 40));
  return (TAKE_BEFORE.test(before) && TO_AFTER.test(after)) || WHEN_CLOSING.test(after);
}
/** "in the space of", "within the course of"; "in a period of", "over a period of" (how long the span was that a record counts over). */
const SPACE_OF = /\b(?:(?:in|within)\s+the\s+(?:space|course)|(?:in|within|over|during|for)\s+a\s+period)\s+of\s+$/i;
const EVERY_OR_DURING = /\b(?:every|(?:during|throughout)\s+the)\s+$/i;
const TAKE_BEFORE = /\b(?:take|takes|took|taking|taken)\s+$/i;
/** The time unit, then "to" and a verb: what the time is taken for. */
const TO_AFTER = /^\s+\p{L}+\s+to\s+\p{L}/u;
/**
 * The time unit, then "before", "after", "earlier" or "later", closing the clause; or "before" or "after" and a verb in
 * "-ing" ("about 20 minutes after taking off"): the time of a moment set against an event, no amount.
 */
const WHEN_CLOSING = /^\s+\p{L}+\s+(?:(?:before|after|earlier|later)\s*(?:[.,;:!?”"]|$)|(?:before|after)\s+\p{Ll}{2,}ing\b)/iu;

/**
 * "more in the past five decades than in the previous more than twelve": a bare number after "the previous/past/last"
 * that closes its clause leaves out the time unit its sentence named before it; a period, no count.
 */
export function elidedPeriod(text: string, sentence: Range, phraseStart: number, hit: NumberHit, unit: string | null): boolean {
  if (unit !== null || hit.unit !== null) return false;
  if (!/^\s*(?:[.,;:!?”"]|$)/.test(text.slice(hit.end, Math.min(sentence.end + 1, hit.end + 3)))) return false;
  const from = Math.max(sentence.start, phraseStart - 60);
  const m = PERIOD_BEFORE.exec(text.slice(from, phraseStart));
  return m !== null && TIME_WORD.test(text.slice(sentence.start, from + m.index));
}
const PERIOD_BEFORE = /\b(?:in|over|during|for)\s+the\s+(?:last|past|previous|preceding)\s+(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?$/i;
const TIME_WORD = /\b(?:days|weeks|months|years|decades|centuries)\b/i;

/** "the seven-storey building", "a 12-floor tower": a building's height names it, no count. */
export const heightOfBuilding = (text: string, hit: NumberHit): boolean => STOREYS.test(text.slice(hit.end, hit.end + 12));
const STOREYS = /^-(?:storey|story|storeyed|storied|floor)\b/i;

/** "Standing Order Number 13 (1)", "Article 5(2)": the bracketed number of a clause of a numbered rule. */
export const clauseOfRule = (text: string, hit: NumberHit): boolean =>
  text.charCodeAt(hit.end) === 41 && RULE_NUMBER_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start)); // )
const RULE_NUMBER_BEFORE = /\b(?:section|article|order|rule|clause|number|no\.|regulation|paragraph|chapter)\s+\d+[a-z]?\s*\($/i;

/** "the 0% VAT Law", "the 10 Percent Levy Act": the number opens the capitalised name of a law. */
export const namesALaw = (text: string, hit: NumberHit): boolean => LAW_AFTER.test(text.slice(hit.end, hit.end + 60));
const LAW_AFTER = /^\s+(?:\p{Lu}[\p{L}]*\s+){1,4}(?:Law|Act|Bill|Decree|Ordinance)\b/u;

/**
 * "If we only win by 400 votes", "they want to win by a 3,000, 6,000 majority": a margin someone supposes or wants, no
 * result. `before` is the text up to the figure's phrase.
 */
export const marginWished = (before: string): boolean => MARGIN_WISHED.test(before);
const MARGIN_WISHED =
  /\b(?:if\s+(?:we|i|you|they|he|she)\s+(?:just\s+|only\s+)?|(?:want|wants|wanted|need|needs|aim|aims|hope|hopes)\s+to\s+)(?:win|lose|take|get)\s+(?:it\s+)?by\s+(?:a\s+|an\s+|just\s+|only\s+)?(?:[\d,.]+,\s+)?$/i;

/** "one of four tending the injured": the count does the tending; the ones harmed are not what it counts. */
export const carersOf = (text: string, hit: NumberHit): boolean => CARING_AFTER.test(text.slice(hit.end, hit.end + 40));
const CARING_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:treating|tending(?:\s+to)?|caring\s+for|nursing|helping|evacuating)\s+the\s/u;

/**
 * "the gap between the town's two factions", "found between two farms": the two sides of a divide, or the two places
 * something lies between, are no count of anything reported.
 */
export const twoBetween = (text: string, hit: NumberHit): boolean =>
  hit.value === 2 && hit.words && !isRange(hit) && TWO_BETWEEN.test(text.slice(Math.max(0, hit.start - 40), hit.start));
const TWO_BETWEEN = /\bbetween\s+(?:(?:the|its|their|our|both)\s+|[\p{L}-]+['’]s\s+|the\s+[\p{L}-]+['’]s\s+)?$/iu;

/**
 * "the victims were Ana Pell (62), Tomas Varn (45) and Ilse Kost (28)", "Mrs Ana Pell (62)": a whole number under 120 in
 * brackets right after a person's full name is an age. A name is told from a place of two words ("New Ostra (12)", a
 * count by place) by a title before it, or by another bracketed number after a full name in the sentence (a list of people).
 */
export function ageInBrackets(text: string, sentence: Range, hit: NumberHit): boolean {
  if (hit.words || hit.unit !== null || isRange(hit) || !Number.isInteger(hit.value) || hit.value > 120) return false;
  if (text.charCodeAt(hit.start - 1) !== 40 || text.charCodeAt(hit.end) !== 41) return false; // ( )
  const name = FULL_NAME_BRACKET.exec(text.slice(Math.max(sentence.start, hit.start - 60), hit.start));
  if (!name) return false;
  if (name[1] !== undefined) return true;
  const s = text.slice(sentence.start, sentence.end);
  let names = 0;
  for (const m of s.matchAll(NAMED_BRACKETS)) if (Number(m[1]) <= 120 && ++names > 1) return true;
  return false;
}
/** Maybe a title, then two to four capitalised words (a full name), a space and the opening bracket. */
const FULL_NAME_BRACKET = /(?:^|[^\p{L}])(?:((?:Mr|Mrs|Ms|Miss|Dr)\.?)\s+)?(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Ll}'’-]+\s+\($/u;
/** Two capitalised words, a space and a bracketed whole number. */
const NAMED_BRACKETS = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+\s+\((\d{1,3})\)/gu;

/**
 * A stretch of time that tells how long a state has lasted or what is left or wished for, no amount reported: "had worked
 * for the firm for 20 years", "has been fighting the charges for two years" (a perfect tense, up to now), "dating back a
 * hundred years", "only 10 days left", "needs another five years", "within just 48 hours". "Jailed for six years" (a
 * sentence) and "strike for three days" (a plan) stay amounts. `unit` is the figure's noun.
 */
export function idleSpan(text: string, sentence: Range, phraseStart: number, hit: NumberHit, unit: string | null): boolean {
  if (unit === null || !TIME_UNITS.has(firstWord(unit))) return false;
  if (LEFT_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 24)))) return true;
  const before = text.slice(Math.max(sentence.start, phraseStart - 120), phraseStart);
  return DATING_BACK.test(before) || DELAYED.test(before) || WISHED_MORE.test(before) || WITHIN_JUST.test(before) || (phraseStart === hit.start && PERFECT_SPENT.test(before)) || (before.endsWith('for ') && (PERFECT_FOR.test(before) || waitedFor(before))) || spanOfNoun(text, sentence, hit);
}
/**
 * "after three days of heavy rain", "recovering from 12 years of war": a stretch of time a noun after "of" fills, after a
 * word of what came after it, tells how long it lasted, no amount the story counts. "analysed 20 years of satellite images"
 * (an amount of data) and a sentence ("ten years of imprisonment") stay.
 */
const spanOfNoun = (text: string, sentence: Range, hit: NumberHit): boolean =>
  TIME_OF_NOUN.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 40))) && AFTER_SPAN.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start));
const AFTER_SPAN = /\b(?:after|from|following|amid|despite)\s+(?:(?:nearly|almost|about|some|more\s+than|over)\s+)?$/i;
const TIME_OF_NOUN = /^\s+(?:days|weeks|months|years|decades)\s+of\s+(?!age\b|imprisonment\b|prison\b|jail\b|detention\b|hard\s+labou?r\b)\p{Ll}/u;
/**
 * "the buses sat at the border for more than nine hours", "travellers were stranded for two days", "strikers had been camped
 * for a month": how long someone waited, camped or was stuck somewhere, no amount the story counts; so is how long a thing
 * lay stored ("the drums had been stored in a shed for ten years"). `before` is the clause up to the time's phrase, which
 * ends in "for ".
 */
const waitedFor = (before: string): boolean => WAITED_FOR.test(before);
/** A verb of sitting, waiting, camping, being stuck or lying stored, at most 40 characters of its clause with no number, then "for". */
const WAITED_FOR = /\b(?:sat|sit|sits|sitting|waited|wait|waits|waiting|stuck|stranded|idled|idling|queued|queuing|camped|camping|encamped|stored|warehoused|stockpiled|lain|lay|lying)\b[^.;:!?\d]{0,40}\bfor\s+$/i;
/**
 * "I have waited seven months", "she had lived 20 years there": a perfect verb of waiting or living right before the time
 * (with no bound: "had waited more than two years for the promised link" is a delay someone claims, which may be checked).
 */
const PERFECT_SPENT = /\b(?:has|have|had|’ve|'ve)\s+(?:waited|spent|lived|worked|gone)\s+$/i;
/**
 * The time unit, then "left" or "remaining": what is left before a deadline; or "off" ("staff were sent home for three
 * weeks off without pay"): time away from work, no amount ("two miles off the coast" has no time unit).
 */
const LEFT_AFTER = /^\s+\p{L}+\s+(?:left|remaining|off\b(?!\s+the\b))\b/u;
/**
 * "a ruling delayed more than a month by the strike", "the vote, postponed by three weeks,": how long a thing the sentence
 * tells of in passing was put off, no amount. A participle of putting off, maybe "by" or "for", right before the time's
 * phrase, with no "was" before it: "the flight was delayed by 50 minutes" tells the delay itself, a figure.
 */
const DELAYED = /(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(?:delayed|postponed|deferred|pushed\s+back|put\s+off|held\s+up)\s+(?:by\s+|for\s+)?$/i;
const DATING_BACK = /\b(?:dating|dates|dated|going|goes|stretching|stretches)\s+back\s+$/i;
const WISHED_MORE = /\b(?:need|needs|needed|want|wants|wanted|seek|seeks|seeking|asked\s+for|asking\s+for)\s+(?:another|a\s+further|an\s+extra|more)\s+$/i;
const WITHIN_JUST = /\bwithin\s+(?:just|only|barely|a\s+mere)\s+$/i;
/**
 * A perfect tense (an active participle, or "been" and a verb in "-ing"; not a passive "has been jailed"), at most 80
 * characters of its clause with no number, then "for".
 */
const PERFECT_FOR = /\b(?:has|have|had|’ve|'ve)\s+(?:(?:also|now|already|long)\s+)?(?:been\s+\p{L}+ing|(?!been\b)\p{L}+ed)\b[^.;:!?\d]{0,80}\bfor\s+$/iu;

/**
 * "If 40,000 voters stay home, …", "and if two more members quit": a count an "if" opening its clause supposes, no count
 * that was. `before` is the text of the sentence up to the figure's phrase.
 */
export const supposedCount = (before: string): boolean => SUPPOSED.test(before);
const SUPPOSED = /(?:^|[,;:—–(“"‘]\s*|\b(?:and|but|or|even|that)\s+)if\s+$/i;

/**
 * "we have no record of 150 corpses", "found no evidence of 40 deaths": a count someone says they have no trace of is
 * denied, no count they report.
 */
export const noRecordOf = (before: string): boolean => before.includes('no ') && NO_RECORD.test(before);
const NO_RECORD = /\bno (?:record|records|trace|evidence|proof|knowledge|sign) of $/i;

/**
 * "suspects may only be kept for up to 72 hours", "were meant to be held for 10 days": the longest time a rule allows;
 * "the hearing is set to last three weeks": how long something planned is to go on. Neither is an amount anyone
 * reports. "Suspects were held for 72 hours" (what was done) stays. `unit` is the figure's noun.
 */
export function ruledOrForeseenSpan(text: string, sentence: Range, phraseStart: number, unit: string | null): boolean {
  if (unit === null || !TIME_UNITS.has(firstWord(unit))) return false;
  const before = text.slice(Math.max(sentence.start, phraseStart - 60), phraseStart);
  return (before.endsWith('for ') && RULED_FOR.test(before)) || FORESEEN_LAST.test(before);
}
/** A modal or "supposed/meant/allowed to", then "be" and a participle, then "for". */
const RULED_FOR = /\b(?:(?:supposed|meant|allowed|permitted|required)\s+to|can|cannot|may|must|should)\s+(?:only\s+|not\s+|legally\s+)?be\s+\p{L}+\s+for\s+$/iu;
/**
 * A word of what is planned or foreseen, "to last" (maybe "for"). Not a bare "will last": "the stocks will last five months"
 * says how much is left, an amount.
 */
const FORESEEN_LAST = /\b(?:expected|set|due|scheduled|slated|planned|likely)\s+to\s+last\s+(?:for\s+)?$/i;
