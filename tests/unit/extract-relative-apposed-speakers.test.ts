// `Ana Ruiz, the lead counsel at <Body>, who acts for …, told reporters that … “…”`: the person opening the sentence speaks, not her employer.
import { describe, expect, it } from 'vitest';
import { quoteStarting } from './extract-helpers';

describe('<Name>, <title at Body>, who …, told … that … “…”', () => {
  it('gives the quote to the person, past her title and a relative clause', () => {
    const text = 'The hearing ended early. Lena Dorsk, the senior counsel at the Ostra Tenants Legal Fund, who acts for the widow, told reporters later that the landlord had ignored “every single letter we sent him over the winter.”';
    expect(quoteStarting(text, 'every single letter')?.attributedTo).toBe('Lena Dorsk');
  });
  it('leaves the quote to someone else where another person speaks after the verb', () => {
    const text = 'The hearing ended early. Lena Dorsk, the senior counsel at the Ostra Tenants Legal Fund, who acts for the widow, told reporters later that Tomas Varn had said “every single letter we sent him was lost.”';
    expect(quoteStarting(text, 'every single letter')?.attributedTo ?? null).not.toBe('Lena Dorsk');
  });
});
