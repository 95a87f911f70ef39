// The name a person goes by, in quotation marks right after the full name ("Tarvo Kel Ostrani ‘Varnak’").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "name forms" of each mention. */
const mentions = (text: string): string[] => extract(text).mentions.map((m) => `${m.name} ${m.forms.join('|')}`);

describe('a name in quotation marks right after a person’s full name', () => {
  it('is another name of that person, title and all', () => {
    const text = "Prime Minister Tarvo Kel Ostrani 'Varnak' reached the flooded towns on Monday. Prime Minister Varnak has called a cabinet meeting, the office said.";
    expect(mentions(text)).toEqual(['Tarvo Kel Ostrani Tarvo Kel Ostrani|Varnak']);
    const curly = 'Tarvo Kel Ostrani “Varnak” said the town was safe. Varnak added that aid was coming.';
    expect(extract(curly).claims.map((c) => c.attributedTo)).toEqual(['Tarvo Kel Ostrani', 'Tarvo Kel Ostrani']);
  });

  it('is no other name where words stand between them', () => {
    const text = "Prime Minister Tarvo Kel Ostrani named the plan 'Varnak' on Monday. Varnak will cost 3 million.";
    expect(mentions(text)).not.toContain('Tarvo Kel Ostrani Tarvo Kel Ostrani|Varnak');
  });
});
