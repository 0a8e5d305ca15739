/**
 * HTTP details of the GraphQL endpoint that make answers cacheable: queries over GET,
 * {@code ETag}/{@code Cache-Control}/304, Automatic Persisted Queries and the allow-list
 * mode.
 */
package tm.relations.web.http;
