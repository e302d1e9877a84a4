"""Writing files: atomic, no clobbering, never over an input, names that cannot escape."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zhanxin_cli.errors import ZhanxinError
from zhanxin_cli.files import ensure_folder, inside, os_reason, safe_file_name, write_atomic
from zhanxin_cli.i18n import Lang, localize


def test_writes_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_atomic(path, b"data")
    assert path.read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_bytes(b"mine")
    with pytest.raises(ZhanxinError, match="use --force"):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"mine"
    write_atomic(path, b"new", force=True)
    assert path.read_bytes() == b"new"


def test_never_writes_over_an_input(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_bytes(b"input")
    with pytest.raises(ZhanxinError, match="reads"):
        write_atomic(tmp_path / "." / "figures.csv", b"x", force=True, inputs=[path])
    assert path.read_bytes() == b"input"


def test_directory_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ZhanxinError, match="found a directory"):
        write_atomic(tmp_path, b"x", force=True)
    with pytest.raises(ZhanxinError, match="no such directory"):
        write_atomic(tmp_path / "nope" / "out.csv", b"x")


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.csv"
    path.write_bytes(b"old")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new", force=True)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_write_errors_are_located(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ZhanxinError) as caught:
        write_atomic(tmp_path / "out.csv", b"new")
    assert str(caught.value) == f"{tmp_path / 'out.csv'}: cannot write: the disk is full"
    assert localize(caught.value.problems[0].message, Lang.zh) == "无法写入：磁盘已满"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("error", "zh"),
    [
        (OSError(2, "No such file or directory"), "没有这个文件或文件夹"),
        (PermissionError(13, "Permission denied"), "没有权限"),
        (OSError(30, "Read-only file system"), "磁盘是只读的"),
        (OSError(5, "Input/output error"), "磁盘读写出错（输入/输出错误）"),
        (OSError(999, "Something rare"), "Something rare"),  # unknown: the system's own words
    ],
)
def test_an_operating_system_error_is_said_in_the_users_language(error: OSError, zh: str) -> None:
    """The system's text is English on most machines; a Chinese message never quotes it when the
    error is one a user meets (no file, no permission, a full or read-only disk)."""
    assert localize(os_reason(error), Lang.zh) == zh


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("市经信局", "市经信局"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("a/b\\c", "a_b_c"),
        ("nul\x00byte", "nul_byte"),
        ("CON", "_CON"),
        ("com1.txt", "_com1.txt"),
        ("...", "fallback"),
        ("  ", "fallback"),
        ("name. ", "name"),
        ('a<b>c:d"e|f?g*h', "a_b_c_d_e_f_g_h"),
    ],
)
def test_safe_file_name(name: str, safe: str) -> None:
    assert safe_file_name(name, "fallback") == safe


def test_inside_refuses_to_leave_the_folder(tmp_path: Path) -> None:
    assert inside(tmp_path, "a.csv") == tmp_path / "a.csv"
    with pytest.raises(ZhanxinError, match="outside"):
        inside(tmp_path, "../a.csv")


def test_ensure_folder(tmp_path: Path) -> None:
    ensure_folder(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ZhanxinError, match="expected a folder, found a file"):
        ensure_folder(tmp_path / "file")
    with pytest.raises(ZhanxinError, match="cannot create folder"):
        ensure_folder(tmp_path / "file" / "sub")
