// Names that look like a source's and are not, or are cut short: a known outlet ending in its number, a train named like
// a paper, a people's demonym before a count's noun, a minister of a portfolio the lexicon did not list.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figures } from './extract-helpers';
import { kinds } from './extract-source-helpers';

describe('a known outlet whose name ends in its number', () => {
  it('keeps "France 24" whole, an outlet, and reads no count in its number', () => {
    const text = 'A study cited by France 24 TV put the crowd in Kelmor at 30,000.';
    expect(kinds(extract(text))['France 24']).toBe('outlet');
    expect(figures(text).map((f) => f.value)).toEqual([30000]);
  });

  it('leaves a number after another name a count', () => {
    expect(figures('Ostra 24 hours later reported 12 deaths.').map((f) => f.value)).toContain(12);
    expect(Object.keys(kinds(extract('Kelmor 24 TV said 12 died.')))).not.toContain('Kelmor 24');
  });
});

describe('a train named like a paper', () => {
  it('reads "the Varn Mail" after a derailment as no outlet', () => {
    expect(kinds(extract('Officials argued over the toll after the derailment on Sunday of the Varn Mail near Ostra.'))['Varn Mail']).not.toBe('outlet');
  });

  it('keeps a paper that reports an outlet, though a railway is named in the sentence before', () => {
    expect(kinds(extract('Railway staff said 3 died. The Ostra Express reported that 6 trains were cancelled.'))['Ostra Express']).toBe('outlet');
  });

  it('reads a name as a train from one use that collides or runs a route, and its other uses with it', () => {
    const text =
      'Engineers blamed the crash between the Pellor Express and a freight train on a signal. Two wagons of Pellor Express burned, a spokeswoman said.';
    expect(kinds(extract(text))['Pellor Express']).not.toBe('outlet');
    const route = 'The Varn Mail, which runs from Ostra to Kelmor, hit a bus at a crossing, officials said.';
    expect(kinds(extract(route))['Varn Mail']).not.toBe('outlet');
  });

  it('keeps a paper that a train sentence names and that is cited elsewhere', () => {
    const text = 'The Pellor Express collided with a tram in Ostra on Monday. Nine were hurt, a driver told the Pellor Express.';
    expect(kinds(extract(text))['Pellor Express']).toBe('outlet');
  });
});

describe('a demonym in "-lese" before a count\'s noun', () => {
  it('reads "Kelmolese" as the people of Kelmo, no source', () => {
    const r = extract('Riots shook Kelmo again. A letter by 14 Kelmolese civic and church groups accused the police of abuses.');
    expect(Object.keys(kinds(r))).not.toContain('Kelmolese');
    expect(r.claims.filter((c) => c.kind === 'figure').map((c) => c.attributedTo)).toEqual([null]);
  });

  it('leaves a name in "-lese" whose place the article never writes', () => {
    expect(kinds(extract('Ana Varlese said 4 died.'))['Ana Varlese']).toBe('person');
  });
});

describe('a minister of a portfolio', () => {
  it('reads "Minister of Transportation" as the title, the whole name after it as the person', () => {
    const r = extract('In the capital, Minister of Transportation Tarvo Kesselin denied the bus was full. The bus overturned on a bend, Tarvo said.');
    expect(r.mentions.find((m) => m.name === 'Tarvo Kesselin')?.role).toBe('Minister of Transportation');
  });

  it('leaves a portfolio\'s body named after "of" a body ("Ministry of Transportation")', () => {
    expect(kinds(extract('The Ministry of Transportation said 3 roads were shut.'))['Ministry of Transportation']).toBe('government');
  });
});
