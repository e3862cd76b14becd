"""The CAMEO/ISO crosswalk: data integrity and the GDELT actor resolution rules (no Neo4j)."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from graph.errors import InvalidInput
from graph.schema import ActorKind
from graph.text import fold
from loaders.crosswalk import CROSSWALK_DIR, ActorFields, Crosswalk, get_crosswalk
from tests.conftest import SEED_DIR

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "gdelt" / "20170701234500.export.sample.CSV"


@pytest.fixture(scope="module")
def cw() -> Crosswalk:
    return get_crosswalk()


def _seed_actors() -> list[dict]:
    actors: list[dict] = []
    for path in sorted(Path(SEED_DIR).glob("*.yaml")):
        actors += yaml.safe_load(path.read_text(encoding="utf-8")).get("actors", [])
    return actors


def test_every_seed_state_is_in_the_crosswalk_with_the_same_identity(cw: Crosswalk) -> None:
    states = [a for a in _seed_actors() if a["kind"] == "state"]
    assert {a["id"] for a in states} >= {"russia", "north-korea", "ukraine", "united-states"}
    for a in states:
        ids = a.get("identifiers") or {}
        for code in (ids["iso3"], ids["cameo"]):
            entry = cw.state(code)
            assert entry is not None, f"{a['id']}: {code} not in the crosswalk"
            assert entry.id == a["id"]
        entry = cw.state(ids["iso3"])
        assert entry is not None
        assert (entry.iso3, entry.cameo) == (ids["iso3"], ids["cameo"])
        if ids.get("wikidata"):
            assert entry.wikidata == ids["wikidata"], a["id"]
        # GDELT's bare country code reaches the seed actor, not a new one
        resolved = cw.resolve(ActorFields(code=ids["cameo"], name=a["name"].upper()))
        assert resolved is not None and resolved.actor.id == a["id"]
        assert resolved.rule == "state"


def test_seed_groups_with_cameo_codes_resolve_to_the_seed_actor(cw: Crosswalk) -> None:
    for a in _seed_actors():
        code = (a.get("identifiers") or {}).get("cameo")
        if a["kind"] in ("alliance", "organization") and code:
            resolved = cw.resolve(ActorFields(code=f"IGO{code}", known_group_code=code))
            assert resolved is not None and resolved.actor.id == a["id"]


def test_un_members_and_others_are_covered_once(cw: Crosswalk) -> None:
    states = [s for s in cw.states if s.kind == ActorKind.STATE]
    non_members = {"VAT", "PSE", "TWN", "KSV"}  # two UN observers, two de-facto states
    members = [s for s in states if s.cameo not in non_members]
    assert len(members) == 193
    for column in ("id", "iso3", "cameo", "fips", "wikidata"):
        values = [getattr(s, column) for s in cw.states if getattr(s, column)]
        assert [v for v, n in Counter(values).items() if n > 1] == [], column
    assert all(s.fips for s in states)
    # ISO3 is the CAMEO code except where CAMEO kept an older code
    exceptions = {s.cameo: s.iso3 for s in states if s.cameo != s.iso3}
    assert exceptions == {"ROM": "ROU", "TMP": "TLS", "KSV": None}


@pytest.mark.parametrize("code,state_id", [
    ("ROM", "romania"), ("ROU", "romania"), ("TMP", "timor-leste"), ("TLS", "timor-leste"),
    ("KSV", "kosovo"), ("rus", "russia"), ("COD", "dr-congo"), ("COG", "republic-of-the-congo"),
])
def test_state_lookup_by_cameo_or_iso3(cw: Crosswalk, code: str, state_id: str) -> None:
    entry = cw.state(code)
    assert entry is not None and entry.id == state_id


@pytest.mark.parametrize("fips,iso3", [
    ("UK", "GBR"), ("GM", "DEU"), ("RS", "RUS"), ("KN", "PRK"), ("KS", "KOR"), ("UP", "UKR"),
    ("US", "USA"), ("CH", "CHN"), ("SZ", "CHE"), ("SF", "ZAF"), ("EI", "IRL"), ("IZ", "IRQ"),
])
def test_fips_codes_of_gdelt_geography(cw: Crosswalk, fips: str, iso3: str) -> None:
    entry = cw.state_by_fips(fips)
    assert entry is not None and entry.iso3 == iso3


def test_codes_of_different_tables_never_collide(cw: Crosswalk) -> None:
    state_codes = set(cw.by_code)
    assert not state_codes & set(cw.regions)
    assert not state_codes & set(cw.qualifiers)
    assert not set(cw.regions) & set(cw.qualifiers)
    # a group's cameo identifier must not capture a state in the writer's resolution
    assert not state_codes & set(cw.groups)


def _res(cw: Crosswalk, **kw: str) -> tuple[str, str, str | None, str | None, str]:
    r = cw.resolve(ActorFields(**kw))
    assert r is not None
    return (r.actor.id, r.actor.kind.value, r.actor.country,
            r.scope.id if r.scope else None, r.rule)


@pytest.mark.parametrize("fields,expected", [
    ({"code": "RUS", "name": "RUSSIA"}, ("russia", "state", None, None, "state")),
    ({"code": "RUS", "name": "MOSCOW"}, ("russia", "state", None, None, "state")),  # metonym
    ({"code": "USA", "name": "THE US"}, ("united-states", "state", None, None, "state")),
    ({"code": "PRK", "name": "PYONGYANG"}, ("north-korea", "state", None, None, "state")),
    ({"code": "RUSGOV", "name": "VLADIMIR PUTIN", "type1_code": "GOV"},
     ("russia-government", "government_body", "russia", "russia", "qualified")),
    ({"code": "USAMIL", "name": "PENTAGON"},
     ("united-states-military", "government_body", "united-states", "united-states",
      "qualified")),
    ({"code": "GBRGOVEDU", "name": "MICHAEL GOVE"},
     ("united-kingdom-government-education", "government_body", "united-kingdom",
      "united-kingdom", "qualified")),
    ({"code": "COP", "name": "POLICE"}, ("role-police", "government_body", None, None, "role")),
    ({"code": "GOVGOV", "name": "FOREIGN OFFICE"},
     ("role-government", "government_body", None, None, "role")),
    ({"code": "IGOWSTNAT", "name": "NATO", "known_group_code": "NAT"},
     ("nato", "alliance", None, None, "group")),
    ({"code": "IGOEUREEC", "name": "THE EU", "known_group_code": "EEC"},
     ("european-union", "organization", None, None, "group")),
    ({"code": "AFGINSTAL", "name": "TALIBAN", "known_group_code": "TAL"},
     ("taliban", "group", None, None, "group")),
    ({"code": "USA", "name": "LOS ANGELES"},
     ("united-states-los-angeles", "location", "united-states", "united-states", "location")),
    ({"name": "KHARKIV", "geo_country_code": "UP"},
     ("ukraine-kharkiv", "location", "ukraine", "ukraine", "location")),
    ({"name": "SOMEWHERE"}, ("gdelt-name-somewhere", "group", None, None, "named")),
    ({"code": "EUR", "name": "EUROPE"}, ("region-europe", "location", None, None, "region")),
    ({"code": "WST", "name": "THE WEST"}, ("the-west", "group", None, None, "region")),
    ({"code": "SEACVL", "name": "SOUTHEAST ASIA"},
     ("region-southeast-asia-civilians", "group", None, None, "qualified")),
    ({"code": "MOS", "name": "MUSLIM"}, ("religion-muslim", "group", None, None, "role")),
    ({"code": "CHRCTH", "name": "ROMAN CATHOLIC"},
     ("religion-christian-catholic", "group", None, None, "role")),
    ({"code": "sco", "name": "SCOTTISH"}, ("ethnic-sco", "group", None, None, "role")),
    ({"code": "XYZ", "name": "WHO KNOWS"}, ("cameo-xyz", "group", None, None, "unmapped")),
])
def test_resolution_rules(cw: Crosswalk, fields: dict[str, str],
                          expected: tuple[str, str, str | None, str | None, str]) -> None:
    assert _res(cw, **fields) == expected


def test_empty_side_is_no_actor(cw: Crosswalk) -> None:
    assert cw.resolve(ActorFields()) is None
    assert cw.resolve(ActorFields(code="  ", name="")) is None


def test_qualified_actors_are_not_the_state(cw: Crosswalk) -> None:
    """A role actor never carries the state's identifiers: the writer would merge them."""
    r = cw.resolve(ActorFields(code="RUSGOV", name="KREMLIN"))
    assert r is not None
    assert r.actor.identifiers.iso3 is None and r.actor.identifiers.cameo is None
    assert r.actor.name == "Russia: Government"
    assert r.basis is not None and "RUSGOV" in r.basis


