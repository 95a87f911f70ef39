/** Finds the capitalised names of an article's sentences and reads each as an occurrence, with the role written around it. */

import { codeAt, spacesBefore } from '../chars';
import { bodyHeadAfter, ownsGovernment } from './body-heads';
import { officeBefore } from './office-of';
import { titleOfBodyBefore } from './title-of-body';
import { ownedMinistry } from './owned-ministry';
import { headWordsAfterShortForm, isBracketedSiteList, isInsertionBeforeName } from './bracketed-names';
import { readCapitals } from './capital-uses';
import { capitalisedRun } from './capitalised-run';
import { channelNounLength } from './channel-codes';
import { companyNamed, companyTail, isCompanyNounAfter, isFoundersInitials, keepsNameApostrophe } from './company-names';
import { isCurrencyMark } from './currency-marks';
import { isGluedAmount } from './glued-amounts';
import { withGluedNamesSplit } from './glued-names';
import { withDigitNames } from './digit-names';
import { demonymOutletRun, demonymOutlets } from './demonym-outlets';
import { isCapitalsCompoundTail, isTitleCase, withoutLabels } from './headlines';
import { COMPANY_AFTER, creditedInDateline, MEDIUM_AFTER, OFFICE_OWNED_AFTER } from './institution-cues';
import { BARE_ARTICLES, HONORIFICS, MILITARY_RANKS, OUTLETS } from '../lexicon';
import { abbreviatesNameBefore, isKnownAs, isQuotedAlias, nameRunningOn, termShortForms } from './name-aliases';
import { nameParts } from './name-parts';
import { nameWords } from './name-joins';
import { partyName } from './party-names';
import { leadingParticles, particleSurnames } from './name-particles';
import { speaksApposedAfterQuote } from './person-cues';
import { isApposedTitle, mayBePerson, roleAround, titleApposedBefore, titleBeforeHonorific } from './name-roles';
import { isHeadToken } from './name-shapes';
import { endsWithColourNickname } from './nicknames';
import { describesBody, joinsDescriptions, isCapitalisedLeadIn, isClockZone, isCompassDemonym, isDemonymCompound, isCrowd, isHolidayName, isPeople, isCameraKind, isDeviceName, isExchangeTicker, isFieldBeforeCompanyNoun, isBillName, isAccountItem, isCapitalisedCommonWord, isOrdinaryOutletWord, isReportQualifier, isRevisionLabel, isWebNoun, isOwnChannel, isCreedBeforePerson, isDocumentPart, isLetterThing, isLetterWord, isTitleAbbreviation, PARTY_TAG, withoutLoneMonths, withoutMemberTitles, withoutProgrammes, YEAR_LABEL } from './non-names';
import { keyOf, type Known, type Occurrence } from './occurrence';
import { isPortfolio } from './portfolios';
import { listedPortfolio } from './portfolio-lists';
import { isQuotedModifier, isTitledWork } from './quoted-titles';
import { markStreetNames } from './street-names';
import { isTitleOnly } from './title-words';
import { firstEndingAfter, firstFrom } from '../ranges';
import type { Sentence } from '../sentences';
import { APPOSITION, followsDateline, isAbstractPlural, isFieldPlural, isSentenceAdverb, opensWithOrdinaryWord, qualifiesTitleAfter, reportingVerbFollows } from './sentence-openers';
import { isAcronym, plain, type Token } from '../tokens';
import { COMMON, DEMONYM, GIVEN_NAME, REPORTING_VERB, ROLE_HEAD, ROLE_MODIFIER, VERB_FILLER } from '../wordclass';

