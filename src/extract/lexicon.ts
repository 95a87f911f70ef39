/**
 * Compact word lists for English news. Kept as space-separated strings (small when minified) and
 * matched in lower case. They cover the common case only; a gazetteer refines kinds at run time.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Capitalised only because they open a sentence or a quote; never the start of a name. */
export const FUNCTION_WORDS = set(
  'a an the this that these those there here it its he she they we i you his her their our my your him them us me ' +
    'who what when where why how which whose while with without over nearly others other some many most more much ' +
    'several all both each every any no not none but and or so yet if although though because since after before ' +
    'during despite until unless as at in on of for from by to into about above below under between among through ' +
    'across against towards toward near also still just only even meanwhile however moreover instead indeed then now ' +
    'today yesterday tomorrow tonight last next earlier later recently once first another such almost around roughly ' +
    'according asked speaking unlike like amid following ahead inside outside within perhaps maybe yes oh please ' +
    'dear thanks one two three four five six seven eight nine ten half less fewer least whether whatever whoever ' +
    'let nor thus hence therefore still already again sometimes often never always upon via per',
);

/** Nouns that open sentences ("Reports have surfaced", "Officials said"): not names when alone. */
export const COMMON_NOUNS = set(
  'reports report activists activist officials official sources source failure police authorities residents ' +
    'witnesses critics experts analysts researchers scientists doctors people protesters demonstrators lawmakers ' +
    'investigators prosecutors officers troops soldiers workers students parents children women men families victims ' +
    'survivors supporters opponents leaders members voters users customers companies governments countries news data ' +
    'figures numbers estimates statistics studies documents records images photos video footage rumours rumors claims ' +
    'allegations questions concerns fears hopes plans talks negotiations efforts attempts calls demands changes ' +
    'prices sales shares markets rates taxes costs funding support pressure violence attacks fighting clashes protests ' +
    'rights freedom security health education climate energy water food housing crime immigration migrants refugees ' +
    'fans players teams clubs everyone everybody someone somebody nobody anyone something nothing everything ' +
    'government officers staff campaigners organisers organizers observers diplomats journalists reporters editors ' +
    'readers viewers listeners citizens locals neighbours neighbors relatives friends colleagues partners rivals ' +
    'success progress growth inflation unemployment turnout evidence testimony research analysis polls surveys ' +
    'details records reports updates',
);

export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec',
);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');
export const HOLIDAYS = set(
  'ramadan eid christmas easter hanukkah passover diwali thanksgiving halloween lent advent pentecost yom kippur ' +
    'rosh hashanah xmas',
);

/** Acronyms and labels that name no actor or place. */
export const GENERIC_ACRONYMS = set(
  'lgbt lgbtq lgbtq+ lgbti lgbtqi lgbtqia lgbtqia+ lgbt+ covid covid-19 hiv aids gdp ai tv dna ok pm am bc ad faq pdf ' +
    'id vip diy fyi asap rip sms gps usb wifi ngo ngos isp url gmt utc vat ipo etf nft suv atm pc sars mers ptsd adhd ' +
    'ivf mp mps mep meps ceo cfo cto coo ceos q&a tbc tba',
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
    'southern soviet soviets muslim muslims christian christians jewish jew jews hindu hindus buddhist buddhists ' +
    'catholic catholics protestant protestants sunni shia shiite orthodox sikh sikhs taiwanese tibetan uighur uyghur ' +
    'uighurs uyghurs tatar tatars moldovan lithuanian latvian estonian slovenian albanian kosovar libyan libyans ' +
    'tunisian algerian moroccan moroccans sudanese somali somalis ugandan rwandan congolese ghanaian senegalese ' +
    'zimbabwean bangladeshi nepali nepalese burmese cambodian singaporean mongolian icelandic',
);

