// Trade, competition for Turkmenistan's resources, and ties between societies (students, medical
// tourism, language). Every row carries `src`: [revision, verbatim sentence] pairs, one per revision
// that states the fact. TRADES_WITH runs from Turkmenistan to the counterpart; `tradeKind` says
// what the text claims about the trade.

// ---------------------------------------------------------------------------------------------
// Trade partners
// ---------------------------------------------------------------------------------------------
UNWIND [
  // "claims to favour trade with and export to the United States and Turkey"
  {key: 'trade.united-states.favoured-claim', to: 'united-states', tradeKind: 'FAVOURED_CLAIM', props: {claimed: true},
   src: [['000', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, it has significant commercial relationships with Russia and Iran and a growing cross-border trade with Afghanistan.'],
         ['001', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asiaâ€“China gas pipeline.'],
         ['002', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States, and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asia–China gas pipeline.']]},
  {key: 'trade.turkey.favoured-claim', to: 'turkey', tradeKind: 'FAVOURED_CLAIM', props: {claimed: true},
   src: [['000', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, it has significant commercial relationships with Russia and Iran and a growing cross-border trade with Afghanistan.'],
         ['001', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asiaâ€“China gas pipeline.'],
         ['002', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States, and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asia–China gas pipeline.']]},
  // "significant commercial relationships with Russia and Iran"
  {key: 'trade.russia.commercial-relationship', to: 'russia', tradeKind: 'COMMERCIAL_RELATIONSHIP', props: {significance: 'significant'},
   src: [['000', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, it has significant commercial relationships with Russia and Iran and a growing cross-border trade with Afghanistan.'],
         ['001', 'Turkmenistan has significant commercial relationships with Russia and Iran and growing cross-border trade with Afghanistan.'],
         ['002', 'Turkmenistan has significant commercial relationships with Russia and Iran and growing cross-border trade with Afghanistan.']]},
  {key: 'trade.iran.commercial-relationship', to: 'iran', tradeKind: 'COMMERCIAL_RELATIONSHIP', props: {significance: 'significant'},
   src: [['000', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, it has significant commercial relationships with Russia and Iran and a growing cross-border trade with Afghanistan.'],
         ['001', 'Turkmenistan has significant commercial relationships with Russia and Iran and growing cross-border trade with Afghanistan.'],
         ['002', 'Turkmenistan has significant commercial relationships with Russia and Iran and growing cross-border trade with Afghanistan.']]},
  {key: 'trade.afghanistan.cross-border', to: 'afghanistan', tradeKind: 'CROSS_BORDER_TRADE', props: {trend: 'GROWING'},
   src: [['000', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, it has significant commercial relationships with Russia and Iran and a growing cross-border trade with Afghanistan.'],
         ['001', 'Turkmenistan has significant commercial relationships with Russia and Iran and growing cross-border trade with Afghanistan.'],
         ['002', 'Turkmenistan has significant commercial relationships with Russia and Iran and growing cross-border trade with Afghanistan.']]},
  {key: 'trade.china.largest-commercial-partner', to: 'china', tradeKind: 'LARGEST_COMMERCIAL_PARTNER', props: {rank: 1},
   src: [['001', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asiaâ€“China gas pipeline.'],
         ['002', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States, and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asia–China gas pipeline.']]},
  {key: 'trade.china.largest-source-of-foreign-exchange', to: 'china', tradeKind: 'LARGEST_SOURCE_OF_FOREIGN_EXCHANGE', props: {rank: 1},
   src: [['002', "The relationship is dominated by China's position as the largest importer by far of natural gas from Turkmenistan, making China Turkmenistan's largest source of foreign exchange earnings."]]},
  // Amounts
  {key: 'trade.iran.bilateral', to: 'iran', tradeKind: 'BILATERAL_TRADE',
   props: {amount: 'more than one billion dollars', amountUsd: 1000000000, amountQualifier: 'MORE_THAN'},
   src: [['000', 'Trade between the two nations surpasses one billion dollars and Iranians are the second-largest buyers of Turkmen commodities, mainly natural gas.']]},
  // The 000 paragraph that never names its country. The direction of "Exports" and "Imports" is not stated either.
  {key: 'trade.unstated-000-p15.bilateral-2013', to: 'unstated-000-p15', tradeKind: 'BILATERAL_TRADE',
   props: {basis: 'UNSTATED', year: '2013', yearPrecision: 'YEAR', amount: '$ 141 million', amountUsd: 141000000,
           exports: '$ 141 million', exportsUsd: 141000000, imports: '$ 0.12 million', importsUsd: 120000},
   src: [['000', 'Establishment of Diplomatic Relations February 7, 1992 Bilateral Trade (2013):$ 141 million Exports: $ 141 million Imports: $ 0.12 million.']]},
  {key: 'trade.united-arab-emirates.entrepot', to: 'united-arab-emirates', tradeKind: 'ENTREPOT',
   props: {flow: 'IMPORTS_INTO_TURKMENISTAN', goods: ['foodstuffs', 'consumer items'], significance: 'major'},
   src: [['002', 'The Emirates are a major entrepot for imports of foodstuffs and consumer items into Turkmenistan.']]},
  {key: 'trade.azerbaijan.commercial-cooperation', to: 'azerbaijan', tradeKind: 'COMMERCIAL_COOPERATION', props: {trend: 'GROWING'},
   src: [['002', 'Nonetheless the two countries have begun to cooperate more in commercial spheres, most notably with signing of a memorandum in 2020 on joint exploitation of the cross-boundary Serdar oil field in the Caspian.']]}
] AS row
MATCH (turkmenistan:Entity {id: 'turkmenistan'}), (partner:Entity {id: row.to})
MERGE (turkmenistan)-[r:TRADES_WITH {key: row.key}]->(partner)
SET r += row.props, r.tradeKind = row.tradeKind, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'enterprises.afghanistan.turkmenistan', from: 'afghanistan', to: 'turkmenistan', count: 44, asOf: '2011-04-01',
   src: [['000', 'As of 1 April 2011, there were 44 enterprises with Afghan assets in Turkmenistan.'],
         ['002', 'As of 1 April 2011, there were 44 enterprises with Afghan assets in Turkmenistan.']]}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:HAS_ENTERPRISES_IN {key: row.key}]->(b)
SET r.count = row.count, r.asOf = row.asOf, r.asOfPrecision = 'DAY', r.description = 'enterprises with Afghan assets',
    r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Competition for, and speculation about, Turkmenistan's resources (000)
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'competition.russia.china', to: 'china'},
  {key: 'competition.russia.european-union', to: 'european-union'},
  {key: 'competition.russia.india', to: 'india'},
  {key: 'competition.russia.united-states', to: 'united-states'}
] AS row
MATCH (russia:Entity {id: 'russia'}), (rival:Entity {id: row.to})
MERGE (russia)-[r:COMPETES_WITH {key: row.key}]->(rival)
SET r.over = "access to Turkmenistan's rich supply of hydrocarbons", r.revisions = ['000'],
    r.quotes = ["Russia is competing with China, the European Union, India and the United States for access to Turkmenistan's rich supply of hydrocarbons."];

UNWIND [
  {key: 'potential-partner.china.turkmenistan', from: 'china', props: {speculative: true},
   src: [['000', "However, the recent change of regime has raised questions that perhaps in a new political climate the People's Republic of China, India, Iran and the United States could start to play a more prominent role."]]},
  {key: 'potential-partner.india.turkmenistan', from: 'india', props: {speculative: true},
   src: [['000', "However, the recent change of regime has raised questions that perhaps in a new political climate the People's Republic of China, India, Iran and the United States could start to play a more prominent role."]]},
  {key: 'potential-partner.iran.turkmenistan', from: 'iran', props: {speculative: true},
   src: [['000', "However, the recent change of regime has raised questions that perhaps in a new political climate the People's Republic of China, India, Iran and the United States could start to play a more prominent role."]]},
  {key: 'potential-partner.united-states.turkmenistan', from: 'united-states', props: {speculative: true},
   src: [['000', "However, the recent change of regime has raised questions that perhaps in a new political climate the People's Republic of China, India, Iran and the United States could start to play a more prominent role."]]},
  // Not speculation about a new regime, but the 000 opening of the Afghanistan paragraph.
  {key: 'potential-partner.afghanistan.turkmenistan', from: 'afghanistan', props: {speculative: false, potential: 'a great deal, always'},
   src: [['000', 'A great deal of potential has always existed in Afghanistan-Turkmenistan relations.']]}
] AS row
MATCH (partner:Entity {id: row.from}), (turkmenistan:Entity {id: 'turkmenistan'})
MERGE (partner)-[r:POTENTIAL_PARTNER_OF {key: row.key}]->(turkmenistan)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// "make Turkmenistan and Central Asia energy markets of choice for that country [India] and also China"
UNWIND [
  {key: 'energy-market.turkmenistan.india', market: 'turkmenistan', buyer: 'india', reason: 'the rise of India as an economic giant and its increasing energy needs'},
  {key: 'energy-market.central-asia.india', market: 'central-asia', buyer: 'india', reason: 'the rise of India as an economic giant and its increasing energy needs'},
  {key: 'energy-market.turkmenistan.china', market: 'turkmenistan', buyer: 'china', reason: null},
  {key: 'energy-market.central-asia.china', market: 'central-asia', buyer: 'china', reason: null}
] AS row
MATCH (market:Entity {id: row.market}), (buyer:Entity {id: row.buyer})
MERGE (market)-[r:ENERGY_MARKET_FOR {key: row.key}]->(buyer)
SET r.ofChoice = true, r.reason = row.reason, r.revisions = ['000', '002'],
    r.quotes = ['The rise of India as an economic giant and its increasing energy needs make Turkmenistan and Central Asia energy markets of choice for that country and also China.',
                'The rise of India as an economic giant and its increasing energy needs make Turkmenistan and Central Asia energy markets of choice for that country and also China.'];

// ---------------------------------------------------------------------------------------------
// Students, medical tourism, language
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'students.belarus.turkmenistan', from: 'belarus',
   props: {students: '12,000–13,000', studentsMin: 12000, studentsMax: 13000, approximate: true, period: 'YEAR', level: 'HIGHER_EDUCATION'},
   src: [['002', 'Roughly 12,000 to 13,000 Turkmen university students are matriculated annually in Belarusian institutions of higher education.']]},
  {key: 'students.china.turkmenistan', from: 'china',
   props: {students: 'several hundred', freeOfCharge: true, period: 'YEAR', level: 'HIGHER_EDUCATION'},
   src: [['002', 'China offers free higher education to several hundred Turkmen students each year.']]}
] AS row
MATCH (host:Entity {id: row.from}), (turkmenistan:Entity {id: 'turkmenistan'})
MERGE (host)-[r:EDUCATES_STUDENTS_OF {key: row.key}]->(turkmenistan)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'medical-tourism.turkmenistan.india', to: 'india', travellers: 'middle-class Turkmen',
   src: [['002', 'India is a destination for medical tourism by middle-class Turkmen.']]}
] AS row
MATCH (turkmenistan:Entity {id: 'turkmenistan'}), (destination:Entity {id: row.to})
MERGE (turkmenistan)-[r:MEDICAL_TOURISM_TO {key: row.key}]->(destination)
SET r.travellers = row.travellers, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'linguistic-affinity.turkmenistan.azerbaijan', to: 'azerbaijan', languages: ['Turkmen', 'Azerbaijani'],
   mutualIntelligibility: 'about 65 percent', mutualIntelligibilityPercent: 65,
   src: [['002', "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a."]]}
] AS row
MATCH (turkmenistan:Entity {id: 'turkmenistan'}), (other:Entity {id: row.to})
MERGE (turkmenistan)-[r:LINGUISTIC_AFFINITY {key: row.key}]->(other)
SET r.languages = row.languages, r.mutualIntelligibility = row.mutualIntelligibility,
    r.mutualIntelligibilityPercent = row.mutualIntelligibilityPercent,
    r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
