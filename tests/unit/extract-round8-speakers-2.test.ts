// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Claim, type Extraction } from '../../src/extract';

const byKind = (r: Extraction, kind: Claim['kind']): (string | null)[] => r.claims.filter((c) => c.kind === kind).map((c) => c.attributedTo);
const names = (r: Extraction): [string, string][] => r.mentions.map((m) => [m.name, m.kind]);

describe('eighth round, speakers: "the coalition said" is no one the text did not introduce as one', () => {
  it('leaves a body noun unattributed when the last organisation named was not introduced with it', () => {
    const r = extract('The Kelmor Alliance hired staff. The coalition said 30 soldiers died.');
    expect(byKind(r, 'statement')).toEqual([null]);
    expect(byKind(r, 'figure')).toEqual([null]);
    expect(byKind(extract('The Kelmor Alliance hired staff. The group said 30 soldiers died.'), 'figure')).toEqual([null]);
  });

  it('gives it to a body introduced with that noun, before or after the name', () => {
    expect(byKind(extract('The Kelmor Alliance-led coalition met in Ostra. The coalition said 30 soldiers died.'), 'figure')).toEqual(['Kelmor Alliance']);
    expect(byKind(extract('The Kelmor Alliance group met in Ostra. The group said 30 soldiers died.'), 'figure')).toEqual(['Kelmor Alliance']);
    expect(byKind(extract('The coalition Kelmor Pact met in Ostra. The coalition said 30 soldiers died.'), 'figure')).toEqual(['Kelmor Pact']);
  });

  it('still gives "the company said" to the last company', () => {
    expect(byKind(extract('The Acme Group hired 30 people. The company said 20 more would follow.'), 'statement')).toEqual(['Acme Group']);
  });
});

describe('eighth round, speakers: "Mr English" is a surname', () => {
  it('keeps a lone demonym after an honorific and merges it with the full name', () => {
    const r = extract('Prime Minister Tom English spoke on Monday. “We will spend 5% more,” Mr English says.');
    expect(r.mentions.map((m) => [m.name, m.count])).toEqual([['Tom English', 2]]);
    expect(byKind(r, 'quote')).toEqual(['Tom English']);
    expect(names(extract('Dr French said 5 patients recovered.'))).toEqual([['French', 'person']]);
  });

  it('still drops a demonym that is no surname', () => {
    expect(names(extract('English officials said 5 people died. The French team lost.'))).toEqual([]);
    // Only a demonym: a title after an honorific is still no name.
    expect(names(extract('Mr President said 5 people died.'))).toEqual([]);
  });
});

describe('eighth round, speakers: "X in a post on Thursday said"', () => {
  it('reads past a short unpunctuated aside naming what the speaker issued', () => {
    expect(byKind(extract('Rebel spokesman Omar Dalil in a twitter post on Thursday said the strike left 13 civilians dead.'), 'figure')).toEqual(['Omar Dalil']);
    expect(byKind(extract('The Kelmor Defence Ministry in a statement said 13 soldiers died.'), 'figure')).toEqual(['Kelmor Defence Ministry']);
  });

  it('does not read past other phrases, nor across a clause', () => {
    expect(byKind(extract('Omar Dalil in a bid to calm fears said 13 died.'), 'figure')).toEqual([null]);
    expect(byKind(extract('Omar Dalil in the village of Tarsk said 13 died.'), 'figure')).toEqual([null]);
    expect(byKind(extract('Omar Dalil arrived. The army in a statement on Monday said 13 died.'), 'figure')).toEqual([null]);
  });
});

describe('eighth round, mentions: adjectives, newspapers and products are not bodies', () => {
  it('drops an adjective opening "reports indicate" and keeps a name before "reports"', () => {
    const r = extract('Unconfirmed reports indicate that at least 16 civilians were killed.');
    expect(names(r)).toEqual([]);
    expect(byKind(r, 'figure')).toEqual([null]);
    expect(names(extract('TARSK: Leaked reports say 16 civilians were killed.')).map(([n]) => n)).not.toContain('Leaked');
    expect(byKind(extract('Kelmo reports 16 civilians were killed.'), 'figure')).toEqual(['Kelmo']);
  });

  it('keeps "Leader" in a newspaper’s name, and as a title elsewhere', () => {
    expect(names(extract('He was a crook, according to The Times Leader.'))).toEqual([['Times Leader', 'outlet']]);
    const r = extract('Senate Majority Leader Ana Ruiz said 5 died.');
    expect(r.mentions.find((m) => m.name === 'Ana Ruiz')?.role).toBe('Senate Majority Leader');
  });

  it('names no body by "Office" alone, but keeps a named office', () => {
    expect(names(extract('The unit, which includes Kelmo and versions of Office, generated $18.3 billion.'))).toEqual([['Kelmo', 'other']]);
    const r = extract('The Home Office said 5 people died. The Office said more would follow.');
    expect(names(r)).toEqual([['Home Office', 'government']]);
    expect(byKind(r, 'statement')).toEqual(['Home Office', 'Home Office']);
  });
});
