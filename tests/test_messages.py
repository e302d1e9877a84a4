"""The message catalogue: every message has its Chinese; bad input of every class is reported
in Chinese by default and in English with --lang en, located the same way in both; --help
reads like a manual in both languages."""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import BUNDLED_PLAN, REPO, Cli
from zhanxin_cli.i18n import MESSAGES, Lang, Msg

SRC = REPO / "src" / "zhanxin_cli"
CJK = re.compile(r"[\u4e00-\u9fff]")
SECOND_PLAN = REPO / "tests" / "plans" / "valid" / "county_2025.yaml"


def templates() -> list[str]:
    """Every message template written in the code: Msg("…") literals, and the tables of them."""
    found = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            value: ast.expr | None = None
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Msg" and node.args:
                value = node.args[0]
            elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "template" for t in node.targets):
                value = node.value
            for part in (value.body, value.orelse) if isinstance(value, ast.IfExp) else (value,):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    found.append(part.value)
    from zhanxin_cli.plan.messages import _EXPECTED

    return [*found, *_EXPECTED.values()]


def test_every_message_has_its_chinese() -> None:
    written = templates()
    assert len(written) > 100
    missing = sorted({t for t in written if t not in MESSAGES})
    assert missing == []
    for english, chinese in MESSAGES.items():  # the same placeholders on both sides
        assert sorted(re.findall(r"\{(\w+)", english)) == sorted(re.findall(r"\{(\w+)", chinese)), english


def test_messages_compose_in_one_language() -> None:
    inner = Msg("; did you mean {choice!r}?", choice="status")
    outer = Msg("unknown command {option}{hint}", option="statuss", hint=inner)
    assert str(outer) == "unknown command statuss; did you mean 'status'?"
    assert outer.render(Lang.zh) == "没有命令 statuss；是否想写 'status'？"


