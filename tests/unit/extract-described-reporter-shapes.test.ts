// Unnamed reporters described at more length: a count or quantity and an "-ing" word, two groups at one place, a relative
// clause with "which", and a body with what it is "for".
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('a counted group described by an "-ing" word', () => {
  it('gives the count to "three leading aid groups"', () => {
    expect(figureReporters('Three leading aid groups say militia fighters killed at least 62 villagers in March.')).toEqual(['three leading aid groups', 'three leading aid groups']);
  });
  it('leaves a verb in "-ing" opening no speaker alone', () => {
    expect(figureReporters('Despite beating aid group estimates, the harvest fed only 400 families.')).toEqual([null]);
  });
});

describe('two groups at one place', () => {
  it('gives the count to "students and nurses at a Kelmor clinic"', () => {
    expect(figureReporters('Students and nurses at a Kelmor clinic have told the Ostra Herald at least 35 people died.')).toEqual(['Students and nurses at a Kelmor clinic']);
  });
  it('gives nothing to a pair at a place who were told the count', () => {
    expect(figureReporters('Students and nurses at a Kelmor clinic were told at least 35 people died.')).toEqual([null]);
  });
});

describe('a relative clause with "which" on the subject', () => {
  it('gives both counts to "the police which had initially counted"', () => {
    expect(figureReporters('The police which had first estimated at least 30,000 on the boulevard later lowered the figure to 12,000.')).toEqual(['the police', 'the police']);
  });
  it('gives nothing to a subject that speaks for no one', () => {
    expect(figureReporters('The dam which had burst on Friday flooded 300 homes.')).toEqual([null]);
  });
});

describe('a body and what it is for', () => {
  it('reads "the state office for flood relief said" opening or closing the sentence', () => {
    expect(figureReporters('The state office for flood relief said at least 19 people drowned.')).toEqual(['the state office for flood relief']);
    expect(figureReporters('A flood swept the delta on Sunday, leaving at least 19 people dead, the state office for flood relief said.')).toEqual(['the state office for flood relief']);
  });
  it('leaves "for" and whom a body serves alone', () => {
    expect(figureReporters('The appeal for the victims of Varn said 19 people drowned.')).toEqual([null]);
  });
});

describe('a turned-round tag whose speaker a relative clause closes', () => {
  it('gives the counts to "said a clinic source who put the toll at 17" and "said aid workers, who blamed …"', () => {
    expect(figureReporters('Raiders burnt the depot on Sunday, said a clinic source who put the toll at 17.')).toEqual(['a clinic source']);
    expect(figureReporters('Nine people died in the fighting, said local aid workers, who blamed the militia.')).toEqual(['local aid workers']);
  });
  it('leaves "…, Ostra radio said a man who …" alone: no comma sets the verb off', () => {
    expect(figureReporters('Nine people died in the fighting, Ostra radio said a man who fled was hurt.')).toEqual([null]);
  });
});

describe('a closing tag after "as"', () => {
  it('gives the count to "as the police and other witnesses said"', () => {
    expect(figureReporters('The blast tore through the bus station, killing eight commuters as the police and other witnesses said Tuesday.')).toEqual(['the police and other witnesses']);
  });
  it('leaves "as" before words that report something else alone', () => {
    expect(figureReporters('Eight people died as officials said more rain would come.')).toEqual([null]);
  });
});

