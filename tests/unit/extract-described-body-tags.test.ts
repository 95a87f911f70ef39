// `,” state-run news agency Varn Press Agency said`: lower-case words describing a body before its name in a closing tag; the body speaks.
import { describe, expect, it } from 'vitest';
import { quoteStarting } from './extract-helpers';

describe('“…,” <description> <body noun> <Body> said', () => {
  it('gives the quote to the body a description ending in a body’s noun stands before', () => {
    const text = 'Nine men were hanged in Ostra. "The men were sentenced after a fair and open trial," state-run news agency Varn Press Agency said on Sunday.';
    expect(quoteStarting(text, 'The men were sentenced')?.attributedTo).toBe('Varn Press Agency');
  });
  it('reads past the body’s short form in square brackets', () => {
    const text = 'Nine men were hanged in Ostra. "The men were sentenced after a fair and open trial," official news agency Varn Press Agency [VPA] said on Sunday.';
    expect(quoteStarting(text, 'The men were sentenced')?.attributedTo).toBe('Varn Press Agency');
  });
  it('does not give the quote to a body whose description ends in no body’s noun', () => {
    const text = 'Nine men were hanged in Ostra. "The men were sentenced after a fair and open trial," critics writing Varn Press Agency reports said on Sunday.';
    expect(quoteStarting(text, 'The men were sentenced')?.attributedTo ?? null).toBeNull();
  });
});
