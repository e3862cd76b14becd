"""The LLM extraction backend: any OpenAI-compatible endpoint, checked like the rules.

Optional and off by default: ``geokg extract --backend openai`` (or ``POST /extract`` with
``"backend": "openai"``) sends the article to the endpoint of ``GEOKG_LLM_BASE_URL`` with
the model ``GEOKG_LLM_MODEL`` (key ``GEOKG_LLM_API_KEY`` when the server wants one, time
limit ``GEOKG_LLM_TIMEOUT_S``). Ollama, vLLM, the llama.cpp server and hosted services all
speak this protocol. With a local Ollama::

    ollama pull llama3.1
    GEOKG_LLM_BASE_URL=http://127.0.0.1:11434/v1 GEOKG_LLM_MODEL=llama3.1 \\
        geokg extract article.txt --backend openai

What is sent
------------
One ``chat.completions.create`` request (official ``openai`` client, no retry,
``temperature`` 0):

- a **system prompt** built from the data model (:func:`system_prompt`): the document's
  shape, the event types with the roles each takes (from ``EVENT_ROLES``, so it stays in
  step with the model), actor kinds and role types, the certainty scale (confirmed,
  reported, alleged; a denial is a separate ``denied`` claim asserted by the denier), the
  rule that every evidence quote is copied verbatim from the text, the date rules (an
  unknown date stays unknown; a year implied by the publication date is
  ``inferred: true``), and the article's language, publication date and source id;
- a **user message** with the article's text;
- ``response_format={"type": "json_schema", "json_schema": {"name": "extraction",
  "schema": Document.model_json_schema(), "strict": False}}``: servers that support
  structured output (vLLM, llama.cpp, Ollama >= 0.5, OpenAI) constrain the answer to the
  extraction document's JSON Schema. A server that ignores it still gets the shape from the
  prompt, and its answer is checked all the same.

How the answer is checked
-------------------------
The model's answer is material to check, never trusted:

1. It must be a JSON object (a Markdown code fence around it is tolerated) and, once
   participants whose role does not fit their event type are dropped (with a warning), a
   valid :class:`~loaders.document.Document`; otherwise :class:`InvalidInput` lists the
   first problems and nothing is drafted.
2. Every claim's evidence quote is looked for **verbatim** in the text (an exact
   substring; failing that, ignoring differences of white space and of typographic
   quotes and apostrophes, only to find it: the span always points at the original
   characters, which become the draft's quote). A claim with no quote found is dropped with
   a warning naming it; an event left without any claim is dropped too (nothing in the
   draft lacks evidence in the text). Claims about relations are not drafted (warning).
3. Every actor of the answer is **re-linked** against the lexicon (the graph's actors and
   the crosswalk): its name, then each alias, is matched with the extractor's matcher; a
   single match covering the whole name (a leading article aside) gives that actor's id
   ("Moscow" -> ``russia``). Otherwise it is a new actor with the slug of its name, which
   the draft lists as new for review (with its surname as an alias when the model gives
   it and the text uses it alone). The ids the model chose are never trusted.
4. Events keep their type, participants (through the re-linking; an unknown actor id is
   dropped with a warning), date (value, end, ``inferred`` and note as the model gave them)
   and agreement, re-linked to the lexicon's agreements by name or alias (rapidfuzz ratio
   >= 90 on folded names) or dropped with a warning. Claims keep certainty, asserters
   (re-linked; an undeclared one is named in a ``review:`` note rather than silently
   making the claim the article's own), the located quote and note.
5. ``roles`` of the answer: a role of a **new** actor toward a known or new actor becomes
   that actor's role in the draft (one per actor; the role's own quote as evidence, else the
   first place the text names the actor). Roles of actors the graph already knows are
   ignored: the graph's roles are curated, not drafted.

Errors: no base URL or model configured -> :class:`ServiceDisabled` naming the variables;
an endpoint that cannot be reached, times out or answers an HTTP error ->
:class:`InvalidInput` naming the endpoint and the problem (the key is never shown).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit, urlunsplit

from pydantic import ValidationError
from rapidfuzz import fuzz

from graph.errors import InvalidInput, ServiceDisabled
from graph.schema import ActorKind, RoleType
from graph.settings import Settings, get_settings
from loaders.crosswalk import slug
from loaders.document import (
    EVENT_ROLES,
    PROJECTIONS,
    Actor,
    Agreement,
    Document,
    EventType,
)
from loaders.text.dates import FoundDate
from loaders.text.draft import ArticleMeta, source_id_for
from loaders.text.embedded import Extraction, FoundClaim, FoundEvent, NewActor
from loaders.text.lexicon import Lexicon, Matcher
from loaders.text.normalize import fold_key

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam
    from openai.types.shared_params import ResponseFormatJSONSchema

#: Agreement names of the answer match the lexicon's at this rapidfuzz ratio or above.
AGREEMENT_MATCH = 90
#: How many validation problems the error message lists (all are in ``details``).
SHOWN_PROBLEMS = 5
#: Event types the model is offered (``coded`` is for machine-coded data such as GDELT).
OFFERED_TYPES = tuple(t for t in EVENT_ROLES if t != EventType.CODED)

_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "il", "lo", "gli", "i",
                       "el", "los", "las", "der", "die", "das"})
_TYPOGRAPHIC = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                              "″": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'", "ʼ": "'",
                              "′": "'", "`": "'", "´": "'"})
_FENCE = re.compile(r"^```[\w-]*\s*\n(?P<body>.*?)\n?```\s*$", re.DOTALL)


# --- the request --------------------------------------------------------------------------


def _event_lines() -> list[str]:
    lines = []
    for etype in OFFERED_TYPES:
        roles = EVENT_ROLES[etype]
        directed = [p for p in PROJECTIONS.get(etype, ()) if p.source_role != p.target_role]
        if directed:
            p = directed[0]
            rest = [r for r in roles if r not in (p.source_role, p.target_role)]
            text = f"{p.source_role} -> {p.target_role}" + "".join(f", {r}" for r in rest)
        else:
            text = ", ".join(roles)
        lines.append(f"- {etype.value}: {text}")
    return lines


def system_prompt(language: str, meta: ArticleMeta, source_id: str) -> str:
    """The instructions: the data model, the rules of evidence and dates, the article's
    metadata. Event types and roles come from ``EVENT_ROLES``."""
    published = (meta.published.isoformat() if meta.published else
                 "not given (a date without a year, a weekday or 'yesterday' stays unknown)")
    kinds = ", ".join(k.value for k in ActorKind if k != ActorKind.LOCATION)
    role_types = ", ".join(r.value for r in RoleType)
    return "\n".join([
        "You extract facts from one news article into a JSON extraction document for a "
        "geopolitical knowledge graph. Answer with the JSON document only, no prose.",
        "",
        'Shape: {"version": 1, "sources": [], "actors": [...], "roles": [...], '
        '"agreements": [...], "events": [...], "claims": [...]}. Leave "sources" empty. '
        "Ids are lowercase ASCII: letters, digits and hyphens.",
        "",
        "ACTORS: every actor the text names, once: "
        '{"id": slug of the name, "kind": one of ' + kinds + ', "name": the name as the '
        'text writes it, "aliases": [{"text": another name the text uses for it}]}. '
        'A capital or seat of power standing for a government ("Moscow said", "the '
        'Kremlin") is an actor named as written. An unnamed source ("intelligence '
        'officials") is an actor of kind group (media for news media).',
        "",
        'ROLES: when a title says it ("NATO Secretary General Mark Rutte"): {"type": one of '
        + role_types + ', "actor": the person\'s id, "of": the organisation\'s or state\'s '
        'id, "evidence": [quote]}.',
        "",
        'AGREEMENTS: a treaty or agreement an event concerns: {"id", "name": as the text '
        'names it, "kind": treaty, agreement, memorandum or partnership, "parties": [actor '
        'ids]}; set "agreement" on signing, ratification and entry_into_force events.',
        "",
        'EVENTS: one per fact the text states: {"id": "e1", "type", "date", "participants": '
        '[{"actor": id, "role"}], "agreement": id or omitted, "summary": one English '
        'sentence}. The types, with the only roles their participants may take '
        "(a -> b: a acts on b):",
        *_event_lines(),
        "Participants are the actors taking part in the fact, named where it is stated. "
        "Whoever only reports a fact is not a participant but an asserter of its claim. A "
        "statement event is only for a direct quotation or a declaration that is itself "
        "the news; a reporting verb in front of another fact is attribution. A denial is "
        "not an event.",
        "",
        'CLAIMS: at least one per event: {"id": "c1", "event": event id, "certainty", '
        '"asserted_by": [actor ids], "evidence": [{"source": "' + source_id + '", "quote", '
        '"language": "' + language + '"}], "note": optional}. Certainty:',
        "- confirmed: the fact is confirmed (\"X confirmed\"), or the article states it with "
        "no attribution (then asserted_by is []);",
        "- reported: attributed to someone (\"according to X\", \"X said\"), asserted by X;",
        "- alleged: hedged or an accusation (\"allegedly\", \"accused of\"), asserted by the "
        "accuser when named;",
        "- denied: someone denies the fact: a separate claim on the same event with certainty "
        "denied, asserted by the denier, next to the claim of whoever reports it.",
        "",
        "EVIDENCE: every quote is copied verbatim from the article: the exact characters of "
        "the sentence or clause that states the fact, in the article's language. Never "
        "paraphrase, translate, shorten with ellipses or merge sentences: a claim whose "
        "quote is not in the text is discarded.",
        "",
        'DATES: {"value": "YYYY", "YYYY-MM" or "YYYY-MM-DD", "end": last day of a range, '
        '"inferred": true or false, "note"}. Only a date the text gives for that fact; '
        "otherwise the date is unknown: {} (never the publication date by default). A day "
        "and month without a year take the publication date's year, with \"inferred\": "
        'true; a weekday, "yesterday" or "today" is the latest such day on or before the '
        'publication date, "inferred": true, with a note saying how.',
        "",
        f"THE ARTICLE: language {language}; published {published}; source id {source_id}.",
    ])


def response_format() -> dict[str, Any]:
    """Structured output: the extraction document's JSON Schema (not strict: servers that
    do not know it ignore it, and the answer is validated anyway)."""
    return {"type": "json_schema",
            "json_schema": {"name": "extraction", "schema": Document.model_json_schema(),
                            "strict": False}}


def _shown(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _status_detail(exc: Any) -> str:
    body = getattr(exc, "body", None)
    detail: Any = None
    if isinstance(body, dict):
        err = body.get("error", body)
        detail = err.get("message") if isinstance(err, dict) else err
    elif body is not None:
        detail = body
    if not detail:
        response = getattr(exc, "response", None)
        detail = getattr(response, "text", "") or ""
    if getattr(exc, "status_code", None) in (401, 403):
        return "the endpoint refused the key"  # its message may quote part of the key
    text = " ".join(str(detail).split())
    return text[:300] + ("..." if len(text) > 300 else "")


def ask(text: str, meta: ArticleMeta, language: str, settings: Settings) -> str:
    """Send the article; the answer's text. ServiceDisabled / InvalidInput on failure."""
    import openai

    base_url, model = settings.llm_base_url, settings.llm_model
    missing = [name for name, value in (("GEOKG_LLM_BASE_URL", base_url),
                                        ("GEOKG_LLM_MODEL", model)) if not value]
    if missing or base_url is None or model is None:
        raise ServiceDisabled(
            f"the LLM backend is not configured: set {' and '.join(missing)} (e.g. "
            "GEOKG_LLM_BASE_URL=http://127.0.0.1:11434/v1 GEOKG_LLM_MODEL=llama3.1 for a "
            "local Ollama)")
    where = _shown(base_url)
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
    client = openai.OpenAI(base_url=base_url, api_key=key or "none",
                           timeout=settings.llm_timeout_s, max_retries=0)
    messages: list[ChatCompletionMessageParam] = [
        {"role": "system", "content": system_prompt(language, meta, source_id_for(text, meta))},
        {"role": "user", "content": text}]
    try:
        completion = client.chat.completions.create(
            model=model, temperature=0, messages=messages,
            response_format=cast("ResponseFormatJSONSchema", response_format()))
    except openai.APITimeoutError:
        raise InvalidInput(f"the LLM endpoint {where} did not answer within "
                           f"{settings.llm_timeout_s:g} s (GEOKG_LLM_TIMEOUT_S)") from None
    except openai.APIConnectionError as exc:
        cause = f": {exc.__cause__}" if exc.__cause__ else ""
        raise InvalidInput(f"cannot reach the LLM endpoint {where}{cause} (is the server "
                           "running? check GEOKG_LLM_BASE_URL)") from None
    except openai.APIStatusError as exc:
        hint = {401: " (check GEOKG_LLM_API_KEY)", 403: " (check GEOKG_LLM_API_KEY)",
                404: f" (check GEOKG_LLM_MODEL '{model}' and that the URL ends with the "
                     "API's prefix, e.g. /v1)",
                400: " (the server may not support structured output: response_format "
                     "json_schema)"}.get(exc.status_code, "")
        detail = _status_detail(exc)
        raise InvalidInput(f"the LLM endpoint {where} answered HTTP {exc.status_code}"
                           + (f": {detail}" if detail else "") + hint) from None
    except openai.APIError as exc:  # a 200 whose body is not a chat completion
        raise InvalidInput(f"the LLM endpoint {where} gave an unusable answer: "
                           f"{exc.message}") from None
    finally:
        client.close()
    choices = getattr(completion, "choices", None)
    if not choices:
        raise InvalidInput(f"the LLM endpoint {where} answered without any choice")
    choice = choices[0]
    content = choice.message.content
    if not content or not content.strip():
        refusal = getattr(choice.message, "refusal", None)
        raise InvalidInput(f"the LLM ({model} at {where}) gave an empty answer"
                           + (f": {refusal}" if refusal else ""))
    if choice.finish_reason == "length":
        raise InvalidInput(f"the LLM's answer ({model} at {where}) was cut off at its length "
                           "limit: the article may be too long for the model's context")
    return content


