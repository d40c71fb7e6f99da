"""Headless Chromium for the tests, driven by Selenium through Debian's ``chromium`` and ``chromium-driver``.

No browser is downloaded: the binaries must be on the machine (``.ci/run`` installs them as root). Where they
are missing, ``browser_or_skip`` skips with the reason and the command that installs them — unless
``PRESSALIGN_REQUIRE_BROWSER=1`` is set (``.ci/run`` sets it once Chromium is installed), when a missing
browser fails instead of skipping, so that a green CI cannot hide browser tests that never ran.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER_CANDIDATES = ("/usr/bin/chromedriver",)
INSTALL = "apt-get update && apt-get install -y chromium chromium-driver"


def _first(paths: tuple[str, ...], name: str) -> str | None:
    for p in paths:
        if Path(p).is_file() and os.access(p, os.X_OK):
            return p
    return shutil.which(name)


def missing_reason() -> str | None:
    """Why no browser test can run here, or None when everything is installed."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return 'selenium is not installed (pip install -e ".[test]")'
    if _first(CHROMIUM_CANDIDATES, "chromium") is None:
        return f"Chromium is not installed (as root: {INSTALL})"
    if _first(DRIVER_CANDIDATES, "chromedriver") is None:
        return f"chromium-driver is not installed (as root: {INSTALL})"
    return None


def skip_without_browser() -> None:
    reason = missing_reason()
    if reason is None:
        return
    if os.environ.get("PRESSALIGN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"PRESSALIGN_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@contextmanager
def chromium(width: int = 1440, height: int = 900) -> Iterator[Any]:
    """A headless Chromium WebDriver with a ``width`` x ``height`` viewport that records the console and every
    network request."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _first(CHROMIUM_CANDIDATES, "chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--disable-background-networking", "--disable-extensions", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--lang=en-GB", "--font-render-hinting=none"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(executable_path=_first(DRIVER_CANDIDATES, "chromedriver") or "chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    try:
        # the page's viewport itself, whatever room the (headless) window keeps for its frame
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        yield driver
    finally:
        driver.quit()


def console_messages(driver: Any) -> list[dict[str, Any]]:
    """The browser console since the last call (errors, warnings, CSP violations)."""
    return list(driver.get_log("browser"))


def network_events(driver: Any) -> list[tuple[str, dict[str, Any]]]:
    """The DevTools network events since the last call, as (method, params)."""
    events = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method", "").startswith("Network."):
            events.append((message["method"], message.get("params", {})))
    return events


def requested_urls(driver: Any) -> list[str]:
    """Every URL the page asked the network stack for since the last call (the page itself included), even
    one the browser then blocked."""
    return [p["request"]["url"] for m, p in network_events(driver) if m == "Network.requestWillBeSent"]


def screenshot(driver: Any, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(target))
    return target
