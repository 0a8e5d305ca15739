// The graph explorer: a search box, an entity's neighbourhood, a path finder and Turkmenistan's
// energy partners, each drawn (Cytoscape) and listed (tables), each as of a chosen revision, each
// with the exact GraphQL request it used one click away in GraphiQL. The state lives in the URL
// fragment (#view=entity&id=...&rev=R000), so links, reloads and the back button work.

import { execute, ApiError, graphiqlHref, rememberForGraphiql, ENTITY, ALL_PATHS, SHORTEST_PATHS, ENERGY, SEARCH } from './graphql.js';
import { h, fill } from './dom.js';
import { Combobox } from './combobox.js';
import { draw, KIND_STYLES, kindLabel, nodeLabel, styleKind } from './graph.js';

const LINK_KINDS = [
	['ENERGY', 'Energy'],
	['RAIL', 'Rail'],
	['DIPLOMATIC', 'Diplomatic'],
	['MEMBERSHIP', 'Membership'],
	['TREATY', 'Treaty'],
	['CORPORATE', 'Corporate'],
	['TRADE', 'Trade'],
	['GEOGRAPHY', 'Geography'],
	['DISPUTE', 'Dispute'],
	['OTHER', 'Other'],
];

const REVISION_NAMES = { R000: '000', R001: '001', R002: '002' };

const MAX_HOPS = 6;

const content = document.getElementById('content');
const messages = document.getElementById('messages');

/** What the page shows now; the test hooks read it too. */
const current = {
	state: null,
	cy: null,
	request: null,
	sequence: 0,
	controller: null,
};

// ---------------------------------------------------------------------------------------------
// State in the URL fragment

