"""Helpers shared by the tests: free loopback ports, required system tools, quads by graph."""

from __future__ import annotations

import os
from collections.abc import Iterable
import socket

import pyoxigraph as ox
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


def by_graph(quads: Iterable[ox.Quad]) -> dict[str, list[ox.Quad]]:
    """The quads of a parsed TriG file grouped by their named graph."""
    graphs: dict[str, list[ox.Quad]] = {}
    for quad in quads:
        assert isinstance(quad.graph_name, ox.NamedNode), f"quad outside a named graph: {quad}"
        graphs.setdefault(quad.graph_name.value, []).append(quad)
    return graphs
