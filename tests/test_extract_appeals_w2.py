"""Appeals, second wave of session 15 (issue 15, the released rounds' misses): an appeal whose
object is a plural pronoun ("asked them to", "ha chiesto loro di", "leur a demandé de", "les
a exhortés à", "li ha esortati a", "called on them to"). Sentences written for these tests, in
wire style, not the gold texts'.
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run


def _app(a: str, *b: str) -> tuple[str, set[tuple[str, str]]]:
    return ("appeal", {(a, "appellant"), *((x, "addressee") for x in b)})


def _appeals(text: str, language: str = "en") -> list[tuple[str, set[tuple[str, str]]]]:
    return [e for e in events(run(text, language=language)) if e[0] == "appeal"]


def test_them_after_the_allies_named_before() -> None:
    assert _appeals("Zelensky thanked the allies for their firmness and urged them to act "
                    "now.") == [_app("volodymyr-zelensky", "ukraine-allies")]
    assert _appeals("Zelensky ha ringraziato i partner per la fermezza e ha chiesto loro di "
                    "agire «ora».", "it") == [_app("volodymyr-zelensky", "ukraine-allies")]
    assert _appeals("Zelensky a remercié les alliés pour leur fermeté et leur a demandé "
                    "d'agir sans attendre.", "fr") == [
        _app("volodymyr-zelensky", "ukraine-allies")]
    assert _appeals("Zelensky a reçu les partenaires occidentaux et les a appelés à livrer "
                    "plus d'obus.", "fr") == [_app("volodymyr-zelensky", "ukraine-allies")]


def test_them_after_two_states_accused_is_both_in_each_language() -> None:
    two = _app("japan", "russia", "north-korea")
    assert _appeals("Japan accused Russia and North Korea of violating sanctions and called "
                    "on them to stop.") == [two]
    assert _appeals("Il Giappone ha accusato la Russia e la Corea del Nord di violare le "
                    "sanzioni e ha chiesto loro di fermarsi.", "it") == [two]
    assert _appeals("Il Giappone ha accusato la Russia e la Corea del Nord di violare le "
                    "sanzioni e li ha esortati a fermarsi.", "it") == [two]
    assert _appeals("Le Japon a accusé la Russie et la Corée du Nord de violer les "
                    "sanctions et les a exhortées à cesser.", "fr") == [two]
    assert _appeals("Le Japon a accusé la Russie et la Corée du Nord de violer les "
                    "sanctions et leur a demandé de cesser.", "fr") == [two]


def test_them_of_no_state_or_group_names_no_addressee() -> None:
    # soldiers, unnamed people: none of the model's sides
    for text, lang in (("Zelensky visited troops near Kursk and urged them to hold the "
                        "line.", "en"),
                       ("Zelensky ha parlato con i soldati al fronte e ha chiesto loro di "
                        "resistere.", "it")):
        assert all(("ukraine-allies", "addressee") not in e[1] for e in _appeals(text, lang))
    # "leur" as a possessive before a noun of asking
    assert _appeals("La Russie et la Corée du Nord ont vu leur demande rejetée.", "fr") == []


def test_them_not_asked_is_no_appeal() -> None:
    assert _appeals("Zelensky thanked the allies but did not ask them to send troops.") == []
    assert _appeals("Zelensky ha ringraziato i partner ma non ha chiesto loro di inviare "
                    "truppe.", "it") == []


# --- what a relative clause of accusing charges ------------------------------------------


def _sent(text: str, language: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return sorted(events(run(text, language=language)), key=lambda e: e[0])


def test_a_relative_of_accusing_charges_the_accused_with_the_act() -> None:
    both = [("accusation", {("european-union", "accuser"), ("north-korea", "accused")}),
            ("deployment", {("north-korea", "sender"), ("russia", "host")})]
    assert _sent("L'Union européenne a adopté lundi de nouvelles sanctions contre la Corée du "
                 "Nord, qu'elle accuse d'avoir envoyé des troupes en Russie.", "fr") == both
    assert _sent("L'Unione europea ha adottato nuove sanzioni contro la Corea del Nord, che "
                 "accusa di aver inviato truppe in Russia.", "it") == both
    japan = [("accusation", {("japan", "accuser"), ("north-korea", "accused")}),
             ("deployment", {("north-korea", "sender"), ("russia", "host")})]
    # French "il" is a pronoun, no article before a noun of accusing
    assert _sent("Le Japon a adopté de nouvelles sanctions contre la Corée du Nord, qu'il "
                 "accuse d'avoir envoyé des troupes en Russie.", "fr") == japan
    assert _sent("Zelensky a dénoncé la Corée du Nord, qu'il accuse de livrer des obus à la "
                 "Russie.", "fr") == [
        ("accusation", {("volodymyr-zelensky", "accuser"), ("north-korea", "accused")}),
        ("supply", {("north-korea", "supplier"), ("russia", "recipient")})]


def test_the_accusations_noun_after_an_article_stays_none() -> None:
    assert [t for t, _ in events(run("Le Kremlin a rejeté les accusations de Kiev.",
                                     language="fr"))] in ([], ["statement"])


# --- a proposal that another act ---------------------------------------------------------


def test_a_proposal_to_someone_that_he_act_is_an_appeal() -> None:
    assert _appeals("Dimanche, Zelensky a proposé à Kim Jong Un d'échanger ces deux hommes "
                    "contre des Ukrainiens.", "fr") == [_app("volodymyr-zelensky", "kim-jong-un")]
    assert _appeals("Emmanuel Macron a proposé à la Chine de jouer un rôle de médiateur.",
                    "fr") == [_app("emmanuel-macron", "china")]
    assert _appeals("Zelensky ha proposto a Kim Jong Un di scambiare i due prigionieri.",
                    "it") == [_app("volodymyr-zelensky", "kim-jong-un")]
    assert _appeals("Il ministro Antonio Tajani ha suggerito alla Cina di fare pressione su "
                    "Mosca.", "it") == [_app("antonio-tajani", "china")]


def test_a_thing_offered_a_trip_or_ones_own_act_is_no_appeal() -> None:
    for text, lang in (("La Russie a proposé à la Corée du Nord un accord de coopération.", "fr"),
                       ("Poutine a proposé à Kim de se rendre à Moscou.", "fr"),
                       ("Kim a proposé d'envoyer des troupes en Russie.", "fr"),
                       ("Zelensky n'a pas proposé à Kim d'échanger les prisonniers.", "fr"),
                       ("La Russia ha proposto alla Corea del Nord un accordo di cooperazione.",
                        "it"),
                       ("Putin ha proposto a Kim di visitare Mosca.", "it")):
        assert _appeals(text, lang) == [], text


def test_a_relative_charge_after_a_condemnation_of_the_same_state() -> None:
    both = [("accusation", {("volodymyr-zelensky", "accuser"), ("north-korea", "accused")}),
            ("deployment", {("north-korea", "sender"), ("russia", "host")})]
    assert _sent("Zelensky criticised North Korea, which he accused of sending troops to "
                 "Russia.", "en") == both
    assert _sent("Zelensky ha criticato la Corea del Nord, che accusa di aver inviato soldati "
                 "in Russia.", "it") == both
    assert _sent("Zelensky a dénoncé la Corée du Nord, qu'il accuse d'avoir envoyé des "
                 "troupes en Russie.", "fr") == both
    d = run("Zelensky criticised North Korea, which he accused of sending troops to Russia.")
    assert claims(d, "deployment") == [("alleged", ["volodymyr-zelensky"])]
    assert claims(d, "accusation") == [("confirmed", [])]


def test_an_article_before_a_noun_of_inviting_is_no_pronoun() -> None:
    assert _appeals("Poutine a reçu la Chine et l'Inde, et les invités ont visité le Kremlin.",
                    "fr") == []


def test_subject_and_object_pronouns_of_an_appeal_are_the_two_named_before() -> None:
    assert _appeals("Sergei Lavrov met Choe Son Hui in Moscow on Friday. She urged him to back "
                    "Pyongyang at the UN.") == [_app("choe-son-hui", "sergey-lavrov")]
    assert _appeals("Choe Son Hui met Sergei Lavrov in Moscow. He urged her to support "
                    "Russia's position on Ukraine.") == [_app("sergey-lavrov", "choe-son-hui")]
    assert _appeals("Sergej Lavrov ha incontrato Choe Son Hui a Mosca. Lei gli ha chiesto di "
                    "sostenere Pyongyang all'Onu.", "it") == [_app("choe-son-hui",
                                                                  "sergey-lavrov")]


# --- cooperation told as a bridge built together -----------------------------------------

_COOP = ("cooperation", {("russia", "partner"), ("north-korea", "partner")})


def test_a_bridge_built_together_is_cooperation() -> None:
    assert events(run("Russia and North Korea began construction of a road bridge over the "
                      "Tumen river.")) == [_COOP]
    assert events(run("Russia and North Korea broke ground on a road bridge across the "
                      "Tumen.")) == [_COOP]
    assert events(run("La Russie et la Corée du Nord ont lancé mercredi la construction d'un "
                      "pont routier sur le fleuve Tumen.", language="fr")) == [_COOP]
    assert events(run("Russia e Corea del Nord hanno avviato la costruzione di un ponte "
                      "stradale sul fiume Tumen.", language="it")) == [_COOP]


def test_a_bridge_struck_or_planned_is_no_cooperation() -> None:
    assert events(run("Russia plans to begin construction of a road bridge to North Korea "
                      "next year.")) == []
    assert events(run("Russia and North Korea will start construction of a road bridge over "
                      "the Tumen in 2025.")) == []
    assert events(run("Un drone ukrainien a frappé un pont routier en construction en Russie.",
                      language="fr")) == []
    assert events(run("L'Ucraina ha colpito un ponte ferroviario in costruzione in Russia.",
                      language="it")) == []
