package tm.relations.provenance;

import java.util.List;

import tm.relations.node.GraphNode;
import tm.relations.revision.Revision;

/**
 * The evidence of one node or relationship, looked up by its global id.
 *
 * @param id the global id asked for
 * @param type the relationship type, or the node's GraphQL type
 * @param factKey the fact it is a value of (facts only; null for entities)
 * @param current whether the newest revision states (or mentions) it
 * @param dubious whether it is flagged as dubious
 * @param dubiousReason why, when it is
 * @param revisions the revisions that state it, oldest first
 * @param evidence one quote per such revision
 * @param nodes the node itself, or the start and end of the relationship
 */
record ProvenanceResult(String id, String type, String factKey, boolean current, boolean dubious, String dubiousReason,
		List<Revision> revisions, List<Provenance> evidence, List<GraphNode> nodes) {

	ProvenanceResult {
		revisions = List.copyOf(revisions);
		evidence = List.copyOf(evidence);
		nodes = List.copyOf(nodes);
	}

}
