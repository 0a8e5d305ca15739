// Geography: where the cities and institutions lie, the borders the texts state or deny, and
// Turkmenistan's independence from the Soviet Union.
// Every fact carries key, revisions and quotes (src pairs: [revision, verbatim sentence]);
// R__Derive_provenance derives current, factKey and basis defaults.
//
// Railway and pipeline towns (Andkhoy, Faryab province, Torghundi, Khaf, Aqina, Andkhoy District,
// northern Afghanistan, Ymamnazar, Kerki, Serhetabat, Herat, Sherkhan Bandar, Mazar-i-Sharif,
// Kunduz, Korpeje, Kurt Kui) are placed by V0200__Energy and V0210__Railways, with the sentences
// that name them there. Vienna, London and Birmingham get no LOCATED_IN: the texts never name
// their countries and no such country is an entity of the graph.

// ---------------------------------------------------------------------------------------------
// Places whose country a sentence states.
//   Ashgabat: "located in Ashgabat, Turkmenistan" (000 only). 001 and 002 never say where Ashgabat
//   is; a REFERENCE record carries the location for them, with the same value and factKey, so the
//   revision diff sees the location unchanged and the 002 graph still resolves Ashgabat.
//   Oguz Han university: "in Ashgabat" (002).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'location.ashgabat', place: 'ashgabat', within: 'turkmenistan',
   props: {value: 'Turkmenistan'},
   src: [['000', 'The U.S. Embassy, USAID, and the Peace Corps are located in Ashgabat, Turkmenistan.']]},
  {key: 'location.oguz-han-university', place: 'oguz-han-university', within: 'ashgabat', props: {},
   src: [['002', 'Japan is heavily involved in operation of the Oguz Han Engineering Technology University in Ashgabat.']]}
] AS row
MATCH (place:Entity {id: row.place}), (container:Entity:Place {id: row.within})
MERGE (place)-[r:LOCATED_IN {key: row.key}]->(container)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Places the missions, air routes and bridges need, whose country the texts do not state:
// basis REFERENCE (GeoNames), quoting a sentence of each revision that names the place.
// The country of each is one the texts name; the place is never used to identify a counterpart.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'location.ashgabat.reference', place: 'ashgabat', within: 'turkmenistan',
   props: {factKey: 'location.ashgabat', value: 'Turkmenistan'},
   src: [['001', 'The United Nations maintains a permanent representation staffed by a resident coordinator along with representatives of some UN agencies in Ashgabat.'],
         ['002', 'The United Nations maintains a permanent representation staffed by a resident coordinator along with representatives of some UN agencies in Ashgabat.']]},
  {key: 'location.mary', place: 'mary', within: 'turkmenistan', props: {},
   src: [['002', 'Afghanistan has an embassy in Ashgabat and a consulate in Mary.']]},
  {key: 'location.turkmenabat', place: 'turkmenabat', within: 'turkmenistan', props: {},
   src: [['002', 'Ukrainian companies have been involved in major construction projects, including the rail and automobile bridges across the Amu Darya at Türkmenabat.']]},
  {key: 'location.kabul', place: 'kabul', within: 'afghanistan', props: {},
   src: [['002', 'Turkmenistan has an embassy in Kabul plus consulates in Herat and Mazar-i-Sharif.[6][7]']]},
  {key: 'location.tehran', place: 'tehran', within: 'iran', props: {},
   src: [['002', 'Turkmenistan has an embassy in Teheran and a consulate in Mashhad.[7]']]},
  {key: 'location.mashhad', place: 'mashhad', within: 'iran', props: {},
   src: [['002', 'Turkmenistan has an embassy in Teheran and a consulate in Mashhad.[7]']]},
  {key: 'location.tokyo', place: 'tokyo', within: 'japan', props: {},
   src: [['000', 'Japan opened an embassy at Ashgabat in January 2005, and Turkmenistan opened an embassy in Tokyo in May 2013.'],
         ['002', 'Japan opened an embassy at Ashgabat in January 2005, and Turkmenistan opened an embassy in Tokyo in May 2013.[20]']]},
  {key: 'location.paris', place: 'paris', within: 'france', props: {},
   src: [['002', 'Turkmenistan has an embassy in Paris and France has an embassy in Ashgabat.']]},
  {key: 'location.tbilisi', place: 'tbilisi', within: 'georgia', props: {},
   src: [['002', 'Georgia has an embassy in Ashgabat, and Turkmenistan has an embassy in Tbilisi.[7][6][19]']]},
  {key: 'location.frankfurt-am-main', place: 'frankfurt-am-main', within: 'germany', props: {},
   src: [['002', 'Turkmenistan have a consulate in Frankfurt am Main.']]},
  {key: 'location.rome', place: 'rome', within: 'italy', props: {},
   src: [['002', 'The Turkmen ambassador in Rome is also accredited to the United Nations agencies there, and to the Holy See.']]},
  {key: 'location.ankara', place: 'ankara', within: 'turkey', props: {},
   src: [['002', 'The Vatican maintains a nunciature in Ashgabat, although the nuncio is resident in Ankara.']]},
  {key: 'location.new-delhi', place: 'new-delhi', within: 'india', props: {},
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'location.amritsar', place: 'amritsar', within: 'india', props: {},
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'location.kuala-lumpur', place: 'kuala-lumpur', within: 'malaysia', props: {},
   src: [['002', 'Turkmenistan Airlines offers scheduled service between Ashgabat and Kuala Lumpur.']]},
  {key: 'location.doha', place: 'doha', within: 'qatar', props: {},
   src: [['002', 'Turkmenistan has no permanent diplomatic representation in Doha']]},
  {key: 'location.riyadh', place: 'riyadh', within: 'saudi-arabia', props: {},
   src: [['002', 'Saudi Arabia has an embassy in Ashgabat, and Turkmenistan has an embassy in Riyadh.']]},
  {key: 'location.geneva', place: 'geneva', within: 'switzerland', props: {},
   src: [['001', 'Turkmenistan maintains permanent representatives to the United Nations offices in New York City, Vienna, and Geneva.'],
         ['002', 'Turkmenistan maintains a diplomatic mission in Geneva, which doubles as its embassy to Switzerland and is permanent representative to United Nations agencies in Geneva as well as to the World Trade Organization.']]},
  {key: 'location.baku', place: 'baku', within: 'azerbaijan', props: {},
   src: [['002', 'The Swiss ambassador in Baku is accredited to Turkmenistan.']]},
  {key: 'location.dubai', place: 'dubai', within: 'united-arab-emirates', props: {},
   src: [['002', 'In addition, Turkmenistan has a consulate in Dubai.']]},
  {key: 'location.new-york-city', place: 'new-york-city', within: 'united-states', props: {},
   src: [['001', 'Turkmenistan maintains permanent representatives to the United Nations offices in New York City, Vienna, and Geneva.'],
         ['002', 'Turkmenistan maintains permanent representatives to the United Nations offices in New York City, Vienna, and Geneva.']]}
] AS row
MATCH (place:Entity {id: row.place}), (container:Entity:Place {id: row.within})
MERGE (place)-[r:LOCATED_IN {key: row.key}]->(container)
SET r += row.props, r.basis = 'REFERENCE', r.citation = 'GeoNames',
    r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Borders.
