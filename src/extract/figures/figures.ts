/** Figures of one sentence: the driver that reads each number's bound, unit, clause, change and event, asking each concern in its own module. */
import { classAt, classOf, hasAsciiWord, isSpaceAt, LOWER, SPACE } from '../chars';
import { CHANGE_WINDOW, changeOf, moveRestated, unitBeforeChangeNoun } from './changes';
import { ABOUT_RE, namesEvent } from '../events';
import { seatsUnit } from './seats';
import { findNumbers, isRange, type NumberHit, type NumberScan } from './numbers';
import { pluralUnit } from './number-words';
import { bracketedPartUnit, isPart, MAX_SENTENCE, namesUnverified, partOfCounted } from './parts';
import { firstFrom, rangeAt } from '../ranges';
import { lastWord, wordBefore } from '../scan';
import type { Range } from '../sentences';
import type { Figure } from '../types';
import { workEvent } from './work-events';
import { aboutIsPreposition, afterArticle, bracketedMoney, isClockTime, isConversion, isDifference, isStreak, isTenureOrDeadline, isTimeReference, namesAKind, ofASeries, termsInOffice, overIsDuring, overSpreads, ratioOf, spacedCompound, TIME_UNITS } from './wordings';
import { isCalibre } from './calibres';
import { addressOf, ageOfRule, clockHours, clockSpan, dottedClock, periodOfReport, spanOfHappening } from './moments';
import { alternativeUnit, nounAfterModel, nounNumbering, numberRisen, numberSeemed, quotedNoun, setAgainstUnit, shortOfUnit, votesCast, votesWithShare, countIsNoun, subjectRisenBy, wholeOutOf, withoutGluedVerb, wordBeforeOnes } from './counted-nouns';
import { ageAfterName, ageInBrackets, agesOf, idleSpan, noRecordOf, supposedCount, carersOf, clauseOfRule, elidedPeriod, heightOfBuilding, marginWished, namesALaw, ruledOrForeseenSpan, spanOfTime, twoBetween } from './no-counts';
import { BETWEEN, boundAfter, COMPARATOR_OF, comparatorBeforeIn, CROSSED_LEVEL, NEGATED_BOUNDS, NEGATION_BEFORE, motionBefore, opensWithHalf, plusAfter, UP_FROM, lengthAfter, baseOfChange, baseOfRate, spreadBeforeOver, boundOutweighs, estimatedToVerb, levelComparedTo } from './comparators';
import { bracketedNounEnd, dropsThrough, firstWord, isMoney, isPlural, LENGTHS, PEOPLE_NOUNS, placesBy, unitOf, wholeOfShare } from './units';
import { closesAcronym, closesModelName, closesTitle, inName, isAge, isAgeBound, isReference, namesAProduct, namesARoad, opensOutletName, yearOfEvent, yearOfNoun } from './references';
import { aCertain, afterOnly, atOneTime, IDIOM_UNITS, ONE_ACCOUNT_NOUNS, inMaxim, isBackReference, isCountedOne, nounCountedBefore, ONE_OF, pronounOne, sharedOutByName, speakingOne, vagueCount, ZERO_IDIOMS } from './small-counts';
import { aboard, harmedAboard, wholeOfPart, spilledAmount, BODIES, bodiesOf, claimsLives, livesOfBefore, countsAreas, countsTellers, denied, doubted, earlierLevel, levelUpFrom, eventAfter, eventBefore, eventEnd, heldInCustody, inCondition, levelAfterChange, LOAD_VERBS, OTHER_HARM_VERBS, totalOfListed, multiplies, pairEvent, PARTICIPLE_EVENT, PLACE_PREPOSITION, RECOVERED, restOfGroup, rivalEstimateEvent, sharesANoun, speaks, unmentioned } from './figure-events';
import { caredForNotDead } from './cared-for';
import { countsCrowd, crowdOfWords, earlierCrowd } from './crowds';
import { subjectCountedUnit } from './subject-counts';
import { othersOfCrowd } from './others-of-crowds';
import { deathFigureBefore, deathTollIs, eventBeforeQuote, followUpCount, lastCountNoun, namesToll, partOfCountBefore, referencedEvent, referencedNoun, restatesCount, tollBefore, tollBeforeQuote, tollRightBefore, totalOfSentence } from './tolls';

/** A figure and the text of its claim: the figure phrase through the end of its clause. */
export interface FigureHit {
  figure: Figure;
  claim: Range;
}

/** Words for an earthquake: a number before one of them in the singular is its magnitude ("a 7.6 quake"). */
const QUAKES = new Set(['quake', 'earthquake', 'tremor', 'aftershock']);

const MAGNITUDE_OF = /\bmagnitude of\s+$/i;
/** "5.3 on the Richter scale", "6.2 on the moment magnitude scale": a magnitude read on its scale. */
const ON_SCALE = /^\s+on\s+the\s+(?:\p{L}+\s+){0,2}?(?:Richter|magnitude)\s+scale\b/iu;
/** "with" right before the figure's phrase, which its claim takes in. */
const WITH_BEFORE = /\bwith\s+$/i;

/**
 * A verb of hoping, then "to" and a verb of getting, right before a figure's phrase. Not "hoped for three years or less in
 * jail" (a sentence sought, which a court's ruling may check) nor the noun ("no hope for over 60 people trapped").
 */
const HOPED_FOR = /(?:\bhoping|\b(?:we|they|i|you)\s+hope|\bhope[sd])\s+to\s+(?:get|reach|win|see|hit|achieve|attract|draw)\s+(?:(?:a|an|the)\s+)?$/i;

/** Longest clause read around a figure; keeps run-on garbage "sentences" linear. */
const MAX_CLAUSE = 400;
/**
 * Dashes, a semicolon, a closing bracket, or ", but <someone> said": a contrast that another speaker opens tells their own
 * figures ("contact was lost with 150 troops, but the rebels said the toll was higher": no toll of the 150).
 */
