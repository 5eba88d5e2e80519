"""Writing files so that a failure never destroys what was there.

Every file govgraph writes from Python goes through :func:`write_text` (or
:func:`write_text_from` for text made a piece at a time, :func:`write_bytes`
for a binary file such as a workbook): the data is
written to a temporary file in the same folder, flushed to disk and renamed
over the target, so a full disk, a file-size limit or an interrupt leaves the
old file whole and no temporary behind. The library's own writers
(``save_json``, ``save_popolo``, ...) do the same in C++.
"""

from __future__ import annotations

import os
import stat
import tempfile
from typing import IO, Any, Callable, Dict, Optional, Union

PathLike = Union[str, "os.PathLike[str]"]


def write_text(path: PathLike, text: str, *, newline: Optional[str] = None) -> None:
    """Replace the file at ``path`` with ``text`` (UTF-8), atomically.

    ``newline`` is as for :func:`open` (``""`` writes line endings as given).
    A path that exists and is not a regular file (``/dev/stdout``, a pipe) is
    written directly. A symbolic link is followed: the file it names is
    replaced and the link kept.

    Example::

        write_text("report.html", page)
    """
    write_text_from(path, lambda out: out.write(text), newline=newline)


def write_text_from(path: PathLike, write: Callable[[IO[str]], Any], *, newline: Optional[str] = None) -> None:
    """Replace the file at ``path`` with what ``write(file)`` writes to it (UTF-8), atomically, as
    :func:`write_text` does: for output made a piece at a time, never held whole in memory.

    Example::

        write_text_from("pairs.csv", lambda out: csv.writer(out).writerows(rows))
    """
    _replace(path, write, "w", {"encoding": "utf-8", "newline": newline})


def write_bytes(path: PathLike, data: bytes) -> None:
    """Replace the file at ``path`` with ``data``, atomically, as :func:`write_text` does.

    Example::

        write_bytes("burden.xlsx", workbook)
    """
    _replace(path, lambda out: out.write(data), "wb", {})


def _replace(path: PathLike, write: Callable[[Any], Any], mode: str, options: Dict[str, Any]) -> None:
    target = os.path.realpath(os.fspath(path))
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with open(target, mode, **options) as out:
            write(out)
        return
    folder = os.path.dirname(target) or "."
    fd, temporary = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(target) + ".")
    try:
        with os.fdopen(fd, mode, **options) as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        else:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, target)
    except BaseException as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(error, OSError) and not error.filename:
            raise OSError(error.errno, f"cannot write: {error.strerror}", os.fspath(path)) from error
        raise
