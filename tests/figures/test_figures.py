"""Reading figures: one cell (pure) and whole CSV files (encodings, hostile input)."""

from __future__ import annotations

import datetime as dt
import gzip
import zipfile
from pathlib import Path

import pytest

from zhanxin_cli import api
from zhanxin_cli.errors import ZhanxinError
from zhanxin_cli.figures.cells import (
    TASK_WORDS,
    CellError,
    Figure,
    Period,
    Place,
    TaskStatus,
    convert,
    month_end,
    parse_number,
    parse_period,
    parse_task_status,
)
from zhanxin_cli.figures.checks import series_warnings
from zhanxin_cli.figures.read import MAX_PROBLEMS_PER_FILE, read_figures
from zhanxin_cli.figures.series import merge
from zhanxin_cli.plan.model import Plan


# ── cells ──────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("115", 115, ""),
        (" 99.8 ", 99.8, ""),
        ("1,234.5", 1234.5, ""),
        ("1,150,000万元", 1150000, "万元"),
        ("１２３", 123, ""),  # full-width digits
        ("１，２３４．５", 1234.5, ""),  # full-width separators
        ("12.5%", 12.5, "%"),
        ("12.5 %", 12.5, "%"),
        ("-3.2", -3.2, ""),
        ("−3.2", -3.2, ""),  # a true minus sign
        ("+4", 4, ""),
        (".5", 0.5, ""),
        ("115亿元", 115, "亿元"),
        ("0.52万名", 0.52, "万名"),
    ],
)
def test_parse_number(text: str, number: float, unit: str) -> None:
    parsed, written_unit = parse_number(text)
    assert parsed == pytest.approx(number)
    assert written_unit == unit


@pytest.mark.parametrize("text", ["", "abc", "亿元", "1.2.3", "--3", "N/A"])
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(CellError, match="expected a number"):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "end", "monthly"),
    [
        ("2023-02", dt.date(2023, 2, 28), True),  # 1-2月 is filed as 02
        ("2023-3", dt.date(2023, 3, 31), True),
        ("2023/04", dt.date(2023, 4, 30), True),
        ("2023年5月", dt.date(2023, 5, 31), True),
        ("202306", dt.date(2023, 6, 30), True),
        ("２０２３-０７", dt.date(2023, 7, 31), True),
        ("2023-07-15", dt.date(2023, 7, 15), False),
        ("2023/7/15", dt.date(2023, 7, 15), False),
    ],
)
def test_parse_period(text: str, end: dt.date, monthly: bool) -> None:
    period = parse_period(text)
    assert (period.end, period.monthly) == (end, monthly)


@pytest.mark.parametrize("text", ["2023-13", "2023-02-30", "March", "23-01", ""])
def test_parse_period_rejects(text: str) -> None:
    with pytest.raises(CellError):
        parse_period(text)


def test_convert_within_a_dimension(plan: Plan) -> None:
    assert convert(1_150_000, "万元", "亿元", plan.units) == pytest.approx(115)
    assert convert(0.52, "万名", "名", plan.units) == pytest.approx(5200)
    assert convert(12, "%", "%", plan.units) == 12


def test_convert_refuses_other_dimensions(plan: Plan) -> None:
    with pytest.raises(CellError, match="convertible to 百分点"):
        convert(6, "%", "百分点", plan.units)
    with pytest.raises(CellError, match="found '亿'"):
        convert(6, "亿", "亿元", plan.units)


@pytest.mark.parametrize(
    ("word", "status"),
    [("已完成", TaskStatus.done), ("推进中", TaskStatus.in_progress), ("未启动", TaskStatus.not_started),
     ("Done", TaskStatus.done), (" in progress ", TaskStatus.in_progress)],
)  # fmt: skip
def test_task_words(word: str, status: TaskStatus) -> None:
    assert parse_task_status(word) is status


def test_merge_duplicates_and_falling_series(plan: Plan) -> None:
    def f(m: int, v: float, row: int, file: str = "a.csv") -> Figure:
        return Figure("digital_output", Period(month_end(2023, m)), v, None, "", Place(file, row))

    same = merge(plan, [f(3, 10, 2), f(3, 10, 5, "b.csv")])
    assert not same.problems
    assert len(same.series["digital_output"]) == 1
    clash = merge(plan, [f(3, 10, 2), f(3, 11, 5, "b.csv")])
    ((place, message),) = clash.problems
    assert str(place) == "b.csv:5"
    assert message == "digital_output 2023-03: 11 here but 10 at a.csv:2"
    falling = merge(plan, [f(4, 9, 3), f(3, 10, 2)])
    (warning,) = series_warnings(plan, falling.series, Period(month_end(2023, 4)))
    place, message = Place(warning.file, warning.line or 0), warning.message
    assert (warning.subject, warning.period) == ("digital_output", "2023-04")
    assert str(place) == "a.csv:3"
    assert "falls: 10 (2023-03) → 9 (2023-04); the later figure is used" in message
    assert series_warnings(plan, falling.series, Period(month_end(2023, 3))) == []  # after the as-of date: not judged