const CLAUSE_END = /[—–;)]|\s-\s|,\s+but\s+(?:[\p{L}'’-]+\s+){1,4}(?:said|says|say|claimed|claim|claims|insisted|insist|insists)\b/u;
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
  const tollParts = new Set<Figure>();
  // An earlier figure of the clause owns the words up to the next one: "40 were wounded and 350 fled"
  // says nothing of the 350.
  let previousEnd = sentence.start;
  const hits = findNumbers(text, sentence.start, sentence.end, scan);
  // Read only for a figure that counts an event (isPart), which most sentences have none of.
  let unverified: boolean | undefined;
  for (let h = 0; h < hits.length; h++) {
    let hit = hits[h]!;
    // Two of these read only a "one" in words, four only digits after a space: the others are not asked.
    if (
      (hit.words && hit.value === 1 && (atOneTime(text, hit) || inMaxim(text, hit))) ||
      inName(names, hit) ||
      isReference(text, sentence, hit) ||
      namesAKind(text, hit) ||
      spacedCompound(text, sentence, hit) ||
      isClockTime(text, hit) ||
      clockHours(text, hit) ||
      dottedClock(text, hit) ||
      isCalibre(text, hit) ||
      (!hit.words && isSpaceAt(text, hit.start - 1) && (namesAProduct(text, sentence, hit) || closesModelName(text, sentence, hits[h - 1], hit) || closesTitle(text, sentence, hit) || closesAcronym(text, hit) || namesARoad(text, sentence, hit) || opensOutletName(text, sentence, hit)))
    )
      continue;
    if (ageAfterName(text, sentence, hit) || ageInBrackets(text, sentence, hit) || agesOf(text, hit) || heightOfBuilding(text, hit) || clauseOfRule(text, hit) || namesALaw(text, hit) || twoBetween(text, hit)) continue;
    // "six in every 10 refugees": one share, not two counts.
    const ratio = ratioOf(text, hit, hits[h + 1]);
    if (ratio) {
      hit = ratio;
      h++;
    }
    const plus = isRange(hit) || hit.unit !== null ? 0 : plusAfter(text, hit);
    if (plus > 0) hit = { ...hit, end: hit.end + plus };
    const windowStart = Math.max(sentence.start, hit.start - 32);
    // A comparator is followed by spaces: no need to look for one when none precede the number. "at least +9%": a plus sign
    // written on a rise stands between the bound and its number.
    const boundEnd = text.charCodeAt(hit.start - 1) === 43 && isSpaceAt(text, hit.start - 2) ? hit.start - 1 : hit.start; // +
    const found = isSpaceAt(text, boundEnd - 1) ? comparatorBeforeIn(text, windowStart, boundEnd) : null;
    // "sales are up to $6.9 billion from $5.4 billion": "up", then the level reached, not "at most";
    // "information about two other suspects": a preposition, not "approximately".
    // "the toll has gone up to nine": a verb of motion before "up to" says the level reached, no ceiling.
    // "past" bounds only after one ("rose past 12,000"; "in the past 24 hours" is a period).
    const cmp =
      (found?.phrase === 'up to' && (UP_FROM.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 12))) || motionBefore(text, sentence, windowStart + found.at))) ||
      (found?.phrase === 'past' && !motionBefore(text, sentence, windowStart + found.at)) ||
      (found?.phrase === 'about' && aboutIsPreposition(text, Math.max(sentence.start, windowStart - 32), windowStart + found.at) && !lengthAfter(text, hit)) ||
      (found?.phrase === 'over' && hit.unit !== null && baseOfChange(text, sentence, windowStart + found.at)) ||
      (found?.phrase === 'over' && baseOfRate(text, sentence, windowStart + found.at, hit)) ||
      (found?.phrase === 'over' && spreadBeforeOver(text, sentence, windowStart + found.at)) ||
      (found !== null && crossesThings(found.phrase, text, hit))
        ? null
        : found;
    // "between 3 and 6": the word opens the range's phrase, as a comparator would.
    const between = !cmp && isRange(hit) ? BETWEEN.exec(text.slice(windowStart, hit.start)) : null;
    const phraseStart = cmp ? windowStart + cmp.at : hit.start - (between?.[0].length ?? 0);
    const previous = out[out.length - 1]?.figure;
    if (cmp && isAgeBound(text, sentence, cmp.phrase, phraseStart, hit)) continue;
    // "hoping to get 99 per cent turnout", "we hope to draw 10,000 people": what someone wishes for is no amount that was.
    if (HOPED_FOR.test(text.slice(Math.max(sentence.start, phraseStart - 28), phraseStart))) continue;
    if (marginWished(text.slice(Math.max(sentence.start, phraseStart - 48), phraseStart))) continue;
    if (supposedCount(text.slice(Math.max(sentence.start, phraseStart - 24), phraseStart)) || noRecordOf(text.slice(Math.max(sentence.start, phraseStart - 24), phraseStart))) continue;
    // "half a million" with no comparator is a round estimate, as "about" is.
    let comparator = cmp ? COMPARATOR_OF.get(cmp.phrase)! : isRange(hit) ? '>=' : opensWithHalf(text, hit) ? '~' : '=';
    // "two years or less", "50 people or more": a bound after the number and its noun.
    if (!cmp && !isRange(hit)) comparator = boundAfter(text, hit, sentence) ?? comparator;
    if (cmp && !isRange(hit)) {
      const bound = boundAfter(text, hit, sentence);
      if (boundOutweighs(cmp.phrase, bound)) comparator = bound!;
    }
    if (!cmp && estimatedToVerb(text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart))) comparator = '~';
    if (!cmp && plus > 0) comparator = '>';
    // "the venue cannot hold more than 30,000": a negated bound is the opposite one.
    if (cmp && NEGATED_BOUNDS.has(cmp.phrase) && NEGATION_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart))) comparator = NEGATED_BOUNDS.get(cmp.phrase)!;
    if (cmp && levelComparedTo(text, cmp.phrase, hit.end, sentence.end)) comparator = '=';
    // A year-like number counts only something plural ("1990 protesters", "2040 registered missing people"); the unit is
    // read later for the others, which the clause may still drop.
    let unit = hit.yearLike && !cmp ? unitOf(text, hit, sentence) : undefined;
    if (unit !== undefined && ((!unit?.endsWith('s') && !unit?.endsWith('people') && !isDifference(text, hit)) || yearOfNoun(hit, unit) || yearOfEvent(text, hit, unit))) continue;
    // "In 2002 sales outside Varn totalled …": a year opening its sentence after a preposition of time says when.
    if (hit.yearLike && !cmp && YEAR_OPENER.test(text.slice(sentence.start, hit.start))) continue;
    // "climbing to 4.2 million last year over 2019": the year a later one is set against, no bound.
    if (hit.yearLike && cmp?.phrase === 'over' && hit.value >= 1900 && hit.value <= 2100 && YEAR_OVER.test(text.slice(Math.max(sentence.start, phraseStart - 16), phraseStart)) && unitOf(text, hit, sentence) === null) continue;
    // "ERBIL (Kelmor 24) –", "(Channel 4)": the number ends a bracketed name of capitalised words, an outlet's or a programme's.
    if (!cmp && hit.unit === null && BRACKET_CLOSES.test(text.slice(hit.end, hit.end + 3)) && NAME_IN_BRACKET_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start))) continue;

    const quote = rangeAt(quoted, hit.start);
    // '"… many are still missing," said Ana Pell, who uses one name': a quote closed before the figure ends the clause it was in.
    const closed = quote ? undefined : quoted[firstFrom(quoted, phraseStart) - 1];
    const clauseFloor = Math.max(sentence.start, quote?.start ?? sentence.start, closed !== undefined && closed.end <= phraseStart ? closed.end : sentence.start, phraseStart - MAX_CLAUSE);
    let clauseEnd = Math.min(sentence.end, quote?.end ?? sentence.end, hit.end + MAX_CLAUSE);
    const markFrom = Math.min(clauseEnd, bracketedNounEnd(text, hit.end));
    const endMark = CLAUSE_END.exec(text.slice(markFrom, clauseEnd));
    if (endMark) clauseEnd = markFrom + endMark.index;
    let clauseStart = clauseFloor;
    const before = text.slice(clauseFloor, phraseStart);
    CLAUSE_START.lastIndex = 0;
    // "The death toll after the quake on Friday night (Nov 3) climbed to 69": a bracket closed before the figure is an aside in its
    // clause, unless reading past it would join the figure to the clause of a figure before it.
    let aside = -1;
    for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) {
      if (m[0] === '(' && before.includes(')', m.index)) aside = clauseFloor + m.index + 1;
      else clauseStart = clauseFloor + m.index + m[0].length;
    }
    if (aside > clauseStart && clauseStart < previousEnd) clauseStart = aside;
    let broken = false;
    for (let i = 0; i < breaks.length; i++) {
      const b = breaks[i]!;
      if (b > hit.end) {
        clauseEnd = Math.min(clauseEnd, b);
        break;
      }
      if (b <= phraseStart && b > clauseStart) clauseStart = b;
      // "the Health Ministry counted 30 dead; the Red Cross, 55": another source's figure for what the one before counted.
      if (b <= phraseStart && previous !== undefined && previous.span.end <= b) broken = true;
    }
    const ownsBefore = clauseStart >= previousEnd;
    // "a 68.4 billion yen drop", "a 5,000-job cut": the noun of a change after the amount and its unit, which is read as "fell by 68.4 billion yen" is.
    const changeNoun = unit === undefined && hit.unit === null && !isRange(hit) && afterArticle(text, sentence, hit) ? unitBeforeChangeNoun(text.slice(hit.end, Math.min(sentence.end, hit.end + 48))) : null;
    const nounChange = changeNoun !== null && !TIME_UNITS.has(changeNoun.word) ? changeNoun : null;
    unit ??= nounChange ? pluralUnit(nounChange.word) : shortOfUnit(text, hit, previous) ?? nounAfterModel(text, hit) ?? populationOf(text, sentence, phraseStart, unitOf(text, hit, sentence)) ?? bracketedPartUnit(text, sentence, out, phraseStart, hit) ?? nounOfWhole(text, sents, si, hit, hits[h + 1], previous) ?? populationBefore(text, sentence, phraseStart) ?? labelBefore(text, sentence, phraseStart) ?? figureOfBefore(text, sentence, phraseStart) ?? numberOfBefore(text, sentence, phraseStart) ?? tollOfBefore(text, sentence, phraseStart) ?? nounBeforeDash(text, sentence, phraseStart, hit.end) ?? nounAfterNamed(text, sentence, hit) ?? otherNounOf(text, sentence, hit, hits[h + 1], phraseStart);
    if (unit) unit = wordBeforeOnes(text, sentence, withoutGluedVerb(text, hit, unit));
    if (isAge(text, hit, unit) || countsTellers(text, hit, unit, clauseEnd)) continue;
    if (spanOfTime(text, sentence, phraseStart, hit, unit) || elidedPeriod(text, sentence, phraseStart, hit, unit) || idleSpan(text, sentence, phraseStart, hit, unit)) continue;
    if (ruledOrForeseenSpan(text, sentence, phraseStart, unit)) continue;
    if (periodOfReport(text, sentence, phraseStart, unit) || clockSpan(text, sentence, phraseStart, hit, unit) || addressOf(text, sentence, phraseStart, hit, unit) || ageOfRule(text, sentence, phraseStart, hit, unit) || spanOfHappening(text, sentence, phraseStart, cmp?.phrase, unit)) continue;
    // "a mourner who gave only one name": how a person is named, no count.
    if (hit.value === 1 && unit === 'name') continue;
    if (hit.words && hit.value === 1 && unit !== null && ONE_ACCOUNT_NOUNS.has(unit)) continue;
    if (hit.words && unit !== null && IDIOM_UNITS.has(unit)) continue;
    // "two weeks away", "three months ago", "over the last two years": when, not how much.
    if (unit !== null && (isStreak(unit) || ofASeries(text, sentence, phraseStart, unit))) continue;
    if (unit !== null && TIME_UNITS.has(firstWord(unit)) && (isTimeReference(text, sentence, phraseStart, hit) || isTenureOrDeadline(text, sentence, phraseStart, hit))) continue;
    if (unit !== null && termsInOffice(text, hit, unit)) continue;
    if (placesBy(text, sentence, phraseStart, hit.end, unit)) continue;
    if (cmp?.phrase === 'over' && unit !== null && TIME_UNITS.has(firstWord(unit)) && (overIsDuring(text, Math.max(sentence.start, phraseStart - 40), phraseStart) || overSpreads(text, previous, phraseStart))) comparator = '=';
    // "rose more than 2 degrees Celsius, or 3.6 degrees Fahrenheit": the same amount in another unit, with the same bound and change.
    const converts = !cmp && previous !== undefined && (isConversion(text, previous, phraseStart, unit) || bracketedMoney(text, previous, phraseStart, hit.unit));
    if (converts) comparator = previous.comparator;
    const wordAhead = wordBefore(text, Math.max(sentence.start, phraseStart - 24), phraseStart);
    // "the magnitude 7.6 quake", "a magnitude 6 aftershock", "had a magnitude of 7.6": a measure, not a count of quakes.
    // "a 7.9 magnitude quake", "measured 5.3 on the Richter scale": the same measure named after the number.
    if (wordAhead === 'magnitude' || (wordAhead === 'of' && MAGNITUDE_OF.test(text.slice(Math.max(sentence.start, phraseStart - 16), phraseStart))) || (unit !== null && (QUAKES.has(firstWord(unit)) || firstWord(unit) === 'magnitude')) || ON_SCALE.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 40)))) unit = 'magnitude';
    // "three days after the dam burst and killed 40": a span of time, a magnitude or a score counts no event.
    const measure = unit !== null && (unit === 'magnitude' || unit === 'score' || TIME_UNITS.has(firstWord(unit)));
    const split = hit.split === true; // a share of a poll's split (splits.ts)
    const textBefore = text.slice(Math.max(sentence.start, phraseStart - CHANGE_WINDOW), phraseStart);
    // "rose 3 days in a row", "down 2-0", "up 61/33": a span of time, a score or a poll's split is no amount of change;
    // nor is a level crossed ("rose past 12,000").
    const change =
      nounChange?.change ??
      (measure || split || dropsThrough(textBefore, unit) || (cmp !== null && CROSSED_LEVEL.has(cmp.phrase))
        ? null
        : changeOf(textBefore, text.slice(hit.end, Math.min(clauseEnd, hit.end + CHANGE_WINDOW)), unit, isMoney(hit.unit), cmp !== null) ??
          // "falling 0.2 percent instead of 0.4 percent": the other value of the same change.
          (previous && (converts || insteadOf(textBefore) || restates(text, previous, phraseStart, unit)) ? previous.change : null) ??
          (previous ? moveRestated(text, sentence.start, previous.span.end, phraseStart, unit) : null));
    const eventTo = eventEnd(text, hit, hits[h + 1], clauseEnd, unit);
    const forecast = forecastBefore(text, sentence.start, phraseStart, hit.start);
    // "could rise to 18" names the level the count may reach, exactly; "expected to reach 10,000" rounds it.
    // "could top 1,000", "is expected to surpass 1,000": a count foreseen past the level, no round estimate of it.
    if (forecast && comparator === '=' && PAST_VERB.test(textBefore)) comparator = '>';
    if (forecast && comparator === '=' && !RISE_TO.test(textBefore)) comparator = '~';
    // "almost $1 million … the detention centers": an amount of money counts no people.
    // "the toll could climb to 900", "the number of dead could rise to 900": a forecast still counts what its toll counts
    // (marked `forecast`, which the rows leave out).
    // "… 112 people have died. Among them, at least 20 were from Ostra, 15 from Varn": parts of the count before, of its noun and event.
    const partOf = unit === null && change === null && !forecast ? partOfCountBefore(text, sents, si, phraseStart) ?? earlierCount(text, previous, phraseStart) : null;
    if (partOf) unit = partOf.unit;
    const replacedLevel = unit === null && change === null && !partOf ? (earlierLevel(text, sentence.start, previous, phraseStart) ?? levelUpFrom(text, sentence.start, previous, phraseStart)) : null;
    if (replacedLevel) unit = replacedLevel.unit;
    const tollPart = partOf || replacedLevel ? null : tollPartEvent(text, out, phraseStart, hit, unit, eventTo);
    const event = partOf
      ? partOf.event
      : replacedLevel
      ? replacedLevel.about
      : wholeOfPart(text, hits[h - 1], hit)
      ? 'aboard'
      : harmedAboard(wordAhead, unit) && aboard(text, hit, unit)
      ? PARTICIPLE_EVENT.get(wordAhead)!
      : // "as many as 250 people were aboard", "a boat carrying 80 passengers": who was on a vessel, which rival counts may tell differently.
      unit !== null && PEOPLE_NOUNS.has(firstWord(unit)) && (aboard(text, hit, unit) || LOAD_VERBS.has(wordAhead.toLowerCase()))
      ? 'aboard'
      : spilledAmount(text, sentence, hit, unit, clauseEnd)
      ? 'spilled'
      : measure || distance(unit) || temperature(unit) || carersOf(text, hit) || split || isMoney(hit.unit) || LOAD_VERBS.has(wordAhead.toLowerCase()) || aboard(text, hit, unit) || multiplies(text, hit, unit) || restOfGroup(text, phraseStart) || unmentioned(text, sentence, phraseStart) || sharesANoun(text, hit, unit, clauseEnd) || countsAreas(unit) || speaks(text, hit, unit, clauseEnd) || doubted(text, hit, clauseEnd) || denied(text, Math.max(sentence.start, previousEnd), phraseStart)
        ? null
        : workEvent(text, sentence, hit.end, phraseStart, clauseEnd, unit) ??
          tollPart ??
          pairEvent(text, sentence, phraseStart, hit.end) ??
          levelAfterChange(text, previous, phraseStart) ??
          totalOfListed(text, sentence.start, previous, phraseStart) ??
          PARTICIPLE_EVENT.get(wordAhead) ??
          (claimsLives(wordAhead, unit) || livesOfBefore(textBefore) ? 'killed' : null) ??
          (ownsBefore && deathTollIs(text, clauseStart, phraseStart) ? 'killed' : null) ??
          (unit === null && deathFigureBefore(text, phraseStart) ? 'killed' : null) ??
          (unit !== null && bodiesOf(textBefore, text.slice(hit.end, Math.min(clauseEnd, hit.end + 100))) ? 'killed' : null) ??
          bodiesAreDead(unit, eventAfter(text, hit.end, eventTo, eventTo === hits[h + 1]?.start, hit.value > 1)) ??
          (heldInCustody(text, sentence, unit, hit.end, eventTo) ? 'detained' : null) ??
          // "bodies in the 5,600 buildings": the object of a place preposition is no count of the event named before it.
          // "fatalities could rise since 25 people were in critical condition": patients by their state, no count of the event before.
          // "data from four hospitals showing that 92 people died": things counted where the figures came from count no event either.
          (ownsBefore && !OTHER_HARM_VERBS.has(wordAhead.toLowerCase()) && !PLACE_PREPOSITION.test(textBefore) && !(unit !== null && text.startsWith('from ', phraseStart - 5)) && !inCondition(text.slice(hit.end, eventTo))
            ? eventBefore(text, clauseStart, phraseStart)
            : null) ??
          (!ownsBefore && (unit === null || PEOPLE_NOUNS.has(unit)) ? rivalEstimateEvent(text, sentence, previousEnd, phraseStart) : null) ??
          (unit !== null && BODIES.test(unit) && RECOVERED.test(text.slice(clauseStart, clauseEnd)) ? 'killed' : null) ??
          // "95 fever victims have been buried", "cremated more than 80 bodies a day": the bodies or victims laid to rest are the dead.
          // "The 12 victims were buried on Sunday": victims already told of, at their funeral, are no toll.
          (unit !== null && (BODIES.test(unit) || (lastWord(unit) === 'victims' && !THE_BEFORE.test(textBefore))) && LAID_TO_REST.test(text.slice(clauseStart, clauseEnd)) ? 'killed' : null) ??
          // "put the toll at 55", 'the death toll “appears to be at least 377”': the toll named before the figure or its quote.
          (((ownsBefore && namesToll(text.slice(clauseStart, phraseStart))) || tollRightBefore(text, phraseStart) || (quote !== undefined && quote.start >= previousEnd && tollBeforeQuote(text, sentence, quote))) &&
          (namesEvent(text.slice(sentence.start, sentence.end), 'killed') || previous?.about === 'killed' || KILLINGS.test(text.slice(sentence.start, phraseStart)))
            ? 'killed'
            : null) ??
          (quote !== undefined && quote.start >= previousEnd ? eventBeforeQuote(text, sentence, quote, phraseStart) : null) ??
          // "put the toll at 713 while the council put the figure at 662": the figure a toll named before it.
          (unit === null ? nounBefore(text, sentence, Math.max(clauseStart, previousEnd), phraseStart) : null) ??
          (ownsBefore && unit === null ? referencedAt(text, sents, si, clauseStart, phraseStart) : null) ??
          (broken && unit === null && previous!.change === null ? previous!.about : null) ??
          (unit === null && listItem(text, previous, phraseStart, hit.end) ? previous!.about : null) ??
          (unit === null && previous?.change === null && restatesCount(text, previous.span.end, phraseStart) ? previous.about : null) ??
          (unit === null && previous === undefined ? followUpCount(text, sents, si, phraseStart, hit.end) : null) ??
          (unit !== null && namesMarchers(unit) && !OF_BEFORE.test(text.slice(Math.max(0, phraseStart - 4), phraseStart)) ? 'crowd' : null) ??
          crowdOfWords(text, sents, si, previous, phraseStart, unit);
    const about =
      event !== null &&
      !(event === 'killed' && caredForNotDead(text, phraseStart, hit.end, unit)) &&
      !(event === 'crowd' && !countsCrowd(text, sentence, unit)) &&
      (partOf !== null || (event === 'crowd' && earlierCrowd(text.slice(sentence.start, phraseStart))) || !isPart(text, sents, si, phraseStart, hit, eventTo, (unverified ??= namesUnverified(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE)))), event) &&
        !(unit === null && previous !== undefined && previous.about === null && partOfCounted(text, previous.span.end, previous.unit, phraseStart)))
        ? event
        : null;
    // "the worst-hit town was Ostra, with 365 dead": a part of a toll, which takes no event, keeps the word that says whom it counts.
    if (unit === null && event !== null && about === null) unit = STATE_AFTER.exec(text.slice(hit.end, hit.end + 12))?.[1]!.toLowerCase() ?? null;
    // "At least 30 of the dead were Varn nationals": a count picked out of the harmed, with no event of its own, says whom it
    // counts by their state (with an event it stays bare, as the toll it may rival is).
    // "170 of the dead identified": the participle after them says which of the harmed the count picks out.
    if (unit === null && about === null && text.startsWith(' of the ', hit.end)) unit = OF_THE_HARMED.exec(text.slice(hit.end, hit.end + 32))?.slice(1).filter(Boolean).join(' ') || null;
    // "zero tolerance", "zero hour": idioms that count nothing.
    if (hit.words && hit.value === 0 && unit !== null && ZERO_IDIOMS.has(firstWord(unit))) continue;
    if (isBackReference(text, sentence, hit, unit, about, cmp !== null) && !spreadOver(text, previous, sentence, phraseStart)) continue;
    if (pronounOne(text, sentence, hit, unit) || aCertain(text, hit, unit) || speakingOne(text, hit, unit) || vagueCount(text, sentence, hit, unit)) continue;
    // "one for Varn, one for Ostra and six for Kelmor": a count shared out by place counts the noun of the sentence's count before it, or nothing.
    const sharedOut = unit === null && !about && sharedOutByName(text, sentence, hit);
    if (sharedOut) {
      unit = nounCountedBefore(sentence, out);
      if (unit === null) continue;
    }
    // "one" is too often not a count ("no one", "one of the reasons") unless it counts an event, is "only one",
    // closes a compound ("a one-point lead") or a list of counts of the same thing ("31 cases … and Nairobi one case").
    if (hit.words && hit.value === 1 && !about && !isRange(hit) && !sharedOut && !isCountedOne(text, sentence, hit, unit, out)) continue;
    // "one of the highest", "one of the dead": one member picked out of a group, no count of it ("only one of" is one).
    if (hit.words && hit.value === 1 && !cmp && !isRange(hit) && ONE_OF.test(text.slice(hit.end, hit.end + 4)) && !afterOnly(text, sentence, hit)) continue;

    const withWord = isSpaceAt(text, phraseStart - 1) ? WITH_BEFORE.exec(text.slice(Math.max(clauseFloor, phraseStart - 8), phraseStart)) : null;
    const claimStart = withWord ? phraseStart - withWord[0].length : phraseStart;
    let claimEnd = clauseEnd;
    while (claimEnd > hit.end && endsClaim(text.charCodeAt(claimEnd - 1))) claimEnd--;
    const whole = unit === '%' ? wholeOfShare(text, hit, sentence) : null;
    out.push({
      figure: {
        value: hit.value,
        comparator,
        upTo: hit.upTo ?? null,
        change,
        // The noun a bare count leaves out is given only now: every rule above reads the count as bare.
        // A bare count after a toll's part ("four policemen, as well as 19 injured") is no more of that part's people.
        unit: whole ?? unit ?? (change === null && !(previous && tollParts.has(previous)) ? sharedHarmedNoun(text, sentence, hit) ?? setAgainstUnit(text, hit, previous, phraseStart) ?? countIsNoun(text, hit) ?? othersOfCrowd(text, sentence, hit, previous) ?? wholeOfWhich(text, hit, out) ?? elidedUnit(text, hit, previous) ?? listedUnit(text, hit, previous, phraseStart) ?? partOfOpeningWhole(text, sentence, previous, phraseStart) ?? risenCountUnit(text, sentence, phraseStart) ?? conditionOfUnit(text, hit, phraseStart) ?? comparedUnit(text, previous, phraseStart) ?? anotherUnit(text, sentence, hit, previous, phraseStart) ?? parallelUnit(text, hit, previous, phraseStart) ?? othersUnit(text, sentence, hit, out) ?? restUnit(text, previous, phraseStart) ?? withListUnit(text, previous, phraseStart) ?? joinedSubjectUnit(text, hit, previous, phraseStart) ?? baseUnit(text, sentence, phraseStart, previous) ?? wholeOutOf(text, previous, phraseStart) ?? (about === null ? seatsUnit(text, sents, si, hit, previous, phraseStart) : null) : null),
        about,
        phrase: text.slice(phraseStart, hit.end),
        span: { start: phraseStart, end: hit.end },
        ...(forecast ? { forecast: true as const } : {}),
      },
      claim: { start: claimStart, end: claimEnd },
    });
    if (tollPart !== null && about === tollPart) tollParts.add(out[out.length - 1]!.figure);
    // A span of time, a magnitude or a score owns no words of the clause: the count after it may take the event before it.
    if (!measure) previousEnd = hit.end;
  }
  return out;
}

