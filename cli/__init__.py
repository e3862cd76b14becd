"""The ``geokg`` command line."""
