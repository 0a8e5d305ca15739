package tm.relations.revision;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import tm.relations.node.LinkKind;
import tm.relations.web.Pagination;

/**
 * {@code revisionDiff} and {@code facts}: the graph as one revision states it, and what
 * changed between two. Each answers with one Cypher statement.
 */
@Controller
class RevisionController {

	private final RevisionRepository revisions;

	RevisionController(RevisionRepository revisions) {
		this.revisions = revisions;
	}

	@QueryMapping
	RevisionDiff revisionDiff(@Argument Revision from, @Argument Revision to, @Argument List<LinkKind> kinds,
			@Argument Boolean includeDubious) {
		List<FactRecord> records = this.revisions.statedBy(List.of(from, to), kinds,
				Boolean.TRUE.equals(includeDubious));
		return RevisionDiff.of(from, to, records);
	}

	/**
	 * The facts one revision states, by fact key and id. The statement reads every fact
	 * of the revision (a few hundred: the graph is bounded by the article) and the page
	 * is cut here, because the kind of a {@code ROUTE} or {@code BUILT_BY} fact depends
	 * on its start node, which the type filter of the statement cannot tell.
	 */
	@QueryMapping
	Pagination.Connection<FactRecord> facts(@Argument Revision asOf, @Argument List<LinkKind> kinds,
			@Argument Boolean includeDubious, @Argument Integer first, @Argument String after) {
		Pagination.PageRequest page = Pagination.request(first, after);
		List<FactRecord> records = this.revisions.statedBy(List.of(asOf), kinds, Boolean.TRUE.equals(includeDubious))
			.stream()
			.map((record) -> record.statedBy(asOf))
			.sorted(FactRecord.ORDER)
			.toList();
		int from = Math.min(page.offset(), records.size());
		int to = Math.min(from + page.first(), records.size());
		return Pagination.connection(page, records.subList(from, to), records.size());
	}

	@SchemaMapping(typeName = "FactChange")
	String summary(FactChange change) {
		return change.summary();
	}

}
