// An accessible search box with suggestions (WAI-ARIA combobox with a listbox popup): suggestions
// from the full-text `search` query as one types (debounced), arrow keys to move, Enter to pick,
// Escape to close. Used for the main search and for both ends of the path finder.

import { execute, SEARCH, ApiError } from './graphql.js';
import { h, fill, debounce } from './dom.js';
import { kindLabel } from './graph.js';

let instances = 0;

export class Combobox {
	/**
	 * @param input the text input to enhance
	 * @param options onPick(node): called with the chosen entity; onSubmit(text): Enter with no
	 *   suggestion highlighted; onError(error): failures of the suggestion request; first: how
	 *   many suggestions
	 */
	constructor(input, { onPick, onSubmit, onError, first = 8 }) {
		instances += 1;
		this.input = input;
		this.onPick = onPick;
		this.onSubmit = onSubmit;
		this.onError = onError;
		this.first = first;
		this.hits = [];
		this.active = -1;
		this.picked = null;
		this.requestNumber = 0;
		this.listbox = h('ul', { id: `suggestions-${instances}`, role: 'listbox', class: 'suggestions', hidden: true,
			'aria-label': `Suggestions for ${input.getAttribute('aria-label') || input.name || 'search'}` });
		this.status = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
		input.after(this.listbox, this.status);
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		input.setAttribute('aria-controls', this.listbox.id);
		input.setAttribute('autocomplete', 'off');
		input.setAttribute('spellcheck', 'false');
		this.suggestSoon = debounce(() => this.suggest(), 200);
		input.addEventListener('input', () => {
			this.picked = null;
			this.suggestSoon();
		});
		input.addEventListener('keydown', (event) => this.keydown(event));
		input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
	}

	/** The entity picked from the suggestions, or null when the text was typed freely. */
	value() {
		return this.picked;
	}

	/** Sets the text (and the picked entity when known) without asking for suggestions. */
	set(text, node = null) {
		this.input.value = text;
		this.picked = node;
		this.close();
	}

	async suggest() {
		const text = this.input.value.trim();
		const number = ++this.requestNumber;
		if (text.length < 2) {
			this.show([]);
			return;
		}
		try {
			const data = await execute(SEARCH, { text, first: this.first });
			if (number === this.requestNumber) {
				this.show(data.search, text);
			}
		}
		catch (error) {
			if (number === this.requestNumber) {
				this.show([]);
				if (this.onError) {
					this.onError(error instanceof ApiError ? error : new ApiError('HTTP', String(error)));
				}
			}
		}
	}

	show(hits, text) {
		this.hits = hits;
		this.active = -1;
		this.input.removeAttribute('aria-activedescendant');
		if (text !== undefined && hits.length === 0) {
			fill(this.listbox, h('li', { class: 'no-suggestion', role: 'option', 'aria-disabled': 'true', id: `${this.listbox.id}-none` },
				`No entity matches “${text}”.`));
			this.open();
			this.status.textContent = `No entity matches ${text}.`;
			return;
		}
		if (hits.length === 0) {
			this.close();
			return;
		}
		fill(this.listbox, hits.map((hit, index) => h('li', {
			id: `${this.listbox.id}-${index}`,
			role: 'option',
			'aria-selected': 'false',
			class: 'suggestion',
			dataset: { id: hit.node.id },
			onmousedown: (event) => {
				event.preventDefault();
				this.pick(index);
			},
		}, h('span', { class: `kind-dot kind-${hit.node.kind}`, 'aria-hidden': 'true' }), h('span', { class: 'suggestion-name' }, hit.node.name),
		h('span', { class: 'suggestion-kind' }, kindLabel(hit.node.kind)),
		hit.matchedName && hit.matchedName !== hit.node.name ? h('span', { class: 'suggestion-alias' }, `also “${hit.matchedName}”`) : null)));
		this.open();
		this.status.textContent = `${hits.length} suggestion${hits.length === 1 ? '' : 's'}; use the arrow keys to choose.`;
	}

	open() {
		this.listbox.hidden = false;
		this.input.setAttribute('aria-expanded', 'true');
	}

	close() {
		this.listbox.hidden = true;
		this.input.setAttribute('aria-expanded', 'false');
		this.input.removeAttribute('aria-activedescendant');
		this.active = -1;
	}

	highlight(index) {
		const options = [...this.listbox.querySelectorAll('.suggestion')];
		if (options.length === 0) {
			return;
		}
		this.active = (index + options.length) % options.length;
		options.forEach((option, position) => {
			const selected = position === this.active;
			option.setAttribute('aria-selected', String(selected));
			option.classList.toggle('active', selected);
		});
		this.input.setAttribute('aria-activedescendant', options[this.active].id);
		options[this.active].scrollIntoView({ block: 'nearest' });
	}

	pick(index) {
		const hit = this.hits[index];
		if (!hit) {
			return;
		}
		this.set(hit.node.name, hit.node);
		this.onPick(hit.node);
	}

	keydown(event) {
		const isOpen = !this.listbox.hidden;
		switch (event.key) {
			case 'ArrowDown':
				event.preventDefault();
				if (!isOpen && this.hits.length > 0) {
					this.open();
				}
				this.highlight(this.active + 1);
				break;
			case 'ArrowUp':
				event.preventDefault();
				this.highlight(this.active - 1);
				break;
			case 'Enter':
				if (isOpen && this.active >= 0) {
					event.preventDefault();
					this.pick(this.active);
				}
				else if (this.onSubmit) {
					event.preventDefault();
					this.suggestSoon.cancel();
					this.close();
					this.onSubmit(this.input.value.trim());
				}
				break;
			case 'Escape':
				if (isOpen) {
					event.preventDefault();
					this.close();
				}
				break;
			default:
				break;
		}
	}
}
