"""The session-17 settlements of GUIDELINES.md ("Settled at the start of session 17"):
thanks for support are the support of the one thanked, to the beneficiary named or else to
the thanker, reported by the thanker (thanks for anything else: the thanker's statement);
a signing named in passing with one side after "with" ("the treaty signed with Moscow last
year") only names the treaty; a body described with an organisation's name ("a UN panel of
experts") is that organisation; "Kcna, secondo cui ..." before words of no event gives no
statement. Sentences written for these tests in wire style, in EN, IT and FR, with
contrasts that must not fire (no database; the seed document's lexicon, as in
tests/test_extract_embedded.py).
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import claims, events, run

NK, RU, UA, US, JP, SK = ("north-korea", "russia", "ukraine", "united-states", "japan",
                          "south-korea")
ZEL, CHOE = "volodymyr-zelensky", "choe-son-hui"
UN = "united-nations"
DEPLOYED = ("deployment", {(NK, "sender"), (RU, "host")})
NK_TO_RU = ("supply", {(NK, "supplier"), (RU, "recipient")})
SIGNED = ("signing", {(NK, "party"), (RU, "party")})
IN_FORCE = ("entry_into_force", {(NK, "party"), (RU, "party")})
RATIFIED_RU = ("ratification", {(RU, "party")})

Want = list[tuple[str, set[tuple[str, str]]]]


def supports(supporter: str, supported: str) -> tuple[str, set[tuple[str, str]]]:
    return ("support", {(supporter, "supporter"), (supported, "supported")})


def says(speaker: str, *addressees: str) -> tuple[str, set[tuple[str, str]]]:
    return ("statement", {(speaker, "speaker")} | {(a, "addressee") for a in addressees})


def _sorted(evs: Want) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((t, sorted(p)) for t, p in evs)


def check(lang: str, text: str, want: Want) -> None:
    d = run(text, language=lang, published="2024-11-20")
    assert _sorted(events(d)) == _sorted(want), text


THANKS = [
    # thanked for support: the one thanked supports the thanker (no beneficiary named)...
    ("en", "Ukrainian President Volodymyr Zelensky thanked Washington for its backing.",
     [supports(US, ZEL)]),
    ("en", "Zelensky thanked Japan for its support.", [supports(JP, ZEL)]),
    ("it", "Choe Son Hui ha ringraziato la Russia per il sostegno.", [supports(RU, CHOE)]),
    ("it", "Il presidente ucraino Volodymyr Zelensky ha ringraziato la Corea del Sud per il "
           "suo costante sostegno.", [supports(SK, ZEL)]),
    ("fr", "Le président ukrainien Volodymyr Zelensky a remercié jeudi la Corée du Sud pour "
           "son « soutien constant ».", [supports(SK, ZEL)]),
    ("fr", "Zelensky a remercié le Japon pour son soutien.", [supports(JP, ZEL)]),
    # ... or the beneficiary named after it
    ("en", "Putin thanked North Korea for its firm support for the Russian military "
           "operation.", [supports(NK, RU)]),
    ("it", "Putin ha ringraziato la Corea del Nord per il «fermo sostegno» all'operazione "
           "militare russa.", [supports(NK, RU)]),
    ("fr", "Poutine a remercié la Corée du Nord pour son soutien à l'opération militaire "
           "russe.", [supports(NK, RU)]),
    # contrasts: thanks for anything else are the thanker's statement, the one thanked its
    # addressee
    ("en", "Zelensky thanked Japan for its firmness.", [says(ZEL, JP)]),
    ("it", "Zelensky ha ringraziato il Giappone per la sua fermezza.", [says(ZEL, JP)]),
    ("fr", "Zelensky a remercié le Japon pour son engagement.", [says(ZEL, JP)]),
]


@pytest.mark.parametrize("lang,text,want", THANKS)
def test_thanks_for_support(lang: str, text: str, want: Want) -> None:
    check(lang, text, want)


@pytest.mark.parametrize("lang,text,thanker", [
    ("it", "Choe Son Hui ha ringraziato la Russia per il sostegno.", CHOE),
    ("fr", "Zelensky a remercié le Japon pour son soutien.", ZEL),
])
def test_thanks_for_support_reported_by_the_thanker(lang: str, text: str,
                                                    thanker: str) -> None:
    assert claims(run(text, language=lang, published="2024-11-20"), "support") == [
        ("reported", [thanker])]


SIGNED_IN_PASSING = [
    # one side named after "with" in the treaty's participle: the treaty named, no signing
    ("en", "Pyongyang sent the troops to Russia under the treaty signed with Moscow last "
           "year.", [DEPLOYED]),
    ("it", "Pyongyang ha inviato le truppe in Russia in base al trattato firmato con Mosca lo "
           "scorso anno.", [DEPLOYED]),
    ("fr", "Pyongyang a envoyé les troupes en Russie au titre du traité signé avec Moscou "
           "l'an dernier.", [DEPLOYED]),
    ("it", "Il Presidium ha ratificato il trattato firmato con la Russia a giugno, ha "
           "riferito la Kcna.", [RATIFIED_RU]),
    # contrasts: both sides named (between, a subject and "with"): a signing of its own date
    ("en", "The treaty signed between Moscow and Pyongyang in June took effect in December.",
     [SIGNED, IN_FORCE]),
    ("en", "The treaty Pyongyang signed with Moscow in June took effect in December.",
     [SIGNED, IN_FORCE]),
    ("fr", "Le traité signé entre la Russie et la Corée du Nord en juin est entré en "
           "vigueur.", [SIGNED, IN_FORCE]),
]


@pytest.mark.parametrize("lang,text,want", SIGNED_IN_PASSING)
def test_signing_named_in_passing(lang: str, text: str, want: Want) -> None:
    check(lang, text, want)


BODIES_DESCRIBED = [
    # a body described with an organisation's name is that organisation
    ("en", "North Korea has supplied Russia with ballistic missiles, a UN panel of experts "
           "said.", [UN]),
    ("en", "North Korea has supplied Russia with ballistic missiles, a panel of United "
           "Nations sanctions monitors said in a report.", [UN]),
    ("it", "Secondo un gruppo di esperti dell'Onu, la Corea del Nord ha fornito missili alla "
           "Russia.", [UN]),
    ("it", "Secondo un gruppo di esperti delle Nazioni Unite, la Corea del Nord ha fornito "
           "missili alla Russia.", [UN]),
    ("fr", "La Corée du Nord a livré des missiles à la Russie, selon un groupe d'experts de "
           "l'ONU.", [UN]),
    # contrasts: no organisation named in the description: an unnamed group as before
    ("en", "North Korea has supplied Russia with ballistic missiles, a group of independent "
           "experts said.", ["independent-experts"]),
    ("it", "Secondo un gruppo di esperti indipendenti, la Corea del Nord ha fornito missili "
           "alla Russia.", ["gruppo-di-esperti"]),
    ("fr", "La Corée du Nord a livré des missiles à la Russie, selon un groupe d'experts "
           "mandaté par onze pays.", ["groupe-d-experts"]),
]


@pytest.mark.parametrize("lang,text,source", BODIES_DESCRIBED)
def test_body_described_with_an_organisation(lang: str, text: str,
                                             source: list[str]) -> None:
    d = run(text, language=lang, published="2024-11-20")
    assert _sorted(events(d)) == _sorted([NK_TO_RU]), text
    assert claims(d, "supply") == [("reported", source)], text


ACCORDING_WHOM = [
    # "Kcna, secondo cui ..." before words of no event: an "according to", no statement
    ("it", "L'annuncio è stato diffuso ieri dall'agenzia di Stato Kcna, secondo cui "
           "l'operazione si è conclusa con «una vittoria completa».", []),
    ("en", "The announcement was published by the state news agency KCNA, according to which "
           "the operation ended in \"complete victory\".", []),
    ("fr", "Le texte a été publié hier par l'agence officielle KCNA, selon laquelle "
           "l'opération s'est achevée par « une victoire totale ».", []),
    # contrasts: an event told after it is reported by the agency; a verb of saying of the
    # agency, or a person quoted ("ha citato X, secondo cui"), makes a statement
    ("it", "L'annuncio è stato diffuso ieri dalla Kcna, secondo cui la Corea del Nord ha "
           "inviato truppe in Russia.", [DEPLOYED]),
    ("it", "L'agenzia ha citato il viceministro degli Esteri Kim Jong Gyu, secondo cui il "
           "patto «rafforza la pace e la stabilità nella regione».", [says("kim-jong-gyu")]),
    ("it", "La Kcna ha dichiarato che l'operazione si è conclusa con «una vittoria completa».",
     [says("kcna")]),
    ("fr", "L'agence KCNA a affirmé que l'opération s'est achevée par « une victoire "
           "totale ».", [says("kcna")]),
]


@pytest.mark.parametrize("lang,text,want", ACCORDING_WHOM)
def test_according_to_whom(lang: str, text: str, want: Want) -> None:
    check(lang, text, want)


KIM = "kim-jong-un"
SENT_ON_ORDERS = ("deployment", {(NK, "sender"), (KIM, "sender"), (RU, "host")})

ON_ORDERS = [
    # sent on the orders of Kim: Kim a sender, beside the state named as sending
    ("en", "North Korea sent troops to Russia on the orders of leader Kim Jong Un.",
     [SENT_ON_ORDERS]),
    ("en", "Pyongyang confirmed that it had sent troops to Russia on the orders of leader Kim "
           "Jong Un.", [SENT_ON_ORDERS]),
    ("it", "La Corea del Nord ha inviato truppe in Russia su ordine del leader Kim Jong Un.",
     [SENT_ON_ORDERS]),
    ("fr", "La Corée du Nord a envoyé des troupes en Russie sur ordre du dirigeant Kim Jong "
           "Un.", [SENT_ON_ORDERS]),
    ("fr", "La Corée du Nord a envoyé des troupes en Russie sur les ordres du dirigeant Kim "
           "Jong Un.", [SENT_ON_ORDERS]),
    # contrasts: fighting on his orders tells no sending; a sending with no orders told
    ("en", "North Korean troops fought alongside Russian forces on the orders of leader Kim "
           "Jong Un.", [("military_assistance", {(NK, "provider"), (RU, "recipient")})]),
    ("it", "La Corea del Nord ha inviato truppe in Russia, ha detto il leader Kim Jong Un.",
     [DEPLOYED]),
]


@pytest.mark.parametrize("lang,text,want", ON_ORDERS)
def test_sent_on_orders(lang: str, text: str, want: Want) -> None:
    check(lang, text, want)
