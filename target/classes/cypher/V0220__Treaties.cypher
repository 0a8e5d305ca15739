// Treaties and agreements: the UN recognition of neutrality, protocols, agreements, the Caspian Sea
// convention, memoranda, a production sharing agreement, a commitment and contracts, as Treaty fact
// nodes with their parties (PARTY_TO) and subjects (CONCERNS).
// Every fact carries key, revisions and quotes (src pairs: [revision, verbatim sentence]); the
// PARTY_TO and CONCERNS edges of a treaty carry the treaty's own sentences.
// R__Derive_provenance derives current, factKey and basis defaults.
//
// A party is only written where the text names it: in the treaty's sentence (basis STATED) or
// in another sentence of the same paragraph (basis PARAGRAPH, that sentence in `context`).
// Not named, so not written: the parties of the Caspian Sea convention, the other party of Eni's
// production sharing agreement and of the Bouygues / Hyundai / LG contracts, and a counterpart of
// Turkmenistan's 2011 railway agreement.

UNWIND [
  {key: 'treaty.un-neutrality-recognition', treatyKind: 'RECOGNITION',
   props: {date: '1995', datePrecision: 'YEAR', subject: "formal recognition of Turkmenistan's declaration of permanent neutrality"},
   parties: [{id: 'united-nations', role: 'RECOGNISING'}, {id: 'turkmenistan', role: 'DECLARING'}],
   concerns: [],
   src: [['000', "Turkmenistan's declaration of \"permanent neutrality\" was formally recognized by the United Nations in 1995."],
         ['001', "Turkmenistan's declaration of \"permanent neutrality\" was formally recognized by the United Nations in 1995."],
         ['002', "Turkmenistan's declaration of \"permanent neutrality\" was formally recognized by the United Nations in 1995."]]},

  {key: 'treaty.france-protocol-1992', treatyKind: 'PROTOCOL',
   props: {date: '1992-03-06', datePrecision: 'DAY', subject: 'establishment of diplomatic relations'},
   parties: [{id: 'france'}, {id: 'turkmenistan'}],
   partyBasis: {basis: 'PARAGRAPH', contextRevision: '002',
                context: 'Turkmenistan has an embassy in Paris and France has an embassy in Ashgabat.'},
   concerns: [],
   src: [['000', 'Diplomatic relations were established on March 6, 1992 signing of the Protocol.'],
         ['002', 'Diplomatic relations were established with the March 6, 1992 signing of the Protocol.']]},

  {key: 'treaty.tapi-agreement-2010', treatyKind: 'AGREEMENT',
   props: {date: '2010', datePrecision: 'YEAR', subject: 'building the TAPI pipeline to transport Turkmen gas to Afghanistan, Pakistan and India'},
   parties: [{id: 'turkmenistan'}, {id: 'afghanistan'}, {id: 'pakistan'}, {id: 'india'}],
   partyBasis: {basis: 'PARAGRAPH', contextRevision: '002',
                context: 'The Turkmenistan-Afghanistan-Pakistan-India pipeline (TAPI) has been one of the most important regional initiatives to be undertaken by these countries.'},
   concerns: ['tapi-pipeline'],
   src: [['000', 'The agreement to build the pipeline to transport Turkmen gas to Afghanistan and Pakistan and thereafter to India was signed in 2010.'],
         ['002', 'The agreement to build the pipeline to transport Turkmen gas to Afghanistan and Pakistan and beyond to India was signed in 2010.']]},

  {key: 'treaty.andkhoy-railway-extension-2011', treatyKind: 'AGREEMENT',
   props: {date: '2011', datePrecision: 'YEAR', subject: 'building a 150-km extension to a railway line to Andkhoy'},
   parties: [{id: 'turkmenistan'}],
   concerns: ['andkhoy-extension-150km'],
   src: [['000', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line which will connect the eastern part of Turkmenistan to Andkhoi border town in Faryab province of Afghanistan.'],
         ['002', 'In 2011, Turkmenistan agreed to build a 150-km extension to a railway line to connect the rail line to Serhetabat to Andkhoy in Faryab province, Afghanistan.']]},

  {key: 'treaty.caspian-sea-convention-2018', treatyKind: 'CONVENTION',
   props: {date: '2018', datePrecision: 'YEAR', subject: 'Caspian Sea boundaries', outcome: 'only partial resolution of boundary disputes in the Caspian'},
   parties: [],
   concerns: ['caspian-sea'],
   src: [['001', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.'],
         ['002', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.']]},

  {key: 'treaty.serdar-memorandum-2020', treatyKind: 'MEMORANDUM',
   props: {date: '2020', datePrecision: 'YEAR', subject: 'joint exploitation of the cross-boundary Serdar oil field in the Caspian'},
   parties: [{id: 'turkmenistan'}, {id: 'azerbaijan'}],
   partyBasis: {basis: 'PARAGRAPH', contextRevision: '002',
                context: "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a."},
   concerns: ['serdar-oil-field'],
   src: [['002', 'Nonetheless the two countries have begun to cooperate more in commercial spheres, most notably with signing of a memorandum in 2020 on joint exploitation of the cross-boundary Serdar oil field in the Caspian.']]},

  {key: 'treaty.eni-production-sharing-agreement', treatyKind: 'PRODUCTION_SHARING_AGREEMENT',
   props: {subject: 'operation of oil wells in the Caspian Sea'},
   parties: [{id: 'eni', role: 'OPERATOR'}],
   concerns: ['eni-caspian-oil-wells'],
   src: [['002', 'The relationship is dominated by the presence of Italian petroleum firm Eni, which operates oil  wells in the Caspian Sea under a production sharing agreement.']]},

  {key: 'treaty.pricaspiysky-commitment', treatyKind: 'COMMITMENT',
   props: {subject: 'help supply and expand the Russian-backed Pricaspiysky pipeline', outcome: 'no action has yet occurred towards this goal'},
   parties: [{id: 'turkmenistan'}, {id: 'gurbanguly-berdimuhamedow', role: 'PRESIDENT'}],
   concerns: ['pricaspiysky-pipeline'],
   src: [['000', 'Turkmen president Gurbanguly Berdimuhamedow has agreed to help supply and expand the Russian-backed Pricaspiysky pipeline, however no action has yet occurred towards this goal.']]},

  {key: 'treaty.bouygues-construction-contracts', treatyKind: 'CONTRACT',
   props: {subject: 'construction (000: of buildings)', count: 'many (002)'},
   parties: [{id: 'bouygues', role: 'CONTRACTOR'}],
   concerns: [],
   src: [['000', 'The French construction company Bouygues, the company is the second largest in Turkmenistan signed contracts for the construction of buildings.'],
         ['002', 'The French construction company Bouygues, the second-largest in Turkmenistan, has signed many construction contracts.']]},

  {key: 'treaty.hyundai-lg-industrial-plant-contracts', treatyKind: 'CONTRACT',
   props: {subject: 'building industrial plants', size: 'major'},
   parties: [{id: 'hyundai', role: 'CONTRACTOR'}, {id: 'lg', role: 'CONTRACTOR'}],
   concerns: [],
   src: [['002', 'South Korean firms such as Hyundai and LG have won major contracts for building industrial plants.']]}
] AS row
MERGE (treaty:Treaty {key: row.key})
SET treaty:Fact, treaty += row.props, treaty.treatyKind = row.treatyKind,
    treaty.revisions = [s IN row.src | s[0]], treaty.quotes = [s IN row.src | s[1]]
WITH treaty, row
CALL (treaty, row) {
  UNWIND row.parties AS party
  MATCH (p:Entity {id: party.id})
  MERGE (p)-[r:PARTY_TO {key: 'party-to.' + substring(row.key, 7) + '.' + party.id}]->(treaty)
  SET r += coalesce(row.partyBasis, {}), r.role = party.role,
      r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]]
}
CALL (treaty, row) {
  UNWIND row.concerns AS subjectId
  MATCH (e:Entity {id: subjectId})
  MERGE (treaty)-[r:CONCERNS {key: 'concerns.' + substring(row.key, 7) + '.' + subjectId}]->(e)
  SET r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]]
};

// The Caspian Sea convention concerns the Caspian boundaries dispute. The Dispute fact node
// belongs to the disputes script (key 'dispute.caspian-boundaries'); if this script runs first,
// only the bare node is created here and that script fills it in.
MERGE (dispute:Dispute {key: 'dispute.caspian-boundaries'})
SET dispute:Fact
WITH dispute
MATCH (treaty:Treaty {key: 'treaty.caspian-sea-convention-2018'})
MERGE (treaty)-[r:CONCERNS {key: 'concerns.caspian-sea-convention-2018.dispute.caspian-boundaries'}]->(dispute)
SET r.revisions = ['001', '002'],
    r.quotes = ['Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.',
                'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.'];

// Niyazov's statement on what neutrality means (000, 001, 002).
UNWIND [
  {key: 'stated-policy.saparmurat-niyazov.neutrality', person: 'saparmurat-niyazov', treaty: 'treaty.un-neutrality-recognition',
   statement: 'the neutrality would prevent Turkmenistan from participating in multi-national defense organizations, but allows military assistance',
   src: [['000', 'Former President Niyazov stated that the neutrality would prevent Turkmenistan from participating in multi-national defense organizations, but allows military assistance.'],
         ['001', 'Former President Niyazov stated that the neutrality would prevent Turkmenistan from participating in multi-national defense organizations, but allows military assistance.'],
         ['002', 'Former President Niyazov stated that the neutrality would prevent Turkmenistan from participating in multi-national defense organizations, but allows military assistance.']]}
] AS row
MATCH (person:Entity:Person {id: row.person}), (treaty:Treaty {key: row.treaty})
MERGE (person)-[r:STATED_POLICY {key: row.key}]->(treaty)
SET r.statement = row.statement, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
