// Described sources of more shapes that get a card: a body named by what it is for, a weather service, a broadcast network,
// a local resident, the railways, and people picked out by where they are or whom they side with.
import { describe, expect, it } from 'vitest';
import { articleCards } from './described-helpers';

const names = async (text: string): Promise<string[]> => (await articleCards(text)).map((c) => c.name);

describe('bodies the words pick out', () => {
  it('gives a card to "the state office for flood relief", "the weather service" and "a Chilean radio network"', async () => {
    const text =
      'A flood swept the delta on Sunday, leaving at least 19 people dead, the state office for flood relief said. ' +
      'Gusts of 90 km per hour ripped roofs off sheds, the weather service said. ' +
      'A Chilean radio network claimed on Monday that more than 40 people had died upriver.';
    expect(await names(text)).toEqual(['State office for flood relief', 'Weather service', 'Chilean radio network']);
  });
  it('gives none to "the network" or to a service of no public trade', async () => {
    const text = 'The network claimed on Monday that more than 40 people had died upriver. The delivery service said 19 parcels were lost.';
    expect(await names(text)).toEqual([]);
  });
  it('gives a card to "the railways" where they give the count', async () => {
    expect(await names('The railways said six passengers were killed near Ostra.')).toEqual(['Railways']);
  });
});

describe('people the words pick out', () => {
  it('gives a card to "a local resident" quoted', async () => {
    expect(await names('A local resident said that "the raiders set the granary alight".')).toEqual(['Local resident']);
  });
  it('gives cards to people on an island, people linked to a movement, and two kinds of people at a clinic, where they give a count', async () => {
    const text =
      'Villagers on Tarro island said four people drowned there. ' +
      'Medics linked to the student union said at least 23 people died in the crackdown. ' +
      'Activists and doctors at a city clinic have told the Ostra Herald at least 35 people died.';
    expect(await names(text)).toEqual(['Villagers on Tarro island', 'Medics linked to the student union', 'Activists and doctors at a city clinic', 'Ostra Herald']);
  });
  it('gives none to such people where they give no count or quote', async () => {
    expect(await names('Villagers on Tarro island said the ferry had stopped.')).toEqual([]);
  });
});

describe('two described sources joined by "and"', () => {
  it('gives "a border source and regional media" a card each, not one card of both', async () => {
    expect(await names('A border source and regional media said the fire began in a depot near the pier.')).toEqual(['Border source', 'Regional media']);
  });
  it('keeps one card for two kinds of bare people who give a count together', async () => {
    expect(await names('Officials and witnesses said 14 people drowned near the pier.')).toEqual(['Officials and witnesses']);
  });
});
describe('two described bodies joined by "and"', () => {
  it('keeps one card for two bodies a people\'s word picks out together', async () => {
    expect(await names('Ostran organizations and media outlets reported 31 deaths in the riots.')).toEqual(['Ostran organizations and media outlets']);
  });
});

describe('reports of a press the words say whose', () => {
  it('gives "local news reports" a card wherever they speak, as "local media" get', async () => {
    expect(await names('The well may have been poisoned with a farm chemical, according to local news reports.')).toEqual(['Local news reports']);
  });
  it('gives none to bare "news reports" that give no count', async () => {
    expect(await names('The bridge may have been weakened by floods, according to news reports.')).toEqual([]);
  });
});

describe('a desk that gives out counts', () => {
  it('gives "the information booth" that gives a count a card', async () => {
    expect(await names('Sixty-three passengers had burns and were in a ward, according to the information booth.')).toEqual(['Information booth']);
  });
  it('gives none to a booth that says nothing', async () => {
    expect(await names('Voters queued at the polling booth for 40 minutes.')).toEqual([]);
  });
});
