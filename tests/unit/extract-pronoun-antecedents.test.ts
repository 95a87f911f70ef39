// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Each quote claim of `text` as [its first words, speaker]. */
const quotes = (text: string): [string, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.attributedTo]);

describe('"he" after a person the text reports dead', () => {
  it('does not stand for the dead person', () => {
    const text = 'Police chief Ana Ruiz spoke in Ostra on Monday. The district governor Tomas Varn was killed in the raid along with four guards. “Four guards and two drivers were killed in the raid,” he added.';
    expect(quotes(text)).toEqual([['Four guards and', 'Ana Ruiz']]);
  });

  it('still stands for a person the sentence reports hurt, not dead', () => {
    const text = 'Police chief Ana Ruiz spoke in Ostra on Monday. The district governor Tomas Varn was injured in the raid. “Four guards and two drivers were killed in the raid,” he added.';
    expect(quotes(text)).toEqual([['Four guards and', 'Tomas Varn']]);
  });
});

describe('"he" after a title, "of", and a name with a place glued to it', () => {
  it('stands for the titled name, not a person named earlier', () => {
    const text = 'Police chief Ana Ruiz spoke in Varn on Monday.\n\nDeputy police chief of Ostra Berit Halvard said 50 rebels were also killed in the clash.\n\n“Four guards and two drivers were wounded in the clash,” he added.';
    expect(quotes(text)).toEqual([['Four guards and', 'Ostra Berit Halvard']]);
  });

  it('leaves a two-word body after "of" as it was', () => {
    const text = 'Police chief Ana Ruiz spoke in Varn on Monday. The head of Ostra Relief said 50 rebels were also killed in the clash. “Four guards were wounded in the clash,” she added.';
    expect(quotes(text)).toEqual([['Four guards were', 'Ana Ruiz']]);
  });
});

describe('"he" after a one-word name of unknown kind', () => {
  it('stands for that name where it spoke a quote a few sentences before, even one opened in an earlier sentence', () => {
    const text =
      'The rival camp has been mocked again.\n\n“They say the rolls are wrong. If so, show us,” Halvard told a rally in Kelmor.\n\n' +
      'The rival camp had asked Varn for help but foreign minister Tomas Berg turned the request down.\n\n' +
      'Halvard said Kelmor was now an example to its neighbours.\n\n“Our neighbours look up to us,” he said.';
    expect(quotes(text).at(-1)).toEqual(['Our neighbours look', 'Halvard']);
  });

  it('does not take a one-word name that spoke no quote', () => {
    const text =
      'The rival camp had asked Varn for help but foreign minister Tomas Berg turned the request down.\n\n' +
      'Halvard said Kelmor was now an example to its neighbours.\n\n“Our neighbours look up to us,” he said.';
    expect(quotes(text).at(-1)).toEqual(['Our neighbours look', 'Tomas Berg']);
  });
});

describe('"he" after a sentence whose subject is "he" and that names another person after it', () => {
  it('carries on the person the earlier "he" stands for', () => {
    const text = 'Tomas Varga did not answer the charge. However, he did refer to Ana Kol’s point on the Ostra polls. He said: “In 2011, we felt certain of the result.”';
    expect(quotes(text)).toEqual([['In 2011, we', 'Tomas Varga']]);
  });

  it('leaves the person named first where the earlier sentence opens with that person, not "he"', () => {
    const text = 'Tomas Varga spoke first. Later, Ana Kol took up his point on the Ostra polls. She said: “In 2011, we felt certain of the result.”';
    expect(quotes(text)).toEqual([['In 2011, we', 'Ana Kol']]);
  });
});