# ── files ──────────────────────────────────────────────────────────────────
HEADER = "target,period,value,unit,note\n"


def write(tmp_path: Path, text: str, name: str = "f.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems(plan: Plan, *paths: Path, encoding: str | None = None) -> list[str]:
    with pytest.raises(ZhanxinError) as caught:
        read_figures(list(paths), plan, encoding)
    return [str(p) for p in caught.value.problems]


def test_reads_utf8_gbk_bom_crlf_and_blank_lines(plan: Plan, tmp_path: Path) -> None:
    body = HEADER + 'digital_output,2023-03,27.7,亿元,注\r\n\r\nequipment_output,2023-03,"450,000",万元,\r\n,,,,\r\n'
    for encoding in ("utf-8", "utf-8-sig", "gbk", "gb18030"):
        path = write(tmp_path, body, f"{encoding}.csv", encoding)
        figures = read_figures([path], plan)
        assert figures.merged.series["digital_output"][0].value == pytest.approx(27.7)
        assert figures.merged.series["digital_output"][0].note == "注"
        assert figures.merged.series["equipment_output"][0].value == pytest.approx(45)
        assert figures.latest == Period(month_end(2023, 3))


def test_chinese_header_and_extra_columns(plan: Plan, tmp_path: Path) -> None:
    path = write(tmp_path, "指标编号,名称,期间,数值,单位,备注\nnev_output,新能源,2023-04,60,亿元,\n")
    assert read_figures([path], plan).merged.series["nev_output"][0].value == 60


def test_task_rows_take_status_words(plan: Plan, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "digital_5g,2023-04,推进中,,\n")
    assert read_figures([path], plan).merged.series["digital_5g"][0].status is TaskStatus.in_progress


@pytest.mark.usefixtures("english")
def test_every_bad_row_is_located(plan: Plan, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "digital_outpt,2023-03,10,,\n"  # 2: unknown id
        + "digital_output,2023-13,10,,\n"  # 3: bad month
        + "digital_output,2023-04,ten,,\n"  # 4: bad number
        + "digital_output,2023-05,10,%,\n"  # 5: incompatible unit
        + "digital_output,2022-12,10,,\n"  # 6: outside the plan year
        + "digital_5g,2023-04,maybe,,\n"  # 7: bad task word
        + "digital_output,2023-06,10亿元,万元,\n"  # 8: two different units
        + "digital_output,2023-07,10,,,extra\n",  # 9: ragged
    )
    found = problems(plan, path)
    assert found == [
        f"{path}:2:1: target: unknown target or task id 'digital_outpt'; did you mean 'digital_output'?",
        f"{path}:3:2: period: expected a month 1-12, found '2023-13'",
        f"{path}:4:3: value: expected a number, found 'ten'",
        f"{path}:5:3: value: expected a unit convertible to 亿元, found '%'",
        f"{path}:6:2: period: expected a period within 2023, found 2022-12",
        f"{path}:7:3: value: expected a task status ({'/'.join(TASK_WORDS)}), found 'maybe'",
        f"{path}:8:4: unit: the value says '亿元' but the unit column says '万元'",
        f"{path}:9:6: expected 5 columns as in the header, found 6",
    ]


def test_conflicting_duplicates_across_files(plan: Plan, tmp_path: Path) -> None:
    a = write(tmp_path, HEADER + "digital_output,2023-03,27.7,,\n", "a.csv")
    b = write(tmp_path, HEADER + "digital_output,2023-03,27.7,,\n", "b.csv")
    c = write(tmp_path, HEADER + "\ndigital_output,2023-03,28,,\n", "c.csv")
    assert read_figures([a, b], plan).merged.series["digital_output"][0].value == pytest.approx(27.7)
    assert problems(plan, a, c) == [f"{c}:3: digital_output 2023-03: 28 here but 27.7 at {a}:2"]


def test_falling_year_to_date_is_a_warning(plan: Plan, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "digital_output,2023-03,27.7,,\ndigital_output,2023-04,20,,\n")
    figures = read_figures([path], plan)
    (warning,) = api.warnings(plan, figures, Period(month_end(2023, 4)))
    assert (warning.file, warning.line) == (str(path), 3)


def test_rows_without_a_value_are_counted_not_dropped_silently(plan: Plan, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "digital_output,2023-03,,,\nnev_output,2023-03,  ,,\n")
    (warning,) = read_figures([path], plan).warnings
    assert warning.message == "2 rows with no value were skipped (rows 2, 3)"


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("content", "fragment", "line"),
    [
        (gzip.compress(b"target,period,value\n"), "gzip-compressed", 1),
        ("target,period,value\n".encode("utf-16"), "found UTF-16 text", 1),
        (b"target,period,value\ndigital_output,2023-03,1\x00\n", "NUL byte", 2),
        ("target,period,value\nnev_output,2023-03,1\n# café\n".encode("latin-1"), "found byte 0xe9", 3),
        (b"", "found an empty file", 1),
        (b"target,value\n", "expected a column 'period'", 1),
        (b"target,period,value,target\n", "column 'target' appears twice", 1),
        (b'target,period,value\ndigital_output,2023-03,"1\n', "a quoted field opened here is never closed", 2),
        (b"target,period,value\ndigital_output,2023-03\n", "expected 3 columns as in the header, found 2", 2),
        (
            b"target,period,value\ndigital_output,2023-03," + b"9" * 1_000_000 + b"\n",
            "a field longer than 131,072 characters",
            2,
        ),
    ],
)
def test_hostile_files(plan: Plan, tmp_path: Path, content: bytes, fragment: str, line: int) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    (problem,) = problems(plan, path)
    assert problem.startswith(f"{path}:{line}:")
    assert fragment in problem


