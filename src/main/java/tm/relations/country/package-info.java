/**
 * Countries and Turkmenistan's counterparts: lookup by name, alias or ISO code, the
 * diplomatic relation and trade with Turkmenistan, the filtered and paginated list of
 * counterparts, and the aggregate statistics.
 */
package tm.relations.country;
