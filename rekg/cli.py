"""The rekg command line: a thin click layer that turns library errors into clean messages."""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import click

from rekg.ingest import IngestError
from rekg.query import QueryError, check_read_only, named_queries, named_query, query_text, run_query, serialize, table
from rekg.store import EXPORT_FORMATS, Store, StoreError, open_store

DEFAULT_STORE = "output/store"
DEFAULT_WORKERS = min(os.cpu_count() or 1, 4)  # one extraction process per core, at most four


@dataclass(frozen=True)
class StoreSpec:
    """Where the store is: a directory (embedded) or a SPARQL endpoint URL, with credentials."""

    location: str
    update_url: str | None = None
    user: str | None = None
    password: str | None = None
    auth: str = "basic"

    def open_args(self) -> dict[str, str | None]:
        """The keyword arguments of rekg.store.open_store."""
        return {"spec": self.location, "update_url": self.update_url, "user": self.user,
                "password": self.password, "auth": self.auth}

    def open(self, read_only: bool = False) -> Store:
        try:
            return open_store(**self.open_args(), read_only=read_only)  # type: ignore[arg-type]
        except StoreError as error:
            raise click.ClickException(str(error)) from error


def store_options(default: str | None = DEFAULT_STORE, help_default: str = "") -> Callable:
    """--store plus the remote server's options, handed to the command as one StoreSpec."""
    def decorate(command: Callable) -> Callable:
        @click.option("--store", "store_location", envvar="REKG_STORE", default=default,
                      show_default=default is not None,
                      help="Store directory (embedded on-disk store) or a SPARQL 1.1 endpoint URL "
                           f"(http://HOST:PORT/sparql); also REKG_STORE.{help_default}")
        @click.option("--update-url", envvar="REKG_STORE_UPDATE_URL",
                      help="Remote store: the SPARQL Update endpoint (default: the --store URL).")
        @click.option("--user", envvar="REKG_STORE_USER", help="Remote store: user name.")
        @click.option("--password", envvar="REKG_STORE_PASSWORD",
                      help="Remote store: password (better: the REKG_STORE_PASSWORD variable).")
        @click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic",
                      show_default=True, help="Remote store: HTTP authentication scheme.")
        @functools.wraps(command)
        def wrapper(*args: Any, store_location: str | None, update_url: str | None, user: str | None,
                    password: str | None, auth: str, **kwargs: Any) -> Any:
            spec = None if store_location is None else StoreSpec(store_location, update_url, user, password, auth)
            return command(*args, store=spec, **kwargs)
        return wrapper
    return decorate


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
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the usual mode
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
@store_options()
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1),
              help="Keep only triples at least this confident.")
@click.option("--workers", default=DEFAULT_WORKERS, show_default=True, type=click.IntRange(1),
              help="Extraction processes (default: one per core, at most 4).")
def ingest(paths: tuple[Path, ...], store: StoreSpec, min_confidence: float, workers: int) -> None:
    """Ingest article files or folders (.txt .md .html) into the store; idempotent."""
    if _ingest(store.open(), paths, min_confidence, workers) == 0:
        raise click.ClickException("nothing could be ingested")


@main.command()
@click.argument("source", required=False)
@store_options()
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "json", "csv", "tsv", "xml", "turtle", "nt"]),
              help="json = W3C SPARQL 1.1 Results JSON; turtle/nt for CONSTRUCT.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (an entity label, <IRI> or prefix:name).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
def query(source: str | None, store: StoreSpec, fmt: str, params: tuple[str, ...],
          list_queries: bool) -> None:
    """Run SPARQL given as text, a .rq file, a named query, or - (standard input)."""
    if list_queries:
        for name in named_queries():
            info = named_query(name)
            click.echo(f"{name:24} {info.summary}")
            for param, description in info.params.items():
                click.echo(f"{'':24}   --param {param}=...  {description}")
        return
    if source is None:
        raise click.UsageError("give a query, a .rq file, a named query or -")
    bindings = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise click.BadParameter(f"{param!r} is not NAME=VALUE", param_hint="--param")
        bindings[name] = value
    try:
        if source in named_queries():
            named_query(source).check_params(bindings)
        text = query_text(source, sys.stdin)
        check_read_only(text)
        result = run_query(store.open(read_only=True), text, bindings)
        if fmt == "table":
            click.echo(table(result))
        else:
            sys.stdout.buffer.write(serialize(result, fmt))
    except (QueryError, SyntaxError, StoreError) as error:
        raise click.ClickException(str(error)) from error


