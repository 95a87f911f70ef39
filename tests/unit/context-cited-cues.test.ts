// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { citedMentions } from '../../src/context/cited';

/** The names `text` cites, by name. */
function cited(text: string): string[] {
  return [...citedMentions(extract(text), text)].map((m) => m.name);
}

describe('cues that cite a name the claim did not go to', () => {
  it('cites the name after "according to", "figures from" and "provided by", not the owner of a possessive', () => {
    expect(cited('The Kelmor alliance said its planes hit a depot near the river, according to KTA.')).toContain('KTA');
    const figures = cited("Figures from Ostra's Social Affairs Ministry raised the number of dead by 261 to 14,978 on Wednesday.");
    expect(figures).toContain('Social Affairs Ministry');
    expect(figures).not.toContain('Ostra');
    expect(cited('The toll of 640, provided Tuesday by Ana Varn, an official at the Kelmor Ministry of Roads, was the highest yet.')).toContain('Ana Varn');
    // A name only mentioned stays uncited.
    expect(cited('The toll of 640 was the highest since Ana Varn took office in the spring.')).not.toContain('Ana Varn');
  });

  it('cites no person named inside the "of" phrase of a plural speaker opening the sentence', () => {
    expect(cited("Organisers of Saturday's rally against the state visit of Premier Ivo Dask claimed that 70,000 people took part.")).not.toContain('Ivo Dask');
    // The person who opens the sentence speaks.
    expect(cited('Premier Ivo Dask claimed that 70,000 people took part.')).toContain('Ivo Dask');
  });

  it('cites a name whose allegation or claim the article tells, with no verb of speech after it', () => {
    expect(cited('The Ostra home minister attacked opposition leader Ana Ruiz for her allegations that the count was rigged.')).toContain('Ana Ruiz');
    expect(cited("Kelmor rejected Bo Lund's claim that the dam had failed.")).toContain('Bo Lund');
    // Blamed for something done, not for something said: no claim of hers is told.
    expect(cited('The Ostra home minister attacked opposition leader Ana Ruiz for her absence from the count.')).not.toContain('Ana Ruiz');
  });

  it('cites names listed with the subject of a statement, each past a title in brackets', () => {
    const text =
      'Varn councillors Ana Ruizova (the council’s budget chief), Tomas Kelbrand (the deputy mayor) and Eva Dorotheu (the harbour commissioner) released a statement Friday thanking the boat crews.';
    expect(cited(text)).toEqual(expect.arrayContaining(['Ana Ruizova', 'Tomas Kelbrand', 'Eva Dorotheu']));
    // A name before the subject joined by a comma alone lists nothing; a statement read out is no statement issued.
    const other = cited('Unlike Dorvan Kelmo, Bo Lundqvist released a statement. Ana Ruizova released a hostage.');
    expect(other).toContain('Bo Lundqvist');
    expect(other).not.toContain('Dorvan Kelmo');
    expect(other).not.toContain('Ana Ruizova');
  });

  it('cites the body whose one unnamed official speaks, past dotted initials and an aside on why he goes unnamed', () => {
    const found = cited('One K.U. official, speaking on condition of anonymity, said the count was too high. A Varn Bank official, who asked not to be named, said loans would go on.');
    expect(found).toEqual(expect.arrayContaining(['K.U.', 'Varn Bank']));
    // An aside on anything else keeps the body out: the official is no one's word for it.
    expect(cited('One K.U. official, standing by the road, watched as the Ostra trucks passed.')).not.toContain('K.U.');
  });

  it('leaves uncited the wire a dateline credits, which filed the story, unless the story also cites it', () => {
    expect(cited('OSTRA CITY (KNA) — Floods killed 30 people in the north, the health ministry said on Monday.')).not.toContain('KNA');
    // A page may drop the dateline's date and leave its comma.
    expect(cited('OSTRA,  (Kelmor Wire) – Floods killed 30 people in the north, the health ministry said on Monday.')).not.toContain('Kelmor Wire');
    expect(cited('OSTRA CITY (KNA) — Floods killed 30 people in the north. A doctor told KNA that more were missing.')).toContain('KNA');
  });

  it('cites no event a cited person spoke at, but the body named after her as where she works', () => {
    expect(cited('“We will build tents,” said Darvo at the Kelmor Summit on Monday.')).not.toContain('Kelmor Summit');
    expect(cited('The toll rose to 40, said Ana Ruiz, director at the Ostra Health Board.')).toContain('Ostra Health Board');
  });

  it('cites the person a verb after a quotation names, past a title', () => {
    expect(cited('"The reports from the valley are grim," said U.N. Secretary-General Bo Lund in a statement.')).toContain('Bo Lund');
    expect(cited('The reports from the valley are grim, and Bo Lund has not visited yet.')).not.toContain('Bo Lund');
  });

  it('cites the person a report quoted "who claimed", and not one named after "who"', () => {
    expect(cited('KTV quoted the Red Cross spokesperson Bo Lund who claimed that 40 homes were buried.')).toContain('Bo Lund');
    expect(cited('KTV quoted the spokesperson as saying that 40 homes were buried near the farm of Bo Lund.')).not.toContain('Bo Lund');
  });

  it('reads a title with no commas and "of" a place between a subject and its verb, and keeps the place out', () => {
    const bare = cited('"About 30 people are lost," Ana Varn the District Commissioner for Kelmor told the Ostra News Agency.');
    expect(bare).toContain('Ana Varn');
    expect(bare).not.toContain('Kelmor');
    expect(cited('On the other hand, The Kelmor Vision of Peru published that eight bodies were retrieved.')).toContain('Kelmor Vision');
    expect(cited('On the other hand, The Kelmor Vision of Peru ran a photograph of the ridge.')).not.toContain('Kelmor Vision');
    expect(cited('Ana Varn has feared the toll could reach 900 as reports come in.')).toContain('Ana Varn');
  });

  it('cites a short name before its body\'s lower-case head and a verb of speech', () => {
    expect(cited('The OMC committee said in a statement that growth would slow next year.')).toContain('OMC');
    expect(cited('The OMC committee met in the capital on Tuesday.')).not.toContain('OMC');
  });

  it('does not cite a name cut from a school\'s name in a speaker\'s apposition, but cites a body named whole', () => {
    expect(cited('"The children ran," said Dana Holt, principal of Al Varna school.')).not.toContain('Al Varna');
    expect(cited('"It was horrible," said Bo Lund, director of Al Varna Trust.')).toContain('Al Varna Trust');
  });
});

