// Counts a later count of the text replaced or holds, or counts of one spot, another campaign or another decade: no rival tolls.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

/** Each row's values without their sources (who gives them is extraction's part, tested elsewhere). */
const values = (rows: ReturnType<typeof discrepancies>) => rows.map(([about, vs]) => [about, vs.map((v) => v.split(' ')[0])]);

describe('a total reached by adding more dead', () => {
  it('drops the toll told before "six more bodies were recovered, … the total now stands at 50"', () => {
    const text = [
      'Deputy prefect Aron Vell said that 43 bodies were recovered from the Ostra river by noon.',
      'Later, six more bodies were recovered from the Ostra river, the Varn Courier reported, adding that the total number of dead people now stands at 50.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Without the new bodies, the paper's 50 is a rival of the prefect's 43.
    const rival = text.replace('Later, six more bodies were recovered from the Ostra river, the Varn Courier reported, adding that the total number of dead people now stands at 50.', 'The Varn Courier reported that 50 people died in the Ostra river.');
    expect(discrepancies(rival)).toEqual([['killed', ['43 Aron Vell', '50 Varn Courier']]]);
  });

  it('drops the count before "Four more bodies were found …, bringing the death toll to at least 15"', () => {
    const text = [
      'A police source said the bodies of 11 people were found on Sunday in Kelmor.',
      'Four more bodies were found after a second raid, the source told the Varn agency, bringing the death toll to at least 15.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('a campaign\'s running toll across the nation', () => {
  it('keeps "the raids … have claimed around 640 lives nationally" apart from one attack\'s toll', () => {
    const text = [
      'Gunmen killed 15 people in Kelmor, a police source said.',
      'The raids, mostly ambushes on roads, have claimed around 640 lives nationally, according to a Varn agency toll.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // One attack's toll told by two sources still makes a row.
    const rival = text.replace('The raids, mostly ambushes on roads, have claimed around 640 lives nationally', 'The attack killed 18 people in Kelmor');
    expect(discrepancies(rival)).toEqual([['killed', ['15 a police source (unnamed)', '18 Varn']]]);
  });
});

describe('a toll told as the one before the news, or as a first report', () => {
  it('drops "The official death toll before the morning\'s discovery was 24"', () => {
    const text = 'The wildfire near Ostra has claimed 49 lives, fire officials confirmed. The official death toll before the morning\'s discovery was 24.';
    expect(discrepancies(text)).toEqual([]);
    const current = text.replace(' before the morning\'s discovery', ', the mayor said,');
    expect(discrepancies(current).length).toBe(1);
  });

  it('drops "The first report a month ago was that 27 had died" and a figure "As of last week, … was"', () => {
    const text = [
      'Varn authorities on Thursday raised the official number of victims of the storm to 50 dead and 30 missing.',
      'As of last week, the government\'s official figure was that 49 people died and 26 were missing.',
      'The first report a month ago was that 27 had died.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('a part of a count told before it, at one spot or facility', () => {
  it('drops "including 20 bodies that washed up on beaches" but keeps "including 61 dead and 14 missing in Ostra"', () => {
    const text = 'Kelmor officials said 50 people died in the storm. Local officials said they had counted 120 dead or missing, including 20 bodies that washed up on beaches.';
    expect(discrepancies(text)).toEqual([]);
    const placed = [
      'The death toll from the landslides in Ostra rose to 102, Governor Aron Vell said.',
      'The Varn relief council said 77 people died in Ostra and three other provinces, including 61 dead and 14 missing in Ostra.',
    ].join(' ');
    expect(values(discrepancies(placed))).toEqual([['killed', ['61', '102']]]);
  });

  it('keeps bodies found "outside a villa" or "between two houses" apart from the fire\'s toll', () => {
    const text = [
      'The fire near Ostra has claimed 49 lives, fire officials confirmed.',
      'Early on Tuesday the Varn Red Cross said that 26 bodies had been found outside a villa in Ostra.',
      '"We found 26 charred bodies, between two houses," Red Cross head Aron Vell told Kelmor radio.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    const whole = text.replace(' outside a villa in Ostra', ' in Ostra').replace(', between two houses', '');
    expect(discrepancies(whole).length).toBe(1);
  });

  it('keeps "counted 27 dead on the hospital\'s floor" apart from the toll', () => {
    const text = 'Health officials said 80 people were killed in the clashes in Ostra. A reporter counted 27 dead on the hospital\'s floor.';
    expect(discrepancies(text)).toEqual([]);
    const whole = text.replace(' on the hospital\'s floor', ' in the clashes');
    expect(discrepancies(whole).length).toBe(1);
  });
});

describe('a toll of a decade ago', () => {
  it('keeps "memories of a decade ago, when … unrest in which 1,200 people were killed" out of the row', () => {
    const text = [
      'Police in Ostra said 11 people were killed in the protests. The Varn rights commission said 24 people were killed in the protests.',
      'The violence has revived memories of a decade ago, when Aron Vell lost a vote in disputed circumstances that sparked a wave of unrest in which 1,200 people were killed and 60,000 displaced.',
    ].join(' ');
    expect(values(discrepancies(text))).toEqual([['killed', ['11', '24']]]);
    // Told as this week's, the 1,200 is a rival count.
    const now = text.replace('memories of a decade ago, when', 'anger since Monday, when');
    expect(values(discrepancies(now))).toEqual([['killed', ['11', '24', '1200']]]);
  });
});
