"""The generic YAML layer: scalars, hostile documents, located failures."""

from __future__ import annotations

import time

import pytest

from zhanxin_cli.errors import InvalidContent
from zhanxin_cli.i18n import Lang, localize
from zhanxin_cli.plan.located_yaml import MAX_DEPTH, decode_text, locate, parse_document


def load(text: str) -> object:
    document, problems = parse_document(text, "t.yaml")
    assert not problems, problems
    assert document is not None
    return document.data


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no", "no"),  # YAML 1.1 would make these booleans
        ("yes", "yes"),
        ("on", "on"),
        ("off", "off"),
        ("true", True),
        ("False", False),
        ("010", 10),  # YAML 1.1 would read octal 8
        ("0o10", 8),
        ("0x1F", 31),
        ("1e6", 1e6),  # YAML 1.1 would keep a string
        ("1_000", "1_000"),
        ("1:30", "1:30"),  # YAML 1.1 would read sexagesimal 90
        ("12.5", 12.5),
        ("-3", -3),
        ("~", None),
        (".inf", float("inf")),
    ],
)
def test_scalars_follow_yaml_1_2(text: str, value: object) -> None:
    assert load(f"v: {text}\n") == {"v": value}


def test_dates_are_dates() -> None:
    import datetime as dt

    assert load("d: 2023-06-30\n") == {"d": dt.date(2023, 6, 30)}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("d: 2001-13-45\n", "cannot read '2001-13-45' as a date"),
        ("d: 0000-00-00\n", "cannot read '0000-00-00' as a date"),
        ("d: !!timestamp xyz\n", "cannot read 'xyz' as a date"),
        ("d: !!int xyz\n", "cannot read 'xyz' as an integer"),
        ("d: !!float abc\n", "cannot read 'abc' as a number"),
        ("d: !!python/name:os.system\n", "unsupported YAML tag"),
        ("d: !!set {a, b}\n", "unsupported YAML tag !!set"),
    ],
)
def test_construction_failures_are_located(text: str, fragment: str | None) -> None:
    document, problems = parse_document(text, "t.yaml")
    if fragment is None:
        assert document is not None
        return
    assert document is None
    (problem,) = problems
    assert (problem.line, problem.column) == (1, 4)
    assert fragment in problem.message


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("d: 2001-13-45\n", "无法把 '2001-13-45' 读作日期（月份应为 1 到 12）"),
        ("d: 2023-02-30\n", "无法把 '2023-02-30' 读作日期（该月没有这一天）"),
        ("d: 0000-01-01\n", "无法把 '0000-01-01' 读作日期（年份超出范围）"),
    ],
)
def test_an_impossible_date_says_why_in_the_users_language(text: str, zh: str) -> None:
    """Python's reason ("month must be in 1..12") is English: the message says it in Chinese."""
    _, (problem,) = parse_document(text, "t.yaml")
    assert zh in localize(problem.message, Lang.zh)


def test_duplicate_keys_are_reported_at_the_second_key() -> None:
    _, problems = parse_document("a: 1\nb: 2\na: 3\n", "t.yaml")
    (problem,) = problems
    assert (problem.line, problem.column) == (3, 1)
    assert "duplicate key 'a' (first at line 1)" in problem.message


def test_duplicates_are_located() -> None:
    document, problems = parse_document("a: 1\nb: 2\na: 3\n", "t.yaml")
    assert document is None
    assert [(p.line, p.column, p.message[:17]) for p in problems] == [(3, 1, "duplicate key 'a'")]


def test_keys_equal_as_values_are_duplicates() -> None:
    _, problems = parse_document("1: a\n01: b\n", "t.yaml")
    (problem,) = problems
    assert (problem.line, problem.message) == (
        2,
        "duplicate key '01' (first at line 1); YAML would silently keep only the last",
    )


def test_merge_keys_are_refused_where_they_stand() -> None:
    document, problems = parse_document("base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n", "t.yaml")
    assert document is None
    (problem,) = problems
    assert (problem.line, problem.column) == (3, 3)
    assert "merge keys (<<) are not supported" in problem.message


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("a: !!python/object/apply:os.system [ls]\n", (1, 4)),
        ("a: !!binary aGVsbG8=\n", (1, 4)),
        ("a: !!set {x, y}\n", (1, 4)),
        ("a:\n  - !custom 1\n", (2, 5)),
    ],
)
def test_other_tags_are_refused_where_they_stand(text: str, where: tuple[int, int]) -> None:
    document, problems = parse_document(text, "t.yaml")
    assert document is None
    (problem,) = problems
    assert (problem.line, problem.column) == where
    assert "unsupported YAML tag" in problem.message


