// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "name kind" of each mention. */
const mentions = (text: string): string[] => extract(text).mentions.map((m) => `${m.name} ${m.kind}`);
/** "value by" of each figure claim. */
const figureSources = (text: string): string[] => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.attributedTo}`);

describe('eleventh round: government bodies named in lower case report their figures', () => {
  it('makes a portfolio ministry after a demonym or a country’s possessive a government mention', () => {
    expect(mentions('The Peruvian transport ministry said 14 buses were stopped.')).toContain('Peruvian transport ministry government');
    expect(mentions('Later, Chile’s health ministry said 30 people were hurt.')).toContain('Chile’s health ministry government');
  });

  it('gives a count revised by the subject of the sentence to it, past a weekday', () => {
    const text = 'The Peruvian interior ministry Monday lowered the toll in the floods from 31 to 15.';
    expect(figureSources(text)).toEqual(['31 Peruvian interior ministry', '15 Peruvian interior ministry']);
  });

  it('gives the figures of a body’s forecast to the body', () => {
    expect(figureSources('The Trade Ministry expects exports to grow by 3.8% next year.')).toEqual(['3.8 Trade Ministry']);
  });
});

/** "speaker" of each quote claim. */
const quoteSpeakers = (text: string): (string | null)[] => extract(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo);
const roleOf = (text: string, name: string): string | null | undefined => extract(text).mentions.find((m) => m.name === name)?.role;

describe('eleventh round: speakers behind titles and appositions', () => {
  it('reads a lower-case title through "of" its body and a bracketed branch to the name', () => {
    expect(quoteSpeakers("'In all, 120 marchers were held,' deputy commissioner of police (North) Ravi Mehra said on Friday.")).toEqual(['Ravi Mehra']);
  });

  it('reads a Title-Case apposition ending in a person’s noun as the role, not a speaker', () => {
    const text = 'Marta Olsen, Swedish Witness, said, "Nobody told us anything at all."';
    expect(quoteSpeakers(text)).toEqual(['Marta Olsen']);
    expect(mentions(text)).toEqual(['Marta Olsen person']);
    expect(roleOf(text, 'Marta Olsen')).toBe('Swedish Witness');
  });

  it('keeps a country’s news agency relaying others as the speaker', () => {
    const text = 'The Latvian news agency, quoting police officials, said that “a group of rioters blocked the roads.”';
    expect(quoteSpeakers(text)).toEqual(['Latvian news agency']);
    expect(mentions(text)).toEqual(['Latvian news agency outlet']);
  });

  it('gives no claim to a person "who" others say something of', () => {
    const text = 'The riot began after the burial of 16-year-old Omar Keddi, who the rebels say was killed by a rubber bullet.';
    expect(extract(text).claims.map((c) => c.attributedTo)).not.toContain('Omar Keddi');
  });

  it('keeps a portfolio ministry before a title in the role', () => {
    expect(roleOf('Health ministry chief spokesperson Omar Latif said 5 died.', 'Omar Latif')).toBe('Health ministry chief spokesperson');
  });
});

describe('eleventh round: kinds of outlets, offices and movements', () => {
  it('reads a medical examiner as a public office, a call sign as a station, a news agency’s name as an outlet', () => {
    expect(mentions('The Kelmor County Medical Examiner confirmed 12 deaths.')).toContain('Kelmor County Medical Examiner government');
    expect(mentions('Footage aired by WZXY-TV showed the damage.')).toContain('WZXY-TV outlet');
    expect(mentions('Tarsk, 4 May (the local news agency Velmora) said 9 died.')).toContain('Velmora outlet');
  });

  it('reads the journalist an outlet owns as a person, and an outlet’s service as an outlet', () => {
    expect(mentions("However, the BBC's Kerem Sarvat in Oslo says the group is careful.")).toContain('Kerem Sarvat person');
    expect(mentions('The poll conducted by Yonhap Datalink showed a rise.')).toContain('Yonhap Datalink outlet');
  });

  it('knows the Lancet and Egypt’s MENA as outlets and the Taliban as an organisation', () => {
    expect(mentions('The findings were published in the Lancet on Monday.')).toContain('Lancet outlet');
    expect(mentions('An official told MENA on Sunday that 4 died.')).toContain('MENA outlet');
    expect(mentions('The Taliban denied any role.')).toContain('Taliban organization');
  });

  it('reads a body marched to as a place and drops a capitalised article', () => {
    expect(mentions('Thousands joined the march to Parliament on Friday.')).toEqual(['Parliament place']);
    expect(mentions('THE Alliance has lost the vote.')).toEqual(['Alliance organization']);
  });
});

describe('eleventh round: roles', () => {
  it('gives no role that is only an honorific, and keeps a title given elsewhere', () => {
    const roles = (text: string) => extract(text).mentions.map((m) => `${m.name}: ${m.role}`);
    expect(roles('Tomas Brandt spoke first. Mr Brandt said the vote was close.')).toEqual(['Tomas Brandt: null']);
    expect(roles('Mr Brandt spoke first. Finance Minister Tomas Brandt said the vote was close.')).toEqual(['Tomas Brandt: Finance Minister']);
  });
});
