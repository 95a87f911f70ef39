import { BODY_HEADS, BODY_LEVELS, PORTFOLIO_WORDS } from '../extract/lexicon';
import { brandOnly } from './brand-names';
import { creditedInDateline } from '../extract/names/institution-cues';
import { firstFrom } from '../extract/ranges';
import { FUNCTION, PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, SPOKESNOUN, VERB_FILLER, wordClass } from '../extract/wordclass';
import type { Claim, Extraction, Mention, Span } from '../extract/types';

/**
 * The names an article cites, as opposed to those it only mentions (a party a politician belongs to,
 * a hospital the wounded were taken to, a rebel group a toll is about, a president a story is about):
 * a claim is attributed to the name or to a name it is listed with ("A and B said"), it is an outlet (a news outlet named in a report is its source or
 * its credit), or it is the body a cited name speaks for ("said Anna Varn, director at the Ostra
 * Health Board"; "Kelmor army spokesman Bo Lund said"). Whether a known entity keeps its card anyway is
 * the caller's choice: its card says who it is.
 */
export function citedMentions({ mentions, claims }: Extraction, text: string): Set<Mention> {
  const told = claims.filter((c) => !toldNothing(c, mentions, text));
  const speakers = new Set(told.map((c) => c.attributedTo));
  // "“… the Varn Times can now only print on weekdays,” she said": an outlet named only inside someone's quotation is
  // what the speaker talks about, no credit of the report.
  const quotes = claims.filter((c) => c.kind === 'quote').map((c) => c.span);
  const quotedOnly = (m: Mention) => m.spans.every((s) => quotes.some((q) => q.start <= s.start && s.end <= q.end));
  // "MEXICO CITY (KNA) — …": the wire credited in the dateline filed the story; it is no source inside it.
  const filedOnly = (m: Mention) => m.spans.every((s) => creditedInDateline(text, s.start, s.end));
  const cited = new Set(mentions.filter((m) => (m.kind === 'outlet' && !quotedOnly(m) && !filedOnly(m) && !kinOnly(text, m) && !partnerOnly(text, m) && !hostOnly(text, m) && !ownPageOnly(text, m)) || speakers.has(m.name)));
  for (const m of coSpeakers(mentions, told, text)) cited.add(m);
  for (const m of listedAfterCue(mentions, told, text)) cited.add(m);
  for (const m of jointAuthors(mentions, text)) cited.add(m);
  // "Secretary-General Ana Ruiz “strongly condemns the attack”, according to her spokesman": the quoted stance is hers, the spokesman relays it.
  for (const m of mentions) if (m.kind === 'person' && m.spans.some((s) => QUOTED_STANCE.test(text.slice(s.end, s.end + STANCE_REACH)))) cited.add(m);
  // The subject of a reporting verb ("…, with Kelmor TV saying there had been no attack"), a name a cue cites ("according
  // to KTA"), a person an outlet quoted, a name whose claim the article tells: cited, though the claim went to another
  // name or to none. So are the names listed with such a subject.
  const subjects: number[] = [];
  for (const m of mentions) {
    if (m.kind === 'place') continue;
    const cue = (s: Span) => (citedBefore(text, s, m.kind) && !variedFigures(text, s)) || (m.kind === 'person' && quotedAsSaying(text, s)) || CLAIM_AFTER.test(text.slice(s.end, s.end + CLAIM_REACH)) || criedAfterQuote(text, s, m.kind);
    const before = subjects.length;
    for (const s of m.spans) if (verbSubject(text, s, m.kind)) subjects.push(s.start);
    if (subjects.length > before || m.spans.some(cue)) cited.add(m);
  }
  for (const m of listedSubjects(mentions, subjects, text)) cited.add(m);
  for (const m of statedByTitle(mentions, text)) cited.add(m);
  const spans = [...cited].flatMap((m) => m.spans.map((s) => ({ ...s, person: m.kind === 'person' }))).sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    // "said Ana Ruiz at the Kelmor Summit": an event is where a person spoke, no body she speaks for.
    if (!cited.has(m) && m.kind !== 'place' && m.kind !== 'event' && m.spans.some((b) => speaksFor(text, spans, b, writtenAsParty(text, m)) && !placeOfBody(text, b.end))) cited.add(m);
  }
  for (const m of cited) if (followerOnly(text, m) || brandOnly(text, m)) cited.delete(m);
  return cited;
}

/**
 * "KTV sister network KTV Ostra reported": an outlet written only to say whose kin the reporting outlet is credits no report of
 * its own.
 */
const kinOnly = (text: string, m: Mention): boolean => m.spans.every((s) => KIN_AFTER.test(text.slice(s.end, s.end + 40)));
const KIN_AFTER = /^(?:['’]s)?\s+(?:sister|parent|partner|affiliate)\s+(?:network|channel|station|paper|newspaper|publication|outlet|site|broadcaster|company)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "the bloc may need Kelmor Now as a partner in government": a name written only as the partner a party would
 * govern or ally with is a party, though an outlet bears the same name; it reports nothing here.
 */
const partnerOnly = (text: string, m: Mention): boolean => m.spans.every((s) => PARTNER_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start)));
const PARTNER_BEFORE = /\b(?:coalition|alliance|pact|power-sharing deal)(?: government)? with (?:the )?$/;

