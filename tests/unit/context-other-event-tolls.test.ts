// The toll of an event before the story's ("an earlier raid that left", a sentence of last month) is no rival of the story's toll.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('tolls of an earlier event', () => {
  it('drops a count of "an earlier raid that left" some dead', () => {
    const text =
      'Gunmen killed 14 people in Ostra on Monday, Governor Aron Vell said. The raid was probably revenge for an earlier raid that left about six dead, he said. The Varn Courier said 19 people were killed in Ostra.';
    expect(discrepancies(text)).toEqual([['killed', ['14 Aron Vell', '19 Varn Courier']]]);
    // A raid the sentence does not set earlier is the story's own.
    const own = text.replace('The raid was probably revenge for an earlier raid that left about six dead, he said.', 'The raid left about six dead in Ostra, Kelmor Radio said.');
    expect(discrepancies(own)).toEqual([['killed', ['6 Kelmor Radio', '14 Aron Vell', '19 Varn Courier']]]);
  });

  it('drops a count told "in the airstrike" a sentence of last month named', () => {
    const text = [
      'An airstrike on a market in Ostra killed at least 12 people on Friday, Kelmor Radio said.',
      'Last month, an airstrike on a school in Varn killed dozens of pupils.',
      'The Ostra Tribune reported at least 40 people were killed in the airstrike.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // With no past time opening the sentence before, the airstrike is the story's.
    const same = text.replace('Last month, an airstrike on a school in Varn killed dozens of pupils.', 'Rescuers searched the market all night.');
    expect(discrepancies(same)).toEqual([['killed', ['12 Kelmor Radio', '40 Ostra Tribune']]]);
  });

  it('drops a count of a long sentence that "last year" opens, far before the count', () => {
    const text = [
      'A mudslide in Ostra killed 12 people on Tuesday, the Varn Red Cross said.',
      'Around this same time last year, a similar mudslide was reported in the hill district of Kelmor Province, in the north, where it buried more than 40 farmhouses and killed nearly 90 people at Dunmere.',
      'The Ostra Herald said 15 people were killed.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['12 Varn Red Cross', '15 Ostra Herald']]]);
    // Without the past time, the long sentence's toll is the story's own.
    const own = text.replace('Around this same time last year, a', 'A');
    expect(discrepancies(own)).toEqual([['killed', ['12 Varn Red Cross', '15 Ostra Herald', '90 -']]]);
  });
});

