"""Issue 17, part 3: the GDELT Mentions table, in a real Neo4j.

The real sample (800 mentions from the 2017-07-01 23:45 update, none of whose events is in
the export sample) and small files written here in GDELT's 16-field layout, every line a
real sample row with its fields replaced, about the handmade export file's events:

- event 1190000001 (Russia consults North Korea) is mentioned by the export row's own
  article, by a wire story and by a daily paper, which mentions it twice (two sentences:
  one mention, the more confident sentence kept);
- event 1190000007 (Russia fights Ukraine) is mentioned by a second wire story;
- event 1190099999 is in no export file: its mention waits.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from graph import view_cypher as vq
from graph.db import Database
from graph.errors import InvalidInput
from graph.gdelt_cypher import EDGE_LIST_CAP
from graph.repository import EdgeFilter
from graph.settings import Settings
from loaders.gdelt import load_gdelt_files
from loaders.gdelt.mentions import FIELDS, is_mentions_file, load_mentions_files
from tests.api_fixture_graph import api_client, ok
from tests.conftest import counts, wipe

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.mentions.sample.CSV"
EXPORTS = Path(__file__).parent / "data" / "gdelt" / "20241010120000.export.CSV"

ARTICLE = "https://www.example-news.org/world/2024/10/09/russia-north-korea-talks"  # export's
WIRE = "https://wire.example.net/asia/2024/10/09/moscow-pyongyang-consultations"
DAILY = "https://daily.example.com/world/russia-and-north-korea-hold-talks"
STRIKES = "https://wire.example.net/europe/2024/10/09/overnight-strikes-on-ukraine"

TEMPLATE = SAMPLE.read_text(encoding="utf-8").split("\n")[1].split("\t")


def mention(gid: int | str, url: str, name: str, *, time: str = "20241010120000",
            sentence: str = "1", confidence: str = "100", tone: str = "-3.2", **fields: str
            ) -> str:
    """One line in GDELT's Mentions layout: a real sample row with these values."""
    values = {"GLOBALEVENTID": str(gid), "EventTimeDate": "20241010120000",
              "MentionTimeDate": time, "MentionType": "1", "MentionSourceName": name,
              "MentionIdentifier": url, "SentenceID": sentence, "Actor1CharOffset": "12",
              "Actor2CharOffset": "-1", "ActionCharOffset": "40", "InRawText": "1",
              "Confidence": confidence, "MentionDocLen": "2400", "MentionDocTone": tone,
              "MentionDocTranslationInfo": "", **fields}
    out = list(TEMPLATE)
    for key, value in values.items():
        out[FIELDS.index(key)] = value
    return "\t".join(out)


LINES = [
    mention(1190000001, ARTICLE, "example-news.org"),
    mention(1190000001, WIRE, "example.net", sentence="2", confidence="80"),
    mention(1190000001, DAILY, "example.com", sentence="4", confidence="60", tone="-1.5"),
    mention(1190000001, DAILY, "example.com", sentence="9", confidence="40", tone="-1.5"),
    mention(1190000007, STRIKES, "example.net"),
    mention(1190099999, WIRE, "example.net", sentence="7"),
]


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def mentions_file(tmp_path: Path) -> Path:
    return write(tmp_path / "20241010120000.mentions.CSV", LINES)


def graph_state(db: Database) -> tuple[list[str], list[str]]:
    """Every node and relationship with its properties, in a canonical order.

    The id lists of an INTERACTED_WITH edge (claim_ids, asserted_by...) are sets whose
    order follows the store's (the projection collects them unordered): compared sorted.
    """
    nodes = db.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = db.read("MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
                   "coalesce(a.id, a.key) AS start, coalesce(b.id, b.key) AS end")
    for r in rels:
        if r["type"] == "INTERACTED_WITH":
            r["props"] = {k: sorted(v) if k != "event_ids" and isinstance(v, list) else v
                          for k, v in r["props"].items()}
    return (sorted(json.dumps(n, sort_keys=True, default=str) for n in nodes),
            sorted(json.dumps(r, sort_keys=True, default=str) for r in rels))


def labels(db: Database) -> dict[str, int]:
    return {r["l"]: r["c"] for r in db.read(
        "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c")}


