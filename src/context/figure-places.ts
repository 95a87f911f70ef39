import { hasLowerWord, someAsciiWord } from '../extract/ascii-words';
import { OUTLET_WORD, ROLE_HEAD, wordClass } from '../extract/wordclass';
import { firstFrom, rangeAt } from '../extract/ranges';
import type { Range } from '../extract/sentences';
import { textSentences } from './text-sentences';
import type { Claim, Mention, Span } from '../extract/types';
import { SPELLED_NUMBERS } from '../extract/figures/number-words';
import { FACILITIES } from './toll-scopes';
import { readDateline } from '../extract';

/**
 * The places named around each figure of the article, as one key ('' for none), by the figure's
 * start: the place mentions of its sentence when the article's `text` is given, else of the widest
 * figure or statement claim that holds it (its sentence where a source is named, else only its
 * clause). Quotes are left out: one may run over several sentences. With the text, two contrasted
 * clauses of one sentence each keep their own places (contrastClause), and a toll "in the state" told
 * by a body named for one state takes that state (bodyArea); a toll naming no place in a paragraph
 * that opens on one ("In Ostra, …") takes it (paragraphPlace).
 *
 * Why: an article that breaks a toll down by area names each area beside its count ("812 deaths in
 * Syria", "Turkey's agency said the toll rose to 3,381", "nearly 5,000 … in Turkey and in Syria"),
 * and those counts are parts and sums, not competing tolls. Two sources that disagree about one toll
 * name the same place, or only one of them names any.
 */
export function figurePlaces(claims: readonly Claim[], mentions: readonly Mention[], wanted: (claim: Claim) => boolean, text?: string): Map<number, string> {
  const out = new Map<number, string>();
  const places = mentions
    .filter((m) => m.kind === 'place' || (text !== undefined && m.kind === 'other' && m.spans.some((span) => opensOnCount(text, span))))
    .flatMap((m) => m.spans.map((s) => ({ start: s.start, end: s.end, name: m.name })))
    .filter((p) => text === undefined || !describesActor(text, p))
    .sort((a, b) => a.start - b.start);
  // "OSTRA (Reuters) - …": a dateline names where the report was filed, not where anyone was counted; places before its end are no toll's.
  const filedFrom = text === undefined ? 0 : (readDateline(text)?.end ?? 0);
  if (filedFrom > 0) places.splice(0, firstFrom(places, filedFrom));
  // Without place mentions an area may still be named by its kind (areasNamed).
  if (!places.length && text === undefined) return out;
  const around = new Map<number, Span>();
  // The sentences as extraction split them: "U.S." or "Dr." inside one does not end it.
  const { paras, sents } = text === undefined ? { paras: [], sents: [] } : textSentences(text);
  for (const claim of claims) {
    if (claim.kind === 'quote' || !wanted(claim)) continue;
    for (const f of claim.figures) {
      const held = around.get(f.span.start);
      if (text === undefined ? !held || claim.span.end - claim.span.start > held.end - held.start : !held) {
        around.set(f.span.start, text === undefined ? claim.span : sentenceAround(sents, f.span));
      }
    }
  }
  const placesIn = (span: Span, figure?: number): string => {
    const names = new Set<string>();
    const from = firstFrom(places, span.start);
    let to = from;
    while (to < places.length && places[to]!.start < span.end) to++;
    const inSpan = places.slice(from, to);
    for (let i = from; i < to; i++) {
      if (text !== undefined && speakersPlace(text, places[i]!, inSpan)) continue;
      if (text !== undefined && figure !== undefined && quotedApart(text, span, places[i]!.start, figure)) continue;
      if (text !== undefined && (locatesFacility(text, places[i]!.start) || liesIn(text, places[i]!, places[i + 1]) || locatesUnit(text, places[i - 1], places[i]!) || ownsArea(text, places[i]!, places[i + 1]))) continue;
      if (!(names.size && text !== undefined && locatesPlaceBefore(text, places[i]!.start))) names.add(places[i]!.name);
    }
    if (text !== undefined) for (const name of areasNamed(text, span)) names.add(name);
    return [...names].sort().join('|');
  };
  for (const [start, span] of around) out.set(start, placesIn(span, start));
  if (text === undefined) return out;
  spanBreakdowns(claims, sents, out, wanted);
  const bodies = areaBodies(mentions);
  const starts = [...around.keys()].sort((a, b) => a - b);
  const disputed = disputedPlace(text, sents, places);
  const spanned = new Map<number, string>();
  let filed: string | undefined;
  for (const start of starts) {
    const whole = countriesSpanned(text, around.get(start)!, start);
    if (whole !== undefined) spanned.set(start, whole);
  }
  const acrossAll = new Set(spanned.values()).size === 1 ? [...spanned.values()][0] : undefined;
  // Every place the text names, whoever it describes: a sentence naming one ("Ostra's ministry said") may count that place alone.
  const anyPlace = mentions.filter((m) => m.kind === 'place').flatMap((m) => m.spans);
  // A mayor's town may be a name of a kind extraction could not tell ("other"): the title says it is a town.
  const townNames = new Set(mentions.filter((m) => m.kind === 'place' || m.kind === 'other').map((m) => m.name));
  const namesNoPlace = (sentence: Span) => !anyPlace.some((p) => p.start >= sentence.start && p.start < sentence.end);
  for (const [start, sentence] of around) {
    const clause = contrastClause(text, sentence, start, placesIn) ?? ownPlaceOfList(sentence, start, starts, placesIn);
    const neighbour = NEIGHBOUR_AFTER.exec(text.slice(start, sentence.end))?.[1];
    if (neighbour !== undefined) out.set(start, `the neighbouring ${neighbour.toLowerCase()}`);
    else if (spanned.has(start)) out.set(start, spanned.get(start)!);
    else if (clause !== undefined) out.set(start, clause);
    else if (out.get(start) === '' && bodies.length) out.set(start, bodyArea(text, sentence, bodies) ?? '');
    if (out.get(start) === '') out.set(start, wholeArea(text, sentence) ?? neighbourArea(text, sentence) ?? mayorsTown(text, sentence, townNames) ?? '');
    if (out.get(start) === THE_COUNTRY) out.set(start, (filed ??= countryFiledFrom(text, mentions) ?? THE_COUNTRY));
    if (out.get(start) === '') out.set(start, paragraphPlace(text, paras[rangeAt(sents, start)?.para ?? -1], places) ?? disputed ?? (namesNoPlace(sentence) ? acrossAll : undefined) ?? '');
  }
  return out;
}

