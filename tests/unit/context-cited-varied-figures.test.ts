// Figures said to vary between the names that give them ("counts given by X and Y differ") cite neither name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { citedMentions } from '../../src/context/cited';

const cited = (text: string): string[] => [...citedMentions(extract(text), text)].map((m) => m.name);

describe('figures said to vary between their givers', () => {
  it('cite no one', () => {
    expect(cited('As a rule, numbers given by Kelmor Transit Authority and union bosses differ sharply.')).not.toContain('Kelmor Transit Authority');
  });

  it('still cite the giver of a figure given outright', () => {
    expect(cited('Numbers given by Kelmor Transit Authority put the riders at 40,000.')).toContain('Kelmor Transit Authority');
  });
});
