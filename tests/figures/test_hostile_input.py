"""Hardening: no input, however broken or hostile, gets a traceback, a wrong answer or a lost file.

The README's "Hostile input" table names a test for each input class; the table and
this file are kept in step by ``test_every_hostile_input_row_names_a_real_test``.
Fuzz tests use a bounded example budget so the suite stays fast.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import BUNDLED_PLAN, HERE, REPO, Cli
from zhanxin_cli.errors import Problem, ZhanxinError
from zhanxin_cli.figures.read import read_figures
from zhanxin_cli.plan.model import Plan
from zhanxin_cli.plan.read import parse_plan
from zhanxin_cli.render.as_csv import safe_cell
from zhanxin_cli.render.as_markdown import cell

PLAN_BYTES = BUNDLED_PLAN.read_bytes()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_located_or_valid(raw: bytes) -> None:
    """The loader either returns a plan or raises the tool's own error, every problem located."""
    try:
        parse_plan(raw, "fuzz.yaml")
        problems: tuple[Problem, ...] = ()
    except ZhanxinError as exc:  # any other exception fails the test
        problems = exc.problems
    for problem in problems:
        assert problem.line is not None, str(problem)
        assert str(problem).startswith(f"fuzz.yaml:{problem.line}:")


def figure_problems(path: Path, plan: Plan) -> tuple[Problem, ...]:
    """The problems reading one figures file (none when it reads); any other exception escapes."""
    try:
        read_figures([path], plan)
    except ZhanxinError as exc:
        return exc.problems
    return ()


# ── the plan loader ────────────────────────────────────────────────────────
@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_arbitrary_bytes(raw: bytes) -> None:
    assert_located_or_valid(raw)


json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12) | st.dates(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(json_like)
def test_fuzz_arbitrary_yaml_documents(document: object) -> None:
    assert_located_or_valid(yaml.safe_dump(document, allow_unicode=True).encode())


@FUZZ
@given(st.data())
def test_fuzz_mutations_of_the_bundled_plan(data: st.DataObject) -> None:
    lines = PLAN_BYTES.split(b"\n")
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "truncate", "poke"]))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[data.draw(st.integers(0, len(lines) - 1))])
        elif action == "truncate":
            lines[i] = lines[i][: data.draw(st.integers(0, len(lines[i])))]
        elif lines[i]:
            j = data.draw(st.integers(0, len(lines[i]) - 1))
            poke = data.draw(st.sampled_from(list(b"[]{}:-&*!|>'\"#% \t\x00\xff9aN~@`,?")))
            lines[i] = lines[i][:j] + bytes([poke]) + lines[i][j + 1 :]
    assert_located_or_valid(b"\n".join(lines))


@FUZZ
@given(st.lists(st.sampled_from(["", "# a comment", "   "]), max_size=5), st.booleans())
def test_fuzz_harmless_edits_give_the_same_plan(extra: list[str], crlf: bool) -> None:
    text = PLAN_BYTES.decode() + "\n".join(extra) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    assert parse_plan(text.encode(), "p.yaml") == parse_plan(PLAN_BYTES, "p.yaml")


@pytest.mark.usefixtures("english")
def test_plan_from_a_device_is_bounded(cli: Cli) -> None:
    started = time.perf_counter()
    result = cli("validate", "/dev/zero")
    assert time.perf_counter() - started < 1.0
    assert result.code == 2
    assert "pipe or device" in result.err  # refused before anything is read


# ── the figures reader ─────────────────────────────────────────────────────
cells = st.text(alphabet=st.sampled_from(list('digital_output,2023-03 12.5%亿元"\r\n\x00-+eE.推进中')), max_size=20)


