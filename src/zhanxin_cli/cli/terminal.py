"""The process's streams: what the terminal can show (width, colour), streams that can write every
character of a report, a quiet death on a closed pipe, and the one place text is printed."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable


def out(text: str | Iterable[str]) -> None:
    """Text for stdout (the report itself), whole or in pieces written as they come."""
    if isinstance(text, str):
        sys.stdout.write(text)
    else:
        for piece in text:
            sys.stdout.write(piece)
    sys.stdout.flush()


def err(text: str) -> None:
    """Text for stderr (warnings, problems, what was written)."""
    if text:
        sys.stderr.write(text)
        sys.stderr.flush()


def terminal(color: str = "auto", table: bool = True) -> tuple[int, bool]:
    """Width and colour for a table on stdout: the terminal's width in a terminal, or COLUMNS
    when set (at least 200 columns in a file or pipe otherwise); colour only in a terminal that
    shows it (rich also honours NO_COLOR), unless ``color`` (always, never) says otherwise.
    Other formats (``table`` False) have neither (and need no rich)."""
    if not table:
        return 200, False
    from rich.console import Console

    console = Console()
    explicit = console.is_terminal or "COLUMNS" in os.environ  # a terminal, or a width asked for
    width = console.width if explicit else max(console.width, 200)
    if color == "always":  # an explicit flag beats NO_COLOR and a dumb terminal
        return width, True
    if color == "never":
        return width, False
    shows = console.is_terminal and not console.no_color and console.color_system is not None
    return width, shows and not console.legacy_windows


def finish(code: int) -> int:
    """Before the interpreter exits: flush what was printed, then freeze the objects left so that
    the collector does not walk them all once more on the way out (measured: 20-30 ms a run)."""
    import gc

    sys.stdout.flush()
    gc.freeze()
    return code


def quiet_on_closed_pipe() -> None:
    """Die quietly, as Unix tools do, when the reader of stdout goes away (`zhanxin status | head`).

    The default SIGPIPE action ends the process with no traceback and exit status 141.
    """
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def safe_streams() -> None:
    """Make stdout and stderr able to write every character of a report (see :func:`safe_stream`)."""
    chosen = bool(os.environ.get("PYTHONIOENCODING"))
    for stream in (sys.stdout, sys.stderr):
        safe_stream(stream, chosen=chosen)


def safe_stream(stream: object, *, chosen: bool) -> None:
    """A stream whose encoding is not UTF (the locale's GBK or cp1252 when Windows output is
    redirected): a file or pipe is written in UTF-8, so nothing is lost; a terminal, or an
    encoding the user chose (PYTHONIOENCODING), keeps its encoding and shows "?" for a
    character it lacks ("‼" is not in GBK) instead of failing."""
    import codecs
    import io

    if not isinstance(stream, io.TextIOWrapper) or codecs.lookup(stream.encoding).name.startswith("utf"):
        return
    if chosen or stream.isatty():
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8")
