"""Front end of the text extractor: read one article and detect its language.

What is read:

* ``.txt`` / ``.text``: UTF-8 text (a leading byte-order mark is dropped); its lines, blank
  lines between paragraphs included, are kept as written.
* ``.html`` / ``.htm``: bytes decoded by the charset the page declares (``<meta charset>`` or
  ``<meta http-equiv="Content-Type" content="...; charset=...">``, UTF-8 by default;
  ISO-8859-1 and ASCII are read as windows-1252, as browsers do), then reduced to its main
  text by trafilatura: one paragraph per line, without navigation, footers, comments,
  scripts, styles or ``<noscript>`` (list items come as ``- item``, table rows as
  ``| a | b |``, as trafilatura writes them). Title, language, publication date, publisher and URL
  come from the page's metadata when present.
* text given directly (the API): :func:`article_from_text`, with the checks of a ``.txt``.

What is refused (:class:`graph.errors.InvalidInput`, the message starts with the file name):
another extension; a missing or unreadable file; a file over ``max_bytes`` (checked before
reading); an empty or whitespace-only file; binary content (NUL bytes, or mostly control or
undecodable characters); a ``.txt`` that is not valid UTF-8 (the byte offset of the first
invalid byte is named); a page without main text; a text of fewer than 20 letters.

The returned text is normalised only so: Unicode NFC, line ends ``\\r\\n`` / ``\\r`` to
``\\n``, trailing whitespace of each line and blank lines at both ends removed. Quotes,
apostrophes and every other character stay as they are, since evidence quotes and character
spans are computed against this text.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urljoin

import lxml.etree
import lxml.html
import trafilatura

from graph.errors import InvalidInput

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
MIN_LETTERS = 20
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BINARY_RATIO = 0.1  # share of control / undecodable characters above which a file is binary

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                               re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")  # lxml refuses it in a str
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_LANG_TAG = re.compile(r"\s*([A-Za-z]{2})(?:[-_]|\s*$)")
# meta keys (property, name or itemprop, lower case) of the publication date, best first
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date",
              "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.issued",
              "dc.date", "parsely-pub-date", "sailthru.date")


@dataclass(frozen=True)
class ArticleText:
    text: str                     # the main text, UTF-8, paragraphs separated by "\n"
    title: str | None = None      # og:title, else <title>
    language: str | None = None   # <html lang>, else og:locale: ISO 639-1, lower case
    published: str | None = None  # "YYYY-MM-DD" from article:published_time or a date meta
    publisher: str | None = None  # og:site_name
    url: str | None = None        # <link rel=canonical>, else og:url


def read_article(path: Path, *, max_bytes: int) -> ArticleText:
    """Read a ``.txt``/``.text`` or ``.html``/``.htm`` article (see the module docstring)."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
        _fail(name, f"unsupported file type {path.suffix or '(no extension)'!r}; accepted: "
                    + ", ".join(TEXT_SUFFIXES + HTML_SUFFIXES))
    data = _read_bytes(path, name, max_bytes)
    if suffix in TEXT_SUFFIXES:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            _fail(name, "the file is UTF-16 encoded; save it as UTF-8")
        text = _decode(data, "utf-8", name)
        _check_text(text, name, "file")
        return ArticleText(text=_enough_letters(_normalise(text), name))
    return article_from_html(decode_html(data, name=name, what="file"), name=name)


def decode_html(data: bytes, *, name: str, charset: str | None = None,
                what: str = "page") -> str:
    """The text of an HTML page's bytes, decoded as a browser would: by its byte-order mark,
    else by ``charset`` (an HTTP answer's Content-Type), else by the charset the page
    declares, else as UTF-8 (ISO-8859-1 and ASCII as windows-1252). Raises InvalidInput
    (naming ``name``) for binary, undecodable or empty content."""
    chosen = _html_charset(data)
    if charset and not data.startswith(_BOMS):
        chosen = _charset_name(charset) or chosen
    html = _decode(data, chosen, name)
    _check_text(html, name, what)
    return html


