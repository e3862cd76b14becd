"""Which URL names a story: tracking parameters removed, the page's canonical link preferred.

``clean_url`` is the key a page is remembered by: scheme and host lower-cased, the default
port and the fragment dropped, the query's tracking parameters (``utm_*``, ``fbclid``,
``gclid``, ``mc_cid``, ``ref``, ``source``, ... as courlan's list of trackers has them)
removed and the rest sorted. ``canonical_link`` reads ``<link rel="canonical">`` from a page,
resolved against the page's own URL; only an http(s) link is taken.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html
from courlan import normalize_url

SCHEMES = ("http", "https")
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")  # lxml refuses it in a str


def is_web_url(url: str) -> bool:
    """True for an absolute http or https URL with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in SCHEMES and bool(parts.hostname)


def clean_url(url: str) -> str:
    """``url`` without tracking parameters or fragment, host lower-cased, query sorted.

    A URL that courlan cannot normalise is returned with only its fragment dropped.
    """
    url = url.strip()
    try:
        normal = normalize_url(url, strict=False, trailing_slash=True)
    except (ValueError, AttributeError):  # courlan raises ValueError on odd ports, hosts
        normal = url
    parts = urlsplit(normal)
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def host_of(url: str) -> str:
    """``scheme://host[:port]`` of ``url``: the unit of robots.txt and of the per-host delay."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def canonical_link(html: str, base: str) -> str | None:
    """The page's ``<link rel="canonical" href>``, absolute and cleaned; None without one.

    Only the head is read (a canonical link in the body is not the page's own).
    """
    end = _HEAD_END.search(html)
    head = _XML_DECLARATION.sub("", html[:end.start()] if end else html[:200_000], count=1)
    if not head.strip():
        return None
    try:
        tree = lxml.html.fromstring(head, parser=lxml.html.HTMLParser(remove_comments=True))
    except (lxml.etree.ParserError, ValueError):
        return None
    for link in tree.iter("link"):
        href = (link.get("href") or "").strip()
        if "canonical" in (link.get("rel") or "").lower().split() and href:
            target = urljoin(base, href)
            return clean_url(target) if is_web_url(target) else None
    return None
