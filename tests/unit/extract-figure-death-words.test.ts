// Which figure a death word belongs to: "succumbed" counts the dead, the number of places the counts came
// from counts no one, and a trailing clause about other people says nothing of the figure before it.
import { describe, expect, it } from 'vitest';
import { figure, figures } from './extract-helpers';

describe('death words and the figure they belong to', () => {
  it('"58 patients succumbed to the virus" counts the dead; "casualties" stays unmarked, as it may count the injured too', () => {
    expect(figure('Officials said 58 patients succumbed to the virus last week.', '58').about).toBe('killed');
    expect(figure('The mayor estimated there were 45 casualties in the town.', '45').about).toBeNull();
  });

  it('"the official records put the casualties only at five" in a sentence of deaths is a toll of the dead', () => {
    const text = 'At least 19 people have died of the fever this year, an Ostra Times count shows, but the official records put the casualties only at five.';
    expect(figure(text, 'five').about).toBe('killed');
    expect(figure('The mayor put the casualties at 45 after the storm hit Varn.', '45').about).toBeNull();
  });

  it('"900 people were slaughtered" counts the killed', () => {
    expect(figure('Witnesses said 900 people were slaughtered in Varn.', '900').about).toBe('killed');
  });

  it('"records from five clinics showing that 58 people succumbed": the clinics count no deaths', () => {
    const text = 'Doubts grew over the number of deaths, with records from five clinics showing that 58 people succumbed to the fever.';
    expect(figure(text, 'five').about).toBeNull();
    expect(figure(text, '58').about).toBe('killed');
  });

  it('"rose to 210 …, with many more still missing": the toll keeps its own event', () => {
    const text = 'The death toll from the mudslides in the valley rose quickly to 210 on Monday, the relief agency said, with many more still missing.';
    expect(figure(text, '210').about).toBe('killed');
  });
});

describe('a fate not yet known', () => {
  it('gives no event to people not known to be alive or dead', () => {
    const killed = (text: string) => figures(text).filter((f) => f.about === 'killed');
    expect(killed('Divers are still searching, and nobody can say whether the four are alive or dead.')).toEqual([]);
    expect(killed('Nobody knows if the nine fishermen are dead or alive.')).toEqual([]);
  });

  it('still reads the dead where no fate is in doubt', () => {
    expect(figure('Rescuers said the four were dead when they were reached.', 'four').about).toBe('killed');
  });
});

describe('bodies of people counted', () => {
  it('reads "the bodies of N victims" as the dead', () => {
    expect(figure('A local official said the bodies of 212 victims had been moved to a cold store in Varna.', '212').about).toBe('killed');
  });

  it('reads the bodies as the dead though a count of the wounded is joined to them before the verb', () => {
    const text = 'A clinic chief, Ana Varn, gave a higher toll, saying bodies of 13 guards and nine wounded in the raid were brought to her clinic in Kelmor.';
    expect(figure(text, '13').about).toBe('killed');
    expect(figure(text, 'nine').about).toBe('injured');
  });
});

describe('bodies planned for', () => {
  it('reads no toll in bodies a plan is made for', () => {
    expect(figure('The governor said the region will need halls to keep the bodies of more than 9,000 people.', 'more than 9,000').about).toBeNull();
  });
});
