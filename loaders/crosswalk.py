"""One crosswalk from CAMEO actor codes (GDELT) and ISO 3166 codes to the graph's actors.

The data lives in ``data/crosswalk/*.csv`` (committed, reviewed like code):

- ``states.csv``: every UN member state plus observers, de-facto states and the main
  dependent territories: our actor id, name, ISO 3166-1 alpha-3, CAMEO country code (the
  same as ISO3 except ``ROM`` Romania and ``TMP`` Timor-Leste, which CAMEO kept from older
  ISO editions, and ``KSV`` Kosovo, which has no ISO code), FIPS 10-4 (GDELT's geography
  fields), Wikidata QID where certain, metonyms (capitals and seats of power that news
  use for the state) and aliases (other names, demonyms).
- ``groups.csv``: CAMEO known-group codes (``NAT`` NATO, ``EEC`` European Union...).
- ``regions.csv``: CAMEO international region codes (``EUR``, ``WST`` "the West"...).
- ``roles.csv``: CAMEO role ("type") codes (``GOV``, ``MIL``, ``COP``...).
- ``religions.csv``: CAMEO religion codes (``CHR``, ``MOS``...).
- ``cameo_events.csv``: CAMEO event codes and their labels.

``Crosswalk.resolve`` turns the ten actor fields of one side of a GDELT event into the
actor it denotes; the rules are listed there and in ``docs/gdelt.md``.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graph.errors import InvalidInput
from graph.schema import ActorKind
from graph.settings import PROJECT_ROOT
from graph.text import fold
from loaders.document import Actor, Identifiers

CROSSWALK_DIR = PROJECT_ROOT / "data" / "crosswalk"

_CAMEO_RE = re.compile(r"^[A-Z0-9]{3,15}$")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_ARTICLES = ("the ", "a ", "an ")


def slug(text: str) -> str:
    """A lowercase ASCII id fragment: ``"LOS ANGELES"`` -> ``los-angeles``.

    Text with no ASCII letters or digits (another script) gets a short stable hash.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = _SLUG_DROP.sub("-", ascii_text.lower()).strip("-")
    if not out:
        out = "x" + hashlib.sha1(text.encode()).hexdigest()[:10]
    return out[:80].strip("-")


def _name_key(text: str) -> str:
    """Folded name without a leading article: ``"THE US"`` -> ``us``."""
    key = fold(text)
    for art in _ARTICLES:
        if key.startswith(art):
            return key[len(art):]
    return key


