// "X was abuzz with rumours that …": the site or outlet full of such talk passes it on.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const owner = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo ?? null;

describe('an outlet "abuzz with rumours that …"', () => {
  it('gives the rumoured count to the outlet', () => {
    expect(owner('The Pellham Courier was rife with rumours that the real number of dead was nearer 70.', '70')).toBe('Pellham Courier');
  });
  it('gives nothing where the talk is not told as "that …"', () => {
    expect(owner('The Pellham Courier was rife with rumours about the 70 missing sailors.', '70')).toBeNull();
  });
});
