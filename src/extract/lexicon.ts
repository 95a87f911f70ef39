/**
 * Compact word lists for English news. Kept as space-separated strings (small when minified) and
 * matched in lower case. They cover the common case only; a gazetteer refines kinds at run time.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const list = (names: string): ReadonlySet<string> => new Set(names.split(','));

/** Capitalised only because they open a sentence or a quote; never the start of a name. */
/** Articles and possessives that open a noun phrase ("the", "its"). */
export const ARTICLES: readonly string[] = ['a', 'an', 'the', 'its', 'his', 'her', 'their'];
/** The articles alone, which open a description of a role ("a senior leader of …", "the spokesperson of …"). */
export const BARE_ARTICLES = set('a an the');

/** Possessive determiners, which open a phrase as "the" does ("their spokesman", "in his speech"). */
export const POSSESSIVES: ReadonlySet<string | undefined> = new Set(['its', 'his', 'her', 'their']);

export const FUNCTION_WORDS = set(
  'a an the this that these those there here it its he she they we i you his her their our my your him them us me ' +
    'who what when where why how which whose while with without over nearly others other some many most more much ' +
    'several all both each every any no not none but and or so yet if although though whereas whilst because since after before ' +
    'during despite until unless as at in on of for from by to into about above below under between among through ' +
    'across against towards toward near also still just only even meanwhile however moreover instead indeed then now ' +
    'today yesterday tomorrow tonight last next earlier later recently once first another such almost around roughly ' +
    'according asked speaking unlike like amid following ahead inside outside within perhaps maybe yes oh please ' +
    'dear thanks one two three four five six seven eight nine ten half less fewer least whether whatever whoever ' +
    'eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty ' +
    'seventy eighty ninety hundred ' +
    'let nor thus hence therefore still already again sometimes often never always upon via per latest ' +
    'behind beyond beneath beside besides along alongside throughout underneath onto furthermore additionally nevertheless nonetheless likewise neither either ' +
    "i’m i'm i’ll i'll i’ve i've i’d i'd",
);

/** Nouns that open sentences ("Reports have surfaced", "Officials said"): not names when alone. */
export const COMMON_NOUNS = set(
  'reports report activists activist officials official sources source failure police authorities residents media ' +
    'witnesses critics experts analysts researchers scientists doctors people protesters demonstrators lawmakers ' +
    'investigators prosecutors officers troops soldiers workers students parents children women men families victims ' +
    'survivors supporters opponents leaders members voters users customers companies governments countries news data ' +
    'figures numbers estimates statistics studies documents records accounts filings results images photos video footage rumours rumors claims ' +
    'allegations questions concerns fears hopes plans talks negotiations efforts attempts calls demands changes ' +
    'prices sales shares markets rates taxes costs funding support pressure violence attacks fighting clashes protests ' +
    'rights freedom security health education climate energy water food housing crime immigration migrants refugees ' +
    'fans players teams clubs everyone everybody someone somebody nobody anyone something nothing everything ' +
    'government officers staff campaigners organisers organizers observers diplomats journalists reporters editors ' +
    'readers viewers listeners citizens locals neighbours neighbors relatives friends colleagues partners rivals ' +
    'success progress growth inflation unemployment turnout evidence testimony research analysis polls surveys ' +
    'details records reports updates commuters passengers shoppers travellers travelers motorists drivers patients ' +
    'pilgrims tourists visitors',
);

export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec',
);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
/** The parts of a day that may follow its name ("Sunday morning", "late on Monday night"). */
export const DAY_PARTS = set('morning afternoon evening night');
export const HOLIDAYS = set(
  'ramadan eid christmas easter hanukkah passover diwali thanksgiving halloween lent advent pentecost yom kippur ' +
    'rosh hashanah xmas',
);

/** Acronyms and labels that name no actor or place. */
export const GENERIC_ACRONYMS = set(
  'lgbt lgbtq lgbtq+ lgbti lgbtqi lgbtqia lgbtqia+ lgbt+ covid covid-19 hiv aids gdp ai tv dna ok pm am bc ad faq pdf ' +
    'id vip diy fyi asap rip sms gps usb wifi ngo ngos isp url gmt utc vat ipo etf nft suv atm pc sars mers ptsd adhd ' +
    'ivf mp mps mep meps ceo cfo cto coo ceos q&a tbc tba gaap',
);

/** Nationality and group adjectives: not entities when used alone ("Chechens", "Russian"). */
export const DEMONYMS = set(
  'american americans russian russians british briton britons english french german germans chinese japanese indian ' +
    'indians pakistani pakistanis afghan afghans iranian iranians iraqi iraqis syrian syrians israeli israelis ' +
    'palestinian palestinians saudi saudis turkish turk turks egyptian egyptians ukrainian ukrainians polish italian ' +
    'italians spanish spaniard spaniards portuguese dutch belgian belgians swiss austrian austrians swedish swede swedes ' +
    'norwegian norwegians danish dane danes finnish finn finns irish scottish scot scots welsh canadian canadians ' +
    'mexican mexicans brazilian brazilians argentine argentinian argentinians chilean chileans colombian colombians ' +
    'venezuelan venezuelans cuban cubans peruvian peruvians australian australians korean koreans vietnamese thai ' +
    'filipino filipinos indonesian indonesians malaysian malaysians nigerian nigerians kenyan kenyans ethiopian ' +
    'ethiopians chechen chechens dagestani georgian georgians armenian armenians azerbaijani azerbaijanis kazakh ' +
    'kazakhs uzbek uzbeks belarusian belarusians hungarian hungarians czech czechs slovak slovaks romanian romanians ' +
    'bulgarian bulgarians serbian serbians serb serbs croatian croatians croat croats bosnian bosnians greek greeks ' +
    'cypriot cypriots lebanese jordanian jordanians yemeni yemenis qatari qataris emirati emiratis kurdish kurd kurds ' +
    'european europeans african africans asian asians arab arabs arabic latin latino latinos western eastern northern ' +
    'southern soviet soviets muslim muslims islamic christian christians jewish jew jews hindu hindus buddhist buddhists ' +
    'catholic catholics protestant protestants sunni shia shiite orthodox sikh sikhs taiwanese tibetan uighur uyghur ' +
    'uighurs uyghurs tatar tatars moldovan lithuanian latvian estonian slovenian albanian kosovar libyan libyans ' +
    'tunisian algerian moroccan moroccans sudanese somali somalis ugandan rwandan congolese ghanaian senegalese ' +
    'zimbabwean bangladeshi nepali nepalese burmese cambodian singaporean mongolian icelandic philippine lao laotian ' +
    // Party members are groups, not named actors ("Labour" or "Republican Party" are kept by their head words).
    'democrat democrats republican republicans tory tories',
);

/** Lower-case words of a people's share of a land ("minority Varnis", "the Kelmese majority", "the Varn ethnic group"). */
export const PEOPLE_SHARES = set('minority majority ethnic');

