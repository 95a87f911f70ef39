// "The Kelmor Audit and Anti-fraud Authority announced … The bureau said …": "the bureau" stands for the authority named before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const said = (text: string, start: string) => extract(text).claims.find((c) => c.text.startsWith(start));

describe('"the bureau" after a named authority', () => {
  it('is that authority, for its statements and for the quote "it claimed"', () => {
    const text =
      'The Ostra Audit and Anti-fraud Authority announced on Sunday that two tax officers were held.\n\n' +
      'The bureau said the officers would face trial and it asked for long terms as it claimed they had "sold the trust of every honest taxpayer in the land".';
    expect(said(text, 'sold the trust')?.attributedTo).toBe('Ostra Audit and Anti-fraud Authority');
  });
  it('is no ministry named before', () => {
    const text = 'The Ostra Finance Ministry announced on Sunday that two tax officers were held.\n\nThe bureau said the officers would face trial next month.';
    expect(said(text, 'The bureau said')?.attributedTo ?? null).toBeNull();
  });
});
