"""JSON written as it is made (#19: a province's report is never held whole): the same text,
character for character, as the whole document."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import EXAMPLE_ARGS, REPO, Cli
from zhanxin_cli import api
from zhanxin_cli.render import as_json
from zhanxin_cli.render.as_json import Lazy, dump_chunks, dumps, stream_status

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=4),
    max_leaves=30,
)


@given(documents)
def test_the_pieces_are_the_whole_text(data: Any) -> None:
    assert "".join(dump_chunks(data)) == dumps(data)


def test_a_lazy_list_is_written_as_a_list_and_made_only_once_written() -> None:
    made: list[int] = []

    def records() -> Any:
        for i in range(3):
            made.append(i)
            yield {"id": i, "deep": {"a": [1, 2]}}

    pieces = dump_chunks({"targets": Lazy(records, 3), "empty": Lazy(list, 0)})
    assert made == []
    text = "".join(pieces)
    assert made == [0, 1, 2]
    assert text == dumps({"targets": list(records()), "empty": []})


def test_a_big_list_comes_in_pieces_of_bounded_size(monkeypatch: Any) -> None:
    monkeypatch.setattr(as_json, "CHUNK", 1000)
    rows = [{"id": f"t{i}", "value": i} for i in range(500)]
    pieces = list(dump_chunks({"targets": Lazy(lambda: iter(rows), len(rows))}))
    assert len(pieces) > 10
    assert max(len(p) for p in pieces) < 1100
    assert json.loads("".join(pieces)) == {"targets": rows}


def test_the_report_streamed_is_the_report(cli: Cli, monkeypatch: Any) -> None:
    monkeypatch.chdir(REPO)
    plan = api.load_plan()
    status = api.progress(plan, api.read_figures(EXAMPLE_ARGS, plan))
    whole = api.render(status, "json")
    streamed = "".join(stream_status(status.report, status.warnings, status.figures.files))
    assert streamed == whole
    assert cli("status", *EXAMPLE_ARGS, "-f", "json").out == whole  # the command streams it