/**
 * "In West Varn, 90 people were confirmed dead, while in Ostra, 47 fatalities were recorded": a name extraction could not
 * tell the kind of ("other") that opens a clause "in <name>," right before a count is the place of that count, wherever
 * the text names it. Why: read as no place, each region's count joins the whole's row as its rival.
 */
const opensOnCount = (text: string, span: Span): boolean =>
  inBefore(text, span.start) && COUNT_AFTER.test(text.slice(span.end, span.end + 20));
/**
 * "In " or "in " right before `at`: what /(?:^|[^\p{L}])[Ii]n $/u found in the three characters before it, without a slice and a
 * regex for every span of every name (most are no place's).
 */
const inBefore = (text: string, at: number): boolean => at >= 3 && (text.startsWith('In ', at - 3) || text.startsWith('in ', at - 3));
const COUNT_AFTER = new RegExp(String.raw`^, (?:at least |some |about |nearly |more than )?(?:\d|(?:${SPELLED_NUMBERS.join('|')})\b)`, 'i');

/**
 * "In Ostra, rescuers searched the ruins. The ministry said 30 people were killed.": a paragraph that
 * opens on a place tells that place's news, so a toll of its later sentences that names no place of its
 * own is that place's. Why: read as placeless, it would join every other place's count as a rival toll.
 */
function paragraphPlace(text: string, para: Range | undefined, places: readonly { start: number; end: number; name: string }[]): string | undefined {
  if (!para || !text.startsWith('In ', para.start)) return undefined;
  const place = places[firstFrom(places, para.start + 3)];
  return place && place.start === para.start + 3 && text.charCodeAt(place.end) === 44 ? place.name : undefined; // ,
}

/**
 * "Reports of casualties in Ostra have varied widely.", "Conflicting figures surround the death toll in Varn.": a sentence with no
 * number that says the toll of one place is disputed names the place of the disputed counts, so a toll naming no place of its own
 * is that place's (undefined unless the text names just one place so). Why: read as placeless, the rival counts join the row of
 * the one other place the text names ("In Kelmor, officials said 300 died"), under that place's name and beside its toll.
 */
function disputedPlace(text: string, sents: readonly Range[], places: readonly { start: number; end: number; name: string }[]): string | undefined {
  const named = new Set<string>();
  // No sentence can say so where the whole text has none of DISPUTED's words (without its \b: a slice may make one).
  if (!DISPUTED_WORDS.test(text)) return undefined;
  for (const s of sents) {
    const body = text.slice(s.start, s.end);
    if (/\d/.test(body) || !DISPUTED.test(body)) continue;
    for (let i = firstFrom(places, s.start); i < places.length && places[i]!.start < s.end; i++) {
      if (TOLL_IN.test(text.slice(Math.max(s.start, places[i]!.start - 30), places[i]!.start))) named.add(places[i]!.name);
    }
  }
  return named.size === 1 ? [...named][0] : undefined;
}
const DISPUTED = /\b(?:var(?:y|ies|ied)|differ(?:s|ed)?|differing|conflicting|disputed|contradictory|contested)\b/i;
const DISPUTED_WORDS = /var(?:y|ies|ied)|differ|conflicting|disputed|contradictory|contested/i;
const TOLL_IN = /\b(?:casualties|deaths|dead|toll|fatalities|victims) in (?:the )?$/i;

/**
 * "took the number of dead in Ostra to 1,420 and the total toll in 8 countries to 2,060": a toll whose own words (from the
 * figure before it in its sentence) end on "in N countries" is the toll over those countries, keyed as them ("11 countries");
 * and where the text gives such a toll (one such key), a toll whose sentence names no place at all is of that whole too. Why: read as placeless, the
 * whole's counts (an agency's toll of the disaster) join one country's row as rivals of that country's toll.
 */
