// Numbers that count nothing: a stretch of time an event filled, an infant's age in months, the time of a moment set against an event ("after leaving port"), how
// long travellers sat or were stuck, the bracketed conversion of a height; and what a count of travellers or a harm
// participle before people aboard says they count; and a small count of one’s own things an attack aimed at.
import { describe, expect, it } from 'vitest';
import { figure, figures } from './extract-helpers';

const values = (text: string): number[] => figures(text).map((f) => f.value);

describe('an age told in months', () => {
  it('is no figure', () => {
    expect(values('The clinic treated 12 babies, the youngest of them 9 months old.')).toEqual([12]);
  });
  it('leaves the count of the babies', () => {
    expect(figure('The clinic treated 12 babies, the youngest of them 9 months old.', '12').unit).toBe('babies');
  });
});

describe('a time before or after an event in "-ing"', () => {
  it('is no figure', () => {
    expect(values('The ferry struck a reef some 25 minutes after leaving port.')).toEqual([]);
  });
  it('leaves a count of people before a clause', () => {
    expect(figure('It sank within minutes, killing 20 people before rescuers arrived.', '20').about).toBe('killed');
  });
});

describe('how long travellers waited or were stuck', () => {
  it('is no figure', () => {
    expect(values('Travellers were stranded at Ostra station for nearly nine hours on Monday.')).toEqual([]);
    expect(values('The trucks sat at the Kelm crossing for more than 11 hours.')).toEqual([]);
  });
  it('leaves the length of a strike, and how long a place stayed open', () => {
    expect(figure('The miners went on strike for three days.', 'three').unit).toBe('days');
    expect(figure('The clinics stayed open for 14 hours after the blast.', '14').unit).toBe('hours');
  });
});

describe('the bracketed conversion of a height', () => {
  it('is no figure, as the height is not', () => {
    expect(values('The wreck was found at an altitude of 2,300 metres (7,500 feet) on the ridge.')).toEqual([]);
  });
  it('leaves a length and its conversion that measure a road', () => {
    expect(values('The new road runs 12 kilometres (7.5 miles) along the coast.')).toEqual([12, 7.5]);
  });
});

describe('a unit before a verb that takes an amount', () => {
  it('leaves the verb out of the unit', () => {
    expect(figure('The 4.2 million stolen records represent almost a third of the customer base.', '4.2 million').unit).toBe('stolen records');
  });
});

describe('a harm participle before people aboard', () => {
  it('counts the harmed', () => {
    expect(figure('The ferry capsized off Varn, drowning 41 migrants aboard, the coastguard said.', '41').about).toBe('killed');
  });
  it('leaves people aboard with no harm before them', () => {
    expect(figure('A boat with 41 migrants aboard sank off Varn.', '41').about).toBe('aboard');
  });
});

describe('a part of a count of travellers', () => {
  it('is the toll; the travellers were aboard', () => {
    const text = 'Rescuers said 11 of the 16 passengers died at the scene.';
    expect(figure(text, '11').about).toBe('killed');
    expect(figure(text, '16').about).toBe('aboard');
  });
  it('leaves a whole of its own event', () => {
    expect(figure('Three of the 40 people hurt were children.', '40').about).toBe('injured');
  });
});

describe('a stretch of time an event filled, after a word of what came after it', () => {
  it('is no figure', () => {
    expect(values('Varn was still recovering from four days of storms that cut power to the coast.')).toEqual([]);
    expect(values('Shops reopened in Kelm following two weeks of protests by farmers.')).toEqual([]);
  });
  it('leaves an amount of data told in years', () => {
    expect(figure('The team analysed 15 years of weather records.', '15').unit).toBe('years');
  });
});

describe('a small count of one’s own things an attack aimed at', () => {
  it('is a figure, no pointer back', () => {
    expect(figure('Rebels tried to seize our six border posts.', 'six').unit).toBe('border posts');
  });
  it('leaves a count of one’s own that points back', () => {
    expect(values('They visited their three children.')).toEqual([]);
  });
});
