// "Kenya's interior ministry … the Kenyan interior ministry": one body named by its country's possessive and by its demonym.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.filter((m) => m.kind !== 'place').map((m) => m.name);

describe("a body named by a country's possessive and by its demonym", () => {
  it('is one body, the later claim its own', () => {
    const r = extract("Kenya's interior ministry said 31 miners were trapped. The Kenyan interior ministry later said that nine had been freed.");
    expect(names("Kenya's interior ministry said 31 miners were trapped. The Kenyan interior ministry later said that nine had been freed.")).toEqual(["Kenya's interior ministry"]);
    expect(r.claims.find((c) => c.text.startsWith('The Kenyan'))?.attributedTo).toBe("Kenya's interior ministry");
  });
  it("keeps another country's ministry apart", () => {
    expect(names("Austria's interior ministry said 31 miners were trapped. The Australian interior ministry later said that nine had been freed.")).toHaveLength(2);
  });
});