function countriesSpanned(text: string, sentence: Span, at: number): string | undefined {
  const before = text.slice(Math.max(sentence.start, at - COUNTRIES_REACH), at);
  if (!hasLowerWord(before, 'countries') && !hasLowerWord(before, 'nations')) return undefined;
  const m = COUNTRIES_BEFORE.exec(before);
  return m ? `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}` : undefined;
}
const COUNTRIES_REACH = 60;
/** "in 11 countries", "across the six nations", "registered in many countries", then no number up to the figure. */
const COUNTRIES_BEFORE = new RegExp(String.raw`\b(?:in|across|throughout) (?:the )?(\d+|${SPELLED_NUMBERS.join('|')}|many|several|various|multiple) (countries|nations)\b[^\d.;:!?]*$`, 'i');

/**
 * "Rain also hit the neighbouring country, Kelmor, killing 27 people", "in the neighbouring province 12 died": a toll of
 * the area next to the story's is that area's, keyed by the name given after it or else by the phrase itself. Why: read
 * as placeless, a neighbour's own toll would join the story's toll as a rival count of it.
 */
function neighbourArea(text: string, sentence: Span): string | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (!hasLowerWord(body, 'neighbouring') && !hasLowerWord(body, 'neighboring')) return undefined;
  const m = NEIGHBOUR_AREA.exec(body);
  return m ? m[2] ?? `the neighbouring ${m[1]}` : undefined;
}
/**
 * "Papers in Kelmor quoted officials as saying 40 were killed in that neighbouring country": a toll the clause places in a neighbour
 * it does not name is that neighbour's, whatever other place the sentence names (the tellers', the papers'). Why: keyed by the named
 * place, the neighbour's toll would be set against that place's own.
 */
const NEIGHBOUR_AFTER = /^[^.;:!?]{0,80}? in (?:the|that) neighbou?ring (country|nation|state|province|region|district|county|city|town|village)\b(?!,)/;
const NEIGHBOUR_AREA =
  /\bthe neighbou?ring (country|nation|state|province|region|district|county|city|town|village)\b(?:, (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}),)?/u;

/**
 * "QUITO, Ecuador (AP) — … two people died in accidents across the country": the country a dateline names after its city is the
 * one "the country" of a nationwide toll is, so the toll is keyed by its name, as a toll "in Ecuador" is. The name as a place
 * mention gives it, or undefined. Why: keyed apart, the nation's toll and the toll "in Ecuador" never met as the rivals they are.
 */
function countryFiledFrom(text: string, mentions: readonly Mention[]): string | undefined {
  // The name after the dateline's comma ("Quito, Ecuador (AP) —": Ecuador).
  const region = readDateline(text)?.regions[0];
  if (region === undefined) return undefined;
  const name = text.slice(region.start, region.end).toLowerCase();
  return mentions.find((p) => p.kind === 'place' && p.name.toLowerCase() === name)?.name;
}

/**
 * "As many as 600 were missing across the county", "throughout the province", "in several parts of the county", "nationwide"
 * (NATIONWIDE): a toll over the whole
 * area of the kind the article named before, not over any place named in other sentences. It takes
 * that area's name when the text gave it by its kind before ("Ostra County", "the county of Ostra"),
 * else the area itself ("the county"). Why: read as placeless it would join a named town's count
 * ("800 buried in the city of Varn") as a rival toll of that town.
 */
function wholeArea(text: string, sentence: Span): string | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (someAsciiWord(body, NATION_WORDS) && NATIONWIDE.test(body)) return THE_COUNTRY;
  if (!hasLowerWord(body, 'across the ') && !hasLowerWord(body, 'throughout the ') && !hasLowerWord(body, 'parts of the ')) return undefined;
  const kind = WHOLE_AREA.exec(body)?.[1]?.toLowerCase();
  if (kind === undefined) return undefined;
  let named: string | undefined;
  for (const m of text.slice(0, sentence.start).matchAll(AREA_BY_KIND)) if ((m[2] ?? m[3])!.toLowerCase() === kind) named = m[4] ?? `${m[1]} ${m[2]}`;
  return named ?? `the ${kind}`;
}
/**
 * "The mayor of Varn, Ana Pell, said they know of only 12 deaths so far": a mayor counts the dead of her town, so a count her
 * sentence gives with no other place is that town's (the title names it, though as the office's place it is no place of the
 * toll: roleOf). Why: read as placeless, one town's count joined the region's row as a rival of the region's toll.
 */
function mayorsTown(text: string, sentence: Span, names: ReadonlySet<string>): string | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes('ayor of ')) return undefined;
  const town = MAYOR_OF.exec(body)?.[1];
  // The name as the text knows it elsewhere (the title's own mention may have been read into the speaker's title).
  return town !== undefined && names.has(town) ? town : undefined;
}
/** "mayor of Varn", "Mayor of the town of Varn", then the town's capitalized name. */
const MAYOR_OF = /\b[Mm]ayor of (?:the (?:town|city|village|municipality) of )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})/u;

/**
 * "112 people have died nationwide", "across the country", "nationally" (not "a nationally televised address"): the nation's toll, keyed as the country, so it joins no
 * region's or town's count ("37 died in Ostra") as a rival, while a placeless toll still joins it.
 */