/** Capitalised spans of every sentence, split at titles and cleaned of non-names. */
export function findOccurrences(text: string, sents: Sentence[], asWritten: readonly Token[], known: Known): Occurrence[] {
  const { tokens, digitNames } = withDigitNames(withGluedNamesSplit(asWritten));
  // A word also seen in lower case is a common noun.
  const lowerWords = new Set<string>();
  // The capitalised words as written, for the places a demonym is made from: a place is written with its
  // capital, and a word's capital is read from its letters alone, so no other word is one of them.
  const written = new Set<string>();
  // Where the capitalised words are: the readings below go through these, not through every word again.
  const capitals: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.capitalised) {
      written.add(t.text);
      capitals.push(k);
    } else lowerWords.add(t.lower);
  }
  const { evidence, midSentence, namedElsewhere } = readCapitals(text, tokens, capitals, known);
  const particleNames = particleSurnames(text, tokens, capitals);
  const papers = demonymOutlets(text, tokens);
  const terms = termShortForms(text, tokens);
  // Rules ask this of the same words again and again; a token's class is its lower-case word's, so the answer is kept by that word.
  const commonNouns = new Map<string, boolean>();
  const isCommonNoun = (t: Token): boolean => {
    let common = commonNouns.get(t.lower);
    if (common === undefined) {
      common = (t.cls & COMMON) !== 0 || lowerWords.has(t.lower) || (t.lower.endsWith('s') && lowerWords.has(t.lower.slice(0, -1))) || lowerWords.has(`${t.lower}s`);
      commonNouns.set(t.lower, common);
    }
    return common;
  };

  const out: Occurrence[] = [];
  // Keys (as written) of names a company's noun showed to be one name across "in" or "of", or a party's noun across "and".
  const companies = new Set<string>();
  // Peoples the article names as such ("minority Varnis"): "the Varni and …" elsewhere is the same people.
  const peoples = new Set<string>();
  for (const s of sents) {
    const from = firstFrom(tokens, s.start);
    const to = firstEndingAfter(tokens, from, s.end);
    if (isTitleCase(tokens, from, to, isCommonNoun)) continue;
    for (let i = from; i < to; i++) {
      if (!tokens[i]!.capitalised || isCurrencyMark(text, tokens[i]!) || isLetterWord(tokens[i]!) || isGluedAmount(tokens[i]!)) continue;
      const start = tokens[i]!;
      const opening = i;
      const lead = leadingParticles(text, tokens, i, from, particleNames);
      let run = capitalisedRun(text, tokens, i, to, isCommonNoun);
      i += run.length - 1;
      if (isQuotedModifier(text, run, tokens[i + 1]) || isCapitalisedLeadIn(run, tokens[i + 1]) || isTitledWork(text, run)) continue;
      if (isBracketedSiteList(text, tokens, run, opening, from) || isInsertionBeforeName(text, run, tokens[i + 1])) continue;
      if (endsWithColourNickname(run)) run = run.slice(0, -3);
      // "Vijay Raje Scindia (VRS) Hospital and Queen Mary College": "Hospital" ends the bracketed name.
      run = after(run, headWordsAfterShortForm(text, tokens, run, opening, from));
      if (!run.length) continue;
      // "national TV M1 reported": the channel is "M1".
      run = after(run, channelNounLength(run, opening > from ? tokens[opening - 1] : undefined));
      if (isApposedTitle(text, tokens, run, out[out.length - 1], i + 1, to)) {
        out[out.length - 1]!.role ??= plain(text.slice(run[0]!.start, tokens[i]!.end));
        continue;
      }
      if (opensWithOrdinaryWord(run, tokens[i + 1], known, evidence.named, evidence.solo, midSentence) || qualifiesTitleAfter(text, run)) run = run.slice(1);
      // "THE Coalition has …": a lead-in's first word set in capitals is no part of the name.
      else if (run.length > 1 && BARE_ARTICLES.has(run[0]!.lower) && isAcronym(run[0]!.text) && !isAcronym(run[1]!.text)) run = run.slice(1);
      // "STATE-OWNED Kelmor Bank": a lead-in's compound set in capitals is no part of the name after it.
      else if (isCapitalsCompoundTail(text, run)) run = run.slice(1);
      if (i + 1 < to && (describesBody(tokens, run, tokens[i + 1], from, isCommonNoun) || joinsDescriptions(run, tokens[i + 1], isCommonNoun, known, text))) continue;
      const runEnd = tokens[i]!;
      const body = bodyHeadAfter(text, tokens, i + 1, to);
      // "The Law and Justice party" stays one name, and so does "Law and Justice" after it.
      const party = run[run.length - 1] === runEnd ? partyName(run, tokens[i + 1], tokens[i + 2]) : null;
      if (party) companies.add(keyOf(party.map((t) => t.text)));
      // "Kelmor in Motion", once named after "the maker", stays one name, also after "Shares of".
      const whole = !party && run.length > 2 && companyNamed(tokens, opening, run);
      if (whole) companies.add(keyOf(run.map((t) => t.text)));
      const company = whole ? 0 : party ? run.length - party.length : companyTail(run, companies);
      let parts = company >= 0 ? [...(company > 1 ? nameParts(text, run.slice(0, company - 1), evidence) : []), { tokens: run.slice(company), role: null }] : nameParts(text, run, evidence);
      if (isFoundersInitials(run, tokens[i + 1])) parts = [{ tokens: run, role: null }];
      // "3M said": a digit-led company's name of one word (digit-names.ts), which isName reads as a unit's letters ("5G").
      else if (!parts.length && run.length === 1 && digitNames.has(run[0]!.text)) parts = [{ tokens: run, role: null }];
      parts = listedPortfolio(text, run) ?? parts;
      // "(The) Kenyan police": a demonym, no name alone, names the body whose head follows it.
      if (body >= 0 && !parts.length && runEnd.cls & DEMONYM) parts = [{ tokens: [runEnd], role: null }];
      // "The Kelmorian newspaper": "The" and a demonym the article shows to be a paper name it.
      const paper = parts.length ? null : demonymOutletRun(run, papers);
      if (paper) parts = [{ tokens: paper, role: null }];
      // "The Labour Kelmor North TD, Mr Pádraig Dunne,": a title set before the name is its role,
      // over a bare honorific or rank ("Mr", "Brigadier").
      // "According to the president, Kelmor-PF, which has ruled …": a name "which" follows is a thing, no titled person.
      const apposed = parts.length && !THING_AFTER.test(text.slice(runEnd.end, runEnd.end + 8)) ? (titleApposedBefore(text, tokens, opening, from) ?? titleOfBodyBefore(text, tokens, opening, from)) : null;
      const head = parts[0];
      if (apposed && head && (head.role ? !head.role.includes(' ') && text.startsWith(head.role, start.start) : head.tokens[0] === start) && mayBePerson(head.tokens, known)) {
        parts[0] = { ...head, role: apposed };
      }
      for (const part of parts) {
        // "von der Leyen": the particles before the run open the name they were seen in.
        if (lead.length && part.tokens[0] === start) part.tokens = [...lead, ...part.tokens];
        // "the 4th Infantry Division": a unit's ordinal is part of its name.
        else if (part.tokens[0] === start && opening > from && ORDINAL.test(tokens[opening - 1]!.text) && UNIT_HEADS.test(part.tokens[part.tokens.length - 1]!.lower)) part.tokens = [tokens[opening - 1]!, ...part.tokens];
        // "Kelmor’s Defense Ministry": the country owns a ministry its portfolio alone names.
        else part.tokens = ownedMinistry(text, tokens, opening, from, part.tokens) ?? part.tokens;
        const first = part.tokens[0]!;
        // The part's lower-case words, read once for the rules below (an owned body's words are added at the end).
        const words = nameWords(text, part.tokens);
        // "@BBhuttoZardari": a handle is no name as written; "the Finance Bill" is a bill; "Net Assets" a line of accounts.
        // "the #EndKelm movement": a hashtag is no name as written either.
        if (codeAt(text, first.start - 1) === 64 || codeAt(text, first.start - 1) === 35 || isBillName(words) || isAccountItem(words)) continue;
        // "Honorary Adviser", "Head of State", "Directors": an office's words alone name no one.
        if (!part.role && isTitleOnly(part.tokens)) continue;
        // "Earnings per share (EPS)", "the Cabinet Secretary (CS)": a term's or a title's short form, wherever used alone.
        if (part.tokens.length === 1 && !part.role && terms.has(first.text)) continue;
        // "Gov. Ana Ruiz, D-Va.": a party and state tag is no name; nor is a year's label ("FY2017-18") or "Web" in "Web site".
        if (part.tokens.length === 1 && isOneWordNonName(text, tokens, first, part.role, from, to, isCommonNoun)) continue;
        // "the Chief Registrar of the Federation, Dr Ana Varn,": the head closes her title (title-of-body.ts), no body's name.
        if (part.tokens.length === 1 && first === runEnd && i + 1 < to && titleOfBodyBefore(text, tokens, i + 1, from)) continue;
        // "Housing Minister Tomas Varga" where the article also writes "housing": the word is the
        // title's portfolio, not a name ("Acme chief executive" keeps Acme).
        // "Union Home Minister Ravi Mehta", "Assembly speaker Ravi Mehta": a body's head word alone before
        // a title is the office's, part of the title; it names no body of its own.
        if (part.tokens.length === 1 && !isAcronym(first.text) && (part.beforeTitle || (first === runEnd && titleOpensAt(tokens, i + 1, to))) && (isCommonNoun(first) || isHeadToken(first))) continue;
        // "Treasury Cabinet Secretary Ana Varn": a portfolio before "Cabinet" and a title is all the title, a cabinet's member's.
        if (part.beforeTitle && part.tokens.length > 1 && part.tokens[part.tokens.length - 1]!.lower === 'cabinet' && part.tokens.slice(0, -1).every(isPortfolio)) continue;
        // "Health and Child Care minister Ana Varn": portfolio words of several, right before a lower-case title, are the title's.
        if (part.tokens.length > 1 && part.tokens[part.tokens.length - 1] === runEnd && part.tokens.every(isPortfolio) && titleOpensAt(tokens, i + 1, to)) continue;
        const last = part.tokens[part.tokens.length - 1]!;
        // "… Ostra Cross (IFOC) and Varn Crescent Societies said": the words after "and", ending in a plural head both halves share, end the name before the bracket, which speaks.
        const runOn = !part.role && part.tokens.length > 1 && isHeadToken(last) && last.lower.endsWith('s') ? nameRunningOn(text, first.start, out) : null;
        if (runOn) {
          runOn.end = last.end;
          continue;
        }
        // "the Ravi Dutta hospital": a hospital takes its founder's given name too.
        const ownsBody = body >= 0 && last === runEnd && !part.role && (!(first.cls & GIVEN_NAME) || tokens[body]!.text === 'hospital') && !OUTLETS.has(words.join(' '));
        if (!ownsBody && last === runEnd && isCompassDemonym(part.tokens, tokens[i + 1])) continue;
        if (!part.role && isHolidayName(text, part.tokens, last === runEnd ? tokens[i + 1] : undefined)) continue;
        if (!ownsBody && !part.role && isPeople(text, part.tokens, last === runEnd ? tokens[i + 1] : undefined, written)) {
          peoples.add(singularOf(words.join(' ')));
          // "Kelmese Protesters … the Kelmese tribe": the people a crowd is of is no source either.
          if (words.length > 1 && isCrowd(last)) peoples.add(singularOf(words.slice(0, -1).join(' ')));
          continue;
        }
        if (part.tokens.length === 1 && (first.initial || followsDateline(text, first)) && !part.role) {
          const keep =
            // "Up to 50 died", "Us too": a known two-letter name is initials ("UP", "US"), read only in capitals.
            (known(first.lower) && !(first.lower.length === 2 && first.text !== first.text.toUpperCase())) ||
            // "Ostra, March 3 (KNA) –": the wire credited in the dateline; "KTV state radio said": a broadcaster before its medium.
            (isAcronym(first.text) && (creditedInDateline(text, first.start, first.end) || MEDIUM_AFTER.test(text.slice(first.end, first.end + 40)))) ||
            (ownsBody && (isAcronym(first.text) || (first.cls & DEMONYM) !== 0 || (ownsGovernment(first, tokens[body]!) && !isCommonNoun(first)))) ||
            namedElsewhere(first) ||
            abbreviatesNameBefore(text, tokens, first, from) ||
            // "Ostratu’s president expressed …": a word that fills a body's office names it, also at a sentence's start.
            (first.possessive && !isCommonNoun(first) && OFFICE_OWNED_AFTER.test(text.slice(first.end, first.end + 40))) ||
            // "Kelmortel on Thursday (Nov 9) posted an 8 percent rise in net profit": a company reporting its results opens the sentence.
            (!isCommonNoun(first) && COMPANY_AFTER.test(text.slice(first.end, first.end + 120))) ||
            (!isCommonNoun(first) &&
              !isAbstractPlural(first.lower) &&
              !isFieldPlural(first.lower) &&
              // "Previously, reports said …": an adverb in "-ly" opening the sentence is no subject of the verb after it.
              !isSentenceAdverb(first) &&
              (reportingVerbFollows(tokens, tokens.indexOf(first, from) + 1, to) || APPOSITION.test(text.slice(first.end, first.end + 40)) || speaksApposedAfterQuote(text, first.start, first.end)));
          // "Union negotiators are to meet", "Hospital sources insist": a body's head opening a sentence before a plural noun is that noun's modifier, no name.
          if (!keep || (isHeadToken(first) && pluralNounAt(tokens, i + 1, to))) continue;
        }
        // "Chief executive Dr Ana Ruiz": the title before the honorific that opens the run is the role.
        // "army spokesman Col. Ana Ruiz": so is the title before a rank, a role only where no other is written.
        if ((first === tokens[opening + 1] && part.role && HONORIFICS.has(start.lower)) || isRankOnly(part.role)) part.role = titleBeforeHonorific(text, tokens, opening, from, isCommonNoun) ?? part.role;
        const apostrophe = !ownsBody && last === runEnd && keepsNameApostrophe(text, last, first, i + 1 < to ? tokens[i + 1] : undefined);
        const end = ownsBody ? tokens[body]!.end : apostrophe ? last.end + 2 : (part.through ?? last).end;
        // "the Dalai Lama's exile government" is also "the Dalai Lama's government": the exile is no word of its key.
        if (ownsBody) for (let k = i + 1; k <= body; k++) if (tokens[k]!.text !== 'exile') words.push(tokens[k]!.lower);
        if (apostrophe) words[words.length - 1] += text.slice(last.end, end).toLowerCase();
        // "The office of President Ana Ruiz": the office, named with the title and the person, is the name.
        const office = part.role && first !== start && !ownsBody && !apostrophe ? officeBefore(text, tokens, opening, from) : -1;
        if (office >= 0) words.unshift('office', 'of', ...nameWords(text, run.slice(0, run.indexOf(first))));
        const role = office >= 0 ? null : part.role ?? (ownsBody ? null : personsRole(part.tokens, roleAround(text, tokens, first === start ? opening : -1, last === runEnd ? i + 1 : -1, from, to, isCommonNoun), known));
        out.push({
          start: office >= 0 ? tokens[office]!.start : first.start,
          end,
          // "Tomas  Varnek": a typo's second space is no part of the name as shown.
          form: office >= 0 ? `Office of ${plain(text.slice(start.start, end))}` : singleSpaced(plain(text.slice(first.start, part.through ? last.end : end))),
          words,
          key: keyOf(words),
          role,
          bracketed: text[first.start - 1] === '(' && text[end] === ')' && text[first.start - 2] === ' ',
          knownAs: isKnownAs(text, first.start, out[out.length - 1]) || isQuotedAlias(text, first.start, end, out[out.length - 1]),
          owner: !ownsBody && !apostrophe && last.possessive,
          titled: role !== null && endsWithRole(text, first.start, role),
          company: last === runEnd && !ownsBody && !apostrophe && isCompanyNounAfter(last, tokens[i + 1]),
          street: false,
        });
      }
    }
  }
  const named = peoples.size ? out.filter((o) => o.role || !peoples.has(singularOf(o.words.join(' ')))) : out;
  return markStreetNames(withoutLabels(text, withoutProgrammes(text, withoutMemberTitles(text, withoutLoneMonths(named)))));
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const DOUBLE_SPACE = / {2,}/g;
/** The form with each run of spaces made one; the expression runs only on the few forms that have such a run. */
const singleSpaced = (form: string): string => (form.includes('  ') ? form.replace(DOUBLE_SPACE, ' ') : form);
const THING_AFTER = /^,\s+which\b/;
/** Last words of a numbered military or police unit's name. */
const UNIT_HEADS = /^(?:division|brigade|battalion|regiment|corps|fleet|army|squadron|infantry|command|district)$/;