function readState() {
	const parameters = new URLSearchParams(window.location.hash.replace(/^#/, ''));
	const view = parameters.get('view') || 'home';
	const revision = parameters.get('rev');
	return {
		view,
		revision: REVISION_NAMES[revision] ? revision : null,
		id: parameters.get('id'),
		q: parameters.get('q'),
		from: parameters.get('from'),
		to: parameters.get('to'),
		kinds: (parameters.get('kinds') || '').split(',').filter((kind) => LINK_KINDS.some(([name]) => name === kind)),
		hops: clamp(parseInt(parameters.get('hops') || '3', 10), 1, MAX_HOPS, 3),
		mode: parameters.get('mode') === 'shortest' ? 'shortest' : 'all',
		first: clamp(parseInt(parameters.get('first') || '20', 10), 1, 50, 20),
	};
}

function clamp(value, min, max, fallback) {
	return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** The fragment for a state: only the parameters its view uses, plus the revision. */
function hashOf(state) {
	const parameters = new URLSearchParams();
	parameters.set('view', state.view);
	if (state.view === 'entity' && state.id) {
		parameters.set('id', state.id);
		if (state.kinds.length > 0) {
			parameters.set('kinds', state.kinds.join(','));
		}
	}
	if (state.view === 'search' && state.q) {
		parameters.set('q', state.q);
	}
	if (state.view === 'paths') {
		if (state.from) {
			parameters.set('from', state.from);
		}
		if (state.to) {
			parameters.set('to', state.to);
		}
		if (state.kinds.length > 0) {
			parameters.set('kinds', state.kinds.join(','));
		}
		parameters.set('hops', String(state.hops));
		parameters.set('mode', state.mode);
		if (state.mode === 'all') {
			parameters.set('first', String(state.first));
		}
	}
	if (state.revision) {
		parameters.set('rev', state.revision);
	}
	return '#' + parameters.toString();
}

function go(changes) {
	const next = { ...(current.state || readState()), ...changes };
	const hash = hashOf(next);
	if (hash === window.location.hash) {
		render(next, { focus: true });
	}
	else {
		window.location.hash = hash;
	}
}

function entityHash(id, revision = current.state && current.state.revision) {
	return hashOf({ view: 'entity', id, revision, kinds: [] });
}

// ---------------------------------------------------------------------------------------------
// Messages: errors are alerts, everything else polite status; nothing fails silently.

function clearMessages() {
	messages.replaceChildren();
}

function say(text, { kind = 'info', details = [] } = {}) {
	const message = h('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
		h('p', {}, text),
		details.length > 0 ? h('ul', {}, details.map((detail) => h('li', {}, detail))) : null,
		h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss message', onclick: () => message.remove() }, '×'));
	messages.appendChild(message);
	return message;
}

function sayFailure(error) {
	if (error instanceof ApiError) {
		const prefix = { UNAVAILABLE: 'Service unavailable', HTTP: 'Service error', GRAPHQL: 'GraphQL error' }[error.kind];
		return say(`${prefix}: ${error.message}`, { kind: 'error', details: error.details });
	}
	return say(`Something went wrong in the page: ${error && error.message ? error.message : error}`, { kind: 'error' });
}

window.addEventListener('error', (event) => sayFailure(event.error || event.message));
window.addEventListener('unhandledrejection', (event) => sayFailure(event.reason));

// ---------------------------------------------------------------------------------------------
// Requests: one at a time per view; a newer view cancels the older request.

async function request(query, variables, link) {
	if (current.controller) {
		current.controller.abort();
	}
	const controller = new AbortController();
	current.controller = controller;
	current.request = { query, variables };
	if (link) {
		link.href = graphiqlHref(query, variables);
		link.onclick = () => rememberForGraphiql(query, variables);
		link.hidden = false;
	}
	content.setAttribute('aria-busy', 'true');
	const loading = h('p', { class: 'message info loading', role: 'status' }, 'Loading …');
	messages.appendChild(loading);
	try {
		return await execute(query, variables, { signal: controller.signal });
	}
	finally {
		loading.remove();
		if (current.controller === controller) {
			content.removeAttribute('aria-busy');
			current.controller = null;
		}
	}
}

function graphiqlLink() {
	return h('a', { class: 'graphiql-link', target: '_blank', rel: 'noopener', hidden: true,
		title: 'Open the exact query and variables of this view in GraphiQL (new tab)' }, 'Open in GraphiQL');
}

/** The revisions to compare for the change marks of a view as of `revision`. */
function diffFor(revision) {
	if (revision === 'R000' || revision === 'R001') {
		return { diffFrom: revision, diffTo: 'R002', show: ['removed', 'changed'] };
	}
	if (revision === 'R002') {
		return { diffFrom: 'R000', diffTo: 'R002', show: ['added', 'changed'] };
	}
	return { diffFrom: 'R000', diffTo: 'R002', show: ['changed'] };
}

/** Record id → change mark, from a revisionDiff answer, keeping only the marks this view shows. */
function changeMarks(changes, show) {
	const marks = new Map();
	const from = REVISION_NAMES[changes.from];
	const to = REVISION_NAMES[changes.to];
	const put = (records, mark, text, summary) => {
		if (!show.includes(mark)) {
			return;
		}
		for (const record of records) {
			marks.set(record.id, { mark, text, summary });
		}
	};
	for (const change of changes.added) {
		put(change.after, 'added', `new in ${to}`, `Not stated by ${from}, stated by ${to}: ${change.summary}`);
	}
	for (const change of changes.removed) {
		put(change.before, 'removed', `gone in ${to}`, `Stated by ${from}, no longer by ${to}: ${change.summary}`);
	}
	for (const change of changes.changed) {
		put(change.before, 'changed', `changed ${from}→${to}`, `Changed between ${from} and ${to}: ${change.summary}`);
		put(change.after, 'changed', `changed ${from}→${to}`, `Changed between ${from} and ${to}: ${change.summary}`);
	}
	return marks;
}

function markLegend(diff) {
	const from = REVISION_NAMES[diff.diffFrom];
	const to = REVISION_NAMES[diff.diffTo];
	const items = [];
	if (diff.show.includes('added')) {
		items.push(h('li', {}, h('span', { class: 'swatch line added', 'aria-hidden': 'true' }), `new in ${to} (not stated by ${from})`));
	}
	if (diff.show.includes('removed')) {
		items.push(h('li', {}, h('span', { class: 'swatch line removed', 'aria-hidden': 'true' }), `no longer stated by ${to}`));
	}
	items.push(h('li', {}, h('span', { class: 'swatch line changed', 'aria-hidden': 'true' }), `value changed between ${from} and ${to}`));
	items.push(h('li', {}, h('span', { class: 'swatch line history', 'aria-hidden': 'true' }), 'history: not stated by the newest revision (002)'));
	return items;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces: evidence, facts, the workspace (drawing + details + list view)

/** A relationship type (DIPLOMATIC_RELATIONS) that may wrap after its underscores in narrow columns. */
function typeName(type) {
	return type.split('_').flatMap((part, index) => (index === 0 ? [part] : ['_', h('wbr'), part]));
}

function revisionBadge(revision) {
	return h('span', { class: `badge revision rev-${revision}` }, REVISION_NAMES[revision] || revision);
}

function evidenceList(evidence, revision) {
	if (!evidence || evidence.length === 0) {
		return h('p', { class: 'muted' }, 'No sentence recorded.');
	}
	return h('ol', { class: 'evidence' }, evidence.map((item) => h('li', { class: revision && item.revision !== revision ? 'other-revision' : null },
		revisionBadge(item.revision),
		item.dubious ? h('span', { class: 'badge dubious' }, 'dubious') : null,
		h('blockquote', { class: 'quote' }, item.quote),
		item.basis && item.basis !== 'STATED' ? h('p', { class: 'basis' }, basisText(item)) : null)));
}

function basisText(item) {
	switch (item.basis) {
		case 'PARAGRAPH':
			return `Counterpart named elsewhere in the paragraph: “${item.context}”`;
		case 'UNSTATED':
			return 'The text does not name the counterpart: the fact hangs on a placeholder.';
		case 'REFERENCE':
			return `From reference data, not the text${item.citation ? ': ' + item.citation : ''}.`;
		default:
			return item.basis;
	}
}

function revisionsOf(fact) {
	return [...new Set((fact.evidence || []).map((item) => REVISION_NAMES[item.revision] || item.revision))].join(', ');
}

function statusBadges(fact, marks) {
	const mark = marks.get(fact.id) || (fact.otherId && marks.get(fact.otherId));
	return [
		fact.current ? h('span', { class: 'badge current' }, 'current') : h('span', { class: 'badge history' }, 'history'),
		mark ? h('span', { class: `badge mark ${mark.mark}`, title: mark.summary }, mark.text) : null,
	];
}

function propertyList(properties) {
	if (!properties || properties.length === 0) {
		return null;
	}
	return h('dl', { class: 'properties' }, properties.map((property) => [h('dt', {}, property.name), h('dd', {}, property.value)]));
}

/** One fact with everything the API says about it. */
function factCard(fact, marks, revision) {
	const mark = marks.get(fact.id) || (fact.otherId && marks.get(fact.otherId));
	return h('article', { class: 'fact', dataset: { fact: fact.id } },
		h('h4', {}, h('span', { class: 'fact-end' }, fact.fromLabel), ' ', h('span', { class: 'fact-type' }, `—${fact.type}→`), ' ', h('span', { class: 'fact-end' }, fact.toLabel)),
		h('p', { class: 'fact-meta' }, h('span', { class: 'badge kind' }, fact.kind), ' ', statusBadges(fact, marks), ' ', h('span', { class: 'muted' }, `revisions ${revisionsOf(fact) || '—'}`)),
		mark && mark.summary ? h('p', { class: 'change-summary' }, mark.summary) : null,
		propertyList(fact.properties),
		evidenceList(fact.evidence, revision));
}

/**
 * The common frame of the drawn views: the drawing with its toolbar and legend, the details of
 * the selection below it, and the list view beside it.
 */
function workspace(title, link) {
	const graph = h('div', { class: 'graph', id: 'graph', role: 'img', 'aria-label': `Drawing: ${title}. Everything drawn is also in the list view.` });
	const details = h('section', { class: 'details', id: 'details', 'aria-labelledby': 'details-heading', tabindex: '-1' },
		h('h3', { id: 'details-heading' }, 'Details'),
		h('p', { class: 'muted' }, 'Select a node or an edge in the drawing, or a row of the list view, to see its facts, revisions and sentences.'));
	const list = h('section', { class: 'listview', id: 'listview', 'aria-labelledby': 'listview-heading' },
		h('h3', { id: 'listview-heading' }, 'List view'));
	const legend = h('div', { class: 'legend', id: 'legend' });
	const fit = h('button', { type: 'button', class: 'secondary', onclick: () => current.cy && current.cy.fit(undefined, 30) }, 'Fit drawing');
	const frame = h('div', { class: 'workspace' },
		h('div', { class: 'drawing-column' },
			h('div', { class: 'toolbar' }, h('h2', { class: 'drawing-title', id: 'drawing-title' }, title), fit, link),
			graph, legend, details),
		list);
	return { frame, graph, details, list, legend };
}

function kindLegend(kinds) {
	return h('ul', { class: 'kind-legend', 'aria-label': 'Node kinds' }, [...kinds].map((kind) => h('li', {},
		h('span', { class: `kind-dot kind-${kind}`, 'aria-hidden': 'true' }), kindLabel(kind))));
}

function drawInto(parts, elements, layout, handlers) {
	if (current.cy) {
		current.cy.destroy();
		current.cy = null;
	}
	const cy = draw(parts.graph, elements, { layout, ...handlers });
	if (!cy) {
		fill(parts.graph, h('p', { class: 'message error', role: 'alert' }, 'The drawing library (Cytoscape) did not load, so there is no drawing. Everything is in the list view.'));
	}
	current.cy = cy;
	return cy;
}

function selectInDrawing(id) {
	if (!current.cy) {
		return;
	}
	current.cy.elements().unselect();
	const element = current.cy.getElementById(id);
	if (element && element.length > 0) {
		element.select();
	}
}

function showDetails(parts, ...children) {
	fill(parts.details, ...children);
	parts.details.scrollIntoView({ block: 'nearest' });
}

function focusHeading(options) {
	if (options.focus) {
		const heading = content.querySelector('h1');
		if (heading) {
			heading.setAttribute('tabindex', '-1');
			heading.focus({ preventScroll: false });
		}
	}
}

function table(caption, columns, rows, attributes = {}) {
	return h('table', attributes,
		h('caption', {}, caption),
		h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, column)))),
		h('tbody', {}, rows));
}

/** A link to the view of any node: an entity's neighbourhood, or a fact node's evidence. */
function openButton(node, label = nodeLabel(node)) {
	return h('a', { href: entityHash(node.id), class: 'entity-link', dataset: { id: node.id } }, label);
}

function nodeRows(nodes) {
	return nodes.map((node) => h('tr', { dataset: { node: node.id } },
		h('th', { scope: 'row' }, openButton(node)),
		h('td', {}, h('span', { class: `kind-dot kind-${styleKind(node)}`, 'aria-hidden': 'true' }), node.kind ? kindLabel(node.kind) : node.__typename),
		h('td', {}, node.current === false ? 'history' : 'current')));
}

// ---------------------------------------------------------------------------------------------
// Views

function renderHome(state, options) {
	fill(content,
		h('h1', {}, 'Explore Turkmenistan\'s foreign relations'),
		h('p', { class: 'lead' }, 'A graph of countries, organisations, missions, pipelines, railways, treaties, companies and disputes, built from three revisions of an encyclopedia article. Every fact shows the sentence that states it.'),
		h('ul', { class: 'cards' },
			h('li', {}, h('h2', {}, 'Search'), h('p', {}, 'Type a name, an old spelling or an acronym in the search box above — “Dousti”, “TAPI”, “OSCE”, “Teheran” — and pick a suggestion with the arrow keys and Enter.')),
			h('li', {}, h('h2', {}, h('a', { href: entityHash('Dam:dostluk-dam', state.revision) }, 'An entity: the Dostluk Dam')), h('p', {}, 'Its neighbourhood drawn as a graph; select a node or an edge for its facts and sentences.')),
			h('li', {}, h('h2', {}, h('a', { href: hashOf({ ...state, view: 'paths', from: 'Turkmenistan', to: 'India', kinds: ['ENERGY'], hops: 3, mode: 'all', first: 20 }) }, 'A path: Turkmenistan to India by energy')), h('p', {}, 'How Turkmen gas reaches India: every route up to a hop limit, each hop with its evidence.')),
			h('li', {}, h('h2', {}, h('a', { href: hashOf({ ...state, view: 'energy' }) }, 'Energy partners')), h('p', {}, 'Turkmenistan\'s partners connected by pipelines, dams, fields and exports, with routes.')),
			h('li', {}, h('h2', {}, 'Revisions'), h('p', {}, 'Switch between 000 (about 2013), 001 and 002 (about 2022) at the top: the current view is redrawn as that revision states it, with the facts that changed marked.'))));
	focusHeading(options);
}

async function renderSearch(state, options) {
	const link = graphiqlLink();
	document.getElementById('search').value = state.q || '';
	const results = h('div', { class: 'search-results' });
	fill(content, h('div', { class: 'view-header' }, h('h1', {}, `Search: “${state.q || ''}”`), link), results);
	focusHeading(options);
	if (!state.q || !state.q.trim()) {
		fill(results, h('p', { class: 'message info', role: 'status' }, 'Type something to search for.'));
		return;
	}
	const variables = { text: state.q.trim(), first: 25 };
	const data = await request(SEARCH, variables, link);
	if (data.search.length === 0) {
		fill(results, h('p', { class: 'message info empty', role: 'status' }, `No entity matches “${state.q}”. Try another spelling, an alias or an acronym.`));
		return;
	}
	fill(results, h('ol', { class: 'hits' }, data.search.map((hit) => h('li', { dataset: { id: hit.node.id } },
		h('span', { class: `kind-dot kind-${hit.node.kind}`, 'aria-hidden': 'true' }),
		h('a', { href: entityHash(hit.node.id, state.revision) }, hit.node.name),
		' ', h('span', { class: 'muted' }, kindLabel(hit.node.kind)),
		hit.matchedName && hit.matchedName !== hit.node.name ? h('span', { class: 'muted' }, ` — matched “${hit.matchedName}”`) : null,
		hit.node.current ? null : h('span', { class: 'badge history' }, 'history')))));
}

async function renderEntity(state, options) {
	const link = graphiqlLink();
	const header = h('div', { class: 'view-header' }, h('h1', {}, state.id ? 'Entity' : 'Choose an entity'), link);
	fill(content, header);
	if (!state.id) {
		content.appendChild(h('p', { class: 'message info', role: 'status' }, 'Search for an entity above to see its neighbourhood.'));
		focusHeading(options);
		return;
	}
	const diff = diffFor(state.revision);
	const variables = { id: state.id, kinds: state.kinds.length > 0 ? state.kinds : null, asOf: state.revision, diffFrom: diff.diffFrom, diffTo: diff.diffTo };
	const data = await request(ENTITY, variables, link);
	const node = data.node;
	if (!node) {
		fill(header, h('h1', {}, 'Not found'), link);
		content.appendChild(h('p', { class: 'message info empty', role: 'status' }, `Nothing has the id “${state.id}”. Search for the entity by name instead.`));
		focusHeading(options);
		return;
	}
	const marks = changeMarks(data.changes, diff.show);
	const name = nodeLabel(node);
	fill(header, h('h1', {}, name), link);
	header.after(h('div', { class: 'entity-summary' },
		h('p', { class: 'entity-meta' },
			h('span', { class: `kind-dot kind-${styleKind(node)}`, 'aria-hidden': 'true' }),
			node.kind ? kindLabel(node.kind) : node.__typename, ' · ',
			node.current ? 'mentioned by the newest revision' : 'not mentioned by the newest revision (history)',
			node.aliases && node.aliases.length > 0 ? ` · also: ${node.aliases.join(', ')}` : null),
		h('details', { class: 'mentions', open: (node.evidence || []).length <= 2 },
			h('summary', {}, `Sentences that mention it (${(node.evidence || []).length})`), evidenceList(node.evidence, state.revision))));
	focusHeading(options);
	const relations = node.relations || [];
	const revisionText = state.revision ? `as of revision ${REVISION_NAMES[state.revision]}` : 'all revisions';
	const kindText = state.kinds.length > 0 ? `${state.kinds.join(', ')} links, ` : '';
	if (node.relations) {
		const filter = kindFilter(state.kinds, 'Show only these kinds of link (none checked: all)', (kinds) => go({ kinds }));
		content.appendChild(filter);
		if (relations.length > 80 && state.kinds.length === 0) {
			filter.appendChild(h('p', { class: 'hint' }, `${relations.length} facts: choose kinds of link for a readable drawing.`));
		}
	}
	const parts = workspace(`Neighbourhood of ${name} (${kindText}${revisionText})`, null);
	content.appendChild(parts.frame);
	if (!node.relations) {
		fill(parts.list, h('h3', {}, 'List view'), h('p', { class: 'message info', role: 'status' }, `${name} is a fact node (${node.__typename}); its evidence is above. Open the entities it links from their own views.`));
		parts.frame.querySelector('.drawing-column').remove();
		return;
	}
	// The facts, seen from the entity: from/to labels as stored.
	const facts = relations.map((relation) => ({
		...relation,
		otherId: relation.other.id,
		fromLabel: relation.direction === 'OUTGOING' ? name : nodeLabel(relation.other),
		toLabel: relation.direction === 'OUTGOING' ? nodeLabel(relation.other) : name,
	}));
	const others = new Map();
	for (const relation of relations) {
		others.set(relation.other.id, relation.other);
	}
	const kinds = new Set([styleKind(node)]);
	const sortedOthers = [...others.values()].sort((a, b) => styleKind(a).localeCompare(styleKind(b)) || nodeLabel(a).localeCompare(nodeLabel(b)));
	const elements = [{ data: { id: node.id, label: name }, classes: `centre kind-${styleKind(node)}` }];
	for (const other of sortedOthers) {
		if (other.id === node.id) {
			continue;
		}
		kinds.add(styleKind(other));
		elements.push({ data: { id: other.id, label: nodeLabel(other) }, classes: `kind-${styleKind(other)}${other.current === false ? ' history' : ''}${marks.has(other.id) ? ' changed' : ''}` });
	}
	const seen = new Set();
	for (const fact of facts) {
		if (seen.has(fact.id)) {
			continue;
		}
		seen.add(fact.id);
		const mark = marks.get(fact.id) || marks.get(fact.otherId);
		elements.push({
			data: {
				id: fact.id,
				source: fact.direction === 'OUTGOING' ? node.id : fact.otherId,
				target: fact.direction === 'OUTGOING' ? fact.otherId : node.id,
				label: fact.type,
			},
			classes: `${fact.current ? '' : 'history'} ${mark ? mark.mark : ''}`,
		});
	}
	fill(parts.legend, kindLegend(kinds), h('ul', { class: 'mark-legend', 'aria-label': 'Edge marks' }, markLegend(diff)));
	const factsById = new Map(facts.map((fact) => [fact.id, fact]));
	const showNode = (id) => {
		selectInDrawing(id);
		if (id === node.id) {
			showDetails(parts, h('h3', {}, name), h('p', {}, `${relations.length} fact${relations.length === 1 ? '' : 's'} link it to ${others.size} node${others.size === 1 ? '' : 's'} (${revisionText}).`),
				evidenceList(node.evidence, state.revision));
			return;
		}
		const other = others.get(id);
		const linking = facts.filter((fact) => fact.otherId === id);
		showDetails(parts,
			h('h3', {}, nodeLabel(other)),
			h('p', {}, other.kind ? kindLabel(other.kind) : other.__typename, ' · ', h('a', { href: entityHash(id, state.revision), class: 'button' }, `Open ${nodeLabel(other)}`)),
			h('p', {}, `${linking.length} fact${linking.length === 1 ? '' : 's'} between ${name} and ${nodeLabel(other)}:`),
			linking.map((fact) => factCard(fact, marks, state.revision)));
	};
	const showEdge = (id) => {
		selectInDrawing(id);
		showDetails(parts, h('h3', {}, 'Fact'), factCard(factsById.get(id), marks, state.revision));
	};
	if (relations.length === 0) {
		fill(parts.graph, h('p', { class: 'message info empty', role: 'status' }, `No fact links ${name} to anything ${state.revision ? 'in revision ' + REVISION_NAMES[state.revision] : ''}.`));
	}
	else {
		// The entity in the middle, its neighbours on a ring around it, grouped by kind.
		const layout = { name: 'concentric', concentric: (element) => (element.id() === node.id ? 2 : 1), levelWidth: () => 1,
			minNodeSpacing: others.size > 12 ? 18 : 90, animate: false, padding: 40 };
		drawInto(parts, elements, layout, { onNode: showNode, onEdge: showEdge });
	}
	const factRows = [...factsById.values()]
		.sort((a, b) => a.kind.localeCompare(b.kind) || a.type.localeCompare(b.type) || nodeLabel(others.get(a.otherId)).localeCompare(nodeLabel(others.get(b.otherId))))
		.map((fact) => h('tr', { dataset: { fact: fact.id } },
			h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', onclick: () => showEdge(fact.id) }, typeName(fact.type))),
			h('td', {}, h('span', { class: 'direction', title: fact.direction === 'OUTGOING' ? `from ${name}` : `to ${name}` }, fact.direction === 'OUTGOING' ? '→ ' : '← '),
				openButton(others.get(fact.otherId))),
			h('td', {}, fact.kind),
			h('td', {}, revisionsOf(fact)),
			h('td', {}, statusBadges(fact, marks))));
	fill(parts.list, h('h3', { id: 'listview-heading' }, 'List view'),
		h('p', { class: 'muted' }, `→ ${name} states the fact about the other; ← the other about ${name}.`),
		table(`Facts (${factRows.length})`, ['Fact', 'Other end', 'Kind', 'Revisions', 'Status'], factRows, { class: 'facts' }),
		table(`Nodes (${others.size + 1})`, ['Name', 'Kind', 'Newest revision'], nodeRows([node, ...sortedOthers.filter((other) => other.id !== node.id)]), { class: 'nodes' }));
	parts.list.setAttribute('aria-labelledby', 'listview-heading');
}

/** LinkKind checkboxes with an Apply button, for the entity view. */
function kindFilter(selected, legend, onApply) {
	const boxes = LINK_KINDS.map(([kind, label]) => h('label', { class: 'check' },
		h('input', { type: 'checkbox', name: 'kinds', value: kind, checked: selected.includes(kind) }), ' ', label));
	const form = h('form', { class: 'kind-filter', id: 'kind-filter' },
		h('fieldset', { class: 'kinds' }, h('legend', {}, legend), boxes),
		h('button', { type: 'submit' }, 'Apply'));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		onApply([...form.querySelectorAll('input[name="kinds"]:checked')].map((box) => box.value));
	});
	return form;
}