const NATIONWIDE = /\b(?:nationwide|countrywide|nationally(?! \p{Ll}+(?:ed|wn|cast)\b)|(?:across|throughout) the (?:country|nation)|in the whole (?:country|nation))\b/iu;
const NATION_WORDS = ['nationwide', 'countrywide', 'nationally', 'the country', 'the nation'];
const THE_COUNTRY = 'the country';
/** "across the state", "throughout the county", "in many parts of the region" (various, several, different, all). */
const WHOLE_AREA = /\b(?:across|throughout|(?:various|many|several|different|all) parts of) the (county|province|state|region|district|city)\b/i;
/** "Ostra County", "Ostra province", "the county of Ostra": an area named with its kind. */
const AREA_BY_KIND = /\b(\p{Lu}[\p{L}-]+) (County|county|Province|province|State|state|Region|region|District|district|City|city)\b|\bthe (county|province|state|region|district|city) of (\p{Lu}[\p{L}-]+)/gu;

/**
 * "the town of Ostra near the Varn-Kelmor border", "Ostra, near Varn": a place after "near" locates the
 * place named before it, so it is no second area of the toll. Why: read as one, "2,000 died in Ostra near
 * the Varn border" and "Ostra's toll is 150" would be tolls of two areas, and never rivals. A place after
 * "near" with none before it is still the toll's ("30 died near Ostra").
 */
const locatesPlaceBefore = (text: string, start: number): boolean => NEAR_BEFORE.test(text.slice(Math.max(0, start - 10), start));
const NEAR_BEFORE = /\bnear (?:the )?$/i;

/**
 * "killed at the checkpoint in Samad Square in Varn district": a place right before "in" and another place lies inside that
 * one, which is the area other sources name ("the attack took place in Varn"). Why: keyed by both, the count would be
 * of another area than theirs, and never their rival.
 */
const liesIn = (text: string, place: Span, next: Span | undefined): boolean =>
  next !== undefined && next.start - place.end <= 8 && IN_NEXT.test(text.slice(place.end, next.start));
const IN_NEXT = /^ in (?:the )?$/;

/**
 * "in Ostra district of southern Varn province": the province after a district's (town's, county's) "of" only says
 * where that district is; the toll is the district's, as the article's later "in Ostra district" says. Why: keyed by
 * both, the first count would be of another area than the later ones, and two rows would split one toll.
 */
const locatesUnit = (text: string, before: Span | undefined, place: Span): boolean =>
  before !== undefined && place.start - before.end <= UNIT_OF_REACH && UNIT_OF.test(text.slice(before.end, place.start));
const UNIT_OF = /^ (?:district|county|town|village|city|municipality|subdistrict|sub-district|township|commune|tehsil|upazila) of (?:the )?(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|central|neighbouring|neighboring)?\s*$/i;
const UNIT_OF_REACH = 40;

/**
 * "struck Kelmor's western region of Ostra province", "in Kelmor's Ostra state": the country that owns the area only says
 * where the area is; the toll is the area's, as the article's later "in Ostra" says. Why: keyed by both, the opening
 * count would be of another area than the later ones, and one toll would be split into two rows.
 */
const ownsArea = (text: string, place: Span, next: Span | undefined): boolean =>
  next !== undefined && next.start - place.end <= UNIT_OF_REACH && OWNED_AREA.test(text.slice(place.end, next.start));
const OWNED_AREA =
  /^['’]s (?:(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|central|remote|coastal|mountainous|restive) )?(?:(?:region|province|state|district|county|prefecture|territory) of (?:the )?)?$/;

/**
 * "bodies of 13 soldiers were brought to his hospital in Varn province": a place after a hospital, clinic or morgue
 * locates where the dead or wounded were taken, no area of the toll. Why: read as one, the hospital chief's count and the
 * ministry's count of the attack in Ostra would be tolls of two areas, and never rivals.
 */
const locatesFacility = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - FACILITY_REACH), start);
  return hasLowerWord(before, ' in ') && IN_FACILITY.test(before);
};
const FACILITY_REACH = 40;
const IN_FACILITY = new RegExp(String.raw`\b(?:${[...FACILITIES, 'medical facility'].join('|')})s? in (?:the )?(?:(?:province|state|region|district|city|town) of )?$`, 'i');

/**
 * "While 60 died in Ostra, as many as 30 died in the state of Varn", "12 died in Ostra, whereas 4 died
 * in Varn": two clauses set side by side, each naming its own place. A figure belongs to the places
 * of its clause (undefined unless both clauses name places and they differ). Why: read by sentence,
 * both counts would be of "Ostra and Varn" and pool with the two areas' total as rival tolls.
 */
function contrastClause(text: string, sentence: Span, at: number, placesIn: (span: Span) => string): string | undefined {
  const split = contrastSplit(text, sentence);
  if (split === undefined) return undefined;
  const own = at < split ? { start: sentence.start, end: split } : { start: split, end: sentence.end };
  const other = at < split ? { start: split, end: sentence.end } : { start: sentence.start, end: split };
  const mine = placesIn(own);
  const theirs = placesIn(other);
  return mine !== '' && theirs !== '' && mine !== theirs ? mine : undefined;
}
/**
 * "claiming that 30 were killed in Ostra and 19 were killed in Varn": counts listed in one sentence, each followed by its
 * own place, are tolls of those places, not each of both. A figure takes the places between it and the next figure of its
 * sentence (undefined unless the segment before it or after it names other places). Why: read by sentence, Ostra's
 * count would be of "Ostra and Varn", and never meet another source's count of Ostra.
 */
