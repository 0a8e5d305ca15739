// The explorer's only back end: the public GraphQL API at /graphql. Every view sends one of the
// documents below; the page keeps the exact text and variables of each request so that
// "Open in GraphiQL" can carry them over.

const ENDPOINT = '/graphql';

/** A failure the page explains to the user: unreachable service, HTTP error or GraphQL errors. */
export class ApiError extends Error {
	constructor(kind, message, details = []) {
		super(message);
		this.kind = kind; // 'UNAVAILABLE' | 'HTTP' | 'GRAPHQL'
		this.details = details;
	}
}

/**
 * Posts one GraphQL request. Resolves with `data`; rejects with an ApiError that says what went
 * wrong in words a user can act on. Partial data with errors counts as an error: the page never
 * draws half an answer silently.
 */
export async function execute(query, variables, { signal } = {}) {
	let response;
	try {
		response = await fetch(ENDPOINT, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
			body: JSON.stringify({ query, variables }),
			signal,
		});
	}
	catch (failure) {
		if (failure.name === 'AbortError') {
			throw failure;
		}
		throw new ApiError('UNAVAILABLE', 'The service is unavailable: the page could not reach /graphql. Check that the service is running, then try again.');
	}
	let body = null;
	try {
		body = await response.json();
	}
	catch (failure) {
		body = null;
	}
	if (body && Array.isArray(body.errors) && body.errors.length > 0) {
		const details = body.errors.map((error) => {
			const classification = error.extensions && error.extensions.classification;
			return classification ? `${error.message} (${classification})` : error.message;
		});
		throw new ApiError('GRAPHQL', 'The GraphQL API answered with an error.', details);
	}
	if (!response.ok || !body || !body.data) {
		throw new ApiError('HTTP', `The service answered HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''} instead of a GraphQL result. Try again in a moment.`);
	}
	return body.data;
}

/**
 * A link to the service's GraphiQL with this query and these variables. The URL carries both as
 * `query` and `variables` parameters; Spring's GraphiQL page (2.0) does not read them, so the
 * click handler from `rememberForGraphiql` also puts them where GraphiQL looks on start: its
 * local storage (`graphiql:query`, `graphiql:variables`), same origin as this page.
 */
export function graphiqlHref(query, variables) {
	const parameters = new URLSearchParams();
	parameters.set('path', ENDPOINT);
	parameters.set('query', query);
	parameters.set('variables', JSON.stringify(variables, null, 2));
	return '/graphiql?' + parameters.toString();
}

export function rememberForGraphiql(query, variables) {
	try {
		window.localStorage.setItem('graphiql:query', query);
		window.localStorage.setItem('graphiql:variables', JSON.stringify(variables, null, 2));
	}
	catch (failure) {
		// Storage disabled: the URL parameters still carry the query.
	}
}

// A label for any node the API can return, whatever its type.
const NODE_LABEL = `fragment NodeLabel on Node {
  id
  __typename
  ... on Entity { name kind current }
  ... on Mission { name current }
  ... on Treaty { name current }
  ... on AirRoute { name current }
  ... on Dispute { topic current }
  ... on StatusStatement { value current }
  ... on NameStatement { value current }
  ... on Statistic { metric value current }
}`;

const EVIDENCE = `fragment Evidence on Provenance {
  revision
  quote
  current
  basis
  context
  citation
  dubious
}`;

// What changed between two revisions, by record id, to mark the facts of the current view.
const CHANGES = `changes: revisionDiff(from: $diffFrom, to: $diffTo) {
    from
    to
    added { factKey summary after { id } }
    removed { factKey summary before { id } }
    changed { factKey summary before { id } after { id } }
  }`;

export const SEARCH = `query Suggestions($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    matchedName
    node { id name kind current aliases }
  }
}`;

export const ENTITY = `query Neighbourhood($id: ID!, $kinds: [LinkKind!], $asOf: Revision, $diffFrom: Revision!, $diffTo: Revision!) {
  node(id: $id) {
    ...NodeLabel
    ... on Entity {
      aliases
      evidence { ...Evidence }
      relations(kinds: $kinds, asOf: $asOf) {
        id
        type
        kind
        direction
        current
        properties { name value }
        evidence { ...Evidence }
        other { ...NodeLabel }
      }
    }
    ... on Mission { evidence { ...Evidence } }
    ... on Treaty { evidence { ...Evidence } }
    ... on AirRoute { evidence { ...Evidence } }
    ... on Dispute { evidence { ...Evidence } }
    ... on StatusStatement { evidence { ...Evidence } }
    ... on NameStatement { evidence { ...Evidence } }
    ... on Statistic { evidence { ...Evidence } }
  }
  ${CHANGES}
}

${NODE_LABEL}

${EVIDENCE}`;

function pathDocument(field) {
	const first = field === 'paths' ? ', $first: Int' : '';
	const firstArgument = field === 'paths' ? ', first: $first' : '';
	const name = field === 'paths' ? 'AllPaths' : 'ShortestPaths';
	return `query ${name}($from: String!, $to: String!, $kinds: [LinkKind!], $maxHops: Int${first}, $asOf: Revision, $diffFrom: Revision!, $diffTo: Revision!) {
  result: ${field}(from: $from, to: $to, kinds: $kinds, maxHops: $maxHops${firstArgument}, asOf: $asOf) {
    paths {
      length
      nodes { id }
      edges { id }
    }
    nodes { ...NodeLabel }
    edges {
      id
      source
      target
      type
      kind
      current
      properties { name value }
      evidence { ...Evidence }
    }
  }
  ${CHANGES}
}

${NODE_LABEL}

${EVIDENCE}`;
}

export const ALL_PATHS = pathDocument('paths');

export const SHORTEST_PATHS = pathDocument('shortestPaths');

export const ENERGY = `query EnergyPartners($of: String, $asOf: Revision, $diffFrom: Revision!, $diffTo: Revision!) {
  energyPartners(of: $of, asOf: $asOf) {
    current
    country { ...NodeLabel iso3 }
    connections {
      id
      role
      type
      current
      buyerRank
      volume
      mode
      since { value }
      until { value }
      resumed { value }
      asset {
        ...NodeLabel
        ... on Pipeline {
          status
          commodity
          route(asOf: $asOf) {
            seq
            current
            place { id name }
            country { id name }
          }
        }
      }
      company { id name }
      railheads { id name }
      properties { name value }
      evidence { ...Evidence }
    }
  }
  ${CHANGES}
}

${NODE_LABEL}

${EVIDENCE}`;
