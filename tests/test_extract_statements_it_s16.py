"""Statements in Italian, session 16: a grid of sentences of our own, by phenomenon (the
statement misses of the released Italian cases grouped by what is behind them: the verb or
noun of saying, where the speaker stands and how he is told, a note or a release, a statement
beside another fact, whom it is addressed to), with contrasts that tell no statement."""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import claims, events, run

Events = list[tuple[str, frozenset[tuple[str, str]]]]


def _st(speaker: str, *others: tuple[str, str]) -> tuple[str, frozenset[tuple[str, str]]]:
    return "statement", frozenset({(speaker, "speaker"), *others})


def _got(text: str) -> Events:
    return sorted((t, frozenset(p)) for t, p in events(run(text, language="it")))


def _check(text: str, want: Events) -> None:
    assert _got(text) == sorted(want), text


# sentences of the grid the extractor does not read yet (each a substring of one text)
GAPS: set[str] = {
    "secondo cui il vertice",
    "ha messo in guardia Pechino dal",
    "contro chi sostiene", "i reparti nordcoreani non sono ancora",
    "In un messaggio inviato a Vladimir Putin",
}


def _marked(rows: list) -> list:  # type: ignore[type-arg]
    out = []
    for row in rows:
        text = row if isinstance(row, str) else row[0]
        args = (row,) if isinstance(row, str) else row
        if any(g in text for g in GAPS):
            out.append(pytest.param(*args, marks=pytest.mark.xfail(strict=True,
                                                                   reason="not read yet")))
        else:
            out.append(pytest.param(*args))
    return out


LAVROV, PESKOV, TAJANI = "sergey-lavrov", "dmitry-peskov", "antonio-tajani"
CHOE, ZELENSKY, KIM, PUTIN = "choe-son-hui", "volodymyr-zelensky", "kim-jong-un", "vladimir-putin"

# --- 1. the verbs of saying, every tense (a declaration that tells no event of the model) ---
VERBS = [
    "Sergey Lavrov ha dichiarato che il trattato è di natura puramente difensiva.",
    "Sergey Lavrov ha rilevato che le relazioni con Pyongyang sono in costante crescita.",
    "Sergey Lavrov ha spiegato che l'alleanza con Pyongyang è una garanzia di stabilità.",
    "Sergey Lavrov ha insistito sul fatto che il patto non è diretto contro paesi terzi.",
    "Sergey Lavrov ha ricordato che l'Occidente ha ignorato per anni le preoccupazioni di Mosca.",
    "Sergey Lavrov afferma che il trattato è di natura puramente difensiva.",
    "Sergey Lavrov dichiarò che il trattato era di natura puramente difensiva.",
    "Sergey Lavrov disse che la situazione nella penisola coreana era molto tesa.",
    "Sergey Lavrov sottolineò che le sanzioni occidentali erano illegittime.",
    "Sergey Lavrov ribadisce che la cooperazione con Pyongyang non è rivolta contro nessuno.",
    "Sergey Lavrov ha replicato che le sanzioni occidentali non spaventano nessuno.",
    "Sergey Lavrov ha definito «eccellenti» i rapporti tra i due paesi.",
    "Sergey Lavrov ha denunciato l'ipocrisia delle sanzioni occidentali.",
    "Sergey Lavrov ha tenuto a precisare che Mosca rispetta tutti gli impegni internazionali.",
    "Sergey Lavrov ha tenuto a sottolineare che Mosca non ha nulla da nascondere.",
    "Sergey Lavrov ha voluto ribadire che la cooperazione con Pyongyang è legittima.",
    "«Non ci faremo intimidire», ha tuonato Sergey Lavrov.",
    "Sergey Lavrov ha chiosato che le sanzioni sono ormai un'arma spuntata.",
    "Sergey Lavrov ha rilanciato l'allarme sulla militarizzazione della regione.",
]


