// Every real-world entity the three revisions name, one node each, with the spellings the texts use.
// Facts about them (and so their provenance) come in the later scripts; R__Derive_provenance
// copies the revisions and quotes of those facts onto the entities.
// ISO 3166-1 alpha-3 codes are reference data (ISO 3166), not a statement of the texts.

// Countries, including the historic Soviet Union (ISO 3166-1 code SUN, withdrawn 1992).
// region and subregion are reference data too: the UN M49 geoscheme, for filtering by region.
UNWIND [
  {id: 'turkmenistan', name: 'Turkmenistan', iso3: 'TKM', aliases: ['Turkmen'], region: 'Asia', subregion: 'Central Asia'},
  {id: 'afghanistan', name: 'Afghanistan', iso3: 'AFG', aliases: ['Afghan'], region: 'Asia', subregion: 'Southern Asia'},
  {id: 'azerbaijan', name: 'Azerbaijan', iso3: 'AZE', aliases: ['Azerbaijani'], region: 'Asia', subregion: 'Western Asia'},
  {id: 'belarus', name: 'Belarus', iso3: 'BLR', aliases: ['Belarusian'], region: 'Europe', subregion: 'Eastern Europe'},
  {id: 'china', name: 'China', iso3: 'CHN', aliases: ["People's Republic of China"], region: 'Asia', subregion: 'Eastern Asia'},
  {id: 'france', name: 'France', iso3: 'FRA', aliases: ['French'], region: 'Europe', subregion: 'Western Europe'},
  {id: 'georgia', name: 'Georgia', iso3: 'GEO', aliases: [], region: 'Asia', subregion: 'Western Asia'},
  {id: 'germany', name: 'Germany', iso3: 'DEU', aliases: ['German'], region: 'Europe', subregion: 'Western Europe'},
  {id: 'holy-see', name: 'Holy See', iso3: 'VAT', aliases: ['Vatican'], region: 'Europe', subregion: 'Southern Europe'},
  {id: 'india', name: 'India', iso3: 'IND', aliases: [], region: 'Asia', subregion: 'Southern Asia'},
  {id: 'iran', name: 'Iran', iso3: 'IRN', aliases: ['Iranians'], region: 'Asia', subregion: 'Southern Asia'},
  {id: 'israel', name: 'Israel', iso3: 'ISR', aliases: [], region: 'Asia', subregion: 'Western Asia'},
  {id: 'italy', name: 'Italy', iso3: 'ITA', aliases: ['Italian'], region: 'Europe', subregion: 'Southern Europe'},
  {id: 'japan', name: 'Japan', iso3: 'JPN', aliases: [], region: 'Asia', subregion: 'Eastern Asia'},
  {id: 'kazakhstan', name: 'Kazakhstan', iso3: 'KAZ', aliases: [], region: 'Asia', subregion: 'Central Asia'},
  {id: 'libya', name: 'Libya', iso3: 'LBY', aliases: [], region: 'Africa', subregion: 'Northern Africa'},
  {id: 'malaysia', name: 'Malaysia', iso3: 'MYS', aliases: ['Malaysian'], region: 'Asia', subregion: 'South-eastern Asia'},
  {id: 'pakistan', name: 'Pakistan', iso3: 'PAK', aliases: [], region: 'Asia', subregion: 'Southern Asia'},
  {id: 'qatar', name: 'Qatar', iso3: 'QAT', aliases: [], region: 'Asia', subregion: 'Western Asia'},
  {id: 'romania', name: 'Romania', iso3: 'ROU', aliases: ['Romanian'], region: 'Europe', subregion: 'Eastern Europe'},
  {id: 'russia', name: 'Russia', iso3: 'RUS', aliases: ['Russian'], region: 'Europe', subregion: 'Eastern Europe'},
  {id: 'saudi-arabia', name: 'Saudi Arabia', iso3: 'SAU', aliases: [], region: 'Asia', subregion: 'Western Asia'},
  {id: 'south-korea', name: 'South Korea', iso3: 'KOR', aliases: ['South Korean'], region: 'Asia', subregion: 'Eastern Asia'},
  {id: 'switzerland', name: 'Switzerland', iso3: 'CHE', aliases: ['Swiss'], region: 'Europe', subregion: 'Western Europe'},
  {id: 'tajikistan', name: 'Tajikistan', iso3: 'TJK', aliases: [], region: 'Asia', subregion: 'Central Asia'},
  {id: 'turkey', name: 'Turkey', iso3: 'TUR', aliases: [], region: 'Asia', subregion: 'Western Asia'},
  {id: 'ukraine', name: 'Ukraine', iso3: 'UKR', aliases: ['Ukrainian'], region: 'Europe', subregion: 'Eastern Europe'},
  {id: 'united-arab-emirates', name: 'United Arab Emirates', iso3: 'ARE', aliases: ['the Emirates', 'Emirates'], region: 'Asia', subregion: 'Western Asia'},
  {id: 'united-states', name: 'United States', iso3: 'USA', aliases: ['U.S.'], region: 'Americas', subregion: 'Northern America'},
  {id: 'uzbekistan', name: 'Uzbekistan', iso3: 'UZB', aliases: [], region: 'Asia', subregion: 'Central Asia'},
  {id: 'soviet-union', name: 'Soviet Union', iso3: 'SUN', aliases: [], region: null, subregion: null}
] AS row
MERGE (c:Entity {id: row.id})
SET c:Country:Place, c.name = row.name, c.iso3 = row.iso3, c.aliases = row.aliases,
    c.region = row.region, c.subregion = row.subregion;