async function renderPaths(state, options) {
	const link = graphiqlLink();
	const fromInput = h('input', { id: 'path-from', name: 'from', type: 'text', required: true, 'aria-label': 'From', value: state.from || '', placeholder: 'e.g. Turkmenistan' });
	const toInput = h('input', { id: 'path-to', name: 'to', type: 'text', required: true, 'aria-label': 'To', value: state.to || '', placeholder: 'e.g. India' });
	const kindBoxes = LINK_KINDS.map(([kind, label]) => h('label', { class: 'check' },
		h('input', { type: 'checkbox', name: 'kinds', value: kind, checked: state.kinds.includes(kind) }), ' ', label));
	const hops = h('input', { id: 'path-hops', name: 'hops', type: 'number', min: 1, max: MAX_HOPS, value: state.hops, required: true });
	const first = h('input', { id: 'path-first', name: 'first', type: 'number', min: 1, max: 50, value: state.first, required: true });
	const modes = [['all', 'all paths up to the hop limit'], ['shortest', 'shortest paths only']].map(([mode, label]) => h('label', { class: 'check' },
		h('input', { type: 'radio', name: 'mode', value: mode, checked: state.mode === mode }), ' ', label));
	const form = h('form', { class: 'path-form', id: 'path-form', novalidate: false },
		h('div', { class: 'field combo' }, h('label', { for: 'path-from' }, 'From'), fromInput),
		h('div', { class: 'field combo' }, h('label', { for: 'path-to' }, 'To'), toInput),
		h('fieldset', { class: 'kinds' }, h('legend', {}, 'Kinds of link (none checked: all)'), kindBoxes),
		h('div', { class: 'field small' }, h('label', { for: 'path-hops' }, `Hop limit (1–${MAX_HOPS})`), hops),
		h('fieldset', { class: 'modes' }, h('legend', {}, 'Paths'), modes),
		h('div', { class: 'field small' }, h('label', { for: 'path-first' }, 'At most (paths)'), first),
		h('div', { class: 'field actions' }, h('button', { type: 'submit', id: 'path-submit' }, 'Find paths')));
	const submit = () => {
		if (!form.reportValidity()) {
			return;
		}
		const from = fromCombo.value();
		const to = toCombo.value();
		go({
			view: 'paths',
			from: from ? from.id : fromInput.value.trim(),
			to: to ? to.id : toInput.value.trim(),
			kinds: kindBoxes.map((box) => box.querySelector('input')).filter((box) => box.checked).map((box) => box.value),
			hops: clamp(parseInt(hops.value, 10), 1, MAX_HOPS, 3),
			mode: form.querySelector('input[name="mode"]:checked').value,
			first: clamp(parseInt(first.value, 10), 1, 50, 20),
		});
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		submit();
	});
	const fromCombo = new Combobox(fromInput, { onPick: () => toInput.focus(), onSubmit: submit, onError: sayFailure });
	const toCombo = new Combobox(toInput, { onPick: () => form.querySelector('#path-submit').focus(), onSubmit: submit, onError: sayFailure });
	fill(content, h('div', { class: 'view-header' }, h('h1', {}, 'Path finder'), link), form);
	focusHeading(options);
	if (!state.from || !state.to) {
		content.appendChild(h('p', { class: 'message info', role: 'status' }, 'Choose two entities (type and pick a suggestion, or type a name, alias, ISO code or id), then Find paths.'));
		return;
	}
	const diff = diffFor(state.revision);
	const variables = { from: state.from, to: state.to, kinds: state.kinds.length > 0 ? state.kinds : null, maxHops: state.hops, asOf: state.revision, diffFrom: diff.diffFrom, diffTo: diff.diffTo };
	if (state.mode === 'all') {
		variables.first = state.first;
	}
	const data = await request(state.mode === 'all' ? ALL_PATHS : SHORTEST_PATHS, variables, link);
	const result = data.result;
	const marks = changeMarks(data.changes, diff.show);
	const nodes = new Map(result.nodes.map((node) => [node.id, node]));
	const edges = new Map(result.edges.map((edge) => [edge.id, edge]));
	const ends = result.paths.length > 0 ? [result.paths[0].nodes[0].id, result.paths[0].nodes[result.paths[0].nodes.length - 1].id] : [];
	// The ends as the API resolved them, into the inputs.
	if (ends.length === 2) {
		fromCombo.set(nodeLabel(nodes.get(ends[0])), nodes.get(ends[0]));
		toCombo.set(nodeLabel(nodes.get(ends[1])), nodes.get(ends[1]));
	}
	const revisionText = state.revision ? `as of revision ${REVISION_NAMES[state.revision]}` : 'all revisions';
	const kindText = state.kinds.length > 0 ? state.kinds.join(', ') : 'any kind of link';
	const parts = workspace(`${state.mode === 'all' ? 'Paths' : 'Shortest paths'} from ${ends.length ? nodeLabel(nodes.get(ends[0])) : state.from} to ${ends.length ? nodeLabel(nodes.get(ends[1])) : state.to} (${kindText}, at most ${state.hops} hops, ${revisionText})`, null);
	content.appendChild(parts.frame);
	if (result.paths.length === 0) {
		const empty = `No path from “${state.from}” to “${state.to}” with ${kindText} in at most ${state.hops} hop${state.hops === 1 ? '' : 's'} (${revisionText}). Allow more hops or more kinds of link.`;
		fill(parts.graph, h('p', { class: 'message info empty', role: 'status' }, empty));
		fill(parts.list, h('h3', { id: 'listview-heading' }, 'List view'), h('p', { class: 'message info empty' }, empty));
		return;
	}
	const edgeFact = (edge) => ({ ...edge, fromLabel: nodeLabel(nodes.get(edge.source)), toLabel: nodeLabel(nodes.get(edge.target)) });
	// Layout: a column per position along the paths (the start left, the end right), a row per node in it.
	const maxLength = Math.max(...result.paths.map((path) => path.length));
	const column = new Map();
	for (const path of result.paths) {
		path.nodes.forEach((pathNode, index) => {
			const position = pathNode.id === ends[1] ? maxLength : index;
			if (!column.has(pathNode.id) || column.get(pathNode.id) > position) {
				column.set(pathNode.id, pathNode.id === ends[1] ? maxLength : position);
			}
		});
	}
	const rows = new Map();
	const positions = new Map();
	for (const [id, index] of column) {
		const row = rows.get(index) || 0;
		rows.set(index, row + 1);
		positions.set(id, { column: index, row });
	}
	const elements = [];
	const kinds = new Set();
	for (const [id, node] of nodes) {
		const place = positions.get(id) || { column: 0, row: 0 };
		const height = rows.get(place.column) || 1;
		kinds.add(styleKind(node));
		elements.push({
			data: { id, label: nodeLabel(node) },
			position: { x: place.column * 220, y: (place.row - (height - 1) / 2) * 120 },
			classes: `kind-${styleKind(node)}${ends.includes(id) ? ' endpoint' : ''}${node.current === false ? ' history' : ''}`,
		});
	}
	for (const edge of result.edges) {
		const mark = marks.get(edge.id);
		elements.push({ data: { id: edge.id, source: edge.source, target: edge.target, label: edge.type }, classes: `${edge.current ? '' : 'history'} ${mark ? mark.mark : ''}` });
	}
	fill(parts.legend, kindLegend(kinds), h('ul', { class: 'mark-legend', 'aria-label': 'Edge marks' }, markLegend(diff)));
	const showEdge = (id) => {
		selectInDrawing(id);
		showDetails(parts, h('h3', {}, 'Hop'), factCard(edgeFact(edges.get(id)), marks, state.revision));
	};
	const showNode = (id) => {
		selectInDrawing(id);
		const node = nodes.get(id);
		const touching = result.edges.filter((edge) => edge.source === id || edge.target === id);
		showDetails(parts, h('h3', {}, nodeLabel(node)),
			h('p', {}, node.kind ? kindLabel(node.kind) : node.__typename, ' · ', openButton(node, `Open ${nodeLabel(node)}`)),
			h('p', {}, `${touching.length} hop${touching.length === 1 ? '' : 's'} of these paths touch it:`),
			touching.map((edge) => factCard(edgeFact(edge), marks, state.revision)));
	};
	const highlight = (path) => {
		if (!current.cy) {
			return;
		}
		const ids = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
		current.cy.elements().forEach((element) => element.toggleClass('faded', !ids.has(element.id())));
	};
	const cy = drawInto(parts, elements, { name: 'preset', fit: true, padding: 50 }, { onNode: showNode, onEdge: showEdge, onBackground: () => current.cy && current.cy.elements().removeClass('faded') });
	if (cy) {
		cy.fit(undefined, 50);
	}
	const pathItems = result.paths.map((path, index) => {
		const names = path.nodes.map((pathNode) => nodeLabel(nodes.get(pathNode.id)));
		return h('li', { class: 'path', dataset: { path: String(index + 1) } },
			h('details', { open: index < 3 || result.paths.length <= 5 },
				h('summary', {}, h('span', { class: 'path-title' }, `${path.length} hop${path.length === 1 ? '' : 's'}: `), names.join(' → ')),
				h('button', { type: 'button', class: 'secondary small', onclick: () => highlight(path) }, 'Highlight in drawing'),
				h('ol', { class: 'hops' }, path.edges.map((pathEdge, hop) => {
					const edge = edges.get(pathEdge.id);
					const walkedFrom = path.nodes[hop].id;
					const forward = edge.source === walkedFrom;
					return h('li', { class: 'hop', dataset: { edge: edge.id } },
						h('p', { class: 'hop-line' },
							h('strong', {}, names[hop]), forward ? ' —' : ' ←',
							h('button', { type: 'button', class: 'link', onclick: () => showEdge(edge.id) }, edge.type),
							forward ? '→ ' : '— ', h('strong', {}, names[hop + 1]), ' ',
							h('span', { class: 'badge kind' }, edge.kind), ' ', statusBadges(edge, marks)),
						propertyList(edge.properties),
						evidenceList(edge.evidence, state.revision));
				}))));
	});
	const edgeRows = result.edges.map((edge) => h('tr', { dataset: { edge: edge.id } },
		h('td', {}, nodeLabel(nodes.get(edge.source))),
		h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', onclick: () => showEdge(edge.id) }, typeName(edge.type))),
		h('td', {}, nodeLabel(nodes.get(edge.target))),
		h('td', {}, edge.kind),
		h('td', {}, revisionsOf(edge)),
		h('td', {}, statusBadges(edge, marks))));
	fill(parts.list, h('h3', { id: 'listview-heading' }, 'List view'),
		h('h4', {}, `${result.paths.length} path${result.paths.length === 1 ? '' : 's'}, shortest first`),
		h('ol', { class: 'paths' }, pathItems),
		table(`Nodes (${nodes.size})`, ['Name', 'Kind', 'Newest revision'], nodeRows([...nodes.values()]), { class: 'nodes' }),
		table(`Edges (${edges.size})`, ['From', 'Fact', 'To', 'Kind', 'Revisions', 'Status'], edgeRows, { class: 'facts' }));
}

