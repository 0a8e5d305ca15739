// Energy: pipelines (routes, status history, builders), the Dostluk Dam, oil and gas fields and
// concessions, and Turkmenistan's exports of gas, electricity and LPG.
// Every fact carries key, revisions and quotes (src pairs: [revision, verbatim sentence]);
// R__Derive_provenance derives current, factKey and basis defaults.

// ---------------------------------------------------------------------------------------------
// Pipelines and the dam: properties of the assets themselves.
// `status` is the newest revision's status (the history is in the Status facts below);
// `routeComplete: false` when the text names only the endpoints of a longer route.
// Pricaspiysky: the text names neither commodity nor route.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {id: 'tapi-pipeline', props: {commodity: 'natural gas', status: 'AGREED', routeComplete: true}},
  {id: 'central-asia-china-pipeline', props: {commodity: 'natural gas', status: 'OPERATING', routeComplete: false}},
  {id: 'korpeje-kurt-kui-pipeline', props: {commodity: 'natural gas', cost: '$139 million', costUsd: 139000000, status: 'BUILT', routeComplete: true}},
  {id: 'pricaspiysky-pipeline', props: {status: 'STALLED'}},
  {id: 'dostluk-dam', props: {cost: '$167 million', costUsd: 167000000}}
] AS row
MATCH (asset:Entity {id: row.id})
SET asset += row.props;

