package tm.relations.node;

/**
 * A global id, {@code Type:key}: the GraphQL type name and the node's key in the graph.
 *
 * @param type the GraphQL type name, e.g. {@code Country}
 * @param key the graph key, e.g. {@code japan}
 */
public record NodeId(String type, String key) {

	/** Parses {@code Type:key}; null when the text is not of that form. */
	public static NodeId parse(String id) {
		int colon = (id != null) ? id.indexOf(':') : -1;
		if (colon <= 0 || colon == id.length() - 1) {
			return null;
		}
		return new NodeId(id.substring(0, colon), id.substring(colon + 1));
	}

	@Override
	public String toString() {
		return this.type + ":" + this.key;
	}

}
