// An article that gives several places' tolls shows one row per place whose sources disagree, so a
// reader sees which figure disputes which.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

const ostra = 'The ministry said 30,000 people were killed in Ostra. The Red Cross said 27,000 people were killed in Ostra.';
const varn = 'The Kelmor Agency said 120 people were killed in Varn. The Daily Courier said 165 people died in Varn.';

describe('rows of the tolls of places', () => {
  it('gives two places whose tolls are each disputed a row each, titled with its place', () => {
    expect(placedDiscrepancies(`${ostra} ${varn}`)).toEqual([
      ['killed', ['Ostra'], ['27000 Red Cross', '30000 the ministry (unnamed)']],
      ['killed', ['Varn'], ['120 Kelmor Agency', '165 Daily Courier']],
    ]);
  });

  it('orders the rows of a topic by where the article first gives their figures', () => {
    expect(placedDiscrepancies(`${varn} ${ostra}`).map(([, places]) => places)).toEqual([['Varn'], ['Ostra']]);
  });

  it('shows only the place whose sources disagree', () => {
    const agreed = varn.replace('165 people died', '120 people died');
    expect(placedDiscrepancies(`${ostra} ${agreed}`)).toEqual([['killed', ['Ostra'], ['27000 Red Cross', '30000 the ministry (unnamed)']]]);
  });

  it('keys a toll "in Ostra district of southern Varn province" by the district, as the later "in Ostra district"', () => {
    const text = 'At least 26 fighters were killed in Ostra district of southern Varn province, residents said. Kelmor Watch said 32 fighters were killed in Ostra district.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['26 residents (unnamed)', '32 Kelmor Watch']]]);
    // "in Ostra and Varn" names two areas: no locator.
    expect(placedDiscrepancies(text.replace(' district of southern Varn province', ' and Varn'))).toEqual([]);
  });

  it('keys a toll "in Kelmor\'s western region of Ostra province" by the region the country owns, as the later "in Ostra"', () => {
    const text = "A storm hit Kelmor's western region of Ostra province on Monday, killing at least 26 people. Varn Radio said 32 people were killed in Ostra.";
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['26 -', '32 Varn Radio']]]);
    expect(placedDiscrepancies(text.replace("Kelmor's western region of", "Kelmor's"))).toEqual([['killed', ['Ostra'], ['26 -', '32 Varn Radio']]]);
    // Two areas side by side: no owner, so the opening toll is of both and meets no rival.
    expect(placedDiscrepancies(text.replace("Kelmor's western region of Ostra province", 'Kelmor province and Ostra province'))).toEqual([]);
  });

  it('shows one row where a source tells its count of the country by name and as "across the country"', () => {
    const text =
      'Ostra Watch said at least 30 people have been killed in Kelmor in three weeks of protests. "At least 30 people were killed across the country," Ostra Watch said. A local group, Varn Rights, said it had recorded 34 deaths.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Kelmor'], ['30 Ostra Watch', '34 Varn Rights']]]);
  });

  it('keeps one row with no place when no place is named', () => {
    const text = 'The ministry said 30 people were killed in the floods. The Red Cross said 27 people were killed.';
    expect(placedDiscrepancies(text)).toEqual([['killed', [], ['27 Red Cross', '30 the ministry (unnamed)']]]);
  });

  it('joins a toll that names no place to the row of the place the first sentence names, not to each place of its group', () => {
    const text = 'The ministry said 30 people were killed in Ostra. The Red Cross said 27 people were killed. The Kelmor Agency said 120 people were killed in Varn.';
    // The Red Cross's 27 can count Ostra's dead or Varn's, not both (context-placeless-rivals.test.ts).
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['27 Red Cross', '30 the ministry (unnamed)']]]);
  });

  it('names every place of a sentence that names several', () => {
    const text = 'The ministry said 30 people were killed in Ostra and in Varn. The Red Cross said 27 people were killed in Ostra and in Varn.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra', 'Varn'], ['27 Red Cross', '30 the ministry (unnamed)']]]);
  });
});

