"""Bulk load: extraction documents -> CSV files -> ``neo4j-admin database import full``.

For the first load of a large corpus into an **empty** database. The graph is the one the
shared writer (``loaders/writer.py``) builds: the same labels, relationship types, keys
and properties, because the rows come from the writer's own ``plan_document``. What the
writer does in Cypher is done here in Python:

- actors are resolved onto actors of earlier documents of the same load by the writer's
  rules (the crosswalk's id, the id, ISO-3, Wikidata, a CAMEO code or an alias naming
  exactly one actor); there is no graph to resolve against, since the database is empty.
  Actors that a later document's names bridge are not merged here (the writer merges
  them by its rule; after a bulk load, ``geokg actors review`` lists them);
- a node or edge that appears in several documents is written once; its first
  occurrence's properties win (the writer's ``SET +=`` lets the last win), except actors,
  which merge exactly as ``MERGE_ACTORS`` does (names and aliases add up, identifiers
  keep their first value);
- events and agreements go through the writer's coreference (``loaders/coreference.py``)
  against those of earlier documents of the same load, kept in memory (``_Events``); each
  document's account of an event is written as the writer writes it, and the event's own
  values are reconciled from all its accounts at the end;
- a document may name an actor of an earlier document of the load without declaring it
  (the generated benchmark graph's event chunks do): the reference follows where that
  actor went (the crosswalk turns a state's ``deu`` into ``germany``), as the reference
  to a declared actor does;
- relationships whose actor ends are missing (an actor no document so far declared) are
  skipped here, as the writer's ``MATCH`` skips them, and counted (``skipped``): left to
  neo4j-admin, more than its tolerance of bad relationships failed the whole import;
- empty lists (``asserted_by: []``) are left out: a CSV cell cannot hold an empty array,
  and every reader of the graph already treats a missing list as empty.

GDELT export files take the same road (``loaders/gdelt/bulk.py``): the incremental
loader's converter, its rows as polars frames, CSV files written by polars beside these,
one import for both.

The import runs while the server is stopped (``neo4j-admin`` needs the store files to
itself); the server is then started and the schema's constraints and indexes are built.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, LiteralString

from pydantic import SecretStr

from graph.db import Database
from graph.errors import GeokgError, InvalidInput
from graph.launcher import ADMIN_TOOL, LocalNeo4j
from graph.schema import apply_schema_after_import
from graph.settings import Settings
from loaders.coreference import (
    DEFAULT_WINDOW_DAYS,
    AgreementFacts,
    Decision,
    EventFacts,
    decide_agreement,
    decide_document_events,
    reconcile,
)
from loaders.crosswalk import get_crosswalk
from loaders.document import Document, EventType
from loaders.writer import (
    Plan,
    Row,
    actor_keys,
    agreement_facts,
    event_facts,
    plan_document,
    reference_problems,
)

#: Between the elements of list properties: a control character no quote or name holds.
ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_ARG = "U+001F"
#: How long a bulk load waits for the schema's indexes over the imported store (seconds).
SCHEMA_AWAIT_S = 1800
#: The nodes and relationships an import wrote, in one query (from the counts store).
COUNT_GRAPH: LiteralString = """
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
"""


#: Column types of the common scalar types, looked up before the general rules below.
_SCALAR_TYPES: dict[type, str] = {str: "string", int: "long", float: "double",
                                  bool: "boolean"}


def _neo_type(value: Any) -> str | None:
    """The neo4j-admin column type of a Python value (None: leave the cell empty)."""
    scalar = _SCALAR_TYPES.get(type(value))
    if scalar is not None:
        return scalar
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, list | tuple):
        items = [v for v in value if v is not None]
        inner = _neo_type(items[0]) if items else "string"
        return f"{inner}[]"
    return "string"


def _cell(value: Any) -> Any:
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ARRAY_DELIMITER.join(str(_cell(v)) for v in value if v is not None)
    return value


@dataclass
class _Group:
    """One CSV file: rows that share a header (the same set of non-null properties)."""

    path: Path
    handle: IO[str]
    writer: Any
    rows: int = 0


@dataclass
class CsvSet:
    """The CSV files of one import and how many rows each holds."""

    directory: Path
    nodes: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))
    relationships: dict[str, list[Path]] = field(default_factory=lambda: defaultdict(list))
    node_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    relationship_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    multiline: bool = False

    def extend(self, other: CsvSet) -> None:
        """Add another set's files and counts (its files stay where they are)."""
        for label, paths in other.nodes.items():
            self.nodes[label].extend(paths)
        for rel_type, paths in other.relationships.items():
            self.relationships[rel_type].extend(paths)
        for label, n in other.node_counts.items():
            self.node_counts[label] += n
        for rel_type, n in other.relationship_counts.items():
            self.relationship_counts[rel_type] += n
        self.multiline = self.multiline or other.multiline

    def admin_args(self) -> list[str]:
        args = [f"--nodes={label}={p}" for label, ps in sorted(self.nodes.items()) for p in ps]
        args += [f"--relationships={t}={p}" for t, ps in sorted(self.relationships.items())
                 for p in ps]
        return args


