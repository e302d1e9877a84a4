"""A plan's text file (.txt in UTF-8 or GB18030, or a Word .docx) → its text, or a located error.

python-docx is imported only here, only for a .docx, so no other command pays for it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .catalogue import Msg
from .errors import Problem, ZhanxinError

MAX_BYTES = 20 * 1024 * 1024


def read_plan_text(path: Path) -> str:
    """The text of a plan: a .docx's paragraphs (and table cells) one per line, or a text
    file's characters."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ZhanxinError([Problem(name, Msg("cannot read file: {why}", why=exc.strerror or str(exc)))]) from None
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
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        why = str(exc) or type(exc).__name__
        raise ZhanxinError([Problem(str(path), Msg("cannot read the Word file: {why}", why=why))]) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)
