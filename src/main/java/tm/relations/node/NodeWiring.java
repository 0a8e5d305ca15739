package tm.relations.node;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * How one {@link GraphNode} record serves every node type of the schema:
 * <ul>
 * <li>the {@code Node} and {@code Entity} interfaces resolve to the record's
 * {@code type};</li>
 * <li>a field with no accessor on the record is read from the node's stored properties,
 * so {@code Country.iso3} or {@code Mission.missionKind} need no code; a
 * {@code PartialDate} field reads the stored text and its {@code ...Precision}; a
 * {@code Revision} field turns {@code "002"} into {@code R002}.</li>
 * </ul>
 * Written by hand because graphql-java's default fetcher reads only accessors and map
 * keys.
 */
@Configuration(proxyBeanMethods = false)
class NodeWiring {

	@Bean
	RuntimeWiringConfigurer nodeTypeResolution() {
		TypeResolver byRecordType = (environment) -> {
			Object source = environment.getObject();
			String type = (source instanceof GraphNode node) ? node.type() : null;
			return (type != null) ? environment.getSchema().getObjectType(type) : null;
		};
		return (wiring) -> wiring.type("Node", (type) -> type.typeResolver(byRecordType))
			.type("Entity", (type) -> type.typeResolver(byRecordType));
	}

	@Bean
	RuntimeWiringConfigurer storedPropertiesAsFields() {
		return new RuntimeWiringConfigurer() {

			@Override
			public void configure(RuntimeWiring.Builder builder) {
			}

			@Override
			public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
				container.add(new WiringFactory() {

					@Override
					public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
						return storedPropertyFetcher(environment.getFieldDefinition().getName());
					}

				});
			}

		};
	}

	private static DataFetcher<Object> storedPropertyFetcher(String field) {
		return new StoredPropertyFetcher(field);
	}

	/**
	 * The accessor of the record, else the stored property. A {@link LightDataFetcher}
	 * (hence trivial, like graphql-java's own {@link PropertyDataFetcher}): it reads the
	 * source object only, so graphql-java calls it without building a
	 * {@code DataFetchingEnvironment}, and Spring for GraphQL's observation and the
	 * instrumentations skip it. Before, every scalar of every node was a data-fetcher
	 * observation of its own, the largest cost of a nested query after its statements.
	 */
	private record StoredPropertyFetcher(String field,
			PropertyDataFetcher<Object> accessor) implements LightDataFetcher<Object> {

		StoredPropertyFetcher(String field) {
			this(field, PropertyDataFetcher.fetching(field));
		}

		@Override
		public Object get(GraphQLFieldDefinition definition, Object source,
				Supplier<DataFetchingEnvironment> environment) throws Exception {
			Object value = this.accessor.get(definition, source, environment);
			if (value != null || !(source instanceof GraphNode node)) {
				return value;
			}
			return stored(node.properties(), this.field, definition.getType());
		}

		@Override
		public Object get(DataFetchingEnvironment environment) throws Exception {
			return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
		}

	}

	static Object stored(Map<String, Object> properties, String field, GraphQLType fieldType) {
		GraphQLType type = unwrap(fieldType);
		Object value = properties.get(field);
		if (type instanceof GraphQLObjectType object && object.getName().equals("PartialDate")) {
			return PartialDate.of((String) value, (String) properties.get(field + "Precision"));
		}
		if (type instanceof GraphQLEnumType enumType && enumType.getName().equals("Revision")
				&& value instanceof String code) {
			return "R" + code;
		}
		if (value == null && fieldType instanceof GraphQLNonNull && unwrapOnce(fieldType) instanceof GraphQLList) {
			return List.of();
		}
		return value;
	}

	private static GraphQLType unwrapOnce(GraphQLType type) {
		return (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
	}

	private static GraphQLType unwrap(GraphQLType type) {
		GraphQLType current = type;
		while (!(current instanceof GraphQLNamedType)) {
			current = (current instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType()
					: ((GraphQLList) current).getWrappedType();
		}
		return current;
	}

}