const FLOW_ROLES = {
	GAS_BUYER: 'out', GAS_SUPPLIER: 'in', ELECTRICITY_BUYER: 'out', ELECTRICITY_SUPPLIER: 'in',
	LPG_BUYER: 'out', LPG_SUPPLIER: 'in', WARM_WATER_RECIPIENT: 'out', WARM_WATER_SUPPLIER: 'in',
};

function roleText(role) {
	return role.toLowerCase().replaceAll('_', ' ');
}

function routeText(route) {
	if (!route || route.length === 0) {
		return null;
	}
	const bySeq = new Map();
	for (const stop of route) {
		const names = bySeq.get(stop.seq) || [];
		const label = stop.country && stop.country.id !== stop.place.id ? `${stop.place.name} (${stop.country.name})` : stop.place.name;
		if (!names.includes(label)) {
			names.push(label);
		}
		bySeq.set(stop.seq, names);
	}
	return [...bySeq.keys()].sort((a, b) => a - b).map((seq) => bySeq.get(seq).join(' / ')).join(' → ');
}

async function renderEnergy(state, options) {
	const link = graphiqlLink();
	const origin = { id: 'Country:turkmenistan', name: 'Turkmenistan', kind: 'COUNTRY', current: true };
	fill(content, h('div', { class: 'view-header' }, h('h1', {}, 'Energy partners of Turkmenistan'), link),
		h('p', { class: 'lead' }, 'Countries connected to Turkmenistan by pipelines, dams, fields, concessions, and gas, electricity and LPG flows; assets with their routes and status.'));
	focusHeading(options);
	const diff = diffFor(state.revision);
	const variables = { of: 'Turkmenistan', asOf: state.revision, diffFrom: diff.diffFrom, diffTo: diff.diffTo };
	const data = await request(ENERGY, variables, link);
	const marks = changeMarks(data.changes, diff.show);
	const partners = data.energyPartners;
	const revisionText = state.revision ? `as of revision ${REVISION_NAMES[state.revision]}` : 'all revisions';
	const parts = workspace(`Energy partners (${revisionText})`, null);
	content.appendChild(parts.frame);
	if (partners.length === 0) {
		const empty = `No energy partner ${state.revision ? 'in revision ' + REVISION_NAMES[state.revision] : ''}.`;
		fill(parts.graph, h('p', { class: 'message info empty', role: 'status' }, empty));
		fill(parts.list, h('h3', { id: 'listview-heading' }, 'List view'), h('p', { class: 'message info empty' }, empty));
		return;
	}
	const nodes = new Map([[origin.id, origin]]);
	const facts = new Map();
	const elements = [];
	const kinds = new Set(['COUNTRY']);
	const edgeIds = new Set();
	const addEdge = (id, source, target, label, fact, classes = '') => {
		let unique = id;
		for (let n = 2; edgeIds.has(unique); n += 1) {
			unique = `${id}#${n}`;
		}
		edgeIds.add(unique);
		facts.set(unique, fact);
		const mark = fact ? marks.get(fact.id) : null;
		elements.push({ data: { id: unique, source, target, label }, classes: `${classes} ${fact && !fact.current ? 'history' : ''} ${mark ? mark.mark : ''}` });
	};
	for (const partner of partners) {
		nodes.set(partner.country.id, partner.country);
		for (const connection of partner.connections) {
			const fact = {
				...connection,
				kind: 'ENERGY',
				partner: partner.country,
				fromLabel: FLOW_ROLES[connection.role] === 'in' ? partner.country.name : (connection.asset && !FLOW_ROLES[connection.role] ? nodeLabel(connection.asset) : 'Turkmenistan'),
				toLabel: FLOW_ROLES[connection.role] === 'in' ? 'Turkmenistan' : partner.country.name,
			};
			if (connection.asset && !FLOW_ROLES[connection.role]) {
				const asset = connection.asset;
				if (!nodes.has(asset.id)) {
					nodes.set(asset.id, asset);
					addEdge(`asset|${asset.id}`, origin.id, asset.id, '', null, 'undirected tie');
				}
				addEdge(connection.id, asset.id, partner.country.id, roleText(connection.role), fact);
			}
			else {
				const out = FLOW_ROLES[connection.role] !== 'in';
				addEdge(connection.id, out ? origin.id : partner.country.id, out ? partner.country.id : origin.id,
					roleText(connection.role) + (connection.asset ? ` via ${nodeLabel(connection.asset)}` : ''), fact);
			}
		}
	}
	for (const [id, node] of nodes) {
		kinds.add(styleKind(node));
		elements.push({ data: { id, label: nodeLabel(node) }, classes: `kind-${styleKind(node)}${id === origin.id ? ' centre' : ''}${node.current === false ? ' history' : ''}` });
	}
	fill(parts.legend, kindLegend(kinds), h('ul', { class: 'mark-legend', 'aria-label': 'Edge marks' }, markLegend(diff)));
	const showEdge = (id) => {
		selectInDrawing(id);
		const fact = facts.get(id);
		if (!fact) {
			const assetId = id.replace(/^asset\|/, '').replace(/#\d+$/, '');
			showDetails(parts, h('h3', {}, nodeLabel(nodes.get(assetId))), h('p', {}, 'Turkmenistan is tied to this asset; select the edges to the partners for the facts.'));
			return;
		}
		showDetails(parts, h('h3', {}, `${fact.partner.name}: ${roleText(fact.role)}`), connectionCard(fact, marks, state.revision));
	};
	const showNode = (id) => {
		selectInDrawing(id);
		const node = nodes.get(id);
		const related = [...facts.values()].filter((fact) => fact && (fact.partner.id === id || (fact.asset && fact.asset.id === id) || id === origin.id));
		showDetails(parts, h('h3', {}, nodeLabel(node)),
			h('p', {}, kindLabel(node.kind), ' · ', openButton(node, `Open ${nodeLabel(node)}`)),
			h('p', {}, `${related.length} energy connection${related.length === 1 ? '' : 's'}:`),
			related.map((fact) => connectionCard(fact, marks, state.revision)));
	};
	const positions = energyLayout(origin.id, partners);
	for (const element of elements) {
		if (!element.data.source) {
			element.position = positions.get(element.data.id) || { x: 0, y: 0 };
		}
	}
	drawInto(parts, elements, { name: 'preset', fit: true, padding: 30 }, { onNode: showNode, onEdge: showEdge });
	const factIdOf = new Map([...facts.entries()].filter(([, fact]) => fact).map(([id, fact]) => [fact, id]));
	fill(parts.list, h('h3', { id: 'listview-heading' }, 'List view'),
		partners.map((partner) => h('section', { class: 'partner', dataset: { partner: partner.country.name } },
			h('h4', {}, openButton(partner.country), partner.current ? null : h('span', { class: 'badge history' }, 'history')),
			table(`Connections of ${partner.country.name}`, ['Role', 'Asset or flow', 'Revisions'],
				partner.connections.map((connection) => {
					const fact = [...facts.values()].find((candidate) => candidate && candidate.id === connection.id && candidate.partner.id === partner.country.id);
					const details = connectionDetails(connection);
					return h('tr', { class: 'connection', dataset: { role: connection.role, partner: partner.country.name, fact: connection.id } },
						h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', onclick: () => showEdge(factIdOf.get(fact)) }, roleText(connection.role))),
						h('td', {}, connection.asset ? openButton(connection.asset) : h('code', {}, typeName(connection.type)),
							connection.asset && connection.asset.route && connection.asset.route.length > 0 ? h('div', { class: 'route' }, 'Route: ', routeText(connection.asset.route)) : null,
							connection.asset && connection.asset.status ? h('div', { class: 'muted' }, `Status: ${roleText(connection.asset.status)}`) : null,
							details ? h('div', {}, details) : null),
						h('td', {}, revisionsOf(connection), h('br'), statusBadges(connection, marks)));
				}), { class: 'connections' }))));
}

/**
 * Positions for the energy drawing: Turkmenistan in the middle, the partners evenly on an outer
 * ring (those sharing an asset next to each other), each asset on an inner ring at the mean angle
 * of its partners, so that asset edges run outwards without crossing the middle.
 */
function energyLayout(originId, partners) {
	const partnersOfAsset = new Map();
	for (const partner of partners) {
		for (const connection of partner.connections) {
			if (connection.asset && !FLOW_ROLES[connection.role]) {
				const list = partnersOfAsset.get(connection.asset.id) || [];
				if (!list.includes(partner.country.id)) {
					list.push(partner.country.id);
				}
				partnersOfAsset.set(connection.asset.id, list);
			}
		}
	}
	const order = [];
	for (const list of partnersOfAsset.values()) {
		for (const id of list) {
			if (!order.includes(id)) {
				order.push(id);
			}
		}
	}
	for (const partner of partners) {
		if (!order.includes(partner.country.id)) {
			order.push(partner.country.id);
		}
	}
	const positions = new Map([[originId, { x: 0, y: 0 }]]);
	const outer = Math.max(240, (order.length * 95) / (2 * Math.PI));
	const inner = outer * 0.52;
	const angleOf = new Map();
	order.forEach((id, index) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * index) / order.length;
		angleOf.set(id, angle);
		positions.set(id, { x: outer * Math.cos(angle), y: outer * Math.sin(angle) });
	});
	const assets = [...partnersOfAsset.entries()].map(([id, list]) => {
		const x = list.reduce((sum, partner) => sum + Math.cos(angleOf.get(partner)), 0);
		const y = list.reduce((sum, partner) => sum + Math.sin(angleOf.get(partner)), 0);
		return { id, angle: Math.atan2(y, x) };
	}).sort((a, b) => a.angle - b.angle);
	// Keep assets apart on their ring.
	const gap = Math.min((2 * Math.PI) / Math.max(assets.length, 1), 0.45);
	for (let index = 1; index < assets.length; index += 1) {
		assets[index].angle = Math.max(assets[index].angle, assets[index - 1].angle + gap);
	}
	for (const asset of assets) {
		positions.set(asset.id, { x: inner * Math.cos(asset.angle), y: inner * Math.sin(asset.angle) });
	}
	return positions;
}

