"""A local news site for the article-feed tests: feeds and pages written for them, served by
a real ``http.server`` thread on 127.0.0.1 that logs every request with its headers.

The texts are written here in the style of wire reports on the treaty, the troops and the
Lavrov–Choe talks (facts from the project's domain notes); none is a published article.
What the site holds, by path:

* ``/feeds/world.xml`` (RSS 2.0, ETag and Last-Modified, answers 304 to either):
  a page behind a redirect with a canonical link (the troops story), the same page with
  tracking parameters, a syndicated copy declaring the same canonical URL, the Lavrov–Choe
  wire story, a wire copy of it on another path, an analysis quoting part of it, an
  ISO-8859-1 Italian page, a 404, a page robots.txt disallows, a slow page, a PDF, a page
  without main text, a redirect loop, a redirect to ``file:``, a page over the size limit,
  and an item without a link;
* ``/feeds/atom.xml`` (Atom 1.0, relative links): the ratification story;
* ``/feeds/broken.xml``: not a feed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Resource:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (the slow page)
    etag: str | None = None
    last_modified: str | None = None
    no_length: bool = False  # no Content-Length: the body ends when the connection closes


@dataclass(frozen=True)
class Hit:
    path: str  # with its query
    headers: dict[str, str]  # lower-case names


@dataclass
class Site:
    base: str = ""
    resources: dict[str, Resource] = field(default_factory=dict)
    log: list[Hit] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [h.path for h in self.log]

    def pages(self) -> list[str]:
        """Paths asked other than feeds and robots.txt."""
        return [p for p in self.paths() if not p.startswith(("/feeds/", "/robots.txt"))]


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        site = self.site
        site.log.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}))
        res = site.resources.get(urlsplit(self.path).path)
        if res is None:
            self._send(404, b"<html><body>not here</body></html>", "text/html")
            return
        if res.delay:
            site.release.wait(res.delay)
        if res.etag and self.headers.get("If-None-Match") == res.etag or (
                res.last_modified and self.headers.get("If-Modified-Since") == res.last_modified):
            self._send(304, b"", None, {"ETag": res.etag or ""})
            return
        extra = dict(res.headers)
        if res.etag:
            extra["ETag"] = res.etag
        if res.last_modified:
            extra["Last-Modified"] = res.last_modified
        self._send(res.status, res.body, res.content_type, extra, length=not res.no_length)

    def _send(self, status: int, body: bytes, ctype: str | None,
              extra: dict[str, str] | None = None, length: bool = True) -> None:
        try:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for k, v in (extra or {}).items():
                if v:
                    self.send_header(k, v)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the slow page)

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def serve(resources: dict[str, Resource]) -> Iterator[Site]:
    site = Site(resources=resources)
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()


# --- texts -----------------------------------------------------------------------------------

TROOPS = [
    "NATO confirmed on Monday that North Korea sent troops to Russia, where they are "
    "expected to fight against Ukraine in the coming weeks.",
    "The Pentagon confirmed that about 10,000 North Korean soldiers had been sent to Russia "
    "for training and that some of them were moving towards the Kursk region.",
    "Moscow denied it.",
    "Western sources report that North Korea supplied millions of artillery shells to Russia "
    "for its war against Ukraine.",
    "Russia and North Korea signed a treaty on comprehensive strategic partnership in "
    "Pyongyang on 19 June 2024, during a visit by Russian President Vladimir Putin.",
    "The treaty provides for mutual military assistance if either country is attacked, and "
    "officials in Seoul said the deployment was its first use.",
]

LAVROV = [
    "Russian Foreign Minister Sergey Lavrov met North Korean Foreign Minister Choe Son Hui in "
    "Moscow on 1 November 2024, the Russian foreign ministry said in a statement.",
    "Lavrov said the treaty on comprehensive strategic partnership between the two countries "
    "had laid the basis for deeper relations and would play a stabilising role in Eurasia.",
    "He expressed full support for the measures Pyongyang takes to deter what he called the "
    "aggressive policy of the West, according to the ministry's account of the talks.",
    "According to the ministry, both sides agreed that rising tension on the Korean peninsula "
    "and in North-East Asia was caused mainly by provocative actions of the United States and "
    "its allies, and Russia reaffirmed its full support for North Korea.",
    "Choe thanked Moscow for its support and said her country would stand by Russia until it "
    "won its war, in remarks carried by North Korean state media later in the day.",
    "The talks came a week after South Korean intelligence said North Korea had sent "
    "thousands of soldiers to Russia, a report the Pentagon confirmed on Monday.",
    "Putin submitted the treaty to the State Duma for ratification on 14 October, and the "
    "lower house approved it unanimously ten days later.",
    "Diplomats in Seoul and Tokyo said they would watch closely whether the military "
    "assistance clause of the treaty was invoked again before the end of the year.",
]

#: The Lavrov story as another outlet carries it: its own headline, a dateline and a closing
#: line added, one phrase changed; the rest word for word.
LAVROV_COPY = [
    "MOSCOW, Nov 1 (Partner Agency) - " + LAVROV[0],
    *LAVROV[1:4],
    LAVROV[4].replace("later in the day", "on Friday evening"),
    *LAVROV[5:],
    "Reporting by the Partner Agency Moscow bureau.",
]

#: An analysis quoting two paragraphs of the wire story: mostly its own text, a story of
#: its own.
ANALYSIS = [
    "Analysis: what the Moscow talks tell us about the alliance",
    LAVROV[0],
    LAVROV[1],
    "Analysts in Seoul see the meeting as the clearest sign yet that the partnership has "
    "moved from words to deeds, with ammunition flowing one way and technology the other.",
    "Officials in Washington accused Pyongyang of exporting ballistic missiles to Russia "
    "in breach of United Nations resolutions, a charge North Korea has rejected.",
    "Japan said it had raised the matter with its partners in the Group of Seven and would "
    "coordinate any further sanctions with Seoul and Washington in the coming weeks.",
    "For Moscow, the partnership offers shells and soldiers at a time when its own "
    "production struggles to keep pace with the demands of the front in Ukraine.",
    "For Pyongyang, it brings money, food, oil and possibly help with satellites and "
    "submarines, according to several officials who spoke on condition of anonymity.",
    "Whether China, North Korea's main ally, welcomes the closer ties between its two "
    "neighbours remains an open question for diplomats across the region.",
]

TRATTATO = [
    "La Duma di Stato ha ratificato il 24 ottobre il trattato di partenariato strategico "
    "globale tra la Russia e la Corea del Nord, firmato a Pyongyang il 19 giugno.",
    "Secondo il Cremlino, l'accordo è entrato in vigore il 4 dicembre 2024, dopo lo scambio "
    "degli strumenti di ratifica.",
    "Fonti occidentali riferiscono che la Corea del Nord ha fornito milioni di proiettili "
    "d'artiglieria alla Russia, un'accusa che Mosca e Pyongyang respingono.",
    "Il ministro degli Esteri russo Sergej Lavrov ha incontrato la collega nordcoreana Choe "
    "Son Hui a Mosca: perché la cooperazione militare sia più stretta, ha detto, serve "
    "fiducia.",
]

RATIFICATION = [
    "The State Duma ratified the treaty on comprehensive strategic partnership between "
    "Russia and North Korea on 24 October 2024, the Kremlin said.",
    "Putin had submitted the treaty to the Duma for ratification on 14 October.",
    "North Korea confirmed that the treaty entered into force on 4 December 2024.",
]

SYNDICATED = [
    "Syndicated: North Korea has troops in Russia, alliance says",
    "The alliance confirmed on Monday that North Korean troops were in Russia.",
    "Officials said the soldiers would be sent to the front within weeks, and that the "
    "deployment was the first under the mutual defence treaty signed in June.",
]


def page(paragraphs: list[str], *, title: str, lang: str = "en", site: str = "Test Wire",
         published: str | None = "2024-11-01", canonical: str | None = None,
         charset_meta: str | None = "utf-8", headline: str | None = None) -> str:
    """An article page: navigation, the article's paragraphs, a footer."""
    head = [f'<meta charset="{charset_meta}">' if charset_meta else "",
            f"<title>{title} | {site}</title>",
            f'<meta property="og:title" content="{title}">',
            f'<meta property="og:site_name" content="{site}">']
    if published:
        head.append(f'<meta property="article:published_time" content="{published}T08:30:00Z">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{"".join(head)}</head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/it">Italia</a></nav>'
            f"<main><article><h1>{headline or title}</h1>\n{body}\n</article></main>"
            "<footer><p>Copyright the test site. All rights reserved.</p></footer>"
            "<script>var tracking = 'never text';</script></body></html>")