@pytest.mark.parametrize("text", _marked(VERBS))
def test_verbs_of_saying(text: str) -> None:
    _check(text, [_st(LAVROV)])
    assert claims(run(text, language="it"), "statement") == [("confirmed", [LAVROV])]


FORMS = ["ha osservato", "ha evidenziato", "ha rimarcato", "ha puntualizzato", "ha chiarito",
         "ha assicurato", "ha sostenuto", "ha affermato", "ha precisato", "ha commentato",
         "ha avvertito", "ha ammonito", "ha lamentato", "ha replicato", "ha ribattuto",
         "ha risposto", "ha scritto", "ha rivelato", "ha aggiunto", "ha concluso",
         "osserva", "rileva", "spiega", "aggiunge", "conclude", "avverte", "assicura",
         "ricorda", "precisa", "puntualizza", "chiarisce", "rimarca", "ribatte", "dichiarava",
         "affermava", "sottolineava", "ribadì", "precisò", "osservò", "aggiunse", "spiegò",
         "ricordò", "avvertì", "commentò", "replicò", "rispose", "scrisse"]


@pytest.mark.parametrize("form", FORMS)
def test_forms_of_saying(form: str) -> None:
    _check(f"Sergey Lavrov {form} che la situazione nella penisola coreana è molto tesa.",
           [_st(LAVROV)])


# --- 2. quotation before the speaker, the speaker after the verb (inverted) -----------------
INVERTED = [
    ("«La nostra amicizia è invincibile», ha dichiarato Choe Son Hui.", CHOE),
    ("«La situazione è molto grave», ha detto il ministro degli Esteri Antonio Tajani.", TAJANI),
    ("«Il mondo sta cambiando rapidamente», ha osservato il portavoce del Cremlino Dmitry "
     "Peskov.", PESKOV),
    ("«La pace è ancora possibile», sottolinea il presidente ucraino Volodymyr Zelensky.",
     ZELENSKY),
    ("«La nostra amicizia», ha detto Choe Son Hui, «non conosce confini».", CHOE),
    ("La cooperazione con Pyongyang è pienamente legittima, ha dichiarato il ministro degli "
     "Esteri russo Sergey Lavrov.", LAVROV),
    ("La sicurezza dell'Europa è a rischio, ha sottolineato ieri il presidente ucraino "
     "Volodymyr Zelensky.", ZELENSKY),
    # adjuncts between the verb and the speaker, a title in apposition after it
    ("«Noi non accetteremo mai questo ricatto», ha detto ieri in conferenza stampa il "
     "portavoce del Cremlino, Dmitry Peskov.", PESKOV),
    ("La Russia non ha nulla da temere, ha detto ieri Sergey Lavrov in un'intervista alla "
     "televisione di Stato.", LAVROV),
    ("«Le sanzioni sono inutili», ha affermato oggi a Mosca Sergey Lavrov.", LAVROV),
    # a title whose complement is no actor ("il sindaco della città")
    ("Un missile russo ha colpito un quartiere residenziale di Kharkiv, ha dichiarato il "
     "sindaco della città Ihor Terekhov.", "ihor-terekhov"),
    ("Tre edifici sono stati distrutti nel bombardamento, ha detto il governatore della "
     "regione Oleh Syniehubov.", "oleh-syniehubov"),
]


# openings before the speaker, a cleft sentence
INVERTED += [
    ("Interpellato dai giornalisti, Dmitry Peskov ha detto che la situazione è molto tesa.",
     PESKOV),
    ("Rispondendo a una domanda, Dmitry Peskov ha detto che la situazione è sotto controllo.",
     PESKOV),
    ("Come ha sottolineato Sergey Lavrov, la situazione è sotto controllo.", LAVROV),
    ("La situazione è sotto controllo, ha detto Sergey Lavrov, citato dall'agenzia Tass.",
     LAVROV),
    ("Sulla stessa linea il ministro Antonio Tajani, secondo cui la sicurezza europea è "
     "«seriamente a rischio».", TAJANI),
    ("È stato il ministro degli Esteri Antonio Tajani a sottolineare che la sicurezza "
     "europea è a rischio.", TAJANI),
    ("È stato Sergey Lavrov a dire che la situazione è sotto controllo.", LAVROV),
]


