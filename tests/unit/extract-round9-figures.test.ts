// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figure, figures, phrases } from './extract-helpers';

describe('ninth round: values and bounds', () => {
  it('reads "half a million" and "half a dozen" as half of the number', () => {
    expect(figure('The alliance drew half a million marchers to Plovdiv on Sunday.', 'half a million')).toMatchObject({ value: 500_000, unit: 'marchers' });
    expect(figure('Half a dozen trawlers were lost off Tromso.', 'Half a dozen').value).toBe(6);
  });
  it('gives a scale word with no count before it no figure', () => {
    expect(phrases('Organisers said several thousand farmers were detained in Lodz.')).toEqual([]);
    expect(phrases('Only a few hundred copies of the atlas were printed.')).toEqual([]);
    expect(figure('A thousand farmers marched to Lodz.', 'A thousand').value).toBe(1000);
  });
  it('turns a bound over after a negated verb', () => {
    expect(figure('A police spokesman said the stadium cannot hold more than 40,000 people.', 'more than 40,000').comparator).toBe('<=');
    expect(figure("The agency said the tanks won't take fewer than 300 tonnes.", 'fewer than 300').comparator).toBe('>=');
    expect(figure('Officials said more than 40,000 people came, and they did not leave.', 'more than 40,000').comparator).toBe('>');
  });
  it('keeps "nearly" as about the number on a fall written "per cent"', () => {
    expect(figure('Its quarterly profit slid nearly 40 per cent.', 'nearly 40 per cent')).toMatchObject({ comparator: '~', change: 'fall', unit: '%' });
  });
});

describe('ninth round: direction and unit', () => {
  it('reads a comparative after a rate as its direction', () => {
    expect(figure('Walkers had a 21% lower risk of stroke.', '21%').change).toBe('fall');
    expect(figure('Smokers showed a 14 per cent higher risk of gout.', '14 per cent').change).toBe('rise');
    expect(figure('The index ended three points higher.', 'three')).toMatchObject({ unit: 'points', change: 'rise' });
  });
  it('reads "per cent" closing a compound and "one per cent" in words', () => {
    expect(figure('The outlook marks a 35-per cent slump from last year.', '35-per cent')).toMatchObject({ value: 35, unit: '%', change: 'fall' });
    expect(figure('Shares in Korlin fell one per cent on Friday.', 'one')).toMatchObject({ value: 1, unit: '%', change: 'fall' });
  });
  it('ends the counted noun before words that do not belong to it', () => {
    expect(figure('It forecast profit at 3.1 trillion yen and sales at a record.', '3.1 trillion').unit).toBe('yen');
    expect(figure('The mayor said 90,000 showed up.', '90,000').unit).toBeNull();
    expect(figure('The toll was below the 640 figure given by the agency.', '640').unit).toBeNull();
    expect(figure('The village lies about 70 miles southwest of Brno.', 'about 70').unit).toBe('miles');
    expect(figure('The crews sent 2,100 search and rescue personnel.', '2,100').unit).toBe('search and rescue personnel');
  });
});

describe('ninth round: numbers that count nothing', () => {
  it('skips a number inside the name of a numbered unit', () => {
    expect(phrases('"We are still searching," Lake County Fire District 9 Chief Omar Deniz said.')).toEqual([]);
  });
  it('skips "one of the" and the number of a type', () => {
    expect(phrases('Whatever the death toll, it is one of the worst floods on record.')).toEqual([]);
    expect(phrases('A diet rich in fibre cuts the risk of type 1 diabetes, the authors wrote.')).toEqual([]);
    expect(figure('She said only one of the bridges was ever repaired.', 'one').value).toBe(1);
  });
});

describe('ninth round: what a number named by its noun counts', () => {
  const text =
    'Officials in Corvia gave conflicting death tolls for the flood on Tuesday.\n\n' +
    'A clerk later said the number should have read 9,000.\n\n' +
    'The governor told reporters that the number was 8,000, referring to graves.\n\n' +
    'Her deputy replied: "No, the official number is 7,000."';
  it('gives "the number was" the event its text is about, and none where the text names none', () => {
    expect(figures(text).map((f) => [f.value, f.about])).toEqual([
      [9000, 'killed'],
      [8000, 'killed'],
      [7000, 'killed'],
    ]);
    expect(figure('Organisers said the march in Brno was huge. Police said the number was 20,000.', '20,000').about).toBeNull();
  });
  it('counts bodies that were buried as dead, not missing', () => {
    expect(figure('The army said 1,200 bodies had been hastily buried by soldiers.', '1,200').about).toBe('killed');
    expect(figure('Some 40 villagers were buried by the landslide.', 'Some 40').about).toBe('missing');
  });
});
