/** The public face of attribution: one context per text, asked who said what; each question is answered in the module of its concern. */
import { attributionContext, type AttributionContext, type Named } from './context';
import { accordingAfter, clauseSources, type ClauseSource } from './clause-sources';
import { agentAfter, businessOwner, consensusFigure, countBasisAfter, officialOwner, ownerBefore, placeGloss, remarkAside, sourceNamedNext, speechSetting, tollOwnerBefore, type Agent } from './figure-owners';
import { hearsaySource, type Hearsay } from './hearsay';
import { introducedBy } from './introduced-paragraphs';
import { pronounSubject } from './pronouns';
import type { Quote } from '../quotes';
import { issuedTextSubject, quotingSubject, reportedInClause, sceneSubject, sharedTagStart, speakerBefore, speakerOf, unnamedIntroduced } from './quote-speakers';
import type { Range, Sentence } from '../sentences';
import { sourceOfSentence, toldIn, withReporter } from './sentence-sources';
import type { Token } from '../tokens';
import { openingReporter, reporterAfter, unnamedReporter, type Reporter } from './unnamed-reporters';

export type { Agent, ClauseSource, Hearsay, Named, Reporter };

/** Finds who said what: speakers of quotes, sources of sentences and clauses, antecedents of pronouns. */
export class Attributor {
  private readonly ctx: AttributionContext;

  constructor(text: string, sents: Sentence[], names: Named[], quoted: Range[], tokens: readonly Token[]) {
    this.ctx = attributionContext(text, sents, names, quoted, tokens);
  }

  speakerOf(q: Quote, paraEnd: number, nextOpen: number | null): number | null {
    return speakerOf(this.ctx, q, paraEnd, nextOpen);
  }

  sharesTag(q: Quote, nextOpen: number): boolean {
    return sharedTagStart(this.ctx, q, nextOpen) !== null;
  }

  unnamedIntroduced(q: Quote): boolean {
    return unnamedIntroduced(this.ctx, q);
  }

  reportedInClause(q: Quote): boolean {
    return reportedInClause(this.ctx, q);
  }

  quotingSubject(i: number, open: number, close: number): number | null {
    return quotingSubject(this.ctx, i, open, close);
  }

  issuedTextSubject(i: number, open: number): Reporter | null {
    return issuedTextSubject(this.ctx, i, open);
  }

  sceneSubject(i: number): number | null {
    return sceneSubject(this.ctx, i);
  }

  speakerBefore(i: number, pos: number): number | null {
    return speakerBefore(this.ctx, i, pos);
  }

  reporterAfter(q: Quote, paraEnd: number): Reporter | null {
    return reporterAfter(this.ctx, q, paraEnd);
  }

  openingReporter(i: number): Reporter | null {
    return openingReporter(this.ctx, i);
  }

  unnamedReporter(i: number): Reporter | null {
    return unnamedReporter(this.ctx, i);
  }

  withReporter(i: number): Reporter | null {
    return withReporter(this.ctx, i);
  }

  hearsaySource(i: number): Hearsay | null {
    return hearsaySource(this.ctx, i);
  }

  sourceOfSentence(i: number): number | null {
    return sourceOfSentence(this.ctx, i);
  }

  introducedBy(i: number): number | null {
    return introducedBy(this.ctx, i);
  }

  toldIn(i: number, told: number): boolean {
    return toldIn(this.ctx, i, told);
  }

  clauseSources(i: number): ClauseSource[] {
    return clauseSources(this.ctx, i);
  }

  accordingAfter(i: number, pos: number): number | null {
    return accordingAfter(this.ctx, i, pos);
  }

  agentAfter(i: number, pos: number): Agent | null {
    return agentAfter(this.ctx, i, pos);
  }

  officialOwner(i: number, pos: number): Agent | null {
    return officialOwner(this.ctx, i, pos);
  }

  sourceNamedNext(i: number): number | null {
    return sourceNamedNext(this.ctx, i);
  }

  placeGloss(i: number, start: number): boolean {
    return placeGloss(this.ctx, i, start);
  }

  consensusFigure(i: number, start: number): boolean {
    return consensusFigure(this.ctx, i, start);
  }

  speechSetting(i: number, start: number): boolean {
    return speechSetting(this.ctx, i, start);
  }

  remarkAside(i: number, start: number): boolean {
    return remarkAside(this.ctx, i, start);
  }

  pronounSubject(i: number): number | null {
    return pronounSubject(this.ctx, i);
  }

  ownerBefore(i: number, pos: number): number | null {
    return ownerBefore(this.ctx, i, pos);
  }

  tollOwnerBefore(i: number, pos: number): number | null {
    return tollOwnerBefore(this.ctx, i, pos);
  }

  businessOwner(i: number, pos: number): number | null {
    return businessOwner(this.ctx, i, pos);
  }

  countBasisAfter(i: number, pos: number): number | null {
    return countBasisAfter(this.ctx, i, pos);
  }
}
