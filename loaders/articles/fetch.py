"""Polite, bounded HTTP for ``geokg articles sync``: robots.txt, a per-host delay, limits.

Every request of a sync run goes through one :class:`PoliteFetcher`:

* **http and https only**, to a host that is not on a loopback, private, link-local or
  reserved address (unless ``articles_allow_private_hosts``): the addresses a name
  resolves to are checked before each request, redirects included;
* **robots.txt** of each host, read once per run (RFC 9309: a 4xx answer allows
  everything, a 5xx or no answer disallows everything) and matched for the ``geokg``
  token; a disallowed URL raises :class:`Skipped`;
* **a per-host delay**: at least ``articles_host_delay_s`` seconds (or the host's longer
  ``Crawl-delay``, up to :data:`MAX_CRAWL_DELAY_S`) between two requests to one host;
* **a User-Agent naming geokg** and the contact of ``articles_contact``;
* **limits**: ``articles_timeout_s`` on connecting, on each read and on the whole
  download; at most :data:`MAX_REDIRECTS` redirects, each checked like the first URL;
  at most ``articles_max_bytes`` (the declared ``Content-Length`` first, then counted
  while reading, after decompression); a page answered with a type other than HTML raises
  :class:`Skipped` before its body is read.

Failures raise :class:`FetchFailed` with a one-line ``reason``; ``retry`` tells whether a
later run should try the URL again (time-outs, connection errors, 5xx and 429 answers).
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from graph.settings import Settings
from loaders.articles.urls import host_of, is_web_url

#: Redirects followed for one URL (the sixth is a failure).
MAX_REDIRECTS = 5
#: A robots.txt Crawl-delay above this is taken as this (seconds).
MAX_CRAWL_DELAY_S = 60.0
#: Most bytes of a robots.txt read (RFC 9309 asks crawlers to read at least 500 KiB).
ROBOTS_MAX_BYTES = 512 * 1024
#: The product token robots.txt rules are matched against.
ROBOTS_TOKEN = "geokg"
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 1 << 16
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchFailed(Exception):
    """A URL could not be fetched; ``reason`` is one line for the user."""

    def __init__(self, reason: str, *, retry: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


class Skipped(FetchFailed):
    """A URL deliberately not fetched (robots.txt) or not read (not an HTML page)."""


@dataclass(frozen=True)
class Fetched:
    """One answer: the URL after redirects, its type and charset, the body (or 304)."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent(settings: Settings) -> str:
    """``geokg/<version> (+<contact>)``: who fetches, and how to reach them."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("geokg")
    except PackageNotFoundError:
        ver = "0"
    contact = settings.articles_contact or "contact not configured: GEOKG_ARTICLES_CONTACT"
    return f"{ROBOTS_TOKEN}/{ver} (+{contact})"


class PoliteFetcher:
    """One HTTP client per sync run; remembers each host's robots.txt and last request."""

    def __init__(self, settings: Settings, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.timeout = settings.articles_timeout_s
        self.max_bytes = settings.articles_max_bytes
        self.user_agent = user_agent(settings)
        self._sleep = sleep
        self._clock = clock
        self._robots: dict[str, urllib.robotparser.RobotFileParser | FetchFailed] = {}
        self._next_at: dict[str, float] = {}
        self._delay: dict[str, float] = {}
        self.requests = 0
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.timeout), follow_redirects=False,
            headers={"User-Agent": self.user_agent})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> PoliteFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- public ------------------------------------------------------------------------

    def new_round(self) -> None:
        """Forget the robots.txt read so far (each round reads them again); the per-host
        delays still hold."""
        self._robots.clear()
        self._delay.clear()

    def fetch(self, url: str, kind: Literal["feed", "page"], *, etag: str | None = None,
              last_modified: str | None = None) -> Fetched:
        """GET ``url`` politely; a page must be HTML, a feed may be any type.

        ``etag`` / ``last_modified`` make the request conditional (a 304 comes back as a
        ``Fetched`` whose ``not_modified`` is true and body empty).

        Raises
        ------
        Skipped
            Disallowed by robots.txt, or (a page) not HTML.
        FetchFailed
            Anything else: a bad URL, a 4xx or 5xx answer, a time-out, too many redirects,
            a body over the size limit.
        """
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        headers["Accept"] = ("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" if kind == "page"
                             else "application/rss+xml,application/atom+xml,"
                                  "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1")
        return self._get(url, headers, kind=kind, robots=True, limit=self.max_bytes)

    # --- the request loop ----------------------------------------------------------------

    def _get(self, url: str, headers: dict[str, str], *, kind: str, robots: bool,
             limit: int) -> Fetched:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_target(current)
            if robots:
                self._check_robots(current)
            self._wait(host_of(current))
            started = self._clock()
            try:
                with self.client.stream("GET", current, headers=headers) as response:
                    if response.status_code in _REDIRECTS:
                        location = response.headers.get("location", "").strip()
                        if not location:
                            raise FetchFailed(f"HTTP {response.status_code} without a Location")
                        current = urljoin(current, location)
                        continue
                    return self._answer(url, current, response, kind, limit, started)
            except httpx.TimeoutException:
                raise FetchFailed(f"timed out after {self.timeout:g} s "
                                  "(GEOKG_ARTICLES_TIMEOUT_S)", retry=True) from None
            except httpx.TransportError as exc:
                raise FetchFailed(f"connection failed ({_describe(exc)})", retry=True) from None
        raise FetchFailed(f"more than {MAX_REDIRECTS} redirects (last: {current})")

    def _answer(self, asked: str, final: str, response: httpx.Response, kind: str,
                limit: int, started: float) -> Fetched:
        status = response.status_code
        mime, charset = _content_type(response.headers.get("content-type", ""))
        common = {"url": asked, "final_url": final, "status": status, "content_type": mime,
                  "charset": charset, "etag": response.headers.get("etag"),
                  "last_modified": response.headers.get("last-modified")}
        if status == 304:
            return Fetched(body=b"", **common)  # type: ignore[arg-type]
        if status >= 400 or status < 200:
            phrase = response.reason_phrase or ""
            raise FetchFailed(f"HTTP {status}{' ' + phrase if phrase else ''}",
                              retry=status >= 500 or status == 429)
        if kind == "page" and mime and mime not in HTML_TYPES:
            raise Skipped(f"not an HTML page (Content-Type: {mime})")
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            raise FetchFailed(f"larger than {limit:,} bytes (Content-Length {int(declared):,}; "
                              "GEOKG_ARTICLES_MAX_BYTES)")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(CHUNK):
            size += len(chunk)
            if size > limit:
                raise FetchFailed(f"larger than {limit:,} bytes (GEOKG_ARTICLES_MAX_BYTES)")
            if self._clock() - started > self.timeout:
                raise FetchFailed(f"timed out after {self.timeout:g} s while reading "
                                  "(GEOKG_ARTICLES_TIMEOUT_S)", retry=True)
            chunks.append(chunk)
        body = b"".join(chunks)
        if kind == "page" and not mime and not _looks_like_html(body):
            raise Skipped("not an HTML page (no Content-Type, and the body is not HTML)")
        return Fetched(body=body, **common)  # type: ignore[arg-type]

    # --- checks ----------------------------------------------------------------------------

    def _check_target(self, url: str) -> None:
        if not is_web_url(url):
            scheme = urlsplit(url).scheme or "no scheme"
            raise FetchFailed(f"not an http(s) URL ({scheme})" if scheme not in ("http", "https")
                              else "not an http(s) URL with a host")
        if self.settings.articles_allow_private_hosts:
            return
        host = urlsplit(url).hostname or ""
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchFailed(f"cannot resolve host '{host}' ({exc})", retry=True) from None
        for info in infos:
            address = ipaddress.ip_address(info[4][0])
            if not address.is_global:
                raise FetchFailed(
                    f"host '{host}' is on the non-public address {address}: refused "
                    "(GEOKG_ARTICLES_ALLOW_PRIVATE_HOSTS=true allows it)")

    def _check_robots(self, url: str) -> None:
        host = host_of(url)
        rules = self._robots.get(host)
        if rules is None:
            rules = self._robots[host] = self._read_robots(host)
            if isinstance(rules, urllib.robotparser.RobotFileParser):
                delay = rules.crawl_delay(self.user_agent)
                if delay is not None:
                    self._delay[host] = min(float(delay), MAX_CRAWL_DELAY_S)
        if isinstance(rules, FetchFailed):
            raise FetchFailed(rules.reason, retry=rules.retry)
        if not rules.can_fetch(self.user_agent, url):
            raise Skipped(f"disallowed by {host}/robots.txt")

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | FetchFailed:
        parser = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        try:
            answer = self._get(host + "/robots.txt", {"Accept": "text/plain,*/*;q=0.1"},
                               kind="robots", robots=False, limit=ROBOTS_MAX_BYTES)
        except FetchFailed as exc:
            if exc.reason.startswith("HTTP 4"):
                parser.parse([])  # RFC 9309: "unavailable", any URL may be fetched
                return parser
            if exc.reason.startswith(f"larger than {ROBOTS_MAX_BYTES:,}"):
                parser.parse(["User-agent: *", "Disallow: /"])
                return parser
            return FetchFailed(f"{host}/robots.txt could not be read ({exc.reason}): nothing of "
                               "the host is fetched", retry=True)
        text = answer.body.decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        return parser

    def _wait(self, host: str) -> None:
        now = self._clock()
        ready = self._next_at.get(host, now)
        if ready > now:
            self._sleep(ready - now)
        delay = max(self.settings.articles_host_delay_s, self._delay.get(host, 0.0))
        self._next_at[host] = max(now, ready) + delay
        self.requests += 1


def _content_type(value: str) -> tuple[str, str | None]:
    """The media type (lower case) and the charset of a Content-Type header."""
    if not value.strip():
        return "", None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    return msg.get_content_type().lower(), (str(charset).strip() if charset else None)


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _describe(exc: Exception) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