describe('cues of rounds 46-48: kin outlets, passives, inverted verbs, unclosed appositions, "which"', () => {
  it('cites no outlet written only as the kin of the outlet that reports', () => {
    const kin = 'A mill also burned, Ostra Herald sister paper the Varn Courier reported.';
    expect(cited(kin)).toEqual(['Varn Courier']);
    // Where it reports for itself too, it stays cited.
    expect(cited(`The Ostra Herald reported the fire first. ${kin}`)).toContain('Ostra Herald');
  });

  it('cites a name "was cited as saying" follows, and the body whose workers counted', () => {
    expect(cited('— "Everyone to blame will be punished," Tomas Varno was cited as saying.')).toContain('Tomas Varno');
    expect(cited('By Monday, Kelmor Relief workers had counted at least 12 bodies in Ostra.')).toContain('Kelmor Relief');
    expect(cited('By Monday, Kelmor Relief workers had cleared the roads in Ostra.')).not.toContain('Kelmor Relief');
  });

  it('cites a person the verb before his lower-case title names', () => {
    expect(cited('A roll of 27 people still unaccounted for was kept at the depot, confirmed sub-inspector (SI) Tomas Kelvo Lund of the Ostra police post.')).toContain('Tomas Kelvo Lund');
    expect(cited('A roll of 27 people still unaccounted for was kept at the depot, and sub-inspector Tomas Kelvo Lund of the Ostra police post signed it.')).not.toContain('Tomas Kelvo Lund');
    // Words between that are no title: where he spoke, not who.
    expect(cited('Arok Venna, a farmer, said in shattered Varnmoor that 40 died.')).not.toContain('Varnmoor');
  });

  it('cites a name whose title apposition the writer left unclosed before "said"', () => {
    expect(cited('Arok Venna, KDF spokesperson said late Tuesday that the raids hit the north.')).toContain('Arok Venna');
    expect(cited('Arok Venna, KDF and the mill owners said late Tuesday that the raids hit the north.')).not.toContain('Arok Venna');
  });

  it('cites a name apposed to a title whose verb follows the closing comma', () => {
    expect(cited('“We hit the post at dawn,” the Kelmor Front’s military spokesman, Sheikh Arok Venna Dal, said.')).toContain('Arok Venna Dal');
    expect(cited('“We hit the post at dawn,” the Kelmor Front’s military spokesman said, naming Arok Venna Dal, a farmer.')).not.toContain('Arok Venna Dal');
  });

  it('cites no place a cited person’s police post is named after', () => {
    const names = cited('A roll of 27 people still unaccounted for was kept at the depot, confirmed sub-inspector (SI) Tomas Kelvo Lund of Varnmoor police outpost.');
    expect(names).toContain('Tomas Kelvo Lund');
    expect(names).not.toContain('Varnmoor');
  });

  it('cites no name "which" follows after "According to the president,"', () => {
    const names = cited('According to the president, Kelmor-PF, which has ruled Ostra since 1980, is the only party able to lead.');
    expect(names).not.toContain('Kelmor-PF');
  });
});

