"""Forms and messages as users met them (issue #21): each case reproduced first."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, Cli


def test_history_of_a_missing_folder_says_it_does_not_exist(cli: Cli, tmp_path: Path) -> None:
    """`zhanxin history bak/` said "--as-of: 没有数据可定截至日期", another path "未知指标 'bak/'"."""
    for missing in ("bak/", str(tmp_path / "nope"), "old/forms.xlsx"):
        result = cli("history", missing)
        assert result.code == 2
        assert result.err.startswith(missing.rstrip("/")), result.err
        assert "未知指标" not in result.err
        assert "没有数据可定截至日期" not in result.err


def test_an_unfilled_form_alone_says_it_holds_no_figures(cli: Cli, tmp_path: Path) -> None:
    """An unfilled form alone got "请给出数据文件" although a file was given."""
    form = tmp_path / "form.csv"
    assert cli("template", "--period", "2023-11", "-o", form).code == 0
    for command in ("status", "history"):
        result = cli(command, form)
        assert result.code == 2
        assert "请给出数据文件" not in result.err
        assert f"{form}: " in result.err
        assert "还没有填写数值" in result.err


def test_a_form_for_a_unit_that_only_co_operates_says_to_add_co(cli: Cli, tmp_path: Path) -> None:
    """`template --period 2023-11 --bureau 塘下新区 -o t.xlsx` wrote an empty form, exit 0."""
    form = tmp_path / "t.xlsx"
    result = cli("template", "--period", "2023-11", "--bureau", "塘下新区", "-o", form)
    assert result.code == 2
    assert not form.exists()
    assert "--co" in result.err
    assert result.err.startswith("--bureau: ")
    assert cli("template", "--period", "2023-11", "--bureau", "塘下新区", "--co", "-o", form).code == 0
    assert form.exists()


def test_template_all_says_what_it_counts(cli: Cli, tmp_path: Path) -> None:
    result = cli("template", "--period", "2023-11", "--all", "-o", tmp_path / "forms")
    assert result.code == 0
    first = result.err.splitlines()[0]
    assert first.endswith("项指标和任务"), first


def test_a_unit_name_with_a_trailing_space_is_the_unit(cli: Cli, tmp_path: Path) -> None:
    """`--bureau '市经信局 '` (a space copied with the name) was refused."""
    assert cli("template", "--period", "2023-11", "--bureau", "市经信局 ").code == 0
    assert cli("status", *EXAMPLES, "--bureau", " 市经信局", "-f", "json").code == 0


def test_a_numbers_file_says_what_to_do_in_the_users_language(cli: Cli, tmp_path: Path) -> None:
    """A .numbers file (a zip, as .xlsx is) carried English Python text in its error."""
    import re
    import zipfile

    numbers = tmp_path / "forms.numbers"
    with zipfile.ZipFile(numbers, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")  # a zip with Office's parts list, as some exports have
        z.writestr("Index/Document.iwa", b"\x00\x01")
    result = cli("status", numbers)
    assert result.code == 2
    assert "Numbers" in result.err or ".numbers" in result.err
    assert "另存为 .xlsx" in result.err or "保存为 .xlsx" in result.err
    assert not re.search(r"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", result.err.split(": ", 1)[1]), result.err


def test_the_forms_unit_cells_can_be_changed_as_its_instructions_say(cli: Cli, tmp_path: Path) -> None:
    """填报说明 item 3 says to note a different unit in the 单位 column, but its cells were locked."""
    import openpyxl

    form = tmp_path / "f.xlsx"
    assert cli("template", "--period", "2023-11", "--bureau", "市经信局", "-o", form).code == 0
    sheet = openpyxl.load_workbook(form).worksheets[0]
    header = [c.value for c in sheet[2]]
    unit_column = header.index("单位") + 1
    assert sheet.cell(3, unit_column).protection.locked is False
    assert sheet.cell(3, header.index("数值") + 1).protection.locked is False
    assert sheet.cell(3, header.index("指标编号") + 1).protection.locked is True


def test_excels_lock_file_in_a_glob_is_skipped_with_a_word(cli: Cli, tmp_path: Path) -> None:
    """`zhanxin status dir/*.xlsx` with Excel's ~$… lock file: exit 2, "应为 CSV 文本，却有 NUL 字节"."""
    lock = tmp_path / "~$econ.xlsx"
    lock.write_bytes(b"\x00" * 165)
    result = cli("status", *EXAMPLES, lock)
    assert result.code == 0
    assert f"{lock}: 提示：" in result.err
    assert "锁定文件" in result.err


def test_a_date_cell_in_the_value_column_says_excel_made_it_a_date(cli: Cli, tmp_path: Path) -> None:
    """A date cell in 数值 (Excel turned the typing into 2023-11-12) read "应为数字，实际为 '2023-11'"."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.worksheets[0]
    sheet.append(["指标编号", "期间", "数值"])
    sheet.append(["digital_output", "2023-11", dt.datetime(2023, 11, 12)])
    path = tmp_path / "f.xlsx"
    book.save(path)
    result = cli("status", path)
    assert result.code == 2
    assert "日期" in result.err
    assert "设为数值" in result.err


def test_a_total_row_with_an_unsaved_formula_is_skipped_not_an_error(cli: Cli, tmp_path: Path) -> None:
    """A 合计 row whose formula has no cached value (a workbook written by a program) stopped the run."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.worksheets[0]
    sheet.append(["指标编号", "期间", "数值"])
    sheet.append(["digital_output", "2023-10", 99.8])
    sheet.append(["合计", "", "=SUM(C2:C2)"])
    path = tmp_path / "f.xlsx"
    book.save(path)
    result = cli("status", path, "-f", "json")
    assert result.code == 0, result.err
    assert "合计" in result.err  # skipped, with a warning


def test_help_breaks_chinese_lines_by_width_and_never_strands_punctuation(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Help at 80 columns broke Chinese lines early and stranded brackets: "（.xlsx、.xls、.ods 或⏎CSV）",
    "csv（Excel/WPS⏎）或 markdown", "zh（中文，默认）或⏎en（英文）"."""
    from tests.helpers import columns

    for width in (80, 120):
        monkeypatch.setenv("COLUMNS", str(width))
        for command in ("", "validate", "draft", "targets", "status", "template", "history", "report"):
            for lang in ("zh", "en"):
                text = cli(*command.split(), "-h", "--lang", lang).out if command else cli("-h").out
                for line in text.splitlines():
                    assert columns(line) <= width, line
                    assert line.strip()[:1] not in set("）」，。、；：") or not line.strip(), line
                    assert not line.endswith(("（", "「")), line
                if lang == "zh" and command == "status" and width == 80:
                    assert "csv（Excel/WPS）或 markdown" in text.replace("\n" + " " * 29, "")


def test_a_later_figure_of_no_unit_is_said_in_english_too(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report-month warning named the targets no unit leads 未明确 under --lang en."""
    from tests.helpers import EXAMPLE_ARGS, REPO

    monkeypatch.chdir(REPO)
    stray = tmp_path / "stray.csv"
    stray.write_text("target,period,value\nzx_value_added_growth,2023-11,11\n", encoding="utf-8")
    english = cli("status", *EXAMPLE_ARGS, str(stray), "--lang", "en")
    assert "1 figures of no unit named are after 2023-10" in english.err
    assert "未明确" not in english.err
    chinese = cli("status", *EXAMPLE_ARGS, str(stray))
    assert "未明确单位" in chinese.err
