import { namesEvent } from '../extract/events';
import { spacesBefore } from '../extract/chars';
import { readDateline } from '../extract';
import { CROWD_NOUNS, SEXED_PEOPLE } from '../extract/lexicon';
import type { Claim, Figure, Mention, Span } from '../extract/types';
import type { Report } from '../packs/format';
import { textSentences } from './text-sentences';
import { figurePlaces, samePlaces, SUM_OF } from './figure-places';
import { SPELLED_NUMBERS } from '../extract/figures/number-words';
import { PEOPLE_NOUNS } from '../extract/figures/units';
import { bothTrue, differ, ROUNDING } from './figures-agree';
import { countsNationals, countsSide, headNoun, tollGroup, victimsAsEveryone } from './toll-groups';
import { includedPart, raisedByMoreAfter, supersededByMore, toldBeforeNews, toldSafe } from './superseded-tolls';
import { fearedToll, finalTollGuess } from './guessed-tolls';
import { otherEvent } from './other-event-tolls';
import { besidesOtherKinds } from './besides-tolls';
import { causeTotalsAndParts } from './cause-parts';
import { ownEarlierCount } from './own-earlier-tolls';
import { questionedToll } from './questioned-tolls';
import { partOfThose } from './those-parts';
import { oneAndOthers } from './one-and-others';
import { includedGroupToll } from './included-groups';
import { explainedUpdates } from './explained-updates';
import { includedInNumber } from './included-counts';
import { crowdScope } from './crowd-scopes';
import { workCounted, workGroup } from './work-rows';
import { otherDays } from './day-tolls';
import { followedToll } from './follow-up-tolls';
import { creditDescribed } from './described-tolls';
import { reportAt, type ReportPlace } from './report-places';
import { bodiesSpokenFor, officialFigures, reporterKey, rivalReports } from './toll-sources';
import { addedMore, amongTheDead, bodiesHandedOver, followedByAnother, partOfNamed, putToSpeaker, replaced, revisedAgain, revisedFrom, setApart, toldEarlier, toldOriginally } from './toll-updates';
import type { Discrepancy, DiscrepancyValue } from './types';

// A toll counts people: "ten calls reporting new detentions" is about calls, not detainees; bodies found and deaths count the dead,
// "567 arrests" the arrested and "639 injuries" the injured (one each per person counted), "37 lives" claimed the dead; a crowd
// is counted as "demonstrators", "marchers" or "participants" ("police said 9,000 marchers turned out"); the sick and the staff are
// people too ("17 patients died", "14 miners were missing", "employees and contractors").
const PEOPLE = new RegExp(
  String.raw`^(?:[a-z-]+ )*(?:${[...CROWD_NOUNS].join('|')}|${[...PEOPLE_NOUNS].join('|')}|patients|employees|contractors|person|boys|girls|victims|journalists|activists|supporters|prisoners|hostages|detainees|suspects|refugees|pilgrims|martyrs|peddlers|dealers|traffickers|smugglers|addicts|bodies|cadavers|corpses|deaths|lives|fatalities|arrests|injuries|gays?|lesbians|of them)$`,
  'i',
);
/**
 * "police said 9,000 people marched … the organisers counted 40,000 demonstrators": whoever a crowd is counted as, marchers,
 * protesters or participants, it is everyone in it, one group whose two counts are rivals; a count of the capital is its own
 * (crowd-scopes.ts).
 */
function crowdGroup(unit: string | null | undefined, text: string | undefined, span: Span | null, source: string | null): string {
  const group = tollGroup(unit && CROWD.test(unit) ? 'people' : unit, text, span, source);
  const scope = text !== undefined && span ? crowdScope(text, span) : null;
  return scope === null ? group : `${group}@${scope}`;
}
/** A crowd counted whole (CROWD_NOUNS, after one modifier: "peaceful marchers"). */
const CROWD = new RegExp(String.raw`^(?:[a-z-]+ )?(?:${[...CROWD_NOUNS].join('|')})$`, 'i');
// "% of the soldiers" (half of them): a share of a group, no count of its people (its head noun would read as one).
const countsPeople = (unit: string | null | undefined) => !unit || (!unit.startsWith('%') && (PEOPLE.test(unit) || countsSide(unit) || countsNationals(unit)));

/**
 * Figures about the same thing ("killed") that disagree: between sources in the article, or between
 * the article and cached reports on the same story. One row per topic, group of people and place
 * whose values disagree, holding one value per source and number (or range); a group is reported only
 * when two of its values from two different sources differ (a range agrees with every number inside
 * it, a rounded number with the count it rounds; two ranges differ unless they are one: figures-agree.ts). Rows keep the order of their
 * topics, then of their first figures in the text.
 * - Sources: a figure no one named gives, but that the article says someone unnamed reports
 *   ("authorities said"), counts as that source; a spokesperson counts as the body they speak for
 *   (`mentions` give their titles). See toll-sources.ts.
 * - A figure that states a change ("the toll rose by 5"), a forecast ("could climb to 900"), a guess at the final toll or a fear no source is given for (guessed-tolls.ts) is never compared with the counts; nor is
 *   the value an update replaced, a part of a group the clause named first or picked out of the dead, a count set apart, or one
 *   inside a claim the speaker is asked about or rejects (toll-updates.ts).
 * - Figures whose sentences name different places are tolls of different areas, not one toll told
 *   two ways (figure-places.ts; the article's `text` gives their sentences, else their claims are
 *   read); counts of different groups of people ("civilians", everyone, a party's own members) are
 *   parts of a toll, not rival tolls (toll-groups.ts); nor are counts of another event or cause the clause names (other-event-tolls.ts).
 * - "10 more people also died" that another source adds to a toll told before is that source's toll, their sum
 *   (addedTolls).
 * - A cached report's toll (it names no place, so it joins each place's group) makes a row only beside one of the article's
 *   own figures; build.ts passes only the reports told near the article's date.
 */