def test_billion_laughs_fails_fast() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    started = time.perf_counter()
    document, problems = parse_document("\n".join(lines) + "\n", "bomb.yaml")
    assert time.perf_counter() - started < 1.0
    assert document is None
    assert "alias bomb" in problems[0].message


def test_a_long_document_without_aliases_is_no_bomb(monkeypatch: pytest.MonkeyPatch) -> None:
    """A province's plan (83,334 targets: over 2,000,000 nodes written out) was refused as an alias
    bomb; only what aliases repeat counts against the limit."""
    from zhanxin_cli.plan import located_yaml

    monkeypatch.setattr(located_yaml, "MAX_EXPANDED_NODES", 100)
    long = "items:\n" + "".join(f"  - {{id: t{i}, value: {i}}}\n" for i in range(200))
    document, problems = parse_document(long, "long.yaml")
    assert problems == []
    assert document is not None
    assert document.expanded_size > 100
    repeated = "a: &x [" + ", ".join(str(i) for i in range(30)) + "]\nb: [" + ", ".join(["*x"] * 4) + "]\n"
    document, problems = parse_document(repeated, "repeated.yaml")
    assert document is None
    assert "alias bomb" in problems[0].message


def test_expanded_size_counts_aliases_without_expanding() -> None:
    text = "a: &x [1, 2]\nb: [*x, *x, *x]\n"
    document, _ = parse_document(text, "t.yaml")
    assert document is not None
    # root(1) + 2 keys + seq a(1+2) + seq b(1 + 3 × 3)
    assert document.expanded_size == 1 + 2 + 3 + 10
    assert document.data["b"][0] is document.data["a"]  # shared, not copied


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 900, 100_000])
def test_deep_flow_nesting_is_a_located_error(depth: int) -> None:
    started = time.perf_counter()
    document, problems = parse_document("[" * depth + "]" * depth, "deep.yaml")
    assert time.perf_counter() - started < 1.0
    assert document is None
    assert problems[0].line == 1
    assert "nesting" in problems[0].message or "depth" in problems[0].message


def test_deep_block_nesting_is_a_located_error() -> None:
    text = "".join("  " * i + "a:\n" for i in range(200))
    document, problems = parse_document(text, "deep.yaml")
    assert document is None
    assert f"nesting deeper than {MAX_DEPTH}" in problems[0].message
    assert problems[0].line == MAX_DEPTH + 1  # line n holds the mapping at depth n


def test_several_documents_are_rejected() -> None:
    document, problems = parse_document("a: 1\n---\nb: 2\n", "t.yaml")
    assert document is None
    assert problems[0].line == 2


def test_nul_byte_is_located() -> None:
    document, problems = parse_document("a: 1\nb: x\x00y\n", "t.yaml")
    assert document is None
    assert (problems[0].line, problems[0].column) == (2, 5)


def test_utf8_bom_is_accepted() -> None:
    assert decode_text("\ufeffa: 1\n".encode(), "t.yaml") == "a: 1\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_are_encoding_errors(encoding: str) -> None:
    with pytest.raises(InvalidContent) as caught:
        decode_text("a: 1\n".encode(encoding), "t.yaml")
    assert "save the file as UTF-8" in str(caught.value)


def test_gbk_is_located_at_the_first_bad_byte() -> None:
    with pytest.raises(InvalidContent) as caught:
        decode_text("a: 1\nb: 数字\n".encode("gbk"), "t.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (2, 4)
    assert "not UTF-8" in problem.message


def test_locate_walks_mappings_and_sequences() -> None:
    text = "a:\n  - x: 1\n  - x: 2\n    y: 3\n"
    document, _ = parse_document(text, "t.yaml")
    assert document is not None
    assert document.positions is not None
    where, found = locate(document.positions, ("a", 1, "y"))
    assert found
    assert where == (4, 8)
    key, _ = locate(document.positions, ("a", 1, "y"), key=True)
    assert key == (4, 5)
    parent, found = locate(document.positions, ("a", 1, "missing"))
    assert not found
    assert parent == (3, 5)


def test_recursive_alias_is_refused() -> None:
    document, problems = parse_document("a: &x [1, *x]\n", "t.yaml")
    assert document is None
    assert "refers to a node that contains it" in problems[0].message


def test_non_scalar_keys_are_refused() -> None:
    document, problems = parse_document("? [a, b]\n: 1\n", "t.yaml")
    assert document is None
    assert problems[0].message == "expected a plain key, found a collection"
