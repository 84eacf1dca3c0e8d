"""The ingest job: files -> articles -> readings -> entities and triples -> store."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rekg import __version__
from rekg.extract import Extractor
from rekg.ingest import IngestError, iter_article_files, read_article
from rekg.model import Article, Extraction
from rekg.rdf import article_iri, entity_iri, extraction_triples
from rekg.resolve import Gazetteer, Resolver
from rekg.store import Store
from rekg.vocab import REKG, ontology_file
from rekg.workers import read_in_workers


WRITE_EVERY = 100  # articles per store write (all or none); fewer, larger bulk writes cost RocksDB less CPU
# Once every article is with the workers, each of their batches is written as it arrives,
# while they parse the rest: only the last batch's write is left after the last parse.


@dataclass
class IngestReport:
    """What one ingest run did."""

    ingested: list[str] = field(default_factory=list)  # file names
    unchanged: list[str] = field(default_factory=list)  # already in the store, same extractor
    errors: list[IngestError] = field(default_factory=list)
    triples: int = 0  # relation triples written

    def summary(self) -> str:
        return (f"{len(self.ingested)} ingested, {len(self.unchanged)} unchanged, "
                f"{len(self.errors)} skipped; {self.triples} relation triples written")


def extractor_version() -> str:
    """Changes whenever the rules, the gazetteer or the package version change."""
    digest = hashlib.sha256(__version__.encode())
    for name in ("rules.py", "extract.py", "resolve.py"):
        digest.update((Path(__file__).parent / name).read_bytes())
    digest.update(ontology_file("entities.ttl").read_bytes())
    return digest.hexdigest()[:16]


class Pipeline:
    """Ingests article files into a store; re-ingesting is idempotent."""

    def __init__(self, store: Store, min_confidence: float = 0.0, workers: int = 1,
                 extractor: Extractor | None = None) -> None:
        """The extractor (spaCy's model and the gazetteer's matchers) is loaded when first
        needed, unless one already loaded is given, to read into several stores."""
        self.store = store
        self.min_confidence = min_confidence
        self.workers = workers
        self._extractor = extractor
        self._gazetteer = extractor.gazetteer if extractor else Gazetteer.load()
        self.resolver = Resolver(self._gazetteer, self._known_label)
        self._unwritten_labels: dict[str, str] = {}  # slug -> label of entities in the batch being written
        # an article is unchanged only if read by the same rules with the same threshold
        self.version = f"{extractor_version()}@{min_confidence:g}"

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = Extractor(self._gazetteer)
        return self._extractor

    def ingest(self, paths: Iterable[Path],
               on_error: Callable[[IngestError], None] = lambda error: None) -> IngestReport:
        """Read, extract and store every article under the paths; bad files are skipped."""
        report = IngestReport()
        self.store.load_ontology()
        articles = self._new_articles(paths, report, on_error)
        batches = (read_in_workers(self.extractor, articles, self.workers) if self.workers > 1
                   else (([reading], False) for reading in self.extractor.read_many(articles)))
        # Objects that exist by now (the loaded model above all, some 100,000) outlive the run:
        # frozen, the cyclic garbage collector stops traversing them, here and in the forked workers.
        gc.freeze()
        try:
            batch: list[Extraction] = []
            for readings, all_handed_out in batches:
                for reading in readings:
                    extraction = self._filtered(self.resolver.resolve(reading))
                    batch.append(extraction)
                    self._unwritten_labels.update((e.slug, e.label) for e in extraction.entities)
                if len(batch) >= WRITE_EVERY or all_handed_out:
                    self._write(batch, report)
                    batch = []
            self._write(batch, report)
        finally:
            gc.unfreeze()
        return report

    def _write(self, batch: list[Extraction], report: IngestReport) -> None:
        """Store the articles' graphs in one write (all or none), then count them."""
        self.store.write_graphs({article_iri(extraction.article.id): extraction_triples(extraction, self.version)
                                 for extraction in batch})
        self.store.flush()
        self._unwritten_labels.clear()
        for extraction in batch:
            report.ingested.append(extraction.article.source)
            report.triples += len(extraction.triples)

    def _new_articles(self, paths: Iterable[Path], report: IngestReport,
                      on_error: Callable[[IngestError], None]) -> Iterator[Article]:
        seen: set[str] = set()
        for item in iter_article_files(paths):
            try:
                if isinstance(item, IngestError):
                    raise item
                article = read_article(item)
            except IngestError as error:
                report.errors.append(error)
                on_error(error)
                continue
            graph = article_iri(article.id)
            if article.id in seen or self.store.graph_value(
                    graph, graph, REKG + "extractorVersion") == self.version:
                report.unchanged.append(article.source)
                continue
            seen.add(article.id)
            yield article

    def _filtered(self, extraction: Extraction) -> Extraction:
        kept = tuple(t for t in extraction.triples if t.evidence.confidence >= self.min_confidence)
        return replace(extraction, triples=kept)

    def _known_label(self, slug: str) -> str | None:
        return self._unwritten_labels.get(slug) or self.store.label_of(entity_iri(slug))
