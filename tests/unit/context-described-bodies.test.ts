// Bodies an article cites only by description ("the health ministry said") get a card of their own, as named ones do.
import { describe, expect, it } from 'vitest';
import { describedBodies } from '../../src/context/described-bodies';
import type { Claim } from '../../src/extract/types';
import { articleCards } from './described-helpers';

async function cards(text: string) {
  return (await articleCards(text)).map((c) => [c.name, c.kind, c.count, c.describedAs ?? null, c.describes ?? null]);
}

describe('bodies cited only by description', () => {
  it('gives a card to a ministry its portfolio or country picks out, counting each time the article uses the words', async () => {
    const text =
      'A blast hit Ostra on Sunday. The health ministry said 253 people were killed. Kelmor Watch said 310 died.\n\nThe health ministry later said 40 of the dead were foreigners. Varn’s foreign ministry said 12 were its citizens.';
    expect(await cards(text)).toEqual([
      ['Health ministry', 'government', 2, 'the health ministry', 'body'],
      ['Kelmor Watch', 'organization', 1, null, null],
      ['Varn’s foreign ministry', 'government', 1, 'Varn’s foreign ministry', 'body'],
    ]);
  });

  it('gives none to a description that picks out no body ("the government", "the ministry", "officials")', async () => {
    // The bare government is a card only where it alone gives a count or a quote (context-described-bare).
    const text = 'The government said the blast was an attack. The ministry said 40 were foreigners. Officials said the dead were mostly children.';
    expect(await cards(text)).toEqual([]);
  });

  it('gives none where the description stands for a body the article names', async () => {
    const text = 'The Kelmor Ministry of Health gave the first toll. The health ministry said 253 people were killed.';
    expect((await cards(text)).map(([name]) => name)).toEqual(['Kelmor Ministry of Health']);
  });

  it('cites the named body whose people a description speaks of, instead of a card for the description', async () => {
    const text = 'Data from two Kelmor Relief Agency sources suggest that at least 48 people were killed. Varn Watch said 60 died. The Kelmor Relief Agency opened in 1990.';
    expect((await cards(text)).map(([name, , , describedAs]) => [name, describedAs])).toEqual([
      ['Kelmor Relief Agency', null],
      ['Varn Watch', null],
    ]);
    // A named body that only shares a word with the description is not whose people speak: the description keeps its card.
    const shared = await cards('Security sources said at least 48 people were killed. Varn Watch said 60 died. The Kelmor Security Council met on Monday.');
    expect(shared.map(([name, , , describedAs]) => [name, describedAs])).toEqual([
      ['Security sources', 'Security sources'],
      ['Varn Watch', null],
    ]);
  });

  it('gives a card to an unnamed body the article introduces or names by its service, of the kind it is', async () => {
    const text =
      'Floods swept through Ostra on Monday. At least 40 people drowned, a flood relief charity said. Ambulance services said 12 more were missing. Local media outlets said the river rose two metres.';
    expect((await cards(text)).map(([name, kind, , , describes]) => [name, kind, describes])).toEqual([
      ['Flood relief charity', 'organization', 'body'],
      ['Ambulance services', 'organization', 'body'],
      ['Local media outlets', 'outlet', 'body'],
    ]);
  });

  it('gives a card to unnamed people the words pick out, a group or one person', async () => {
    const text =
      'A bomb went off in Varn on Friday. At least 18 people were killed, provincial officials said. Security sources said six of the dead were guards. A local official put the toll at 25.';
    expect((await cards(text)).map(([name, kind, , describedAs, describes]) => [name, kind, describedAs, describes])).toEqual([
      ['Provincial officials', 'government', 'provincial officials', 'people'],
      ['Security sources', 'government', 'Security sources', 'people'],
      ['Local official', 'person', 'a local official', 'person'],
    ]);
  });

  it('gives none to people or bodies the words do not pick out, nor to two groups joined by "and"', async () => {
    const text =
      'A fire hit Kelmor on Sunday. Residents said the homes burned. Witnesses said the fire spread fast. The group said 14 were hurt. Independent sources said the fire was set. Police and officials said 10 died. No militant group has said it set the fire.';
    expect(await cards(text)).toEqual([]);
  });

  it('gives one card to a body and the text it issued, named by the body, with "the document" on it', async () => {
    const text =
      'The national intelligence community has estimated that 40 to 90 people died in the blast at the Ostra depot, according to a document seen by reporters.\n\n' +
      '“Our assessment may change as we learn more,” the document said.\n\n' +
      'According to the national intelligence document, “the blast most likely came from a faulty fuel tank.”';
    const found = (await cards(text)).filter(([, , , described]) => described !== null);
    expect(found).toEqual([['National intelligence community', 'government', 3, 'the national intelligence community', 'body']]);
    const ctx = describedBodies(
      ['the national intelligence community', 'the document', 'the national intelligence document'].map((reportedBy): Claim => ({ kind: 'quote', text, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } })),
      text,
    );
    expect(ctx.map((c) => c.forms)).toEqual([['the national intelligence community', 'the national intelligence document', 'the document']]);
  });

  it('gives a card to a coalition a name picks out, and "the coalition" said after it is the same source', () => {
    const text = 'The Varn-led coalition said it would look into the raid. Later the coalition said the lorry was turned back.';
    const said = (reportedBy: string): Claim => ({ kind: 'statement', text, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } });
    const found = describedBodies(['the Varn-led coalition', 'the coalition'].map(said), text);
    expect(found.map((c) => [c.name, c.kind, c.describes, c.forms])).toEqual([['Varn-led coalition', 'organization', 'body', ['the Varn-led coalition', 'the coalition']]]);
    // An alliance is a coalition by another word.
    const allied = 'The Varn-Kelmor-led alliance said it hit a depot. The alliance said the depot held arms.';
    const alliance = describedBodies(['the Varn-Kelmor-led alliance', 'the alliance'].map((l): Claim => ({ ...said(l), text: allied })), allied);
    expect(alliance.map((c) => [c.name, c.kind, c.forms])).toEqual([['Varn-Kelmor-led alliance', 'organization', ['the Varn-Kelmor-led alliance', 'the alliance']]]);
  });

  it('gives none to a text or a community no body’s word picks out, nor "the document" with no card to join', () => {
    const text = 'A new report said 30 homes burned. The local community said it was afraid. The document said nothing more. The coalition said 12 died.';
    const said = (reportedBy: string): Claim => ({ kind: 'statement', text, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } });
    expect(describedBodies(['a new report', 'an unclassified assessment', 'the local community', 'the document', 'the coalition'].map(said), text)).toEqual([]);
  });

  it('gives no card to one unnamed person the article names right after, by a title holding the description’s words', async () => {
    const text =
      'Landslides near Varn killed upwards of 30 villagers, a police official said on Monday.\n\nPolice Deputy Commander Tomas Halvik in Ostra province said the toll was still being counted.\n\n“We found 30 bodies by the river,” Halvik told reporters.';
    expect((await cards(text)).map(([name, , , described]) => [name, described])).toEqual([['Tomas Halvik', null]]);
    // A title without the description's words is another person's: both keep their cards.
    const other =
      'Landslides near Varn killed upwards of 30 villagers, a police official said on Monday.\n\nDeputy Mayor Tomas Halvik said the toll was still being counted.\n\n“We found 30 bodies by the river,” Halvik told reporters.';
    expect((await cards(other)).map(([name, , , described]) => [name, described])).toEqual([
      ['Police official', 'a police official'],
      ['Tomas Halvik', null],
    ]);
  });

  it('reads a description the way the article wrote it: the one body "the main" picks out, one unnamed source', () => {
    const text = 'Turnout in Varn fell to 40 percent, the main opposition party said. A security source said 300 voters were turned away. The party said it would appeal.';
    const said = (reportedBy: string): Claim => ({ kind: 'statement', text, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } });
    const found = describedBodies(['the main opposition party', 'a security source', 'the party'].map(said), text);
    expect(found.map((c) => [c.name, c.kind, c.describes])).toEqual([
      ['Main opposition party', 'organization', 'body'],
      ['Security source', 'person', 'person'],
    ]);
  });

  it('gives a card to a service its words pick out: a coast guard, a public agency, an office someone holds, a state broadcaster', async () => {
    const text =
      'A ferry sank off Ostra on Friday. The coast guard said 12 people were rescued. Varn’s civil defence agency said 27 were killed, and the agency later said five more died.\n\nThe prosecutor’s office said 44 of the dead were crew. Kelmor state radio said seven bodies had washed up. Varn’s rescue coordination group confirmed the count.';
    expect((await cards(text)).map(([name, kind, count]) => [name, kind, count])).toEqual([
      ['Coast guard', 'government', 1],
      ['Varn’s civil defence agency', 'government', 2],
      ['Prosecutor’s office', 'government', 1],
      ['Kelmor state radio', 'outlet', 1],
      ['Varn’s rescue coordination group', 'organization', 1],
    ]);
  });

  it('gives none where the words pick out no public body: a guard, a travel agency, an office, a group, the radio', async () => {
    const text =
      'A ferry sank off Ostra on Friday. A security guard said 12 people were rescued. The travel agency said 27 were booked. A regional office said five more were missing. The coordination group said 44 were crew. The radio said seven bodies were found.';
    expect(await cards(text)).toEqual([]);
  });

  it('gives a card to bare "authorities" or "police" where they give a count or only say something, and none to bare officials who only say something', async () => {
    const counted = 'A ferry sank off Ostra on Friday. Authorities said 63 hikers were found. Police said the captain was held.';
    expect((await cards(counted)).map(([name, kind, , describedAs]) => [name, kind, describedAs])).toEqual([
      ['Authorities', 'government', 'authorities'],
      ['Police', 'government', 'police'],
    ]);
    // Officials who only say something are people of any side, as are witnesses: no card.
    expect(await cards('A ferry sank off Ostra on Friday. Officials said the hikers were found.')).toEqual([]);
  });

  it('gives a card to bare people where they alone give a count or a quote, and none where they only say something', async () => {
    const text =
      'A bus fell into a gorge near Ostra on Monday. At least two villagers put the toll at 37. Other sources said 50 people died. “We heard the crash at dawn,” residents said. Witnesses said the road was icy. Independent sources said the driver fled.';
    expect(await cards(text)).toEqual([
      ['Two villagers', 'organization', 1, 'two villagers', 'people'],
      ['Other sources', 'organization', 1, 'other sources', 'people'],
      ['Residents', 'organization', 1, 'residents', 'people'],
    ]);
  });

  it('takes bare people giving a count for the people the article described by the same noun, with no second card', async () => {
    const text = 'A drone struck a camp near Ostra on Monday. Two intelligence officials said the camp held fighters. The officials said all 61 dead were fighters.';
    expect(await cards(text)).toEqual([['Two intelligence officials', 'government', 2, 'two intelligence officials', 'people']]);
    // "officials" inside "Varn district officials" is one use of the words, not two.
    const district = 'Floods hit Ostra on Monday. Varn district officials said the bridge fell. At least 40 people died, officials said.';
    expect(await cards(district)).toEqual([['Varn district officials', 'government', 2, 'Varn district officials', 'people']]);
  });

  it('gives a card to workers, a command and a leader the words pick out, and none to bare workers, "the command" alone or "the opposition leader"', async () => {
    const workers = 'A quake hit Varn on Friday. International aid workers said about 200 may have died. Medical workers said three of the dead were children. Workers said the plant closed.';
    expect((await cards(workers)).map(([name, kind, , , describes]) => [name, kind, describes])).toEqual([
      ['International aid workers', 'organization', 'people'],
      ['Medical workers', 'organization', 'people'],
    ]);
    const command = 'Gunmen raided Ostra on Sunday. The state police command confirmed the raid. A community leader said 12 homes burned. The opposition leader said the raid was planned.';
    expect((await cards(command)).map(([name, kind, count]) => [name, kind, count])).toEqual([
      ['State police command', 'government', 1],
      ['Community leader', 'person', 1],
    ]);
    expect(await cards('Gunmen raided Ostra on Sunday. The command said it sent officers. The opposition leader said the raid was planned.')).toEqual([]);
  });

  it('takes bare "police" giving a count for the named police the article cites, with no second card', async () => {
    const text = 'By Sunday, 148 people had died in the Ostra floods, police said.\n\nThe floods have left 101 injured, Ostra police said in a statement.';
    expect((await cards(text)).map(([name, , , describedAs]) => [name, describedAs])).toEqual([['Ostra police', null]]);
  });

  it('takes bare "police" giving a count for the police spokesman the article cites, with no second card', async () => {
    const text = 'At least 25 people died when gunmen raided a market in Ostra, police said on Friday.\n\nThe gunmen fled north, Varn state police spokesman Bo Lund said.';
    expect((await cards(text)).map(([name]) => name)).toEqual(['Bo Lund']);
    // A spokesman of another body leaves the police card.
    const other = 'At least 25 people died when gunmen raided a market in Ostra, police said on Friday.\n\nThe gunmen fled north, Varn army spokesman Bo Lund said.';
    expect((await cards(other)).map(([name]) => name).sort()).toEqual(['Bo Lund', 'Police']);
  });
});


