// A crowd's rival counts read by what the crowd is named for ("marchers", "protesters") and kept to the day of their march.
import { describe, expect, it } from 'vitest';
import { figure, placedDiscrepancies } from './extract-helpers';

const rows = (text: string) => placedDiscrepancies(text).map(([about, places, values]) => `${about} @${places.join('|')}: ${values.join(', ')}`);

describe('a crowd counted as marchers or protesters', () => {
  it('reads a count of marchers as a crowd whatever verb tells it', () => {
    expect(figure('The farmers guild counted 42,000 marchers in Ostra.', '42,000').about).toBe('crowd');
    expect(figure('Officials put the number at 7,300 protesters near the harbour.', '7,300').about).toBe('crowd');
  });

  it('leaves participants of a study and protesters with an event of their own', () => {
    expect(figure('The survey counted 1,200 participants in Ostra.', '1,200').about).toBe(null);
    expect(figure('Police arrested 35 protesters in Ostra.', '35').about).toBe('detained');
  });
});

describe('the day of a march', () => {
  it('sets each day\'s two counts against each other, not against another day\'s', () => {
    const text =
      'On Friday the teachers union said 61,000 demonstrators marched in Kelmor, while police said 18,000 marched. ' +
      'The last march, on March 4, drew fewer, the union said. On March 4 -- police said 15,000 marched in Kelmor, and the union counted 52,000 marchers.';
    expect(rows(text)).toEqual([
      'crowd @Kelmor: 18000 police (unnamed), 61000 the teachers union (unnamed)',
      'crowd @Kelmor: 15000 police (unnamed), 52000 the union (unnamed)',
    ]);
  });
});

describe('a record since earlier marches', () => {
  it('keeps the count of the biggest march since others its rivals\' count', () => {
    const text = 'The march in Ostra on Sunday was the largest since the strikes started, the guild and police said, putting it at 74,000 marchers and 21,000 respectively.';
    expect(rows(text)).toEqual(['crowd @Ostra: 21000 police (unnamed), 74000 the guild (unnamed)']);
  });

  it('still keeps a period\'s total apart from one day\'s toll', () => {
    const text = 'Police said 12 people were killed in Varn on Monday. Rights groups said 140 people have been killed since the unrest began in Varn.';
    expect(rows(text)).toEqual([]);
  });
});

describe('crowds filling the streets, and last month\'s march', () => {
  it('reads packing or thronging the streets as a crowd', () => {
    expect(figure('The guild said 64,000 people packed streets across Kelmor.', '64,000').about).toBe('crowd');
    expect(figure('Police said 9,100 people were thronging the old town of Ostra.', '9,100').about).toBe('crowd');
  });

  it('leaves streets that are counted, not filled', () => {
    expect(figure('The council said 64 streets in Ostra were closed.', '64').about).toBe(null);
  });

  it('keeps the count of last month\'s march out of this march\'s row', () => {
    const text = 'The guild said 16,000 people marched in Varn on Friday. Police said 16,000 marched. The turnout was above the 12,000 seen last month in the first strike.';
    expect(rows(text)).toEqual([]);
  });

  it('still sets two counts of one march against each other', () => {
    const text = 'The guild said 48,000 people marched in Varn on Friday. Police said 16,000 marched in Varn.';
    expect(rows(text)).toEqual(['crowd @Varn: 16000 police (unnamed), 48000 -']);
  });
});

describe('a march before the story\'s own, and a day named with its date', () => {
  it('keeps the counts of the day before or of an earlier rally out of the day\'s row', () => {
    expect(rows('Organisers said 50,000 people marched in Ostra on Sunday. The day before, police said 20,000 people had marched in Ostra.')).toEqual([]);
    expect(rows('Police said 40,000 people marched in Ostra on Sunday. At an earlier rally in Ostra, organisers said 90,000 people marched.')).toEqual([]);
  });

  it('keeps the count of a day named for its date apart', () => {
    expect(rows('The Kelm Union said 50,000 people marched in Ostra. For Labour Day, May 1, the Ostra Police said 12,000 people marched in Ostra.')).toEqual([]);
  });

  it('still sets the counts of one day against each other', () => {
    expect(rows('Organisers said 50,000 people marched in Ostra on Sunday. Later that day, police said 20,000 people had marched in Ostra.')).toEqual([
      'crowd @Ostra: 20000 police (unnamed), 50000 organisers (unnamed)',
    ]);
    expect(rows('At a rally in Ostra on Sunday, police said 40,000 people marched, while organisers said 90,000 people marched.')).toEqual([
      'crowd @Ostra: 40000 police (unnamed), 90000 organisers (unnamed)',
    ]);
    expect(rows('Police said 30,000 people marched in Kelm, below the count at a previous rally in spring, but the guild claimed 140,000.')).toEqual([
      'crowd @Kelm: 30000 police (unnamed), 140000 the guild (unnamed)',
    ]);
  });
});

describe('a march years before', () => {
  it('sets the two counts of a march years before against each other, in a row of their own', () => {
    expect(figure("Two years ago, police counted 20,000 protesters at the dockers' march, while the union counted 90,000.", '20,000').about).toBe('crowd');
    const text = 'Police said 8,000 people marched in Varn on Monday, while the union claimed 30,000. Two years ago, police counted 20,000 protesters in Varn, while the union counted 90,000.';
    expect(rows(text)).toEqual(['crowd @Varn: 8000 police (unnamed), 30000 the union (unnamed)', 'crowd @Varn: 20000 police (unnamed), 90000 the union (unnamed)']);
  });

  it('keeps a count whose sentence tells a time ago only after its opening in the day\'s row', () => {
    expect(rows('Police said 9,000 people marched in Kelm on Sunday, while the unions, which called the strike two weeks ago, claimed 40,000.')).toEqual([
      'crowd @Kelm: 9000 police (unnamed), 40000 the unions (unnamed)',
    ]);
  });
});

describe('a count that revises the figure of the sentence before', () => {
  it('sets it against the figure it revises, in that figure\'s day', () => {
    const text =
      'Organisers said 50,000 people marched in Ostra on Sunday, while police counted 20,000. The day before, some 40,000 people attended a vigil in Ostra, ' +
      'the union said. The Ostra Police lowered the figure to some 9,000 attendees.';
    expect(rows(text)).toEqual(['crowd @Ostra: 20000 police (unnamed), 50000 organisers (unnamed)', 'crowd @Ostra: 9000 Ostra Police, 40000 the union (unnamed)']);
  });

  it('still sets it against the day\'s count when that sentence frames no other day', () => {
    expect(rows('Organisers said 50,000 people attended the march in Ostra on Sunday. The Ostra Police lowered the figure to some 9,000 attendees.')).toEqual([
      'crowd @Ostra: 9000 Ostra Police, 50000 organisers (unnamed)',
    ]);
  });
});
