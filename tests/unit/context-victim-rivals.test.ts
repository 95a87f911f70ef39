// A count of civilians or of hostages larger than another source's count of everyone of the same event is a rival count of
// the same dead, not a part of it (toll-groups.ts victimsAsEveryone).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('civilians counted beyond a toll of everyone', () => {
  const monitor = 'The Kelmor Monitor said about 140 civilians died when a shell struck the bus depot in Norvik.';

  it('sets 140 civilians against a smaller count of people killed in the attack', () => {
    const text = `${monitor} City officials have said at least 90 people died in the attack.`;
    expect(discrepancies(text)).toEqual([['killed', ['90 City officials (unnamed)', '140 Kelmor Monitor']]]);
  });

  it('keeps the civilians apart where the text counts soldiers of the attack as well', () => {
    const text = `${monitor} City officials have said at least 90 people died in the attack, and the army said 12 soldiers were killed.`;
    expect(discrepancies(text)).toEqual([]);
  });

  it('keeps a smaller count of civilians apart from the toll of all, as a part of it', () => {
    const text = 'The Kelmor Monitor said about 40 civilians died when a shell struck the bus depot in Norvik. City officials have said at least 90 people died in the attack.';
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('hostages found dead beside the bodies found', () => {
  it('sets 22 hostages found dead against 18 bodies recovered', () => {
    const text = 'Radio Ostra reported that 18 bodies were recovered at the ferry terminal on Friday, while the Varn Courier said 22 hostages were found dead there.';
    expect(discrepancies(text)).toEqual([['killed', ['18 Radio Ostra', '22 Varn Courier']]]);
  });

  it('still sets two counts of bodies against each other', () => {
    const text = 'Radio Ostra reported that 18 bodies were recovered at the ferry terminal on Friday, while the Varn Courier said 22 bodies were found there.';
    expect(discrepancies(text)).toEqual([['killed', ['18 Radio Ostra', '22 Varn Courier']]]);
  });
});

describe('protesters counted beyond a toll of everyone', () => {
  it('sets 700 protestors believed dead against a smaller count of people killed in the unrest', () => {
    const text =
      'The Kelmor Rights League said on Tuesday that at least 215 people were killed by riot police during the unrest in Varnia. ' +
      'Last week, the Ostra Monitor said more than 700 Varnian protestors were believed to have died in the crackdown.';
    expect(discrepancies(text)).toEqual([['killed', ['215 Kelmor Rights League', '700 Ostra Monitor']]]);
  });

  it('keeps a smaller count of protesters apart from the toll of all, as a part of it', () => {
    const text =
      'The Kelmor Rights League said on Tuesday that at least 215 people were killed by riot police during the unrest in Varnia. ' +
      'Last week, the Ostra Monitor said more than 70 Varnian protestors were believed to have died in the crackdown.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('sets protesters against protestors, one word spelt two ways', () => {
    const text = 'The Kelmor Rights League said 40 protesters were shot dead in Varnia. The Ostra Monitor said 65 protestors were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['40 Kelmor Rights League', '65 Ostra Monitor']]]);
  });
});
