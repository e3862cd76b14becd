"""Facts the embedded extractor must not draft: conditions, hypotheses, what is still to
happen, what an appeal asks for (no database). Sentences written here, one rule each."""

from __future__ import annotations

from tests.test_extract_embedded import events, run


def test_a_condition_is_no_event() -> None:
    d = run("Washington has said it will not object if Kyiv uses US-supplied missiles "
            "against North Korean troops inside Russia.")
    # the declaration is the news, of its speaker alone (case 54's gold)
    assert events(d) == [("statement", {("united-states", "speaker")})]
    it = run("Il trattato prevede assistenza militare se uno dei due Paesi è attaccato "
             "dalla Russia.", language="it")
    assert not any(t == "military_assistance" for t, _ in events(it))


def test_a_hypothetical_visit_is_no_visit() -> None:
    d = run("Interrogé sur une éventuelle visite de Vladimir Poutine en Corée du Nord, "
            "le Kremlin a refusé de commenter.", language="fr")
    assert not any(t == "visit" for t, _ in events(d))


def test_what_must_still_happen_is_no_milestone() -> None:
    d = run("Selon le ministère russe des Affaires étrangères, le traité entre la Russie et "
            "la Corée du Nord doit entrer en vigueur après l'échange des instruments.",
            language="fr")
    assert not any(t == "entry_into_force" for t, _ in events(d))


def test_what_an_appeal_asks_for_has_not_happened() -> None:
    d = run("L'OTAN a appelé Moscou et Pyongyang à « cesser immédiatement » leur "
            "coopération militaire.", language="fr")
    assert ("appeal", {("nato", "appellant"), ("russia", "addressee"),
                       ("north-korea", "addressee")}) in events(d)
    assert not any(t == "cooperation" for t, _ in events(d))


def test_a_protocol_is_signed_too() -> None:
    d = run("Sergey Lavrov e Choe Son Hui hanno firmato un protocollo sulla cooperazione "
            "consolare.", language="it")
    assert ("signing", {("sergey-lavrov", "signatory"),
                        ("choe-son-hui", "signatory")}) in events(d)


def test_soldiers_captured_are_no_deployment_their_announcement_a_statement() -> None:
    # (GUIDELINES, statement settlement: words of a named speaker that tell no event of the
    # model are a statement of that speaker alone)
    d = run("Ukrainian special forces have captured two North Korean soldiers in Russia's "
            "Kursk region, President Volodymyr Zelensky announced on Saturday.")
    assert events(d) == [("statement", {("volodymyr-zelensky", "speaker")})]
    sent = run("Two North Korean soldiers who had been deployed to Russia's Kursk region "
               "were captured by Ukrainian forces.")
    assert ("deployment", {("north-korea", "sender"), ("russia", "host")}) in events(sent)


def test_a_wish_is_no_event() -> None:
    d = run("The Kremlin hopes to host Kim Jong Un in Moscow later this year.")
    assert not any(t in ("meeting", "visit") for t, _ in events(d))


def test_who_is_addressed_by_a_quoted_speaker() -> None:
    d = run('Addressing the State Duma, Sergey Lavrov said the treaty was "not directed '
            'against third countries".')
    assert ("statement", {("sergey-lavrov", "speaker"),
                          ("state-duma", "addressee")}) in events(d)
    it = run("Il testo era stato sottoposto alla Duma dal presidente Vladimir Putin.",
             language="it")
    assert ("submission", {("vladimir-putin", "submitter"),
                           ("state-duma", "recipient")}) in events(it)


def test_what_is_no_longer_ruled_out_has_not_happened() -> None:
    d = run("Séoul n'exclut plus de livrer des armes à Kiev, a indiqué un haut responsable.",
            language="fr")
    assert events(d) == []


def test_a_treaty_signed_before_is_background() -> None:
    d = run("Sergey Lavrov and Choe Son Hui discussed cooperation under the partnership "
            "treaty signed last June.")
    assert not any(t == "signing" for t, _ in events(d))
    signed = run("Russia and North Korea signed the partnership treaty in June.")
    assert any(t == "signing" for t, _ in events(signed))


def test_soldiers_killed_or_wounded_are_no_deployment() -> None:
    d = run("Les forces ukrainiennes affirment avoir tué ou blessé plus de 3 000 soldats "
            "nord-coréens dans la région russe de Koursk.", language="fr")
    assert events(d) == [("statement", {("ukraine", "speaker")})]
    d = run("Plus de 3 000 soldats nord-coréens ont été tués ou blessés dans la région russe de "
            "Koursk.", language="fr")
    assert events(d) == []


def test_what_could_happen_in_exchange_is_no_event() -> None:
    d = run("Secondo Antony Blinken, Mosca potrebbe fornire a Pyongyang tecnologia satellitare "
            "in cambio delle truppe.", language="it")
    assert not any(t in ("deployment", "supply") for t, _ in events(d))