// ---------------------------------------------------------------------------------------------
// Pipeline routes. One list per pipeline: its stops in order. The same list writes the ROUTE
// edges (pipeline -> stop, seq 1-based) and the PIPELINE_LINK edges between consecutive stops
// (pipeline id, seq), so a path query can follow the gas from stop to stop.
//   TAPI: Turkmenistan -> Afghanistan -> Pakistan -> India (the 2010 agreement sentence).
//   Central Asia–China: only the endpoints the text states (routeComplete: false).
//   Korpeje–Kurt Kui: the two ends its name gives.
//   Pricaspiysky: no route stated, so none is written.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {pipeline: 'tapi-pipeline', stops: ['turkmenistan', 'afghanistan', 'pakistan', 'india'],
   props: {routeComplete: true},
   src: [['000', 'The agreement to build the pipeline to transport Turkmen gas to Afghanistan and Pakistan and thereafter to India was signed in 2010.'],
         ['002', 'The agreement to build the pipeline to transport Turkmen gas to Afghanistan and Pakistan and beyond to India was signed in 2010.']]},
  {pipeline: 'central-asia-china-pipeline', stops: ['turkmenistan', 'china'],
   props: {routeComplete: false},
   src: [['001', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asiaâ€“China gas pipeline.'],
         ['002', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States, and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asia–China gas pipeline.']]},
  {pipeline: 'korpeje-kurt-kui-pipeline', stops: ['korpeje', 'kurt-kui'],
   props: {routeComplete: true},
   src: [['000', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dousti (Friendship in Persian) Dam in the south of the country were built through a joint venture.'],
         ['002', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dostluk ("friendship" in Turkmen) Dam in the south of the country were built through a joint venture.']]}
] AS route
MATCH (pipeline:Entity:Pipeline {id: route.pipeline})
CALL (route, pipeline) {
  UNWIND range(1, size(route.stops)) AS seq
  MATCH (stop:Entity:Place {id: route.stops[seq - 1]})
  MERGE (pipeline)-[r:ROUTE {key: route.pipeline + '.route.' + seq}]->(stop)
  SET r += route.props, r.seq = seq,
      r.revisions = [s IN route.src | s[0]], r.quotes = [s IN route.src | s[1]]
}
CALL (route) {
  UNWIND range(1, size(route.stops) - 1) AS seq
  MATCH (from:Entity:Place {id: route.stops[seq - 1]}), (to:Entity:Place {id: route.stops[seq]})
  MERGE (from)-[l:PIPELINE_LINK {key: route.pipeline + '.link.' + seq}]->(to)
  SET l += route.props, l.pipeline = route.pipeline, l.seq = seq,
      l.revisions = [s IN route.src | s[0]], l.quotes = [s IN route.src | s[1]]
};

// ---------------------------------------------------------------------------------------------
// Pipeline status history: one Status fact per value a revision states (factKey '<asset>.status').
//   TAPI: agreement signed in 2010 (000, 002) -> AGREED.
//   Central Asia–China: China buys the bulk of the gas through it (001, 002) -> OPERATING.
//   Korpeje–Kurt Kui: "were built" (000, 002) -> BUILT (the text says built, not operating).
//   Pricaspiysky: expansion agreed but "no action has yet occurred" (000) -> STALLED.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'status.tapi-pipeline.agreed', asset: 'tapi-pipeline', value: 'AGREED',
   props: {since: '2010', sincePrecision: 'YEAR'},
   src: [['000', 'The agreement to build the pipeline to transport Turkmen gas to Afghanistan and Pakistan and thereafter to India was signed in 2010.'],
         ['002', 'The agreement to build the pipeline to transport Turkmen gas to Afghanistan and Pakistan and beyond to India was signed in 2010.']]},
  {key: 'status.central-asia-china-pipeline.operating', asset: 'central-asia-china-pipeline', value: 'OPERATING',
   props: {},
   src: [['001', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asiaâ€“China gas pipeline.'],
         ['002', 'Although the Government of Turkmenistan claims to favour trade with and export to the United States, and Turkey, its single largest commercial partner is China, which buys the vast bulk of Turkmen natural gas via the Central Asia–China gas pipeline.']]},
  {key: 'status.korpeje-kurt-kui-pipeline.built', asset: 'korpeje-kurt-kui-pipeline', value: 'BUILT',
   props: {},
   src: [['000', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dousti (Friendship in Persian) Dam in the south of the country were built through a joint venture.'],
         ['002', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dostluk ("friendship" in Turkmen) Dam in the south of the country were built through a joint venture.']]},
  {key: 'status.pricaspiysky-pipeline.stalled', asset: 'pricaspiysky-pipeline', value: 'STALLED',
   props: {note: 'Turkmenistan agreed to help supply and expand it, but no action has yet occurred'},
   src: [['000', 'Turkmen president Gurbanguly Berdimuhamedow has agreed to help supply and expand the Russian-backed Pricaspiysky pipeline, however no action has yet occurred towards this goal.']]}
] AS row
MATCH (asset:Entity {id: row.asset})
MERGE (status:Status {key: row.key})
SET status:Fact, status += row.props, status.value = row.value, status.factKey = row.asset + '.status',
    status.revisions = [s IN row.src | s[0]], status.quotes = [s IN row.src | s[1]]
MERGE (asset)-[h:HAS_STATUS {key: 'has-' + row.key}]->(status)
SET h.value = row.value, h.factKey = row.asset + '.status',
    h.revisions = [s IN row.src | s[0]], h.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// The Dostluk Dam: its name per revision (000 "Dousti", Persian; 002 "Dostluk", Turkmen; both
// mean "friendship"), as Name facts sharing factKey 'dostluk-dam.name'.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'name.dostluk-dam.dousti', value: 'Dousti Dam', props: {word: 'Dousti', language: 'Persian', meaning: 'friendship'},
   src: [['000', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dousti (Friendship in Persian) Dam in the south of the country were built through a joint venture.']]},
  {key: 'name.dostluk-dam.dostluk', value: 'Dostluk Dam', props: {word: 'Dostluk', language: 'Turkmen', meaning: 'friendship'},
   src: [['002', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dostluk ("friendship" in Turkmen) Dam in the south of the country were built through a joint venture.']]}
] AS row
MATCH (dam:Entity {id: 'dostluk-dam'})
MERGE (name:Name {key: row.key})
SET name:Fact, name += row.props, name.value = row.value, name.factKey = 'dostluk-dam.name',
    name.revisions = [s IN row.src | s[0]], name.quotes = [s IN row.src | s[1]]
MERGE (dam)-[k:KNOWN_AS {key: 'known-as.' + substring(row.key, 5)}]->(name)
SET k.value = row.value, k.factKey = 'dostluk-dam.name',
    k.revisions = [s IN row.src | s[0]], k.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Who built what: the Korpeje–Kurt Kui pipeline and the dam "were built through a joint
// venture" in the paragraph on Iran and Turkmenistan; the sentence itself names neither
// partner, so basis PARAGRAPH with the paragraph's opening sentence as context.
// The Pricaspiysky pipeline is "Russian-backed".
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'built-by.korpeje-kurt-kui-pipeline.iran', asset: 'korpeje-kurt-kui-pipeline', builder: 'iran'},
  {key: 'built-by.korpeje-kurt-kui-pipeline.turkmenistan', asset: 'korpeje-kurt-kui-pipeline', builder: 'turkmenistan'},
  {key: 'built-by.dostluk-dam.iran', asset: 'dostluk-dam', builder: 'iran'},
  {key: 'built-by.dostluk-dam.turkmenistan', asset: 'dostluk-dam', builder: 'turkmenistan'}
] AS row
WITH row, [['000', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dousti (Friendship in Persian) Dam in the south of the country were built through a joint venture.'],
           ['002', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dostluk ("friendship" in Turkmen) Dam in the south of the country were built through a joint venture.']] AS src
MATCH (asset:Entity {id: row.asset}), (builder:Entity {id: row.builder})
MERGE (asset)-[r:BUILT_BY {key: row.key}]->(builder)
SET r.role = 'JOINT_VENTURE_PARTNER', r.basis = 'PARAGRAPH',
    r.context = "Iran and Turkmenistan have had relations since Turkmenistan's independence from the Soviet Union in 1991.",
    r.contextRevision = '002',
    r.revisions = [s IN src | s[0]], r.quotes = [s IN src | s[1]];

UNWIND [
  {key: 'backed-by.pricaspiysky-pipeline.russia', pipeline: 'pricaspiysky-pipeline', backer: 'russia',
   src: [['000', 'Turkmen president Gurbanguly Berdimuhamedow has agreed to help supply and expand the Russian-backed Pricaspiysky pipeline, however no action has yet occurred towards this goal.']]}
] AS row
MATCH (pipeline:Entity {id: row.pipeline}), (backer:Entity {id: row.backer})
MERGE (pipeline)-[r:BACKED_BY {key: row.key}]->(backer)
SET r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Fields, wells and concessions: commodity, who works them, and where.
// The Serdar field is "cross-boundary" between "the two countries" of the Azerbaijan paragraph
// (basis PARAGRAPH for SPANS); it lies "in the Caspian".
// ---------------------------------------------------------------------------------------------
UNWIND [
  {id: 'serdar-oil-field', commodity: 'oil'},
  {id: 'eni-caspian-oil-wells', commodity: 'oil'},
  {id: 'petronas-caspian-condensate', commodity: 'petroleum condensate'},
  {id: 'dragon-oil-concession', commodity: 'oil'}
] AS row
MATCH (asset:Entity {id: row.id})
SET asset.commodity = row.commodity;

UNWIND [
  {key: 'spans.serdar-oil-field.turkmenistan', country: 'turkmenistan'},
  {key: 'spans.serdar-oil-field.azerbaijan', country: 'azerbaijan'}
] AS row
MATCH (field:Entity {id: 'serdar-oil-field'}), (country:Entity:Country {id: row.country})
MERGE (field)-[r:SPANS {key: row.key}]->(country)
SET r.basis = 'PARAGRAPH',
    r.context = "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a.",
    r.contextRevision = '002',
    r.revisions = ['002'],
    r.quotes = ['Nonetheless the two countries have begun to cooperate more in commercial spheres, most notably with signing of a memorandum in 2020 on joint exploitation of the cross-boundary Serdar oil field in the Caspian.'];

UNWIND [
  {key: 'operates.eni.eni-caspian-oil-wells', company: 'eni', asset: 'eni-caspian-oil-wells',
   props: {activity: 'operates oil wells', under: 'production sharing agreement'},
   src: [['002', 'The relationship is dominated by the presence of Italian petroleum firm Eni, which operates oil  wells in the Caspian Sea under a production sharing agreement.']]},
  {key: 'operates.petronas.petronas-caspian-condensate', company: 'petronas', asset: 'petronas-caspian-condensate',
   props: {activity: 'extracts petroleum condensate'},
   src: [['002', 'Turkmen-Malaysian relations mainly revolve around the work of the Malaysian state petroleum corporation, Petronas, which extracts petroleum condensate in the Caspian Sea.']]}
] AS row
MATCH (company:Entity:Company {id: row.company}), (asset:Entity {id: row.asset})
MERGE (company)-[r:OPERATES {key: row.key}]->(asset)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'holds.dragon-oil.dragon-oil-concession', company: 'dragon-oil', asset: 'dragon-oil-concession',
   props: {oneOfConcessions: 3},
   src: [['002', 'In addition, one of three oil-drilling concessions in the Caspian Sea is held by Dragon Oil, which is wholly owned by the Emirates National Oil Company.']]}
] AS row
MATCH (company:Entity:Company {id: row.company}), (asset:Entity:Concession {id: row.asset})
MERGE (company)-[r:HOLDS {key: row.key}]->(asset)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// Where the energy assets are. The dam lies "in the south of the country" and the Korpeje–Kurt Kui
// pipeline "in western Turkmenistan" (the sentence names Turkmenistan). The text does not say where
// the pipeline's end towns lie: basis REFERENCE (geographic reference data, cited).
UNWIND [
  {key: 'location.dostluk-dam.turkmenistan', asset: 'dostluk-dam', place: 'turkmenistan', props: {area: 'south'},
   src: [['000', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dousti (Friendship in Persian) Dam in the south of the country were built through a joint venture.'],
         ['002', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dostluk ("friendship" in Turkmen) Dam in the south of the country were built through a joint venture.']]},
  {key: 'location.korpeje-kurt-kui-pipeline.turkmenistan', asset: 'korpeje-kurt-kui-pipeline', place: 'turkmenistan', props: {area: 'west'},
   src: [['000', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dousti (Friendship in Persian) Dam in the south of the country were built through a joint venture.'],
         ['002', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dostluk ("friendship" in Turkmen) Dam in the south of the country were built through a joint venture.']]},
  {key: 'location.serdar-oil-field.caspian-sea', asset: 'serdar-oil-field', place: 'caspian-sea', props: {},
   src: [['002', 'Nonetheless the two countries have begun to cooperate more in commercial spheres, most notably with signing of a memorandum in 2020 on joint exploitation of the cross-boundary Serdar oil field in the Caspian.']]},
  {key: 'location.eni-caspian-oil-wells.caspian-sea', asset: 'eni-caspian-oil-wells', place: 'caspian-sea', props: {},
   src: [['002', 'The relationship is dominated by the presence of Italian petroleum firm Eni, which operates oil  wells in the Caspian Sea under a production sharing agreement.']]},
  {key: 'location.petronas-caspian-condensate.caspian-sea', asset: 'petronas-caspian-condensate', place: 'caspian-sea', props: {},
   src: [['002', 'Turkmen-Malaysian relations mainly revolve around the work of the Malaysian state petroleum corporation, Petronas, which extracts petroleum condensate in the Caspian Sea.']]},
  {key: 'location.dragon-oil-concession.caspian-sea', asset: 'dragon-oil-concession', place: 'caspian-sea', props: {},
   src: [['002', 'In addition, one of three oil-drilling concessions in the Caspian Sea is held by Dragon Oil, which is wholly owned by the Emirates National Oil Company.']]},
  {key: 'location.korpeje.turkmenistan', asset: 'korpeje', place: 'turkmenistan',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Korpeje": gas field and settlement in Balkan Province, western Turkmenistan'},
   src: [['000', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dousti (Friendship in Persian) Dam in the south of the country were built through a joint venture.'],
         ['002', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dostluk ("friendship" in Turkmen) Dam in the south of the country were built through a joint venture.']]},
  {key: 'location.kurt-kui.iran', asset: 'kurt-kui', place: 'iran',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Kordkuy" (Kurt Kui): city in Golestan Province, Iran'},
   src: [['000', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dousti (Friendship in Persian) Dam in the south of the country were built through a joint venture.'],
         ['002', 'The $139 million Korpeje-Kurt Kui gas pipeline in western Turkmenistan and the $167 million Dostluk ("friendship" in Turkmen) Dam in the south of the country were built through a joint venture.']]}
] AS row
MATCH (asset:Entity {id: row.asset}), (place:Entity:Place {id: row.place})
MERGE (asset)-[r:LOCATED_IN {key: row.key}]->(place)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Gas exports by buyer.
//   factKey 'gas.main-buyer': Russia and Ukraine (000) -> China (001, 002), value = the buyer.
//   factKey 'gas.iran': Iranians second-largest buyers (000) -> exports cut off in 2017 (001, 002).
//   Russia ceased buying in 2016 and resumed small purchases in 2019 (001, 002).
//   China the largest importer by far (002, China paragraph); India: export intended via TAPI (002).
// `via` names the pipeline entity; its ROUTE edges carry the sentence that names it.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'gas.main-buyer.russia', buyer: 'russia', factKey: 'gas.main-buyer', value: 'Russia',
   props: {buyerRank: 'MAIN'},
   src: [['000', 'Turkmenistan is rich in natural gas, and currently sells most of its gas to Russia and Ukraine.']]},
  {key: 'gas.main-buyer.ukraine', buyer: 'ukraine', factKey: 'gas.main-buyer', value: 'Ukraine',
   props: {buyerRank: 'MAIN'},
   src: [['000', 'Turkmenistan is rich in natural gas, and currently sells most of its gas to Russia and Ukraine.']]},
  {key: 'gas.main-buyer.china', buyer: 'china', factKey: 'gas.main-buyer', value: 'China',
   props: {buyerRank: 'MAIN', via: 'central-asia-china-pipeline'},
   src: [['001', 'Turkmenistan is rich in natural gas, and currently sells most of its gas to China.'],
         ['002', 'Turkmenistan is rich in natural gas, and currently sells most of its gas to China.']]},
  {key: 'gas.iran.second-largest-buyer', buyer: 'iran', factKey: 'gas.iran', value: 'second-largest buyer',
   props: {buyerRank: 'SECOND', commodities: 'Turkmen commodities, mainly natural gas'},
   src: [['000', 'Trade between the two nations surpasses one billion dollars and Iranians are the second-largest buyers of Turkmen commodities, mainly natural gas.']]},
  {key: 'gas.iran.cut-off', buyer: 'iran', factKey: 'gas.iran', value: 'cut off in 2017',
   props: {until: '2017', untilPrecision: 'YEAR', unilateral: true, reason: 'payment arrears dispute'},
   src: [['001', 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran in 2017 over a payment arrears dispute.'],
         ['002', 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran in 2017 over a payment arrears dispute.']]},
  {key: 'gas.russia.ceased-resumed', buyer: 'russia', factKey: 'gas.russia.ceased-resumed', value: 'ceased 2016, resumed small purchases 2019',
   props: {until: '2016', untilPrecision: 'YEAR', resumed: '2019', resumedPrecision: 'YEAR', volume: 'small purchases of pipeline gas'},
   src: [['001', 'Russia ceased buying gas from Turkmenistan in 2016, but resumed small purchases of pipeline gas in 2019.'],
         ['002', 'Russia ceased buying gas from Turkmenistan in 2016, but resumed small purchases of pipeline gas in 2019.']]},
  {key: 'gas.china.largest-importer', buyer: 'china', factKey: 'gas.china.largest-importer', value: 'largest importer by far',
   props: {buyerRank: 'MAIN'},
   src: [['002', "The relationship is dominated by China's position as the largest importer by far of natural gas from Turkmenistan, making China Turkmenistan's largest source of foreign exchange earnings."]]},
  {key: 'gas.india.intended', buyer: 'india', factKey: 'gas.india.intended', value: 'intended via TAPI',
   props: {intended: true, via: 'tapi-pipeline'},
   src: [['002', "To some degree the relationship is framed by Turkmenistan's desire to export natural gas to India via the Turkmenistan–Afghanistan–Pakistan–India Pipeline."]]}
] AS row
MATCH (seller:Entity {id: 'turkmenistan'}), (buyer:Entity:Country {id: row.buyer})
MERGE (seller)-[r:EXPORTS_GAS_TO {key: row.key}]->(buyer)
SET r += row.props, r.factKey = row.factKey, r.value = row.value,
    r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// Electricity: Afghanistan imports more than 320 million kWh a year (000, 002).
UNWIND [
  {key: 'electricity.afghanistan', buyer: 'afghanistan',
   props: {volume: 'more than 320 million kilowatt hours every year', kwhPerYear: 320000000, kwhPerYearQualifier: 'MORE_THAN'},
   src: [['000', 'At present, Afghanistan imports more than 320 million kilowatt hours of electricity every year from Turkmenistan.'],
         ['002', 'At present, Afghanistan imports more than 320 million kilowatt hours of electricity every year from Turkmenistan.']]}
] AS row
MATCH (seller:Entity {id: 'turkmenistan'}), (buyer:Entity:Country {id: row.buyer})
MERGE (seller)-[r:EXPORTS_ELECTRICITY_TO {key: row.key}]->(buyer)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// LPG: Afghanistan buys it, by rail to Ymamnazar and Torghundi, then by truck (001, 002).
// The sentence does not name the seller; the paragraph ("Turkmenistan is rich in natural gas...") does.
UNWIND [
  {key: 'lpg.afghanistan', buyer: 'afghanistan',
   props: {mode: 'RAIL', railheads: ['ymamnazar', 'torghundi'], onward: 'TRUCK', basis: 'PARAGRAPH',
           context: 'Turkmenistan is rich in natural gas, and currently sells most of its gas to China.', contextRevision: '002'},
   src: [['001', 'Afghanistan buys liquid petroleum gas, shipped by rail to Ymamnazar and Torghundi for onward delivery by truck.'],
         ['002', 'Afghanistan buys liquid petroleum gas, shipped by rail to Ymamnazar and Torghundi for onward delivery by truck.']]}
] AS row
MATCH (seller:Entity {id: 'turkmenistan'}), (buyer:Entity:Country {id: row.buyer})
MERGE (seller)-[r:EXPORTS_LPG_TO {key: row.key}]->(buyer)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// Warm water (002 only): reads like vandalism, loaded but flagged dubious.
UNWIND ['pakistan', 'iran', 'russia'] AS supplier
MATCH (from:Entity:Country {id: supplier}), (to:Entity {id: 'turkmenistan'})
MERGE (from)-[r:SUPPLIES_WARM_WATER_TO {key: 'warm-water.' + supplier}]->(to)
SET r.dubious = true,
    r.dubiousReason = 'Reads like vandalism: an out-of-place claim in the natural-resources paragraph, stated only by 002',
    r.revisions = ['002'],
    r.quotes = ['Pakistan provides Turkmenistan warm water as well as Iran and Russia.'];

// ---------------------------------------------------------------------------------------------
// Turkmenistan's gas reserves: "the fourth largest" (000 only). A Statistic fact node (a ranked
// or measured attribute of an entity, with its own provenance) reached by HAS_STATISTIC.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'statistic.turkmenistan.gas-reserves-rank', entity: 'turkmenistan', metric: 'natural gas reserves',
   props: {rank: 4, value: 'fourth largest'},
   src: [['000', 'Turkmenistan has the fourth largest gas reserves and has been actively on the lookout to build transportation routes to large markets and the route through Afghanistan has been the most feasible and economical.']]}
] AS row
MATCH (entity:Entity {id: row.entity})
MERGE (stat:Fact:Statistic {key: row.key})
SET stat += row.props, stat.metric = row.metric,
    stat.revisions = [s IN row.src | s[0]], stat.quotes = [s IN row.src | s[1]]
MERGE (entity)-[h:HAS_STATISTIC {key: 'has-' + row.key}]->(stat)
SET h.value = row.props.value, h.revisions = [s IN row.src | s[0]], h.quotes = [s IN row.src | s[1]];
