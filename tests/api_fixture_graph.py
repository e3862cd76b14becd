"""A small graph written with the tests' own Cypher, exactly as docs/data-model.md describes.

It mirrors the seed article (Lavrov and Choe, the Russia–North Korea treaty, shells
"reported" by Western sources, personnel "alleged", troops "confirmed" by the Pentagon and
NATO) plus what the API tests need: a contested claim (a denial beside the report), an
isolated actor (no path), dated and undated edges. Nothing here goes through the loader, so
the API tests do not depend on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import combinations
from typing import Any

import neo4j
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Database
from graph.settings import Settings
from graph.text import fold

D = dt.date
RANK = {"confirmed": 3, "reported": 2, "alleged": 1, "denied": 0}

SOURCES: list[dict[str, Any]] = [
    {"id": "ansa-lavrov-choe", "title": "Lavrov: il Trattato con Pyongyang ha gettato le basi",
     "url": None, "language": "it", "publisher": "ANSA", "published": None,
     "kind": "article", "text": "(testo dell'articolo)"},
    {"id": "kcna-denial", "title": "KCNA statement", "url": "https://example.org/kcna",
     "language": "ko", "publisher": "KCNA", "published": D(2024, 10, 30), "kind": "statement",
     "text": None},
]

# id, kind, name, aliases [(text, lang, note)], identifiers, country
ACTORS: list[tuple[str, str, str, list[tuple[str, str | None, str | None]], dict[str, str],
                   str | None]] = [
    ("russia", "state", "Russia",
     [("Russia", "it", None), ("Russian Federation", "en", None), ("Mosca", "it", "metonym")],
     {"iso3": "RUS", "cameo": "RUS", "wikidata": "Q159"}, None),
    ("north-korea", "state", "North Korea",
     [("Corea del Nord", "it", None), ("DPRK", "en", None), ("PRK", None, None),
      ("Democratic People's Republic of Korea", "en", None),
      ("Pyongyang", "it", "metonym: the capital for the state")],
     {"iso3": "PRK", "cameo": "PRK", "wikidata": "Q423"}, None),
    ("sergey-lavrov", "person", "Sergey Lavrov",
     [("Sergej Lavrov", "it", None), ("Сергей Лавров", "ru", None)], {}, "russia"),
    ("choe-son-hui", "person", "Choe Son Hui", [("Choe Son-hui", "en", None)], {},
     "north-korea"),
    ("vladimir-putin", "person", "Vladimir Putin", [("Putin", None, None)], {}, "russia"),
    ("state-duma", "government_body", "State Duma", [("Duma di Stato", "it", None)], {},
     "russia"),
    ("russia-mfa", "government_body", "Russian Ministry of Foreign Affairs",
     [("ministero degli Esteri russo", "it", None)], {}, "russia"),
    ("pentagon", "government_body", "Pentagon", [("Pentagono", "it", None)], {},
     "united-states"),
    ("united-states", "state", "United States", [("Stati Uniti", "it", None), ("USA", None, None)],
     {"iso3": "USA", "cameo": "USA", "wikidata": "Q30"}, None),
    ("nato", "alliance", "NATO",
     [("Nato", "it", None), ("North Atlantic Treaty Organization", "en", None)],
     {"wikidata": "Q7184"}, None),
    ("ukraine", "state", "Ukraine", [("Ucraina", "it", None)],
     {"iso3": "UKR", "cameo": "UKR", "wikidata": "Q212"}, None),
    ("volodymyr-zelensky", "person", "Volodymyr Zelensky",
     [("Zelensky", "it", None), ("Zelens'kyj", None, None)], {}, "ukraine"),
    ("western-sources", "group", "Western sources", [("fonti occidentali", "it", None)], {},
     None),
    ("ukraine-allies", "group", "Ukraine's allies", [("alleati", "it", None)], {}, None),
    ("mongolia", "state", "Mongolia", [("Mongolia", "it", None)], {"iso3": "MNG"}, None),
]

# evidence name -> (source, quote, language, gloss)
EVIDENCE = {
    "talks": ("ansa-lavrov-choe", "ha dichiarato il ministro degli Esteri russo Sergey Lavrov "
              "nel suo discorso di apertura ai colloqui con il ministro degli Esteri della "
              "Corea del Nord Choe Son Hui", "it",
              "said Russian foreign minister Sergey Lavrov opening talks with North Korea's "
              "foreign minister Choe Son Hui"),
    "signing": ("ansa-lavrov-choe", "è stato firmato il 18 -19 giugno, durante la visita del "
                "presidente russo Putin in Corea del Nord", "it",
                "was signed on 18-19 June during Russian president Putin's visit to North Korea"),
    "ratification": ("ansa-lavrov-choe", "Il 14 ottobre Putin ha presentato alla Duma di Stato "
                     "un progetto di legge per ratificare", "it",
                     "On 14 October Putin submitted to the State Duma a bill to ratify"),
    "shells": ("ansa-lavrov-choe", "fonti occidentali riferiscono che la Corea del Nord abbia "
               "fornito milioni di proiettili di artiglieria alla Russia", "it",
               "Western sources report that North Korea supplied millions of artillery shells "
               "to Russia"),
    "denial": ("kcna-denial", "우리는 러시아에 무기를 제공한 적이 없다", "ko",
               "We have never supplied weapons to Russia"),
    "personnel": ("ansa-lavrov-choe", "ingegneri militari e personale nordcoreano stanno "
                  "presumibilmente aiutando le forze russe", "it",
                  "North Korean military engineers and personnel are allegedly helping Russian "
                  "forces"),
    "troops": ("ansa-lavrov-choe", "Il Pentagono e la Nato hanno confermato la presenza di "
               "truppe nordcoreane in Russia", "it",
               "The Pentagon and NATO confirmed North Korean troops are in Russia"),
    "appeal": ("ansa-lavrov-choe", "Zelensky esorta gli alleati ad agire", "it",
               "Zelensky urges allies to act"),
    "support": ("ansa-lavrov-choe", "Lavrov ha espresso pieno sostegno alle azioni di "
                "Pyongyang", "it", "Lavrov expressed full support for Pyongyang's actions"),
    "accusation": ("ansa-lavrov-choe", "a causa delle azioni provocatorie degli Stati Uniti",
                   "it", "because of provocative actions of the United States"),
}

# type, actor, of, valid_from, precision
ROLES = [
    ("FOREIGN_MINISTER_OF", "sergey-lavrov", "russia", D(2004, 3, 9), "day"),
    ("FOREIGN_MINISTER_OF", "choe-son-hui", "north-korea", D(2022, 6, 1), "month"),
    ("HEAD_OF_STATE_OF", "vladimir-putin", "russia", D(2012, 5, 7), "day"),
    ("HEAD_OF_STATE_OF", "volodymyr-zelensky", "ukraine", D(2019, 5, 20), "day"),
    ("LEGISLATURE_OF", "state-duma", "russia", None, "unknown"),
    ("MINISTRY_OF", "russia-mfa", "russia", None, "unknown"),
    ("PART_OF", "pentagon", "united-states", None, "unknown"),
    ("MEMBER_OF", "united-states", "nato", D(1949, 8, 24), "day"),
]

TREATY = "russia-dprk-partnership-treaty"

# id, type, cameo, (date, date_end, precision, inferred), summary, participants, milestone
EVENTS: list[dict[str, Any]] = [
    {"id": "lavrov-choe-talks", "type": "meeting", "cameo": "040", "date": None,
     "summary": "Lavrov opens talks with Choe Son Hui",
     "participants": [("sergey-lavrov", "participant"), ("choe-son-hui", "participant")]},
    {"id": "putin-visit-pyongyang", "type": "visit", "cameo": "042",
     "date": (D(2024, 6, 18), D(2024, 6, 19), "range", True),
     "summary": "Putin visits North Korea",
     "participants": [("vladimir-putin", "visitor"), ("north-korea", "host")]},
    {"id": "treaty-signing", "type": "signing", "cameo": "057",
     "date": (D(2024, 6, 18), D(2024, 6, 19), "range", True),
     "summary": "Russia and North Korea sign the partnership treaty",
     "participants": [("russia", "party"), ("north-korea", "party"),
                      ("vladimir-putin", "signatory")], "milestone": "signed"},
    {"id": "ratification-bill", "type": "submission", "cameo": "031",
     "date": (D(2024, 10, 14), D(2024, 10, 14), "day", True),
     "summary": "Putin submits the ratification bill to the State Duma",
     "participants": [("vladimir-putin", "submitter"), ("state-duma", "recipient")],
     "milestone": "submitted_for_ratification"},
    {"id": "shell-supply", "type": "supply", "cameo": "072", "date": None,
     "summary": "North Korea supplies artillery shells to Russia",
     "participants": [("north-korea", "supplier"), ("russia", "recipient")]},
    {"id": "personnel-assistance", "type": "military_assistance", "cameo": "072", "date": None,
     "summary": "North Korean engineers help Russian forces",
     "participants": [("north-korea", "provider"), ("russia", "recipient")]},
    {"id": "troops-in-russia", "type": "deployment", "cameo": "072", "date": None,
     "summary": "North Korean troops in Russia",
     "participants": [("north-korea", "sender"), ("russia", "host")]},
    {"id": "zelensky-appeal", "type": "appeal", "cameo": "0232", "date": None,
     "summary": "Zelensky urges allies to act",
     "participants": [("volodymyr-zelensky", "appellant"), ("ukraine-allies", "addressee")]},
    {"id": "lavrov-support", "type": "support", "cameo": "051", "date": None,
     "summary": "Lavrov expresses support for Pyongyang",
     "participants": [("sergey-lavrov", "supporter"), ("north-korea", "supported")]},
    {"id": "mfa-accusation", "type": "accusation", "cameo": "112", "date": None,
     "summary": "Russia's foreign ministry blames the United States",
     "participants": [("russia-mfa", "accuser"), ("united-states", "accused")]},
    {"id": "troops-confirmation", "type": "statement", "cameo": "010", "date": None,
     "summary": "The Pentagon and NATO confirm North Korean troops in Russia",
     "participants": [("nato", "speaker"), ("pentagon", "speaker"),
                      ("north-korea", "subject")]},
]

# event type -> (edge type, source role, target role)
PROJECTIONS = {
    "meeting": ("MET_WITH", "participant", "participant"),
    "visit": ("VISITED", "visitor", "host"),
    "signing": ("SIGNED_AGREEMENT_WITH", "party", "party"),
    "submission": ("SUBMITTED_TO", "submitter", "recipient"),
    "supply": ("SUPPLIED_ARMS_TO", "supplier", "recipient"),
    "military_assistance": ("PROVIDED_MILITARY_PERSONNEL_TO", "provider", "recipient"),
    "deployment": ("DEPLOYED_TROOPS_TO", "sender", "host"),
    "appeal": ("APPEALED_TO", "appellant", "addressee"),
    "support": ("EXPRESSED_SUPPORT_FOR", "supporter", "supported"),
    "accusation": ("ACCUSED", "accuser", "accused"),
    "statement": ("MADE_STATEMENT_ABOUT", "speaker", "subject"),
}

# id, event, certainty, asserted_by, evidence names
CLAIMS = [
    ("claim-talks", "lavrov-choe-talks", "confirmed", [], ["talks"]),
    ("claim-visit", "putin-visit-pyongyang", "confirmed", [], ["signing"]),
    ("claim-signing", "treaty-signing", "confirmed", [], ["signing"]),
    ("claim-ratification", "ratification-bill", "confirmed", [], ["ratification"]),
    ("claim-shell-supply", "shell-supply", "reported", ["western-sources"], ["shells"]),
    ("claim-shell-supply-denied", "shell-supply", "denied", ["north-korea"], ["denial"]),
    ("claim-personnel", "personnel-assistance", "alleged", [], ["personnel"]),
    ("claim-troops", "troops-in-russia", "confirmed", ["pentagon", "nato"], ["troops"]),
    ("claim-appeal", "zelensky-appeal", "confirmed", [], ["appeal"]),
    ("claim-support", "lavrov-support", "confirmed", [], ["support"]),
    ("claim-accusation", "mfa-accusation", "confirmed", ["russia-mfa"], ["accusation"]),
    ("claim-troops-statement", "troops-confirmation", "confirmed", ["nato", "pentagon"],
     ["troops"]),
]


def evidence_id(name: str) -> str:
    source, quote, _, _ = EVIDENCE[name]
    return "evidence:" + hashlib.sha1(f"{source}\x00{quote}".encode()).hexdigest()[:16]


def _rows() -> dict[str, list[dict[str, Any]]]:
    actors, aliases = [], []
    for aid, kind, name, als, ids, country in ACTORS:
        keys = list(dict.fromkeys([fold(name)] + [fold(t) for t, _, _ in als]))
        actors.append({"id": aid, "props": {
            "name": name, "kind": kind, "name_key": fold(name), "country": country,
            "aliases": [name] + [t for t, _, _ in als], "alias_keys": keys,
            "search_text": "".join(" " + k for k in keys), **ids}})
        aliases.append({"actor": aid, "key": fold(name), "text": name, "lang": None,
                        "note": "name"})
        aliases += [{"actor": aid, "key": fold(t), "text": t, "lang": lang, "note": note}
                    for t, lang, note in als]
    evidence = [{"id": evidence_id(n), "source": s, "props": {
        "quote": qt, "language": lang, "gloss": gloss, "source_id": s}}
        for n, (s, qt, lang, gloss) in EVIDENCE.items()]
    edges = [{"type": t, "source": a, "target": b, "props": {
        "key": f"role:{t}:{a}:{b}", "valid_from": vf, "valid_to": None,
        "date_precision": prec, "date_inferred": False, "certainty": "confirmed",
        "certainty_rank": 3, "asserted_by": [], "claim_id": None, "event_id": None,
        "evidence_ids": [], "source_ids": []}} for t, a, b, vf, prec in ROLES]
    events, participants, concerns = [], [], []
    by_id = {e["id"]: e for e in EVENTS}
    for e in EVENTS:
        date = e["date"]
        props = {"type": e["type"], "cameo": e["cameo"], "summary": e["summary"],
                 "date": date[0] if date else None, "date_end": date[1] if date else None,
                 "date_precision": date[2] if date else "unknown",
                 "date_inferred": date[3] if date else False,
                 "date_text": f"{date[0]}/{date[1]}" if date else "unknown"}
        events.append({"id": e["id"], "props": props})
        participants += [{"actor": a, "event": e["id"], "role": r} for a, r in e["participants"]]
        if "milestone" in e:
            concerns.append({"event": e["id"], "agreement": TREATY, "milestone": e["milestone"]})
    claims = []
    for cid, eid, certainty, asserted, evs in CLAIMS:
        claims.append({"id": cid, "event": eid, "asserted_by": asserted,
                       "evidence_ids": [evidence_id(n) for n in evs],
                       "props": {"certainty": certainty, "certainty_rank": RANK[certainty],
                                 "subject_kind": "event", "note": None}})
        ev = by_id[eid]
        etype, src_role, tgt_role = PROJECTIONS[ev["type"]]
        by_role: dict[str, list[str]] = {}
        for a, r in ev["participants"]:
            by_role.setdefault(r, []).append(a)
        if src_role == tgt_role:
            pairs = list(combinations(sorted(by_role[src_role]), 2))
        else:
            pairs = [(a, b) for a in by_role[src_role] for b in by_role[tgt_role]]
        date = ev["date"]
        for a, b in pairs:
            edges.append({"type": etype, "source": a, "target": b, "props": {
                "key": f"{cid}:{etype}:{a}:{b}",
                "valid_from": date[0] if date else None, "valid_to": date[1] if date else None,
                "date_precision": date[2] if date else "unknown",
                "date_inferred": date[3] if date else False,
                "certainty": certainty, "certainty_rank": RANK[certainty],
                "asserted_by": asserted, "claim_id": cid, "event_id": eid,
                "evidence_ids": [evidence_id(n) for n in evs],
                "source_ids": sorted({EVIDENCE[n][0] for n in evs})}})
    agreements = [{"id": TREATY, "parties": ["russia", "north-korea"], "props": {
        "name": "Comprehensive Strategic Partnership Treaty", "kind": "treaty",
        "provisions": ["economic ties", "military-technical cooperation",
                       "mutual military assistance"],
        "signed": D(2024, 6, 18), "signed_precision": "range", "signed_inferred": True,
        "submitted_for_ratification": D(2024, 10, 14),
        "submitted_for_ratification_precision": "day",
        "submitted_for_ratification_inferred": True}}]
    return {"sources": SOURCES, "actors": actors, "aliases": aliases, "evidence": evidence,
            "edges": edges, "events": events, "participants": participants,
            "concerns": concerns, "claims": claims, "agreements": agreements}


STATEMENTS = [
    ("sources", "UNWIND $rows AS row CREATE (s:Source {id: row.id}) "
                "SET s += row {.title, .url, .language, .publisher, .published, .kind, .text}"),
    ("actors", "UNWIND $rows AS row CREATE (a:Actor {id: row.id}) SET a += row.props"),
    ("aliases", "UNWIND $rows AS row MATCH (a:Actor {id: row.actor}) "
                "MERGE (al:Alias {key: row.key}) "
                "ON CREATE SET al.text = row.text, al.lang = row.lang, al.note = row.note "
                "MERGE (al)-[:ALIAS_OF]->(a)"),
    ("evidence", "UNWIND $rows AS row MATCH (s:Source {id: row.source}) "
                 "CREATE (e:Evidence {id: row.id}) SET e += row.props "
                 "CREATE (e)-[:FROM_SOURCE]->(s)"),
    ("agreements", "UNWIND $rows AS row CREATE (g:Agreement {id: row.id}) SET g += row.props "
                   "WITH g, row UNWIND row.parties AS p MATCH (a:Actor {id: p}) "
                   "CREATE (a)-[:PARTY_TO]->(g)"),
    ("events", "UNWIND $rows AS row CREATE (e:Event {id: row.id}) SET e += row.props"),
    ("participants", "UNWIND $rows AS row MATCH (a:Actor {id: row.actor}), "
                     "(e:Event {id: row.event}) CREATE (a)-[:PARTICIPANT {role: row.role}]->(e)"),
    ("concerns", "UNWIND $rows AS row MATCH (e:Event {id: row.event}), "
                 "(g:Agreement {id: row.agreement}) "
                 "CREATE (e)-[:CONCERNS {milestone: row.milestone}]->(g)"),
    ("claims", "UNWIND $rows AS row CREATE (c:Claim {id: row.id}) SET c += row.props "
               "WITH c, row MATCH (e:Event {id: row.event}) CREATE (c)-[:ABOUT]->(e) "
               "WITH c, row CALL (c, row) { UNWIND row.asserted_by AS who "
               "MATCH (a:Actor {id: who}) CREATE (c)-[:ASSERTED_BY]->(a) } "
               "WITH c, row CALL (c, row) { UNWIND row.evidence_ids AS eid "
               "MATCH (ev:Evidence {id: eid}) CREATE (c)-[:SUPPORTED_BY]->(ev) }"),
    ("edges", "UNWIND $rows AS row MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target}) "
              "CREATE (a)-[r:$(row.type)]->(b) SET r += row.props"),
]


def load_fixture_graph(db: Database) -> None:
    """Wipe the database and write the fixture graph."""
    rows = _rows()
    db.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
    for name, stmt in STATEMENTS:
        def write(tx: neo4j.ManagedTransaction, s: str = stmt,
                  r: list[dict[str, Any]] = rows[name]) -> None:
            tx.run(s, rows=r).consume()

        db.write(write)


# --- helpers for the API tests -------------------------------------------------------


@contextmanager
def api_client(settings: Settings) -> Iterator[TestClient]:
    """The real app (lifespan run), served in-process through its ASGI interface."""
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def assert_edge_contract(edge: dict[str, Any]) -> None:
    """Fail unless ``edge`` has exactly the keys and value types of the edge contract."""
    assert set(edge) == EDGE_KEYS, sorted(set(edge) ^ EDGE_KEYS)
    assert isinstance(edge["asserted_by"], list)
    for d in ("valid_from", "valid_to"):
        assert edge[d] is None or dt.date.fromisoformat(edge[d])
    for ev in edge["evidence"]:
        assert set(ev) == {"source", "source_title", "quote", "language", "gloss"}
        assert ev["quote"] and ev["source"]
    c = edge["corroboration"]
    assert set(c) == CORROBORATION_KEYS, sorted(set(c) ^ CORROBORATION_KEYS)
    assert isinstance(c["sources"], int) and c["sources"] >= 0
    assert isinstance(c["contested"], bool)
    assert set(c["stances"]) == {"confirmed", "reported", "alleged", "denied"}
    assert all(isinstance(v, list) for v in (c["publishers"], c["asserted_by"],
                                             *c["stances"].values()))


EDGE_KEYS = {"id", "type", "source", "target", "valid_from", "valid_to", "date_precision",
             "certainty", "asserted_by", "evidence", "claim_id", "event_id", "corroboration"}
#: The ``corroboration`` of every edge, the same shape as an event's.
CORROBORATION_KEYS = {"sources", "publishers", "asserted_by", "stances", "contested"}
NODE_KEYS = {"id", "label", "name", "kind"}


@pytest.fixture(scope="module")
def fixture_db(db: Database) -> Database:
    """The fixture graph freshly written (tests using it only read)."""
    load_fixture_graph(db)
    return db


@pytest.fixture(scope="module")
def client(fixture_db: Database, settings: Settings) -> Iterator[TestClient]:
    """The real app on the fixture graph."""
    with api_client(settings) as c:
        yield c


def ok(client: TestClient, url: str, **params: Any) -> Any:
    """GET ``url`` and return its JSON body, asserting a 200."""
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()
