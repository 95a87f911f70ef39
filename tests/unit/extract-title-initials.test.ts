// "the CM", "said the CM": a title's initials stand for the person named with that title; the name after "said" that has a verb of its own is no speaker.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const LEAD = 'Chief Minister Ana Ruiz met the candidates in Varn. ';

describe("a title's initials after \"the\"", () => {
  it('gives "“…,” said the CM" to the person whose title is Chief Minister', () => {
    const r = extract(`${LEAD}“Most of them will lose,” said the CM.`);
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Ana Ruiz');
  });
  it('gives "The CM said …" to her', () => {
    expect(figure(extract(`${LEAD}The CM said 10 people were hurt.`), '10').claim.attributedTo).toBe('Ana Ruiz');
  });
  it('links no one where no title has those initials', () => {
    expect(figure(extract(`${LEAD}The PM said 10 people were hurt.`), '10').claim.attributedTo ?? null).toBeNull();
  });
});

describe('"The CM, talking to reporters, said the X Party had …"', () => {
  it('gives the clause to the titled subject, not to the body named after "said"', () => {
    const r = extract(`${LEAD}The CM, talking to reporters, said the Kelmor Party had eight candidates.`);
    expect(figure(r, 'eight').claim.attributedTo).toBe('Ana Ruiz');
  });
  it('keeps "…, said the Kelmor Party on Monday" turned round to the party', () => {
    const r = extract('Roads were shut and 12 people were hurt, said the Kelmor Party on Monday.');
    expect(figure(r, '12').claim.attributedTo).toBe('Kelmor Party');
  });
});

describe('"PM" opening a name', () => {
  it('reads "PM Kelmaro" as the prime minister named in full before, no second person', () => {
    const r = extract('Prime Minister Bo Kelmaro survived the vote on Tuesday. “We will govern,” PM Kelmaro said.');
    expect(r.mentions.map((m) => m.name)).toEqual(['Bo Kelmaro']);
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Bo Kelmaro');
  });
  it('leaves a clock time before a name alone', () => {
    expect(extract('The talks began at 5 PM Kelmor time on Friday, Ana Ruiz said.').mentions.map((m) => m.name)).not.toContain('Kelmor');
  });
});
