// Counts a later count of the text replaced or holds, or counts of one spot, another campaign or another decade: no rival tolls.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

/** Each row's values without their sources (who gives them is extraction's part, tested elsewhere). */
const values = (rows: ReturnType<typeof discrepancies>) => rows.map(([about, vs]) => [about, vs.map((v) => v.split(' ')[0])]);

describe('a total reached by adding more dead', () => {
  it('drops the toll told before "four more bodies had been pulled …, its tally of the dead now stands at 35"', () => {
    const text = [
      'Harbour chief Aron Vell said 31 bodies had been pulled from the Ostra canal by midday.',
      'By evening four more bodies had been pulled from the Ostra canal, the Varn Courier wrote, and its tally of the dead now stands at 35.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Without the new bodies, the paper's 35 is a rival of the harbour chief's 31.
    const rival = text.replace('By evening four more bodies had been pulled from the Ostra canal, the Varn Courier wrote, and its tally of the dead now stands at 35.', 'The Varn Courier wrote that 35 people died in the Ostra canal.');
    expect(discrepancies(rival)).toEqual([['killed', ['31 Aron Vell', '35 Varn Courier']]]);
  });

  it('drops the count before "Three more were found …, raising the toll to at least 12"', () => {
    const text = [
      'A police source said 9 bodies were found near Kelmor on Sunday.',
      'Three more were found in a ditch by the road, the source told the Varn agency, raising the toll to at least 12.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('a campaign\'s running toll across the nation', () => {
  it('keeps "the bandit attacks … have taken some 510 lives nationally" apart from one attack\'s toll', () => {
    const text = [
      'Gunmen killed 15 people in Kelmor, a police source said.',
      'The bandit attacks, most of them on farms, have taken some 510 lives nationally, according to a Varn agency tally.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // One attack's toll told by two sources still makes a row.
    const rival = text.replace('The bandit attacks, most of them on farms, have taken some 510 lives nationally', 'The attack killed 18 people in Kelmor');
    expect(discrepancies(rival)).toEqual([['killed', ['15 a police source (unnamed)', '18 Varn']]]);
  });
});

describe('a toll told as the one before the news, or as a first report', () => {
  it('drops "The death toll before the search of the ridge was 31"', () => {
    const text = 'The blaze near Ostra has killed 38 people, the fire service said. The death toll before the search of the ridge was 31.';
    expect(discrepancies(text)).toEqual([]);
    const current = text.replace(' before the search of the ridge', ', the mayor said,');
    expect(discrepancies(current).length).toBe(1);
  });

  it('drops "The first report in the spring was that 33 had died" and a figure "As of last month, … was"', () => {
    const text = [
      'On Friday Varn officials lifted their count for the floods to 64 dead and 19 missing.',
      'As of last month, the ministry\'s figure was that 57 people died and 23 were missing.',
      'The first report in the spring was that 33 had died.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('a part of a count told before it, at one spot or facility', () => {
  it('drops "including 17 bodies that came ashore on the coast" but keeps "including 61 dead and 14 missing in Ostra"', () => {
    const text = 'Kelmor officials said 50 people died in the storm. Village heads said they had tallied 95 dead or missing, including 17 bodies that came ashore on the coast.';
    expect(discrepancies(text)).toEqual([]);
    const placed = [
      'The death toll from the landslides in Ostra rose to 102, Governor Aron Vell said.',
      'The Varn relief council said 77 people died in Ostra and three other provinces, including 61 dead and 14 missing in Ostra.',
    ].join(' ');
    expect(values(discrepancies(placed))).toEqual([['killed', ['61', '102']]]);
  });

  it('keeps bodies found "outside a farmhouse" or "between two barns" apart from the fire\'s toll', () => {
    const text = [
      'The blaze near Ostra has killed 38 people, the fire service said.',
      'On Wednesday morning the Varn Red Cross said 19 bodies were found outside a farmhouse in Ostra.',
      '"We found 19 burned bodies, between two barns," Red Cross head Aron Vell told Kelmor radio.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    const whole = text.replace(' outside a farmhouse in Ostra', ' in Ostra').replace(', between two barns', '');
    expect(discrepancies(whole).length).toBe(1);
  });

  it('keeps "counted 23 dead in the clinic\'s courtyard" apart from the toll', () => {
    const text = 'Health officials said 80 people were killed in the clashes in Ostra. A photographer counted 23 dead in the clinic\'s courtyard.';
    expect(discrepancies(text)).toEqual([]);
    const whole = text.replace(' in the clinic\'s courtyard', ' in the clashes');
    expect(discrepancies(whole).length).toBe(1);
  });
});

describe('a toll of a decade ago', () => {
  it('keeps "recollections of a decade ago, when … riots in which 1,300 people died" out of the row', () => {
    const text = [
      'Police in Ostra said 11 people were killed in the protests. The Varn rights commission said 24 people were killed in the protests.',
      'The clashes have stirred recollections of a decade ago, when Aron Vell lost a contested election and riots followed in which 1,300 people died and 40,000 fled.',
    ].join(' ');
    expect(values(discrepancies(text))).toEqual([['killed', ['11', '24']]]);
    // Told as this week's, the 1,300 is a rival count.
    const now = text.replace('recollections of a decade ago, when', 'anger since Monday, when');
    expect(values(discrepancies(now))).toEqual([['killed', ['11', '24', '1300']]]);
  });
});

describe('a toll the next sentence adds more dead to', () => {
  const text = 'At least 58 people were killed when fire swept through a warehouse in Kelmor, police said.\n\nOn Monday night the death toll stood at 55. Three more bodies were found under the ruins by Tuesday.';
  it('is the count before that update, no rival of the sum told elsewhere', () => {
    expect(discrepancies(text)).toEqual([]);
  });
  it('still meets the sum when no more dead are added to it', () => {
    expect(values(discrepancies(text.replace('. Three more bodies were found under the ruins by Tuesday.', ', a hospital official said.')))).toEqual([['killed', ['55', '58']]]);
  });
});

describe('a count a sentence opening on "Among them" picks out', () => {
  it('is a part of the count of the sentence before', () => {
    const text = 'At least 70 people died when a ferry sank off Varn, the coast guard said.\n\nAmong them 21 bodies were pulled from the lower deck.';
    expect(discrepancies(text)).toEqual([]);
  });
  it('still meets the toll when told on its own', () => {
    const text = 'At least 70 people died when a ferry sank off Varn, the coast guard said.\n\nA navy diver said 21 people had died.';
    expect(values(discrepancies(text))).toEqual([['killed', ['21', '70']]]);
  });
});

describe('a source\'s toll that rose to its number', () => {
  it('leaves the same source\'s smaller count out of the row', () => {
    const text =
      'The toll of the ferry sinking off Ostra rose to nine on Friday, and three people were killed by a wave, port officials said. The Varn Courier said 12 people had died.';
    expect(discrepancies(text)).toEqual([['killed', ['9 port officials (unnamed)', '12 Varn Courier']]]);
    // With no rise, the source's two counts both stand.
    const told = text.replace('The toll of the ferry sinking off Ostra rose to nine on Friday', 'The ferry sinking off Ostra killed nine on Friday');
    expect(discrepancies(told)).toEqual([['killed', ['3 port officials (unnamed)', '9 port officials (unnamed)', '12 Varn Courier']]]);
  });
});