describe('a wire credited between slashes in the dateline', () => {
  it('leaves uncited the wire set between slashes after the dateline, unless the story also cites it', () => {
    const text = 'OSTRA, March 3. /KNA/. Kelmor’s Health Ministry said on Monday that 40 people died in the floods.';
    // The credit says a wire, as the bracketed one does; the wire filed the story and is no source inside it.
    expect(extract(text).mentions.find((m) => m.name === 'KNA')?.kind).toBe('outlet');
    expect(cited(text)).not.toContain('KNA');
    expect(cited('OSTRA, March 3. /KNA/. Floods killed 40 people. A doctor told KNA that more were missing.')).toContain('KNA');
  });

  it('still cites a wire whose slashes stand anywhere but after the dateline', () => {
    expect(cited('Floods killed 40 people in the north, the ministry said. /KNA/ reported that more were missing.')).toContain('KNA');
  });
});

describe('a party that bears an outlet’s name', () => {
  it('cites no name written only as the partner of a coalition, though an outlet bears it', () => {
    expect(cited('The Ostra Party may need to govern in a coalition with Axios after the vote in Varn.')).not.toContain('Axios');
  });

  it('cites the outlet where it also reports', () => {
    expect(cited('The Ostra Party may have to form a coalition with Axios after the vote, Axios reported on Monday.')).toContain('Axios');
  });
});

describe('a body an outlet cited as saying, and a subject that blames', () => {
  it('cites the name an outlet "cited … as saying"', () => {
    expect(cited('The Kelmor news agency KNA cited the Varn Liberation Front as saying two officers were among the dead.')).toContain('Varn Liberation Front');
    // Cited as an example, nothing said: only a body or person quoted speaks.
    expect(cited('The Kelmor news agency KNA cited the Varn Liberation Front in its report on the raids.')).not.toContain('Varn Liberation Front');
  });

  it('cites a subject that blames or accuses someone for a toll', () => {
    expect(cited('The Ostra Interior Ministry blamed the rebels for the deaths of 12 people.')).toContain('Ostra Interior Ministry');
    expect(cited('The Ostra Interior Ministry was blamed for the deaths of 12 people.')).not.toContain('Ostra Interior Ministry');
  });
});

describe('the author of a statement a speaker quotes', () => {
  it('cites the person a statement or letter is "by", also after "one"', () => {
    const text = 'Mrs Ana Varn, while reading from a statement by one Tomas Ruiz, a farmer near Ostra, said, “The river took forty homes in a single night.”';
    expect(cited(text)).toContain('Tomas Ruiz');
    expect(cited('Ana Varn read out a letter written by Tomas Ruiz to the families of Ostra on Monday.')).toContain('Tomas Ruiz');
  });
  it('leaves a name only mentioned beside a statement uncited', () => {
    expect(cited('Ana Varn issued a statement on Monday, a day after Tomas Ruiz left the Ostra council.')).not.toContain('Tomas Ruiz');
  });
});

describe('a name spoken of is no body spoken for', () => {
  it('leaves uncited the name a person said something of, after the apposition of her own body', () => {
    const text = 'Ana Ruiz, of the dockers’ union in Varnholm, said of the Kestrel Point closure: “Nobody asked the crews.”';
    const names = cited(text);
    expect(names).toContain('Ana Ruiz');
    expect(names).not.toContain('Kestrel Point');
    // The apposition alone still names the body she speaks for.
    expect(cited('Ana Ruiz, of the Varnholm Pilots Guild, said the closure was rushed.')).toContain('Varnholm Pilots Guild');
  });
});

describe('a body a cited name is held in', () => {
  it('does not cite the jail or ward where the apposition says the speaker is held or treated', () => {
    const text = '"The guards fled first," said Bo Lund, 31, an inmate in the east wing of the Varn Keep who was freed on Monday.';
    expect(cited(text)).toContain('Bo Lund');
    expect(cited(text)).not.toContain('Varn Keep');
  });

  it('still cites the body a cited name works for', () => {
    expect(cited('"The guards fled first," said Bo Lund, 31, a warden in the east wing of the Varn Keep.')).toContain('Varn Keep');
  });
});

describe('a name after a lower-case noun’s "of", before the verb', () => {
  it('cites no name that a visit, a policy or a group is of', () => {
    const text = "Critics of the planned visit of Premier Tomas Varga claimed that up to 90,000 people marched in Ostra.";
    expect(cited(text)).not.toContain('Tomas Varga');
    expect(cited('Supporters of Ana Kelm said 4,000 people signed the letter.')).not.toContain('Ana Kelm');
  });
  it('still cites a person after a title’s "of" and a portfolio', () => {
    expect(cited('The minister of Health Ana Kelm said 4,000 people were treated.')).toContain('Ana Kelm');
  });
});
