// An inverted tag after a quote with a verb no list of speech holds: `,” fired off Ruiz.`
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('“…,” <past verb> [particle] Name.', () => {
  it('gives the quote to the person after the verb, not to a description of someone from the sentence before', () => {
    const text = 'Ana Ruiz opened the debate in Ostra. The Liberal accused Tomas Varn of lying. "Someone has to say it plainly," fired off Ruiz.';
    expect(quote(text, 'Someone has')?.attributedTo).toBe('Ana Ruiz');
  });
  it('does not take a name after a verb that is someone else’s deed', () => {
    const text = 'Ana Ruiz and Tomas Varn met in Ostra. "Someone has to say it plainly," Ruiz said. "You lied to us all again," hundreds cheered at Varn.';
    expect(quote(text, 'You lied')?.attributedTo).not.toBe('Tomas Varn');
  });
});