export function findDiscrepancies(
  claims: Claim[],
  reports: Report[],
  outletName: (id: string) => string,
  mentions: readonly Mention[] = [],
  text?: string,
  placesOfReports: ReadonlyMap<string, readonly ReportPlace[]> = new Map(),
): Discrepancy[] {
  const spokenFor = bodiesSpokenFor(mentions);
  const places = figurePlaces(claims, mentions, (c) => c.figures.some((f) => isToll(f) || (text !== undefined && isAdded(text, f))), text);
  // A count added to another source's toll tells that toll's place (addedTolls); a stored report's toll, the place it is of (reportAt).
  const placeOfSum = new Map<DiscrepancyValue, string>();
  // The people aboard one vessel, of any place (VOYAGE).
  const aboard = new Set<DiscrepancyValue>();
  const placedAt = (place: string, v: DiscrepancyValue): DiscrepancyValue => (placeOfSum.set(v, place), v);
  const placesOf = (v: DiscrepancyValue): string => (aboard.has(v) ? '' : placeOfSum.get(v) ?? (v.span ? places.get(v.span.start) ?? '' : ''));
  // Each value's source and reporter key, read once: the pairwise tests (disputed, same) asked them again for every pair, each
  // time normalizing the reporter's label and scanning the text before the count.
  const sources = new Map<DiscrepancyValue, string | null>();
  const reporterKeys = new Map<DiscrepancyValue, string | null>();
  const reporterKeyOf = (v: DiscrepancyValue): string | null => {
    let key = reporterKeys.get(v);
    if (key === undefined) reporterKeys.set(v, (key = reporterKey(v.reportedBy)));
    return key;
  };
  const sourceOf = (v: DiscrepancyValue): string | null => {
    let source = sources.get(v);
    if (source === undefined) {
      source = v.attributedTo !== null
        ? spokenFor.get(v.attributedTo) ?? v.attributedTo
        : reporterKeyOf(v) ?? v.url ?? (text !== undefined && v.span ? rivalReports(text, v.span) ?? officialFigures(text, v.span) : null);
      sources.set(v, source);
    }
    return source;
  };
  const byTopic = new Map<string, DiscrepancyValue[]>();
  const same = (a: DiscrepancyValue, b: DiscrepancyValue) =>
    a.value === b.value && a.upTo === b.upTo && a.attributedTo === b.attributedTo && reporterKeyOf(a) === reporterKeyOf(b);
  const groupOfValue = new Map<DiscrepancyValue, string>();
  // How each value's group is read (add), done only once a test needs it: a group and its scope read a dozen windows of text
  // around the count, and most values are in topics no two sources dispute, where no group is ever asked.
  const groupReaders = new Map<DiscrepancyValue, () => string>();
  const groupOf = (v: DiscrepancyValue): string => {
    let group = groupOfValue.get(v);
    if (group === undefined) groupOfValue.set(v, (group = groupReaders.get(v)!()));
    return group;
  };
  // The unit an amount spilled is told in (its row's, which the values do not carry).
  const unitOfValue = new Map<DiscrepancyValue, string>();
  // Two of the values, from two sources, that differ.
  // The sentences as extraction split them ("U.S." or "Dr." inside one does not end it).
  const sents = text !== undefined ? textSentences(text).sents : [];
  const disputed = (group: readonly DiscrepancyValue[]) => group.some((a, i) => group.some((b, j) => j > i && differ(a, b) && !bothTrue(a, b) && sourceOf(a) !== sourceOf(b) && !(text !== undefined && otherDays(text, sents, a.span, b.span))));
  const leadEnd = sents[0]?.end ?? 0;
  const add = (about: string, v: DiscrepancyValue, unit: string | null | undefined, scopeSpan = v.span) => {
    groupOfValue.delete(v);
    groupReaders.set(v, () => {
      const group = workGroup(about, unit, text, scopeSpan) ?? (about === 'crowd' ? crowdGroup(unit, text, scopeSpan, sourceOf(v)) : tollGroup(about === SPILLED ? amountUnit(unit) : unit, text, scopeSpan, sourceOf(v)));
      const other = text !== undefined && scopeSpan ? otherEvent(text, scopeSpan) ?? (includedInNumber(text, scopeSpan) ? 'included' : null) : null;
      return other === null ? group : `${group}@${other}`;
    });
    if (about === SPILLED) unitOfValue.set(v, amountUnit(unit));
    const list = byTopic.get(about) ?? [];
    if (!list.some((x) => same(x, v) && placesOf(x) === placesOf(v) && groupOf(x) === groupOf(v))) list.push(v);
    byTopic.set(about, list);
  };
  const corrected = text !== undefined ? revisedAgain(text) : new Set<number>();
  const withdrawn = text !== undefined ? revisedFrom(text) : new Set<number>();
  const summed = text !== undefined ? partsOfSum(claims) : new Set<number>();
  const explained = text !== undefined ? explainedUpdates(text, claims) : new Set<number>();
  const allTolls = claims.flatMap((c) => (c.kind === 'figure' ? c.figures.filter(isToll) : []));
  const superseded = text !== undefined ? supersededByMore(text, allTolls, (start) => places.get(start) ?? '') : new Set<number>();
  if (text !== undefined) for (const start of raisedByMoreAfter(text, allTolls, claims.flatMap((c) => (c.kind === 'figure' ? c.figures : [])))) superseded.add(start);
  const byCause = text !== undefined ? causeTotalsAndParts(text, claims) : new Set<number>();
  const tolls: { about: string; unit: string | null; v: DiscrepancyValue }[] = [];
  // The span whose clause scopes a count that follows up a toll (that toll's).
  const scopeOfFollowUp = new Map<DiscrepancyValue, Span | null>();
  // Where each topic's last toll of the text starts (toldOriginally).
  const lastOf = new Map<string, number>();
  if (text !== undefined) for (const claim of claims) if (claim.kind === 'figure') for (const f of claim.figures) if (isToll(f)) lastOf.set(f.about, Math.max(lastOf.get(f.about) ?? -1, f.span.start));
  for (const claim of claims) {
    // A quote's or a statement's figures are also listed as figure claims, each with its own source:
    // a statement that sets two sources side by side reports its figures as a whole.
    if (claim.kind !== 'figure') continue;
    for (const told of claim.figures) {
      const f = text !== undefined && told.about === null ? deniedToll(text, claims, told) ?? includedGroupToll(text, claims, told) ?? told : told;
      if (byCause.has(f.span.start) || (text !== undefined && ownEarlierCount(text, claims, claim, f))) continue;
      if (
        !isToll(f) || corrected.has(f.span.start) || summed.has(f.span.start) || superseded.has(f.span.start) || f.forecast ||
        (text !== undefined && (toldBeforeNews(text, f.span) || includedPart(text, f) || toldSafe(text, f.span) || finalTollGuess(text, f.span) || questionedToll(text, f.span) || (fearedToll(text, f.span) && unsourcedClaim(claim)))) ||
        (text !== undefined && (replaced(text, f.span) || partOfNamed(text, f.span) || amongTheDead(text, f.span) || bodiesHandedOver(text, f.span) || (setApart(text, f.span) && !besidesOtherKinds(text, f.span)) || putToSpeaker(text, f.span) || toldEarlier(text, f.span, withdrawn) || toldOriginally(text, f.span, lastOf.get(f.about)!) || followedByAnother(text, claims, claim, f) || partOfThose(text, claims, f)))
      ) continue;
      if (text !== undefined && splitBySex(text, f.span)) continue;
      const given = creditDescribed(text, articleValue(claim, f));
      // "a leader and four other people": the one named and the others (one-and-others.ts).
      const v = text !== undefined && oneAndOthers(text, f.span) ? { ...given, value: given.value + 1, upTo: given.upTo === null ? null : given.upTo + 1 } : given;
      if (f.about === VOYAGE) aboard.add(v);
      // "The fire service later said nine.": a count that follows up a toll takes that toll's place and scope (follow-up-tolls.ts).
      const followed = text !== undefined ? followedToll(text, sents, f, tolls) : undefined;
      if (followed) {
        placedAt(placesOf(followed.v), v);
        scopeOfFollowUp.set(v, scopeOfFollowUp.get(followed.v) ?? followed.v.span);
      }
      tolls.push({ about: f.about, unit: f.unit, v });
      add(f.about, v, f.unit, scopeOfFollowUp.get(v) ?? v.span);
    }
  }
  // The place whose count a toll repeats (placeRepeated), read only for the values a row's group may hold: read for every toll,
  // it compared each with all the others and read their groups.
  const tollOfValue = new Map(tolls.map((t) => [t.v, t]));
  const repeated = new Map<DiscrepancyValue, string | undefined>();
  const repeatedOf = (v: DiscrepancyValue): string | undefined => {
    if (!repeated.has(v)) {
      const t = tollOfValue.get(v);
      repeated.set(v, t === undefined ? undefined : placeRepeated(t, tolls, placesOf, groupOf));
    }
    return repeated.get(v);
  };
  if (text !== undefined) {
    for (const { about, unit, v, base } of addedTolls(claims, tolls, text, sourceOf, placesOf)) {
      placeOfSum.set(v, placesOf(base));
      add(about, v, unit, base.span);
    }
  }
  for (const r of reports) {
    const at = reportAt(placesOfReports.get(r.id), places.values(), () => (text === undefined ? new Set() : leadPlaces(text, mentions, leadEnd)));
    if (at === undefined) continue;
    for (const f of r.figures) {
      if (!f.about || f.change || !byTopic.has(f.about) || !countsPeople(f.unit)) continue;
      add(f.about, placedAt(at, {
        value: f.value,
        comparator: f.comparator,
        upTo: f.upTo ?? null,
        attributedTo: f.attributedTo ?? outletName(r.outlet),
        reportedBy: null,
        origin: 'report',
        url: r.url,
        publishedAt: r.publishedAt,
        span: null,
      }), f.unit);
    }
  }
  // Every row is a group of one topic's values that two sources dispute (disputed): a topic with no such pair among all its values
  // has none, whatever their groups and places.
  const shown = [...byTopic].filter(([, values]) => disputed(values));
  // The groups victimsAsEveryone gives anew; placeRepeated still reads the groups add gave.
  const regrouped = new Map<DiscrepancyValue, string>();
  for (const [, values] of shown) {
    for (const v of values) groupOf(v);
    for (const [v, group] of victimsAsEveryone(values, groupOfValue, placesOf)) regrouped.set(v, group);
  }
  const peopleOf = (v: DiscrepancyValue): string => regrouped.get(v) ?? groupOfValue.get(v)!;
  const rows: { row: Discrepancy; at: number }[] = [];
  for (const [about, values] of shown) {
    const ofTopic: { row: Discrepancy; at: number }[] = [];
    // One group per counted group of people and place named (values naming no place join each place
    // of their group), or all values of a group where none is: each is its own row, so a reader sees
    // which place's figures dispute each other.
    for (const people of new Set(values.map(peopleOf))) {
      const counted = values.filter((v) => peopleOf(v) === people);
      const named = [...new Set(counted.map(placesOf))].filter((p) => p !== '');
      // Once a source's placeless count is its total over its own named parts, or holds the counts of several places (sumsWithin),
      // the article's placeless counts are of that whole:
      // they form a row of their own, and each place's row holds only the counts that name it.
      const whole = toldWhole(counted, placesOf, sourceOf, leadEnd);
      const groups: [string, DiscrepancyValue[]][] = !named.length
        ? [['', counted]]
        : whole
          ? [['', counted.filter((v) => placesOf(v) === '')], ...named.map((p): [string, DiscrepancyValue[]] => [p, counted.filter((v) => placesOf(v) === p)])]
          : named.map((p) => [p, counted.filter((v) => samePlaces(placesOf(v), p) && (repeatedOf(v) ?? p) === p && !(text !== undefined && ofStoryEvent(text, v, p, counted, placesOf)))]);
      const borrowing = whole ? [] : borrowedRows(groups, placesOf, sourceOf, text);
      const story = borrowing.length >= 2 && text !== undefined ? leadPlaces(text, mentions, leadEnd) : undefined;
      for (const [place, group] of groups) {
        if (story && borrowing.includes(place) && !placeNames(place).some((p) => story.has(p))) continue;
        // Two sources must disagree with each other: one source's own earlier toll ("which last week
        // gave a toll of more than 100") is an update, not a rival count.
        if (!disputed(group)) continue;
        // Cached reports that differ only with each other tell nothing of this article's figures (their tolls may be of other
        // days or places of a long story).
        if (!group.some((v) => v.origin === 'article')) continue;
        // One per source and number: a value naming no place may repeat one that names this place; and a value no one is
        // given for ("Of its toll of 412, …", a lede's "at least 56" before the agency's 56) that repeats a sourced one adds
        // nothing to the row.
        // A toll the text brings to another by the dead it adds after it is shown as that total only (it still tells the places'
        // whole above).
        const listed = group.filter((v, i) => !group.some((x, j) => (j < i && (same(x, v) || sameUnnamed(x, v))) || (unsourced(v) && !unsourced(x) && (restates(x, v) || sameNumber(x, v) || (text !== undefined && boundOfCount(text, x, v))))) && !(v.span && explained.has(v.span.start)) && !(text !== undefined && risenPast(text, v, group, sourceOf)));
        listed.sort((a, b) => a.value - b.value || (a.upTo ?? a.value) - (b.upTo ?? b.value));
        // "Among the 77 dead …" gives a place to a count told again: with it left out of the list as a repeat, the two values
        // the row would show may be one source's; a row shows two sources that disagree, or none.
        if (!disputed(listed)) continue;
        if (!disputed(listed.filter((v) => !partOfOwnWider(v, counted, placesOf, sourceOf)))) continue;
        // "killed in Mozambique" and "across the country", one source's count told twice: the same values under a second
        // place would show the reader one disagreement as two.
        if (ofTopic.some(({ row }) => row.values.length === listed.length && row.values.every((v, i) => same(v, listed[i]!) && sameCount(v, listed[i]!)))) continue;
        if (ofTopic.some(({ row }) => toldAgainByDescription(row.values, listed))) continue;
        if (ofTopic.some(({ row }) => sameDisputeAgain(row, placeNames(place), listed))) continue;
        const unit = unitOfValue.get(listed[0]!);
        ofTopic.push({ row: { about, places: placeNames(place), values: listed, ...(unit ? { unit } : {}) }, at: Math.min(...listed.map((v) => v.span?.start ?? Infinity)) });
      }
    }
    // A topic's rows in the order the article first gives their figures.
    rows.push(...ofTopic.filter(({ row }) => !placelessAgain(row, ofTopic.map((o) => o.row), placesOf, sourceOf)).sort((a, b) => a.at - b.at));
  }
  return rows.map((r) => r.row);
}

