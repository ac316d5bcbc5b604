"""`python -m web.assets`: copy the built front-end packages from node_modules into web/static/vendor.

The Makefile's `web-assets` target runs `npm ci` then this; vendor/ is generated, never committed.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
FILES = {
    "node_modules/@zazuko/yasgui/build/yasgui.min.js": "yasgui.min.js",
    "node_modules/@zazuko/yasgui/build/yasgui.min.css": "yasgui.min.css",
}


def copy_assets(root: Path = ROOT, vendor: Path = VENDOR) -> list[Path]:
    """Copy every vendor file; a missing one is an error naming the npm command that provides it."""
    vendor.mkdir(parents=True, exist_ok=True)
    written = []
    for source, name in FILES.items():
        path = root / source
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: run `npm ci` in {root} first")
        target = vendor / name
        shutil.copyfile(path, target)
        written.append(target)
        log.info("copied %s → %s", source, target.relative_to(root))
    return written


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        copy_assets()
    except FileNotFoundError as exc:
        log.error("%s", exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
