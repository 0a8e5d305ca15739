package tm.relations.revision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import tm.relations.node.LinkKind;
import tm.relations.web.BadRequestException;
import tm.relations.web.Pagination;

/**
 * {@code revisionDiff} and {@code facts}: the graph as one revision states it, and what
 * changed between two. Each answers with one Cypher statement; the diff's lists can be
 * asked for in bounded parts ({@code limit}, {@code after}) and its counts alone.
 */
@Controller
class RevisionController {

	/** The list fields of {@code RevisionDiff}, by the kind of change they list. */
	private static final Map<String, ChangeKind> LISTS = Map.of("added", ChangeKind.ADDED, "removed",
			ChangeKind.REMOVED, "changed", ChangeKind.CHANGED);

	private final RevisionRepository revisions;

	RevisionController(RevisionRepository revisions) {
		this.revisions = revisions;
	}

	/**
	 * The diff in one statement: the counts, and the parts of {@code added},
	 * {@code removed} and {@code changed} that the request selects (each selection with
	 * its own {@code limit} and {@code after}, aliases included), read from the selection
	 * set so that the list fields need no statement of their own.
	 */
	@QueryMapping
	RevisionDiff revisionDiff(@Argument Revision from, @Argument Revision to, @Argument List<LinkKind> kinds,
			@Argument Boolean includeDubious, DataFetchingFieldSelectionSet selection) {
		Set<RevisionDiff.Part> parts = new LinkedHashSet<>();
		for (SelectedField field : selection.getImmediateFields()) {
			ChangeKind kind = LISTS.get(field.getName());
			if (kind != null) {
				parts.add(part(kind, (Integer) field.getArguments().get("limit"),
						(String) field.getArguments().get("after")));
			}
		}
		return this.revisions.diff(new RevisionDiff.Request(from, to, kinds, Boolean.TRUE.equals(includeDubious)),
				parts);
	}

	@SchemaMapping(typeName = "RevisionDiff")
	List<FactChange> added(RevisionDiff diff, @Argument Integer limit, @Argument String after) {
		return part(diff, part(ChangeKind.ADDED, limit, after));
	}

	@SchemaMapping(typeName = "RevisionDiff")
	List<FactChange> removed(RevisionDiff diff, @Argument Integer limit, @Argument String after) {
		return part(diff, part(ChangeKind.REMOVED, limit, after));
	}

	@SchemaMapping(typeName = "RevisionDiff")
	List<FactChange> changed(RevisionDiff diff, @Argument Integer limit, @Argument String after) {
		return part(diff, part(ChangeKind.CHANGED, limit, after));
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

	/**
	 * A part the diff read with its counts; one it did not (none is expected: every
	 * selection of a list is read up front) costs a statement of its own.
	 */
	private List<FactChange> part(RevisionDiff diff, RevisionDiff.Part part) {
		List<FactChange> changes = diff.parts().get(part);
		return (changes != null) ? changes : this.revisions.diff(diff.request(), List.of(part)).parts().get(part);
	}

	/**
	 * A part of a list, its size checked as every page size of the API is. (Named
	 * {@code limit}, not {@code first}: the query cost estimate weighs the fields below a
	 * {@code first} as a page of 20 by default, which would have made existing diff
	 * queries dearer; it weighs a list without {@code limit} as {@code assumedListSize},
	 * and one with it by the limit asked.)
	 */
	private static RevisionDiff.Part part(ChangeKind kind, Integer limit, String after) {
		if (limit != null && (limit < 1 || limit > Pagination.MAX_FIRST)) {
			throw new BadRequestException(
					"Argument 'limit' must be between 1 and " + Pagination.MAX_FIRST + ", but was " + limit + ".");
		}
		return new RevisionDiff.Part(kind, limit, after);
	}

}