def event_mentions(db: Database, event: str) -> list[dict[str, Any]]:
    return db.read("""
        MATCH (e:Event {id: $e})<-[:ABOUT]-(c:Claim)-[:SUPPORTED_BY]->(ev:Evidence)
              -[:FROM_SOURCE]->(s:Source), (c)-[:ASSERTED_BY]->(m:Actor)
        WHERE c.id STARTS WITH 'gdelt-mention:'
        RETURN s.url AS url, s.publisher AS publisher, m.id AS outlet, c.certainty AS certainty,
               ev.sentence_id AS sentence, ev.confidence AS confidence,
               ev.doc_tone AS tone, ev.mention_time AS time, ev.actor1_char_offset AS a1,
               ev.actor2_char_offset AS a2, ev.action_char_offset AS action,
               ev.in_raw_text AS raw, ev.mention_type AS type, ev.doc_len AS length
        ORDER BY url""", {"e": event})


# --- the real sample ----------------------------------------------------------------------

def test_real_sample_waits_for_its_events_and_reloads_identically(clean_db: Database,
                                                                   tmp_path: Path) -> None:
    db = clean_db
    raw = [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    pairs = {(f[0], f[5]) for f in raw}
    summary = load_mentions_files(db, [SAMPLE], batch_size=300)
    assert summary["format"] == "gdelt-mentions"
    assert (summary["loaded"], summary["skipped"]) == (len(raw), 0) == (800, 0)
    # seven articles mention the same event in two sentences each: one mention per pair
    assert summary["mentions"] == len(pairs) == 793 and summary["duplicates"] == 7
    # none of the sample's events is in the graph: every mention waits, nothing is counted
    assert (summary["attached"], summary["pending"]) == (0, 793)
    assert labels(db) == {"PendingMention": 793}
    assert counts(db) == (793, 0)
    waiting = db.read("MATCH (p:PendingMention {event_id: 'gdelt:669494707'}) "
                      "RETURN p.identifier AS url, p.source_name AS name, p.language AS lang, "
                      "p.sentence_id AS sentence")
    assert waiting == [{
        "url": "http://www.tvperu.gob.pe/informa/politica/"
               "i-gabinete-ministerial-binacional-peru-chile-se-realizara-en-lima",
        "name": "tvperu.gob.pe", "lang": "en", "sentence": 5}]

    before = graph_state(db)
    again = load_mentions_files(db, [SAMPLE], batch_size=1000)
    assert again["created"] == {"nodes": 0, "relationships": 0}
    assert graph_state(db) == before

    archive = tmp_path / "20170701234500.translation.mentions.CSV.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(SAMPLE, "20170701234500.translation.mentions.CSV")
    wipe(db)
    zipped = load_mentions_files(db, [archive])
    assert (zipped["loaded"], zipped["pending"]) == (800, 793)
    # the translated stream's articles have no known language (as for export files)
    assert db.read("MATCH (p:PendingMention) RETURN collect(DISTINCT p.language) AS l") == [
        {"l": ["und"]}]


# --- malformed lines ----------------------------------------------------------------------

def test_malformed_lines_named_rest_loaded_strict_writes_nothing(clean_db: Database,
                                                                mentions_file: Path,
                                                                tmp_path: Path) -> None:
    bad = write(tmp_path / "20241010121500.mentions.CSV", [
        mention(1190000001, WIRE, "example.net"),
        "\t".join(mention(1190000002, WIRE, "example.net").split("\t")[:10]),
        mention(1190000003, WIRE, "example.net", time="20241310120000"),
        mention(1190000004, WIRE, "example.net", confidence="high"),
        mention(1190000005, "", "example.net"),
        mention(1190000006, DAILY, "example.com"),
        mention("x12", WIRE, "example.net"),
    ])
    with pytest.raises(InvalidInput) as info:
        load_mentions_files(clean_db, [mentions_file, bad], strict=True)
    assert [(d["file"], d["line"]) for d in info.value.details] == [
        (str(bad), 2), (str(bad), 3), (str(bad), 4), (str(bad), 5), (str(bad), 7)]
    messages = [d["message"] for d in info.value.details]
    assert "found 10" in messages[0] and "20241310120000" in messages[1]
    assert "Confidence 'high'" in messages[2] and "MentionIdentifier" in messages[3]
    assert counts(clean_db) == (0, 0)

    summary = load_mentions_files(clean_db, [bad])
    assert (summary["loaded"], summary["skipped"]) == (2, 5)
    assert summary["skipped_by_reason"] == {"field_count": 1, "bad_date": 1, "bad_number": 1,
                                            "no_source": 1, "bad_id": 1}
    assert [e["line"] for e in summary["files"][0]["errors"]] == [2, 3, 4, 5, 7]
    assert sorted(r["e"] for r in clean_db.read(
        "MATCH (p:PendingMention) RETURN p.event_id AS e")) == ["gdelt:1190000001",
                                                               "gdelt:1190000006"]


def test_missing_file_fails_before_writing(clean_db: Database, mentions_file: Path,
                                           tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such file"):
        load_mentions_files(clean_db, [mentions_file, tmp_path / "20241010121500.mentions.CSV"])
    assert counts(clean_db) == (0, 0)


# --- attached, pending, order -------------------------------------------------------------

def test_mentions_become_sourced_claims_on_their_events(clean_db: Database,
                                                       mentions_file: Path) -> None:
    db = clean_db
    load_gdelt_files(db, [EXPORTS])
    summary = load_mentions_files(db, [mentions_file])
    assert (summary["loaded"], summary["mentions"], summary["duplicates"]) == (6, 5, 1)
    assert (summary["attached"], summary["pending"]) == (4, 1)
    assert [r["event_id"] for r in db.read(
        "MATCH (p:PendingMention) RETURN p.event_id AS event_id")] == ["gdelt:1190099999"]
    rows = event_mentions(db, "gdelt:1190000001")
    assert [(r["url"], r["outlet"], r["certainty"]) for r in rows] == [
        (DAILY, "media-daily.example.com", "reported"),
        (WIRE, "media-wire.example.net", "reported"),
        (ARTICLE, "media-example-news.org", "reported")]
    daily, wire, article = rows
    # the daily's two sentences are one mention: the more confident one is kept
    assert (daily["sentence"], daily["confidence"], daily["tone"]) == (4, 60, -1.5)
    assert (wire["a1"], wire["a2"], wire["action"], wire["raw"], wire["type"],
            wire["length"], wire["time"]) == (12, None, 40, True, 1, 2400,
                                              "2024-10-10T12:00:00Z")
    # MentionSourceName is the publisher, unless an export row cites the article (its host)
    assert (daily["publisher"], wire["publisher"], article["publisher"]) == (
        "example.com", "example.net", "example-news.org")
    # the export row's article is one Source, cited by the export claim and the mention
    cited = db.read("""
        MATCH (s:Source {url: $url})<-[:FROM_SOURCE]-(:Evidence)<-[:SUPPORTED_BY]-(c:Claim)
        RETURN count(DISTINCT s) AS sources, collect(c.id) AS claims""", {"url": ARTICLE})
    assert cited[0]["sources"] == 1
    assert sorted(c.split(":")[0] for c in cited[0]["claims"]) == [
        "gdelt-claim", "gdelt-claim", "gdelt-claim", "gdelt-claim", "gdelt-mention"]


def test_mentions_before_events_give_the_same_graph(db: Database, mentions_file: Path) -> None:
    wipe(db)
    load_gdelt_files(db, [EXPORTS])
    load_mentions_files(db, [mentions_file])
    exports_first = graph_state(db)

    wipe(db)
    early = load_mentions_files(db, [mentions_file])
    assert (early["attached"], early["pending"]) == (0, 5)
    assert labels(db) == {"PendingMention": 5}
    load_gdelt_files(db, [EXPORTS])
    assert labels(db)["PendingMention"] == 1
    assert graph_state(db) == exports_first

    # and a reload of either file changes nothing
    again = load_mentions_files(db, [mentions_file])
    assert again["created"] == {"nodes": 0, "relationships": 0}
    assert (again["attached"], again["pending"]) == (4, 1)
    load_gdelt_files(db, [EXPORTS])
    assert graph_state(db) == exports_first


def test_a_later_mention_of_the_same_article_revises_it(db: Database, tmp_path: Path) -> None:
    first = write(tmp_path / "20241010120000.mentions.CSV", [
        mention(1190000001, WIRE, "example.net", sentence="2", confidence="80", tone="-3.2")])
    later = write(tmp_path / "20241010121500.mentions.CSV", [
        mention(1190000001, WIRE, "example.net", time="20241010121500", sentence="3",
                confidence="100", tone="1.5")])
    revised = {"sentence": 3, "confidence": 100, "tone": 1.5, "time": "2024-10-10T12:15:00Z"}

    def wire_mention() -> dict[str, Any]:
        rows = event_mentions(db, "gdelt:1190000001")
        assert [r["url"] for r in rows] == [WIRE]
        return {k: rows[0][k] for k in revised}

    wipe(db)
    load_gdelt_files(db, [EXPORTS])
    load_mentions_files(db, [first])
    assert wire_mention()["confidence"] == 80
    load_mentions_files(db, [later])
    assert wire_mention() == revised
    load_mentions_files(db, [first])  # the older file again: no step back
    assert wire_mention() == revised
    in_order = graph_state(db)

    wipe(db)  # newer first, both before their event: the waiting mention keeps the newer
    load_mentions_files(db, [later])
    load_mentions_files(db, [first])
    assert labels(db) == {"PendingMention": 1}
    load_gdelt_files(db, [EXPORTS])
    assert wire_mention() == revised
    assert graph_state(db) == in_order


# --- corroboration in the API -------------------------------------------------------------

def test_an_events_corroboration_counts_its_mentions_sources(clean_db: Database,
                                                              settings: Settings,
                                                              mentions_file: Path) -> None:
    load_gdelt_files(clean_db, [EXPORTS])
    with api_client(settings) as client:
        alone = ok(client, "/events/gdelt:1190000001")["corroboration"]
        assert (alone["sources"], alone["publishers"]) == (1, ["example-news.org"])
        fight = _edge(ok(client, "/relations", actor="russia", other="ukraine"),
                      "gdelt:INTERACTED_WITH:19:russia:ukraine")
        assert fight["corroboration"]["sources"] == 1

    load_mentions_files(clean_db, [mentions_file])
    with api_client(settings) as client:
        event = ok(client, "/events/gdelt:1190000001")
        c = event["corroboration"]
        # the export's article (mentioned too: one source), the wire and the daily
        assert c["sources"] == 3
        assert sorted(c["publishers"]) == ["example-news.org", "example.com", "example.net"]
        assert c["asserted_by"] == ["media-daily.example.com", "media-example-news.org",
                                    "media-wire.example.net"]
        assert c["stances"]["reported"] == c["asserted_by"] and not c["contested"]
        assert len(event["claims"]) == 4
        # an edge of one event carries the event's corroboration
        consult = _edge(ok(client, "/relations", actor="russia", other="north-korea"),
                        "gdelt:INTERACTED_WITH:04:russia:north-korea")
        assert consult["corroboration"]["sources"] == 3
        # an edge of two events counts the sources of both: their article and a wire story
        fight = _edge(ok(client, "/relations", actor="russia", other="ukraine"),
                      "gdelt:INTERACTED_WITH:19:russia:ukraine")
        assert fight["corroboration"]["sources"] == 2
        assert "media-wire.example.net" in fight["asserted_by"]
        listed = {e["id"]: e["corroboration"]["sources"]
                  for e in ok(client, "/events", actor="russia", limit=50)["items"]}
        assert listed["gdelt:1190000001"] == 3 and listed["gdelt:1190000007"] == 2


def _aggregated(db: Database, stored: bool) -> list[Any]:
    """The aggregated views of the graph (two neighbourhoods, the overview, paths), their
    GDELT groups counted from the edges' lists (``stored``) or looked up."""
    f = EdgeFilter().params()
    out = []
    for actor in ("russia", "north-korea"):
        out.append(db.read(vq.aggregated_neighbors(2, False, stored=stored),
                           {"id": actor, "node_cap": 500, "edge_cap": 5000, **f},
                           convert=False))
    out.append(db.read(vq.overview(False, stored=stored),
                       {"limit": 50, "edge_cap": 5000, **f}, convert=False))
    out.append(db.read(vq.aggregated_paths("shortest", 3, stored=stored),
                       {"source": "north-korea", "target": "ukraine", "path_cap": 50, **f},
                       convert=False))
    return out


def test_aggregates_count_gdelt_sources_from_the_edges_lists_as_a_lookup_would(
        clean_db: Database, mentions_file: Path) -> None:
    load_gdelt_files(clean_db, [EXPORTS])
    load_mentions_files(clean_db, [mentions_file])
    stored = _aggregated(clean_db, True)
    assert stored == _aggregated(clean_db, False)
    edges = {e[0]: e for e in stored[0][0]["edges"]}
    # the export's article, the wire and the daily: the mentions are in the edge's lists
    assert edges["gdelt:INTERACTED_WITH:04:russia:north-korea"][12] == 3
    # an edge whose lists reach the loader's cap may leave sources out: it is looked up
    padding = [f"pad:{i}" for i in range(EDGE_LIST_CAP)]
    clean_db.write(lambda tx: tx.run(
        "MATCH ()-[r:INTERACTED_WITH {key: $key}]->() "
        "SET r.source_ids = r.source_ids + $pad, r.evidence_ids = r.evidence_ids + $pad",
        key="gdelt:INTERACTED_WITH:04:russia:north-korea", pad=padding).consume())
    capped = _aggregated(clean_db, True)
    assert capped == _aggregated(clean_db, False)
    edges = {e[0]: e for e in capped[0][0]["edges"]}
    assert edges["gdelt:INTERACTED_WITH:04:russia:north-korea"][12] == 3


def _edge(page: dict[str, Any], key: str) -> dict[str, Any]:
    found = [e for e in page["items"] if e["id"] == key]
    assert len(found) == 1, [e["id"] for e in page["items"]]
    return found[0]


# --- file names and the CLI ---------------------------------------------------------------

@pytest.mark.parametrize(("name", "ok_"), [
    ("20170701234500.mentions.CSV", True),
    ("20170701234500.mentions.CSV.zip", True),
    ("20170701234500.translation.mentions.CSV.zip", True),
    ("20170701234500.mentions.sample.CSV", True),
    ("20170701234500.export.CSV", False),
    ("mentions.CSV", False),
    ("20170701234500.mentions.txt", False),
])
def test_mentions_file_names(name: str, ok_: bool) -> None:
    assert is_mentions_file(name) is ok_


def _geokg(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
           "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value()}  # type: ignore[union-attr]
    return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=180, check=False)


def test_cli_loads_mentions_by_name_and_by_format(clean_db: Database, settings: Settings,
                                                  mentions_file: Path, tmp_path: Path) -> None:
    res = _geokg(settings, "load", "--json", str(mentions_file), str(EXPORTS))
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["gdelt"]["loaded"] == 10
    m = out["gdelt_mentions"]
    assert (m["format"], m["loaded"], m["attached"], m["pending"]) == (
        "gdelt-mentions", 6, 4, 1)

    odd = write(tmp_path / "mentions-of-today.tsv", LINES[:2])
    res = _geokg(settings, "load", "--format", "gdelt-mentions", "--json", str(odd))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["gdelt_mentions"]["attached"] == 2

    bad = write(tmp_path / "20241010121500.mentions.CSV",
                [LINES[4], mention(1190000002, DAILY, "example.com", time="2024")])
    before = counts(clean_db)
    res = _geokg(settings, "load", "--strict", str(bad))
    assert res.returncode == 1
    assert str(bad) in res.stderr and "'line': 2" in res.stderr and "MentionTimeDate" in res.stderr
    assert counts(clean_db) == before


def test_a_parsed_line_is_the_row_a_pending_mention_stores() -> None:
    from loaders.gdelt.mention_graph import ROW_KEYS
    from loaders.gdelt.mentions import MentionRecord, parse_mention

    rec = parse_mention(LINES[1].split("\t"), 2)
    assert isinstance(rec, MentionRecord)
    row = rec.row("en")
    assert tuple(row) == ROW_KEYS
    assert (row["event_id"], row["identifier"], row["confidence"], row["actor2_char_offset"],
            row["translation_info"]) == ("gdelt:1190000001", WIRE, 80, None, None)
    assert row["revision"].startswith("20241010120000.080.999997.")