class CsvWriter:
    """Writes nodes and relationships to CSV files in neo4j-admin's header format.

    Node ids live in one id space per label (``id:ID(Actor)``); a row's header lists only
    its non-null properties, so rows are spread over one file per distinct header.
    """

    def __init__(self, directory: Path) -> None:
        self.out = CsvSet(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self._groups: dict[tuple[str, str, tuple[tuple[str, str], ...]], _Group] = {}

    def _group(self, kind: str, name: str, header: list[str],
               signature: tuple[tuple[str, str], ...]) -> _Group:
        key = (kind, name, signature)
        g = self._groups.get(key)
        if g is None:
            path = self.out.directory / f"{kind}-{name}-{len(self._groups):03d}.csv"
            handle = path.open("w", newline="", encoding="utf-8")
            writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            writer.writerow(header)
            g = self._groups[key] = _Group(path, handle, writer)
            (self.out.nodes if kind == "nodes" else self.out.relationships)[name].append(path)
        return g

    @staticmethod
    def _props(props: Row) -> tuple[tuple[tuple[str, str], ...], list[Any]]:
        items = [(k, v) for k, v in props.items() if v is not None and v != []]
        items.sort()
        signature = tuple((k, t) for k, v in items if (t := _neo_type(v)) is not None)
        return signature, [_cell(v) for _, v in items]

    def _check_text(self, values: list[Any]) -> None:
        if not self.out.multiline:
            self.out.multiline = any(isinstance(v, str) and ("\n" in v or "\r" in v)
                                     for v in values)

    def node(self, label: str, node_id: str, props: Row, id_prop: str = "id") -> None:
        """A node whose key property ``id_prop`` (stored as a property too) is ``node_id``."""
        signature, values = self._props(props)
        header = [f"{id_prop}:ID({label})", ":LABEL"] + [f"{k}:{t}" for k, t in signature]
        self._check_text(values)
        g = self._group("nodes", label, header, signature)
        g.writer.writerow([node_id, label, *values])
        g.rows += 1
        self.out.node_counts[label] += 1

    def rel(self, rel_type: str, start: tuple[str, str], end: tuple[str, str],
            props: Row | None = None) -> None:
        """A relationship from ``start`` = (label, id) to ``end`` = (label, id)."""
        signature, values = self._props(props or {})
        header = [f":START_ID({start[0]})", f":END_ID({end[0]})", ":TYPE"] + [
            f"{k}:{t}" for k, t in signature]
        self._check_text(values)
        g = self._group("relationships", f"{rel_type}-{start[0]}-{end[0]}", header, signature)
        g.writer.writerow([start[1], end[1], rel_type, *values])
        g.rows += 1
        self.out.relationship_counts[rel_type] += 1

    def close(self) -> CsvSet:
        for g in self._groups.values():
            g.handle.close()
        # the file-name key kept start/end labels apart; neo4j-admin wants the type only
        rels: dict[str, list[Path]] = defaultdict(list)
        for name, paths in self.out.relationships.items():
            rels[name.split("-", 1)[0]].extend(paths)
        self.out.relationships = rels
        return self.out


class _Resolver:
    """The writer's actor resolution, against the actors of earlier documents of this load."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.iso3: dict[str, str] = {}
        self.wikidata: dict[str, str] = {}
        self.cameo: dict[str, set[str]] = defaultdict(set)
        self.alias: dict[str, set[str]] = defaultdict(set)

    def resolve(self, row: Row) -> str:
        def only(ids: set[str]) -> str | None:
            return next(iter(ids)) if len(ids) == 1 else None

        return (
            (row["id"] if row["id"] in self.ids else None)
            or (self.iso3.get(row["iso3"]) if row["iso3"] else None)
            or (self.wikidata.get(row["wikidata"]) if row["wikidata"] else None)
            or (only(self.cameo[row["cameo"]]) if row["cameo"] else None)
            or only(set().union(*(self.alias.get(k, set()) for k in row["keys"])))
            or row["id"]
        )

    def remember(self, actor: Row) -> None:
        self.ids.add(actor["id"])
        if actor.get("iso3"):
            self.iso3.setdefault(actor["iso3"], actor["id"])
        if actor.get("wikidata"):
            self.wikidata.setdefault(actor["wikidata"], actor["id"])
        if actor.get("cameo"):
            self.cameo[actor["cameo"]].add(actor["id"])

    def remember_alias(self, key: str, actor_id: str) -> None:
        self.alias[key].add(actor_id)


class _Events:
    """The writer's event and agreement coreference, against earlier documents of the load."""

    def __init__(self, window_days: int, coreference: bool = True) -> None:
        self.window = window_days
        self.coreference = coreference
        self.known: dict[str, tuple[str, str]] = {}  # own or account id -> (event, type)
        self.roles: dict[str, dict[str, set[str]]] = {}
        self.agreement: dict[str, set[str]] = defaultdict(set)
        self.published: dict[str, set[dt.date]] = defaultdict(set)
        self.by_actor: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.nodes: dict[str, Row] = {}  # event id -> its base properties
        self.accounts: dict[str, list[Row]] = defaultdict(list)
        self.agreements: dict[frozenset[str], list[AgreementFacts]] = defaultdict(list)
        self.agreement_ids: set[str] = set()
        self.source_dates: dict[str, dt.date] = {}
        self.sources: set[str] = set()
        self.told_in: dict[str, list[str]] = {}
        self.cache: dict[str, EventFacts] = {}  # dropped for every event a document touches

    def _facts(self, event_id: str) -> EventFacts:
        cached = self.cache.get(event_id)
        if cached is None:
            cached = self.cache[event_id] = self._compute(event_id)
        return cached

    def _compute(self, event_id: str) -> EventFacts:
        node = self.nodes[event_id]
        accounts = self.accounts[event_id]
        props = reconcile(accounts)[0] if accounts else node
        agreements = self.agreement[event_id]
        return EventFacts(
            id=event_id, type=node["type"],
            roles={k: frozenset(v) for k, v in self.roles[event_id].items()},
            agreement=next(iter(agreements)) if len(agreements) == 1 else None,
            start=props.get("date"), last=props.get("date_end"),
            published=tuple(sorted(self.published[event_id])))

    def decide(self, doc: Document, mapping: dict[str, str]
               ) -> tuple[list[Decision], list[Decision]]:
        agreements = []
        for f in agreement_facts(doc, mapping) if self.coreference else ():
            if f.id in self.agreement_ids:
                agreements.append(Decision(f.id, f.id, "matched", "same id"))
            else:
                agreements.append(decide_agreement(f, self.agreements[f.parties]))
        amap = {d.id: d.target for d in agreements}
        merged = [e for e in doc.events if e.type is not EventType.CODED]
        problems = reference_problems(doc, {k: t for k, (_, t) in self.known.items()})
        if problems:
            raise InvalidInput("a document's events do not fit the earlier documents",
                               problems)
        facts = {f.id: f for f in event_facts(doc, mapping, amap)}
        candidates: dict[str, list[EventFacts]] = {}
        for e in merged:
            if e.id in self.known or e.same_as is not None or not self.coreference:
                continue
            ids = set().union(*(self.by_actor[(e.type.value, a)] for a in facts[e.id].roles))
            candidates[e.id] = [self._facts(x) for x in sorted(ids)]
        events = decide_document_events(merged, facts, self.known, candidates, self.window,
                                        coreference=self.coreference)
        return agreements, events

    def remember(self, doc: Document, p: Plan, mapping: dict[str, str]) -> None:
        for s in p.sources:
            self.sources.add(s["id"])
            if s["props"]["published"] is not None:
                self.source_dates.setdefault(s["id"], s["props"]["published"])
        facts = {f.id: f for f in agreement_facts(doc, mapping)}
        for g in p.agreements:
            if g["id"] not in self.agreement_ids:
                self.agreement_ids.add(g["id"])
                if g["id"] in facts:
                    self.agreements[facts[g["id"]].parties].append(facts[g["id"]])
        for e in p.events:
            node = self.nodes.get(e["id"])
            if node is None:
                self.nodes[e["id"]] = dict(e["props"])
                self.roles[e["id"]] = defaultdict(set)
                self.known[e["id"]] = (e["id"], e["props"]["type"])
            elif node.get("cameo") is None:
                node["cameo"] = e["props"].get("cameo")
        for e in p.events:
            self.cache.pop(e["id"], None)
        for part in p.participants:
            self.roles[part["event"]][part["actor"]].add(part["role"])
            self.by_actor[(self.nodes[part["event"]]["type"], part["actor"])].add(part["event"])
        for c in p.concerns:
            self.agreement[c["event"]].add(c["agreement"])
        for a in p.accounts:
            rows = self.accounts[a["event"]]
            if all(x["key"] != a["key"] for x in rows):
                rows.append({"key": a["key"], **a["props"]})
                self.told_in[a["key"]] = [x for x in dict.fromkeys(a["source_ids"])
                                          if x in self.sources]
            self.known.setdefault(a["props"]["event_ref"],
                                  (a["event"], self.nodes[a["event"]]["type"]))
            self.published[a["event"]].update(
                self.source_dates[x] for x in a["source_ids"] if x in self.source_dates)


@dataclass
class CsvSummary:
    csv: CsvSet
    documents: int
    seconds: float
    resolved: dict[str, str]
    #: relationship type -> how many were left out because an actor end was missing
    skipped: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "seconds": round(self.seconds, 3),
                "directory": str(self.csv.directory),
                "nodes": dict(self.csv.node_counts),
                "relationships": dict(self.csv.relationship_counts),
                "resolved": self.resolved, "skipped": self.skipped}