describe('tolls of a paragraph that opens on its place', () => {
  const ostraFirst = 'In Ostra, rescuers searched the ruins on Monday. The ministry said 30 people were killed. The Red Cross said 27 people were killed.';
  const varnNext = 'In Varn, the Kelmor Agency said 120 people were killed. The Daily Courier said 165 people died.';

  it("reads a later sentence's toll that names no place as the place the paragraph opens on", () => {
    expect(placedDiscrepancies(`${ostraFirst}\n${varnNext}`)).toEqual([
      ['killed', ['Ostra'], ['27 Red Cross', '30 the ministry (unnamed)']],
      ['killed', ['Varn'], ['120 Kelmor Agency', '165 Daily Courier']],
    ]);
    // Opening on something else, the paragraph scopes nothing: its tolls join Varn's as tolls of no place.
    const opened = ostraFirst.replace('In Ostra, rescuers searched the ruins', 'Rescuers searched the ruins of Ostra');
    expect(placedDiscrepancies(`${opened}\n${varnNext}`).map(([, places, values]) => [places, values.length])).toEqual([[['Varn'], 4]]);
  });

  it("keeps a later sentence's own place, and ends with its paragraph", () => {
    const ownPlace = `${ostraFirst} The Daily Courier said 165 people died in Varn.`;
    expect(placedDiscrepancies(`${ownPlace}\nThe Kelmor Agency said 120 people were killed.`)).toEqual([
      ['killed', ['Ostra'], ['27 Red Cross', '30 the ministry (unnamed)', '120 Kelmor Agency']],
      ['killed', ['Varn'], ['120 Kelmor Agency', '165 Daily Courier']],
    ]);
  });
});

