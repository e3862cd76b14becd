"""The extraction document: how extracted actors, events and claims are written down.

A document (JSON or YAML) has six lists: ``sources``, ``actors``, ``roles``,
``agreements``, ``events`` and ``claims``. Ids are global and stable (``sergey-lavrov``);
every reference is checked. ``geokg schema`` prints the JSON Schema of this model.

Certainty and attribution live on claims: a claim is about one event or one actor–actor
relation, has a certainty (``confirmed > reported > alleged``, or the stance ``denied``),
who asserts it, and at least one piece of evidence (quote in the original language, an
English gloss, and the character span in the source text where known).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph.dates import Precision, parse_partial_date
from graph.schema import ActorKind, Certainty, RelationType, RoleType

ID_PATTERN = r"^[a-z0-9][a-z0-9._:-]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=200)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DateSpec(Strict):
    """A date as precise as the source allows.

    ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``end`` makes it a range;
    no value means unknown. ``inferred`` marks a year the text implies but does not say.
    Written in a document either as this object or as a plain string (``"2024-06-18"``).
    """

    value: str | None = None
    end: str | None = None
    inferred: bool = False
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"value": data}
        if isinstance(data, dt.date):
            return {"value": data.isoformat()}
        return data

    @field_validator("value", "end", mode="before")
    @classmethod
    def _dates_as_text(cls, v: Any) -> Any:
        return v.isoformat() if isinstance(v, dt.date) else v

    @model_validator(mode="after")
    def _check(self) -> DateSpec:
        if self.value is not None:
            start, _, _ = parse_partial_date(self.value)
            if self.end is not None:
                _, end, _ = parse_partial_date(self.end)
                if end < start:
                    raise ValueError(f"range ends ({self.end}) before it starts ({self.value})")
        elif self.end is not None:
            raise ValueError("a range needs a start value")
        return self

    @property
    def precision(self) -> Precision:
        if self.value is None:
            return Precision.UNKNOWN
        if self.end is not None:
            return Precision.RANGE
        return parse_partial_date(self.value)[2]

    @property
    def start(self) -> dt.date | None:
        return None if self.value is None else parse_partial_date(self.value)[0]

    @property
    def last(self) -> dt.date | None:
        if self.value is None:
            return None
        return parse_partial_date(self.end or self.value)[1]

    def text(self) -> str:
        if self.value is None:
            return "unknown"
        s = self.value if self.end is None else f"{self.value}/{self.end}"
        return s + (" (year inferred)" if self.inferred else "")


class Source(Strict):
    """Where facts come from: an article, a report, reference data."""

    id: Id
    title: str = Field(min_length=1)
    url: str | None = None
    language: str = Field(pattern=r"^[a-z]{2,3}$", description="ISO 639-1 code, e.g. 'it'")
    publisher: str | None = None
    published: DateSpec | None = None
    kind: Literal["article", "reference", "dataset", "report", "statement"] = "article"
    text: str | None = Field(default=None, description="Full text when available")
    text_file: str | None = Field(
        default=None, description="Path of the full text, relative to the document"
    )


class Alias(Strict):
    text: str = Field(min_length=1)
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    note: str | None = Field(default=None, description="e.g. 'metonym: the capital for the state'")


class Identifiers(Strict):
    iso3: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    cameo: str | None = Field(default=None, pattern=r"^[A-Z0-9]{3,15}$")
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")


class Actor(Strict):
    id: Id
    kind: ActorKind
    name: str = Field(min_length=1)
    aliases: list[Alias] = Field(default_factory=list)
    identifiers: Identifiers = Field(default_factory=Identifiers)
    country: Id | None = Field(default=None, description="State the actor belongs to")
    description: str | None = None


class EvidenceRef(Strict):
    source: Id
    quote: str = Field(min_length=1, description="Exact words in the original language")
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    gloss: str | None = Field(default=None, description="English gloss of the quote")
    span: tuple[int, int] | None = Field(
        default=None, description="[start, end) character offsets of the quote in the source"
    )

    @model_validator(mode="after")
    def _span_order(self) -> EvidenceRef:
        if self.span is not None and not 0 <= self.span[0] < self.span[1]:
            raise ValueError(f"span {list(self.span)} must satisfy 0 <= start < end")
        return self

    @property
    def id(self) -> str:
        return evidence_id(self.source, self.quote)


def evidence_id(source: str, quote: str) -> str:
    """The graph id of a piece of evidence: the same quote from the same source is one node."""
    digest = hashlib.sha1(f"{source}\x00{quote}".encode()).hexdigest()[:16]
    return f"evidence:{digest}"


class Role(Strict):
    """An actor's role toward another actor over a period."""

    type: RoleType
    actor: Id
    of: Id
    valid_from: DateSpec | None = None
    valid_to: DateSpec | None = None
    certainty: Certainty = Certainty.CONFIRMED
    asserted_by: list[Id] = Field(default_factory=list)
    evidence: list[EvidenceRef] = Field(default_factory=list)
    note: str | None = None

    @property
    def key(self) -> str:
        return f"role:{self.type}:{self.actor}:{self.of}"


