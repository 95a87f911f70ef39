// Capitals that name no source: a title's letters after "the", a time zone after "10.30am", a lettered model or thing.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('capitals that name no source', () => {
  it('reads a title’s capitals after "the" as the office, no name', () => {
    const found = names('Kelmor Bank reported higher profit on Monday. The MD said deposits rose to 12 billion in 2023. The IGP ordered an inquiry.');
    expect(found).not.toContain('MD');
    expect(found).not.toContain('IGP');
    expect(found).toContain('Kelmor Bank');
  });

  it('keeps a title’s letters that open a name of their own', () => {
    expect(names('Md Ostrul Varn said 12 were hurt.')).toContain('Md Ostrul Varn');
  });

  it('reads a zone after a clock time written without a space as the time’s', () => {
    expect(names('The blast struck at 10.30am KST on Tuesday, Ana Varn said.')).not.toContain('KST');
  });

  it('reads a counted lettered model and a letter joined to a word as things', () => {
    const found = names('Troops of Ana Varn recovered four M-16 rifles and two F-16s from men wearing green T-shirts.');
    expect(found).not.toContain('M-16');
    expect(found).not.toContain('F-16s');
    expect(found).not.toContain('T-shirts');
  });

  it('keeps a lettered body that is not counted', () => {
    expect(names('The G-20 said growth in Ostra would slow.')).toContain('G-20');
  });
});

describe('names cut before a year or after an ordinal', () => {
  it('keeps a short form’s year and a plan’s year in the name', () => {
    const found = names('Leaders met the VARN 2020 opposition coalition, said Ana Ruiz. "VARN 2020 and its candidate reject this," Ruiz said. Ostra Vision 2040 aims to double output.');
    expect(found).toContain('VARN 2020');
    expect(found).not.toContain('VARN');
    expect(found).toContain('Ostra Vision 2040');
  });

  it('leaves a year that dates the noun after it out of the name', () => {
    expect(names('The KDA 2019 report, Ana Ruiz said, showed 4 deaths.')).not.toContain('KDA 2019');
  });

  it('keeps a numbered unit’s ordinal in its name', () => {
    const found = names('Soldiers of the army’s 4th Infantry Division killed two rebels, said Ana Ruiz.');
    expect(found).toContain('4th Infantry Division');
    expect(names('The 3rd Kelmor Award went to Ana Ruiz.')).not.toContain('3rd Kelmor Award');
  });
});

describe('title fragments', () => {
  it('reads "Country" before a title as the title’s word, no body', () => {
    const found = names('Kelmor Aid’s Country Director, Ana Ruiz, said 12 died.');
    expect(found).not.toContain('Country');
    expect(found).toEqual(expect.arrayContaining(['Kelmor Aid', 'Ana Ruiz']));
  });

  it('reads an abstract plural after a title’s portfolio as the office’s field, no person', () => {
    const found = extract('Major General Tomas Kell, the Director of Defence Media Operations, said 12 died.').mentions;
    expect(found.map((m) => m.name)).not.toContain('Media Operations');
    expect(found.map((m) => m.name)).toContain('Tomas Kell');
  });

  it('keeps a person named after a portfolio’s title', () => {
    const found = extract('The Minister of Defence Ana Ruiz said 12 died.').mentions;
    expect(found.find((m) => m.name === 'Ana Ruiz')?.role).toBe('Minister of Defence');
  });
});
