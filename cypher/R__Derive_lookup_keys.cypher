// Repeatable: run after the versioned scripts whenever any of them was applied (or this file changed),
// so that every entity, whichever script made it, carries the keys a lookup seeks
// (EntityLookup.NAMED): its name, ISO code and acronym in lower case (null where it has none).
// Derived values, not facts: no provenance of their own.
MATCH (e:Entity)
SET e.nameKey = toLower(e.name), e.iso3Key = toLower(e.iso3), e.acronymKey = toLower(e.acronym);
