// Bodies an article cites only by description ("the health ministry said") get a card of their own, as named ones do.
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { articleContext } from '../../src/context';
import { groupSources } from '../../src/context/source-groups';
import type { Pack } from '../../src/packs';

const pack: Pack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'described-tests', name: 'Described bodies tests', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-11-28' },
  entities: [],
  claims: [],
  corrections: [],
  reports: [],
  stories: [],
};

async function cards(text: string) {
  const url = 'https://news.example/a';
  const ctx = await articleContext(
    { url, detection: { isArticle: true, site: null, reason: 'test' }, article: { title: 'T', byline: [], publishedAt: null, siteName: null, lang: 'en', canonicalUrl: url, text } },
    memoryKnowledge([pack]),
  );
  return groupSources(ctx).cards.map((c) => [c.name, c.kind, c.count, c.describedAs ?? null]);
}

describe('bodies cited only by description', () => {
  it('gives a card to a ministry its portfolio or country picks out, counting each time the article uses the words', async () => {
    const text =
      'A blast hit Ostra on Sunday. The health ministry said 253 people were killed. Kelmor Watch said 310 died.\n\nThe health ministry later said 40 of the dead were foreigners. Varn’s foreign ministry said 12 were its citizens.';
    expect(await cards(text)).toEqual([
      ['Health ministry', 'government', 2, 'the health ministry'],
      ['Kelmor Watch', 'organization', 1, null],
      ['Varn’s foreign ministry', 'government', 1, 'Varn’s foreign ministry'],
    ]);
  });

  it('gives none to a description that picks out no body ("the government", "the ministry", "officials")', async () => {
    const text = 'The government said 253 people were killed. The ministry said 40 were foreigners. Officials said 12 were children.';
    expect(await cards(text)).toEqual([]);
  });

  it('gives none where the description stands for a body the article names', async () => {
    const text = 'The Kelmor Ministry of Health gave the first toll. The health ministry said 253 people were killed.';
    expect((await cards(text)).map(([name]) => name)).toEqual(['Kelmor Ministry of Health']);
  });
});
