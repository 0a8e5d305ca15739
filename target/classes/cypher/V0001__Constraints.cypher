// Uniqueness constraints first: every MERGE in later scripts is on one of these keys.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT mission_key IF NOT EXISTS FOR (m:Mission) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT treaty_key IF NOT EXISTS FOR (t:Treaty) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT dispute_key IF NOT EXISTS FOR (d:Dispute) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT status_key IF NOT EXISTS FOR (s:Status) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT air_route_key IF NOT EXISTS FOR (a:AirRoute) REQUIRE a.key IS UNIQUE;
CREATE INDEX country_iso3 IF NOT EXISTS FOR (c:Country) ON (c.iso3);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX fact_key IF NOT EXISTS FOR (f:Fact) ON (f.key);
