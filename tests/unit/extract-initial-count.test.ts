// "left out of the initial count of 31": a count the text calls initial counts what the story counts, and a later one replaced it.
import { describe, expect, it } from 'vitest';
import { discrepancyRows as rows, figure } from './extract-helpers';

const lede = 'The death toll in the Kelmor dam collapse has been revised to 58, the Varn police said on Friday. ';

describe('a count called initial', () => {
  it('counts the dead the story counts', () => {
    const text = `${lede}Families who buried their kin the same day were left out of the initial count of 31, Inspector Tomas Pell said.`;
    expect(figure(text, '31').about).toBe('killed');
  });

  it('is replaced by the later count, no rival of it', () => {
    const text = `${lede}Families who buried their kin the same day were left out of the initial count of 31, Inspector Tomas Pell said.`;
    expect(rows(text)).toEqual([]);
  });

  it('keeps a count called real a rival of the other source', () => {
    const text = `${lede}The Ostra hospital said the real count was 31.`;
    expect(rows(text)).toEqual(['killed: =31 by Ostra hospital | =58 by Varn police']);
  });
});
