"""The closed vocabulary of the graph and the statements that create its schema.

Labels and relationship types are Enums: any label or type that reaches a Cypher string
comes from here, never from user input. ``apply_schema`` creates every constraint and
index ``IF NOT EXISTS`` and is safe to run any number of times.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import partial
from typing import LiteralString, cast

import neo4j

from graph.db import Database


class Label(StrEnum):
    ACTOR = "Actor"
    ALIAS = "Alias"
    EVENT = "Event"
    AGREEMENT = "Agreement"
    CLAIM = "Claim"
    EVIDENCE = "Evidence"
    SOURCE = "Source"
    ACCOUNT = "Account"
    ACTOR_REDIRECT = "ActorRedirect"  # a merged actor's id, kept (geokg actors merge)
    GDELT_FILE = "GdeltFile"  # a GDELT feed file loaded in full (geokg gdelt sync)
    PENDING_MENTION = "PendingMention"  # a GDELT mention waiting for its event (docs/gdelt.md)
    API_KEY = "ApiKey"  # an analyst's API key: name, role, a salted hash (geokg keys)
    # articles from feeds (geokg articles sync, docs/articles.md): outside the graph's model
    DRAFT = "Draft"  # one story's draft document in the review queue, and its fate
    ARTICLE_PAGE = "ArticlePage"  # a URL sync fetched once (a story's page, a copy, a failure)
    ARTICLE_FEED = "ArticleFeed"  # a followed feed: its ETag and Last-Modified


class Certainty(StrEnum):
    """Ordered scale confirmed > reported > alleged, plus the stance ``denied``."""

    CONFIRMED = "confirmed"
    REPORTED = "reported"
    ALLEGED = "alleged"
    DENIED = "denied"

    @property
    def rank(self) -> int:
        return CERTAINTY_RANK[self]


CERTAINTY_RANK: dict[Certainty, int] = {
    Certainty.CONFIRMED: 3,
    Certainty.REPORTED: 2,
    Certainty.ALLEGED: 1,
    Certainty.DENIED: 0,
}


class RoleType(StrEnum):
    """Actor–actor roles that hold over a period (valid_from / valid_to)."""

    HEAD_OF_STATE_OF = "HEAD_OF_STATE_OF"
    HEAD_OF_GOVERNMENT_OF = "HEAD_OF_GOVERNMENT_OF"
    FOREIGN_MINISTER_OF = "FOREIGN_MINISTER_OF"
    MINISTER_OF = "MINISTER_OF"
    MINISTRY_OF = "MINISTRY_OF"
    LEGISLATURE_OF = "LEGISLATURE_OF"
    PART_OF = "PART_OF"
    MEMBER_OF = "MEMBER_OF"
    LEADER_OF = "LEADER_OF"
    SPOKESPERSON_OF = "SPOKESPERSON_OF"
    ALLY_OF = "ALLY_OF"


class RelationType(StrEnum):
    """Actor–actor edges projected from events and relation claims (for path finding)."""

    MET_WITH = "MET_WITH"
    VISITED = "VISITED"
    SIGNED_AGREEMENT_WITH = "SIGNED_AGREEMENT_WITH"
    SUBMITTED_TO = "SUBMITTED_TO"
    MADE_STATEMENT_ABOUT = "MADE_STATEMENT_ABOUT"
    EXPRESSED_SUPPORT_FOR = "EXPRESSED_SUPPORT_FOR"
    SUPPLIED_ARMS_TO = "SUPPLIED_ARMS_TO"
    DEPLOYED_TROOPS_TO = "DEPLOYED_TROOPS_TO"
    PROVIDED_MILITARY_PERSONNEL_TO = "PROVIDED_MILITARY_PERSONNEL_TO"
    ACCUSED = "ACCUSED"
    APPEALED_TO = "APPEALED_TO"
    COOPERATES_WITH = "COOPERATES_WITH"
    INTERACTED_WITH = "INTERACTED_WITH"


class StructuralType(StrEnum):
    """Edges that tie events, claims, evidence and sources together."""

    ALIAS_OF = "ALIAS_OF"
    PARTICIPANT = "PARTICIPANT"
    PARTY_TO = "PARTY_TO"
    CONCERNS = "CONCERNS"
    ABOUT = "ABOUT"
    ASSERTED_BY = "ASSERTED_BY"
    SUPPORTED_BY = "SUPPORTED_BY"
    FROM_SOURCE = "FROM_SOURCE"
    ACCOUNT_OF = "ACCOUNT_OF"  # (:Account)-[:ACCOUNT_OF]->(:Event): what one document says
    TOLD_IN = "TOLD_IN"  # (:Account)-[:TOLD_IN]->(:Source): the sources of that account
    REDIRECTS_TO = "REDIRECTS_TO"  # (:ActorRedirect)-[:REDIRECTS_TO]->(:Actor)


#: Every actor–actor relationship type (roles and projected relations): what paths walk.
ACTOR_EDGE_TYPES: tuple[str, ...] = tuple(RoleType) + tuple(RelationType)

ALL_REL_TYPES: tuple[str, ...] = ACTOR_EDGE_TYPES + tuple(StructuralType)


class ActorKind(StrEnum):
    STATE = "state"
    PERSON = "person"
    ORGANIZATION = "organization"
    GOVERNMENT_BODY = "government_body"
    ALLIANCE = "alliance"
    GROUP = "group"
    MEDIA = "media"
    LOCATION = "location"


#: Personal API keys: one per name, looked up by the public id inside the key.
KEY_CONSTRAINTS: tuple[LiteralString, ...] = (
    "CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.name IS UNIQUE",
    "CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.key_id IS UNIQUE",
)

CONSTRAINTS: tuple[LiteralString, ...] = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT actor_iso3 IF NOT EXISTS FOR (n:Actor) REQUIRE n.iso3 IS UNIQUE",
    "CREATE CONSTRAINT actor_wikidata IF NOT EXISTS FOR (n:Actor) REQUIRE n.wikidata IS UNIQUE",
    "CREATE CONSTRAINT account_key IF NOT EXISTS FOR (n:Account) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT actor_redirect_id IF NOT EXISTS FOR (n:ActorRedirect) "
    "REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT gdelt_file_name IF NOT EXISTS FOR (n:GdeltFile) REQUIRE n.name IS UNIQUE",
    "CREATE CONSTRAINT pending_mention_key IF NOT EXISTS FOR (n:PendingMention) "
    "REQUIRE n.key IS UNIQUE",
    *KEY_CONSTRAINTS,
    "CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (n:Draft) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT article_page_url IF NOT EXISTS FOR (n:ArticlePage) REQUIRE n.url IS UNIQUE",
    "CREATE CONSTRAINT article_feed_url IF NOT EXISTS FOR (n:ArticleFeed) REQUIRE n.url IS UNIQUE",
)


def _edge_key_constraint(rel_type: str) -> LiteralString:
    # rel_type comes from the closed vocabulary above, never from input
    return cast(LiteralString, f"CREATE CONSTRAINT {rel_type.lower()}_key IF NOT EXISTS "
                               f"FOR ()-[r:{rel_type}]-() REQUIRE r.key IS UNIQUE")


#: One uniqueness constraint on ``key`` per actor–actor type: the writer's MERGE of an edge
#: then seeks the key in an index instead of scanning every relationship between its two
#: actors (hub pairs hold thousands of parallel edges).
EDGE_KEY_CONSTRAINTS: tuple[LiteralString, ...] = tuple(
    _edge_key_constraint(t) for t in ACTOR_EDGE_TYPES
)
CONSTRAINTS = CONSTRAINTS + EDGE_KEY_CONSTRAINTS

INDEXES: tuple[LiteralString, ...] = (
    "CREATE INDEX actor_cameo IF NOT EXISTS FOR (n:Actor) ON (n.cameo)",
    "CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)",
    "CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.name_key)",
    "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    "CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)",
    "CREATE INDEX event_gdelt IF NOT EXISTS FOR (n:Event) ON (n.gdelt_id)",
    "CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url)",
    # a document's own event id keeps reaching the event it was merged into
    "CREATE INDEX account_event_ref IF NOT EXISTS FOR (n:Account) ON (n.event_ref)",
    # a GDELT event's arrival finds the mentions that wait for it
    "CREATE INDEX pending_mention_event IF NOT EXISTS FOR (n:PendingMention) ON (n.event_id)",
    # the review queue: pending first; one story per canonical URL and per text
    "CREATE INDEX draft_status IF NOT EXISTS FOR (n:Draft) ON (n.status)",
    "CREATE INDEX draft_canonical_url IF NOT EXISTS FOR (n:Draft) ON (n.canonical_url)",
    "CREATE INDEX draft_content_hash IF NOT EXISTS FOR (n:Draft) ON (n.content_hash)",
    "CREATE INDEX article_page_story IF NOT EXISTS FOR (n:ArticlePage) ON (n.story)",
    "CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (n:Actor) ON EACH [n.search_text]",
    # a story's sampled shingles, to find the earlier story a wire copy repeats
    "CREATE FULLTEXT INDEX draft_sketch IF NOT EXISTS FOR (n:Draft) ON EACH [n.sketch] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
)


def apply_schema(db: Database, await_s: int = 60) -> list[str]:
    """Create all constraints and indexes (idempotent), wait up to ``await_s`` seconds for
    them to come online; return the names now present."""

    # Only the statements whose name is missing run (every load calls this; 57 round
    # trips cost a few hundred milliseconds each time), all in one transaction of schema
    # statements only (they cannot share one with data writes): Neo4j then populates the
    # new indexes together: on 20,000 GDELT events, 3.9 and 2.5 s against 4.5 and 3.2 s
    # with one transaction each (alternating, load average 3).
    present = set(schema_names(db))
    missing = [s for s in CONSTRAINTS + INDEXES if schema_name(s) not in present]
    if missing:
        db.write(partial(_run_all, missing))
    # the read's own time limit (15 s by default) must not cut the wait short
    db.read("CALL db.awaitIndexes($s)", {"s": await_s}, timeout=await_s + 30.0)
    return schema_names(db)


def apply_schema_after_import(db: Database, await_s: int = 60) -> None:
    """``apply_schema`` for a database ``neo4j-admin database import full`` just wrote,
    which holds no constraint or index but the token lookup ones: every statement runs
    (the same schema, one transaction), without listing what exists before or after, and
    the indexes are awaited once. On a server just started those listings are among its
    first queries (planned cold)."""
    db.write(partial(_run_all, list(CONSTRAINTS + INDEXES)))
    db.read("CALL db.awaitIndexes($s)", {"s": await_s}, timeout=await_s + 30.0)


_SCHEMA_NAME = re.compile(r"^CREATE (?:[A-Z]+ )*?(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS")


def schema_name(statement: str) -> str:
    """The name a ``CREATE ... <name> IF NOT EXISTS`` schema statement gives."""
    m = _SCHEMA_NAME.match(statement)
    if m is None:  # every statement above is named: a new one must be too
        raise ValueError(f"schema statement without a name: {statement[:60]}")
    return m[1]


def _run_all(statements: list[LiteralString], tx: neo4j.ManagedTransaction) -> None:
    for statement in statements:
        tx.run(statement).consume()


def schema_names(db: Database) -> list[str]:
    """Names of the constraints and indexes that exist now, sorted."""
    names = {r["name"] for r in db.read("SHOW CONSTRAINTS YIELD name RETURN name")}
    names |= {r["name"] for r in db.read("SHOW INDEXES YIELD name RETURN name")}
    return sorted(names)