/**
 * "…a landslide in Ostra, where 14 people died." / "But according to the army, 10 more people also died in Ostra.": a
 * count of more dead that another source adds to a toll told before it tells that source's toll, their sum (24), a rival
 * of the toll it was added to, of its place and group. The base is the last toll before the count of the event its clause
 * names, at the count's place or one holding it. Why: read alone, "10 more" is no toll, and the disagreement is lost.
 */
function addedTolls(
  claims: readonly Claim[],
  tolls: readonly { about: string; unit: string | null; v: DiscrepancyValue }[],
  text: string,
  sourceOf: (v: DiscrepancyValue) => string | null,
  placesOf: (v: DiscrepancyValue) => string,
): { about: string; unit: string | null; v: DiscrepancyValue; base: DiscrepancyValue }[] {
  const out: { about: string; unit: string | null; v: DiscrepancyValue; base: DiscrepancyValue }[] = [];
  for (const claim of claims) {
    if (claim.kind !== 'figure') continue;
    for (const f of claim.figures) {
      if (!isAdded(text, f)) continue;
      // An added count is one number (isAdded), its upTo null.
      const v = articleValue(claim, f);
      const source = sourceOf(v);
      const place = placesOf(v);
      const clause = text.slice(f.span.end, f.span.end + ADDED_REACH);
      let base: (typeof tolls)[number] | undefined;
      for (const t of tolls) if (t.v.span && t.v.span.start < f.span.start && (!base || t.v.span.start > base.v.span!.start)) base = t;
      if (!base || base.v.upTo !== null || source === null || sourceOf(base.v) === source || refersBack(v, base.v) || !namesEvent(clause, base.about) || !holds(placesOf(base.v), place)) continue;
      const comparator = base.v.comparator === '=' ? f.comparator : base.v.comparator;
      out.push({ about: base.about, unit: base.unit, v: { ...v, value: base.v.value + f.value, comparator }, base: base.v });
    }
  }
  return out;
}
const ADDED_REACH = 60;
/**
 * "…the Varn relief agency reported. The agency counted four further deaths on Tuesday.": "the agency" names again the source
 * of the toll before it, by its head noun, so its count adds to its own toll (a later day's), no other source's sum.
 */
