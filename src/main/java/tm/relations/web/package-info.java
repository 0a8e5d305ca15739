/**
 * Web concerns shared by every feature: request ids, request limits, error mapping, the
 * caches of parsed documents and normalised operations (and the bounded store with cache
 * meters that every cache of the service uses), HTTP details of the endpoint.
 */
package tm.relations.web;
