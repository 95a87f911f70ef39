// A count told as the one its source "originally described" is replaced by a later count of the text: no rival of anyone's.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('a count its source first gave', () => {
  const text = [
    'The Kelmor army has estimated that 40 people died in the fire, far fewer than the nearly 200 deaths that the Ostra health ministry originally described.',
    'Ostra officials have said at least 160 people were killed in the fire.',
  ].join(' ');

  it('leaves out the first count once a later one is told', () => {
    expect(discrepancies(text)).toEqual([['killed', ['40 Kelmor army', '160 Ostra']]]);
  });

  it('keeps the first count when no later one is told', () => {
    const alone = text.replace(' Ostra officials have said at least 160 people were killed in the fire.', '');
    expect(discrepancies(alone)).toEqual([['killed', ['40 Kelmor army', '200 Ostra health ministry']]]);
  });

  it('keeps a count a revision sets out from ("climbed to 33 from the initially reported 12")', () => {
    const rose = 'The toll climbed to 33 from the initially reported 12, the Ostra health ministry said. The Kelmor army said 30 people were killed.';
    expect(discrepancies(rose)).toEqual([['killed', ['30 Kelmor army', '33 Ostra health ministry']]]);
  });
});
