/**
 * Web concerns shared by every feature: request ids, request limits, error mapping, HTTP
 * details of the endpoint.
 */
package tm.relations.web;
