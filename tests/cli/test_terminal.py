"""The process's streams: width and colour as asked, a quiet end on a closed pipe, a flush and
freeze on the way out."""

from __future__ import annotations

import signal

import pytest

from zhanxin_cli.cli import terminal


def test_colour_is_as_asked_whatever_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    assert terminal.terminal("always") == (120, True)  # an explicit flag beats NO_COLOR and TERM=dumb
    assert terminal.terminal("never") == (120, False)
    assert terminal.terminal("auto") == (120, False)  # the tests run with NO_COLOR, not in a terminal
    assert terminal.terminal("always", table=False) == (200, False)  # other formats have neither


def test_a_closed_pipe_ends_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = signal.getsignal(signal.SIGPIPE)
    try:
        terminal.quiet_on_closed_pipe()
        assert signal.getsignal(signal.SIGPIPE) == signal.SIG_DFL
    finally:
        signal.signal(signal.SIGPIPE, previous)


def test_finish_passes_the_exit_code_on() -> None:
    import gc

    try:
        assert terminal.finish(3) == 3
    finally:
        gc.unfreeze()


def test_safe_streams_leave_utf_streams_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", out)
    terminal.safe_streams()
    assert out.encoding == "utf-8"
    gbk = io.TextIOWrapper(io.BytesIO(), encoding="gbk")
    monkeypatch.setattr(sys, "stdout", gbk)
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    terminal.safe_streams()
    assert gbk.encoding == "utf-8"  # a file or pipe on Chinese Windows is written in UTF-8