def test_place_names_never_equal_a_state_name(cw: Crosswalk) -> None:
    """The writer resolves by name: a US place named Georgia must not become the state."""
    r = cw.resolve(ActorFields(code="USA", name="GEORGIA"))
    assert r is not None and r.actor.id == "united-states-georgia"
    names = {fold(s.name) for s in cw.states}
    assert fold(r.actor.name) not in names


def test_every_actor_code_of_the_sample_is_mapped(cw: Crosswalk) -> None:
    rules: Counter[str] = Counter()
    with SAMPLE.open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            for base, geo in ((5, 37), (15, 45)):
                r = cw.resolve(ActorFields(f[base], f[base + 1], f[base + 2], f[base + 3],
                                           f[base + 4], f[base + 5], f[base + 6], f[base + 7],
                                           f[base + 8], f[base + 9], geo_country_code=f[geo]))
                if r is not None:
                    rules[r.rule] += 1
                    assert r.rule != "unmapped", f[base:base + 2]
    assert rules["state"] > 0 and rules["qualified"] > 0 and rules["group"] > 0


def test_event_labels(cw: Crosswalk) -> None:
    assert cw.event_label("042") == "Make a visit"
    assert cw.event_label("0251") == "Appeal for easing of administrative sanctions"
    assert cw.event_label("19") == "Fight"
    assert cw.event_label("999") is None
    with SAMPLE.open(encoding="utf-8") as fh:
        codes = {line.split("\t")[26] for line in fh}
    assert all(cw.event_label(c) for c in codes)


def test_malformed_table_names_its_file(tmp_path: Path) -> None:
    for f in CROSSWALK_DIR.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    with (tmp_path / "groups.csv").open("a", encoding="utf-8") as fh:
        fh.write("NAT,nato-again,NATO again,alliance,\n")
    with pytest.raises(InvalidInput, match="duplicate groups.csv code 'NAT'"):
        Crosswalk(tmp_path)
    shutil.copy(CROSSWALK_DIR / "groups.csv", tmp_path / "groups.csv")
    rows = list(csv.reader((tmp_path / "states.csv").open(encoding="utf-8")))
    rows[5] = rows[5][:4]
    with (tmp_path / "states.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    with pytest.raises(InvalidInput, match=r"states.csv:6: wrong number of columns"):
        Crosswalk(tmp_path)