describe('counts of a past year’s vessel', () => {
  it('keeps the people aboard a boat of a past year out of the story’s aboard row', () => {
    const text = [
      'A canoe carrying 70 passengers sank on Lake Kelm on Friday, marine police said.',
      'Two years ago, at least 19 people drowned when a canoe sank near Ostra. The canoe was carrying about 45 passengers, the Ostra Herald said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // With no past time before it, the canoe is the story's and its load a rival count.
    const own = text.replace('Two years ago, at least 19 people drowned when a canoe sank near Ostra.', 'Rescuers searched the lake all night.');
    expect(discrepancies(own)).toEqual([['aboard', ['45 Ostra Herald', '70 marine police (unnamed)']]]);
  });
});

describe('tolls of another named storm', () => {
  it('drops the toll a "which killed" clause gives a storm the first sentence does not name', () => {
    const text = [
      'Cyclone Marra left 31 people dead in Ostra, the Kelmor Relief Agency said on Sunday.',
      'It struck towns still rebuilding after Cyclone Idra, the fiercest storm to hit the coast in a decade, which killed at least 60 people.',
      'The Ostra Herald said 35 people had died.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['31 Kelmor Relief Agency', '35 Ostra Herald']]]);
    // The storm the story is about keeps its count.
    const same = text.replace('Cyclone Marra left', 'Cyclone Idra left');
    expect(discrepancies(same)).toEqual([['killed', ['31 Kelmor Relief Agency', '35 Ostra Herald', '60 -']]]);
  });

  it('drops a yearly toll whose clause closes on "last year"', () => {
    const text =
      'A gas blast at a pit near Ostra killed 12 people on Friday, police said. The Kelmor Herald said 19 people died. The region is among the most dangerous anywhere, with floods and blasts claiming some 3,000 lives last year.';
    expect(discrepancies(text)).toEqual([['killed', ['12 police (unnamed)', '19 Kelmor Herald']]]);
    // "last year" after a comma closes no clause of the count: it is the story's.
    const own = text.replace('with floods and blasts claiming some 3,000 lives last year.', 'and the Ostra Courier said 30 people died, more than last year.');
    expect(discrepancies(own)).toEqual([['killed', ['12 police (unnamed)', '19 Kelmor Herald', '30 Ostra Courier']]]);
  });

  it('drops a yearly toll set against an earlier year after "last year"', () => {
    const text =
      'A gas blast at a pit near Ostra killed 12 people on Friday, police said. The Kelmor Herald said 19 people died. The Mines Board says 310 people died in the region\'s pits last year, up from 240 the year before.';
    expect(discrepancies(text)).toEqual([['killed', ['12 police (unnamed)', '19 Kelmor Herald']]]);
  });
});

describe('a count "in that" event the sentence before names earlier', () => {
  it('keeps the earlier raid\'s wounded out of the story\'s row', () => {
    const text = [
      'Drones struck Ostra overnight, the army said.',
      'The health office said two people had been killed and five were hurt.',
      'The army also said a missile had hit a depot in Varn during an earlier raid on Tuesday night.',
      'Mayor Edda Krall said at least 12 people had been hurt in that attack.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // With no earlier raid named before it, "that attack" is the story's own.
    const own = text.replace('during an earlier raid on Tuesday night', 'during the raid');
    expect(discrepancies(own)).toEqual([['injured', ['5 the health office (unnamed)', '12 Edda Krall']]]);
  });
  it('keeps the toll of "both blazes" out of the row of one blaze', () => {
    const text = [
      'The Tarn blaze has killed 40 people, officials said.',
      'In the south, firefighters have the Ridge fire half contained.',
      'Two people died there, taking the toll of both blazes to 44.',
      'Police said 44 people had died in the fires.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // A toll not told as the two fires' sum is a rival of the blaze's.
    expect(discrepancies(text.replace(' of both blazes', ''))).toEqual([['killed', ['40 officials (unnamed)', '44 police (unnamed)']]]);
  });
  it('keeps the toll of a named disaster "of" a past year out of the story\'s row', () => {
    const text = [
      'Researchers at Kelmor University said 2,900 people died after a hurricane struck Varn, though officials counted 58 deaths.',
      "That would make the storm the second deadliest in the island's history.",
      'The Great Varn Hurricane of 1911 killed more than 3,000 people.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['58 officials (unnamed)', '2900 Kelmor University']]]);
    // Told with no year, the count is no other event's.
    expect(discrepancies(text.replace(' of 1911', ''))).toEqual([['killed', ['58 officials (unnamed)', '2900 Kelmor University', '3000 -']]]);
  });
  it('keeps the toll of a sentence opening on an earlier calendar day out of the story\'s row', () => {
    const text = [
      'Police said 14 people were killed in the march in Ostra, while the Varn Rights League counted 20 dead.',
      'The clashes came a month after similar unrest.',
      'On May 3, 9 people were killed in Ostra.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['14 police (unnamed)', '20 Varn Rights League']]]);
    // With no day of its own, the count is one more of the story's.
    expect(discrepancies(text.replace('On May 3, 9', 'Also 9'))).toEqual([['killed', ['9 -', '14 police (unnamed)', '20 Varn Rights League']]]);
    // With no earlier time told before it, the day may be the story's own.
    expect(discrepancies(text.replace('The clashes came a month after similar unrest.', 'Shops stayed shut.'))).toEqual([['killed', ['9 -', '14 police (unnamed)', '20 Varn Rights League']]]);
  });
});
