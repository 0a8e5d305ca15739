package tm.relations.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tm.relations.revision.Revision;

/**
 * One revision's evidence for a fact: the sentence that states it, with what holds for
 * the whole fact (current, basis, dubious).
 *
 * @param revision the revision that states the fact
 * @param quote the verbatim sentence
 * @param current whether the newest revision states the fact
 * @param basis how its counterpart or location was established
 * @param context for {@link Basis#PARAGRAPH}: the sentence that names the counterpart
 * @param citation for {@link Basis#REFERENCE}: the reference data used
 * @param dubious whether the statement reads like vandalism
 */
public record Provenance(Revision revision, String quote, boolean current, Basis basis, String context, String citation,
		boolean dubious) {

	/**
	 * The evidence stored on a fact (relationship or node) whose properties are given:
	 * parallel lists {@code revisions} and {@code quotes} plus the fact-wide flags.
	 */
	public static List<Provenance> of(Map<String, Object> properties) {
		List<?> revisions = (List<?>) properties.getOrDefault("revisions", List.of());
		List<?> quotes = (List<?>) properties.getOrDefault("quotes", List.of());
		boolean current = Boolean.TRUE.equals(properties.get("current"));
		Basis basis = Basis.valueOf((String) properties.getOrDefault("basis", "STATED"));
		boolean dubious = Boolean.TRUE.equals(properties.get("dubious"));
		List<Provenance> evidence = new ArrayList<>(revisions.size());
		for (int i = 0; i < Math.min(revisions.size(), quotes.size()); i++) {
			evidence.add(new Provenance(Revision.ofCode((String) revisions.get(i)), (String) quotes.get(i), current,
					basis, (String) properties.get("context"), (String) properties.get("citation"), dubious));
		}
		return List.copyOf(evidence);
	}

}