describe('places named around a toll that are no place of it', () => {
  it('does not read a place that opens the speaker\'s title as the place of a toll', () => {
    const text = 'A freight train left the rails on Monday. Northern Tarn Divisional Regional Manager Aron Vell said six people died. Kelmor Radio said nine people were killed.';
    expect(placedDiscrepancies(text)).toEqual([['killed', [], ['6 Aron Vell', '9 Kelmor Radio']]]);
    // Told after the count, the place is the toll's.
    const counted = text.replace('Northern Tarn Divisional Regional Manager Aron Vell said six people died.', 'Six people died in Tarn, manager Aron Vell said.');
    expect(placedDiscrepancies(counted)).toEqual([['killed', ['Tarn'], ['6 Aron Vell', '9 Kelmor Radio']]]);
  });

  it('does not read the dateline, where the report was filed, as the place of a toll', () => {
    const text = [
      'OSTRA (2nd UPDATE) - Floods have killed 30 people, the Kelmor Agency said. The Daily Courier said 45 people died.',
      'Floods swept through Kelmor and neighbouring Ostra on Sunday.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', [], ['30 Kelmor Agency', '45 Daily Courier']]]);
    // The same place in the opening sentence's own words is still its toll's place.
    const placed = text.replace('OSTRA (2nd UPDATE) - Floods have killed 30 people', 'Floods have killed 30 people in Ostra');
    expect(placedDiscrepancies(placed)).toEqual([['killed', ['Ostra'], ['30 Kelmor Agency', '45 Daily Courier']]]);
  });

  it('does not read a country named as who faces or tries something as the place of a toll', () => {
    const text = [
      'The Kelmor Agency said 30 rebels were killed in Varn.',
      'The Daily Courier said 45 rebels died, underscoring the challenge facing the U.S. as it tries to end the revolt.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Varn'], ['30 Kelmor Agency', '45 Daily Courier']]]);
    const counted = text.replace(', underscoring the challenge facing the U.S. as it tries to end the revolt', ' in the U.S.');
    expect(placedDiscrepancies(counted)).toEqual([]);
  });

  it('does not read the agent after "by" as the place of a toll', () => {
    const text = [
      'The Kelmor Agency said 30 people were killed in Varn.',
      'The flood that followed the bombing of the dam by Peru has killed 45 people, the Daily Courier said.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Varn'], ['30 Kelmor Agency', '45 Daily Courier']]]);
    const counted = text.replace('the bombing of the dam by Peru', 'the bombing of the dam in Peru');
    expect(placedDiscrepancies(counted)).toEqual([]);
  });

  it('reads a toll "across the county" as the whole county, not as a town named elsewhere', () => {
    const text = [
      'The Kelmor Agency said 800 people remain missing in the city of Varn.',
      'As many as 6,000 were missing across the county, the Daily Courier said.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([]);
    expect(placedDiscrepancies(text.replace('across the county', 'in the floods'))).toEqual([['missing', ['Varn'], ['800 Kelmor Agency', '6000 Daily Courier']]]);
  });

  it('reads a toll "in many parts of the state" as the whole state, not as a town named elsewhere', () => {
    const text = [
      'Nearly 30 people are still missing from a lodge in the town of Varn, rangers said.',
      'Some 95 people remain unaccounted for in many parts of the state, Governor Ana Pell said.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([]);
    expect(placedDiscrepancies(text.replace('in many parts of the state', 'after the storm'))).toEqual([['missing', ['Varn'], ['30 -', '95 Ana Pell']]]);
  });

  it("reads a count the mayor of a town gives as that town's, a part of the region's toll", () => {
    const text = [
      'Floods hit the Varn region on Tuesday. Regional officials said 90 people had died.',
      'The worst-hit towns are Tarsa and Belk, where cars were swept away.',
      'Rescuers found six bodies in Ostra, a suburb of Kelm.',
      'The Mayor of Tarsa, Ana Pell, told a radio station that they know of only 12 deaths.',
    ].join('\n\n');
    expect(placedDiscrepancies(text)).toEqual([]);
    // Told by someone whose title names no town, the count is of no place, a rival of the region's.
    const placeless = text.replace('The Mayor of Tarsa, Ana Pell,', 'Ana Pell, a local official,');
    expect(placedDiscrepancies(placeless)).toEqual([['killed', ['Ostra'], ['6 Rescuers', '12 Ana Pell', '90 Regional officials (unnamed)']]]);
  });

  it('names the county the text named before by its kind', () => {
    const text = [
      'Floods struck Ostra County on Monday. The Kelmor Agency said 600 people were missing in Ostra.',
      'As many as 900 were missing across the county, the Daily Courier said.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['missing', ['Ostra County'], ['600 Kelmor Agency', '900 Daily Courier']]]);
  });

  it('reads a place after "near" as locating the place before it, not as a second area of the toll', () => {
    const text = [
      'The Kelmor Agency put the death toll from the massacre at Baro at 150.',
      'Reports of the attack on the town of Baro near the Varn border, with Ostra Watch reporting that around 2,000 people were killed, conflict with it.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Baro'], ['150 Kelmor Agency', '2000 Ostra Watch']]]);
    // With no place before it, the place after "near" is the toll's own.
    expect(placedDiscrepancies('Floods killed 30 people near Ostra, the Red Cross said. The Kelmor Agency said 45 people were killed near Ostra.')).toEqual([
      ['killed', ['Ostra'], ['30 Red Cross', '45 Kelmor Agency']],
    ]);
  });

  it('reads a place after a hospital as where the dead were taken, not as the toll\'s area', () => {
    const text = [
      'A rebel attack on an army post in Ostra province killed seven soldiers, defence spokesman Ana Pell said.',
      'A clinic chief, Tomas Kelm, said the bodies of 13 soldiers were brought to his hospital in Varn province.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['7 Ana Pell', '13 Tomas Kelm']]]);
    // Killed in the other province, they are the toll of another area.
    const apart = text.replace('were brought to his hospital in Varn province', 'were found in Varn province');
    expect(placedDiscrepancies(apart)).toEqual([]);
  });

  it('reads a place after a ministry that gives "a lower death toll" as where the ministry sits, not as the toll\'s area', () => {
    const text = 'A suicide bomber killed 14 people in Ostra on Monday, the provincial governor said. The interior ministry in Varn gave a lower death toll, saying 12 people were killed.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['12 the interior ministry (unnamed)', '14 the provincial governor (unnamed)']]]);
    // Saying how many were killed, with no toll of the story named, it may count the dead of its own place.
    expect(placedDiscrepancies(text.replace('gave a lower death toll, saying', 'said'))).toEqual([]);
  });

  it('reads a toll in "the neighbouring country" as that country\'s, not as a rival of the story\'s toll', () => {
    const text = [
      'The Kelmor Agency said the toll from the floods in Ostra had risen to 70.',
      'According to the Daily Courier, rain has also hit the neighbouring country, Varn, killing 27 people.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([]);
    expect(placedDiscrepancies(text.replace(', Varn,', ''))).toEqual([]);
    // Told of the story's own country, the two counts are rivals.
    expect(placedDiscrepancies(text.replace('hit the neighbouring country, Varn,', 'hit the region'))).toEqual([
      ['killed', ['Ostra'], ['27 Daily Courier', '70 Kelmor Agency']],
    ]);
  });

  it('reads a placeless toll as the whole of the places\' counts it holds, whoever gives the parts, not as each place\'s rival', () => {
    const text =
      'The Ostra Relief Agency said at least 14 people were killed by the storm, which hit the coast on Monday.\n\n' +
      'Rescue teams reached the hills on Tuesday. The Kelmor Institute said the Varn Region had the most deaths with eight, followed by the ' +
      'Dresk Region with three deaths, whereas two people were killed in Tarn Valley and one in the Sollen Region.';
    expect(placedDiscrepancies(text)).toEqual([]);
    // Parts that add up to more than the placeless count: it cannot hold them, and it stays their rival.
    expect(placedDiscrepancies(text.replace('at least 14', 'at least 9'))).toEqual([
      ['killed', ['Dresk Region', 'Varn Region'], ['3 Kelmor Institute', '8 Kelmor Institute', '9 Ostra Relief Agency']],
      ['killed', ['Sollen Region', 'Tarn Valley'], ['1 Kelmor Institute', '2 Kelmor Institute', '9 Ostra Relief Agency']],
    ]);
  });

  it('keeps a placeless toll the rival of two counts of one place told with and without its province', () => {
    const text = [
      'Several police officers were killed when gunmen stormed a roadblock in the southern province of Ostra, officials said.',
      'Aron Vell, who sits on the Ostra provincial council, said the raid happened in the district of Tarn, killing 12 officers.',
      'The Daily Courier quoted local sources as saying 10 officers died at the roadblock in Tarn district.',
      'The Varn militia claimed the attack, saying its fighters had killed 25 police.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([
      ['killed', ['Ostra', 'Tarn'], ['12 Aron Vell', '25 Varn']],
      ['killed', ['Tarn'], ['10 Daily Courier', '25 Varn']],
    ]);
  });

  it('reads a name of no known kind that opens "in <name>," before a count as that count\'s place', () => {
    const text = [
      'A total of 300 people died after floods struck three provinces in Kelmor, the Kelmor Relief Agency said on Saturday.',
      'In West Varn, 90 people were confirmed dead, while in Dresk, 47 fatalities were recorded.',
      "The number of dead from the floods that struck Kelmor's Dresk and West Varn has risen to 174, the Kelmor Relief Agency said on Friday.",
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([]);
    // The name and the count apart: the count names no place, and stays the rival of the agency's toll.
    expect(placedDiscrepancies(text.replace('In West Varn, 90 people were confirmed dead, while in Dresk, 47 fatalities were recorded.', 'In West Varn, rescuers said 90 people were confirmed dead.'))).toEqual([
      ['killed', [], ['90 -', '174 Kelmor Relief Agency', '300 Kelmor Relief Agency']],
    ]);
  });

  it("takes a placeless count that repeats one place's count as that place's, not every place's", () => {
    const text = [
      'Five people have been killed as rivers burst their banks in the north of Ostra, local officials said on Monday.',
      'Governor Aron Vell said the death toll had climbed to five when the water carried off cars.',
      'A bridge collapsed near the town of Varn, killing two people.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([]);
    // A placeless count that repeats no place's count joins the row of the place the first sentence names (the bridge's two
    // dead are no rival of the governor's toll: context-placeless-rivals.test.ts).
    const other = text.replace('Five people have', 'Seven people have');
    expect(placedDiscrepancies(other)).toEqual([['killed', ['Ostra'], ['5 Aron Vell', '7 local officials (unnamed)']]]);
  });

  it('reads a dateline typed with "--" as no place of the lede\'s count', () => {
    const text =
      'KELM, Varn -- About 140 people have died in the riots in Ostra, the exile council said. The army said 22 people died in Ostra. Fighting also spread to Varn province.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['22 the army (unnamed)', '140 the exile council (unnamed)']]]);
    // Varn named in the lede itself is a place of its count.
    const named = text.replace('riots in Ostra,', 'riots in Ostra and Varn,');
    expect(placedDiscrepancies(named)).toEqual([]);
  });

  it('places the tolls naming no place where a sentence says the toll is disputed, not in the one other place named', () => {
    const text =
      'The health ministry said more than 500 people died in the storm. In Varn, officials said 80 people were killed. Reports of casualties in Ostra have differed sharply. Rebel leaders put the figure at about 200.';
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['200 Rebel leaders (unnamed)', '500 the health ministry (unnamed)']]]);
    // Without that sentence, or where it names two places, the placeless tolls still join Varn's.
    const joined = [['killed', ['Varn'], ['80 officials (unnamed)', '200 Rebel leaders (unnamed)', '500 the health ministry (unnamed)']]];
    expect(placedDiscrepancies(text.replace(' Reports of casualties in Ostra have differed sharply.', ''))).toEqual(joined);
    expect(placedDiscrepancies(text.replace('casualties in Ostra', 'casualties in Ostra and of deaths in Kelmor'))).toEqual(joined);
  });

  it('keys a toll "in that neighbouring country" apart from the place its tellers are in', () => {
    const text = 'Radio stations in Varn quoted officials as saying 40 people were killed in that neighbouring country. The Red Cross said 25 people died in Varn.';
    expect(placedDiscrepancies(text)).toEqual([]);
    expect(placedDiscrepancies(text.replace('that neighbouring country', 'Varn'))).toEqual([['killed', ['Varn'], ['25 Red Cross', '40 officials (unnamed)']]]);
  });

  it('keys a toll "in 8 countries" as those countries, with the tolls of the disaster naming no place, apart from one country\'s', () => {
    const text =
      'The relief office said its count took the number of dead in Ostra to 1,420 and the total toll in 8 countries to 2,060. The Red Cross put the number of dead in Ostra at 1,205. The Varn Agency put the death toll of the disaster at 1,980.';
    expect(placedDiscrepancies(text)).toEqual([
      ['killed', ['Ostra'], ['1205 Red Cross', '1420 the relief office (unnamed)']],
      ['killed', ['8 countries'], ['1980 Varn Agency', '2060 the relief office (unnamed)']],
    ]);
    // With no toll over several countries, the placeless toll still joins Ostra's.
    expect(placedDiscrepancies(text.replace(' in 8 countries', ''))).toEqual([
      ['killed', ['Ostra'], ['1205 Red Cross', '1420 the relief office (unnamed)', '1980 Varn Agency', '2060 the relief office (unnamed)']],
    ]);
  });

  it('reads a place owning the paper that tells a toll ("Kelmor\'s Daily Courier wrote") as the paper\'s, not the toll\'s', () => {
    const text =
      "A landslide buried homes in Varn on Monday. Rain also fell in Kelmor, and schools closed in Kelmor. Officials said 12 people were killed in Varn. Kelmor's Daily Courier wrote that 30 people were killed.";
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Varn'], ['12 officials (unnamed)', '30 Daily Courier']]]);
    // A body of the place ("Kelmor's National Police") may count that place's own dead.
    expect(placedDiscrepancies(text.replace('Daily Courier wrote', 'National Police said'))).toEqual([]);
  });
});

describe('a country that owns the outlet telling a count', () => {
  it('does not read "Peru\'s state news agency" as the place of its count', () => {
    const text = [
      'Forty people were killed when two buses collided south of the Peruvian capital Lima on Friday, the Kelm Courier reported.',
      "Later, Peru's official Andes news agency said that 22 people had died.",
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Lima'], ['22 Andes', '40 Kelm Courier']]]);
    // A place the count itself names is still its place: another place's toll is no rival.
    expect(placedDiscrepancies(text.replace('22 people had died.', '22 people had died in Tesk.'))).toEqual([]);
  });
});