//   Afghanistan: "shares a long border" (002); 000 and 001 imply it with "cross-border trade".
//   Russia: "no common land or Caspian Sea border" (000): present false, no border of either kind.
//   Caspian Sea boundaries "not yet determined with Kazakhstan, Azerbaijan and Iran" (000): there
//   are Caspian boundaries with each (borderKind CASPIAN_SEA). In 002 the Iran paragraph calls "the
//   Caspian Sea territorial boundaries" a cause of tension "between the two", and the Azerbaijan
//   paragraph has "the two countries" exploit a "cross-boundary" Caspian field: basis PARAGRAPH,
//   with the sentence of the 002 paragraph that names the counterpart as context.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'borders.afghanistan', to: 'afghanistan', props: {present: true},
   src: [['000', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, it has significant commercial relationships with Russia and Iran and a growing cross-border trade with Afghanistan.'],
         ['001', 'Turkmenistan has significant commercial relationships with Russia and Iran and growing cross-border trade with Afghanistan.'],
         ['002', 'Turkmenistan shares a long border with Afghanistan, a principal producer of heroin and opium.']]},
  {key: 'borders.russia', to: 'russia', props: {present: false},
   src: [['000', 'Turkmenistan has no common land or Caspian Sea border with Russia.']]},
  {key: 'borders.kazakhstan.caspian-sea', to: 'kazakhstan', props: {present: true, borderKind: 'CASPIAN_SEA'},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.']]},
  {key: 'borders.azerbaijan.caspian-sea', to: 'azerbaijan',
   props: {present: true, borderKind: 'CASPIAN_SEA', basis: 'PARAGRAPH', contextRevision: '002',
           context: "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a."},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'],
         ['002', 'Nonetheless the two countries have begun to cooperate more in commercial spheres, most notably with signing of a memorandum in 2020 on joint exploitation of the cross-boundary Serdar oil field in the Caspian.']]},
  {key: 'borders.iran.caspian-sea', to: 'iran',
   props: {present: true, borderKind: 'CASPIAN_SEA', basis: 'PARAGRAPH', contextRevision: '002',
           context: "Iran and Turkmenistan have had relations since Turkmenistan's independence from the Soviet Union in 1991."},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'],
         ['002', 'The Caspian Sea territorial boundaries are a cause of tension between the two.']]}
] AS row
MATCH (turkmenistan:Entity:Country {id: 'turkmenistan'}), (neighbour:Entity:Country {id: row.to})
MERGE (turkmenistan)-[r:BORDERS {key: row.key}]->(neighbour)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Independence from the Soviet Union, 1991 (000, 002; the Iran paragraph).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'independence.soviet-union', from: 'turkmenistan', to: 'soviet-union',
   props: {date: '1991', datePrecision: 'YEAR'},
   src: [['000', "Iran and Turkmenistan have had relations since Turkmenistan's independence from the Soviet Union in 1991."],
         ['002', "Iran and Turkmenistan have had relations since Turkmenistan's independence from the Soviet Union in 1991."]]}
] AS row
MATCH (country:Entity:Country {id: row.from}), (former:Entity:Country {id: row.to})
MERGE (country)-[r:INDEPENDENT_FROM {key: row.key}]->(former)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