def article_from_text(text: str, *, name: str, max_bytes: int) -> ArticleText:
    """A plain text given directly: the size, binary, emptiness and letter checks of a .txt."""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as err:
        _fail(name, f"the text is not valid Unicode (lone surrogate at character {err.start})")
    if size > max_bytes:
        _fail(name, f"the text is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    _check_text(text, name, "text")
    return ArticleText(text=_enough_letters(_normalise(text), name))


def article_from_html(html: str, *, name: str) -> ArticleText:
    """The main text and metadata of an HTML page (already decoded)."""
    if not html.strip():
        _fail(name, "the page is empty")
    try:
        tree = lxml.html.document_fromstring(
            _XML_DECLARATION.sub("", html, count=1),
            parser=lxml.html.HTMLParser(remove_comments=True, remove_pis=True))
    except (lxml.etree.ParserError, ValueError) as err:
        _fail(name, f"not a readable HTML page ({err})")
    meta = _metadata(tree)
    # trafilatura drops scripts and styles, but its fallback extractors can return <noscript>
    # text ("Please enable JavaScript"): all of them are removed before it runs
    lxml.etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    main = trafilatura.extract(tree, include_comments=False, include_images=False,
                               include_links=False, include_formatting=False)
    text = _normalise(main or "")
    if not text:
        _fail(name, "the page has no main text (only scripts, styles or boilerplate)")
    return ArticleText(text=_enough_letters(text, name), **meta)


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # the model also has ISO 639-2/3 labels (vec, yue, zxx...): keep the two-letter ones
    identifier.set_languages([code for code in identifier.labels if len(code) == 2])
    return identifier


def detect_language(text: str) -> tuple[str, float]:
    """The ISO 639-1 code of ``text`` and py3langid's normalised probability of it.

    The model loads once (about a second); a text without letters gets a low confidence.
    """
    code, confidence = _identifier().classify(text)
    return str(code), min(1.0, max(0.0, float(confidence)))


# --- helpers --------------------------------------------------------------------------------

def _fail(name: str, problem: str) -> NoReturn:
    raise InvalidInput(f"{name}: {problem}", details={"file": name})


def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        if not path.is_file():
            _fail(name, "the file does not exist" if not path.exists() else "not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            _fail(name, f"the file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as err:
        _fail(name, f"cannot read the file ({err.strerror or err})")
    if len(data) > max_bytes:
        _fail(name, f"the file is over the limit of {max_bytes:,} bytes")
    if not data:
        _fail(name, "the file is empty")
    return data


def _html_charset(data: bytes) -> str:
    """The charset a page declares in its first bytes (WHATWG aliases), UTF-8 by default."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    found = _DECLARED_CHARSET.search(data[:4096])
    return (_charset_name(found.group(1).decode("ascii")) if found else None) or "utf-8"


def _charset_name(label: str) -> str | None:
    """Python's codec for a charset label (None when unknown), as browsers read them."""
    try:
        charset = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if charset in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return "utf-8" if charset.startswith(("utf-16", "utf-32")) else charset


def _decode(data: bytes, charset: str, name: str) -> str:
    if b"\x00" in data and not charset.startswith("utf-16"):
        _fail(name, "the file is binary (it contains NUL bytes)")
    try:
        return data.decode(charset).removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        if charset == "cp1252":  # five bytes undefined in windows-1252: keep the rest
            return data.decode("cp1252", errors="replace").removeprefix("\ufeff")
        if _is_mostly_control(data.decode(charset, errors="replace")):
            _fail(name, "the file is binary (mostly bytes that are not text)")
        _fail(name, f"the file is not valid {charset.upper()} (first invalid byte at offset "
                    f"{err.start})")


def _is_mostly_control(text: str) -> bool:
    return len(_CONTROL.findall(text)) > _BINARY_RATIO * max(len(text), 1)


def _check_text(text: str, name: str, what: str) -> None:
    if "\x00" in text:
        _fail(name, f"the {what} is binary (it contains NUL characters)")
    if _is_mostly_control(text):
        _fail(name, f"the {what} is binary (mostly control characters)")
    if not text.strip():
        _fail(name, f"the {what} is empty (only whitespace)")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def _enough_letters(text: str, name: str) -> str:
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS:
        _fail(name, f"the text has only {letters} letters (at least {MIN_LETTERS} needed)")
    return text


def _metadata(tree: Any) -> dict[str, str | None]:
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = (element.get("content") or "").strip()
        if key and content:
            meta.setdefault(key.strip().lower(), content)
    titles = tree.xpath("//title")
    title = meta.get("og:title") or (titles[0].text_content() if titles else "")
    lang = _LANG_TAG.match(tree.get("lang") or tree.get("xml:lang") or "") \
        or _LANG_TAG.match(meta.get("og:locale", ""))
    canonical = next((link.get("href", "").strip() for link in tree.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split()), "")
    url = urljoin(meta.get("og:url", ""), canonical) if canonical else meta.get("og:url")
    return {"title": " ".join(title.split()) or None,
            "language": lang.group(1).lower() if lang else None,
            "published": next(filter(None, map(_iso_day, (meta.get(k) for k in _DATE_KEYS))),
                              None),
            "publisher": meta.get("og:site_name"),
            "url": url or None}


def _iso_day(value: str | None) -> str | None:
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None
