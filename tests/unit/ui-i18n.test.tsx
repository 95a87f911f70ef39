import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeMessages } from './ui-locale';

const locales = readdirSync(join(process.cwd(), 'public', '_locales'));

/** Every JSX text node and string attribute in src/ui that is plain English rather than a t() call. */
function hardCodedStrings(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.tsx')) {
        const src = readFileSync(path, 'utf8');
        for (const m of src.matchAll(/>\s*([A-Za-z][A-Za-z ,.'’]{2,})\s*</g)) found.push(`${path}: ${m[1]}`);
        for (const m of src.matchAll(/\b(?:aria-label|title|placeholder)="([^"]*[A-Za-z]{3}[^"]*)"/g)) found.push(`${path}: ${m[1]}`);
      }
    }
  };
  walk(join(process.cwd(), 'src', 'ui'));
  return found;
}

describe('UI localisation', () => {
  test('English and at least one more language', () => {
    expect(locales).toContain('en');
    expect(locales.filter((l) => l !== 'en').length).toBeGreaterThan(0);
  });

  test('every locale has every English UI key, with the same substitutions', () => {
    const en = localeMessages('en');
    const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort().join();
    for (const lang of locales.filter((l) => l !== 'en')) {
      const other = localeMessages(lang);
      // The options page's keys belong to the options page's own checks.
      const mine = Object.keys(en).filter((k) => !k.startsWith('options_'));
      expect(mine.filter((k) => !other[k]), `${lang} misses`).toEqual([]);
      for (const k of mine) expect(subs(other[k]!.message), `${lang}.${k}`).toBe(subs(en[k]!.message));
    }
  });

  test('no hard-coded English text in src/ui', () => {
    expect(hardCodedStrings()).toEqual([]);
  });
});