describe('described sources: coastguards, organisations, and the day a sentence opened with', () => {
  it('gives a card to a coastguard the words pick out', async () => {
    expect((await cards('A boat sank off Ostra. The national coastguard said on Sunday that the crew had left the boat before it sank.')).map(([name, kind]) => [name, kind])).toEqual([['National coastguard', 'government']]);
  });

  it('gives a card to organisations the words pick out, none to "both organisations"', async () => {
    expect((await cards('Troops fired on marchers in Ostra. Local rights organisations said on Friday that 300 people had been hurt.')).map(([name]) => name)).toEqual(['Local rights organisations']);
    expect(await cards('Troops fired on marchers in Ostra. Both organisations said on Friday that the march would go on.')).toEqual([]);
  });

  it('leaves the day out of a description the sentence opened with', async () => {
    expect((await cards('A bus fell into the Varn river. On Friday district officials told reporters that 14 people had died.')).map(([name, , , describedAs]) => [name, describedAs])).toEqual([['District officials', 'district officials']]);
  });
});

describe('one person the article introduces', () => {
  it('gives a card to "an official" and "a witness", none to "a source"', async () => {
    expect((await cards('The bodies had washed away in the Varn river, an official said.')).map(([name, kind, , , describes]) => [name, kind, describes])).toEqual([['Official', 'person', 'person']]);
    expect((await cards('Earlier a witness said she saw flames above Ostra.')).map(([name]) => name)).toEqual(['Witness']);
    expect(await cards('The bodies had washed away in the Varn river, a source said.')).toEqual([]);
  });
});

