// "“…,” except for one who …, a port official said": the tag after a clause set between the quote and it.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const STORM = 'A storm hit the port of Ostra on Monday. ';

describe('a quote whose tag follows a clause qualifying it', () => {
  it('gives the quote to the named person after the clause (the sentence\'s source)', () => {
    const text = STORM + '“All of the crew were saved from the ferry,” except for one who was hurt on the deck, Tomas Varn said, adding that the ship sank.';
    expect(quote(text, 'All of the crew')?.attributedTo).toBe('Tomas Varn');
  });
  it('gives it to the unnamed speaker after the clause, as reportedBy', () => {
    const text = STORM + '“All of the crew were saved from the ferry,” apart from two sailors still in hospital, a port official told reporters.';
    const q = quote(text, 'All of the crew');
    expect(q?.attributedTo).toBeNull();
    expect(q?.reportedBy).toBe('a port official');
  });
  it('reads no tag past a clause that has a verb of speech of its own', () => {
    const text = STORM + '“All of the crew were saved from the ferry,” officials in Kelmor insisted, a claim Tomas Varn disputed.';
    expect(quote(text, 'All of the crew')?.attributedTo).not.toBe('Tomas Varn');
  });
  it('reads no tag where the words after the clause are none', () => {
    const text = STORM + '“All of the crew were saved from the ferry,” except for one sailor, whom Tomas Varn carried ashore.';
    expect(quote(text, 'All of the crew')?.attributedTo).toBeNull();
  });
  it('reads the tag past a distance placing the scene, which opens with a number', () => {
    const text = 'Governor Ana Ruiz flew to the coast on Monday. ' + '“Four people are dead and 20 are missing,” 90km up the coast from Ostra, the governor said on Tuesday.';
    expect(quote(text, 'Four people are dead')?.attributedTo).toBe('Ana Ruiz');
  });
  it('reads no tag past a number clause where no verb of speech follows', () => {
    const text = 'Governor Ana Ruiz flew to the coast on Monday. ' + '“Four people are dead and 20 are missing,” 90km up the coast from Ostra, the road was cut.';
    expect(quote(text, 'Four people are dead')?.attributedTo ?? null).not.toBe('Ana Ruiz');
  });
});
