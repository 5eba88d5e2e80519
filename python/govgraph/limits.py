"""How much any reader accepts: bytes, rows and nesting (docs/reliability.md).

Every reader refuses an input beyond the limits with an error naming the
limit (``limit max_rows``), so a hostile or mistaken file costs bounded time
and memory. The defaults are far beyond any real register; raise them for a
larger one, for the whole process::

    previous = govgraph.set_input_limits(max_bytes=8 << 30, max_rows=50_000_000)
    try:
        reg = govgraph.load_json("national.json")
    finally:
        govgraph.set_input_limits(previous)
"""

from __future__ import annotations

from govgraph._core import (MAX_INPUT_DEPTH_CEILING, InputLimits, InvalidInputError, _set_input_limits,
                            get_input_limits)

__all__ = ["MAX_INPUT_DEPTH_CEILING", "InputLimits", "get_input_limits", "set_input_limits"]


def set_input_limits(limits: InputLimits | None = None, *, max_bytes: int | None = None,
                     max_rows: int | None = None, max_depth: int | None = None) -> InputLimits:
    """Set the limits every reader applies, for the whole process.

    Starts from ``limits`` (by default the limits now in force) and changes
    each field given. Returns the limits that were in force before, to put
    back later.

    :raises InvalidInputError: a limit below 1, or ``max_depth`` above
        ``MAX_INPUT_DEPTH_CEILING``; nothing changes.

    >>> previous = govgraph.set_input_limits(max_rows=50_000_000)
    >>> govgraph.get_input_limits().max_rows
    50000000
    >>> _ = govgraph.set_input_limits(previous)
    """
    previous = get_input_limits()
    wanted = InputLimits(max_bytes=limits.max_bytes, max_rows=limits.max_rows,
                         max_depth=limits.max_depth) if limits is not None else get_input_limits()
    for name, value in (("max_bytes", max_bytes), ("max_rows", max_rows), ("max_depth", max_depth)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"set_input_limits: {name} must be an int, not {type(value).__name__}")
        if value < 1:
            # Checked here: a negative number cannot reach the C++ unsigned field.
            raise InvalidInputError(f"input limits: {name} must be at least 1")
        setattr(wanted, name, value)
    _set_input_limits(wanted)
    return previous