// Cities, towns and railway stations.
UNWIND [
  {id: 'ashgabat', name: 'Ashgabat', aliases: []},
  {id: 'mary', name: 'Mary', aliases: []},
  {id: 'turkmenabat', name: 'Türkmenabat', aliases: []},
  {id: 'serhetabat', name: 'Serhetabat', aliases: []},
  {id: 'kerki', name: 'Kerki', aliases: []},
  {id: 'ymamnazar', name: 'Ymamnazar', aliases: []},
  {id: 'korpeje', name: 'Korpeje', aliases: []},
  {id: 'kurt-kui', name: 'Kurt Kui', aliases: []},
  {id: 'kabul', name: 'Kabul', aliases: []},
  {id: 'herat', name: 'Herat', aliases: []},
  {id: 'mazar-i-sharif', name: 'Mazar-i-Sharif', aliases: []},
  {id: 'andkhoy', name: 'Andkhoy', aliases: ['Andkhoi']},
  {id: 'aqina', name: 'Aqina', aliases: []},
  {id: 'torghundi', name: 'Torghundi', aliases: []},
  {id: 'sherkhan-bandar', name: 'Sherkhan Bandar', aliases: []},
  {id: 'kunduz', name: 'Kunduz', aliases: []},
  {id: 'khaf', name: 'Khaf', aliases: []},
  {id: 'tehran', name: 'Tehran', aliases: ['Teheran']},
  {id: 'mashhad', name: 'Mashhad', aliases: []},
  {id: 'tokyo', name: 'Tokyo', aliases: []},
  {id: 'paris', name: 'Paris', aliases: []},
  {id: 'tbilisi', name: 'Tbilisi', aliases: []},
  {id: 'frankfurt-am-main', name: 'Frankfurt am Main', aliases: ['Frankfurt']},
  {id: 'rome', name: 'Rome', aliases: []},
  {id: 'ankara', name: 'Ankara', aliases: []},
  {id: 'new-delhi', name: 'New Delhi', aliases: []},
  {id: 'amritsar', name: 'Amritsar', aliases: []},
  {id: 'london', name: 'London', aliases: []},
  {id: 'birmingham', name: 'Birmingham', aliases: []},
  {id: 'kuala-lumpur', name: 'Kuala Lumpur', aliases: []},
  {id: 'doha', name: 'Doha', aliases: []},
  {id: 'riyadh', name: 'Riyadh', aliases: []},
  {id: 'geneva', name: 'Geneva', aliases: []},
  {id: 'vienna', name: 'Vienna', aliases: []},
  {id: 'new-york-city', name: 'New York City', aliases: []},
  {id: 'baku', name: 'Baku', aliases: []},
  {id: 'dubai', name: 'Dubai', aliases: []}
] AS row
MERGE (c:Entity {id: row.id})
SET c:City:Place, c.name = row.name, c.aliases = row.aliases;