/** `starts`: every toll figure's start, sorted. */
function ownPlaceOfList(sentence: Span, at: number, starts: readonly number[], placesIn: (span: Span) => string): string | undefined {
  const inSentence = starts.filter((s) => s >= sentence.start && s < sentence.end);
  const i = inSentence.indexOf(at);
  if (inSentence.length < 2 || i < 0) return undefined;
  const mine = placesIn({ start: at, end: inSentence[i + 1] ?? sentence.end });
  if (mine === '' || mine.includes('|')) return undefined;
  const next = i + 1 < inSentence.length ? placesIn({ start: inSentence[i + 1]!, end: inSentence[i + 2] ?? sentence.end }) : '';
  const previous = i > 0 ? placesIn({ start: inSentence[i - 1]!, end: at }) : '';
  return (next !== '' && next !== mine) || (previous !== '' && previous !== mine) ? mine : undefined;
}

/**
 * Where a sentence's contrast splits it: the first comma after an opening "While"/"Whereas", else ", while"/", whereas",
 * else " while"/" whereas" with no comma ("34 were killed in his district while in neighbouring Varn, police said 35
 * died"). A "while" that opens no second clause ("killed while sleeping") splits off no place, so it changes nothing.
 */
function contrastSplit(text: string, sentence: Span): number | undefined {
  const body = text.slice(sentence.start, sentence.end);
  const opened = body.startsWith('While ') || body.startsWith('Whereas ');
  let at = opened ? body.indexOf(', ') : Math.max(body.indexOf(', while '), body.indexOf(', whereas '));
  if (at < 0 && !opened) at = Math.max(body.indexOf(' while '), body.indexOf(' whereas '));
  return at > 0 ? sentence.start + at : undefined;
}

/**
 * "An official of the Varn State Disaster Authority said the toll in the state reached 30": a toll
 * "in the state" (or province, region, district) told by a body named for one area is that area's
 * toll. Why: read as placeless it would join every other area's count as a rival toll.
 */
function bodyArea(text: string, sentence: Span, bodies: readonly { start: number; area: string }[]): string | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (!someAsciiWord(body, THE_AREA)) return undefined;
  return bodies.find((b) => b.start >= sentence.start && b.start < sentence.end)?.area;
}
const THE_AREA = ['in the state', 'in the province', 'in the region', 'in the district'];
/** Where each body named for one area ("Varn State Disaster Authority") is mentioned, with that area's name. */
function areaBodies(mentions: readonly Mention[]): { start: number; area: string }[] {
  return mentions.flatMap((m) => {
    const area = m.kind === 'place' ? undefined : AREA_BODY.exec(m.name)?.[1];
    return area ? m.spans.map((s) => ({ start: s.start, area })) : [];
  });
}
const AREA_BODY = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (?:State|Province|Provincial|Regional|District) \p{Lu}/u;

/**
 * "The toll from the storm stands at 90. Eight died in Ostra, 16 in Kelmor and 59 in Varn.": a toll
 * naming no place, right before a sentence that breaks the same toll down by two places or more, is
 * their sum, so it takes the places of that breakdown. Why: read as placeless, it would join each
 * place's count ("51 killed in northern Varn") as a rival toll of that place; read as their places,
 * it would be set against its own parts.
 */
function spanBreakdowns(claims: readonly Claim[], sents: readonly Range[], out: Map<number, string>, wanted: (claim: Claim) => boolean): void {
  // Per sentence: its places' key and how many of its figures count each thing ("killed").
  const bySentence = new Map<number, { key: string; abouts: Map<string, number> }>();
  const placeless: { start: number; sentence: number; about: string }[] = [];
  const seen = new Set<number>();
  for (const claim of claims) {
    if (claim.kind === 'quote' || !wanted(claim)) continue;
    for (const f of claim.figures) {
      const sentence = firstFrom(sents, f.span.start + 1) - 1;
      const key = out.get(f.span.start);
      if (f.about === null || key === undefined || seen.has(f.span.start)) continue;
      seen.add(f.span.start);
      if (key === '') placeless.push({ start: f.span.start, sentence, about: f.about });
      const entry = bySentence.get(sentence) ?? { key, abouts: new Map<string, number>() };
      entry.abouts.set(f.about, (entry.abouts.get(f.about) ?? 0) + 1);
      bySentence.set(sentence, entry);
    }
  }
  for (const p of placeless) {
    const next = bySentence.get(p.sentence + 1);
    if (next && next.key.includes('|') && (next.abouts.get(p.about) ?? 0) >= 2) out.set(p.start, `${SUM_OF}${next.key}`);
  }
}

/** Marks the key of a sum over places: it is no count of those places together, so none of its parts is its rival either. */
export const SUM_OF = 'sum:';

/**
 * A place that describes who acts or speaks, not where the toll was counted: "the Ruritania-led
 * coalition", "a Valdora-based group", "Ana Pell, a deputy from Norland, said", the agent after "by" ("the destruction of the
 * dam by Kelmor"). Read as an area, it
 * would set a source's toll apart from the others' and hide a real disagreement.
 */