describe('a statement a described body issued', () => {
  it('gives a card to the body whose trade or place the statement names, where the article quotes the statement', async () => {
    const text = 'Gunmen raided a market in Ostra on Sunday.\n\n“The attackers came on foot and fled into the hills,” according to an army statement.';
    expect(await cards(text)).toEqual([['Army statement', 'government', 1, 'an army statement', 'body']]);
  });

  it('gives none to a statement whose words name no one', async () => {
    const text = 'Gunmen raided a market in Ostra on Sunday.\n\n“The attackers came on foot and fled into the hills,” according to a joint statement.';
    expect(await cards(text)).toEqual([]);
  });

  it('is one source with the body where the article also gives its words', () => {
    const said = (reportedBy: string): Claim => ({ kind: 'quote', text: 'x', attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } });
    const text = 'The Kelmor army said so. A Kelmor army statement said so too.';
    expect(describedBodies([said('the Kelmor army'), said('a Kelmor army statement')], text).map((c) => [c.name, c.forms])).toEqual([['Kelmor army', ['the Kelmor army', 'a Kelmor army statement']]]);
  });
});

describe('a described body whose words open with a people\'s adjective no pack knows', () => {
  it('gets the card, and the adjective read as a name is no cited source of its own', async () => {
    const text = 'A storm hit the coast of Ostra on Sunday.\n\nThe storm left 63 people dead, Kelmorese authorities said.';
    expect(await cards(text)).toEqual([['Kelmorese authorities', 'government', 1, 'Kelmorese authorities', 'body']]);
  });
});

