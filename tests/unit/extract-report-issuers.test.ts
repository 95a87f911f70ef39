// "In a new report, Ostra Watch said … “…,” the report released on Monday said": the report speaks for the body that issued it.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const ISSUED = 'Ostra Watch, a charity, set out its findings in a 60-page report on Monday.\n\nIn its report, Ostra Watch said the soldiers had planned the raids.\n\n';

describe('"the report" tagging a quote after a sentence a body reports "in a report"', () => {
  it('gives the quote to that body, past when the report was issued', () => {
    const text = ISSUED + '"The soldiers fired at the crowd for three hours and killed 40 people," the report released on Monday said.';
    expect(quote(text, 'The soldiers fired')?.attributedTo).toBe('Ostra Watch');
  });
  it('gives it to that body with the verb right after the noun', () => {
    const text = ISSUED + 'The group said its count drew on 200 witnesses.\n\n"The soldiers fired at the crowd for three hours," the report said.';
    expect(quote(text, 'The soldiers fired')?.attributedTo).toBe('Ostra Watch');
  });
  it('gives it to no named body where the report is only mentioned, not the body\'s words', () => {
    const text = 'Ostra Watch said the raids were a "massacre." A report on the raids is due in May.\n\nPeople are afraid.\n\nThe town is quiet.\n\n"The soldiers fired at the crowd for three hours," the report said.';
    expect(quote(text, 'The soldiers fired')?.attributedTo ?? null).toBeNull();
  });
});
