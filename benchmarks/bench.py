"""rekg benchmark: ingest throughput against bare spaCy, memory, store size, query latency.

    python benchmarks/bench.py [--articles 400] [--workers 2] [--rounds 5] [--triples 1000000]

1. Generates a synthetic corpus (benchmarks/corpus.py).
2. Baseline: bare ``nlp.pipe`` of the stock pipeline (``rekg.extract.load_nlp(compiled_ruler=False)``:
   en_core_web_sm as shipped, with spaCy's own attribute ruler, plus rekg's sentence
   splitter), same n_process and batch size, over the same cleaned texts, held in memory.
3. rekg: the whole ``Pipeline.ingest`` (reading files, extraction, resolution, store
   writes) on the same corpus, with the model already loaded; peak RSS of the process
   tree is sampled throughout. 2 and 3 alternate for --rounds rounds; the fastest run of
   each gives the words/s and their ratio.
4. The attribute ruler's share: CPU seconds of spaCy's ruler and of rekg's compiled one
   (rekg.attributes; the same output) over the parsed Docs of 100 articles.
5. Builds a store of about 1M triples shaped like rekg's (entities, relations, reified
   evidence) and times 1-hop, 2-hop, GROUP BY and regex queries and a Turtle export.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

from rekg.attributes import CompiledAttributeRuler  # noqa: E402
from rekg.extract import load_nlp  # noqa: E402
from rekg.ingest import read_article  # noqa: E402
from rekg.pipeline import Pipeline  # noqa: E402
from rekg.store import EmbeddedStore  # noqa: E402
from rekg.vocab import ENT, EVIDENCE, RDF, RDFS, REKG, XSD  # noqa: E402

BATCH_SIZE = 16  # Extractor.read_many's default


class PeakMemory:
    """Samples the RSS of this process and its children every 50 ms."""

    def __init__(self) -> None:
        self.samples: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.05):
            try:
                tree = [me, *me.children(recursive=True)]
                self.samples.append(sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                continue

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def peak(self, start: float = 0.0, end: float = 1.0) -> int:
        """Peak RSS within a fraction of the run (0.5-1.0 = its second half)."""
        part = self.samples[int(len(self.samples) * start):max(int(len(self.samples) * end), 1)]
        return max(part, default=0)


def mib(size: int) -> str:
    return f"{size / 2**20:.0f} MiB"


def directory_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def bench_ingest(corpus: Path, workers: int, rounds: int) -> dict[str, float]:
    """Words/s of bare nlp.pipe and of Pipeline.ingest on the same texts and processes.

    The two alternate for `rounds` rounds and the fastest run of each counts, so a slow
    spell of the machine (their speed drifts by 10% between runs here) hits both alike.
    """
    texts = [read_article(path).text for path in sorted(corpus.glob("*.txt"))]
    words = sum(len(text.split()) for text in texts)
    spacy_runs, rekg_runs = [], []
    for _ in range(rounds):
        nlp = load_nlp(compiled_ruler=False)
        for _ in nlp.pipe(texts[:20]):  # warm-up
            pass
        started = time.perf_counter()
        for _ in nlp.pipe(texts, n_process=workers, batch_size=BATCH_SIZE):
            pass
        spacy_runs.append(time.perf_counter() - started)
        del nlp  # rekg's memory is measured without the baseline's model
        gc.collect()
        with tempfile.TemporaryDirectory(prefix="rekg-bench-") as directory:
            store = EmbeddedStore(Path(directory) / "store")
            pipeline = Pipeline(store, workers=workers)
            pipeline.extractor  # load the model before timing, as for the baseline
            with PeakMemory() as memory:
                started = time.perf_counter()
                report = pipeline.ingest([corpus])
                rekg_runs.append(time.perf_counter() - started)
            size = directory_size(Path(directory) / "store")
            quads = len(store)
            del store, pipeline  # close the store before its directory is removed
            gc.collect()
    return {
        "articles": len(report.ingested), "words": words, "workers": workers,
        "spacy_wps": words / min(spacy_runs), "rekg_wps": words / min(rekg_runs),
        "ratio": min(spacy_runs) / min(rekg_runs),
        "round_ratios": [s / r for s, r in zip(spacy_runs, rekg_runs)],
        "peak_first_half": memory.peak(0.0, 0.5),
        "peak_second_half": memory.peak(0.5, 1.0), "store_bytes": size, "quads": quads,
        "triples_written": report.triples,
    }


def bench_ruler(texts: list[str]) -> dict[str, float]:
    """CPU seconds of the stock and the compiled attribute ruler over the same parsed Docs (the fastest of 3)."""
    stock = load_nlp(compiled_ruler=False)
    docs = list(stock.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    rulers = {"stock": stock.get_pipe("attribute_ruler"),
              "compiled": CompiledAttributeRuler(stock.get_pipe("attribute_ruler"))}
    spent = dict.fromkeys(rulers, float("inf"))
    for _ in range(3):
        for name, ruler in rulers.items():
            copies = [doc.copy() for doc in docs]
            started = time.process_time()
            for doc in copies:
                ruler(doc)
            spent[name] = min(spent[name], time.process_time() - started)
    return {**spent, "articles": len(texts)}


def synthetic_quads(triples: int) -> Iterator[ox.Quad]:
    """About `triples` triples shaped like rekg's: typed, labelled entities and reified relations."""
    entities = max(triples // 20, 10)
    predicates = [ox.NamedNode(REKG + p) for p in ("owns", "supplies", "produces", "locatedIn", "worksFor")]
    kinds = [ox.NamedNode(REKG + k) for k in ("Company", "Person", "Place", "Product", "GovernmentBody")]
    default = ox.DefaultGraph()
    label, rdf_type = ox.NamedNode(RDFS + "label"), ox.NamedNode(RDF + "type")
    for i in range(entities):
        node = ox.NamedNode(f"{ENT}e{i}")
        yield ox.Quad(node, rdf_type, kinds[i % 5], default)
        yield ox.Quad(node, label, ox.Literal(f"Entity {i} Rare Earth Group", language="en"), default)
    written, n = 2 * entities, 0
    while written < triples:
        subject = ox.NamedNode(f"{ENT}e{(n * 7919) % entities}")
        obj = ox.NamedNode(f"{ENT}e{(n * 104729 + 1) % entities}")
        predicate = predicates[n % 5]
        evidence = ox.NamedNode(f"{EVIDENCE}x{n}")
        yield ox.Quad(subject, predicate, obj, default)
        yield ox.Quad(evidence, rdf_type, ox.NamedNode(RDF + "Statement"), default)
        yield ox.Quad(evidence, ox.NamedNode(RDF + "subject"), subject, default)
        yield ox.Quad(evidence, ox.NamedNode(RDF + "predicate"), predicate, default)
        yield ox.Quad(evidence, ox.NamedNode(RDF + "object"), obj, default)
        yield ox.Quad(evidence, ox.NamedNode(REKG + "sentence"),
                      ox.Literal(f"Sentence {n} says entity {n} relates to another."), default)
        yield ox.Quad(evidence, ox.NamedNode(REKG + "confidence"),
                      ox.Literal(f"0.{n % 1000:03d}", datatype=ox.NamedNode(XSD + "decimal")), default)
        written, n = written + 7, n + 1


QUERIES = {
    "1-hop": "SELECT ?o { ent:e42 rekg:owns ?o }",
    "2-hop": "SELECT ?z { ent:e42 ?p ?y . ?y ?q ?z }",
    "GROUP BY": "SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p",
    "regex": 'SELECT ?s { ?s rdfs:label ?l FILTER regex(?l, "^Entity 4242 ") }',
}


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median seconds of `repeat` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_queries(triples: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="rekg-bench-") as directory:
        path = Path(directory) / "store"
        raw = ox.Store(str(path))
        started = time.perf_counter()
        raw.bulk_extend(synthetic_quads(triples))
        raw.flush()
        load = time.perf_counter() - started
        count = len(raw)
        del raw
        gc.collect()
        store = EmbeddedStore(path)
        result = {"triples": count, "load_s": load}
        for name, sparql in QUERIES.items():
            repeat = 200 if "hop" in name else 5
            result[name] = timed(lambda: list(store.query(sparql)), repeat)
        with open(os.devnull, "wb") as sink:
            result["turtle_export_s"] = timed(lambda: store.dump(sink, "turtle"), 1)
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5, help="alternating spaCy/rekg runs; the fastest of each counts")
    parser.add_argument("--corpus", type=Path, help="reuse or create the corpus here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rekg-corpus-") as scratch:
        corpus = args.corpus or Path(scratch) / "corpus"
        if not corpus.exists() or not any(corpus.glob("*.txt")):
            write_corpus(corpus, args.articles)
        ingest = bench_ingest(corpus, args.workers, args.rounds)
        ruler = bench_ruler([read_article(path).text for path in sorted(corpus.glob("*.txt"))[:100]])
    queries = bench_queries(args.triples)

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"{mib(psutil.virtual_memory().total)} RAM, Python {platform.python_version()}, "
          f"pyoxigraph {ox.__version__}")
    print(f"corpus: {ingest['articles']} articles, {ingest['words']} words; workers: {ingest['workers']}")
    print(f"bare spaCy nlp.pipe : {ingest['spacy_wps']:8.0f} words/s")
    print(f"rekg ingest         : {ingest['rekg_wps']:8.0f} words/s")
    print(f"ratio rekg / spaCy  : {ingest['ratio']:8.2f}  (fastest runs; per round: "
          f"{', '.join(f'{r:.2f}' for r in ingest['round_ratios'])})")
    print(f"attribute ruler, {ruler['articles']:.0f} articles: spaCy's {ruler['stock']:.2f} CPU-s, rekg's compiled "
          f"{ruler['compiled']:.2f} CPU-s (same output; rekg ingest runs the compiled one)")
    print(f"peak RSS (process tree): first half {mib(ingest['peak_first_half'])}, "
          f"second half {mib(ingest['peak_second_half'])}")
    print(f"store: {mib(ingest['store_bytes'])} on disk, {ingest['quads']} quads, "
          f"{ingest['triples_written']} relation triples")
    print(f"query store: {queries['triples']} triples, bulk load {queries['load_s']:.1f} s")
    for name in QUERIES:
        print(f"  {name:9}: {queries[name] * 1000:9.2f} ms")
    print(f"  Turtle export: {queries['turtle_export_s']:.1f} s")


if __name__ == "__main__":
    main()
