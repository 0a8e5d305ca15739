package tm.relations.path;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tm.relations.node.LinkKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The type expression written into the path statements holds every type the filter
 * follows, those followed only from some start labels included, and nothing else.
 */
class LinkFilterTests {

	@Test
	void theTypeExpressionHoldsEveryTypeAPathMayFollow() {
		for (LinkKind kind : LinkKind.values()) {
			LinkFilter filter = LinkFilter.of(EnumSet.of(kind), List.of());
			Set<String> expressed = Set.of(filter.typeExpression().split("\\|"));
			assertThat(expressed).as(kind.name()).containsAll(filter.types());
			filter.typedStarts()
				.forEach(
						(pair) -> assertThat(expressed).as(kind.name()).contains(pair.substring(0, pair.indexOf(':'))));
			assertThat(expressed).allMatch((type) -> filter.types().contains(type)
					|| filter.typedStarts().stream().anyMatch((pair) -> pair.startsWith(type + ":")));
		}
	}

	@Test
	void aRailFilterFollowsRoutesOfRailwaysAndLocations() {
		LinkFilter rail = LinkFilter.of(EnumSet.of(LinkKind.RAIL), List.of());
		assertThat(rail.typeExpression().split("\\|")).contains("ROUTE", "LOCATED_IN", "RAIL_LINK");
		assertThat(LinkFilter.of(EnumSet.of(LinkKind.ENERGY), List.of("PIPELINE_LINK")).typeExpression())
			.isEqualTo("PIPELINE_LINK");
	}

}
