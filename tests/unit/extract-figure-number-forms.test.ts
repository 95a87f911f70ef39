// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Figure } from '../../src/extract';

function figures(text: string): Figure[] {
  return extract(text).claims.filter((c) => c.kind === 'figure').flatMap((c) => c.figures);
}

describe('figures: abbreviated scales after an amount of money', () => {
  it('reads a "b" glued to or spaced after an amount as billions, and "Rs." as the rupee', () => {
    expect(figures('Ostra Mills posted a net profit of Rs. 4.2b for the year.')).toMatchObject([{ value: 4.2e9, unit: 'Rs' }]);
    expect(figures('Revenue at Ostra Mills rose by 31.4 percent to Rs. 8.35 b.')).toMatchObject([
      { value: 31.4, unit: '%' },
      { value: 8.35e9, unit: 'Rs' },
    ]);
    expect(figures('Kelmor Bank set aside $2 m for the fund.')).toMatchObject([{ value: 2e6, unit: '$' }]);
  });

  it('keeps a "b" or a spaced "m" after a bare number as no scale', () => {
    expect(figures('Varn filed Form 7b with the regulator.')).toEqual([]);
    expect(figures('The wall around Varn is 4 m high in places, engineers said.').map((f) => f.value)).not.toContain(4e6);
  });
});

describe('figures: a decimal point spelled out', () => {
  it('reads "N-point-M" with digits or a digit\'s word either side', () => {
    expect(figures('Ostra\'s exports came to 48-point-21 billion dollars, up 9-point-four percent on-year.')).toMatchObject([
      { value: 48.21e9, unit: 'dollars' },
      { value: 9.4, unit: '%' },
    ]);
    expect(figures('The deficit widened to three-point-17 billion dollars in May.')).toMatchObject([{ value: 3.17e9, unit: 'dollars' }]);
  });

  it('leaves a point that is no number\'s alone', () => {
    expect(figures('Three points were deducted from Varn, the league said.')).toMatchObject([{ value: 3 }]);
  });
});

describe('figures: thirds and quarters of something are a share', () => {
  it('reads "two thirds of" and "three quarters of the" as percentages', () => {
    expect(figures('Ostra passed the measure, backed by over two thirds of voters.')).toMatchObject([{ value: 66.7, unit: '% of voters', comparator: '>' }]);
    expect(figures('Three quarters of the homes in Kelmor were flooded.')).toMatchObject([{ value: 75, unit: '% of the homes' }]);
  });

  it('keeps quarters of a period and improper fractions as counts', () => {
    expect(figures('Varn Mills reported two quarters of growth.')).toMatchObject([{ value: 2, unit: 'quarters' }]);
    expect(figures('Five quarters of the season were played in Varn.')).toMatchObject([{ value: 5 }]);
  });
  it('reads a compound number in words opening the text after a dateline ("Twenty one"), not as a name', () => {
    expect(figures('Ostra (Varn Daily) Twenty one people were hurt in a crash, a source said.')).toMatchObject([{ value: 21, unit: 'people' }]);
    expect(extract('Ostra (Varn Daily) Twenty one people were hurt in a crash, a source said.').mentions.map((m) => m.name)).not.toContain('Twenty');
  });
  it('reads "SFr" glued to an amount as its currency', () => {
    expect(figures('Kelmor sales reached SFr4.5 billion in the half.')).toMatchObject([{ value: 4.5e9, unit: 'SFr' }]);
  });
});

describe('figures: a code closing in digits before a comma', () => {
  it('keeps the count after "COVID-19, " apart from the code', () => {
    expect(figures('Only 12 people have died of COVID-19, 140 burials took place in Varn.')).toMatchObject([
      { value: 12, unit: 'people' },
      { value: 140, unit: 'burials' },
    ]);
  });
  it('still joins a thousands group printed with a space after its comma', () => {
    expect(figures('The camp in Varn holds some 31, 418 households.')).toMatchObject([{ value: 31418, unit: 'households' }]);
  });
});

