// Names cited or only named, rounds 53-56: an outlet closing a dateline set whole in brackets, …
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { citedMentions } from '../../src/context/cited';

const cited = (text: string) => [...citedMentions(extract(text), text)].map((m) => m.name);

describe('an outlet in a bracketed dateline', () => {
  it('does not cite the outlet that closes a dateline set whole in brackets at the text’s start', () => {
    expect(cited('( March 3, 2024, Ostra, Kelmor Herald) Heavy rain has destroyed houses in Varn.\n\nOfficials said 30 people are missing.')).not.toContain('Kelmor Herald');
  });

  it('still cites an outlet in brackets later in the text', () => {
    expect(cited('Heavy rain has destroyed houses in Varn.\n\nThirty people are missing, a local daily (Kelmor Herald) reported.')).toContain('Kelmor Herald');
  });
});

describe('a body named in what a person said', () => {
  it('does not make a body the one a person speaks for when her verb of speech stands between them', () => {
    expect(cited('A councillor in Varn, Ana Ruiz, said 30 people died and teams made up of Army, Kelmor Rescue Service and Ostra Guard were sent.')).toEqual(['Ana Ruiz']);
  });

  it('still cites the body in an apposition after the person', () => {
    expect(cited('Ana Ruiz, a spokeswoman for the Kelmor Rescue Service, said 30 people died.')).toContain('Kelmor Rescue Service');
  });
});

describe('a quotation’s speaker named after its verb', () => {
  it('cites the person a verb of crying out names after a quotation, and one named by a job and a single name', () => {
    expect(cited('“We cannot find him anywhere!” cried Ana Varn, 32, as she searched the mud in Ostra.')).toContain('Ana Varn');
    expect(cited('“We are tired of this,” said baker Tomas, 69, after casting his vote in Ostra.')).toContain('Tomas');
  });

  it('does not cite a name the quotation’s speaker only mentions after the verb', () => {
    expect(cited('“We are tired of this,” said a baker in Ostra after casting his vote.')).not.toContain('Ostra');
  });
});

describe('the authors of a joint statement', () => {
  it('cites every body a joint statement is from, past the words that describe them', () => {
    const found = cited('Most of the travellers had set out from Varn, according to a joint statement from the Kelmor relief office KRA, the Ostra Aid Fund and the schools’ agency, KIDA.');
    expect(found).toEqual(expect.arrayContaining(['KRA', 'Ostra Aid Fund', 'KIDA']));
  });

  it('cites the bodies listed before "in a joint statement", past an office’s portfolio', () => {
    const found = cited('Some 170 migrants were on board, according to the UN High Commissioner for Refugees and Ostra Aid, in a joint statement.');
    expect(found).toEqual(expect.arrayContaining(['UN', 'Ostra Aid']));
    expect(found).not.toContain('Refugees');
  });

  it('does not cite a body named in a statement that is no joint one', () => {
    expect(cited('The migrants came from Varn, the Ostra Aid Fund said in a statement about the Kelmor Refugee Office.')).not.toContain('Kelmor Refugee Office');
  });
});

describe('a speaker described by a title of a body', () => {
  it('cites the person whose aside is a title of a body, and the body, when a verb of speech follows it', () => {
    const found = cited('Ana Varn, governor for the Ostra Bank, reportedly said that the bank does expect activity "to pick up in the coming months," Kelmor Wire wrote.');
    expect(found).toEqual(expect.arrayContaining(['Ana Varn', 'Ostra Bank']));
  });

  // She is cited all the same: the words in quotation marks after "said that" are hers (quote speakers); her aside cites nothing.
  it('does not cite the place named in an aside that says only where she is from', () => {
    expect(cited('Ana Varn, a mother from the Ostra Valley, reportedly said that the town does expect help "to arrive in the coming months," Kelmor Wire wrote.')).not.toContain('Ostra Valley');
  });
});

describe('a body that announced results', () => {
  it('cites the body that announced the final results', () => {
    expect(cited('Ana Ruiz said the vote was fair after the Electoral Board of Ostra (EBO) announced the final results.')).toContain('Electoral Board of Ostra');
  });

  it('does not cite a body that announced something else', () => {
    expect(cited('Ana Ruiz said the vote was fair after the Electoral Board of Ostra (EBO) announced a new chairman.')).not.toContain('Electoral Board of Ostra');
  });
});