// Seas, rivers, provinces, districts and wider regions.
UNWIND [
  {id: 'caspian-sea', name: 'Caspian Sea', regionKind: 'SEA', aliases: ['Caspian']},
  {id: 'black-sea', name: 'Black Sea', regionKind: 'SEA', aliases: []},
  {id: 'amu-darya', name: 'Amu Darya', regionKind: 'RIVER', aliases: []},
  {id: 'faryab-province', name: 'Faryab province', regionKind: 'PROVINCE', aliases: ['Faryab']},
  {id: 'andkhoy-district', name: 'Andkhoy District', regionKind: 'DISTRICT', aliases: []},
  {id: 'central-asia', name: 'Central Asia', regionKind: 'REGION', aliases: []},
  {id: 'europe', name: 'Europe', regionKind: 'REGION', aliases: ['European markets']},
  {id: 'northern-afghanistan', name: 'northern Afghanistan', regionKind: 'REGION', aliases: []}
] AS row
MERGE (r:Entity {id: row.id})
SET r:Region:Place, r.name = row.name, r.regionKind = row.regionKind, r.aliases = row.aliases;

// International organisations, agencies, programmes, governments and institutions.
UNWIND [
  {id: 'united-nations', name: 'United Nations', acronym: 'UN', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: ['UN']},
  {id: 'imf', name: 'International Monetary Fund', acronym: 'IMF', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'world-bank', name: 'World Bank', acronym: 'WB', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'eco', name: 'Economic Cooperation Organization', acronym: 'ECO', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'osce', name: 'Organization for Security and Cooperation in Europe', acronym: 'OSCE', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'oic', name: 'Organisation of Islamic Cooperation', acronym: 'OIC', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'isdb', name: 'Islamic Development Bank', acronym: 'IsDB', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'adb', name: 'Asian Development Bank', acronym: 'ADB', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'ebrd', name: 'European Bank for Reconstruction and Development', acronym: 'EBRD', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'fao', name: 'Food and Agriculture Organization', acronym: 'FAO', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'turksoy', name: 'International Organization of Turkic Culture', acronym: 'TURKSOY', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'european-union', name: 'European Union', acronym: 'EU', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: ['EU']},
  {id: 'wto', name: 'World Trade Organization', acronym: 'WTO', orgKind: 'INTERNATIONAL_ORGANISATION', aliases: []},
  {id: 'inogate', name: 'INOGATE', acronym: 'INOGATE', orgKind: 'PROGRAMME', aliases: ['EU INOGATE energy programme']},
  {id: 'usaid', name: 'USAID', acronym: 'USAID', orgKind: 'GOVERNMENT_AGENCY', aliases: []},
  {id: 'peace-corps', name: 'Peace Corps', acronym: null, orgKind: 'GOVERNMENT_AGENCY', aliases: []},
  {id: 'islamic-emirate-of-afghanistan', name: 'Islamic Emirate of Afghanistan', acronym: null, orgKind: 'GOVERNMENT', aliases: ['Taliban', "Taliban's state"]},
  {id: 'oguz-han-university', name: 'Oguz Han Engineering Technology University', acronym: null, orgKind: 'UNIVERSITY', aliases: []},
  {id: 'jbic', name: 'Japan Bank for International Cooperation', acronym: 'JBIC', orgKind: 'GOVERNMENT_AGENCY', aliases: []}
] AS row
MERGE (o:Entity {id: row.id})
SET o:Organisation, o.name = row.name, o.acronym = row.acronym, o.orgKind = row.orgKind, o.aliases = row.aliases;

