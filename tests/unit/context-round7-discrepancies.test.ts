// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';
import { memoryKnowledge } from '../../src/cache';
import { articleContext } from '../../src/context';

describe('seventh round: discrepancies between parts and wholes', () => {
  it('does not set a count told step by step against the whole it is part of', () => {
    const text = [
      'Harbour police have arrested three people over the warehouse fire.',
      'Police spokesperson Dana Whitfield said the team managed to arrest two men near the port. Of the three suspects arrested, two had warrants against them.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two sources against each other when no whole is named', () => {
    const text = 'Harbour police have arrested three people over the fire. Police spokesperson Dana Whitfield said officers arrested two men.';
    expect(discrepancies(text)).toEqual([['detained', ['2 Dana Whitfield', '3 -']]]);
  });

  it('counts deaths as people killed', () => {
    const text = 'The Kestrel Herald reported 40 deaths after the storm. The interior ministry said 25 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['25 the interior ministry (unnamed)', '40 Kestrel Herald']]]);
  });
});

describe('seventh round: tolls of different areas', () => {
  const areas = [
    'Nearly 2,000 people had been killed across Chile and Peru by Tuesday.',
    "Chile's Civil Protection Agency said the death toll rose to 1,350.",
    'The government of Peru said 410 people were killed in areas it controls.',
  ].join(' ');

  it('does not compare tolls whose sentences name different places', () => {
    expect(discrepancies(areas)).toEqual([]);
  });

  it('without the text, reads the places of the claims that hold the figures', () => {
    const placedAfter = areas.replace('The government of Peru said 410 people were killed in areas it controls.', 'Officials said 410 people were killed in Peru.');
    expect(discrepancies(placedAfter, false)).toEqual([]);
  });

  it('compares tolls that name the same place', () => {
    const text = 'The Valdivia Herald said 30 people were killed in Chile. The Civil Protection Agency said 45 people were killed in Chile.';
    expect(discrepancies(text)).toEqual([['killed', ['30 Valdivia Herald', '45 Civil Protection Agency']]]);
  });

  it('compares a toll that names a place with one that names none', () => {
    const text = 'The Valdivia Herald said 30 people were killed in Chile. The Civil Protection Agency said 45 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['30 Valdivia Herald', '45 Civil Protection Agency']]]);
  });

  it("reads a figure's sentence as extraction splits it: 'Dr.' does not end it before the place", () => {
    const text = 'Officials in Valdora said 40 people were killed. In Norland the hospital chief, Dr. Lin Ito, said 55 people were killed.';
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('seventh round: the sidebar reads the places of the whole sentence', () => {
  it('sees a place named before an unattributed toll, which its claim does not hold', async () => {
    const text = 'The Valdivia Herald said 30 people were killed in Chile. In Peru, 410 people were killed.';
    expect(discrepancies(text, false)).toHaveLength(1);
    const page = {
      url: 'https://news.example/2026/11/27/quake',
      detection: { isArticle: true, site: null, reason: 'test' },
      article: { title: 'Quake', byline: [], publishedAt: null, siteName: null, lang: 'en', canonicalUrl: null, text },
    };
    expect((await articleContext(page, memoryKnowledge([]))).discrepancies).toEqual([]);
  });
});