/** A quotation right after a person's name opening with her verb in the present ("Ana Ruiz “strongly condemns …”"). */
const QUOTED_STANCE = /^\s*["“](?:[a-z]+ly\s+)?(?:condemns|welcomes|deplores|regrets|rejects|denies|supports|urges|calls|demands|insists|says|warns|stresses|remains)\b/;
const STANCE_REACH = 40;

/**
 * "As per Kelmor Radio, the Ostra Herald and Varn Free Press, 50 died": the names listed after the one a source cue opens
 * with share the claim that went to the first; each is cited. Why: the reader saw the second and third sources as only named.
 */
function listedAfterCue(mentions: readonly Mention[], claims: Extraction['claims'], text: string): Set<Mention> {
  const found = new Set<Mention>();
  for (const claim of claims) {
    const speaker = mentions.find((m) => m.name === claim.attributedTo);
    const opening = speaker?.spans.find((s) => s.start >= claim.span.start && s.end <= claim.span.end && CUE_BEFORE.test(text.slice(Math.max(0, s.start - CUE_REACH), s.start)));
    let end = opening?.end;
    // "according to Ostrastat, the Union's statistics office", "the Ministry of Ports, Fisheries and Energy": a list closes
    // with "and" before its last name; a chain that does not is an apposition or a name's own words.
    const listed: Mention[] = [];
    let closed = false;
    while (end !== undefined) {
      const from = end;
      const next = mentions.flatMap((m) => (m.kind === 'place' || m === speaker ? [] : m.spans.map((s) => ({ s, m })))).find(({ s }) => s.start > from && s.end <= claim.span.end && CUE_LIST_JOINER.test(text.slice(from, s.start)));
      end = next?.s.end;
      if (next) listed.push(next.m), (closed = /\band\b/.test(text.slice(from, next.s.start)));
    }
    if (closed) for (const m of listed) found.add(m);
  }
  return found;
}
/** A source cue right before a name: "As per", "according to" (and "the"). */
const CUE_BEFORE = /\b(?:[Aa]s per|[Aa]ccording to)\s+(?:[Tt]he\s+)?$/;
const CUE_REACH = 20;
/** What joins one listed source to the next: a comma or "and", maybe both, and maybe "the". */
const CUE_LIST_JOINER = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:[Tt]he\s+)?$/;

/**
 * "Observers from Ostra (OS), as well as Varn and Kelmor, said …", "A's Bo Lund and B's Ana Ruiz also hailed …": a claim
 * has one speaker, the name the verb follows, but the names listed with it before it in the claim speak too.
 */
function coSpeakers(mentions: readonly Mention[], claims: Extraction['claims'], text: string): Set<Mention> {
  const byName = new Map(mentions.map((m) => [m.name, m]));
  const found = new Set<Mention>();
  for (const claim of claims) {
    const speaker = claim.attributedTo === null ? undefined : byName.get(claim.attributedTo);
    if (!speaker) continue;
    // "Ostra Aid (OA) and the Varn Council warned about “…”": a quotation's speakers are named outside it, in its paragraph.
    const range = claim.kind === 'quote' ? paragraphAround(text, claim.span) : claim.span;
    const inClaim = (s: Span) => s.start >= range.start && s.end <= range.end;
    // The speaker's own neighbour must be joined by "and" ("Regarding the treaty, X said" lists nothing); names before it may be by commas.
    let heads = speaker.spans.filter((s) => inClaim(s) && verbFollows(text, s.end)).map((s) => titleStart(text, s.start));
    let joiner = JOINED_BEFORE;
    while (heads.length) {
      const next: number[] = [];
      for (const m of mentions) {
        if (m === speaker || m.kind === 'place' || found.has(m)) continue;
        const listed = m.spans.find((b) => inClaim(b) && heads.some((h) => h > b.end && h - b.end <= LIST_REACH && joiner.test(text.slice(b.end, h))));
        if (listed) {
          found.add(m);
          next.push(titleStart(text, listed.start));
        }
      }
      heads = next;
      joiner = LISTED_BEFORE;
    }
  }
  return found;
}

/** The paragraph a span stands in. */
function paragraphAround(text: string, span: Span): Span {
  const end = text.indexOf('\n', span.end);
  return { start: text.lastIndexOf('\n', span.start - 1) + 1, end: end < 0 ? text.length : end };
}

/**
 * "The Speaker of the Ostra Assembly, Ana Ruiz, visited Kelm after the fire. A statement by the Speaker asked …": a statement the
 * text credits to a title is the word of the last person it named with that title, who is cited though no verb of telling
 * follows her name.
 */
function statedByTitle(mentions: readonly Mention[], text: string): Mention[] {
  const found: Mention[] = [];
  for (const cue of text.matchAll(STATEMENT_BY_TITLE)) {
    const title = cue[1]!;
    if (!(wordClass(title.toLowerCase()) & ROLE_HEAD)) continue;
    const titled = new RegExp(String.raw`\b(?:the\s+)?${title}(?:\s+of\s+[^,.;:!?"“”]{1,60})?(?:,\s+|\s+)$`, 'iu');
    const apposed = new RegExp(String.raw`^,\s+(?:the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,3}${title}\b`, 'iu');
    const hasTitle = (sp: Span) => titled.test(text.slice(Math.max(0, sp.start - TITLED_REACH), sp.start)) || apposed.test(text.slice(sp.end, sp.end + TITLED_REACH));
    let last: { m: Mention; at: number } | null = null;
    for (const m of mentions) {
      if (m.kind !== 'person') continue;
      for (const sp of m.spans) if (sp.end <= cue.index && (!last || sp.start > last.at) && hasTitle(sp)) last = { m, at: sp.start };
    }
    if (last) found.push(last.m);
  }
  return found;
}
const STATEMENT_BY_TITLE = /\bstatement\s+(?:issued\s+)?(?:by|from)\s+the\s+(\p{L}+)\b/gu;
const TITLED_REACH = 80;

/**
 * "Ana Ruiz (the foreign minister), Bo Lund (the first deputy) and Eva Varn (the home commissioner) released a statement": the
 * names listed before the subject of a verb of speech, each past a title in brackets, speak with it. The name right before the
 * subject must be joined by "and" ("In Kelmor, Ana Ruiz said" lists nothing); names before it may be by commas.
 */
function listedSubjects(mentions: readonly Mention[], subjects: readonly number[], text: string): Mention[] {
  if (!subjects.length) return [];
  const spans = mentions.flatMap((m) => (m.kind === 'place' ? [] : m.spans.map((s) => ({ ...s, m })))).sort((a, b) => b.start - a.start);
  // Where a listed name starts, and whether a comma may join the name before it.
  const heads = new Map(subjects.map((at) => [at, false]));
  const found: Mention[] = [];
  for (const s of spans) {
    const at = pastBracketedTitle(text, s.end);
    const joiner = LIST_JOINER.exec(text.slice(at, at + LIST_REACH));
    const next = joiner ? heads.get(at + joiner[0].length) : undefined;
    if (next === undefined || (!joiner![1] && !next)) continue;
    heads.set(s.start, true);
    found.push(s.m);
  }
  return found;
}
const LIST_JOINER = /^(?:,\s+|,?\s+(and)\s+)/;

