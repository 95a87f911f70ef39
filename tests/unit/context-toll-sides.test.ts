// Counts of the same side named by different nouns ("rebels", "gunmen", "a guerrilla") meet; other sides and everyone do not.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('the events of joined counts and of the dead of one side', () => {
  it('gives the first of two counts joined by "and" the verb after the last', () => {
    const text = 'Witnesses said at least nine militants and three police officers were killed in the raid.';
    expect(figure(text, 'at least nine').about).toBe('killed');
    expect(figure(text, 'three').about).toBe('killed');
  });

  it('still gives a count no event of a verb that has another object after it', () => {
    expect(figure('The blast killed two people and injured eight others.', 'two').about).toBe('killed');
  });

  it('reads a toll put right before the figure even after counts of another event', () => {
    const text = 'Aid workers said 90 people were killed and 300 wounded, while the ministry put the death toll at 44.';
    expect(figure(text, '44').about).toBe('killed');
  });

  it('reads the dead of one side picked out of all the dead as a toll, not a part', () => {
    expect(figure('The rebel leader said only a dozen of the dead were from his rebel group.', 'a dozen').about).toBe('killed');
    // Killed by the fighters, not of them; and a share by place stays a part.
    expect(figure('He said two of those killed were shot by militants.', 'two').about).toBeNull();
    expect(figure('Officials said 17 of those killed were in the square.', '17').about).toBeNull();
  });
});

describe('one side named by different nouns', () => {
  it('sets a count of "rebels" against a count of "gunmen" and of "a guerrilla"', () => {
    const text = 'Army spokesman Lino Basa said troops killed 12 gunmen in the clash. Rebel spokesman Tomas Ruel said only one guerrilla was killed.';
    expect(discrepancies(text)).toEqual([['killed', ['1 Tomas Ruel', '12 Lino Basa']]]);
  });

  it('sets the dead of one side picked out of the dead against that side’s toll', () => {
    const text = 'Army spokesman Lino Basa said more than 60 rebels had been killed. Rebel leader Tomas Ruel said only a dozen of the dead were from the rebel movement.';
    expect(discrepancies(text)).toEqual([['killed', ['12 Tomas Ruel', '60 Lino Basa']]]);
  });

  it('never sets soldiers against rebels', () => {
    const text = 'Army spokesman Lino Basa said 12 rebels were killed. Rebel spokesman Tomas Ruel said four soldiers died.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('does not set a count of people against a count of civilians', () => {
    const text = 'Police chief Ana Morel said 30 people were killed. Aid worker Tomas Ruel said 12 civilians were killed.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('sets civilians against villagers', () => {
    const text = 'Police chief Ana Morel said 30 civilians were killed. Aid worker Tomas Ruel said 12 villagers were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['12 Tomas Ruel', '30 Ana Morel']]]);
  });

  it('keeps a toll of everyone and its parts, and counts of children and adults, apart', () => {
    const whole = 'Fifty people, including 44 rebels, were killed in the fighting, army spokesman Lino Basa said. He said five soldiers died.';
    expect(discrepancies(whole)).toEqual([]);
    const ages = 'At least 19 children and three adults were killed when the ferry sank, officials said.';
    expect(discrepancies(ages)).toEqual([]);
  });
});

describe('a count the text says is all of one side', () => {
  it('sets a count "all of them civilians" against another source\'s count of civilians', () => {
    const civilians = 'Air raids on Ostra killed at least 11 civilians, according to local officials.';
    expect(discrepancies(`${civilians} The Varn Agency put the toll at 13, all of them civilians.`)).toEqual([['killed', ['11 local officials (unnamed)', '13 Varn Agency']]]);
    expect(discrepancies(`${civilians} The Varn Agency said 13 people were killed, all civilians.`)).toEqual([['killed', ['11 local officials (unnamed)', '13 Varn Agency']]]);
    // A count of everyone the text does not say is all civilians stays apart from theirs.
    expect(discrepancies(`${civilians} The Varn Agency said 13 people were killed.`)).toEqual([]);
  });
});
