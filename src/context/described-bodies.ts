import { isPeoplesAdjective } from '../extract/attribution/unnamed-reporters';
import { ISSUED_TEXTS, STUDY_NOUNS } from '../extract/attribution/words';
import { BODY_LEVELS, COMPANY_NOUNS, PERSON_NOUNS } from '../extract/lexicon';
import { wordSpans } from '../extract/word-spans';
import type { Claim, MentionKind, Span } from '../extract/types';
import { DOCUMENT_OF_BODY, reporterKey } from './toll-sources';
import type { SourceCard } from './types';

/**
 * Sources the article cites only by description: a body ("the health ministry said", "Iranian authorities said", "a
 * wildlife charity said", "ambulance services said"), a group of people ("Varn officials said", "security sources said")
 * or one person ("a local official said"). A card each, so a reader sees every source whose word the article relies on,
 * not only the named ones, and sees that it is unnamed. Only a description that picks its source out (a portfolio, a
 * place, a service, a level of government) gets one: "the government", "officials", "residents" or "the group" say too
 * little to be a source of their own; bare "authorities" and "police" get one wherever they speak (bareBody), bare
 * "officials", "residents", "witnesses" only where they alone give a count or a quote (barePeople). Why: these sources give the counts a story turns on, and a sidebar that lists
 * only names hides them.
 */
export function describedBodies(claims: readonly Claim[], text: string): SourceCard[] {
  // The labels of each source, as the article wrote them, by the source's key ("The health ministry" is "the health ministry").
  const byKey = new Map<string, Entry>();
  const bare: { label: string; alone: Described | null }[] = [];
  // "Authorities said 63 hikers were found", "Police said a temple was also buried": the state's body the bare word
  // stands for is the one the story's facts rest on, so it gets a card wherever it speaks.
  // Bare people ("two residents", "witnesses", "officials") likewise where they alone give a count or a quote: the
  // reader should see whose word a toll or a quote rests on, even where the words pick no one out.
  const counting = new Set(claims.filter((c) => c.attributedTo === null && (c.figures?.length || c.kind === 'quote') && c.reportedBy).map((c) => c.reportedBy!.toLowerCase()));
  const add = (label: string, source: Described, told = ''): void => {
    const key = source.issuer ?? reporterKey(label)!;
    const seen = byKey.get(key) ?? fullerOf(byKey.values(), label, source, told);
    const head = headOf(label);
    if (seen) seen.labels.add(label), seen.heads.add(head);
    else byKey.set(key, { labels: new Set([label]), heads: new Set([head, ...groupNoun(label)]), source });
  };
  for (const claim of claims) {
    const label = claim.attributedTo === null ? claim.reportedBy : null;
    if (!label || SAME_AS_BEFORE.test(label)) continue;
    const pair = pairedSources(label);
    if (pair) { for (const [one, source] of pair) add(one, source, claim.text); continue; }
    const source = describedSource(label) ?? introducedPerson(label) ?? rulingBody(label) ?? capitalGovernment(label) ?? governingOfPlace(label) ?? administrationForPlace(label) ?? placedStudy(label) ?? governmentsPeople(label) ?? pluralOutlets(label) ?? pressReports(label);
    const alone = source ? null : counting.has(label.toLowerCase()) ? bareBody(label) ?? barePeople(label) ?? placedPeople(label) ?? barePeoplePair(label) ?? bareMedia(label) ?? bareForces(label) ?? bareGovernment(label) ?? governmentFigures(label) ?? bareOrganisers(label) ?? pluralGroups(label) ?? groupOfGroups(label) ?? bareCompany(label) ?? pluralReports(label) ?? introducedCounter(label) : bareBody(label);
    if (source) add(label, source, claim.text);
    else if (alone && bareMedia(label)) add(mediaLabel(label, text), alone, claim.text);
    // "officials and witnesses" are no card's people alone, nor are "witnesses" theirs (see the bare ones below).
    else if (alone && barePeoplePair(label)) add(label, alone, claim.text);
    // Bare people wait for every description: "the officials" after "two intelligence officials" are those.
    else if (alone?.describes === 'people' || (!alone && BARE_HEAD.test(label))) bare.push({ label, alone });
    // "Two Arab diplomats said …; one diplomat said": one person of a group described before is one of them.
    else if (alone && introducedCounter(label)) bare.push({ label, alone });
    else if (alone) add(label, alone, claim.text);
  }
  // "The Varn-led coalition said …; the coalition said …", "According to the Kelmor intelligence document, … the document
  // said", "Local officials said …; officials said": "the" and a card's noun alone, or bare people, are that card's source,
  // where only one card has the noun.
  // "…, the Kelmor wire service said, citing the region's flood relief office": the body whose count the named channel carries;
  // "The statement said 12 died, citing local media": a described channel's too (relayedBy).
  for (const claim of claims) {
    const label = relayedBy(claim) ? citedBody(claim.text) : null;
    const source = label ? describedSource(label) : null;
    if (label && source?.describes === 'body') add(label, source, claim.text);
  }
  // "As per a Kelmor Press report, the junta confirmed the strikes": the outlet carried the report, the body it reports speaks.
  for (const claim of claims) {
    const label = claim.attributedTo === null ? null : relayedSpeaker(claim.text);
    const source = label ? (describedSource(label) ?? rulingBody(label)) : null;
    if (label && source?.describes === 'body') add(label, source, claim.text);
  }
  // "Local officials, including the Varn mayor Ana Ruiz, said 24 died": the group the named member spoke among.
  for (const claim of claims) {
    const label = claim.attributedTo === null ? null : includingSpeaker(claim.text);
    const source = label ? (describedSource(label) ?? barePeople(label)) : null;
    if (label && source) add(label, source, claim.text);
  }
  pressAtLarge(byKey, claims);
  for (const claim of claims) if (claim.attributedTo === null && claim.reportedBy) (ownersBody(byKey.values(), claim.reportedBy) ?? documentsBody(byKey, claim.reportedBy))?.labels.add(claim.reportedBy);
  for (const { label, alone } of bare) {
    const holders = [...byKey.values()].filter((e) => (e.heads.has(headOf(label)) || (introducedCounter(label) && e.heads.has(`${headOf(label)}s`))) && ![...e.labels].some((l) => barePeoplePair(l)));
    if (holders.length === 1) holders[0]!.labels.add(label);
    else if (alone) add(label, alone);
  }
  const cards: SourceCard[] = [];
  for (const { labels, source } of byKey.values()) {
    // The label as the article wrote it, also where a sentence's start capitalised it.
    const forms = [...labels].flatMap((l) => [l, l[0]!.toUpperCase() + l.slice(1)]);
    // "officials" also stands inside "local officials": each use counts once.
    const spans: Span[] = [];
    for (const sp of [...new Set(forms)].flatMap((f) => wordSpans(text, f)).sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (sp.start >= (spans.at(-1)?.end ?? -1)) spans.push(sp);
    }
    const first = [...labels][0]!;
    // A body that issued a text is named by the body's words where the article has them ("the Kelmor intelligence
    // community"), not by the text's ("the Kelmor intelligence document").
    const name = figuresBody(([...labels].find((l) => !ISSUED_TEXTS.has(headOf(l)) && !STATEMENT_HEADS.has(headOf(l)) && !BARE_HEAD.test(l)) ?? first).replace(LEADING_ARTICLE, ''));
    cards.push({
      name: name[0]!.toUpperCase() + name.slice(1),
      kind: source.kind,
      count: Math.max(1, spans.length),
      forms: [...labels],
      role: null,
      firstSpan: spans[0] ?? null,
      entity: null,
      matchedBy: null,
      cited: true,
      describedAs: first,
      describes: source.describes,
    });
  }
  return cards.filter((c) => !namedInApposition(text, c));
}

