"""Helpers shared by the tests: free loopback ports and required system tools."""

from __future__ import annotations

import os
import socket

import pytest


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def system_tool(path: str | None, package: str) -> str:
    """The tool's path; a missing tool skips the test, or fails it where CI requires tools."""
    if path is None or not os.path.exists(path):
        message = f"{path or 'tool'} not installed (Debian package {package}: apt-get install {package})"
        if os.environ.get("REKG_REQUIRE_SYSTEM_TOOLS") == "1":
            pytest.fail(f"{message}; REKG_REQUIRE_SYSTEM_TOOLS=1 requires it")
        pytest.skip(message)
    return path