/**
 * The nouns a whole crowd is counted in: people, or what they came to do ("9,000 marchers", "40,000 demonstrators", "15,000 attendees"). One list
 * for the extractor, where a figure in them counts a crowd (figures/crowds.ts), and for the rows, where counts in any two of
 * them are one crowd's rival counts and any of them counts people (context/discrepancies.ts): a noun added here counts in both.
 */
export const CROWD_NOUNS = set('people persons demonstrators protesters protestors marchers participants attendees');

/**
 * The nouns a list of people is made of ("men, women and children", "90 boys and girls"), the first four saying the sex.
 * One list for the aboard reader, where a list of them counts people (figures/figure-events.ts), and for the rows, where a
 * toll split by sex ("fourteen women and seven men") has parts, no rival (context/discrepancies.ts).
 */
export const SEXED_PEOPLE = ['women', 'men', 'girls', 'boys'] as const;
export const LISTED_PEOPLE = [...SEXED_PEOPLE, 'children', 'adults', 'infants', 'babies', 'minors'] as const;

/** Plural nouns for crowds of people, which a people's name qualifies ("Kelmese Protesters", "Varni Refugees"). */
export const PEOPLE_GROUPS = set('protesters protestors marchers demonstrators villagers refugees migrants civilians residents pilgrims');

/** Oceans and seas named by one word, which an outlet may share ("the Atlantic"): "in the Atlantic" is the ocean. */
export const OCEANS = set('atlantic pacific arctic antarctic mediterranean caribbean baltic');

/** Countries, regions and large cities (exact lower-case names, comma-separated as some have spaces). */
export const PLACES = list(
  'us,usa,u.s,u.s.a,uk,u.k,united states,united kingdom,britain,great britain,england,scotland,wales,' +
    'northern ireland,ireland,france,germany,russia,china,japan,india,pakistan,afghanistan,iran,iraq,syria,israel,' +
    'palestine,gaza,west bank,saudi arabia,turkey,egypt,ukraine,crimea,poland,italy,spain,portugal,netherlands,' +
    'holland,belgium,switzerland,austria,sweden,norway,denmark,finland,iceland,canada,mexico,brazil,argentina,chile,' +
    'colombia,venezuela,cuba,peru,australia,new zealand,south korea,north korea,korea,vietnam,thailand,philippines,' +
    'indonesia,malaysia,singapore,nigeria,kenya,ethiopia,south africa,chechnya,dagestan,ingushetia,georgia,armenia,' +
    'azerbaijan,kazakhstan,uzbekistan,belarus,hungary,czech republic,czechia,slovakia,romania,bulgaria,serbia,' +
    'croatia,bosnia,kosovo,greece,cyprus,lebanon,jordan,yemen,qatar,uae,united arab emirates,kuwait,bahrain,oman,' +
    'libya,tunisia,algeria,morocco,sudan,south sudan,somalia,uganda,rwanda,congo,ghana,senegal,mali,niger,zimbabwe,' +
    'zambia,angola,mozambique,tanzania,cameroon,bangladesh,sri lanka,nepal,myanmar,burma,cambodia,laos,taiwan,' +
    'hong kong,tibet,xinjiang,mongolia,europe,asia,africa,america,north america,south america,latin america,' +
    'middle east,antarctica,arctic,balkans,caucasus,north caucasus,siberia,scandinavia,caribbean,haiti,jamaica,' +
    'ecuador,bolivia,paraguay,uruguay,guatemala,honduras,el salvador,nicaragua,costa rica,panama,' +
    'dominican republic,puerto rico,greenland,luxembourg,monaco,malta,estonia,latvia,lithuania,moldova,slovenia,' +
    'albania,north macedonia,macedonia,montenegro,kyrgyzstan,tajikistan,turkmenistan,eritrea,liberia,sierra leone,' +
    'ivory coast,botswana,namibia,madagascar,fiji,maldives,bhutan,brunei,mauritius,seychelles,malawi,burkina faso,benin,gabon,togo,lesotho,djibouti,london,paris,berlin,moscow,washington,new york,los angeles,' +
    'chicago,san francisco,boston,beijing,shanghai,tokyo,delhi,new delhi,mumbai,kabul,baghdad,damascus,tehran,' +
    'jerusalem,tel aviv,cairo,istanbul,ankara,kyiv,kiev,warsaw,rome,madrid,barcelona,lisbon,amsterdam,brussels,' +
    'geneva,zurich,vienna,stockholm,oslo,copenhagen,helsinki,dublin,edinburgh,glasgow,manchester,birmingham,' +
    'liverpool,toronto,montreal,vancouver,ottawa,sydney,melbourne,hamburg,munich,frankfurt,milan,athens,budapest,' +
    'prague,bucharest,sofia,belgrade,minsk,st petersburg,saint petersburg,grozny,tbilisi,baku,yerevan,riyadh,dubai,' +
    'doha,beirut,amman,karachi,lahore,islamabad,kolkata,calcutta,chennai,bengaluru,bangalore,hyderabad,guangzhou,shenzhen,chongqing,wuhan,chengdu,osaka,abuja,kinshasa,addis ababa,dhaka,bangkok,hanoi,manila,jakarta,seoul,pyongyang,lagos,nairobi,' +
    'johannesburg,cape town,mexico city,sao paulo,são paulo,rio de janeiro,buenos aires,bogota,bogotá,lima,caracas,' +
    'havana,kharkiv,odesa,odessa,mariupol,donetsk,luhansk,alabama,alaska,arizona,arkansas,california,colorado,' +
    'connecticut,delaware,florida,hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,' +
    'massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,' +
    'new mexico,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina,' +
    'south dakota,tennessee,texas,utah,vermont,virginia,west virginia,wisconsin,wyoming,' +
    // India's states, as the US's: "Kelmor and Bihar logged nine deaths apiece" names where the deaths were counted.
    'andhra pradesh,arunachal pradesh,assam,bihar,chhattisgarh,gujarat,haryana,himachal pradesh,jharkhand,karnataka,' +
    'kerala,madhya pradesh,maharashtra,manipur,meghalaya,mizoram,nagaland,odisha,orissa,rajasthan,sikkim,tamil nadu,' +
    'telangana,tripura,uttar pradesh,up,uttarakhand,west bengal,punjab,sindh,balochistan,khyber pakhtunkhwa,' +
    // Names with an "and" of their own: known whole, they are not split into two names there.
    'antigua and barbuda,jammu and kashmir,bosnia and herzegovina,saint kitts and nevis,st kitts and nevis,são tomé and príncipe,' +
    'sao tome and principe,trinidad and tobago,turks and caicos islands',
);

/** Government bodies known by name. */
export const GOVERNMENT_NAMES = list(
  'white house,kremlin,downing street,congress,senate,house of representatives,house of commons,house of lords,' +
    'parliament,duma,state duma,pentagon,state department,foreign office,home office,treasury,elysee,élysée,' +
    'bundestag,knesset,supreme court,european commission,european parliament,whitehall,scotland yard,' +
    'metropolitan police,met police,fbi,cia,nsa,fsb,kgb,mi5,mi6,capitol,capitol hill',
);