/**
 * "The inspectors' office said 40 were held …; inspectors said two escaped": the people whose office a card's words say
 * it is, bare and plural, speak for it: their words are a form of that card, where only one card is theirs. Why: the
 * count rested on the office and the reader saw it credited to no one. Not "the inspectors' office … two inspectors said":
 * a count picks some of them out, not the office.
 */
function ownersBody(entries: Iterable<Entry>, label: string): Entry | undefined {
  const noun = BARE_PLURAL.exec(label)?.[1]?.toLowerCase();
  if (!noun) return undefined;
  const holders = [...entries].filter((e) => [...e.labels].some((l) => lowerWords(l).slice(0, -1).some((w) => OWNER.exec(w)?.[1] === noun.replace(/s$/, ''))));
  return holders.length === 1 ? holders[0] : undefined;
}
/**
 * "The border guard said 12 drowned. … Border guard figures showed 14 had drowned": a body's figures, list or report are its
 * word, a form of the body's card where the article has one. Why: the count under them was credited to no one beside the card.
 */
function documentsBody(byKey: ReadonlyMap<string, Entry>, label: string): Entry | undefined {
  const key = DOCUMENT_OF_BODY.test(label.toLowerCase()) ? reporterKey(label) : null;
  return key ? byKey.get(key) : undefined;
}
/** "prosecutors", "the auditors": one plural word. */
const BARE_PLURAL = /^(?:the )?(\p{L}+s)$/iu;
/** A lower-case owner's word, its noun in the singular: "prosecutor's", "prosecutors'". */
const OWNER = /^(\p{Ll}+?)(?:['’´]s|s['’´])$/u;

/**
 * "An official from the Ostra district told Kelmor Press …. “…,” said the official, Ana Ruiz.": one person described, then named
 * right after as "the <noun>, <Name>", is that named person, who has a card of her own. Why: the reader saw two cards for one woman.
 */
function namedInApposition(text: string, card: SourceCard): boolean {
  if (card.describes !== 'person' || !card.firstSpan) return false;
  const head = headOf(PLACED.exec(card.describedAs!)?.[1] ?? card.describedAs!);
  const after = text.slice(card.firstSpan.end, card.firstSpan.end + NAMED_AFTER_REACH);
  return new RegExp(`\\bthe ${head}, \\p{Lu}\\p{Ll}+ \\p{Lu}`, 'u').test(after);
}

/**
 * "An anonymous leader in Varn said …; “…,” an anonymous leader said", "International aid workers say …; relief workers
 * say …", "Ostra state prison officials said …; prison officials said": a description told after a fuller one of the same
 * people, with its place or a word of scope dropped, or a word of the same trade for another, is that source again. Why: the
 * reader saw two cards for one source. Not "Kelmor officials said …; in Varn, government officials said": where the shorter
 * one's own words (`told`) name a place, the dropped place keeps them apart; nor "one senior officer said …; another officer
 * said": one person is the same only where the words but the place are all there again.
 */
function fullerOf(seen: Iterable<Entry>, label: string, source: Described, told: string): Entry | undefined {
  if (PLACED.test(label)) return undefined;
  const shorter = sameTrade(label);
  const elsewhere = PLACE_TOLD.test(told);
  for (const entry of seen) {
    if (entry.source.kind !== source.kind || entry.source.describes !== source.describes || entry.source.issuer !== source.issuer) continue;
    for (const fuller of entry.labels) {
      const placed = PLACED.exec(fuller);
      const phrase = placed ? placed[1]! : fuller;
      const words = sameTrade(phrase);
      if (words.at(-1) !== shorter.at(-1) || !shorter.every((w) => words.includes(w))) continue;
      // The fuller one's place: a capitalised word ("Ostra", "Kelmorese") or a level of government ("state").
      const written = phrase.split(/\s+/).filter((w) => !DETERMINERS.has(w.toLowerCase()));
      const place = (w: string, i: number) => !elsewhere && (BODY_LEVELS.has(w) || /^\p{Lu}/u.test(written[i]!));
      const dropped = words.flatMap((w, i) => (shorter.includes(w) ? [] : [[w, i] as const]));
      if (source.describes === 'person' ? placed && !dropped.length : dropped.every(([w, i]) => VAGUE.has(w) || SCOPE.has(w) || place(w, i))) return entry;
    }
  }
  return undefined;
}
/** "In Varn, officials said", "officials in Varn said": the words of a claim name a place of their own. */
const PLACE_TOLD = /\b[Ii]n (?:the )?\p{Lu}/u;
/** A label's words past determiners, a word of a trade written as its usual one ("relief workers" are aid workers). */
const sameTrade = (label: string): string[] => lowerWords(label).filter((w) => !DETERMINERS.has(w)).map((w) => SAME_TRADE.get(w) ?? w);
const SAME_TRADE = new Map([['relief', 'aid'], ['humanitarian', 'aid']]);
/** Words that say how far afield the people come from, not whose they are. */
const SCOPE = new Set(['international', 'foreign']);

const LEADING_ARTICLE = /^(?:the|an?|one) /i;
/**
 * "According to the same source, …", "the same officials added": the words point back to a source told before (the claims
 * take its name, creditCardedClaims), no source of their own. Why: the reader saw a card "Same source".
 */
export const SAME_AS_BEFORE = /^the same /i;
/** "the coalition", "the document": "the" and a noun alone, which stands for a source the article described before. */
const BARE_HEAD = /^the [a-z]+$/i;
/** A phrase's words, lower-cased: how every rule here compares a label, a card's name or a title. */
const lowerWords = (phrase: string): string[] => phrase.toLowerCase().split(/\s+/);
const headOf = (label: string): string => lowerWords(label).pop()!;

/** One described source: the labels the article gave it, their head nouns, and what it is. */
interface Entry {
  labels: Set<string>;
  heads: Set<string>;
  source: Described;
}

interface Described {
  kind: MentionKind;
  describes: NonNullable<SourceCard['describes']>;
  /** The key of the body that issued a text or stands behind it ("us intelligence"), one for its text and itself. */
  issuer?: string;
}

/**
 * "authorities", "police", "the police": the one state's body of the place a story is about, a source wherever it
 * speaks; not "officials", "witnesses" or "residents", people of any side.
 */
function bareBody(label: string): Described | null {
  return BARE_BODY.test(label) ? { kind: 'government', describes: 'body' } : null;
}
// "the railways": the state's railway company, the one body whose count a train crash's story rests on. "State police later
// said nine", "local police said": the police of a level of government are as much the one state's body (not "riot police",
// a squad at work, no source).
const BARE_BODY = new RegExp(`^(?:the )?(?:authorities|(?:(?:${[...BODY_LEVELS].join('|')}) )?police|railways)$`, 'i');

/**
 * "the junta confirmed the strikes", "the regime said": the rulers of the country a story is about, of whom it has one, a
 * body the words pick out though they say no more, and a source wherever it speaks. Why: the statement rested on them and
 * the reader saw no card. Not "the government" or "the military", which a story mostly names before or sets beside others.
 */
