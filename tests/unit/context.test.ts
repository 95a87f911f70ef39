// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { buildContext } from '../../src/context';
import { matchSources } from '../../src/context/sources';
import type { Claim, Mention, MentionKind } from '../../src/extract/types';
import type { Pack } from '../../src/packs';

// Real entities with true one-line descriptions, and clearly fictional fact-checks, reports and stories.
const pack: Pack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'ctx', name: 'Context tests', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
  entities: [
    { id: 'outlet:reuters', kind: 'outlet', name: 'Reuters', aliases: [], description: 'International news agency.', domains: ['reuters.com'], ratings: [], source: 'https://en.wikipedia.org/wiki/Reuters' },
    { id: 'outlet:el-pais', kind: 'outlet', name: 'El País', aliases: [], description: 'Spanish daily newspaper.', domains: ['elpais.com'], ratings: [], source: 'https://en.wikipedia.org/wiki/El_Pa%C3%ADs' },
    { id: 'gov:white-house', kind: 'government', name: 'White House', aliases: [], description: 'Official residence and workplace of the President of the United States.', domains: [], ratings: [], source: 'https://en.wikipedia.org/wiki/White_House' },
    { id: 'org:un', kind: 'organization', name: 'United Nations', aliases: ['UN'], description: 'Intergovernmental organisation founded in 1945.', domains: ['un.org'], ratings: [], source: 'https://en.wikipedia.org/wiki/United_Nations' },
    { id: 'org:amnesty', kind: 'organization', name: 'Amnesty International', aliases: [], description: 'International human rights organisation.', domains: ['amnesty.org'], ratings: [], source: 'https://en.wikipedia.org/wiki/Amnesty_International' },
    { id: 'person:smith-a', kind: 'person', name: 'Jordan Smith', aliases: ['Smith'], description: 'Fictional person A.', domains: [], ratings: [], source: 'https://example.org/a' },
    { id: 'person:smith-b', kind: 'person', name: 'Casey Smith', aliases: ['Smith'], description: 'Fictional person B.', domains: [], ratings: [], source: 'https://example.org/b' },
  ],
  claims: [
    {
      id: 'claim:bridge', text: 'The new bridge cost 40 million pounds.', claimant: 'Alex Example', figures: [{ value: 40, comparator: '=' }], entityIds: [],
      reviews: [{ publisher: 'Example Fact Check', url: 'https://factcheck.example/bridge', date: '2026-02-03', ratingText: 'False', verdict: 'false' }],
    },
  ],
  corrections: [
    { id: 'correction:un', wrong: 'UN Security Council President Jordan Smith', patterns: ['Security Council President', 'Jordan Smith'], right: 'Jordan Smith is fictional.', note: 'A fictional correction for tests.', entityIds: [], source: 'https://example.org/c' },
  ],
  reports: [
    { id: 'r-old', url: 'https://example.org/old', outlet: 'org:amnesty', title: 'Older fictional report', publishedAt: '2026-01-02', storyId: 'story:floods', entityIds: [], figures: [{ value: 12, comparator: '>=', about: 'killed', attributedTo: 'Amnesty International' }] },
    { id: 'r-new', url: 'https://example.org/new', outlet: 'org:un', title: 'Newer fictional report', publishedAt: '2026-01-05', storyId: 'story:floods', entityIds: [], figures: [] },
    { id: 'r-self', url: 'https://www.reuters.com/world/floods', outlet: 'outlet:reuters', title: 'The article itself', publishedAt: '2026-01-04', storyId: 'story:floods', entityIds: [], figures: [] },
  ],
  stories: [{ id: 'story:floods', title: 'Fictional floods', from: '2026-01-01', keywords: ['flood', 'river', 'evacuated'], source: 'https://example.org/s' }],
};
const knowledge = memoryKnowledge([pack]);

const mention = (name: string, kind: MentionKind, forms: string[] = [name], start = 0): Mention => ({ name, kind, count: forms.length, forms, role: null, spans: [{ start, end: start + name.length }] });

describe('source matching', () => {
  it.each([
    ['case and diacritics', mention('EL PAIS', 'outlet'), 'outlet:el-pais', 'El País'],
    ['a leading "the" and a possessive', mention('the White House’s', 'government'), 'gov:white-house', 'White House'],
    ['a dotted initialism (known short form)', mention('U.N.', 'organization'), 'org:un', 'UN'],
    ['a longer form deciding before a shorter one', mention('Jordan Smith', 'person', ['Jordan Smith', 'Smith']), 'person:smith-a', 'Jordan Smith'],
  ])('matches %s, saying which form and alias', async (_n, m, id, alias) => {
    const [match] = await matchSources([m], knowledge);
    expect(match!.entity?.id).toBe(id);
    expect(match!.matchedBy).toEqual({ form: expect.any(String), alias });
  });

  it('never matches a homoglyph name to the real entity', async () => {
    const [cyrillic] = await matchSources([mention('Reuter\u0455', 'outlet')], knowledge);
    expect(cyrillic!.entity).toBeNull();
    const [cyrillicE] = await matchSources([mention('R\u0435uters', 'outlet')], knowledge);
    expect(cyrillicE!.entity).toBeNull();
  });

  it('leaves a name shared by two entities of the same kind unmatched rather than guess', async () => {
    const [m] = await matchSources([mention('Smith', 'person')], knowledge);
    expect(m!.entity).toBeNull();
  });
});

