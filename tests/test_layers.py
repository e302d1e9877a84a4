"""The import layers (pyproject.toml, [tool.importlinter]) are enforced, not hoped for: the contract
holds on the package, and breaks on a copy of it with one import that goes the wrong way."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint(package_parent: Path, config_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=config_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_package_keeps_its_layers() -> None:
    result = lint(REPO / "src", REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "wrong_import", "named"),
    [
        ("render/view.py", "from .. import api", "zhanxin_cli.render.view -> zhanxin_cli.api"),
        ("plan/model.py", "from ..progress import status", "zhanxin_cli.plan.model -> zhanxin_cli.progress.status"),
        ("render/as_json.py", "from ..draft import parse", "zhanxin_cli.render.as_json -> zhanxin_cli.draft.parse"),
    ],
)
def test_an_import_against_the_layers_breaks_the_contract(
    tmp_path: Path, module: str, wrong_import: str, named: str
) -> None:
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "src" / "zhanxin_cli", tmp_path / "src" / "zhanxin_cli", ignore=skip)
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "src" / "zhanxin_cli" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{wrong_import}  # noqa\n", encoding="utf-8")
    result = lint(tmp_path / "src", tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout
    assert named in result.stdout
