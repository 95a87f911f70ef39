// Groups and bodies an article cites only by a plain description that gives a count: outlets of a kind, the country's forces.
import { describe, expect, it } from 'vitest';
import { creditNamedBodies, describedBodies } from '../../src/context/described-bodies';
import type { SourceCard } from '../../src/context/types';
import { articleCards, cardsOf, counted, said } from './described-helpers';

describe('outlets of a kind that give a count', () => {
  it('gives a card to plural broadcasters that words pick out', () => {
    const text = 'A storm hit Ostra. Local radio and television stations put the toll at 12.';
    expect(cardsOf(text, [counted('Local radio and television stations put the toll at 12.', 'Local radio and television stations')])).toEqual([
      ['Local radio and television stations', 'outlet', 'body'],
    ]);
  });

  it('gives none to channels no word picks out', () => {
    const text = 'A storm hit Ostra. Two channels put the toll at 12.';
    expect(cardsOf(text, [counted('Two channels put the toll at 12.', 'two channels')])).toEqual([]);
  });
});

describe("the country's forces, bare", () => {
  it('gives the army a card where it alone gives a count', () => {
    const text = 'Rains hit Varn. The army had earlier reported 12 people missing.';
    expect(cardsOf(text, [counted('The army had earlier reported 12 people missing.', 'the army', 'missing')])).toEqual([['Army', 'government', 'body']]);
  });

  it('gives the military a card where it alone gives a count, in an article', async () => {
    const cards = await articleCards('Gunmen raided Kelmor on Friday. The military said it had struck their camp, killing more than 40 gunmen.');
    expect(cards.filter((c) => c.describedAs).map((c) => c.name)).toEqual(['Military']);
  });

  it('gives the air force a card where it alone gives two counts, in an article', async () => {
    const cards = await articleCards('A transport plane came down near Ostra. The air force says 64 people were on board. Earlier, the air force had put the crew alone at nine.');
    expect(cards.filter((c) => c.describedAs).map((c) => c.name)).toEqual(['Air force']);
  });

  it('gives the navy a card where it alone gives a count', () => {
    const text = 'A patrol boat sank off Varn. The navy said 17 sailors were missing.';
    expect(cardsOf(text, [counted('17 sailors were missing', 'the navy', 'missing')])).toEqual([['Navy', 'government', 'body']]);
  });

  it('gives none where the air force only says something', () => {
    const text = 'A transport plane came down near Ostra. The air force said the weather was poor.';
    expect(cardsOf(text, [said('The air force said the weather was poor.', 'the air force')])).toEqual([]);
  });

  it('gives none where the army only says something', () => {
    const text = 'Rains hit Varn. The army said the road to Ostra was open again.';
    expect(cardsOf(text, [said('The army said the road to Ostra was open again.', 'the army')])).toEqual([]);
  });

  it('cites the named army that holds the word instead of a second card', async () => {
    const cards = await articleCards('The Varn Army sent troops to Kelmor on Monday. The army said 40 people were missing after the floods.');
    expect(cards.filter((c) => c.describedAs).map((c) => c.name)).toEqual([]);
    expect(cards.some((c) => c.name === 'Varn Army')).toBe(true);
  });

  it('cites the named army for "the military", the other word of one force', () => {
    const sentence = 'The military put out word on Sunday that 12 gunmen were killed.';
    const army = { name: 'Kelmor army', kind: 'government', forms: ['Kelmor army'], cited: false } as unknown as SourceCard;
    const cards = creditNamedBodies([army], describedBodies([counted(sentence, 'the military')], `The Kelmor army moved into Ostra. ${sentence}`));
    expect(cards.map((c) => [c.name, c.cited])).toEqual([['Kelmor army', true]]);
  });
});

describe('groups of a kind that give a count', () => {
  it('gives a card to plural groups that words pick out where they alone give a count', () => {
    const text = 'A boat sank off Varn. Relief groups said 12 people were missing.';
    expect(cardsOf(text, [counted('Relief groups said 12 people were missing.', 'relief groups', 'missing')])).toEqual([['Relief groups', 'organization', 'body']]);
  });

  it('gives none where the groups only say something', () => {
    const text = 'A new park opened in Varn. Conservation groups asked the city to keep it dark at night.';
    expect(cardsOf(text, [said('Conservation groups asked the city to keep it dark at night.', 'conservation groups')])).toEqual([]);
  });

  it('gives none to two kinds of speakers joined by "and"', () => {
    const text = 'A boat sank off Varn. Opposition leaders and church groups said 12 people were missing.';
    expect(cardsOf(text, [counted(text, 'Opposition leaders and church groups', 'missing')])).toEqual([]);
  });
});

describe('bare police and authorities that speak', () => {
  it('gives bare police a card where they only say something', () => {
    const text = 'A mudslide buried Ostra village. Police said a temple beside the school was also buried.';
    expect(cardsOf(text, [said('Police said a temple beside the school was also buried.', 'police')])).toEqual([['Police', 'government', 'body']]);
  });

  it('gives none to bare officials who only say something', () => {
    const text = 'A mudslide buried Ostra village. Officials said a temple beside the school was also buried.';
    expect(cardsOf(text, [said('Officials said a temple beside the school was also buried.', 'officials')])).toEqual([]);
  });
});

