// One full-text index over the names and aliases of every entity kind (the search API ranks its hits).
// Aliases are a list property; the full-text index reads string lists element by element. The
// folding analyzer makes "Turkmenalem" find "TürkmenÄlem" and "Turkmenabat" find "Türkmenabat".
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases, e.acronym, e.iso3]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
