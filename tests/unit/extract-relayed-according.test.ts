// "X reported that according to Y …": X relays Y's words; Y is the source of what follows.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"The Varn Broadcasting Service reported that according to the Ostra state government there had been 37 deaths"', () => {
  it('gives the count to the body the report is according to, not to the outlet relaying it', () => {
    const r = extract('The Varn Broadcasting Service reported on Friday evening (local time) that according to the Ostra state government there had been 37 deaths.');
    expect(figure(r, '37').claim.attributedTo).toBe('Ostra state government');
  });
  it('reads the "according to" set off by commas as well', () => {
    const r = extract('The Varn Broadcasting Service reported that, according to the Ostra state government, 37 people died.');
    expect(figure(r, '37').claim.attributedTo).toBe('Ostra state government');
  });
  it('keeps the outlet where the report is according to no one named', () => {
    const r = extract('The Varn Broadcasting Service reported on Friday that according to witnesses there were 37 deaths.');
    expect(figure(r, '37').claim.attributedTo).toBe('Varn Broadcasting Service');
  });
});