# --- checking the answer ------------------------------------------------------------------


def _preview(text: str, n: int = 80) -> str:
    flat = " ".join(text.split())
    return repr(flat[:n] + ("..." if len(flat) > n else ""))


def parse_answer(content: str) -> tuple[Document, list[str]]:
    """The answer as a Document, and warnings of roles dropped to make it one.

    Raises InvalidInput when it is not JSON or not a valid document.
    """
    body = content.strip()
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group("body")
    try:
        raw = json.loads(body)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"the LLM's answer is not JSON ({exc.msg} at line {exc.lineno} "
                           f"column {exc.colno}): {_preview(content)}",
                           [{"location": "answer", "message": "not JSON"}]) from None
    if not isinstance(raw, dict):
        raise InvalidInput(f"the LLM's answer is JSON but not an object: {_preview(content)}",
                           [{"location": "answer", "message": "not a JSON object"}])
    warnings = _drop_wrong_roles(raw)
    try:
        doc = Document.model_validate(raw)
    except ValidationError as exc:
        problems = [{"location": ".".join(map(str, e["loc"])) or "answer", "message": e["msg"]}
                    for e in exc.errors()]
        shown = "; ".join(f"{p['location']}: {p['message']}" for p in problems[:SHOWN_PROBLEMS])
        more = len(problems) - SHOWN_PROBLEMS
        raise InvalidInput("the LLM's answer is not a valid extraction document: " + shown
                           + (f" (and {more} more)" if more > 0 else ""), problems) from None
    return doc, warnings