// Companies, banks and airlines.
UNWIND [
  {id: 'bouygues', name: 'Bouygues', sector: 'CONSTRUCTION', aliases: []},
  {id: 'thales-alenia-space', name: 'Thales Alenia Space', sector: 'AEROSPACE', aliases: []},
  {id: 'deutsche-bank', name: 'Deutsche Bank', sector: 'BANKING', aliases: []},
  {id: 'commerzbank', name: 'Commerzbank', sector: 'BANKING', aliases: []},
  {id: 'siemens', name: 'Siemens', sector: 'MEDICAL_EQUIPMENT', aliases: []},
  {id: 'claas', name: 'Claas', sector: 'AGRICULTURAL_EQUIPMENT', aliases: []},
  {id: 'eni', name: 'Eni', sector: 'PETROLEUM', aliases: []},
  {id: 'kawasaki', name: 'Kawasaki', sector: 'INDUSTRIAL', aliases: []},
  {id: 'sumitomo', name: 'Sumitomo', sector: 'INDUSTRIAL', aliases: []},
  {id: 'petronas', name: 'Petronas', sector: 'PETROLEUM', aliases: []},
  {id: 'hyundai', name: 'Hyundai', sector: 'INDUSTRIAL', aliases: []},
  {id: 'lg', name: 'LG', sector: 'INDUSTRIAL', aliases: []},
  {id: 'dragon-oil', name: 'Dragon Oil', sector: 'PETROLEUM', aliases: []},
  {id: 'enoc', name: 'Emirates National Oil Company', sector: 'PETROLEUM', aliases: []},
  {id: 'tapi-pipeline-company', name: 'TAPI Pipeline Company', sector: 'PIPELINE', aliases: []},
  {id: 'turkmenistan-airlines', name: 'Turkmenistan Airlines', sector: 'AVIATION', aliases: ['Turkmenistan Air']}
] AS row
MERGE (c:Entity {id: row.id})
SET c:Company, c.name = row.name, c.sector = row.sector, c.aliases = row.aliases;

// People.
UNWIND [
  {id: 'saparmurat-niyazov', name: 'Saparmurat Niyazov', role: 'President of Turkmenistan (died December 2006)', aliases: ['Niyazov']},
  {id: 'gurbanguly-berdimuhamedow', name: 'Gurbanguly Berdimuhamedow', role: 'President of Turkmenistan', aliases: ['Berdimuhamedow']},
  {id: 'fazal-muhammad-sabir', name: 'Fazal Muhammad Sabir', role: "Chargé d'affaires of the Afghan Embassy in Ashgabat", aliases: []}
] AS row
MERGE (p:Entity {id: row.id})
SET p:Person, p.name = row.name, p.role = row.role, p.aliases = row.aliases;

