// Small DOM helpers. Text from the API is only ever set as text, never parsed as HTML.

/**
 * Creates an element: h('a', { href: '#', class: 'x', onclick: fn }, 'text', child, ...).
 * Attributes starting with "on" become listeners; `dataset` is an object of data-* values.
 */
export function h(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes || {})) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name.startsWith('on') && typeof value === 'function') {
			element.addEventListener(name.slice(2), value);
		}
		else if (name === 'dataset') {
			Object.assign(element.dataset, value);
		}
		else if (name === 'class') {
			element.className = value;
		}
		else if (value === true) {
			element.setAttribute(name, '');
		}
		else {
			element.setAttribute(name, String(value));
		}
	}
	append(element, children);
	return element;
}

function append(element, children) {
	for (const child of children) {
		if (child === undefined || child === null || child === false) {
			continue;
		}
		if (Array.isArray(child)) {
			append(element, child);
		}
		else if (child instanceof Node) {
			element.appendChild(child);
		}
		else {
			element.appendChild(document.createTextNode(String(child)));
		}
	}
}

/** Replaces the children of an element. */
export function fill(element, ...children) {
	element.replaceChildren();
	append(element, children);
	return element;
}

/** Waits until calls stop for `delay` ms, then calls `fn` with the last arguments. */
export function debounce(fn, delay) {
	let timer = null;
	const debounced = (...args) => {
		clearTimeout(timer);
		timer = setTimeout(() => fn(...args), delay);
	};
	debounced.cancel = () => clearTimeout(timer);
	return debounced;
}