function connectionDetails(connection) {
	const bits = [];
	if (connection.buyerRank) {
		bits.push(connection.buyerRank === 'MAIN' ? 'main buyer' : 'second-largest buyer');
	}
	if (connection.since) {
		bits.push(`since ${connection.since.value}`);
	}
	if (connection.until) {
		bits.push(`until ${connection.until.value}`);
	}
	if (connection.resumed) {
		bits.push(`resumed ${connection.resumed.value}`);
	}
	if (connection.volume) {
		bits.push(connection.volume);
	}
	if (connection.mode) {
		bits.push(`by ${connection.mode.toLowerCase()}`);
	}
	if (connection.railheads && connection.railheads.length > 0) {
		bits.push(`to ${connection.railheads.map((city) => city.name).join(', ')}`);
	}
	if (connection.company) {
		bits.push(`operator: ${connection.company.name}`);
	}
	return bits.join('; ');
}

function connectionCard(fact, marks, revision) {
	const details = connectionDetails(fact);
	return h('article', { class: 'fact', dataset: { fact: fact.id } },
		h('h4', {}, fact.asset ? `${nodeLabel(fact.asset)} — ${roleText(fact.role)}: ${fact.partner.name}` : `${fact.fromLabel} —${fact.type}→ ${fact.toLabel}`),
		h('p', { class: 'fact-meta' }, h('span', { class: 'badge kind' }, fact.type), ' ', statusBadges(fact, marks), ' ', h('span', { class: 'muted' }, `revisions ${revisionsOf(fact)}`)),
		details ? h('p', {}, details) : null,
		fact.asset && fact.asset.route && fact.asset.route.length > 0 ? h('p', { class: 'route' }, 'Route: ', routeText(fact.asset.route)) : null,
		fact.asset && fact.asset.status ? h('p', {}, `Status: ${roleText(fact.asset.status)}`) : null,
		propertyList(fact.properties),
		evidenceList(fact.evidence, revision));
}

