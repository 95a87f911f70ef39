// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { articleContext } from '../../src/context';
import { extractWithKnowledge } from '../../src/context/extract-with-knowledge';
import { extract } from '../../src/extract';
import type { Entity, Pack } from '../../src/packs';

// Fictional names, so the tests say nothing about real outlets or people.
const entity = (id: string, kind: Entity['kind'], name: string, aliases: string[] = []): Entity => ({
  id, kind, name, aliases, description: `Fictional ${kind} for tests.`, domains: [], ratings: [], source: `https://example.org/${id.replace(':', '/')}`,
});
const packOf = (entities: Entity[]): Pack => ({
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'gazetteer-tests', name: 'Gazetteer tests', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-11-26' },
  entities,
  claims: [],
  corrections: [],
  reports: [],
  stories: [],
});
const kinds = (x: { mentions: { name: string; kind: string }[] }) => Object.fromEntries(x.mentions.map((m) => [m.name, m.kind]));

const placeLike = 'The report was published in Meridian last week. Critics in Meridian disagreed.';
const page = (text: string) => ({
  url: 'https://news.example/2026/11/26/a',
  detection: { isArticle: true, site: null, reason: 'test' },
  article: { title: 'A test', byline: [], publishedAt: null, siteName: null, lang: 'en', canonicalUrl: null, text },
});

describe('the installed packs as the gazetteer of extraction', () => {
  it('gives a name the kind the packs know it as, where the lexicon guessed another', async () => {
    expect(kinds(extract(placeLike))).toEqual({ Meridian: 'place' });
    const knowledge = memoryKnowledge([packOf([entity('outlet:meridian', 'outlet', 'The Meridian', ['Meridian'])])]);
    expect(kinds(await extractWithKnowledge(placeLike, knowledge))).toEqual({ Meridian: 'outlet' });
  });

  it('lets a known outlet the lexicon read as a place reach the sidebar as a source', async () => {
    const known = await articleContext(page(placeLike), memoryKnowledge([packOf([entity('outlet:meridian', 'outlet', 'The Meridian', ['Meridian'])])]));
    expect(known.sources.map((s) => [s.name, s.kind, s.entity?.id])).toEqual([['Meridian', 'outlet', 'outlet:meridian']]);
    const unknown = await articleContext(page(placeLike), memoryKnowledge([packOf([])]));
    expect(unknown.sources).toEqual([]);
  });

  it('gives an entity the article names in two of its known forms one card, with both forms and all its uses', async () => {
    const text = 'Kelmor Relief said 40 people were hurt. Ostra Aid, as the group is known abroad, said 12 clinics closed. Ostra Aid said more were at risk.';
    const knowledge = memoryKnowledge([packOf([entity('org:kelmor-relief', 'organization', 'Kelmor Relief', ['Ostra Aid'])])]);
    const ctx = await articleContext(page(text), knowledge);
    expect(ctx.sources.map((s) => [s.name, s.entity?.id, s.count, s.forms])).toEqual([['Kelmor Relief', 'org:kelmor-relief', 3, ['Kelmor Relief', 'Ostra Aid']]]);
    // Two entities keep two cards.
    const two = memoryKnowledge([packOf([entity('org:kelmor-relief', 'organization', 'Kelmor Relief'), entity('org:ostra-aid', 'organization', 'Ostra Aid')])]);
    expect((await articleContext(page(text), two)).sources.map((s) => s.name)).toEqual(['Kelmor Relief', 'Ostra Aid']);
  });

  it('does not give a known person to another one who shares the surname the packs know as an alias', async () => {
    const knowledge = memoryKnowledge([packOf([entity('person:tomas-varn', 'person', 'Tomas Aleksei Varn', ['Varn'])])]);
    const other = await articleContext(page('Prosecutor Ilya Varn said 12 people were held. Varn said more arrests would follow.'), knowledge);
    expect(other.sources.map((s) => [s.name, s.entity?.id ?? null])).toEqual([['Ilya Varn', null]]);
    // The name before the surname may be any of theirs but the last ("Aleksei Varn").
    const same = await articleContext(page('Aleksei Varn said 12 people were held. Varn said more arrests would follow.'), knowledge);
    expect(same.sources.map((s) => [s.name, s.entity?.id ?? null])).toEqual([['Aleksei Varn', 'person:tomas-varn']]);
  });

  it('keeps the guess for a name the packs know as two kinds, and for names they do not know', async () => {
    const text = `${placeLike} Dana Whitlock said the paper would reply.`;
    const knowledge = memoryKnowledge([packOf([entity('outlet:meridian', 'outlet', 'Meridian'), entity('place:meridian', 'place', 'Meridian')])]);
    expect(await extractWithKnowledge(text, knowledge)).toEqual(extract(text));
  });

  it('changes nothing when the packs agree with the lexicon or know none of the names', async () => {
    const text = 'Dana Whitlock, a spokeswoman for the Harbour Trust, said at least 12 homes were flooded.';
    const agreeing = memoryKnowledge([packOf([entity('person:dana-whitlock', 'person', 'Dana Whitlock')])]);
    expect(await extractWithKnowledge(text, agreeing)).toEqual(extract(text));
    expect(await extractWithKnowledge(text, memoryKnowledge([packOf([])]))).toEqual(extract(text));
  });
});