/** "45 bodies recovered as others remain missing": bodies are of the dead, whatever state the words after them name. */
const bodiesAreDead = (unit: string | null, event: string | null): string | null => (event === 'missing' || event === 'injured') && unit !== null && BODIES.test(unit) ? 'killed' : event;

/** The noun of a bare count told away from it (counted-nouns.ts). */
function otherNounOf(text: string, sentence: Range, hit: NumberHit, next: NumberHit | undefined, phraseStart: number): string | null {
  return alternativeUnit(text, sentence, hit, next) ?? nounNumbering(text, sentence, phraseStart) ?? quotedNoun(text, hit) ?? numberSeemed(text, sentence, phraseStart) ?? numberRisen(text, sentence, phraseStart) ?? votesCast(text, sentence, hit) ?? votesWithShare(text, sentence, hit, phraseStart) ?? subjectRisenBy(text, sentence, hit, phraseStart) ?? subjectCountedUnit(text, sentence, hit, phraseStart);
}

/** The event of a number named by a noun for it after other figures of its sentence: a toll's before it (tollBefore), or a total's (totalOfSentence). */
function nounBefore(text: string, sentence: Range, from: number, phraseStart: number): string | null {
  const noun = referencedNoun(text, from, phraseStart);
  if (noun === null) return null;
  // "guards counted 12 dead as a wave of refugee numbers brought the total to 380,000": a total its own clause says is of another
  // group (refugees, arrivals) is no total of the sentence's event.
  return tollBefore(text, sentence, phraseStart) ?? (OTHER_GROUP.test(text.slice(from, phraseStart)) ? null : totalOfSentence(text, sentence, noun));
}
const OTHER_GROUP = /\b(?:refugees?|arrivals|migrants|asylum[ -]seekers|numbers)\b/i;

