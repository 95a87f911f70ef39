// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const mentions = (text: string): string[] => extract(text).mentions.map((m) => `${m.kind} ${m.name}`);

describe('thirteenth round: names of bodies and outlets', () => {
  it('keeps a body named "<Office> for the <Purpose> of <Field>" whole, with its short form', () => {
    const text = 'Earlier, the UN Office for the Coordination of Refugee Affairs (OCRA) said 400 people had died. OCRA said 90 were missing.';
    expect(mentions(text)).toEqual(['government UN Office for the Coordination of Refugee Affairs']);
    expect(extract(text).claims.map((c) => c.attributedTo)).toEqual(Array(4).fill('UN Office for the Coordination of Refugee Affairs'));
  });

  it('does not count a sentence-opening "The" against the longest name', () => {
    const text = 'The Ministry of Foreign Affairs of the Kelmor Republic said 400 people had left.';
    expect(mentions(text)).toEqual(['government Ministry of Foreign Affairs of the Kelmor Republic']);
  });

  it('knows the German news agency and the Daily Mail website as outlets', () => {
    expect(mentions('Karl Weber told DPA the search went on. According to Mail Online, 30 people were hurt.')).toEqual([
      'person Karl Weber',
      'outlet DPA',
      'outlet Mail Online',
    ]);
  });
});

describe('thirteenth round: short forms of bodies', () => {
  it('takes a short form in brackets after "<Head> of <Place>" as that body, whatever its letters', () => {
    const r = extract('The governor of the Central Bank of Kelmor (RBK), Ana Ruiz, spoke on Monday. The RBK said rates were 4.1%.');
    expect(r.mentions.map((m) => `${m.kind} ${m.name}`)).toEqual(['organization Central Bank of Kelmor', 'person Ana Ruiz']);
    expect(r.claims.at(-1)?.attributedTo).toBe('Central Bank of Kelmor');
  });
});

describe('thirteenth round: products', () => {
  it('does not take a name followed by a product noun for a person', () => {
    const text = 'Zenit posted a rise in profit on Thursday thanks to demand for its new Kestrel Nova operating system. "The strength of Nova is driving this," said Ana Ruiz, an analyst.';
    expect(extract(text).mentions.find((m) => m.name === 'Kestrel Nova')?.kind).not.toBe('person');
  });
});