describe('speakers on an island, linked to a movement, plural bodies in "-ies", the railways, a soldier', () => {
  it('gives the count to "villagers on Tarro island"', () => {
    expect(figureReporters('The agency said one woman drowned in Pell town, while villagers on Tarro island said four people drowned there.')).toEqual(['the agency', 'villagers on Tarro island']);
  });
  it('does not read "on" and a date as a place', () => {
    expect(figureReporters('Villagers on March 4 said four people drowned.')).toEqual([null]);
  });
  it('gives the count to "medics linked to the student union"', () => {
    expect(figureReporters('Medics linked to the student union said at least 23 people died in the crackdown.')).toEqual(['medics linked to the student union']);
  });
  it('gives the count to "rival parties put it at"', () => {
    expect(figureReporters('Officials said the toll was 40, while rival regional parties put it at almost 120.')).toEqual(['officials', 'rival regional parties']);
  });
  it('gives the count to "the railways" and to "a soldier who said he saw …"', () => {
    expect(figureReporters('The railways maintained that six passengers were killed.')).toEqual(['the railways']);
    expect(figureReporters('A soldier who says he watched the crash said three people were killed.')).toEqual(['a soldier']);
  });
});

describe('an unnamed subject after a longer opening', () => {
  it('gives the count after "Separately in the port," and after "The last time …, in May,"', () => {
    expect(figureReporters('Separately in the port, organisers claimed a turnout of 70,000 at the rally.')).toEqual(['organisers']);
    expect(figureReporters('The last time a strike fell on a Friday, in May, police said that 36,000 marched in Varn.')).toEqual(['police']);
  });
  it('gives nothing where no speaker follows the opening', () => {
    expect(figureReporters('The last time a strike fell on a Friday, in May, at least 36 people were hurt in Varn.')).toEqual([null]);
  });
  it('reads a long "The last time …" clause and a phrase set off by spaced dashes as a comma', () => {
    const text = 'The last time dockers in the northern ports walked out over the plan to merge the two harbour boards -- in May -- police said that 36,000 marched in Varn.';
    expect(figureReporters(text)).toEqual(['police']);
    expect(figureReporters('The last time a strike fell on a Friday -- in May -- police said that 36,000 marched in Varn.')).toEqual(['police']);
  });
  it('reads "At the <event>," with a participle\'s phrase after it, and "In each case"', () => {
    expect(figureReporters('And at the second march, staged during a rail stoppage on Monday, organisers counted 41,500.')).toEqual(['organisers']);
    expect(figureReporters('At the second march, held in driving rain, organisers counted 41,500.')).toEqual(['organisers']);
    expect(figureReporters('In each case dock unions announced far larger turnouts, 52,000 and 61,000 respectively.')).toEqual(['dock unions', 'dock unions']);
  });
  it('leaves "at least" and a hyphen inside a word alone', () => {
    expect(figureReporters('At least 41,500 marched in Varn on Monday.')).toEqual([null]);
    expect(figureReporters('The last time a strike fell on a Friday in mid-May police were not told and 36 people were hurt.')).toEqual([null]);
  });
});

describe('"Reports said" opening a sentence', () => {
  it('gives the count to the reports', () => {
    expect(figureReporters('Reports said 85 passengers were aboard the barge.')).toEqual(['reports']);
  });
  it('leaves "reports" as the verb of a subject before it alone', () => {
    expect(figureReporters('The ferry company reports 85 passengers were aboard the barge.')).not.toContain('reports');
  });
});

describe('a group of bodies closing the sentence', () => {
  it('gives the count to "a regional alliance of farm unions" past the reach of one phrase', () => {
    expect(figureReporters('A dam burst above Ostra on Friday and at least 27 people drowned, a regional alliance of farm unions said.')).toEqual(['a regional alliance of farm unions']);
    expect(figureReporters('Floods cut off three villages, leaving 48 families homeless, a network of mountain rescue groups told reporters.')).toEqual(['a network of mountain rescue groups', 'a network of mountain rescue groups']);
  });
  it('still gives the count to a short group phrase, and none to a group of no speakers', () => {
    expect(figureReporters('A dam burst above Ostra on Friday and at least 27 people drowned, a group of aid organisations said.')).toEqual(['a group of aid organisations']);
    expect(figureReporters('A dam burst above Ostra on Friday and at least 27 people drowned, a regional group of mountain villages said.')).toEqual([null]);
  });
});
