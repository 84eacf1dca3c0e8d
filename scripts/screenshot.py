"""Save a screenshot of the graph explorer, opened offline in headless Chromium.

Usage: python scripts/screenshot.py output/graph.html output/graph.png
Skips with a message (exit 0) where Debian's chromium is not installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def screenshot(page_path: Path, image_path: Path) -> None:
    """Open the page from file:// with every network request refused, wait until drawn, save a PNG."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())
        page.goto(page_path.resolve().as_uri())
        page.evaluate("() => window.rekg.ready")
        page.wait_for_timeout(500)
        page.screenshot(path=str(image_path))
        browser.close()


if __name__ == "__main__":
    if not CHROMIUM.exists():
        print("no screenshot: Debian's chromium is not installed (apt-get install chromium)")
        sys.exit(0)
    screenshot(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"wrote {sys.argv[2]} (the explorer as drawn offline in headless Chromium)")