describe('"he" after a sentence opening with one word of a person named before', () => {
  const rally = (opening: string): string =>
    'Thousands gathered to hear Kelmor’s opposition leader Haruki Brenn speak in Ostra on Sunday.\n\n“We need a clear win,” said 80-year-old Haruki to loud applause.\n\nAlso at the rally was former trade minister Ana Ruiz.\n\n' +
    `${opening}, Kelmor’s longest serving premier whose rule ended in 2003, has toured the country in a long campaign.\n\n“Ostra will have new leaders by spring,” he said to cheers.`;

  it('stands for that person, not a person listed as attending', () => {
    expect(quotes(rally('Haruki')).pop()).toEqual(['Ostra will have', 'Haruki Brenn']);
  });

  it('leaves a one-word name that is no word of a person named before as it was', () => {
    expect(quotes(rally('Dalvik')).pop()).toEqual(['Ostra will have', 'Ana Ruiz']);
  });
});

describe('"he" in a clause opening the sentence before the main clause’s subject', () => {
  const report = (middle: string): string =>
    'Kofi Varn’s party won 19 seats, officials said. Kofi Varn thanked his voters in Ostra on Monday.\n\n' +
    `${middle} hinted that he sees Varn’s party as its main pillar. He said, “This is a chance to make the changes people wished for.”`;

  it('stands for the main clause’s subject, whom the next "he" stands for too', () => {
    expect(quotes(report('Despite declaring that he wants the broadest coalition, Tomas Brenn'))).toEqual([['This is a', 'Tomas Brenn']]);
  });

  it('still carries an earlier person on where no such clause opens the sentence', () => {
    expect(quotes(report('Later that night he said the vote was fair, and Tomas Brenn'))).toEqual([['This is a', 'Kofi Varn']]);
  });
});

describe('"it" after a sentence whose subject is a part of a named body', () => {
  const strikes = (subject: string): string =>
    'Ostra launched air strikes against the Kelmor Defence Forces (KDF) in the north and the Varn Workers’ Party (VWP) in the hills on Sunday. The VWP is an armed group, but it is banned in Ostra.\n\n' +
    `${subject} said in a post on Tuesday that the figure was wrong.\n\n“Two of our fighters and 11 civilians have been killed,” it said.`;

  it('stands for the body owning that part, not a body named before as an object', () => {
    expect(quotes(strikes('The KDF’s press and media office'))).toEqual([['Two of our', 'Kelmor Defence Forces']]);
  });

  it('leaves a part owned by no named body as it was', () => {
    expect(quotes(strikes('The press office'))).toEqual([['Two of our', null]]);
  });
});

describe('a one-word name after "in" between a speaker and "he"', () => {
  const lead = 'According to Minister Tomas Brennick, the outbreak spread through three districts, Orlo Varnik and Kessel Districts.\n\n';
  const quote = '\n\n"The teams on the ground are containing every new case," he said.';
  it('is a place, not the person "he" stands for', () => {
    expect(quotes(`${lead}The first patient was found in Orlo on Monday.${quote}`)).toContainEqual(['The teams on', 'Tomas Brennick']);
  });
  it('still stands for a person named after another word', () => {
    expect(quotes(`${lead}The first patient was found by Orlo on Monday.${quote}`)).not.toContainEqual(['The teams on', 'Tomas Brennick']);
  });
});

describe('"it" after a sentence whose speaker is a person, named with the body of their office', () => {
  const office = 'At a briefing on Friday, the Director-General of the Kelmor Water Authority, Mrs Lina Varholm, said the index rose by 0.3 per cent.';
  const chain = '\n\nIt further stated that the youth rate was 12.6 per cent.\n\n“The urban rate rose by 4.2 per cent in June,” it said.';
  it('stands for the body the chain opened with, not the office', () => {
    const text = `The Ostra Statistics Office said the jobless rate rose to 5.4 per cent last month.\n\n${office}${chain}`;
    expect(quotes(text)).toEqual([['The urban rate', 'Ostra Statistics Office']]);
  });

  it('stands for the office where no body reported before it', () => {
    expect(quotes(`${office}${chain}`)).toEqual([['The urban rate', 'Kelmor Water Authority']]);
  });
});
