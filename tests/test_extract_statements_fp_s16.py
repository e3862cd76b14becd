"""False statements and statements with the wrong participants, session 16 (precision).

The phenomena behind the false and partial statements of the released rounds (cases 04-124,
213-260, 277-300, 353-376), each checked on a grid of sentences written for these tests in
wire style (EN, IT, FR), not on the gold texts, with contrasts that must still give a
statement (no database; the seed's lexicon, as in tests/test_extract_embedded.py).
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import claims, events, run


def statements(d: object) -> list[set[tuple[str, str]]]:
    return [p for t, p in events(d) if t == "statement"]  # type: ignore[arg-type]


def types(d: object) -> list[str]:
    return [t for t, _ in events(d)]  # type: ignore[arg-type]


# --- whom a second verb of saying addresses is no speaker ----------------------------------
# "Seoul expressed regret and warned Moscow that...": the subject of both verbs speaks, the
# one warned is the addressee; the feeling and the warning joined by "and" are two acts, two
# statements (GUIDELINES, session 15: two acts of one speaker joined by "and"; dev 363, 369).


@pytest.mark.parametrize("text,lang,speaker,addressee", [
    ("Seoul expressed \"deep regret\" and warned Moscow that any military cooperation "
     "with the North would violate UN resolutions.", "en", "south-korea", "russia"),
    ("Tokyo voiced \"grave concern\" on Friday and warned Pyongyang that it would "
     "respond firmly.", "en", "japan", "north-korea"),
    ("Seul ha espresso «profonda preoccupazione» e ha avvertito Mosca che qualsiasi "
     "cooperazione militare con il Nord violerebbe le risoluzioni dell'Onu.", "it",
     "south-korea", "russia"),
    ("Il Giappone ha espresso «forte rammarico» e ha ammonito Pechino che la situazione "
     "resta «molto grave».", "it", "japan", "china"),
    ("Séoul a exprimé jeudi ses « profonds regrets » et a averti Moscou que toute "
     "coopération militaire contraire aux résolutions de l'ONU aurait des "
     "conséquences.", "fr", "south-korea", "russia"),
    ("Tokyo a exprimé sa « vive inquiétude » et a prévenu Pékin que la situation restait "
     "« très grave ».", "fr", "japan", "china"),
])
def test_the_one_warned_after_and_is_the_addressee(
        text: str, lang: str, speaker: str, addressee: str) -> None:
    d = run(text, language=lang)
    assert sorted(statements(d), key=len) == [
        {(speaker, "speaker")}, {(speaker, "speaker"), (addressee, "addressee")}], text


@pytest.mark.parametrize("text,lang", [
    ("Sergueï Lavrov a salué des relations parvenues « à un niveau sans précédent » et "
     "a assuré Pyongyang de son « plein soutien ».", "fr"),
    ("Sergei Lavrov hailed relations that had reached \"an unprecedented level\" and "
     "assured Pyongyang of his \"full support\".", "en"),
    ("Sergei Lavrov ha elogiato rapporti giunti «a un livello senza precedenti» e ha "
     "assicurato a Pyongyang il suo «pieno sostegno».", "it"),
])
def test_the_one_assured_after_and_is_no_speaker(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert not any(("north-korea", "speaker") in p for p in statements(d)), text


@pytest.mark.parametrize("text,lang,who", [
    ("« C'est une escalade dangereuse », a déclaré Séoul.", "fr", "south-korea"),
    ("«È un'escalation pericolosa», ha dichiarato Seul.", "it", "south-korea"),
    ("\"This is a dangerous escalation,\" said Seoul.", "en", "south-korea"),
])
def test_a_speaker_after_the_verb_still_speaks(text: str, lang: str, who: str) -> None:
    # contrasts: an inverted speaker after a quotation, and one after "and" with no verb
    d = run(text, language=lang)
    assert statements(d) == [{(who, "speaker")}], text


# --- support voiced is the support alone -----------------------------------------------
# GUIDELINES (session 16): a quoted pledge beside the support it voices is the support
# alone; "pledged support" is support (session 14).


@pytest.mark.parametrize("text,lang,supporter,supported", [
    ("Secondo l'agenzia Tass, Kim Jong Un ha promesso il «pieno e incondizionato "
     "sostegno» di Pyongyang a Mosca.", "it", "kim-jong-un", "russia"),
    ("Choe Son Hui ha espresso pieno sostegno alla Russia, promettendo di restarle al "
     "fianco «fino al giorno della vittoria».", "it", "choe-son-hui", "russia"),
    ("Selon l'agence Tass, Kim Jong Un a promis le « soutien plein et entier » de "
     "Pyongyang à Moscou.", "fr", "kim-jong-un", "russia"),
    ("Choe Son Hui a exprimé son plein soutien à la Russie, promettant de rester à ses "
     "côtés « jusqu'à la victoire ».", "fr", "choe-son-hui", "russia"),
    ("Choe Son Hui pledged \"unconditional support\" to Moscow, promising to stand by "
     "Russia \"until the day of victory\".", "en", "choe-son-hui", "russia"),
    ("According to Tass, Kim Jong Un pledged Pyongyang's \"full and unconditional "
     "support\" to Moscow.", "en", "kim-jong-un", "russia"),
])
def test_support_voiced_with_a_quotation_is_no_statement(
        text: str, lang: str, supporter: str, supported: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [], text
    assert ("support", {(supporter, "supporter"), (supported, "supported")}) \
        in events(d), text


@pytest.mark.parametrize("text,lang,who", [
    ("Choe Son Hui expressed full support for Russia and said the friendship between "
     "the two countries was \"invincible\".", "en", "choe-son-hui"),
    ("Choe Son Hui ha espresso pieno sostegno alla Russia e ha detto che l'amicizia tra "
     "i due Paesi è «invincibile».", "it", "choe-son-hui"),
    ("Choe Son Hui a exprimé son plein soutien à la Russie et a déclaré que l'amitié "
     "entre les deux pays était « invincible ».", "fr", "choe-son-hui"),
])
def test_support_and_a_verb_of_saying_are_two_acts(text: str, lang: str, who: str) -> None:
    # contrast: support and words said with a verb of their own after "and"
    d = run(text, language=lang)
    assert {(who, "speaker")} in statements(d), text
    assert "support" in types(d), text


# --- what two sides talked about is their talks, no statement -----------------------------
# GUIDELINES (statements round): a report of what the two told of before did ("the two
# discussed ...") is no statement; a phone call between two named people is a meeting.


@pytest.mark.parametrize("text,lang", [
    ("Kim Jong Un met Vladimir Putin on Wednesday. Kremlin spokesman Dmitry Peskov said "
     "the two sides had also touched on \"sensitive areas\" that would not be made "
     "public.", "en"),
    ("Kim Jong Un ha incontrato Vladimir Putin mercoledì. Il portavoce del Cremlino "
     "Dmitry Peskov ha detto che le due parti hanno affrontato anche «temi sensibili» "
     "che non saranno resi pubblici.", "it"),
    ("Kim Jong Un a rencontré Vladimir Poutine mercredi. Le porte-parole du Kremlin "
     "Dmitri Peskov a indiqué que les deux parties avaient aussi abordé des « sujets "
     "sensibles » qui ne seront pas rendus publics.", "fr"),
    ("Yoon Suk Yeol and Mark Rutte discussed the situation by phone later on Monday, "
     "Seoul said.", "en"),
    ("Yoon Suk Yeol e Mark Rutte hanno discusso la situazione al telefono lunedì, ha "
     "riferito Seul.", "it"),
    ("Yoon Suk Yeol et Mark Rutte ont évoqué la situation par téléphone lundi, a indiqué "
     "Séoul.", "fr"),
    ("Plus tôt dans la journée, Choe Son Hui s'était entretenue avec Sergueï Lavrov, a "
     "précisé le ministère russe des Affaires étrangères, sans donner de détails sur le "
     "contenu des discussions.", "fr"),
])
def test_what_the_two_sides_discussed_is_no_statement(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [], text


@pytest.mark.parametrize("text,lang", [
    ("Yoon Suk Yeol and Mark Rutte discussed the situation by phone later on Monday, "
     "Seoul said.", "en"),
    ("Yoon Suk Yeol e Mark Rutte hanno discusso la situazione al telefono lunedì, ha "
     "riferito Seul.", "it"),
    ("Yoon Suk Yeol et Mark Rutte ont évoqué la situation par téléphone lundi, a indiqué "
     "Séoul.", "fr"),
])
def test_a_phone_call_reported_is_a_meeting(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert events(d) == [("meeting", {("yoon-suk-yeol", "participant"),
                                      ("mark-rutte", "participant")})], text
    assert claims(d, "meeting") == [("reported", ["south-korea"])], text


@pytest.mark.parametrize("text,lang,who", [
    ("Kim Jong Un met Vladimir Putin on Wednesday. Kremlin spokesman Dmitry Peskov said "
     "relations between the two countries were \"at an unprecedented level\".", "en",
     "dmitry-peskov"),
    ("Kim Jong Un ha incontrato Vladimir Putin mercoledì. Il portavoce del Cremlino "
     "Dmitry Peskov ha detto che i rapporti tra i due Paesi sono «a un livello senza "
     "precedenti».", "it", "dmitry-peskov"),
    ("Kim Jong Un a rencontré Vladimir Poutine mercredi. Le porte-parole du Kremlin "
     "Dmitri Peskov a déclaré que les relations entre les deux pays étaient « à un "
     "niveau sans précédent ».", "fr", "dmitri-peskov"),
])
def test_a_view_of_the_ties_after_talks_is_still_a_statement(
        text: str, lang: str, who: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [{(who, "speaker")}], text


# --- a name inside the subject told before the verb of saying is no addressee ---------------


@pytest.mark.parametrize("text,lang", [
    ("L'invitation lancée par Kim Jong Un à Vladimir Poutine pour une visite à "
     "Pyongyang « a été acceptée avec gratitude », a ajouté le Kremlin.", "fr"),
    ("The invitation extended by Kim Jong Un to Vladimir Putin for a visit to Pyongyang "
     "\"was accepted with gratitude\", the Kremlin said.", "en"),
    ("L'invito rivolto da Kim Jong Un a Vladimir Putin per una visita a Pyongyang «è "
     "stato accettato con gratitudine», ha aggiunto il Cremlino.", "it"),
])
def test_a_name_in_the_phrase_said_is_no_addressee(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [{("russia", "speaker")}], text


@pytest.mark.parametrize("text,lang,speaker,addressee", [
    ("Vladimir Putin told Kim Jong Un that the invitation \"was accepted with "
     "gratitude\".", "en", "vladimir-putin", "kim-jong-un"),
    ("Vladimir Poutine a dit à Kim Jong Un que l'invitation « a été acceptée avec "
     "gratitude ».", "fr", "vladimir-putin", "kim-jong-un"),
    pytest.param(
        "Vladimir Putin ha detto a Kim Jong Un che l'invito «è stato accettato con "
        "gratitudine».", "it", "vladimir-putin", "kim-jong-un",
        marks=pytest.mark.xfail(reason="'l'invito' named again is read as an appeal of Putin "
                                "to Kim (a noun of invitation pointing back; not this "
                                "topic)", strict=True)),
])
def test_whom_one_tells_is_still_the_addressee(
        text: str, lang: str, speaker: str, addressee: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [{(speaker, "speaker"), (addressee, "addressee")}], text


@pytest.mark.parametrize("text,lang,envoy", [
    ("Séoul a exprimé jeudi ses « vifs regrets » à l'ambassadeur de Russie, Gueorgui "
     "Zinoviev.", "fr", "gueorgui-zinoviev"),
    ("Seoul expressed \"deep regret\" to Russian Ambassador Georgy Zinoviev on "
     "Thursday.", "en", "georgy-zinoviev"),
    ("Seul ha espresso giovedì «profondo rammarico» all'ambasciatore russo Georgy "
     "Zinoviev.", "it", "georgy-zinoviev"),
])
def test_a_feeling_expressed_to_a_named_envoy_addresses_him(
        text: str, lang: str, envoy: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [{("south-korea", "speaker"), (envoy, "addressee")}], text


@pytest.mark.parametrize("text,lang", [
    ("Séoul a exprimé jeudi ses « vifs regrets » à l'ambassadeur de Russie.", "fr"),
    ("Seoul expressed \"deep regret\" to the Russian ambassador on Thursday.", "en"),
    ("Seul ha espresso giovedì «profondo rammarico» all'ambasciatore russo.", "it"),
])
def test_a_feeling_expressed_to_an_unnamed_envoy_is_the_speakers_alone(
        text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [{("south-korea", "speaker")}], text


# --- a gerund that puts a number on the fact confirmed is that fact's figure ---------------


@pytest.mark.parametrize("text,lang", [
    ("Mercoledì il Pentagono aveva confermato per la prima volta la presenza di soldati "
     "nordcoreani in Russia, stimandone il numero in circa 3.000.", "it"),
    ("Le Pentagone a confirmé mercredi la présence de soldats nord-coréens en Russie, "
     "estimant leur nombre à environ 3 000.", "fr"),
    ("The Pentagon confirmed on Wednesday the presence of North Korean soldiers in "
     "Russia, putting their number at about 3,000.", "en"),
    ("The Pentagon confirmed on Wednesday the presence of North Korean soldiers in "
     "Russia, estimating their number at about 3,000.", "en"),
    pytest.param(
        "Il Pentagono ha confermato la presenza di soldati nordcoreani in Russia, "
        "valutandone il numero a circa 3.000 unità.", "it",
        marks=pytest.mark.xfail(reason="'valutando' (also 'considering') makes the presence "
                                "no fact: the deployment is lost (not this topic)",
                                strict=True)),
])
def test_a_figure_given_in_a_gerund_is_no_statement(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert types(d) == ["deployment"], text


@pytest.mark.parametrize("text,lang", [
    ("Le Pentagone a confirmé mercredi la présence de soldats nord-coréens en Russie, "
     "qualifiant la décision de « très dangereuse ».", "fr"),
    ("Il Pentagono ha confermato la presenza di soldati nordcoreani in Russia, "
     "definendo la decisione «molto pericolosa».", "it"),
])
def test_a_judgment_in_a_gerund_is_still_a_statement(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert ("statement", {("pentagon", "speaker")}) in events(d), text


# --- a negation of the main clause does not reach a relative's fact; no group speaks -------


@pytest.mark.parametrize("text,lang", [
    ("Nessuna delle due parti ha fatto riferimento ai soldati nordcoreani che, secondo "
     "l'intelligence sudcoreana, sarebbero già stati inviati nella regione di Kursk.",
     "it"),
    ("Aucune des deux parties n'a évoqué les soldats nord-coréens qui, selon le "
     "renseignement sud-coréen, auraient déjà été envoyés dans la région de Koursk.",
     "fr"),
    ("Neither side mentioned the North Korean soldiers who, according to South Korean "
     "intelligence, have already been sent to the Kursk region.", "en"),
])
def test_a_hedged_fact_in_a_relative_after_a_negation_is_no_statement(
        text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [], text


# --- "he said" after "according to <title>, <name>" is the person ------------------------


@pytest.mark.parametrize("text,lang", [
    ("La Maison Blanche a affirmé jeudi que la Russie avait tiré des missiles fournis "
     "par la Corée du Nord. Selon le porte-parole du Conseil de sécurité nationale, John "
     "Kirby, les forces russes ont lancé au moins un de ces engins le 30 décembre. « Il "
     "s'agit d'une escalade importante », a-t-il déclaré devant la presse.", "fr"),
    ("La Casa Bianca ha affermato giovedì che la Russia ha lanciato missili forniti dalla "
     "Corea del Nord. Secondo il portavoce del Consiglio per la sicurezza nazionale, "
     "John Kirby, le forze russe hanno lanciato almeno uno di questi ordigni il 30 "
     "dicembre. «Si tratta di un'escalation significativa», ha detto.", "it"),
    ("The White House said on Thursday that Russia had fired missiles supplied by North "
     "Korea. According to National Security Council spokesman John Kirby, Russian "
     "forces launched at least one of them on Dec. 30. \"This is a significant and "
     "concerning escalation,\" he told reporters.", "en"),
])
def test_a_pronoun_after_a_titled_source_is_the_person(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert {("john-kirby", "speaker")} in statements(d), text
    assert not any(("united-states", "speaker") in p for p in statements(d)), text


# --- a state's people thanked are that state addressed ---------------------------------


@pytest.mark.parametrize("text,lang", [
    ("Il presidente Vladimir Putin ha ringraziato Kim Jong Un e il popolo nordcoreano per la "
     "loro «solidarietà».", "it"),
    ("Vladimir Poutine a remercié Kim Jong Un et le peuple nord-coréen pour leur « solidarité "
     "».", "fr"),
    ("Vladimir Putin thanked Kim Jong Un and the North Korean people for their "
     "\"solidarity\".", "en"),
])
def test_a_states_people_thanked_are_its_state_addressed(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [{("vladimir-putin", "speaker"), ("kim-jong-un", "addressee"),
                              ("north-korea", "addressee")}], text


@pytest.mark.parametrize("text,lang", [
    ("Vladimir Putin said the North Korean people were \"heroic\".", "en"),
    ("Vladimir Poutine a déclaré que le peuple nord-coréen était « héroïque ».", "fr"),
])
def test_a_people_in_what_is_said_is_no_addressee(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert not any(r == "addressee" for p in statements(d) for _, r in p), text


# --- a gerund of citing gives the report's source, no second act -----------------------


@pytest.mark.parametrize("text,lang", [
    ("Seoul and Kyiv had first reported the deployment in October, citing intelligence on "
     "North Korean units being shipped to Russia's Far East.", "en"),
    ("Seul aveva segnalato per prima l'invio di truppe a ottobre, citando informazioni "
     "dell'intelligence su unità nordcoreane trasferite nell'Estremo Oriente russo.", "it"),
    ("Séoul avait signalé le premier l'envoi de troupes en octobre, citant des informations "
     "du renseignement sur des unités nord-coréennes transférées en Extrême-Orient russe.",
     "fr"),
])
def test_a_gerund_of_citing_is_no_statement(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [], text


# --- a condemnation of an act whose doer is its agent is an accusation ------------------
# GUIDELINES (round 4): a condemnation of an actor's act is an accusation, of nobody's a
# statement.


@pytest.mark.parametrize("text,lang,accuser", [
    ("Josep Borrell a condamné « avec la plus grande fermeté » la livraison de ces missiles "
     "par Pyongyang.", "fr", "josep-borrell"),
    ("Josep Borrell ha condannato «con la massima fermezza» la consegna di questi missili da "
     "parte di Pyongyang.", "it", "josep-borrell"),
    ("Josep Borrell condemned \"in the strongest terms\" the delivery of these missiles by "
     "Pyongyang.", "en", "josep-borrell"),
])
def test_a_condemned_act_with_its_agent_accuses_the_agent(text: str, lang: str,
                                                          accuser: str) -> None:
    d = run(text, language=lang)
    assert ("accusation", {(accuser, "accuser"), ("north-korea", "accused")}) in events(d), \
        text
    assert statements(d) == [], text


@pytest.mark.parametrize("text,lang", [
    ("Le Japon a dénoncé une menace pour la paix régionale.", "fr"),
    ("Il Giappone ha condannato i colloqui.", "it"),
    ("Japan condemned the talks.", "en"),
])
def test_a_condemnation_of_nobody_is_still_a_statement(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [{("japan", "speaker")}], text


# --- officials of a capital are an unnamed group: no statement ----------------------------
# GUIDELINES (statement settlement): an unnamed source makes no statement; "South Korean
# officials" is a group, the state a mention.


@pytest.mark.parametrize("text,lang", [
    ("Des responsables de Séoul ont dénoncé un « pacte dangereux ».", "fr"),
    ("Des responsables de Séoul ont déclaré que le pacte était « dangereux ».", "fr"),
    ("Funzionari di Seul hanno denunciato un «patto pericoloso».", "it"),
    ("Fonti di Seul hanno detto che il patto è «pericoloso».", "it"),
    ("Officials in Seoul said the pact was \"dangerous\".", "en"),
])
def test_officials_of_a_capital_make_no_statement(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [], text


@pytest.mark.parametrize("text,lang", [
    ("Séoul a déclaré que le pacte était « dangereux ».", "fr"),
    ("Seul ha detto che il patto è «pericoloso».", "it"),
    ("Seoul said the pact was \"dangerous\".", "en"),
])
def test_the_capital_itself_still_makes_a_statement(text: str, lang: str) -> None:
    d = run(text, language=lang)
    assert statements(d) == [{("south-korea", "speaker")}], text
