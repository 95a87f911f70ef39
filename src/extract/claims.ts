import { Attributor, type ClauseSource, type Named, type Reporter } from './attribution';
import { LETTER, NUMBER, runs, spacesFrom } from './chars';
import { VERB_FILLERS } from './lexicon';
import { lowerWordAfter } from './scan';
import { findFigures, type FigureHit } from './figures/figures';
import { numberScan } from './figures/numbers';
import type { Quote } from './quotes';
import { firstFrom, rangeAt } from './ranges';
import type { Range, Sentence } from './sentences';
import type { Token } from './tokens';
import { transcriptLabel } from './transcript';
import { headlineOf, opensSentence } from './unattributed';
import type { Claim, Figure } from './types';

/**
 * A reporting verb, then at most three lower-case words (a title), after the body they may be of, right
 * before a name: "said study lead author ", "said RDC spokesman ".
 */
const INVERTED_VERB = /\b(?:said|says|added|wrote|told)\s+(?:(?:a|an|the)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * The sentence's source speaks for a quote inside it when it is named before the quote ("X said the
 * deal will “…”") or after it as the subject of a turned-round verb ("…, said X") or of a verb closing
 * the sentence ("The bank remains “wary” of prices, Governor X said"); not when it only
 * reports something else later in the sentence ("Y called for an “orderly” handover after X announced …").
 */
function speaksForQuote(text: string, names: Named[], source: number, s: Range, q: Quote, tagged = true): boolean {
  for (let i = firstFrom(names, s.start); i < names.length && names[i]!.start < s.end; i++) {
    const n = names[i]!;
    if (n.entity !== source) continue;
    if (n.end <= q.open) return true;
    // A tag after a quote that its own clause reports speaks for the sentence, not the quote (reportedInClause).
    if (!tagged) continue;
    if (n.start >= q.close && INVERTED_VERB.test(text.slice(Math.max(q.close, n.start - 60), n.start))) return true;
    if (n.start >= q.close && CLOSING_SUBJECT.test(text.slice(Math.max(q.close, n.start - 60), n.start)) && CLOSING_VERB.test(text.slice(n.end, s.end))) return true;
  }
  return false;
}

/** `…, Governor Ana Ruiz said`: a comma and at most a few words of title before the name of a subject closing the sentence. */
const CLOSING_SUBJECT = /,\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** The reporting verb right after that name closes its clause ("said.", "said on Monday,", "told reporters.", "said in a report on Monday."). */
const CLOSING_VERB = /^\s+(?:said|says|added|told\s+[\p{L}-]+)(?:\s+(?:on|in|at)(?:\s+[\p{L}-]+){1,2}){0,2}\s*(?:[,.!?]|$)/u;

/** Pull quotes are looked up only in articles with a sane number of quotes (keeps garbage input linear). */
const MAX_QUOTES_FOR_ECHOES = 200;

/**
 * Quote, figure and statement claims, read in text order. A "current speaker" carries over: set
 * by each attributed quote or statement and by a sentence opening with "He"/"She", it is given to
 * a quote that opens a sentence with no attribution of its own, but only where it continues: the
 * previous paragraph left a quote open or had that speaker, and the quote's own words after it ("the
 * military said") name no other speaker; a sentence opening with such words ends the carry-over. A quote far from any speaker gets none
 * rather than a guess, except a pull quote, which repeats words of another quote and gets its speaker.
 * A sentence that sets two sources side by side ("X said 30 were killed, while Y put the toll at 55")
 * gives each clause's figures to that clause's source, and makes one statement per clause, each with
 * its own source and figures, so that no claim pins the second source's figures on the first.
 */
export function buildClaims(
  text: string,
  paras: Range[],
  sents: Sentence[],
  found: Quote[],
  names: Named[],
  entityNames: string[],
  tokens: readonly Token[],
): Claim[] {
  const quotes = found.filter((q) => !q.short);
  const segments: Range[] = [];
  for (const q of quotes) segments.push(...q.segments);
  const quoteRanges = quotes.map((q) => ({ start: q.open, end: q.close }));
  const who = new Attributor(text, sents, names, segments, tokens);
  const speakers: (number | null)[] = [];
  // Who reports each quote without being named ("…,” the military said), where no one named does.
  const reporters: (string | null)[] = [];
  // Whether the words after each quote name its unnamed speaker ("…,” a woman said).
  const tagged: boolean[] = [];
  const quoteFigures: Figure[][] = quotes.map(() => []);
  const claims: Claim[] = [];
  // Figure claims inside each quote, given the quote's speaker once every speaker is known.
  const quoteFigureClaims: Claim[][] = quotes.map(() => []);
  let current: number | null = null;
  let currentPara = -2;
  // The speaker a transcript's "Name:" label gives the paragraphs after it, and the paragraph read last.
  let labelled: number | null = null;
  let labelPara = -1;
  let qi = 0;
  const echoes = echoOf(text, quotes);

  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    for (; qi < quotes.length && quotes[qi]!.open < s.end; qi++) {
      const q = quotes[qi]!;
      const next = quotes[qi + 1];
      const nextOpen = next && next.para === q.para ? next.open : null;
      // “… is pretty incredible” and faster than before, said X.": a short quote inside its sentence,
      // with no speaker beside it, is the sentence's source's, where that source speaks for the quote.
      let speaker = who.speakerOf(q, paras[q.para]!.end, nextOpen);
      if (speaker === null && q.open >= s.start && q.close <= s.end && !who.unnamedIntroduced(q)) {
        const source = who.sourceOfSentence(si);
        if (source !== null && speaksForQuote(text, names, source, s, q, !who.reportedInClause(q))) speaker = source;
        // "She pledged to “use every tool we have”": the quoted words are those of the person the
        // sentence opens with.
        else if (source === null && q.open > s.start) speaker = who.pronounSubject(si) ?? headlineOf(text, names, s, q) ?? who.quotingSubject(si, q.open, q.close);
      }
      const continues = currentPara >= q.para - 1 || continuesOpenQuote(quotes, qi, paras);
      const ownVerb = speaker === null ? who.reporterAfter(q, paras[q.para]!.end) : null;
      // “A,” said one woman. “B.”: B goes on from A, named or not.
      // `“A,” a woman whose son is still underground said. “B.”`: so does a quote opening the next sentence of the paragraph
      // after a tag naming someone unnamed; a speaker named before the first quote does not stand in for them.
      const resumed = speaker === null && !ownVerb && (q.resumes || (qi > 0 && tagged[qi - 1] && quotes[qi - 1]!.para === q.para && opensSentence(text, s.start, q.open)) || strangerGoesOn(sents, paras, quotes, speakers, reporters, qi)) ? qi - 1 : -1;
      tagged[qi] = ownVerb !== null;
      if (resumed >= 0) speaker = speakers[resumed] ?? null;
      // Where the current speaker does not carry over, the person the sentence before sets the scene with speaks (sceneSubject).
      else if (speaker === null && !ownVerb && echoes[qi] === undefined && opensSentence(text, s.start, q.open)) speaker = continues ? current : who.sceneSubject(si);
      speakers[qi] = speaker;
      // "Officials said the plan was “dead”", "The gunmen, according to the source, “fled …”": a quote inside a sentence
      // someone unnamed reports (opening it, after "according to", or in a closing ", police said") is theirs.
      reporters[qi] =
        speaker !== null ? null : resumed >= 0 ? reporters[resumed] ?? null : ownVerb?.label ?? (q.open > s.start && q.close <= s.end ? reportedAt(who.unnamedReporter(si) ?? who.issuedTextSubject(si, q.open), q.open) : null);
      if (speaker !== null) {
        current = speaker;
        currentPara = q.para;
      }
    }

    if (s.para !== labelPara) {
      labelPara = s.para;
      const label = transcriptLabel(text, paras[s.para]!, names);
      if (label !== undefined) labelled = label;
    }
    const source = who.sourceOfSentence(si) ?? who.introducedBy(si);
    const scan = numberScan(tokens, s);
    // "X said 30 were killed, while Y put the toll at 55": the figures of a clause with a source of its own are that source's.
    let clauses = scan ? who.clauseSources(si) : NO_CLAUSES;
    let figures = scan ? findFigures(text, sents, si, names, segments, scan, clauses.map((c) => c.start)) : [];
    // A clause whose number is no figure ("…, and Y said it saw no evidence to support 5G claims") keeps the sentence
    // whole; one listed as holding no number keeps its own source.
    const held = clauses.filter((c, k) => c.numberless || figures.some((f) => f.figure.span.start >= c.start && f.figure.span.start < (clauses[k + 1]?.start ?? s.end)));
    if (held.length < clauses.length) {
      clauses = held;
      figures = findFigures(text, sents, si, names, segments, scan!, held.map((c) => c.start));
    }
    // Who reports the sentence's figures without being named, where nobody named does ("…, with police saying …" too).
    const unnamed = figures.length && source === null && labelled === null ? who.unnamedReporter(si) ?? who.withReporter(si) : null;
    // "According to a witness, … . They reportedly killed 12": hearsay with no speaker of its own goes on with the sentence before.
    const hearsay = figures.length && source === null && labelled === null && unnamed === null ? who.hearsaySource(si) : null;
    for (const f of figures) {
      const q = firstFrom(quoteRanges, f.figure.span.start + 1) - 1;
      const inQuote = rangeAt(segments, f.figure.span.start) !== undefined && q >= 0;
      // "…, higher than the 288 released by the ministry", "…, than Ostra's official figure of 400, reports X": a
      // figure's own agent, or the place whose official figure it is, outranks the sentence's source.
      // So does the person whose forecast it is ("beat Brandt's own estimate of 15 per cent") or toll ("the
      // toll of X remained at two"), X of a trailing ", according to X" right after it, and X of "based on
      // X's count" in its clause. A sentence no one named reports takes the X of a "The figures came from X" right after it.
      const agent = who.agentAfter(si, f.figure.span.end) ?? who.officialOwner(si, f.figure.span.start);
      const clause = clauseAt(clauses, f.figure.span.start);
      // "…, he said in Nkula, 100 kilometers north of Blantyre": a distance placing a place is the article's, nobody's report;
      // so is a market's consensus estimate set beside the source's own forecast.
      // So is the scene of a speech set in a clause opening the sentence ("Speaking at a rally of 5,000, X said"),
      // and the writer's comment after a report ("…, remarks likely to anger the 5,000 troops").
      const gloss = who.placeGloss(si, f.figure.span.start) || who.consensusFigure(si, f.figure.span.start) || who.speechSetting(si, f.figure.span.start) || who.remarkAside(si, f.figure.span.start);
      const by = gloss ? null : agent ? agent.entity : who.ownerBefore(si, f.figure.span.start) ?? who.tollOwnerBefore(si, f.figure.span.start) ?? who.accordingAfter(si, f.figure.span.end) ?? who.countBasisAfter(si, f.figure.span.end) ?? (clause ? clause.entity : source ?? labelled ?? hearsay?.entity ?? who.sourceNamedNext(si) ?? (unnamed ? null : who.businessOwner(si, f.figure.span.start)));
      const claim = figureClaim(text, f, nameOf(entityNames, by), gloss ? null : agent ? agent.reporter : clause?.reporter ?? unnamed ?? hearsay?.reporter ?? null, f.figure.span.start);
      if (inQuote) {
        quoteFigures[q]!.push(f.figure);
        quoteFigureClaims[q]!.push(claim);
      }
      claims.push(claim);
    }

    const last = quoteRanges[firstFrom(quoteRanges, s.end) - 1];
    const hasQuote = last !== undefined && last.end > s.start;
    let opening: Reporter | null;
    if (!hasQuote && clauses.length) {
      // Each clause is a statement of its own source; a first clause whose source is not named is
      // none, unless someone unnamed reports it ("Police said 30 were killed, while …").
      const parts = clauses[0]!.start > s.start ? [{ start: s.start, from: s.start, entity: source, reporter: null }, ...clauses] : clauses;
      const unnamedFirst = source === null ? who.openingReporter(si) : null;
      parts.forEach((p, k) => {
        const end = trimEnd(text, p.from, parts[k + 1]?.start ?? s.end);
        const unnamedBy = p.reporter ?? (k === 0 ? unnamedFirst : null);
        if (p.entity === null && !unnamedBy) return;
        const own = figures.filter((f) => f.figure.span.start >= p.start && f.figure.span.start < end);
        claims.push(statement(text, p.from, end, nameOf(entityNames, p.entity), own, p.entity === null ? unnamedBy!.label : null));
      });
      // "While X said six had died, the fire chief said nine. “…,” the chief said.": the speaker last
      // read is the unnamed one, whom X must not stand in for.
      const lastClause = clauses[clauses.length - 1]!;
      current = lastClause.reporter ? null : source ?? lastClause.entity;
      currentPara = s.para;
    } else if (!hasQuote && source !== null) {
      claims.push(statement(text, s.start, s.end, nameOf(entityNames, source), figures));
      current = source;
      currentPara = s.para;
    } else if (!hasQuote && (opening = who.openingReporter(si) ?? who.unnamedReporter(si))) {
      // "The Israeli military said …", "…, local officials confirmed.": someone unnamed speaks now, and a later “…,” it said is theirs.
      // What they say is kept, pinned on no one named: "A police spokeswoman said the officer
      // survived" must not vanish while the claim it retracts stays.
      claims.push(statement(text, s.start, s.end, null, figures, opening.label));
      current = null;
    }
    // "A monk told Ostra Radio that …. “…,” he said.": whoever told the carried speaker speaks now, not it.
    if (current !== null && who.toldIn(si, current)) current = null;
    const pronoun = who.pronounSubject(si);
    if (pronoun !== null) {
      current = pronoun;
      currentPara = s.para;
    }
  }
  echoes.forEach((of, i) => {
    if (of !== undefined && speakers[i] == null) speakers[i] = speakers[of] ?? null;
  });
  // A quote over several paragraphs is attributed once, often in its last paragraph: the earlier
  // paragraphs take that speaker.
  for (let i = quotes.length - 2; i >= 0; i--) {
    if (speakers[i] == null && speakers[i + 1] != null && continuesOpenQuote(quotes, i + 1, paras)) speakers[i] = speakers[i + 1]!;
  }
  for (let i = 1; i + 1 < quotes.length; i++) {
    if (speakers[i] == null && reporters[i] == null && echoes[i] === undefined && betweenOneSpeaker(quotes, speakers, paras, i)) speakers[i] = speakers[i - 1]!;
  }
  // `“Almost 30 boats” sank in the storm of “…,” police said`: a quote whose clause goes on into the next one shares its unnamed tag.
  for (let i = quotes.length - 2; i >= 0; i--) if (speakers[i] == null && reporters[i] == null && speakers[i + 1] == null && reporters[i + 1] != null && who.sharesTag(quotes[i]!, quotes[i + 1]!.open)) reporters[i] = reporters[i + 1]!;
  quoteFigureClaims.forEach((list, i) => {
    for (const c of list) {
      c.attributedTo = nameOf(entityNames, speakers[i] ?? null);
      c.reportedBy = c.attributedTo === null ? reporters[i] ?? null : null;
    }
  });

  quotes.forEach((q, i) => {
    const start = q.segments[0]!.start;
    const end = q.segments[q.segments.length - 1]!.end;
    claims.push({
      kind: 'quote',
      text: text.slice(start, end),
      attributedTo: nameOf(entityNames, speakers[i] ?? null),
      reportedBy: speakers[i] == null ? reporters[i] ?? null : null,
      figures: quoteFigures[i]!,
      span: { start, end },
    });
  });
  for (const q of found) if (q.short) shortQuote(text, sents, names, who, entityNames, q, claims);
  return claims.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** "…, it said." / "…, he added.": a pronoun and a reporting verb closing the sentence. */
const PRONOUN_CLOSING = /^[^.!?]*,\s+(?:it|he|she)\s+(?:said|says|added)\.?\s*$/;

/**
 * `X said the rulers should “urgently reverse” the order`, `Y called the case a “success.”`: a few
 * quoted words inside a sentence are a quote of its source, where that source speaks for them (named
 * before them, or after them as "…, said X" or "…, it said", or the "He" opening it), or of an unnamed reporter whose report
 * holds them ("officials said it was 'reckless'"); otherwise they are a scare quote, as they are where that
 * reporter's verb only names something ("Officials described the protesters as “grannies”"). In
 * "X said …, but Y said he was 'dismayed'" they are the words of the clause's own speaker, Y.
 */
function shortQuote(text: string, sents: Sentence[], names: Named[], who: Attributor, entityNames: string[], q: Quote, claims: Claim[]): void {
  const si = firstFrom(sents, q.open + 1) - 1;
  const s = sents[si];
  if (!s || q.close > s.end) return;
  const source = who.sourceOfSentence(si);
  const { start, end } = q.segments[0]!;
  if (source === null) {
    // "Kelmor alluded to “eight cases”": the words of the person the clause's subject is.
    const subject = who.quotingSubject(si, q.open, q.close);
    if (subject !== null) {
      claims.push({ kind: 'quote', text: text.slice(start, end), attributedTo: nameOf(entityNames, subject), reportedBy: null, figures: [], span: { start, end } });
      return;
    }
    // "Officials said the rescue was 'miraculous'": an unnamed reporter whose report holds the words.
    const reporter = who.unnamedReporter(si);
    if (reporter !== null && (reporter.end <= q.open || reporter.start >= q.close) && q.close <= reporter.until && !labels(text, reporter, q.open)) {
      claims.push({ kind: 'quote', text: text.slice(start, end), attributedTo: null, reportedBy: reporter.label, figures: [], span: { start, end } });
    }
    return;
  }
  // "He described 12 of the injured as “critical”": a sentence opening with the source's pronoun speaks for them too.
  // "the Ostra-based rights group said it had heard “…”": so does a source the words before the quote call by a description.
  const before = who.speakerBefore(si, q.open);
  if (!(speaksForQuote(text, names, source, s, q) || PRONOUN_CLOSING.test(text.slice(q.close, s.end)) || who.pronounSubject(si) === source || before === source)) return;
  const speaker = before ?? source;
  claims.push({ kind: 'quote', text: text.slice(start, end), attributedTo: nameOf(entityNames, speaker), reportedBy: null, figures: [], span: { start, end } });
}

/**
 * "Officials described the protesters as “grannies”", "police called them “rioters”": the unnamed reporter's verb,
 * past its fillers ("have also"), names what it speaks of; the few quoted words are that label, set off by the
 * article, no speech of theirs. A named speaker's label stays theirs ("Prosecutor Ana Ruiz called the case a “success”").
 */
function labels(text: string, reporter: Reporter, open: number): boolean {
  let at = reporter.end;
  for (let k = 0; k < MAX_FILLERS; k++) {
    const from = spacesFrom(text, at, open);
    const word = lowerWordAfter(text, at, open);
    if (!VERB_FILLERS.has(word)) return NAMING_VERBS.has(word);
    at = from + word.length;
  }
  return false;
}
const MAX_FILLERS = 3;
const NAMING_VERBS = new Set('described describes called calls dubbed dubs branded brands termed labelled labeled labels'.split(' '));

const NO_CLAUSES: ClauseSource[] = [];

/** The clause with a source of its own that holds `pos`, if any. */
function clauseAt(clauses: ClauseSource[], pos: number): ClauseSource | undefined {
  let found: ClauseSource | undefined;
  for (const c of clauses) if (c.start <= pos) found = c;
  return found;
}

/** `end` moved back over the spaces and commas that close a clause ("…were killed, while"). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  return end;
}

/** The statement text[from, end), said by `attributedTo` (or, when null, reported by someone unnamed), with the figures found in it. */
function statement(text: string, from: number, end: number, attributedTo: string | null, figures: FigureHit[], reportedBy: string | null = null): Claim {
  return { kind: 'statement', text: text.slice(from, end), attributedTo, reportedBy: attributedTo === null ? reportedBy : null, figures: figures.map((f) => f.figure), span: { start: from, end } };
}

/** The words of an unnamed reporter whose report holds `pos`, or null. */
function reportedAt(reporter: Reporter | null, pos: number): string | null {
  return reporter !== null && pos < reporter.until ? reporter.label : null;
}

/** Canonical name of an entity, or null. */
function nameOf(entityNames: string[], entity: number | null): string | null {
  return entity === null ? null : entityNames[entity] ?? null;
}

/** A figure claim; `unnamed` reports it where no one named does and its report holds the figure at `pos`. */
function figureClaim(text: string, f: FigureHit, attributedTo: string | null, unnamed: Reporter | null, pos: number): Claim {
  return {
    kind: 'figure',
    text: text.slice(f.claim.start, f.claim.end),
    attributedTo,
    reportedBy: attributedTo === null ? reportedAt(unnamed, pos) : null,
    figures: [f.figure],
    span: { ...f.claim },
  };
}

/** The previous quote ran to the end of the previous paragraph without closing (a quote over several paragraphs). */
function continuesOpenQuote(quotes: Quote[], i: number, paras: Range[]): boolean {
  const prev = quotes[i - 1];
  const q = quotes[i]!;
  return !!prev && prev.para === q.para - 1 && !prev.closed && prev.close === paras[prev.para]!.end;
}

/**
 * `“The roof fell in,” said a bus driver named Orla. ¶ “Then came the dust.”`: a quote opening its paragraph with no tag
 * of its own, right after a paragraph that a quote someone unnamed said closes (no sentence after its tag), goes on in that
 * person's words, as it does after a named speaker's (`current`). Why: the unnamed speaker was not carried over, and the
 * quote went to no one.
 */
function strangerGoesOn(sents: Sentence[], paras: Range[], quotes: Quote[], speakers: (number | null)[], reporters: (string | null)[], qi: number): boolean {
  const prev = quotes[qi - 1];
  const q = quotes[qi]!;
  if (prev === undefined || speakers[qi - 1] != null || reporters[qi - 1] == null || prev.para !== q.para - 1 || q.open !== paras[q.para]!.start) return false;
  const last = firstFrom(sents, prev.close) - 1;
  return last >= 0 && sents[last + 1]?.para !== prev.para;
}

/** Paragraphs a quote's speaker reaches over narration to an untagged quote paragraph ("X played down his role."). */
const SPEAKER_PARAGRAPH_GAP = 2;

/**
 * Quote `i` fills its paragraph and names no speaker, the next paragraph is a quote and a quote of
 * at most SPEAKER_PARAGRAPH_GAP paragraphs before it is one of the same speaker: the speaker goes
 * on through it (an interview written as quote paragraphs, each tagged now and then).
 */
function betweenOneSpeaker(quotes: Quote[], speakers: (number | null)[], paras: Range[], i: number): boolean {
  const q = quotes[i]!;
  const para = paras[q.para]!;
  const before = speakers[i - 1];
  return (
    before != null &&
    before === speakers[i + 1] &&
    quotes[i + 1]!.para === q.para + 1 &&
    q.para - quotes[i - 1]!.para <= SPEAKER_PARAGRAPH_GAP &&
    q.open === para.start &&
    q.close === para.end
  );
}

/**
 * For each quote whose words all appear inside another quote (a pull quote, set apart from the
 * text it repeats), the index of that other quote.
 */
function echoOf(text: string, quotes: Quote[]): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  // One quote echoes no other.
  if (quotes.length < 2 || quotes.length > MAX_QUOTES_FOR_ECHOES) return out;
  const lower = quotes.map((q) => q.segments.map((r) => text.slice(r.start, r.end)).join(' ').toLowerCase());
  // Words of a quote are read only where another quote may hold them.
  const bodies: (QuoteBody | undefined)[] = [];
  lower.forEach((quote, i) => {
    // The other quote holds the quote's long words too: most pairs fail that at once.
    const probe = longWord(quote) ?? (bodies[i] ??= quoteBody(quote)).longest;
    for (let j = 0; j < lower.length; j++) {
      if (j === i || !lower[j]!.includes(probe)) continue;
      const body = (bodies[i] ??= quoteBody(quote));
      if (body.words < 4) return;
      const other = (bodies[j] ??= quoteBody(lower[j]!));
      if (other.text.length > body.text.length && other.text.includes(body.text)) {
        out[i] = j;
        return;
      }
    }
  });
  return out;
}

/** The first run of seven or more ASCII lower-case letters (`/[a-z]{7,}/`), long enough to be rare in other quotes. */
function longWord(s: string): string | undefined {
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (i - start >= 7) return s.slice(start, i);
    start = i + 1;
  }
  return undefined;
}

/** The words of a lower-case quote, each between spaces, how many there are and the longest. */
interface QuoteBody {
  text: string;
  words: number;
  longest: string;
}

function quoteBody(lower: string): QuoteBody {
  const words = runs(lower, LETTER | NUMBER);
  let longest = '';
  for (const w of words) if (w.length > longest.length) longest = w;
  return { text: ` ${words.join(' ')} `, words: words.length, longest };
}
