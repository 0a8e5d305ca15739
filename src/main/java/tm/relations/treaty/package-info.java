/**
 * Treaties and agreements: conventions, protocols, memoranda, contracts, the UN
 * recognition of neutrality, with their parties and subjects.
 */
package tm.relations.treaty;
