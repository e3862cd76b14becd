"""Fetching GDELT's file lists and zips over HTTP: timeouts, bounded retries, checksums.

What is retried (``retries`` more attempts, waiting ``backoff`` seconds, then twice as long
each time): a connection that cannot be made or times out, a transfer dropped before its
``Content-Length`` arrived, and 5xx / 429 answers. What is not: any other 4xx (a 404 stays
a 404) and a file whose size or MD5 differs from the list's, once it has arrived in full.
Every failure is a :class:`DownloadFailed` whose ``reason`` says what happened.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

import httpx

T = TypeVar("T")

#: Bytes read from the network at a time.
CHUNK = 1 << 16


class DownloadFailed(Exception):
    """A file or list could not be fetched intact; ``reason`` is one line for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Transient(DownloadFailed):
    """A failure worth another attempt (connection, dropped transfer, 5xx)."""


@dataclass(frozen=True)
class Expected:
    """What the list says of a file: its size in bytes and its MD5 (lower-case hex)."""

    size: int
    md5: str


class Fetcher:
    """One HTTP client for a sync run (connections are reused between files)."""

    def __init__(self, *, timeout: float, retries: int, backoff: float,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self.client = httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True,
                                   headers={"User-Agent": "geokg-gdelt-sync"})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read_lines(self, url: str, consume: Callable[[Iterator[str]], T]) -> T:
        """Stream the lines of a text file (a feed list) into ``consume``; return its result.

        A transfer dropped half-way is retried from the start (``consume`` runs again on
        the new stream). Raises DownloadFailed.
        """
        def attempt() -> T:
            with self._get(url) as response:
                try:
                    return consume(response.iter_lines())
                except httpx.TransportError as exc:
                    raise _Transient(f"connection dropped while reading {url} "
                                     f"({_describe(exc)})") from None
        return self._retrying(attempt)

    def download(self, url: str, target: Path, expected: Expected) -> Path:
        """Download ``url`` to ``target`` and check its size and MD5.

        A partial or failed download leaves no file at ``target``. Raises DownloadFailed.
        """
        part = target.with_name(target.name + ".part")

        def attempt() -> Path:
            try:
                self._fetch_to(url, part, expected)
            except BaseException:
                part.unlink(missing_ok=True)
                raise
            part.replace(target)
            return target
        return self._retrying(attempt)

    def _fetch_to(self, url: str, part: Path, expected: Expected) -> None:
        digest, received = hashlib.md5(usedforsecurity=False), 0
        with self._get(url) as response, _writing(part) as out:
            announced = response.headers.get("content-length")
            if announced is not None and announced.isdigit() and int(announced) != expected.size:
                raise DownloadFailed(f"size mismatch: the server sends {announced} bytes, the "
                                     f"list says {expected.size}")
            try:
                for chunk in response.iter_bytes(CHUNK):
                    received += len(chunk)
                    if received > expected.size:
                        raise DownloadFailed(f"size mismatch: more than the {expected.size} "
                                             "bytes the list says")
                    digest.update(chunk)
                    out.write(chunk)
            except httpx.TransportError as exc:
                # httpx counts what arrived, also the bytes of a chunk it never handed over
                got = max(received, response.num_bytes_downloaded)
                what = ("timed out" if isinstance(exc, httpx.TimeoutException)
                        else "connection dropped")
                raise _Transient(f"{what} mid-transfer after {got} of {expected.size} "
                                 "bytes") from None
        if received != expected.size:
            raise DownloadFailed(f"size mismatch: received {received} bytes, the list says "
                                 f"{expected.size}")
        if digest.hexdigest() != expected.md5:
            raise DownloadFailed(f"MD5 mismatch: the list says {expected.md5}, the file has "
                                 f"{digest.hexdigest()}")

    @contextmanager
    def _get(self, url: str) -> Iterator[httpx.Response]:
        """``client.stream('GET', url)`` whose failures are DownloadFailed (transient or not)."""
        try:
            with self.client.stream("GET", url) as response:
                status = response.status_code
                if status >= 400:
                    text = f"HTTP {status} {response.reason_phrase}".rstrip()
                    if status >= 500 or status == 429:
                        raise _Transient(text)
                    raise DownloadFailed(text)
                yield response
        except httpx.TransportError as exc:
            raise _Transient(f"cannot fetch {url}: {_describe(exc)}") from None
        except httpx.InvalidURL as exc:
            raise DownloadFailed(f"not a URL: {url} ({exc})") from None

    def _retrying(self, attempt: Callable[[], T]) -> T:
        for n in range(self.retries + 1):
            try:
                return attempt()
            except _Transient as exc:
                if n == self.retries:
                    tries = f"{n + 1} attempt{'s' if n else ''}"
                    raise DownloadFailed(f"{exc.reason} ({tries})") from None
                self._sleep(self.backoff * 2 ** n)
        raise AssertionError("unreachable")


def file_md5(path: Path) -> str:
    """The MD5 of a file (lower-case hex), read in chunks."""
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


@contextmanager
def _writing(path: Path) -> Iterator[BinaryIO]:
    try:
        with path.open("wb") as out:
            yield out
    except OSError as exc:
        raise DownloadFailed(f"cannot write {path}: {exc}") from None
