"""Articles from RSS and Atom feeds: polite fetching, one draft per story, the review queue.

:mod:`~loaders.articles.sync` runs a round (``geokg articles sync``);
:mod:`~loaders.articles.review` approves and rejects drafts (``geokg drafts``, ``/drafts``);
:mod:`~loaders.articles.fetch`, :mod:`~loaders.articles.feeds`, :mod:`~loaders.articles.urls`
and :mod:`~loaders.articles.dedup` are their parts. See docs/articles.md.
"""
