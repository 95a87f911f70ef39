// "Mrs Varn, while quoting a statement by one Tomas Ruiz, a farmer, said, “…”": the name opening the sentence speaks, not one in its aside.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const speakers = (text: string) => extract(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo);

describe('a speaker whose verb of speech follows an aside set off by commas', () => {
  it('gives the quotes to the name opening the sentence, and the "she said" after them too', () => {
    const text =
      'The council chair in Ostra, Ana Varn, put the toll at forty. ' +
      'Mrs Varn, while reading from a statement by one Tomas Ruiz, a farmer in the valley, said, “The river took forty homes in a single night.\n\n' +
      '“We lost the school and the mill before anyone could reach them.”\n\n' +
      '“This is the worst flood our village has known,” she said.';
    expect(speakers(text)).toEqual(['Ana Varn', 'Ana Varn', 'Ana Varn']);
  });
  it('reads an aside opening with a participle as well', () => {
    const text = 'Tomas Varn, citing a letter from Ana Ruiz, a nurse in Kelmor, told reporters: “The clinic has run out of clean water.”';
    expect(speakers(text)).toEqual(['Tomas Varn']);
  });
  it('leaves the speaker to the apposed name where the sentence opens with a possessive', () => {
    const text = 'Ana Varn’s deputy, while reading from a statement by one Tomas Ruiz, a farmer in the valley, said, “The river took forty homes in a single night.”';
    expect(speakers(text)).not.toContain('Ana Varn');
  });
});

describe('a speaker whose verb of speech follows an aside set off by dashes', () => {
  const figureOwners = (text: string) => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => [c.figures[0]!.value, c.attributedTo]);
  it('gives the figure to the person named right before the first dash', () => {
    const text = 'The Chief of Varnby, Oskar Telen Amadu – the elder who speaks for the fishing villages nearby – said at least 70 people were missing.';
    expect(figureOwners(text)).toEqual([[70, 'Oskar Telen Amadu']]);
  });
  it('leaves it to no one where a person inside the aside could be the subject', () => {
    const text = 'The Chief of Varnby, Oskar Telen Amadu – whose deputy Lina Sorvik was on the boat – said at least 70 people were missing.';
    expect(figureOwners(text)).not.toEqual([[70, 'Oskar Telen Amadu']]);
  });
});

describe('a body whose verb of speech follows an aside between two-hyphen dashes', () => {
  const owner = (text: string): string | null => figure(extract(text), '90,000').claim.attributedTo ?? null;
  it('gives the count to the body before the aside, past a person owning a noun in it', () => {
    expect(owner("But the Kelmor Research Institute -- hardly a friend of Ana Ruiz's camp -- said it counted only 90,000 protesters.")).toBe('Kelmor Research Institute');
  });
  it('gives nothing where a person of its own stands in the aside', () => {
    expect(owner('But the Kelmor Research Institute -- hardly a friend of Ana Ruiz -- said it counted only 90,000 protesters.')).toBeNull();
  });
});
