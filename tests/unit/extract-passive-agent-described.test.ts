// "A sinking was made known on Tuesday by Varn lifeboat group Ostraid, which pulled 51 out": the described agent reports it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"… was reported on Tuesday by Kelmorian lifeboat group OSTRAID, which …"', () => {
  it('passes the day it was made known on its way to the agent', () => {
    const r = extract('A sinking was reported on Tuesday by the Ostra Rescue Trust, which pulled 51 people from the water.');
    expect(figure(r, '51').claim.attributedTo).toBe('Ostra Rescue Trust');
  });
  it('passes the words describing the agent to its name', () => {
    const r = extract('A sinking was reported on Tuesday by Kelmorian lifeboat group OSTRAID, which pulled 51 people out.');
    expect(figure(r, '51').claim.attributedTo).toBe('OSTRAID');
  });
  it('keeps a name no lower-case words lead to another name', () => {
    const r = extract('The wreck was reported by the Ostra Rescue Trust in the morning, and 51 people were picked up.');
    expect(figure(r, '51').claim.attributedTo).toBe('Ostra Rescue Trust');
  });
});
