"""``geokg extract``: article text or HTML to draft extraction documents for review."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import typer

from cli.common import cli_errors, database, print_json, settings
from graph.errors import GeokgError, InvalidInput
from loaders.text.draft import ArticleMeta, Draft
from loaders.text.extract import (
    Backend,
    check_language,
    extract_text,
    lexicon_from_graph,
    parse_published,
)
from loaders.text.lexicon import Lexicon, rows_from_documents
from loaders.text.read import ArticleText, read_article

FilesArg = typer.Argument(..., help="Articles: plain text (.txt) or HTML (.html, .htm).",
                          dir_okay=False)

OutputOpt = typer.Option(
    None, "--output", "-o", help="One input: the draft's file ('-' for standard output). "
    "Several: a folder. Default: <input>.draft.yaml beside each input.")
LexiconOpt = typer.Option(
    [], "--lexicon", help="Link actors against these extraction documents instead of the "
    "graph (offline; repeatable).", exists=True, dir_okay=False)


def extract(
    files: list[Path] = FilesArg,
    language: str | None = typer.Option(
        None, "--language", help="ISO 639-1 code of the text (detected when not given)."),
    published: str | None = typer.Option(
        None, "--published", help="Publication date YYYY-MM-DD: resolves 'on Tuesday', "
        "'ieri' and dates without a year (never used as an event's date by itself)."),
    publisher: str | None = typer.Option(None, "--publisher", help="Outlet that published it."),
    url: str | None = typer.Option(None, "--url", help="The article's URL (one file only)."),
    title: str | None = typer.Option(None, "--title", help="The article's title (one file "
                                     "only; default: the page's, or the first line)."),
    source_id: str | None = typer.Option(
        None, "--source-id", help="Id of the draft's Source (one file only; default: "
        "article-<hash of the text>)."),
    output: Path | None = OutputOpt,
    backend: str = typer.Option("embedded", "--backend",
                                help="embedded (offline rules) | openai (any "
                                "OpenAI-compatible endpoint, see GEOKG_LLM_*)."),
    lexicon_docs: list[Path] = LexiconOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the summaries as JSON."),
) -> None:
    """Draft extraction documents from articles, to review, validate and load.

    Every input is read and extracted before anything is written: a bad file (empty,
    binary, too large, not text) or bad metadata stops the run with an error naming it,
    and no draft is written.
    """
    with cli_errors():
        meta = _meta(files, language, published, publisher, url, title, source_id)
        if backend not in ("embedded", "openai"):
            raise InvalidInput(f"--backend: unknown backend '{backend}' (embedded, openai)")
        chosen: Backend = "openai" if backend == "openai" else "embedded"
        articles = _read_all(files)
        lexicon = _lexicon(lexicon_docs)
        drafts = _extract_all(files, articles, meta, lexicon, chosen, progress=not as_json)
        targets = _targets(files, output)
        for target, draft in zip(targets, drafts, strict=True):
            _write(target, draft.to_yaml())
    summaries = [{"file": str(f), "draft": str(t) if t else "-", **d.as_dict()}
                 for f, t, d in zip(files, targets, drafts, strict=True)]
    if as_json:
        for s in summaries:
            s.pop("document")
        print_json(summaries)
        return
    for s, d in zip(summaries, drafts, strict=True):
        out = sys.stderr if s["draft"] == "-" else sys.stdout
        print(_summary_text(s["file"], s["draft"], d), file=out)


def _meta(files: list[Path], language: str | None, published: str | None,
          publisher: str | None, url: str | None, title: str | None,
          source_id: str | None) -> ArticleMeta:
    if len(files) > 1:
        for name, value in (("--url", url), ("--title", title), ("--source-id", source_id)):
            if value is not None:
                raise InvalidInput(f"{name} names one article: give one file with it")
    if source_id is not None:
        import re

        from loaders.document import ID_PATTERN

        if not re.match(ID_PATTERN, source_id):
            raise InvalidInput(f"--source-id: '{source_id}' is not an id (lower-case letters, "
                               "digits, '.', '_', ':', '-')")
    return ArticleMeta(
        language=check_language(language, "--language") if language else None,
        published=parse_published(published, "--published"),
        publisher=publisher, url=url, title=title, source_id=source_id)


def _read_all(files: list[Path]) -> list[ArticleText]:
    limit = settings().extract_max_bytes
    out: list[ArticleText] = []
    problems: list[str] = []
    for f in files:
        try:
            out.append(read_article(f, max_bytes=limit))
        except InvalidInput as exc:
            problems.append(exc.message)
    if problems:
        raise InvalidInput(f"{len(problems)} of {len(files)} file(s) cannot be read; "
                           "no draft written", problems)
    return out


def _lexicon(docs: list[Path]) -> Lexicon:
    if docs:
        from loaders.extraction import load_file

        return Lexicon.build(*rows_from_documents([load_file(p) for p in docs]))
    with database() as db:
        try:
            return lexicon_from_graph(db)
        except GeokgError as exc:
            raise InvalidInput(f"cannot read the graph's actors ({exc.message}); start "
                               "Neo4j (geokg neo4j start) or link against documents with "
                               "--lexicon data/seed/*.yaml") from None


def _extract_all(files: list[Path], articles: list[ArticleText], meta: ArticleMeta,
                 lexicon: Lexicon, backend: Backend, progress: bool) -> list[Draft]:
    bar: Any = None
    if progress and len(files) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="article", desc="extracting", file=sys.stderr)
    drafts = []
    try:
        for f, art in zip(files, articles, strict=True):
            page_language, note = _page_language(art)
            page = ArticleMeta(
                language=meta.language or page_language,
                published=meta.published or parse_published(art.published, f"{f}: published"),
                publisher=meta.publisher or art.publisher, url=meta.url or art.url,
                title=meta.title or art.title, source_id=meta.source_id)
            try:
                draft = extract_text(art.text, page, lexicon, backend=backend,
                                     settings=settings())
                if note and not meta.language:
                    draft.warnings.insert(0, note)
                drafts.append(draft)
            except InvalidInput as exc:
                raise InvalidInput(f"{f}: {exc.message}", exc.details) from None
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return drafts


def _page_language(art: ArticleText) -> tuple[str | None, str | None]:
    """The page's own language when it is a valid code; else None and a warning."""
    if not art.language:
        return None, None
    try:
        return check_language(art.language), None
    except InvalidInput:
        return None, f"the page declares language '{art.language}', not an ISO 639-1 code: ignored"