// ---------------------------------------------------------------------------------------------
// Rendering and wiring

const VIEWS = { home: renderHome, search: renderSearch, entity: renderEntity, paths: renderPaths, energy: renderEnergy };

async function render(state, options = {}) {
	const sequence = ++current.sequence;
	current.state = state;
	clearMessages();
	if (current.cy) {
		current.cy.destroy();
		current.cy = null;
	}
	for (const radio of document.querySelectorAll('input[name="revision"]')) {
		radio.checked = radio.value === (state.revision || '');
	}
	for (const link of document.querySelectorAll('nav.views a')) {
		if (link.dataset.view === state.view) {
			link.setAttribute('aria-current', 'page');
		}
		else {
			link.removeAttribute('aria-current');
		}
	}
	const entityLink = document.querySelector('nav.views a[data-view="entity"]');
	if (state.view === 'entity' && state.id) {
		entityLink.href = entityHash(state.id, state.revision);
	}
	const view = VIEWS[state.view] || renderHome;
	document.title = `${{ home: 'Start', search: 'Search', entity: 'Entity', paths: 'Path finder', energy: 'Energy partners' }[state.view] || 'Start'} · Turkmenistan relations explorer`;
	try {
		await view(state, options);
	}
	catch (error) {
		if (error && error.name === 'AbortError') {
			return;
		}
		if (sequence === current.sequence) {
			sayFailure(error);
			if (!content.querySelector('h1')) {
				fill(content, h('h1', {}, 'Could not show this view'));
			}
		}
	}
	finally {
		if (sequence === current.sequence) {
			document.body.dataset.ready = String(sequence);
		}
	}
}

