"""The monthly round in spreadsheets: workbooks read with their cell types, forms as people fill
them, the .xlsx form written and read back, and (where LibreOffice is installed) the same form
converted to .xls, .ods and CSV reading back to the same figures."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Protection

from tests.helpers import BUNDLED_PLAN, EXAMPLES, REPO, Cli

HEADER = ["指标编号", "名称", "期间", "单位", "上期数值", "数值", "备注"]


def figures_of(cli: Cli, *args: str | Path) -> tuple[dict[str, Any], str]:
    result = cli("status", "--plan", BUNDLED_PLAN, *args, "--format", "json")
    assert result.code == 0, result.err
    data: dict[str, Any] = json.loads(result.out)
    return {t["id"]: t for t in data["targets"] + data["tasks"]}, result.err


def xlsx(path: Path, rows: list[list[Any]], *, title: str = "Sheet1", formats: dict[str, str] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.worksheets[0]
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for ref, number_format in (formats or {}).items():
        sheet[ref].number_format = number_format
    book.save(path)
    return path


def test_cell_types_are_honoured(cli: Cli, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "form.xlsx",
        [
            ["瑞安市经信局2023年11月战新指标填报表"],  # a title row above the header
            [None, None, None, None, None, None, None],  # a merged-cell remnant
            HEADER,
            ["digital_output", "数字经济核心产业制造业规上总产值", dt.datetime(2023, 11, 1), "亿元", 99.8, 108.6, None],
            ["digital_growth", "增速", "2023-11", "%", None, 0.213, None],  # a percent cell
            ["equipment_output", "智能装备", dt.date(2023, 11, 30), "万元", None, 1630000, "万元"],
            ["digital_5g", "5G", "2023-11", None, None, "推进中", None],
        ],
        formats={"F5": "0.0%"},
    )
    figures, err = figures_of(cli, path)
    assert figures["digital_output"]["actual"] == 108.6
    assert figures["digital_output"]["period"] == "2023-11"  # a date cell is its month
    assert figures["digital_growth"]["actual"] == 21.3
    assert figures["equipment_output"]["actual"] == 163  # 万元 converted to 亿元
    assert figures["digital_5g"]["status"] == "in_progress"
    assert err == ""


def test_every_sheet_with_a_figures_header_is_read_and_others_passed_over(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    book.worksheets[0].title = "说明"
    book.worksheets[0].append(["这张表是说明，不是数据"])
    for name, target, value in (("经信局", "digital_output", 100), ("发改局", "nev_output", 190)):
        sheet = book.create_sheet(name)
        sheet.append(HEADER)
        sheet.append([target, "", "2023-11", "亿元", None, value, None])
    book.save(path)
    figures, _ = figures_of(cli, path)
    assert figures["digital_output"]["actual"] == 100
    assert figures["nev_output"]["actual"] == 190


def test_problems_are_located_by_sheet_and_cell(cli: Cli, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "bad.xlsx", [HEADER, ["digital_output", "", "2023-11", "亿元", None, "lots", None]], title="经信局"
    )
    result = cli("status", "--plan", BUNDLED_PLAN, path, "--lang", "en")
    assert result.code == 2
    assert result.err == f"{path}:经信局!F2: 数值: expected a number, found 'lots'\n"


def test_an_uncached_formula_is_a_located_error(cli: Cli, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "f.xlsx", [HEADER, ["digital_output", "", "2023-11", "亿元", None, "=50+58.6", None]])
    result = cli("status", "--plan", BUNDLED_PLAN, path)
    assert result.code == 2
    assert f"{path}:Sheet1!F2: 公式没有保存计算结果" in result.err


def test_a_cached_formula_value_is_used(cli: Cli, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "f.xlsx", [HEADER, ["digital_output", "", "2023-11", "亿元", None, "=50+58.6", None]])
    with zipfile.ZipFile(path) as z:  # save the value a spreadsheet application would have saved
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    # (openpyxl writes the empty value as <v /> or <v/>, with lxml or without)
    parts[sheet] = re.sub(rb"<f>50\+58\.6</f>(?:<v ?/>|<v></v>)?", b"<f>50+58.6</f><v>108.6</v>", parts[sheet])
    assert b"<v>108.6</v>" in parts[sheet]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    figures, _ = figures_of(cli, path)
    assert figures["digital_output"]["actual"] == 108.6


# ── forms as people fill them (CSV and workbooks alike) ─────────────────────
def test_totals_footers_and_empty_ids_are_skipped_and_counted(cli: Cli, tmp_path: Path) -> None:
    rows = [
        ["瑞安市经信局2023年11月战新指标填报表"],
        HEADER,
        ["digital_output", "", "2023-11", "亿元", None, 108.6, None],
        ["", "（空行）", "2023-11", None, None, None, None],
        ["合计", None, None, None, None, 108.6, None],
        ["填报人：张三", None, "审核人：李四", None, None, None, None],
        ["联系电话：0577-12345678"],
    ]
    path = xlsx(tmp_path / "form.xlsx", rows)  # type: ignore[arg-type]
    figures, err = figures_of(cli, path)
    assert figures["digital_output"]["actual"] == 108.6
    assert "跳过了 4 行非数据行：第 4 (（空行）)、5 (合计)、6 (填报人：张三)、7 (联系电话：0577-12345678) 行" in err
    assert err.count("\n") == 1  # one warning for the file


@pytest.mark.parametrize(
    ("period", "month"),
    [
        ("11月", "2023-11"),
        ("1-11月", "2023-11"),
        ("1—11月", "2023-11"),
        ("2023年1-11月", "2023-11"),
        ("2023年11月份", "2023-11"),
    ],
)
def test_periods_as_forms_write_them(cli: Cli, tmp_path: Path, period: str, month: str) -> None:
    path = tmp_path / "f.csv"
    path.write_text(f"指标编号,期间,数值\ndigital_output,{period},108.6\n", encoding="utf-8")
    figures, _ = figures_of(cli, path)
    assert figures["digital_output"]["period"] == month


@pytest.mark.parametrize(
    ("period", "hint"),
    [("Nov-23", "how a spreadsheet shows a month"), ("45231", "a spreadsheet's date number (2023-11-01)")],
)
def test_spreadsheet_periods_in_text_are_errors_with_a_hint(cli: Cli, tmp_path: Path, period: str, hint: str) -> None:
    path = tmp_path / "f.csv"
    path.write_text(f"target,period,value\ndigital_output,{period},108.6\n", encoding="utf-8")
    result = cli("status", "--plan", BUNDLED_PLAN, path, "--lang", "en")
    assert result.code == 2
    assert f"{path}:2:2: period: '{period}' is {hint}" in result.err


@pytest.mark.parametrize(
    ("value", "target", "actual"),
    [
        ("108.6亿", "digital_output", 108.6),
        ("108.6亿元", "digital_output", 108.6),
        ("5.1个百分点", "zx_share_rise", 5.1),
        ("5.1pp", "zx_share_rise", 5.1),
        ("21.3%", "digital_growth", 21.3),
    ],
)
def test_values_as_people_write_them(cli: Cli, tmp_path: Path, value: str, target: str, actual: float) -> None:
    path = tmp_path / "f.csv"
    path.write_text(f"target,period,value\n{target},2023-11,{value}\n", encoding="utf-8")
    figures, _ = figures_of(cli, path)
    assert figures[target]["actual"] == actual


@pytest.mark.parametrize("dash", ["—", "/", "-", "无"])
def test_a_dash_means_nothing_to_report(cli: Cli, tmp_path: Path, dash: str) -> None:
    path = tmp_path / "f.csv"
    path.write_text(f"target,period,value\ndigital_output,2023-11,108.6\nnev_output,2023-11,{dash}\n", encoding="utf-8")
    figures, err = figures_of(cli, path)
    assert figures["nev_output"]["actual"] is None
    assert "跳过了 1 行未填数值的行（第 3 行）" in err


def test_a_name_for_an_id_is_read_with_a_warning_and_a_near_miss_suggested(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(
        "target,period,value\n数字经济核心产业制造业规上总产值,2023-11,108.6\n新能源智能网联汽车规上总产值增速x,2023-11,11\n",
        encoding="utf-8",
    )
    figures, err = figures_of(cli, path)
    assert figures["digital_output"]["actual"] == 108.6
    assert figures["nev_growth"]["actual"] == 11  # one small slip: accepted, named
    assert "'数字经济核心产业制造业规上总产值' 是指标名称，已按编号 digital_output 读取" in err
    path.write_text("target,period,value\n新材料产业总值,2023-11,1\n", encoding="utf-8")
    result = cli("status", "--plan", BUNDLED_PLAN, path)
    assert result.code == 2
    assert "是否想写 '新材料产业规上总产值'" in result.err


def test_a_form_with_nothing_filled_in_says_so(cli: Cli, tmp_path: Path) -> None:
    form = tmp_path / "form.csv"
    assert (
        cli("template", "--plan", BUNDLED_PLAN, "--period", "2023-11", "--bureau", "市人力社保局", "-o", form).code == 0
    )
    result = cli("status", "--plan", BUNDLED_PLAN, form)
    assert result.code == 2
    first, second = result.err.splitlines()
    assert first.startswith(f"{form}: 提示：跳过了 5 行未填数值的行")  # the rows skipped, before the error
    assert second == f"{form}: 还没有填写数值（数值列为空）：请填写后再算，或用 --as-of YYYY-MM 指定月份"


def test_a_folder_of_forms_and_keep_going(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    xlsx(folder / "econ.xlsx", [HEADER, ["digital_output", "", "2023-11", "亿元", None, 108.6, None]])
    (folder / "dev.csv").write_text("target,period,value\nnev_output,2023-11,lots\n", encoding="utf-8")
    (folder / "~$econ.xlsx").write_bytes(b"lock")  # Excel's lock file while the form is open
    stopped = cli("status", "--plan", BUNDLED_PLAN, folder)
    assert stopped.code == 2
    assert stopped.out == ""
    kept = cli("status", "--plan", BUNDLED_PLAN, folder, "--keep-going", "-f", "json")
    assert kept.code == 2  # still a failure, but the report is made from the good files
    assert json.loads(kept.out)["as_of"] == "2023-11"
    assert f"{folder / 'dev.csv'}:2:3: value：应为数字" in kept.err
    assert "~$" not in kept.err


def test_a_month_only_figure_is_caught(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(
        "target,period,value\ndigital_output,2023-09,90\ndigital_output,2023-10,100\ndigital_output,2023-11,10.5\n",
        encoding="utf-8",
    )
    _, err = figures_of(cli, path)
    assert "像是只填了当月数，而不是 1—11 月累计数" in err


# ── the .xlsx form ─────────────────────────────────────────────────────────
def make_form(cli: Cli, tmp_path: Path, *extra: str) -> Path:
    form = tmp_path / "form.xlsx"
    args: list[str | Path] = ["template", "--plan", BUNDLED_PLAN, "--period", "2023-11", "--bureau", "市经信局"]
    assert cli(*args, *EXAMPLES, "-o", form, *extra).code == 0
    return form


def test_the_written_form_has_validation_protection_and_formats(cli: Cli, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(make_form(cli, tmp_path))
    sheet = book["填报表"]
    assert sheet["A1"].value == "市经信局2023年11月战新指标填报表"
    assert [c.value for c in sheet[2]] == HEADER
    assert sheet.protection.sheet is True
    ids = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1)}
    growth = ids["digital_growth"]
    assert sheet.cell(growth, 1).protection.locked is True
    assert sheet.cell(growth, 6).protection.locked is False
    assert sheet.cell(growth, 7).protection.locked is False
    assert "%" in sheet.cell(growth, 6).number_format
    assert sheet.cell(ids["digital_output"], 5).value == 99.8  # last period's figure as a hint
    assert sheet.cell(ids["digital_5g"], 5).value == "推进中"  # a task's, in words
    kinds = {dv.type: str(dv.sqref) for dv in sheet.data_validations.dataValidation}
    assert kinds.keys() == {"decimal", "list"}
    task = next(r for r in ids.values() if not sheet.cell(r, 4).value)  # a task has no unit
    assert f"F{task}" in kinds["list"].split()
    assert sheet.freeze_panes == "A3"
    assert sheet.column_dimensions["B"].width >= 30  # the Chinese names fit
    assert "填报说明" in book.sheetnames


def test_a_filled_form_reads_back_exactly(cli: Cli, tmp_path: Path) -> None:
    form = make_form(cli, tmp_path)
    book = openpyxl.load_workbook(form)
    sheet = book["填报表"]
    typed = {"digital_output": 108.6, "digital_growth": 21.3, "equipment_output": 162.5}
    task_id = None
    for row in range(3, sheet.max_row + 1):
        target = str(sheet.cell(row, 1).value)
        if target in typed:
            sheet.cell(row, 6).value = typed[target]
        elif not sheet.cell(row, 4).value and task_id is None:
            task_id = target
            sheet.cell(row, 6).value = "已完成"  # a word from the drop-down
    book.save(form)
    figures, err = figures_of(cli, form, "--as-of", "2023-11")
    for target, value in typed.items():
        assert figures[target]["actual"] == value
        assert figures[target]["period"] == "2023-11"
    assert task_id is not None
    assert figures[str(task_id)]["status"] == "done"
    assert "跳过了" in err  # the rows left empty, counted


def test_forms_for_every_unit_as_workbooks(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "forms"
    result = cli("template", "--plan", BUNDLED_PLAN, "--period", "2023-11", "--all", "-f", "xlsx", "-o", out)
    assert result.code == 0
    names = sorted(p.name for p in out.iterdir())
    assert "2023-11_市经信局.xlsx" in names
    assert all(name.endswith(".xlsx") for name in names)


def test_csv_runs_do_not_import_a_workbook_library() -> None:
    code = (
        "import sys; from zhanxin_cli.cli.app import main; "
        f"main(['status', '--plan', {str(BUNDLED_PLAN)!r}, *{[str(p) for p in EXAMPLES]!r}, '-f', 'json']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('openpyxl', 'xlrd')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CONVERT = {"xls": "xls", "ods": "ods", "csv": "csv:Text - txt - csv (StarCalc):44,34,76"}  # 76: UTF-8


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it when it can")
@pytest.mark.parametrize("target", ["xls", "ods", "csv"])
def test_libreoffice_conversions_read_back_to_the_same_figures(cli: Cli, tmp_path: Path, target: str) -> None:
    form = make_form(cli, tmp_path)
    book = openpyxl.load_workbook(form)
    sheet = book["填报表"]
    for row in range(3, sheet.max_row + 1):
        if sheet.cell(row, 1).value == "digital_output":
            sheet.cell(row, 6).value = 108.6
        if sheet.cell(row, 1).value == "digital_growth":
            sheet.cell(row, 6).value = 21.3
    book.save(form)
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", CONVERT[target],
         "--outdir", str(tmp_path / "out"), str(form)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    converted = tmp_path / "out" / f"form.{target}"
    figures, _ = figures_of(cli, converted, "--as-of", "2023-11")
    assert figures["digital_output"]["actual"] == 108.6
    assert figures["digital_growth"]["actual"] == 21.3


def test_protection_survives_a_save_in_openpyxl(tmp_path: Path) -> None:
    """The protection flags are in the file, not only in memory."""
    path = tmp_path / "p.xlsx"
    book = openpyxl.Workbook()
    sheet = book.worksheets[0]
    sheet["A1"] = "x"
    sheet["A1"].protection = Protection(locked=False)
    sheet.protection.sheet = True
    book.save(path)
    again = openpyxl.load_workbook(path).worksheets[0]
    assert again["A1"].protection.locked is False
    assert again.protection.sheet is True


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def ods_cell(text: str = "", **attributes: str) -> str:
    attrs = " ".join(f'{k.replace("_", ":", 1).replace("_", "-")}="{v}"' for k, v in attributes.items())
    body = f"<text:p>{text}</text:p>" if text else ""
    return f"<table:table-cell {attrs}>{body}</table:table-cell>"


def ods_content(rows: list[str]) -> str:
    """An OpenDocument spreadsheet's content.xml: an instructions sheet, then the form."""
    string = {"office_value-type": "string"}
    notes = ods_cell("填报说明", **string)
    notes = f'<table:table table:name="说明"><table:table-row>{notes}</table:table-row></table:table>'
    body = "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
    empty = (
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES} office:version="1.3">'
        f'<office:body><office:spreadsheet>{notes}<table:table table:name="填报表">{body}{empty}</table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )


