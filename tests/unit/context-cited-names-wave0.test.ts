// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { citedMentions } from '../../src/context/cited';

/** The names `text` cites, by name. */
function cited(text: string): string[] {
  return [...citedMentions(extract(text), text)].map((m) => m.name);
}

describe('a coalition a candidate runs for', () => {
  it('cites no coalition named in a speaker’s apposition as the bloc she runs for', () => {
    const text = 'Former mayor of Ostra, Kelo Marden, of the Green Dawn coalition, has won the runoff, and Kelo Marden said he was glad.';
    expect(cited(text)).toContain('Kelo Marden');
    expect(cited(text)).not.toContain('Green Dawn');
  });

  it('still cites the coalition its spokesman speaks for', () => {
    expect(cited('Kelo Marden, spokesman of the Green Dawn coalition, said the vote was fair.')).toContain('Green Dawn');
  });
});

describe('bodies listed with the speaker of a quotation', () => {
  it('cites each body listed with "and" before the one a quotation went to', () => {
    const names = cited('On Monday, the Ostra Relief Agency (ORA) and the Varn Food Council (VFC) warned about “the need to feed everyone”.');
    expect(names).toContain('Varn Food Council');
    expect(names).toContain('Ostra Relief Agency');
  });

  it('cites no name of another sentence in the paragraph', () => {
    expect(cited('Ana Ruiz came to Kelmor on Monday. The Varn Food Council warned about “the need to feed everyone”.')).not.toContain('Ana Ruiz');
  });
});

describe('a name given as one example of a group that reacts', () => {
  it('cites no name listed after "including" in a group that hailed or praised something', () => {
    const text = 'The return of the crew was met with joy in Ostra, and leaders abroad, including Varn President Kelo Marden, have praised their release.';
    expect(cited(text)).not.toContain('Kelo Marden');
  });

  it('still cites the example when the group tells something, and a name that praises on its own', () => {
    expect(cited('Ministers, including Kelo Marden, told reporters the raid was wrong.')).toContain('Kelo Marden');
    expect(cited('Varn President Kelo Marden has praised their release.')).toContain('Kelo Marden');
  });
});
