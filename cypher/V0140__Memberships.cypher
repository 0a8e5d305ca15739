// Memberships of Turkmenistan in international organisations, its partnership in the EU INOGATE
// energy programme, and the organisations that are part of another organisation or a country.
// Every fact carries key, revisions and quotes (src pairs: [revision, verbatim sentence]);
// R__Derive_provenance derives current, factKey and basis defaults.

// ---------------------------------------------------------------------------------------------
// Memberships: one MEMBER_OF record per organisation (key 'membership.<organisation>'), so that
// the revision diff shows the International Organization of Turkic Culture (TURKSOY) as added by
// 001/002 while the ten organisations of 000 stay. Each revision has one membership sentence.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {organisations: ['united-nations', 'imf', 'world-bank', 'eco', 'osce', 'oic', 'isdb', 'adb', 'ebrd', 'fao'],
   src: [['000', 'Turkmenistan is a member of the United Nations, the International Monetary Fund, the World Bank, the Economic Cooperation Organization, the Organization for Security and Cooperation in Europe, the Organisation of Islamic Cooperation, the Islamic Development Bank, Asian Development Bank, European Bank for Reconstruction and Development, and the Food and Agriculture Organization.'],
         ['001', 'Turkmenistan is a member of the United Nations, the International Monetary Fund, the World Bank, the Economic Cooperation Organization, the Organization for Security and Cooperation in Europe, the Organisation of Islamic Cooperation, the Islamic Development Bank, Asian Development Bank, European Bank for Reconstruction and Development, the Food and Agriculture Organization, and the International Organization of Turkic Culture.'],
         ['002', 'Turkmenistan is a member of the United Nations, the International Monetary Fund, the World Bank, the Economic Cooperation Organization, the Organization for Security and Cooperation in Europe, the Organisation of Islamic Cooperation, the Islamic Development Bank, Asian Development Bank, European Bank for Reconstruction and Development, the Food and Agriculture Organization, and the International Organization of Turkic Culture.']]},
  {organisations: ['turksoy'],
   src: [['001', 'Turkmenistan is a member of the United Nations, the International Monetary Fund, the World Bank, the Economic Cooperation Organization, the Organization for Security and Cooperation in Europe, the Organisation of Islamic Cooperation, the Islamic Development Bank, Asian Development Bank, European Bank for Reconstruction and Development, the Food and Agriculture Organization, and the International Organization of Turkic Culture.'],
         ['002', 'Turkmenistan is a member of the United Nations, the International Monetary Fund, the World Bank, the Economic Cooperation Organization, the Organization for Security and Cooperation in Europe, the Organisation of Islamic Cooperation, the Islamic Development Bank, Asian Development Bank, European Bank for Reconstruction and Development, the Food and Agriculture Organization, and the International Organization of Turkic Culture.']]}
] AS listing
UNWIND listing.organisations AS id
MATCH (turkmenistan:Entity:Country {id: 'turkmenistan'}), (organisation:Entity:Organisation {id: id})
MERGE (turkmenistan)-[r:MEMBER_OF {key: 'membership.' + id}]->(organisation)
SET r.revisions = [s IN listing.src | s[0]], r.quotes = [s IN listing.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Turkmenistan is a partner country of the EU INOGATE energy programme (000, 001, 002).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'partnership.inogate', from: 'turkmenistan', to: 'inogate', props: {partnerKind: 'PARTNER_COUNTRY'},
   src: [['000', 'Turkmenistan is a partner country of the EU INOGATE energy programme, which has four key topics: enhancing energy security, of member state energy markets on the basis of EU internal energy market principles,supporting sustainable energy development, and attracting investment for energy projects of common and regional interest.'],
         ['001', 'Turkmenistan is a partner country of the EU INOGATE energy programme, which has four key topics: enhancing energy security, convergence of member state energy markets on the basis of EU internal energy market principles, supporting sustainable energy development, and attracting investment for energy projects of common and regional interest.'],
         ['002', 'Turkmenistan is a partner country of the EU INOGATE energy programme, which has four key topics: enhancing energy security, convergence of member state energy markets on the basis of EU internal energy market principles, supporting sustainable energy development, and attracting investment for energy projects of common and regional interest.[2]']]}
] AS row
MATCH (country:Entity:Country {id: row.from}), (programme:Entity:Organisation {id: row.to})
MERGE (country)-[r:PARTNER_OF {key: row.key}]->(programme)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Organisations that belong to another organisation or to a country.
//   INOGATE is "the EU INOGATE energy programme" (000, 001, 002).
//   USAID and the Peace Corps are named with "the U.S. Embassy" in the paragraph on the United
//   States (000); no sentence says they are American agencies: basis PARAGRAPH.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'part-of.inogate.european-union', part: 'inogate', whole: 'european-union', props: {},
   src: [['000', 'Turkmenistan is a partner country of the EU INOGATE energy programme, which has four key topics: enhancing energy security, of member state energy markets on the basis of EU internal energy market principles,supporting sustainable energy development, and attracting investment for energy projects of common and regional interest.'],
         ['001', 'Turkmenistan is a partner country of the EU INOGATE energy programme, which has four key topics: enhancing energy security, convergence of member state energy markets on the basis of EU internal energy market principles, supporting sustainable energy development, and attracting investment for energy projects of common and regional interest.'],
         ['002', 'Turkmenistan is a partner country of the EU INOGATE energy programme, which has four key topics: enhancing energy security, convergence of member state energy markets on the basis of EU internal energy market principles, supporting sustainable energy development, and attracting investment for energy projects of common and regional interest.[2]']]},
  {key: 'part-of.usaid.united-states', part: 'usaid', whole: 'united-states',
   props: {basis: 'PARAGRAPH', contextRevision: '000',
           context: "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."},
   src: [['000', 'The U.S. Embassy, USAID, and the Peace Corps are located in Ashgabat, Turkmenistan.']]},
  {key: 'part-of.peace-corps.united-states', part: 'peace-corps', whole: 'united-states',
   props: {basis: 'PARAGRAPH', contextRevision: '000',
           context: "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."},
   src: [['000', 'The U.S. Embassy, USAID, and the Peace Corps are located in Ashgabat, Turkmenistan.']]}
] AS row
MATCH (part:Entity:Organisation {id: row.part}), (whole:Entity {id: row.whole})
MERGE (part)-[r:PART_OF {key: row.key}]->(whole)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
