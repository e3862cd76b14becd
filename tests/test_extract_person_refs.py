"""People referred back to as participants of any event (session 14, co-reference round,
dev cases 385-392): titles and trade nouns taken up by the person of that state whose
office fits ("the North Korean leader", "il ministro russo", "la diplomate nord-coréenne"),
a state's office holder named in the next sentence ("Pyongyang's top diplomat ... Choe Son
Hui"), "her Russian counterpart" / "il suo omologo" / "son homologue" and "his host" / "son
hôte" as the other side of the talks told, subject pronouns by gender ("Lei", "Elle"),
Italian subjects left unsaid after a time phrase, and a title's adjective that refers to no
person named being no side (GUIDELINES, session 14). Each mechanism is checked on sentences
written for these tests in wire style, in EN, IT and FR (no database; the seed document's
lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run


def _meet(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return ("meeting", {(a, "participant"), (b, "participant")})


def _speakers(d: object) -> list[set[str]]:
    return [{a for a, r in p if r == "speaker"} for t, p in events(d)  # type: ignore[arg-type]
            if t == "statement"]


# --- a title or trade noun referring back: the person whose state and office fit ----------


def test_a_title_with_a_state_adjective_is_the_person_of_that_state() -> None:
    # Kim Jong Un named bare: the state he serves is known (data/people.tsv)
    d = run("Kim Jong Un received Sergei Shoigu in Pyongyang on Friday. The North Korean "
            "leader also met Russian Defence Minister Andrei Belousov.",
            published="2024-11-09")
    assert _meet("kim-jong-un", "andrei-belousov") in events(d)
    d = run("Sergey Lavrov arrived in Pyongyang on Monday. The Russian minister was received "
            "by Kim Jong Un on Tuesday.", published="2024-11-09")
    assert _meet("sergey-lavrov", "kim-jong-un") in events(d)
    d = run("Vladimir Putin ha ricevuto Kim Jong Un al Cremlino. Il leader nordcoreano ha poi "
            "incontrato il ministro della Difesa Andrej Belousov.", language="it",
            published="2024-11-09")
    assert _meet("kim-jong-un", "andrej-belousov") in events(d)
    d = run("Sergueï Lavrov s'est rendu à Pyongyang lundi. Le ministre russe a été reçu par "
            "Kim Jong Un mardi.", language="fr", published="2024-11-09")
    assert _meet("sergey-lavrov", "kim-jong-un") in events(d)


def test_a_minister_takes_up_a_foreign_minister_by_another_title() -> None:
    # "il ministro russo" after "il capo della diplomazia russa": one office family
    d = run("Choe Son Hui ha avuto un colloquio con il capo della diplomazia russa, Sergej "
            "Lavrov. Il ministro russo ha poi incontrato Kim Jong Un.", language="it",
            published="2024-11-09")
    assert _meet("sergey-lavrov", "kim-jong-un") in events(d)


def test_a_diplomat_is_the_foreign_minister_named_before() -> None:
    d = run("Choe Son Hui met Sergey Lavrov in Moscow on Monday. The North Korean diplomat "
            "later met Vladimir Putin.", published="2024-11-09")
    assert _meet("choe-son-hui", "vladimir-putin") in events(d)
    d = run("Choe Son Hui ha incontrato Lavrov lunedì. La diplomatica nordcoreana ha poi "
            "incontrato Vladimir Putin.", language="it", published="2024-11-09")
    assert _meet("choe-son-hui", "vladimir-putin") in events(d)
    d = run("Choe Son Hui a rencontré Sergueï Lavrov lundi. La diplomate nord-coréenne a "
            "ensuite rencontré Vladimir Poutine.", language="fr", published="2024-11-09")
    assert _meet("choe-son-hui", "vladimir-putin") in events(d)


def test_a_title_of_another_state_is_not_taken_up() -> None:
    # the South's defence minister is not the North's named before, nor his state a speaker
    d = run("Sergej Shoigu ha incontrato venerdì il ministro della Difesa nordcoreano No "
            "Kwang Chol. Il ministro della Difesa sudcoreano ha definito la visita «una "
            "minaccia».", language="it", published="2024-09-14")
    assert _speakers(d) == []
    d = run("Kim Jong Un met Vladimir Putin in Vladivostok. The South Korean president "
            "condemned the talks.", published="2024-11-09")
    assert events(d) == [_meet("kim-jong-un", "vladimir-putin")]


def test_a_title_adjective_that_refers_to_no_one_is_no_side() -> None:
    # GUIDELINES, session 14: a title's adjective names no side; a person is never made up
    d = run("The Ukrainian president condemned the treaty on Monday.", published="2024-11-09")
    assert _speakers(d) == []
    d = run("Il presidente ucraino ha condannato l'accordo.", language="it",
            published="2024-11-09")
    assert _speakers(d) == []
    d = run("Le ministre sud-coréen de l'Unification a dénoncé une « alliance dangereuse ».",
            language="fr", published="2024-11-09")
    assert _speakers(d) == []
    # a sender of troops stays (GUIDELINES names visitors, participants, speakers, accusers,
    # appellants and supporters)
    d = run("The North Korean leader sent troops to Russia in October.", published="2024-11-09")
    assert ("deployment", {("north-korea", "sender"), ("russia", "host")}) in events(d)
    # a treaty's milestone keeps the title's state as its party
    d = run("The Russian president signed the law ratifying the treaty with North Korea on "
            "Saturday.", published="2024-11-10")
    assert any(t == "ratification" and ("russia", "party") in p for t, p in events(d))


def test_an_apposition_title_stays_the_name_before_it() -> None:
    d = run("Kim Jong Un, the North Korean leader, signed a decree ratifying the treaty with "
            "Russia on Monday.", published="2024-11-12")
    assert any(t == "ratification" and ("north-korea", "party") in p for t, p in events(d))


# --- a title pointing forward to the next sentence's person ------------------------------


def test_a_state_office_holder_named_in_the_next_sentence() -> None:
    d = run("Pyongyang's top diplomat arrived in Moscow on Monday. Choe Son Hui was received "
            "by Sergey Lavrov on Tuesday.", published="2024-11-05")
    assert ("visit", {("choe-son-hui", "visitor"), ("russia", "host")}) in events(d)
    d = run("La ministra degli Esteri nordcoreana è arrivata lunedì a Mosca. Choe Son Hui è "
            "stata ricevuta martedì da Vladimir Putin.", language="it", published="2024-11-05")
    assert ("visit", {("choe-son-hui", "visitor"), ("russia", "host")}) in events(d)
    d = run("La cheffe de la diplomatie nord-coréenne est arrivée lundi à Moscou. Choe Son "
            "Hui a été reçue mardi par Vladimir Poutine.", language="fr",
            published="2024-11-05")
    assert ("visit", {("choe-son-hui", "visitor"), ("russia", "host")}) in events(d)
    # named before: that one
    d = run("Sergey Lavrov arrived in Pyongyang on Monday. Russia's foreign minister was "
            "received by Kim Jong Un on Tuesday.", published="2024-11-05")
    assert _meet("sergey-lavrov", "kim-jong-un") in events(d)


def test_a_state_office_holder_named_nowhere_is_no_side() -> None:
    d = run("Russia's foreign minister arrived in Pyongyang on Monday. Kim Jong Un said the "
            "talks would be useful.", published="2024-11-05")
    assert not [p for t, p in events(d) if t == "visit"]


# --- counterparts and hosts: the other side of the talks told ---------------------------


def test_a_counterpart_is_the_other_state_s_person_named_before() -> None:
    d = run("Choe Son Hui arrived in Moscow on Monday at the invitation of Sergey Lavrov. On "
            "Tuesday she held talks with her Russian counterpart.", published="2024-11-09")
    assert _meet("choe-son-hui", "sergey-lavrov") in events(d)
    d = run("Choe Son Hui è arrivata lunedì a Mosca su invito di Sergej Lavrov. Martedì ha "
            "avuto un colloquio con il suo omologo russo.", language="it",
            published="2024-11-09")
    assert _meet("choe-son-hui", "sergey-lavrov") in events(d)
    d = run("Choe Son Hui est arrivée lundi à Moscou à l'invitation de Sergueï Lavrov. Mardi, "
            "elle s'est entretenue avec son homologue russe.", language="fr",
            published="2024-11-09")
    assert _meet("choe-son-hui", "sergey-lavrov") in events(d)


def test_a_counterpart_told_before_is_taken_up_again() -> None:
    # "son homologue" of Choe is Lavrov, whose counterpart she was told to be, not Putin
    # whom she met last
    d = run("Sergueï Lavrov a reçu vendredi son homologue nord-coréenne Choe Son Hui. La "
            "ministre nord-coréenne avait été reçue la veille par Vladimir Poutine. Son "
            "homologue a pour sa part salué « l'amitié invincible » entre les deux pays.",
            language="fr", published="2024-11-02")
    assert {"sergey-lavrov"} in _speakers(d)


def test_a_counterpart_named_after_is_that_name() -> None:
    d = run("Andrei Belousov arrived in Pyongyang on Friday. He was met at the airport by his "
            "North Korean counterpart, No Kwang Chol.", published="2024-11-30")
    assert _meet("andrei-belousov", "no-kwang-chol") in events(d)


def test_a_host_is_the_other_side_of_the_last_talks() -> None:
    d = run("Vladimir Poutine a été reçu mercredi par Kim Jong Un. Il a remercié son hôte "
            "pour son accueil.", language="fr", published="2024-06-20")
    assert ("statement", {("vladimir-putin", "speaker"), ("kim-jong-un", "addressee")}) in \
        events(d)
    d = run("Choe Son Hui was received by Vladimir Putin on Monday. She assured her host of "
            "North Korea's unwavering support for Russia.", published="2024-11-05")
    assert not [p for t, p in events(d) if ("vladimir-putin", "supporter") in p]


# --- pronouns by gender, unsaid subjects --------------------------------------------------


def test_a_pronoun_is_the_last_person_of_its_gender() -> None:
    d = run("Sergej Lavrov ha incontrato Choe Son Hui a Mosca lunedì. Lei ha poi incontrato "
            "Vladimir Putin.", language="it", published="2024-11-09")
    assert _meet("choe-son-hui", "vladimir-putin") in events(d)
    d = run("Sergueï Lavrov a reçu Choe Son Hui à Moscou lundi. Elle a ensuite rencontré "
            "Vladimir Poutine.", language="fr", published="2024-11-09")
    assert _meet("choe-son-hui", "vladimir-putin") in events(d)
    # a woman told by her title's words ("la sua omologa", "la ministra")
    d = run("Il ministro degli Esteri Sergej Lavrov ha avuto un colloquio telefonico con la "
            "sua omologa Ri Son Gwon. Lei ha definito i colloqui «eccellenti».",
            language="it", published="2024-11-09")
    assert {"ri-son-gwon"} in _speakers(d)


def test_a_pronoun_after_a_state_subject_is_no_person_further_back() -> None:
    d = run("Kim Jong Un a rencontré Vladimir Poutine. La Corée du Nord a envoyé des soldats "
            "en Russie. Elle a aussi livré des obus à Moscou.", language="fr",
            published="2024-11-09")
    assert not [p for t, p in events(d) if ("kim-jong-un", "supplier") in p]


def test_an_italian_subject_left_unsaid_after_a_time_phrase() -> None:
    d = run("Sergej Shoigu è arrivato venerdì a Pyongyang. Il giorno dopo ha incontrato Kim "
            "Jong Un.", language="it", published="2024-09-14")
    assert _meet("sergej-shoigu", "kim-jong-un") in events(d)
    d = run("Choe Son Hui è giunta lunedì a Mosca. In serata è stata ricevuta da Vladimir "
            "Putin.", language="it", published="2024-11-09")
    assert _meet("choe-son-hui", "vladimir-putin") in events(d)
    d = run("Lavrov è atterrato a Pyongyang. Poco dopo è stato accolto da Choe Son Hui.",
            language="it", published="2024-11-09")
    assert _meet("sergey-lavrov", "choe-son-hui") in events(d)
    d = run("Sergej Shoigu è arrivato venerdì a Pyongyang. Sabato ha poi incontrato il "
            "ministro della Difesa nordcoreano No Kwang Chol.", language="it",
            published="2024-09-14")
    assert _meet("sergej-shoigu", "no-kwang-chol") in events(d)


def test_a_pronoun_after_a_time_phrase_is_a_subject() -> None:
    d = run("Choe Son Hui arrived in Moscow on Monday. Later that day she met Vladimir Putin.",
            published="2024-11-09")
    assert _meet("choe-son-hui", "vladimir-putin") in events(d)


def test_more_ways_of_naming_a_leader_or_a_minister_again() -> None:
    d = run("Choe Son Hui arrived in Moscow on Monday. The visiting North Korean minister met "
            "Vladimir Putin on Tuesday.", published="2024-11-05")
    assert _meet("choe-son-hui", "vladimir-putin") in events(d)
    d = run("Vladimir Putin arrived in Pyongyang on Wednesday. The Kremlin leader held talks "
            "with Kim Jong Un.", published="2024-06-20")
    assert _meet("vladimir-putin", "kim-jong-un") in events(d)
    d = run("Kim Jong Un hosted Sergei Shoigu on Friday. The North Korean strongman later met "
            "Andrei Belousov.", published="2024-11-30")
    assert _meet("kim-jong-un", "andrei-belousov") in events(d)
    d = run("Vladimir Poutine est arrivé mercredi à Pyongyang. Le maître du Kremlin a été "
            "accueilli par Kim Jong Un.", language="fr", published="2024-06-20")
    assert _meet("vladimir-putin", "kim-jong-un") in events(d)
    d = run("Kim Jong Un ha ricevuto venerdì Sergej Shoigu. Il numero uno nordcoreano ha poi "
            "incontrato Andrej Belousov.", language="it", published="2024-11-30")
    assert _meet("kim-jong-un", "andrej-belousov") in events(d)


def test_a_feminine_bare_title_is_the_one_woman_named() -> None:
    d = run("Choe Son Hui è arrivata lunedì a Mosca. In serata la ministra ha incontrato "
            "Sergej Lavrov.", language="it", published="2024-11-05")
    assert _meet("choe-son-hui", "sergey-lavrov") in events(d)
    d = run("Choe Son Hui est arrivée lundi à Moscou. Le même jour, la ministre a rencontré "
            "Sergueï Lavrov.", language="fr", published="2024-11-05")
    assert _meet("choe-son-hui", "sergey-lavrov") in events(d)
    # no woman named: nobody
    d = run("Sergueï Lavrov est arrivé lundi à Pyongyang. Le même jour, la ministre a "
            "rencontré Kim Jong Un.", language="fr", published="2024-11-05")
    assert not [p for t, p in events(d) if t == "meeting" and len(p) == 2
                and ("sergey-lavrov", "participant") in p]


def test_a_clause_joined_by_and_with_its_subject_unsaid() -> None:
    support = ("support", {("kim-jong-un", "supporter"), ("russia", "supported")})
    d = run("Kim Jong Un received Russian minister Sergei Shoigu and reaffirmed Pyongyang's "
            "full support for Russia.", published="2024-11-05")
    assert support in events(d)
    d = run("Kim Jong Un ha incontrato il ministro Sergej Shoigu e ha espresso il pieno "
            "sostegno di Pyongyang alla Russia.", language="it", published="2024-11-05")
    assert support in events(d)
    d = run("Kim Jong Un a reçu le ministre Sergueï Choïgou et a réaffirmé le soutien de "
            "Pyongyang à la Russie.", language="fr", published="2024-11-05")
    assert support in events(d)
    d = run("Choe Son Hui a été reçue par Vladimir Poutine et a appelé Séoul à cesser ses "
            "provocations.", language="fr", published="2024-11-05")
    assert ("appeal", {("choe-son-hui", "appellant"), ("south-korea", "addressee")}) in \
        events(d)


def test_an_italian_unsaid_subject_after_a_source_s_phrase() -> None:
    d = run("Choe Son Hui ha incontrato Lavrov a Mosca. Secondo la Tass, ha anche espresso "
            "sostegno alla Russia.", language="it", published="2024-11-05")
    assert ("support", {("choe-son-hui", "supporter"), ("russia", "supported")}) in events(d)


def test_a_plural_pronoun_is_the_two_people_of_the_talks_before() -> None:
    signed = ("signing", {("vladimir-putin", "signatory"), ("kim-jong-un", "signatory"),
                          ("russia", "party"), ("north-korea", "party")})
    d = run("Vladimir Putin met Kim Jong Un in Pyongyang on Monday. They signed a "
            "comprehensive strategic partnership treaty between Russia and North Korea.",
            published="2024-11-05")
    assert signed in events(d)
    d = run("Vladimir Poutine a rencontré Kim Jong Un lundi. Ils ont signé un traité de "
            "partenariat stratégique global entre la Russie et la Corée du Nord.",
            language="fr", published="2024-11-05")
    assert signed in events(d)
    d = run("Vladimir Putin ha incontrato Kim Jong Un lunedì. Hanno poi firmato il trattato "
            "di partenariato strategico globale tra Russia e Corea del Nord.", language="it",
            published="2024-11-05")
    assert signed in events(d)
    # troops are no people named: nothing
    d = run("North Korea sent troops to Russia in October. They are fighting in Kursk.",
            published="2024-11-05")
    assert not [p for t, p in events(d) if any(a in ("vladimir-putin", "kim-jong-un")
                                               for a, _ in p)]


def test_the_two_alone_before_a_verb_are_the_two_people_of_the_talks_before() -> None:
    signed = ("signing", {("vladimir-putin", "signatory"), ("kim-jong-un", "signatory"),
                          ("russia", "party"), ("north-korea", "party")})
    d = run("Vladimir Putin met Kim Jong Un in Pyongyang on Monday. The two signed a "
            "comprehensive strategic partnership treaty between Russia and North Korea.",
            published="2024-11-05")
    assert signed in events(d)
    d = run("Vladimir Putin ha incontrato Kim Jong Un lunedì. I due hanno poi firmato il "
            "trattato di partenariato strategico globale tra Russia e Corea del Nord.",
            language="it", published="2024-11-05")
    assert signed in events(d)
    d = run("Vladimir Poutine a rencontré Kim Jong Un lundi. Les deux ont ensuite signé le "
            "traité de partenariat stratégique global entre la Russie et la Corée du Nord.",
            language="fr", published="2024-11-05")
    assert signed in events(d)
    # what the two discussed is the talks told before, no new event
    d = run("Vladimir Putin met Kim Jong Un in Pyongyang on Monday. The two discussed "
            "military cooperation, KCNA said.", published="2024-11-05")
    assert len(events(d)) == 1


def test_an_object_pronoun_of_a_verb_of_urging_is_the_other_person() -> None:
    d = run("Sergey Lavrov met Choe Son Hui on Monday. He urged her to keep up pressure on "
            "Seoul.", published="2024-11-05")
    assert ("appeal", {("sergey-lavrov", "appellant"), ("choe-son-hui", "addressee")}) in \
        events(d)
    # "Il lui a dit": the subject pronoun before a clitic is still the speaker
    d = run("Vladimir Poutine a reçu lundi Choe Son Hui. Il lui a dit que les relations "
            "étaient excellentes.", language="fr", published="2024-11-05")
    assert {"vladimir-putin"} in _speakers(d)


def test_a_possessive_trip_is_the_person_s_visit() -> None:
    visit = ("visit", {("choe-son-hui", "visitor"), ("russia", "host")})
    d = run("Choe Son Hui was received by Vladimir Putin on Monday. Her visit to Moscow was "
            "the second this year.", published="2024-11-05")
    assert visit in events(d)
    d = run("Choe Son Hui è stata ricevuta lunedì da Putin. Durante la sua visita a Mosca ha "
            "anche incontrato Lavrov.", language="it", published="2024-11-05")
    assert visit in events(d)
    d = run("Choe Son Hui a été reçue lundi par Vladimir Poutine. Lors de sa visite à Moscou, "
            "elle a aussi rencontré Sergueï Lavrov.", language="fr", published="2024-11-05")
    assert visit in events(d)
    # a trip of the visitor told before is that visit: one visit, one claim
    d = run("Sergueï Lavrov a achevé vendredi une visite de deux jours en Corée du Nord. Lors "
            "de son séjour à Pyongyang, Lavrov s'est entretenu avec Choe Son Hui.",
            language="fr", published="2024-09-14")
    assert [t for t, _ in events(d)].count("visit") == 1
    assert len([c for c in d.document["claims"] if c["event"].endswith("visit-1")]) <= 1


def test_whom_one_tells_by_a_pronoun_is_the_addressee() -> None:
    d = run("Vladimir Putin received Choe Son Hui on Monday. He told her that relations were "
            "stronger than ever.", published="2024-11-05")
    assert ("statement", {("vladimir-putin", "speaker"), ("choe-son-hui", "addressee")}) in \
        events(d)


def test_a_counterpart_named_nowhere_is_no_side() -> None:
    # GUIDELINES, session 14: a title's adjective names no side; a meeting whose other side
    # is an unnamed titled person keeps its named side alone (the fact is told)
    alone = [{("sergey-lavrov", "participant")}]
    d = run("Sergey Lavrov arrived in Beijing on Monday. He held talks with his Chinese "
            "counterpart on Tuesday.", published="2024-11-05")
    assert [p for t, p in events(d) if t == "meeting"] == alone
    d = run("Sergej Lavrov è arrivato lunedì a Pechino. Martedì ha avuto un colloquio con il "
            "suo omologo cinese.", language="it", published="2024-11-05")
    assert [p for t, p in events(d) if t == "meeting"] == alone
