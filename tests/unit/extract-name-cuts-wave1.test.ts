// Names cut or glued at their ends (rounds 53-56): a conjunction opening the story after a dateline, …
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('a conjunction after a dateline', () => {
  it('drops the word that opens the story after the dateline’s dash, as at any sentence’s start', () => {
    expect(names('OSTRA (Varn News) – As Kelmor Unity Party (KUP) held its lead, rivals spoke of fraud.')).toContain('Kelmor Unity Party');
    expect(names('OSTRA – While Kelmor Unity Party held its lead, rivals spoke of fraud.')).toContain('Kelmor Unity Party');
  });

  it('keeps a name that opens the story after the dash whole', () => {
    expect(names('OSTRA – Kelmor Unity Party said 30 people died.')).toContain('Kelmor Unity Party');
  });
});

describe('a title that names an office', () => {
  it('keeps the title after an office’s "of the" in the office’s name', () => {
    expect(names('The Office of the Ombudsman noted that 14 marchers died.')).toEqual(['Office of the Ombudsman']);
    expect(names('The Bureau of the Auditor said 12 files were lost.')).toEqual(['Bureau of the Auditor']);
  });

  it('still drops a title with no name after a body that is no office', () => {
    expect(names('The Ostra Council Chairman said 41 protesters died.')).not.toContain('Ostra Council Chairman');
  });
});

describe('a channel’s number', () => {
  it('keeps the number after "Channel" in the broadcaster’s name, an outlet', () => {
    const r = extract('Kelmor Channel 12 announced that the Varn party won 30 seats.');
    expect(r.mentions.map((m) => [m.name, m.kind])).toContainEqual(['Kelmor Channel 12', 'outlet']);
  });

  it('leaves a year after a channel’s name out of it', () => {
    expect(names('The Ostra Channel 2019 report said 30 people died.')).not.toContain('Ostra Channel 2019');
  });
});

describe('a country closing a body’s name before a person', () => {
  it('leaves the country after the body’s comma out of the person’s name', () => {
    expect(names('Deputy Inspector of the Kelmor Border Force, Peru Ana Varn said 20 people died.')).toContain('Ana Varn');
  });

  it('keeps a name that opens with a country’s word where no body’s name closes before it', () => {
    expect(names('After the vote in Ostra, Jordan Ana Varn said 20 people died.')).toContain('Jordan Ana Varn');
  });
});

describe('the last two items of a list', () => {
  it('cuts a body’s name closed by its head word from the item after the list’s "and"', () => {
    const found = names('The minister said teams from the Army, Kelmor Rescue Service and Ostra Guard were sent to the hills.');
    expect(found).toEqual(expect.arrayContaining(['Kelmor Rescue Service', 'Ostra Guard']));
    expect(found).not.toContain('Kelmor Rescue Service and Ostra Guard');
  });

  it('keeps one body whose field is two services, and a body named with "and" after no list', () => {
    expect(names('Officials from Ostra, Kelmor Police and Fire Commission said 3 people died.')).toContain('Kelmor Police and Fire Commission');
    expect(names('The Kelmor Rescue Service and Ostra Guard said 3 people died.')).toContain('Kelmor Rescue Service and Ostra Guard');
  });
});

describe('the owner before an outlet’s noun', () => {
  const kindOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.kind;

  it('reads the name before "daily" and another name as the outlet’s owner, no outlet', () => {
    expect(kindOf('The toll rose to 30, according to figures published Wednesday in Kelmor Union daily Ostra.', 'Kelmor Union')).not.toBe('outlet');
  });

  it('keeps a name before its own outlet noun an outlet', () => {
    expect(kindOf('The toll rose to 30, according to figures published Wednesday in the Kelmor Herald daily.', 'Kelmor Herald')).toBe('outlet');
  });
});

describe('a hashtag and a kind of camera', () => {
  it('reads no name in a hashtag', () => {
    expect(names('Thousands marched as part of the #EndKelm movement, Ostra Watch said.')).toEqual(['Ostra Watch']);
  });

  it('reads no name in initials before "cameras", but keeps the same initials that report', () => {
    expect(names('The rights group accused officials of removing KCTV cameras at the Ostra gate.')).not.toContain('KCTV');
    expect(names('KCTV reported that 30 people died in Ostra.')).toContain('KCTV');
  });
});