function describesActor(text: string, place: Span): boolean {
  // A name's closing full stop may stand outside its span ("U.S" of "U.S.-led").
  const end = text.charCodeAt(place.end) === 46 ? place.end + 1 : place.end;
  if (text.charCodeAt(end) === 45 && ACTOR_SUFFIX.test(text.slice(end, end + 10))) return true; // -
  if (text.charCodeAt(place.end) === 44 && hasFrom(text, place.start) && APPOSITIVE_FROM.test(text.slice(Math.max(0, place.start - 60), place.start))) return true; // ,
  if (text.startsWith('by ', place.start - 3)) return true;
  return spokeIn(text, place.start) || ownsRole(text, place.end) || titlesSpeaker(text, place.end) || ownsTeller(text, place.end) || roleOf(text, place.start) || speakersIn(text, place) || facesOrTries(text, place.start, end) || epithet(text, place.start, end) || qualifiesFirm(text, end) || tellersSeatOrEpithet(text, place);
}
/**
 * "the independent Kelmoran oil safety consultancy Brandt & Lowe", "a Varn engineering firm": a country named as what kind of firm
 * or charity speaks, never where anyone or anything was counted.
 */
const qualifiesFirm = (text: string, end: number): boolean => text.charCodeAt(end) === 32 && FIRM_AFTER.test(text.slice(end, end + 48));
const FIRM_AFTER = /^ (?:[a-z-]+ ){0,3}(?:firm|company|consultancy|consultants|charity)\b/;
/**
 * "the Kelmoran kingdom's monarchy", "the Varnish nation": a name that only qualifies "the … kingdom/nation/country" is an
 * epithet of a country the story names otherwise, never where anyone was counted.
 */
const epithet = (text: string, start: number, end: number): boolean => text.startsWith('the ', start - 4) && EPITHET_NOUN.test(text.slice(end, end + 14));
const EPITHET_NOUN = /^ (?:kingdom|nation|country|republic|monarchy|emirate)\b/;
/**
 * "the challenge facing Varn as it tries to …", "the pressure facing Ostra": a country named as who faces or
 * does something, not where anyone was counted.
 */
function facesOrTries(text: string, start: number, end: number): boolean {
  return text.startsWith(' as it ', end) || text.startsWith(' as they ', end) || FACING.test(text.slice(Math.max(0, start - 14), start));
}
const FACING = /\b(?:facing|confronting|confronts|faces)\s+$/;
/**
 * "Officials in Ostra province said the toll was 45", "the interior ministry in Varn gave a lower death toll":
 * where the speakers sit, not where the toll was counted, when what they tell is "the toll" of the story (the
 * rival count of officials elsewhere is of the same toll); "Officials in Ostra said 40 were killed" may count
 * Ostra's dead alone.
 */
function speakersIn(text: string, place: Span): boolean {
  if (!text.startsWith(' in ', place.start - 4)) return speakersInOwned(text, place);
  return (SPEAKERS_BEFORE_IN.test(text.slice(Math.max(0, place.start - 20), place.start)) && (REPORTS_AFTER.test(text.slice(place.end, place.end + 50)) || providesToll(text, place.end))) || speakersInOwned(text, place);
}
/** The nouns of speakers sitting "in" a place, for SPEAKERS_BEFORE_IN and SPEAKERS_BEFORE_OWNED. */
const SPEAKER_NOUNS = 'officials|authorities|police|sources|ministry|government';
const SPEAKERS_BEFORE_IN = new RegExp(String.raw`\b(?:${SPEAKER_NOUNS}|spokesm[ae]n)\s+in\s+$`, 'i');
/**
 * "Relief officials in Kelmor's Varn province, which took the worst of the rain, released the new toll hours after …": the area
 * the speakers sit in, told with the country that owns it and a clause that describes it, before the verb that gives "the new toll"
 * (or figure): both names are the speakers', not where the toll was counted. Why: keyed by the area, a minister's count that the
 * sentence goes on to tell was set apart from the story's toll and lost its row.
 */
function speakersInOwned(text: string, place: Span): boolean {
  const owner = possessiveAt(text, place.end);
  if (!owner && !text.startsWith('’s ', place.start - 3) && !text.startsWith("'s ", place.start - 3)) return false;
  if (!SPEAKERS_BEFORE_OWNED.test(text.slice(Math.max(0, place.start - 40), place.start))) return false;
  if (!owner) return providesToll(text, place.end);
  const next = OWNED_NEXT.exec(text.slice(place.end, place.end + 40));
  return next !== null && providesToll(text, place.end + next[0].length);
}
/**
 * "officials in " right before the country, or "officials in Kelmor's " right before its area. The same nouns as
 * SPEAKERS_BEFORE_IN but "spokesman": it was left out when this was written, and no text we have tells whether it belongs.
 */
