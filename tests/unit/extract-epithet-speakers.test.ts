// "Ruiz pointed out that …. “…,” said the lawyer.": a person's noun after "the" closing a tag is an epithet of the one just spoken of.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const RUIZ = 'Ana Ruiz, who heads the bar association, said the march was calm.\n\n';
const Q = '"Nobody threw a stone at the vans all afternoon," ';

describe('"said the <person noun>" closing a tag', () => {
  it('is the person the sentence just before names', () => {
    expect(quote(RUIZ + 'Ruiz noted that the marchers had kept to the route.\n\n' + Q + 'said the lawyer.', 'Nobody threw')?.attributedTo).toBe('Ana Ruiz');
  });
  it('is the person the text called so', () => {
    const text = 'Tomas Varn, a lawyer for the marchers, filed a complaint.\n\nThe crowd had been peaceful all day.\n\n' + Q + 'said the lawyer.';
    expect(quote(text, 'Nobody threw')?.attributedTo).toBe('Tomas Varn');
  });
  it('is no one where the sentence before names nobody', () => {
    expect(quote(RUIZ + 'The crowd had been peaceful all day.\n\n' + Q + 'said the lawyer.', 'Nobody threw')?.attributedTo ?? null).toBeNull();
  });
  it('is no one for a noun of kin, another person\'s relative', () => {
    expect(quote(RUIZ + 'Ruiz noted that the marchers had kept to the route.\n\n' + Q + 'said the mother.', 'Nobody threw')?.attributedTo ?? null).toBeNull();
  });
});

describe('"said the <person noun>" after a person who has not spoken', () => {
  it('is no epithet of that person', () => {
    const text = 'A lorry hit a bus near Ostra on Monday.\n\nAna Ruiz, 34, was taken to hospital with burns.\n\n"It came out of nowhere," said the driver.';
    expect(quote(text, 'It came out')?.attributedTo ?? null).not.toBe('Ana Ruiz');
  });
});
