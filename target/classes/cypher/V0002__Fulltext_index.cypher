// One full-text index over the names and aliases of every entity kind (the search API ranks its hits).
// Aliases are a list property; Neo4j's full-text index reads string lists element by element.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases, e.acronym, e.iso3];
