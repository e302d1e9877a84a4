"""Files handled safely: nothing read from a pipe or device named as a file (it could block for
ever or never end); written atomically, never over an input, never over a file without --force.

The only module that writes to disk. A file is written to a temporary file in the same
folder, flushed to disk, then renamed over the destination, so an interrupted run
leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import Problem, ZhanxinError
from .i18n import Msg

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


_OS_REASONS = {
    "ENOENT": "no such file or folder",
    "EACCES": "permission denied",
    "EPERM": "permission denied",
    "EISDIR": "it is a folder",
    "ENOTDIR": "a part of the path is not a folder",
    "ENOSPC": "the disk is full",
    "EDQUOT": "the disk quota is used up",
    "EROFS": "the disk is read-only",
    "ENAMETOOLONG": "the file name is too long",
    "EBUSY": "the file is in use by another program",
    "ETXTBSY": "the file is in use by another program",
    "EMFILE": "too many files open",
    "EIO": "the disk could not be read or written (an input/output error)",
    "ELOOP": "a link that points back to itself",
}
"""What an operating-system error means, in words the user's language has (the system's own text
is English on most machines)."""


def os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in the user's language when the error is known
    (the system's own words otherwise)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    known = _OS_REASONS.get(name)
    if known is None and getattr(exc, "winerror", None) == 32:  # Windows: the file is open in Excel
        known = "the file is in use by another program"
    return Msg(known) if known is not None else (exc.strerror or str(exc))


def special_file(path: Path) -> Msg | None:
    """Why ``path`` cannot be read as a file: a pipe, a device or a socket (found by ``stat``,
    which does not open it, so never blocks); None for a regular file, a folder or a missing path."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # missing or unreadable: the reader says so
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return Msg("expected a file, found a pipe or device: zhanxin reads files only")


MAX_INFLATED = 256 << 20
"""The most a zipped file (.xlsx, .ods, .docx) may hold once unzipped: a large form is a few MiB."""
MAX_ENTRIES = 10_000
"""The most files a zipped file may hold inside (a workbook of many sheets has a few hundred)."""
MAX_SHARED_STRINGS = 16 << 20
"""The most a workbook's table of shared texts (xl/sharedStrings.xml) may hold unzipped: the
workbook library reads it whole before any sheet (234 MiB of it took 44 s and 870 MiB); a
form of 100,000 rows each with a note of its own holds about 8 MiB."""


