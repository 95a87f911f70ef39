// "“…,” Tomas Varn, a ferry pilot from Kelmor village, downstream of Ostra.": a tag that lost its verb, the name described after it.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const LEAD = 'The Kelmor Courier reported on Sunday that the river had burst its banks. ';

describe('a name and its description after a quote closed by a comma, with no verb', () => {
  it('gives the quote to the person a description with an article follows', () => {
    const text = LEAD + '\n\n“We moved 30 families before noon. Then the water came,” Tomas Varn, a ferry pilot from Kelmor village, downstream of Ostra.';
    expect(quote(text, 'We moved 30 families')?.attributedTo).toBe('Tomas Varn');
  });
  it('leaves a name whose description is no one\'s role', () => {
    const text = LEAD + '\n\n“We moved 30 families before noon. Then the water came,” Tomas Varn, a village in the hills, downstream of Ostra.';
    expect(quote(text, 'We moved 30 families')?.attributedTo ?? null).not.toBe('Tomas Varn');
  });
});