function start() {
	const search = document.getElementById('search');
	const searchForm = document.getElementById('search-form');
	const combo = new Combobox(search, {
		onPick: (node) => {
			combo.set('');
			go({ view: 'entity', id: node.id });
		},
		onSubmit: (text) => go({ view: 'search', q: text }),
		onError: sayFailure,
	});
	searchForm.addEventListener('submit', (event) => {
		event.preventDefault();
		go({ view: 'search', q: search.value.trim() });
	});
	document.getElementById('revision-switch').addEventListener('change', (event) => {
		if (event.target.name === 'revision') {
			go({ revision: event.target.value || null });
		}
	});
	let previous = null;
	const onHash = () => {
		const state = readState();
		// Focus moves to the new view's heading after a navigation, not on the first load and not
		// when only the revision changed (focus stays on the revision switch).
		const focus = previous !== null && hashOf({ ...state, revision: null }) !== hashOf({ ...previous, revision: null });
		previous = state;
		render(state, { focus });
	};
	window.addEventListener('hashchange', onHash);
	onHash();
}

// Hooks for the browser tests and for curious users in the console: what is drawn, and the last request.
window.explorer = {
	drawnNodes: () => (current.cy ? current.cy.nodes().map((node) => node.data('label')) : []),
	drawnEdges: () => (current.cy ? current.cy.edges().map((edge) => ({ id: edge.id(), label: edge.data('label'), classes: edge.classes() })) : []),
	lastRequest: () => current.request,
	state: () => current.state,
};

start();