# ── every class of bad input, in both languages ─────────────────────────────
Make = Callable[[Path], list[str | Path]]


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _broken_sheet(path: Path) -> Path:
    """A workbook whose sheet's XML stops half-way."""
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["target", "period", "value"])
    whole = path.with_name("whole.xlsx")
    book.save(whole)
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as broken:
        for item in source.infolist():
            data = source.read(item.filename)
            broken.writestr(item.filename, data[: len(data) // 2] if item.filename.endswith("sheet1.xml") else data)
    return path


def _many_files(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        for i in range(10_001):
            z.writestr(f"x/{i}.xml", "")
    return path


def _figures(text: str) -> Make:
    return lambda tmp: ["status", "--plan", BUNDLED_PLAN, _file(tmp / "f.csv", text.encode("utf-8"))]


def _plan(text: str) -> Make:
    return lambda tmp: ["validate", _file(tmp / "plan.yaml", text.encode("utf-8"))]


BROKEN_PLAN = SECOND_PLAN.read_text(encoding="utf-8")
CASES: dict[str, Make] = {
    "plan: missing file": lambda tmp: ["validate", tmp / "missing.yaml"],
    "plan: a directory": lambda tmp: ["validate", tmp],
    "plan: empty": _plan(""),
    "plan: root is a list": _plan("- a\n- b\n"),
    "plan: not UTF-8": lambda tmp: ["validate", _file(tmp / "p.yaml", "title: 计划\n".encode("gbk"))],
    "plan: malformed YAML": _plan("title: [unclosed\n"),
    "plan: an unclosed mapping": _plan("title: {a: 1\nyear: 2023\n"),  # a brace in a message template
    "plan: duplicate key": _plan("title: a\ntitle: b\n"),
    "plan: python tag": _plan("title: !!python/object/apply:os.system [ls]\n"),
    "plan: impossible date": _plan("title: t\nstart: 2001-13-45\n"),
    "plan: merge key": _plan("a: &x {b: 1}\nc:\n  <<: *x\n"),
    "plan: unknown key and wrong types": _plan(
        BROKEN_PLAN.replace("value: 15\n", "value: fifteen\n", 1).replace("lead: agriculture\n", "lead: 县农业\n", 1)
    ),
    "figures: NUL bytes": lambda tmp: ["status", "--plan", BUNDLED_PLAN, _file(tmp / "f.csv", b"target,period\x00\n")],
    "figures: a zip named .csv": lambda tmp: ["status", "--plan", BUNDLED_PLAN, _file(tmp / "f.csv", b"PK\x03\x04xx")],
    "figures: UTF-16": lambda tmp: ["status", "--plan", BUNDLED_PLAN, _file(tmp / "f.csv", "a,b\n".encode("utf-16"))],
    "figures: unterminated quote": _figures('target,period,value\ndigital_output,2023-03,"12\n'),
    "figures: ragged row": _figures("target,period,value\ndigital_output,2023-03,1,086\n"),
    "figures: missing column": _figures("target,value\ndigital_output,1\n"),
    "figures: bad id, period, number, unit, task word": _figures(
        "target,period,value,unit\ndigital_outptu,2023-03,1,\ndigital_output,11月,1,\ndigital_output,2023-04,lots,\n"
        "digital_output,2023-05,1,公斤\ndigital_5g,2023-05,maybe,\n"
    ),
    "figures: conflicting duplicates": _figures(
        "target,period,value\ndigital_output,2023-03,1\ndigital_output,2023-03,2\n"
    ),
    "figures: a negative total": _figures("target,period,value\ndigital_output,2023-03,-5\n"),
    "figures: a directory and a missing file": lambda tmp: ["status", "--plan", BUNDLED_PLAN, tmp / "nope.csv"],
    "options: bad --as-of": lambda tmp: ["status", "--plan", BUNDLED_PLAN, "--as-of", "2019-01"],
    "options: unknown --industry": lambda tmp: [
        "status", "--plan", BUNDLED_PLAN, "--as-of", "2023-03", "--industry", "数字",
    ],
    "options: a bad choice": lambda tmp: ["status", "--plan", BUNDLED_PLAN, "--fail-on", "off_trak"],
    "options: an unknown option": lambda tmp: ["status", "--bogus"],
    "workbook: damaged zip": lambda tmp: ["status", "--plan", BUNDLED_PLAN, _file(tmp / "f.xlsx", b"PK\x03\x04xx")],
    "workbook: broken XML inside": lambda tmp: ["status", "--plan", BUNDLED_PLAN, _broken_sheet(tmp / "f.xlsx")],
    "workbook: too many files inside": lambda tmp: ["status", "--plan", BUNDLED_PLAN, _many_files(tmp / "f.xlsx")],
    "workbook: WPS's own format": lambda tmp: ["status", "--plan", BUNDLED_PLAN, _file(tmp / "f.et", b"\xd0\xcfxx")],
    "draft: a damaged Word file": lambda tmp: ["draft", _file(tmp / "p.docx", b"PK\x03\x04xx")],
    "draft: a missing text": lambda tmp: ["draft", tmp / "missing.txt"],
    "draft: a folder": lambda tmp: ["draft", tmp],
    "writing: an existing file": lambda tmp: [
        "template", "--plan", BUNDLED_PLAN, "--period", "2023-11", "-o", _file(tmp / "t.csv", b"mine"),
    ],
}  # fmt: skip


NAMES = {"YAML", "Excel", "Word", "JSON", "xlsx", "docx", "zhanxin", "UTF", "plan", "yaml", "Calc"}
"""Words a Chinese message may hold: names of formats, programs and files (and the tool's own)."""
COLUMNS = {"target", "period", "value", "unit", "targets", "tasks", "bureaus", "units", "title", "year"}
"""The file's own headings and keys, which a message names as they are written."""


def _prose(message: str) -> str:
    """A message without what the user typed or the file holds: identifiers and paths (a_b, x.y,
    --option, !!tag), the headings and keys it names, and a list of choices."""
    message = re.sub(r"可选：[^（]*", "", message)
    message = re.sub(r"\S*[_\-./!\[\]=:]\S*", " ", message)
    return " ".join(w for w in re.split(r"([^A-Za-z]+)", message) if w not in COLUMNS)


def _messages(err: str) -> list[tuple[str, str]]:
    """(where, message) of each line: the location is everything before the first ': ' after a path."""
    lines = []
    for line in err.splitlines():
        where, _, message = line.partition(": ")
        lines.append((where, message))
    return lines


def _unquoted(message: str) -> str:
    """A message without the user's own words in it: quoted values, and what stands in
    parentheses (the plan's names of units; the YAML parser's own English words)."""
    return re.sub(r"'[^']*'|\"[^\"]*\"|\([^)]*\)|（[^）]*）", "", message)


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_chinese_by_default_english_on_request_located_in_both(
    cli: Cli, tmp_path: Path, case: str
) -> None:
    args = CASES[case](tmp_path)
    chinese = cli(*args)
    english = cli(*args, "--lang", "en")
    assert chinese.code in (1, 2)
    assert english.code == chinese.code
    zh, en = _messages(chinese.err), _messages(english.err)
    assert zh
    assert [where for where, _ in zh] == [where for where, _ in en]  # located the same way
    for where, message in zh:
        assert where, f"{case}: unlocated {message!r}"
        assert CJK.search(message), f"{case}: not Chinese: {message!r}"
        assert not re.search(r"\b(expected|found|unknown|invalid)\b", _unquoted(message)), (
            f"{case}: half English: {message!r}"
        )
        words = set(re.findall(r"[A-Za-z]{4,}", _prose(_unquoted(message).replace(str(tmp_path), "")))) - NAMES
        assert not words, f"{case}: English words {sorted(words)} in {message!r}"
    for _, message in en:
        assert not CJK.search(_unquoted(message)), f"{case}: not English: {message!r}"


# ── --help ─────────────────────────────────────────────────────────────────
COMMANDS = ["", "validate", "draft", "schema", "targets", "status", "template", "history", "report"]
INTERNALS = ("<bool>", "<str>", "list[", "Path]", "Value error", "<path>", "[[")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_help_reads_like_a_manual_at_80_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str, lang: str
) -> None:
    import importlib

    import zhanxin_cli.cli.app as module

    def render(width: int) -> str:
        monkeypatch.setenv("COLUMNS", str(width))
        assert module.main([*command.split(), "-h"]) == 0
        return capsys.readouterr().out

    monkeypatch.setenv("ZHANXIN_LANG", lang)
    importlib.reload(module)  # help is read once, when the commands are declared
    try:
        narrow, wide = render(80), render(200)
    finally:
        monkeypatch.delenv("ZHANXIN_LANG")
        importlib.reload(module)
    for internal in INTERNALS:
        assert internal not in narrow
    assert max(len(line) + len(CJK.findall(line)) for line in narrow.splitlines()) <= 80
    ascii_words = re.compile(r"[A-Za-z0-9_.\-]+")
    assert Counter(ascii_words.findall(narrow)) == Counter(ascii_words.findall(wide))  # no word broken
    description = narrow.split("\n", 3)[2]
    chinese = len(CJK.findall(description)) > len(re.findall(r"[A-Za-z]", description))
    assert chinese is (lang == "zh")  # 序时进度 and 战新产业 may stand in English text


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("", "schema")])  # those with --lang
def test_lang_on_the_command_line_chooses_the_help_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """`zhanxin status --lang en -h` is in English (and `--lang zh -h` in Chinese under
    ZHANXIN_LANG=en): every line of it, options and commands included."""
    from zhanxin_cli.cli.app import main

    monkeypatch.setenv("COLUMNS", "120")
    assert main([*command.split(), "--lang", "en", "-h"]) == 0
    english = capsys.readouterr().out
    assert english.startswith(f"Usage: zhanxin {command} [OPTIONS]")
    for line in english.splitlines():
        assert len(CJK.findall(line)) <= 8, f"not English: {line!r}"  # 序时进度, 战新产业 … may stand in it
    monkeypatch.setenv("ZHANXIN_LANG", "en")
    assert main([*command.split(), "--lang=zh", "-h"]) == 0
    chinese = capsys.readouterr().out
    assert chinese.startswith(f"用法：zhanxin {command} [选项]")
    for line in chinese.splitlines()[2:]:
        if line.strip():
            assert re.search("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", line) or line.startswith("  -"), (
                f"not Chinese: {line!r}"
            )


def test_every_label_used_in_the_code_is_in_the_catalogue() -> None:
    from zhanxin_cli.i18n import _LABELS

    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "label" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    used.add(first.value)
    assert len(used) > 60
    assert sorted(used - set(_LABELS)) == []
    for key, (zh, en) in _LABELS.items():  # the same placeholders in both languages
        assert sorted(re.findall(r"\{(\w+)", zh)) == sorted(re.findall(r"\{(\w+)", en)), key