def _merge_actor(old: Row, new: Row) -> None:
    """``MERGE_ACTORS`` in Python: first identifiers win, names and alias keys add up."""
    for k in ("iso3", "cameo", "wikidata", "country", "description"):
        if old.get(k) is None:
            old[k] = new.get(k)
    for k in ("aliases", "alias_keys"):
        for x in new[k]:
            if x not in old[k]:
                old[k].append(x)


def write_csv(docs: Iterable[Document], directory: Path, *,
              window_days: int = DEFAULT_WINDOW_DAYS, coreference: bool = True,
              on_resolved: Callable[[int, dict[str, str]], None] | None = None
              ) -> CsvSummary:
    """Write the CSV files of ``docs`` into ``directory`` (emptied first).

    ``on_resolved(i, mapping)``, when given, is called for each document (``i`` from 0)
    with where its actors went (document id -> graph id, for those resolved onto another).
    ``coreference=False`` writes every event and agreement as its own, as the writer's
    ``write_document(coreference=False)`` does (the comparison with earlier events grows
    with their number: benchmarks of a million relations turn it off and say so).
    """
    t0 = time.perf_counter()
    if directory.exists():
        shutil.rmtree(directory)
    w = CsvWriter(directory)
    res = _Resolver()
    events = _Events(window_days, coreference)
    cw = get_crosswalk()
    actors: dict[str, Row] = {}
    resolved: dict[str, str] = {}
    seen: dict[str, set[Any]] = defaultdict(set)
    n_docs = 0

    def first(space: str, key: Any) -> bool:
        bucket = seen[space]
        if key in bucket:
            return False
        bucket.add(key)
        return True

    skipped: dict[str, int] = defaultdict(int)
    carry: dict[str, str] = {}  # a document's actor id -> the other graph id it went to

    def reach(rel_type: str, *actor_ids: str) -> bool:
        """Whether every actor end exists so far (the writer's MATCH finds no other);
        if not, the relationship is counted as skipped."""
        if all(a in actors for a in actor_ids):
            return True
        skipped[rel_type] += 1
        return False

    for index, doc in enumerate(docs):
        n_docs += 1
        declared: dict[str, str] = {}
        for a in doc.actors:
            graph_id = res.resolve({"id": cw.canonical_id(a) or a.id,
                                    "iso3": a.identifiers.iso3,
                                    "wikidata": a.identifiers.wikidata,
                                    "cameo": a.identifiers.cameo, "keys": actor_keys(a)})
            declared[a.id] = graph_id
        if on_resolved is not None:
            on_resolved(index, {k: v for k, v in declared.items() if k != v})
        # an undeclared id naming an earlier document's actor goes where that actor went
        # (``carry``: unless it is itself a graph actor's id); declared actors come first
        mapping = {**carry, **declared}
        for k, v in declared.items():
            if k != v:
                resolved[k] = v
                if k not in actors:
                    carry[k] = v
        agreement_decisions, event_decisions = events.decide(doc, mapping)
        p = plan_document(doc, mapping, {d.id: d.target for d in event_decisions},
                          {d.id: d.target for d in agreement_decisions})
        events.remember(doc, p, mapping)
        for s in p.sources:
            if first("Source", s["id"]):
                w.node("Source", s["id"], s["props"])
        for ar in p.actors:
            row = {"name": ar["name"], "kind": ar["kind"], "name_key": ar["name_key"],
                   "iso3": ar["iso3"], "cameo": ar["cameo"], "wikidata": ar["wikidata"],
                   "country": ar["country"], "description": ar["description"],
                   "aliases": list(dict.fromkeys(ar["aliases"])),
                   "alias_keys": list(dict.fromkeys(ar["keys"]))}
            if ar["id"] in actors:
                _merge_actor(actors[ar["id"]], row)
            else:
                actors[ar["id"]] = row
                carry.pop(ar["id"], None)
            res.remember({"id": ar["id"], **row})
        for al in p.aliases:
            res.remember_alias(al["key"], al["actor"])
            if first("Alias", al["key"]):
                w.node("Alias", al["key"], {"text": al["text"], "lang": al["lang"],
                                            "note": al["note"]}, id_prop="key")
            if first("ALIAS_OF", (al["key"], al["actor"])):
                w.rel("ALIAS_OF", ("Alias", al["key"]), ("Actor", al["actor"]))
        for ev in p.evidence:
            if first("Evidence", ev["id"]):
                w.node("Evidence", ev["id"], ev["props"])
                w.rel("FROM_SOURCE", ("Evidence", ev["id"]), ("Source", ev["source"]))
        for g in p.agreements:
            if first("Agreement", g["id"]):
                w.node("Agreement", g["id"], g["props"])
            for party in g["parties"]:
                if reach("PARTY_TO", party) and first("PARTY_TO", (party, g["id"])):
                    w.rel("PARTY_TO", ("Actor", party), ("Agreement", g["id"]))
        for part in p.participants:
            if reach("PARTICIPANT", part["actor"]) and first(
                    "PARTICIPANT", (part["actor"], part["event"], part["role"])):
                w.rel("PARTICIPANT", ("Actor", part["actor"]), ("Event", part["event"]),
                      {"role": part["role"]})
        for c in p.concerns:
            if first("CONCERNS", (c["event"], c["agreement"])):
                w.rel("CONCERNS", ("Event", c["event"]), ("Agreement", c["agreement"]),
                      {"milestone": c["milestone"]})
        for c in p.claims:
            if not first("Claim", c["id"]):
                continue
            w.node("Claim", c["id"], c["props"])
            if c["event"] is not None:
                w.rel("ABOUT", ("Claim", c["id"]), ("Event", c["event"]))
            for who in dict.fromkeys(c["asserted_by"]):
                if reach("ASSERTED_BY", who):
                    w.rel("ASSERTED_BY", ("Claim", c["id"]), ("Actor", who))
            for eid in dict.fromkeys(c["evidence_ids"]):
                w.rel("SUPPORTED_BY", ("Claim", c["id"]), ("Evidence", eid))
        for e in p.edges:
            if reach(e["type"], e["source"], e["target"]) and first(e["type"], e["key"]):
                w.rel(e["type"], ("Actor", e["source"]), ("Actor", e["target"]), e["props"])
    for event_id, node in events.nodes.items():
        accounts = events.accounts.get(event_id)
        w.node("Event", event_id, {**node, **reconcile(accounts)[0]} if accounts else node)
        for acc in accounts or []:
            w.node("Account", acc["key"], {k: v for k, v in acc.items() if k != "key"},
                   id_prop="key")
            w.rel("ACCOUNT_OF", ("Account", acc["key"]), ("Event", event_id))
    for key, source_ids in events.told_in.items():
        for sid in source_ids:
            w.rel("TOLD_IN", ("Account", key), ("Source", sid))
    for actor_id, row in actors.items():
        # the writer's search_text: every alias key, each after one space
        props = {**row, "search_text": "".join(" " + k for k in row["alias_keys"])}
        w.node("Actor", actor_id, props)
    return CsvSummary(w.close(), n_docs, time.perf_counter() - t0, resolved, dict(skipped))


