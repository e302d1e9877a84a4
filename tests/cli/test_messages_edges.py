"""Forms and messages as users met them (issue #21): each case reproduced first."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import Cli


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
