"""The review queue over HTTP: ``GET /drafts``, ``GET /drafts/{id}``,
``POST /drafts/{id}/approve`` and ``POST /drafts/{id}/reject`` (the last two need the write
key). Drafts come from ``geokg articles sync``; nothing here fetches a URL."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.deps import DbDep
from api.identity import ANONYMOUS, SETTINGS_WRITE, Principal
from api.models import ErrorBody, error_responses
from api.routes.ingest import DOCUMENT_SCHEMA, validate_body
from api.routes.params import ID_PATTERN, Offset
from api.security import require_write_key
from graph import repository_drafts as repo
from graph.errors import InvalidInput
from loaders.articles.review import approve_draft, reject_draft

router = APIRouter(prefix="/drafts", tags=["drafts"])

DraftId = Annotated[str, Path(pattern=ID_PATTERN, max_length=200,
                              description="Draft id (draft-...), as GET /drafts lists it")]
Status = Literal["pending", "approved", "rejected", "loaded", "approving"]
By = Annotated[str | None, Query(min_length=1, max_length=100, description=(
    "Who decides, recorded on the draft and (approving) on its Source. With a personal "
    "key (geokg keys) the decider is the key's name, and `by` may only repeat it; with "
    "the shared write key (GEOKG_WRITE_API_KEY) `by` names the person (default: "
    "'settings:write')."))]

#: What approving or rejecting can answer besides 200.
DECISION_ERRORS = {
    **error_responses(401, 404, 413, 422, 503),
    403: {"model": ErrorBody, "description": "The key may only read"},
    409: {"model": ErrorBody, "description": "The draft was decided already (`conflict`)"},
}


def decider(request: Request, by: str | None) -> str:
    """Who decides: the personal key's name, else ``by``, else the shared key's name.

    Raises InvalidInput when ``by`` names someone else than the personal key presented.
    """
    principal: Principal = getattr(request.state, "principal", ANONYMOUS)
    name = principal.name
    by = " ".join(by.split()) if by else None
    if name and not name.startswith("settings:"):
        if by and by != name:
            raise InvalidInput(f"by: this key is {name}'s; leave 'by' out or give that name",
                               [{"location": "query.by", "message": "not the key's name"}])
        return name
    return by or name or SETTINGS_WRITE


class Counts(BaseModel):
    actors_linked: int | None = None
    actors_new: int | None = None
    events: int | None = None
    claims: int | None = None
    review: int | None = Field(default=None, description="Items flagged for review")


class DraftSummary(BaseModel):
    """One story's draft: its source, its date, what it holds and what became of it."""

    id: str
    status: Status
    title: str | None = None
    url: str = Field(description="The story's URL: the page's canonical URL, else the "
                     "final URL after redirects without tracking parameters")
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    feed: str | None = None
    source_id: str | None = Field(default=None, description="Id of its Source once loaded")
    created_at: str | None = None
    decided_at: str | None = None
    decided_by: str | None = None
    reason: str | None = Field(default=None, description="Why it was rejected")
    counts: Counts


class ListedDraft(DraftSummary):
    copies: int = Field(description="Pages elsewhere found to carry the same story")


class DraftList(BaseModel):
    drafts: list[ListedDraft]
    counts: dict[str, int] = Field(description="Drafts per status, whatever the filter")


class Copy(BaseModel):
    url: str
    final_url: str | None = None
    why: str | None = None
    overlap: float | None = None
    feed: str | None = None


class DraftDetail(DraftSummary):
    """A draft with its document (what approving loads) and the notes for its reviewer;
    ``document``, ``summary``, ``linked_actors``, ``new_actors``, ``review`` and
    ``warnings`` have the meaning of POST /extract's answer."""

    document: dict[str, Any]
    draft_document: dict[str, Any] | None = Field(
        default=None, description="The draft as extracted, when an edited document was "
        "approved in its place")
    summary: Counts
    linked_actors: list[str]
    new_actors: list[str]
    review: list[str]
    warnings: list[str]
    fetched_url: str | None = None
    final_url: str | None = None
    canonical_url: str | None = None
    content_hash: str | None = None
    copies: list[Copy]


class Decision(BaseModel):
    draft: DraftSummary
    load: dict[str, Any] | None = Field(
        default=None, description="What approving loaded (as POST /ingest answers)")


class RejectRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000, description="Why (kept)")


@router.get("", response_model=DraftList, responses=error_responses(401, 422, 503))
def list_drafts(db: DbDep, status: Status | None = None,
                limit: Annotated[int, Query(ge=1, le=1000, description="Page size")] = 100,
                offset: Offset = 0) -> Any:
    """The review queue: drafts made from feeds by `geokg articles sync`, pending first,
    then newest first, each with its source, its date and its counts (events, claims,
    items flagged for review). Drafts are not in the graph: no other endpoint shows them
    until one is approved."""
    return repo.list_drafts(db, status=status, limit=limit, offset=offset)


@router.get("/{id}", response_model=DraftDetail, responses=error_responses(401, 404, 422, 503))
def get_draft(db: DbDep, id: DraftId) -> Any:
    """One draft: its extraction document, what to review first, its copies elsewhere."""
    return repo.get_draft(db, id)


@router.post(
    "/{id}/approve", response_model=Decision, dependencies=[Depends(require_write_key)],
    responses=DECISION_ERRORS,
    openapi_extra={"requestBody": {
        "required": False,
        "description": "Optional: an edited extraction document to load instead of the draft",
        "content": {"application/json": {"schema": DOCUMENT_SCHEMA}},
    }},
)
async def approve(request: Request, db: DbDep, id: DraftId, by: By = None) -> Any:
    """Approve a pending draft: load it into the graph exactly as `geokg load` would
    (coreference included) and record who approved it (the personal key's name, or `by`
    with the shared write key) and when on its Source (`reviewed: true`). With a body,
    that edited document is validated like any document (422 listing every problem,
    nothing written) and loaded instead. Needs a write key (403 for a read-only key).
    409 when the draft was decided already."""
    decider(request, by)  # a wrong 'by' is refused before the body is read
    raw = await request.body()
    document = None
    if raw.strip():
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput("the body is not UTF-8 text",
                               [{"location": "$", "line": None,
                                 "message": f"not UTF-8 at byte {exc.start}"}]) from None
        document = await run_in_threadpool(validate_body, text)
    who = decider(request, by)
    return await run_in_threadpool(approve_draft, db, id, by=who, document=document)


@router.post("/{id}/reject", response_model=Decision,
             dependencies=[Depends(require_write_key)],
             responses=DECISION_ERRORS)
def reject(request: Request, db: DbDep, id: DraftId, body: RejectRequest,
           by: By = None) -> Any:
    """Reject a pending draft with a reason (kept on the draft); nothing enters the graph.
    Needs the write key. 409 when the draft was decided already."""
    return reject_draft(db, id, reason=body.reason, by=decider(request, by))