def test_zip_named_csv(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("sheet.xml", "<x/>")
    (problem,) = problems(plan, path)  # read as the workbook it claims to be, and located
    assert problem.startswith(f"{path}: cannot read the workbook: ")


def test_directory_and_missing_file(plan: Plan, tmp_path: Path) -> None:
    assert problems(plan, tmp_path, tmp_path / "nope.csv") == [
        f"{tmp_path}: expected a CSV file, found a directory",
        f"{tmp_path / 'nope.csv'}: no such file",
    ]


def test_forced_encoding(plan: Plan, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "nev_output,2023-03,50,,新能源\n", encoding="gbk")
    assert read_figures([path], plan, "gbk").merged.series["nev_output"][0].note == "新能源"
    (problem,) = problems(plan, path, encoding="utf-8")
    assert "is not utf-8" in problem
    assert problems(plan, path, encoding="klingon") == [f"{path}: unknown encoding 'klingon'"]


def test_problem_listing_is_bounded(plan: Plan, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "nope,2023-03,1,,\n" * (MAX_PROBLEMS_PER_FILE + 50))
    found = problems(plan, path)
    assert len(found) == MAX_PROBLEMS_PER_FILE + 1
    assert found[-1] == f"{path}: … and 50 more problems in this file"


def test_a_folder_of_many_files_checks_each_against_lookups_made_once(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan's ids, units and plausibility guards were rebuilt for every file: a province's
    folder of 100 files over 83,334 targets took 19.9 s against 7.4 s for the same rows in one
    file. They are made once per run, and every file is still checked against them."""
    from zhanxin_cli.figures import read as reader

    made: list[int] = []
    original = reader._Known.of

    def counted(plan: Plan, reading: object) -> object:
        made.append(1)
        return original(plan, reading)  # type: ignore[arg-type]

    monkeypatch.setattr(reader._Known, "of", staticmethod(counted))
    target = plan.targets[0]
    paths = []
    for month in range(1, 13):
        path = tmp_path / f"m{month:02d}.csv"
        path.write_text(f"指标编号,期间,数值\n{target.id},2023-{month:02d},{month}\n", encoding="utf-8")
        paths.append(path)
    bad = tmp_path / "bad.csv"
    bad.write_text("指标编号,期间,数值\nNO_SUCH_ID,2023-01,1\n", encoding="utf-8")
    figures = read_figures(paths, plan)
    assert len(made) == 1
    assert [f.value for f in figures.merged.series[target.id]] == list(range(1, 13))
    with pytest.raises(ZhanxinError) as raised:
        read_figures([*paths, bad], plan)
    assert any("NO_SUCH_ID" in str(p.message) and p.file.endswith("bad.csv") for p in raised.value.problems)
