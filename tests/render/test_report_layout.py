"""The HTML report as a browser lays it out (issue #21): at 1280 px no horizontal scroll and no
cell taller than four lines; the same rules hold when it is printed (the page is 190 mm wide on
screen and on A4). Measured in headless Chromium, by a script added to a copy of the report."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, HERE, Cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

MEASURE = """<script>
const cells = [...document.querySelectorAll('td')].map(td => {
  const style = getComputedStyle(td);
  const line = parseFloat(style.lineHeight) || 16;
  const inner = td.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  return [Math.round(inner / line), td.innerText.slice(0, 40)];
});
const pre = document.createElement('pre');
pre.id = 'measure';
pre.textContent = JSON.stringify({scroll: document.documentElement.scrollWidth, tall: cells.filter(c => c[0] > 4)});
document.body.appendChild(pre);
</script></body>"""


def measure(html: Path, tmp_path: Path) -> dict[str, object]:
    copy = tmp_path / "measured.html"
    copy.write_text(html.read_text(encoding="utf-8").replace("</body>", MEASURE), encoding="utf-8")
    assert CHROMIUM is not None
    flags = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,2000",
        "--virtual-time-budget=3000",
    ]
    done = subprocess.run(
        [CHROMIUM, *flags, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", copy.as_uri()],
        check=True, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    found = re.search(r'<pre id="measure">(.*?)</pre>', done.stdout, re.S)
    assert found is not None, done.stdout[-500:]
    result: dict[str, object] = json.loads(found.group(1))
    return result


@pytest.mark.skipif(not CHROMIUM, reason="needs chromium (.ci/run installs it when it can)")
@pytest.mark.parametrize(
    "args",
    [
        [*EXAMPLES],
        [*EXAMPLES, "--as-of", "2023-12"],
        ["--plan", HERE / "plans" / "valid" / "county_2025.yaml", HERE / "figures" / "county_2025.csv"],
    ],
    ids=["october", "december", "county"],
)
def test_report_at_1280_px_has_no_horizontal_scroll_and_no_tall_cell(
    cli: Cli, tmp_path: Path, args: list[str | Path]
) -> None:
    """The footer's file list ran to 1509 px; a unit's 滞后指标 cells were 8-10 lines tall."""
    html = tmp_path / "report.html"
    assert cli("report", *args, "-o", html).code == 0
    found = measure(html, tmp_path)
    assert isinstance(found["scroll"], int)
    assert found["scroll"] <= 1280
    assert found["tall"] == []
