// The drawing: a Cytoscape instance with one style per kind of node, edges labelled by
// relationship type, and marks for facts that changed between revisions. Everything drawn here is
// also in the list view beside it.

export const KIND_STYLES = {
	COUNTRY: { color: '#2f6db5', shape: 'ellipse', label: 'Country' },
	PLACEHOLDER: { color: '#9aa5b1', shape: 'ellipse', label: 'Counterpart not stated' },
	CITY: { color: '#2f9e5b', shape: 'ellipse', label: 'City or station' },
	REGION: { color: '#39a5a0', shape: 'round-rectangle', label: 'Region' },
	ORGANISATION: { color: '#7b4fc9', shape: 'hexagon', label: 'Organisation' },
	COMPANY: { color: '#c7841a', shape: 'diamond', label: 'Company' },
	PERSON: { color: '#c8414b', shape: 'ellipse', label: 'Person' },
	PIPELINE: { color: '#d4622a', shape: 'round-rectangle', label: 'Pipeline' },
	DAM: { color: '#1f8fbf', shape: 'round-triangle', label: 'Dam' },
	FIELD: { color: '#7a5a2f', shape: 'round-pentagon', label: 'Field' },
	CONCESSION: { color: '#a0703a', shape: 'round-pentagon', label: 'Concession' },
	RAILWAY: { color: '#4d5a6a', shape: 'round-rectangle', label: 'Railway' },
	CORRIDOR: { color: '#6d7d8f', shape: 'round-rectangle', label: 'Corridor' },
	SATELLITE: { color: '#b04fa3', shape: 'star', label: 'Satellite' },
	PROJECT: { color: '#8a8f2c', shape: 'round-rectangle', label: 'Project' },
	FACT: { color: '#f3efe2', shape: 'round-tag', label: 'Fact (mission, treaty, dispute, status, name …)' },
};

export function kindLabel(kind) {
	return (KIND_STYLES[kind] || KIND_STYLES.FACT).label;
}

/** The kind used for styling: the entity kind, or FACT for fact nodes (missions, treaties ...). */
export function styleKind(node) {
	return node.kind && KIND_STYLES[node.kind] ? node.kind : 'FACT';
}

/** A short readable label for any node the API returns. */
export function nodeLabel(node) {
	if (!node) {
		return '?';
	}
	if (node.name) {
		return node.name;
	}
	if (node.topic) {
		return node.topic;
	}
	if (node.metric) {
		return `${node.metric}: ${node.value}`;
	}
	if (node.value) {
		return `${node.__typename === 'NameStatement' ? 'name' : 'status'}: ${node.value}`;
	}
	return node.id;
}

function style() {
	const rules = [
		{
			selector: 'node',
			style: {
				label: 'data(label)',
				'font-size': 11,
				'font-family': 'system-ui, sans-serif',
				color: '#1d2430',
				'text-valign': 'bottom',
				'text-margin-y': 4,
				'text-wrap': 'wrap',
				'text-max-width': 120,
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.8,
				'text-background-padding': 1,
				width: 22,
				height: 22,
				'border-width': 1.5,
				'border-color': '#ffffff',
			},
		},
		{ selector: 'node.centre', style: { width: 38, height: 38, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#1d2430' } },
		{ selector: 'node.endpoint', style: { width: 34, height: 34, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#1d2430' } },
		{ selector: 'node.history', style: { 'background-opacity': 0.45, 'border-style': 'dashed', 'border-color': '#5b6573' } },
		{
			selector: 'edge',
			style: {
				width: 1.6,
				'line-color': '#8b96a5',
				'target-arrow-color': '#8b96a5',
				'target-arrow-shape': 'triangle',
				'arrow-scale': 0.8,
				'curve-style': 'bezier',
				label: 'data(label)',
				'font-size': 9,
				'font-family': 'system-ui, sans-serif',
				color: '#3b4552',
				'text-rotation': 'autorotate',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.85,
				'text-background-padding': 1,
				'min-zoomed-font-size': 7,
			},
		},
		{ selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
		{ selector: 'edge.history', style: { 'line-style': 'dashed', 'line-color': '#b3bac4', 'target-arrow-color': '#b3bac4', color: '#6b7380' } },
		{ selector: 'edge.added', style: { 'line-color': '#2f9e5b', 'target-arrow-color': '#2f9e5b', width: 3 } },
		{ selector: 'edge.removed', style: { 'line-color': '#c8414b', 'target-arrow-color': '#c8414b', width: 3, 'line-style': 'dashed' } },
		{ selector: 'edge.changed', style: { 'line-color': '#d4862a', 'target-arrow-color': '#d4862a', width: 3 } },
		{ selector: 'node.changed', style: { 'border-color': '#d4862a', 'border-width': 4 } },
		{ selector: '.faded', style: { opacity: 0.18 } },
		{ selector: ':selected', style: { 'overlay-color': '#f2c12e', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
	];
	for (const [kind, look] of Object.entries(KIND_STYLES)) {
		rules.push({ selector: `node.kind-${kind}`, style: { 'background-color': look.color, shape: look.shape } });
	}
	rules.push({ selector: 'node.kind-FACT', style: { 'border-color': '#a89a6a', 'border-width': 1.5, width: 18, height: 18 } });
	return rules;
}

/**
 * Draws elements in the container. Returns the Cytoscape instance, or null when the library did
 * not load (the list view still shows everything; the caller says so).
 */
export function draw(container, elements, { layout, onNode, onEdge, onBackground }) {
	if (typeof window.cytoscape !== 'function') {
		return null;
	}
	const layouts = Array.isArray(layout) ? layout : [layout];
	const cy = window.cytoscape({
		container,
		elements,
		style: style(),
		layout: layouts[0],
		minZoom: 0.2,
		maxZoom: 3,
		boxSelectionEnabled: false,
	});
	// Further layouts refine the first one (a force-directed pass from a ring, say).
	for (const refinement of layouts.slice(1)) {
		cy.layout(refinement).run();
	}
	// A small graph fitted to a large frame would be drawn huge: keep it at a readable scale.
	if (cy.zoom() > 1.25) {
		cy.zoom(1.25);
		cy.center();
	}
	cy.on('tap', 'node', (event) => onNode(event.target.id()));
	cy.on('tap', 'edge', (event) => onEdge(event.target.id()));
	cy.on('tap', (event) => {
		if (event.target === cy && onBackground) {
			onBackground();
		}
	});
	return cy;
}