describe('a described body a named channel cites', () => {
  it('gets a card beside the channel that passed its count on', async () => {
    const text = 'A quake struck Ostra on Sunday.\n\nThe toll rose to 84, the Kelmor Herald reported, citing the province’s emergency management authority.';
    expect((await cards(text)).map(([name, kind, , describedAs]) => [name, kind, describedAs])).toEqual([
      ['Kelmor Herald', 'outlet', null],
      ['Province’s emergency management authority', 'government', 'the province’s emergency management authority'],
    ]);
  });

  it('gives none to what is cited as a reason, nor to people the words do not pick out', async () => {
    const text = 'A quake struck Ostra on Sunday.\n\nThe toll rose to 84, the Kelmor Herald reported, citing safety concerns. Rescuers left the town, Bo Lund said, citing officials.';
    expect((await cards(text)).map(([name]) => name)).toEqual(['Kelmor Herald', 'Bo Lund']);
  });

  it('gets a card where a described text passed its count on ("the statement …, citing local media")', async () => {
    const text = 'A fever spread through Ostra in May.\n\nThe statement said 12 children had died of the fever in Kelmor, citing regional media.';
    expect((await cards(text)).map(([name]) => name)).toEqual(['Regional media']);
    // Counter-example: what the statement cites as a reason is no source.
    expect((await cards(text.replace('regional media', 'poor sanitation'))).map(([name]) => name)).toEqual([]);
  });
});