describe('a described group one of whose members the article names', () => {
  it('gives the group a card beside the named member', async () => {
    const cards = await articleCards('Gunmen raided Ostra on Friday. District officials, including councillor Ana Ruiz, said at least 24 people were killed.');
    expect(cards.filter((c) => c.describedAs).map((c) => c.name)).toEqual(['District officials']);
    expect(cards.some((c) => c.name === 'Ana Ruiz')).toBe(true);
  });

  it('gives none to people who say nothing of whose they are', async () => {
    const cards = await articleCards('Gunmen raided Ostra on Friday. Many people, including councillor Ana Ruiz, said at least 24 people were killed.');
    expect(cards.filter((c) => c.describedAs).map((c) => c.name)).toEqual([]);
  });
});

describe('reports of a kind that give a count', () => {
  it("gives a card to reports whose words say whose press they are", () => {
    const text = 'A strike hit Varn. Other Kelmorese reports indicated six villagers died.';
    expect(cardsOf(text, [counted(text, 'other Kelmorese reports')])).toEqual([['Other Kelmorese reports', 'outlet', 'body']]);
  });

  it('gives none to reports whose words say only when', () => {
    const text = 'A strike hit Varn. Initial reports said four people were killed.';
    expect(cardsOf(text, [counted(text, 'initial reports')])).toEqual([]);
  });
});

describe('one person introduced by her trade who alone gives a count', () => {
  it('gives her a card', async () => {
    const cards = await articleCards('Gunmen attacked Varn on Saturday. A doctor had earlier said that 40 villagers died in the raid.');
    expect(cards.filter((c) => c.describedAs).map((c) => [c.name, c.kind, c.describes])).toEqual([['Doctor', 'person', 'person']]);
  });

  it('gives none where she only says something', () => {
    const text = 'Gunmen attacked Varn on Saturday. A doctor said the clinic was full.';
    expect(cardsOf(text, [said('A doctor said the clinic was full.', 'a doctor')])).toEqual([]);
  });

  it('counts one of a group described before as that group', () => {
    const text = 'Two Kelmorese diplomats said 12 pilgrims died. One diplomat said 12 of them were from Varn.';
    expect(cardsOf(text, [counted('Two Kelmorese diplomats said 12 pilgrims died.', 'two Kelmorese diplomats'), counted('One diplomat said 12 of them were from Varn.', 'one diplomat')])).toEqual([
      ['Two Kelmorese diplomats', 'government', 'people'],
    ]);
  });
});

describe('a group gathering groups of a kind', () => {
  it('gives a card to a group of organisations, or a collective of groups at a place, that alone gives a count', () => {
    const text = 'A dam burst above Ostra. A regional alliance of farm organisations said 12 people drowned. A collective of aid groups in Varn province said 12 more were missing.';
    expect(cardsOf(text, [counted('12 people drowned', 'a regional alliance of farm organisations'), counted('12 more were missing', 'a collective of aid groups in Varn province', 'missing')])).toEqual([
      ['Regional alliance of farm organisations', 'organization', 'body'],
      ['Collective of aid groups in Varn province', 'organization', 'body'],
    ]);
  });

  it('gives the group’s later "the alliance" to its card, and no second card', () => {
    const text = 'A dam burst above Ostra. A regional alliance of farm organisations said 12 people drowned. The alliance said the dam was old.';
    const cards = describedBodies([counted('12 people drowned', 'a regional alliance of farm organisations'), said('The alliance said the dam was old.', 'the alliance')], text);
    expect(cards.map((c) => [c.name, c.count, c.forms])).toEqual([['Regional alliance of farm organisations', 2, ['a regional alliance of farm organisations', 'the alliance']]]);
  });

  it('gives none to a group of people, or to one that only says something', () => {
    const text = 'A dam burst above Ostra. A regional group of farmers said 12 people drowned. A regional alliance of small farm organisations said the dam was old.';
    expect(cardsOf(text, [counted('12 people drowned', 'a regional group of farmers'), said('A regional alliance of small farm organisations said the dam was old.', 'a regional alliance of small farm organisations')])).toEqual([]);
  });
});

describe('the company a cited title names', () => {
  const text = 'A breach exposed Tarro Pacific records. The carrier said 12 people had card numbers stolen. “We regret it,” chief executive of Tarro Pacific Ana Ruiz said.';
  const counts = [counted('12 people had card numbers stolen', 'the carrier', 'stolen')];
  const card = (name: string, kind: string, cited: boolean, role: string | null = null) => ({ name, kind, forms: [name], cited, role }) as unknown as SourceCard;

  it('cites the one body named in a cited executive’s title for "the carrier" that alone gives a count, with no card of its own', () => {
    const cards = creditNamedBodies([card('Tarro Pacific', 'other', false), card('Ana Ruiz', 'person', true, 'chief executive of Tarro Pacific')], describedBodies(counts, text));
    expect(cards.map((c) => [c.name, c.cited])).toEqual([['Tarro Pacific', true], ['Ana Ruiz', true]]);
  });

  it('gives neither a card nor a citation where no cited title names a body', () => {
    const cards = creditNamedBodies([card('Tarro Pacific', 'other', false), card('Ana Ruiz', 'person', true, 'pilot')], describedBodies(counts, text));
    expect(cards.map((c) => [c.name, c.cited])).toEqual([['Tarro Pacific', false], ['Ana Ruiz', true]]);
  });
});
