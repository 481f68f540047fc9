"""The HTML reports in headless Chromium with the network blocked: styled, and showing the text.

Needs Debian's `chromium` (installed by .ci/run). Without it the tests skip with the reason,
unless CLEANER_REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import REPO

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CLEANER = Path(sys.executable).with_name("cleaner")

if not CHROMIUM:
    if os.environ.get("CLEANER_REQUIRE_BROWSER") == "1":
        raise RuntimeError("CLEANER_REQUIRE_BROWSER=1 but no chromium on PATH (apt-get install chromium)")
    pytestmark = pytest.mark.skip(reason="no chromium on PATH: `apt-get install chromium` to run the browser tests")

# No network: every host resolves to nothing and every connection goes to a dead proxy.
OFFLINE = ["--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
           "--host-resolver-rules=MAP * ~NOTFOUND"]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--allow-file-access-from-files", "--virtual-time-budget=5000", *OFFLINE]


def _chromium(page: Path, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
                              capture_output=True, text=True, timeout=120)


def dom(page: Path) -> str:
    """The page's DOM after its scripts ran."""
    return _chromium(page, "--dump-dom").stdout


def screenshot(page: Path, out: Path):
    from PIL import Image

    _chromium(page, "--window-size=1280,1400", f"--screenshot={out}")
    assert out.exists(), f"no screenshot of {page}"
    return Image.open(out).convert("RGB")


def share(image, test) -> float:
    pixels = list(image.get_flattened_data() if hasattr(image, "get_flattened_data") else image.getdata())
    return sum(1 for p in pixels if test(p)) / len(pixels)


def light_gray(p) -> bool:  # Bootstrap's card and table-header backgrounds
    return p != (255, 255, 255) and max(p) - min(p) < 12 and 200 < p[0] < 250


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """Reports of the seed corpus with one clean file corrupted by an ad line."""
    project = tmp_path_factory.mktemp("project")
    for name in ("clean", "expectations"):
        shutil.copytree(REPO / name, project / name)
    path = project / "clean" / "002_25fd06d5f9460b46.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "\n4.提升基层医疗水平。", "\n代写文章微信：13258028938\n4.提升基层医疗水平。", 1), encoding="utf-8")
    done = subprocess.run([str(CLEANER), "validate", "clean", "--report", "reports", "-q"], cwd=project,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr
    return project / "reports"


def test_data_docs_render_styled_offline_and_show_the_failing_text(reports, tmp_path):
    page = next((reports / "data_docs" / "validations" / "clean_text").rglob("*.html"))
    html = dom(page)
    assert "代写文章微信：13258028938" in html
    assert "No paragraph holds a paid-writing offer" in html  # the sentence, not the class name
    assert "bootstrap-table" in html  # the table script ran: JavaScript loaded from the local copies
    image = screenshot(page, tmp_path / "data_docs.png")
    assert share(image, light_gray) > 0.05  # Bootstrap CSS applied (unstyled: under 1%)
    green = share(image, lambda p: p[1] > 150 and p[0] < 100 and p[2] < 120)
    assert green > 0.0001  # Font Awesome check marks drawn: the web fonts loaded


def test_review_pages_render_offline(reports, tmp_path):
    index = reports / "review" / "index.html"
    html = dom(index)
    assert "002_25fd06d5f9460b46" in html and "<svg" in html
    image = screenshot(index, tmp_path / "review_index.png")
    assert share(image, lambda p: p[2] > 180 and p[0] < 80 and p[1] < 140) > 0.001  # the blue bars
    page = reports / "review" / "docs" / "001_fceec2214bc8c208.html"
    html = dom(page)
    assert "figure.flag_missing_measure_words" in html and "81医务人员" in html
    shot = screenshot(page, tmp_path / "review_doc.png")
    assert share(shot, lambda p: p == (253, 226, 225)) > 0.001  # removed spans, in their colour
    assert share(shot, lambda p: p == (219, 233, 255)) > 0.0005  # flagged spans