function rulingBody(label: string): Described | null {
  return RULING_BODY.test(label) ? { kind: 'government', describes: 'body' } : null;
}
const RULING_BODY = /^the (?:ruling )?(?:junta|regime)$/i;

/**
 * "the authorities of the breakaway Varn Republic", "officials of the Kelmor region": a state's body or people, and after
 * "of" the place they govern, picked out as "the authorities in Varn" are, however long the place's words. Why: the count
 * rested on them and the reader saw no card. Not "officials of the ruling party": no place's name follows.
 */
function governingOfPlace(label: string): Described | null {
  const head = OF_PLACE.exec(label)?.[1];
  if (!head) return null;
  return { kind: 'government', describes: head === 'officials' ? 'people' : 'body' };
}
const OF_PLACE = /^(?:[Tt]he )?(authorities|officials|government) of (?:the )?(?:[\p{Ll}-]+ )*\p{Lu}/u;
/**
 * "the regional administration for the Kelm region", "the provincial government for Ostra": a level of government's body, then
 * "for" and the place it governs, picked out as "the authorities of Varn" are (governingOfPlace). Why: the count rested on it
 * and the reader saw no card. Not "the administration for refugees": no place's name follows.
 */
function administrationForPlace(label: string): Described | null {
  const m = FOR_PLACE.exec(label);
  return m && (m[1] === undefined || BODY_LEVELS.has(m[1])) ? { kind: 'government', describes: 'body' } : null;
}
const FOR_PLACE = /^(?:[Tt]he )?(?:(\p{Ll}+) )?(?:administration|authorities|government) for (?:the )?\p{Lu}/u;

/**
 * "Yerevan said …", "according to Ostra": a capital or country of one word the extractor gives as the speaker (a name, so one
 * capitalised word: a common noun opening a sentence comes lower-cased) stands for its government. Why: the word the article
 * gives is the government's, and the reader saw no card.
 */
function capitalGovernment(label: string): Described | null {
  return ONE_NAME.test(label) ? { kind: 'government', describes: 'body' } : null;
}
const ONE_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Media reports said 58 were missing", "according to media reports": the press at large, no outlet the words pick out,
 * a source where it alone gives a count or a quote, as bare "police" are (bareBody). Why: the count rests on its word,
 * and without a card the reader would not see whose.
 */
function bareMedia(label: string): Described | null {
  return BARE_MEDIA.test(label) ? { kind: 'outlet', describes: 'body' } : null;
}
const BARE_MEDIA = /^(?:the )?media$/i;
/** The card reads "Media reports" where the article says the media reported ("Media reports quoting relatives said"). */
const mediaLabel = (label: string, text: string): string => /\bmedia reports\b/i.exec(text)?.[0] ?? label;

/**
 * "Kelmorese media said 30 died …. Media reports said at least 30 had died": the press at large, bare, is the card of the
 * press the article described before or after ("Kelmorese media", "local media"), where it has one, and its bare word
 * ("media") is a form of the card, so the claims it gave are credited to it. Why: the reader saw two cards for one press,
 * and the count under "Media reports" credited to no one. Not where the two give different counts of one thing: then they
 * are two sources, whose counts a row sets side by side.
 */
function pressAtLarge(byKey: Map<string, Entry>, claims: readonly Claim[]): void {
  const [key, entry] = [...byKey].find(([, e]) => [...e.labels].some((l) => BARE_MEDIA.test(l.replace(/ reports$/i, '')))) ?? [];
  if (key === undefined || !entry) return;
  for (const c of claims) if (c.attributedTo === null && c.reportedBy && bareMedia(c.reportedBy)) entry.labels.add(c.reportedBy);
  const press = [...byKey.values()].filter((e) => e !== entry && e.source.kind === 'outlet' && e.heads.has('media'));
  if (press.length !== 1 || countsDiffer(claims, entry.labels, press[0]!.labels)) return;
  for (const label of entry.labels) press[0]!.labels.add(label);
  byKey.delete(key);
}
/** Two sources' labels gave different counts of one thing (by the claims' `about`). */
function countsDiffer(claims: readonly Claim[], one: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  const counts = (labels: ReadonlySet<string>) => {
    const lower = new Set([...labels].map((l) => l.toLowerCase()));
    return claims.filter((c) => c.reportedBy && lower.has(c.reportedBy.toLowerCase())).flatMap((c) => c.figures.filter((f) => f.about !== null).map((f) => [f.about, f.value] as const));
  };
  const theirs = counts(other);
  return counts(one).some(([about, v]) => theirs.some(([a, w]) => a === about && w !== v));
}

/**
 * "Some villagers put the toll at 19", "witnesses said", "other sources said": people of any side, whom the words
 * pick not out, a source only where they alone give a count or a quote (then the reader should see whose word it is).
 * "Economists had expected 90,000 new jobs", "analysts had estimated 8 cents a share": the forecast a result is set against
 * is theirs, and the reader should see it is the forecasters' and no named body's.
 */
function barePeople(label: string): Described | null {
  const words = lowerWords(oneWordWitness(label));
  const head = words[words.length - 1]!;
  if (!(BARE_PEOPLE.has(head) || BARE_FORECASTERS.has(head)) || words.length > MAX_WORDS || words.includes('and') || words.slice(1).some((w) => DETERMINERS.has(w) && !VAGUE.has(w))) return null;
  // Diplomats speak for their governments, as officials do; so do ministers ("ministers claim fewer than 9,000 walked out").
  return { kind: head === 'officials' || head === 'diplomats' || head === 'ministers' ? 'government' : 'organization', describes: 'people' };
}
/**
 * "residents on Marra island said two died", "doctors linked to the strike movement said", "activists and doctors at a Varn
 * clinic have told …": people of any side, or two kinds of them, whom where they are or whom they side with picks out; a
 * source where they alone give a count or a quote, as barePeople's are. Why: the count rested on them, and the reader saw no card.
 */
function placedPeople(label: string): Described | null {
  const placed = PLACED.exec(label);
  if (!placed || label.split(/\s+/).length > MAX_PLACED_WORDS) return null;
  const words = lowerWords(placed[1]!).filter((w) => !DETERMINERS.has(w));
  // The noun before each "and", and the last: each one of people.
  const nouns = words.filter((_, k) => words[k + 1] === 'and' || k === words.length - 1);
  return nouns.every((w) => BARE_PEOPLE.has(w)) ? { kind: 'organization', describes: 'people' } : null;
}

/**
 * "officials and witnesses said 11 died": two kinds of people who gave the count together, one source the reader should
 * see as barePeople's are; the state's only where both are officials. "According to media reports and activists, 60 died":
 * the press at large (bareMedia) is one of the two as well.
 */
function barePeoplePair(label: string): Described | null {
  const [one, other, ...rest] = label.toLowerCase().split(' and ');
  if (other === undefined || rest.length || !pairedPeople(one!) || !pairedPeople(other)) return null;
  return { kind: one === 'officials' && other === 'officials' ? 'government' : 'organization', describes: 'people' };
}
/** One of a pair of bare sources: a kind of bare people, or the media or their reports. */
const pairedPeople = (words: string): boolean => BARE_PEOPLE.has(words) || BARE_MEDIA.test(words.replace(/ reports$/, ''));
const BARE_PEOPLE = new Set(['officials', 'diplomats', 'residents', 'witnesses', 'eyewitnesses', 'locals', 'villagers', 'survivors', 'activists', 'sources', 'doctors', 'medics', 'nurses', 'workers', 'protesters', 'protestors', 'ministers']);
/** Forecasters, a source alone (barePeople) but not one of a pair: "media reports and analysts" name no one who counted. */
const BARE_FORECASTERS = new Set(['analysts', 'economists', 'forecasters']);