/** The event of a number a noun for it names (referencedNoun, referencedEvent), or null. */
function referencedAt(text: string, sents: readonly Range[], si: number, clauseStart: number, phraseStart: number): string | null {
  const noun = referencedNoun(text, clauseStart, phraseStart);
  return noun === null ? null : referencedEvent(text, sents, si, noun);
}

/**
 * "expected to reach", "could top", "is forecast to hit", "expect the final death toll to exceed": the verb of a count
 * still to come (a toll foreseen is no rival of the toll counted).
 */
const FORECAST =
  /\b(?:(?:(?:expected|forecast|projected|predicted|likely|set|feared) to|could|may|might|will|would|(?:expects?|predicts?|fears?)\s+(?:the\s+)?(?:(?:final|eventual|overall)\s+)?(?:death\s+)?toll\s+to)\s+(?:reach|top|exceed|surpass|hit|pass|cross|rise to|climb to)|(?:risks|risk|risking|threatens to)\s+(?:reaching|topping|exceeding|passing|crossing|reach|top|exceed|pass|cross)(?:\s+(?:the|a)\s+(?:scale|level|order)\s+of)?)\s+$/i;

/**
 * "is expected to reach 10,000", "could exceed 10,000" (the verb may be the comparator itself): a forecast of the count
 * to come, whose phrase starts at `phraseStart` and number at `numberStart` (`floor`: where its sentence starts). It
 * keeps the event its toll counts, but is no count of the event: the rows of reported counts leave it out.
 */
function forecastBefore(text: string, floor: number, phraseStart: number, numberStart: number): boolean {
  if (isSpaceAt(text, phraseStart - 1) && FORECAST.test(text.slice(Math.max(floor, phraseStart - CHANGE_WINDOW), phraseStart))) return true;
  return VERB_BOUND.test(text.slice(phraseStart, phraseStart + 8)) && FORECAST.test(text.slice(Math.max(floor, numberStart - CHANGE_WINDOW), numberStart));
}

/** A bound that is a verb ("will exceed 200", "could cross 200", "may top 200"), which FORECAST reads with the words before it. */
const VERB_BOUND = /^(?:exceed|cross|top|pass|surpass)\b/;

/** "recorded 940 killings … the final toll risks reaching 5,000": a toll of killings counts the killed (ABOUT_RE leaves the noun out, as it may be of one act). */
const KILLINGS = /\bkillings\b/i;

/** A verb of going past a level right before the figure ("top", "surpass"; "exceed" is a comparator of its own). */
const PAST_VERB = /\b(?:top|surpass|pass|cross|topping|surpassing|passing|crossing)\s+$/i;
/** A word of the state of the harmed right after a number. */
const STATE_AFTER = /^\s+(dead|killed|injured|wounded|missing|hurt)\b/i;
/** "rise to", "climb to" right before the figure. */
const RISE_TO = /\b(?:rise|climb)\s+to\s+$/i;

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


/** "a town 240 km from the capital, where 12 died": a distance counts no event (it may still be a change: "the river rose two feet"). */
const distance = (unit: string | null): boolean => unit !== null && LENGTHS.has(firstWord(unit));
const THE_BEFORE = /\bthe\s+$/i;
/** Verbs of laying the dead to rest. */
const LAID_TO_REST = /\b(?:buried|cremated|interred)\b/i;
/** "feared dead as temperatures hit 45 degrees Celsius": a temperature counts no event either. */
const temperature = (unit: string | null): boolean => unit !== null && (unit.startsWith('degrees') || unit.startsWith('degree '));

/** "instead of 0.4 percent", "rather than 3%": the alternative value of the figure before. */
const INSTEAD_OF = /\b(?:instead of|rather than)\s+$/i;
/** INSTEAD_OF, run only where its words are there. */
const insteadOf = (before: string): boolean => (hasAsciiWord(before, 'instead of') || hasAsciiWord(before, 'rather than')) && INSTEAD_OF.test(before);