def _title(text: str) -> str:
    """GDELT names are upper case: ``"LOS ANGELES"`` -> ``"Los Angeles"``."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


@dataclass(frozen=True)
class StateEntry:
    """One row of ``states.csv``: a state, or a territory when ``kind`` is location."""

    id: str
    name: str
    kind: ActorKind
    iso3: str | None
    cameo: str
    fips: str | None
    wikidata: str | None
    country: str | None
    metonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    name_keys: frozenset[str] = field(repr=False)

    def actor(self) -> Actor:
        return Actor(id=self.id, kind=self.kind, name=self.name, country=self.country,
                     identifiers=Identifiers(iso3=self.iso3, cameo=self.cameo,
                                             wikidata=self.wikidata))


@dataclass(frozen=True)
class GroupEntry:
    code: str
    id: str
    name: str
    kind: ActorKind
    wikidata: str | None

    def actor(self) -> Actor:
        return Actor(id=self.id, kind=self.kind, name=self.name,
                     identifiers=Identifiers(cameo=self.code, wikidata=self.wikidata))


@dataclass(frozen=True)
class RegionEntry:
    code: str
    id: str
    name: str
    kind: ActorKind
    country: str | None

    def actor(self) -> Actor:
        return Actor(id=self.id, kind=self.kind, name=self.name, country=self.country,
                     identifiers=Identifiers(cameo=self.code))


@dataclass(frozen=True)
class Qualifier:
    """A role, religion or ethnicity that qualifies an actor (``GOV``, ``CHR``, ``sco``)."""

    code: str
    slug: str
    label: str
    kind: ActorKind
    family: str  # "role", "religion" or "ethnic"


@dataclass(frozen=True)
class ActorFields:
    """The actor fields of one side of a GDELT event (Actor1* or Actor2*)."""

    code: str = ""
    name: str = ""
    country_code: str = ""
    known_group_code: str = ""
    ethnic_code: str = ""
    religion1_code: str = ""
    religion2_code: str = ""
    type1_code: str = ""
    type2_code: str = ""
    type3_code: str = ""
    geo_country_code: str = ""  # FIPS 10-4 of where the actor was placed

    @property
    def empty(self) -> bool:
        return not self.code.strip() and not self.name.strip()


@dataclass(frozen=True)
class ResolvedActor:
    """What one GDELT actor side becomes.

    ``actor`` is the participant. ``scope`` is the state (or territory) it belongs to,
    when it is a part of one (``russia`` for ``RUSGOV``); the converter links the two
    with a ``PART_OF`` role whose evidence is ``basis``. ``rule`` names the rule that
    applied (state, group, region, qualified, location, role, named, unmapped).
    """

    actor: Actor
    rule: str
    scope: Actor | None = None
    basis: str | None = None
    certain: bool = True


class Crosswalk:
    """The loaded crosswalk tables, with lookups and the GDELT actor resolution rules."""

    def __init__(self, directory: Path = CROSSWALK_DIR) -> None:
        self.directory = directory
        self.states: list[StateEntry] = [self._state(r, ln) for ln, r in self._rows("states.csv")]
        self.by_code: dict[str, StateEntry] = {}
        self.by_fips: dict[str, StateEntry] = {}
        self.by_id: dict[str, StateEntry] = {}
        for s in self.states:
            for code in {s.cameo, s.iso3} - {None}:
                assert code is not None
                self._unique(self.by_code, code, s, "states.csv code")
            if s.fips:
                self._unique(self.by_fips, s.fips, s, "states.csv fips")
            self._unique(self.by_id, s.id, s, "states.csv id")
        for s in self.states:
            if s.country and s.country not in self.by_id:
                raise InvalidInput(f"{directory / 'states.csv'}: {s.id}: unknown country "
                                   f"'{s.country}'")
        self.groups: dict[str, GroupEntry] = {}
        for _, r in self._rows("groups.csv"):
            self._unique(self.groups, r["code"], GroupEntry(
                r["code"], r["id"], r["name"], ActorKind(r["kind"]), r["wikidata"] or None),
                "groups.csv code")
        self.regions: dict[str, RegionEntry] = {}
        for _, r in self._rows("regions.csv"):
            self._unique(self.regions, r["code"], RegionEntry(
                r["code"], r["id"], r["name"], ActorKind(r["kind"]), r["country"] or None),
                "regions.csv code")
        self.qualifiers: dict[str, Qualifier] = {}
        for _, r in self._rows("roles.csv"):
            self._unique(self.qualifiers, r["code"], Qualifier(
                r["code"], r["slug"], r["label"], ActorKind(r["kind"]), "role"),
                "roles.csv code")
        for _, r in self._rows("religions.csv"):
            self._unique(self.qualifiers, r["code"], Qualifier(
                r["code"], r["slug"], r["label"], ActorKind.GROUP, "religion"),
                "religions.csv code")
        self.event_labels: dict[str, str] = {r["code"]: r["label"]
                                             for _, r in self._rows("cameo_events.csv")}

    # --- loading ------------------------------------------------------------------------

    def _rows(self, name: str) -> Iterator[tuple[int, dict[str, str]]]:
        path = self.directory / name
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                for line, row in enumerate(csv.DictReader(fh), start=2):
                    if None in row or any(v is None for v in row.values()):
                        raise InvalidInput(f"{path}:{line}: wrong number of columns")
                    yield line, {k: v.strip() for k, v in row.items()}
        except OSError as exc:
            raise InvalidInput(f"cannot read crosswalk table {path}: {exc}") from None

    def _state(self, r: dict[str, str], line: int) -> StateEntry:
        try:
            kind = ActorKind(r["kind"])
        except ValueError:
            raise InvalidInput(f"{self.directory / 'states.csv'}:{line}: "
                               f"unknown kind '{r['kind']}'") from None
        metonyms = tuple(x for x in r["metonyms"].split("|") if x)
        aliases = tuple(x for x in r["aliases"].split("|") if x)
        keys = {_name_key(x) for x in (r["name"], *metonyms, *aliases)}
        keys |= {k.lower() for k in (r["iso3"], r["cameo"]) if k}
        return StateEntry(r["id"], r["name"], kind, r["iso3"] or None, r["cameo"],
                          r["fips"] or None, r["wikidata"] or None, r["country"] or None,
                          metonyms, aliases, frozenset(keys))

    def _unique(self, table: dict, key: str, value: object, what: str) -> None:  # type: ignore[type-arg]
        if key in table and table[key] is not value:
            raise InvalidInput(f"crosswalk: duplicate {what} '{key}'")
        table[key] = value

    # --- lookups ------------------------------------------------------------------------

    def state(self, code: str) -> StateEntry | None:
        """The state or territory with this CAMEO or ISO3 code (``ROM`` and ``ROU`` alike)."""
        return self.by_code.get(code.upper()) if code else None

    def state_by_fips(self, fips: str) -> StateEntry | None:
        return self.by_fips.get(fips.upper()) if fips else None

    def canonical_id(self, actor: Actor) -> str | None:
        """The crosswalk's id for a document actor it knows, whoever names it first.

        By identifier (ISO3 or CAMEO code of a state or a known group, Wikidata QID); by
        name only for a ``state`` named with the state's name or one of its aliases (not
        a metonym: "the Kremlin" may be a government body), and for an alliance or
        organisation named exactly as a known group ("NATO").
        """
        ids = actor.identifiers
        for code in (ids.iso3, ids.cameo):
            if code and (state := self.state(code)) is not None:
                return state.id
            if code and code in self.groups:
                return self.groups[code].id
        if ids.wikidata:
            found = self._by_wikidata().get(ids.wikidata)
            if found:
                return found
        key = _name_key(actor.name)
        if actor.kind is ActorKind.STATE:
            return self._by_state_name().get(key)
        if actor.kind in (ActorKind.ALLIANCE, ActorKind.ORGANIZATION):
            return self._by_group_name().get(key)
        return None

    def _by_wikidata(self) -> dict[str, str]:
        if not hasattr(self, "_wikidata"):
            table = {s.wikidata: s.id for s in self.states if s.wikidata}
            table.update({g.wikidata: g.id for g in self.groups.values() if g.wikidata})
            self._wikidata = table
        return self._wikidata

    def _by_state_name(self) -> dict[str, str]:
        if not hasattr(self, "_state_names"):
            table: dict[str, str] = {}
            for s in self.states:
                for name in (s.name, *s.aliases):
                    table.setdefault(_name_key(name), s.id)
            self._state_names = table
        return self._state_names

    def _by_group_name(self) -> dict[str, str]:
        if not hasattr(self, "_group_names"):
            self._group_names = {_name_key(g.name): g.id for g in self.groups.values()}
        return self._group_names

    def event_label(self, code: str) -> str | None:
        """``"042"`` -> ``"Make a visit"``; None for a code not in CAMEO."""
        return self.event_labels.get(code)

    def qualifier(self, chunk: str) -> Qualifier | None:
        """A role or religion code, or (lower case) a CAMEO ethnic code."""
        if chunk in self.qualifiers:
            return self.qualifiers[chunk]
        if len(chunk) == 3 and chunk.isalpha() and chunk.islower():
            return Qualifier(chunk, f"ethnic-{chunk}", f"Ethnic group '{chunk}'",
                             ActorKind.GROUP, "ethnic")
        return None

    # --- resolution ---------------------------------------------------------------------

    def resolve(self, side: ActorFields) -> ResolvedActor | None:
        """The actor one GDELT side denotes, or None when the side is empty.

        Rules, first match wins:

        1. A known group code (``NAT``) -> that group (``nato``), whatever else the code says.
        2. The code is read in three-letter chunks. When the first is a state's CAMEO or
           ISO3 code: with no role/religion/ethnic chunk after it, the state itself
           (``RUS`` -> ``russia``) if the GDELT name is empty or one of the state's names,
           metonyms or aliases; any other name is a place in that state (``USA`` +
           ``LOS ANGELES`` -> ``united-states-los-angeles``, a location). With qualifiers,
           an actor qualified by the state and its roles (``RUSGOV`` ->
           ``russia-government``, ``USAMIL`` -> ``united-states-military``).
        3. A CAMEO region code first: the region, or the region qualified by roles.
        4. A role, religion or ethnic code first (no country): an actor for the role alone
           (``COP`` -> ``role-police``, ``MOS`` -> ``religion-muslim``, ``idg`` ->
           ``ethnic-idg``).
        5. No code but a name: a place qualified by the state of the actor's geography
           (FIPS), else an actor for the name alone.
        6. Anything else: ``cameo-<code>`` (counted as unmapped in the load summary).
        """
        return _resolve_cached(self, side)

    def _resolve(self, side: ActorFields) -> ResolvedActor | None:
        code, name = side.code.strip(), side.name.strip()
        if not code and not name:
            return None
        group_code = side.known_group_code.strip().upper()
        if group_code:
            return self._group(group_code, code)
        if not code:
            return self._named(name, self.state_by_fips(side.geo_country_code.strip()))
        chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
        head = chunks[0]
        state = self.state(head) if head.isupper() else None
        region = self.regions.get(head)
        rest = chunks[1:] if (state or region) else chunks
        quals: list[Qualifier] = []
        for chunk in rest:
            q = self.qualifier(chunk)
            if q is not None and q not in quals:  # GOVGOV: one government
                quals.append(q)
        if state is not None:
            if not quals:
                if not name or _name_key(name) in state.name_keys:
                    return ResolvedActor(state.actor(), "state")
                return self._place(name, state, basis=f"GDELT actor code {code} with name "
                                   f"'{name}'")
            return self._qualified(state.id, state.name, state.actor(), quals, state.cameo)
        if region is not None:
            if not quals:
                return ResolvedActor(region.actor(), "region")
            scope = self.by_id.get(region.country) if region.country else None
            return self._qualified(region.id, region.name, scope.actor() if scope else None,
                                   quals, region.code)
        if quals:
            return self._unscoped(quals)
        return self._unmapped(code)

    def _group(self, group_code: str, code: str) -> ResolvedActor:
        entry = self.groups.get(group_code)
        if entry is not None:
            return ResolvedActor(entry.actor(), "group")
        kind = ActorKind.ORGANIZATION if code.startswith(("IGO", "NGO")) else ActorKind.GROUP
        cameo = group_code if _CAMEO_RE.match(group_code) else None
        return ResolvedActor(Actor(id=f"group-{slug(group_code)}", kind=kind,
                                   name=f"CAMEO known group {group_code}",
                                   identifiers=Identifiers(cameo=cameo)), "unmapped")

    def _place(self, name: str, state: StateEntry, *, basis: str) -> ResolvedActor:
        # A place keeps the state's name in its own: the writer resolves actors by name,
        # and "Georgia" alone would land on the state of Georgia.
        actor = Actor(id=f"{state.id}-{slug(name)}", kind=ActorKind.LOCATION,
                      name=f"{_title(name)} ({state.name})", country=state.id,
                      description=f"A place in {state.name}, as GDELT names an actor.")
        return ResolvedActor(actor, "location", scope=state.actor(), basis=basis,
                             certain=False)

    def _named(self, name: str, state: StateEntry | None) -> ResolvedActor:
        if state is not None:
            return self._place(name, state, basis=f"GDELT actor name '{name}' (no code), "
                               f"placed in {state.name}")
        actor = Actor(id=f"gdelt-name-{slug(name)}", kind=ActorKind.GROUP,
                      name=f"{_title(name)} (GDELT, uncoded)")
        return ResolvedActor(actor, "named")

    def _qualified(self, scope_id: str, scope_name: str, scope: Actor | None,
                   quals: list[Qualifier], scope_code: str) -> ResolvedActor:
        actor = Actor(
            id=f"{scope_id}-{'-'.join(q.slug for q in quals)}",
            kind=quals[0].kind,
            name=f"{scope_name}: {' / '.join(q.label for q in quals)}",
            country=scope.id if scope is not None and scope.kind == ActorKind.STATE
            else (scope.country if scope is not None else None),
        )
        canonical = scope_code + "".join(q.code for q in quals)
        return ResolvedActor(actor, "qualified", scope=scope,
                             basis=f"CAMEO actor code {canonical}: {scope_name} + "
                             + " + ".join(f"{q.code} ({q.label.lower()})" for q in quals))

    def _unscoped(self, quals: list[Qualifier]) -> ResolvedActor:
        labels = " / ".join(q.label for q in quals)
        joined = "-".join(q.slug for q in quals)
        family = quals[0].family
        if family == "role":
            actor_id, name = f"role-{joined}", f"{labels} (unspecified country)"
        elif family == "religion":
            actor_id, name = f"religion-{joined}", f"{labels} (religious group)"
        else:
            actor_id, name = joined, labels
        return ResolvedActor(Actor(id=actor_id, kind=quals[0].kind, name=name), "role")

    def _unmapped(self, code: str) -> ResolvedActor:
        cameo = code if _CAMEO_RE.match(code) else None
        return ResolvedActor(Actor(id=f"cameo-{slug(code)}", kind=ActorKind.GROUP,
                                   name=f"CAMEO actor {code}",
                                   identifiers=Identifiers(cameo=cameo)), "unmapped")


# Resolution is pure and GDELT repeats the same few thousand actor fields: caching keeps
# a large load from re-validating the same pydantic Actors (bounded, so memory stays flat).
@lru_cache(maxsize=8192)
def _resolve_cached(cw: Crosswalk, side: ActorFields) -> ResolvedActor | None:
    return cw._resolve(side)


@lru_cache(maxsize=4)
def get_crosswalk(directory: Path = CROSSWALK_DIR) -> Crosswalk:
    """The crosswalk read once from ``directory`` (default ``data/crosswalk``).

    Raises InvalidInput naming the file and line of a malformed table.
    """
    return Crosswalk(directory)
