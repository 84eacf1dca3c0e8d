"""Extraction in worker processes: each parses and reads whole articles, in input order.

spaCy's own ``nlp.pipe(n_process=N)`` parses in workers but ships every Doc back to
the main process, which would then run the rules alone while the workers compete with
it for the cores. Here each worker (forked with the model already loaded) parses *and*
extracts, and only the small ``Reading`` travels back. At most two batches per worker
are in flight, so memory stays flat however long the stream of articles is.
Readings come back a worker's batch at a time, flagged once every article has been
handed out, so that the caller can store the last batches as they arrive instead of
all of them after the last parse.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult

from rekg.extract import Extractor
from rekg.model import Article, Reading

FIRST_BATCH_ARTICLES = 4  # the first batch per worker is small, so a handful of files spreads out
BATCH_ARTICLES = 16  # then full batches: spaCy parses a batch of 16 a few per cent faster than of 4
BATCHES_IN_FLIGHT_PER_WORKER = 2
PR_SET_PDEATHSIG = 1  # linux/prctl.h

_extractor: Extractor | None = None  # the worker's own, inherited from the parent


def read_in_workers(extractor: Extractor, articles: Iterable[Article],
                    workers: int) -> Iterator[tuple[list[Reading], bool]]:
    """Batches of readings of the articles, in their order, extracted by `workers` processes,
    each with whether every article has been handed out by then."""
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with context.Pool(workers, initializer=_start_worker, initargs=(extractor,)) as pool:
        pending: deque[AsyncResult[list[Reading]]] = deque()
        stream = iter(articles)
        sent = 0
        while batch := list(islice(stream, FIRST_BATCH_ARTICLES if sent < workers else BATCH_ARTICLES)):
            pending.append(pool.apply_async(_read_batch, (batch,)))
            sent += 1
            if len(pending) >= workers * BATCHES_IN_FLIGHT_PER_WORKER:
                yield pending.popleft().get(), False
        while pending:
            yield pending.popleft().get(), True


def _start_worker(extractor: Extractor) -> None:
    global _extractor
    _extractor = extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if sys.platform == "linux":  # die with the parent even if killed with -9 mid-parse (a 20 MB text takes minutes)
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _read_batch(batch: list[Article]) -> list[Reading]:
    assert _extractor is not None, "worker started without an extractor"
    return list(_extractor.read_many(batch))