@pytest.mark.parametrize("text,who", _marked(INVERTED))
def test_speaker_after_the_words(text: str, who: str) -> None:
    _check(text, [_st(who)])


# --- 3. a sentence that takes up the words before ("Lo ha dichiarato X") ------------------
TAKEN_UP = [
    ("La sicurezza europea è a rischio. Lo ha dichiarato ieri il ministro degli Esteri "
     "Antonio Tajani.", TAJANI),
    ("La situazione è sotto controllo. È quanto ha affermato Sergey Lavrov.", LAVROV),
    ("La cooperazione con Pyongyang proseguirà. A dichiararlo è stato il portavoce del "
     "Cremlino Dmitry Peskov.", PESKOV),
    ("Le sanzioni occidentali non funzionano. Lo ha sottolineato Sergey Lavrov in "
     "un'intervista.", LAVROV),
]


@pytest.mark.parametrize("text,who", _marked(TAKEN_UP))
def test_words_taken_up(text: str, who: str) -> None:
    _check(text, [_st(who)])


# --- 4. a note, a release, an impersonal "si" ---------------------------------------------
DOCUMENTS = [
    ("In una nota, il ministero degli Esteri sudcoreano ha affermato che la situazione "
     "nella penisola è preoccupante.", "south-korea-foreign-ministry"),
    ("In un comunicato diffuso ieri, il Cremlino ha ribadito che la cooperazione con "
     "Pyongyang non è rivolta contro nessuno.", "russia"),
    ("Nel comunicato del Cremlino si sottolinea che la cooperazione con Pyongyang è "
     "pienamente legittima.", "russia"),
    ("In una nota del ministero degli Esteri giapponese si afferma che la situazione è molto "
     "grave.", "japan-foreign-ministry"),
    ("«Si tratta di una grave minaccia per la stabilità della regione», si legge in una nota "
     "del ministero degli Esteri sudcoreano.", "south-korea-foreign-ministry"),
]


@pytest.mark.parametrize("text,who", _marked(DOCUMENTS))
def test_notes_and_releases(text: str, who: str) -> None:
    _check(text, [_st(who)])


def test_according_to_a_note_before_words_of_no_event_is_no_statement() -> None:
    # GUIDELINES, "Settled at the start of session 16": "secondo X" before words that tell
    # no event of the model gives no statement, a note's owner as much as a person
    _check("Secondo una nota del Cremlino, la cooperazione con Pyongyang «non è diretta contro "
           "nessun paese terzo».", [])


# --- 5. the speaker in a relative clause "secondo cui" ------------------------------------
RELATIVE = [
    ("L'annuncio è stato diffuso dall'agenzia nordcoreana Kcna, secondo cui il vertice ha "
     "aperto «una nuova era nelle relazioni bilaterali».", "kcna"),
    ("La Kcna ha citato il viceministro degli Esteri Kim Jong Gyu, secondo cui l'alleanza "
     "con Mosca «garantisce la pace nella regione».", "kim-jong-gyu"),
    ("Il testo è stato letto in televisione da Sergey Lavrov, secondo cui la cooperazione "
     "militare «non minaccia nessuno».", LAVROV),
]


@pytest.mark.parametrize("text,who", _marked(RELATIVE))
def test_speaker_before_secondo_cui(text: str, who: str) -> None:
    _check(text, [_st(who)])


