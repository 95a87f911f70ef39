// "N times larger than X reported": the verb after "than" tells whose count the figure is compared with, not who gives the figure.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"… N times larger than <body> reported"', () => {
  it('does not give the comparison to the body whose smaller count it is compared with', () => {
    const r = extract('The fuel loss at the Sorn depot was at least 25 times larger than Halden Oil reported at the time.');
    expect(figure(r, 'at least 25').claim.attributedTo ?? null).toBeNull();
  });
  it('keeps a body that reports the comparison itself', () => {
    const r = extract('Halden Oil reported that the fuel loss at the Sorn depot was at least 25 times larger than first thought.');
    expect(figure(r, 'at least 25').claim.attributedTo).toBe('Halden Oil');
  });
});