/** Where what is said of a name starts, past a title in brackets after it ("Ana Ruiz (the home affairs commissioner) said"). */
function pastBracketedTitle(text: string, end: number): number {
  const bracket = TITLE_IN_BRACKETS.exec(text.slice(end, end + VERB_REACH));
  const head = bracket?.[1]!.match(WORDS)?.pop()?.toLowerCase();
  return head !== undefined && wordClass(head) & ROLE_HEAD ? end + bracket![0].length : end;
}
const TITLE_IN_BRACKETS = /^\s*\(([^()]{1,80})\)/;

/**
 * Whether a name is the subject of the reporting verb after it: right after it, past a short form in brackets and words such as
 * "also", or past an apposition between commas that ends in a title ("Ana Ruiz, Kelmor's spokesman, said"). Not past a comma
 * otherwise: "the group Kelmor, said" and "Ostra, Ana Ruiz, said" hold another subject.
 */
function verbSubject(text: string, { start, end }: Span, kind: Mention['kind']): boolean {
  // "The head of Varn told KTV", "Ana Ruiz the Commissioner for Varn told": a name of no known kind after "of" is where
  // the speaker is from, not the speaker.
  if (kind === 'other' && OBJECT_OF.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (ofThingBefore(text, start)) return false;
  // "Kelmor Civil Defence authorities have reported": the body's people speak for it.
  // "Ostra Works (OW) were able to confirm three more bodies": what a body could confirm it says.
  let rest = text.slice(pastBracketedTitle(text, end), end + VERB_REACH).replace(SHORT_FORM, '').replace(BODY_PEOPLE, '').replace(ABLE_TO, ' ').replace(CITED_AS, ' ');
  // "Ana Ruiz the District Commissioner for Varn told KTV": a title with no commas round it.
  const title = kind === 'person' || kind === 'other' ? BARE_TITLE.exec(rest) : null;
  if (title && wordClass(title[1]!.toLowerCase()) & ROLE_HEAD) rest = rest.slice(title[0].length);
  // "Ana Ruiz of Varn said", "The Ostra Herald of Kelmor published that …": where the speaker is from stands between.
  else rest = rest.replace(OF_PLACE, '');
  if (/^\s/.test(rest)) return saysNext(rest) || ISSUED_STATEMENT.test(rest) || ANNOUNCED_RESULTS.test(rest);
  // "the second witness, Ana Ruiz, had testified that …": the comma after the name closes the apposition a comma opened
  // before it, and the verb after is the name's.
  if (rest.charCodeAt(0) === 44 && text.charCodeAt(start - 2) === 44 && saysNext(rest.slice(1))) return true;
  // "Ana Ruiz, Varn spokesperson said …": an apposition the writer left unclosed, a title right before the verb.
  // "Ana Ruiz, a trader also testified": so is a person's noun there.
  const unclosed = UNCLOSED_TITLE.exec(rest)?.[1]?.toLowerCase();
  if (unclosed !== undefined && (wordClass(unclosed) & (ROLE_HEAD | PERSON_NOUN)) !== 0) return true;
  const aside = ASIDE.exec(rest)?.[0];
  if (aside && UNNAMED_ASIDE.test(aside)) return saysNext(rest.slice(aside.length));
  const head = aside?.match(WORDS)?.pop()?.toLowerCase();
  return head !== undefined && ((wordClass(head) & (ROLE_HEAD | PERSON_NOUN)) !== 0 || titleOfBody(aside!)) && saysNext(rest.slice(aside!.length));
}
/**
 * "Critics of the planned visit of President Ana Ruiz claimed that …", "Supporters of Ana Ruiz said": a name after a
 * noun's "of" (a title between them or not) is what that noun is of; the phrase it ends is the verb's subject,
 * not the name. Not after a title's or a person's noun: "the minister of Health Ana Ruiz said" is hers.
 */
function ofThingBefore(text: string, start: number): boolean {
  const m = OF_BEFORE.exec(text.slice(Math.max(0, start - OF_REACH), start));
  const noun = m?.[1]!.toLowerCase();
  return noun !== undefined && !(wordClass(noun) & (ROLE_HEAD | ROLE_MODIFIER | PERSON_NOUN | SPOKESNOUN | FUNCTION)) && !BODY_HEADS.has(noun);
}
/** A noun (capitalised only as a sentence's first word), "of", at most two capitalised words of a title ("President", "Gen."), right before the name. */
const OF_BEFORE = /(?:^|[^\p{L}])(\p{L}\p{Ll}{2,}) of (?:\p{Lu}[\p{L}.-]* ){0,2}$/u;
const OF_REACH = 40;
// ", speaking on condition of anonymity,", ", who asked not to be named,": why the speaker goes unnamed, said of the subject.
const UNNAMED_ASIDE = /^,\s+(?:speaking\s+on\s+condition\s+of\s+anonymity|who\s+(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified))\s*,$/;
const UNCLOSED_TITLE = /^,\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:also\s+)?(?:said|says|told|testified)\b/u;
const OF_PLACE = /^\s+of\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?=\s)/u;
const OBJECT_OF = /\b(?:of|for|in|at|from)\s+(?:the\s+)?$/;
const BARE_TITLE = /^\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}-]*)(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)?(?=\s)/u;

/**
 * "citing the Kelmor Health Ministry", "According to Ostra's chief financial officer, Ana Ruiz,": a name a report cites
 * outright, or the person a title cited so names, though the claim went to the body whose title it is.
 */