class MilestoneType(StrEnum):
    NEGOTIATED = "negotiated"
    SIGNED = "signed"
    SUBMITTED_FOR_RATIFICATION = "submitted_for_ratification"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"
    TERMINATED = "terminated"


class Milestone(Strict):
    type: MilestoneType
    date: DateSpec = Field(default_factory=DateSpec)
    event: Id | None = Field(default=None, description="The event that marks it, if any")


class Agreement(Strict):
    id: Id
    name: str = Field(min_length=1)
    kind: Literal["treaty", "agreement", "memorandum", "partnership"] = "treaty"
    aliases: list[Alias] = Field(default_factory=list)
    parties: list[Id] = Field(min_length=1)
    provisions: list[str] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    evidence: list[EvidenceRef] = Field(default_factory=list)


class EventType(StrEnum):
    MEETING = "meeting"
    VISIT = "visit"
    SIGNING = "signing"
    SUBMISSION = "submission"
    STATEMENT = "statement"
    SUPPORT = "support"
    SUPPLY = "supply"
    DEPLOYMENT = "deployment"
    MILITARY_ASSISTANCE = "military_assistance"
    ACCUSATION = "accusation"
    APPEAL = "appeal"
    COOPERATION = "cooperation"
    RATIFICATION = "ratification"
    ENTRY_INTO_FORCE = "entry_into_force"
    CODED = "coded"  # machine-coded events (GDELT): roles actor1 -> actor2


class Projection(BaseModel):
    """How an event becomes actor–actor edges: from participants in one role to another.

    When ``source_role == target_role`` every pair of those participants is linked once.
    """

    type: RelationType
    source_role: str
    target_role: str


#: Declared data: the roles each event type takes and the edges it projects.
EVENT_ROLES: dict[EventType, tuple[str, ...]] = {
    EventType.MEETING: ("participant",),
    EventType.VISIT: ("visitor", "host"),
    EventType.SIGNING: ("party", "signatory"),
    EventType.SUBMISSION: ("submitter", "recipient"),
    EventType.STATEMENT: ("speaker", "subject", "addressee"),
    EventType.SUPPORT: ("supporter", "supported"),
    EventType.SUPPLY: ("supplier", "recipient"),
    EventType.DEPLOYMENT: ("sender", "host"),
    EventType.MILITARY_ASSISTANCE: ("provider", "recipient"),
    EventType.ACCUSATION: ("accuser", "accused"),
    EventType.APPEAL: ("appellant", "addressee"),
    EventType.COOPERATION: ("partner",),
    # an agreement's milestones as events of their own, so who ratified it and who says
    # so are kept (the Agreement's milestone dates alone lose both)
    EventType.RATIFICATION: ("ratifier", "party"),
    EventType.ENTRY_INTO_FORCE: ("party",),
    EventType.CODED: ("actor1", "actor2"),
}