/** Nouns of public bodies a description may pick out. */
const GOVERNMENT_HEADS = new Set(['ministry', 'department', 'commission', 'committee', 'council', 'authorities', 'regime', 'junta', 'military', 'army', 'government', 'command', 'coastguard', 'secretariat']);
/**
 * Nouns of other bodies. "the militant group", "the party" mostly stand for a body the article named before, so these
 * count only when introduced ("a wildlife charity") or plural ("ambulance services", "local media outlets").
 */
const OTHER_HEADS = new Map<string, MentionKind>([
  ['charity', 'organization'], ['group', 'organization'], ['services', 'organization'], ['party', 'organization'],
  ['media', 'outlet'], ['outlets', 'outlet'], ['organisations', 'organization'], ['organizations', 'organization'],
  // "63 passengers had burns, according to the information booth": a desk set up to give out an office's counts.
  ['booth', 'organization'],
]);
/** A singular body's noun needs "a" to introduce it: "a wildlife charity said", not "no militant group has". */
const INTRODUCED = new Set(['a', 'an']);
const SINGULAR_HEADS = new Set(['charity', 'group', 'party']);
/** Words that make "the" pick out the one body there is, not one named before: "the main opposition party". */
const ONLY_ONE = new Set(['main', 'ruling', 'largest', 'biggest']);
/**
 * Nouns of a body that stands for the agencies of one trade ("the Kelmor intelligence community"), and of a coalition a
 * description picks out ("the Varn-led coalition", "the Varn-led alliance"); a body's words must come first.
 */
const ALLIANCE_HEADS = new Set(['community', 'coalition', 'alliance']);
/** Words that say what kind of text a body issued, not whose it is ("an unclassified Kelmor intelligence assessment"). */
const TEXT_QUALIFIERS = new Set(['unclassified', 'classified', 'declassified', 'internal', 'confidential', 'leaked', 'draft', 'new', 'latest', 'recent', 'final', 'preliminary', 'initial', 'official']);
/** Nouns of unnamed people who speak for a body: "officials", "a police officer", "security sources". */
const ONE_PERSON = new Set(['official', 'officer', 'source', 'spokesman', 'spokeswoman', 'spokesperson']);
/** A leader "a" introduces ("a community leader"); "the opposition leader" mostly stands for one the article names. */
const INTRODUCED_PERSON = new Set(['leader']);
/**
 * Those who speak for a government ("Varn officials") are its people; sources and workers ("aid workers", "medical
 * workers") are a government's where the words say so.
 */
const PEOPLE = new Set(['officials', 'officers', 'diplomats', 'ministers', 'sources', 'workers']);
const OF_ANY_BODY = new Set(['sources', 'workers']);
const GOVERNMENT_SOURCES = new Set(['government', 'govt', 'official', 'security', 'police', 'army', 'military', 'intelligence']);
/** Words that open a description without picking anything out ("the", "its"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'some', 'one']);
/**
 * Words that rank or count a source without saying whose it is ("two senior officials", "independent sources"); "general"
 * ranks an office ("the General Prosecutor's office … the prosecutor's office said": one office).
 */
const VAGUE = new Set(['other', 'both', 'senior', 'top', 'independent', 'unnamed', 'anonymous', 'several', 'many', 'two', 'three', 'four', 'five', 'main', 'and', 'general']);
const MAX_WORDS = 6;
/** "a source from the Ostra province authorities": where the speakers work takes words of its own past the speaker's. */
const MAX_PLACED_WORDS = 8;
/** Words that make a guard a state's service ("the coast guard", "the national guard"). */
const GUARD_SERVICES = new Set(['coast', 'border', 'national', 'presidential', 'republican', 'revolutionary']);
/**
 * Words that make an agency a public service ("the civil defence agency", "the state disaster agency"); "the prison service",
 * "the fire service": the state's jails and firemen, whose counts of escapes or of homes burned a story rests on.
 * "the regional maritime agency": the state's service at sea, whose count of those pulled from a capsized boat a story rests on.
 */
const PUBLIC_SERVICES = new Set(['defence', 'defense', 'civil', 'protection', 'disaster', 'emergency', 'state', 'federal', 'government', 'relief', 'space', 'environment', 'environmental', 'statistics', 'statistical', 'meteorological', 'weather', 'health', 'security', 'intelligence', 'migration', 'refugee', 'refugees', 'maritime', 'prison', 'prisons', 'penitentiary', 'correctional', 'corrections', 'fire']);
/** A word that says whose the body is: "Varn's", "the prosecutor’s", or many's ("the prosecutors' office"). */
const POSSESSIVE = /\p{L}(?:['’´]s|s['’´])$/u;
const BROADCAST_HEADS = new Set(['radio', 'television', 'tv', 'broadcaster', 'network', 'channel']);
const BRACKETED = / \([^()]*\)/g;
/** A speaker's phrase, then where they work ("a source at the hospital"). */
/** Also where they live ("villagers on Marra island") or whom they side with ("doctors linked to the strike movement"). */
const PLACED = /^(\S.*?) (?:from|at|in|on|(?:linked|allied|close) to) \S/;

/**
 * "an official said", "a witness said": one person the article introduces, whose word it relies on, is a source of its own
 * though the words say no more of whose she is; not "the official", who mostly stands for one named before.
 */
function introducedPerson(label: string): Described | null {
  const [article, ...words] = lowerWords(oneWordWitness(label));
  const noun = words.pop();
  // "a local resident", "a senior official": a word that ranks or places her says no more of whose she is.
  return words.every((w) => VAGUE.has(w) || w === 'local') && INTRODUCED.has(article!) && INTRODUCED_ALONE.has(noun!) ? { kind: 'person', describes: 'person' } : null;
}
/** "an eye witness", "eye witnesses": the eyewitness spelt in two words. */
const oneWordWitness = (label: string): string => label.replace(/\beye (witness(?:es)?)\b/gi, 'eye$1');
/** Not "a source": a word that says nothing of who speaks, a source only where it gives a count (barePeople). */
const INTRODUCED_ALONE = new Set(['official', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'witness', 'eyewitness', 'resident', 'survivor']);

/**
 * "the health ministry", "Sri Lanka's foreign ministry", "Varn officials", "a police officer": a source's noun after at
 * least one word that picks it out; what kind of source, and whether a body, people or one person.
 */