/** Last words that make a name a government body; "Ministry"/"Department" also work as first word. */
export const GOVERNMENT_HEADS = set(
  'ministry department office police constabulary parliament government administration court army navy military ' +
    'guard guards senate congress cabinet assembly prosecutor prosecutors survey service directorate inspectorate secretariat embassy ' +
    'consulate judiciary legislature command corps force coastguard ' +
    // "the Generalitat de Kelmor", "the Xunta": a Spanish region's government.
    'generalitat xunta',
);

/**
 * Short forms of ministries, written as short forms ("MoFA", "MFA", "MEA", "MoD"), alone or after
 * their country ("Pakistan MoFA"): the name is a government body. Not "MoMA", a museum.
 */
export const MINISTRY_SHORT_FORMS = set('mofa mfa mea mod mof moj moha mohfw mofcom');

/** Heads of public bodies that, capitalised alone ("the Government", "the Court", "the Office"), name no body a reader could look up. */
export const GENERIC_BODIES = set('government administration court office');

/**
 * A company's own words for itself, capitalised alone ("The Group's profit rose", "the Company said"): the
 * company the text is about, not a body of that name.
 */
export const SELF_NAMED_FIRMS = set('group company bank');

/** Legal forms of companies that end their names ("Siemens AG", "Nestlé SA"), written as short forms. */
export const COMPANY_FORMS = set('ag sa nv gmbh spa bv ab');

/** Last words of organisation names. */
export const ORG_HEADS = set(
  'network council campaign foundation institute institution association union party group watch international ' +
    'committee commission society centre center fund bank university college school academy trust alliance ' +
    'coalition federation league movement organisation organization agency corporation corp inc ltd llc plc company ' +
    'co partners holdings industries airlines airways motors bureau board authority project initiative front ' +
    'brigade church hospital museum library club fc labs laboratory services systems technologies partnership polling securities ' +
    'consortium cooperative mission crescent cross panel tribunal forum observatory secretariat exchange chamber',
);

/** Words inside outlet names ("Novaya Gazeta", "Sky News"). */
export const OUTLET_WORDS = set(
  'news times post gazette gazeta journal tribune herald telegraph guardian observer express mail mirror chronicle ' +
    'daily weekly magazine review standard monitor radio tv television broadcasting press wire insider economist ' +
    'inquirer courier examiner globe bulletin dispatch ledger register gazzetta zeitung spiegel pravda izvestia ' +
    'kommersant vedomosti figaro ' +
    // "the Ostra Bee": a paper's name.
    'bee',
);

/**
 * Heads of public bodies named after their country ("Pakistan Bureau of Statistics", "Japan
 * Meteorological Agency") or as national ones; a council only as a national one ("National
 * Disaster Risk Reduction and Management Council", not the "Norwegian Refugee Council").
 */
export const PUBLIC_HEADS = set('bureau authority agency commission');
export const NATIONAL_HEADS = set('bureau authority agency commission council board');

/**
 * Fields of public services: before a lower-case head right before a name ("the weather bureau
 * PAGASA", "the space agency NASA", "the tax authority HMRC") they make the name a public body.
 */
export const PUBLIC_FIELDS = set('weather meteorological statistics statistical disaster space census election electoral tax revenue immigration customs environment environmental');

/**
 * Last words that make an outlet of an outlet word before them ("Xinhua News Agency", "Press Agency", "News Service",
 * the newspaper "Times Leader").
 */
export const WIRE_HEADS = set('agency service leader');

/** Major outlets, keyed in lower case; the value keeps the usual spelling for canonical names. */
export const OUTLETS: ReadonlyMap<string, string> = new Map(
  (
    'BuzzFeed,BuzzFeed News,Reuters,BBC,BBC News,CNN,AP,Associated Press,AFP,Agence France-Presse,Bloomberg,' +
    'Al Jazeera,NBC,NBC News,ABC News,CBS,CBS News,Fox News,MSNBC,NPR,PBS,New York Times,Washington Post,' +
    'Wall Street Journal,Guardian,Telegraph,Financial Times,Economist,Politico,Axios,Vice News,Vox,HuffPost,' +
    'Huffington Post,Daily Mail,Independent,Sky News,Euronews,DW,Deutsche Welle,France 24,RT,Sputnik,TASS,Interfax,' +
    'RIA Novosti,Xinhua,Novaya Gazeta,Meduza,Kommersant,New Yorker,Newsweek,USA Today,Los Angeles Times,' +
    'Yahoo News,Breitbart,The Hill,PinkNews,Advocate,Slate,Salon,ProPublica,Mother Jones,Der Spiegel,Le Monde,' +
    'El País,Haaretz,Times of Israel,Bellingcat,Anadolu,Anadolu Agency,Kyodo,Yonhap,Vedomosti,Telemundo,' +
    // Egypt's state news agency (Middle East News Agency); the medical journal.
    'MENA,Middle East News Agency,Lancet,' +
    // Germany's news agency (Deutsche Presse-Agentur); the Daily Mail's website.
    'DPA,Deutsche Presse-Agentur,Mail Online,MailOnline'
  )
    .split(',')
    .map((n) => [n.toLowerCase(), n] as const),
);

/**
 * International organisations known by name, whose words have no head that says so ("United
 * Nations"). Not in KNOWN_NAMES: they split and merge as any name does.
 */
export const ORGANIZATION_NAMES = list('united nations,un,nato,unhcr,unicef,unesco,unrwa,european union,eu,opec,interpol,icrc,msf');

/** Armed and political movements known by one name with no head that says what they are. */
export const MOVEMENT_NAMES = list('taliban,hamas,hezbollah');

/** The places, outlets and government bodies above in one set, for the many lookups that ask for any of them. */
export const KNOWN_NAMES: ReadonlySet<string> = new Set([...PLACES, ...OUTLETS.keys(), ...GOVERNMENT_NAMES]);

/**
 * Words that describe someone or something right before its name ("Young Boris Singh came on",
 * "Incumbent president …"): capitalised at a sentence start only, they never open the name.
 */
export const DESCRIPTORS = set(
  'young teenage teenager youngster veteran rookie debutant striker midfielder defender winger goalkeeper keeper ' +
    'skipper substitute incumbent outgoing embattled ousted jailed exiled beleaguered ' +
    // Of a group's members ("Remnant Taleban fighters", "Suspected Kelmor rebels").
    'remnant remaining suspected alleged rival ' +
    // Of an address to one's own people ("Fellow Kelmorians, …").
    'fellow',
);

/** Last words of sports clubs' names ("Leeds United", "Blackburn Rovers"); no heads, as they open other names. */
export const TEAM_WORDS = set('united rovers wanderers athletic albion');

/** Words that, just before a name, say it is an outlet. */
export const OUTLET_CUES = set(
  'newspaper magazine broadcaster outlet website site channel daily tabloid paper station publication weekly radio ' +
    'television blog newswire journal',
);

/** Words that, just before a name or in an apposition after it, say it is an organisation. */
export const ORG_CUES = set(
  'group organisation organization charity company firm ngo nonprofit non-profit watchdog party association union ' +
    'thinktank foundation coalition institute body movement bank lender retailer startup insurer airline club team ' +
    'brand manufacturer giant maker campaign network agency consortium conglomerate regulator operator alliance bloc',
);

