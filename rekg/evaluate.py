"""Evaluation: precision, recall and F1 of the extracted triples against gold annotations.

Gold files (see ../shared/eval/): a triples TSV (subject, predicate, object, req, article)
and an entities TSV (canonical, type, aliases separated by |). Names match after
normalisation (case, punctuation, corporate suffixes; names the entities file does not
know are reported in that normal form); ``subsidiaryOf`` counts as the
inverse ``owns`` and ``leads`` as ``worksFor`` (unless ``leads_apart``: then a ``leads`` row
needs a ``leads`` triple, e.g. to check "a vice mayor does not lead the city"). Gold rows
with req 0 are acceptable: neither counted for recall nor, when predicted, as false positives.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rekg.resolve import normalise, strip_suffixes
from rekg.store import Store

GoldTriple = tuple[str, str, str, str]  # article, subject, predicate, object (canonical keys)

_PREDICTED = """
SELECT DISTINCT ?source ?s ?p ?o WHERE {
  ?evidence a rekg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
            prov:wasDerivedFrom ?article .
  ?article rekg:sourceFile ?source .
}"""
_NAMES = "SELECT ?e ?name WHERE { ?e rdfs:label|skos:altLabel ?name FILTER(STRSTARTS(STR(?e), STR(ent:))) }"


def _key(name: str) -> str:
    return strip_suffixes(normalise(name))


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as stream:
        return [row for row in csv.reader(stream, delimiter="\t")
                if row and not row[0].startswith("#")]


@dataclass
class Score:
    """Counts for one property (or overall)."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """Scores per property and overall, with the misses and the spurious triples."""

    by_property: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[GoldTriple] = field(default_factory=list)
    spurious: list[GoldTriple] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.by_property.values():
            total.true_positives += score.true_positives
            total.false_positives += score.false_positives
            total.false_negatives += score.false_negatives
        return total

    def report(self) -> str:
        lines = [f"{'property':16} {'P':>6} {'R':>6} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4}"]
        for name, score in sorted(self.by_property.items()) + [("overall", self.overall)]:
            lines.append(f"{name:16} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
                         f"{score.true_positives:4} {score.false_positives:4} {score.false_negatives:4}")
        lines += ["", f"misses ({len(self.misses)}):"]
        lines += [f"  [{a}] {s} {p} {o}" for a, s, p, o in self.misses]
        lines += [f"spurious ({len(self.spurious)}):"]
        lines += [f"  [{a}] {s} {p} {o}" for a, s, p, o in self.spurious]
        return "\n".join(lines)


def _canonical_names(entities_tsv: Path) -> dict[str, str]:
    """Normalised name or alias -> canonical gold name."""
    names: dict[str, str] = {}
    for row in _rows(entities_tsv):
        canonical = row[0]
        aliases = row[2].split("|") if len(row) > 2 and row[2] else []
        for name in (canonical, *aliases):
            names.setdefault(_key(name), canonical)
    return names


def _normal_form(subject: str, predicate: str, obj: str, leads_apart: bool) -> tuple[str, str, str]:
    if predicate == "subsidiaryOf":
        return obj, "owns", subject
    if predicate == "leads" and not leads_apart:
        return subject, "worksFor", obj
    return subject, predicate, obj


def _article_key(source: str, gold_articles: set[str]) -> str:
    stem = Path(source).stem
    for key in gold_articles:
        if stem == key or stem.startswith((key + "_", key + "-", key + ".")):
            return key
    return stem


def evaluate(store: Store, gold_tsv: Path, entities_tsv: Path, leads_apart: bool = False) -> Evaluation:
    """Score the store's triples against the gold triples of the same articles."""
    canonical = _canonical_names(entities_tsv)
    gold: dict[GoldTriple, bool] = {}
    for row in _rows(gold_tsv):
        subject, predicate, obj, required, article = row[:5]
        s, p, o = _normal_form(canonical.get(_key(subject), _key(subject)), predicate,
                               canonical.get(_key(obj), _key(obj)), leads_apart)
        key = (article, s, p, o)  # "X leads Y" and "X worksFor Y" are one key: required wins
        gold[key] = gold.get(key, False) or required.strip() == "1"
    articles = {a for a, *_ in gold}
    entity_name: dict[str, str] = {}
    for row in store.query(_NAMES):
        match = canonical.get(_key(row["name"].value))
        if match and row["e"].value not in entity_name:
            entity_name[row["e"].value] = match
    for row in store.query("SELECT ?e ?l WHERE { ?e rdfs:label ?l }"):
        entity_name.setdefault(row["e"].value, _key(row["l"].value))
    predicted: set[GoldTriple] = set()
    for row in store.query(_PREDICTED):
        predicate = row["p"].value.rsplit("#", 1)[-1]
        s, p, o = _normal_form(entity_name.get(row["s"].value, row["s"].value), predicate,
                               entity_name.get(row["o"].value, row["o"].value), leads_apart)
        article = _article_key(row["source"].value, articles)
        predicted.add((article, s, p, o))
        if p == "leads":  # apart or not, who leads works for
            predicted.add((article, s, "worksFor", o))
    result = Evaluation()
    for triple in sorted(predicted):
        if triple in gold:
            if gold[triple]:
                result.by_property[triple[2]].true_positives += 1
        elif triple[0] in articles:
            result.by_property[triple[2]].false_positives += 1
            result.spurious.append(triple)
    for triple, required in sorted(gold.items()):
        if required and triple not in predicted:
            result.by_property[triple[2]].false_negatives += 1
            result.misses.append(triple)
    return result