@dataclass
class ImportResult:
    seconds: float
    command: list[str]
    report: str


def admin_import(server: LocalNeo4j, csvs: CsvSet, *, database: str = "neo4j",
                 heap: str = "2g") -> ImportResult:
    """Run ``neo4j-admin database import full`` into the (stopped) instance's database.

    Raises GeokgError when the server is running or the import fails (with its output).
    """
    if server.pid() is not None:
        raise GeokgError(f"stop the Neo4j instance '{server.instance}' before a bulk import")
    java = server.java()
    server.install()
    server.write_config()
    report = server.dir / "logs" / "import.report"
    cmd = [java, f"-Xmx{heap}", "-cp", str(server.lib_dir / "*"), ADMIN_TOOL,
           "database", "import", "full", database, "--overwrite-destination=true",
           "--skip-bad-relationships=true", "--skip-duplicate-nodes=true",
           f"--array-delimiter={ARRAY_DELIMITER_ARG}", f"--report-file={report}",
           f"--multiline-fields={'true' if csvs.multiline else 'false'}",
           *csvs.admin_args()]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=server._admin_env(),
                          check=False)
    secs = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-20:])
        raise GeokgError(f"neo4j-admin import failed (exit {proc.returncode}):\n{tail}")
    text = report.read_text(errors="replace") if report.exists() else ""
    return ImportResult(secs, cmd, text)