/** /[\s,;:.!?"”’»]/: trailing characters a claim's text leaves out. */
const endsClaim = (c: number): boolean => (classOf(c) & SPACE) !== 0 || CLAIM_TRAIL.has(c);
const CLAIM_TRAIL = new Set([...',;:.!?"”’»'].map((c) => c.charCodeAt(0)));

/**
 * "Eleven militants were killed by gunfire while four were killed from the air", "Gul said 21 civilians
 * died, while an official put the figure at 22": a bare count right after a toll in its sentence counts
 * the same people, so the comparison keeps the two in one group. Only after a toll's plural noun (not
 * "two assaults … and 41 others lost their lives", not "15 years … while three others"), and not across
 * "of" ("four of them" says whose).
 */
function elidedUnit(text: string, hit: NumberHit, previous: Figure | undefined): string | null {
  if (!previous?.unit || previous.about === null || hit.unit !== null || previous.value <= 1 || !ELIDED.test(previous.unit)) return null;
  // "51 people, including 40 children, were killed and 79 others": others of the whole, which othersUnit reads.
  if (OTHERS_AFTER.test(text.slice(hit.end, hit.end + 9)) && INCLUDING_BEFORE.test(text.slice(Math.max(0, previous.span.start - 12), previous.span.start))) return null;
  // "6 guards died and 14 others, including some cadets": a mixed group, which othersUnit reads too.
  if (OTHERS_AFTER.test(text.slice(hit.end, hit.end + 9)) && OTHERS_INCLUDING.test(text.slice(hit.end + 7, hit.end + 20))) return null;
  if (tollOfOthers(text, previous, hit) || ofWhichAfterPart(text, previous, hit)) return null;
  // "227 deaths in Ostra and three in Varn, and around 1,000 injured": a noun that is the toll's event ("deaths") is no noun of a
  // count whose own next word names another event ("10 people killed and 66 injured" keeps its people).
  // "pulled out 9 bodies and 30 are still unaccounted for": bodies are of the dead, so no count of the missing or the hurt counts them.
  const word = EVENT_NOUN.test(previous.unit) || BODIES.test(previous.unit) ? NEXT_WORD.exec(text.slice(hit.end, hit.end + 16)) : null;
  const own = word ? eventBefore(text, hit.end, hit.end + word[0].length) : null;
  return text.startsWith(' of ', hit.end) || (own !== null && own !== previous.about) ? null : previous.unit;
}
/**
 * "At least 30 people, including five medics, were hurt, of which 12 are in a serious condition": "of which" picks out of
 * the whole, not out of the part an "including" set between commas.
 */
const ofWhichAfterPart = (text: string, previous: Figure, hit: NumberHit): boolean =>
  OF_WHICH_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start)) && INCLUDING_BEFORE.test(text.slice(Math.max(0, previous.span.start - 12), previous.span.start));
const OF_WHICH_BEFORE = /\bof\s+(?:which|whom|them)\s+$/i;
/** The noun of that whole, the count before the part, for the count after "of which". */
function wholeOfWhich(text: string, hit: NumberHit, out: readonly FigureHit[]): string | null {
  const part = out[out.length - 1]?.figure;
  return part && out.length > 1 && ofWhichAfterPart(text, part, hit) ? out[out.length - 2]!.figure.unit : null;
}
/**
 * "two died and three medics were hurt, bringing the toll from the fires to 48": a toll's total named after a count of
 * another harm counts the dead of the whole story, none of that count's noun.
 */
const tollOfOthers = (text: string, previous: Figure, hit: NumberHit): boolean =>
  previous.about !== 'killed' && TOLL_TO.test(text.slice(previous.span.end, Math.min(hit.start, previous.span.end + 120)));
const TOLL_TO = /\btoll\b[^.;:!?\d]{0,60}\bto\s+$/;
const EVENT_NOUN = /\b(?:deaths|fatalities|casualties|injuries)$/;
const NEXT_WORD = /^\s+\p{L}+/u;
/**
 * "60,000 families have the grant and another 20,000 will soon": a bare count after "another" or "a further" adds to the
 * count before it in its sentence, of the same noun, whether or not that one counts an event (elidedUnit reads the ones that do).
 */
function anotherUnit(text: string, sentence: Range, hit: NumberHit, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || previous.change !== null || previous.span.start < sentence.start || hit.unit !== null || previous.value <= 1 || !ELIDED.test(previous.unit)) return null;
  return ANOTHER_BEFORE.test(text.slice(Math.max(sentence.start, phraseStart - 12), phraseStart)) && !text.startsWith(' of ', hit.end) ? previous.unit : null;
}
const ANOTHER_BEFORE = /(?:^|[^\p{L}])(?:another|a further)\s+$/iu;

/**
 * "of which 11 are tied to the unrest, 7 are under review, and 9 are unrelated": bare counts listed with the same
 * verb after the count before them, of its noun; the list goes on from each count read so.
 */
function parallelUnit(text: string, hit: NumberHit, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || previous.change !== null || hit.unit !== null || !ELIDED.test(previous.unit)) return null;
  const verb = PARALLEL_VERB.exec(text.slice(hit.end, hit.end + 6))?.[1];
  return verb !== undefined && text.startsWith(` ${verb} `, previous.span.end) && PARALLEL_GAP.test(text.slice(previous.span.end + verb.length + 2, phraseStart)) ? previous.unit : null;
}
/** "are", "were" right after the count. */
const PARALLEL_VERB = /^ (are|were) /;
/** The rest of the item before (no number or clause sign; maybe in quote marks), then a comma, maybe "and". */
const PARALLEL_GAP = /^[“"]?[^,.;:!?\d“”"]{1,60}(?:,[”"]|[”"]?,) (?:and )?$/u;

/**
 * "carried 4.5 million passengers last year, compared to 3.9 million the year before", "1,200 cases against 900": a bare
 * count set against the count before it counts what that one counts. Why: with no noun, the count says nothing of what
 * it counts, and the two are read side by side.
 */
function comparedUnit(text: string, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || previous.change !== null || phraseStart - previous.span.end > 80) return null;
  return COMPARED_GAP.test(text.slice(previous.span.end, phraseStart)) ? previous.unit : null;
}
/**
 * The rest of the count before's clause (no number or clause sign; a year may date it: "17 million passengers in 2018, down
 * from 18 million"), then "compared to/with", "against", "versus" or ", up/down from".
 */