@FUZZ
@given(st.lists(st.lists(cells, min_size=0, max_size=7), max_size=8))
def test_fuzz_arbitrary_rows(plan: Plan, tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]]) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    body = "target,period,value,unit,note\n" + "\n".join(",".join(r) for r in rows) + "\n"
    path.write_bytes(body.encode("utf-8", errors="surrogatepass"))
    for problem in figure_problems(path, plan):
        assert problem.file == str(path)
        assert problem.line is not None or "more problems" in problem.message, str(problem)


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_arbitrary_bytes_as_figures(plan: Plan, tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    path.write_bytes(raw)
    assert all(p.file == str(path) for p in figure_problems(path, plan))


def test_mixed_line_endings_are_read_correctly(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b"target,period,value\r\ndigital_output,2023-03,27.7\ndigital_output,2023-04,37.3\rnev_output,2023-04,60\r\n"
    )
    series = read_figures([path], plan).merged.series
    assert [f.value for f in series["digital_output"]] == [27.7, 37.3]
    assert [f.place.row for f in series["digital_output"]] == [2, 3]
    assert series["nev_output"][0].value == 60


# ── writing and output ─────────────────────────────────────────────────────
@pytest.mark.parametrize("text", ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_injection_is_neutralised(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert cell(text).startswith("'")


@pytest.mark.parametrize("text", ["+6.7", "-12.5", "-3%", "1,234", "正常"])
def test_numbers_and_text_pass_unchanged(text: str) -> None:
    assert safe_cell(text) == text


def test_markdown_table_syntax_is_escaped() -> None:
    assert cell("a|b\nc\\d") == "a\\|b<br>c\\\\d"


# ── the process ────────────────────────────────────────────────────────────
def test_ctrl_c_exits_130_quietly(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhanxin_cli.plan import cache as plan_cache

    def interrupted(raw: bytes, name: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(plan_cache, "parse_plan", interrupted)
    result = cli("targets")
    assert result.code == 130
    assert "Traceback" not in result.err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGPIPE is POSIX")
def test_closed_pipe_ends_quietly() -> None:
    examples = sorted(str(p) for p in (REPO / "examples").glob("*.csv"))
    with subprocess.Popen(
        [sys.executable, "-m", "zhanxin_cli", "history", "--plan", str(BUNDLED_PLAN), *examples],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200"},
    ) as zhanxin:
        assert zhanxin.stdout is not None
        assert zhanxin.stderr is not None
        zhanxin.stdout.close()  # like `| head -0`: the reader is gone before the first line
        assert zhanxin.wait(timeout=30) in (-13, 141)  # killed by SIGPIPE, as Unix tools are
        assert zhanxin.stderr.read() == b""


# ── the README's table ─────────────────────────────────────────────────────
def test_every_hostile_input_row_names_a_real_test() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Hostile input", 1)[1].split("\n## ", 1)[0]
    references = re.findall(r"`(test_\w+\.py)::(test_\w+)`", section)
    assert len(references) >= 30
    for file, name in references:
        found = list(HERE.rglob(file))  # the tests stand in folders named for the packages
        assert len(found) == 1, f"{file}: {len(found)} files of that name"
        source = found[0].read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.M), f"{file}::{name} does not exist"


# ── output on Chinese Windows: stdout in GBK or cp1252 ─────────────────────
def _run_with_encoding(encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    examples = sorted(str(p) for p in (REPO / "examples").glob("*.csv"))
    env = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200", "PYTHONIOENCODING": encoding}
    return subprocess.run(
        [sys.executable, "-m", "zhanxin_cli", "status", "--plan", str(BUNDLED_PLAN), *examples, *args],
        capture_output=True,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("encoding", ["gbk", "cp1252"])
def test_a_stream_that_cannot_encode_a_character_never_crashes(encoding: str) -> None:
    """`zhanxin status > out.txt` on Chinese Windows writes in GBK, which has no "‼": that
    character (and, in cp1252, every Chinese one) becomes "?" instead of an internal error."""
    done = _run_with_encoding(encoding)
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    text = done.stdout.decode(encoding)
    assert "? " in text  # the alarm mark, replaced
    if encoding == "gbk":
        assert "序时进度 83.3%" in text


def test_utf8_streams_for_files_and_pipes() -> None:
    """With no encoding chosen by the user, a file or pipe whose encoding is not UTF-8 (the
    locale's GBK on Chinese Windows) is written in UTF-8, so nothing is lost."""
    from zhanxin_cli.cli.terminal import safe_stream

    for encoding in ("gbk", "cp1252"):
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding=encoding)
        safe_stream(stream, chosen=False)
        stream.write("‼ 序时进度 ≥ 12%")
        stream.flush()
        assert raw.getvalue().decode("utf-8") == "‼ 序时进度 ≥ 12%"
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="gbk")
    safe_stream(stream, chosen=True)  # PYTHONIOENCODING=gbk: the user's choice is kept
    stream.write("‼ 序时进度")
    stream.flush()
    assert raw.getvalue().decode("gbk") == "? 序时进度"


# ── issue #22: special files and numbers that are not finite ─────────────────
@dataclass(frozen=True)
class Bounded:
    """What a bounded run did: its exit code, streams, and peak memory (MiB)."""

    returncode: int
    stdout: str
    stderr: str
    peak_mib: float


PEAK_MIB = 400
"""The memory any hostile input may take (#22: "a few hundred MiB"); a plain run takes about 40."""


_PEAK = """
def _peak_kib():
    # the peak of this process's own memory: VmHWM is its address space's high-water mark, new at
    # exec; ru_maxrss carries the forking parent's peak over (pytest's, after it built a big file)
    try:
        with open('/proc/self/status') as status:
            for line in status:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""


def _bounded(args: list[str], cwd: Path) -> Bounded:
    """zhanxin in a fresh process, within ten seconds (a hang fails the test instead of the suite),
    with its peak memory measured (and held under PEAK_MIB)."""
    code = (
        "import resource, sys\nfrom zhanxin_cli.cli.app import main\ntry:\n"
        f"    code = main({args!r})\nfinally:\n"
        "    sys.stderr.write(f'\\n@peak {_peak_kib()}')\n"
        "sys.exit(code)\n"
    )
    code = _PEAK + code
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=10, check=False
    )
    stderr, _, peak = done.stderr.rpartition("\n@peak ")
    bounded = Bounded(done.returncode, done.stdout, stderr, int(peak) / 1024)
    assert bounded.peak_mib < PEAK_MIB, f"{bounded.peak_mib:.0f} MiB"
    return bounded


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("command", [["status"], ["draft"], ["validate"]])
def test_a_fifo_named_on_the_command_line_is_refused_not_waited_on(tmp_path: Path, command: list[str]) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    done = _bounded([*command, str(pipe)], tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"{pipe}: "), done.stderr
    assert "管道或设备" in done.stderr


def test_draft_of_dev_zero_is_refused_at_once(tmp_path: Path) -> None:
    done = _bounded(["draft", "/dev/zero"], tmp_path)
    assert done.returncode == 2, done.stderr
    assert "/dev/zero" in done.stderr


def test_a_100000_digit_number_is_an_error_and_json_never_says_infinity(cli: Cli, tmp_path: Path) -> None:
    """A 100,000-digit number became Infinity with a warning, and -f json printed a bare Infinity."""
    figures = tmp_path / "big.csv"
    figures.write_text("target,period,value\ndigital_output,2023-10," + "9" * 100_000 + "\n", encoding="utf-8")
    result = cli("status", "--plan", BUNDLED_PLAN, figures, "-f", "json")
    assert result.code == 2
    assert "Infinity" not in result.out
    assert f"{figures}:2:3: " in result.err
    assert "有限" in result.err
    assert max(len(line) for line in result.err.splitlines()) < 200  # the cell is not echoed whole


def test_a_100000_character_id_is_answered_fast_and_quoted_short(tmp_path: Path) -> None:
    """A 1 MB text in an id cell took 16 s in the close-name search, and the error echoed it whole."""
    figures = tmp_path / "long.csv"
    figures.write_text("target,period,value\n" + "数" * 100_000 + ",2023-10,1\n", encoding="utf-8")
    started = time.perf_counter()
    done = _bounded(["status", "--plan", str(BUNDLED_PLAN), str(figures)], tmp_path)
    assert time.perf_counter() - started < 8  # 0.14 s measured; generous for a loaded machine
    assert done.returncode == 2
    assert "未知的指标或任务编号" in done.stderr
    assert max(len(line) for line in done.stderr.splitlines()) < 200


def _xlsx_form(path: Path, extra: dict[str, str | float] | None = None, dimension: bytes | None = None) -> Path:
    import re as regex
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.worksheets[0]
    sheet.append(["指标编号", "期间", "数值"])
    sheet.append(["digital_output", "2023-10", 99.8])
    sheet.append(["nev_output", "2023-10", 181])
    for where, value in (extra or {}).items():
        sheet[where] = value
    book.save(path)
    if dimension is not None:  # a stale <dimension>, as some programs leave it
        plain = path.with_suffix(".tmp")
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(plain, "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    data = regex.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="' + dimension + b'"/>', data)
                target.writestr(item, data)
        plain.replace(path)
    return path


def test_a_stray_cell_at_xfd1048576_is_named_not_a_memory_error(tmp_path: Path) -> None:
    """A 9 KB form plus one stray cell at XFD1048576 ran 50 s and ended in MemoryError at 4 GB."""
    form = _xlsx_form(tmp_path / "stray.xlsx", {"XFD1048576": "x"})
    started = time.perf_counter()
    done = _bounded(["status", "--plan", str(BUNDLED_PLAN), str(form), "-f", "json"], tmp_path)
    assert time.perf_counter() - started < 8  # 0.8 s and 44 MB measured
    assert done.returncode == 0, done.stderr
    targets = {t["id"]: t for t in json.loads(done.stdout)["targets"]}
    assert targets["nev_output"]["actual"] == 181
    assert f"{form}:Sheet!XFD1048576: 提示：" in done.stderr


@pytest.mark.parametrize("dimension", [b"A1:C2", b"A1"])
def test_a_stale_dimension_is_ignored_for_the_cells_present(cli: Cli, tmp_path: Path, dimension: bytes) -> None:
    """<dimension ref="A1:G4"> dropped the cells below it; <dimension ref="A1"> hid the header."""
    form = _xlsx_form(tmp_path / "stale.xlsx", dimension=dimension)
    result = cli("status", "--plan", BUNDLED_PLAN, form, "-f", "json")
    assert result.code == 0, result.err
    targets = {t["id"]: t for t in json.loads(result.out)["targets"]}
    assert targets["nev_output"]["actual"] == 181


def test_a_figure_past_row_100000_is_named_not_dropped_silently(cli: Cli, tmp_path: Path) -> None:
    form = _xlsx_form(tmp_path / "long.xlsx", {"A150000": "health_output", "B150000": "2023-10", "C150000": 12})
    result = cli("status", "--plan", BUNDLED_PLAN, form, "-f", "json")
    assert result.code == 0, result.err
    assert f"{form}:Sheet!A150000: 提示：第 100,000 行" in result.err


def test_an_encrypted_workbook_says_it_needs_its_password_removed(cli: Cli, tmp_path: Path) -> None:
    """An encrypted .xlsx said "Can't find workbook in OLE2 compound document", never a password.
    (Excel saves it as an OLE2 file holding an EncryptedPackage stream; its directory is enough.)"""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptedPackage".encode("utf-16-le") + b"\x00" * 48 + "EncryptionInfo".encode("utf-16-le")
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(head + directory + b"\x00" * 2048)
    result = cli("status", "--plan", BUNDLED_PLAN, locked)
    assert result.code == 2
    assert result.err.startswith(f"{locked}: ")
    assert "密码" in result.err
    assert "OLE2" not in result.err


def test_a_time_cell_is_named_as_a_time_not_a_unit(cli: Cli, tmp_path: Path) -> None:
    """Time cells gave "单位 ':30:00'"."""
    import datetime as dt

    form = _xlsx_form(tmp_path / "time.xlsx")
    import openpyxl

    book = openpyxl.load_workbook(form)
    book.worksheets[0]["C2"] = dt.time(12, 30)
    book.save(form)
    result = cli("status", "--plan", BUNDLED_PLAN, form)
    assert result.code == 2
    assert "时间" in result.err
    assert "':30:00'" not in result.err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_folder_names_what_it_does_not_read(cli: Cli, tmp_path: Path) -> None:
    """A symlink in a figures folder pointing at a system file printed that file's first line; symlink
    loops, FIFOs and devices in a folder were skipped without a word."""
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "ok.csv").write_text("target,period,value\ndigital_output,2023-10,99.8\n", encoding="utf-8")
    (folder / "passwd.csv").symlink_to("/etc/passwd")
    (folder / "loop.csv").symlink_to(folder / "loop.csv")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.csv")
    result = cli("status", "--plan", BUNDLED_PLAN, folder, "-f", "json")
    assert result.code == 0, result.err
    assert "root:" not in result.err
    for name in ("passwd.csv", "loop.csv", *(("pipe.csv",) if hasattr(os, "mkfifo") else ())):
        assert f"{folder / name}: 提示：" in result.err, result.err


def _zip_bomb(path: Path, entries: int = 1, inflated: int = 0, names: str = "xl/worksheets/sheet{}.xml") -> Path:
    """A zip small on disk that declares much: ``entries`` members, one of ``inflated`` zero bytes."""
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        if inflated:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
                chunk = b"\x00" * (1 << 20)
                for _ in range(inflated >> 20):
                    member.write(chunk)
        for i in range(entries):
            z.writestr(names.format(i), "")
    return path


@pytest.mark.parametrize(
    ("name", "entries", "inflated", "said"),
    [
        ("inflates.xlsx", 1, 300 << 20, "解压后"),
        ("entries.xlsx", 20_001, 0, "个文件"),
        ("sheets.xlsx", 10_000, 0, "个文件"),  # 10,000 sheets: 15.5 s and 1.3 GiB when they were read
    ],
)
def test_a_zip_bomb_is_refused_before_it_is_parsed(
    tmp_path: Path, name: str, entries: int, inflated: int, said: str
) -> None:
    bomb = _zip_bomb(tmp_path / name, entries, inflated)
    assert bomb.stat().st_size < 5 << 20  # small on disk
    started = time.perf_counter()
    done = _bounded(["status", "--plan", str(BUNDLED_PLAN), str(bomb)], tmp_path)
    assert time.perf_counter() - started < 8
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"{bomb}: ")
    assert said in done.stderr


def test_a_word_file_that_inflates_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    bomb = _zip_bomb(tmp_path / "plan.docx", 1, 300 << 20, names="word/document{}.xml")
    done = _bounded(["draft", str(bomb)], tmp_path)
    assert done.returncode == 2, done.stderr
    assert "解压后" in done.stderr


def test_an_ods_of_repeated_rows_and_columns_is_bounded(tmp_path: Path) -> None:
    """number-columns-repeated × number-rows-repeated in a 40 KB .ods claimed 3.8 GiB."""
    import zipfile

    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    rows = (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>指标编号</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>期间</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>数值</text:p></table:table-cell></table:table-row>'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>digital_output</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="string"><text:p>2023-10</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="99.8"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1000000">'
        '<table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/>'
        "</table:table-row>"
    )
    content = (
        f'<office:document-content xmlns:office="{office}" xmlns:table="{table}" xmlns:text="{text}">'
        f'<office:body><office:spreadsheet><table:table table:name="S">{rows}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    bomb = tmp_path / "bomb.ods"
    with zipfile.ZipFile(bomb, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    started = time.perf_counter()
    code = _PEAK + (
        "import sys; from zhanxin_cli.cli.app import main; "
        f"code = main(['status', '--plan', {str(BUNDLED_PLAN)!r}, {str(bomb)!r}]); "
        "sys.stderr.write(f'\\nPEAK {_peak_kib()}\\n'); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert time.perf_counter() - started < 30
    peak_kib = int(done.stderr.rsplit("PEAK ", 1)[1])
    assert peak_kib < 1_000_000, peak_kib  # under 1 GiB (a few hundred MiB measured)
    assert done.returncode == 2  # the repeated 1s are not target ids: located errors, at most 100
    assert "Traceback" not in done.stderr
    assert f"{bomb}:S!A3: " in done.stderr


@pytest.mark.parametrize("kind", ["xlsx", "xlsx-prefixed", "ods"])
def test_a_row_of_ten_million_empty_cells_is_refused_before_it_is_parsed(tmp_path: Path, kind: str) -> None:
    """A 44 KB .xlsx of one row of 10,000,000 <c/> (40 MB unzipped, under the zip limits) took
    44 s and 6 GB: the workbook library builds a whole row before it can be cut. The elements
    written out are counted in the unzipped XML first, whatever their prefix (<x:c/> is read as a
    cell as much as <c/>)."""
    import zipfile

    path = tmp_path / f"wide.{kind[:4].rstrip('-')}"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        if kind.startswith("xlsx"):
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "<workbook/>")
            cell = b"<x:c/>" if kind == "xlsx-prefixed" else b"<c/>"
            row = b'<row r="1">' + cell * 10_000_000 + b"</row>"
            head = f'<worksheet xmlns="{main}" xmlns:x="{main}"><sheetData>'.encode()
            z.writestr("xl/worksheets/sheet1.xml", head + row + b"</sheetData></worksheet>")
        else:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            row = b"<table:table-row>" + b"<table:table-cell/>" * 10_000_000 + b"</table:table-row>"
            z.writestr("content.xml", b"<office:document-content>" + row + b"</office:document-content>")
    assert path.stat().st_size < 1 << 20  # small on disk
    started = time.perf_counter()
    done = _bounded(["status", "--plan", str(BUNDLED_PLAN), str(path)], tmp_path)
    assert time.perf_counter() - started < 5
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"{path}: ")
    assert "单元格、数值和行合计超过 2,000,000 个" in done.stderr
    assert "另存为 CSV" in done.stderr  # what to do, not "save it again as .xlsx"


def test_elements_are_counted_across_chunks_whatever_their_prefix(tmp_path: Path) -> None:
    from zhanxin_cli.files import xml_elements_beyond

    path = tmp_path / "parts.zip"
    # 1 MiB chunks: the "<" of a closing tag at a chunk's last byte, its "/" the next chunk's first
    body = b"<a>" + b" " * ((1 << 20) - 4) + b"</a>" + b"<x:b/><?pi?><!-- c --><c>t</c>"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("x/one.xml", body)
        z.writestr("y/other.xml", b"<d/>" * 100)
    assert body[(1 << 20) - 1 : (1 << 20) + 1] == b"</"
    in_x = lambda name: name.startswith("x/")  # noqa: E731
    assert not xml_elements_beyond(path, in_x, 3)  # <a>, <x:b/>, <c>
    assert xml_elements_beyond(path, in_x, 2)
    assert not xml_elements_beyond(path, lambda name: True, 103)
    assert xml_elements_beyond(path, lambda name: True, 102)


def test_a_sheet_names_the_cells_it_does_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhanxin_cli.figures import workbook

    sheet = workbook.Sheet("S")
    wide = [""] * 1100
    wide[1050] = "12"
    assert sheet.add(wide)
    assert len(sheet.rows[0]) == workbook.MAX_COLUMNS
    assert [(row, column) for row, column, _ in sheet.warnings] == [(1, workbook.MAX_COLUMNS + 1)]
    monkeypatch.setattr(workbook, "MAX_CELLS", 10)
    full = workbook.Sheet("S")
    assert all(full.add(["a", "b", "c"]) for _ in range(3))
    assert not full.add(["a", "b", "c"])
    assert len(full.rows) == 3
    assert full.warnings[0][:2] == (4, 1)


def test_the_workbook_librarys_english_warning_does_not_reach_the_user(cli: Cli, tmp_path: Path) -> None:
    """openpyxl's UserWarning for a huge date serial reached stderr in English."""
    import re as regex
    import zipfile

    form = _xlsx_form(tmp_path / "d.xlsx", {"B3": 5})
    with zipfile.ZipFile(form) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = regex.sub(
        r'<c r="B3"[^>]*><v>5</v>', '<c r="B3" s="1"><v>99999999999</v>', sheet
    ).encode()
    styles = parts["xl/styles.xml"].decode()
    parts["xl/styles.xml"] = regex.sub(
        r'<cellXfs count="1">(.*?)</cellXfs>',
        lambda m: f'<cellXfs count="2">{m.group(1)}<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellXfs>',
        styles,
        flags=regex.S,
    ).encode()
    with zipfile.ZipFile(form, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    done = _bounded(["status", "--plan", str(BUNDLED_PLAN), str(form)], tmp_path)
    assert "UserWarning" not in done.stderr
    assert f"{form}:Sheet!B3: " in done.stderr  # the cell itself, located, in the user's language


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_report_and_template_name_what_a_folder_does_not_read_too(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "ok.csv").write_text("target,period,value\ndigital_output,2023-10,99.8\n", encoding="utf-8")
    (folder / "passwd.csv").symlink_to("/etc/passwd")
    report = cli("report", "--plan", BUNDLED_PLAN, folder, "-o", tmp_path / "r.html")
    assert report.code == 0, report.err
    assert f"{folder / 'passwd.csv'}: 提示：" in report.err
    form = cli("template", "--plan", BUNDLED_PLAN, "--period", "2023-11", folder, "-o", folder / "ok.csv", "--force")
    assert form.code == 2  # the figures read are never written over, even with --force
    assert (folder / "ok.csv").read_text(encoding="utf-8").startswith("target,period,value")


def test_a_huge_table_of_shared_texts_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A 796 KB workbook whose sharedStrings.xml inflates to 223 MiB (under the 256 MiB limit of the
    whole file) took 44 s and 870 MiB: the workbook library reads that part whole, first."""
    import zipfile

    form = _xlsx_form(tmp_path / "form.xlsx")
    big = tmp_path / "big.xlsx"
    with zipfile.ZipFile(form) as source, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != "xl/sharedStrings.xml":
                target.writestr(item, source.read(item))
        with target.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
            member.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            row = b"<si><t>" + b"x" * 100 + b"</t></si>"
            for _ in range(20):
                member.write(row * 10_000)
            member.write(b"</sst>")
    assert big.stat().st_size < 1 << 20
    done = _bounded(["status", "--plan", str(BUNDLED_PLAN), str(big)], tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"{big}: 工作簿的文本表（sharedStrings.xml）解压后有 22 MiB，超过数据表允许的 16 MiB")