const refersBack = (added: DiscrepancyValue, base: DiscrepancyValue): boolean => {
  const label = added.attributedTo === null ? added.reportedBy : null;
  const baseLabel = base.attributedTo ?? base.reportedBy;
  const m = label ? BACK_REFERENCE.exec(label) : null;
  return m !== null && baseLabel !== null && headNoun(baseLabel.replace(PLACE_AFTER_HEAD, '')) === m[1]!.toLowerCase();
};
const BACK_REFERENCE = /^(?:the|that|this) ([\p{L}-]+)$/iu;
/** "the civil defense agency in Varn": the head stands before the phrase that places it. */
const PLACE_AFTER_HEAD = / (?:in|at|of|from|for) .*$/;

/**
 * "Five people have been killed in floods in Ostra, officials said. … Kelm said the toll had risen to five. … A bridge collapsed near
 * Varn, killing two.": a count naming no place that repeats the count of one place (the same number and bound, and group: "up to
 * eight" is not "eight") is that place's count told again, which joins no other place's row (it still stands with the other counts
 * naming no place). Why: joined to each place's group, the whole's count stands against its part's (Varn's 2 vs 5).
 */
function placeRepeated(
  { about, v }: { about: string; v: DiscrepancyValue },
  tolls: readonly { about: string; v: DiscrepancyValue }[],
  placesOf: (v: DiscrepancyValue) => string,
  groupOf: (v: DiscrepancyValue) => string,
): string | undefined {
  if (placesOf(v) !== '') return undefined;
  const told = new Set(
    tolls
      .filter((t) => t.v !== v && t.about === about && placesOf(t.v) !== '' && sameCount(t.v, v) && groupOf(t.v) === groupOf(v))
      .map((t) => placesOf(t.v)),
  );
  return told.size === 1 ? [...told][0] : undefined;
}

