"""The parts of ``geokg articles sync`` that need no database: URLs, shingles, feeds, and the
polite fetcher against a real local HTTP server (robots.txt, delays, redirects, limits)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from graph.settings import Settings
from loaders.articles import dedup
from loaders.articles.feeds import FeedUnreadable, parse_feed
from loaders.articles.fetch import FetchFailed, PoliteFetcher, Skipped, user_agent
from loaders.articles.urls import canonical_link, clean_url, is_web_url
from loaders.text.read import article_from_html, decode_html
from tests.articles_site import (
    ANALYSIS,
    ATOM,
    LAVROV,
    LAVROV_COPY,
    TRATTATO,
    Resource,
    Site,
    page,
    rss,
    serve,
)

BASE = Settings(neo4j_password=None, articles_allow_private_hosts=True,
                articles_host_delay_s=0.0, articles_timeout_s=2.0,
                articles_contact="mailto:desk@example.org")


# --- URLs ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "clean"), [
    ("HTTPS://Wire.Example.org:443/world/a.html?utm_source=rss&id=7&fbclid=X#comments",
     "https://wire.example.org/world/a.html?id=7"),
    ("http://news.example/a?gclid=1&utm_medium=feed&utm_campaign=x", "http://news.example/a"),
    ("http://news.example/a?b=2&a=1", "http://news.example/a?a=1&b=2"),
    ("http://news.example", "http://news.example/"),
])
def test_clean_url_drops_tracking_and_fragment(url: str, clean: str) -> None:
    assert clean_url(url) == clean


def test_only_http_urls_with_a_host() -> None:
    assert is_web_url("https://example.org/a")
    assert not is_web_url("file:///etc/passwd")
    assert not is_web_url("ftp://example.org/a")
    assert not is_web_url("http:///nohost")
    assert not is_web_url("javascript:alert(1)")


def test_canonical_link_resolved_cleaned_and_only_from_the_head() -> None:
    base = "http://site.example/r/42?utm_source=rss"
    html = ('<html><head><!-- <link rel="canonical" href="/commented-out"> -->'
            '<link rel="alternate stylesheet" href="/s.css">'
            '<link rel="Canonical" href="/world/story?id=3&amp;utm_medium=x"></head>'
            '<body><link rel="canonical" href="/in-the-body"></body></html>')
    assert canonical_link(html, base) == "http://site.example/world/story?id=3"
    assert canonical_link('<head><link rel="canonical" href="javascript:x()"></head>',
                          base) is None
    assert canonical_link("<head><title>t</title></head><body></body>", base) is None
    assert canonical_link('<?xml version="1.0"?><html><head><link rel="canonical" '
                          'href="https://other.example/a"></head></html>',
                          base) == "https://other.example/a"


# --- shingles --------------------------------------------------------------------------------

def _shingles(paragraphs: list[str], title: str) -> list[int]:
    art = article_from_html(page(paragraphs, title=title), name="t")
    return dedup.shingles(art.text, art.title)


def test_a_wire_copy_overlaps_its_story_and_an_analysis_does_not() -> None:
    story = _shingles(LAVROV, "Lavrov meets Choe in Moscow, backs Pyongyang")
    copy = _shingles(LAVROV_COPY, "Lavrov pledges support to Pyongyang as Choe visits Moscow")
    analysis = _shingles(ANALYSIS[1:], ANALYSIS[0])
    assert 0.9 <= dedup.overlap(copy, story) < 1.0
    assert dedup.overlap(analysis, story) < 0.5
    # the copy's sketch finds the story's: they share sampled shingles
    assert set(dedup.sketch(copy)) & set(dedup.sketch(story))


def test_the_headline_is_left_out_and_the_hash_ignores_spacing_and_case() -> None:
    text = "A headline\nNATO confirmed that North Korea sent troops to Russia on Monday."
    assert dedup.shingles(text, "A headline") == dedup.shingles(text.split("\n", 1)[1])
    assert dedup.shingles(text, "Another headline") != dedup.shingles(text.split("\n", 1)[1])
    assert dedup.content_hash("Moscow  DENIED it.") == dedup.content_hash("moscow denied it")
    assert dedup.content_hash("Moscow denied it.") != dedup.content_hash("Moscow confirmed it.")
    assert dedup.overlap([], [1, 2]) == 0.0


# --- feeds ------------------------------------------------------------------------------------

def test_rss_items_with_links_titles_and_dates() -> None:
    body = rss([{"title": "Lavrov meets Choe", "link": "http://s.example/a?utm_source=rss",
                 "pubDate": "Fri, 01 Nov 2024 23:30:00 -0300", "guid": "g-1"},
                {"title": "Without a link"}], title="Test Wire")
    feed = parse_feed(body, url="http://s.example/feed.xml")
    assert (feed.title, feed.version) == ("Test Wire", "rss20")
    first, second = feed.items
    assert first.link == "http://s.example/a?utm_source=rss"
    assert first.published == dt.date(2024, 11, 2)  # 23:30 at UTC-3 is the 2nd in UTC
    assert first.title == "Lavrov meets Choe" and first.guid is not None
    assert second.link is None and second.published is None


def test_atom_links_are_resolved_against_the_feed() -> None:
    feed = parse_feed(ATOM.encode(), url="http://s.example/feeds/atom.xml",
                      content_type="application/atom+xml")
    assert feed.version == "atom10" and feed.title == "Atom Desk"
    [entry] = feed.items
    assert entry.link == "http://s.example/atom/ratification.html"
    assert entry.published == dt.date(2024, 12, 5)


def test_a_page_or_garbage_is_not_a_feed() -> None:
    for body in (b"<html><body><p>a page</p></body></html>", b"{ not xml",
                 b"<rss><channel><title>x</ti"):
        with pytest.raises(FeedUnreadable, match="not an RSS or Atom feed"):
            parse_feed(body, url="http://s.example/feed.xml")


# --- the fetcher --------------------------------------------------------------------------------

@pytest.fixture
def site() -> Iterator[Site]:
    with serve({}) as s:
        yield s


def _fetcher(**update: object) -> PoliteFetcher:
    return PoliteFetcher(BASE.model_copy(update=update))


def test_user_agent_names_geokg_and_the_contact(site: Site) -> None:
    site.resources["/a.html"] = Resource(page(LAVROV, title="t").encode())
    with _fetcher() as f:
        got = f.fetch(site.url("/a.html"), "page")
    assert got.status == 200 and b"Choe Son Hui" in got.body
    agents = {h.headers["user-agent"] for h in site.log}
    assert agents == {user_agent(BASE)}
    assert user_agent(BASE).startswith("geokg/") and "(+mailto:desk@example.org)" in agents.pop()
    assert site.paths() == ["/robots.txt", "/a.html"]  # robots.txt first, once


def test_robots_rules_for_geokg_and_rfc_9309_statuses(site: Site) -> None:
    site.resources["/robots.txt"] = Resource(
        b"User-agent: *\nDisallow: /\n\nUser-agent: geokg\nDisallow: /private/\n",
        content_type="text/plain")
    site.resources["/open.html"] = Resource(page(LAVROV, title="t").encode())
    site.resources["/private/x.html"] = Resource(page(LAVROV, title="t").encode())
    with _fetcher() as f:
        assert f.fetch(site.url("/open.html"), "page").status == 200
        with pytest.raises(Skipped, match=r"disallowed by http://127\.0\.0\.1:\d+/robots\.txt"):
            f.fetch(site.url("/private/x.html"), "page")
    assert "/private/x.html" not in site.paths()

    # robots.txt answering 503: nothing of the host is fetched, and it is worth a retry
    site.resources["/robots.txt"] = Resource(b"busy", status=503, content_type="text/plain")
    with _fetcher() as f, pytest.raises(FetchFailed) as err:
        f.fetch(site.url("/open.html"), "page")
    assert "robots.txt could not be read (HTTP 503" in err.value.reason and err.value.retry
    # robots.txt missing (404): everything may be fetched
    del site.resources["/robots.txt"]
    with _fetcher() as f:
        assert f.fetch(site.url("/private/x.html"), "page").status == 200


def test_per_host_delay_and_a_longer_crawl_delay() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        now[0] += seconds

    with serve({"/robots.txt": Resource(b"User-agent: geokg\nCrawl-delay: 5\n",
                                        content_type="text/plain"),
                "/a.html": Resource(page(LAVROV, title="a").encode())}) as one, \
            serve({"/a.html": Resource(page(LAVROV, title="a").encode())}) as two:
        f = PoliteFetcher(BASE.model_copy(update={"articles_host_delay_s": 2.0}), sleep=sleep,
                          clock=lambda: now[0])
        with f:
            f.fetch(one.url("/a.html"), "page")  # robots.txt, then 2 s, then the page
            f.fetch(one.url("/a.html"), "page")  # 5 s: the host's Crawl-delay is longer
            f.fetch(two.url("/a.html"), "page")  # another host: robots.txt at once, then 2 s
    assert slept == [2.0, 5.0, 2.0]


def test_redirects_limits_and_types(site: Site) -> None:
    for n in range(1, 8):
        site.resources[f"/loop/{n}"] = Resource(status=302,
                                                headers={"Location": f"/loop/{n + 1}"})
    site.resources["/five/0"] = Resource(status=301, headers={"Location": "/loop/4"})
    site.resources["/loop/8"] = Resource(page(LAVROV, title="end").encode())
    site.resources["/to-file"] = Resource(status=302, headers={"Location": "file:///etc/passwd"})
    site.resources["/big.html"] = Resource(b"<html>" + b"x" * 5000 + b"</html>")
    site.resources["/big-unsized.html"] = Resource(b"<html>" + b"x" * 5000 + b"</html>",
                                                   no_length=True)
    site.resources["/r.pdf"] = Resource(b"%PDF-1.4", content_type="application/pdf")
    site.resources["/feed.xml"] = Resource(b"<rss/>", content_type="application/rss+xml",
                                           etag='"v1"')
    with _fetcher(articles_max_bytes=4096) as f:
        with pytest.raises(FetchFailed, match=r"more than 5 redirects"):
            f.fetch(site.url("/loop/1"), "page")
        got = f.fetch(site.url("/five/0"), "page")  # exactly five redirects are followed
        assert got.final_url == site.url("/loop/8") and got.url == site.url("/five/0")
        with pytest.raises(FetchFailed, match=r"not an http\(s\) URL \(file\)"):
            f.fetch(site.url("/to-file"), "page")
        with pytest.raises(FetchFailed, match=r"larger than 4,096 bytes \(Content-Length"):
            f.fetch(site.url("/big.html"), "page")
        with pytest.raises(FetchFailed, match=r"larger than 4,096 bytes \(GEOKG_ARTICLES"):
            f.fetch(site.url("/big-unsized.html"), "page")
        with pytest.raises(Skipped, match=r"not an HTML page \(Content-Type: application/pdf\)"):
            f.fetch(site.url("/r.pdf"), "page")
        assert f.fetch(site.url("/feed.xml"), "feed").etag == '"v1"'
        again = f.fetch(site.url("/feed.xml"), "feed", etag='"v1"')
        assert again.not_modified and again.body == b""
    assert site.log[-1].headers["if-none-match"] == '"v1"'


def test_a_slow_answer_times_out_and_is_worth_a_retry(site: Site) -> None:
    site.resources["/slow.html"] = Resource(page(LAVROV, title="slow").encode(), delay=5.0)
    with _fetcher(articles_timeout_s=0.5) as f, pytest.raises(FetchFailed) as err:
        f.fetch(site.url("/slow.html"), "page")
    assert err.value.reason == "timed out after 0.5 s (GEOKG_ARTICLES_TIMEOUT_S)"
    assert err.value.retry


def test_private_addresses_are_refused_unless_allowed(site: Site) -> None:
    site.resources["/a.html"] = Resource(page(LAVROV, title="a").encode())
    with _fetcher(articles_allow_private_hosts=False) as f:
        for url in (site.url("/a.html"), site.url("/a.html").replace("127.0.0.1", "localhost")):
            with pytest.raises(FetchFailed, match=r"non-public address 127\.0\.0\.1: refused"):
                f.fetch(url, "page")
    assert site.log == []  # not even robots.txt was asked


def test_the_http_charset_decodes_an_iso_8859_1_page() -> None:
    body = page(TRATTATO, title="Il trattato è in vigore", lang="it",
                charset_meta=None).encode("iso-8859-1")
    html = decode_html(body, name="p", charset="ISO-8859-1")
    art = article_from_html(html, name="p")
    assert "l'accordo è entrato in vigore" in art.text and "perché" in art.text
    assert art.title == "Il trattato è in vigore"