function citedBefore(text: string, { start, end }: Span, kind: Mention['kind']): boolean {
  const before = text.slice(Math.max(0, start - CITED_REACH), start);
  // "citing the Ostra incident as an example": only a body or a person is cited as a source.
  if (kind !== 'other' && CITING.test(before)) return true;
  // "The Kelmor news agency cited the Varn Front as saying …": the body an outlet cited as saying something speaks.
  if (CITED_VERB.test(before) && AS_SAYING.test(text.slice(end, end + 14))) return true;
  // "…, according to KTA.", "Figures from Ostra's Works Ministry raised …", "the toll, provided Sunday by Ana Ruiz, …", "was quoted
  // as saying by KTA news agency": the name the figures come from is their source, though the claim went to another name or none.
  // Not Ostra in "Figures from Ostra's Works Ministry": it owns the source, and is none.
  if (SOURCE_CUE.test(before) && !/^['’]s\b/.test(text.slice(end, end + 3))) return true;
  // "“…,” said Ostra Secretary-General Ana Ruiz in a statement": the person a verb after a quotation names speaks, though
  // the claim went to the body of her title.
  if (kind === 'person' && SAID_BEFORE.test(before)) return true;
  // "…, confirmed sub-inspector (SI) Ana Ruiz of Varn police": the verb before a lower-case title and a name is its person's.
  // Not "…, said in shattered Ostra", "…, said on Twitter": the words between are no title.
  // The patterns that search the text before the name run last, each after the cheaper test it is joined with.
  const inverted = kind === 'person' || kind === 'other' ? VERB_BEFORE_TITLE.exec(before)?.[1]?.match(/[a-z]+/g)?.pop() : undefined;
  if (inverted !== undefined && (wordClass(inverted) & (ROLE_HEAD | PERSON_NOUN)) !== 0) return true;
  // "…,” the group’s spokesman, Sheikh Ana Ruiz, said.": a name apposed to a title, its verb after the closing comma.
  const apposedTo = SAID_AFTER_COMMA.test(text.slice(end, end + 12)) ? TITLE_APPOSED.exec(before)?.[1]?.toLowerCase() : undefined;
  if (apposedTo !== undefined && (wordClass(apposedTo) & ROLE_HEAD) !== 0) return true;
  // "According to the president, Kelmor-PF, which has ruled …": a name "which" follows is what the titled person spoke of, not her name.
  if (WHICH_AFTER.test(text.slice(end, end + 10))) return false;
  const title = before.includes('ccording to') ? ACCORDING_TO_TITLE.exec(before)?.[1]?.toLowerCase() : undefined;
  return title !== undefined && (wordClass(title) & (ROLE_HEAD | PERSON_NOUN)) !== 0;
}
const CITED_REACH = 80;
/**
 * "hit out at Ana Ruiz for her allegations that …", "Bo Lund's claim that …": the article tells what the name alleged or
 * claimed, so it is a source whose word the story turns on, though no verb of speech follows the name.
 */
const CLAIM_AFTER =
  /^(?:\s+for\s+(?:his|her|their|its)|['’]s)\s+(?:recent\s+|repeated\s+|earlier\s+)?(?:allegations?|claims?|accusations?|charges?|remarks|comments|assertions?)\s+(?:that|about|of)\b/;
const CLAIM_REACH = 60;
const CITING = /\bciting\s+(?:the\s+)?$/;
const CITED_VERB = /\bcit(?:ed|es)\s+(?:the\s+)?$/;
const AS_SAYING = /^\s+as\s+saying\b/;
const SAID_BEFORE = /[”"]\s*(?:said|says|added|told)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,5}$/u;
const SOURCE_CUE = new RegExp(
  String.raw`(?:\baccording to|\b(?:[Ff]igures|[Dd]ata|[Nn]umbers|[Ss]tatistics|[Ee]stimates|[Tt]allies) from|\b(?:provided|given|compiled|quoted as saying)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+by|\b(?:statement|letter|message|note)\s+(?:issued\s+|written\s+|signed\s+)?by(?:\s+one)?)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$`,
  'u',
);
const VERB_BEFORE_TITLE = /,\s+(?:said|confirmed|added|told)\s+((?:(?:[a-z][a-z-]*|\([^()]{1,12}\))\s+){1,5})$/;
const TITLE_APPOSED = /(\p{L}+),\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
const SAID_AFTER_COMMA = /^,\s+(?:said|says|told|added)\b/;
const WHICH_AFTER = /^,\s+which\b/;
const ACCORDING_TO_TITLE = /\b[Aa]ccording to\s+[^,.;:!?"“”()]{1,60}?(\p{L}+),\s+$/u;

/**
 * "The Ostra Times quoted Ana Ruiz, a nurse; and Bo Lund, a farmer; as saying that 170 died": every person an outlet
 * quoted before "as saying" is cited, though the claim went to the first. Not across a sentence's end.
 */
function quotedAsSaying(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - QUOTED_REACH), span.start);
  return before.includes('quoted') && QUOTED_BEFORE.test(before) && AS_SAYING_AFTER.test(text.slice(span.end, span.end + QUOTED_REACH));
}
const QUOTED_REACH = 200;
const QUOTED_BEFORE = /\bquoted\s[^.!?"“”]*$/;
// "KTV quoted the Red Cross spokesperson Bo Lund who claimed that …": a relative clause of speech says the same.
const AS_SAYING_AFTER = /^(?:[^.!?"“”]*?\bas\s+saying\b|,?\s+who\s+(?:said|says|claimed|claims|told|added|stated)\b)/;

/**
 * A verb of speech opens `rest`, past "also", "has" and the like: "said", "saying", "told"; not "was declared", "showed",
 * "recorded", which the lexicon's reporting verbs hold but whose subject need speak for nothing.
 */
function saysNext(rest: string): boolean {
  for (const word of firstWords(rest)) {
    const w = word.toLowerCase();
    if (SPEECH_VERBS.has(w)) return true;
    if (!(wordClass(w) & VERB_FILLER) || BE_FORMS.has(w)) return false;
  }
  return false;
}
// "Varn pledged to …", "the Treasury has revised its outlook": a pledge is the subject's word, a revised figure its own.
// "The Ostra Herald published that …", "Ana Ruiz has feared the toll could reach 900": what a subject writes or fears it says.
// "The Varn government blamed the rebels for the deaths": whom a subject blames or accuses for a toll it says.
// "the witness testified that …": a witness's account in court is cited.
const SPEECH_VERBS = new Set(['testified', 'testifies', 'said', 'says', 'saying', 'told', 'tells', 'telling', 'claimed', 'claims', 'claiming', 'stated', 'added', 'insisted', 'confirm', 'confirmed', 'reported', 'pledged', 'vowed', 'promised', 'revised', 'published', 'wrote', 'feared', 'warned', 'counted', 'blamed', 'blames', 'accused', 'accuses']);
// "Ostra and Varn released a joint statement praising …": a statement a subject issues is its word.
const ISSUED_STATEMENT = /^\s+(?:also\s+)?(?:released|issued)\s+(?:a|an)\s+(?:joint\s+)?statement\b/;
// "Ana Ruiz was cited as saying": the passive credits the words to her as "said" does.
const CITED_AS = /^\s+(?:was|were|is|has been)\s+(?:cited|quoted)\s+as\s+(?=saying\b)/;
const ABLE_TO = /^\s+(?:was|were|is|are|has been|have been)\s+(?:not\s+)?able\s+to\s+(?=confirm\b)/;
// "The OMC committee said", "KTA news agency reported": the body's lower-case head after its short name.
// "One K.U. official, speaking on condition of anonymity, said": one of its people too, past the initials' full stop.
// "Kelmor Red Cross workers have counted 12 bodies": the body's workers count for it.
const BODY_PEOPLE = /^\.?\s+(?:authorities|officials?|committee|commission|(?:news\s+)?agency|workers|staff|volunteers)(?=[\s,])/;
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'being']);

/** "A and Civil Surgeon B put the toll at 49": where capitalised title words right before a name start, or the name's start. */
function titleStart(text: string, start: number): number {
  // "Minister of Rural Roads Ana Ruiz", "Roads Minister Ana Ruiz": a run of capitalised words holding a title's head.
  const run = TITLE_RUN_BEFORE.exec(text.slice(Math.max(0, start - TITLE_RUN_REACH), start))?.[0];
  if (run && run.match(WORDS)!.some((w) => wordClass(w.toLowerCase()) & ROLE_HEAD)) return start - run.length;
  let at = start;
  for (let k = 0; k < MAX_TITLE_WORDS; k++) {
    const word = TITLE_WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
    if (!word || !(wordClass(word[1]!.toLowerCase()) & (ROLE_HEAD | ROLE_MODIFIER))) break;
    at -= word[0].length;
  }
  return at;
}
const TITLE_RUN_BEFORE = /(?:\p{Lu}[\p{L}-]*\s+(?:of\s+(?:the\s+)?)?){1,6}$/u;
const TITLE_RUN_REACH = 80;
const TITLE_WORD_BEFORE = /(\p{Lu}[\p{L}-]*)\s+$/u;
const MAX_TITLE_WORDS = 3;

/** Whether a reporting verb follows a name, past a short form in brackets, an aside between commas and words such as "also", "have". */
function verbFollows(text: string, end: number): boolean {
  const rest = text.slice(end, end + VERB_REACH).replace(SHORT_FORM, '');
  return verbOpens(rest, COUNT_FORMS) || verbOpens(rest.replace(ASIDE, ''), COUNT_FORMS);
}
function verbOpens(rest: string, forms: ReadonlySet<string>): boolean {
  for (const word of firstWords(rest)) {
    const cls = wordClass(word.toLowerCase());
    if (cls & REPORTING_VERB || forms.has(word.toLowerCase())) return true;
    if (!(cls & VERB_FILLER)) return false;
  }
  return false;
}
/** A count's verb after a claim's own speaker: "A and B put the toll at 49" (a subject alone may put anything anywhere). */
const COUNT_FORMS = new Set(['put', 'puts']);
const VERB_REACH = 160;
const SHORT_FORM = /^\s*\([^()]{1,12}\)/;
const ASIDE = /^,[^,.;:!?"“”]{1,80},/;
const WORDS = /\p{L}+/gu;

/** The first three words of `rest`: all a verb test reads, without matching every word of the window. */
function firstWords(rest: string): string[] {
  const words: string[] = [];
  WORDS.lastIndex = 0;
  for (let m; words.length < 3 && (m = WORDS.exec(rest)); ) words.push(m[0]);
  return words;
}

/** " (OS), as well as the " / ")," after a short form / " and " / ", " / " and B's ": what may stand between two names listed together. */
const listedBefore = (joiners: string) => new RegExp(String.raw`^(?:\)|\s+\([^()]{1,12}\))?(?:${joiners})(?:the\s+)?(?:[\p{Lu}][\p{L}-]*['’]s\s+)?$`, 'u');
const AND_JOINERS = String.raw`,?\s+and\s+|,?\s+as well as\s+|,?\s+(?:along|together) with\s+`;
const LISTED_BEFORE = listedBefore(String.raw`,\s+|${AND_JOINERS}`);
const JOINED_BEFORE = listedBefore(AND_JOINERS);
const LIST_REACH = 40;

/** How far after a cited name its apposition may name the body it speaks for, and how far a title may stand between a body and its person. */
const APPOSITION_REACH = 120;
const TITLE_REACH = 40;
const MAX_APPOSITION_WORDS = 10;

/**
 * ", director at the" / ", secretary-general of US-based" / ", President, " / " of the" / " at the": an
 * apposition or a prepositional phrase that ends where the body's name starts.
 */
const APPOSITION_TO_BODY = /^(?:,\s+[^.;:!?"“”()\n]*?(?:\b(?:of|at|for|with)\s+(?:the\s+)?(?:[\w-]+-based\s+)?|,\s+)|\s+(?:of|at)\s+(?:the\s+)?)$/;

/**
 * "Ana Ruiz, sympathised with the Varn Council …": a verb of the past and its preposition after the comma open what she did, no
 * apposition; whom she did it with is no body she speaks for ("Ana Ruiz, based at the …" is one).
 */
const PREDICATE_AFTER_NAME = /^,\s+(?!based\b)\p{Ll}+ed\s+(?:with|to|at|for|over|on)\b/u;

/**
 * "'s chief " / " army spokesman " / " spokesman, " / " (OS) lawmaker ": lower-case words between a body and the person who
 * speaks for it, ending in a title ("met", "and" are no title).
 */
const titleBetween = (between: string): boolean => {
  const capitalised = TITLE_BEFORE_PERSON.test(between) ? null : CAPITALISED_TITLE_BEFORE_PERSON.exec(between);
  const words = (TITLE_BEFORE_PERSON.exec(between) ?? capitalised)?.[1]?.toLowerCase().split(' ');
  // "Kelmor Unity Party Chairman Ana Ruiz": the head of a party speaks as a politician, as its leader does.
  if (capitalised && HEADS_OF_BODY.has(words!.at(-1)!)) return false;
  // "Kelmor Alliance (KA) chairman Ana Ruiz claimed": so does its chairman in lower case.
  if (!capitalised && words && CHAIRS.has(words.at(-1)!)) return false;
  // "the 13th General Election and opposition leader Ana Ruiz": "and" ends the body's phrase; the title is no one's of it.
  // "the Kelmor Unity party leader Ana Ruiz": a leader speaks as a politician, not for the party she leads, which is her role's only.
  const last = words?.[words.length - 1];
  // "Bo Lund asked candidate Ana Ruiz": a verb between says the name acts on the person, whose title is of no body here.
  return last !== undefined && last !== 'leader' && (wordClass(last) & (ROLE_HEAD | PERSON_NOUN)) !== 0 && !words!.some((w) => JOINERS.has(w) || wordClass(w) & REPORTING_VERB);
};
const JOINERS = new Set(['and', 'or', 'but', 'while']);
const TITLE_BEFORE_PERSON = /^(?:['’]s)?(?:\s+\([^()]{1,12}\))?\s+((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*),?\s+$/;
/** " Press Secretary ": a title set in capitals before the name, as a body's officers' titles often are. */
const HEADS_OF_BODY = new Set(['leader', 'chairman', 'chairwoman', 'chairperson', 'chair', 'president', 'head']);
const CHAIRS = new Set(['chairman', 'chairwoman', 'chairperson', 'chair']);
const CAPITALISED_TITLE_BEFORE_PERSON = /^\s+((?:\p{Lu}[a-z-]* ){0,2}\p{Lu}[a-z-]*)\s+$/u;

/**
 * "a member of Ostra provincial council": a name before a level's word and a body's lower-case noun is where the body sits;
 * the body the person speaks for has no name of its own here.
 */
const placeOfBody = (text: string, end: number): boolean => {
  // "principal of Kelmor school": the school's lower-case noun says the name is only part of what she speaks for.
  if (INSTITUTION_AFTER.test(text.slice(end, end + 20))) return true;
  const [, level, head] = LEVEL_BODY_AFTER.exec(text.slice(end, end + 40)) ?? [];
  return level !== undefined && BODY_LEVELS.has(level) && (BODY_HEADS.has(head!) || LOCAL_BODIES.has(head!));
};
const LEVEL_BODY_AFTER = /^\s+([a-z]+)\s+([a-z]+)\b/;
// "of Kelmor police outpost": the post's nouns say the same.
const INSTITUTION_AFTER = /^\s+(?:school|college|university|hospital|clinic|camp|mosque|church|(?:police\s+)?(?:outpost|station))\b/;
const LOCAL_BODIES = new Set(['council', 'assembly', 'administration']);

/**
 * "Bo Lund, 31, an inmate in the east wing of the Kelmor jail": one held or treated there, or living or riding there, lives
 * in what the name names and does not speak for it.
 */
const HELD_THERE = /^,\s+(?:\d+,\s+)?(?:a|an|the)\s+(?:former\s+)?(?:prisoner|inmate|detainee|patient|resident|passenger)\b/;

/** Whether the body named at `b` is named in the apposition of a cited name, or in the title of a cited person right after it. */
function speaksFor(text: string, cited: (Span & { person: boolean })[], b: Span, party = false): boolean {
  let i = firstFrom(cited, b.start - APPOSITION_REACH);
  for (; i < cited.length && cited[i]!.start < b.start; i++) {
    const c = cited[i]!;
    if (c.end > b.start) continue;
    const between = text.slice(c.end, b.start);
    if (APPOSITION_TO_BODY.test(between) && !PREDICATE_AFTER_NAME.test(between) && between.split(/\s+/).length <= MAX_APPOSITION_WORDS + 1 && !namesListed(between) && spokenFor(between, party) && !ownVoice(between, text.slice(b.start, b.end)) && !SPOKE_BETWEEN.test(between) && !HELD_THERE.test(between)) return true;
  }
  for (i = firstFrom(cited, b.end); i < cited.length && cited[i]!.start - b.end <= TITLE_REACH; i++) {
    const title = text.slice(b.end, cited[i]!.start);
    if (cited[i]!.person && titleBetween(title) && spokenFor(title, party) && !ownVoice(title, text.slice(b.start, b.end))) return true;
  }
  return false;
}

/**
 * "Varn Telecom posted a profit of …", "Kelmor Mill's revenue grew …", "Ana Ruiz asked the minister about …": a claim whose speaker
 * is only the subject of its own results or of a question tells nothing in that name's voice; what the news is about is no
 * source. Not where another verb of telling follows in the claim ("…, the bank said"); nor results in the opening paragraph:
 * the company whose results open the story is the one that released them.
 */
function toldNothing(claim: Claim, mentions: readonly Mention[], text: string): boolean {
  const speaker = mentions.find((m) => m.name === claim.attributedTo);
  // A figure's claim starts at the figure: its subject is the speaker's last span before it in the paragraph.
  const subject = speaker?.spans.findLast((s) => s.end <= claim.span.end && !text.slice(s.end, claim.span.end).includes('\n'));
  if (!subject) return false;
  if (variedFigures(text, subject)) return true;
  const after = text.slice(subject.end, subject.end + DEED_REACH);
  const lead = text.indexOf('\n');
  const example = EXAMPLE_BEFORE.test(text.slice(Math.max(0, subject.start - EXAMPLE_REACH), subject.start)) && GROUP_STANCE_AFTER.test(after);
  if (!example && !ASKED_AFTER.test(after) && !SORROW_AFTER.test(after) && !(RESULTS_AFTER.test(after) && lead >= 0 && subject.start > lead)) return false;
  return (text.slice(subject.end, claim.span.end).match(WORDS) ?? []).every((w) => !(wordClass(w.toLowerCase()) & REPORTING_VERB) || DEED_VERBS.test(w.toLowerCase()) || (example && STANCES.test(w.toLowerCase())));
}
/**
 * "Counts given by the Kelmor ministry and union leaders differ widely": figures said to vary between the names that give
 * them sum up a habit; no figure is given, so the names are only mentioned.
 */
const variedFigures = (text: string, s: Span): boolean =>
  FIGURES_GIVEN_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start)) && VARY_AFTER.test(text.slice(s.end, s.end + 60));
const FIGURES_GIVEN_BEFORE = /\b(?:figures|numbers|counts|estimates|tallies)\s+(?:given|provided|released)\s+by\s+(?:the\s+)?$/i;
const VARY_AFTER = /^(?:\s+(?:and|or)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+(?:often\s+|usually\s+|always\s+)?(?:vary|varies|differ|differs|diverge|diverges)\b/u;

/**
 * "Leaders abroad, including Varn President Ana Ruiz, have hailed the rescue": the name is one example of a group whose
 * reaction the sentence sums up; the stance is the group's, and tells nothing in her voice.
 */
const EXAMPLE_BEFORE = /\b\p{L}\p{Ll}*s(?:\s+\p{Ll}+)?,\s+(?:including|such\s+as|among\s+them)\s+(?:[\p{L}.-]+\s+){0,4}$/u;
const EXAMPLE_REACH = 80;
const STANCE = String.raw`(?:praised|hailed|welcomed|condemned|applauded|celebrated|lauded|denounced)`;
const STANCES = new RegExp(`^${STANCE}$`);
const GROUP_STANCE_AFTER = new RegExp(String.raw`^,\s+(?:(?:also|have|has|all)\s+)*${STANCE}\b`);
/**
 * "Ana Ruiz expressed her grief over the crash and assured help to the families": sorrow and comfort a leader offers tell
 * nothing of what happened; the name is what the news mentions, no source.
 */
const SORROW_AFTER = /^(?:\s+(?:also|had|has|have))*\s+(?:expressed|conveyed|extended)\s+(?:(?:their|his|her|its|deep|profound|heartfelt)\s+)*(?:grief|condolences|sorrow|sympathy|sympathies|shock|anguish|sadness)\b/;
const RESULT = String.raw`(?:profits?|loss(?:es)?|revenues?|earnings|income|turnover|sales|surplus|deficit|PBT|PAT|EBITDA)\b`;
const RESULTS_AFTER = new RegExp(
  String.raw`^\.?(?:\s*\([^()]{1,12}\))?(?:['’]s\s+(?:[a-z-]+\s+){0,3}?${RESULT}|\s+(?:also\s+)?(?:posted|recorded|registered|booked|logged)\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,3}?${RESULT})`,
);
const ASKED_AFTER = /^\s+(?:also\s+)?(?:asked|questioned)\b/;
const DEED_VERBS = /^(?:posted|recorded|registered|booked|logged|asked|questioned|expressed|conveyed|extended|assured)$/;
const DEED_REACH = 80;

/**
 * ", Bo Lund, Eva Varn, " between a cited person and a body: names in a row with no title among them are a list ("candidates Ana
 * Ruiz, Bo Lund, Eva Varn, Kelmor Bank …"), no apposition naming whom the first speaks for.
 */
const namesListed = (between: string): boolean => {
  const words = between.match(WORDS) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) && !(wordClass(w.toLowerCase()) & (ROLE_HEAD | PERSON_NOUN)));
};

/**
 * "Kelmor Party candidate Ana Ruiz said", "Ana Ruiz, president of the Ostra People's Party, said": a party's candidates and
 * officers speak as politicians, not for it; only its spokesperson gives the party's word.
 */
const spokenFor = (between: string, party: boolean): boolean => {
  if (!party) return true;
  const words = between.match(WORDS) ?? [];
  // "Kelmor Green health spokesman Bo Lund": a spokesman for one field is the party's politician on it, as a minister is.
  return words.some((w, k) => (wordClass(w.toLowerCase()) & SPOKESNOUN) !== 0 && !(k > 0 && isField(words[k - 1]!.toLowerCase())));
};
/** A field a party's spokesman covers: a minister's portfolio, or a field a shadow cabinet splits ("health", "justice"). */
const isField = (w: string): boolean => PORTFOLIO_WORDS.has(w) || SHADOW_FIELDS.has(w);
const SHADOW_FIELDS: ReadonlySet<string> = new Set(['health', 'education', 'justice', 'finance', 'transport', 'economy', 'energy', 'home', 'foreign', 'treasury', 'agriculture', 'rural', 'culture']);
/**
 * "Kelmor People's Party", "the KUC was the only party that …", "the Varn party": a name the text shows to be a party's.
 * "Ana Ruiz, of the Green Dawn coalition, won": so is a coalition or alliance of parties a candidate runs for.
 */
const writtenAsParty = (text: string, m: Mention): boolean => PARTY_NAME.test(m.name) || m.spans.some((s) => CALLED_PARTY.test(text.slice(s.end, s.end + 60)));
// "Liberal Democrat", "Scottish Labour": a word its members are called by names a party too.
const PARTY_NAME = /\b(?:Party|Partido|Parti|Democrats?|Republicans?|Labour|Conservatives?|Tory|Tories)\b/;
const CALLED_PARTY = /^(?:\s+(?:party|coalition|alliance)\b|\s+(?:is|was|remains|remained)\s+the\s+(?:[a-z]+\s+){0,2}party\b)/;

/**
 * "a debate aired Thursday on channel Kelmor One", "Kelmor journalist Bo Lund asked the candidate …": an outlet named only as
 * the channel that aired the event, or as the employer of a journalist who only asks, reports nothing of its own.
 */
const hostOnly = (text: string, m: Mention): boolean =>
  m.spans.every((s) => AIRED_ON.test(text.slice(Math.max(0, s.start - 60), s.start)) || ASKER_AFTER.test(text.slice(s.end, s.end + 60)));
const AIRED_ON = /\b(?:broadcast|aired|televised|streamed)\s+(?:live\s+)?(?:\p{Lu}[a-z]+day\s+)?(?:on|by)\s+(?:the\s+)?(?:(?:TV|television|radio)\s+)?(?:channel\s+|network\s+|station\s+)?$/u;
const ASKER_AFTER = /^\s+(?:journalist|reporter|presenter|anchor|host|moderator|correspondent)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:asked|questioned)\b/u;

/**
 * "Kelmor Institute researcher Bo Lund told …", "said Ana Ruiz, a member of the search crew of Varn Aid": a scholar speaks for
 * herself, not for the institute that employs her, and one member or one of several leaders for himself, not for the body.
 * Not a member of a board or a council (`body`), which acts through its members.
 */
const ownVoice = (between: string, body: string): boolean => OWN_VOICE_TITLE.test(between) || ONE_OF_BODY.test(between) || (MEMBER.test(between) && !SITTING_BODY.test(body));
const OWN_VOICE_TITLE = /\b(?:researcher|analyst|professor|lecturer|scholar|fellow|economist|academic|expert)s?\b/i;
const ONE_OF_BODY = /^,\s+(?:an?|one\s+of\s+the)\s+(?:[a-z-]+\s+){0,2}leaders?\b/;
const MEMBER = /\bmembers?\b/i;
const SITTING_BODY = /\b(?:Board|Council|Commission|Committee|Assembly|Panel|Court|Parliament|Senate|Cabinet)\b/;

/**
 * "Read on for the Kelmor Post’s live coverage of the vote count.": an outlet named only as the owner of the live page the
 * reader is on is the publisher introducing itself, no credit of a report.
 */
const ownPageOnly = (text: string, m: Mention): boolean => m.spans.every((s) => OWN_PAGE_AFTER.test(text.slice(s.end, s.end + 30)));
const OWN_PAGE_AFTER = /^['’]s\s+live\s+(?:updates|blog|coverage)\b/;

/**
 * "The Varnist accused the president of lying": a follower named by the creed, right after "the", is a person the text
 * describes, not a name; the speaker is whoever the text names as that follower, and the word gets no card.
 */
const followerOnly = (text: string, m: Mention): boolean =>
  m.kind === 'other' && FOLLOWER.test(m.name) && m.spans.every((s) => THE_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start)));
const FOLLOWER = /^\p{Lu}\p{Ll}+(?:ist|ista|ite)$/u;
const THE_BEFORE = /\b[Tt]he\s$/;

/**
 * "Ana Ruiz, said teams comprising Navy, Kelmor Rescue Service …", "Bo Lund, of the dockers' union in Ostra, said of the
 * Varn Reach collision: …": a verb of speech after a comma ends the apposition, right after the person or after her own
 * body; the name in what she said, or said it of, is what she speaks of, not the body she speaks for.
 */
const SPOKE_BETWEEN = /,\s+(?:said|says|told|added|stated)\b/;

/**
 * "“We have lost everything!” cried Ana Varn, 32, …", "“…,” said baker Tomas, 69, …": the name a verb after a quotation
 * names, past a job in lower case, speaks the quotation; a person's age after it shows a person, though one known by a
 * single name is read as no person.
 */
function criedAfterQuote(text: string, { start, end }: Span, kind: Mention['kind']): boolean {
  if (kind === 'place' || !CRIED_BEFORE.test(text.slice(Math.max(0, start - CITED_REACH), start))) return false;
  return kind === 'person' || AGE_AFTER.test(text.slice(end, end + 8));
}
const CRIED_BEFORE = /[”"]\s*(?:said|says|cried|shouted|exclaimed|pleaded|sobbed|screamed|added|told)\s+(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
const AGE_AFTER = /^,\s+\d{1,3},/;

/**
 * "in the words of a joint statement from the Kelmor office KRA, Ostra Aid and the Varn Fund", "according to Ostra Aid and the
 * Varn Fund, in a joint statement": a joint statement's authors, listed, all speak in it, though its claim went to the first.
 */
function jointAuthors(mentions: readonly Mention[], text: string): Mention[] {
  const lists: Span[] = [];
  for (const re of [JOINT_FROM, JOINT_AFTER]) for (const m of text.matchAll(re)) lists.push({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].indexOf(m[1]!) + m[1]!.length });
  if (!lists.length) return [];
  return mentions.filter((m) => m.kind !== 'place' && m.spans.some((s) => lists.some((l) => s.start >= l.start && s.end <= l.end)));
}
const JOINT_FROM = /\bjoint\s+(?:statement|report|communiqu[eé]|press\s+release)\s+(?:issued\s+)?(?:from|by)\s+([^.;:!?\n]+?)(?=[.;:!?\n]|,\s+(?:which|who|said|saying)\b|$)/gu;
const JOINT_AFTER = /\baccording\s+to\s+([^.;:!?\n,]+(?:,\s+[^.;:!?\n,]+)*?),\s+in\s+a\s+joint\s+(?:statement|report)/gu;

/** ", governor for the Ostra Bank,", ", head of Kelmor Aid,": an aside that is a title of a body, its head the title's word. */
const titleOfBody = (aside: string): boolean => {
  const title = TITLE_OF_BODY.exec(aside)?.[1];
  return title !== undefined && (wordClass(title.toLowerCase()) & ROLE_HEAD) !== 0;
};
const TITLE_OF_BODY = /^,\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}/u;

/** "… after the Ostra Electoral Commission announced the final results": a body that announces results or a toll tells them. */
const ANNOUNCED_RESULTS = /^\s+(?:(?:has|had|have)\s+)?announced\s+(?:the\s+|its\s+)?(?:final\s+|official\s+|preliminary\s+|provisional\s+)?(?:results|toll|figures|count)\b/;
