"""Cypher used by more than one module: named constants with ``$parameters`` only."""

from typing import LiteralString

COMPONENTS: LiteralString = """
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
"""
