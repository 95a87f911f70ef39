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

describe('a statement credited to a title', () => {
  it('cites the last person named with the title a statement is "by"', () => {
    const before = cited('The Speaker of the Ostra Assembly, Ana Ruiz, visited Kelm after the fire. A statement by the Speaker late on Friday asked the town to stay calm.');
    expect(before).toContain('Ana Ruiz');
    const after = cited('The Speaker of the Ostra Assembly, Ana Ruiz, visited Kelm after the fire. Bo Lund, the works minister, came on Friday. A statement by the minister asked the town to stay calm.');
    expect(after).toContain('Bo Lund');
    expect(after).not.toContain('Ana Ruiz');
  });

  it('cites no one where no statement is credited to the title', () => {
    expect(cited('The Speaker of the Ostra Assembly, Ana Ruiz, grieved with the town over the flood. On Friday, the Speaker prayed for the families of the dead.')).not.toContain('Ana Ruiz');
  });
});

describe('what a cited person did, after a comma', () => {
  it('reads "Name, sympathised with the …" as her deed, naming no body she speaks for', () => {
    const names = cited('The chairman of the Ostra Board, Ana Ruiz, sympathised with the Kelmor Guild and the people of Varn. In a statement by the chairman, she prayed for the dead.');
    expect(names).toContain('Ana Ruiz');
    expect(names).not.toContain('Kelmor Guild');
  });

  it('still reads "Name, director at the …, said" as the body she speaks for', () => {
    expect(cited('Ana Ruiz, director at the Kelmor Guild, said 12 were hurt.')).toContain('Kelmor Guild');
  });
});