def rss(items: list[dict[str, str]], title: str = "Test Wire - World") -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0"><channel>',
           f"<title>{title}</title><link>http://example.invalid/</link>"
           "<description>World news for the tests</description>"]
    for it in items:
        out.append("<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in it.items()) + "</item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


def world_feed_items(base: str) -> list[dict[str, str]]:
    date = "Fri, 01 Nov 2024 09:00:00 GMT"

    def item(title: str, path: str, when: str = date) -> dict[str, str]:
        return {"title": title, "link": base + path.replace("&", "&amp;"), "pubDate": when}

    return [
        item("NATO: North Korean troops in Russia", "/r/troops"),
        item("NATO: North Korean troops in Russia (tracked)",
             "/world/troops-in-kursk.html?utm_source=rss&utm_medium=feed&fbclid=abc"),
        item("Syndicated troops story", "/partners/troops-syndicated.html"),
        item("Lavrov meets Choe in Moscow", "/wire/lavrov-choe.html"),
        item("Lavrov pledges support as Choe visits", "/partner/2024/11/lavrov-copy.html"),
        item("Analysis: the Moscow talks", "/analysis/moscow-talks.html"),
        item("Trattato ratificato", "/it/trattato.html"),
        item("Gone", "/world/gone.html"),
        item("Private", "/private/dossier.html"),
        item("Slow", "/slow/briefing.html"),
        item("A report as PDF", "/docs/report.pdf"),
        item("Empty", "/world/empty.html"),
        item("Loop", "/loop/1"),
        item("To a file", "/r/file"),
        item("Too big", "/world/huge.html"),
        {"title": "An item without a link", "pubDate": date},
        item("Old news", "/world/old.html", "Mon, 01 Jan 2024 09:00:00 GMT"),
    ]


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title><id>urn:test:atom</id><updated>2024-12-05T10:00:00Z</updated>
  <entry><title>Duma ratifies the treaty</title><id>urn:test:ratification</id>
    <link rel="alternate" href="/atom/ratification.html"/>
    <updated>2024-12-05T10:00:00Z</updated></entry>
</feed>
"""


def site_resources(base: str) -> dict[str, Resource]:
    """Every path of the site (``base`` is its origin, for absolute links)."""
    html = "text/html; charset=utf-8"
    troops = page(TROOPS, title="NATO: North Korean troops in Russia",
                  canonical="/world/troops-in-kursk")
    lavrov = page(LAVROV, title="Lavrov meets Choe in Moscow, backs Pyongyang")
    copy = page(LAVROV_COPY, title="Lavrov pledges support to Pyongyang as Choe visits Moscow",
                site="Partner Agency", published="2024-11-02")
    analysis = page(ANALYSIS[1:], title=ANALYSIS[0], site="Review Weekly",
                    published="2024-11-03")
    trattato = page(TRATTATO, title="Russia-Corea del Nord: il trattato è in vigore",
                    lang="it", site="Agenzia Prova", published="2024-12-05",
                    charset_meta=None).encode("iso-8859-1")
    syndicated = page(SYNDICATED[1:], title=SYNDICATED[0], site="Syndicate Daily",
                      canonical=base + "/world/troops-in-kursk")
    ratification = page(RATIFICATION, title="Duma ratifies the treaty", site="Atom Desk",
                        published="2024-12-05")
    empty = ("<!DOCTYPE html><html><head><title>Empty</title></head><body><nav>Home</nav>"
             "<script>document.write('only a script')</script></body></html>")
    huge = page(["The same sentence about the treaty, again and again. " * 8000],
                title="Huge")
    old = page(TROOPS[:2], title="Old news")
    robots = "User-agent: *\nAllow: /\n\nUser-agent: geokg\nDisallow: /private/\n"
    res = {
        "/robots.txt": Resource(robots.encode(), content_type="text/plain"),
        "/feeds/world.xml": Resource(rss(world_feed_items(base)),
                                     content_type="application/rss+xml; charset=utf-8",
                                     etag='"world-1"',
                                     last_modified="Fri, 01 Nov 2024 09:00:00 GMT"),
        "/feeds/atom.xml": Resource(ATOM.encode(), content_type="application/atom+xml",
                                    etag='"atom-1"'),
        "/feeds/broken.xml": Resource(b"<html><body><p>This is a web page, not a feed: "
                                      b"<b>no channel, no items.</body></html>",
                                      content_type="application/xml"),
        "/r/troops": Resource(status=302, headers={"Location": "/world/troops-in-kursk.html"}),
        "/world/troops-in-kursk.html": Resource(troops.encode(), content_type=html),
        "/partners/troops-syndicated.html": Resource(syndicated.encode(), content_type=html),
        "/wire/lavrov-choe.html": Resource(lavrov.encode(), content_type=html),
        "/partner/2024/11/lavrov-copy.html": Resource(copy.encode(), content_type=html),
        "/analysis/moscow-talks.html": Resource(analysis.encode(), content_type=html),
        "/it/trattato.html": Resource(trattato, content_type="text/html; charset=ISO-8859-1"),
        "/private/dossier.html": Resource(page(TROOPS, title="Private").encode()),
        "/slow/briefing.html": Resource(page(TROOPS, title="Slow").encode(), delay=8.0),
        "/docs/report.pdf": Resource(b"%PDF-1.4 not a page", content_type="application/pdf"),
        "/world/empty.html": Resource(empty.encode(), content_type=html),
        "/r/file": Resource(status=301, headers={"Location": "file:///etc/passwd"}),
        "/world/huge.html": Resource(huge.encode(), content_type=html),
        "/world/old.html": Resource(old.encode(), content_type=html),
        "/atom/ratification.html": Resource(ratification.encode(), content_type=html),
    }
    for n in range(1, 8):  # /loop/1 -> /loop/2 -> ... -> /loop/7: six redirects and more
        res[f"/loop/{n}"] = Resource(status=302, headers={"Location": f"/loop/{n + 1}"})
    return res