# --- 6. a statement beside another fact ---------------------------------------------------
MEET_LC = ("meeting", frozenset({(LAVROV, "participant"), (CHOE, "participant")}))
MEET_PC = ("meeting", frozenset({(PUTIN, "participant"), (CHOE, "participant")}))
BESIDE = [
    ("Sergey Lavrov ha incontrato Choe Son Hui a Mosca e ha detto che i rapporti tra i due "
     "paesi sono eccellenti.", [MEET_LC, _st(LAVROV)]),
    ("Vladimir Putin ha ricevuto Choe Son Hui al Cremlino, sottolineando che l'amicizia tra "
     "i due popoli è solida.", [MEET_PC, _st(PUTIN)]),
    ("Vladimir Putin ha ricevuto Choe Son Hui al Cremlino, aggiungendo poi che la "
     "situazione internazionale resta tesa.", [MEET_PC, _st(PUTIN)]),
    ("Sergey Lavrov ha avuto colloqui con Choe Son Hui e ha detto ai giornalisti che i due "
     "paesi «non si faranno intimidire».", [MEET_LC, _st(LAVROV)]),
    ("Sergey Lavrov ha incontrato Choe Son Hui e ha dichiarato che le sanzioni occidentali "
     "sono illegittime.", [MEET_LC, _st(LAVROV)]),
    ("Il Cremlino non ha voluto commentare le notizie, limitandosi a ribadire che i rapporti "
     "con Pyongyang «non sono diretti contro nessuno».", [_st("russia")]),
    ("Sergey Lavrov si è rifiutato di commentare, limitandosi a dire che la situazione è "
     "sotto controllo.", [_st(LAVROV)]),
]


# a fact of another subject after ", mentre": beside the words said before it
BESIDE += [
    ("Sergey Lavrov ha detto che la situazione è grave, mentre Kim Jong Un ha visitato Mosca.",
     [_st(LAVROV), ("visit", frozenset({(KIM, "visitor"), ("russia", "host")}))]),
    ("Antonio Tajani ha ribadito che la sicurezza europea è a rischio, mentre Choe Son Hui ha "
     "incontrato Sergey Lavrov a Mosca.",
     [_st(TAJANI), MEET_LC]),
]
# talks told before, named again by their noun in a phrase opening the sentence
BESIDE += [
    ("Vladimir Putin ha ricevuto Kim Jong Un a Vostochny. Al termine dei colloqui Vladimir "
     "Putin ha detto che Mosca aiuterà Pyongyang a costruire satelliti.",
     [("meeting", frozenset({(PUTIN, "participant"), (KIM, "participant")})), _st(PUTIN)]),
    ("Sergei Shoigu è giunto ieri a Pyongyang ed è stato ricevuto da Kim Jong Un. Al termine "
     "del colloquio, Sergei Shoigu ha annunciato che la Corea del Nord invierà a Kursk "
     "cinquemila militari per la ricostruzione.",
     [("visit", frozenset({("sergei-shoigu", "visitor"), ("north-korea", "host")})),
      ("meeting", frozenset({("sergei-shoigu", "participant"), (KIM, "participant")})),
      _st("sergei-shoigu")]),
]


@pytest.mark.parametrize("text,want", _marked(BESIDE))
def test_statement_beside_another_fact(text: str, want: Events) -> None:
    _check(text, want)


# --- 7. whom it is addressed to ----------------------------------------------------------
ADDRESSED = [
    ("Seul ha espresso «profonda preoccupazione» e ha avvertito Mosca che qualsiasi scambio "
     "di armi con il Nord sarebbe inaccettabile.",
     [_st("south-korea"), _st("south-korea", ("russia", "addressee"))]),
    ("Tokyo ha espresso forte preoccupazione e ha messo in guardia Pechino dal sostenere "
     "lo sforzo bellico russo.",
     [_st("japan"), _st("japan", ("china", "addressee"))]),
    ("Vladimir Putin ha ringraziato Kim Jong Un e il popolo nordcoreano per la loro "
     "«amicizia».",
     [_st(PUTIN, (KIM, "addressee"), ("north-korea", "addressee"))]),
    ("Sergey Lavrov ha ringraziato il popolo nordcoreano per la sua «posizione di principio».",
     [_st(LAVROV, ("north-korea", "addressee"))]),
    ("Tokyo ha ammonito Pechino che qualsiasi sostegno alla Russia avrà gravi conseguenze.",
     [_st("japan", ("china", "addressee"))]),
    ("Vladimir Putin ha detto a Kim Jong Un che la visita è stata un grande successo.",
     [_st(PUTIN, (KIM, "addressee"))]),
]


