"""Writing an export to a path so that a failure leaves nothing there.

Each file is written to a hidden temporary file beside its destination and renamed onto
it only once complete (``os.replace``: atomic on one file system). CSV to a path that
does not end in ``.zip`` is a directory holding ``nodes.csv`` and ``edges.csv``: both are
written to temporary files first and renamed together at the end; a directory this
export created is removed again when it fails.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from exports import tables
from exports.formats import Format, write_to
from exports.subgraphs import Export
from exports.tables import Flavor
from graph.errors import InvalidInput


def _refuse(output: Path, message: str) -> InvalidInput:
    return InvalidInput(f"--output: {message}", [{"location": "--output", "message": message}])


def check_output(fmt: Format, output: Path) -> None:
    """Raise InvalidInput (naming ``--output``) when ``output`` cannot receive ``fmt``:
    a missing parent directory, a directory where a file is wanted, a file where the CSV
    directory is wanted."""
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise _refuse(output, f"the directory {parent} does not exist")
    csv_dir = fmt is Format.CSV and output.suffix.lower() != ".zip"
    if csv_dir and output.exists() and not output.is_dir():
        raise _refuse(output, f"{output} is a file; CSV is written to a directory "
                              "(nodes.csv, edges.csv) or to a path ending in .zip")
    if not csv_dir and output.is_dir():
        raise _refuse(output, f"{output} is a directory; give a file name")


@contextlib.contextmanager
def _temporary(directory: Path, name: str) -> Iterator[tuple[BinaryIO, Path]]:
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".part")
    path = Path(tmp)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f, path
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def write_file(fmt: Format, export: Export, output: Path,
               flavor: Flavor = "gephi") -> tuple[int, int]:
    """Write ``export`` to ``output`` (CSV: a directory, or a zip when the name ends in
    ``.zip``); return (nodes, edges) written. Nothing is left at ``output`` on failure
    (an existing file there is kept as it was).

    Raises InvalidInput for an unusable ``output`` (``check_output``), and whatever reading
    the export raises.
    """
    check_output(fmt, output)
    if fmt is Format.CSV and output.suffix.lower() != ".zip":
        return _write_csv_dir(export, output, flavor)
    try:
        with _temporary(output.parent, output.name) as (f, tmp):
            counts = write_to(fmt, export, f, flavor)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, output)
    except OSError as exc:
        raise _refuse(output, f"cannot write {output}: {exc.strerror}") from None
    return counts


def _write_csv_dir(export: Export, output: Path, flavor: Flavor) -> tuple[int, int]:
    created = not output.exists()
    try:
        output.mkdir(exist_ok=True)
    except OSError as exc:
        raise _refuse(output, f"cannot create {output}: {exc.strerror}") from None
    temps: dict[str, Path] = {}

    def open_file(name: str) -> BinaryIO:
        fd, tmp = tempfile.mkstemp(dir=output, prefix=f".{name}.", suffix=".part")
        temps[name] = Path(tmp)
        return os.fdopen(fd, "wb")

    opener: Callable[[str], BinaryIO] = open_file
    try:
        counts = tables.write(export, opener, flavor)
        for name, tmp in temps.items():
            os.replace(tmp, output / name)
    except BaseException as exc:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        if created:
            with contextlib.suppress(OSError):
                output.rmdir()
        if isinstance(exc, OSError):
            raise _refuse(output, f"cannot write {output}: {exc.strerror}") from None
        raise
    return counts
