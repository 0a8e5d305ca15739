// Missions both ways: embassies, consulates, the nunciature, permanent missions, other diplomatic
// missions, offices and representations. Each mission is a fact node (Fact:Mission) with
//   MAINTAINS        owner -> mission
//   MISSION_IN       mission -> city (absent where the text says only "in each other's capitals":
//                    then `inCapital: true`)
//   ACCREDITED_TO    mission -> receiving country, organisation or Placeholder (`role`)
//   HEAD_RESIDENT_IN mission -> city where its head resides, when that is elsewhere
// Every node and edge carries key, revisions and quotes (src pairs: [revision, verbatim sentence]);
// R__Derive_provenance derives current, factKey and basis defaults.
//
// One row per mission:
//   key, name, kind (missionKind), owner, city, props (present, resident, since, sincePrecision,
//   doublesAs, inCapital), src (the node's quotes; also the default quotes of its edges),
//   basis/context/contextRevision (how the counterpart is known; PARAGRAPH edges copy the context),
//   ownerBasis and ownerSrc (the MAINTAINS edge), citySrc (the MISSION_IN edge),
//   to: [{id, role, basis, src}] (the ACCREDITED_TO edges), headIn and headSrc.
// `present` is false for negative statements ("no permanent diplomatic representation in Doha",
// Libya's "office rather than an embassy"); `resident` is false where the head resides in another
// country than the receiving one.
//
// Entity resolution: one node per mission, whichever sentences speak of it.
//   Turkmenistan's permanent representative to the UN offices in Vienna (001, 002) is the embassy
//   in Vienna that "doubles as the permanent mission to United Nations agencies in Vienna" (002);
//   the one in Geneva is the "diplomatic mission in Geneva" of the 002 Switzerland paragraph.
//   Turkmenistan's embassy in Italy's capital (002 Italy paragraph) is the one of "the Turkmen
//   ambassador in Rome", who is also accredited to the Holy See and the UN agencies in Rome.
//   Turkmenistan's embassy "In France" (000) is its embassy in Paris (002).
UNWIND [
  // --- Afghanistan (002). Turkmenistan's missions: the sentence names no country, the one
  //     before it does (basis PARAGRAPH).
  {key: 'mission.afghanistan.embassy.ashgabat', name: 'Embassy of Afghanistan in Ashgabat',
   kind: 'EMBASSY', owner: 'afghanistan', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', 'Afghanistan has an embassy in Ashgabat and a consulate in Mary.']]},
  {key: 'mission.afghanistan.consulate.mary', name: 'Consulate of Afghanistan in Mary',
   kind: 'CONSULATE', owner: 'afghanistan', city: 'mary', props: {},
   to: [{id: 'turkmenistan', role: 'CONSULATE'}],
   src: [['002', 'Afghanistan has an embassy in Ashgabat and a consulate in Mary.']]},
  {key: 'mission.turkmenistan.embassy.kabul', name: 'Embassy of Turkmenistan in Kabul',
   kind: 'EMBASSY', owner: 'turkmenistan', city: 'kabul', props: {},
   basis: 'PARAGRAPH', contextRevision: '002', context: 'Afghanistan has an embassy in Ashgabat and a consulate in Mary.',
   to: [{id: 'afghanistan', role: 'EMBASSY', basis: 'PARAGRAPH'}],
   src: [['002', 'Turkmenistan has an embassy in Kabul plus consulates in Herat and Mazar-i-Sharif.[6][7]']]},
  {key: 'mission.turkmenistan.consulate.herat', name: 'Consulate of Turkmenistan in Herat',
   kind: 'CONSULATE', owner: 'turkmenistan', city: 'herat', props: {},
   basis: 'PARAGRAPH', contextRevision: '002', context: 'Afghanistan has an embassy in Ashgabat and a consulate in Mary.',
   to: [{id: 'afghanistan', role: 'CONSULATE', basis: 'PARAGRAPH'}],
   src: [['002', 'Turkmenistan has an embassy in Kabul plus consulates in Herat and Mazar-i-Sharif.[6][7]']]},
  {key: 'mission.turkmenistan.consulate.mazar-i-sharif', name: 'Consulate of Turkmenistan in Mazar-i-Sharif',
   kind: 'CONSULATE', owner: 'turkmenistan', city: 'mazar-i-sharif', props: {},
   basis: 'PARAGRAPH', contextRevision: '002', context: 'Afghanistan has an embassy in Ashgabat and a consulate in Mary.',
   to: [{id: 'afghanistan', role: 'CONSULATE', basis: 'PARAGRAPH'}],
   src: [['002', 'Turkmenistan has an embassy in Kabul plus consulates in Herat and Mazar-i-Sharif.[6][7]']]},

  // --- Azerbaijan (002): "The two countries" of a paragraph that names Azerbaijan.
  {key: 'mission.azerbaijan.embassy.capital-of-turkmenistan', name: "Embassy of Azerbaijan in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'azerbaijan', ownerBasis: 'PARAGRAPH', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a.",
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.capital-of-azerbaijan', name: "Embassy of Turkmenistan in Azerbaijan's capital",
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a.",
   to: [{id: 'azerbaijan', role: 'EMBASSY', basis: 'PARAGRAPH'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},

  // --- China (002).
  {key: 'mission.china.embassy.capital-of-turkmenistan', name: "Embassy of China in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'china', ownerBasis: 'PARAGRAPH', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "The relationship is dominated by China's position as the largest importer by far of natural gas from Turkmenistan, making China Turkmenistan's largest source of foreign exchange earnings.",
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.capital-of-china', name: "Embassy of Turkmenistan in China's capital",
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "The relationship is dominated by China's position as the largest importer by far of natural gas from Turkmenistan, making China Turkmenistan's largest source of foreign exchange earnings.",
   to: [{id: 'china', role: 'EMBASSY', basis: 'PARAGRAPH'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},

  // --- France (000, 002). 000 places Turkmenistan's embassy "In France", 002 in Paris.
  {key: 'mission.france.embassy.ashgabat', name: 'Embassy of France in Ashgabat',
   kind: 'EMBASSY', owner: 'france', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['000', 'In France, have the Embassy of Turkmenistan, in Ashgabat have The Embassy of France.'],
         ['002', 'Turkmenistan has an embassy in Paris and France has an embassy in Ashgabat.']]},
  {key: 'mission.turkmenistan.embassy.paris', name: 'Embassy of Turkmenistan in Paris',
   kind: 'EMBASSY', owner: 'turkmenistan', city: 'paris', props: {},
   citySrc: [['002', 'Turkmenistan has an embassy in Paris and France has an embassy in Ashgabat.']],
   to: [{id: 'france', role: 'EMBASSY'}],
   src: [['000', 'In France, have the Embassy of Turkmenistan, in Ashgabat have The Embassy of France.'],
         ['002', 'Turkmenistan has an embassy in Paris and France has an embassy in Ashgabat.']]},

  // --- Georgia (002).
  {key: 'mission.georgia.embassy.ashgabat', name: 'Embassy of Georgia in Ashgabat',
   kind: 'EMBASSY', owner: 'georgia', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', 'Georgia has an embassy in Ashgabat, and Turkmenistan has an embassy in Tbilisi.[7][6][19]']]},
  {key: 'mission.turkmenistan.embassy.tbilisi', name: 'Embassy of Turkmenistan in Tbilisi',
   kind: 'EMBASSY', owner: 'turkmenistan', city: 'tbilisi', props: {},
   to: [{id: 'georgia', role: 'EMBASSY'}],
   src: [['002', 'Georgia has an embassy in Ashgabat, and Turkmenistan has an embassy in Tbilisi.[7][6][19]']]},

  // --- Germany (002): the paragraph names only "German" banks and firms.
  {key: 'mission.germany.embassy.capital-of-turkmenistan', name: "Embassy of Germany in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'germany', ownerBasis: 'PARAGRAPH', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks.",
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.capital-of-germany', name: "Embassy of Turkmenistan in Germany's capital",
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks.",
   to: [{id: 'germany', role: 'EMBASSY', basis: 'PARAGRAPH'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.consulate.frankfurt-am-main', name: 'Consulate of Turkmenistan in Frankfurt am Main',
   kind: 'CONSULATE', owner: 'turkmenistan', city: 'frankfurt-am-main', props: {},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks.",
   to: [{id: 'germany', role: 'CONSULATE', basis: 'PARAGRAPH'}],
   src: [['002', 'Turkmenistan have a consulate in Frankfurt am Main.']]},

  // --- Holy See (002): the nunciature in Ashgabat, its nuncio resident in Ankara.
  {key: 'mission.holy-see.nunciature.ashgabat', name: 'Apostolic Nunciature in Ashgabat',
   kind: 'NUNCIATURE', owner: 'holy-see', city: 'ashgabat', props: {resident: false}, headIn: 'ankara',
   to: [{id: 'turkmenistan', role: 'NUNCIATURE'}],
   src: [['002', 'The Vatican maintains a nunciature in Ashgabat, although the nuncio is resident in Ankara.']]},

  // --- India (002).
  {key: 'mission.india.embassy.capital-of-turkmenistan', name: "Embassy of India in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'india', props: {inCapital: true},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "India and Turkmenistan have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.capital-of-india', name: "Embassy of Turkmenistan in India's capital",
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true},
   to: [{id: 'india', role: 'EMBASSY'}],
   src: [['002', "India and Turkmenistan have embassies in each other's capitals."]]},

  // --- Iran (002). Turkmenistan's missions: basis PARAGRAPH.
  {key: 'mission.iran.embassy.ashgabat', name: 'Embassy of Iran in Ashgabat',
   kind: 'EMBASSY', owner: 'iran', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', 'Iran has an embassy in Ashgabat and a consulate in Mary.']]},
  {key: 'mission.iran.consulate.mary', name: 'Consulate of Iran in Mary',
   kind: 'CONSULATE', owner: 'iran', city: 'mary', props: {},
   to: [{id: 'turkmenistan', role: 'CONSULATE'}],
   src: [['002', 'Iran has an embassy in Ashgabat and a consulate in Mary.']]},
  {key: 'mission.turkmenistan.embassy.tehran', name: 'Embassy of Turkmenistan in Tehran',
   kind: 'EMBASSY', owner: 'turkmenistan', city: 'tehran', props: {},
   basis: 'PARAGRAPH', contextRevision: '002', context: 'Iran has an embassy in Ashgabat and a consulate in Mary.',
   to: [{id: 'iran', role: 'EMBASSY', basis: 'PARAGRAPH'}],
   src: [['002', 'Turkmenistan has an embassy in Teheran and a consulate in Mashhad.[7]']]},
  {key: 'mission.turkmenistan.consulate.mashhad', name: 'Consulate of Turkmenistan in Mashhad',
   kind: 'CONSULATE', owner: 'turkmenistan', city: 'mashhad', props: {},
   basis: 'PARAGRAPH', contextRevision: '002', context: 'Iran has an embassy in Ashgabat and a consulate in Mary.',
   to: [{id: 'iran', role: 'CONSULATE', basis: 'PARAGRAPH'}],
   src: [['002', 'Turkmenistan has an embassy in Teheran and a consulate in Mashhad.[7]']]},

  // --- Israel (002).
  {key: 'mission.israel.embassy.ashgabat', name: 'Embassy of Israel in Ashgabat',
   kind: 'EMBASSY', owner: 'israel', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', 'Israel has an embassy in Ashgabat.']]},

  // --- Italy (002). Turkmenistan's embassy in Italy's capital is that of "the Turkmen ambassador
  //     in Rome", multiple-accredited to the Holy See and the UN agencies in Rome.
  {key: 'mission.italy.embassy.capital-of-turkmenistan', name: "Embassy of Italy in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'italy', props: {inCapital: true},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "Italy and Turkmenistan have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.rome', name: 'Embassy of Turkmenistan in Rome',
   kind: 'EMBASSY', owner: 'turkmenistan', city: 'rome', props: {inCapital: true},
   citySrc: [['002', 'The Turkmen ambassador in Rome is also accredited to the United Nations agencies there, and to the Holy See.']],
   to: [{id: 'italy', role: 'EMBASSY'},
        {id: 'holy-see', role: 'EMBASSY',
         src: [['002', 'The Turkmen ambassador in Rome is multiple-accredited, including to the Holy See.']]},
        {id: 'united-nations', role: 'PERMANENT_MISSION',
         src: [['002', 'The Turkmen ambassador in Rome is also accredited to the United Nations agencies there, and to the Holy See.']]}],
   src: [['002', "Italy and Turkmenistan have embassies in each other's capitals."]]},

  // --- Japan (000, 002): embassies opened January 2005 (Japan) and May 2013 (Turkmenistan).
  {key: 'mission.japan.embassy.ashgabat', name: 'Embassy of Japan in Ashgabat',
   kind: 'EMBASSY', owner: 'japan', city: 'ashgabat', props: {since: '2005-01', sincePrecision: 'MONTH'},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['000', 'Japan opened an embassy at Ashgabat in January 2005, and Turkmenistan opened an embassy in Tokyo in May 2013.'],
         ['002', 'Japan opened an embassy at Ashgabat in January 2005, and Turkmenistan opened an embassy in Tokyo in May 2013.[20]']]},
  {key: 'mission.turkmenistan.embassy.tokyo', name: 'Embassy of Turkmenistan in Tokyo',
   kind: 'EMBASSY', owner: 'turkmenistan', city: 'tokyo', props: {since: '2013-05', sincePrecision: 'MONTH'},
   to: [{id: 'japan', role: 'EMBASSY'}],
   src: [['000', 'Japan opened an embassy at Ashgabat in January 2005, and Turkmenistan opened an embassy in Tokyo in May 2013.'],
         ['002', 'Japan opened an embassy at Ashgabat in January 2005, and Turkmenistan opened an embassy in Tokyo in May 2013.[20]']]},

  // --- Libya (002): an economic and commercial office, and no embassy.
  {key: 'mission.libya.economic-office.ashgabat', name: 'Economic and commercial office of Libya in Ashgabat',
   kind: 'ECONOMIC_OFFICE', owner: 'libya', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'ECONOMIC_OFFICE'}],
   src: [['002', 'Libya maintains an economic and commercial office rather than an embassy in Ashgabat.']]},
  {key: 'mission.libya.embassy.ashgabat', name: 'Embassy of Libya in Ashgabat (none)',
   kind: 'EMBASSY', owner: 'libya', city: 'ashgabat', props: {present: false},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', 'Libya maintains an economic and commercial office rather than an embassy in Ashgabat.']]},

  // --- Qatar (002): Qatar's embassy; no Turkmen representation in Doha.
  {key: 'mission.qatar.embassy.ashgabat', name: 'Embassy of Qatar in Ashgabat',
   kind: 'EMBASSY', owner: 'qatar', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', 'Qatar has an embassy in Ashgabat.']]},
  {key: 'mission.turkmenistan.diplomatic-mission.doha', name: 'Permanent diplomatic representation of Turkmenistan in Doha (none)',
   kind: 'DIPLOMATIC_MISSION', owner: 'turkmenistan', city: 'doha', props: {present: false},
   basis: 'PARAGRAPH', contextRevision: '002', context: 'Qatar has an embassy in Ashgabat.',
   to: [{id: 'qatar', role: 'DIPLOMATIC_MISSION', basis: 'PARAGRAPH'}],
   src: [['002', 'Turkmenistan has no permanent diplomatic representation in Doha']]},

  // --- Romania (002).
  {key: 'mission.romania.embassy.capital-of-turkmenistan', name: "Embassy of Romania in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'romania', ownerBasis: 'PARAGRAPH', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "Romania's primary interest is development of the Lapis Lazuli corridor, which would use Romanian seaports on the Black Sea.",
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.capital-of-romania', name: "Embassy of Turkmenistan in Romania's capital",
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: "Romania's primary interest is development of the Lapis Lazuli corridor, which would use Romanian seaports on the Black Sea.",
   to: [{id: 'romania', role: 'EMBASSY', basis: 'PARAGRAPH'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},

  // --- Saudi Arabia (002).
  {key: 'mission.saudi-arabia.embassy.ashgabat', name: 'Embassy of Saudi Arabia in Ashgabat',
   kind: 'EMBASSY', owner: 'saudi-arabia', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', 'Saudi Arabia has an embassy in Ashgabat, and Turkmenistan has an embassy in Riyadh.']]},
  {key: 'mission.turkmenistan.embassy.riyadh', name: 'Embassy of Turkmenistan in Riyadh',
   kind: 'EMBASSY', owner: 'turkmenistan', city: 'riyadh', props: {},
   to: [{id: 'saudi-arabia', role: 'EMBASSY'}],
   src: [['002', 'Saudi Arabia has an embassy in Ashgabat, and Turkmenistan has an embassy in Riyadh.']]},

  // --- South Korea (002): the paragraph names "South Korean firms".
  {key: 'mission.south-korea.embassy.capital-of-turkmenistan', name: "Embassy of South Korea in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'south-korea', ownerBasis: 'PARAGRAPH', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: 'South Korean firms such as Hyundai and LG have won major contracts for building industrial plants.',
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "The countries have embassies in each other's capitals.[6][7]"]]},
  {key: 'mission.turkmenistan.embassy.capital-of-south-korea', name: "Embassy of Turkmenistan in South Korea's capital",
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: 'South Korean firms such as Hyundai and LG have won major contracts for building industrial plants.',
   to: [{id: 'south-korea', role: 'EMBASSY', basis: 'PARAGRAPH'}],
   src: [['002', "The countries have embassies in each other's capitals.[6][7]"]]},

  // --- Switzerland (001, 002): Turkmenistan's mission in Geneva doubles as embassy to Switzerland
  //     and permanent mission to the UN agencies in Geneva and the WTO (001 names only the UN
  //     representation). The Swiss ambassador resides in Baku.
  {key: 'mission.turkmenistan.diplomatic-mission.geneva', name: 'Diplomatic mission of Turkmenistan in Geneva',
   kind: 'DIPLOMATIC_MISSION', owner: 'turkmenistan', city: 'geneva', props: {doublesAs: ['EMBASSY', 'PERMANENT_MISSION']},
   to: [{id: 'switzerland', role: 'EMBASSY',
         src: [['002', 'Turkmenistan maintains a diplomatic mission in Geneva, which doubles as its embassy to Switzerland and is permanent representative to United Nations agencies in Geneva as well as to the World Trade Organization.']]},
        {id: 'united-nations', role: 'PERMANENT_MISSION'},
        {id: 'wto', role: 'PERMANENT_MISSION',
         src: [['002', 'Turkmenistan maintains a diplomatic mission in Geneva, which doubles as its embassy to Switzerland and is permanent representative to United Nations agencies in Geneva as well as to the World Trade Organization.']]}],
   src: [['001', 'Turkmenistan maintains permanent representatives to the United Nations offices in New York City, Vienna, and Geneva.'],
         ['002', 'Turkmenistan maintains a diplomatic mission in Geneva, which doubles as its embassy to Switzerland and is permanent representative to United Nations agencies in Geneva as well as to the World Trade Organization.']]},
  {key: 'mission.switzerland.embassy.baku', name: 'Embassy of Switzerland in Baku, accredited to Turkmenistan',
   kind: 'EMBASSY', owner: 'switzerland', city: 'baku', props: {resident: false}, headIn: 'baku',
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', 'The Swiss ambassador in Baku is accredited to Turkmenistan.']]},

  // --- Ukraine (002).
  {key: 'mission.ukraine.embassy.capital-of-turkmenistan', name: "Embassy of Ukraine in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'ukraine', props: {inCapital: true},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "Ukraine and Turkmenistan have embassies in each other's capitals.[6][7]"]]},
  {key: 'mission.turkmenistan.embassy.capital-of-ukraine', name: "Embassy of Turkmenistan in Ukraine's capital",
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true},
   to: [{id: 'ukraine', role: 'EMBASSY'}],
   src: [['002', "Ukraine and Turkmenistan have embassies in each other's capitals.[6][7]"]]},

  // --- United Arab Emirates (002): the paragraph names "The Emirates".
  {key: 'mission.united-arab-emirates.embassy.capital-of-turkmenistan', name: "Embassy of the United Arab Emirates in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'united-arab-emirates', ownerBasis: 'PARAGRAPH', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: 'The Emirates are a major entrepot for imports of foodstuffs and consumer items into Turkmenistan.',
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "The countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.capital-of-united-arab-emirates', name: "Embassy of Turkmenistan in the United Arab Emirates' capital",
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: 'The Emirates are a major entrepot for imports of foodstuffs and consumer items into Turkmenistan.',
   to: [{id: 'united-arab-emirates', role: 'EMBASSY', basis: 'PARAGRAPH'}],
   src: [['002', "The countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.consulate.dubai', name: 'Consulate of Turkmenistan in Dubai',
   kind: 'CONSULATE', owner: 'turkmenistan', city: 'dubai', props: {},
   basis: 'PARAGRAPH', contextRevision: '002',
   context: 'The Emirates are a major entrepot for imports of foodstuffs and consumer items into Turkmenistan.',
   to: [{id: 'united-arab-emirates', role: 'CONSULATE', basis: 'PARAGRAPH'}],
   src: [['002', 'In addition, Turkmenistan has a consulate in Dubai.']]},

  // --- United States (000): the U.S. Embassy, USAID and the Peace Corps in Ashgabat.
  {key: 'mission.united-states.embassy.ashgabat', name: 'Embassy of the United States in Ashgabat',
   kind: 'EMBASSY', owner: 'united-states', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['000', 'The U.S. Embassy, USAID, and the Peace Corps are located in Ashgabat, Turkmenistan.']]},
  {key: 'mission.usaid.agency-office.ashgabat', name: 'USAID in Ashgabat',
   kind: 'AGENCY_OFFICE', owner: 'usaid', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'AGENCY_OFFICE'}],
   src: [['000', 'The U.S. Embassy, USAID, and the Peace Corps are located in Ashgabat, Turkmenistan.']]},
  {key: 'mission.peace-corps.agency-office.ashgabat', name: 'Peace Corps in Ashgabat',
   kind: 'AGENCY_OFFICE', owner: 'peace-corps', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'AGENCY_OFFICE'}],
   src: [['000', 'The U.S. Embassy, USAID, and the Peace Corps are located in Ashgabat, Turkmenistan.']]},

  // --- Paragraphs of 002 that never name their counterpart (basis UNSTATED, on the Placeholder).
  //     Paragraph 20: Turkmenistan's embassy in Vienna, which doubles as its permanent mission to
  //     the UN agencies in Vienna (the UN representation in Vienna of 001 and 002).
  {key: 'mission.turkmenistan.embassy.vienna', name: 'Embassy of Turkmenistan in Vienna',
   kind: 'EMBASSY', owner: 'turkmenistan', city: 'vienna', props: {doublesAs: ['PERMANENT_MISSION']},
   basis: 'UNSTATED',
   to: [{id: 'unstated-002-p20', role: 'EMBASSY', basis: 'UNSTATED',
         src: [['002', 'Turkmenistan has an embassy in Vienna, which doubles as the permanent mission to United Nations agencies in Vienna.']]},
        {id: 'united-nations', role: 'PERMANENT_MISSION'}],
   src: [['001', 'Turkmenistan maintains permanent representatives to the United Nations offices in New York City, Vienna, and Geneva.'],
         ['002', 'Turkmenistan has an embassy in Vienna, which doubles as the permanent mission to United Nations agencies in Vienna.']]},
  {key: 'mission.unstated-002-p39.embassy.capital-of-turkmenistan', name: "Embassy of the counterpart of 002 paragraph 39 in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'unstated-002-p39', ownerBasis: 'UNSTATED', props: {inCapital: true}, basis: 'UNSTATED',
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.capital-of-unstated-002-p39', name: 'Embassy of Turkmenistan in the capital of the counterpart of 002 paragraph 39',
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true}, basis: 'UNSTATED',
   to: [{id: 'unstated-002-p39', role: 'EMBASSY', basis: 'UNSTATED'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'mission.unstated-002-p49.embassy.capital-of-turkmenistan', name: "Embassy of the counterpart of 002 paragraph 49 in Turkmenistan's capital",
   kind: 'EMBASSY', owner: 'unstated-002-p49', ownerBasis: 'UNSTATED', props: {inCapital: true}, basis: 'UNSTATED',
   to: [{id: 'turkmenistan', role: 'EMBASSY'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'mission.turkmenistan.embassy.capital-of-unstated-002-p49', name: 'Embassy of Turkmenistan in the capital of the counterpart of 002 paragraph 49',
   kind: 'EMBASSY', owner: 'turkmenistan', props: {inCapital: true}, basis: 'UNSTATED',
   to: [{id: 'unstated-002-p49', role: 'EMBASSY', basis: 'UNSTATED'}],
   src: [['002', "The two countries have embassies in each other's capitals."]]},

  // --- Turkmenistan's permanent representation to the UN offices in New York City (001, 002);
  //     Vienna and Geneva are the missions above.
  {key: 'mission.turkmenistan.permanent-mission.new-york-city', name: 'Permanent mission of Turkmenistan to the United Nations in New York City',
   kind: 'PERMANENT_MISSION', owner: 'turkmenistan', city: 'new-york-city', props: {},
   to: [{id: 'united-nations', role: 'PERMANENT_MISSION'}],
   src: [['001', 'Turkmenistan maintains permanent representatives to the United Nations offices in New York City, Vienna, and Geneva.'],
         ['002', 'Turkmenistan maintains permanent representatives to the United Nations offices in New York City, Vienna, and Geneva.']]},

  // --- International organisations with missions in Ashgabat (001, 002).
  {key: 'mission.united-nations.representation.ashgabat', name: 'United Nations permanent representation in Ashgabat',
   kind: 'REPRESENTATION', owner: 'united-nations', city: 'ashgabat',
   props: {staffedBy: 'a resident coordinator along with representatives of some UN agencies'},
   to: [{id: 'turkmenistan', role: 'REPRESENTATION'}],
   src: [['001', 'The United Nations maintains a permanent representation staffed by a resident coordinator along with representatives of some UN agencies in Ashgabat.'],
         ['002', 'The United Nations maintains a permanent representation staffed by a resident coordinator along with representatives of some UN agencies in Ashgabat.']]},
  {key: 'mission.adb.diplomatic-mission.ashgabat', name: 'Asian Development Bank mission in Ashgabat',
   kind: 'DIPLOMATIC_MISSION', owner: 'adb', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'DIPLOMATIC_MISSION'}],
   src: [['001', 'The Asian Development Bank, European Bank for Reconstruction and Development, Organization for Security and Cooperation in Europe, and European Union have missions in Ashgabat, as well.'],
         ['002', 'The Asian Development Bank, European Bank for Reconstruction and Development, Organization for Security and Cooperation in Europe, and European Union have missions in Ashgabat, as well.']]},
  {key: 'mission.ebrd.diplomatic-mission.ashgabat', name: 'European Bank for Reconstruction and Development mission in Ashgabat',
   kind: 'DIPLOMATIC_MISSION', owner: 'ebrd', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'DIPLOMATIC_MISSION'}],
   src: [['001', 'The Asian Development Bank, European Bank for Reconstruction and Development, Organization for Security and Cooperation in Europe, and European Union have missions in Ashgabat, as well.'],
         ['002', 'The Asian Development Bank, European Bank for Reconstruction and Development, Organization for Security and Cooperation in Europe, and European Union have missions in Ashgabat, as well.']]},
  {key: 'mission.osce.diplomatic-mission.ashgabat', name: 'OSCE mission in Ashgabat',
   kind: 'DIPLOMATIC_MISSION', owner: 'osce', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'DIPLOMATIC_MISSION'}],
   src: [['001', 'The Asian Development Bank, European Bank for Reconstruction and Development, Organization for Security and Cooperation in Europe, and European Union have missions in Ashgabat, as well.'],
         ['002', 'The Asian Development Bank, European Bank for Reconstruction and Development, Organization for Security and Cooperation in Europe, and European Union have missions in Ashgabat, as well.']]},
  {key: 'mission.european-union.diplomatic-mission.ashgabat', name: 'European Union mission in Ashgabat',
   kind: 'DIPLOMATIC_MISSION', owner: 'european-union', city: 'ashgabat', props: {},
   to: [{id: 'turkmenistan', role: 'DIPLOMATIC_MISSION'}],
   src: [['001', 'The Asian Development Bank, European Bank for Reconstruction and Development, Organization for Security and Cooperation in Europe, and European Union have missions in Ashgabat, as well.'],
         ['002', 'The Asian Development Bank, European Bank for Reconstruction and Development, Organization for Security and Cooperation in Europe, and European Union have missions in Ashgabat, as well.']]}
] AS row
MERGE (mission:Fact:Mission {key: row.key})
SET mission += row.props,
    mission.name = row.name,
    mission.missionKind = row.kind,
    mission.present = coalesce(row.props.present, true),
    mission.resident = CASE WHEN coalesce(row.props.present, true) THEN coalesce(row.props.resident, true) END,
    mission.basis = row.basis, mission.context = row.context, mission.contextRevision = row.contextRevision,
    mission.revisions = [s IN row.src | s[0]], mission.quotes = [s IN row.src | s[1]]
WITH mission, row
CALL (mission, row) {
  MATCH (owner:Entity {id: row.owner})
  MERGE (owner)-[r:MAINTAINS {key: row.key + '.maintains'}]->(mission)
  WITH r, row, coalesce(row.ownerSrc, row.src) AS src
  SET r.basis = row.ownerBasis,
      r.context = CASE row.ownerBasis WHEN 'PARAGRAPH' THEN row.context END,
      r.contextRevision = CASE row.ownerBasis WHEN 'PARAGRAPH' THEN row.contextRevision END,
      r.revisions = [s IN src | s[0]], r.quotes = [s IN src | s[1]]
}
CALL (mission, row) {
  MATCH (city:Entity:City {id: row.city})
  MERGE (mission)-[r:MISSION_IN {key: row.key + '.in'}]->(city)
  WITH r, coalesce(row.citySrc, row.src) AS src
  SET r.revisions = [s IN src | s[0]], r.quotes = [s IN src | s[1]]
}
CALL (mission, row) {
  UNWIND row.to AS accreditation
  MATCH (receiver:Entity {id: accreditation.id})
  MERGE (mission)-[r:ACCREDITED_TO {key: row.key + '.accredited-to.' + accreditation.id}]->(receiver)
  WITH r, row, accreditation, coalesce(accreditation.src, row.src) AS src
  SET r.role = accreditation.role,
      r.basis = accreditation.basis,
      r.context = CASE accreditation.basis WHEN 'PARAGRAPH' THEN row.context END,
      r.contextRevision = CASE accreditation.basis WHEN 'PARAGRAPH' THEN row.contextRevision END,
      r.revisions = [s IN src | s[0]], r.quotes = [s IN src | s[1]]
}
CALL (mission, row) {
  MATCH (city:Entity:City {id: row.headIn})
  MERGE (mission)-[r:HEAD_RESIDENT_IN {key: row.key + '.head-resident-in'}]->(city)
  WITH r, coalesce(row.headSrc, row.src) AS src
  SET r.revisions = [s IN src | s[0]], r.quotes = [s IN src | s[1]]
};

// ---------------------------------------------------------------------------------------------
// Heads of mission: Fazal Muhammad Sabir, chargé d'affaires of the Afghan embassy in Ashgabat
// since March 2022 (his appointment by the Islamic Emirate is in V0120). The sentence names
// neither the embassy nor Afghanistan; the one before it does (basis PARAGRAPH).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'head.fazal-muhammad-sabir', person: 'fazal-muhammad-sabir', mission: 'mission.afghanistan.embassy.ashgabat',
   props: {role: "chargé d'affaires", since: '2022-03', sincePrecision: 'MONTH',
           basis: 'PARAGRAPH', contextRevision: '002',
           context: "Though Turkmenistan has not recognized the Taliban's state, the Islamic Emirate of Afghanistan, it has facilitated the Taliban's appointment of diplomats to the Afghan Embassy in Ashgabat."},
   src: [['002', "The current chargé d'affaires is Fazal Muhammad Sabir, appointed in March 2022.[13][14][15]"]]}
] AS row
MATCH (person:Entity:Person {id: row.person}), (mission:Mission {key: row.mission})
MERGE (person)-[r:HEADS {key: row.key}]->(mission)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
