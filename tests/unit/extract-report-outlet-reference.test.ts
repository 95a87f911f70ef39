// "The report" after "a report in <outlet>" stands for that outlet, not for the body the report spoke of since.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const ownerOf = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo;

const OPENING =
  'The Kelmor city council has claimed that only 41 people have died of the fever. According to a report in the weekly newspaper Varn Courier, the gap came to light when the records kept at the city cemeteries were set against those of the Kelmor city council.';

describe('"the report" of an outlet', () => {
  it('gives the figures of "The report stated …" and of "It said …" after it to the outlet', () => {
    const text = `${OPENING}\n\nThe report stated that over 160 burials were carried out in the city. It said that 152 bodies had been handled at the cemeteries.`;
    expect(ownerOf(text, 'over 160')).toBe('Varn Courier');
    expect(ownerOf(text, '152')).toBe('Varn Courier');
  });

  it('leaves "the report" to the other rules where the outlet was named paragraphs before', () => {
    const text = `${OPENING}\n\nThe fever spread fast in the northern wards.\n\nRain slowed the work of the crews.\n\nThe report stated that over 160 burials were carried out in the city.`;
    expect(ownerOf(text, 'over 160')).not.toBe('Varn Courier');
  });
});
