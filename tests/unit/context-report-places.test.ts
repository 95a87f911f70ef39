// @vitest-environment node
// A stored report's toll joins only the article's counts of its place, or of a place holding it (report-places.ts).
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { articleContext } from '../../src/context';
import type { Pack } from '../../src/packs';

const place = (id: string, name: string, country: string) => ({ id, kind: 'place' as const, name, aliases: [], description: `Fictional place ${name}.`, country, domains: [], ratings: [], source: 'https://example.org/p' });
const pack: Pack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'places', name: 'Report places', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
  entities: [
    { id: 'org:watch', kind: 'organization', name: 'Varn Watch', aliases: [], description: 'Fictional monitor.', domains: [], ratings: [], source: 'https://example.org/w' },
    place('place:ostby', 'Ostby', 'FI'),
    place('place:finland', 'Finland', 'FI'),
  ],
  claims: [],
  corrections: [],
  reports: [
    {
      id: 'r-ostby', url: 'https://example.org/ostby', outlet: 'org:watch', title: 'Fictional shelling of Ostby', publishedAt: '2026-03-02', storyId: 'story:shelling',
      entityIds: ['place:ostby', 'place:finland'], figures: [{ value: 40, comparator: '=', about: 'killed', attributedTo: 'Varn Watch' }],
    },
  ],
  stories: [{ id: 'story:shelling', title: 'Fictional shelling', from: '2026-03-01', keywords: ['shelling', 'rubble'], source: 'https://example.org/s' }],
};
const knowledge = memoryKnowledge([pack]);

async function rows(text: string): Promise<[string[], string[]][]> {
  const page = {
    url: 'https://news.example/2026/03/04/shelling',
    detection: { isArticle: true, site: null, reason: 'test' },
    article: { title: 'Shelling', byline: [], publishedAt: '2026-03-04', siteName: null, lang: 'en', canonicalUrl: null, text },
  };
  const ctx = await articleContext(page, knowledge);
  return ctx.discrepancies.map((d) => [d.places, d.values.map((v) => `${v.value} ${v.origin}`)]);
}

describe("a stored report's toll and the place of the article's count", () => {
  it('sets the report of Ostby against a count of Ostby', async () => {
    expect(await rows('Rescuers searched the rubble after the shelling. Officials said 12 people were killed in Ostby.')).toEqual([[['Ostby'], ['12 article', '40 report']]]);
  });

  it('sets it against a count of the country Ostby lies in', async () => {
    expect(await rows('Rescuers searched the rubble after the shelling. Officials said 12 people were killed in Finland.')).toEqual([[['Finland'], ['12 article', '40 report']]]);
  });

  it('sets no report of Ostby against a count of another town of the same story', async () => {
    expect(await rows('Rescuers searched the rubble after the shelling. Officials said 12 people were killed in Kelmorby.')).toEqual([]);
  });

  it("takes the place the first sentence names for a count that names none", async () => {
    const lead = 'Rescuers searched the rubble in Ostby after the shelling on Tuesday.';
    expect(await rows(`${lead} Officials said 12 people were killed.`)).toEqual([[[], ['12 article', '40 report']]]);
    expect(await rows(`Rescuers searched the rubble in Kelmorby after the shelling on Tuesday. Officials said 12 people were killed.`)).toEqual([]);
  });
});
