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


# --- told or warned to act -------------------------------------------------------------------


def _app(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return _pair("appeal", ("appellant", "addressee"), a, b)


def test_told_to_act_is_an_appeal() -> None:
    d = run("U.S. Defense Secretary Lloyd Austin told Beijing to rein in its ally.")
    assert events(d) == [_app("lloyd-austin", "china")]
    d = run("Ukrainian Foreign Minister Andrii Sybiha told his Chinese counterpart Wang Yi to "
            "press Pyongyang to halt its arms transfers to Moscow.")
    assert events(d) == [_app("andrii-sybiha", "wang-yi")]
    d = run("Washington on Tuesday told Moscow to send the North Korean soldiers home.")
    assert events(d) == [_app("united-states", "russia")]
    d = run("Il ministro degli Esteri Antonio Tajani ha detto a Pechino di fare pressione su "
            "Pyongyang.", language="it")
    assert events(d) == [_app("antonio-tajani", "china")]
    d = run("Le ministre français des Affaires étrangères Jean-Noël Barrot a dit à Pékin de "
            "faire pression sur Pyongyang.", language="fr")
    assert events(d) == [_app("jean-noel-barrot", "china")]


def test_warned_to_act_is_an_appeal() -> None:
    assert events(run("Japan warned Pyongyang to stay out of the war in Ukraine.")) == [
        _app("japan", "north-korea")]
    # what one is told not to do is no event
    assert events(run("Seoul has warned Moscow not to transfer military technology to "
                      "Pyongyang.")) == [_app("south-korea", "russia")]
    assert events(run("Il Giappone ha avvertito Pyongyang di restare fuori dal conflitto.",
                      language="it")) == [_app("japan", "north-korea")]
    assert events(run("Seul ha avvertito Mosca di non trasferire tecnologia militare alla "
                      "Corea del Nord.", language="it")) == [_app("south-korea", "russia")]
    assert events(run("Séoul a averti Moscou de ne pas transférer de technologies militaires "
                      "à Pyongyang.", language="fr")) == [_app("south-korea", "russia")]


def test_told_that_stays_a_verb_of_saying() -> None:
    d = run("Zelensky told reporters that North Korea had sent troops to Russia.")
    assert events(d) == [_dep("north-korea", "russia")]
    assert events(run("Japan warned that Pyongyang could send more troops.")) == [
        ("statement", {("japan", "speaker")})]
    assert events(run("Il portavoce del Cremlino Dmitry Peskov ha detto ai giornalisti di non "
                      "avere informazioni.", language="it")) == [
        ("statement", {("dmitry-peskov", "speaker")})]
    assert events(run("Le Japon a averti que Pyongyang pourrait envoyer d'autres soldats.",
                      language="fr")) == [("statement", {("japan", "speaker")})]
    assert events(run("Japan did not tell Seoul to stop its cooperation.")) == []


# --- all parties ---------------------------------------------------------------------------


def test_an_appeal_to_all_parties_has_its_appellant_alone() -> None:
    for text, lang, who in (
            ("Tokyo called on all sides to exercise restraint.", "en", "japan"),
            ("China called on all parties concerned to de-escalate.", "en", "china"),
            ("Japan urged all countries to enforce the sanctions.", "en", "japan"),
            ("La Cina ha invitato tutte le parti a evitare un'escalation.", "it", "china"),
            ("Il Giappone ha chiesto a tutte le parti di rispettare le sanzioni.", "it",
             "japan"),
            ("Tokyo a invité toutes les parties à la retenue.", "fr", "japan"),
            ("Le Japon a demandé à tous les pays d'appliquer les sanctions.", "fr", "japan")):
        assert events(run(text, language=lang)) == [("appeal", {(who, "appellant")})], text
    assert events(run("The United States has never urged all parties to back down.")) == []


# --- whom one appeals to, after a day or a title ---------------------------------------------


def test_an_ambassador_after_a_day_and_a_title() -> None:
    for text, lang in (
            ("Seul ha intimato giovedì all'ambasciatore russo Georgy Zinoviev di porre fine "
             "alla cooperazione.", "it"),
            ("Séoul a exhorté jeudi l'ambassadeur russe Georgy Zinoviev à mettre fin à la "
             "coopération.", "fr"),
            ("Séoul a également pressé l'ambassadeur russe Georgy Zinoviev de s'expliquer.",
             "fr"),
            ("Seoul on Thursday urged Russian Ambassador Georgy Zinoviev to end the "
             "cooperation.", "en")):
        assert events(run(text, language=lang)) == [_app("south-korea", "georgy-zinoviev")], \
            text
    assert events(run("Séoul a pressé la Chine de s'expliquer.", language="fr")) == [
        _app("south-korea", "china")]


# --- an appeal told by a gerund after a comma ----------------------------------------------


def test_a_gerund_appeal_is_the_main_subjects() -> None:
    d = run("Japan criticised Russia, urging Pyongyang to withdraw its troops.")
    assert _same(events(d), [_acc("japan", "russia"), _app("japan", "north-korea")])
    # an appeal is not what a condemnation charges
    d = run("Japan condemned the deployment, urging Pyongyang to withdraw its troops.")
    assert _app("japan", "north-korea") in events(d)
    d = run("Il presidente ucraino Volodymyr Zelensky ha criticato la Russia, chiedendo alla "
            "Cina di intervenire.", language="it")
    assert _same(events(d), [_acc("volodymyr-zelensky", "russia"),
                             _app("volodymyr-zelensky", "china")])


# --- insisting that another must act ---------------------------------------------------------


def test_insisted_that_another_must_act_is_an_appeal() -> None:
    for text, lang, who, whom in (
            ("Poland insisted that Moscow must stop relying on North Korean soldiers.", "en",
             "poland", "russia"),
            ("Seoul insisted that Pyongyang should withdraw its troops.", "en", "south-korea",
             "north-korea"),
            ("Japan stressed that China has to use its influence.", "en", "japan", "china"),
            ("Seul ha insistito perché Mosca ritiri le truppe nordcoreane.", "it",
             "south-korea", "russia"),
            ("Il Giappone ha insistito sul fatto che la Cina deve fare pressione su Pyongyang.",
             "it", "japan", "china"),
            ("Paris a insisté pour que Moscou renvoie les soldats nord-coréens.", "fr",
             "france", "russia"),
            ("Le Japon a insisté sur le fait que la Chine doit faire pression sur Pyongyang.",
             "fr", "japan", "china")):
        assert events(run(text, language=lang)) == [_app(who, whom)], text


def test_what_ones_own_state_must_do_is_said() -> None:
    assert events(run("Lavrov insisted that Russia must defend itself.")) == [
        ("statement", {("sergey-lavrov", "speaker")})]
    assert events(run("Seoul insisted on its right to respond.")) == [
        ("statement", {("south-korea", "speaker")})]


# --- appeals told by their noun, and passives ----------------------------------------------


def test_an_appeal_told_by_its_noun_and_maker() -> None:
    d = run("A call by Kyiv on Ankara and New Delhi to join the sanctions went unanswered.")
    assert events(d) == [("appeal", {("ukraine", "appellant"), ("turkey", "addressee"),
                                     ("india", "addressee")})]
    assert events(run("The call by NATO for China to stop helping Moscow went unheeded.")) == [
        _app("nato", "china")]
    for text in ("Un appel de l'OTAN à la Chine pour qu'elle cesse d'aider Moscou est resté "
                 "lettre morte.",
                 "L'appel lancé par l'OTAN à Pékin est resté sans réponse."):
        assert events(run(text, language="fr")) == [_app("nato", "china")], text
    d = run("La demande de Séoul à Moscou de renvoyer les soldats a été rejetée.", language="fr")
    assert events(d) == [_app("south-korea", "russia")]
    # no one appealed to, no appeal; a phone call is a meeting
    assert events(run("Moscou a rejeté la demande de Kiev.", language="fr")) == []
    d = run("A phone call by Russian President Vladimir Putin to North Korean leader Kim Jong "
            "Un lasted an hour.")
    assert events(d) == [("meeting", {("vladimir-putin", "participant"),
                                      ("kim-jong-un", "participant")})]


def test_a_passive_appeal_is_made_to_its_subject() -> None:
    for text, lang, who in (
            ("La Chine a été exhortée par la France à peser sur Pyongyang.", "fr", "france"),
            ("La Chine a été invitée par le Japon à faire pression sur Pyongyang.", "fr",
             "japan"),
            ("La Cina è stata invitata dal Giappone a fare pressione su Pyongyang.", "it",
             "japan"),
            ("China was urged by NATO not to help Russia.", "en", "nato")):
        assert events(run(text, language=lang)) == [_app(who, "china")], text


# --- more words ------------------------------------------------------------------------------


def test_alleged_that_is_a_charge() -> None:
    d = run("Ukraine alleged that North Korea had shipped millions of shells to Russia.")
    assert _same(events(d), [_acc("ukraine", "north-korea"), _sup("north-korea", "russia")])
    assert claims(d, "supply") == [("alleged", ["ukraine"])]
    d = run("Kyiv alleges that Pyongyang supplied ballistic missiles to Moscow.")
    assert _same(events(d), [_acc("ukraine", "north-korea"), _sup("north-korea", "russia")])
    # what no actor did is said, no charge
    assert events(run("Ukraine alleged that the treaty was illegal.")) == [
        ("statement", {("ukraine", "speaker")})]


def test_present_tense_charges_and_requests() -> None:
    assert events(run("Seul denuncia Mosca per il trasferimento di tecnologia a Pyongyang.",
                      language="it")) == [_acc("south-korea", "russia")]
    assert events(run("Le Japon critique la Russie pour sa coopération avec Pyongyang.",
                      language="fr")) == [_acc("japan", "russia")]
    assert events(run("Séoul demande à Moscou de rapatrier les soldats.", language="fr")) == [
        _app("south-korea", "russia")]
    # an appeal to come is none
    assert events(run("Tokyo demandera à Pékin d'intervenir.", language="fr")) == []
    assert events(run("Tokyo chiederà a Pechino di intervenire.", language="it")) == []
    assert events(run("Seoul would ask Washington to deploy more assets.")) == []


def test_said_he_had_asked() -> None:
    d = run("Ukrainian President Volodymyr Zelensky said he had asked Japan to send air defence "
            "systems.")
    assert events(d) == [_app("volodymyr-zelensky", "japan")]
    d = run("Japan warned North Korea against sending more troops and urged China to act.")
    assert events(d) == [_app("japan", "china")]


def test_the_agent_of_the_act_condemned_is_accused() -> None:
    for text, lang in (
            ("Kiev denuncia l'impiego di missili nordcoreani da parte della Russia.", "it"),
            ("Kiev ha denunciato l'impiego di missili nordcoreani da parte della Russia.", "it"),
            ("Kiev dénonce l'utilisation de missiles nord-coréens par la Russie.", "fr")):
        assert _same(events(run(text, language=lang)), [
            _acc("ukraine", "russia"), _sup("north-korea", "russia")]), text


def test_more_ways_to_ask_and_to_blame() -> None:
    assert events(run("Seoul has asked for an explanation from Moscow.")) == [
        _app("south-korea", "russia")]
    assert events(run("Tokyo a plaidé pour que la Chine fasse pression sur Pyongyang.",
                      language="fr")) == [_app("japan", "china")]
    d = run("Moscou s'en est pris à Séoul pour ses livraisons d'armes à Kiev.", language="fr")
    assert _same(events(d), [_acc("russia", "south-korea"), _sup("south-korea", "ukraine")])
    # "from" still names who gives in other events
    assert events(run("Russia received shells from North Korea.")) == [
        _sup("north-korea", "russia")]


def test_no_appeal_where_none_is_made() -> None:
    # what one tells someone will happen is said to him
    assert events(run("Seoul told Moscow it would respond to any provocation.")) == [
        ("statement", {("south-korea", "speaker"), ("russia", "addressee")})]
    # an invitation to travel is no appeal
    assert events(run("Le président russe Vladimir Poutine a invité Kim Jong Un à se rendre à "
                      "Moscou.", language="fr")) == []
    assert events(run("Il presidente russo Vladimir Putin ha invitato Kim Jong Un a visitare "
                      "Mosca.", language="it")) == []
    # a wish with no one appealed to, a request to come
    assert events(run("The Kremlin urged calm.")) == []
    assert events(run("Washington is expected to urge Beijing to act.")) == []
    assert events(run("Tokyo has yet to ask Beijing for help.")) == []


def test_accused_of_with_no_auxiliary_is_a_passive() -> None:
    d = run("Russia accused of using North Korean missiles.")
    assert ("accusation", {("russia", "accused")}) in events(d)
    d = run("North Korea, accused of sending troops to Russia, denied the reports.")
    assert ("accusation", {("north-korea", "accused")}) in events(d)
    d = run("La Corée du Nord, accusée d'avoir envoyé des troupes en Russie, a démenti.",
            language="fr")
    assert ("accusation", {("north-korea", "accused")}) in events(d)
    # the active verb still has its accuser
    assert _acc("ukraine", "russia") in events(run("Kiev accuse Moscou de mentir.",
                                                   language="fr"))


def test_a_condemnation_told_by_its_noun_in_french() -> None:
    d = run("Séoul a exprimé sa ferme condamnation de l'envoi de troupes nord-coréennes en "
            "Russie.", language="fr")
    assert _same(events(d), [_acc("south-korea", "north-korea"), _dep("north-korea", "russia")])


def test_whom_one_asks_after_a_title_and_a_compound_adjective() -> None:
    d = run("Le président ukrainien Volodymyr Zelensky a demandé au président sud-coréen Yoon Suk "
            "Yeol de livrer des obus à l'Ukraine.", language="fr")
    assert events(d) == [_app("volodymyr-zelensky", "yoon-suk-yeol")]
    d = run("Ukrainian President Volodymyr Zelensky asked Japanese Prime Minister Shigeru Ishiba "
            "to supply air defence systems.")
    assert events(d) == [_app("volodymyr-zelensky", "shigeru-ishiba")]


def test_assurances_sought_from_someone() -> None:
    assert events(run("Seoul sought assurances from Moscow that no technology would be "
                      "transferred.")) == [_app("south-korea", "russia")]
    assert events(run("Japan sought clarification from Russia on the deployment.")) == [
        _app("japan", "russia")]
    assert events(run("Seoul has not sought assurances from Moscow.")) == []