// Energy assets.
UNWIND [
  {id: 'tapi-pipeline', label: 'Pipeline', name: 'Turkmenistan–Afghanistan–Pakistan–India Pipeline', aliases: ['TAPI', 'TAPI pipeline', 'Turkmenistan-Afghanistan-Pakistan-India pipeline', 'Turkmenistan–Afghanistan–Pakistan–India Pipeline']},
  {id: 'central-asia-china-pipeline', label: 'Pipeline', name: 'Central Asia–China gas pipeline', aliases: ['Central Asiaâ€“China gas pipeline']},
  {id: 'korpeje-kurt-kui-pipeline', label: 'Pipeline', name: 'Korpeje–Kurt Kui gas pipeline', aliases: ['Korpeje-Kurt Kui gas pipeline']},
  {id: 'pricaspiysky-pipeline', label: 'Pipeline', name: 'Pricaspiysky pipeline', aliases: []},
  {id: 'dostluk-dam', label: 'Dam', name: 'Dostluk Dam', aliases: ['Dousti', 'Dostluk']},
  {id: 'serdar-oil-field', label: 'Field', name: 'Serdar oil field', aliases: ['Serdar']},
  {id: 'eni-caspian-oil-wells', label: 'Field', name: 'Eni oil wells in the Caspian Sea', aliases: []},
  {id: 'petronas-caspian-condensate', label: 'Field', name: 'Petronas condensate production in the Caspian Sea', aliases: []},
  {id: 'dragon-oil-concession', label: 'Concession', name: 'Dragon Oil concession in the Caspian Sea', aliases: []}
] AS row
MERGE (a:Entity {id: row.id})
SET a.name = row.name, a.aliases = row.aliases
SET a:$(row.label);

// Railways, corridors, satellites and other projects.
UNWIND [
  {id: 'serhetabat-torghundi-railway', label: 'Railway', name: 'Serhetabat–Torghundi railway', aliases: []},
  {id: 'torghundi-herat-extension', label: 'Railway', name: 'Torghundi–Herat extension (planned)', aliases: []},
  {id: 'khaf-herat-railway', label: 'Railway', name: 'Khaf–Herat railway', aliases: []},
  {id: 'andkhoy-extension-150km', label: 'Railway', name: '150-km extension to Andkhoy', aliases: []},
  {id: 'kerki-aqina-railway', label: 'Railway', name: 'Kerki–Ymamnazar–Aqina railway link', aliases: []},
  {id: 'aqina-andkhoy-extension', label: 'Railway', name: 'Aqina–Andkhoy extension', aliases: []},
  {id: 'northern-afghanistan-corridor', label: 'Corridor', name: 'Northern Afghanistan railway corridor', aliases: []},
  {id: 'lapis-lazuli-corridor', label: 'Corridor', name: 'Lapis Lazuli corridor', aliases: ['Lapis Lazuli']},
  {id: 'turkmenalem-satellite', label: 'Satellite', name: 'TürkmenÄlem 52°E / MonacoSAT', aliases: ['Turkmen Sat', 'TürkmenÄlem 52°E', 'MonacoSAT']},
  {id: 'amu-darya-bridges', label: 'Project', name: 'Rail and automobile bridges across the Amu Darya at Türkmenabat', aliases: []},
  {id: 'jbic-industrial-projects', label: 'Project', name: 'JBIC-financed industrial projects', aliases: []}
] AS row
MERGE (a:Entity {id: row.id})
SET a.name = row.name, a.aliases = row.aliases
SET a:$(row.label);

// Placeholders for paragraphs that never name their counterpart (revision 002 lost its headings;
// one paragraph of 000 has no subject either). One per paragraph, numbered by non-empty lines.
// ../shared/reference/ does not exist, so no counterpart is taken from a reference.
UNWIND [
  {revision: '000', paragraph: 15},
  {revision: '002', paragraph: 19}, {revision: '002', paragraph: 20}, {revision: '002', paragraph: 23},
  {revision: '002', paragraph: 24}, {revision: '002', paragraph: 26}, {revision: '002', paragraph: 27},
  {revision: '002', paragraph: 31}, {revision: '002', paragraph: 33}, {revision: '002', paragraph: 39},
  {revision: '002', paragraph: 42}, {revision: '002', paragraph: 47}, {revision: '002', paragraph: 49},
  {revision: '002', paragraph: 53}
] AS row
MERGE (p:Entity {id: 'unstated-' + row.revision + '-p' + row.paragraph})
SET p:Placeholder, p.revision = row.revision, p.paragraph = row.paragraph, p.aliases = [],
    p.name = 'Counterpart not stated (' + row.revision + ', paragraph ' + row.paragraph + ')';
