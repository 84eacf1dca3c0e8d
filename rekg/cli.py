"""The rekg command line: a thin click layer that turns library errors into clean messages."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import click

from rekg.ingest import IngestError
from rekg.query import QueryError, named_queries, query_text, run_query, serialize, table
from rekg.store import EXPORT_FORMATS, Store, StoreError

DEFAULT_STORE = "output/store"
store_option = click.option(
    "--store", "store_path", envvar="REKG_STORE", default=DEFAULT_STORE, show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Store directory (an embedded on-disk store); also the REKG_STORE variable.")


def _open_store(path: Path, read_only: bool = False) -> Store:
    try:
        return Store(path, read_only=read_only)
    except StoreError as error:
        raise click.ClickException(str(error)) from error


@contextmanager
def _atomic_output(path: Path | None) -> Iterator[BinaryIO]:
    """Standard output, or a temporary file renamed over PATH only once complete."""
    if path is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


@click.group()
@click.version_option(package_name="rekg")
def main() -> None:
    """rekg: a knowledge graph of China's rare earth industry, built from news articles."""


def _ingest(store: Store, paths: tuple[Path, ...], min_confidence: float, workers: int) -> int:
    from rekg.pipeline import Pipeline

    def report_error(error: IngestError) -> None:
        click.echo(f"skipped {error}", err=True)

    report = Pipeline(store, min_confidence, workers).ingest(paths, on_error=report_error)
    click.echo(f"{report.summary()}; store holds {len(store)} quads")
    return len(report.ingested) + len(report.unchanged)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="Keep only triples at least this confident.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="spaCy processes (2 on a 2-core machine).")
def ingest(paths: tuple[Path, ...], store_path: Path, min_confidence: float, workers: int) -> None:
    """Ingest article files or folders (.txt .md .html) into the store; idempotent."""
    store = _open_store(store_path)
    if _ingest(store, paths, min_confidence, workers) == 0:
        raise click.ClickException("nothing could be ingested")


@main.command()
@click.argument("source", required=False)
@store_option
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "json", "csv", "tsv", "xml", "turtle", "nt"]),
              help="json = W3C SPARQL 1.1 Results JSON; turtle/nt for CONSTRUCT.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an entity label, <IRI> or prefix:name).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
def query(source: str | None, store_path: Path, fmt: str, params: tuple[str, ...],
          list_queries: bool) -> None:
    """Run SPARQL given as text, a .rq file, a named query, or - (standard input)."""
    if list_queries:
        for name, path in named_queries().items():
            click.echo(f"{name:28} {_summary(path)}")
        return
    if source is None:
        raise click.UsageError("give a query, a .rq file, a named query or -")
    bindings = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise click.BadParameter(f"{param!r} is not NAME=VALUE", param_hint="--param")
        bindings[name] = value
    store = _open_store(store_path, read_only=True)
    try:
        result = run_query(store, query_text(source, sys.stdin), bindings)
        if fmt == "table":
            click.echo(table(result))
        else:
            sys.stdout.buffer.write(serialize(result, fmt))
    except QueryError as error:
        raise click.ClickException(str(error)) from error


def _summary(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


@main.command()
@store_option
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(sorted(EXPORT_FORMATS)))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
def export(store_path: Path, fmt: str, output: Path | None) -> None:
    """Export the store: Turtle (default), N-Triples, TriG, N-Quads or JSON-LD."""
    store = _open_store(store_path, read_only=True)
    with _atomic_output(output) as stream:
        store.dump(stream, fmt)
    if output:
        click.echo(f"wrote {output}", err=True)


def _render(store: Store, output: Path, focus: str | None, depth: int, min_confidence: float) -> None:
    from rekg.analysis import filter_confidence, neighbourhood
    from rekg.query import graph_view
    from rekg.render import render_html

    view = filter_confidence(graph_view(store), min_confidence)
    if focus:
        try:
            view = neighbourhood(view, focus, depth)
        except LookupError as error:
            raise click.ClickException(str(error)) from error
    render_html(view, output)
    click.echo(f"wrote {output} ({len(view.nodes)} nodes, {len(view.edges)} edges)")


@main.command()
@store_option
@click.option("-o", "--output", default="output/graph.html", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path))
@click.option("--focus", help="Only the neighbourhood of this entity (name, alias or IRI).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0))
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1))
def render(store_path: Path, output: Path, focus: str | None, depth: int, min_confidence: float) -> None:
    """Write the interactive HTML graph explorer (works offline)."""
    _render(_open_store(store_path, read_only=True), output, focus, depth, min_confidence)


@main.command()
@click.option("--seeds", default="seeds", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", default="output", show_default=True,
              type=click.Path(file_okay=False, path_type=Path))
@click.option("--store", "store_path", envvar="REKG_STORE",
              type=click.Path(file_okay=False, path_type=Path),
              help="Store directory (default: OUT/store).")
def build(seeds: Path, out: Path, store_path: Path | None) -> None:
    """The main job: ingest SEEDS, write OUT/rekg.ttl and OUT/graph.html."""
    store = _open_store(store_path or out / "store")
    if _ingest(store, (seeds,), 0.0, 1) == 0:
        raise click.ClickException(f"nothing could be ingested from {seeds}")
    with _atomic_output(out / "rekg.ttl") as stream:
        store.dump(stream, "turtle")
    click.echo(f"wrote {out / 'rekg.ttl'}")
    _render(store, out / "graph.html", None, 0, 0.0)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("entities", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def evaluate_command(gold: Path, entities: Path, paths: tuple[Path, ...]) -> None:
    """Precision, recall and F1 of extraction on PATHS against GOLD triples."""
    from rekg.evaluate import evaluate

    with tempfile.TemporaryDirectory(prefix="rekg-eval-", ignore_cleanup_errors=True) as directory:
        store = _open_store(Path(directory) / "store")
        _ingest(store, paths, 0.0, 1)
        click.echo(evaluate(store, gold, entities).report())