@main.command()
@store_options()
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice([*sorted(EXPORT_FORMATS), "graphml"]),
              help="An RDF format, or graphml (the entity graph for Gephi and Cytoscape).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
def export(store: StoreSpec, fmt: str, output: Path | None) -> None:
    """Export the store: Turtle (default), N-Triples, TriG, N-Quads, JSON-LD or GraphML."""
    opened = store.open(read_only=True)
    with _atomic_output(output) as stream:
        if fmt == "graphml":
            from rekg.analysis import write_graphml
            from rekg.query import graph_view

            write_graphml(graph_view(opened), stream)
        else:
            opened.dump(stream, fmt)
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
@store_options()
@click.option("-o", "--output", default="output/graph.html", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path))
@click.option("--focus", help="Only the neighbourhood of this entity (name, alias or IRI).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0))
@click.option("--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1))
def render(store: StoreSpec, output: Path, focus: str | None, depth: int, min_confidence: float) -> None:
    """Write the interactive HTML graph explorer (works offline)."""
    _render(store.open(read_only=True), output, focus, depth, min_confidence)


@main.command()
@click.option("--seeds", default="seeds", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", default="output", show_default=True,
              type=click.Path(file_okay=False, path_type=Path))
@store_options(default=None, help_default=" Default: OUT/store.")
def build(seeds: Path, out: Path, store: StoreSpec | None) -> None:
    """The main job: ingest SEEDS, write OUT/rekg.ttl and OUT/graph.html."""
    opened = (store or StoreSpec(str(out / "store"))).open()
    if _ingest(opened, (seeds,), 0.0, DEFAULT_WORKERS) == 0:
        raise click.ClickException(f"nothing could be ingested from {seeds}")
    with _atomic_output(out / "rekg.ttl") as stream:
        opened.dump(stream, "turtle")
    click.echo(f"wrote {out / 'rekg.ttl'}")
    _render(opened, out / "graph.html", None, 0, 0.0)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("entities", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--leads-apart", is_flag=True,
              help="Score leads as its own property (by default it counts as worksFor).")
def evaluate_command(gold: Path, entities: Path, paths: tuple[Path, ...], leads_apart: bool) -> None:
    """Precision, recall and F1 of extraction on PATHS against GOLD triples."""
    from rekg.evaluate import evaluate

    with tempfile.TemporaryDirectory(prefix="rekg-eval-", ignore_cleanup_errors=True) as directory:
        store = StoreSpec(str(Path(directory) / "store")).open()
        _ingest(store, paths, 0.0, DEFAULT_WORKERS)
        click.echo(evaluate(store, gold, entities, leads_apart).report())


@main.command()
@store_options()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (loopback only unless told otherwise).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--time-limit", default=10.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1),
              help="Most result rows (or triples) per answer.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1),
              help="Query processes (queries running at once).")
@click.option("--cors", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let pages from ORIGIN (e.g. https://yasgui.triply.cc) query the endpoint.")
def serve(store: StoreSpec, host: str, port: int, time_limit: float, max_rows: int, workers: int,
          cors_origins: tuple[str, ...]) -> None:
    """Serve a read-only SPARQL 1.1 endpoint (/sparql), the explorer (/) and the ontology."""
    from rekg.serve import ServeConfig, serve as run_server

    store.open(read_only=True)  # fail here, with a clean message, if it cannot be opened
    config = ServeConfig(store=store.open_args(), time_limit=time_limit, max_rows=max_rows,
                         workers=workers, cors_origins=cors_origins)
    click.echo(f"rekg SPARQL endpoint: http://{host}:{port}/sparql  (query page /query, explorer /)", err=True)
    run_server(config, host, port)


@main.command()
@store_options()
def validate(store: StoreSpec) -> None:
    """Check the store against the SHACL shapes (ontology/shapes.ttl); exit 1 on violations."""
    from rekg.validate import validate_store

    report = validate_store(store.open(read_only=True))
    click.echo(report.text())
    if not report.conforms:
        sys.exit(1)
