/**
 * Web concerns shared by every feature: request ids, error mapping, HTTP details of the
 * endpoint.
 */
package tm.relations.web;