/** Nouns of a body of members (states, parties), any of which a text may use for one such body it named with another ("the regional body X … the 15-nation bloc said"). */
export const MEMBER_BODY_NOUNS = set('bloc alliance coalition body grouping');

/**
 * Words that turn a name before a hyphen into an adjective ("Berlin-based Politico", "an Abu
 * Dhabi-backed consortium"): the name ends at the hyphen, and the next capitalised word starts another.
 */
export const NAME_ADJECTIVE_SUFFIXES = set(
  'based backed led owned funded financed run operated controlled ruled held occupied annexed sponsored ' +
    'supported allied aligned affiliated linked born bred made style era dominated focused centred centered ' +
    'speaking registered headquartered brokered mediated appointed installed imposed inspired leaning wide listed',
);

/** Event words: last word of a name ("G20 Summit", "World Cup", "Pushkar Mela", a fair in South Asia). */
export const EVENT_HEADS = set(
  'summit olympics games cup conference war election elections festival championship championships expo tournament ' +
    'marathon awards prix referendum convention olympiad prize prizes mela',
);

/** Plural nouns of events a year names after "the" ("the 1999 elections", "the 2010 floods"): no count of them. */
export const YEAR_NAMED_EVENTS = set('elections polls games olympics riots floods wars protests talks attacks bombings clashes uprisings massacres earthquakes');

/** Words that open the name of a storm ("Cyclone Idai", "Hurricane Katrina"): the name is an event. */
export const STORM_WORDS = set('hurricane typhoon cyclone storm');

/** Place nouns: lower-case after a name ("the Sichuan province") or as its last word ("Orange County"). */
export const PLACE_NOUNS = set('region province district county prefecture territory municipality oblast governorate republic kingdom emirate principality');
/** Place nouns that say so only lower-case after a name: "Manchester City" and "Islamic State" are no places. */
export const PLACE_CUES = set('state city town village valley island');

/**
 * Lower-case heads that make the name right before them a public body: "WA police", "Kenyan army",
 * "the Sichuan provincial government", "Hungary's border guards". With no name before them ("local police", "a county
 * government") they name no one a reader could look up, so they make no mention.
 */
export const BODY_HEADS = set('police army military navy government guards');
/** Level words between a name and its body's head ("Sichuan provincial government", "Lagos state police"). */
export const BODY_LEVELS = set('provincial state federal county regional municipal city national central district metropolitan local border');

/** Last words of the names of built places, often named after people ("Rajiv Gandhi Stadium", "Nelson Mandela Square"). */
export const FACILITY_HEADS = set('airport stadium arena road street avenue square bridge highway cemetery graveyard monument memorial plaza');

/** Last words of the names of landforms and waters ("the Kelmor Valley", "the Ostra Hills", "off the Tarvish Sea"): the name is a place. */
export const LANDFORM_HEADS = set('valley valleys hills mountains plateau peninsula basin desert delta coast coastline plains archipelago ocean sea gulf');
/** Words after a place's name that say a vote held there: "the Kelmu by-elections", "the Varn bypoll". */
export const SEAT_VOTES = set('by-election by-elections bypoll bypolls by-poll by-polls constituency');

/** First words of geographic names ("Mount Everest", "Lake Chad", "San Juan", "Co Galway"): the name is a place. */
export const GEO_OPENERS = set('mount mt lake cape river fort san santa co');

/** Compass words that make a region of a known place ("South Asia", "Northern England"). */
export const COMPASS_WORDS = set('north south east west northern southern eastern western central northeast northwest southeast southwest');
/** Compass directions as a place's bearing from another ("55 miles northeast of", "100 km north of"). */
export const DIRECTIONS = set('north south east west northeast northwest southeast southwest north-east north-west south-east south-west');

/** Portfolio words that also name a body on their own: "Labour won", "the Treasury said". */
export const MODIFIERS_THAT_NAME = set('labour labor treasury');

/** Titles that sit before a person's name and are split off it. */
export const ROLE_HEADS = set(
  'president minister secretary chancellor spokesperson spokesman spokeswoman ceo cfo coo cto cio director senator sen governor gov consul consul-general vice-consul secretary-general director-general statistician-general ' +
    'mayor candidate nominee king queen pope chairman chairwoman chair chairperson judge colonel col captain capt lieutenant lt ' +
    'commissioner ambassador representative rep congressman congresswoman premier prince princess sheikh archbishop ' +
    'bishop cardinal rabbi imam dr doctor mr mrs ms sir dame lord lady professor prof commander inspector sergeant sgt ' +
    'detective leader speaker founder editor coach manager officer chief attorney prosecutor councillor councilor councilman ' +
    'councilwoman councilmember alderman alderwoman emir ayatollah patriarch superintendent constable marshal admiral sheriff treasurer mp mep gen ' +
    'president-elect governor-elect mayor-elect prime-minister-designate ' +
    // Ranks, and Irish titles of office (TD: a member of the Dáil). "Maj." is only ever a rank ("Maj. Gen. Ana Ruiz"); "major" is a common word.
    'brigadier corporal magistrate td tánaiste taoiseach maj ' +
    // Written abbreviations of titles: foreign minister, external affairs minister, chief minister.
    'fm eam cm ' +
    // A lawyer's title ("defence counsel", "general counsel").
    'counsel ' +
    // A cleric's title ("Rev. Father Ana Ruiz", "the Reverend Ana Ruiz").
    'rev reverend ' +
    // A member of a parliament written as a title ("Parliamentarian Ana Ruiz").
    'parliamentarian ' +
    // An engineer's title, written short ("Eng. Ana Ruiz", "Engr Ana Ruiz").
    'eng engr ' +
    // A federal investigator's title ("Special Agent Ana Ruiz", "Special Agent in Charge Ana Ruiz").
    'agent ' +
    // Offices named by what they do, written as titles before a name ("Civil Surgeon Ana Ruiz", "Relief Coordinator Ana Ruiz").
    'surgeon coordinator ombudsman',
);

/** A title a text calls its holder by once named with another ("Prime Minister Ana Ruiz … the premier said"): the other title's words. */
export const TITLE_SYNONYMS: ReadonlyMap<string, string> = new Map([['premier', 'prime minister']]);

/**
 * Political labels capitalised before a person's name ("Independent Ana Ruiz", a member of no party):
 * the person's role, where a given name follows; elsewhere they open names ("Independent Electoral Commission").
 */
export const POLITICAL_LABELS = set('independent');

/** Words that qualify an office only, never a body ("Honorary Adviser", "Special Envoy"). */
export const OFFICE_QUALIFIERS = set('honorary special');

/** Words that extend a title to the left ("Prime Minister", "Deputy Foreign Minister"). */
export const ROLE_MODIFIERS = set(
  'prime foreign vice deputy home defence defense interior finance health chief executive attorney state first ' +
    'former acting interim supreme grand assistant associate senior junior managing trade economy education justice ' +
    'culture energy environment transport labour labor agriculture treasury security national press communications ' +
    'financial operating technology marketing commercial medical scientific information investment legal general ' +
    'city county district town federal country civil regional',
);

