"""The same text under another URL: content hashes and shingle overlap.

A page's text, its headline left out (outlets retitle the wire stories they carry), is
folded (:func:`graph.text.fold`: accents, case and punctuation away) and cut into
**shingles**: every run of :data:`SHINGLE_WORDS` consecutive words within a paragraph (a
shorter paragraph is one shingle), each hashed to a 63-bit integer (BLAKE2b). A new page
is a copy of an earlier story when

    overlap = |shingles(new) ∩ shingles(story)| / |shingles(new)|  ≥  threshold

(``articles_duplicate_overlap``, 0.9 by default): at most a tenth of the new page's text
is not in the story, so a wire story carried with another headline, a dateline or a
closing line added, or cut short, is the same story; a page that adds a substantial
analysis to a quoted wire story is a story of its own.

Finding the earlier story without reading every story: each story keeps a **sketch**,
its shingles whose hash is divisible by :data:`SAMPLE_MOD` (the same shingles are sampled
in every text, so two texts that share shingles share sampled ones), plus its
:data:`SKETCH_MIN` smallest hashes (short texts), as words of a full-text index. The
stories sharing most sketch words with the new page are the candidates; the overlap is
then computed exactly on their stored shingles.
"""

from __future__ import annotations

import hashlib

from graph.text import fold

SHINGLE_WORDS = 5
SAMPLE_MOD = 8
SKETCH_MIN = 4
#: Most sketch words of one text sent to the index in one query.
SKETCH_MAX = 256
_MASK = (1 << 63) - 1  # Neo4j integers are signed 64-bit


def words(text: str) -> list[str]:
    return fold(text).split()


def content_hash(text: str) -> str:
    """SHA-256 of the folded words: the same text whatever its spacing, case or accents."""
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def shingles(text: str, title: str | None = None) -> list[int]:
    """The sorted, distinct hashes of the text's 5-word shingles, paragraph by paragraph;
    a first line that is the ``title`` (the headline) is left out."""
    paragraphs = [words(p) for p in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if title and len(paragraphs) > 1 and paragraphs[0] == words(title):
        paragraphs = paragraphs[1:]
    runs = {" ".join(ws[i:i + SHINGLE_WORDS])
            for ws in paragraphs for i in range(max(1, len(ws) - SHINGLE_WORDS + 1))}
    return sorted({_hash(run) for run in runs})


def sketch(hashes: list[int]) -> list[str]:
    """The sampled shingles of a text as index words (hex), at most SKETCH_MAX."""
    ordered = sorted(hashes)
    picked = {h for h in ordered if h % SAMPLE_MOD == 0} | set(ordered[:SKETCH_MIN])
    return [format(h, "x") for h in sorted(picked)[:SKETCH_MAX]]


def overlap(new: list[int], story: list[int]) -> float:
    """Share of ``new``'s shingles found in ``story``'s (0 for an empty ``new``)."""
    if not new:
        return 0.0
    return len(set(new).intersection(story)) / len(set(new))


def _hash(run: str) -> int:
    digest = hashlib.blake2b(run.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & _MASK
