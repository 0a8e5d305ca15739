// Disputes and standing issues: one `Fact:Dispute` node each (key 'dispute.<slug>'), the parties it
// INVOLVES, and its status as each revision states it (`Fact:Status` nodes via HAS_STATUS, one
// record per stated value; the records of one dispute share factKey 'dispute.<slug>.status').
// Every row carries `src`: [revision, verbatim sentence] pairs, one per revision that states it.
// The Caspian Sea convention of 2018 is loaded with the treaties; it CONCERNS
// 'dispute.caspian-boundaries'.

// ---------------------------------------------------------------------------------------------
// The disputes
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'dispute.caspian-boundaries', disputeKind: 'BOUNDARY', topic: 'Boundaries in the Caspian Sea', props: {},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'],
         ['001', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.'],
         ['002', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.']]},
  // Both sentences stand in the Caspian boundaries paragraph of 000; they do not name the Caspian.
  {key: 'dispute.russia-kazakhstan-azerbaijan', disputeKind: 'BOUNDARY', topic: 'Issues between Russia, Kazakhstan and Azerbaijan',
   props: {basis: 'PARAGRAPH', contextRevision: '000', context: 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'},
   src: [['000', 'Issues between Russia, Kazakhstan and Azerbaijan were settled in 2003.']]},
  {key: 'dispute.iran-azerbaijan', disputeKind: 'BOUNDARY', topic: 'Problems between Iran and Azerbaijan',
   props: {basis: 'PARAGRAPH', contextRevision: '000', context: 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'},
   src: [['000', 'Problems remain also between Iran and Azerbaijan.']]},
  {key: 'dispute.water-sharing-uzbekistan', disputeKind: 'WATER_SHARING', topic: 'Water-sharing between Turkmenistan and Uzbekistan', props: {},
   src: [['000', 'Turkmenistan and Uzbekistan have a dispute over water-sharing.'],
         ['001', 'Turkmenistan and Uzbekistan have disputes over water-sharing.'],
         ['002', 'Turkmenistan and Uzbekistan have disputes over water-sharing.']]},
  {key: 'dispute.narcotics-transit', disputeKind: 'NARCOTICS_TRANSIT',
   topic: 'Narcotics from Afghanistan passing through Turkmenistan to Russian and European markets', props: {},
   src: [['000', 'Also, narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['001', 'Narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['002', 'As a result, a large volume of narcotics are trafficked through Turkmenistan on their way to lucrative markets in Europe and Russia.[1]']]},
  {key: 'dispute.gas-price-russia', disputeKind: 'GAS_PRICE', topic: 'Price negotiations for gas exports to Russia', props: {},
   src: [['000', 'The two countries often lock horns over price negotiations for gas exports to Russia.']]},
  {key: 'dispute.payment-arrears-iran', disputeKind: 'PAYMENT_ARREARS', topic: 'Payment arrears for pipeline gas exported to Iran',
   props: {year: '2017', yearPrecision: 'YEAR', consequence: 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran'},
   src: [['001', 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran in 2017 over a payment arrears dispute.'],
         ['002', 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran in 2017 over a payment arrears dispute.']]},
  {key: 'dispute.reform-united-states', disputeKind: 'REFORM', topic: "Turkmenistan's path toward democratic and economic reform", props: {},
   src: [['000', "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."],
         ['002', "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."]]},
  {key: 'dispute.azerbaijan-sunni-shia', disputeKind: 'RELIGIOUS_TENSION',
   topic: "Strained relationship with Azerbaijan (majority Sunni Turkmenistan, majority Shi'a Azerbaijan)", props: {},
   src: [['002', "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a."]]},
  {key: 'dispute.iran-political-systems', disputeKind: 'POLITICAL',
   topic: "Iran's Islamic theocracy and Turkmenistan's secular dictatorship prevent a closer friendship", props: {},
   src: [['000', "Iran's Islamic theocracy and Turkmenistan's secular dictatorship also prevent the development of a closer friendship."],
         ['002', "Iran's Islamic theocracy and Turkmenistan's secular dictatorship also prevent the development of a closer friendship."]]},
  {key: 'dispute.taliban-recognition', disputeKind: 'RECOGNITION',
   topic: "Recognition of the Taliban's state, the Islamic Emirate of Afghanistan", props: {},
   src: [['002', "Though Turkmenistan has not recognized the Taliban's state, the Islamic Emirate of Afghanistan, it has facilitated the Taliban's appointment of diplomats to the Afghan Embassy in Ashgabat."]]}
] AS row
MERGE (d:Dispute {key: row.key})
SET d:Fact, d += row.props, d.topic = row.topic, d.disputeKind = row.disputeKind,
    d.revisions = [s IN row.src | s[0]], d.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Parties (role: PARTY, or SUBJECT for the sea in question; SOURCE, TRANSIT, DESTINATION for
// narcotics)
// ---------------------------------------------------------------------------------------------
UNWIND [
  // Caspian Sea boundaries
  {key: 'dispute.caspian-boundaries.involves.caspian-sea', dispute: 'dispute.caspian-boundaries', party: 'caspian-sea', role: 'SUBJECT', props: {},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'],
         ['001', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.'],
         ['002', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.']]},
  {key: 'dispute.caspian-boundaries.involves.turkmenistan', dispute: 'dispute.caspian-boundaries', party: 'turkmenistan', role: 'PARTY', props: {},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'],
         ['001', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.'],
         ['002', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.']]},
  {key: 'dispute.caspian-boundaries.involves.kazakhstan', dispute: 'dispute.caspian-boundaries', party: 'kazakhstan', role: 'PARTY', props: {},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.']]},
  {key: 'dispute.caspian-boundaries.involves.azerbaijan', dispute: 'dispute.caspian-boundaries', party: 'azerbaijan', role: 'PARTY', props: {},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.']]},
  {key: 'dispute.caspian-boundaries.involves.iran', dispute: 'dispute.caspian-boundaries', party: 'iran', role: 'PARTY', props: {},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.']]},
  // "between the two": Iran and Turkmenistan, named by the first sentence of Iran's paragraph.
  {key: 'dispute.caspian-boundaries.involves.iran.tension', dispute: 'dispute.caspian-boundaries', party: 'iran', role: 'PARTY',
   props: {tension: true, basis: 'PARAGRAPH', contextRevision: '002',
           context: "Iran and Turkmenistan have had relations since Turkmenistan's independence from the Soviet Union in 1991."},
   src: [['000', 'The Caspian Sea territorial boundaries is a cause of tension between the two.'],
         ['002', 'The Caspian Sea territorial boundaries are a cause of tension between the two.']]},
  // Issues between Russia, Kazakhstan and Azerbaijan; problems between Iran and Azerbaijan
  {key: 'dispute.russia-kazakhstan-azerbaijan.involves.russia', dispute: 'dispute.russia-kazakhstan-azerbaijan', party: 'russia', role: 'PARTY', props: {},
   src: [['000', 'Issues between Russia, Kazakhstan and Azerbaijan were settled in 2003.']]},
  {key: 'dispute.russia-kazakhstan-azerbaijan.involves.kazakhstan', dispute: 'dispute.russia-kazakhstan-azerbaijan', party: 'kazakhstan', role: 'PARTY', props: {},
   src: [['000', 'Issues between Russia, Kazakhstan and Azerbaijan were settled in 2003.']]},
  {key: 'dispute.russia-kazakhstan-azerbaijan.involves.azerbaijan', dispute: 'dispute.russia-kazakhstan-azerbaijan', party: 'azerbaijan', role: 'PARTY', props: {},
   src: [['000', 'Issues between Russia, Kazakhstan and Azerbaijan were settled in 2003.']]},
  {key: 'dispute.russia-kazakhstan-azerbaijan.involves.caspian-sea', dispute: 'dispute.russia-kazakhstan-azerbaijan', party: 'caspian-sea', role: 'SUBJECT',
   props: {basis: 'PARAGRAPH', contextRevision: '000', context: 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'},
   src: [['000', 'Issues between Russia, Kazakhstan and Azerbaijan were settled in 2003.']]},
  {key: 'dispute.iran-azerbaijan.involves.iran', dispute: 'dispute.iran-azerbaijan', party: 'iran', role: 'PARTY', props: {},
   src: [['000', 'Problems remain also between Iran and Azerbaijan.']]},
  {key: 'dispute.iran-azerbaijan.involves.azerbaijan', dispute: 'dispute.iran-azerbaijan', party: 'azerbaijan', role: 'PARTY', props: {},
   src: [['000', 'Problems remain also between Iran and Azerbaijan.']]},
  {key: 'dispute.iran-azerbaijan.involves.caspian-sea', dispute: 'dispute.iran-azerbaijan', party: 'caspian-sea', role: 'SUBJECT',
   props: {basis: 'PARAGRAPH', contextRevision: '000', context: 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.'},
   src: [['000', 'Problems remain also between Iran and Azerbaijan.']]},
  // Water-sharing
  {key: 'dispute.water-sharing-uzbekistan.involves.turkmenistan', dispute: 'dispute.water-sharing-uzbekistan', party: 'turkmenistan', role: 'PARTY', props: {},
   src: [['000', 'Turkmenistan and Uzbekistan have a dispute over water-sharing.'],
         ['001', 'Turkmenistan and Uzbekistan have disputes over water-sharing.'],
         ['002', 'Turkmenistan and Uzbekistan have disputes over water-sharing.']]},
  {key: 'dispute.water-sharing-uzbekistan.involves.uzbekistan', dispute: 'dispute.water-sharing-uzbekistan', party: 'uzbekistan', role: 'PARTY', props: {},
   src: [['000', 'Turkmenistan and Uzbekistan have a dispute over water-sharing.'],
         ['001', 'Turkmenistan and Uzbekistan have disputes over water-sharing.'],
         ['002', 'Turkmenistan and Uzbekistan have disputes over water-sharing.']]},
  // Narcotics: 002 names Afghanistan in the sentence before ("a principal producer of heroin and opium").
  {key: 'dispute.narcotics-transit.involves.afghanistan', dispute: 'dispute.narcotics-transit', party: 'afghanistan', role: 'SOURCE', props: {},
   src: [['000', 'Also, narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['001', 'Narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['002', 'Turkmenistan shares a long border with Afghanistan, a principal producer of heroin and opium.']]},
  {key: 'dispute.narcotics-transit.involves.turkmenistan', dispute: 'dispute.narcotics-transit', party: 'turkmenistan', role: 'TRANSIT', props: {},
   src: [['000', 'Also, narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['001', 'Narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['002', 'As a result, a large volume of narcotics are trafficked through Turkmenistan on their way to lucrative markets in Europe and Russia.[1]']]},
  {key: 'dispute.narcotics-transit.involves.russia', dispute: 'dispute.narcotics-transit', party: 'russia', role: 'DESTINATION', props: {},
   src: [['000', 'Also, narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['001', 'Narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['002', 'As a result, a large volume of narcotics are trafficked through Turkmenistan on their way to lucrative markets in Europe and Russia.[1]']]},
  {key: 'dispute.narcotics-transit.involves.europe', dispute: 'dispute.narcotics-transit', party: 'europe', role: 'DESTINATION', props: {},
   src: [['000', 'Also, narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['001', 'Narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['002', 'As a result, a large volume of narcotics are trafficked through Turkmenistan on their way to lucrative markets in Europe and Russia.[1]']]},
  // Gas price negotiations with Russia: "the two countries" are named by the paragraph's first sentence.
  {key: 'dispute.gas-price-russia.involves.russia', dispute: 'dispute.gas-price-russia', party: 'russia', role: 'PARTY', props: {},
   src: [['000', 'The two countries often lock horns over price negotiations for gas exports to Russia.']]},
  {key: 'dispute.gas-price-russia.involves.turkmenistan', dispute: 'dispute.gas-price-russia', party: 'turkmenistan', role: 'PARTY',
   props: {basis: 'PARAGRAPH', contextRevision: '000',
           context: "Recently, Russian-Turkmenistan relations have revolved around Russia's efforts to secure natural gas export deals from Turkmenistan."},
   src: [['000', 'The two countries often lock horns over price negotiations for gas exports to Russia.']]},
  // Payment arrears with Iran
  {key: 'dispute.payment-arrears-iran.involves.turkmenistan', dispute: 'dispute.payment-arrears-iran', party: 'turkmenistan', role: 'PARTY', props: {},
   src: [['001', 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran in 2017 over a payment arrears dispute.'],
         ['002', 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran in 2017 over a payment arrears dispute.']]},
  {key: 'dispute.payment-arrears-iran.involves.iran', dispute: 'dispute.payment-arrears-iran', party: 'iran', role: 'PARTY', props: {},
   src: [['001', 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran in 2017 over a payment arrears dispute.'],
         ['002', 'Turkmenistan unilaterally cut off exports of pipeline natural gas to Iran in 2017 over a payment arrears dispute.']]},
  // Reform, with the United States
  {key: 'dispute.reform-united-states.involves.united-states', dispute: 'dispute.reform-united-states', party: 'united-states', role: 'PARTY', props: {},
   src: [['000', "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."],
         ['002', "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."]]},
  {key: 'dispute.reform-united-states.involves.turkmenistan', dispute: 'dispute.reform-united-states', party: 'turkmenistan', role: 'PARTY', props: {},
   src: [['000', "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."],
         ['002', "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."]]},
  // Strained relationship with Azerbaijan
  {key: 'dispute.azerbaijan-sunni-shia.involves.turkmenistan', dispute: 'dispute.azerbaijan-sunni-shia', party: 'turkmenistan', role: 'PARTY', props: {majority: 'Sunni'},
   src: [['002', "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a."]]},
  {key: 'dispute.azerbaijan-sunni-shia.involves.azerbaijan', dispute: 'dispute.azerbaijan-sunni-shia', party: 'azerbaijan', role: 'PARTY', props: {majority: "Shi'a"},
   src: [['002', "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a."]]},
  // Political systems, with Iran
  {key: 'dispute.iran-political-systems.involves.iran', dispute: 'dispute.iran-political-systems', party: 'iran', role: 'PARTY', props: {system: 'Islamic theocracy'},
   src: [['000', "Iran's Islamic theocracy and Turkmenistan's secular dictatorship also prevent the development of a closer friendship."],
         ['002', "Iran's Islamic theocracy and Turkmenistan's secular dictatorship also prevent the development of a closer friendship."]]},
  {key: 'dispute.iran-political-systems.involves.turkmenistan', dispute: 'dispute.iran-political-systems', party: 'turkmenistan', role: 'PARTY', props: {system: 'secular dictatorship'},
   src: [['000', "Iran's Islamic theocracy and Turkmenistan's secular dictatorship also prevent the development of a closer friendship."],
         ['002', "Iran's Islamic theocracy and Turkmenistan's secular dictatorship also prevent the development of a closer friendship."]]},
  // The Taliban's state
  {key: 'dispute.taliban-recognition.involves.turkmenistan', dispute: 'dispute.taliban-recognition', party: 'turkmenistan', role: 'PARTY', props: {},
   src: [['002', "Though Turkmenistan has not recognized the Taliban's state, the Islamic Emirate of Afghanistan, it has facilitated the Taliban's appointment of diplomats to the Afghan Embassy in Ashgabat."]]},
  {key: 'dispute.taliban-recognition.involves.islamic-emirate-of-afghanistan', dispute: 'dispute.taliban-recognition', party: 'islamic-emirate-of-afghanistan', role: 'PARTY', props: {},
   src: [['002', "Though Turkmenistan has not recognized the Taliban's state, the Islamic Emirate of Afghanistan, it has facilitated the Taliban's appointment of diplomats to the Afghan Embassy in Ashgabat."]]}
] AS row
MATCH (d:Dispute {key: row.dispute}), (party:Entity {id: row.party})
MERGE (d)-[r:INVOLVES {key: row.key}]->(party)
SET r += row.props, r.role = row.role, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];

// ---------------------------------------------------------------------------------------------
// Status as each revision states it. Values: UNRESOLVED, PARTIALLY_RESOLVED, SETTLED, ONGOING
// (a present-tense dispute: "have disputes", "continue to disagree"), STRAINED, NOT_RECOGNISED.
// The payment arrears dispute has no stated status beyond the 2017 cut-off.
// ---------------------------------------------------------------------------------------------
UNWIND [
  {dispute: 'dispute.caspian-boundaries', slug: 'unresolved', value: 'UNRESOLVED', props: {},
   src: [['000', 'Caspian Sea boundaries are not yet determined with Kazakhstan, Azerbaijan and Iran.']]},
  {dispute: 'dispute.caspian-boundaries', slug: 'partially-resolved', value: 'PARTIALLY_RESOLVED',
   props: {since: '2018', sincePrecision: 'YEAR', by: 'Caspian Sea convention'},
   src: [['001', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.'],
         ['002', 'Signing of the Caspian Sea convention in 2018 brought only partial resolution of boundary disputes in the Caspian.']]},
  {dispute: 'dispute.russia-kazakhstan-azerbaijan', slug: 'settled', value: 'SETTLED', props: {since: '2003', sincePrecision: 'YEAR'},
   src: [['000', 'Issues between Russia, Kazakhstan and Azerbaijan were settled in 2003.']]},
  {dispute: 'dispute.iran-azerbaijan', slug: 'unresolved', value: 'UNRESOLVED', props: {},
   src: [['000', 'Problems remain also between Iran and Azerbaijan.']]},
  {dispute: 'dispute.water-sharing-uzbekistan', slug: 'ongoing', value: 'ONGOING', props: {},
   src: [['000', 'Turkmenistan and Uzbekistan have a dispute over water-sharing.'],
         ['001', 'Turkmenistan and Uzbekistan have disputes over water-sharing.'],
         ['002', 'Turkmenistan and Uzbekistan have disputes over water-sharing.']]},
  {dispute: 'dispute.narcotics-transit', slug: 'ongoing', value: 'ONGOING', props: {},
   src: [['000', 'Also, narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['001', 'Narcotics from Afghanistan pass through the country on their way to Russian and European markets.'],
         ['002', 'As a result, a large volume of narcotics are trafficked through Turkmenistan on their way to lucrative markets in Europe and Russia.[1]']]},
  {dispute: 'dispute.gas-price-russia', slug: 'ongoing', value: 'ONGOING', props: {},
   src: [['000', 'The two countries often lock horns over price negotiations for gas exports to Russia.']]},
  {dispute: 'dispute.reform-united-states', slug: 'ongoing', value: 'ONGOING', props: {},
   src: [['000', "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."],
         ['002', "The United States and Turkmenistan continue to disagree about the latter country's path toward democratic and economic reform."]]},
  {dispute: 'dispute.azerbaijan-sunni-shia', slug: 'strained', value: 'STRAINED', props: {},
   src: [['002', "Despite close linguistic affinities (Turkmen and Azerbaijani are about 65 percent mutually intelligible), Turkmenistan and Azerbaijan suffer from a strained relationship, in part because Turkmenistan is majority Sunni and Azerbaijan is majority Shi'a."]]},
  {dispute: 'dispute.iran-political-systems', slug: 'ongoing', value: 'ONGOING', props: {},
   src: [['000', "Iran's Islamic theocracy and Turkmenistan's secular dictatorship also prevent the development of a closer friendship."],
         ['002', "Iran's Islamic theocracy and Turkmenistan's secular dictatorship also prevent the development of a closer friendship."]]},
  {dispute: 'dispute.taliban-recognition', slug: 'not-recognised', value: 'NOT_RECOGNISED', props: {},
   src: [['002', "Though Turkmenistan has not recognized the Taliban's state, the Islamic Emirate of Afghanistan, it has facilitated the Taliban's appointment of diplomats to the Afghan Embassy in Ashgabat."]]}
] AS row
MATCH (d:Dispute {key: row.dispute})
MERGE (s:Status {key: row.dispute + '.status.' + row.slug})
SET s:Fact, s += row.props, s.value = row.value, s.factKey = row.dispute + '.status',
    s.revisions = [x IN row.src | x[0]], s.quotes = [x IN row.src | x[1]]
MERGE (d)-[r:HAS_STATUS {key: row.dispute + '.has-status.' + row.slug}]->(s)
SET r.value = row.value, r.factKey = row.dispute + '.status',
    r.revisions = [x IN row.src | x[0]], r.quotes = [x IN row.src | x[1]];

// ---------------------------------------------------------------------------------------------
// Positions in a dispute. The United States' advocated reforms: 000 says "industrial
// privatization", 002 "industrial and agricultural privatization" (two values of one fact).
// ---------------------------------------------------------------------------------------------
UNWIND [
  {key: 'dispute.reform-united-states.advocates.industrial-privatization', value: 'industrial privatization',
   position: ['industrial privatization', 'market liberalization', 'fiscal reform', 'legal and regulatory reforms'],
   src: [['000', 'The United States has publicly advocated industrial privatization, market liberalization, and fiscal reform, as well as legal and regulatory reforms to open up the economy to foreign trade and investment, as the best way to achieve prosperity and true independence and sovereignty.']]},
  {key: 'dispute.reform-united-states.advocates.industrial-and-agricultural-privatization', value: 'industrial and agricultural privatization',
   position: ['industrial and agricultural privatization', 'market liberalization', 'fiscal reform', 'legal and regulatory reforms'],
   src: [['002', 'The United States has publicly advocated industrial and agricultural privatization, market liberalization, and fiscal reform, as well as legal and regulatory reforms to open up the economy to foreign trade and investment, as the best way to achieve prosperity and true independence and sovereignty.']]}
] AS row
MATCH (us:Entity {id: 'united-states'}), (d:Dispute {key: 'dispute.reform-united-states'})
MERGE (us)-[r:ADVOCATES {key: row.key}]->(d)
SET r.factKey = 'dispute.reform-united-states.advocates', r.value = row.value, r.position = row.position,
    r.publicly = true, r.revisions = [s IN row.src | s[0]], r.quotes = [s IN row.src | s[1]];
