"""The review queue's decisions: approve (load the draft as ``geokg load`` does) or reject.

A draft is approved from ``pending`` (or from ``loaded``: a trusted feed's draft, already in
the graph, that a person now vouches for). The draft is first moved to ``approving`` (the
Draft node locked while its status is read, so two reviewers never both decide it), then
its document, or the reviewer's edited one, is checked against the graph
(:func:`loaders.writer.check_event_references`) and written by the one writer
(:func:`loaders.writer.write_document`, coreference included), then each of its Sources
records ``reviewed: true``, who and when, and the draft becomes ``approved``. A document
that does not fit writes nothing and puts the draft back as it was.

A draft is rejected only from ``pending``, with a reason, kept on the Draft.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from graph import repository_drafts as repo
from graph.db import Database
from graph.errors import Conflict, GeokgError, InvalidInput
from loaders.document import Document
from loaders.writer import LoadSummary, check_event_references, write_document

APPROVABLE = ("pending", "loaded", "approving")
REJECTABLE = ("pending",)


def load_document(db: Database, doc: Document) -> LoadSummary:
    """Load ``doc`` exactly as ``geokg load`` does: its coreference references checked
    against the graph first (InvalidInput listing them, nothing written), then written."""
    problems = check_event_references(db, [doc])[0]
    if problems:
        raise InvalidInput(f"the document does not fit the graph ({len(problems)} problem(s)); "
                           "nothing was written", problems)
    return write_document(db, doc)


def approve_draft(db: Database, draft_id: str, *, by: str,
                  document: Document | None = None) -> dict[str, Any]:
    """Load the draft (or ``document``, the reviewer's edit of it) and record the approval.

    Returns ``{"draft": <summary after>, "load": <what the load created and matched>}``.

    Raises
    ------
    NotFound
        No draft with that id.
    Conflict
        The draft was rejected or approved already.
    InvalidInput
        The document does not fit the graph (a ``same_as`` naming no event, an event id
        of another type); nothing was written and the draft is as it was.
    """
    before, changed = repo.move_draft(db, draft_id, allowed=APPROVABLE, to="approving")
    if not changed:
        raise Conflict(f"draft '{draft_id}' is {before}: only a pending draft (or one "
                       "loaded unreviewed) can be approved",
                       [{"location": "id", "message": f"status is {before}"}])
    try:
        draft = repo.get_draft(db, draft_id)
        doc = document or _stored(draft)
        summary = load_document(db, doc)
    except GeokgError:
        repo.move_draft(db, draft_id, allowed=("approving",),
                        to=before if before != "approving" else "pending")
        raise
    if document is not None:  # what was loaded is kept; the draft as extracted beside it
        repo.keep_loaded_document(
            db, draft_id,
            json.dumps(document.model_dump(mode="json", exclude_none=True), ensure_ascii=False),
            json.dumps(draft["document"], ensure_ascii=False))
    repo.mark_sources(db, [s.id for s in doc.sources], reviewed=True, by=by, draft=draft_id)
    repo.move_draft(db, draft_id, allowed=("approving",), to="approved", by=by, decided=True)
    return {"draft": _summary(db, draft_id), "load": summary.as_dict()}


def reject_draft(db: Database, draft_id: str, *, reason: str, by: str) -> dict[str, Any]:
    """Reject a pending draft, keeping ``reason``; nothing is written to the graph.

    Raises NotFound, Conflict (not pending), InvalidInput (an empty reason).
    """
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput("reason: say why the draft is rejected (it is kept with it)",
                           [{"location": "reason", "message": "empty"}])
    before, changed = repo.move_draft(db, draft_id, allowed=REJECTABLE, to="rejected", by=by,
                                      reason=reason, decided=True)
    if not changed:
        raise Conflict(f"draft '{draft_id}' is {before}: only a pending draft can be rejected",
                       [{"location": "id", "message": f"status is {before}"}])
    return {"draft": _summary(db, draft_id)}


def _stored(draft: dict[str, Any]) -> Document:
    try:
        return Document.model_validate(draft["document"])
    except ValidationError as exc:  # stored valid; a model change since may refuse it
        raise InvalidInput(f"the stored draft '{draft['id']}' is no longer a valid document; "
                           "approve it with an edited document",
                           [{"location": ".".join(map(str, e["loc"])), "message": e["msg"]}
                            for e in exc.errors()]) from None


def _summary(db: Database, draft_id: str) -> dict[str, Any]:
    full = repo.get_draft(db, draft_id)
    keep = ("id", "status", "title", "url", "publisher", "published", "language", "feed",
            "source_id", "created_at", "decided_at", "decided_by", "reason", "counts")
    return {k: full.get(k) for k in keep}
