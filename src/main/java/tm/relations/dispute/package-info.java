/**
 * Disputes and standing issues: their parties with roles, their status as each revision
 * states it, the positions advocated and the treaties that concern them.
 */
package tm.relations.dispute;
