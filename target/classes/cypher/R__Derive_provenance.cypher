// Repeatable: run after the versioned scripts whenever any of them was applied (or this file changed).
// It derives what the versioned scripts must not state twice:
//  - defaults of the provenance properties on every fact (relationships and fact nodes);
//  - `current`: stated by the newest revision (002);
//  - the revisions and quotes of every entity, from the facts that touch it (first quote per revision).

MATCH ()-[r]->() WHERE r.revisions IS NOT NULL
SET r.current = '002' IN r.revisions,
    r.factKey = coalesce(r.factKey, r.key),
    r.basis = coalesce(r.basis, 'STATED'),
    r.dubious = coalesce(r.dubious, false);

MATCH (f:Fact)
SET f.current = '002' IN f.revisions,
    f.factKey = coalesce(f.factKey, f.key),
    f.basis = coalesce(f.basis, 'STATED'),
    f.dubious = coalesce(f.dubious, false);

MATCH (e:Entity)
CALL (e) {
  MATCH (e)-[r]-(other)
  WHERE r.revisions IS NOT NULL AND NOT r.dubious
  UNWIND range(0, size(r.revisions) - 1) AS i
  WITH r.revisions[i] AS revision, r.quotes[i] AS quote
  ORDER BY revision, size(quote)
  WITH revision, collect(quote)[0] AS quote
  ORDER BY revision
  RETURN collect(revision) AS revisions, collect(quote) AS quotes
}
SET e.revisions = revisions, e.quotes = quotes, e.current = '002' IN revisions;