/**
 * "Floods killed at least 12 in Ostra, police said. … Police said 12 people had died and villagers counted 19. … A storm last
 * spring killed at least 12 in Varn.": a row under a place none of whose counts names that place (its own count dropped as a
 * repeat of a placeless one) holds only the counts that join every place, and when another row (of a place's own count, or of
 * none) already sets those sources against each other it is that row told again under a place it does not count. Why: the reader
 * saw one dispute twice, the second under the name of another event's place.
 */
function placelessAgain(row: Discrepancy, rows: readonly Discrepancy[], placesOf: (v: DiscrepancyValue) => string, sourceOf: (v: DiscrepancyValue) => string | null): boolean {
  if (row.places.length === 0 || row.values.some((v) => placesOf(v) !== '')) return false;
  const own = row.values.filter((v) => v.origin === 'article');
  return rows.some(
    (other) =>
      other !== row && other.about === row.about && (other.places.length === 0 || other.values.some((w) => placesOf(w) !== '')) &&
      own.every((v) => other.values.some((w) => sourceOf(w) === sourceOf(v))),
  );
}

/**
 * "The toll of the ferry sinking rose to nine on Friday, and three people were missing, port officials said.": a source's count
 * told as the toll that "rose to" (climbed to, reached) its number is that source's latest toll, which its other, smaller count
 * of the same row (an earlier count, or a part of the new one) does not dispute. Why: the row set the source against itself.
 */
function risenPast(text: string, v: DiscrepancyValue, group: readonly DiscrepancyValue[], sourceOf: (v: DiscrepancyValue) => string | null): boolean {
  const source = sourceOf(v);
  if (source === null || v.origin !== 'article' || v.span === null || risenTo(text, v.span)) return false;
  return group.some((w) => w !== v && w.origin === 'article' && w.span !== null && sourceOf(w) === source && w.value > (v.upTo ?? v.value) && risenTo(text, w.span));
}
/** The count's clause reaches it by a rise: "rose to", "has risen to", "climbed to", "reached" (a bound word may stand between). */
const risenTo = (text: string, span: Span): boolean => RISEN_TO.test(text.slice(Math.max(0, span.start - RISEN_REACH), span.start));
const RISEN_REACH = 40;
const RISEN_TO = /\b(?:rose|risen|rises|climbed|climbs|jumped|increased) to (?:at least |more than |about |around |nearly |over |some )?$|\breached (?:at least |more than |about |around |nearly |over |some )?$/i;

/**
 * "Rockets hit a clinic in Ostra on Sunday, killing four. … Nine people were hurt in the attack, the mayor said. … The army said
 * one person was hurt on Monday in shelling of the town of Varn.": a count naming no place told "in the attack" (the event the
 * story told before) is of the story's event, not of a place whose every count its own sentence gives to an event of its own
 * there ("in shelling of the town of Varn"). Why: joined to that place's row, the story's count read as a rival of another
 * attack's.
 */
function ofStoryEvent(text: string, v: DiscrepancyValue, place: string, counted: readonly DiscrepancyValue[], placesOf: (v: DiscrepancyValue) => string): boolean {
  if (v.span === null || placesOf(v) !== '' || !IN_THE_EVENT.test(text.slice(v.span.end, v.span.end + OWN_EVENT_REACH))) return false;
  const own = counted.filter((w) => w.origin === 'article' && placesOf(w) === place);
  return own.length > 0 && own.every((w) => w.span !== null && OWN_EVENT_AT.test(text.slice(w.span.end, w.span.end + OWN_EVENT_REACH)));
}
const OWN_EVENT_REACH = 100;
const STRIKES = String.raw`(?:attack|strike|airstrike|raid|bombing|blast|explosion|shelling|shooting)s?`;
/** "… were wounded in the attack": the clause refers back to the event told before, naming no place. */
const IN_THE_EVENT = new RegExp(String.raw`^[^.;:!?\d]{0,40}?\bin (?:the|that) ${STRIKES}\b(?! (?:of|on|in|at) )`, 'i');
/** "… wounded on Monday in Russian shelling of the village of Varn": an event of its own, at a place named by its name. */
const OWN_EVENT_AT = new RegExp(String.raw`^[^.;:!?\d]{0,60}?\bin (?:[\p{L}-]+ ){0,2}?${STRIKES} (?:of|on|in|at) (?:the (?:village|town|city|district) of )?\p{Lu}`, 'iu');

/**
 * "Police said that two people died in the clashes, not 10, as a rights group asserted": a bare count a denial sets against the toll
 * right before it in its clause counts what that toll counts (its event), the rival the denial names. Why: extraction gives it the
 * toll's noun but no event, and the very disagreement the sentence is about is lost.
 */