def zip_beyond_limits(path: Path) -> Msg | None:
    """Why a zipped file is refused before it is parsed: it inflates past MAX_INFLATED or holds
    more than MAX_ENTRIES files (a zip bomb is small on disk). The sizes are those its directory
    declares, and the zip reader never inflates a member past its declared size; None when within
    the limits or not a zip at all (its reader then says what it is)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if len(members) > MAX_ENTRIES:
        return Msg(
            "the file holds {n:,} files inside, more than the {limit:,} a workbook or Word file may: "
            "open it in Excel, WPS or Word and save it again",
            n=len(members),
            limit=MAX_ENTRIES,
        )
    shared = sum(m.file_size for m in members if m.filename.lower().endswith("sharedstrings.xml"))
    if shared > MAX_SHARED_STRINGS:
        return Msg(
            "the workbook's table of texts (sharedStrings.xml) holds {mib:,} MiB unzipped, more than the {limit} "
            "MiB a figures form may: copy the figures into a new workbook, or save the sheet as CSV",
            mib=shared >> 20,
            limit=MAX_SHARED_STRINGS >> 20,
        )
    inflated = sum(m.file_size for m in members)
    if inflated > MAX_INFLATED:
        return Msg(
            "the file inflates to {mib:,} MiB when unzipped, more than the {limit} MiB a workbook or Word "
            "file may: open it in Excel, WPS or Word and save it again",
            mib=inflated >> 20,
            limit=MAX_INFLATED >> 20,
        )
    return None


def xml_elements_beyond(path: Path, wanted: Callable[[str], bool], limit: int) -> bool:
    """Whether the XML parts of a zipped file for which ``wanted(name)`` holds open more than
    ``limit`` elements in all, counted in the unzipped bytes a chunk at a time before any parser
    builds them (a parser's cost is in the elements, and a few MB of ``<w:p/>`` hold millions).
    Every element start counts, whatever its prefix (``<x:c>`` is a cell as much as ``<c>``);
    comments and CDATA may count a little over, never under. Call after :func:`zip_beyond_limits`,
    which bounds what can be inflated. A damaged zip counts as within the limit: its reader then
    says what is wrong with it."""
    import zipfile
    import zlib

    found = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not wanted(name):
                    continue
                last = b""
                with archive.open(name) as member:
                    while chunk := member.read(1 << 20):
                        window = last + chunk  # with the byte before: a "<" apart from its "/" across chunks
                        found += _starts(window) - _starts(last)
                        if found > limit:
                            return True
                        last = chunk[-1:]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, zlib.error):
        return False
    return False


def _starts(xml: bytes) -> int:
    return xml.count(b"<") - xml.count(b"</") - xml.count(b"<?") - xml.count(b"<!")


def refuse_special(path: Path) -> None:
    """A located error for a pipe or device named as a file (see :func:`special_file`)."""
    why = special_file(path)
    if why is not None:
        raise ZhanxinError([Problem(str(path), why)])


def safe_file_name(name: str, fallback: str) -> str:
    """A file name from free text (e.g. a bureau's name) that cannot leave its folder.

    Path separators, control characters and characters Windows forbids become ``_``;
    leading dots and trailing dots/spaces go; Windows device names get a ``_`` prefix.
    """
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip().lstrip(".").rstrip(". ")
    cleaned = cleaned[:120]
    if not cleaned or set(cleaned) <= {"_", "."}:
        cleaned = fallback
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    return cleaned


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing anything that would resolve outside ``folder``."""
    path = folder / name
    if path.resolve().parent != folder.resolve():
        raise ZhanxinError([Problem(str(path), Msg("refusing to write outside {folder}", folder=str(folder)))])
    return path


def ensure_folder(folder: Path) -> None:
    """Create an output folder (and its parents) if needed, or raise a located error."""
    if folder.exists() and not folder.is_dir():
        raise ZhanxinError([Problem(str(folder), Msg("expected a folder, found a file"))])
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ZhanxinError([Problem(str(folder), Msg("cannot create folder: {why}", why=os_reason(exc)))]) from None


def write_atomic(path: Path, data: bytes, *, force: bool = False, inputs: Iterable[Path] = ()) -> None:
    """Write ``data`` to ``path`` atomically.

    Refuses (ZhanxinError, nothing written) when ``path`` exists and ``force`` is false,
    when it is a folder, or when it is one of the ``inputs`` this run reads.
    """
    import tempfile  # only when a file is written: reading commands need not load it

    name = str(path)
    target = path.resolve()
    if any(target == Path(p).resolve() for p in inputs):
        raise ZhanxinError([Problem(name, Msg("refusing to overwrite a file this command reads"))])
    if path.is_dir():
        raise ZhanxinError([Problem(name, Msg("expected a file name, found a directory"))])
    if path.exists() and not force:
        raise ZhanxinError([Problem(name, Msg("file exists; use --force to replace it"))])
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise ZhanxinError([Problem(name, Msg("no such directory: {folder}", folder=str(folder)))])
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ZhanxinError([Problem(name, Msg("cannot write: {why}", why=os_reason(exc)))]) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ZhanxinError([Problem(name, Msg("cannot write: {why}", why=os_reason(exc)))]) from None
    except BaseException:  # Ctrl-C mid-write: leave no temporary file behind
        Path(temporary).unlink(missing_ok=True)
        raise
