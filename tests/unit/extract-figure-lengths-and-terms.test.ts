// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Figure } from '../../src/extract';

function figures(text: string): Figure[] {
  return extract(text).claims.filter((c) => c.kind === 'figure').flatMap((c) => c.figures);
}

describe('figures: a length that places something is no figure', () => {
  it('drops distances away from or in a direction of a place, and depths and heights', () => {
    expect(figures('The tremor hit about 90 kilometres (56 miles) away from Varn, at a depth of around 8 kilometres, Ostra Radio said.')).toEqual([]);
    expect(figures('Kelmor media said the tremor was at least 4 miles deep.')).toEqual([]);
    expect(figures('Another 41 people died in Varn, about 25 kilometres to the southwest, on Monday.')).toMatchObject([{ value: 41, about: 'killed' }]);
    expect(figures('The lake at Ostra had risen to about two metres (7 feet) high, officials said.')).toEqual([]);
  });

  it('drops a distance restated as a time of travel before the direction, and that time of travel', () => {
    expect(figures('Rain cut off Varn, a town some 150 kilometres (93 miles), or four hours by road, north of Ostra, the agency said.')).toEqual([]);
    expect(figures('The camp sits three hours\' drive from Kelmor, the agency said.')).toEqual([]);
  });

  it('keeps a time of travel that places nothing', () => {
    expect(figures('The convoy took nine hours by road to reach Kelmor, the agency said.')).toMatchObject([{ value: 9, unit: 'hours' }]);
  });

  it('keeps a length that measures a change or a distance covered', () => {
    expect(figures('The river at Varn rose three feet overnight, officials said.')).toMatchObject([{ value: 3, unit: 'feet', change: 'rise' }]);
    expect(figures('The convoy travelled 250 kilometres to reach Kelmor, officials said.')).toMatchObject([{ value: 250, unit: 'kilometres' }]);
  });
});

describe('figures: a term in office', () => {
  it('drops the length of a term, keeps a sentence', () => {
    expect(figures('Ostra won another four-year term in office on Sunday.')).toEqual([]);
    expect(figures('Varn was jailed for six years.')).toMatchObject([{ value: 6, unit: 'years' }]);
  });
});

describe('figures: a count of terms in office', () => {
  it('drops how many terms someone may serve or served in office, in a quote too', () => {
    expect(figures('"The next mayor of Varn may only serve two terms, while I held the post for four terms," Kelmor said.')).toEqual([]);
    expect(figures('Ostra has led the council for three consecutive terms, its spokesman said.')).toEqual([]);
  });
  it('keeps terms served in jail, which are sentences', () => {
    expect(figures('The court gave Varn two terms of imprisonment, the prosecutor said.')).toMatchObject([{ value: 2, unit: 'terms' }]);
    expect(figures('Kelmor served three terms in prison for fraud, police said.')).toMatchObject([{ value: 3, unit: 'terms' }]);
  });
});