/**
 * Portfolio nouns of a title written "Minister for Power", "Minister of Foreign Affairs" (the
 * portfolio adjectives are ROLE_MODIFIERS): the person's name starts after them.
 */
export const PORTFOLIO_WORDS = set(
  'affairs power water resources petroleum planning development information broadcasting railways commerce ' +
    'industry industries production science housing works aviation tourism sport sports youth women welfare ' +
    'relations employment immigration revenue climate change environment mines mining oil gas infrastructure ' +
    'food textiles ports shipping fisheries forestry privatisation privatization transportation ' +
    // "Secretary of State for Civil Protection".
    'civil protection defence defense emergencies ' +
    // "Health and Child Care minister", "Women and Child Development": the care of children is a portfolio too.
    'child care childcare',
);

/**
 * Currency codes written right before an amount ("Rs 500 crore", "KSh 80 billion", "PHP2.03 billion",
 * "P433.4 million"), matched as written; the letters before "$" ("US$", "HK$") are codes too.
 */
export const CURRENCY_CODES = set(
  'P PHP Php Rs Re INR KSh Ksh KES Sh TSh USh UGX TZS N NGN R ZAR RM Rp IDR Tk BDT PKR LKR NPR GHS ETB EGP ' +
    'Dh Dhs AED SAR QAR USD EUR GBP JPY CNY RMB HKD AUD CAD NZD SGD CHF SFr Bt THB HRK MYR VND KRW TWD BRL MXN ARS ' +
    'RUB UAH PLN CZK HUF RON SEK NOK DKK ILS ZMW MWK RWF MAD TND TL',
);

/** Colours, whose pairs nickname teams ("the Red and Golds", "the Black and Whites"). */
export const COLOURS = set('red gold white black blue green yellow orange purple maroon claret navy amber silver scarlet crimson violet');

/** Generational suffixes written after a person's name ("Marcos Jr", "Henry Ford II"). */
export const NAME_SUFFIXES = set('jr sr ii iii iv');

/** Abbreviations whose full stop ends neither a sentence nor a name. */
export const ABBREVIATIONS = set(
  'mr mrs ms dr st jr sr gen sen rep gov lt col capt prof sgt inc ltd co corp vs etc jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec mt ft approx dept univ rs p rev maj brig cpl adm lieut eng engr',
);

/** Lower-case words that may join capitalised words inside one name. */
export const CONNECTORS = set('of for the de and on in to du da di la le van von der den del al bin es');

/** Particles inside a person's name ("da Silva", "von der Leyen"); "of" and "for" join institutions' names. */
export const NAME_PARTICLES = set('da de di do dos das du del della van von der den la le al bin');
/** Balinese birth-order names, which follow the one-letter "I" that opens a man's name ("I Made Kelmo"). */
export const BALINESE_BIRTH_NAMES = set('wayan putu gede made kadek nengah nyoman komang ketut');

/** Connectors that join only institutional names ("Institute for Fiscal Studies"), never two people. */
export const WEAK_CONNECTORS = set('for the and on in to');

/** Given names, to recognise people ("Enrique Torre Molina") without a title or a quote. */
export const GIVEN_NAMES = set(
  'aaron adam adrian ahmed alan alex alexander alexandra alexei alexey ali alice alison amanda amy ana andrea andrew ' +
    'andrei andrzej angela anna anne anthony antonio antony barack barbara ben benjamin bernie beth bill bob boris ' +
    'brian carlos carol caroline catherine charles charlie chad chris christian christina christine christopher ' +
    'claire daniel david deborah dennis diana dmitry donald dominic edward elena elizabeth elon emily emma emmanuel ' +
    'enrique eric fatima francis frank gary george giorgia gordon hannah harry helen henry hillary hugo ian igor ivan ' +
    'jack jacob jair jake james jane janet jason jean jeff jeffrey jennifer jeremy jessica jim joe john jonathan jose ' +
    'josé joseph joshua juan julia julian justin kamala karen kate katherine keir kevin kim lara laura lisa liz louis ' +
    'lucy luis lyudmila maria marie marine mark martin mary matthew maxim michael michelle mike mitch mohammed ' +
    'muhammad nancy narendra natalia nicholas nick nicola nicolas nigel olaf oleg olga oliver pablo patrick paul pedro ' +
    'peter philip rachel ramzan rebecca recep richard rishi robert ron ruth ryan sam samuel sarah scott sergei sergey ' +
    'simon sophie stephen steve steven susan theresa thomas tim tom tony valentina viktor vladimir volodymyr william ' +
    'xi yulia yuri ' +
    // Common given names of other European and English-speaking countries.
    'alfredo anders andrej annalena anke astrid berit bradley brandon brett bruce carl chloe colin craig darren ' +
    'derek diane donna doug douglas dylan eddie erik erin ethan evan fiona francesco francois françois fred ' +
    'friedrich gavin gennady gerhard giorgio giovanni giuseppe glenn graham greg gregory greta gwendolyn hans ' +
    'helmut howard ingrid irina jacques jamie jared jens jenny jill joan joanne joel jon josh joyce judy julie ' +
    'jürgen karl katie keith kelly kenji klaus kristin kyle larry lars lee lena leon linda lindsay lindsey ' +
    'louise luca lucas luke lynn magdalena marco marcus margaret margie marjorie markus martha mateusz matt ' +
    'matteo megan melanie melissa mette mikhail molly monica nadia natalie natalya nathan neil nicole nikolai ' +
    'nikolay noah norman oksana olena oleksandr olivier owen pamela paolo petr petro phil phillip pierre ralph ' +
    'randy rick rita roger ronald roy russell samantha sandra sanna sara sean seth shane sharon shaun sheila ' +
    'shirley silvio stanley stefan stefano stuart svetlana sven tamara tanya tatiana tatyana teresa terry ' +
    'tiffany timothy todd tove tracy travis trevor tyler ursula vanessa vera victor vincent vitali vitaliy ' +
    'walter wayne wendy wolfgang yekaterina yevgeny zoe ' +
    // South Asia.
    'abhishek aditya ahsan aishwarya ajay akhilesh amit amitabh anand anil anita ankit anura arif arjun arun ' +
    'arvind asif ashish ashok babar benazir bilawal chandrika deepak deepika devendra dinesh fawad gautam ' +
    'gaurav gotabaya hafiz hardeep hardik hasina imran indira ishaq jasprit javed junaid kamran kavita ' +
    'khaleda khurram kiran lakshmi mahesh mahinda mamata manish manmohan maryam mehbooba mukesh nadeem naresh ' +
    'nawaz neha nikhil nirmala nitish pankaj pervez piyush pooja pradeep prakash priya priyanka rahul rajesh ' +
    'rajiv rajnath rakesh ramesh ranil ravi ravindra rekha rohit sachin sajith sandeep sanjay sanjeev sanjiv ' +
    'sarthak shahbaz shahid shakib shashi shehbaz shoaib shreya shubman smriti sonia sourav sunil sunita suresh ' +
    'sushma syed tarique uddhav vijay vikram vinod virat vivek wasim waqar yasir yuvraj zulfikar ' +
    // The Arab world, Iran and Turkey.
    'abbas abdel abdelaziz abdul abdulaziz abdullah abdulrahman ahmad ahmet amina amr anwar ashraf ayman ' +
    'bashar bashir ebrahim ekrem fahad fahd faisal farid farooq fatma ghassan hakan hamad hamid hamza hani ' +
    'hassan hisham hosni hossein hussein ibrahim ismail jamal javad kareem karim kemal khaled khalid khalil ' +
    'layla leila mahmoud mahmud majid mansour marwan masoud mehdi mehmet meral mohamed mohammad mohsen ' +
    'mostafa muharrem murat mustafa nabil nader nasser narges nasrin omar osama qasem qassem rami rania reza ' +
    'saad salah saleh salim salman sami samir selahattin shirin tamim tareq tariq walid yasser yousef youssef ' +
    'yusuf zainab zeinab zeynep ' +
    // Africa.
    'abiy abubakar aliyu amadou aminata atiku ayodele babajide babatunde bola bongani boubacar chidi ' +
    'chimamanda chinua chukwuma cyril emeka emmerson fatou femi goodluck haile hakainde ibrahima ifeanyi ' +
    'isaias jakaya julius kalonzo kayode kemi kofi kojo kwabena kwaku kwame kwesi lindiwe lupita macky ' +
    'mamadou meles moussa muhammadu naledi ngozi nnamdi nyesom olumide olusegun oluwaseun ousmane raila samia ' +
    'segun sipho tedros tendai thabo themba tunde uche uhuru umaru wangari wole yakubu yemi yoweri ' +
    // East and South-East Asia (given names written first).
    'akira anies daisuke fumio haruki haruka hideki hiroki hiroshi ichiro joko junichiro kaori kazuo keiko ' +
    'kenta koji mahathir makoto masahiro megawati muhyiddin najib naoki naomi nobuo prabowo prayut prayuth ' +
    'retno sachiko sanae satoshi shigeru shinzo shohei siti susilo takashi takeshi taro thaksin tomoko ' +
    'yingluck yoko yoshihide yoshiko yuji yuki yumi yuriko ' +
    // Latin America, Spain, Portugal and the Philippines.
    'adriana agustin agustín alberto alejandra alejandro alfonso alvaro álvaro ander andres andrés arturo ' +
    'asier aitor beatriz benigno camila cesar césar claudia corazon cristiano cristina daniela diego dilma ' +
    'eduardo emiliano emilio ernesto esteban evo federico felipe fernanda fernando ferdinand fidel francisco ' +
    'gabriel gabriela gonzalo gorka guillermo gustavo hector héctor hernan hernán iker ignacio imelda jaime ' +
    'javier joao joão joaquin joaquín jorge leni leticia lorenzo lucia lucía luiz manuel marcelo mariana ' +
    'mario mateo mauricio miguel mikel nayib nestor néstor nicolás octavio paulo raffy rafael ramon ramón ' +
    'raul raúl renata ricardo roberto rodolfo rodrigo ruben rubén sebastian sebastián sergio sofía ' +
    'thiago tiago tomas tomás unai valeria vicente xabi xochitl xóchitl',
);

