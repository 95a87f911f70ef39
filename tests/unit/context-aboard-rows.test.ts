// The people aboard one vessel, told by two sources ("the navy said it left port with about 120 people", a survivor's "200 were on
// that boat"), make a row wherever each count is told: the places of a voyage are not where anyone was counted.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('people aboard a vessel', () => {
  it('reads the people a vessel sailed with as aboard', () => {
    expect(figure('The navy said the trawler had left Varn harbour with about 120 people.', 'about 120').about).toBe('aboard');
    // People a town was left with were on no vessel.
    expect(figure('The navy said the town was left with about 120 people after the floods.', 'about 120').about).toBeNull();
  });

  it('reads "men, boys and women were on that boat" as aboard', () => {
    expect(figure('A sailor said 210 men, boys and women were on that boat when it sank.', '210').about).toBe('aboard');
    expect(figure('A sailor said 210 men, boys and women were on that island when it flooded.', '210').about).toBeNull();
  });

  it('reads those on a vessel who then did something as no count of all aboard', () => {
    expect(figure('Eight to 12 crew on the trawler, the Sea Lark, had managed to reach the shore, a sailor said.', 'Eight to 12').about).toBeNull();
    expect(figure('A sailor said 40 people on the ferry swam to a sandbank.', '40').about).toBeNull();
    // Where the people were, with no verb of their own after it, still counts all aboard.
    expect(figure('A sailor said there were 40 people on the ferry when it tipped over.', '40').about).toBe('aboard');
  });

  it('sets two counts of one vessel’s people side by side, whatever places their sentences name', () => {
    const text = [
      'The Kelmor navy said on Sunday the trawler had left Varn harbour with about 120 people before it sank.',
      '“Survivors brought to Ostra told us that 210 men, boys and women were on that boat,” said Dana Fell of the Tesk Aid Mission.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['aboard', ['120 Kelmor navy', '210 Dana Fell']]]);
  });

  it('still makes no row of one source’s own counts of the people aboard', () => {
    const text = [
      'The Kelmor navy said on Sunday the trawler had left Varn harbour with about 120 people before it sank.',
      'Later the Kelmor navy said 210 men, boys and women were on that boat when it sank off Ostra.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
});