/** Countries, regions and large cities; exact (lower-case) names only. */
export const PLACES = set(
  [
    'us usa u.s u.s.a uk u.k united states united kingdom britain great britain england scotland wales northern ireland',
    'ireland france germany russia china japan india pakistan afghanistan iran iraq syria israel palestine gaza',
    'west bank saudi arabia turkey egypt ukraine crimea poland italy spain portugal netherlands holland belgium',
    'switzerland austria sweden norway denmark finland iceland canada mexico brazil argentina chile colombia venezuela',
    'cuba peru australia new zealand south korea north korea korea vietnam thailand philippines indonesia malaysia',
    'singapore nigeria kenya ethiopia south africa chechnya dagestan ingushetia georgia armenia azerbaijan kazakhstan',
    'uzbekistan belarus hungary czech republic czechia slovakia romania bulgaria serbia croatia bosnia kosovo greece',
    'cyprus lebanon jordan yemen qatar uae united arab emirates kuwait bahrain oman libya tunisia algeria morocco sudan',
    'south sudan somalia uganda rwanda congo ghana senegal mali niger zimbabwe zambia angola mozambique tanzania',
    'cameroon bangladesh sri lanka nepal myanmar burma cambodia laos taiwan hong kong tibet xinjiang mongolia europe',
    'asia africa america north america south america latin america middle east antarctica arctic balkans caucasus',
    'north caucasus siberia scandinavia caribbean haiti jamaica ecuador bolivia paraguay uruguay guatemala honduras',
    'el salvador nicaragua costa rica panama dominican republic puerto rico greenland luxembourg monaco malta estonia',
    'latvia lithuania moldova slovenia albania north macedonia macedonia montenegro kyrgyzstan tajikistan turkmenistan',
    'eritrea liberia sierra leone ivory coast botswana namibia madagascar fiji london paris berlin moscow washington',
    'new york los angeles chicago san francisco boston beijing shanghai tokyo delhi new delhi mumbai kabul baghdad',
    'damascus tehran jerusalem tel aviv cairo istanbul ankara kyiv kiev warsaw rome madrid barcelona lisbon amsterdam',
    'brussels geneva zurich vienna stockholm oslo copenhagen helsinki dublin edinburgh glasgow manchester birmingham',
    'liverpool toronto montreal vancouver ottawa sydney melbourne hamburg munich frankfurt milan athens budapest prague',
    'bucharest sofia belgrade minsk st petersburg saint petersburg grozny tbilisi baku yerevan riyadh dubai doha beirut',
    'amman karachi lahore islamabad dhaka bangkok hanoi manila jakarta seoul pyongyang lagos nairobi johannesburg',
    'cape town mexico city sao paulo são paulo rio de janeiro buenos aires bogota bogotá lima caracas havana kharkiv',
    'odesa odessa mariupol donetsk luhansk alabama alaska arizona arkansas california colorado connecticut delaware',
    'florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan',
    'minnesota mississippi missouri montana nebraska nevada new hampshire new jersey new mexico north carolina',
    'north dakota ohio oklahoma oregon pennsylvania rhode island south carolina south dakota tennessee texas utah',
    'vermont virginia west virginia wisconsin wyoming',
  ]
    .join(' ')
    .split(' ')
    .reduce<string[]>((acc, w) => acc.concat(w), [])
    .join(' '),
);

/**
 * PLACES above is a set of single words; multi-word places are matched by joining tokens, so the
 * two-word entries are listed here as whole names.
 */
export const MULTIWORD_PLACES = set(
  [
    'united_states united_kingdom great_britain northern_ireland west_bank saudi_arabia new_zealand south_korea',
    'north_korea south_africa czech_republic united_arab_emirates south_sudan sri_lanka hong_kong north_america',
    'south_america latin_america middle_east north_caucasus el_salvador costa_rica dominican_republic puerto_rico',
    'north_macedonia sierra_leone ivory_coast new_york los_angeles san_francisco new_delhi tel_aviv st_petersburg',
    'saint_petersburg cape_town mexico_city sao_paulo são_paulo rio_de_janeiro buenos_aires new_hampshire new_jersey',
    'new_mexico north_carolina north_dakota rhode_island south_carolina south_dakota west_virginia',
  ]
    .join(' ')
    .replace(/_/g, '\u0001')
    .split(' ')
    .map((w) => w.replace(/\u0001/g, ' '))
    .join('|')
    .split('|')
    .join('\u0002')
    .split('\u0002')
    .join(' ')
    .replace(/ (?=[a-zé]+(?: |$))/g, ' ')
    .split(' ')
    .join(' '),
);
