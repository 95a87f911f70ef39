// The event a figure counts (killed, missing, detained, injured), read from the words around it, and counts that are no toll.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/context/discrepancies';
import { extract } from '../../src/extract';
import { discrepancies, figure, figures, phrases } from './extract-helpers';

const abouts = (text: string): string[] => figures(text).map((f) => `${f.value} ${f.about}`);

describe('words for the dead and missing', () => {
  const r = extract(
    'Rescuers retrieved the 11 bodies from the mud overnight. A volunteer said six bodies had been found near the river. Three hikers remain unaccounted for. About 90 villagers are feared buried under the slope. Two regulatory bodies were found to be at fault.',
  );
  it('counts recovered bodies as dead', () => {
    expect(figure(r, '11').figure.about).toBe('killed');
    expect(figure(r, 'six').figure.about).toBe('killed');
  });
  it('counts people unaccounted for or feared buried as missing, keeping the unit to people', () => {
    expect(figure(r, 'Three').figure).toMatchObject({ about: 'missing', unit: 'hikers' });
    expect(figure(r, 'About 90').figure.about).toBe('missing');
  });
  it('counts people buried by a slide as missing, but not people buried at a funeral', () => {
    const slide = extract('More than 70 people were buried by the mudslide. The 12 victims were buried on Sunday.');
    expect(figure(slide, 'More than 70').figure.about).toBe('missing');
    expect(figure(slide, '12').figure.about).toBeNull();
  });
  it('sets bodies found against a toll from another source', () => {
    const toll = extract('The Kestrel Herald reported that 14 people are confirmed dead. Earlier, the state broadcaster Radio Kestrel said three bodies had been found.');
    expect(findDiscrepancies(toll.claims, [], (id) => id, toll.mentions).map((d) => [d.about, d.values.map((v) => v.value)])).toEqual([['killed', [3, 14]]]);
  });
  it('does not count bodies that are institutions', () => {
    expect(figure(r, 'Two').figure.about).toBeNull();
  });  it('reads people "dead or listed as missing" as one group of both, no count of the missing alone', () => {
    const text = 'The number of people confirmed dead or listed as missing in Ostra neared 9,000 on Friday. Police said 5,120 were listed as missing.';
    expect(figure(text, 'neared 9,000').about).toBeNull();
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('forecasts keep the event of their toll but stand in no row; amounts of money count no event', () => {
  it('gives a forecast of a toll its event and no exact value', () => {
    const f = figure('Officials in Port Keel said the number of missing residents is expected to reach 900.', '900');
    expect(f).toMatchObject({ comparator: '~', about: 'missing' });
  });
  it('gives a forecast "to" a level of a toll its event, and sets it in no row of counts', () => {
    expect(figure('The minister said the toll could climb to 2,000.', '2,000').about).toBe('killed');
    expect(figure('An aide said the official number of dead from the storm could rise to 7,000-8,000.', '7,000-8,000').about).toBe('killed');
    const text = 'The Ostra Red Cross said 1,200 people were killed. Minister Lena Varn said the toll could climb to 2,000. Police said 900 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['900 police (unnamed)', '1200 Ostra Red Cross']]]);
  });
  it('still counts the missing where no forecast is made', () => {
    expect(figure('Officials in Port Keel said 900 residents were missing.', '900').about).toBe('missing');
  });
  it('gives an amount of money no people event from the words around it', () => {
    expect(figure('The judge took almost $2 million from the builder of the detention centers.', 'almost $2 million').about).toBeNull();
    expect(figure('Police said 12 people were detained at the centre.', '12').about).toBe('detained');
  });
  it('counts those who suffered an injury as injured', () => {
    expect(figure('The ministry said 21 sailors suffered serious head injury in the blast.', '21').about).toBe('injured');
    expect(figure('The ministry said 21 sailors attended a course on injury prevention.', '21').about).toBeNull();
  });
});

describe('what a number named by its noun counts', () => {
  const text =
    'Officials in Corvia gave conflicting death tolls for the flood on Tuesday.\n\n' +
    'A clerk later said the number should have read 9,000.\n\n' +
    'The governor told reporters that the number was 8,000, referring to graves.\n\n' +
    'Her deputy replied: "No, the official number is 7,000."';
  it('gives "the number was" the event its text is about, and none where the text names none', () => {
    expect(figures(text).map((f) => [f.value, f.about])).toEqual([
      [9000, 'killed'],
      [8000, 'killed'],
      [7000, 'killed'],
    ]);
    expect(figure('Organisers said the march in Brno was huge. Police said the number was 20,000.', '20,000').about).toBeNull();
  });
  it('counts bodies that were buried as dead, not missing', () => {
    expect(figure('The army said 1,200 bodies had been hastily buried by soldiers.', '1,200').about).toBe('killed');
    expect(figure('Some 40 villagers were buried by the landslide.', 'Some 40').about).toBe('missing');
  });
});

describe('tolls of other events and counts that are no toll', () => {
  it('gives the toll of another event told beside the story’s own no event', () => {
    const text = 'Police said 12 people died in the raid on Orvo. In a related incident, a nearby town, Tesk, was raided three months ago and 40 people were killed.';
    expect(figure(text, '12').about).toBe('killed');
    expect(figure(text, '40').about).toBeNull();
    expect(figure('In another attack, gunmen killed nine farmers near Lusk.', 'nine').about).toBeNull();
  });

  it('reads one case of a list of single deaths as no toll', () => {
    const text = 'Medics said 12 people died in the clashes. It said one person reportedly died after inhaling smoke, another after being stabbed.';
    expect(figures(text).map((f) => `${f.value} ${f.about}`)).toEqual(['12 killed']);
  });

  it('reads a count that is the subject of a verb of speech as the speakers, not the dead', () => {
    const text = 'Three fishermen told Reuters that the death toll had risen to 20.';
    expect(figure(text, 'Three')).toMatchObject({ unit: 'fishermen', about: null });
    expect(figure(text, '20').about).toBe('killed');
    // A toll "reported", or "said to" be, keeps its event.
    expect(figure('Officials listed 12 deaths reported in Lusk.', '12').about).toBe('killed');
    expect(figure('At least 20 people said to have died in the blast.', 'At least 20').about).toBe('killed');
  });
});

describe('tolls without a kill verb beside the number', () => {
  it('reads bodies counted as the dead', () => {
    expect(figure('“We have counted 25 lifeless bodies so far,” the village head said.', '25').about).toBe('killed');
    expect(figure('Rescuers counted 14 charred bodies in the bus.', '14').about).toBe('killed');
  });

  it('reads a quoted toll and "the figure of" a toll as counts of the dead', () => {
    const text = 'Doctors Without Borders said the death toll “appears to be at least 210” — higher than the figure of 150 released by the interior ministry.';
    expect(figure(text, 'at least 210').about).toBe('killed');
    expect(figure(text, '150').about).toBe('killed');
  });
});

describe('which event a figure counts: revised tolls, mixed counts, tolls of other attacks', () => {
  it('gives a "from X to Y" pair the event of the number or toll named right before it', () => {
    const text = 'The Ruritanian interior ministry on Monday cut the toll in Sunday’s truck bomb attack on a busy bazaar from 75 to 31 and raised the number of wounded from 30 to 58.';
    expect(abouts(text)).toEqual(['75 killed', '31 killed', '30 injured', '58 injured']);
    expect(abouts('Officials revised the death toll of the storm from 40 to 26.')).toEqual(['40 killed', '26 killed']);
  });

  it('reads a count of the dead and the injured together as a toll of neither', () => {
    expect(figure('“We carried more than 80 people between dead and injured,” the official said.', 'more than 80').about).toBeNull();
    expect(figure('Rescuers said 40 villagers were killed or wounded in the shelling.', '40').about).toBeNull();
    // Two counts, each with its own event, stay apart.
    expect(abouts('Medics said 30 people were killed and 45 injured.')).toEqual(['30 killed', '45 injured']);
  });

  it('reads patients in a critical condition as no count of the deaths named before them', () => {
    expect(figure('He said deaths could climb because 18 people were in critical condition.', '18').about).toBeNull();
  });

  it('reads a toll said right after the count to be of another attack, or of several, as no toll of the story', () => {
    const text = 'Fifty people were killed in three raids on the valley in 2009 and 27 others lost their lives in another car bomb attack in 2010.';
    expect(figure(text, 'Fifty').about).toBeNull();
    expect(figure(text, '27').about).toBeNull();
    // Twin attacks with no year named may be the story's own.
    expect(figure('Forty people were killed in two blasts in the capital on Friday.', 'Forty').about).toBe('killed');
    expect(figure('At least 12 people were killed in the blast on Friday.', 'At least 12').about).toBe('killed');
  });

  it('reads the share of the province that saw the highest number as a part', () => {
    const text = 'Velmora saw the highest number injured, with 120 people injured. Officials said 300 people were injured nationwide.';
    expect(abouts(text)).toEqual(['120 null', '300 injured']);
  });

  it('reads the total of the deadliest month as no toll of one attack', () => {
    expect(figure('The agency said April was the deadliest month for civilians since 2009, with 410 killed.', '410').about).toBeNull();
  });
});

describe('the event named before a quoted number', () => {
  it('\'the number of people arrested was “at least 300.”\' counts the arrested; a quote not opening with the number does not', () => {
    const text = 'City police told reporters that the number of people arrested was “at least 300.” The rally went on.';
    expect(figure(text, 'at least 300').about).toBe('detained');
    const later = 'Police said the number of people arrested was “high, with 300 buses sent.” The rally went on.';
    expect(figure(later, '300').about).toBeNull();
  });

  it('the police count and "the final tally of those detained" by a monitor are two tolls that disagree', () => {
    const text =
      'Riga police told the LETA news agency that the number of people detained was “more than 400.” But the final tally of those detained in Riga was 650, according to the monitoring group Civic Watch.';
    expect(discrepancies(text)).toEqual([['detained', ['400 Riga police', '650 Civic Watch']]]);
  });
});

describe('the counted noun past an event word', () => {
  it('"41 missing people" counts people; "all the 18 confirmed dead" has no unit "confirmed"', () => {
    const missing = figure('"There are now 41 missing people," the mayor said.', '41');
    expect([missing.unit, missing.about]).toEqual(['people', 'missing']);
    const dead = figure('Officials said all the 18 confirmed dead were from the capital.', '18');
    expect([dead.unit, dead.about]).toEqual([null, 'killed']);
  });
});

describe('a quote closed before a figure ends the clause it was in', () => {
  it('gives no event from inside the quote to a count after its speech tag', () => {
    const text = '"Many villagers are still missing," said Tarek, the agency head, who like many in Velm uses only one name.';
    // "uses only one name" is how Tarek is named, no figure at all; none takes the quote's event.
    expect(figures(text).filter((f) => f.about !== null)).toEqual([]);
    expect(phrases(text)).toEqual([]);
  });
  it('still reads the event of a figure inside the quote', () => {
    expect(figure('"At least 12 people are still missing," said Tarek, the agency head.', 'At least 12').about).toBe('missing');
  });
});

describe('the toll a sentence opens with', () => {
  it('"The death toll in … has risen to 38" counts the dead, however long the noun phrase between', () => {
    const text = 'The death toll in the recent floods that swept the southern hill district has risen to 38, doctors said.';
    expect(figure(text, '38').about).toBe('killed');
  });
  it('the level a change reached counts what the change counted: "rose by 300 overnight to 1,842"', () => {
    expect(abouts('Recorded deaths nationwide rose by more than 300 overnight to 1,842 on Sunday.')).toEqual(['300 killed', '1842 killed']);
  });
  it('the level a change reached counts what the change counted past a phrase of when: "by 31 on Tuesday to 1,288"', () => {
    expect(abouts('The Kelmor relief office\'s count lifted the number of dead by only 31 on Tuesday to 1,288.')).toEqual(['31 killed', '1288 killed']);
    // Past a longer stretch the "to" may start another clause.
    expect(abouts('The number of dead rose by 26 and aid was sent to 12 camps.')).toEqual(['26 killed', '12 null']);
  });
  it('a toll "in N countries" reads past its count of areas to the level it reached', () => {
    expect(abouts('The agency count took the number of dead in Ostra to 1,420 and the total toll in 8 countries to as many as 2,060.')).toContain('2060 killed');
    expect(abouts('The storm took the total toll in 8 countries to as many as 2,060.')).toEqual(['8 null', '2060 killed']);
  });
  it('a figure, toll or number named with an agency\'s initials or "exact" counts the dead of its story', () => {
    expect(abouts('Floods killed hundreds in Varn. Before Monday, the UN toll was between 1,622 and 1,695.')).toContain('1622 killed');
    expect(abouts('Floods killed hundreds in Varn. The mayor said: "The exact number is seven."')).toContain('7 killed');
    // A lower-case word there is no agency: "the house number" counts nothing of the floods.
    expect(abouts('Floods killed hundreds in Varn. The house number was 12.')).not.toContain('12 killed');
  });
  it('a lower bound and a higher one of the same estimate share its verb: "at least 150, perhaps as many as 350, may have died"', () => {
    expect(abouts('Medics in Ostra fear at least 150, perhaps as many as 350, may have died.')).toEqual(['150 killed', '350 killed']);
    // A group a count is taken out of is no bound of it.
    expect(abouts('Of the 200 residents, possibly as many as 40 were killed.')).toEqual(['200 null', '40 killed']);
  });
  it('a count of a list by place counts the event of the one before it, also after "in Ostra district,"', () => {
    expect(abouts('Three people drowned in Ostra, four in Varn district, two in Kelm and one in Tarn.')).toEqual(['3 killed', '4 killed', '2 killed', '1 killed']);
  });
  it('a count after a toll of "deaths" that names its own event keeps no noun of deaths: "eight deaths, and two missing"', () => {
    const found = figures('Officials confirmed eight deaths, and two missing, in Ostra.');
    expect(found.map((f) => [f.value, f.unit, f.about])).toEqual([[8, 'deaths', 'killed'], [2, null, 'missing']]);
    // A noun of people carries on to the next event: "ten people killed and 66 injured" counts injured people.
    expect(figures('Ten people were killed and 66 injured in Ostra.').map((f) => f.unit)).toEqual(['people', 'people']);
  });
  it('a total closing a list of counts counts their event: "… and two in Kelm district for a total of 8 people"', () => {
    expect(abouts('Other officials said three people drowned in Ostra, three in Varn and two in Kelm district for a total of 8 people.')).toEqual(['3 killed', '3 killed', '2 killed', '8 killed']);
    // A total of things after a count of people is theirs alone.
    expect(abouts('Three people drowned in Ostra. Officials counted a total of 8 homes.')).toEqual(['3 killed', '8 null']);
  });
  it('but not a number after "to" that follows no change', () => {
    expect(abouts('Thirty people died and 200 were moved to 12 shelters.')).toEqual(['30 killed', '200 null', '12 null']);
  });
});

describe('numbers in a toll’s sentence that count no one of it', () => {
  it('a vehicle’s load is no toll; the level the toll rose to is', () => {
    const text = 'The death toll from a ferry carrying 90 passengers that sank off Varn on Monday rose to at least 41, police said.';
    expect(abouts(text)).toEqual(['90 aboard', '41 killed']);
    const long = 'The death toll from a coach carrying 60 pilgrims that plunged off a mountain road near the border town of Ostra early on Sunday rose to at least 33, police said.';
    expect(abouts(long)).toEqual(['60 null', '33 killed']);
  });
  it('a share of burns counts no dead', () => {
    expect(figure('A porter, admitted with 40 per cent burns, died on Friday.', '40 per cent').about).toBeNull();
    expect(figure('A porter with 65% burns died on Friday.', '65%').about).toBeNull();
  });
  it('still reads a share of the people killed', () => {
    expect(figure('Some 40 percent were killed in the blast.', 'Some 40 percent').about).toBe('killed');
  });
});

describe('counts that a sentence denies or measures', () => {
  it('a count inside a denied or negated cause is no toll', () => {
    expect(figure('Anger grew after the council’s first denial on Monday that tainted water was behind the death of five villagers.', 'five').about).toBeNull();
    expect(figure('Officials said the flooding wasn’t the reason for the deaths of nine herders near Ostra.', 'nine').about).toBeNull();
    expect(figure('Officials said the flooding was the reason for the deaths of nine herders near Ostra.', 'nine').about).toBe('killed');
    expect(figure('The army denied reports that up to 12 herders were killed in the raid.', 'up to 12').about).toBe('killed');
  });
  it('a distance counts no event', () => {
    expect(figure('Many of the 70 patients in Ostra, who travelled 180 km to the clinic, have died since Monday.', '180').about).toBeNull();
  });
});

describe('lives claimed and an unofficial toll', () => {
  it('lives a disaster claimed are its dead, and the toll that goes up to a level counts them too', () => {
    expect(abouts('The Varn bus crash has claimed 19 lives till Friday but the unofficial toll goes up to 31.')).toEqual(['19 killed', '31 killed']);
    expect(figure('The Varn bus crash has claimed 19 lives till Friday.', '19').unit).toBe('lives');
  });
});
