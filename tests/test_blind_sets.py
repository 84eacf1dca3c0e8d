"""Extraction scored on the sets written blind: each set is read once into a fresh on-disk
store by the real pipeline, then scored against its gold triples and its planted negatives."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from rekg.evaluate import Evaluation, evaluate
from rekg.extract import Extractor
from rekg.pipeline import Pipeline
from rekg.resolve import Gazetteer
from rekg.store import open_store

DATA = Path(__file__).parent / "data"

# Sets written blind by helpers who never saw the rules, each scored once before it was used
# for development (first score in the comment); the floors keep what development reached.
BLIND_SETS = {  # folder: (precision floor, F1 floor)
    "heldout": (0.9, 0.7),  # first F1 0.367 (early rules)
    "blind": (0.9, 0.68),  # first P 0.941 R 0.471 F1 0.627, 2 of 25 negatives
    "blind2": (0.89, 0.65),  # first P 0.927 R 0.459 F1 0.614; P 0.899 since "wind turbine maker Goldwind"
    # and "a German motor maker" are read as what they make (true, but left out of its gold)
    "blind3": (0.9, 0.6),  # first P 0.833 R 0.420 F1 0.559, 1 of 24 negatives
    "blind4": (0.85, 0.7),  # first P 0.810 R 0.358 F1 0.496
    "blind5": (0.85, 0.6),  # first P 0.843 R 0.453 F1 0.589, 1 of 25 negatives
    "blind6": (0.85, 0.45),  # first P 0.788 R 0.224 F1 0.349, 1 of 27 negatives
    "blind7": (0.85, 0.55),  # first P 0.750 R 0.313 F1 0.442
    "blind8": (0.78, 0.47),  # first P 0.770 R 0.320 F1 0.452, 3 of 37 negatives
    "blind9": (0.85, 0.6),  # first P 0.775 R 0.356 F1 0.488
    "blind10": (0.78, 0.45),  # first P 0.785 R 0.288 F1 0.422, 2 of 49 negatives
    "blind11": (0.82, 0.48),  # first P 0.816 R 0.323 F1 0.463, 1 of 52 negatives
    "blind12": (0.9, 0.76),  # first P 0.874 R 0.545 F1 0.671, 1 of 45 negatives
    "blind13": (0.9, 0.76),  # first P 0.822 R 0.468 F1 0.597, 3 of 47 negatives
    "blind14": (0.9, 0.78),  # first P 0.835 R 0.426 F1 0.564, 1 of 41 negatives
    "blind15": (0.9, 0.71),  # first P 0.891 R 0.483 F1 0.626, 2 of 42 negatives
    "blind16": (0.85, 0.67),  # first P 0.825 R 0.488 F1 0.614, 3 of 41 negatives
    "blind17": (0.85, 0.68),  # first P 0.820 R 0.444 F1 0.576, 1 of 43 negatives
    "blind18": (0.9, 0.65),  # first P 0.921 R 0.488 F1 0.638, 0 of 46 negatives
    "blind19": (0.88, 0.54),  # first P 0.903 R 0.394 F1 0.548, 1 of 46 negatives
    "blind20": (0.75, 0.5),  # first P 0.753 R 0.399 F1 0.521, 3 of 40 negatives (scored at the end of a session)
    "blind21": (0.8, 0.5),  # first P 0.836 R 0.380 F1 0.522, 0 of 43 negatives
    "blind22": (0.8, 0.55),  # first P 0.838 R 0.436 F1 0.573, 0 of 46 negatives
    "blind23": (0.85, 0.65),  # first P 0.866 R 0.544 F1 0.668, 4 of 48 negatives
    "blind24": (0.85, 0.68),  # first P 0.897 R 0.569 F1 0.696, 2 of 47 negatives
    "blind25": (0.78, 0.64),  # first P 0.798 R 0.566 F1 0.662, 0 of 45 negatives
    "blind26": (0.9, 0.72),  # first P 0.945 R 0.607 F1 0.739, 0 of 46 negatives
    "blind27": (0.9, 0.7),  # first P 0.921 R 0.585 F1 0.716, 0 of 46 negatives
    "blind28": (0.83, 0.65),  # first P 0.855 R 0.553 F1 0.671, 0 of 45 negatives
    "blind29": (0.9, 0.72),  # first P 0.914 R 0.609 F1 0.731, 1 of 47 negatives
    "blind30": (0.8, 0.62),  # first P 0.823 R 0.521 F1 0.638, 0 of 47 negatives
    "blind31": (0.87, 0.72),  # first P 0.890 R 0.654 F1 0.754, 0 of 47 negatives
    "blind32": (0.89, 0.76),  # first P 0.915 R 0.697 F1 0.791, 2 of 47 negatives
    "blind33": (0.89, 0.73),  # first P 0.915 R 0.655 F1 0.764, 0 of 50 negatives
    "blind34": (0.87, 0.70),  # first P 0.892 R 0.615 F1 0.728, 0 of 48 negatives
    "blind35": (0.84, 0.68),  # first P 0.861 R 0.608 F1 0.712, 2 of 46 negatives
    "blind36": (0.91, 0.78),  # first P 0.932 R 0.723 F1 0.814, 0 of 48 negatives
    "blind37": (0.81, 0.61),  # first P 0.835 R 0.528 F1 0.647, 1 of 46 negatives
    "blind38": (0.88, 0.72),  # first P 0.907 R 0.640 F1 0.750, 0 of 46 negatives
    "blind39": (0.91, 0.67),  # first P 0.936 R 0.564 F1 0.704, 2 of 45 negatives
    "blind40": (0.93, 0.67),  # first P 0.951 R 0.562 F1 0.706, 0 of 45 negatives
    "blind41": (0.93, 0.80),  # first P 0.955 R 0.733 F1 0.829, 0 of 49 negatives
    "blind42": (0.86, 0.72),  # first P 0.885 R 0.648 F1 0.748, 0 of 50 negatives
    "blind43": (0.79, 0.65),  # first P 0.819 R 0.587 F1 0.684, 0 of 47 negatives
    "blind44": (0.90, 0.79),  # first P 0.928 R 0.739 F1 0.823, 0 of 48 negatives
    "blind45": (0.90, 0.78),  # first P 0.928 R 0.732 F1 0.818, 2 of 48 negatives
    "blind46": (0.76, 0.59),  # first P 0.785 R 0.519 F1 0.625, 2 of 51 negatives
    "blind47": (0.77, 0.58),  # first P 0.793 R 0.506 F1 0.618, 0 of 49 negatives
    "blind48": (0.84, 0.64),  # first P 0.861 R 0.554 F1 0.674, 1 of 50 negatives
    "blind49": (0.83, 0.72),  # first P 0.851 R 0.670 F1 0.750, 2 of 48 negatives
    "blind50": (0.87, 0.70),  # first P 0.892 R 0.625 F1 0.735, 2 of 49 negatives
    "blind51": (0.91, 0.70),  # first P 0.933 R 0.600 F1 0.730, 0 of 47 negatives
    "blind52": (0.85, 0.68),  # first P 0.871 R 0.611 F1 0.718, 2 of 47 negatives
    "blind53": (0.90, 0.69),  # first P 0.920 R 0.596 F1 0.723, 1 of 48 negatives
    "blind54": (0.83, 0.65),  # first P 0.852 R 0.577 F1 0.688, 0 of 50 negatives
    "blind55": (0.85, 0.63),  # first P 0.877 R 0.531 F1 0.662, 0 of 50 negatives
    "blind56": (0.86, 0.65),  # first P 0.887 R 0.553 F1 0.681, 0 of 45 negatives
    "blind57": (0.87, 0.61),  # first P 0.896 R 0.508 F1 0.648, 0 of 47 negatives
    "blind58": (0.78, 0.57),  # first P 0.802 R 0.491 F1 0.609, 0 of 46 negatives
    "blind59": (0.93, 0.76),  # first P 0.951 R 0.682 F1 0.795, 2 of 47 negatives
    "blind60": (0.87, 0.77),  # first P 0.895 R 0.724 F1 0.801, 2 of 48 negatives
    "blind61": (0.83, 0.70),  # first P 0.853 R 0.638 F1 0.730, 1 of 48 negatives
    "blind62": (0.82, 0.71),  # first P 0.847 R 0.672 F1 0.749, 0 of 45 negatives
    "blind63": (0.85, 0.70),  # first P 0.874 R 0.633 F1 0.734, 0 of 46 negatives
    "blind64": (0.88, 0.64),  # first P 0.908 R 0.532 F1 0.671, 0 of 46 negatives
    "blind65": (0.78, 0.62),  # first P 0.802 R 0.555 F1 0.656, 0 of 47 negatives
    "blind66": (0.87, 0.75),  # first P 0.894 R 0.707 F1 0.789, 1 of 47 negatives
    "blind67": (0.82, 0.46),  # first P 0.846 R 0.345 F1 0.490, 0 of 51 negatives
    "blind68": (0.82, 0.53),  # first P 0.848 R 0.427 F1 0.568, 3 of 48 negatives
    "blind69": (0.81, 0.60),  # first P 0.854 R 0.510 F1 0.638, 1 of 50 negatives; P 0.828 since the customs
    # administration co-issuing export controls is read as regulating each element (true, but left out of its gold)
    "blind70": (0.72, 0.41),  # first P 0.745 R 0.319 F1 0.447, 0 of 48 negatives
    "blind71": (0.78, 0.59),  # first P 0.803 R 0.513 F1 0.626, 2 of 50 negatives
    "blind72": (0.86, 0.61),  # first P 0.883 R 0.504 F1 0.642, 0 of 49 negatives
    "blind73": (0.86, 0.61),  # first P 0.883 R 0.502 F1 0.640, 1 of 49 negatives
    "blind74": (0.88, 0.54),  # first P 0.903 R 0.419 F1 0.573, 2 of 50 negatives
    "blind75": (0.84, 0.51),  # first P 0.867 R 0.398 F1 0.546, 2 of 51 negatives
    "blind76": (0.80, 0.60),  # first P 0.827 R 0.510 F1 0.631, 3 of 49 negatives
    "blind77": (0.80, 0.59),  # first P 0.823 R 0.498 F1 0.621, 1 of 53 negatives
    "blind78": (0.81, 0.51),  # first P 0.838 R 0.405 F1 0.546, 0 of 49 negatives
    "blind79": (0.82, 0.45),  # first P 0.873 R 0.333 F1 0.482, 1 of 52 negatives
    "blind80": (0.8, 0.58),  # first P 0.825 R 0.486 F1 0.611, 1 of 50 negatives
    "blind81": (0.8, 0.48),  # first P 0.825 R 0.379 F1 0.519, 2 of 51 negatives
    "blind82": (0.74, 0.46),  # first P 0.765 R 0.364 F1 0.493, 0 of 49 negatives
    "blind83": (0.87, 0.57),  # first P 0.893 R 0.462 F1 0.609, 1 of 47 negatives
    "blind84": (0.87, 0.49),  # first P 0.890 R 0.369 F1 0.522, 1 of 51 negatives
    "blind85": (0.8, 0.52),  # first P 0.822 R 0.422 F1 0.557, 0 of 51 negatives
    "blind86": (0.79, 0.56),  # first P 0.814 R 0.470 F1 0.596, 3 of 48 negatives
    "blind87": (0.75, 0.53),  # first P 0.779 R 0.440 F1 0.562, 2 of 48 negatives
    "blind88": (0.76, 0.42),  # first P 0.788 R 0.317 F1 0.452, 0 of 50 negatives
    "blind89": (0.75, 0.5),  # first P 0.770 R 0.405 F1 0.531, 1 of 50 negatives
    "blind90": (0.72, 0.53),  # first P 0.745 R 0.452 F1 0.563, 1 of 49 negatives
    "blind91": (0.84, 0.65),  # first P 0.866 R 0.563 F1 0.683, 1 of 50 negatives
    "blind92": (0.77, 0.57),  # first P 0.793 R 0.484 F1 0.601, 1 of 51 negatives
    "blind93": (0.87, 0.6),  # first P 0.892 R 0.492 F1 0.634, 1 of 51 negatives
    "blind94": (0.79, 0.53),  # first P 0.813 R 0.429 F1 0.562, 0 of 49 negatives
    "blind95": (0.83, 0.53),  # first P 0.858 R 0.420 F1 0.564, 1 of 49 negatives
    "blind96": (0.79, 0.52),  # first P 0.818 R 0.418 F1 0.553, 3 of 52 negatives
    "blind97": (0.67, 0.53),  # first P 0.696 R 0.470 F1 0.561, 0 of 50 negatives
    "blind98": (0.81, 0.53),  # first P 0.836 R 0.428 F1 0.566, 1 of 54 negatives
    "blind99": (0.79, 0.6),  # first P 0.819 R 0.513 F1 0.631, 1 of 51 negatives
    "blind100": (0.79, 0.45),  # first P 0.816 R 0.346 F1 0.486, 0 of 50 negatives
    "blind101": (0.82, 0.59),  # first P 0.848 R 0.494 F1 0.625, 1 of 50 negatives
    "blind102": (0.79, 0.51),  # first P 0.812 R 0.408 F1 0.543, 2 of 49 negatives
    "blind103": (0.78, 0.57),  # first P 0.806 R 0.488 F1 0.608, 0 of 51 negatives
    "blind104": (0.73, 0.55),  # first P 0.753 R 0.480 F1 0.587, 3 of 51 negatives
    "blind105": (0.90, 0.61),  # first P 0.925 R 0.498 F1 0.647, 1 of 49 negatives
    "blind106": (0.86, 0.58),  # first P 0.887 R 0.472 F1 0.616, 0 of 50 negatives
    "blind107": (0.77, 0.58),  # first P 0.795 R 0.506 F1 0.619, 0 of 48 negatives
    "blind108": (0.80, 0.51),  # first P 0.828 R 0.405 F1 0.544, 0 of 50 negatives
    "blind109": (0.75, 0.47),  # first P 0.773 R 0.379 F1 0.509, 2 of 50 negatives
    "blind110": (0.87, 0.50),  # first P 0.894 R 0.377 F1 0.530, 1 of 49 negatives
    "blind111": (0.81, 0.50),  # first P 0.831 R 0.394 F1 0.534, 2 of 51 negatives
    "blind112": (0.83, 0.55),  # first P 0.856 R 0.447 F1 0.588, 0 of 50 negatives
    "blind113": (0.82, 0.58),  # first P 0.846 R 0.486 F1 0.618, 3 of 51 negatives
    "blind114": (0.87, 0.68),  # first P 0.891 R 0.596 F1 0.715, 2 of 50 negatives
    "blind115": (0.83, 0.62),  # first P 0.855 R 0.528 F1 0.653, 0 of 52 negatives
    "blind116": (0.78, 0.63),  # first P 0.808 R 0.565 F1 0.665, 0 of 46 negatives
    "blind117": (0.88, 0.64),  # first P 0.905 R 0.534 F1 0.672, 0 of 49 negatives
    "blind118": (0.87, 0.53),  # first P 0.901 R 0.412 F1 0.565, 1 of 49 negatives
}


Scores = Callable[[str], "tuple[Evaluation, Evaluation]"]


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Scores:
    """A set's scores against its gold triples and against its negatives (leads apart), read once."""
    extractor = Extractor(Gazetteer.load())

    @cache
    def of(name: str) -> tuple[Evaluation, Evaluation]:
        folder = DATA / name
        directory = tmp_path_factory.mktemp(name)
        rows = [line.split("\t") for line in (folder / "NEGATIVES.tsv").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
        negatives = directory / "negatives.tsv"
        negatives.write_text("".join(f"{s}\t{p}\t{o}\t1\t{a}\n" for s, p, o, a, *_ in rows), encoding="utf-8")
        store = open_store(directory / "store")
        report = Pipeline(store, workers=2, extractor=extractor).ingest([folder])
        assert report.ingested and not report.errors
        return (evaluate(store, folder / "gold.tsv", folder / "entities.tsv"),
                evaluate(store, negatives, folder / "entities.tsv", leads_apart=True))

    return of


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_eval_on_sets_written_blind(name: str, scores: Scores):
    score = scores(name)[0].overall
    precision_floor, f1_floor = BLIND_SETS[name]
    assert score.precision >= precision_floor and score.f1 >= f1_floor


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_no_denied_rumoured_or_former_fact(name: str, scores: Scores):
    produced = scores(name)[1]
    assert produced.overall.true_positives == 0, produced.report()  # not even "a deputy leads"