# whom a message opening the sentence is sent to
ADDRESSED += [
    ("In una lettera a Kim Jong Un, Vladimir Putin ha scritto che l'amicizia tra i due paesi "
     "è solida.", [_st(PUTIN, (KIM, "addressee"))]),
    ("In un messaggio di auguri al presidente Vladimir Putin, Kim Jong Un ha elogiato "
     "l'amicizia tra i due popoli.", [_st(KIM, (PUTIN, "addressee"))]),
    ("In un messaggio inviato a Vladimir Putin, Kim Jong Un ha espresso la sua gratitudine.",
     [_st(KIM, (PUTIN, "addressee"))]),
]


@pytest.mark.parametrize("text,want", _marked(ADDRESSED))
def test_addressees(text: str, want: Events) -> None:
    _check(text, want)


# --- 8. no actor to blame: a statement, not an accusation; a hypothetical denied ----------
STANCES = [
    ("Il presidente ucraino Volodymyr Zelensky ha criticato duramente la «passività» della "
     "comunità internazionale.", ZELENSKY),
    ("Volodymyr Zelensky ha denunciato il silenzio della comunità internazionale.", ZELENSKY),
    ("Il portavoce del Cremlino Dmitry Peskov ha però negato che il trattato abbia a che fare "
     "con un eventuale dispiegamento di truppe.", PESKOV),
    ("Kaja Kallas ha detto che l'Unione è pronta ad adottare nuove sanzioni contro chi "
     "sostiene lo sforzo bellico russo.", "kaja-kallas"),
]


@pytest.mark.parametrize("text,who", _marked(STANCES))
def test_stances_with_nobody_blamed(text: str, who: str) -> None:
    _check(text, [_st(who)])


# --- 9. what is only to come or possible, or has not happened, said by a named speaker -----
TO_COME = [
    ("Al termine dei colloqui Vladimir Putin ha detto che Mosca aiuterà Pyongyang a "
     "sviluppare il suo programma spaziale.", PUTIN),
    ("Sergei Shoigu ha annunciato che la Corea del Nord invierà in Russia mille genieri.",
     "sergei-shoigu"),
    ("Antonio Tajani ha detto che l'Italia invierà aiuti umanitari alla popolazione ucraina.",
     TAJANI),
    ("Antonio Tajani ha aggiunto che la questione sarà discussa dai ministri europei la "
     "prossima settimana.", TAJANI),
    ("Kyrylo Budanov ha aggiunto che i soldati nordcoreani non sono ancora entrati in "
     "combattimento.", "kyrylo-budanov"),
    ("Kyrylo Budanov ha detto che i reparti nordcoreani non sono ancora entrati in "
     "combattimento.", "kyrylo-budanov"),
    ("Mosca non ha nulla da temere, ha detto ieri Sergey Lavrov.", LAVROV),
    ("Il contingente potrebbe raggiungere i 15.000 uomini, ha aggiunto il ministero della "
     "Difesa sudcoreano.", "south-korea-defence-ministry"),
]


@pytest.mark.parametrize("text,who", _marked(TO_COME))
def test_what_is_to_come(text: str, who: str) -> None:
    _check(text, [_st(who)])


