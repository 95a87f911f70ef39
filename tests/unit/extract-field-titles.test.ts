// "UN Refugee Affairs chief Ana Ruiz said": the words between a body's initials and a lower-case title are the office's field, no body of their own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe("a field between a body's initials and a lower-case title", () => {
  it('makes no body of the initials and the field', () => {
    const found = names('OSCE Migrant Welfare chief Tilda Marsk said on Monday that 60 camps were full.');
    expect(found).not.toContain('OSCE Migrant Welfare');
    expect(found).toContain('Tilda Marsk');
  });
  it('keeps a body with a head word before the title whole', () => {
    expect(names('OSCE Migrant Welfare Office chief Tilda Marsk said on Monday that 60 camps were full.')).toContain('OSCE Migrant Welfare Office');
  });
});
