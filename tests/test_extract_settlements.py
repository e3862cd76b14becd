"""The embedded extractor on the readings settled after the held-out round of session 12
(GUIDELINES.md): troops fighting alongside, with or for another state's army, or at its
front, are military assistance, and a sending followed by the fighting is two events; a
participant not named is left out (a deployment to a region only has its sender alone); a
phone call between two named people is a meeting; a milestone told in a participle, a
relative or a "since" clause is an event when its clause gives it a date or a place of its
own. Each mechanism is checked on sentences written for these tests (not taken from the
gold texts), in English, Italian and French; no database (the seed document's lexicon).
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run


def of_type(d: object, t: str) -> list[set[tuple[str, str]]]:
    return [p for k, p in events(d) if k == t]  # type: ignore[arg-type]


def date_of(d: object, t: str) -> str | None:
    (ev,) = [e for e in d.document["events"] if e["type"] == t]  # type: ignore[attr-defined]
    return ev.get("date", {}).get("value")


BOTH = {("russia", "party"), ("north-korea", "party")}
PUTIN_KIM = {("vladimir-putin", "signatory"), ("kim-jong-un", "signatory")}


# --- (d) a milestone in a participle, relative or "since" clause ---------------------------


def test_a_participle_milestone_with_a_date_or_place_is_an_event() -> None:
    for text, lang, parts, value in [
            ("The pact, signed by Vladimir Putin and Kim Jong Un in June, obliges both sides "
             "to help each other.", "en", PUTIN_KIM, "2024-06"),
            ("Il patto, firmato a giugno da Vladimir Putin e Kim Jong Un, impegna le due "
             "parti ad aiutarsi.", "it", PUTIN_KIM, "2024-06"),
            ("Le traité, signé le 19 juin par Vladimir Poutine et Kim Jong Un, engage les deux "
             "parties.", "fr", PUTIN_KIM, "2024-06-19"),
            # a place of its own and signers named: the parties named too
            ("Il trattato tra Russia e Corea del Nord, sottoscritto a Pyongyang da Mosca e "
             "Pyongyang, prevede l'assistenza reciproca.", "it", BOTH, None)]:
        d = run("Russia and North Korea have a mutual defence treaty. " + text, language=lang,
                published="2024-12-20")
        assert of_type(d, "signing") == [parts], text
        assert date_of(d, "signing") == value, text
        # the text tells it, whoever said the main clause
        assert claims(d, "signing") == [("confirmed", [])], text


def test_a_participle_that_only_identifies_the_treaty_is_no_event() -> None:
    for text, lang in [
            ("The treaty concluded between Russia and North Korea obliges both sides to help "
             "each other.", "en"),
            ("Il trattato concluso tra Russia e Corea del Nord prevede l'assistenza "
             "reciproca.", "it"),
            ("Depuis la signature du traité entre Moscou et Pyongyang, les échanges se sont "
             "multipliés.", "fr"),
            # a date that names the treaty is none of the signing's
            ("La cooperazione tra Mosca e Pyongyang si è intensificata dopo la firma del "
             "trattato di giugno.", "it")]:
        d = run(text, language=lang, published="2024-12-20")
        assert not of_type(d, "signing"), text


def test_a_relative_or_since_milestone_with_a_date_is_an_event() -> None:
    for text, lang, t, value in [
            ("Lavrov and Choe discussed the partnership treaty between Russia and North Korea, "
             "which entered into force on Dec. 4.", "en", "entry_into_force", "2024-12-04"),
            ("Il trattato tra Mosca e Pyongyang, che è entrato in vigore il 4 dicembre, "
             "prevede l'assistenza reciproca.", "it", "entry_into_force", "2024-12-04"),
            ("Depuis que le traité entre Moscou et Pyongyang est entré en vigueur en "
             "décembre, les échanges militaires se sont multipliés.", "fr",
             "entry_into_force", "2024-12"),
            ("Since the pact between Moscow and Pyongyang was signed in June, Seoul says, the "
             "two countries have expanded their military cooperation.", "en", "signing",
             "2024-06")]:
        d = run(text, language=lang, published="2024-12-20")
        assert of_type(d, t) == [BOTH], text
        assert date_of(d, t) == value, text


def test_a_milestone_with_one_party_named_has_that_party() -> None:
    d = run("Russia and North Korea have a mutual defence treaty. The two ministers discussed "
            "the treaty, which entered into force in Moscow on Dec. 4.",
            published="2024-12-20")
    assert of_type(d, "entry_into_force") == [{("russia", "party")}]


# --- (c) a phone call between two named people is a meeting --------------------------------


LAVROV_CHOE = {("sergey-lavrov", "participant"), ("choe-son-hui", "participant")}
PUTIN_KIM_MET = {("vladimir-putin", "participant"), ("kim-jong-un", "participant")}


def test_a_phone_call_between_two_named_people_is_a_meeting() -> None:
    for text, lang, parts in [
            ("North Korean Foreign Minister Choe Son Hui held a phone call with Sergey Lavrov "
             "on Tuesday, Russia's Foreign Ministry said.", "en", LAVROV_CHOE),
            ("Kim Jong Un and Vladimir Putin spoke by telephone on Monday.", "en",
             PUTIN_KIM_MET),
            ("Sergey Lavrov telephoned Choe Son Hui on Friday.", "en", LAVROV_CHOE),
            ("Il ministro degli Esteri russo Sergej Lavrov ha avuto una telefonata con "
             "l'omologa nordcoreana Choe Son Hui.", "it", LAVROV_CHOE),
            ("Lavrov e la ministra nordcoreana Choe Son Hui hanno avuto un colloquio "
             "telefonico.", "it", LAVROV_CHOE),
            ("Sergueï Lavrov et Choe Son Hui ont eu un entretien téléphonique lundi.", "fr",
             LAVROV_CHOE),
            ("Kim Jong Un et Vladimir Poutine se sont parlé au téléphone.", "fr",
             PUTIN_KIM_MET)]:
        d = run(text, language=lang, published="2024-11-08")
        assert of_type(d, "meeting") == [parts], text
        assert not of_type(d, "statement"), text  # "call" there is no verb of saying
    # who speaks on the phone to no one named meets nobody (nor the capital he calls from)
    for text in ["Zelensky told reporters by phone that the situation was difficult.",
                 "Lavrov spoke to reporters by phone from Moscow."]:
        assert not of_type(run(text), "meeting"), text
    d = run("North Korean Foreign Minister Choe Son Hui held a phone call with Sergey Lavrov "
            "on Tuesday, Russia's Foreign Ministry said.", published="2024-11-08")
    assert claims(d, "meeting") == [("reported", ["russia-foreign-ministry"])]
    (ev,) = d.document["events"]
    assert ev["date"]["value"] == "2024-11-05"


def test_landed_and_welcomed_at_the_airport_is_a_visit_and_a_meeting() -> None:
    for text, lang, person, host in [
            ("Russian Defence Minister Andrei Belousov landed in Pyongyang on Tuesday and was "
             "welcomed at the airport by Kim Jong Un.", "en", "andrei-belousov", "north-korea"),
            ("Sergey Lavrov landed in Pyongyang on Friday and was greeted at the airport by "
             "his North Korean counterpart Choe Son Hui.", "en", "sergey-lavrov", "north-korea"),
            ("Il ministro della Difesa russo Andrei Belousov è atterrato ieri a Pyongyang ed è "
             "stato accolto all'aeroporto da Kim Jong Un.", "it", "andrei-belousov",
             "north-korea"),
            ("Le vice-ministre nord-coréen Kim Jong Gyu a atterri samedi à Moscou et a été "
             "accueilli à l'aéroport par le vice-ministre russe Andreï Roudenko.", "fr",
             "kim-jong-gyu", "russia")]:
        d = run(text, language=lang, published="2024-12-12")
        assert of_type(d, "visit") == [{(person, "visitor"), (host, "host")}], text
        (meeting,) = of_type(d, "meeting")
        assert (person, "participant") in meeting and len(meeting) == 2, text


def test_a_participle_after_the_treaty_s_name_and_parties_is_told_by_the_text() -> None:
    d = run("Il trattato di partenariato strategico globale tra Russia e Corea del Nord, "
            "firmato a Pyongyang il 19 giugno, è entrato in vigore ieri, ha annunciato il "
            "ministero degli Esteri russo.", language="it", published="2024-12-05")
    # no signer named: the participle only names the treaty (session 16)
    assert of_type(d, "signing") == []
    assert claims(d, "entry_into_force") == [("reported", ["russia-foreign-ministry"])]
    assert date_of(d, "entry_into_force") == "2024-12-04"


# --- (b) a participant not named is left out: a deployment to a region only ----------------


SENDER = {("north-korea", "sender")}


def test_a_deployment_to_a_region_only_has_its_sender_alone() -> None:
    for text, lang in [
            ("Some 3,000 more North Korean troops were deployed to the Kursk region last week.",
             "en"),
            ("Pyongyang has also sent soldiers to the Kursk region, the agency said.", "en"),
            ("Altri 2.000 militari nordcoreani sono stati trasferiti nella regione di Kursk.",
             "it"),
            ("La Corea del Nord ha schierato nuove truppe nella regione di Belgorod.", "it"),
            ("Quelque 10 000 militaires envoyés par Pyongyang ont été déployés dans la région "
             "de Koursk.", "fr")]:
        d = run(text, language=lang, published="2024-12-12")
        assert of_type(d, "deployment") == [SENDER], text
    # a state named with the region is the host
    for text, lang in [
            ("Pyongyang has sent 3,000 more soldiers to Russia's Kursk region.", "en"),
            ("Altri soldati nordcoreani sono stati inviati nella regione russa di Kursk.", "it")]:
        d = run(text, language=lang, published="2024-12-12")
        assert of_type(d, "deployment") == [SENDER | {("russia", "host")}], text
    # troops told present in a region are deployed there, as they are when the region's
    # state is named ("stationed in Russia's Kursk region"; a denial of their presence
    # denies the deployment, GUIDELINES): their sender alone (session 13)
    assert of_type(run("North Korean troops are in the Kursk region."), "deployment") == [
        SENDER]
    # troops sent nowhere told are no deployment
    for text in ["Every soldier Pyongyang sends prolongs this war."]:
        assert not of_type(run(text), "deployment"), text


# --- (a) troops fighting alongside, with or for another state's army, or at its front ------


HELP = {("north-korea", "provider"), ("russia", "recipient")}
SENT = {("north-korea", "sender"), ("russia", "host")}


def test_troops_fighting_beside_or_for_an_army_or_at_its_front_help_it() -> None:
    for text, lang in [
            ("About 11,000 North Korean troops are now fighting for the Russian army.", "en"),
            ("North Korean gunners fought alongside Russian paratroopers near Kursk.", "en"),
            ("Secondo Zelensky, i soldati nordcoreani combattono sul fronte russo da "
             "novembre.", "it"),
            ("I reparti nordcoreani combattono al fianco dell'esercito russo.", "it"),
            ("Des soldats nord-coréens combattent désormais aux côtés de l'armée russe.", "fr")]:
        d = run(text, language=lang, published="2024-12-12")
        assert of_type(d, "military_assistance") == [HELP], text
        # no sending told: no deployment drawn from the fighting
        assert not of_type(d, "deployment"), text


def test_soldiers_sent_who_began_fighting_are_a_deployment_and_a_help() -> None:
    for text, lang in [
            ("North Korean soldiers sent to Russia in October have begun fighting in the Kursk "
             "region.", "en"),
            ("I militari nordcoreani inviati in Russia hanno iniziato a combattere insieme alle "
             "truppe russe.", "it"),
            ("Les soldats nord-coréens envoyés en Russie ont commencé à combattre dans la "
             "région de Koursk.", "fr")]:
        d = run(text, language=lang, published="2024-12-12")
        assert of_type(d, "deployment") == [SENT], text
        assert of_type(d, "military_assistance") == [HELP], text
    # who confirms it sent them did both
    d = run("North Korea confirmed on Monday that troops it sent to Russia last year had "
            "fought alongside Russian forces.", published="2025-04-30")
    assert of_type(d, "deployment") == [SENT]
    assert of_type(d, "military_assistance") == [HELP]
    assert claims(d, "military_assistance") == [("confirmed", ["north-korea"])]


def test_whom_troops_fight_against_is_not_helped() -> None:
    for text, lang in [
            ("Ukrainian forces fought North Korean troops in the Kursk region.", "en"),
            ("North Korean soldiers are fighting against Ukraine in the Kursk region.", "en"),
            ("I soldati nordcoreani combattono contro le forze ucraine.", "it")]:
        d = run(text, language=lang)
        assert not of_type(d, "military_assistance"), text
    # troops fighting with no army named beside them, and no sending: no help drawn
    for text, lang in [
            ("Russian forces are fighting to retake the Kursk region.", "en"),
            ("North Korean troops fighting in Ukraine have suffered heavy losses.", "en"),
            ("Le forze ucraine combattono nella regione di Kursk.", "it")]:
        d = run(text, language=lang)
        assert not of_type(d, "military_assistance"), text
        assert ("russia", "sender") not in {p for ps in of_type(d, "deployment") for p in ps}
        assert ("ukraine", "sender") not in {p for ps in of_type(d, "deployment") for p in ps}
    # sent to fight: the sending's purpose, a deployment alone
    d = run("North Korea has sent 12,000 soldiers to fight alongside Russian forces.")
    assert of_type(d, "deployment") == [SENT] and not of_type(d, "military_assistance")


def test_a_background_milestone_takes_its_sides_and_date_from_its_own_clause() -> None:
    # Seoul, the main clause's object, is no party of the entry into force
    d = run("Le pacte, entré en vigueur en décembre, inquiète Séoul.", language="fr",
            published="2025-01-10")
    assert ("south-korea", "party") not in {p for ps in of_type(d, "entry_into_force")
                                             for p in ps}
    d = run("Russia and North Korea have a mutual defence treaty. The pact, signed by Putin and "
            "Kim Jong Un in Pyongyang in June, will take effect on Dec. 4.",
            published="2024-11-20")
    assert of_type(d, "signing") == [PUTIN_KIM | {("north-korea", "party")}]
    assert date_of(d, "signing") == "2024-06"
    assert not of_type(d, "entry_into_force")  # what will happen is no event