const COMPARED_GAP = /^(?:[^.;:!?\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?(?:,\s+(?:up|down)\s+from|\s(?:compared\s+(?:to|with)|against|versus|vs\.?))\s+$/u;

/**
 * "Its user base grew from 1.4 million in 2019 to 1.9 million": a bare pair "from N … to M" after a base
 * of people counts those people.
 */
function baseUnit(text: string, sentence: Range, phraseStart: number, previous: Figure | undefined): string | null {
  let pairStart = -1;
  if (text.startsWith(' from ', phraseStart - 6)) pairStart = phraseStart - 5;
  else if (text.startsWith(' to ', phraseStart - 4) && previous && previous.span.start > sentence.start && text.startsWith('from ', previous.span.start - 5) && !CLAUSE_SIGN.test(text.slice(previous.span.end, phraseStart))) pairStart = previous.span.start - 5;
  if (pairStart < 0) return null;
  const before = text.slice(Math.max(sentence.start, pairStart - 160), pairStart);
  if (!hasAsciiWord(before, 'base')) return null;
  const m = PEOPLE_BASE.exec(before);
  return m ? pluralUnit(m[1]!.toLowerCase()) : null;
}
/** A base of people, named by their singular: "subscriber base", "customer base". */
const PEOPLE_BASE = /\b(customer|subscriber|user|member|client|reader|viewer|listener|donor|investor|shareholder|depositor|passenger)s?\s+base\b/i;
const CLAUSE_SIGN = /[.;:!?]/;

/**
 * "helped at least four others survive": a bare count of "others" counts more of the people the last count of people in
 * its sentence counts ("40 people were killed in two raids and 30 others died"), else more of the things the count before
 * counts ("two bridges fell and three others were shut"), else people.
 */
function othersUnit(text: string, sentence: Range, hit: NumberHit, out: readonly FigureHit[]): string | null {
  if (!OTHERS_AFTER.test(text.slice(hit.end, hit.end + 9))) return null;
  // "6 guards died and 14 others, including some cadets, were hurt": others said to include some of a group
  // are a mixed group of people, no more of the side counted before.
  if (OTHERS_INCLUDING.test(text.slice(hit.end + 7, hit.end + 20))) return 'people';
  let things: string | null | undefined;
  for (let i = out.length - 1; i >= 0 && out[i]!.figure.span.start >= sentence.start; i--) {
    const { unit, change, span } = out[i]!.figure;
    // "51 people, including 40 children, were killed and 79 others": the others are more of the whole, not of its part.
    if (unit === null || change !== null || !ELIDED.test(unit) || INCLUDING_BEFORE.test(text.slice(Math.max(sentence.start, span.start - 12), span.start))) continue;
    if (countsTheStruck(lastWord(unit).toLowerCase())) return unit;
    things ??= unit;
  }
  return things ?? 'people';
}
const OTHERS_AFTER = /^ others(?![\p{L}-])/u;
const OTHERS_INCLUDING = /^\s*[,(–—-]\s*including\s/i;
const INCLUDING_BEFORE = /\bincluding\s+$/i;

/**
 * "found 14 bodies in Ostra, five in Varn, two in Tarn": a bare count of a list of counts by place, right after the one
 * before it and its place, counts what that one counts.
 */
function listItem(text: string, previous: Figure | undefined, phraseStart: number, end: number): boolean {
  if (!previous || previous.about === null || previous.change !== null || !LIST_PLACE_AFTER.test(text.slice(end, end + 40))) return false;
  return LIST_ITEM_BEFORE.test(text.slice(previous.span.end, phraseStart));
}
/**
 * "88 victims' bodies were lying at a trauma centre, 27 at Ostra Hospital and one at a clinic": a bare count of a list by
 * place takes the noun of the count before it, as "14 cadavers in Ostra, five in Varn" does, also where that count names
 * no event and its place is no name. Why: with no noun, the count says nothing of what it counts.
 */
function listedUnit(text: string, hit: NumberHit, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || hit.unit !== null || previous.change !== null || !countsTheStruck(lastWord(previous.unit).toLowerCase())) return null;
  if (!LISTED_PLACE_AFTER.test(text.slice(hit.end, hit.end + 40))) return null;
  return LISTED_BEFORE.test(text.slice(previous.span.end, phraseStart)) ? previous.unit : null;
}
/** People, victims or bodies: what a list by place counts. */
const countsTheStruck = (head: string): boolean => PEOPLE_NOUNS.has(head) || head === 'victims' || BODIES.test(head);
/**
 * At most three words of the noun (a possessive's mark kept), maybe "were lying", then "at/in" its place, maybe where it
 * lies in brackets ("in Varn (north)"), then ", " or " and ".
 */
const LISTED_BEFORE = /^(?: [\p{L}’'-]+){0,3}(?: (?:were|was|are|is) \p{Ll}+)? (?:in|at) (?:[\p{L}-]+ ){0,3}[\p{L}-]+(?: \([\p{L} -]{1,30}\))?(?:,| and|, and) $/u;
/** The bare count is followed by "at/in" and a place: a name, or a noun after "a/the". */
const LISTED_PLACE_AFTER = /^ (?:in|at) (?:(?:the|a|an) \p{Ll}|\p{Lu})/u;
/** The count before: at most three words of its noun, then "in <Place>" (maybe its kind: "in Ostra district") and a comma or "and". */
const LIST_ITEM_BEFORE = /^(?: [\p{L}-]+){0,3} (?:in|at) (?:the )?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3}(?: (?:district|province|county|region|state|village|town|city|municipality))?(?:,| and|, and) $/u;
/** The bare count is followed by its own place (maybe after a compound adjective: "in hard-hit Varn"), or by "each" and places ("one each in Kelm, Arno and Sel": one in each). */
const LIST_PLACE_AFTER = /^ (?:each )?(?:in|at) (?:the )?(?:\p{Ll}+-\p{Ll}+ )?\p{Lu}/u;
/**
 * "Nine of the climbers were brought down, and searchers still look for the remaining four": a bare count of the rest of a group
 * counts what the count before it counts (a plural of things or people, no change), told at most 160 characters before.
 */
function restUnit(text: string, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || previous.change !== null || phraseStart - previous.span.end > 160 || !ELIDED.test(previous.unit)) return null;
  return THE_REMAINING.test(text.slice(Math.max(0, phraseStart - 16), phraseStart)) ? previous.unit : null;
}
const THE_REMAINING = /\bthe remaining $/i;

/**
 * "most arrests were in Ostra, with 38; then Varn, with 27; and Kelmor, with 19": a bare "with N" after a "with M" of the
 * same list (no number or sentence sign between) counts what M counts.
 */
function withListUnit(text: string, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || previous.change !== null || phraseStart - previous.span.end > 80 || !text.startsWith('with ', phraseStart - 5) || !text.startsWith('with ', previous.span.start - 5)) return null;
  return WITH_LIST_GAP.test(text.slice(previous.span.end, phraseStart)) ? previous.unit : null;
}
const WITH_LIST_GAP = /^[^.!?\d]*\bwith $/;

/**
 * "about 2,000 people tried to cross, and 133 managed to": a bare count that opens a clause joined by "and" to a count of
 * people, as the subject of a verb in the past, counts those people.
 */
function joinedSubjectUnit(text: string, hit: NumberHit, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || previous.change !== null || hit.unit !== null || phraseStart - previous.span.end > 100 || !PEOPLE_NOUNS.has(lastWord(previous.unit))) return null;
  return text.startsWith(' and ', phraseStart - 5) && JOINED_GAP.test(text.slice(previous.span.end, phraseStart)) && PAST_VERB_AFTER.test(text.slice(hit.end, hit.end + 24)) ? previous.unit : null;
}
/** The rest of the count before's clause (no number or clause sign), a comma, then "and". */
const JOINED_GAP = /^[^.;:!?\d]*, and $/;
/** A verb in the past right after the count. */
const PAST_VERB_AFTER = /^ \p{Ll}{2,}ed\b/u;

/**
 * A plural noun (letters only), after at most one word ("Ostra residents"), or a plural of people with no "-s" ("two police
 * were killed while 10 others were wounded"): not "%", "km" or a magnitude.
 */
const ELIDED = /^(?:[\p{L}-]+ )?(?:[\p{Ll}-]{3,}s|people|police|children|[\p{Ll}-]*men)$/u;

/**
 * "crossed two rivers": a verb of passing a threshold before a count of things crosses those things;
 * the count is no bound ("could cross 10,000", "crossed $5 billion" pass a level).
 */
function crossesThings(phrase: string, text: string, hit: NumberHit): boolean {
  return phrase.startsWith('cross') && phrase !== 'crossed the' && hit.unit === null && isSpaceAt(text, hit.end) && (classAt(text, hit.end + 1) & LOWER) !== 0;
}

/**
 * "more than 500 people classified as missing late today, down sharply from more than 900 earlier in the day": a bare
 * count after "down/up from" is the earlier count of what the one before counts, with its noun and event.
 */
function earlierCount(text: string, previous: Figure | undefined, phraseStart: number): { unit: string | null; event: string } | null {
  // "estimated the deaths at 4,000 yesterday, up from 2,000": a count of an event with no noun has an earlier count too.
  if (!previous || previous.about === null || previous.change !== null) return null;
  const gap = text.slice(previous.span.end, phraseStart);
  return hasAsciiWord(gap, ' from ') && DOWN_FROM.test(gap) ? { unit: previous.unit, event: previous.about } : null;
}
/** The rest of the count before's clause (no number or clause break), then ", down/up (sharply) from". */
const DOWN_FROM = /^[^.;:!?\d]{0,80}?,\s+(?:down|up)(?:\s+\p{Ll}+ly)?\s+from\s+$/u;

/**
 * "nearly 1,000 offshore islands -- about 100 of them populated", "won 15 out of 20 seats": a bare count taken out of a
 * whole counts what the whole counts, the noun of the count of no event before it ("of them", where the share names no
 * event either) or of the one after ("out of 20 seats"); and "that case and others … there are 34 in all" counts cases.
 * "… resulted in 173 deaths. It says 28 of them were officers": a sentence's first count "of them", where the share names
 * no event, picks out of the last count with a noun that the sentence before gives.
 */
function nounOfWhole(text: string, sents: readonly Range[], si: number, hit: NumberHit, next: NumberHit | undefined, previous: Figure | undefined): string | null {
  const sentence = sents[si]!;
  // Only a share that counts no event ("populated"): "four of them died" stays a part of a group (elidedUnit).
  if (text.startsWith(' of them', hit.end)) {
    const share = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
    ABOUT_RE.lastIndex = 0;
    if (ABOUT_RE.test(share)) return null;
    if (!previous) return lastCountNoun(text, sents, si);
    return previous.unit && previous.change === null && previous.about === null && ELIDED.test(previous.unit) ? previous.unit : null;
  }
  if (text.startsWith(' in all', hit.end) || text.startsWith(' in total', hit.end)) return totalOfOthers(text, sentence, hit);
  // "Of the 12 districts, we expect to take eight": a sentence opening on its whole tells what a later bare count picks out.
  if (hit.start - sentence.start < 160 && (text.startsWith('Out of ', sentence.start) || text.startsWith('Of ', sentence.start))) {
    const whole = WHOLE_OPENING.exec(text.slice(sentence.start, hit.start));
    if (whole) return whole[1]!.toLowerCase();
  }
  // "about 220 soldiers there, of which 72 were cut off": a count picked out of the group the count before it counted.
  // "66 people for injuries, four of whom were critical": the same, the count before "of whom".
  if (previous?.unit && previous.change === null && previous.span.start >= sentence.start && ELIDED.test(previous.unit)) {
    const gap = text.slice(previous.span.end, hit.start);
    if (OF_WHICH.test(gap) || (COUNT_OF_WHICH.test(text.slice(hit.end, hit.end + 10)) && CLAUSE_GAP.test(gap))) return previous.unit;
  }
  // "1,116 of these patients", "130 of the bodies": the plural noun after "of these/those/the" is what the count picks out.
  // "Nine of those killed were firefighters": people picked out of the ones an event's participle names (isPart keeps them out of its toll).
  if (text.startsWith(' of those ', hit.end) && OF_THOSE_HIT.test(text.slice(hit.end, hit.end + 24))) return 'people';
  if (text.startsWith(' of these ', hit.end) || text.startsWith(' of those ', hit.end) || text.startsWith(' of the ', hit.end)) return OF_THESE.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 40)))?.[1] ?? null;
  // "100 of its workers", "40 of their members": the group a possessive determiner names is a whole, as "of the workers" is.
  const own = text.startsWith(' of ', hit.end) ? OF_OWN.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 40))) : null;
  if (own) return own[1]!;
  // "about 25 million out of the nation's 74 million population": a determiner or a possessive may stand before the whole.
  if (!next || !text.startsWith(' out of ', hit.end) || next.start - hit.end > 40 || !OUT_OF_GAP.test(text.slice(hit.end, next.start))) return null;
  const whole = unitOf(text, next, sentence);
  return whole !== null && (ELIDED.test(whole) || whole === 'population') ? whole : null;
}
/**
 * "of the 40 billion dollars the state borrowed, 25 billion vanished": a count right after a clause that opens on its
 * whole ("of the", "out of the") and the words that say which, with no unit of its own, counts what the whole counts.
 */
