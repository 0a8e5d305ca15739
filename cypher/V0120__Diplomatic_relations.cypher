// Diplomatic relations of Turkmenistan, recognition, leaders, and the Taliban-appointed chargé
// d'affaires in Ashgabat. (His HEADS edge to the Afghan embassy is in V0130__Missions, after the
// mission node exists.)
// Every fact carries key, revisions and quotes (src pairs: [revision, verbatim sentence]);
// R__Derive_provenance derives current, factKey and basis defaults.

// ---------------------------------------------------------------------------------------------
// Diplomatic relations with the date the text gives, at its precision (`value` = that date).
//   Iran: "relations since Turkmenistan's independence ... in 1991".
//   France: the date sentence names no country; the paragraph does (basis PARAGRAPH, context 002).
//   South Korea (002): likewise; the paragraph names "South Korean firms".
//   The paragraphs that never name their counterpart hang on their Placeholder (basis UNSTATED);
//   000 paragraph 15 and South Korea's 002 paragraph share a date, but nothing says they are one.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'relations.iran', to: 'iran',
   props: {established: '1991', establishedPrecision: 'YEAR', value: '1991'},
   src: [['000', "Iran and Turkmenistan have had relations since Turkmenistan's independence from the Soviet Union in 1991."],
         ['002', "Iran and Turkmenistan have had relations since Turkmenistan's independence from the Soviet Union in 1991."]]},
  {key: 'relations.france', to: 'france',
   props: {established: '1992-03-06', establishedPrecision: 'DAY', value: '1992-03-06',
           basis: 'PARAGRAPH', contextRevision: '002',
           context: 'Turkmenistan has an embassy in Paris and France has an embassy in Ashgabat.'},
   src: [['000', 'Diplomatic relations were established on March 6, 1992 signing of the Protocol.'],
         ['002', 'Diplomatic relations were established with the March 6, 1992 signing of the Protocol.']]},
  {key: 'relations.japan', to: 'japan',
   props: {established: '1992-04', establishedPrecision: 'MONTH', value: '1992-04'},
   src: [['000', 'Diplomatic relations between Japan and Turkmenistan were established in April 1992.'],
         ['002', 'Diplomatic relations between Japan and Turkmenistan were established in April 1992.']]},
  {key: 'relations.south-korea', to: 'south-korea',
   props: {established: '1992-02-07', establishedPrecision: 'DAY', value: '1992-02-07',
           basis: 'PARAGRAPH', contextRevision: '002',
           context: 'South Korean firms such as Hyundai and LG have won major contracts for building industrial plants.'},
   src: [['002', 'Diplomatic relations were established on February 7, 1992.']]},
  {key: 'relations.unstated-000-p15', to: 'unstated-000-p15',
   props: {established: '1992-02-07', establishedPrecision: 'DAY', value: '1992-02-07', basis: 'UNSTATED'},
   src: [['000', 'Establishment of Diplomatic Relations February 7, 1992 Bilateral Trade (2013):$ 141 million Exports: $ 141 million Imports: $ 0.12 million.']]},
  {key: 'relations.unstated-002-p19', to: 'unstated-002-p19',
   props: {established: '1994-03-24', establishedPrecision: 'DAY', value: '1994-03-24', basis: 'UNSTATED'},
   src: [['002', 'Both countries established diplomatic relations on March 24, 1994.[16]']]},
  {key: 'relations.unstated-002-p23', to: 'unstated-002-p23',
   props: {established: '1996-09-11', establishedPrecision: 'DAY', value: '1996-09-11', basis: 'UNSTATED'},
   src: [['002', 'The countries established diplomatic relations on 11 September  1996.[17]']]},
  {key: 'relations.unstated-002-p24', to: 'unstated-002-p24',
   props: {established: '1995-04-06', establishedPrecision: 'DAY', value: '1995-04-06', basis: 'UNSTATED'},
   src: [['002', 'Both countries established diplomatic relations on 6 April 1995.']]},
  {key: 'relations.unstated-002-p26', to: 'unstated-002-p26',
   props: {established: '2017-07-04', establishedPrecision: 'DAY', value: '2017-07-04', basis: 'UNSTATED'},
   src: [['002', 'The countries established diplomatic relations on July 4, 2017.[16]']]},
  {key: 'relations.unstated-002-p27', to: 'unstated-002-p27',
   props: {established: '2016-10-13', establishedPrecision: 'DAY', value: '2016-10-13', basis: 'UNSTATED'},
   src: [['002', 'Both countries established diplomatic relations on October 13, 2016.[18]']]},
  {key: 'relations.unstated-002-p31', to: 'unstated-002-p31',
   props: {established: '1997-06-11', establishedPrecision: 'DAY', value: '1997-06-11', basis: 'UNSTATED'},
   src: [['002', 'Both countries established diplomatic relations on June 11, 1997.[16]']]},
  {key: 'relations.unstated-002-p33', to: 'unstated-002-p33',
   props: {established: '1997-02-13', establishedPrecision: 'DAY', value: '1997-02-13', basis: 'UNSTATED'},
   src: [['002', 'Both countries established diplomatic relations on February 13, 1997.[16]']]},
  {key: 'relations.unstated-002-p42', to: 'unstated-002-p42',
   props: {established: '1996-06-21', establishedPrecision: 'DAY', value: '1996-06-21', basis: 'UNSTATED'},
   src: [['002', 'The countries established diplomatic relations on June 21, 1996.[16]']]},
  {key: 'relations.unstated-002-p47', to: 'unstated-002-p47',
   props: {established: '1999-06-25', establishedPrecision: 'DAY', value: '1999-06-25', basis: 'UNSTATED'},
   src: [['002', 'The countries established diplomatic relations on June 25, 1999.[17]']]},
  {key: 'relations.unstated-002-p53', to: 'unstated-002-p53',
   props: {established: '1999-03-22', establishedPrecision: 'DAY', value: '1999-03-22', basis: 'UNSTATED'},
   src: [['002', 'Both countries established diplomatic relations on March 22, 1999.[16]']]}
] AS row
MATCH (turkmenistan:Entity:Country {id: 'turkmenistan'}), (counterpart:Entity {id: row.to})
MERGE (turkmenistan)-[r:DIPLOMATIC_RELATIONS {key: row.key}]->(counterpart)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Diplomatic relations the texts give no date for, implied by the embassies (or the accredited
// ambassador) the counterparts exchange with Turkmenistan: `impliedBy: 'MISSIONS'`, no
// `established`. The quote is the mission sentence; the missions themselves are in V0130.
// Libya is left out: "an economic and commercial office rather than an embassy" does not imply
// diplomatic relations.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'relations.afghanistan', to: 'afghanistan', props: {},
   src: [['002', 'Afghanistan has an embassy in Ashgabat and a consulate in Mary.']]},
  {key: 'relations.azerbaijan', to: 'azerbaijan',
   props: {basis: 'PARAGRAPH', contextRevision: '002',
           context: "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a."},
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'relations.china', to: 'china',
   props: {basis: 'PARAGRAPH', contextRevision: '002',
           context: "The relationship is dominated by China's position as the largest importer by far of natural gas from Turkmenistan, making China Turkmenistan's largest source of foreign exchange earnings."},
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'relations.georgia', to: 'georgia', props: {},
   src: [['002', 'Georgia has an embassy in Ashgabat, and Turkmenistan has an embassy in Tbilisi.[7][6][19]']]},
  {key: 'relations.germany', to: 'germany',
   props: {basis: 'PARAGRAPH', contextRevision: '002',
           context: "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."},
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'relations.holy-see', to: 'holy-see', props: {},
   src: [['002', 'The Turkmen ambassador in Rome is multiple-accredited, including to the Holy See.']]},
  {key: 'relations.india', to: 'india', props: {},
   src: [['002', "India and Turkmenistan have embassies in each other's capitals."]]},
  {key: 'relations.israel', to: 'israel', props: {},
   src: [['002', 'Israel has an embassy in Ashgabat.']]},
  {key: 'relations.italy', to: 'italy', props: {},
   src: [['002', "Italy and Turkmenistan have embassies in each other's capitals."]]},
  {key: 'relations.qatar', to: 'qatar', props: {},
   src: [['002', 'Qatar has an embassy in Ashgabat.']]},
  {key: 'relations.romania', to: 'romania',
   props: {basis: 'PARAGRAPH', contextRevision: '002',
           context: "Romania's primary interest is development of the Lapis Lazuli corridor, which would use Romanian seaports on the Black Sea."},
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'relations.saudi-arabia', to: 'saudi-arabia', props: {},
   src: [['002', 'Saudi Arabia has an embassy in Ashgabat, and Turkmenistan has an embassy in Riyadh.']]},
  {key: 'relations.switzerland', to: 'switzerland', props: {},
   src: [['002', 'Turkmenistan maintains a diplomatic mission in Geneva, which doubles as its embassy to Switzerland and is permanent representative to United Nations agencies in Geneva as well as to the World Trade Organization.']]},
  {key: 'relations.ukraine', to: 'ukraine', props: {},
   src: [['002', "Ukraine and Turkmenistan have embassies in each other's capitals.[6][7]"]]},
  {key: 'relations.united-arab-emirates', to: 'united-arab-emirates',
   props: {basis: 'PARAGRAPH', contextRevision: '002',
           context: 'The Emirates are a major entrepot for imports of foodstuffs and consumer items into Turkmenistan.'},
   src: [['002', "The countries have embassies in each other's capitals."]]},
  {key: 'relations.united-states', to: 'united-states', props: {},
   src: [['000', 'The U.S. Embassy, USAID, and the Peace Corps are located in Ashgabat, Turkmenistan.']]},
  {key: 'relations.unstated-002-p20', to: 'unstated-002-p20', props: {basis: 'UNSTATED'},
   src: [['002', 'Turkmenistan has an embassy in Vienna, which doubles as the permanent mission to United Nations agencies in Vienna.']]},
  {key: 'relations.unstated-002-p39', to: 'unstated-002-p39', props: {basis: 'UNSTATED'},
   src: [['002', "The two countries have embassies in each other's capitals."]]},
  {key: 'relations.unstated-002-p49', to: 'unstated-002-p49', props: {basis: 'UNSTATED'},
   src: [['002', "The two countries have embassies in each other's capitals."]]}
] AS row
MATCH (turkmenistan:Entity:Country {id: 'turkmenistan'}), (counterpart:Entity {id: row.to})
MERGE (turkmenistan)-[r:DIPLOMATIC_RELATIONS {key: row.key}]->(counterpart)
SET r += row.props, r.impliedBy = 'MISSIONS', r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Recognition of Turkmenistan's independence. Iran is the first nation to recognise it in 000
// and the second in 002: two values of one fact (factKey 'iran.recognition-order').
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'recognition.iran.first', from: 'iran', to: 'turkmenistan',
   props: {factKey: 'iran.recognition-order', order: 1, value: 'first'},
   src: [['000', 'Iran was the first nation to recognize Turkmenistan as an independent nation.']]},
  {key: 'recognition.iran.second', from: 'iran', to: 'turkmenistan',
   props: {factKey: 'iran.recognition-order', order: 2, value: 'second'},
   src: [['002', 'Iran was the second nation to recognize Turkmenistan as an independent nation.[6]']]}
] AS row
MATCH (recogniser:Entity:Country {id: row.from}), (recognised:Entity:Country {id: row.to})
MERGE (recogniser)-[r:RECOGNISED {key: row.key}]->(recognised)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// Turkmenistan has not recognised the Taliban's state (002).
UNWIND [
  {key: 'non-recognition.islamic-emirate-of-afghanistan', from: 'turkmenistan', to: 'islamic-emirate-of-afghanistan', props: {},
   src: [['002', "Though Turkmenistan has not recognized the Taliban's state, the Islamic Emirate of Afghanistan, it has facilitated the Taliban's appointment of diplomats to the Afghan Embassy in Ashgabat."]]}
] AS row
MATCH (country:Entity:Country {id: row.from}), (government:Entity:Organisation {id: row.to})
MERGE (country)-[r:DOES_NOT_RECOGNISE {key: row.key}]->(government)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Leaders of Turkmenistan.
//   Niyazov: president until his death in December 2006 (000); "Former President" (000, 001, 002).
//   The 000 quote is the death sentence (it gives `until`); 001 and 002 only say "Former".
//   Berdimuhamedow: "Turkmen president" (000).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'leader.saparmurat-niyazov', person: 'saparmurat-niyazov', country: 'turkmenistan',
   props: {role: 'President', until: '2006-12', untilPrecision: 'MONTH', former: true},
   src: [['000', "Following the death of President Saparmurat Niyazov in December 2006, there has been much speculation and uncertainty regarding the fate of Turkmenistan's natural resources."],
         ['001', 'Former President Niyazov stated that the neutrality would prevent Turkmenistan from participating in multi-national defense organizations, but allows military assistance.'],
         ['002', 'Former President Niyazov stated that the neutrality would prevent Turkmenistan from participating in multi-national defense organizations, but allows military assistance.']]},
  {key: 'leader.gurbanguly-berdimuhamedow', person: 'gurbanguly-berdimuhamedow', country: 'turkmenistan',
   props: {role: 'President'},
   src: [['000', 'Turkmen president Gurbanguly Berdimuhamedow has agreed to help supply and expand the Russian-backed Pricaspiysky pipeline, however no action has yet occurred towards this goal.']]}
] AS row
MATCH (person:Entity:Person {id: row.person}), (country:Entity:Country {id: row.country})
MERGE (person)-[r:LEADER_OF {key: row.key}]->(country)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Fazal Muhammad Sabir, chargé d'affaires appointed in March 2022. The sentence names neither the
// Taliban nor the embassy; the sentence before it does (basis PARAGRAPH).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'appointment.fazal-muhammad-sabir', person: 'fazal-muhammad-sabir', by: 'islamic-emirate-of-afghanistan',
   props: {role: "chargé d'affaires", date: '2022-03', datePrecision: 'MONTH',
           basis: 'PARAGRAPH', contextRevision: '002',
           context: "Though Turkmenistan has not recognized the Taliban's state, the Islamic Emirate of Afghanistan, it has facilitated the Taliban's appointment of diplomats to the Afghan Embassy in Ashgabat."},
   src: [['002', "The current chargé d'affaires is Fazal Muhammad Sabir, appointed in March 2022.[13][14][15]"]]}
] AS row
MATCH (person:Entity:Person {id: row.person}), (appointer:Entity:Organisation {id: row.by})
MERGE (person)-[r:APPOINTED_BY {key: row.key}]->(appointer)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
