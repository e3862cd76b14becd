"""Benchmarks: a seeded synthetic graph generator and side-by-side timings (``geokg bench``)."""
