"""CSV figures files: which encoding a file is in (UTF-8 with or without BOM, or GB18030), and
what is not CSV text at all (gzip, UTF-16/32, a binary file), said before reading."""

from __future__ import annotations

import codecs
import csv

from ..i18n import Msg

SNIFF_BYTES = 64 * 1024
"""How much of a file decides its encoding."""


class Refused(Exception):
    """The file cannot be read as CSV at all; ``line`` where that shows, if anywhere."""

    def __init__(self, message: Msg, line: int | None = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


_NOT_CSV = (
    (b"\x1f\x8b", Msg("expected CSV text, found a gzip-compressed file; decompress it first")),
    (codecs.BOM_UTF32_LE, Msg("expected CSV UTF-8 or GBK, found UTF-32 text; save it as CSV UTF-8")),
    (codecs.BOM_UTF16_LE, Msg("expected CSV UTF-8 or GBK, found UTF-16 text; save it as CSV UTF-8")),
    (codecs.BOM_UTF16_BE, Msg("expected CSV UTF-8 or GBK, found UTF-16 text; save it as CSV UTF-8")),
)


def sniff_encoding(head: bytes) -> str:
    """The encoding of a CSV file from its first bytes: UTF-8 (with or without BOM) or GB18030.

    Raises Refused, with the line, for what is not CSV text at all.
    """
    for magic, message in _NOT_CSV:
        if head.startswith(magic):
            raise Refused(message)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    nul = head.find(b"\x00")
    if nul >= 0:
        raise Refused(Msg("expected CSV text, found a NUL byte (a binary file?)"), head.count(b"\n", 0, nul) + 1)
    for encoding in ("utf-8", "gb18030"):
        if _decodes(head, encoding):
            return encoding
    bad = _first_bad_byte(head)
    raise Refused(
        Msg(
            "expected UTF-8 or GBK text, found byte 0x{byte:02x}; save the file as CSV UTF-8, or name its encoding "
            "with --encoding",
            byte=head[bad],
        ),
        head.count(b"\n", 0, bad) + 1,
    )


def csv_error_text(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text:
        return Msg("a quoted field opened here is never closed")
    if "field larger than field limit" in text:
        return Msg("a field longer than {limit:,} characters", limit=csv.field_size_limit())
    if "new-line character seen in unquoted field" in text:
        return Msg("a line break inside a field that is not in quotes: save the file again as CSV from Excel or WPS")
    if "line contains NUL" in text:
        return Msg("expected CSV text, found a NUL byte (a binary file?)")
    return Msg("the CSV cannot be read here ({detail}): save the file again as CSV from Excel or WPS", detail=text)


def _decodes(data: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(data, final=False)  # the sample may end inside a character
    except UnicodeDecodeError:
        return False
    return True


def _first_bad_byte(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0