def _drop_wrong_roles(raw: dict[str, Any]) -> list[str]:
    """Drop (in place) participants whose role does not fit their event's type, and the
    events left without any; the rest is left to the model's validation."""
    events = raw.get("events")
    if not isinstance(events, list):
        return []
    warnings: list[str] = []
    kept_events: list[Any] = []
    for ev in events:
        if not isinstance(ev, dict) or not isinstance(ev.get("participants"), list):
            kept_events.append(ev)
            continue
        try:
            etype = EventType(str(ev.get("type")))
        except ValueError:
            kept_events.append(ev)
            continue
        allowed = EVENT_ROLES[etype]
        kept = []
        for p in ev["participants"]:
            if isinstance(p, dict) and isinstance(p.get("role"), str) \
                    and p["role"] not in allowed:
                warnings.append(f"LLM event '{ev.get('id')}' ({etype.value}): role "
                                f"'{p['role']}' of '{p.get('actor')}' dropped (allowed: "
                                f"{', '.join(allowed)})")
                continue
            kept.append(p)
        if ev["participants"] and not kept:
            warnings.append(f"LLM event '{ev.get('id')}' ({etype.value}) dropped: no "
                            "participant in a role that fits it")
            continue
        ev["participants"] = kept
        kept_events.append(ev)
    raw["events"] = kept_events
    return warnings


