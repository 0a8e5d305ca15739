// Range indexes on the lower-case lookup keys that R__Derive_lookup_keys.cypher writes on every
// entity, so that a lookup by name, ISO code or acronym (country(name:), energyPartners(of:), ...)
// is an index seek, case-insensitive, instead of a full-text phrase query whose hits must each be
// read and compared (every "Germany #k" of the benchmark's x1000 graph for "Germany").
CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey);
CREATE INDEX entity_iso3_key IF NOT EXISTS FOR (e:Entity) ON (e.iso3Key);
CREATE INDEX entity_acronym_key IF NOT EXISTS FOR (e:Entity) ON (e.acronymKey);
