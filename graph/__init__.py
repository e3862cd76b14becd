"""Neo4j side of geokg: settings, driver, schema, queries, repository functions, analytics."""
