"""The treaty's milestones told in less common ways (session 14, milestones round, dev cases
401-408): steps still pending, bills adopted, approvals told by a noun with their agents,
parties that are states. Each mechanism is checked on sentences written for these tests in
wire style, in EN, IT and FR (no database; the seed document's lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run


def _types(d: object) -> list[str]:
    return [t for t, _ in events(d)]  # type: ignore[arg-type]


def _ratifiers(d: object) -> list[str]:
    return sorted(a for t, p in events(d) if t == "ratification"  # type: ignore[arg-type]
                  for a, r in p if r == "ratifier")


# --- a step still pending is no event -----------------------------------------------------


def test_a_pending_ratification_is_no_event() -> None:
    for text, lang in [
        ("Pyongyang's ratification is still pending.", "en"),
        ("North Korea's ratification of the pact remains pending.", "en"),
        ("The ratification by North Korea is still pending.", "en"),
        ("La ratifica da parte di Pyongyang è ancora in attesa.", "it"),
        ("La ratifica nordcoreana del trattato resta in sospeso.", "it"),
        ("La ratification par Pyongyang est toujours en attente.", "fr"),
        ("La ratification nord-coréenne du traité reste en suspens.", "fr"),
    ]:
        assert "ratification" not in _types(run(text, language=lang)), text


def test_what_must_still_be_done_is_no_event() -> None:
    for text, lang in [
        ("La Corea del Nord deve ancora ratificare il trattato.", "it"),
        ("Pyongyang deve ancora approvare il trattato con Mosca.", "it"),
        ("I due Paesi devono ancora scambiarsi gli strumenti di ratifica del trattato.", "it"),
        ("La Corée du Nord doit encore ratifier le traité.", "fr"),
        ("Le traité n'a pas encore été ratifié par Pyongyang.", "fr"),
        ("North Korea has yet to ratify the treaty.", "en"),
        ("The treaty must still be approved by the Federation Council.", "en"),
    ]:
        assert "ratification" not in _types(run(text, language=lang)), text


# --- a bill adopted is a ratification, a bill submitted a submission ---------------------


def test_a_bill_adopted_is_ratified() -> None:
    d = run("Les députés russes ont adopté jeudi le projet de loi ratifiant le traité avec la "
            "Corée du Nord.", language="fr", published="2024-10-25")
    assert _ratifiers(d) == ["state-duma"]
    d = run("La Douma d'État a approuvé le projet de loi de ratification du traité avec "
            "Pyongyang.", language="fr")
    assert _ratifiers(d) == ["state-duma"]
    d = run("La Duma di Stato ha approvato il disegno di legge di ratifica del trattato con la "
            "Corea del Nord.", language="it")
    assert _ratifiers(d) == ["state-duma"]
    d = run("La Duma ha adottato giovedì il progetto di legge che ratifica il patto con "
            "Pyongyang.", language="it", published="2024-10-25")
    assert _ratifiers(d) == ["state-duma"]
    for text, lang in [
        ("Il disegno di legge di ratifica del trattato è stato presentato alla Duma da Putin "
         "il 14 ottobre.", "it"),
        ("Poutine a soumis à la Douma le projet de loi de ratification du traité.", "fr"),
        ("Vladimir Poutine a transmis le projet de loi sur le traité à la Douma.", "fr"),
    ]:
        d = run(text, language=lang)
        assert _types(d) == ["submission"], text
