"""A plan's text file (.txt in UTF-8 or GB18030, or a Word .docx) → its text, or a located error.

python-docx is imported only here, only for a .docx, so no other command pays for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import Problem, ZhanxinError
from ..files import os_reason, refuse_special, xml_elements_beyond, zip_beyond_limits
from ..i18n import Msg
from .parse import chinese_number

MAX_BYTES = 20 * 1024 * 1024
MAX_WORD_ELEMENTS = 500_000
"""XML elements in a .docx's parts at most, counted unzipped before python-docx parses them: a
106 KB file of eight million empty paragraphs ran on without end. A 300-page plan holds about
100,000 (paragraphs, runs, their properties and texts)."""


def read_plan_text(path: Path) -> str:
    """The text of a plan: a .docx's paragraphs (and table cells) one per line, or a text
    file's characters."""
    name = str(path)
    refuse_special(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)  # bounded even where the size cannot be known beforehand
    except OSError as exc:
        raise ZhanxinError([Problem(name, Msg("cannot read file: {why}", why=os_reason(exc)))]) from None
    if len(data) > MAX_BYTES:
        raise ZhanxinError(
            [Problem(name, Msg("file is larger than {mib} MiB, the most a plan text may be", mib=MAX_BYTES >> 20))]
        )
    if data.startswith(b"PK\x03\x04"):
        return _docx(path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ZhanxinError([Problem(name, Msg("a Word 97–2003 .doc file: save it as .docx or .txt"))])
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise ZhanxinError([Problem(name, Msg("expected text in UTF-8 or GB18030, or a .docx file"))])


def _docx(path: Path) -> str:
    import docx  # python-docx

    too_large = zip_beyond_limits(path)
    if too_large is None and xml_elements_beyond(path, lambda name: name.startswith("word/"), MAX_WORD_ELEMENTS):
        why = "the Word file holds more than {limit:,} paragraphs, runs and other parts, the most a plan text may"
        too_large = Msg(why, limit=MAX_WORD_ELEMENTS)
    if too_large is not None:
        raise ZhanxinError([Problem(str(path), too_large)])
    try:
        document = docx.Document(str(path))
    except Exception:
        message = Msg(
            "cannot read the Word file: it is damaged or not a .docx; open it in Word or WPS and save it again"
        )
        raise ZhanxinError([Problem(str(path), message)]) from None
    numbers = _ListNumbers(document)
    return "\n".join(_body_lines(document, numbers))


def _body_lines(document: Any, numbers: _ListNumbers) -> Iterator[str]:
    """The document's paragraphs and tables in the order they stand: a table row is one line,
    its cells apart by tabs (a merged cell once), as the task-table reader of draft/parse.py
    reads a table flattened to text."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            paragraph = Paragraph(child, document)
            has_text = child.find(f"{_W}r") is not None or child.find(f"{_W}hyperlink") is not None
            yield numbers.label(paragraph) + (paragraph.text if has_text else "")  # .text costs ~10 µs
        elif child.tag == f"{_W}tbl":
            for row in Table(child, document).rows:
                cells: list[Any] = []
                for cell in row.cells:
                    if not cells or cell._tc is not cells[-1]._tc:  # a merged cell is listed once per column
                        cells.append(cell)
                yield "\t".join(cell.text.replace("\n", "").replace("\t", " ") for cell in cells)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional"}


class _ListNumbers:
    """The numbers Word draws before numbered paragraphs ("一、", "（一）", "1."), which are not
    in a paragraph's text: from the paragraph's (or its style's) numbering and numbering.xml."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[int, str, str]] = {}  # (numId, ilvl) → start, format, text
        self.counts: dict[str, list[int]] = {}
        self.by_style: dict[str | None, tuple[str, int] | None] = {}  # a paragraph style's id → its numbering
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in numbering.iter(f"{_W}abstractNum")}
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            for level in levels.iter(f"{_W}lvl") if levels is not None else ():
                start = level.find(f"{_W}start")
                fmt = level.find(f"{_W}numFmt")
                text = level.find(f"{_W}lvlText")
                self.levels[(num.get(f"{_W}numId"), _level(level.get(f"{_W}ilvl")))] = (
                    _int(start.get(f"{_W}val"), 1) if start is not None else 1,
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "%1.",
                )

    def label(self, paragraph: Any) -> str:
        found = self._num_pr(paragraph)
        if found is None or (found[0], found[1]) not in self.levels:
            return ""
        num_id, level = found
        counts = self.counts.setdefault(num_id, [0] * 9)
        counts[level] += 1
        counts[level + 1 :] = [0] * (8 - level)
        _, fmt, text = self.levels[(num_id, level)]
        if fmt in ("bullet", "none"):
            return ""
        for i in range(level + 1):
            start_i, fmt_i, _ = self.levels.get((num_id, i), (1, "decimal", ""))
            value = max(counts[i], 1) + start_i - 1
            text = text.replace(f"%{i + 1}", _format(value, fmt_i))
        return text

    def _num_pr(self, paragraph: Any) -> tuple[str, int] | None:
        """(numId, level) from the paragraph, else from its style and the styles it is based on
        (looked up once per style: python-docx's style lookup costs ~50 µs a paragraph)."""
        own = _num_pr_of(paragraph._p)
        if own is not None:
            return own
        style_id = paragraph._p.find(f"{_W}pPr/{_W}pStyle")
        key = style_id.get(f"{_W}val") if style_id is not None else None
        if key not in self.by_style:
            found, style, seen = None, paragraph.style, set()
            while found is None and style is not None and style.style_id not in seen:  # a cycle: cut
                seen.add(style.style_id)
                found = _num_pr_of(style.element)
                style = style.base_style
            self.by_style[key] = found
        return self.by_style[key]


def _num_pr_of(element: Any) -> tuple[str, int] | None:
    num_pr = element.find(f"{_W}pPr/{_W}numPr")
    if num_pr is not None:
        num_id = num_pr.find(f"{_W}numId")
        level = num_pr.find(f"{_W}ilvl")
        if num_id is not None and num_id.get(f"{_W}val") != "0":
            return num_id.get(f"{_W}val"), _level(level.get(f"{_W}val")) if level is not None else 0
    return None


def _int(text: str | None, default: int) -> int:
    """A number attribute of Word's XML, or ``default`` where it is not one (w:val="abc")."""
    try:
        return int(text or "")
    except ValueError:
        return default


def _level(text: str | None) -> int:
    """A list level, 0 to 8 as Word has them; a level that is not a number is the first."""
    return min(max(_int(text, 0), 0), 8)


def _format(value: int, fmt: str) -> str:
    return chinese_number(value) if fmt in _CHINESE_FORMATS and 0 < value < 100 else str(value)
