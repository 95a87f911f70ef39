// A count of people treated, admitted or rescued counts the living: a word of death near it is no event of theirs (cared-for.ts).
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('counts of people cared for take no death word near them', () => {
  it('reads "reported treating more than 1,500 travellers" as no count of the dead', () => {
    const text = 'The Ostra clinics reported treating more than 1,500 travellers suffering from sunstroke, but gave no word on the dead.';
    expect(figure(text, 'more than 1,500')).toMatchObject({ unit: 'travellers', about: null });
  });

  it('reads "400 hikers were treated" as no count of the dead', () => {
    const text = 'About 400 hikers were treated for burns in Varn, while the number of dead is not yet known.';
    expect(figure(text, 'About 400')).toMatchObject({ about: null });
  });

  it('keeps dead bodies admitted to a morgue, a count of the dead', () => {
    const text = 'The Kelmor morgue admitted 90 dead bodies after the fire, officials said.';
    expect(figure(text, '90')).toMatchObject({ about: 'killed' });
  });

  it('keeps the injured among those treated', () => {
    const text = 'Doctors in Varn treated 45 people injured in the blast.';
    expect(figure(text, '45')).toMatchObject({ about: 'injured' });
  });
});
