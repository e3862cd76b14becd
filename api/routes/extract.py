"""``POST /extract``: an article's text to a draft extraction document (nothing written)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.deps import DbDep, SettingsDep
from api.security import error_responses
from graph.errors import InvalidInput, ServiceDisabled
from loaders.document import ID_PATTERN
from loaders.text.draft import ArticleMeta
from loaders.text.extract import LexiconCache, extract_text
from loaders.text.read import article_from_text

router = APIRouter(tags=["extract"])


class ExtractRequest(BaseModel):
    """An article and what the analyst knows about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article's text (plain text, UTF-8).")
    language: str | None = Field(default=None, description="ISO 639-1 code; detected when "
                                 "not given.")
    published: dt.date | None = Field(default=None, description="Publication date: resolves "
                                      "weekdays, 'yesterday' and dates without a year.")
    publisher: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=500)
    source_id: str | None = Field(default=None, pattern=ID_PATTERN, max_length=200)
    backend: Literal["embedded", "openai"] = "embedded"


def _cache(request: Request) -> LexiconCache:
    cache: LexiconCache | None = getattr(request.app.state, "lexicon_cache", None)
    if cache is None:
        cache = request.app.state.lexicon_cache = LexiconCache()
    return cache


@router.post("/extract", responses=error_responses(401, 404, 413, 422, 503))
async def extract(body: ExtractRequest, request: Request, db: DbDep,
                  settings: SettingsDep) -> dict[str, Any]:
    """Draft an extraction document from an article's text; nothing is written.

    Actors are linked to the graph's (and the crosswalk's) by their names, demonyms,
    capitals and surnames; events, their participants and dates, and each claim's
    certainty and asserters come from the embedded rules (`backend: "openai"` asks the
    configured OpenAI-compatible endpoint instead, checked the same way). The answer is
    `{document, language, summary, linked_actors, new_actors, review, warnings}`: the
    document is valid as it is for `POST /ingest`; `review` lists what a person should
    check first.
    """
    if body.backend == "openai" and not settings.llm_base_url:
        raise ServiceDisabled("the LLM backend is not configured (GEOKG_LLM_BASE_URL)")
    art = article_from_text(body.text, name="text", max_bytes=settings.extract_max_bytes)
    if body.language is not None and not body.language.strip():
        raise InvalidInput("language: empty; leave it out to detect the language")
    meta = ArticleMeta(language=body.language, published=body.published,
                       publisher=body.publisher, url=body.url, title=body.title,
                       source_id=body.source_id)
    lexicon = await run_in_threadpool(_cache(request).get, db)
    draft = await run_in_threadpool(extract_text, art.text, meta, lexicon,
                                    backend=body.backend, settings=settings)
    return draft.as_dict()
