// Railways and corridors: lines, links and extensions with their stops in order, lengths, status
// history (agreed, work began, opened, restored, extended, planned), how they extend and connect,
// the corridors they are meant to join, and where their towns lie.
// Every fact carries key, revisions and quotes (src pairs: [revision, verbatim sentence]);
// R__Derive_provenance derives current, factKey and basis defaults.

// ---------------------------------------------------------------------------------------------
// Lines: length (where stated) and current status (the newest revision's; history below).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {id: 'andkhoy-extension-150km', props: {lengthKm: 150, status: 'OPERATING'}},
  {id: 'serhetabat-torghundi-railway', props: {status: 'OPERATING'}},
  {id: 'torghundi-herat-extension', props: {status: 'PLANNED'}},
  {id: 'khaf-herat-railway', props: {status: 'UNDER_CONSTRUCTION'}},
  {id: 'kerki-aqina-railway', props: {status: 'OPERATING'}},
  {id: 'aqina-andkhoy-extension', props: {lengthKm: 38, status: 'OPERATING'}},
  {id: 'northern-afghanistan-corridor', props: {status: 'PLANNED'}}
] AS row
MATCH (line:Entity {id: row.id})
SET line += row.props;

// ---------------------------------------------------------------------------------------------
// Routes. Each line lists its stops in order, per wording: a revision that states a different
// route is its own variant. The same lists write ROUTE (line -> stop, seq 1-based) and RAIL_LINK
// between consecutive stops (railway id, seq). A stop or link stated by several variants becomes
// one record with all their quotes; factKey '<line>.route.<seq>' / '<line>.link.<seq>' groups the
// different stops revisions give for the same position.
//   150-km extension: 000 "connect the eastern part of Turkmenistan to Andkhoi";
//                     002 "connect the rail line to Serhetabat to Andkhoy".
//   Khaf line: "under construction from Khaf, Iran", meeting the Herat extension at Herat.
//   Northern Afghanistan corridor: from the link's end at Andkhoy "via Sherkhan Bandar,
//   Mazar-i-Sharif and Kunduz to Tajikistan"; seq follows the order the text lists the towns
//   in, which is not stated to be their order along the line (orderStated: false).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {railway: 'andkhoy-extension-150km',
   stopProps: {turkmenistan: {area: 'east'}, serhetabat: {stopNote: 'a point on the rail line to Serhetabat'}},
   variants: [
     {stops: ['turkmenistan', 'andkhoy'],
      src: [['000', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line which will connect the eastern part of Turkmenistan to Andkhoi border town in Faryab province of Afghanistan.']]},
     {stops: ['serhetabat', 'andkhoy'],
      src: [['002', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line to connect the rail line to Serhetabat to Andkhoy in Faryab province, Afghanistan.']]}]},
  {railway: 'serhetabat-torghundi-railway',
   variants: [
     {stops: ['serhetabat', 'torghundi'],
      src: [['002', 'In February 2018, the existing rail line between Serhetabat and Torghundi in Afghanistan was restored to service.[8][9]']]}]},
  {railway: 'torghundi-herat-extension',
   variants: [
     {stops: ['torghundi', 'herat'],
      src: [['002', 'This line is planned to be extended to Herat, where it could potentially connect to a rail line under construction from Khaf, Iran.[10]']]}]},
  {railway: 'khaf-herat-railway',
   variants: [
     {stops: ['khaf', 'herat'],
      src: [['002', 'This line is planned to be extended to Herat, where it could potentially connect to a rail line under construction from Khaf, Iran.[10]']]}]},
  {railway: 'kerki-aqina-railway',
   variants: [
     {stops: ['kerki', 'ymamnazar', 'aqina'],
      src: [['002', 'In 2013, work began on a link from Kerki via Ymamnazar on the Turkmen-Afghan border to Aqina in Andkhoy District.']]}]},
  {railway: 'aqina-andkhoy-extension',
   variants: [
     {stops: ['aqina', 'andkhoy'],
      src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]}]},
  {railway: 'northern-afghanistan-corridor',
   props: {intended: true, orderStated: false},
   variants: [
     {stops: ['andkhoy', 'sherkhan-bandar', 'mazar-i-sharif', 'kunduz', 'tajikistan'],
      src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]}]}
] AS rail
MATCH (line:Entity {id: rail.railway})
CALL (rail, line) {
  UNWIND rail.variants AS variant
  UNWIND range(1, size(variant.stops)) AS seq
  UNWIND variant.src AS s
  WITH rail, line, seq, variant.stops[seq - 1] AS stopId, s
  ORDER BY s[0]
  WITH rail, line, seq, stopId, collect(s) AS src
  MATCH (stop:Entity:Place {id: stopId})
  MERGE (line)-[r:ROUTE {key: rail.railway + '.route.' + seq + '.' + stopId}]->(stop)
  SET r += coalesce(rail.props, {}), r += coalesce(rail.stopProps[stopId], {}),
      r.seq = seq, r.factKey = rail.railway + '.route.' + seq,
      r.revisions = [x IN src | x[0]], r.quotes = [x IN src | x[1]]
}
CALL (rail) {
  UNWIND rail.variants AS variant
  UNWIND range(1, size(variant.stops) - 1) AS seq
  UNWIND variant.src AS s
  WITH rail, seq, variant.stops[seq - 1] AS fromId, variant.stops[seq] AS toId, s
  ORDER BY s[0]
  WITH rail, seq, fromId, toId, collect(s) AS src
  MATCH (from:Entity:Place {id: fromId}), (to:Entity:Place {id: toId})
  MERGE (from)-[l:RAIL_LINK {key: rail.railway + '.link.' + seq + '.' + fromId + '.' + toId}]->(to)
  SET l += coalesce(rail.props, {}), l.railway = rail.railway, l.seq = seq,
      l.factKey = rail.railway + '.link.' + seq,
      l.revisions = [x IN src | x[0]], l.quotes = [x IN src | x[1]]
};

// ---------------------------------------------------------------------------------------------
// Status history: one Status fact per stated value and date (factKey '<line>.status').
// A revision that tells a line's whole story (002: work began 2013, opened 2016-11) gives the
// earlier state an `until`, so the latest state of a revision is the one without `until`.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'status.andkhoy-extension-150km.agreed', line: 'andkhoy-extension-150km', value: 'AGREED',
   props: {since: '2011', sincePrecision: 'YEAR', event: 'AGREED'},
   src: [['000', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line which will connect the eastern part of Turkmenistan to Andkhoi border town in Faryab province of Afghanistan.']]},
  {key: 'status.andkhoy-extension-150km.operating', line: 'andkhoy-extension-150km', value: 'OPERATING',
   props: {since: '2021-01', sincePrecision: 'MONTH', event: 'OPENED'},
   src: [['002', 'The line to Andkhoy went into service in January 2021.']]},
  {key: 'status.serhetabat-torghundi-railway.operating', line: 'serhetabat-torghundi-railway', value: 'OPERATING',
   props: {since: '2018-02', sincePrecision: 'MONTH', event: 'RESTORED'},
   src: [['002', 'In February 2018, the existing rail line between Serhetabat and Torghundi in Afghanistan was restored to service.[8][9]']]},
  {key: 'status.torghundi-herat-extension.planned', line: 'torghundi-herat-extension', value: 'PLANNED',
   props: {},
   src: [['002', 'This line is planned to be extended to Herat, where it could potentially connect to a rail line under construction from Khaf, Iran.[10]']]},
  {key: 'status.khaf-herat-railway.under-construction', line: 'khaf-herat-railway', value: 'UNDER_CONSTRUCTION',
   props: {},
   src: [['002', 'This line is planned to be extended to Herat, where it could potentially connect to a rail line under construction from Khaf, Iran.[10]']]},
  {key: 'status.kerki-aqina-railway.under-construction', line: 'kerki-aqina-railway', value: 'UNDER_CONSTRUCTION',
   props: {since: '2013', sincePrecision: 'YEAR', until: '2016-11', untilPrecision: 'MONTH', event: 'WORK_BEGAN'},
   src: [['002', 'In 2013, work began on a link from Kerki via Ymamnazar on the Turkmen-Afghan border to Aqina in Andkhoy District.']]},
  {key: 'status.kerki-aqina-railway.operating', line: 'kerki-aqina-railway', value: 'OPERATING',
   props: {since: '2016-11', sincePrecision: 'MONTH', event: 'OPENED'},
   src: [['002', 'This link was opened in November 2016.[11]']]},
  {key: 'status.aqina-andkhoy-extension.operating', line: 'aqina-andkhoy-extension', value: 'OPERATING',
   props: {since: '2021-01', sincePrecision: 'MONTH', event: 'EXTENDED'},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]},
  {key: 'status.northern-afghanistan-corridor.planned', line: 'northern-afghanistan-corridor', value: 'PLANNED',
   props: {},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]}
] AS row
MATCH (line:Entity {id: row.line})
MERGE (status:Status {key: row.key})
SET status:Fact, status += row.props, status.value = row.value, status.factKey = row.line + '.status',
    status.revisions = [s IN row.src | s[0]], status.quotes = [s IN row.src | s[1]]
MERGE (line)-[h:HAS_STATUS {key: 'has-' + row.key}]->(status)
SET h.value = row.value, h.factKey = row.line + '.status',
    h.revisions = [s IN row.src | s[0]], h.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// How the lines fit together.
//   The Aqina–Andkhoy extension extends the Kerki link (38 km, January 2021).
//   The planned Herat extension extends the Serhetabat–Torghundi line, and could potentially
//   connect at Herat to the line under construction from Khaf.
//   The Kerki link is intended to become part of the northern Afghanistan corridor.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'extends.aqina-andkhoy-extension.kerki-aqina-railway', from: 'aqina-andkhoy-extension', to: 'kerki-aqina-railway',
   props: {date: '2021-01', datePrecision: 'MONTH', lengthKm: 38},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]},
  {key: 'extends.torghundi-herat-extension.serhetabat-torghundi-railway', from: 'torghundi-herat-extension', to: 'serhetabat-torghundi-railway',
   props: {planned: true},
   src: [['002', 'This line is planned to be extended to Herat, where it could potentially connect to a rail line under construction from Khaf, Iran.[10]']]}
] AS row
MATCH (from:Entity:Railway {id: row.from}), (to:Entity:Railway {id: row.to})
MERGE (from)-[r:EXTENDS {key: row.key}]->(to)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'connects-to.torghundi-herat-extension.khaf-herat-railway', from: 'torghundi-herat-extension', to: 'khaf-herat-railway',
   props: {potential: true, at: 'herat'},
   src: [['002', 'This line is planned to be extended to Herat, where it could potentially connect to a rail line under construction from Khaf, Iran.[10]']]}
] AS row
MATCH (from:Entity:Railway {id: row.from}), (to:Entity:Railway {id: row.to})
MERGE (from)-[r:CONNECTS_TO {key: row.key}]->(to)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'part-of-corridor.kerki-aqina-railway.northern-afghanistan-corridor', railway: 'kerki-aqina-railway', corridor: 'northern-afghanistan-corridor',
   props: {intended: true},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]}
] AS row
MATCH (railway:Entity:Railway {id: row.railway}), (corridor:Entity:Corridor {id: row.corridor})
MERGE (railway)-[r:PART_OF_CORRIDOR {key: row.key}]->(corridor)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// The Lapis Lazuli corridor: Romania's primary interest; it would use Romanian seaports on the
// Black Sea (no route of stops is stated, so none is written).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'interested-in.romania.lapis-lazuli-corridor', country: 'romania', corridor: 'lapis-lazuli-corridor',
   props: {interest: 'PRIMARY', aim: 'development'},
   src: [['002', "Romania's primary interest is development of the Lapis Lazuli corridor, which would use Romanian seaports on the Black Sea."]]}
] AS row
MATCH (country:Entity:Country {id: row.country}), (corridor:Entity:Corridor {id: row.corridor})
MERGE (country)-[r:INTERESTED_IN {key: row.key}]->(corridor)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