PROJECTIONS: dict[EventType, tuple[Projection, ...]] = {
    EventType.MEETING: (Projection(type=RelationType.MET_WITH, source_role="participant",
                                   target_role="participant"),),
    EventType.VISIT: (Projection(type=RelationType.VISITED, source_role="visitor",
                                 target_role="host"),),
    EventType.SIGNING: (Projection(type=RelationType.SIGNED_AGREEMENT_WITH, source_role="party",
                                   target_role="party"),),
    EventType.SUBMISSION: (Projection(type=RelationType.SUBMITTED_TO, source_role="submitter",
                                      target_role="recipient"),),
    EventType.STATEMENT: (
        Projection(type=RelationType.MADE_STATEMENT_ABOUT, source_role="speaker",
                   target_role="subject"),
    ),
    EventType.SUPPORT: (Projection(type=RelationType.EXPRESSED_SUPPORT_FOR,
                                   source_role="supporter", target_role="supported"),),
    EventType.SUPPLY: (Projection(type=RelationType.SUPPLIED_ARMS_TO, source_role="supplier",
                                  target_role="recipient"),),
    EventType.DEPLOYMENT: (Projection(type=RelationType.DEPLOYED_TROOPS_TO, source_role="sender",
                                      target_role="host"),),
    EventType.MILITARY_ASSISTANCE: (
        Projection(type=RelationType.PROVIDED_MILITARY_PERSONNEL_TO, source_role="provider",
                   target_role="recipient"),
    ),
    EventType.ACCUSATION: (Projection(type=RelationType.ACCUSED, source_role="accuser",
                                      target_role="accused"),),
    EventType.APPEAL: (Projection(type=RelationType.APPEALED_TO, source_role="appellant",
                                  target_role="addressee"),),
    EventType.COOPERATION: (Projection(type=RelationType.COOPERATES_WITH, source_role="partner",
                                       target_role="partner"),),
    # milestones of an agreement: its parties are already linked by PARTY_TO
    EventType.RATIFICATION: (),
    EventType.ENTRY_INTO_FORCE: (),
    EventType.CODED: (),  # GDELT events are aggregated into INTERACTED_WITH by their loader
}


class Participant(Strict):
    actor: Id
    role: str = Field(min_length=1)


class Event(Strict):
    id: Id
    type: EventType
    cameo: str | None = Field(default=None, pattern=r"^[0-9]{2,4}$",
                              description="CAMEO event code as a string, leading zeros kept")
    date: DateSpec = Field(default_factory=DateSpec)
    participants: list[Participant] = Field(min_length=1)
    agreement: Id | None = None
    summary: str | None = Field(default=None, description="One English sentence")
    location: str | None = None
    attributes: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    same_as: Id | None = Field(
        default=None, description="Force coreference: this is that event already in the graph "
        "(its id, or the id another document gave it)")
    distinct_from: list[Id] = Field(
        default_factory=list, description="Force apart: never merge into these events")

    @model_validator(mode="after")
    def _roles_fit_type(self) -> Event:
        allowed = EVENT_ROLES[self.type]
        for i, p in enumerate(self.participants):
            if p.role not in allowed:
                raise ValueError(
                    f"participants[{i}]: role '{p.role}' does not fit a {self.type.value} "
                    f"event (allowed: {', '.join(allowed)})"
                )
        if self.same_as is not None and self.same_as == self.id:
            raise ValueError("same_as names the event itself")
        if self.same_as is not None and self.same_as in self.distinct_from:
            raise ValueError(f"'{self.same_as}' is both same_as and in distinct_from")
        return self


class RelationClaimTarget(Strict):
    type: RelationType
    source: Id
    target: Id
    valid_from: DateSpec | None = None
    valid_to: DateSpec | None = None


class Claim(Strict):
    """Someone asserts an event or relation, with a certainty and evidence."""

    id: Id
    event: Id | None = None
    relation: RelationClaimTarget | None = None
    certainty: Certainty
    asserted_by: list[Id] = Field(
        default_factory=list, description="Actors asserting it; empty means the source's author"
    )
    evidence: list[EvidenceRef] = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _one_subject(self) -> Claim:
        if (self.event is None) == (self.relation is None):
            raise ValueError("a claim is about exactly one of 'event' or 'relation'")
        return self


class Document(Strict):
    """One extraction: everything a loader needs, with every reference resolvable."""

    version: Literal[1] = 1
    sources: list[Source] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