const articleText = 'Rivers rose after the flood. Officials evacuated 300 people. Alex Example said the new bridge cost 40 million pounds, a claim disputed. At least 7 people were killed, Reuters reported, while UN Security Council President Jordan Smith spoke.';
const at = (s: string) => ({ start: articleText.indexOf(s), end: articleText.indexOf(s) + s.length });
const claims: Claim[] = [
  { kind: 'statement', text: 'Alex Example said the new bridge cost 40 million pounds, a claim disputed.', attributedTo: 'Alex Example', reportedBy: null, figures: [{ value: 40, comparator: '=', upTo: null, change: null, unit: 'million pounds', about: null, phrase: '40 million', span: at('40 million') }], span: at('Alex Example said the new bridge cost 40 million pounds, a claim disputed.') },
  { kind: 'figure', text: 'At least 7 people were killed', attributedTo: 'Reuters', reportedBy: null, figures: [{ value: 7, comparator: '>=', upTo: null, change: null, unit: 'people', about: 'killed', phrase: 'At least 7', span: at('At least 7') }], span: at('At least 7 people were killed') },
  { kind: 'statement', text: 'Officials evacuated 300 people.', attributedTo: null, reportedBy: null, figures: [], span: at('Officials evacuated 300 people.') },
];

async function context(url = 'https://www.reuters.com/world/floods', publishedAt: string | null = '2026-01-04') {
  return buildContext(
    {
      url,
      detection: { isArticle: true, site: null, reason: 'test' },
      article: { title: 'Floods', byline: [], publishedAt, siteName: null, lang: 'en', canonicalUrl: url, text: articleText },
      extraction: { mentions: [mention('Alex Example', 'person', ['Alex Example'], at('Alex Example').start), mention('Reuters', 'outlet', ['Reuters'], at('Reuters').start), mention('Jordan Smith', 'person', ['Jordan Smith'], at('Jordan Smith').start)], claims },
    },
    knowledge,
  );
}

describe('context', () => {
  it("takes the article's outlet from the site's own domain", async () => {
    expect((await context()).publisher?.id).toBe('outlet:reuters');
    expect((await context('https://example.net/x')).publisher).toBeNull();
  });

  it('matches a claim to a fact-check by claimant, figure and words, with the matched span and a score', async () => {
    const ctx = await context();
    const [review] = ctx.claims[0]!.reviews;
    expect(review).toMatchObject({ publisher: 'Example Fact Check', rating: 'False', verdict: 'false', url: 'https://factcheck.example/bridge' });
    expect(review!.score).toBeGreaterThanOrEqual(0.9);
    expect(articleText.slice(review!.span.start, review!.span.end)).toBe(review!.matched);
    expect(review!.matched).toBe('new bridge cost 40 million pounds');
    expect(ctx.claims[2]!.reviews).toEqual([]);
  });

  it('does not match a fact-check on a shared number alone', async () => {
    const ctx = await buildContext(
      {
        url: 'https://example.net/x',
        detection: { isArticle: true, site: null, reason: 'test' },
        article: { title: null, byline: [], publishedAt: null, siteName: null, lang: null, canonicalUrl: null, text: 'Alex Example said 40 ducks swam.' },
        extraction: { mentions: [mention('Alex Example', 'person')], claims: [{ kind: 'statement', text: 'Alex Example said 40 ducks swam.', attributedTo: 'Alex Example', reportedBy: null, figures: [{ value: 40, comparator: '=', upTo: null, change: null, unit: 'ducks', about: null, phrase: '40', span: { start: 18, end: 20 } }], span: { start: 0, end: 32 } }] },
      },
      knowledge,
    );
    expect(ctx.claims[0]!.reviews).toEqual([]);
  });

  it('applies a correction only when all its patterns occur', async () => {
    const ctx = await context();
    expect(ctx.corrections).toEqual([{ text: 'UN Security Council President Jordan Smith', right: 'Jordan Smith is fictional.', note: 'A fictional correction for tests.', url: 'https://example.org/c', span: at('UN Security Council President Jordan Smith') }]);
  });

  it('does not apply a correction whose phrase runs across a clause boundary in the article', async () => {
    const text = 'The Security Council, President Jordan Smith said, will meet.';
    const ctx = await buildContext(
      {
        url: 'https://example.net/y',
        detection: { isArticle: true, site: null, reason: 'test' },
        article: { title: null, byline: [], publishedAt: null, siteName: null, lang: null, canonicalUrl: null, text },
        extraction: { mentions: [], claims: [] },
      },
      knowledge,
    );
    expect(ctx.corrections).toEqual([]);
  });

  it('shows a toll that a cached report on the same story gives differently', async () => {
    const ctx = await context();
    expect(ctx.discrepancies).toEqual([
      {
        about: 'killed',
        places: [],
        values: [
          expect.objectContaining({ value: 7, attributedTo: 'Reuters', origin: 'article' }),
          expect.objectContaining({ value: 12, attributedTo: 'Amnesty International', origin: 'report', url: 'https://example.org/old' }),
        ],
      },
    ]);
  });

  it("does not set a cached report's toll against an article told months from it", async () => {
    // A long story's report from months before tells another day's count; it is still listed as related.
    const ctx = await context('https://www.reuters.com/world/floods', '2026-06-20');
    expect(ctx.discrepancies).toEqual([]);
    expect(ctx.related.map((r) => r.url)).toContain('https://example.org/old');
  });

  it("does not set a dated cached report's toll against an article of no known date", async () => {
    // Nothing ties the report to the day (or the attack, of a long story) the article tells of; it is still listed as related.
    const ctx = await context('https://www.reuters.com/world/floods', null);
    expect(ctx.discrepancies).toEqual([]);
    expect(ctx.related.map((r) => r.url)).toContain('https://example.org/old');
  });

  it('lists related reports newest first, without the article itself', async () => {
    const ctx = await context();
    expect(ctx.story?.id).toBe('story:floods');
    expect(ctx.related.map((r) => [r.url, r.outlet])).toEqual([
      ['https://example.org/new', 'United Nations'],
      ['https://example.org/old', 'Amnesty International'],
    ]);
  });
});