/**
 * The role written around a name, where the name may be a person's. The role is read first: most names
 * have none, and then whether the name is a person's (its key looked up) need not be asked.
 */
const personsRole = (name: Token[], role: string | null, known: Known): string | null => (role !== null && mayBePerson(name, known) ? role : null);

/**
 * One word that is no name, whatever the article says of it elsewhere: a party's tag, a year's label, a demonym's compound, a
 * letter's thing, a ticker, a time zone, a device, a camera, a title's capitals, a revision label, a report's qualifier, a
 * common word of public life, an outlet's ordinary word, the "Web" of "Web site", a platform a speaker posts on, a creed, a
 * part of a law or a field before a company's noun (non-names.ts). `role` is the role written with the word; the sentence
 * runs from `from` to `to`.
 */
function isOneWordNonName(text: string, tokens: readonly Token[], first: Token, role: string | null, from: number, to: number, isCommonNoun: (t: Token) => boolean): boolean {
  // The tag, the label, a demonym's compound and a letter's thing need a hyphen or a digit: a word of ASCII letters alone (shape 0) skips them.
  return (first.shape !== 0 && (PARTY_TAG.test(first.text) || YEAR_LABEL.test(first.text) || isDemonymCompound(first) || isLetterThing(tokens, first, from))) || isExchangeTicker(text, first) || isClockZone(text, first) || isDeviceName(first) || isCameraKind(text, first) || isTitleAbbreviation(tokens, first, from) || isRevisionLabel(text, first) || isReportQualifier(tokens, first, from, to) || (isCapitalisedCommonWord(first) && !role) || isOrdinaryOutletWord(tokens, first, from, to) || isWebNoun(text, first) || isOwnChannel(text, first) || (!role && isCreedBeforePerson(text, first)) || isDocumentPart(text, first) || isFieldBeforeCompanyNoun(text, tokens, first, from, to, isCommonNoun(first));
}