/**
 * Family names that open the names of people written family name first (Chinese, Korean,
 * Vietnamese: "Wang Yi", "Nguyen Van Thanh"). Not given names: "Wang said" may stand for the
 * longer name (see merge.ts). Names that are also English words or dynasties are left out.
 */
export const FAMILY_NAMES_FIRST = set(
  'wang zhang liu chen yang huang zhao xu zhu guo lin luo gao liang zheng xie deng cao peng zeng xiao tian ' +
    'cai jiang cheng ding ren shen yao cui zhong li choi cho yoon jang lim kwon hwang ahn nguyen tran pham ' +
    'hoang huynh phan vu vo bui duong',
);

/** Verbs that report speech or writing, in finite forms ("said", "writes", "reported"). */
export const REPORTING_VERBS = set(
  'said says say told tells wrote writes write reported reports added adds stated states announced announces ' +
    'confirmed confirms claimed claims noted notes explained explains argued argues insisted insists warned warns cautioned cautions ' +
    'tweeted tweets posted revealed reveals disclosed acknowledged admitted denied denies refuted refutes alleged alleges asserted ' +
    'declared estimated estimates suggested suggests suggest responded replied commented stressed emphasised emphasized urged ' +
    'urges asked asks recalled recalls concluded found finds accused predicted described continued continues agreed ' +
    'countered called dubbed branded recorded counted showed shows spoke speaks remarked remarks affirmed affirms ' +
    'highlighted highlights reiterated reiterates lamented laments conceded concedes vowed vows assured assures ' +
    'shared termed maintained maintains tell tallied retorted retorts complained complains quipped quips ' +
    'joked jokes boasted boasts exclaimed sighed sighs admits informed informs expressed expresses ' +
    // Verbs of speaking loudly or softly tag a quote as "said" does ("…," Varn yelled to the crowd).
    'yelled yells shouted shouts screamed screams chanted chants bellowed whispered whispers muttered mutters ' +
    // Verbs of stance and promise report a statement too ("X hailed the response", "X promised that …"); "pledged"
    // is left out: "pledged $1.2 billion" is a deed the sentence reports ("…, the Times reported").
    'hailed hails promised promises demanded demands condemned condemns welcomed welcomes praised praises ' +
    // A witness's account in court is cited as any statement ("the second witness, Ana Ruiz, testified that …").
    'testified testifies ' +
    // A body's forecast or guess is its word ("the board projected a loss of $4 million", "the charity presumed that 60 were aboard").
    'projected presumed presumes ' +
    // "Official figures show 31 died": the plural of "shows", as "say" is of "says".
    'show',
);

/** Participles of reporting verbs; their subject is the subject of the main clause. */
export const REPORTING_PARTICIPLES = set(
  'saying writing telling adding noting arguing insisting warning claiming calling stating explaining declaring ' +
    'urging citing describing suggesting reiterating',
);

/**
 * Words allowed between a subject and its reporting verb ("Buzzfeed has also reported"); "so far" too ("Police have so far
 * confirmed seven deaths"), whose two words say when as "already" does.
 */
export const VERB_FILLERS = set(
  'has have had was is were are also previously first earlier later recently already then again reportedly ' +
    'publicly just once separately further will would could may might been not originally initially officially so far',
);

/** Nouns that, right after a name ("Delacroix’s team found", "CPJ researchers counted"), speak for it. */
export const SPOKESNOUNS = set(
  'team researchers officials spokesperson spokesman spokeswoman figures data analysts report statement survey study ' +
    'poll census lawyers lawyer staff investigators economists scientists experts records organisers organizers',
);

