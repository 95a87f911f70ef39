import type { ArticleMeta, Detection } from '../article/types';
import type { Claim, Comparator, Extraction, Figure, MentionKind, Span } from '../extract/types';

/** What the content script found on a page: the input of the context builder. */
export interface PageAnalysis {
  url: string;
  detection: Detection;
  article: ArticleMeta;
  extraction: Extraction;
}

/** What the cache knows about an entity, as a reader needs it. */
export interface EntityInfo {
  id: string;
  name: string;
  kind: MentionKind;
  description: string;
  country: string | null;
  founded: number | null;
  ownerName: string | null;
  role: string | null;
  domains: string[];
  ratings: { rater: string; value: string; date: string; url: string }[];
  source: string;
}

/** Why a mention was matched to an entity: the article's form and the cached name or alias it equals. */
export interface MatchReason {
  form: string;
  alias: string;
}

export interface SourceCard {
  name: string;
  kind: MentionKind;
  count: number;
  forms: string[];
  role: string | null;
  firstSpan: Span | null;
  entity: EntityInfo | null;
  matchedBy: MatchReason | null;
  /** The article cites it (attributes a claim to it, or it is an outlet or the body a cited person speaks for). */
  cited: boolean;
  /** A body the article names only by description ("the health ministry"): those words, as the article wrote them. */
  describedAs?: string;
  /** What the description stands for: a body ("the health ministry"), people ("Varn officials") or one person ("a police officer"). */
  describes?: 'body' | 'people' | 'person';
}

export interface ReviewInfo {
  publisher: string;
  rating: string;
  verdict: string;
  url: string;
  date: string;
  /** The fact-checked claim, as the fact-checker worded it. */
  claimText: string;
  /** 0..1: how closely the article's claim matches the checked claim. */
  score: number;
  /** Where in the article text the words that matched the checked claim are. */
  span: Span;
  /** The article's words at `span`. */
  matched: string;
}

/**
 * A claim as the sidebar shows it. Where only a description reports it and that description has a card (or is folded into a
 * named body's), `attributedTo` is that card's name and `reportedBy` keeps the article's words (creditCardedClaims).
 */
export interface ClaimCard extends Claim {
  reviews: ReviewInfo[];
}

export interface CorrectionCard {
  /** The wrong form as it appears in the article. */
  text: string;
  right: string;
  note: string;
  url: string;
  span: Span | null;
}

export interface DiscrepancyValue {
  value: number;
  comparator: Comparator;
  /** High end of a range ("between 12 and 15"), or null for one number. */
  upTo: number | null;
  attributedTo: string | null;
  /** Where `attributedTo` is null: who the article says reports the figure without naming them ("authorities"), or null. */
  reportedBy: string | null;
  /** Where the figure comes from: this article, or a cached report on the same story. */
  origin: 'article' | 'report';
  url: string | null;
  publishedAt: string | null;
  span: Span | null;
}

export interface Discrepancy {
  about: string;
  /** The places whose toll the values tell ("Ostra", or ["Ostra", "Varn"] named together), or none. */
  places: string[];
  values: DiscrepancyValue[];
  /** What an amount that is no count of people is told in ("barrels" of an oil spill); none for people. */
  unit?: string;
}

export interface RelatedReport {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
}

/** Everything the sidebar shows for one page. */
export interface PageContext {
  url: string;
  site: string | null;
  article: Omit<ArticleMeta, 'text'>;
  publisher: EntityInfo | null;
  sources: SourceCard[];
  claims: ClaimCard[];
  corrections: CorrectionCard[];
  discrepancies: Discrepancy[];
  story: { id: string; title: string } | null;
  related: RelatedReport[];
}

export type { Figure };
