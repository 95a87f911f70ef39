// "An Ostran source, who asked not to be named, confirmed the crash. He also said …": "he" is that source, whose counts these are.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const SCENE = 'A lorry and a bus collided near Dorvik on Friday.\n\n';
const COUNT = '\n\nHe also said that the crash left 14 people dead and 31 hurt.';

/** [attributedTo, reportedBy] of the figure with that phrase (the card of an unnamed reporter comes later, in context). */
const owner = (text: string, phrase: string): [string | null, string | null] => {
  const { claim } = figure(extract(text), phrase);
  return [claim.attributedTo, claim.reportedBy];
};

describe('"he" after a sentence an unnamed source opens', () => {
  it('is that source, past a relative clause set off by commas and an adverb before the verb', () => {
    expect(owner(`${SCENE}A police source, who asked not to be named, confirmed the crash.${COUNT}`, '14')[1]).toBe('a police source');
  });
  it('is that source with no clause, and with no adverb', () => {
    expect(owner(`${SCENE}A police source confirmed the crash.${COUNT}`, '31')[1]).toBe('a police source');
    expect(owner(`${SCENE}A police source confirmed the crash.\n\nHe said that the crash left 14 people dead and 31 hurt.`, '14')[1]).toBe('a police source');
  });
  it('is not the source where a person is named between, nor where "he" only heard ("He was told")', () => {
    expect(owner(`${SCENE}A police source, who asked not to be named, confirmed the crash. Tomas Varn, the bus driver, was arrested.${COUNT}`, '14')[1]).not.toBe('a police source');
    expect(owner(`${SCENE}A police source, who asked not to be named, confirmed the crash.\n\nHe was told that the crash left 14 people dead and 31 hurt.`, '14')[1]).toBeNull();
  });
  it('leaves sources, many of them, to "they"', () => {
    expect(owner(`${SCENE}Police sources, who asked not to be named, confirmed the crash.${COUNT}`, '14')[1]).not.toBe('police sources');
  });
});

describe('"it" after a sentence an unnamed body closes with "according to"', () => {
  it('is that body, in a closing "it said" and opening its own sentence', () => {
    const tail = 'The toll from the ferry fire off Varnholm rose to 31 on Monday, according to the county coroner\'s office.';
    expect(owner(`${tail}\n\nTwenty of the dead were adults and 11 were children, it said.`, '11')[1]).toBe("the county coroner's office");
    const rescue = 'On Sunday a fishing crew spotted a dinghy in trouble and the navy sent two patrol boats, according to the regional coastal rescue agency.';
    expect(owner(`${rescue} It had said earlier that 23 people were pulled from the water.`, '23')[1]).toBe('the regional coastal rescue agency');
  });
  it('is not a tail that names people, nor one in the sentence before the last', () => {
    expect(owner(`The toll rose to 31 on Monday, according to local fishermen.\n\nTwenty of the dead were adults and 11 were children, it said.`, '11')[1]).toBeNull();
    expect(owner(`The toll rose to 31, according to the county coroner's office. Tomas Varn, a ferry captain, wept. Twenty were adults and 11 were children, it said.`, '11')[1]).not.toBe("the county coroner's office");
  });
});
