// Capitalised words that name no source, or name one of another kind than their words suggest: short forms joined by an
// en dash, a wire's dateline before the first word, a platform the speaker posts on, a party sharing an outlet's name, a
// paper named by how often it comes out, a letter's thing, a creed's adjective before a person's noun, a word for a body's numbers after its short form.
import { describe, expect, it } from 'vitest';
import { mentionKinds } from './extract-source-helpers';

describe('short forms joined by an en dash', () => {
  it('make one name, the same as with a hyphen', () => {
    expect(mentionKinds('The KDR–OPC bulletin said 12 people died in Varn. The KDR-OPC said 40 families fled.')).toEqual([
      ['KDR–OPC', 'other'],
      ['Varn', 'place'],
    ]);
  });

  it('leave a dash between a short form and a word apart', () => {
    expect(mentionKinds('The KDR–Kelmor deal failed.').map(([n]) => n)).toEqual(['KDR', 'Kelmor']);
  });
});

describe('the first word after a dateline with a wire’s credit', () => {
  it('is capitalised by its place', () => {
    expect(mentionKinds('OSTRA (KNA) — Gunmen attacked a convoy near Varn, officials said.')).toEqual([
      ['KNA', 'outlet'],
      ['Varn', 'place'],
    ]);
    expect(mentionKinds('OSTRA,  (Kelmor Wire) – Thousands of people marched, police said.').map(([n]) => n)).not.toContain('Thousands');
  });

  it('still keeps a name there that speaks', () => {
    expect(mentionKinds('OSTRA (KNA) — Kelmor said the vote mattered.').map(([n]) => n)).toContain('Kelmor');
  });
});

describe('a platform the speaker posts on', () => {
  it('is no outlet where a possessive owns it before "channel" or "account"', () => {
    expect(mentionKinds('The Varn army, on its Kelmorgram channel, said it hit targets.').map(([n]) => n)).toEqual(['Varn army']);
  });

  it('stays a name where it is not owned', () => {
    expect(mentionKinds('The Varn army said on the Kelmorgram channel that it hit targets.').map(([n]) => n)).toContain('Kelmorgram');
  });
});

describe('an outlet’s name before "party"', () => {
  it('names the party', () => {
    expect(mentionKinds('In Ostra, the young far-right Vox party is winning seats.')).toEqual([
      ['Ostra', 'place'],
      ['Vox', 'organization'],
    ]);
  });

  it('stays the outlet where it reports', () => {
    expect(mentionKinds('Vox reported that the vote in Ostra was close.')).toContainEqual(['Vox', 'outlet']);
  });
});

describe('a paper named by how often it comes out', () => {
  it('is an outlet, no person', () => {
    expect(mentionKinds('Prices in Ostra rose again, Daily Kelmor reports.')).toContainEqual(['Daily Kelmor', 'outlet']);
  });
});

describe('words that open no name', () => {
  it('drops a letter joined to a lower-case word, though a name follows it', () => {
    expect(mentionKinds('Marchers waved flags and T-shirts of Kelmor’s followers.').map(([n]) => n)).toEqual(['Kelmor']);
  });

  it('drops a creed’s adjective before a person’s noun, not a party’s name', () => {
    expect(mentionKinds('The incumbent Socialist candidate, Ana Kelmor, said she would win.').map(([n]) => n)).toEqual(['Ana Kelmor']);
    expect(mentionKinds('The Socialist Party of Varn said it would win.').map(([n]) => n)).toEqual(['Socialist Party of Varn']);
  });
});

describe('a word for a body’s numbers after its short form', () => {
  it('is cut off the name: the body speaks', () => {
    expect(mentionKinds('The KDR-OPC Figures said 11,500 families fled Varn.').map(([n]) => n)).toEqual(['KDR-OPC', 'Varn']);
  });

  it('stays after a name of words', () => {
    expect(mentionKinds('Ostra Figures Group said 11,500 families fled Varn.').map(([n]) => n)).toContain('Ostra Figures Group');
  });
});