def _reset_database(server: LocalNeo4j, database: str) -> None:
    """After a failed import: delete the database's store files (neo4j-admin leaves them
    unusable) and start the server, which creates the database again, empty."""
    for sub in ("databases", "transactions"):
        shutil.rmtree(server.dir / "data" / sub / database, ignore_errors=True)
    server.start()


def ensure_empty(node_count: int, instance: str) -> None:
    """Raise InvalidInput unless the target database is empty."""
    if node_count:
        raise InvalidInput(
            f"bulk load needs an empty database; instance '{instance}' holds {node_count} "
            "nodes (use `geokg load` without --bulk to add to it)")


class _Stopping:
    """``server.stop()`` in a thread; ``join`` waits for it and raises what it raised."""

    def __init__(self, server: LocalNeo4j) -> None:
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(server,), name="bulk-stop",
                                       daemon=True)
        self.thread.start()

    def _run(self, server: LocalNeo4j) -> None:
        try:
            server.stop()
        except BaseException as exc:  # handed to the caller by join
            self.error = exc

    def join(self) -> None:
        self.thread.join()
        if self.error is not None:
            raise self.error


def _local_settings(settings: Settings, server: LocalNeo4j) -> Settings:
    if settings.neo4j_password is not None:
        return settings
    return settings.model_copy(update={"neo4j_password": SecretStr(server.password())})


