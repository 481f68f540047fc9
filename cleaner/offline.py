"""Make Great Expectations' Data Docs open with no network.

The stock pages load Bootstrap, jQuery, Font Awesome, Vega and friends from CDNs. The
package ships those files (taken once from the npm registry; ``report_assets/vendor/
MANIFEST.tsv`` lists address, package and checksum), copies them next to the pages and
points every page at its copy. Nothing is fetched at run time.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

# The GX logo in the navbar comes from a web bucket; the site carries the same image.
_REMOTE_LOGO = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"


def vendor_dir() -> Path:
    return Path(str(resources.files("cleaner").joinpath("report_assets", "vendor")))


def manifest() -> list[tuple[str, str]]:
    """(CDN address, file under vendor/) for every asset the pages load."""
    rows = []
    for line in (vendor_dir() / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            url, _package, local, _sha = line.split("\t")
            rows.append((url, local))
    return rows


def make_offline(site_dir: Path) -> list[Path]:
    """Copy the assets into ``site_dir/static/vendor`` and rewrite every page; return the pages."""
    site_dir = Path(site_dir)
    target = site_dir / "static" / "vendor"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(vendor_dir(), target, ignore=shutil.ignore_patterns("MANIFEST.tsv"))
    rows = sorted(manifest(), key=lambda r: len(r[0]), reverse=True)  # "vega-lite@5" before "vega@5"
    pages = sorted(site_dir.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        to_static = os.path.relpath(site_dir / "static", page.parent).replace(os.sep, "/")
        for url, local in rows:
            html = html.replace(f'"{url}"', f'"{to_static}/vendor/{local}"')
        html = html.replace(_REMOTE_LOGO, f"{to_static}/images/")
        page.write_text(html, encoding="utf-8")
    return pages


def remote_references(html: str) -> list[str]:
    """Addresses a page would load from the network (scripts, stylesheets, images, fonts)."""
    import re

    found = re.findall(r'<(?:script|link|img|iframe|source)\b[^>]*?(?:src|href)="(https?:)?//([^"]+)"', html)
    return [f"//{host}" for _, host in found]
