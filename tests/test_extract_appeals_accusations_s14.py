"""Appeals and accusations, session 14 (issue 15, dev cases 417-424): a reproach is an
accusation, its indirect object the accused ("a reproché à Pyongyang d'avoir envoyé",
"ha rimproverato a Pechino di", "reproached Moscow for"), who did what it charges (not
where it went); arming a state is supplying it ("accused London of arming Kyiv"); a
government named by its capital after "the government of" is that state ("accusata dal
governo di Seul"). Sentences written for these tests, in wire style, not the gold texts'.
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run


def _pair(kind: str, roles: tuple[str, str], a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return (kind, {(a, roles[0]), (b, roles[1])})


def _acc(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return _pair("accusation", ("accuser", "accused"), a, b)


def _sup(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return _pair("supply", ("supplier", "recipient"), a, b)


def _dep(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return _pair("deployment", ("sender", "host"), a, b)


def _same(got: list[tuple[str, set[tuple[str, str]]]],
          want: list[tuple[str, set[tuple[str, str]]]]) -> bool:
    return sorted(got, key=str) == sorted(want, key=str)


# --- reproaches --------------------------------------------------------------------------


def test_reproach_in_english() -> None:
    assert _same(events(run("Seoul reproached Moscow for its cooperation with Pyongyang.")),
                 [_acc("south-korea", "russia")])
    assert _same(events(run("Kyiv faulted Beijing for failing to restrain Pyongyang.")),
                 [_acc("ukraine", "china")])
    d = run("The Kremlin reproached Seoul for supplying shells to Ukraine.")
    assert _same(events(d), [_acc("russia", "south-korea"), _sup("south-korea", "ukraine")])
    assert claims(d, "supply") == [("alleged", ["russia"])]
    d = run("North Korea was reproached by Japan for sending troops to Russia.")
    assert _same(events(d), [_acc("japan", "north-korea"), _dep("north-korea", "russia")])


def test_reproach_to_whom_in_french() -> None:
    d = run("Kiev a reproché à Pyongyang d'avoir envoyé des milliers de soldats en Russie.",
            language="fr")
    assert _same(events(d), [_acc("ukraine", "north-korea"), _dep("north-korea", "russia")])
    assert claims(d, "deployment") == [("alleged", ["ukraine"])]
    d = run("Kiev a reproché à Pyongyang l'envoi de soldats en Russie.", language="fr")
    assert _same(events(d), [_acc("ukraine", "north-korea"), _dep("north-korea", "russia")])
    d = run("Moscou reproche à Séoul ses livraisons d'armes à Kiev.", language="fr")
    assert _same(events(d), [_acc("russia", "south-korea"), _sup("south-korea", "ukraine")])
    d = run("Paris a incriminé Pyongyang pour ses livraisons de missiles à Moscou.",
            language="fr")
    assert _same(events(d), [_acc("france", "north-korea"), _sup("north-korea", "russia")])


def test_reproach_in_italian() -> None:
    d = run("L'ambasciatore russo all'ONU Vassily Nebenzia ha rimproverato Londra di "
            "alimentare il conflitto.", language="it")
    assert _same(events(d), [_acc("vassily-nebenzia", "united-kingdom")])
    d = run("Kiev ha rimproverato a Pechino di aver fornito droni alla Russia.", language="it")
    assert _same(events(d), [_acc("ukraine", "china"), _sup("china", "russia")])
    d = run("La Corea del Nord è stata rimproverata dal Giappone per l'invio di truppe in "
            "Russia.", language="it")
    assert _same(events(d), [_acc("japan", "north-korea"), _dep("north-korea", "russia")])
    d = run("Tokyo ha addebitato a Pyongyang la responsabilità della crisi.", language="it")
    assert _same(events(d), [_acc("japan", "north-korea")])


def test_no_reproach_when_negated() -> None:
    assert events(run("Seoul did not reproach Moscow for anything.")) == []


# --- arming a state ----------------------------------------------------------------------


def test_arming_a_state_is_a_supply() -> None:
    d = run("Moscow accused London of arming Kyiv.")
    assert _same(events(d), [_acc("russia", "united-kingdom"), _sup("united-kingdom", "ukraine")])
    assert claims(d, "supply") == [("alleged", ["russia"])]
    d = run("Il Cremlino accusa Londra di armare Kiev.", language="it")
    assert _same(events(d), [_acc("russia", "united-kingdom"), _sup("united-kingdom", "ukraine")])
    d = run("Le Kremlin reproche à Londres d'armer Kiev.", language="fr")
    assert _same(events(d), [_acc("russia", "united-kingdom"), _sup("united-kingdom", "ukraine")])


def test_armed_forces_are_no_supply() -> None:
    assert events(run("Russia's armed forces hit Kharkiv.")) == []
    assert events(run("Le forze armate russe hanno colpito Kharkiv.", language="it")) == []
    assert events(run("Les forces armées russes ont frappé Kharkiv.", language="fr")) == []


# --- the government of a capital -----------------------------------------------------------


def test_government_of_a_capital_is_the_state() -> None:
    d = run("Pyongyang è stata accusata dal governo di Seul di aver inviato altri soldati in "
            "Russia.", language="it")
    assert _same(events(d), [_acc("south-korea", "north-korea"), _dep("north-korea", "russia")])
    d = run("North Korea was condemned by the government of Japan for sending troops to "
            "Russia.")
    assert _same(events(d), [_acc("japan", "north-korea"), _dep("north-korea", "russia")])
    d = run("La Corée du Nord a été dénoncée par le gouvernement de Tokyo pour l'envoi de "
            "soldats en Russie.", language="fr")
    assert _same(events(d), [_acc("japan", "north-korea"), _dep("north-korea", "russia")])