function describedSource(label: string): Described | null {
  const forTask = bodyForTask(label);
  if (forTask) return forTask;
  // "a source from Kelmor hospital", "officials in Varn": where they work picks the speakers out; the noun before it heads the phrase.
  const placed = PLACED.exec(label);
  const words = lowerWords(placed ? placed[1]! : label);
  const head = words[words.length - 1]!;
  // "Field sources in Ostra (Varn) and Kelmor (Brask)": the region in brackets after a place is no word of the phrase's length.
  if ((words.length < 2 && !placed) || label.replace(BRACKETED, '').split(/\s+/).length > (placed ? MAX_PLACED_WORDS : MAX_WORDS)) return null;
  const rest = words.slice(0, -1);
  // "the time the government": a determiner past the first word is another phrase's.
  if (rest.slice(1).some((w) => DETERMINERS.has(w))) return null;
  if (!placed && !rest.some((w) => !DETERMINERS.has(w) && !VAGUE.has(w))) return null;
  // "police and officials", "witnesses and sources": two groups, not one the words pick out.
  if (rest[rest.length - 1] === 'and') return null;
  if (GOVERNMENT_HEADS.has(head)) return { kind: 'government', describes: 'body' };
  // "the coast guard", "Varn's civil defence agency", "the Attorney General's Office": a service whose words say which;
  // not "a security guard" (a person), "the travel agency" or "a regional office" (no public body's).
  const before = rest[rest.length - 1]!;
  if (head === 'guard' && GUARD_SERVICES.has(before)) return { kind: 'government', describes: 'body' };
  if (head === 'agency' && before === 'news') return { kind: 'outlet', describes: 'body' };
  if (head === 'agency' && rest.some((w) => PUBLIC_SERVICES.has(w) || POSSESSIVE.test(w))) return { kind: 'government', describes: 'body' };
  // "the civil protection office", "the state weather office", "the weather service": a public service's office or service, as its agency is;
  // "the government delegation" is the state's office in a region, and so is one.
  if ((head === 'office' || head === 'service' || head === 'delegation') && rest.some((w) => POSSESSIVE.test(w) || PUBLIC_SERVICES.has(w))) return { kind: 'government', describes: 'body' };
  // "the region's emergency housing authority", "the state health authority": one public service's authority.
  if (head === 'authority' && rest.some((w) => PUBLIC_SERVICES.has(w))) return { kind: 'government', describes: 'body' };
  if (head === 'administration' && localAdministration(label)) return { kind: 'government', describes: 'body' };
  // "Kelmor state radio", "Varn state television": a broadcaster its owner picks out.
  if (BROADCAST_HEADS.has(head) && rest.some((w) => !DETERMINERS.has(w) && !VAGUE.has(w))) return { kind: 'outlet', describes: 'body' };
  if (STATEMENT_HEADS.has(head)) return issuedStatement(label);
  if (ISSUED_TEXTS.has(head) || ALLIANCE_HEADS.has(head)) {
    // Whose the text or the community is: the words left past determiners and a text's kind; a body's only where
    // one of them is a name's ("Kelmor", "Varn-led") or a government's trade ("intelligence", "police").
    const original = label.split(/\s+/).slice(0, -1);
    const whose = original.filter((w) => !DETERMINERS.has(w.toLowerCase()) && !TEXT_QUALIFIERS.has(w.toLowerCase()) && !VAGUE.has(w.toLowerCase()));
    const body = whose.some((w) => /^\p{Lu}/u.test(w) || GOVERNMENT_SOURCES.has(w.toLowerCase()));
    if (!body) return null;
    const kind = head === 'coalition' || head === 'alliance' ? 'organization' : 'government';
    return { kind, describes: 'body', issuer: `issuer:${whose.join(' ').toLowerCase()}` };
  }
  if (ONE_PERSON.has(head) || (INTRODUCED_PERSON.has(head) && INTRODUCED.has(rest[0]!))) return { kind: 'person', describes: 'person' };
  if (PEOPLE.has(head)) {
    const theirs = !OF_ANY_BODY.has(head) || rest.some((w) => GOVERNMENT_SOURCES.has(w));
    return { kind: theirs ? 'government' : 'organization', describes: 'people' };
  }
  const kind = OTHER_HEADS.get(head);
  // "Varn's security group": whose it is picks the one body out, as "a" introduces one.
  const introduced = INTRODUCED.has(rest[0]!) || rest.some((w) => ONLY_ONE.has(w) || POSSESSIVE.test(w));
  return kind && (introduced || !SINGULAR_HEADS.has(head)) ? { kind, describes: 'body' } : null;
}

/**
 * "A border source and regional media said the fire began in a depot": two sources the words each pick out on their own, joined
 * by "and", a card each (their words as the article wrote them), not one card of both. Why: the reader saw one outlet
 * "Border source and regional media", a source that is none: one person and a press are never one source. Not "police and
 * officials" or "activists and doctors at a clinic": words that pick no one out alone stay as they were (barePeoplePair,
 * placedPeople); nor two bodies, or two groups of people, which the words may describe together.
 */
function pairedSources(label: string): [string, Described][] | null {
  const halves = label.split(' and ');
  if (halves.length !== 2) return null;
  const pair = halves.map((h) => [h, describedSource(h)] as const);
  // "Varn charities and media outlets counted 31 deaths": two bodies one word may pick out together stay one source.
  return pair.every(([, source]) => source !== null) && pair[0]![1]!.describes !== pair[1]![1]!.describes ? (pair as [string, Described][]) : null;
}

/**
 * "the national institute for hazard planning", "the state office for flood relief": a body's noun and, after "for", what it
 * does, which picks the one body out; the state's where a word says so ("national", "state", a public service's). Why: read to
 * its last word ("management") the label had no body's noun, and the reader saw no card.
 */
function bodyForTask(label: string): Described | null {
  const m = FOR_TASK.exec(label);
  if (!m || label.split(/\s+/).length > MAX_WORDS) return null;
  const words = lowerWords(m[1]!);
  if (!TASK_BODIES.has(words.at(-1)!)) return null;
  const state = lowerWords(label).some((w) => PUBLIC_SERVICES.has(w) || BODY_LEVELS.has(w) || w === 'national');
  return { kind: state ? 'government' : 'organization', describes: 'body' };
}
const FOR_TASK = /^(\S.*?) for \p{Ll}+/u;
/** Nouns of a body named by what it is for. */
const TASK_BODIES = new Set(['institute', 'office', 'agency', 'service', 'centre', 'center', 'directorate', 'commission']);

/**
 * "…, Kelmor radio reported, citing the state disaster agency": the words after "citing" up to punctuation or a word
 * that opens what it is cited for ("as saying", "that"), the body a named channel passed the report on from; or null.
 */
function citedBody(text: string): string | null {
  const cited = CITING.exec(text);
  if (!cited) return null;
  const words = cited[1]!.trim().split(/\s+/);
  const stop = words.findIndex((w) => CITED_FOR.has(w.toLowerCase()));
  return (stop < 0 ? words : words.slice(0, stop)).join(' ') || null;
}
/**
 * The claim has a channel that passed it on: a named source, or a described one ("the statement"). Why: "The statement said
 * 12 died, citing local media" rested on the local press, and the reader saw no card for it.
 */