class QuoteFinder:
    """Finds quotes in one text: exactly, else ignoring white space and typographic quotes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.offsets = _loosen(text)

    def find(self, quote: str) -> tuple[int, int] | None:
        """``[start, end)`` of ``quote`` in the original text, or None."""
        q = quote.strip()
        if not q:
            return None
        at = self.text.find(q)
        if at >= 0:
            return at, at + len(q)
        loose, _ = _loosen(q)
        at = self.folded.find(loose)
        if at < 0:
            return None
        return self.offsets[at], self.offsets[at + len(loose) - 1] + 1


def _loosen(s: str) -> tuple[str, list[int]]:
    """``s`` with white space runs as one space and typographic quotes plain, and the
    original offset of each character."""
    out: list[str] = []
    offsets: list[int] = []
    space = False
    for i, ch in enumerate(s):
        if ch.isspace():
            if space:
                continue
            out.append(" ")
            space = True
        else:
            out.append(ch.translate(_TYPOGRAPHIC))
            space = False
        offsets.append(i)
    return "".join(out), offsets


@dataclass
class _Linker:
    """The answer's actor ids -> the lexicon's ids or new actors."""

    matcher: Matcher
    lexicon: Lexicon
    finder: QuoteFinder
    warnings: list[str]
    ids: dict[str, str] = field(default_factory=dict)
    new: dict[str, NewActor] = field(default_factory=dict)

    def whole(self, name: str) -> str | None:
        """The actor a name is, when one match covers all of it (a leading article aside)."""
        text = name.strip()
        mentions = self.matcher.find(text)
        if len(mentions) != 1 or mentions[0].agreement:
            return None
        m = mentions[0]
        before = fold_key(text[:m.start])
        if (before and before not in _ARTICLES) or fold_key(text[m.end:]):
            return None
        if m.alternatives:
            self.warnings.append(f"LLM actor '{name}': linked to {m.target}, could also be "
                                 + ", ".join(m.alternatives))
        return m.target

    def link(self, actor: Actor) -> str:
        for form in (actor.name, *(a.text for a in actor.aliases)):
            target = self.whole(form)
            if target is not None:
                self.ids[actor.id] = target
                return target
        aid = slug(actor.name)
        if aid not in self.lexicon.actors and aid not in self.new:
            self.new[aid] = NewActor(
                aid, actor.name.strip(), actor.kind.value,
                cue=f"the LLM's actor '{actor.name}'", evidence=self.finder.find(actor.name),
                aliases=self._surname(actor))
        self.ids[actor.id] = aid
        return aid

    def _surname(self, actor: Actor) -> list[str]:
        """The alias that is the last word of the name, when the text uses it alone (the
        draft writes a new actor's aliases as surnames the text uses)."""
        words = actor.name.split()
        if len(words) < 2 or words[-1] not in {a.text for a in actor.aliases}:
            return []
        text = self.finder.text
        alone = len(re.findall(rf"(?<!\w){re.escape(words[-1])}(?!\w)", text))
        in_name = len(re.findall(rf"(?<!\w){re.escape(actor.name.strip())}(?!\w)", text))
        return [words[-1]] if alone > in_name else []

    def get(self, answer_id: str, where: str | None = None) -> str | None:
        """The linked id of an actor the answer refers to; None (with a warning when
        ``where`` says where) if the answer never declared it and the lexicon has no such id."""
        if answer_id in self.ids:
            return self.ids[answer_id]
        if answer_id in self.lexicon.actors:
            return answer_id
        if where is not None:
            self.warnings.append(f"{where}: actor '{answer_id}' is not among the LLM's "
                                 "actors: dropped")
        return None


def _agreement_id(doc: Document, answer_id: str, lexicon: Lexicon) -> str | None:
    """The lexicon's agreement an answer's agreement id stands for, by name or alias."""
    if answer_id in lexicon.agreements:
        return answer_id
    declared: Agreement | None = next((g for g in doc.agreements if g.id == answer_id), None)
    names = [answer_id.replace("-", " ")] if declared is None else \
        [declared.name, *(a.text for a in declared.aliases)]
    keys = [k for k in (fold_key(n) for n in names) if k]
    best, best_score = None, 0.0
    for g in lexicon.agreements.values():
        for form in (g.name, *g.aliases):
            fk = fold_key(form)
            for k in keys:
                score = fuzz.ratio(k, fk)
                if score > best_score:
                    best, best_score = g.id, score
    return best if best_score >= AGREEMENT_MATCH else None


def to_extraction(doc: Document, text: str, language: str, lexicon: Lexicon,
                  warnings: list[str] | None = None) -> Extraction:
    """The checked answer as the backends' common :class:`Extraction` (see the module doc)."""
    warns = list(warnings or [])
    matcher = lexicon.matcher(language)
    finder = QuoteFinder(text)
    linker = _Linker(matcher, lexicon, finder, warns)
    for actor in doc.actors:
        linker.link(actor)
    for actor in doc.actors:  # a new actor's country, once every actor is linked
        new = linker.new.get(linker.ids[actor.id])
        if new is not None and actor.country and new.country is None:
            country = linker.ids.get(actor.country, actor.country)
            info = lexicon.actors.get(country)
            if info is not None and info.kind == "state":
                new.country = country
    _roles(doc, linker, finder)

    claims_of: dict[str, list[FoundClaim]] = {}
    event_ids = {e.id for e in doc.events}
    for claim in doc.claims:
        if claim.event is None:
            warns.append(f"LLM claim '{claim.id}' is about a relation, not an event: the LLM "
                         "backend drafts event claims only, dropped")
            continue
        if claim.event not in event_ids:
            warns.append(f"LLM claim '{claim.id}' is about event '{claim.event}', which is "
                         "not in the answer (or was dropped): dropped")
            continue
        span = None
        for evidence in claim.evidence:
            span = finder.find(evidence.quote)
            if span is not None:
                break
            warns.append(f"LLM claim '{claim.id}': quote {_preview(evidence.quote)} is not in the "
                         "text" + ("" if len(claim.evidence) > 1 else ": claim dropped"))
        if span is None:
            if len(claim.evidence) > 1:
                warns.append(f"LLM claim '{claim.id}' dropped: none of its quotes is in the "
                             "text")
            continue
        linked = {x: linker.get(x) for x in claim.asserted_by}
        asserters = [a for a in linked.values() if a is not None]
        unknown = [x for x, a in linked.items() if a is None]
        note = claim.note
        if unknown:  # never let an unknown asserter turn the claim into the article's own
            note = (f"review: asserted by {', '.join(unknown)} per the LLM, not among its "
                    "actors" + (f"; {note}" if note else ""))
        claims_of.setdefault(claim.event, []).append(FoundClaim(
            claim.certainty.value, list(dict.fromkeys(asserters)), span, note))

    events: list[FoundEvent] = []
    for ev in doc.events:
        where = f"LLM event '{ev.id}' ({ev.type.value})"
        if ev.type not in OFFERED_TYPES:
            warns.append(f"{where} dropped: that type is for machine-coded data")
            continue
        claims = claims_of.get(ev.id, [])
        if not claims:
            warns.append(f"{where} dropped: none of its claims quotes the text")
            continue
        participants: list[tuple[str, str]] = []
        for p in ev.participants:
            aid = linker.get(p.actor, where)
            if aid is not None and (aid, p.role) not in participants:
                participants.append((aid, p.role))
        if not participants:
            warns.append(f"{where} dropped: none of its participants is a known actor")
            continue
        agreement = None
        if ev.agreement:
            agreement = _agreement_id(doc, ev.agreement, lexicon)
            if agreement is None:
                warns.append(f"{where}: agreement '{ev.agreement}' matches none the graph "
                             "knows: dropped (add the agreement to the graph first)")
        date = None
        if ev.date.value is not None:
            note = ev.date.note or ("year inferred from the publication date by the LLM"
                                    if ev.date.inferred else "date given by the LLM")
            date = FoundDate(0, 0, ev.date.value, ev.date.end, ev.date.inferred, note)
        first = claims[0].sentence
        events.append(FoundEvent(ev.type, participants, first, first, date=date,
                                 agreement=agreement, claims=claims))
    return Extraction(mentions=matcher.find(text), new_actors=linker.new, events=events,
                      warnings=warns)


def _roles(doc: Document, linker: _Linker, finder: QuoteFinder) -> None:
    """Roles of new actors become their (one) role; those of known actors are ignored."""
    for role in doc.roles:
        actor = linker.ids.get(role.actor)
        new = linker.new.get(actor) if actor is not None else None
        if new is None:
            continue
        where = f"LLM role {role.type.value} of '{role.actor}'"
        of = linker.get(role.of, where)
        if of is None or of == actor:
            continue
        if new.role is not None:
            linker.warnings.append(f"{where}: '{actor}' already has a role "
                                   f"({new.role[0]} of {new.role[1]}), not drafted")
            continue
        span = next((s for s in (finder.find(e.quote) for e in role.evidence) if s), None)
        span = span or new.evidence
        if span is None:
            linker.warnings.append(f"{where}: no quote of it in the text, not drafted")
            continue
        new.role = (role.type.value, of)
        new.evidence = span


def run_llm(text: str, meta: ArticleMeta, language: str, lexicon: Lexicon,
            settings: Settings | None = None) -> Extraction:
    """Ask the configured endpoint for an extraction of ``text`` and check it.

    Raises
    ------
    ServiceDisabled
        GEOKG_LLM_BASE_URL or GEOKG_LLM_MODEL is not set.
    InvalidInput
        The endpoint cannot be reached, times out or answers an HTTP error; the answer is
        not JSON or not a valid extraction document.
    """
    content = ask(text, meta, language, settings or get_settings())
    doc, warnings = parse_answer(content)
    return to_extraction(doc, text, language, lexicon, warnings)