UNWIND [
  {key: 'uses-seaports-in.lapis-lazuli-corridor.romania', place: 'romania'},
  {key: 'uses-seaports-in.lapis-lazuli-corridor.black-sea', place: 'black-sea'}
] AS row
MATCH (corridor:Entity:Corridor {id: 'lapis-lazuli-corridor'}), (place:Entity:Place {id: row.place})
MERGE (corridor)-[r:USES_SEAPORTS_IN {key: row.key}]->(place)
SET r.intended = true, r.ports = 'Romanian seaports on the Black Sea',
    r.revisions = ['002'],
    r.quotes = ["Romania's primary interest is development of the Lapis Lazuli corridor, which would use Romanian seaports on the Black Sea."];

// ---------------------------------------------------------------------------------------------
// Where the railway towns and regions lie, so that every stop resolves to its country.
// STATED where the railway sentences say it ("Torghundi in Afghanistan", "Khaf, Iran",
// "Aqina in Andkhoy District", "Andkhoy in Faryab province, Afghanistan"); otherwise REFERENCE
// (geographic reference data, cited), with the railway sentence that names the place as quote.
// (The pipeline towns Korpeje and Kurt Kui are placed in V0200__Energy.)
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'location.andkhoy.faryab-province', place: 'andkhoy', within: 'faryab-province', props: {},
   src: [['000', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line which will connect the eastern part of Turkmenistan to Andkhoi border town in Faryab province of Afghanistan.'],
         ['002', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line to connect the rail line to Serhetabat to Andkhoy in Faryab province, Afghanistan.']]},
  {key: 'location.faryab-province.afghanistan', place: 'faryab-province', within: 'afghanistan', props: {},
   src: [['000', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line which will connect the eastern part of Turkmenistan to Andkhoi border town in Faryab province of Afghanistan.'],
         ['002', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line to connect the rail line to Serhetabat to Andkhoy in Faryab province, Afghanistan.']]},
  {key: 'location.torghundi.afghanistan', place: 'torghundi', within: 'afghanistan', props: {},
   src: [['002', 'In February 2018, the existing rail line between Serhetabat and Torghundi in Afghanistan was restored to service.[8][9]']]},
  {key: 'location.khaf.iran', place: 'khaf', within: 'iran', props: {},
   src: [['002', 'This line is planned to be extended to Herat, where it could potentially connect to a rail line under construction from Khaf, Iran.[10]']]},
  {key: 'location.aqina.andkhoy-district', place: 'aqina', within: 'andkhoy-district', props: {},
   src: [['002', 'In 2013, work began on a link from Kerki via Ymamnazar on the Turkmen-Afghan border to Aqina in Andkhoy District.']]},
  {key: 'location.northern-afghanistan.afghanistan', place: 'northern-afghanistan', within: 'afghanistan', props: {},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]},
  {key: 'location.northern-afghanistan-corridor.northern-afghanistan', place: 'northern-afghanistan-corridor', within: 'northern-afghanistan', props: {intended: true},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]},
  {key: 'location.ymamnazar.turkmenistan', place: 'ymamnazar', within: 'turkmenistan',
   props: {basis: 'REFERENCE', note: 'the text says only "on the Turkmen-Afghan border"',
           citation: 'Wikipedia, "Imamnazar": border town in Lebap Province, Turkmenistan, opposite Aqina (Afghanistan)'},
   src: [['002', 'In 2013, work began on a link from Kerki via Ymamnazar on the Turkmen-Afghan border to Aqina in Andkhoy District.']]},
  {key: 'location.kerki.turkmenistan', place: 'kerki', within: 'turkmenistan',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Kerki": town on the Amu Darya in Lebap Province, Turkmenistan'},
   src: [['002', 'In 2013, work began on a link from Kerki via Ymamnazar on the Turkmen-Afghan border to Aqina in Andkhoy District.']]},
  {key: 'location.andkhoy-district.faryab-province', place: 'andkhoy-district', within: 'faryab-province',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Andkhoy District": a district of Faryab Province, Afghanistan'},
   src: [['002', 'In 2013, work began on a link from Kerki via Ymamnazar on the Turkmen-Afghan border to Aqina in Andkhoy District.']]},
  {key: 'location.serhetabat.turkmenistan', place: 'serhetabat', within: 'turkmenistan',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Serhetabat": border town in Mary Province, Turkmenistan'},
   src: [['002', 'In February 2018, the existing rail line between Serhetabat and Torghundi in Afghanistan was restored to service.[8][9]']]},
  {key: 'location.herat.afghanistan', place: 'herat', within: 'afghanistan',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Herat": capital of Herat Province, Afghanistan'},
   src: [['002', 'This line is planned to be extended to Herat, where it could potentially connect to a rail line under construction from Khaf, Iran.[10]']]},
  {key: 'location.sherkhan-bandar.afghanistan', place: 'sherkhan-bandar', within: 'afghanistan',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Sher Khan Bandar": river port in Kunduz Province, Afghanistan'},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]},
  {key: 'location.mazar-i-sharif.afghanistan', place: 'mazar-i-sharif', within: 'afghanistan',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Mazar-i-Sharif": capital of Balkh Province, Afghanistan'},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]},
  {key: 'location.kunduz.afghanistan', place: 'kunduz', within: 'afghanistan',
   props: {basis: 'REFERENCE', citation: 'Wikipedia, "Kunduz": capital of Kunduz Province, Afghanistan'},
   src: [['002', 'It was extended 38 km to Andkhoy in January 2021,[12] and is intended eventually to become part of a railway corridor through northern Afghanistan, linking it via Sherkhan Bandar, Mazar-i-Sharif and Kunduz to Tajikistan.']]}
] AS row
MATCH (place:Entity {id: row.place}), (container:Entity:Place {id: row.within})
MERGE (place)-[r:LOCATED_IN {key: row.key}]->(container)
SET r += row.props, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
