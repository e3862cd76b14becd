"""Dependency aliases for routes: the settings, the shared Database, actor ids as they are now."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.routes.params import ActorId, OptActorId
from graph.actor_ids import canonical_actor_id
from graph.db import Database
from graph.settings import Settings


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def current_actor_id(db: DbDep, id: ActorId) -> str:
    """The path's actor id, or the id of the actor it was merged into."""
    return canonical_actor_id(db, id) or id


def current_actor_param(db: DbDep, actor: OptActorId = None) -> str | None:
    """The ``actor`` query parameter, or the id of the actor it was merged into."""
    return canonical_actor_id(db, actor)


def current_other_param(db: DbDep, other: OptActorId = None) -> str | None:
    """The ``other`` query parameter, or the id of the actor it was merged into."""
    return canonical_actor_id(db, other)


#: An actor id in the path that keeps answering after a merge (``geokg actors merge``).
CurrentActorId = Annotated[str, Depends(current_actor_id)]
#: The same for the ``actor`` and ``other`` query parameters.
CurrentActorParam = Annotated[str | None, Depends(current_actor_param)]
CurrentOtherParam = Annotated[str | None, Depends(current_other_param)]