function deniedToll(text: string, claims: readonly Claim[], f: Figure): Figure | null {
  // The count must follow "not" (DENIED_AFTER) before the claims are searched for the toll before it.
  // "not" right before the count (past spaces) is read first and in place: slicing and trimming all the text before every bare
  // number, after a regex test of its unit, cost more than the rest.
  const end = spacesBefore(text, f.span.start);
  if (end < 3 || !text.startsWith('not', end - 3) || f.change || f.upTo !== null || !countsPeople(f.unit)) return null;
  let toll: Figure | undefined;
  for (const c of claims) if (c.kind === 'figure') for (const t of c.figures) if (isToll(t) && t.span.end <= f.span.start && (!toll || t.span.end > toll.span.end)) toll = t;
  return toll && DENIED_AFTER.test(text.slice(toll.span.end, f.span.start)) ? { ...f, about: toll.about } : null;
}
/** The rest of the toll's clause (no number or sentence break), then ", not" (or a dash): the count after is the one denied. */
const DENIED_AFTER = /^[^.;:!?\d]{0,120}?(?:,|\s[–—])\s+not\s+$/;

/**
 * "Troops killed five militants in raids on Friday. … An air strike near Ostra killed three, medics said. … Separately, a rebel
 * band said two of its members died.": a count the article tells on its own (no source given) that the sourced counts of its
 * event told after it, all smaller, add up to exactly (two or more, each a plain number) is the writer's sum of them: they are its
 * parts, no rivals of it. Their starts. Why: set against the whole, each part reads as a lower toll. A source's own total and its
 * breakdown, or another source's, are left to the groups and places (a sum of other sources' counts may be a coincidence).
 */
function partsOfSum(claims: readonly Claim[]): Set<number> {
  const exact = claims.flatMap((c) =>
    c.kind === 'figure' ? c.figures.filter((f) => isToll(f) && f.comparator === '=' && f.upTo === null).map((f) => ({ f, sourced: c.attributedTo !== null || reporterKey(c.reportedBy) !== null })) : [],
  );
  const out = new Set<number>();
  for (const total of exact) {
    if (total.sourced) continue;
    const parts = exact.filter(({ f }) => f.about === total.f.about && f.span.start > total.f.span.end && f.value < total.f.value);
    if (parts.length >= 2 && parts.every((p) => p.sourced) && parts.reduce((sum, { f }) => sum + f.value, 0) === total.f.value) for (const { f } of parts) out.add(f.span.start);
  }
  return out;
}

/**
 * "Officials said nine women and six men died in the blaze": each count of a toll split by sex is a part of the toll (15), no
 * rival of another source's whole ("15 died, a doctor said"). Why: the men's six joined the row against the doctor's 15.
 */
function splitBySex(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + SPLIT_REACH);
  if (after.includes(' and ') && SPLIT_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, span.start - SPLIT_REACH), span.start);
  return before.endsWith(' and ') && SPLIT_BEFORE.test(before);
}
const SPLIT_REACH = 40;
const SEXES = `(?:${SEXED_PEOPLE.join('|')})`;
const COUNT_WORD = String.raw`(?:\d[\d,]*|${SPELLED_NUMBERS.join('|')})`;
const SPLIT_AFTER = new RegExp(String.raw`^ ${SEXES} and ${COUNT_WORD} ${SEXES}\b`, 'i');
const SPLIT_BEFORE = new RegExp(String.raw`\b${COUNT_WORD} ${SEXES} and $`, 'i');

/** The value a figure of the article gives, credited to its claim's source. */
function articleValue(claim: Claim, f: Figure): DiscrepancyValue {
  // A missing or empty label is no source (claims from packs or older pages have none).
  const reportedBy = claim.attributedTo === null && reporterKey(claim.reportedBy) !== null ? claim.reportedBy : null;
  return { value: f.value, comparator: f.comparator, upTo: f.upTo, attributedTo: claim.attributedTo, reportedBy, origin: 'article', url: null, publishedAt: null, span: f.span };
}
/** The places of key `whole` hold those of key `part` (a count naming no place is held anywhere). */
const holds = (whole: string, part: string): boolean => part === '' || part.split('|').every((p) => whole.split('|').includes(p));
/** A count of people "more" than a toll told before ("10 more people also died"), which extraction leaves with no event of its own. */
const isAdded = (text: string, f: Figure): boolean => f.about === null && !f.change && f.upTo === null && countsPeople(f.unit) && addedMore(text, f.span);

/**
 * "Floods killed 30 people in Ostra, officials said. … The Kelmor Agency said 120 died in Varn. … The Red Cross said 27 people were
 * killed.": the places whose rows hold one source's count of the place against counts that name no place (the Red Cross's 27, a
 * national total, another attack's toll told with no place) only. Two or more such rows set the same placeless count against each
 * place, though it can count at most one of them: it is the story's count, so only the row of the place the article's first
 * sentence names stands (leadPlaces), or none (a placeless total over the places is no rival of any). Why: the placeless count
 * joined every place's group and made a false row at each.
 */
function borrowedRows(groups: readonly [string, DiscrepancyValue[]][], placesOf: (v: DiscrepancyValue) => string, sourceOf: (v: DiscrepancyValue) => string | null, text?: string): string[] {
  const out: { place: string; own: DiscrepancyValue[] }[] = [];
  for (const [place, group] of groups) {
    if (place === '' || !group.some((v) => placesOf(v) === '')) continue;
    const own = group.filter((v) => placesOf(v) !== '');
    if (new Set(own.map(sourceOf)).size <= 1) out.push({ place, own });
  }
  // "at least 16 killed in Kelmor's Ostra state … 16 dead in Varn district": one number at two places (whatever its bound) is one
  // toll told of a district and the state holding it, so the placeless rival is that toll's.
  if (out.some((a, i) => out.some((b, j) => j > i && a.own.some((v) => b.own.some((w) => v.value === w.value && v.upTo === w.upTo))))) return [];
  // "in the district of Tarn" and "in Tarn district, in Ostra province": places sharing a name are one place told twice; not a
  // count no one gives of a list of places, nor one a source gives of each place of a list ("Ostra and Varn recorded 17 deaths
  // each"), which tells no toll of the one place.
  const told = out.filter(({ own }) => own.every((v) => sourceOf(v) !== null && !(text !== undefined && v.span && eachOfList(text, v.span))));
  if (told.some((a, i) => told.some((b, j) => j > i && placeNames(a.place).some((p) => placeNames(b.place).includes(p))))) return [];
  // "The Kelmor Institute said Varn had eight deaths, Dresk three …": one source's counts of the places are its breakdown of the
  // story's toll, which another source's placeless total disputes place by place.
  const tellers = new Set(out.flatMap(({ own }) => own.map(sourceOf)));
  if (tellers.size === 1 && !tellers.has(null)) return [];
  return out.map(({ place }) => place);
}
/** "17 deaths each": a count told once for each place of a list (a few words after the number, before any punctuation). */
function eachOfList(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + EACH_REACH);
  const at = after.indexOf(' each');
  return at >= 0 && !/[.,;:!?]/.test(after.slice(0, at)) && !/\w/.test(after.charAt(at + 5));
}
const EACH_REACH = 30;

