"""Plan texts that took draft down (issue #22): each made in code, each a located answer or a
draft that validates, never a hang or an internal error."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import HERE
from zhanxin_cli.draft.parse import chinese_number

STYLE = rb'(<w:style [^>]*w:styleId="ListNumber"[^>]*>)'
START = b'<w:start w:val="1"/>'


def _word(tmp_path: Path, name: str, part: str, change: Callable[[bytes], bytes]) -> Path:
    """A .docx of numbered targets (Word's List Number style), with one part of it changed."""
    import docx

    base = tmp_path / "base.docx"
    document = docx.Document()
    document.add_paragraph("2023年某县工作要点", style="Title")
    for i in range(3):
        document.add_paragraph(f"工业总产值达到{100 + i}亿元以上", style="List Number")
    document.save(str(base))
    out = tmp_path / name
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, change(data) if item.filename == part else data)
    return out


def _draft(path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """zhanxin draft in a fresh process, within twenty seconds (a hang fails the test, not the suite)."""
    out = tmp_path / (path.stem + ".yaml")
    args = ["draft", str(path), "--year", "2023", "-o", str(out)]
    code = f"import sys; from zhanxin_cli.cli.app import main; sys.exit(main({args!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20, check=False)


def _validates(path: Path) -> None:
    from zhanxin_cli.plan.read import read_plan

    assert read_plan(path).targets


def test_a_style_based_on_itself_is_cut_not_looped(tmp_path: Path) -> None:
    cyclic = _word(
        tmp_path,
        "cycle.docx",
        "word/styles.xml",
        lambda b: re.sub(
            rb'(<w:style [^>]*w:styleId="ListNumber"[^>]*>)', rb'\1<w:basedOn w:val="ListNumber"/>', b, count=1
        ),
    )
    done = _draft(cyclic, tmp_path)
    assert done.returncode == 0, done.stderr
    _validates(tmp_path / "cycle.yaml")


def test_numbering_that_is_not_a_number_is_read_as_the_first(tmp_path: Path) -> None:
    odd = _word(
        tmp_path,
        "ilvl.docx",
        "word/numbering.xml",
        lambda b: b.replace(b'w:ilvl="0"', b'w:ilvl="x"', 1).replace(
            b'<w:start w:val="1"/>', b'<w:start w:val="abc"/>', 1
        ),
    )
    done = _draft(odd, tmp_path)
    assert done.returncode == 0, done.stderr
    _validates(tmp_path / "ilvl.yaml")


def test_malformed_word_xml_is_a_located_message_in_the_users_language(tmp_path: Path) -> None:
    broken = _word(tmp_path, "broken.docx", "word/document.xml", lambda b: b[: len(b) // 2])
    done = _draft(broken, tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(f"{broken}: 无法读取该 Word 文件")
    assert "XMLSyntaxError" not in done.stderr


def test_a_word_file_of_millions_of_paragraphs_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """A 106 KB .docx of eight million empty paragraphs (40 MB unzipped, under the zip limits) ran
    on without end; its elements are counted before python-docx parses them."""
    bomb = _word(
        tmp_path,
        "bomb.docx",
        "word/document.xml",
        lambda xml: xml.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * 2_000_000),
    )
    assert bomb.stat().st_size < 1 << 20
    done = _draft(bomb, tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"{bomb}: ")
    assert "元素超过 500,000 个" in done.stderr


def test_a_long_word_file_under_the_limit_is_read_in_bounded_time(tmp_path: Path) -> None:
    """120,000 paragraphs of text (480,000 elements, just under the limit) draft in a few seconds:
    a paragraph's style is looked up once per style, not once per paragraph (was 50 µs each)."""
    item = b"<w:p><w:r><w:t>\xe6\x8e\xa8\xe8\xbf\x9b</w:t></w:r></w:p>"  # 推进
    long = _word(
        tmp_path, "long.docx", "word/document.xml", lambda xml: xml.replace(b"<w:body>", b"<w:body>" + item * 120_000)
    )
    done = _draft(long, tmp_path)  # within twenty seconds (about four measured)
    assert done.returncode == 0, done.stderr
    _validates(tmp_path / "long.yaml")


def test_a_text_of_more_than_a_hundred_headings_drafts_and_validates(tmp_path: Path) -> None:
    """100 or more renumbered headings were an IndexError (a plan text repeated 40 times shows it)."""
    text = tmp_path / "long.txt"
    text.write_text((HERE / "fixtures" / "draft" / "seed_2023.txt").read_text(encoding="utf-8") * 40, encoding="utf-8")
    done = _draft(text, tmp_path)
    assert done.returncode == 0, done.stderr
    _validates(tmp_path / "long.yaml")


def test_one_endless_sentence_drafts_in_time_that_grows_with_it(tmp_path: Path) -> None:
    """A page copied with its stops lost: one sentence of 6,000 amounts (70 KB). Each target quoted
    the whole sentence, so the draft grew with the square of the text (4,000 amounts: 143 s and a
    quarter of a gigabyte; 20,000 never ended); now each quotes the clauses around its amount."""
    text = tmp_path / "endless.txt"
    text.write_text("2024年目标\n力争" + "地区生产总值增长5%," * 6000, encoding="utf-8")
    done = _draft(text, tmp_path)  # within twenty seconds (about three measured)
    assert done.returncode == 0, done.stderr
    from zhanxin_cli.plan.read import read_plan

    plan = read_plan(tmp_path / "endless.yaml")
    assert len(plan.targets) == 6000  # one sentence's amounts are not restatements of each other
    assert {t.commitment for t in plan.targets} == {"strive"}  # 力争


def test_a_long_sentence_quotes_the_clauses_around_each_amount() -> None:
    from zhanxin_cli.draft.parse import draft_plan

    clauses = [f"第{chinese_number(i + 1)}类产业产值增长{i + 1}%" for i in range(60)]
    draft = draft_plan("2024年目标\n力争" + ",".join(clauses) + "。", year=2024)
    assert [t.value for t in draft.targets] == [i + 1 for i in range(60)]
    for target, clause in zip(draft.targets, clauses, strict=True):
        assert clause in target.source
        assert len(target.source) <= 400
        assert not target.source.startswith(",")
        assert not target.source.endswith(",")
    short = draft_plan("2024年目标\n力争" + ",".join(clauses[:5]) + "。", year=2024)
    assert {t.source for t in short.targets} == {"力争" + ",".join(clauses[:5])}  # a sentence is quoted whole


def test_brackets_nested_thirty_thousand_deep_are_not_looked_through_once_each(tmp_path: Path) -> None:
    """Each ( was followed to its ) to see whether it held a units note: nested brackets took the
    square of their number (4,000: 0.9 s; 30,000 about a minute). A note is short: past 200
    characters or a line's end a bracket is text."""
    text = tmp_path / "nested.txt"
    text.write_text("2024年目标\n力争" + "(" * 30_000 + "增长5%" + ")" * 30_000 + "\n", encoding="utf-8")
    done = _draft(text, tmp_path)  # within twenty seconds (half a second measured)
    assert done.returncode == 0, done.stderr
    _validates(tmp_path / "nested.yaml")


@pytest.mark.parametrize(
    ("number", "written"),
    [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (999, "九百九十九"),
    ],
)
def test_chinese_numbers_past_ninety_nine(number: int, written: str) -> None:
    assert chinese_number(number) == written
