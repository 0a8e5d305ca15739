package tm.relations.node;

import java.util.List;

/**
 * A page of the entities of a kind ({@link EntityLookup#page}).
 *
 * @param nodes the entities of the page, in order
 * @param totalCount how many there are in all
 */
public record EntityPage(List<GraphNode> nodes, int totalCount) {

	public EntityPage {
		nodes = List.copyOf(nodes);
	}

}
