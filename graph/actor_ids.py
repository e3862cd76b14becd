"""Actor ids that keep resolving after a merge (``geokg actors merge``).

A merged actor's id is kept by an ``(:ActorRedirect {id})-[:REDIRECTS_TO]->(:Actor)``;
these functions send any id to the actor it names now. Readers (the API) translate ids
here before they look an actor up.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.actor_merge_cypher import CANONICAL_ACTOR_IDS
from graph.db import Database


def canonical_actor_ids(db: Database, ids: Iterable[str]) -> dict[str, str]:
    """Map each id to the id of the actor it names now.

    An actor's own id maps to itself, a merged id to the actor it was merged into (later
    merges re-point earlier redirects, so chains end at an actor). Ids that name no
    actor, now or before, are left out.

    Examples
    --------
    >>> canonical_actor_ids(db, ["sergei-lavrov", "russia", "atlantis"])  # doctest: +SKIP
    {'sergei-lavrov': 'sergey-lavrov', 'russia': 'russia'}
    """
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {r["id"]: r["current"] for r in db.read(CANONICAL_ACTOR_IDS, {"ids": wanted})}


def canonical_actor_id(db: Database, actor_id: str | None) -> str | None:
    """The id of the actor ``actor_id`` names now; the id unchanged when it names none
    (the caller's own lookup then says it is unknown), None for None."""
    if actor_id is None:
        return None
    return canonical_actor_ids(db, [actor_id]).get(actor_id, actor_id)