/** Head nouns of a description that makes a name a person ("X, a nurse at …", "X, the bank’s chief economist"). */
export const PERSON_NOUNS = set(
  'researcher economist nurse doctor glaciologist scientist analyst campaigner activist advocate member lawyer owner manager ' +
    'worker teacher student resident official adviser advisor expert professor journalist reporter correspondent ' +
    'historian author writer candidate politician lawmaker congressman congresswoman veteran survivor witness eyewitness ' +
    'mother father son daughter wife husband farmer driver pilot engineer surgeon psychologist sociologist ' +
    'economist strategist consultant academic lecturer fellow negotiator diplomat envoy ' +
    // Trades of people a report describes by them ("X, a trader at the market").
    'trader shopkeeper vendor fisherman ' +
    // Clergy, who in many reports are the first to count a village's dead ("a pastor said 40 were buried").
    'cleric priest pastor imam bishop ' +
    // Those who run a site's work day to day ("according to the site supervisor, Ana Ruiz", "caretaker Ana Ruiz said").
    'supervisor caretaker foreman ' +
    // Physicians by their field ("cardiologist Ana Ruiz").
    'physician cardiologist oncologist neurologist epidemiologist virologist immunologist paediatrician pediatrician',
);

/**
 * Outlets whose names are ordinary words and are written with "the" (The Guardian, The Independent,
 * The Economist, The Telegraph, The Hill, The Advocate): without it, before a noun, the word is the
 * ordinary one ("Independent sources said").
 */
export const OUTLETS_WITH_THE = set('guardian independent economist telegraph hill advocate');

/** Nouns of a company, which stand for the last company named ("the company said") and name the one after them ("the phone maker Kelmor in Motion"). */
export const COMPANY_NOUNS = set('company firm bank lender retailer startup insurer airline brand manufacturer giant maker conglomerate operator');

/** Nouns of a manufactured product that may follow its name ("the Windows Vista operating system", "its Galaxy smartphone"). */
export const PRODUCT_NOUNS = set('operating software smartphone smartphones handset handsets console consoles browser processor processors chip chips app');

/** Courtesy titles ("Mr Pyne"): they mark a person but say nothing of who the person is, so they are no role. */
export const COURTESY_TITLES = set('mr mrs ms miss');
/** Honorifics before a name: the courtesy titles and "Dr", also spelt out ("Doctor Ana Ruiz" is Ana Ruiz). */
export const HONORIFICS: ReadonlySet<string> = new Set([...COURTESY_TITLES, 'dr', 'doctor']);

/**
 * Informal titles of news style ("Acme boss Jane Ruiz", "Kelmor head Ana Ruiz", "the energy tsar
 * Li Wen"): titles only between a capitalised body and a person's name (elsewhere ordinary words:
 * "the boss", "head of state"); before a name of several words they make it a person's for "he said".
 */
export const INFORMAL_TITLES = set('boss head supremo tsar czar');

/** Nouns of parts of a town or a country after their names ("the Kelmor and Ostra areas of the city"): what they follow is a place. */
export const AREA_NOUNS = set('area areas neighbourhood neighbourhoods neighborhood neighborhoods suburb suburbs');

/** Nouns of the people who live in a place, right after its name ("Ostra residents"). */
export const RESIDENT_NOUNS = set('residents villagers inhabitants townspeople');

/** Outlets' nouns that also name a place after a modifier ("the bus station", "a camp site"): no cue of an outlet there. */
export const SITE_NOUNS = set('site station');

/** Lower-case nouns that make a capitalised "Web" before them the ordinary word ("the Web site", "a Web page"). */
export const WEB_NOUNS = set('site sites page pages address browser');

/** Words that qualify a person's standing in a title ("Senior Ostra Party leader", "Former Kelmor Union chief"), never a body's name. */
export const STANDING_QUALIFIERS = set('senior former veteran retired');

/** Parts of a law or a charter cited by their number ("Article 51 of the Charter", "Section 144"): no name. */
export const DOCUMENT_PARTS = set('article articles section sections clause clauses chapter paragraph schedule');

/** Adverbs set off between a subject and its verb ("Ostra, however, maintained …"): they do not end the subject's clause. */
export const ASIDE_ADVERBS = set('however meanwhile nevertheless nonetheless though conversely');

/**
 * Last words of a company's legal name: after one, "and" opens another company ("Acme Motor Corp. and
 * Zenit Co."), and the full stop of an abbreviated one may end a sentence as well as the name ("Kelmor Inc.").
 */
export const COMPANY_SUFFIXES = set('corp co inc ltd llc plc');

/** Last words of a partnership's name after "and" ("Rupa and Company", "Kelm and Partners"). */
export const PARTNERSHIP_WORDS = set('company partners associates sons brothers');

/**
 * Nouns for fighters of an armed group ("rebels", "gunmen", "a guerrilla"): reports of one clash name
 * the same dead by any of them. Not "militiamen", who in many wars fight for the government.
 */
export const COMBATANT_NOUNS = set('rebel rebels gunman gunmen guerrilla guerrillas guerilla guerillas militant militants fighter fighters insurgent insurgents');
/** Nouns for people who bear no arms ("civilians", "villagers"): not "people", which counts everyone. */
export const CIVILIAN_NOUNS = set('civilian civilians villager villagers resident residents');
/** Nouns for a state's forces ("soldiers", "troops"): a side of their own, never pooled with the fighters they face. */
export const TROOP_NOUNS = set('soldier soldiers troops trooper troopers servicemen');
/** Nouns for the police ("officers", "policemen"): one source's "police" are another's "officers". */
export const POLICE_NOUNS = set('police policemen policewomen officers constables cops');
/** Currencies named by a word after the amount ("10m naira", "5bn rupees"): a bare "m" before one is million, not metres. */
export const CURRENCY_WORDS = set('naira rupees rupee shillings pesos yuan yen euros dollars rand ringgit baht dinars dirhams riyals francs kwacha cedis rubles roubles lira');

/**
 * Groups that speak as one without being a named body ("Opposition medics have said 127 died", "The
 * rebels denied the count"): plural nouns of people, so "they" may stand for them and their reports
 * have a reporter.
 */
export const GROUP_SPEAKERS = set('medics paramedics rebels separatists militants insurgents guerrillas troops soldiers');

/** Armed members named by their group right after its name ("Kelmor Front fighters"): only a body has them. */
export const ARMED_MEMBERS = set('militants fighters insurgents gunmen guerrillas guerillas jihadists militiamen');

/** Lower-case words that, after "the", name an armed body by its side ("the rebel Kelmor Front"). */
export const ARMED_SIDES = set('rebel insurgent militant separatist');

/** Military ranks written short without a full stop that the titles above do not list ("Brig Ana Ruiz", "Maj Ruiz"). */
export const SHORT_RANKS = set('brig maj');

/** Last words of a military unit's name ("the 4th Infantry Division", "the Kelmor Brigade"): a unit is the state's, never a person. */
export const MILITARY_UNITS = set('division divisions brigade brigades battalion battalions regiment regiments corps squadron squadrons platoon');

/** Military ranks, full and short: before a name they are a role only where no other title is written ("army spokesman Col. Ana Ruiz"). */
export const MILITARY_RANKS = set('lt lieut lieutenant gen general col colonel maj major brig brigadier capt captain sgt sergeant cpl corporal adm admiral');

/** Stock exchanges named as one word ("in Nasdaq trading"): markets run by companies, no places. */
export const EXCHANGE_NAMES = set('nasdaq nyse');