const relayedBy = (claim: Claim): boolean => claim.attributedTo !== null || claim.reportedBy !== null;
const CITING = /\bciting\s+([^,.;:()"“”—–]+)/u;
const CITED_FOR = new Set(['as', 'that', 'which', 'who', 'and', 'in', 'on', 'at', 'for', 'to', 'with', 'from', 'over', 'after']);

/**
 * "As per a Kelmor Press report, the junta confirmed …", "According to a Varn radio report, the health ministry said …": the
 * subject of the verb after the report's comma, the body whose word the named outlet's report carries; or null.
 */
function relayedSpeaker(text: string): string | null {
  return RELAYED.exec(text)?.[1] ?? null;
}
const RELAYED = /^(?:As per|According to) [^,.;:]{1,60}\breport, ((?:the|a|an) [\p{L}’' -]{1,60}?) (?:has |had |have )?(?:said|says|confirmed|confirms|announced|denied|claimed|reported|stated)\b/u;

/**
 * "according to a military statement", "a Varn police statement said": a statement whose words say which state's body
 * issued it (its trade, a place's name) is that body's word, one source with the body where the article also quotes it
 * ("the military said"). Why: the quote or count rests on the body, and without a card the reader would not see it; not
 * "a joint statement" or "a press release", which say no one's.
 */
function issuedStatement(label: string): Described | null {
  const whose = label.split(/\s+/).slice(0, -1).filter((w) => !DETERMINERS.has(w.toLowerCase()) && !TEXT_QUALIFIERS.has(w.toLowerCase()) && !VAGUE.has(w.toLowerCase()) && !STATEMENT_KINDS.has(w.toLowerCase()));
  const body = whose.length > 0 && whose.some((w) => /^\p{Lu}/u.test(w) || GOVERNMENT_SOURCES.has(w.toLowerCase()) || GOVERNMENT_HEADS.has(w.toLowerCase()));
  return body ? { kind: 'government', describes: 'body', issuer: reporterKey(whose.join(' '))! } : null;
}
/** Nouns of a statement a body issues; "post" and "tweet" also name a place and a bird's call too often to pick a body out. */
const STATEMENT_HEADS = new Set(['statement', 'release']);
/** Words that say how a statement was issued, not by whom ("a joint press release"). */
const STATEMENT_KINDS = new Set(['press', 'joint', 'written', 'brief', 'short', 'separate', 'further']);

/**
 * "the Kelmor administration", "the Varn region administration", "the city administration": a government of a place, the
 * place's name or a level of government before the noun; not "the hospital administration", a body of no state's.
 */
function localAdministration(label: string): boolean {
  const before = label.split(/\s+/).slice(0, -1).filter((w) => !DETERMINERS.has(w.toLowerCase()));
  return before.length > 0 && before.some((w) => /^\p{Lu}/u.test(w) || BODY_LEVELS.has(w.toLowerCase()));
}

/**
 * "two United Nations sources said", "Kelmor Mining officials said": a description that holds the name of a body the
 * article names is that body's people speaking for it. The named body is cited (its card moves up among the sources,
 * saying who it is where the packs know it), and no second card stands for it. Why: the reader saw the United Nations
 * under "Named, not cited" beside a card for its unnamed sources. One unnamed person the article names right after gets
 * no card either (namedPerson). The named card takes the description's words among its forms ("the government" under
 * "Varn's government"), so the claims the description gave are credited to it (creditCardedClaims).
 */
export function creditNamedBodies(sources: readonly SourceCard[], described: readonly SourceCard[]): SourceCard[] {
  const out = [...sources];
  const unnamed: SourceCard[] = [];
  const absorbed: [number, SourceCard][] = [];
  for (const card of described) {
    if (namedPerson(sources, card)) continue;
    if (BARE_COMPANY.test(card.describedAs!)) { creditEmployer(out, card); continue; }
    // "Varn police said …; police said 40 died": the bare word is the named body that holds it, cited, with no second card.
    if (BARE_BODY.test(card.describedAs!) || BARE_FORCES.test(card.describedAs!) || BARE_GOVERNMENT.test(card.describedAs!)) {
      const word = headOf(card.describedAs!);
      const words = FORCES_WORDS.has(word) ? FORCES_WORDS : new Set([word]);
      const holder = out.findIndex((s) => s.kind !== 'person' && s.kind !== 'place' && lowerWords(s.name).some((w) => words.has(w)) && holdsBranch(s.name, card.describedAs!));
      if (holder >= 0) {
        out[holder] = { ...out[holder]!, cited: true };
        // "police said …" beside the "Varn Police" union: the bare word is a state's body, the union no voice of it.
        if (out[holder]!.kind === card.kind) absorbed.push([holder, card]);
        continue;
      }
      // "police said Sunday …; Varn state police spokesman Bo Lund said …": a cited person whose title holds the word
      // speaks for that body, and his card already says so.
      if (out.some((s) => s.kind === 'person' && s.cited && !!s.role && lowerWords(s.role).includes(word))) continue;
    }
    const i = out.findIndex((s) => s.kind !== 'person' && s.kind !== 'place' && !adjectiveOf(s, card) && !whereTheyAre(s, card) && !governedPlace(s, card) && [s.name, ...s.forms].some((f) => wordSpans(card.describedAs!, f, 1).length > 0));
    if (i < 0) unnamed.push(card);
    else out[i] = { ...out[i]!, cited: true };
    if (i >= 0) absorbed.push([i, card]);
  }
  // Only now: a description folded in must not make the named card hold the next one's words.
  for (const [i, card] of absorbed) out[i] = { ...out[i]!, forms: [...new Set([...out[i]!.forms, ...card.forms])] };
  // "…, Varnian authorities said": the adjective the extractor read as a name is the described card's word, no source of its own.
  return [...out.map((s) => (s.cited && unnamed.some((card) => adjectiveOf(s, card)) ? { ...s, cited: false } : s)), ...unnamed];
}

/**
 * "The carrier said 40,000 card numbers were stolen. … Brask Air chief executive Ana Ruiz said …": "the" and a company's noun
 * that alone gives a count or a quote, which the extractor could not tie to a company (the packs did not know the name's kind),
 * stands for the one named body a cited person's title says she leads or speaks for; that body is cited, and the noun gets no
 * card of its own (none at all where no such body is, or two are). Why: the airline's counts rested on it, and the reader saw
 * it only among the names not cited.
 */
function bareCompany(label: string): Described | null {
  return BARE_COMPANY.test(label) ? { kind: 'organization', describes: 'body' } : null;
}
const BARE_COMPANY = new RegExp(`^the (?:${[...COMPANY_NOUNS, 'carrier'].join('|')})$`, 'i');

/** Cites the one body named in a cited person's company title ("CEO of Brask Air", "Brask Air chief executive"), if one. */
function creditEmployer(out: SourceCard[], card: SourceCard): void {
  const employers = new Set<number>();
  for (const person of out) {
    if (person.kind !== 'person' || !person.cited || !person.role || !lowerWords(person.role).some((w) => COMPANY_TITLES.has(w))) continue;
    out.forEach((s, i) => (s.kind === 'organization' || s.kind === 'other') && wordSpans(person.role!, s.name, 1).length > 0 && employers.add(i));
  }
  const [only] = employers;
  if (employers.size === 1 && only !== undefined) out[only] = { ...out[only]!, cited: true, forms: [...out[only]!.forms, card.describedAs!] };
}
/** Words of a title someone holds in a company. */
const COMPANY_TITLES = new Set(['chief', 'ceo', 'executive', 'chairman', 'chairwoman', 'chairperson', 'president', 'founder', 'spokesperson', 'spokesman', 'spokeswoman', 'cfo', 'coo', 'cto', 'boss']);

/**
 * "Field sources in Ostra and Kelmor": a name the extractor could not tell the kind of, standing after "in" in the description,
 * is where the speakers are, not a body they speak for (as "two United Nations sources" are its people).
 */
const whereTheyAre = (named: SourceCard, card: SourceCard): boolean => {
  const placed = PLACED.exec(card.describedAs!);
  return named.kind === 'other' && placed !== null && / in /.test(card.describedAs!.slice(placed[1]!.length, placed[1]!.length + 4)) && [named.name, ...named.forms].every((f) => !wordSpans(placed[1]!, f, 1).length);
};

/**
 * "the authorities of the breakaway Varn Republic": a name the extractor could not tell the kind of, after "of" in a state
 * body's description, is the place they govern, not a body they speak for: the described card stays.
 */
const governedPlace = (named: SourceCard, card: SourceCard): boolean => named.kind === 'other' && OF_PLACE.test(card.describedAs!);

/** "Varnian authorities": a people's adjective no pack knows, read as a name, is a word of the description, no body its people speak for. */
const adjectiveOf = (named: SourceCard, card: SourceCard): boolean =>
  named.entity === null && isPeoplesAdjective(named.name) && lowerWords(card.describedAs!).includes(named.name.toLowerCase());

/**
 * "… a landslide killed 30 villagers, a police official said. Police Commander Bo Lund in Varn province said …": one unnamed
 * person whose description's words all stand in the title of a person the article names right after is that person, who
 * has a card of his own. Why: the reader saw two cards for one man.
 */
function namedPerson(sources: readonly SourceCard[], card: SourceCard): boolean {
  const at = card.firstSpan;
  if (card.describes !== 'person' || !at) return false;
  const words = lowerWords(card.describedAs!).slice(0, -1).filter((w) => !DETERMINERS.has(w) && !VAGUE.has(w));
  return words.length > 0 && sources.some((s) => {
    const title = s.kind === 'person' && s.role && s.firstSpan && s.firstSpan.start > at.end && s.firstSpan.start - at.end <= NAMED_AFTER_REACH ? lowerWords(s.role) : null;
    return title !== null && words.every((w) => title.includes(w));
  });
}
/** How far after the description the person it stands for may be named: the next sentence or two. */
const NAMED_AFTER_REACH = 300;

/**
 * "according to a Kelmorese study published in May", "a recent Varn survey found": a study whose country or maker the words
 * give is the source of what it found, its authors unnamed. Not "a study" or "a new poll": words that pick out no one.
 */
function placedStudy(label: string): Described | null {
  const words = label.split(/\s+/);
  const head = words.at(-1)!.toLowerCase();
  if (!STUDY_NOUNS.has(head) || words.length > MAX_WORDS) return null;
  return words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase())) ? { kind: 'organization', describes: 'body' } : null;
}

/**
 * "mayors and envoys of the state government in the burned villages", "aides of the federal government in Varn": people
 * a government's noun says whose they are, where they are, too many words for a description of its own, speak for it.
 */
function governmentsPeople(label: string): Described | null {
  const [, whose] = GOVERNMENTS_PEOPLE.exec(label) ?? [];
  return whose !== undefined && GOVERNMENT_HEADS.has(whose.toLowerCase()) && label.split(/\s+/).length <= MAX_GOVERNMENTS_PEOPLE_WORDS ? { kind: 'government', describes: 'people' } : null;
}
const GOVERNMENTS_PEOPLE = /^(?:the\s+)?\p{L}+s(?:\s+and\s+\p{L}+s)?\s+(?:of|for)\s+the\s+(?:\p{Ll}+\s+){0,3}(\p{Ll}+)(?:\s+(?:in|at|from)\s+.+)?$/u;
const MAX_GOVERNMENTS_PEOPLE_WORDS = 14;

/**
 * "Private radio and television channels put the toll at 40", "local TV stations said": outlets of a kind, a plural noun
 * after words that say which, as "local media outlets" are. Why: the count rested on them and the reader saw no card. Not
 * "the channels" or "two channels": no word says which.
 */
function pluralOutlets(label: string): Described | null {
  return pluralOf(label, PLURAL_OUTLETS) ? { kind: 'outlet', describes: 'body' } : null;
}
const PLURAL_OUTLETS = new Set(['channels', 'stations', 'broadcasters', 'networks']);

/**
 * "aid groups said 64 were missing", "rival parties' groups counted 38 dead": groups of a kind, a source only where they
 * alone give a count or a quote, as bare people are (barePeople); "environmental groups asked the city …" is a side in
 * the story, no source.
 */
function pluralGroups(label: string): Described | null {
  return pluralOf(label, PLURAL_GROUPS) ? { kind: 'organization', describes: 'body' } : null;
}
const PLURAL_GROUPS = new Set(['groups', 'organizations', 'organisations']);

/**
 * "a regional group of aid organisations said 64 were missing", "a collective of rights groups in Ostra said": a group's noun
 * and, after "of", groups of a kind (pluralGroups), maybe where they are, one source where it alone gives a count or a quote,
 * as the groups are. Why: the words of the group and of its groups are more than a description's (MAX_WORDS), and the toll
 * rested on it with no card. Not "a group of residents": people, no body.
 */
function groupOfGroups(label: string): Described | null {
  const [, groups] = GROUP_OF.exec(PLACED.exec(label)?.[1] ?? label) ?? [];
  return groups !== undefined && pluralOf(groups, PLURAL_GROUPS) ? { kind: 'organization', describes: 'body' } : null;
}
/**
 * "a regional alliance of farm organisations said …; the alliance said …": the group's noun is the card's too, so "the" and it
 * later stand for the group, not for the organisations it gathers. Why: the group's later words went to no card.
 */
const groupNoun = (label: string): string[] => (groupOfGroups(label) ? [GROUP_NOUN.exec(label)![1]!.toLowerCase()] : []);
const GROUP_NOUN = /\b(group|collective|coalition|alliance|network|federation) of /i;
const GROUP_OF = /^(?:an? |the )?(?:[\p{Ll}-]+ )?(?:group|collective|coalition|alliance|network|federation) of ([\p{L}' -]+)$/u;

/**
 * "Other Kelmorese reports said four died", "local reports said": the reports of a people's or a place's press, a source
 * where they alone give a count or a quote, as bare "media reports" are (bareMedia); not "other reports" or "initial
 * reports", whose words say when or how many, not whose.
 */
function pluralReports(label: string): Described | null {
  const words = label.split(/\s+/);
  const whose = words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) || LOCAL_PRESS.has(w));
  return whose && pluralOf(label, REPORTS) ? { kind: 'outlet', describes: 'body' } : null;
}
const REPORTS = new Set(['reports']);
const LOCAL_PRESS = new Set(['local', 'state', 'regional']);

/**
 * "according to local news reports", "regional media reports said": the reports of a press its words say whose, a source
 * wherever it speaks, as "local media" are (describedSource). Why: the claim rested on the local press, and the reader saw
 * no card. Not "news reports" or "initial press reports": no word says whose.
 */
function pressReports(label: string): Described | null {
  const words = lowerWords(label);
  return words.length <= MAX_WORDS && words.at(-1) === 'reports' && PRESS_WORDS.has(words.at(-2)!) && words.slice(0, -2).some((w) => LOCAL_PRESS.has(w)) ? { kind: 'outlet', describes: 'body' } : null;
}
const PRESS_WORDS = new Set(['news', 'media', 'press']);

/** The label is a plural noun of `heads` after words that say which ("press freedom groups"), not only "the", "two", "other". */
function pluralOf(label: string, heads: ReadonlySet<string>): boolean {
  const words = lowerWords(label);
  if (!heads.has(words.pop()!) || words.length >= MAX_WORDS || words.includes('and') && !words.every((w, k) => w !== 'and' || BROADCAST_HEADS.has(words[k + 1]!))) return false;
  return words.some((w) => !DETERMINERS.has(w) && !VAGUE.has(w));
}

/**
 * "The army had reported 200 people missing", "the military said it killed 100 gunmen": the country's forces, bare, where
 * they alone give a count or a quote, as bare "police" do (bareBody); where they only say something they mostly stand for
 * forces the article names or sets beside others. A named body holding the word ("the Varn Army") is their card
 * (creditNamedBodies). "The air force says 90 were on board", "the navy said 12 sailors were missing": a branch of them
 * is as bare, as much the one force the story turns on. Why: the air force gave both counts and the reader saw no card.
 */
function bareForces(label: string): Described | null {
  return BARE_FORCES.test(label) ? { kind: 'government', describes: 'body' } : null;
}
const BARE_FORCES = /^(?:the )?(?:army|military|air force|navy)$/i;
/** "the air force" is held by "the Varn Air Force", not by "the Kelmor Task Force": a branch's whole words, where it has two. */
const holdsBranch = (name: string, label: string): boolean => !/ force$/i.test(label) || /\bair force\b/i.test(name);
/**
 * "The government has reported nine deaths", "the administration says there have been six deaths": the state's government,
 * bare, where it alone gives a count or a quote, as bare "army" does (bareForces); where it only says something it mostly
 * stands for a government the article names or sets beside others. A named body holding the word ("the Varn government")
 * is its card (creditNamedBodies). Why: the count rested on it and the reader saw no card.
 */
function bareGovernment(label: string): Described | null {
  return BARE_GOVERNMENT.test(label) ? { kind: 'government', describes: 'body' } : null;
}
const BARE_GOVERNMENT = /^the (?:government|administration)$/i;
/**
 * "Official government figures show only 31 died", "government data claims that six died": the government's own figures, as
 * bare, a source where they alone give a count, as the bare government is (bareGovernment). Why: the count the story sets
 * against an unofficial one rested on the government, and the reader saw no card. Not "police figures": no word of them here.
 */
function governmentFigures(label: string): Described | null {
  return GOVERNMENT_FIGURES.test(label) ? { kind: 'government', describes: 'body' } : null;
}
/** The card of the government's figures is named by the body, as a text's card is by its issuer ("Government"). */
const figuresBody = (name: string): string => (GOVERNMENT_FIGURES.test(name) ? lowerWords(name).at(-2)! : name);
const GOVERNMENT_FIGURES = /^(?:the )?(?:official )?(?:government|administration) (?:figures|data|statistics)$/i;
/** "The military said" after "the Varn army": one force, either word. */
const FORCES_WORDS: ReadonlySet<string> = new Set(['army', 'military']);

/**
 * "the unions claimed 40,000 marched", "organisers said 12,000 took part", "union leaders put the turnout at 90,000": the unions
 * or the organisers of a march, bare, where they alone give a count or a quote, as bare "police" do (bareBody): one side of the
 * count of a crowd the story sets against the police's. "Union leaders" and "union officials" speak for the unions, one card;
 * "union organisers" are the march's organisers, and so are "the rally's organisers" (the possessive names the same event).
 */
function bareOrganisers(label: string): Described | null {
  const m = BARE_ORGANISERS.exec(label);
  if (!m) return null;
  return { kind: 'organization', describes: 'body', issuer: m[1] ? 'issuer:organisers' : 'issuer:unions' };
}
// "The three biggest unions said 80 per cent stayed away": words that count or rank the unions still pick out no one else.
const BARE_ORGANISERS = /^(?:the )?(?:(?:(?:union|rally|march|protest|strike|demonstration|parade)(?:['’]s)? )?(organi[sz]ers)|(?:(?:two|three|four|main|major|largest|biggest) ){0,2}unions|(?:trade )?union (?:leaders|officials))$/i;

/**
 * "Local officials, including the Varn mayor Ana Ruiz, said 24 died": a described group that opens the sentence, one of
 * whom the article names in an aside, and the verb of telling after the aside; the group's words, or null. The named
 * member has the claim; the group spoke with him. Why: the reader saw only the one man's card for the whole group's word.
 */
function includingSpeaker(text: string): string | null {
  const found = INCLUDING.exec(text)?.[1];
  return found && found.split(/\s+/).length <= MAX_WORDS ? found : null;
}
const INCLUDING = /^(?:\p{L}+, )?((?:[Tt]he )?[\p{L}-]+(?: [\p{L}-]+){0,4}), including [^,;:.]{1,80}, (?:have |has |had )?(?:said|say|says|told|reported|confirmed|put|estimated)\b/u;

/**
 * "A doctor had earlier said that 40 villagers died": one person the article introduces by her trade alone, a source
 * where she alone gives a count or a quote, as bare people are (barePeople); introducedPerson gives a card wherever they
 * speak only to those whose trade is to speak for others or to have seen (an official, a witness).
 */
function introducedCounter(label: string): Described | null {
  // "a government doctor", "a govt doctor": a word saying whose service she is in still picks out one person of a trade.
  const [, whose, trade] = INTRODUCED_ONE.exec(label) ?? [];
  if (whose !== undefined && !GOVERNMENT_SOURCES.has(whose.toLowerCase())) return null;
  // "according to a study published …": "a study" is no one's trade.
  return trade !== undefined && PERSON_NOUNS.has(trade.toLowerCase()) ? { kind: 'person', describes: 'person' } : null;
}
const INTRODUCED_ONE = /^(?:an?|one) (?:([a-z]+) )?([a-z]+)$/i;

/**
 * "A farmers' rights group said 40 died. … The Ostra League for Farmers' Rights added that 12 were missing": a body the
 * article introduces by description ("a …", "an …"), then names, is that named body, one card, which takes the described
 * one's words among its forms (its claims are then credited to it, creditCardedClaims). The named body is the first one
 * named after the description that shares a word of it past its noun ("rights"), named in the next sentences, or giving
 * one of its counts again. Why: the reader saw two cards for one group, and its count credited to neither. Not where the
 * two give different counts of one thing: then they are two sources, whose counts a row sets side by side.
 */
export function namedAfterDescribed(cards: readonly SourceCard[], claims: readonly Claim[]): SourceCard[] {
  const out = [...cards];
  for (const card of cards) {
    if (card.describes !== 'body' || card.kind !== 'organization' || !card.firstSpan || !INTRODUCED.has(lowerWords(card.describedAs!)[0]!)) continue;
    const words = lowerWords(card.describedAs!).slice(0, -1).filter((w) => !DETERMINERS.has(w) && !VAGUE.has(w) && !SCOPE.has(w));
    const at = card.firstSpan;
    const named = out.find((s) => s.cited && !s.describedAs && (s.kind === 'organization' || s.kind === 'other') && s.firstSpan && s.firstSpan.start > at.end && lowerWords(s.name).some((w) => words.includes(w)));
    if (!named) continue;
    const counts = (by: (c: Claim) => boolean) => claims.filter(by).flatMap((c) => c.figures.filter((f) => f.about !== null).map((f) => [f.about, f.value] as const));
    const labels = new Set(card.forms.map((f) => f.toLowerCase()));
    const its = counts((c) => c.attributedTo === null && !!c.reportedBy && labels.has(c.reportedBy.toLowerCase()));
    const theirs = counts((c) => c.attributedTo === named.name);
    if (its.some(([about, v]) => theirs.some(([a, w]) => a === about && w !== v))) continue;
    const near = named.firstSpan!.start - at.end <= NAMED_AFTER_REACH;
    if (!near && !its.some(([about, v]) => theirs.some(([a, w]) => a === about && w === v))) continue;
    const i = out.indexOf(named);
    out[i] = { ...named, count: named.count + card.count, forms: [...new Set([...named.forms, ...card.forms])] };
    out.splice(out.indexOf(card), 1);
  }
  return out;
}
