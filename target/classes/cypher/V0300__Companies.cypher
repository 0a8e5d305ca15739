// Companies: their home country, what they do in Turkmenistan, their offices, what they built or
// financed, and the airline routes the texts name.
// Every row carries `src`: [revision, verbatim sentence] pairs, one per revision that states the fact.
// `basis: 'PARAGRAPH'` marks a fact whose country is named only by another sentence of the same
// paragraph (that sentence is in `context`, from revision `contextRevision`).
// The fields, wells and concessions the companies operate or hold (OPERATES, HOLDS) are loaded with
// the energy assets, not here.

// ---------------------------------------------------------------------------------------------
// Home countries
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'company.bouygues.headquartered-in', company: 'bouygues', country: 'france', props: {},
   src: [['000', 'The French construction company Bouygues, the company is the second largest in Turkmenistan signed contracts for the construction of buildings.'],
         ['002', 'The French construction company Bouygues, the second-largest in Turkmenistan, has signed many construction contracts.']]},
  {key: 'company.thales-alenia-space.headquartered-in', company: 'thales-alenia-space', country: 'france', props: {},
   src: [['000', 'French company Thales Alenia Space construction of the first space satellite Turkmen Sat.'],
         ['002', 'The French company Thales Alenia Space constructed the first space satellite TürkmenÄlem 52°E / MonacoSAT.']]},
  {key: 'company.deutsche-bank.headquartered-in', company: 'deutsche-bank', country: 'germany', props: {},
   src: [['002', "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."]]},
  {key: 'company.commerzbank.headquartered-in', company: 'commerzbank', country: 'germany', props: {},
   src: [['002', "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."]]},
  {key: 'company.siemens.headquartered-in', company: 'siemens', country: 'germany', props: {},
   src: [['002', 'Such German firms as Siemens and Claas have made significant sales of medical and agricultural equipment, respectively, to Turkmenistan.']]},
  {key: 'company.claas.headquartered-in', company: 'claas', country: 'germany', props: {},
   src: [['002', 'Such German firms as Siemens and Claas have made significant sales of medical and agricultural equipment, respectively, to Turkmenistan.']]},
  {key: 'company.eni.headquartered-in', company: 'eni', country: 'italy', props: {},
   src: [['002', 'The relationship is dominated by the presence of Italian petroleum firm Eni, which operates oil  wells in the Caspian Sea under a production sharing agreement.']]},
  // The sentence names Kawasaki and Sumitomo but not their country; the paragraph is Japan's.
  {key: 'company.kawasaki.headquartered-in', company: 'kawasaki', country: 'japan',
   props: {basis: 'PARAGRAPH', contextRevision: '002', context: 'Diplomatic relations between Japan and Turkmenistan were established in April 1992.'},
   src: [['002', 'The Japan Bank for International Cooperation has financed several major industrial projects in Turkmenistan, including plants constructed with participation of Kawasaki and Sumitomo.']]},
  {key: 'company.sumitomo.headquartered-in', company: 'sumitomo', country: 'japan',
   props: {basis: 'PARAGRAPH', contextRevision: '002', context: 'Diplomatic relations between Japan and Turkmenistan were established in April 1992.'},
   src: [['002', 'The Japan Bank for International Cooperation has financed several major industrial projects in Turkmenistan, including plants constructed with participation of Kawasaki and Sumitomo.']]},
  {key: 'company.petronas.headquartered-in', company: 'petronas', country: 'malaysia', props: {ownership: 'STATE'},
   src: [['002', 'Turkmen-Malaysian relations mainly revolve around the work of the Malaysian state petroleum corporation, Petronas, which extracts petroleum condensate in the Caspian Sea.']]},
  {key: 'company.hyundai.headquartered-in', company: 'hyundai', country: 'south-korea', props: {},
   src: [['002', 'South Korean firms such as Hyundai and LG have won major contracts for building industrial plants.']]},
  {key: 'company.lg.headquartered-in', company: 'lg', country: 'south-korea', props: {},
   src: [['002', 'South Korean firms such as Hyundai and LG have won major contracts for building industrial plants.']]},
  // Named by the company's own name, the Emirates National Oil Company.
  {key: 'company.enoc.headquartered-in', company: 'enoc', country: 'united-arab-emirates', props: {ownership: 'STATE'},
   src: [['002', 'In addition, one of three oil-drilling concessions in the Caspian Sea is held by Dragon Oil, which is wholly owned by the Emirates National Oil Company.']]},
  {key: 'company.tapi-pipeline-company.headquartered-in', company: 'tapi-pipeline-company', country: 'turkmenistan', props: {},
   src: [['002', "The international office of Turkmenistan's TAPI Pipeline Company is in Dubai."]]},
  {key: 'company.turkmenistan-airlines.headquartered-in', company: 'turkmenistan-airlines', country: 'turkmenistan', props: {},
   src: [['002', 'Turkmenistan Airlines offers scheduled service between Ashgabat and Kuala Lumpur.']]}
] AS row
MATCH (company:Entity {id: row.company}), (country:Entity {id: row.country})
MERGE (company)-[r:HEADQUARTERED_IN {key: row.key}]->(country)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// What foreign companies do in Turkmenistan
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'company.bouygues.active-in', company: 'bouygues',
   props: {sector: 'CONSTRUCTION', activity: 'construction contracts; second-largest construction company in Turkmenistan', rank: 2},
   src: [['000', 'The French construction company Bouygues, the company is the second largest in Turkmenistan signed contracts for the construction of buildings.'],
         ['002', 'The French construction company Bouygues, the second-largest in Turkmenistan, has signed many construction contracts.']]},
  {key: 'company.thales-alenia-space.active-in', company: 'thales-alenia-space',
   props: {sector: 'AEROSPACE', activity: "built Turkmenistan's first space satellite",
           basis: 'PARAGRAPH', contextRevision: '002', context: 'Turkmenistan has an embassy in Paris and France has an embassy in Ashgabat.'},
   src: [['000', 'French company Thales Alenia Space construction of the first space satellite Turkmen Sat.'],
         ['002', 'The French company Thales Alenia Space constructed the first space satellite TürkmenÄlem 52°E / MonacoSAT.']]},
  {key: 'company.deutsche-bank.active-in', company: 'deutsche-bank',
   props: {sector: 'BANKING', activity: "office in Ashgabat; holds much of Turkmenistan's foreign exchange accounts"},
   src: [['002', "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."]]},
  {key: 'company.commerzbank.active-in', company: 'commerzbank',
   props: {sector: 'BANKING', activity: "office in Ashgabat; holds much of Turkmenistan's foreign exchange accounts"},
   src: [['002', "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."]]},
  {key: 'company.siemens.active-in', company: 'siemens',
   props: {sector: 'MEDICAL_EQUIPMENT', activity: 'significant sales of medical equipment'},
   src: [['002', 'Such German firms as Siemens and Claas have made significant sales of medical and agricultural equipment, respectively, to Turkmenistan.']]},
  {key: 'company.claas.active-in', company: 'claas',
   props: {sector: 'AGRICULTURAL_EQUIPMENT', activity: 'significant sales of agricultural equipment'},
   src: [['002', 'Such German firms as Siemens and Claas have made significant sales of medical and agricultural equipment, respectively, to Turkmenistan.']]},
  {key: 'company.eni.active-in', company: 'eni',
   props: {sector: 'PETROLEUM', activity: 'operates oil wells in the Caspian Sea under a production sharing agreement', dominatesRelationship: true,
           basis: 'PARAGRAPH', contextRevision: '002', context: "Italy and Turkmenistan have embassies in each other's capitals."},
   src: [['002', 'The relationship is dominated by the presence of Italian petroleum firm Eni, which operates oil  wells in the Caspian Sea under a production sharing agreement.']]},
  {key: 'company.kawasaki.active-in', company: 'kawasaki',
   props: {sector: 'INDUSTRIAL', activity: 'participated in constructing industrial plants financed by JBIC'},
   src: [['002', 'The Japan Bank for International Cooperation has financed several major industrial projects in Turkmenistan, including plants constructed with participation of Kawasaki and Sumitomo.']]},
  {key: 'company.sumitomo.active-in', company: 'sumitomo',
   props: {sector: 'INDUSTRIAL', activity: 'participated in constructing industrial plants financed by JBIC'},
   src: [['002', 'The Japan Bank for International Cooperation has financed several major industrial projects in Turkmenistan, including plants constructed with participation of Kawasaki and Sumitomo.']]},
  {key: 'company.petronas.active-in', company: 'petronas',
   props: {sector: 'PETROLEUM', activity: 'extracts petroleum condensate in the Caspian Sea', dominatesRelationship: true},
   src: [['002', 'Turkmen-Malaysian relations mainly revolve around the work of the Malaysian state petroleum corporation, Petronas, which extracts petroleum condensate in the Caspian Sea.']]},
  {key: 'company.hyundai.active-in', company: 'hyundai',
   props: {sector: 'INDUSTRIAL', activity: 'won major contracts for building industrial plants',
           basis: 'PARAGRAPH', contextRevision: '002', context: "The countries have embassies in each other's capitals.[6][7]"},
   src: [['002', 'South Korean firms such as Hyundai and LG have won major contracts for building industrial plants.']]},
  {key: 'company.lg.active-in', company: 'lg',
   props: {sector: 'INDUSTRIAL', activity: 'won major contracts for building industrial plants',
           basis: 'PARAGRAPH', contextRevision: '002', context: "The countries have embassies in each other's capitals.[6][7]"},
   src: [['002', 'South Korean firms such as Hyundai and LG have won major contracts for building industrial plants.']]},
  {key: 'company.dragon-oil.active-in', company: 'dragon-oil',
   props: {sector: 'PETROLEUM', activity: 'holds one of three oil-drilling concessions in the Caspian Sea',
           basis: 'PARAGRAPH', contextRevision: '002', context: 'In addition, Turkmenistan has a consulate in Dubai.'},
   src: [['002', 'In addition, one of three oil-drilling concessions in the Caspian Sea is held by Dragon Oil, which is wholly owned by the Emirates National Oil Company.']]}
] AS row
MATCH (company:Entity {id: row.company}), (turkmenistan:Entity {id: 'turkmenistan'})
MERGE (company)-[r:ACTIVE_IN {key: row.key}]->(turkmenistan)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Ownership
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'company.dragon-oil.owned-by', company: 'dragon-oil', owner: 'enoc', share: 'WHOLLY',
   src: [['002', 'In addition, one of three oil-drilling concessions in the Caspian Sea is held by Dragon Oil, which is wholly owned by the Emirates National Oil Company.']]}
] AS row
MATCH (company:Entity {id: row.company}), (owner:Entity {id: row.owner})
MERGE (company)-[r:OWNED_BY {key: row.key}]->(owner)
SET r.share = row.share, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Offices, and Turkmenistan's foreign exchange accounts
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'company.deutsche-bank.office.ashgabat', company: 'deutsche-bank', city: 'ashgabat', officeKind: 'OFFICE',
   src: [['002', "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."]]},
  {key: 'company.commerzbank.office.ashgabat', company: 'commerzbank', city: 'ashgabat', officeKind: 'OFFICE',
   src: [['002', "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."]]},
  {key: 'company.tapi-pipeline-company.office.dubai', company: 'tapi-pipeline-company', city: 'dubai', officeKind: 'INTERNATIONAL_OFFICE',
   src: [['002', "The international office of Turkmenistan's TAPI Pipeline Company is in Dubai."]]}
] AS row
MATCH (company:Entity {id: row.company}), (city:Entity {id: row.city})
MERGE (company)-[r:HAS_OFFICE_IN {key: row.key}]->(city)
SET r.officeKind = row.officeKind, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'reserves.turkmenistan.deutsche-bank', bank: 'deutsche-bank',
   src: [['002', "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."]]},
  {key: 'reserves.turkmenistan.commerzbank', bank: 'commerzbank',
   src: [['002', "Two German banks, Deutsche Bank and Commerzbank, have offices in Ashgabat, since much of Turkmenistan's foreign exchange accounts are held in those two German banks."]]}
] AS row
MATCH (turkmenistan:Entity {id: 'turkmenistan'}), (bank:Entity {id: row.bank})
MERGE (turkmenistan)-[r:HOLDS_RESERVES_AT {key: row.key}]->(bank)
SET r.share = "much of Turkmenistan's foreign exchange accounts (shared with the other German bank)",
    r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// What was built, financed or run, and where
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'built.thales-alenia-space.turkmenalem-satellite', builder: 'thales-alenia-space', work: 'turkmenalem-satellite',
   props: {order: 'first', description: 'first space satellite'},
   src: [['000', 'French company Thales Alenia Space construction of the first space satellite Turkmen Sat.'],
         ['002', 'The French company Thales Alenia Space constructed the first space satellite TürkmenÄlem 52°E / MonacoSAT.']]},
  {key: 'built.kawasaki.jbic-industrial-projects', builder: 'kawasaki', work: 'jbic-industrial-projects',
   props: {role: 'PARTICIPANT', description: 'plants constructed with participation of Kawasaki'},
   src: [['002', 'The Japan Bank for International Cooperation has financed several major industrial projects in Turkmenistan, including plants constructed with participation of Kawasaki and Sumitomo.']]},
  {key: 'built.sumitomo.jbic-industrial-projects', builder: 'sumitomo', work: 'jbic-industrial-projects',
   props: {role: 'PARTICIPANT', description: 'plants constructed with participation of Sumitomo'},
   src: [['002', 'The Japan Bank for International Cooperation has financed several major industrial projects in Turkmenistan, including plants constructed with participation of Kawasaki and Sumitomo.']]},
  // The builders are "Ukrainian companies", not named: the fact hangs on Ukraine.
  {key: 'built.ukraine.amu-darya-bridges', builder: 'ukraine', work: 'amu-darya-bridges',
   props: {via: 'Ukrainian companies', description: 'rail and automobile bridges across the Amu Darya at Türkmenabat'},
   src: [['002', 'Ukrainian companies have been involved in major construction projects, including the rail and automobile bridges across the Amu Darya at Türkmenabat.']]}
] AS row
MATCH (builder:Entity {id: row.builder}), (work:Entity {id: row.work})
MERGE (builder)-[r:BUILT {key: row.key}]->(work)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'financed.jbic.jbic-industrial-projects', financier: 'jbic', project: 'jbic-industrial-projects',
   src: [['002', 'The Japan Bank for International Cooperation has financed several major industrial projects in Turkmenistan, including plants constructed with participation of Kawasaki and Sumitomo.']]}
] AS row
MATCH (financier:Entity {id: row.financier}), (project:Entity {id: row.project})
MERGE (financier)-[r:FINANCED {key: row.key}]->(project)
SET r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'involved.japan.oguz-han-university', party: 'japan', target: 'oguz-han-university', activity: 'operation', degree: 'HEAVILY',
   src: [['002', 'Japan is heavily involved in operation of the Oguz Han Engineering Technology University in Ashgabat.']]}
] AS row
MATCH (party:Entity {id: row.party}), (target:Entity {id: row.target})
MERGE (party)-[r:INVOLVED_IN {key: row.key}]->(target)
SET r.activity = row.activity, r.degree = row.degree, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'location.amu-darya-bridges.turkmenabat', project: 'amu-darya-bridges', place: 'turkmenabat',
   src: [['002', 'Ukrainian companies have been involved in major construction projects, including the rail and automobile bridges across the Amu Darya at Türkmenabat.']]},
  {key: 'location.amu-darya-bridges.amu-darya', project: 'amu-darya-bridges', place: 'amu-darya',
   src: [['002', 'Ukrainian companies have been involved in major construction projects, including the rail and automobile bridges across the Amu Darya at Türkmenabat.']]},
  {key: 'location.jbic-industrial-projects.turkmenistan', project: 'jbic-industrial-projects', place: 'turkmenistan',
   src: [['002', 'The Japan Bank for International Cooperation has financed several major industrial projects in Turkmenistan, including plants constructed with participation of Kawasaki and Sumitomo.']]}
] AS row
MATCH (project:Entity {id: row.project}), (place:Entity {id: row.place})
MERGE (project)-[r:LOCATED_IN {key: row.key}]->(place)
SET r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// The satellite's name, as each revision gives it (values of one fact: turkmenalem-satellite.name)
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'turkmenalem-satellite.name.turkmen-sat', value: 'Turkmen Sat',
   src: [['000', 'French company Thales Alenia Space construction of the first space satellite Turkmen Sat.']]},
  {key: 'turkmenalem-satellite.name.turkmenalem-monacosat', value: 'TürkmenÄlem 52°E / MonacoSAT',
   src: [['002', 'The French company Thales Alenia Space constructed the first space satellite TürkmenÄlem 52°E / MonacoSAT.']]}
] AS row
MATCH (satellite:Entity {id: 'turkmenalem-satellite'})
MERGE (name:Name {key: row.key})
SET name:Fact, name.value = row.value, name.factKey = 'turkmenalem-satellite.name',
    name.revisions = [s IN row.src | s[0]], name.quotes = [s IN row.src | s[1]]
