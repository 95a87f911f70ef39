// "A shipwreck was reported on Monday by Varn sea rescue charity Ostraid, which picked up 51": the described agent reports it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"… was reported on Monday by Kelmorian sea rescue charity OSTRAID, which …"', () => {
  it('passes the day it was made known on its way to the agent', () => {
    const r = extract('Another shipwreck was reported on Monday by the Ostra Rescue Trust, which picked up 51 people from a boat.');
    expect(figure(r, '51').claim.attributedTo).toBe('Ostra Rescue Trust');
  });
  it('passes the words describing the agent to its name', () => {
    const r = extract('Another shipwreck was reported on Monday by Kelmorian sea rescue charity OSTRAID, which picked up 51 people.');
    expect(figure(r, '51').claim.attributedTo).toBe('OSTRAID');
  });
  it('keeps a name no lower-case words lead to another name', () => {
    const r = extract('The wreck was reported by the Ostra Rescue Trust in the morning, and 51 people were picked up.');
    expect(figure(r, '51').claim.attributedTo).toBe('Ostra Rescue Trust');
  });
});