const SPEAKERS_BEFORE_OWNED = new RegExp(String.raw`\b(?:${SPEAKER_NOUNS})\s+in\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?$`, 'iu');
/** After the country: "'s" and its area's name (one or two words). */
const OWNED_NEXT = /^['’]s \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?/u;
/** At most one word ("province"), a clause set off by commas, then a verb that gives "the (new) toll/figure". */
const providesToll = (text: string, end: number): boolean => PROVIDES_TOLL.test(text.slice(end, end + PROVIDES_REACH));
const PROVIDES_TOLL =
  /^(?:\s+[\p{Ll}]+)?(?:,[^,.;:!?]{1,80},)?\s+(?:(?:has|have|had)\s+)?(?:provided|released|issued|gave|published|announced)\s+(?:the|a|its|their)\s+(?:(?:new|latest|updated|revised|official)\s+)?(?:death\s+|fatality\s+)?(?:toll|figure|tally)\b/u;
const PROVIDES_REACH = 160;
/** At most one word ("province"), then a reporting verb and the toll it tells, or a verb that gives one ("gave a lower toll"). */
const REPORTS_AFTER =
  /^(?:\s+[\p{Ll}]+)?\s+(?:(?:said|say|says|told|reported)\s+(?:that\s+)?the|(?:gave|give|gives|put|puts)\s+(?:a|the|its|their))\s+(?:[\p{Ll}]+\s+)?(?:death\s+)?(?:toll|figure)\b/u;
/**
 * "A local official put the toll at 50, while the army called the reports “false” in a statement entitled “No killings in
 * Ostra”": a place named only inside a quotation of the sentence that does not hold the count is the quotation's, not where
 * the count was made.
 */
function quotedApart(text: string, sentence: Span, at: number, figure: number): boolean {
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(QUOTED)) {
    const start = sentence.start + m.index!;
    const end = start + m[0].length;
    if (start < at && at < end) return !(start < figure && figure < end);
  }
  return false;
}
const QUOTED = /“[^“”]*”|"[^"]*"/g;
/**
 * "The Kelmor intelligence service has estimated that 40 people died at the hospital in Ostra", "Varn officials have said": a
 * place that qualifies the body telling the count is the speakers', not where the toll was counted, when the sentence names
 * another place (alone it may be both: "Ostra police said 40 died").
 */
function speakersPlace(text: string, place: { end: number; name: string }, inSentence: readonly { name: string }[]): boolean {
  const after = text.slice(place.end, place.end + 60);
  return (inSentence.some((p) => p.name !== place.name) && SPEAKING_BODY.test(after)) || PUTS_TOLL.test(after) || OWNS_OUTLET.test(after);
}
/**
 * "Varn's state news agency said 12 died": a place owning a news outlet names whose outlet it is, never where the count was made,
 * even alone in its sentence. Why: keyed by that country, the agency's count left the row of the story's own toll.
 */