MERGE (satellite)-[r:KNOWN_AS {key: row.key + '.known-as'}]->(name)
SET r.value = row.value, r.factKey = 'turkmenalem-satellite.name',
    r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Air routes. Only what the sentences say: the Frankfurt service names no origin, and the onward
// flights to London and Birmingham name no operator.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'air-route.frankfurt-am-main', name: 'Turkmenistan Airlines scheduled service to Frankfurt am Main', scheduled: true,
   src: [['002', 'Turkmenistan Air offers scheduled service to Frankfurt am Main.']]},
  {key: 'air-route.ashgabat-new-delhi', name: 'Ashgabat–New Delhi', scheduled: null,
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-amritsar', name: 'Ashgabat–Amritsar', scheduled: null,
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-london', name: 'Ashgabat–London', scheduled: null,
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-birmingham', name: 'Ashgabat–Birmingham', scheduled: null,
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-kuala-lumpur', name: 'Ashgabat–Kuala Lumpur', scheduled: true,
   src: [['002', 'Turkmenistan Airlines offers scheduled service between Ashgabat and Kuala Lumpur.']]}
] AS row
MERGE (route:AirRoute {key: row.key})
SET route:Fact, route.name = row.name, route.scheduled = row.scheduled,
    route.revisions = [s IN row.src | s[0]], route.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'air-route.frankfurt-am-main.operated-by', route: 'air-route.frankfurt-am-main',
   src: [['002', 'Turkmenistan Air offers scheduled service to Frankfurt am Main.']]},
  {key: 'air-route.ashgabat-new-delhi.operated-by', route: 'air-route.ashgabat-new-delhi',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-amritsar.operated-by', route: 'air-route.ashgabat-amritsar',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-kuala-lumpur.operated-by', route: 'air-route.ashgabat-kuala-lumpur',
   src: [['002', 'Turkmenistan Airlines offers scheduled service between Ashgabat and Kuala Lumpur.']]}
] AS row
MATCH (route:AirRoute {key: row.route}), (airline:Entity {id: 'turkmenistan-airlines'})
MERGE (route)-[r:OPERATED_BY {key: row.key}]->(airline)
SET r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'air-route.ashgabat-new-delhi.from', route: 'air-route.ashgabat-new-delhi', city: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-amritsar.from', route: 'air-route.ashgabat-amritsar', city: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-london.from', route: 'air-route.ashgabat-london', city: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-birmingham.from', route: 'air-route.ashgabat-birmingham', city: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-kuala-lumpur.from', route: 'air-route.ashgabat-kuala-lumpur', city: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines offers scheduled service between Ashgabat and Kuala Lumpur.']]}
] AS row
MATCH (route:AirRoute {key: row.route}), (city:Entity {id: row.city})
MERGE (route)-[r:FLIES_FROM {key: row.key}]->(city)
SET r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'air-route.frankfurt-am-main.to', route: 'air-route.frankfurt-am-main', city: 'frankfurt-am-main',
   src: [['002', 'Turkmenistan Air offers scheduled service to Frankfurt am Main.']]},
  {key: 'air-route.ashgabat-new-delhi.to', route: 'air-route.ashgabat-new-delhi', city: 'new-delhi',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-amritsar.to', route: 'air-route.ashgabat-amritsar', city: 'amritsar',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-london.to', route: 'air-route.ashgabat-london', city: 'london',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-birmingham.to', route: 'air-route.ashgabat-birmingham', city: 'birmingham',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-kuala-lumpur.to', route: 'air-route.ashgabat-kuala-lumpur', city: 'kuala-lumpur',
   src: [['002', 'Turkmenistan Airlines offers scheduled service between Ashgabat and Kuala Lumpur.']]}
] AS row
MATCH (route:AirRoute {key: row.route}), (city:Entity {id: row.city})
MERGE (route)-[r:FLIES_TO {key: row.key}]->(city)
SET r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// The New Delhi and Amritsar flights connect in Ashgabat to the London and Birmingham flights.
UNWIND [
  {key: 'air-route.ashgabat-new-delhi.connects.ashgabat-london', from: 'air-route.ashgabat-new-delhi', to: 'air-route.ashgabat-london', at: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-new-delhi.connects.ashgabat-birmingham', from: 'air-route.ashgabat-new-delhi', to: 'air-route.ashgabat-birmingham', at: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-amritsar.connects.ashgabat-london', from: 'air-route.ashgabat-amritsar', to: 'air-route.ashgabat-london', at: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]},
  {key: 'air-route.ashgabat-amritsar.connects.ashgabat-birmingham', from: 'air-route.ashgabat-amritsar', to: 'air-route.ashgabat-birmingham', at: 'ashgabat',
   src: [['002', 'Turkmenistan Airlines operates flights between Ashgabat and both New Delhi and Amritsar, which connect in Ashgabat to flights to London and Birmingham.']]}
] AS row
MATCH (a:AirRoute {key: row.from}), (b:AirRoute {key: row.to})
MERGE (a)-[r:CONNECTS_WITH {key: row.key}]->(b)
SET r.at = row.at, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
