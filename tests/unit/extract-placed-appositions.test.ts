// A body's name, then an apposition opening with a place's possessive ("…, Germany's biggest farm lobby, said"): the body speaks.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const owners = (text: string) => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => [c.attributedTo, c.reportedBy ?? null]);

describe("a place's possessive opening a body's apposition", () => {
  it('gives the count to the body the apposition describes', () => {
    expect(owners("The Ostra Growers League, Germany's biggest farm lobby, said as many as 30,000 tractors joined the convoy.")).toEqual([['Ostra Growers League', null]]);
  });

  it("keeps a person's title owned by the place", () => {
    expect(owners("Lena Varga, Hungary's farm minister, said 30,000 tractors joined the convoy.")).toEqual([['Lena Varga', null]]);
  });

  it('gives none to a body whose apposition after the place holds a name', () => {
    expect(owners("The Ostra Growers League, Germany's Kelm Tractor Club, said 30,000 tractors joined the convoy.")).not.toEqual([['Ostra Growers League', null]]);
  });
});
