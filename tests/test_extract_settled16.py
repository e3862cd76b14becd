"""The embedded extractor on the readings settled at the start of session 16 (GUIDELINES.md,
"Settled at the start of session 16"): actor ids (the Federation Council, KCNA, ministries
named in full, intelligence sources), places that name no host, signings naming one state,
a treaty "signed in June" with no signer, fighting alongside as military assistance only,
how far a denial reaches, words pointing back, dates counted from the fact pointed to,
"selon X" before words telling no event, "..., adding that ..." as a statement. A grid of
sentences written for these tests (not the gold texts'), in English, Italian and French.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_embedded import actor_ids, events, run

NK_RU_DEPLOYMENT = ("deployment", frozenset({("north-korea", "sender"), ("russia", "host")}))
NK_RU_SUPPLY = ("supply", frozenset({("north-korea", "supplier"), ("russia", "recipient")}))
NK_RU_HELP = ("military_assistance",
              frozenset({("north-korea", "provider"), ("russia", "recipient")}))


def _claims(d: Any) -> dict[tuple[str, frozenset[tuple[str, str]]],
                            set[tuple[str, tuple[str, ...]]]]:
    out: dict[tuple[str, frozenset[tuple[str, str]]], set[tuple[str, tuple[str, ...]]]] = {}
    for e in d.document["events"]:
        key = (e["type"], frozenset((p["actor"], p["role"]) for p in e["participants"]))
        out.setdefault(key, set()).update(
            (c["certainty"], tuple(sorted(c["asserted_by"])))
            for c in d.document["claims"] if c["event"] == e["id"])
    return out


def _types(d: Any) -> list[str]:
    return sorted(e["type"] for e in d.document["events"])


def _date(d: Any, event_type: str) -> list[tuple[str | None, bool | None]]:
    out = []
    for e in d.document["events"]:
        if e["type"] == event_type:
            date = e.get("date") or {}
            out.append((date.get("value"), date.get("inferred")))
    return out


# --- actor ids --------------------------------------------------------------------------------

ACTOR_IDS = [
    ("en", "The Federation Council ratified the treaty with North Korea on Wednesday.",
     "federation-council"),
    ("it", "Il Consiglio della Federazione ha ratificato mercoledì il trattato con la Corea del "
           "Nord.", "federation-council"),
    ("fr", "Le Conseil de la Fédération a ratifié mercredi le traité avec la Corée du Nord.",
     "federation-council"),
    ("en", "North Korea has ratified the treaty with Russia, the Korean Central News Agency "
           "reported.", "kcna"),
    ("it", "La Corea del Nord ha ratificato il trattato con la Russia, ha riferito l'agenzia "
           "ufficiale nordcoreana Kcna.", "kcna"),
    ("fr", "La Corée du Nord a ratifié le traité avec la Russie, a annoncé l'agence officielle "
           "KCNA.", "kcna"),
    ("en", "South Korea's Ministry of Unification said the treaty posed a threat to the "
           "peninsula.", "south-korea-unification-ministry"),
    ("en", "Japan's Ministry of Foreign Affairs said the pact threatened regional peace.",
     "japan-foreign-ministry"),
    ("en", "The Russian Ministry of Defence said the exercises had ended.",
     "russia-defence-ministry"),
    ("it", "Il ministero degli Esteri giapponese ha definito il patto una minaccia per la pace.",
     "japan-foreign-ministry"),
    ("it", "Il ministero dell'Unificazione sudcoreano ha espresso preoccupazione per il "
           "trattato.", "south-korea-unification-ministry"),
    ("it", "Il ministero della Difesa russo ha detto che le esercitazioni sono terminate.",
     "russia-defence-ministry"),
    ("fr", "Le ministère japonais des Affaires étrangères a dénoncé une coopération qui menace "
           "la paix.", "japan-foreign-ministry"),
    ("fr", "Le ministère sud-coréen de l'Unification a exprimé sa préoccupation.",
     "south-korea-unification-ministry"),
    ("fr", "Le ministère russe de la Défense a affirmé que les exercices étaient terminés.",
     "russia-defence-ministry"),
]


@pytest.mark.parametrize(("language", "text", "actor"), ACTOR_IDS)
def test_bodies_and_agencies_have_one_id_in_every_language(language: str, text: str,
                                                           actor: str) -> None:
    ids = actor_ids(run(text, language=language, published="2024-11-14"))
    assert actor in ids
    assert not {i for i in ids - {actor} if i.endswith(("ministry", "federation", "federazione",
                                                        "agency", "agenzia"))
                and "-" in i and i.split("-")[0] in {"ministry", "ministero", "ministere",
                                                     "consiglio", "conseil",
                                                     "korean"}}, ids


INTELLIGENCE = [
    ("en", "North Korea has sent 3,000 soldiers to Russia, South Korea's intelligence service "
           "said.", "national-intelligence-service"),
    ("en", "North Korea has sent 3,000 soldiers to Russia, the NIS said.",
     "national-intelligence-service"),
    ("en", "North Korea has sent 3,000 soldiers to Russia, South Korea's spy agency said.",
     "national-intelligence-service"),
    ("it", "La Corea del Nord ha inviato 3.000 soldati in Russia, ha riferito il servizio "
           "d'intelligence sudcoreano.", "national-intelligence-service"),
    ("it", "La Corea del Nord ha inviato 3.000 soldati in Russia, secondo l'agenzia di "
           "intelligence sudcoreana Nis.", "national-intelligence-service"),
    ("fr", "La Corée du Nord a envoyé 3 000 soldats en Russie, a affirmé le service de "
           "renseignement sud-coréen.", "national-intelligence-service"),
    ("fr", "La Corée du Nord a envoyé 3 000 soldats en Russie, selon le NIS.",
     "national-intelligence-service"),
    ("en", "North Korea has sent 3,000 soldiers to Russia, Seoul's spy agency said.",
     "national-intelligence-service"),
    ("it", "Secondo il servizio segreto di Seul, la Corea del Nord ha inviato 3.000 soldati in "
           "Russia.", "national-intelligence-service"),
    ("fr", "La Corée du Nord a envoyé 3 000 soldats en Russie, selon l'agence de renseignement "
           "de Séoul.", "national-intelligence-service"),
    # unnamed sources in the plural or without "service" stay groups named as written
    ("en", "North Korea has sent 3,000 soldiers to Russia, South Korean intelligence said.",
     "south-korean-intelligence"),
    ("it", "La Corea del Nord ha inviato 3.000 soldati in Russia, secondo l'intelligence "
           "sudcoreana.", "intelligence-sudcoreana"),
    ("fr", "La Corée du Nord a envoyé 3 000 soldats en Russie, selon les services de "
           "renseignement sud-coréens.", "services-de-renseignement-sud-coreens"),
]


def test_another_states_intelligence_service_is_not_the_nis() -> None:
    for text, lang in [
            ("North Korea has sent 3,000 soldiers to Russia, Ukraine's intelligence service "
             "said.", "en"),
            ("La Corée du Nord a envoyé 3 000 soldats en Russie, selon le service de "
             "renseignement ukrainien.", "fr")]:
        d = run(text, language=lang)
        assert "national-intelligence-service" not in actor_ids(d), text


@pytest.mark.parametrize(("language", "text", "source"), INTELLIGENCE)
def test_intelligence_sources(language: str, text: str, source: str) -> None:
    d = run(text, language=language, published="2024-11-14")
    assert "nis" not in actor_ids(d)
    found = _claims(d)
    assert NK_RU_DEPLOYMENT in found, found
    assert any(source in who for _, who in found[NK_RU_DEPLOYMENT]), found


# --- places that name no host -------------------------------------------------------------------

NO_HOST = [
    ("en", "North Korean Foreign Minister Choe Son Hui arrived in Vladivostok on Monday.",
     "choe-son-hui"),
    ("en", "Russian Foreign Minister Sergei Lavrov flew into Wonsan on Friday.", "sergey-lavrov"),
    ("it", "Il ministro degli Esteri russo Sergei Lavrov è arrivato venerdì a Wonsan.",
     "sergey-lavrov"),
    ("it", "La ministra degli Esteri nordcoreana Choe Son Hui è giunta lunedì a Vladivostok.",
     "choe-son-hui"),
    ("fr", "Le chef de la diplomatie russe Sergueï Lavrov s'est rendu samedi à Wonsan.",
     "sergey-lavrov"),
    ("fr", "La ministre nord-coréenne des Affaires étrangères Choe Son Hui est arrivée lundi à "
           "Vladivostok.", "choe-son-hui"),
]


@pytest.mark.parametrize(("language", "text", "visitor"), NO_HOST)
def test_a_city_neither_capital_nor_named_with_its_state_names_no_host(
        language: str, text: str, visitor: str) -> None:
    assert ("visit", {(visitor, "visitor")}) in events(run(text, language=language))


HOST_NAMED = [
    ("en", "Russian Foreign Minister Sergei Lavrov arrived in the North Korean resort city of "
           "Wonsan on Friday.", "sergey-lavrov", "north-korea"),
    ("en", "Kim Jong Un arrived in Vladivostok, in Russia's Far East, on Tuesday.",
     "kim-jong-un", "russia"),
    ("it", "Il ministro degli Esteri russo Sergei Lavrov è arrivato venerdì nella località "
           "balneare nordcoreana di Wonsan.", "sergey-lavrov", "north-korea"),
    ("fr", "Le chef de la diplomatie russe Sergueï Lavrov est arrivé samedi à Pyongyang.",
     "sergey-lavrov", "north-korea"),
]


@pytest.mark.parametrize(("language", "text", "visitor", "host"), HOST_NAMED)
def test_a_capital_or_a_city_named_with_its_state_names_the_host(
        language: str, text: str, visitor: str, host: str) -> None:
    assert ("visit", {(visitor, "visitor"), (host, "host")}) in events(
        run(text, language=language))


TALKS_IN_A_REGION = [
    ("en", "Putin and Kim Jong Un held talks in Russia's Far East on Wednesday."),
    ("it", "Putin e Kim Jong Un hanno avuto colloqui mercoledì nell'Estremo Oriente russo."),
    ("fr", "Poutine et Kim Jong Un se sont entretenus mercredi dans l'Extrême-Orient russe."),
]


@pytest.mark.parametrize(("language", "text"), TALKS_IN_A_REGION)
def test_talks_held_in_a_region_are_a_meeting_and_no_visit(language: str, text: str) -> None:
    assert _types(run(text, language=language)) == ["meeting"]


# --- signings --------------------------------------------------------------------------------

ONE_STATE_SIGNING = [
    ("en", "The treaty was signed in Pyongyang by Vladimir Putin and Kim Jong Un.",
     {"north-korea"}),
    ("it", "Il trattato è stato firmato a Pyongyang da Vladimir Putin e Kim Jong Un.",
     {"north-korea"}),
    ("fr", "Le traité a été signé à Pyongyang par Vladimir Poutine et Kim Jong Un.",
     {"north-korea"}),
]


@pytest.mark.parametrize(("language", "text", "parties"), ONE_STATE_SIGNING)
def test_a_signing_naming_one_state_has_it_alone_as_party(language: str, text: str,
                                                          parties: set[str]) -> None:
    found = [e for e in events(run(text, language=language)) if e[0] == "signing"]
    assert len(found) == 1, found
    assert {a for a, r in found[0][1] if r == "party"} == parties


NO_SIGNER = [
    ("en", "The talks focused on implementing the partnership treaty signed in June."),
    ("en", "The two ministers discussed the pact signed in Pyongyang in June."),
    ("en", "Trade has grown since the signing of the pact in June."),
    ("it", "I colloqui si sono concentrati sull'attuazione del trattato firmato a giugno."),
    ("it", "Il trattato, firmato a Pyongyang a giugno, prevede l'assistenza militare "
           "reciproca."),
    ("it", "Gli scambi sono cresciuti dalla firma del patto a giugno."),
    ("fr", "Les entretiens ont porté sur la mise en œuvre du traité signé en juin à Pyongyang."),
    ("fr", "Le traité, signé en juin, prévoit une assistance militaire mutuelle."),
    ("fr", "Les échanges ont augmenté depuis la signature du pacte en juin."),
]


@pytest.mark.parametrize(("language", "text"), NO_SIGNER)
def test_a_treaty_signed_with_no_signer_named_is_no_signing(language: str, text: str) -> None:
    d = run(text, language=language, published="2024-11-05")
    assert "signing" not in _types(d), events(d)


SIGNER_NAMED = [
    ("en", "The treaty, signed by Putin and Kim Jong Un in June, provides for mutual aid."),
    ("en", "Russia and North Korea signed the pact in June."),
    ("it", "Il trattato, firmato a giugno da Putin e Kim Jong Un, prevede l'assistenza "
           "reciproca."),
    ("fr", "Le traité, signé en juin par Vladimir Poutine et Kim Jong Un, prévoit une "
           "assistance mutuelle."),
]


@pytest.mark.parametrize(("language", "text"), SIGNER_NAMED)
def test_a_treaty_signed_by_a_named_signer_is_a_signing(language: str, text: str) -> None:
    assert "signing" in _types(run(text, language=language, published="2024-11-05"))


# --- fighting -----------------------------------------------------------------------------------

FIGHTING = [
    ("en", "North Korean soldiers are fighting alongside Russian forces in the Kursk region."),
    ("en", "North Korean troops fought alongside Russian units in Kursk, Kyiv said."),
    ("it", "I soldati nordcoreani combattono al fianco delle forze russe nella regione di Kursk."),
    ("it", "Militari nordcoreani hanno combattuto accanto alle truppe russe a Kursk."),
    ("fr", "Des soldats nord-coréens combattent aux côtés des forces russes dans la région de "
           "Koursk."),
    ("fr", "Des troupes nord-coréennes ont combattu aux côtés de l'armée russe à Koursk."),
]


@pytest.mark.parametrize(("language", "text"), FIGHTING)
def test_fighting_alongside_is_military_assistance_only(language: str, text: str) -> None:
    d = run(text, language=language)
    assert _types(d) == ["military_assistance"], events(d)


SENT_THEN_FIGHTING = [
    ("en", "North Korean soldiers sent to Russia have begun fighting alongside Russian forces."),
    ("it", "I soldati nordcoreani inviati in Russia combattono ora al fianco dell'esercito "
           "russo."),
    ("fr", "Les soldats nord-coréens envoyés en Russie combattent aux côtés des forces russes."),
]


@pytest.mark.parametrize(("language", "text"), SENT_THEN_FIGHTING)
def test_sent_and_fighting_are_two_events(language: str, text: str) -> None:
    d = run(text, language=language)
    assert _types(d) == ["deployment", "military_assistance"], events(d)


CAPTURED = [
    ("en", "Ukrainian forces captured two North Korean soldiers in the Kursk region."),
    ("en", "Two North Korean soldiers were captured in Russia's Kursk region, Zelensky said."),
    ("it", "Le forze ucraine hanno catturato due soldati nordcoreani nella regione di Kursk."),
    ("it", "Due soldati nordcoreani sono stati fatti prigionieri nella regione russa di Kursk."),
    ("fr", "Les forces ukrainiennes ont capturé deux soldats nord-coréens dans la région de "
           "Koursk."),
    ("fr", "Deux soldats nord-coréens ont été faits prisonniers dans la région russe de Koursk."),
]


@pytest.mark.parametrize(("language", "text"), CAPTURED)
def test_soldiers_captured_are_no_presence(language: str, text: str) -> None:
    d = run(text, language=language)
    assert "deployment" not in _types(d), events(d)


# --- how far a denial reaches -----------------------------------------------------------------

DENIAL_REACH = [
    ("en", "North Korea has shipped millions of shells to Russia, Seoul said.\n"
           "The Kremlin denied any arms deliveries.\n"
           "The Pentagon said Pyongyang had also supplied Moscow with ballistic missiles.",
     "russia", 2),
    ("it", "La Corea del Nord ha consegnato milioni di proiettili alla Russia, secondo Seul.\n"
           "Il Pentagono ha affermato che Pyongyang ha fornito a Mosca anche missili balistici.\n"
           "Il Cremlino ha negato qualsiasi fornitura di armi.", "russia", 2),
    ("fr", "La Corée du Nord a livré des millions d'obus à la Russie, selon Séoul.\n"
           "Le Pentagone a affirmé que Pyongyang avait aussi fourni des missiles balistiques à "
           "Moscou.\nLe Kremlin a nié toute livraison d'armes.", "russia", 2),
    ("fr", "Kiev a affirmé que Pyongyang avait livré des missiles à Moscou.\n"
           "Moscou a rejeté ces accusations.", "russia", 1),
    ("en", "Kyiv said Pyongyang had delivered missiles to Moscow.\n"
           "Moscow rejected these accusations.", "russia", 1),
    ("it", "Kiev ha affermato che Pyongyang ha consegnato missili a Mosca.\n"
           "Mosca ha respinto queste accuse.", "russia", 1),
]


@pytest.mark.parametrize(("language", "text", "denier", "n"), DENIAL_REACH)
def test_a_denial_reaches_every_fact_of_its_kind_of_the_deniers_side(
        language: str, text: str, denier: str, n: int) -> None:
    d = run(text, language=language)
    supplies = [e for e in d.document["events"] if e["type"] == "supply"]
    assert len(supplies) == n, events(d)
    for e in supplies:
        assert any(c["certainty"] == "denied" and c["asserted_by"] == [denier]
                   for c in d.document["claims"] if c["event"] == e["id"]), e


def test_a_denial_of_reports_of_the_deployment_denies_it() -> None:
    for text, lang in [
            ("North Korean troops have been sent to Russia, Seoul said.\n"
             "The Kremlin dismissed reports of the deployment.", "en"),
            ("Truppe nordcoreane sono state inviate in Russia, secondo Seul.\n"
             "Il Cremlino ha respinto le notizie sul dispiegamento.", "it"),
            ("Des troupes nord-coréennes ont été envoyées en Russie, selon Séoul.\n"
             "Le Kremlin a démenti les informations sur ce déploiement.", "fr")]:
        found = _claims(run(text, language=lang))
        assert ("denied", ("russia",)) in found[NK_RU_DEPLOYMENT], (text, found)


# --- pointing back ----------------------------------------------------------------------------

POINTING_BACK = [
    ("en", "North Korea has sent 3,000 soldiers to Russia, the NIS said.\n"
           "It added that Pyongyang had also shipped shells to Moscow.",
     "national-intelligence-service"),
    ("en", "North Korea has sent 3,000 soldiers to Russia, KCNA reported.\n"
           "Pyongyang had also shipped shells to Moscow, the agency said.", "kcna"),
    ("fr", "La Corée du Nord a envoyé 3 000 soldats en Russie, selon le NIS.\n"
           "Pyongyang a aussi livré des obus à Moscou, selon la même source.",
     "national-intelligence-service"),
    ("it", "La Corea del Nord ha inviato 3.000 soldati in Russia, ha riferito la Kcna.\n"
           "Pyongyang ha anche consegnato proiettili a Mosca, secondo la stessa fonte.", "kcna"),
    ("it", "La Corea del Nord ha inviato 3.000 soldati in Russia, ha riferito la Kcna.\n"
           "L'agenzia ha aggiunto che Pyongyang ha consegnato proiettili a Mosca.", "kcna"),
]


@pytest.mark.parametrize(("language", "text", "source"), POINTING_BACK)
def test_it_the_agency_the_same_source_point_back(language: str, text: str,
                                                  source: str) -> None:
    found = _claims(run(text, language=language))
    assert NK_RU_SUPPLY in found, found
    assert any(source in who for _, who in found[NK_RU_SUPPLY]), found


def test_the_two_capitals_are_the_two_states() -> None:
    for text, lang in [
            ("Seoul says North Korea has shipped shells to Russia.\n"
             "The two capitals deny any arms deliveries.", "en"),
            ("Seul sostiene che la Corea del Nord ha consegnato proiettili alla Russia.\n"
             "Le due capitali negano qualsiasi fornitura di armi.", "it"),
            ("Séoul affirme que la Corée du Nord a livré des obus à la Russie.\n"
             "Les deux capitales démentent toute livraison d'armes.", "fr")]:
        found = _claims(run(text, language=lang))
        assert ("denied", ("north-korea",)) in found[NK_RU_SUPPLY], (text, found)
        assert ("denied", ("russia",)) in found[NK_RU_SUPPLY], (text, found)


# --- dates ------------------------------------------------------------------------------------

SAME_DAY = [
    ("en", "Russian Security Council Secretary Sergei Shoigu arrived in Pyongyang on Tuesday "
           "and was received by Kim Jong Un the same day.", "meeting", "2024-11-12"),
    ("en", "Russian Security Council Secretary Sergei Shoigu arrived in Pyongyang on Tuesday.\n"
           "Kim Jong Un received him the same day.", "meeting", "2024-11-12"),
    ("it", "Il segretario del Consiglio di sicurezza russo Sergei Shoigu è arrivato martedì a "
           "Pyongyang ed è stato ricevuto lo stesso giorno da Kim Jong Un.", "meeting",
     "2024-11-12"),
    ("fr", "Le secrétaire du Conseil de sécurité russe Sergueï Choïgou est arrivé mardi à "
           "Pyongyang. Il a été reçu le même jour par Kim Jong Un.", "meeting", "2024-11-12"),
    ("fr", "Poutine a reçu Choe Son Hui lundi au Kremlin. La veille, elle s'était entretenue "
           "avec Sergueï Lavrov.", "meeting", "2024-11-10"),
    ("en", "Putin received Choe Son Hui at the Kremlin on Monday. The day before, she had held "
           "talks with Sergei Lavrov.", "meeting", "2024-11-10"),
    ("it", "Putin ha ricevuto lunedì al Cremlino Choe Son Hui. Il giorno prima la ministra "
           "aveva incontrato Sergei Lavrov.", "meeting", "2024-11-10"),
]


@pytest.mark.parametrize(("language", "text", "event_type", "day"), SAME_DAY)
def test_a_day_counted_from_the_fact_pointed_to(language: str, text: str, event_type: str,
                                                day: str) -> None:
    d = run(text, language=language, published="2024-11-14")
    assert (day, True) in _date(d, event_type), _date(d, event_type)


LAST_MONTH = [
    ("en", "Russian Defence Minister Andrei Belousov, who visited Pyongyang last month, met "
           "Kim Jong Un."),
    ("en", "Last month Russian Defence Minister Andrei Belousov travelled to Pyongyang."),
    ("it", "Il mese scorso il ministro della Difesa russo Andrei Belousov si è recato a "
           "Pyongyang."),
    ("fr", "Le ministre russe de la Défense Andreï Belooussov s'est rendu le mois dernier à "
           "Pyongyang."),
]


@pytest.mark.parametrize(("language", "text"), LAST_MONTH)
def test_last_month_is_the_calendar_month_before(language: str, text: str) -> None:
    d = run(text, language=language, published="2024-12-18")
    assert ("2024-11", True) in _date(d, "visit"), _date(d, "visit")


NO_DAY = [
    ("en", "Putin landed in Pyongyang at 3 a.m. and was greeted by Kim Jong Un."),
    ("it", "Putin è atterrato a Pyongyang alle tre del mattino."),
    ("fr", "Vladimir Poutine a atterri à Pyongyang vers 3 heures du matin."),
    ("en", "Putin arrived in Pyongyang on Wednesday.\nHe met Kim Jong Un."),
    ("fr", "Vladimir Poutine est arrivé mercredi à Pyongyang.\nIl s'est entretenu avec Kim "
           "Jong Un."),
]


@pytest.mark.parametrize(("language", "text"), NO_DAY)
def test_an_hour_or_the_sentence_before_gives_no_date(language: str, text: str) -> None:
    d = run(text, language=language, published="2024-06-20")
    kind = "meeting" if "\n" in text else "visit"
    assert _date(d, kind) and all(v is None for v, _ in _date(d, kind)), _date(d, kind)


# --- "selon X" before words telling no event ------------------------------------------------

NO_STATEMENT = [
    ("en", "According to the Pentagon, the situation at the front remains very tense."),
    ("it", "Secondo Seul, la situazione nella penisola resta molto tesa."),
    ("it", "Per Seul, la situazione nella penisola resta molto tesa."),
    ("fr", "Selon Séoul, la situation dans la péninsule reste très tendue."),
    ("fr", "D'après le Pentagone, la situation sur le front reste très tendue."),
]


@pytest.mark.parametrize(("language", "text"), NO_STATEMENT)
def test_according_to_x_before_words_telling_no_event_is_no_statement(
        language: str, text: str) -> None:
    d = run(text, language=language)
    assert "statement" not in _types(d), events(d)


# --- "..., adding that ..." -------------------------------------------------------------------

ADDING = [
    ("en", "North Korean troops have been sent to Russia, US Defence Secretary Lloyd Austin "
           "said, adding that their role remained unclear.", "lloyd-austin"),
    ("en", "US Defence Secretary Lloyd Austin said North Korean troops had been sent to Russia, "
           "adding that Washington was deeply concerned.", "lloyd-austin"),
    ("it", "Soldati nordcoreani sono stati inviati in Russia, ha affermato il segretario alla "
           "Difesa americano Lloyd Austin, aggiungendo che il loro compito non è chiaro.",
     "lloyd-austin"),
    ("fr", "Des soldats nord-coréens ont été envoyés en Russie, a affirmé le secrétaire "
           "américain à la Défense Lloyd Austin, ajoutant que leur rôle restait flou.",
     "lloyd-austin"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), ADDING)
def test_adding_that_after_another_act_is_a_statement(language: str, text: str,
                                                      speaker: str) -> None:
    d = run(text, language=language)
    assert ("statement", {(speaker, "speaker")}) in events(d), events(d)
    assert NK_RU_DEPLOYMENT[0] in _types(d)


def test_adding_that_which_tells_an_event_is_no_statement() -> None:
    d = run("North Korean troops have been sent to Russia, US Defence Secretary Lloyd Austin "
            "said, adding that Pyongyang had also shipped shells to Moscow.")
    assert "statement" not in _types(d), events(d)


OCCASION = [
    ("it", "Lunedì il presidente russo Vladimir Putin ha ricevuto al Cremlino la ministra degli "
           "Esteri nordcoreana Choe Son Hui. In quell'occasione Putin ha ribadito il pieno "
           "sostegno della Russia alla Corea del Nord.", "support", "2024-11-11"),
    ("fr", "Le président russe Vladimir Poutine a reçu lundi au Kremlin la ministre "
           "nord-coréenne des Affaires étrangères Choe Son Hui. À l'issue de ces entretiens, "
           "Poutine a réaffirmé le soutien de la Russie à la Corée du Nord.", "support",
     "2024-11-11"),
    ("en", "Russian President Vladimir Putin received North Korean Foreign Minister Choe Son "
           "Hui at the Kremlin on Monday. On that occasion, Putin reaffirmed Russia's full "
           "support for North Korea.", "support", "2024-11-11"),
]


@pytest.mark.parametrize(("language", "text", "event_type", "day"), OCCASION)
def test_on_that_occasion_dates_from_the_fact_pointed_to(language: str, text: str,
                                                        event_type: str, day: str) -> None:
    d = run(text, language=language, published="2024-11-14")
    assert (day, True) in _date(d, event_type), (_date(d, event_type), events(d))


COMMUNITY = [
    ("en", "Ukrainian President Volodymyr Zelensky urged the international community to "
           "respond firmly.", "volodymyr-zelensky"),
    ("it", "Il premier giapponese Shigeru Ishiba ha sollecitato la comunità internazionale a "
           "una risposta unitaria.", "shigeru-ishiba"),
    ("fr", "Le président ukrainien Volodymyr Zelensky a appelé la communauté internationale à "
           "réagir.", "volodymyr-zelensky"),
]


@pytest.mark.parametrize(("language", "text", "appellant"), COMMUNITY)
def test_an_appeal_to_the_international_community_has_its_appellant_alone(
        language: str, text: str, appellant: str) -> None:
    assert events(run(text, language=language)) == [("appeal", {(appellant, "appellant")})]




def test_the_state_named_elsewhere_in_the_sentence_is_not_beside_the_city() -> None:
    for text, lang, visitor in [
            ("North Korean Foreign Minister Choe Son Hui arrived in Vladivostok on Monday for "
             "talks with Russian officials.", "en", "choe-son-hui"),
            ("Il ministro degli Esteri russo Sergei Lavrov è arrivato a Wonsan per colloqui "
             "con funzionari nordcoreani.", "it", "sergey-lavrov"),
            ("Le chef de la diplomatie russe Sergueï Lavrov est arrivé à Wonsan pour des "
             "entretiens avec des responsables nord-coréens.", "fr", "sergey-lavrov")]:
        assert ("visit", {(visitor, "visitor")}) in events(run(text, language=lang)), text


def test_a_city_in_a_region_of_its_state_names_the_host() -> None:
    for text, lang, visitor in [
            ("Il leader nordcoreano Kim Jong Un è arrivato ieri al cosmodromo di Vostochny, "
             "nell'Estremo Oriente russo.", "it", "kim-jong-un"),
            ("Le dirigeant nord-coréen Kim Jong Un est arrivé mardi à Vladivostok, dans "
             "l'Extrême-Orient russe.", "fr", "kim-jong-un")]:
        assert ("visit", {(visitor, "visitor"), ("russia", "host")}) in events(
            run(text, language=lang)), text


def test_the_same_trip_told_with_its_host_keeps_it() -> None:
    d = run("Il ministro degli Esteri russo Sergei Lavrov è stato ricevuto ieri a Wonsan dal "
            "leader nordcoreano Kim Jong Un.\nÈ la seconda visita di Lavrov in Corea del Nord "
            "in meno di due anni.", language="it", published="2025-07-13")
    visits = [p for t, p in events(d) if t == "visit"]
    assert visits == [{("sergey-lavrov", "visitor"), ("north-korea", "host")}], visits


def test_two_sentences_naming_only_the_city_keep_no_host() -> None:
    d = run("Russian Foreign Minister Sergei Lavrov arrived in Wonsan on Friday.\n"
            "Lavrov is staying in Wonsan until Sunday.", published="2025-07-13")
    assert all(("north-korea", "host") not in p for t, p in events(d) if t == "visit"), \
        events(d)


NOTE_CARRIED = [
    ("en", "In a statement carried by KCNA on Tuesday, North Korea's Foreign Ministry accused "
           "Washington of raising tensions.", "accusation", "accuser"),
    ("en", "In a statement carried by KCNA on Tuesday, North Korea's Foreign Ministry urged "
           "Washington to stop its provocations.", "appeal", "appellant"),
    ("it", "In una nota diffusa martedì dalla Kcna, il ministero degli Esteri nordcoreano ha "
           "accusato Washington di alimentare le tensioni.", "accusation", "accuser"),
    ("fr", "Dans un communiqué diffusé mardi par la KCNA, le ministère nord-coréen des Affaires "
           "étrangères a accusé Washington d'attiser les tensions.", "accusation", "accuser"),
]


@pytest.mark.parametrize(("language", "text", "event_type", "role"), NOTE_CARRIED)
def test_a_note_carried_by_an_agency_is_its_authors_and_takes_its_date(
        language: str, text: str, event_type: str, role: str) -> None:
    d = run(text, language=language, published="2024-11-14")
    assert (event_type, {("north-korea-foreign-ministry", role),
                         ("united-states", "accused" if role == "accuser" else "addressee")}) \
        in events(d), events(d)
    assert ("2024-11-12", True) in _date(d, event_type)


def test_a_note_carried_by_an_agency_with_no_author_named_is_the_agencys() -> None:
    d = run("According to a statement carried by KCNA, North Korea has ratified the treaty "
            "with Russia.")
    assert [c["asserted_by"] for c in d.document["claims"]] == [["kcna"]]


def test_the_nis_named_in_full_as_a_sentence_is_the_nis() -> None:
    for text, lang in [
            ("Secondo il Servizio nazionale di intelligence sudcoreano, la Corea del Nord ha "
             "inviato 3.000 soldati in Russia.", "it"),
            ("Selon le Service national du renseignement sud-coréen, la Corée du Nord a envoyé "
             "3 000 soldats en Russie.", "fr")]:
        d = run(text, language=lang)
        assert "national-intelligence-service" in actor_ids(d), (text, actor_ids(d))