/** The run from its k-th word: slice copies the array even from 0, which most runs keep whole. */
const after = (run: Token[], k: number): Token[] => (k ? run.slice(k) : run);

const singularOf = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

/** A role that is only military ranks ("Lt. Gen", "Col"). */
const isRankOnly = (role: string | null): boolean => role !== null && role.split(/[\s.]+/).every((w) => w === '' || MILITARY_RANKS.has(w.toLowerCase()));

/** tokens[k] is a lower-case title ("speaker") right before a capitalised word, within the sentence that ends at `to`. */
const titleOpensAt = (tokens: readonly Token[], k: number, to: number): boolean => {
  // "Ambulance Service deputy director Ana Ruiz": a title's lower-case qualifiers come before its word.
  for (let q = 0; q < 2 && k + 1 < to && !tokens[k]!.capitalised && tokens[k]!.cls & ROLE_MODIFIER && !(tokens[k]!.cls & ROLE_HEAD); q++) k++;
  return k + 1 < to && !tokens[k]!.capitalised && (tokens[k]!.cls & ROLE_HEAD) !== 0 && tokens[k + 1]!.capitalised;
};

/**
 * tokens[k] is a lower-case plural noun, within the sentence that ends at `to`: one of people by what
 * they do ("negotiators", "members"), of acts ("privatisations", "payments") or one the lexicon knows
 * as common ("sources"); not a verb that agrees with a singular subject ("Bank raises rates").
 */
const pluralNounAt = (tokens: readonly Token[], k: number, to: number): boolean => {
  if (k >= to) return false;
  const t = tokens[k]!;
  if (t.capitalised || t.lower.length <= 5 || t.cls & (REPORTING_VERB | VERB_FILLER)) return false;
  return /(?:ers|ors|ions|ments)$/.test(t.lower) || ((t.cls & COMMON) !== 0 && t.lower.endsWith('s') && !t.lower.endsWith('ss'));
};

/** The title `role` ends the text before `start`, spaces aside ("Mr Karim": "Mr"), read without copying that text. */
function endsWithRole(text: string, start: number, role: string): boolean {
  const gap = spacesBefore(text, start);
  return gap >= role.length && text.startsWith(role, gap - role.length);
}