function partOfOpeningWhole(text: string, sentence: Range, previous: Figure | undefined, phraseStart: number): string | null {
  if (!previous?.unit || previous.change !== null || previous.span.start < sentence.start) return null;
  if (!WHOLE_GAP.test(text.slice(previous.span.end, phraseStart))) return null;
  return OPENING_OF.test(text.slice(Math.max(sentence.start, previous.span.start - 24), previous.span.start)) ? previous.unit : null;
}
/** "of the", "Out of its" opening the sentence, a quote or a clause right before the whole's number. */
const OPENING_OF = /(?:^|[“"‘,:;]\s*)(?:out of|of) (?:the |its |their |all )?$/i;
/** The whole's noun and the words that say which (no number, no clause sign), then a comma. */
const WHOLE_GAP = /^(?: [\p{L}'’-]+){0,8}, $/u;

/**
 * "12 injured and three killed soldiers": two counts of harm joined before one noun both count it; the first, whose
 * state stands alone, takes the noun after the second's state.
 */
function sharedHarmedNoun(text: string, sentence: Range, hit: NumberHit): string | null {
  return SHARED_HARMED.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 60)))?.[1] ?? null;
}
const HARM_STATE = '(?:injured|wounded|hurt|killed|dead|missing)';
const SHARED_HARMED = new RegExp(String.raw`^ ${HARM_STATE} and (?:\d[\d,]*|[\p{Ll}-]+) ${HARM_STATE} (\p{Ll}{3,}s|people|children|\p{Ll}*men)(?![\p{L}'’-])`, 'u');

/**
 * "passenger numbers climbing by a fifth to 14.2 million", "visitors rose to 4 million": the level that people, or the
 * numbers of a noun, rose or fell to counts those people or that noun.
 */
function risenCountUnit(text: string, sentence: Range, phraseStart: number): string | null {
  // Asked for most bare counts: the expression is tried only after the " to " it ends with.
  if (!text.startsWith(' to ', phraseStart - 4)) return null;
  const m = RISEN_TO.exec(text.slice(Math.max(sentence.start, phraseStart - 80), phraseStart));
  if (!m) return null;
  if (m[2] !== undefined) return `${m[1]!.toLowerCase()}s`;
  return PEOPLE_NOUNS.has(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : null;
}
/** A noun, maybe "numbers" or "carryings" after it, a verb of rising or falling, maybe by how much, then "to". */
const RISEN_TO =
  /\b(\p{L}{3,})( (?:numbers|carryings|arrivals))? (?:rose|rising|risen|rises|climbed|climbing|grew|growing|increased|increasing|fell|falling|dropped|dropping|declined|declining)(?: by (?:a |an )?[\p{L}-]+(?: per ?cent)?)? to $/u;

/** "the condition of three was critical": a bare count whose condition is told counts people (patients). */
function conditionOfUnit(text: string, hit: NumberHit, phraseStart: number): string | null {
  return CONDITION_OF.test(text.slice(Math.max(0, phraseStart - 20), phraseStart)) && CONDITION_IS.test(text.slice(hit.end, hit.end + 12)) ? 'people' : null;
}
const CONDITION_OF = /\bcondition of (?:the )?$/i;
const CONDITION_IS = /^ (?:is|are|was|were|remains?|remained)\b/;

/**
 * "some four million voters across the five provinces": "the five provinces" right after a count of its sentence and "across"
 * or "throughout" tells over how many the count is spread, a figure of its own and no pointer back.
 */
function spreadOver(text: string, previous: Figure | undefined, sentence: Range, phraseStart: number): boolean {
  if (!previous?.unit || previous.span.start < sentence.start) return false;
  return SPREAD_GAP.test(text.slice(previous.span.end, phraseStart));
}
const SPREAD_GAP = /^(?: [\p{L}-]+){1,3} (?:across|throughout) the $/u;

/** A sentence opening "Out of (the) <number> <plural>," before the count (no clause sign between). */
const WHOLE_OPENING = /^(?:Out of|Of) (?:the |its |their )?(?:\d[\d,]*|\p{Ll}+) (people|\p{Ll}{3,}s), [^.;:!?]*$/u;
/** " out of ", maybe a determiner, maybe a possessive, right before the whole's number. */
const OUT_OF_GAP = /^ out of (?:(?:the|its|their|this) )?(?:[\p{L}-]+['’]s )?$/u;

/** The count before's noun and at most three more words, then ", of which" or ", of whom" right before the count. */
const OF_WHICH = /^(?: [\p{L}-]+){1,4}, of (?:which|whom) $/u;
/** " of whom", " of which" right after a count. */
const COUNT_OF_WHICH = /^ of (?:which|whom)\b/;
/** The count before's noun and at most three more words, then a comma. */
const CLAUSE_GAP = /^(?: [\p{L}-]+){1,4}, $/u;

/** " of the", then a word of the state of the harmed, which ends there, maybe with a participle that picks some of them out. */
const OF_THE_HARMED = /^ of the (dead|injured|wounded|missing)(?![\p{L}'’-])(?: (identified|recovered|buried|named)(?![\p{L}'’-]))?/u;
/** " of those", then a participle of harm that names the people it befell. */
const OF_THOSE_HIT = /^ of those (?:killed|injured|wounded|hurt|arrested|detained|missing|dead)\b/;

/**
 * " of these/those/the", then a plural noun in lower case, which ends there; a possessive only before the whole's number
 * ("two of the village's 100 houses"): "of the company's plants" may pick from one of several groups.
 */
const OF_THESE = /^ of th(?:ese|ose|e) (?:[\p{L}-]+['’]s [\d,]+ )?(\p{Ll}{3,}s|people)(?![\p{L}'’-])/u;
/** " of its/their/our/his/her", then a plural noun in lower case, which ends there. */
const OF_OWN = /^ of (?:its|their|our|his|her) (\p{Ll}{3,}s)(?![\p{L}'’-])/u;

/** "that case and others against him—there are 34 in all—": a bare total "in all" after "<noun> and others" counts those nouns. */
function totalOfOthers(text: string, sentence: Range, hit: NumberHit): string | null {
  const before = text.slice(Math.max(sentence.start, hit.start - 80), hit.start);
  let noun: string | undefined;
  if (hasAsciiWord(before, ' others')) for (const m of before.matchAll(AND_OTHERS)) noun = m[1];
  return noun === undefined ? null : pluralUnit(noun.toLowerCase());
}
/** A singular noun after a determiner, then "and (many/several) others". */
const AND_OTHERS = /\b(?:that|this|the|a|one) (\p{Ll}{3,}) and (?:many |several )?others\b/gu;

/**
 * "a nation of 240 million stands with the army", "a city of two million": the number after a place's "of" is its
 * population, a count of people, unless a plural noun of its own follows ("a region of 5,000 square kilometres"): the
 * words read after it are a verb's ("stands shoulder") or none.
 */
function populationOf(text: string, sentence: Range, phraseStart: number, read: string | null): string | null {
  const before = text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart);
  if (!before.endsWith(' of ')) return read;
  const counted = read !== null && isPlural(lastWord(read).toLowerCase());
  // "a neighbourhood with a population of 10,000": the count is the population named.
  // "a boat with a stated capacity of 280": the count is the capacity named.
  const named = hasAsciiWord(before, 'population of ') || hasAsciiWord(before, 'capacity of ') ? POPULATION_NAMED.exec(before) : null;
  if (named) return counted ? read : named[1]!.toLowerCase();
  if (!POPULATION_OF.test(before)) return read;
  return counted ? read : 'people';
}
const POPULATION_NAMED = /\b(?:a|the|its|their) (?:total |estimated |stated |seating |full |maximum )?(population|capacity) of $/i;
const POPULATION_OF = /\b(?:a|the|this|that|its|their) (?:[\p{L}-]+ )?(?:nation|country|city|town|state|province|island|region|metropolis) of $/iu;

/**
 * "Total votes cast - 13,119,460", "Number of voters: 1,204": a table's line, whose label opening the sentence names what
 * the number after its dash or colon counts.
 */
function labelBefore(text: string, sentence: Range, phraseStart: number): string | null {
  if (phraseStart - sentence.start > 40) return null;
  return LABEL.exec(text.slice(sentence.start, phraseStart))?.[1] ?? null;
}
const LABEL = /^\s*(?:Total|Number of|Valid|Rejected) (\p{Ll}{3,}s)(?: [\p{Ll}]+)? ?[-–—:] ?$/u;

/**
 * "About the casualties, the figure he gave was close to 80", "the figure of casualties was 80": a bare number a
 * "figure" or "number" is said to be counts what that figure is of, named after "of" or earlier in its sentence. Why:
 * with no noun, the count says nothing of what it counts.
 */
function figureOfBefore(text: string, sentence: Range, phraseStart: number): string | null {
  const before = text.slice(Math.max(sentence.start, phraseStart - FIGURE_REACH), phraseStart);
  if (!FIGURE_OR_NUMBER.test(before)) return null;
  const m = FIGURE_IS.exec(before);
  if (!m) return null;
  return m[1] ?? [...before.slice(0, m.index).matchAll(CASUALTY_NOUN)].pop()?.[1] ?? null;
}
const FIGURE_REACH = 160;
/** "figure" or "number" in any ASCII case, which FIGURE_IS needs: one search spares it on most figures. */
const FIGURE_OR_NUMBER = /figure|number/i;
/** "the figure (of casualties) (he gave) was", then at most a bound, right before the number. */
const FIGURE_IS =
  /\b[Tt]he (?:figure|number)(?: of (casualties|victims|deaths|dead|fatalities))?(?: [\p{L}]+){0,4} (?:was|is|stood at|stands at)(?: (?:close to|about|around|nearly|some|over|more than|at least|almost))? $/u;
const CASUALTY_NOUN = /\b(casualties|victims|deaths|fatalities)\b/g;

/**
 * "put the number of people affected by the floods at 2.3 million", "the number of displaced families rose to 4,000":
 * a bare number that "the number of <plural>" is put at or reaches counts that plural.
 */
function numberOfBefore(text: string, sentence: Range, phraseStart: number): string | null {
  const before = text.slice(Math.max(sentence.start, phraseStart - 220), phraseStart);
  return hasAsciiWord(before, 'number of ') ? NUMBER_OF_IS.exec(before)?.[1]!.toLowerCase() ?? null : null;
}
/**
 * "the number of", maybe an adjective, the plural, maybe an aside set off by commas ("The number of casualties, officials
 * believe, since …, has risen to 130"; no number or sentence sign in it), at most six more words (no number or clause
 * sign), then the verb and a bound.
 */
const NUMBER_OF_IS =
  /\bthe number of (?:\p{Ll}+ )?(people|persons|\p{Ll}{3,}s)\b(?:,[^.;:!?\d,]{1,60}(?:,[^.;:!?\d,]{1,100})?,)?(?: [\p{L}’'-]+){0,6} (?:to|at|is|was|stood at|stands at|reached|rose to|climbed to|hit) (?:(?:about|around|nearly|some|over|more than|at least|almost) )?$/iu;

/**
 * "The count of bodies pulled out after the floods hit Varn on May 12 stood at 759": a bare number a toll, count or
 * tally of a plural is said to stand at counts that plural, however long the words that say which toll it is.
 */
function tollOfBefore(text: string, sentence: Range, phraseStart: number): string | null {
  const before = text.slice(Math.max(sentence.start, phraseStart - 220), phraseStart);
  return TOLL_OF_WORD.test(before) ? TOLL_OF_IS.exec(before)?.[1]!.toLowerCase() ?? null : null;
}
const TOLL_OF_WORD = /\b(?:toll|count|tally) of /i;
/** "the toll of", maybe an adjective, the plural, at most sixteen words (no clause sign), then the verb and a bound. */
const TOLL_OF_IS =
  /\b(?:toll|count|tally) of (?:\p{Ll}+ )?(people|persons|\p{Ll}{3,}s)\b(?: [\p{L}\d’'-]+){0,16} (?:is|was|stood at|stands at|reached|rose to|climbed to|hit) (?:(?:about|around|nearly|some|over|more than|at least|almost) )?$/iu;

/** "the names of some of the fatalities – about 50 – are": a bare number set off by dashes right after a plural counts it. */
function nounBeforeDash(text: string, sentence: Range, phraseStart: number, end: number): string | null {
  if (!DASH_AFTER.test(text.slice(end, Math.min(sentence.end, end + 3)))) return null;
  return NOUN_DASH.exec(text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart))?.[1]!.toLowerCase() ?? null;
}
const DASH_AFTER = /^\s?(?:[–—]|\s-\s)/;
/** A plural in lower case, then a spaced dash (or one with no spaces), right before the number. */
const NOUN_DASH = /\b(people|\p{Ll}{3,}s)(?:\s+[–—-]|[–—])\s*$/u;

/**
 * "Six outlawed Kelmor Workers' Party (KWP) militants": the plural after a name and its bracketed abbreviation (maybe an
 * adjective before the name) is what the count counts; the word-by-word read stops at the name's capitals.
 */
function nounAfterNamed(text: string, sentence: Range, hit: NumberHit): string | null {
  if (hit.unit !== null) return null;
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 90));
  return after.includes('(') ? NAMED_NOUN.exec(after)?.[1] ?? null : null;
}
/** At most one lower-case word, one to five capitalised words, a bracketed abbreviation in capitals, then a plural. */
const NAMED_NOUN = /^\s+(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}\(\p{Lu}[\p{Lu}\d&-]*\)\s+(people|\p{Ll}{3,}s)\b/u;

/** "the total affected population is between 1.64 million and 2.51 million": a count of the people affected (no event). */
function populationBefore(text: string, sentence: Range, phraseStart: number): string | null {
  const before = text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart);
  const m = hasAsciiWord(before, 'population') ? POPULATION_IS.exec(before) : null;
  if (m) return `people ${m[1]!.toLowerCase()}`;
  // "the camp population is 3,400", "though its capacity is just for 150": the count is the population or capacity named, as "a population of" is.
  const named = hasAsciiWord(before, 'population') || hasAsciiWord(before, 'capacity') ? POPULATION_NAMED_IS.exec(before) : null;
  return named ? named[1]!.toLowerCase() : null;
}
const POPULATION_NAMED_IS = /\b(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(population|capacity)\s+(?:is|was|stands at|stood at)\s+(?:(?:only|just|about|around|nearly|some|over|more than|at least)\s+)?(?:for\s+)?$/iu;
/** "affected population is", "displaced population of", then at most a bound or "between". */
const POPULATION_IS = /\b(affected|displaced|homeless|stranded|evacuated) population (?:is|was|stands at|stood at|of|at|has reached|reached) (?:(?:between|about|around|nearly|some|over|more than|at least) )?$/i;

/** A period, or a year, right before "over" and a year. */
const YEAR_OVER = /\b(?:year|quarter|month|half|period|(?:19|20)\d\d)\s+$/i;
/** A sentence's opening preposition of time before a year: "In 2002 ", "By 1990 ". */
const YEAR_OPENER = /^\s*(?:In|By|Since|Until|Before|After|During)\s+$/;
/** An opening bracket and one to three capitalised words, right before a number: "(Kelmor ", "(Channel ". */
const NAME_IN_BRACKET_BEFORE = /\(\s*(?:\p{Lu}[\p{L}.&'-]*\s+){1,3}$/u;
/** A closing bracket right after the number: asked first, as it is rare and cheap to see. */
const BRACKET_CLOSES = /^\s*\)/;

/**
 * "13 dead, nine civilians and four policemen", "a toll of 14 dead, including six policemen and eight civilians": counts of
 * people listed right after a toll are its parts and count its event, when they name no event of their own (the event
 * of a count after them, "as well as 19 injured", is not theirs). The list goes on with "and" after a part so read.
 * Things ("40 houses") are no part of a toll.
 */
function tollPartEvent(text: string, out: { figure: Figure }[], phraseStart: number, hit: NumberHit, unit: string | null, eventTo: number): string | null {
  const previous = out[out.length - 1]?.figure;
  if (!previous?.about || previous.change !== null || unit === null || hit.unit !== null || !(PEOPLE_NOUNS.has(lastWord(unit)) || TOLL_PART_NOUNS.has(lastWord(unit)))) return null;
  const gap = text.slice(previous.span.end, phraseStart);
  const own = text.slice(hit.end, eventTo);
  const ownEnd = own.search(/,|\band\b|\d/);
  ABOUT_RE.lastIndex = 0;
  if (ABOUT_RE.test(ownEnd < 0 ? own : own.slice(0, ownEnd))) return null;
  if (tollPartGap(gap)) return previous.about;
  // "nine civilians and four policemen": the next part, after one read so.
  const first = out[out.length - 2]?.figure;
  return previous.unit !== null && gap.trim().toLowerCase() === previous.unit.toLowerCase() + ' and' && first?.about === previous.about && first.change === null && tollPartGap(text.slice(first.span.end, previous.span.start)) ? previous.about : null;
}
const tollPartGap = (gap: string): boolean => TOLL_PART_GAP.test(gap) || TOLL_CLAUSE_PARTS.test(gap);
/** Only the toll's adjective or noun ("dead", "killed"), then a comma and maybe "including", before the part. */
const TOLL_PART_GAP = /^\s+(?:dead|killed|deaths|fatalities|injured|wounded)\s*,\s+(?:including\s+)?$/i;
/**
 * "14 more people were injured, including three guards and two rescue workers, 19 people are missing": the toll's
 * own clause ("people were injured"), then ", including": the parts it includes take its event, not a later clause's.
 */
const TOLL_CLAUSE_PARTS = /^\s+(?:more\s+|other\s+)?(?:people\s+|persons\s+)?(?:were|have\s+been|had\s+been|are|was)\s+(?:killed|injured|wounded|hurt|missing|arrested|detained)\s*,\s+including\s+$/i;
const TOLL_PART_NOUNS = new Set('policemen policewomen police officers troops guards militants rebels fighters insurgents pilgrims worshippers protesters demonstrators foreigners'.split(' '));

/**
 * "the organisers counted 60,000 marchers", "some 8,000 protesters in Ostra": people named for marching or protesting are a
 * crowd's count whatever verb tells it (counted, estimated, claimed), the count its rivals dispute. Not people or participants,
 * who may be of anything (a study's participants); a count with an event of its own ("40 protesters were arrested") keeps it.
 */
const namesMarchers = (unit: string): boolean => MARCHERS.has(lastWord(unit).toLowerCase());
/** "changed the lives of 400 protesters": marchers a phrase is "of" are what it tells of, no crowd counted ("a crowd of" is read before). */
const OF_BEFORE = /\bof\s$/;
const MARCHERS = new Set(['demonstrators', 'protesters', 'protestors', 'marchers']);