def test_an_ods_workbook_is_read_with_its_cell_types(cli: Cli, tmp_path: Path) -> None:
    string = {"office_value-type": "string"}
    rows = [
        ods_cell("经信局填报表", **string, **{"table_number-columns-spanned": "7"})
        + '<table:covered-table-cell table:number-columns-repeated="6"/>',
        "".join(ods_cell(h, **string) for h in HEADER),
        ods_cell("digital_output", **string)
        + ods_cell()
        + ods_cell(**{"office_value-type": "date", "office_date-value": "2023-11-01"})
        + ods_cell("亿元", **string)
        + ods_cell()
        + ods_cell(**{"table_formula": "of:=50+58.6", "office_value-type": "float", "office_value": "108.6"}),
        ods_cell("digital_growth", **string)
        + ods_cell()
        + ods_cell("11月", **string)
        + ods_cell(**{"table_number-columns-repeated": "2"})
        + ods_cell(**{"office_value-type": "percentage", "office_value": "0.213"}),
    ]
    path = tmp_path / "form.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", ods_content(rows))
    figures, err = figures_of(cli, path)
    assert figures["digital_output"]["actual"] == 108.6  # the formula's saved value
    assert figures["digital_output"]["period"] == "2023-11"  # a date cell is its month
    assert figures["digital_growth"]["actual"] == 21.3  # a percentage cell
    assert err == ""