/** The names of the places the article's first sentence names (after its dateline, which says where it was filed). */
function leadPlaces(text: string, mentions: readonly Mention[], leadEnd: number): Set<string> {
  const from = readDateline(text)?.end ?? 0;
  return new Set(mentions.filter((m) => m.kind === 'place' && m.spans.some((s) => s.start >= from && s.start < leadEnd)).map((m) => m.name));
}

/** The names of a place key of figure-places.ts ("Ostra|Varn", or "sum:Ostra|Varn" for their total). */
const placeNames = (key: string): string[] => (key === '' ? [] : key.replace(SUM_OF, '').split('|'));

/**
 * "The toll has reached 66, the police said. … the police put Ostra's dead at 48 or more": one source gives a count that names
 * no place and a clearly smaller one of a named place (of the same thing and group), so its first is the total and the second
 * a part of it; "more than 700 on Ostra" beside its own 713, or "over 300" beside its "at least 304", is that count rounded.
 * Why: read as placeless, the total would join the place's row and set the region's part against the nation's total under
 * the region's name, while the true rival of the total (another source's placeless count) is lost in that row.
 */
function toldWhole(values: readonly DiscrepancyValue[], placesOf: (v: DiscrepancyValue) => string, sourceOf: (v: DiscrepancyValue) => string | null, leadEnd: number): boolean {
  return values.some((total) => {
    const source = sourceOf(total);
    return source !== null && total.origin === 'article' && placesOf(total) === '' &&
      (values.some((part) => part !== total && part.origin === 'article' && placesOf(part) !== '' && sourceOf(part) === source && (part.upTo ?? part.value) < total.value * (1 - ROUNDING) && !leads(part, total, leadEnd)) ||
        sumsWithin(values, placesOf, total.value));
  });
}
/**
 * "A blast killed at least 11 people in Ostra's capital, the ministry said. … The ministry said 20 people had been killed.": the
 * article's first sentence names where its event struck, so the source's smaller count there is the event's first toll, which its
 * later placeless count updates, no part of that count. Why: read as a part, it left the row and took its place with it.
 */
const leads = (part: DiscrepancyValue, total: DiscrepancyValue, leadEnd: number): boolean =>
  part.span !== null && total.span !== null && part.span.end <= leadEnd && part.span.start < total.span.start;
/**
 * "Ostra had the most deaths with eight, followed by Varn with three, while two died in Kelmor": counts of two or more places
 * that share no name, whoever gives them, whose sum (the largest count of each place) is no more than a placeless count are that count's parts,
 * however the parts' sources are named. Why: set against each region's count, the whole would read as its rival.
 */
function sumsWithin(values: readonly DiscrepancyValue[], placesOf: (v: DiscrepancyValue) => string, total: number): boolean {
  const largest = new Map<string, number>();
  for (const v of values) {
    const place = placesOf(v);
    if (v.origin === 'article' && place !== '') largest.set(place, Math.max(largest.get(place) ?? 0, v.upTo ?? v.value));
  }
  // Places named apart: "Varn" and "Ostra|Varn" are one place told twice, not two parts.
  const names = [...largest.keys()].flatMap(placeNames);
  let sum = 0;
  for (const n of largest.values()) sum += n;
  return largest.size >= 2 && new Set(names).size === names.length && sum <= total;
}
/**
 * "Provincial officials told the Herald 12 were killed. … Figures given by officials ranged from 12 to more than 100.": the same
 * count from unnamed reporters one of whom is the other told shorter (its head noun, its describing words dropped) is one
 * source's count told twice. Why: the row showed one value twice, as if two sources had agreed on it.
 */
const sameUnnamed = (a: DiscrepancyValue, b: DiscrepancyValue): boolean => {
  if (!sameCount(a, b) || a.attributedTo !== null || b.attributedTo !== null) return false;
  const [ka, kb] = [reporterKey(a.reportedBy), reporterKey(b.reportedBy)];
  if (ka === null || kb === null) return false;
  const [wa, wb] = [ka.slice('unnamed:'.length), kb.slice('unnamed:'.length)];
  return wa.endsWith(` ${wb}`) || wb.endsWith(` ${wa}`);
};
/**
 * "The Ostra Rights Commission said the unrest in Ostra left 39 dead. … “We have counted thirty-nine victims
 * nationwide,” the state-funded body said.": a row whose counts are another row's, one by one, where each value that differs in its
 * source is given by an unnamed description in one of them (the body named before, told again by what it is), is that row's
 * disagreement told a second time under another place. Why: the reader saw one dispute as two.
 */
const toldAgainByDescription = (shown: readonly DiscrepancyValue[], listed: readonly DiscrepancyValue[]): boolean =>
  shown.length === listed.length &&
  shown.every((v, i) => {
    const w = listed[i]!;
    if (!sameCount(v, w) || v.origin !== w.origin) return false;
    return (v.attributedTo === w.attributedTo && reporterKey(v.reportedBy) === reporterKey(w.reportedBy)) || described(v) || described(w);
  }) &&
  shown.some((v, i) => described(v) !== described(listed[i]!));