# --- 10. envoys to an organisation: the person, not the adjective's state ---------------------
ENVOYS = [
    ("«La situazione è molto grave», ha detto l'ambasciatore giapponese all'Onu Kazuyuki "
     "Yamazaki.", [_st("kazuyuki-yamazaki")]),
    ("«Questi trasferimenti violano le risoluzioni del Consiglio di Sicurezza», ha "
     "dichiarato l'ambasciatrice americana all'ONU Dorothy Shea.",
     [_st("dorothy-shea", ("united-nations", "subject"))]),
    ("L'ambasciatore russo all'Onu Vassily Nebenzia ha detto che la situazione è grave.",
     [_st("vassily-nebenzia")]),
]


@pytest.mark.parametrize("text,want", _marked(ENVOYS))
def test_envoys(text: str, want: Events) -> None:
    _check(text, want)


# --- 11. thanks beside a pledge: the thanks a statement, the pledge the support ------------
THANKS = [
    # (GUIDELINES, session 16, and dev 360: thanks for a state's support are that state's
    # support to the thanker; a person's pledge that her state will stand by another is her
    # own support)
    ("La ministra Choe Son Hui ha ringraziato la Russia per il sostegno e ha ribadito che "
     "Pyongyang resterà sempre al fianco di Mosca.",
     [("support", frozenset({("russia", "supporter"), (CHOE, "supported")})),
      ("support", frozenset({(CHOE, "supporter"), ("russia", "supported")}))]),
    ("Choe Son Hui ha ringraziato la Russia e ha promesso che Pyongyang resterà sempre al "
     "fianco di Mosca.",
     [_st(CHOE, ("russia", "addressee")),
      ("support", frozenset({(CHOE, "supporter"), ("russia", "supported")}))]),
]


@pytest.mark.parametrize("text,want", _marked(THANKS))
def test_thanks_beside_a_pledge(text: str, want: Events) -> None:
    _check(text, want)


# --- contrasts: no statement ---------------------------------------------------------------
NONE = [
    # a verb of saying to come, hypothetical, refused
    "Sergey Lavrov dirà domani che il trattato è di natura difensiva.",
    "Sergey Lavrov potrebbe dichiarare che il trattato è di natura difensiva.",
    "Sergey Lavrov non ha voluto commentare.",
    "Il Cremlino non ha commentato le notizie.",
    # an unnamed source speaks only in quotations
    "Fonti diplomatiche hanno detto che la situazione è molto tesa.",
    # "secondo X" before words that tell no event (GUIDELINES, session 16)
    "Secondo Sergey Lavrov, la situazione è sotto controllo.",
]


@pytest.mark.parametrize("text", _marked(NONE))
def test_no_statement(text: str) -> None:
    assert [t for t, _ in _got(text)] == [], text


REPORTS = [
    # a verb of saying in front of an event of the model: its report, no statement
    # (the rules of this grid leave them so: after "e", in a note with no owner, taken up)
    ("Seul ha espresso preoccupazione e ha detto che la Corea del Nord ha inviato soldati in "
     "Russia.", "deployment"),
    ("Nel rapporto si afferma che la Corea del Nord ha inviato soldati in Russia.",
     "deployment"),
    ("La Corea del Nord ha inviato soldati in Russia. Lo ha detto ieri Kyrylo Budanov.",
     "deployment"),
    # a denial of a fact told, not only supposed
    ("Il Cremlino ha negato l'invio di truppe nordcoreane in Russia.", "deployment"),
    ("Il Cremlino ha negato che la Corea del Nord abbia inviato soldati in Russia.",
     "deployment"),
    ("Sergey Lavrov ha detto che la Corea del Nord ha inviato soldati in Russia.",
     "deployment"),
    ("Lo ha dichiarato ieri Sergey Lavrov, dopo che la Corea del Nord ha inviato soldati in "
     "Russia.", "deployment"),
    ("Soldati nordcoreani sono stati inviati in Russia. Lo ha confermato il ministero della "
     "Difesa sudcoreano.", "deployment"),
]


@pytest.mark.parametrize("text,kind", _marked(REPORTS))
def test_a_report_is_no_statement(text: str, kind: str) -> None:
    assert [t for t, _ in _got(text)] == [kind], text
