"""Regenerate the small GDELT test files of this directory from the shared sample.

    .venv/bin/python tests/data/gdelt/make_test_files.py

- ``20241010120000.export.CSV``: rows in the exact GDELT 2.0 layout whose actors are the
  seed's states and their parts (RUS, PRK, UKR, USA, RUSGOV, USAMIL, NATO, police...).
  They are synthetic (the 2017 sample names none of them): each is a real sample row with
  the actor, event and date fields replaced, so every other field stays GDELT's.
- ``20170701234500.export.malformed.CSV``: six real sample rows where line 2 is truncated
  after 40 fields and line 4 has the impossible SQLDATE 20171345.
"""

from __future__ import annotations

from pathlib import Path

from loaders.gdelt import FIELDS

HERE = Path(__file__).resolve().parent
# the shared sample, beside the repository: ../shared/data/gdelt/
SAMPLE = HERE.parents[3] / "shared" / "data" / "gdelt" / "20170701234500.export.sample.CSV"

ACTOR_KEYS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")


def actor(n: int, code: str = "", name: str = "", country: str = "", group: str = "",
          types: tuple[str, ...] = ()) -> dict[str, str]:
    values = [code, name, country, group, "", "", "", *types, "", "", ""][:10]
    return {f"Actor{n}{k}": v for k, v in zip(ACTOR_KEYS, values, strict=True)}


def row(template: list[str], **fields: str) -> str:
    out = list(template)
    for key, value in fields.items():
        out[FIELDS.index(key)] = value
    return "\t".join(out)


def event(gid: int, day: str, code: str, quad: str, goldstein: str, url: str,
          a1: dict[str, str], a2: dict[str, str]) -> dict[str, str]:
    return {"GLOBALEVENTID": str(gid), "SQLDATE": day, "MonthYear": day[:6], "Year": day[:4],
            "FractionDate": f"{day[:4]}.{int(day[4:6]) * 83:04d}", "EventCode": code,
            "EventBaseCode": code[:3], "EventRootCode": code[:2], "QuadClass": quad,
            "GoldsteinScale": goldstein, "NumMentions": "4", "NumSources": "1",
            "NumArticles": "4", "AvgTone": "-2.5", "DATEADDED": "20241010120000",
            "SOURCEURL": url, **a1, **a2}


def main() -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    template = lines[7].split("\t")  # a row with all three geographies filled
    assert len(template) == len(FIELDS)
    url = "https://www.example-news.org/world/2024/10/09/russia-north-korea-talks"
    url2 = "https://news.example.com/europe/ukraine-nato-appeal?id=42"
    russia = actor(1, "RUS", "RUSSIA", "RUS")
    rows = [
        event(1190000001, "20241009", "040", "1", "1.0", url, russia,
              actor(2, "PRK", "NORTH KOREA", "PRK")),
        event(1190000002, "20241009", "0251", "1", "3.0", url, actor(1, "PRK", "PYONGYANG", "PRK"),
              actor(2, "RUS", "MOSCOW", "RUS")),
        event(1190000003, "20241008", "042", "1", "1.9", url,
              actor(1, "RUSGOV", "VLADIMIR PUTIN", "RUS", types=("GOV",)),
              actor(2, "PRKGOV", "NORTH KOREA", "PRK", types=("GOV",))),
        event(1190000004, "20241007", "0234", "1", "3.4", url2, actor(1, "UKR", "UKRAINE", "UKR"),
              actor(2, "IGOWSTNAT", "NATO", "WST", "NAT", ("IGO",))),
        event(1190000005, "20241007", "1123", "3", "-4.4", url2,
              actor(1, "USA", "WASHINGTON", "USA"), actor(2, "RUS", "RUSSIAN", "RUS")),
        event(1190000006, "20241006", "190", "4", "-10.0", url2, russia,
              actor(2, "UKR", "UKRAINIAN", "UKR")),
        event(1190000007, "20241009", "193", "4", "-10.0", url2, russia,
              actor(2, "UKR", "UKRAINE", "UKR")),
        event(1190000008, "20241005", "072", "2", "8.3", url2,
              actor(1, "USAMIL", "PENTAGON", "USA", types=("MIL",)),
              actor(2, "UKR", "KYIV", "UKR")),
        event(1190000009, "20241009", "173", "4", "-5.0", url2,
              actor(1, "COP", "POLICE", types=("COP",)), actor(2)),
        event(1190000010, "20241009", "138", "3", "-7.0", url,
              actor(1), actor(2, "PRK", "NORTH KOREA", "PRK")),
    ]
    text = "\n".join(row(template, **r) for r in rows) + "\n"
    (HERE / "20241010120000.export.CSV").write_text(text, encoding="utf-8")

    bad = lines[100:106]
    bad[1] = "\t".join(bad[1].split("\t")[:40])  # truncated: 40 of 61 fields
    f = bad[3].split("\t")
    f[FIELDS.index("SQLDATE")] = "20171345"
    bad[3] = "\t".join(f)
    (HERE / "20170701234500.export.malformed.CSV").write_text("\n".join(bad) + "\n",
                                                               encoding="utf-8")


if __name__ == "__main__":
    main()
