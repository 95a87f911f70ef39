// A count told "in the attack" (the story's event, no place named) is no rival of another attack's count at its own place.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('a count of the story\'s attack beside another attack\'s place', () => {
  it('keeps "hurt in the attack" out of the row of shelling at another place', () => {
    const text = [
      'Rockets hit a clinic in Kenya on Sunday, killing four people, officials said.',
      'Nine people were hurt in the attack, Mayor Tomas Eld said.',
      'The army said one person was hurt on Monday in shelling of the village of Varn.',
    ].join(' ');
    expect(discrepancies(text).filter(([about]) => about === 'injured')).toEqual([]);
    // The same count told of the shelling ("in the shelling", no place of its own) is that place's rival.
    const same = text.replace('Nine people were hurt in the attack, Mayor Tomas Eld said.', 'Nine people were hurt in the shelling in Varn, Mayor Tomas Eld said.');
    expect(discrepancies(same).filter(([about]) => about === 'injured')).toEqual([['injured', ['1 the army (unnamed)', '9 Tomas Eld']]]);
  });
});
