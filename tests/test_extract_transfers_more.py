"""Supplies, deployments and visits told in the ways wire reports tell them beyond a verb of
sending (session 13): weapons of one state used or fired by another, carried across its
border; troops told present in a region; stays in a state; a bare title or "the spy agency"
referring back to the one named before. Sentences written for these tests in wire style
(no database; the seed document's lexicon, as in tests/test_extract_embedded.py).
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run

NK_TO_RU = ("supply", {("north-korea", "supplier"), ("russia", "recipient")})
NK_SENT = ("deployment", {("north-korea", "sender")})
DEPLOYED = ("deployment", {("north-korea", "sender"), ("russia", "host")})


# --- weapons of one state used or fired by another: a supply ------------------------------


def test_weapons_of_one_state_fired_by_another_in_the_passive() -> None:
    d = run("North Korean-made KN-23 missiles have been launched by Russian forces against "
            "Ukrainian cities, Ukrainian prosecutors said.")
    assert events(d) == [NK_TO_RU]
    d = run("Missili balistici di fabbricazione nordcoreana sono stati usati dalle forze "
            "russe contro Kharkiv, ha detto il procuratore generale ucraino Andriy Kostin.",
            language="it")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("reported", ["andriy-kostin"])]
    d = run("Des missiles nord-coréens ont été tirés par l'armée russe sur Kharkiv, selon "
            "Kiev.", language="fr")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("reported", ["ukraine"])]


def test_weapons_of_one_state_used_by_another_in_the_active() -> None:
    d = run("Russia has fired dozens of North Korean ballistic missiles at Kyiv since "
            "January, Zelensky said.")
    assert events(d) == [NK_TO_RU]
    d = run("Secondo Kiev, l'esercito russo ha impiegato proiettili nordcoreani nella "
            "regione di Donetsk.", language="it")
    assert events(d) == [NK_TO_RU]
    d = run("La Russie a utilisé des obus de fabrication nord-coréenne dans l'est de "
            "l'Ukraine, selon l'état-major ukrainien.", language="fr")
    assert events(d) == [NK_TO_RU]


def test_weapons_fired_at_a_state_are_no_supply() -> None:
    # what a weapon is fired at is its target, not who supplied it
    assert events(run("Russian forces fired missiles at Ukrainian artillery positions.")) == []
    assert events(run("L'armée russe a tiré sur des positions ukrainiennes.",
                      language="fr")) == []
    assert events(run("Le forze russe hanno lanciato missili contro le postazioni "
                      "ucraine.", language="it")) == []
    # a weapon of the user's own state is no transfer
    assert events(run("Russia fired Russian-made cruise missiles at Kyiv.")) == []


def test_weapons_use_denied_or_only_possible_is_no_supply() -> None:
    assert NK_TO_RU not in events(run("Russia has not used North Korean missiles, the "
                                      "Kremlin said."))
    assert NK_TO_RU not in events(run("Russia could use North Korean shells in the spring "
                                      "offensive."))
    assert NK_TO_RU not in events(run("La Russia potrebbe usare missili nordcoreani.",
                                      language="it"))


def test_a_supply_told_by_its_verb_is_not_told_twice() -> None:
    d = run("I proiettili forniti dalla Corea del Nord sono stati sparati dall'artiglieria "
            "russa, secondo Kiev.", language="it")
    assert events(d) == [NK_TO_RU]


# --- weapons carried across a border: a supply --------------------------------------------


def test_weapons_carried_across_a_border() -> None:
    d = run("Containers of North Korean shells crossed the border into Russia, NATO said.")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("reported", ["nato"])]
    d = run("Secondo Kiev, convogli di munizioni nordcoreane hanno attraversato il confine "
            "con la Russia per tutta l'estate.", language="it")
    assert events(d) == [NK_TO_RU]
    d = run("Depuis l'été, des trains chargés de munitions nord-coréennes franchissent "
            "chaque semaine la frontière russe, selon des sources ukrainiennes.",
            language="fr")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("reported", ["sources-ukrainiennes"])]


def test_a_crossing_with_no_weapons_or_no_border_is_no_supply() -> None:
    assert events(run("Trucks of North Korean coal crossed the border into Russia.")) == []
    assert events(run("Convogli di grano russo hanno attraversato il confine con la Corea "
                      "del Nord.", language="it")) == []


# --- troops told present in a region: the deployment of their sender ----------------------


def test_troops_present_in_a_region_with_no_state_named() -> None:
    d = run("Ukrainian military intelligence reported the presence of North Korean "
            "officers in the Kursk region.")
    assert events(d) == [NK_SENT]
    assert claims(d, "deployment") == [("reported", ["ukrainian-military-intelligence"])]
    d = run("Some 11,000 North Korean soldiers are now stationed in the Kursk region, the "
            "Pentagon said.")
    assert events(d) == [NK_SENT]
    d = run("North Korean troops remain in the Kursk region, NATO said.")
    assert events(d) == [NK_SENT]
    d = run("Migliaia di soldati nordcoreani sono di stanza nella regione di Kursk, "
            "secondo la Nato.", language="it")
    assert events(d) == [NK_SENT]
    d = run("Il Pentagono ha confermato la presenza di truppe nordcoreane nella regione di "
            "Kursk.", language="it")
    assert events(d) == [NK_SENT]
    assert claims(d, "deployment") == [("confirmed", ["pentagon"])]


def test_a_fate_told_in_a_clause_of_the_place_leaves_the_presence() -> None:
    d = run("Quelque 11 000 soldats nord-coréens se trouvent désormais dans la région de "
            "Koursk, où certains ont déjà affronté les forces ukrainiennes.", language="fr")
    assert events(d) == [NK_SENT]
    # captured soldiers are their fate, no sending
    assert events(run("Two North Korean soldiers captured in the Kursk region are being "
                      "questioned.")) == []
    assert events(run("Des soldats nord-coréens capturés dans la région de Koursk ont été "
                      "interrogés.", language="fr")) == []


def test_troops_present_in_a_region_of_a_named_state() -> None:
    d = run("Some 11,000 North Korean soldiers are now stationed in Russia's Kursk region.")
    assert events(d) == [DEPLOYED]
    d = run("Le Pentagone a fait état de la présence de militaires nord-coréens dans "
            "l'Extrême-Orient russe.", language="fr")
    assert events(d) == [DEPLOYED]


# --- stays: a visit --------------------------------------------------------------------


def test_a_stay_in_a_state_is_a_visit() -> None:
    d = run("Russian President Vladimir Putin flew on to Hanoi after a 24-hour stay in "
            "North Korea.")
    assert ("visit", {("vladimir-putin", "visitor"), ("north-korea", "host")}) in events(d)
    assert ("visit", {("vladimir-putin", "visitor"), ("vietnam", "host")}) in events(d)
    d = run("Russian Defence Minister Andrei Belousov is staying on in Pyongyang for "
            "further talks.")
    assert events(d) == [("visit", {("andrei-belousov", "visitor"), ("north-korea", "host")})]
    d = run("Il ministro degli Esteri russo Sergei Lavrov, dopo un soggiorno di tre giorni "
            "in Corea del Nord, è rientrato a Mosca.", language="it")
    assert ("visit", {("sergei-lavrov", "visitor"), ("north-korea", "host")}) in events(d) \
        or ("visit", {("sergey-lavrov", "visitor"), ("north-korea", "host")}) in events(d)
    d = run("Le ministre russe des Affaires étrangères Sergueï Lavrov séjourne depuis "
            "lundi à Pyongyang.", language="fr")
    assert ("visit", {("sergey-lavrov", "visitor"), ("north-korea", "host")}) in events(d)


def test_a_trip_under_way_is_a_visit() -> None:
    d = run("North Korean Foreign Minister Choe Son Hui was en route to Moscow on Monday.")
    assert events(d) == [("visit", {("choe-son-hui", "visitor"), ("russia", "host")})]
    d = run("La ministra degli Esteri nordcoreana Choe Son Hui è in partenza per Mosca.",
            language="it")
    assert events(d) == [("visit", {("choe-son-hui", "visitor"), ("russia", "host")})]


# --- sources referred back to ------------------------------------------------------------


def test_an_agency_with_a_word_of_kind_refers_back() -> None:
    d = run("North Korea has shipped 13,000 containers of munitions to Russia, South "
            "Korea's National Intelligence Service said. The spy agency said about 1,500 "
            "North Korean troops had been ferried to the Russian Far East.")
    assert claims(d, "deployment") == [("reported", ["national-intelligence-service"])]


def test_a_bare_title_refers_to_the_one_person_given_it() -> None:
    d = run("Russia has received North Korean shells, Ukrainian Defence Minister Rustem "
            "Umerov said. About 11,000 North Korean troops were sent to Russia, the minister "
            "said.")
    assert claims(d, "deployment") == [("reported", ["rustem-umerov"])]
    d = run("Des missiles nord-coréens ont été tirés par l'armée russe, a affirmé le "
            "ministre ukrainien des Affaires étrangères Andrii Sybiha. Quelque 11 000 soldats "
            "nord-coréens ont été envoyés en Russie, a précisé le ministre.", language="fr")
    assert claims(d, "deployment") == [("reported", ["andrii-sybiha"])]
    d = run("La Russia ha ricevuto proiettili nordcoreani, ha detto il ministro della Difesa "
            "ucraino Rustem Umerov. Circa 11.000 soldati nordcoreani sono stati inviati in "
            "Russia, ha aggiunto il ministro.", language="it")
    assert claims(d, "deployment") == [("reported", ["rustem-umerov"])]


def test_a_bare_title_given_to_two_people_names_neither() -> None:
    d = run("Ukrainian Defence Minister Rustem Umerov and Russian Foreign Minister Sergey "
            "Lavrov spoke at the forum. About 11,000 North Korean troops were sent to Russia, "
            "the minister said.")
    assert all(not set(who) & {"rustem-umerov", "sergey-lavrov"}
               for _, who in claims(d, "deployment"))


def test_troops_present_in_a_named_region_of_the_war() -> None:
    d = run("Some 11,000 North Korean soldiers are in Kursk, the Pentagon said.")
    assert events(d) == [NK_SENT]
    d = run("North Korean troops were deployed to Kursk in October.")
    assert events(d) == [NK_SENT]
    d = run("Truppe nordcoreane sono state schierate nel Donbass.", language="it")
    assert events(d) == [NK_SENT]
    assert events(run("Two North Korean soldiers were captured in Kursk.")) == []


# --- a person in another state's capital: a visit -----------------------------------------


def test_a_person_in_another_states_capital_visits_it() -> None:
    lavrov_nk = ("visit", {("sergey-lavrov", "visitor"), ("north-korea", "host")})
    d = run("Russian Foreign Minister Sergey Lavrov was in Pyongyang on Friday.",
            published="2024-11-30")
    assert events(d) == [lavrov_nk]
    assert d.document["events"][0]["date"]["value"] == "2024-11-29"
    # (a delegation led by a named person is the group alone, its leader a mention:
    # GUIDELINES, settled at the start of session 15)
    d = run("A North Korean military delegation led by Defence Minister No Kwang Chol has "
            "been in Moscow since Monday.")
    assert events(d) == [("visit", {("north-korean-military-delegation", "visitor"),
                                    ("russia", "host")})]
    d = run("Il ministro degli Esteri nordcoreano Choe Son Hui si trova a Mosca da lunedì.",
            language="it")
    assert events(d) == [("visit", {("choe-son-hui", "visitor"), ("russia", "host")})]
    d = run("Le ministre russe Sergueï Lavrov était à Pyongyang vendredi.", language="fr")
    assert events(d) == [lavrov_nk]
    d = run("Sergueï Lavrov se trouve en Corée du Nord depuis lundi.", language="fr")
    assert events(d) == [lavrov_nk]


def test_a_person_at_home_or_to_come_or_in_talks_is_no_visit() -> None:
    assert events(run("Vladimir Putin was in Moscow on Friday.")) == []
    assert events(run("Sergey Lavrov will be in Pyongyang next week.")) == []
    assert events(run("Choe Son Hui non è a Mosca.", language="it")) == []
    d = run("Sergey Lavrov was in talks with Choe Son Hui.")
    assert [t for t, _ in events(d)] == ["meeting"]


# --- a denial of "any" of a kind ------------------------------------------------------------


def test_a_denial_of_any_delivery_denies_every_one_told() -> None:
    d = run("North Korea shipped shells to Russia, the NIS said. North Korean missiles were "
            "fired by Russian forces, Kyiv said. Moscow denied any arms deliveries from "
            "Pyongyang.")
    assert events(d) == [NK_TO_RU, NK_TO_RU]
    assert sorted(c for c in claims(d, "supply") if c[0] == "denied") == [
        ("denied", ["russia"]), ("denied", ["russia"])]
    d = run("La Corée du Nord a livré des obus à la Russie, selon Séoul. Des missiles "
            "nord-coréens ont été tirés par l'armée russe, selon Kiev. Le Kremlin a démenti "
            "toute livraison d'armes par Pyongyang.", language="fr")
    assert sorted(c for c in claims(d, "supply") if c[0] == "denied") == [
        ("denied", ["russia"]), ("denied", ["russia"])]


# --- unnamed sources ------------------------------------------------------------------------


def test_prosecutors_and_investigators_are_unnamed_sources() -> None:
    d = run("North Korean-made missiles have been launched by Russian forces, according to "
            "Ukrainian prosecutors.")
    assert claims(d, "supply") == [("reported", ["ukrainian-prosecutors"])]
    d = run("Selon les enquêteurs ukrainiens, des missiles nord-coréens ont été tirés par "
            "l'armée russe.", language="fr")
    assert claims(d, "supply") == [("reported", ["enqueteurs-ukrainiens"])]


def test_an_unnamed_source_ends_at_its_comma() -> None:
    d = run("Secondo gli inquirenti ucraini, missili nordcoreani sono stati usati dalle "
            "forze russe.", language="it")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("reported", ["inquirenti-ucraini"])]
    d = run("Secondo gli esperti sudcoreani, soldati nordcoreani sono stati inviati in "
            "Russia.", language="it")
    assert events(d) == [DEPLOYED]
    assert claims(d, "deployment") == [("reported", ["esperti-sudcoreani"])]


def test_who_says_troops_are_in_a_region_is_not_its_state() -> None:
    d = run("Soldati nordcoreani sono presenti nella regione di Kursk, secondo Kiev.",
            language="it")
    assert events(d) == [NK_SENT]
    assert claims(d, "deployment") == [("reported", ["ukraine"])]
    d = run("North Korea has sent troops to the Kursk region, Kyiv said.")
    assert events(d) == [NK_SENT]
    d = run("Des soldats nord-coréens sont présents dans la région de Koursk, selon l'OTAN.",
            language="fr")
    assert events(d) == [NK_SENT]
    # "are" with no place after it tells no presence
    d = run("Russian forces are fighting to retake the Kursk region.")
    assert ("russia", "sender") not in {p for _, ps in events(d) for p in ps}


def test_the_use_of_weapons_named_by_its_noun() -> None:
    d = run("Kyiv has documented the use of North Korean missiles by Russia.")
    assert events(d) == [NK_TO_RU]
    d = run("Russia's use of North Korean shells has grown.")
    assert events(d) == [NK_TO_RU]
    d = run("Kiev dénonce l'utilisation de missiles nord-coréens par la Russie.",
            language="fr")
    assert NK_TO_RU in events(d)
    d = run("Kiev denuncia l'impiego di missili nordcoreani da parte della Russia.",
            language="it")
    assert NK_TO_RU in events(d)
    # a use with no user named is no supply (who documents it is not the user)
    d = run("Kyiv has documented the use of North Korean missiles.")
    assert ("supply", {("north-korea", "supplier"), ("ukraine", "recipient")}) not in events(d)


def test_weapons_arriving_in_a_state() -> None:
    d = run("Trains carrying North Korean munitions have been arriving in Russia.")
    assert events(d) == [NK_TO_RU]
    d = run("Des trains de munitions nord-coréennes sont arrivés en Russie.", language="fr")
    assert events(d) == [NK_TO_RU]
    d = run("Treni carichi di munizioni nordcoreane sono arrivati in Russia.", language="it")
    assert events(d) == [NK_TO_RU]
    # experts of a weapon are no weapon
    d = run("North Korean missile experts arrived in Moscow on Monday.")
    assert NK_TO_RU not in events(d)


def test_a_weekday_after_since_is_an_open_period_no_date() -> None:
    for text, lang in [("Defence Minister No Kwang Chol has been in Moscow since Monday.", "en"),
                       ("Choe Son Hui si trova a Mosca da lunedì.", "it"),
                       ("Sergueï Lavrov se trouve en Corée du Nord depuis lundi.", "fr")]:
        d = run(text, language=lang, published="2024-11-30")
        assert [e["type"] for e in d.document["events"]] == ["visit"], text
        assert "value" not in (d.document["events"][0].get("date") or {}), text
    d = run("Sergey Lavrov arrived in Pyongyang on Monday.", published="2024-11-30")
    assert d.document["events"][0]["date"]["value"] == "2024-11-25"