/**
 * "The council counted 40 dead in Ostra … Among the 40 dead, only nine were named, including a driver caught in the Tarsen
 * Valley mudslide … While they counted 40 deaths, the police have counted over 50"; "a union said more than 60 died at the
 * stadium in Varn District; the police said 60 … Earlier, the union's leader said the toll of the stadium tragedy had passed
 * 60": a row whose counts are another row's, one by
 * one, with at least one of them the same source's there, and each other count given by no one or told at a place the other row
 * holds, is that row's dispute told again. Why: the reader saw one dispute as two. Another named source's same count at another
 * place is a second dispute (context-row-repeats.test.ts).
 */
const sameDisputeAgain = (shown: Discrepancy, places: readonly string[], listed: readonly DiscrepancyValue[]): boolean => {
  const within = places.length > 0 && places.every((p) => shown.places.includes(p));
  const sameSource = (v: DiscrepancyValue, w: DiscrepancyValue) => v.attributedTo === w.attributedTo && reporterKey(v.reportedBy) === reporterKey(w.reportedBy);
  return (
    shown.values.length === listed.length &&
    listed.every((w) => shown.values.some((v) => sameCount(v, w) && v.origin === w.origin && (sameSource(v, w) || unsourced(w) || within))) &&
    listed.some((w) => shown.values.some((v) => sameCount(v, w) && sameSource(v, w)))
  );
};
/** A value of the article that an unnamed description gives ("the state-funded body said"), no named source. */
const described = (v: DiscrepancyValue): boolean => v.origin === 'article' && v.attributedTo === null && reporterKey(v.reportedBy) !== null;
/** A claim of the article no source is given for. */
const unsourcedClaim = (claim: Claim): boolean => claim.attributedTo === null && reporterKey(claim.reportedBy) === null;
/** A value no source is given for, in the article or a report. */
const unsourced = (v: DiscrepancyValue): boolean => v.attributedTo === null && v.reportedBy === null && v.url === null;
/** The same number, range and bound, whoever gives them. */
const sameCount = (a: DiscrepancyValue, b: DiscrepancyValue): boolean => a.value === b.value && a.upTo === b.upTo && a.comparator === b.comparator;
/**
 * "More than 40 people died when armed men raided a camp, the UN and the army said. … The army said about 40": a number no one is
 * given for that a source gives too, whatever the words of its bound, is the article's telling of that source's count (its lead),
 * no count of its own. Why: listed as a third value, it read as a third source's toll.
 */
const sameNumber = (a: DiscrepancyValue, b: DiscrepancyValue): boolean => a.value === b.value && a.upTo === null && b.upTo === null;
/**
 * `b` tells `a`'s count again: the same count, or the same number given as a bound or an estimate ("at least 56", "about
 * 56") where `a` gives it exactly.
 */
const restates = (a: DiscrepancyValue, b: DiscrepancyValue): boolean =>
  sameCount(a, b) || (a.value === b.value && a.upTo === null && b.upTo === null && a.comparator === '=' && (b.comparator === '>=' || b.comparator === '~'));
/**
 * "More than twenty died in the fire … Officials in Varn said 27 people were killed.": a round lower bound no one is given for
 * (a spelled number, or one of whole tens) that a source's exact count passes, by less than half the bound, is the article's
 * round telling of that count (both are true). Why: set against it, the lead's bound read as a rival toll. A count far past it
 * ("more than twenty", 48) is a toll of its own, and so is one past a bound of an exact number ("at least 26", 32: two counts).
 */
const boundOfCount = (text: string, count: DiscrepancyValue, bound: DiscrepancyValue): boolean =>
  (bound.comparator === '>' || bound.comparator === '>=') && count.comparator === '=' && count.upTo === null && bound.upTo === null &&
  bound.value > 0 && (bound.comparator === '>' ? count.value > bound.value : count.value >= bound.value) && count.value - bound.value <= bound.value * BOUND_PASSED &&
  bound.span !== null && (bound.value % 10 === 0 || !/\d/.test(text.slice(bound.span.start, bound.span.end)));
const BOUND_PASSED = 0.5;
/** A count of people for an event, or an amount spilled (figures/figure-events.ts), not a change of it. */
const isToll = (f: Figure): f is Figure & { about: string } => f.about !== null && !f.change && (f.about === SPILLED ? f.unit !== null : workCounted(f) ?? countsPeople(f.unit));
/**
 * "The coast guard said the trawler left Varn with about 200 people. … “Survivors in Ostra told us 400 were on that boat,” an aid
 * worker said.": the places the sentences of a vessel's people name are of its voyage (where it sailed from, sank, or its
 * survivors were landed), not where the people were counted: two counts of those aboard are rivals wherever each is told.
 */
const VOYAGE = 'aboard';
/**
 * "Repsol put the spill at 10,396 barrels … the government's estimate of 12,000 barrels": an amount spilled is a rival of the
 * amounts in its own unit only (its first word: "barrels of crude" is told in barrels), never of the people a toll counts.
 */
const SPILLED = 'spilled';
const amountUnit = (unit: string | null | undefined): string => (unit ?? '').split(' ')[0]!.toLowerCase();

/**
 * "At least 50 were killed in the crackdown in Varn, in northern Ostra, the League said. … The League said four people in a car
 * were shot dead in Varn.": a source's smaller count of one of the places its own larger count names (Varn, of "Ostra|Varn") is a
 * part of that count. Why: set against another source's placeless toll, which joins each place's row, the part read as the
 * source's rival toll of that place.
 */
function partOfOwnWider(v: DiscrepancyValue, counted: readonly DiscrepancyValue[], placesOf: (v: DiscrepancyValue) => string, sourceOf: (v: DiscrepancyValue) => string | null): boolean {
  const own = placesOf(v);
  if (own === '' || sourceOf(v) === null) return false;
  const names = own.split('|');
  return counted.some((w) => {
    const wider = placesOf(w).split('|');
    return w !== v && sourceOf(w) === sourceOf(v) && w.value > (v.upTo ?? v.value) && wider.length > names.length && names.every((n) => wider.includes(n));
  });
}
