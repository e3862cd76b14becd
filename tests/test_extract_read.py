"""Reading articles for the text extractor (loaders/text/read.py): no database needed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from graph.errors import InvalidInput
from graph.settings import Settings
from loaders.text.read import (
    ArticleText,
    article_from_html,
    article_from_text,
    detect_language,
    read_article,
)

ARTICLES = Path(__file__).parent / "data" / "articles"
LIMIT = 100_000


def _refused(path: Path, *, max_bytes: int = LIMIT) -> str:
    with pytest.raises(InvalidInput) as caught:
        read_article(path, max_bytes=max_bytes)
    message = caught.value.message
    assert message.startswith(f"{path}: "), message
    assert caught.value.details == {"file": str(path)}
    return message


# --- plain text --------------------------------------------------------------------------

def test_english_text_file_is_read_as_written() -> None:
    article = read_article(ARTICLES / "en_report.txt", max_bytes=LIMIT)
    assert article.text.startswith("Ministers meet in Vienna as talks on the grain corridor")
    # typographic quotes, apostrophes and dashes are kept as they are
    assert "“We are not there yet, but the door is open,”" in article.text
    assert "United Nations’ envoy" in article.text
    assert "12 March 2024 — Foreign" in article.text
    assert not article.text.endswith("\n")
    assert article == ArticleText(text=article.text)  # no metadata in a .txt


def test_text_is_normalised_only_in_line_ends_trailing_spaces_and_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Perché il governo è caduto")
    raw = f"\ufeff{decomposed}   \r\nLine two with 'straight' quotes\t \rLine three.\r\n\r\n"
    path = tmp_path / "normalise.text"
    path.write_bytes(raw.encode("utf-8"))
    article = read_article(path, max_bytes=LIMIT)
    assert article.text == ("Perché il governo è caduto\nLine two with 'straight' quotes\n"
                            "Line three.")
    assert unicodedata.is_normalized("NFC", article.text)


def test_article_from_text_has_the_checks_of_a_txt_file() -> None:
    text = "Les ministres se sont réunis mardi à Vienne.\r\n"
    assert article_from_text(text, name="api", max_bytes=LIMIT).text == text.rstrip()
    for bad, problem in [("", "empty"), ("  \n\t ", "empty"), ("a\x00b" * 20, "binary"),
                         ("\x01\x02\x03 words " * 5, "binary"), ("Too short.", "letters"),
                         ("x" * 200, "over the limit"), ("bad \ud800 surrogate", "Unicode")]:
        with pytest.raises(InvalidInput, match=rf"^api: .*{problem}"):
            article_from_text(bad, name="api", max_bytes=100)


# --- HTML --------------------------------------------------------------------------------

def test_italian_page_main_text_and_metadata() -> None:
    article = read_article(ARTICLES / "it_article.html", max_bytes=LIMIT)
    lines = article.text.split("\n")
    assert "ROMA — Il governo italiano e quello francese hanno firmato venerdì a Roma" in lines[1]
    assert lines[-1] == ("I due governi si incontreranno di nuovo a Parigi in autunno per "
                         "verificare lo stato di attuazione dell'accordo.")
    assert "«È un passo avanti per la sicurezza energetica di entrambi i Paesi»" in article.text
    # navigation, related links and footer are not main text
    for noise in ("Home", "Politica", "Leggi anche", "Vertice UE", "Tutti i diritti riservati",
                  "Cookie policy"):
        assert noise not in article.text
    assert article.title == "Roma e Parigi firmano un accordo sull'energia"  # og:title
    assert article.language == "it"
    assert article.published == "2024-05-03"
    assert article.publisher == "Il Notiziario"
    assert article.url == "https://www.ilnotiziario.example/esteri/roma-parigi-accordo-energia"


def test_scripts_styles_and_event_handlers_never_reach_the_text() -> None:
    article = read_article(ARTICLES / "it_article.html", max_bytes=LIMIT)
    assert "non deve comparire" not in article.text  # head/body scripts, style, onload, onclick
    for code in ("tracker", "dataLayer", "console.log", "font-family", "initPage", "track("):
        assert code not in article.text
    page = ("<html><body><article><p>The summit ended without a joint statement, the "
            "delegations said.</p><script>var s = 'The secret sentence of the script.';</script>"
            "<noscript>The noscript sentence must not appear.</noscript>"
            "<style>p::after { content: 'The style sentence.' }</style>"
            "<p onmouseover=\"alert('The handler sentence.')\">Talks resume next week in "
            "Geneva.</p></article></body></html>")
    text = article_from_html(page, name="inline.html").text
    assert text == ("The summit ended without a joint statement, the delegations said.\n"
                    "Talks resume next week in Geneva.")


def test_iso_8859_1_page_keeps_its_accents() -> None:
    article = read_article(ARTICLES / "it_latin1.html", max_bytes=LIMIT)
    assert "si è chiuso" in article.text
    assert "perché chiedeva garanzie sui fondi di coesione già approvati" in article.text
    assert "tornerà a convocare" in article.text
    assert "Prima pagina" not in article.text
    assert "\ufffd" not in article.text and "Ã" not in article.text
    assert article.title == "Perché il vertice di Bruxelles è fallito"
    assert article.published == "2023-11-20"  # <meta name="date">
    assert article.language is None and article.publisher is None and article.url is None


def test_http_equiv_charset_and_metadata_fallbacks(tmp_path: Path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=ISO-8859-1"><title> Perché   la crisi </title>'
            '<meta property="og:locale" content="fr_FR">'
            '<meta property="og:url" content="https://news.example/a/1">'
            '<meta property="article:published_time" content="not a date">'
            '<meta itemprop="datePublished" content="2022-02-24T05:00:00Z"></head>'
            "<body><p>Le président a annoncé des sanctions économiques contre le régime "
            "après l'attaque de la frontière.</p></body></html>")
    path = tmp_path / "legacy.htm"
    path.write_bytes(page.encode("iso-8859-1"))
    article = read_article(path, max_bytes=LIMIT)
    assert "Le président a annoncé des sanctions économiques" in article.text
    assert article.title == "Perché la crisi"
    assert article.language == "fr"
    assert article.url == "https://news.example/a/1"
    assert article.published == "2022-02-24"


def test_page_of_scripts_only_has_no_main_text() -> None:
    message = _refused(ARTICLES / "scripts_only.html")
    assert "no main text" in message


def test_page_with_too_little_text_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"^tiny\.html: the text has only 7 letters"):
        article_from_html("<html><body><p>Hi there.</p></body></html>", name="tiny.html")


# --- refused files -----------------------------------------------------------------------

def test_empty_file() -> None:
    assert _refused(ARTICLES / "empty.txt").endswith(": the file is empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text(" \n\t\r\n  ")
    assert "empty" in _refused(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "does not exist" in _refused(tmp_path / "missing.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "not a regular file" in _refused(folder)


def test_unsupported_extension_names_the_accepted_ones() -> None:
    message = _refused(ARTICLES / "report.md")
    assert "'.md'" in message and ".txt, .text, .html, .htm" in message


def test_binary_files(tmp_path: Path) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary" in _refused(png)
    noise = tmp_path / "noise.html"  # no NUL byte, but mostly not text
    noise.write_bytes(bytes(range(1, 32)) * 20 + b"<p>some words</p>")
    assert "binary" in _refused(noise)
    gzip_like = tmp_path / "archive.txt"
    gzip_like.write_bytes(bytes(range(0x80, 0x100)) * 8)
    assert "binary" in _refused(gzip_like)


def test_oversize_file_is_refused_before_reading(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("The ministers met again. " * 100)  # 2,500 bytes
    monkeypatch.setattr(Path, "open", lambda *args, **kwargs: pytest.fail("file opened"))
    message = _refused(path, max_bytes=1_000)
    assert "2,500 bytes" in message and "limit of 1,000 bytes" in message
    monkeypatch.undo()
    assert read_article(path, max_bytes=2_500).text.startswith("The ministers met again.")


def test_default_size_limit_comes_from_settings() -> None:
    limit = Settings().extract_max_bytes
    assert read_article(ARTICLES / "en_report.txt", max_bytes=limit).text


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Il governo è caduto ieri sera dopo il voto.".encode("iso-8859-1"))
    message = _refused(path)
    assert "not valid UTF-8" in message and "offset 11" in message
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbfGood start, then \xff bad byte in the text")
    assert "offset 20" in _refused(with_bom)


def test_utf16_text_file_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("The ministers met in Vienna on Tuesday.".encode("utf-16"))
    assert "UTF-16" in _refused(path)


# --- language ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("Foreign ministers met on Tuesday in Vienna to resume talks on the grain corridor, "
     "officials said.", "en"),
    ("Il governo italiano e quello francese hanno firmato venerdì un accordo di cooperazione "
     "sull'energia.", "it"),
    ("Le gouvernement français a annoncé mardi de nouvelles sanctions contre les responsables "
     "de l'attaque.", "fr"),
])
def test_detect_language(text: str, code: str) -> None:
    detected, confidence = detect_language(text)
    assert detected == code
    assert 0.5 < confidence <= 1.0


def test_detect_language_on_the_fixtures_and_on_no_letters() -> None:
    assert detect_language(read_article(ARTICLES / "en_report.txt", max_bytes=LIMIT).text)[0] \
        == "en"
    assert detect_language(read_article(ARTICLES / "it_latin1.html", max_bytes=LIMIT).text)[0] \
        == "it"
    code, confidence = detect_language("12345 67890")
    assert len(code) == 2 and code.islower()
    assert 0.0 <= confidence < 0.5
