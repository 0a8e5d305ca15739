package tm.relations.node;

import java.util.List;

import tm.relations.revision.Revision;

/**
 * The batch key of {@code Entity.relations}: the node and the field's arguments, so that
 * one batch answers every occurrence of the field with the same arguments in a request.
 *
 * @param nodeKey the node's key
 * @param kinds the link kinds asked for (empty: all)
 * @param asOf the revision asked for, or null
 * @param includeDubious whether dubious statements are included
 */
record RelationsKey(String nodeKey, List<LinkKind> kinds, Revision asOf, boolean includeDubious) {

	RelationsKey {
		kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
	}

	/** The same arguments for another node. */
	RelationsArguments arguments() {
		return new RelationsArguments(this.kinds, this.asOf, this.includeDubious);
	}

	record RelationsArguments(List<LinkKind> kinds, Revision asOf, boolean includeDubious) {
	}

}