const OWNS_OUTLET = /^['’]s (?:[\p{L}-]+ ){0,3}?(?:news agency|television|broadcaster|newspaper|radio|state media|TV)\b/u;
/**
 * "Varn has put the death toll at 22": a place that itself puts the toll at a count is its teller (its government), as a source
 * is, even alone in its sentence; the toll is of the place the article names for it, not of the teller.
 */
const PUTS_TOLL = /^ (?:has |have |had )?(?:put|puts|set|sets|placed|places) (?:the|its|their) (?:official )?(?:death )?(?:toll|tally)\b/;
/** At most one word, a body, at most one more word ("intelligence community"), then its verb of telling or estimating. */
const SPEAKING_BODY =
  /^(?: [\p{Ll}-]+)? (?:officials|authorities|intelligence|police|military|army|government|ministry|sources)(?: [\p{Ll}-]+)? (?:(?:has|have|had) )?(?:said|says|say|estimated|estimates|reported|reports|told|announced|stated|claimed)\b/u;
/**
 * "Varn's president, Ana Pell, is due to visit …", "Varn's health minister said": a place owning a
 * title names whose office it is, not where the toll was counted.
 */
function ownsRole(text: string, end: number): boolean {
  if (!possessiveAt(text, end)) return false;
  const words = text.slice(end + 3, end + 40).toLowerCase().match(/[a-z]+/g) ?? [];
  return words.slice(0, 2).some((w) => (wordClass(w) & ROLE_HEAD) !== 0);
}
/** "'s " or "’s " at `at` (read for every place a toll's sentence names: no slice or regex). */
const possessiveAt = (text: string, at: number): boolean => text.startsWith("'s ", at) || text.startsWith('’s ', at);
/**
 * "Northern Varn Divisional Regional Manager Ana Pell said", "a senior Ostra police official initially said": a place that opens
 * a title, up to its head ("manager", "official") right before the holder's name or the verb of telling, names the speaker's
 * office, not where the toll was counted.
 */
function titlesSpeaker(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false; // a space
  const words = text.slice(end + 1, end + TITLE_REACH).split(' ', 5);
  for (let i = 0; i < 3 && i + 1 < words.length; i++) {
    // "in Ostra province, the governor Ana Pell said": a comma ends the words that could be a title.
    if (TITLE_BREAK.test(words[i]!)) return false;
    const head = words[i]!.toLowerCase();
    if (head !== 'official' && (wordClass(head) & ROLE_HEAD) === 0) continue;
    const next = words[i + 1]!;
    return TELLING_AFTER_TITLE.has(next) || (i > 0 && NAME_WORD.test(next) && NAME_WORD.test(words[i + 2] ?? ''));
  }
  return false;
}
const TITLE_REACH = 60;
const TITLE_BREAK = /[,.;:!?]$/;
const TELLING_AFTER_TITLE = new Set(['said', 'says', 'told', 'initially', 'earlier', 'confirmed', 'reported', 'announced']);
/** A capitalized word of a name ("Pell", "Ana"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+[,.]?$/u;
/**
 * "Kelmor's Daily Courier wrote that 30 people died", "Varn's Standard Newspaper reported": a place owning the outlet that tells
 * the count says whose paper it is, not where the toll was counted (a body's country, "Varn's National Police said", may well be).
 * Why: keyed by it, a foreign paper's count of the story's toll makes a row of its own under the paper's country.
 */
function ownsTeller(text: string, end: number): boolean {
  if (!possessiveAt(text, end)) return false;
  const name = TELLER_AFTER.exec(text.slice(end + 3, end + 80))?.[1];
  return name !== undefined && name.toLowerCase().split(/\s+/).some((word) => word === 'newspaper' || (wordClass(word) & OUTLET_WORD) !== 0);
}
const TELLER_AFTER = /^((?:\p{Lu}[\p{L}.&-]*\s+){1,4})(?:(?:has|had|have)\s+)?(?:said|says|reported|reports|wrote|writes|published|quoted|announced|told|cited)\b/u;
/**
 * "a spokesman for the governor of Varn Province said only two were killed": a place after a title and "of" names whose
 * office it is (as "Varn's governor" does), not where the toll was counted.
 */
function roleOf(text: string, start: number): boolean {
  if (!text.startsWith('of ', start - 3) && !text.startsWith('of the ', start - 7)) return false;
  const title = ROLE_OF.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return title !== undefined && (wordClass(title.toLowerCase()) & ROLE_HEAD) !== 0;
}
const ROLE_OF = /\b(\p{L}+) of (?:the )?$/u;
/**
 * "Ana Pell told reporters on Monday in Ostra", "speaking to a news conference in Varn": where the
 * source spoke, not where the toll was counted.
 */
function spokeIn(text: string, at: number): boolean {
  if (!text.startsWith('in ', at - 3)) return false;
  const before = text.slice(Math.max(0, at - 70), at);
  return someAsciiWord(before, AUDIENCES) && SPOKE_IN.test(before);
}
const AUDIENCES = ['reporters', 'journalists', 'conference', 'briefing'];
/** A verb of telling an audience, then at most a few words of when ("on Jan. 17"), then "in". */
const SPOKE_IN = /\b(?:told|telling|spoke to|speaking to|addressed|addressing|briefed|briefing)\s+(?:reporters|journalists|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing))\b[^,;:!?]{0,30}?\s+in\s+$/i;
const ACTOR_SUFFIX = /^-(?:led|based|backed|born)\b/;
/** ", a lawmaker from ": the title of a person just named, then "from". */
const APPOSITIVE_FROM = /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,4}from\s+$/u;
/** "from " right before `at`: the cheap check before APPOSITIVE_FROM. */
/**
 * "…, the Trade Office in Ostra said", "…, the Dockers Guild, Varn's largest union, said": after a count, a place where the body
 * that tells it sits, or one that owns the words set off by commas that describe it, names the teller, not where the count was
 * made. Why: read as the count's place, it set the teller's count apart from its rival's (of the same strike) in a row of its own.
 */
function tellersSeatOrEpithet(text: string, place: Span): boolean {
  const after = text.slice(place.end, place.end + 60);
  if (text.startsWith(' in ', place.start - 4)) return TELLS_AFTER.test(after) && BODY_IN_BEFORE.test(text.slice(Math.max(0, place.start - 60), place.start));
  return text.startsWith(', ', place.start - 2) && DESCRIBES_TELLER.test(after);
}
const TELLS_AFTER = /^\s+(?:said|says|reported|told)\b/;
const BODY_IN_BEFORE = /, (?:the )?(?:\p{Lu}[\p{L}&-]*\s+){1,4}in\s+$/u;
const DESCRIBES_TELLER = /^['’]s (?:[\p{Ll}-]+ ){0,4}[\p{Ll}-]+, (?:said|says|reported|told)\b/u;
const hasFrom = (text: string, at: number): boolean => text.startsWith('from ', at - 5);

/**
 * "for the whole province of Varn", "in the state of Oru": an area named by its kind, which the name
 * side may have read as another kind of name ("Varn Disaster Agency spokesman"). Why: a province's
 * toll beside the nation's is a part, not a rival.
 */
function areasNamed(text: string, span: Span): string[] {
  const window = text.slice(span.start, span.end);
  if (!someAsciiWord(window, AREA_KINDS)) return [];
  return [...window.matchAll(AREA_OF)].map((m) => m[1]!);
}
const AREA_KINDS = ['province of ', 'state of ', 'region of ', 'district of ', 'county of '];
const AREA_OF = /\b(?:province|state|region|district|county) of (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)/gu;

/** Two figures can be about the same toll: their places are the same, or one names none. */
export const samePlaces = (a: string, b: string): boolean => a === b || a === '' || b === '';

/** How far from a figure its sentence is read, each way (a run-on "sentence" of a broken page may be very long). */
const REACH = 400;

/** The sentence holding `span`, within REACH of it. */
function sentenceAround(sents: readonly Range[], span: Span): Span {
  const s = rangeAt(sents, span.start);
  return s ? { start: Math.max(s.start, span.start - REACH), end: Math.min(s.end, span.end + REACH) } : span;
}