def bulk_load(settings: Settings, docs: Iterable[Document], *,
              gdelt: Sequence[Path | str] = (), strict: bool = False,
              csv_dir: Path | None = None,
              keep_csv: bool = False, heap: str = "2g", progress: bool = False,
              coreference: bool = True) -> dict[str, Any]:
    """Load ``docs`` and GDELT export files ``gdelt`` into the EMPTY database of the local
    instance through neo4j-admin.

    Steps (each timed): check the database is empty, write the CSV files (GDELT files
    through ``loaders.gdelt.bulk``: the graph ``load_gdelt_files`` builds, after the
    documents, a file at a time over columns; ``strict``: a malformed GDELT line fails the
    load; ``progress``: a bar per large GDELT file), stop the server,
    import, start the server, create the schema. ``coreference=False``: see ``write_csv``
    (extraction documents only).
    Returns the timings and counts (and the GDELT summary under ``gdelt``).
    Raises InvalidInput when the target is not the local launcher's instance or is not
    empty, or a GDELT file is missing or (``strict``) has a malformed line: nothing is
    written then; GeokgError when the import fails (the CSV files are then kept).
    """
    server = LocalNeo4j(settings)
    if settings.uri != server.uri:
        raise InvalidInput(
            f"--bulk imports into the local Neo4j instance '{server.instance}' "
            f"({server.uri}) with neo4j-admin; it cannot import into {settings.uri}")
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    if server.pid() is None:  # running: no status query, the emptiness check asks it
        server.start()
    local = _local_settings(settings, server)
    with Database(local) as db:
        ensure_empty(db.read("MATCH (n) RETURN count(n) AS c")[0]["c"], server.instance)
    timings["check_s"] = time.perf_counter() - t0
    # the server stops (a checkpoint, its threads, the JVM: 1-2.5 s) while the CSV files
    # are written; if writing them fails, it is started again, as it was
    stopping = _Stopping(server)
    directory = csv_dir or server.dir / "import" / "bulk"
    gdelt_summary: dict[str, Any] | None = None
    try:
        if gdelt:
            # imported here: loaders.gdelt.bulk builds on this module
            from loaders.gdelt.bulk import write_csv_with_gdelt
            csv_summary, gdelt_summary = write_csv_with_gdelt(
                docs, gdelt, directory, strict=strict, progress=progress)
        else:
            csv_summary = write_csv(docs, directory, coreference=coreference)
        if not csv_summary.csv.nodes:  # e.g. GDELT files whose every line is malformed
            skipped = (gdelt_summary or {}).get("skipped", 0)
            raise InvalidInput(f"nothing to import: no well-formed record ({skipped} "
                               "malformed line(s) skipped); nothing written",
                               [e for f in (gdelt_summary or {}).get("files", [])
                                for e in f["errors"]][:20])
    except BaseException:
        stopping.join()
        server.start()
        raise
    timings["csv_s"] = csv_summary.seconds
    t = time.perf_counter()
    stopping.join()
    timings["stop_s"] = time.perf_counter() - t  # the part of the stop the CSV did not hide
    try:
        result = admin_import(server, csv_summary.csv, database=settings.neo4j_database,
                              heap=heap)
    except GeokgError as exc:
        _reset_database(server, settings.neo4j_database)
        raise GeokgError(f"{exc.message}\nThe database was empty before the import; its "
                         "half-written store files were deleted and the server restarted "
                         f"with it empty. The CSV files are kept in {directory}.") from None
    timings["import_s"] = result.seconds
    t = time.perf_counter()
    server.start()
    timings["start_s"] = time.perf_counter() - t
    t = time.perf_counter()
    with Database(local) as db:
        # the indexes are built over the whole imported store: a million relations took
        # longer than the default minute on a loaded machine
        apply_schema_after_import(db, await_s=SCHEMA_AWAIT_S)
        counted = db.read(COUNT_GRAPH, timeout=SCHEMA_AWAIT_S)[0]
        nodes, rels = counted["nodes"], counted["relationships"]
    timings["schema_s"] = time.perf_counter() - t
    timings["total_s"] = time.perf_counter() - t0
    if not keep_csv:
        shutil.rmtree(directory, ignore_errors=True)
    out = {"timings": {k: round(v, 3) for k, v in timings.items()},
           "csv": csv_summary.as_dict(), "nodes": nodes, "relationships": rels,
           "import_report": result.report[-2000:]}
    if gdelt_summary is not None:
        out["gdelt"] = gdelt_summary
    return out