def _targets(files: list[Path], output: Path | None) -> list[Path | None]:
    if output is None:
        return [f.with_name(f.stem + ".draft.yaml") for f in files]
    if len(files) == 1 and str(output) == "-":
        return [None]
    if len(files) == 1 and not output.is_dir() and not str(output).endswith("/"):
        return [output]
    if output.exists() and not output.is_dir():
        raise InvalidInput(f"--output: {output} is a file; several inputs need a folder")
    output.mkdir(parents=True, exist_ok=True)
    names = [f.stem + ".draft.yaml" for f in files]
    if len(set(names)) != len(names):
        raise InvalidInput("--output: two inputs share a name; their drafts would collide")
    return [output / n for n in names]


def _write(target: Path | None, text: str) -> None:
    """Write atomically: a draft is there whole or not at all."""
    if target is None:
        sys.stdout.write(text)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _summary_text(file: str, target: str, d: Draft) -> str:
    s = d.summary
    lines = [f"{file} -> {target}: {s['actors_linked']} actor(s) linked to the graph, "
             f"{s['actors_new']} new, {s['events']} event(s), {s['claims']} claim(s), "
             f"{s['review']} item(s) to review"]
    if d.linked:
        lines.append("  linked: " + ", ".join(d.linked))
    if d.new_actors:
        lines.append("  new: " + ", ".join(d.new_actors))
    lines += [f"  warning: {w}" for w in d.warnings]
    lines += [f"  review: {r}" for r in d.review]
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
