"""A progress bar on standard error for the library's long operations.

The library reports how far an operation has gone (``progress.h``); this
draws it, tqdm-style, on one line that is rewritten in place::

    search        |██████████▌         |  52%  52,000/100,000  3.1 s

``progress=None`` (the default of ``find_overlaps`` and ``review``) draws it
only when standard error is a terminal, and only once the operation has run
for half a second, so small registers and redirected output see nothing.
``progress=True`` draws it whatever standard error is; ``False`` never.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Optional, TextIO

DELAY_SECONDS = 0.5
WIDTH = 20


class ProgressBar:
    """Draws each stage's progress on one line of ``stream`` (standard error).

    >>> import io
    >>> bar = ProgressBar(io.StringIO(), delay=0)
    >>> bar("search", 50, 100)
    """

    def __init__(self, stream: Optional[TextIO] = None, delay: Optional[float] = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = DELAY_SECONDS if delay is None else delay
        self.start = time.monotonic()
        self.stage: Optional[str] = None
        self.drawn = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self.stage:
            if self.drawn:
                self.stream.write("\n")
            self.stage, self.stage_start, self.drawn = stage, now, False
        if now - self.start < self.delay:
            return
        fraction = done / total if total > 0 else 1.0
        eighths = int(fraction * WIDTH * 8)
        bar = "█" * (eighths // 8) + ("▏▎▍▌▋▊▉"[eighths % 8 - 1] if eighths % 8 else "")
        self.stream.write(f"\r{stage:<13} |{bar:<{WIDTH}}| {fraction:4.0%}  {done:,}/{total:,}  "
                          f"{now - self.stage_start:.1f} s")
        self.drawn = True
        if done >= total:
            self.stream.write("\n")
            self.drawn = False
        self.stream.flush()


def bar_for(progress: Any) -> Optional[ProgressBar]:
    """The bar for a ``progress`` argument: True, False, or None (when standard error is a terminal).

    >>> bar_for(False) is None
    True
    """
    if progress is None:
        isatty = getattr(sys.stderr, "isatty", None)
        progress = bool(isatty and isatty())
    if not isinstance(progress, bool):
        from govgraph._core import InvalidInputError

        raise InvalidInputError(f"progress: must be True, False or None, not {progress!r}")
    return ProgressBar() if progress else None