/** Last words of an event's name besides the heads above ("the Consumer Electronics Show"). */
export const EVENT_NAME_ENDS = set('show');

/** The word for "press" in French and German ("presse") and in Spanish ("prensa"): in a name of several words it names an outlet ("Agence France Presse", "Prensa Latina"). */
export const FOREIGN_PRESS_WORDS = set('presse prensa');

/** Common nouns that style guides capitalise ("the Internet"): before a company's noun they say what it makes, no name ("the Internet switch maker"). */
export const CAPITALISED_COMMON_NOUNS = set('internet');

/** Portfolios of international offices that the portfolios above do not list ("High Commissioner for Human Rights", "for Refugees"). */
export const OFFICE_PORTFOLIOS = set('human rights refugees');

/** Words that make one office with the title after them ("High Commissioner", "High Representative"); alone they open names ("High Court"). */
export const TITLE_PREFIXES = set('high');

/** Last words of a body named after the town it stands in ("Ostrava Hospital"): the town's name alone stays the town's, never the body's short form. */
export const TOWN_NAMED_SITES = set('hospital infirmary');

/** Central banks known by their initials alone (Reserve Bank of India, Reserve Bank of Australia, Reserve Bank of New Zealand, European Central Bank, Bank of Japan, Bank of England, People's Bank of China, Swiss National Bank): public bodies. */
export const CENTRAL_BANK_INITIALS = set('rbi rba rbnz ecb boj boe pboc snb');

/** Words of public fields that the portfolios above do not list ("the Public Health agency", "the Disaster Management department"): before a body's lower-case noun they say what it does, no name. */
export const FIELD_WORDS = set('public disaster management relief emergency');

/** Nouns of a speech a speaker owns ("Ruiz’s address", "her remarks"): a one-word name that owns one speaks. */
export const SPEECH_NOUNS = set('address speech remarks testimony briefing');

/**
 * Words that, as "High" does, make one office with the title after them: South Asian civil and police ranks ("Additional
 * Superintendent of Police", "Additional District Magistrate") and an air force's ranks ("Air Chief Marshal", "Air Marshal").
 */
export const RANK_PREFIXES = set('additional air');

/** Words of rank that open a title, never a body's name ("Deputy Police Inspector General", "Assistant Kelmor Commissioner"). */
export const RANK_OPENERS = set('deputy vice assistant acting additional joint');

/** Words for a union or an association in other languages that end a body's name: Afrikaans and Dutch "Unie", "Vakbond", "Vereniging"; Spanish "Unión", "Sindicato"; Portuguese "União", "Sindicato"; French "Syndicat"; Italian "Sindacato"; German "Gewerkschaft", "Verband". */
export const FOREIGN_BODY_HEADS = set('unie vakbond vereniging unión união sindicato syndicat sindacato gewerkschaft verband');

/** A market's generic name with no place or owner ("released to the Stock Exchange"): it names which exchange no more than "the Government" names a government. */
export const GENERIC_MARKETS: ReadonlySet<string> = new Set(['stock exchange']);

/** Plural nouns of areas ("the 11 countries affected", "30 villages"): a count of them counts places, never the people of an event. */
export const COUNTED_AREAS = set('countries nations states provinces regions districts counties cities towns villages');

/** Last words of firms' names that the organisation heads above do not list ("Thomson Financial", "Kelmor Capital"): a name they end is a company's. */
export const FIRM_HEADS = set('financial capital');

/**
 * Capitalised adjectives of scope before a lower-case body's noun ("the Central bank", "the Federal agency"): they say which kind of
 * body, no name. Fewer than BODY_LEVELS: "the State department" and "the City council" are written so as names of offices.
 */
export const SCOPE_ADJECTIVES = set('central federal national regional provincial municipal');

/** Last words of streets' and squares' names ("Tarvo Eskel Street"): the words before them, written alone elsewhere, stand for the street. */
export const STREET_HEADS = set('street road avenue square boulevard lane');

/** Heads that a body's initials may leave out ("RML" of "the Ram Manohar Lohia hospital", "AKH" of "Ana Kelmor Hudson Hospital"). */
export const UNABBREVIATED_HEADS = set('hospital infirmary');

/**
 * South Asian police and district officers' titles written as initials ("the DIG of Bettiah range", "Kelmor SP Ana Ruiz"):
 * Deputy Inspector General, Superintendent of Police, Senior Superintendent of Police, District Magistrate, Inspector General,
 * Director General of Police; lower case, as words are compared.
 */
export const OFFICE_ACRONYMS = set('dig sp ssp dm ig dgp');

/** Lower-case nouns of a police or civil area after its place's name ("the DIG of Kelmor range", "Ostra zone"), beyond the place nouns above. */
export const OFFICE_AREAS = set('range zone circle division');

/**
 * People a text quotes as a group without naming them ("election observers said", "locals claimed", "villagers said"): unnamed speakers, as officials are;
 * so is a crowd that chants or shouts ("…,” chanted the protesters), whose words are no named speaker's.
 */
export const GROUP_WITNESSES = set('observer observers locals villager villagers crowd crowds protesters demonstrators');

/** Base forms of verbs of making known that "to" turns into a purpose ("made an appearance to declare that …"); "say" is a reporting verb already. */
export const PURPOSE_REPORTING_VERBS = set('announce declare confirm reveal');

/** First parts of a compound of peoples ("Anglo-Australian", "Sino-Indian", "Franco-German"): no demonym alone. */
export const COMBINING_DEMONYMS = set('anglo sino franco indo afro euro russo greco austro italo hispano luso judeo');

/** A wire's labels of a story's version, in brackets after the dateline ("(3rd UPDATE)", "(REFILE)"). */
export const REVISION_LABELS = set('update updated updates refile refiled corrected correction recasts');

/** Adjectives that qualify a report or a count ("Initial reports", "Preliminary figures"): capitalised only by opening a sentence. */
export const REPORT_QUALIFIERS = set('initial preliminary provisional unofficial early earlier latest');

/** Common words of public life that writers capitalise alone ("the Opposition", "the Budget", "the Second reading", the political "Left" and "Right"): no one's name. */
export const CAPITALISED_ORDINARY_WORDS = set('opposition budget second third fourth presidential parliamentary left right');

/** Lines of a company's accounts, which statements capitalise ("Revenue", "Profit After Tax", "Net Assets"). */
export const ACCOUNT_ITEMS = set('revenue revenues turnover profit profits loss losses income earnings assets liabilities equity sales ebitda expenses');

/** Words that qualify a line of accounts ("Net Assets", "Profit Before Tax", "Earnings Per Share"). */
export const ACCOUNT_QUALIFIERS = set('net gross total after before operating pre-tax pretax tax per share');

/** Titles written as capitals after "the" ("The MD said", "the IGP ordered"): the office, no name of its own. */
export const TITLE_ABBREVIATIONS = set('md ceo cfo coo cto cs pm dg igp gm');

/** Last words of a bill's name ("the Finance Bill"). */
export const BILL_HEADS = set('bill bills');