def test_a_damaged_workbook_is_a_located_error(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "broken.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    result = cli("status", "--plan", BUNDLED_PLAN, path, "--lang", "en")
    assert result.code == 2
    assert result.err.startswith(f"{path}: cannot read the workbook: ")
    assert result.err.endswith("; open it in Excel or WPS and save it as .xlsx\n")


@pytest.mark.parametrize("suffix", [".et", ".ett", ".numbers"])
def test_a_spreadsheet_format_zhanxin_cannot_read_says_what_to_do(cli: Cli, tmp_path: Path, suffix: str) -> None:
    """WPS's own .et (and Numbers) files are not read as CSV with a "NUL byte" complaint:
    the message names the format and the way out."""
    path = tmp_path / f"经信局11月{suffix}"
    path.write_bytes(bytes(range(256)) * 8)
    result = cli("status", "--plan", BUNDLED_PLAN, path)
    assert result.code == 2
    assert result.err == f"{path}: 无法读取 {suffix} 格式的表格；请在 Excel 或 WPS 中打开，另存为 .xlsx\n"


FIXTURES = REPO / "tests" / "fixtures" / "forms"


@pytest.mark.parametrize("name", ["filled.xls", "filled.ods", "filled.csv"])
def test_forms_saved_by_libreoffice_read_back(cli: Cli, name: str) -> None:
    """A filled .xlsx form converted by LibreOffice Calc 7 (headless): .xls keeps a percent
    format, .ods says its cells' types, CSV is what "save as CSV" writes."""
    figures, _ = figures_of(cli, FIXTURES / name, "--as-of", "2023-11")
    assert figures["digital_output"]["actual"] == 108.6
    assert figures["digital_growth"]["actual"] == 21.3
    assert figures["equipment_output"]["actual"] == 162.5


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "表格程序无法识别它（CompDocError）"),
        ("cut.xlsx", b"PK\x03\x04" + b"\x00" * 40, "压缩结构已损坏"),
    ],
)
def test_a_damaged_workbook_is_said_in_chinese_without_the_librarys_english(
    cli: Cli, tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    """#22: "English library text inside Chinese messages"."""
    path = tmp_path / name
    path.write_bytes(content)
    result = cli("status", "--plan", BUNDLED_PLAN, path)
    assert result.code == 2
    assert result.err.startswith(f"{path}: 无法读取工作簿：")
    assert said in result.err
    assert not re.search(r"[A-Za-z]{4,} [a-z]{2,} [a-z]{2,}", result.err.split("（")[0]), result.err


def test_a_workbook_missing_a_part_names_no_library_sentence(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    result = cli("status", "--plan", BUNDLED_PLAN, path)
    assert result.code == 2
    assert "There is no item" not in result.err
    assert "无法读取工作簿" in result.err
