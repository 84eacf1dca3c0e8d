"""RDF mapping: an Extraction becomes the triples of its article's named graph.

Evidence is modelled with RDF reification: each evidence node is an ``rdf:Statement``
(and ``rekg:Evidence``) whose ``rdf:subject``/``rdf:predicate``/``rdf:object`` name the
plain triple, ``prov:wasDerivedFrom`` names the article, and which carries the sentence,
its character offsets, the rule, the confidence and the qualifiers (role, stake, date).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache

from rekg.model import Article, Entity, Extraction, Triple
from rekg.vocab import ARTICLE, DCTERMS, ENT, EVIDENCE, PROV, RDF, RDFS, REKG, SKOS, XSD

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})  # all N-Triples requires
SUPER_PROPERTIES = {"leads": "worksFor"}  # entailed by the ontology, stored for simple queries


def article_iri(article_id: str) -> str:
    return ARTICLE + article_id


def entity_iri(slug: str) -> str:
    return ENT + slug


def _iri(value: str) -> str:
    return f"<{value}>"


@lru_cache(maxsize=None)  # a few dozen terms
def _term(namespace: str, name: str) -> str:
    return _iri(namespace + name)


def _text(value: str, language: str | None = None) -> str:
    literal = f'"{value.translate(_ESCAPES)}"'
    return f"{literal}@{language}" if language else literal


def _typed(value: str, datatype: str) -> str:
    return f'"{value}"^^{_term(XSD, datatype)}'  # (numbers and dates need no escapes)


TYPE = _term(RDF, "type")
LABEL = _term(RDFS, "label")
ALT_LABEL = _term(SKOS, "altLabel")


def extraction_triples(extraction: Extraction, extractor_version: str) -> list[str]:
    """All triples of one article's graph (article metadata, entities, triples, evidence)
    as N-Triples statements without their final " ." (see Store.write_graphs)."""
    graph = _iri(article_iri(extraction.article.id))
    triples = list(_article_triples(extraction.article, extractor_version))
    for entity in extraction.entities:
        triples += _entity_triples(entity)
    for triple in _best_evidence(extraction.triples):
        triples += _relation_triples(triple, graph)
    return [f"{s} {p} {o}" for s, p, o in triples]


def _article_triples(article: Article, extractor_version: str) -> Iterator[tuple[str, str, str]]:
    node = _iri(article_iri(article.id))
    yield node, TYPE, _term(REKG, "Article")
    yield node, _term(DCTERMS, "title"), _text(article.title)
    yield node, _term(REKG, "sourceFile"), _text(article.source)
    yield node, _term(REKG, "contentHash"), _text(article.id)
    yield node, _term(REKG, "extractorVersion"), _text(extractor_version)
    if article.date:
        yield node, _term(DCTERMS, "date"), _date(article.date)


def _entity_triples(entity: Entity) -> Iterator[tuple[str, str, str]]:
    node = _iri(entity_iri(entity.slug))
    yield node, TYPE, _term(REKG, entity.cls)
    yield node, LABEL, _text(entity.label, "en")
    for alias in entity.aliases:
        yield node, ALT_LABEL, _text(alias, "en")
    for name in entity.chinese:
        yield node, ALT_LABEL, _text(name, "zh")
    if entity.stock_code:
        yield node, _term(REKG, "stockCode"), _text(entity.stock_code)


def _relation_triples(triple: Triple, graph: str) -> Iterator[tuple[str, str, str]]:
    subject = _iri(entity_iri(triple.subject.slug))
    obj = _iri(entity_iri(triple.object.slug))
    predicate = _term(REKG, triple.predicate)
    yield subject, predicate, obj
    if triple.predicate in SUPER_PROPERTIES:
        yield subject, _term(REKG, SUPER_PROPERTIES[triple.predicate]), obj
    evidence = triple.evidence
    node = _iri(EVIDENCE + _evidence_id(triple))
    yield node, TYPE, _term(RDF, "Statement")
    yield node, TYPE, _term(REKG, "Evidence")
    yield node, _term(RDF, "subject"), subject
    yield node, _term(RDF, "predicate"), predicate
    yield node, _term(RDF, "object"), obj
    yield node, _term(PROV, "wasDerivedFrom"), graph
    yield node, _term(REKG, "sentence"), _text(evidence.sentence)
    yield node, _term(REKG, "startOffset"), _typed(str(evidence.start), "integer")
    yield node, _term(REKG, "endOffset"), _typed(str(evidence.end), "integer")
    yield node, _term(REKG, "rule"), _text(evidence.rule)
    yield node, _term(REKG, "confidence"), _typed(f"{evidence.confidence:.3f}", "decimal")
    if evidence.role:
        yield node, _term(REKG, "role"), _text(evidence.role)
    if evidence.stake:
        yield node, _term(REKG, "stake"), _text(evidence.stake)
    if evidence.date:
        yield node, _term(REKG, "date"), _date(evidence.date)


def _best_evidence(triples: tuple[Triple, ...]) -> list[Triple]:
    """One evidence per triple and sentence: the most confident rule."""
    best: dict[tuple, Triple] = {}
    for triple in triples:
        key = (triple.subject.slug, triple.predicate, triple.object.slug, triple.evidence.start)
        if key not in best or triple.evidence.confidence > best[key].evidence.confidence:
            best[key] = triple
    return list(best.values())


def _evidence_id(triple: Triple) -> str:
    key = "|".join((triple.subject.slug, triple.predicate, triple.object.slug,
                    str(triple.evidence.start), str(triple.evidence.end)))
    return f"{triple.evidence.article_id}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


def _date(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return _typed(value, "date")
    return _text(value)
