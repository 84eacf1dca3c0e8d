"""Core data types that flow between the stages. They import neither spaCy nor rdflib."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """A cleaned article: text ready for NLP plus its metadata."""

    id: str  # stable content hash (16 hex digits) of the cleaned text
    text: str
    title: str
    source: str  # file name the article was read from
    date: str | None = None  # ISO 8601 date when the text gives one


@dataclass(frozen=True)
class Mention:
    """A span of article text that names an entity."""

    text: str
    start: int  # character offsets into Article.text
    end: int
    cls: str  # ontology class local name, e.g. "Company"
    # how it was found: gazetteer | ner | pattern | alias | short (a longer name's short form) | namesake
    source: str = "ner"
    key: str | None = None  # gazetteer slug when the mention matched the gazetteer


@dataclass(frozen=True)
class Evidence:
    """Where and how a relation was found."""

    article_id: str
    sentence: str
    start: int  # character offsets of the sentence in Article.text
    end: int
    rule: str
    confidence: float
    role: str | None = None  # role title, e.g. "General Manager"
    stake: str | None = None  # stake, e.g. "36.71%"
    date: str | None = None  # ISO date of the fact when the text gives one


@dataclass(frozen=True)
class Relation:
    """A relation between two mentions, as the extractor found it (not yet resolved)."""

    subject: Mention
    predicate: str  # ontology property local name, e.g. "owns"
    object: Mention
    evidence: Evidence


@dataclass(frozen=True)
class Reading:
    """What the extractor read in one article, before resolution."""

    article: Article
    mentions: tuple[Mention, ...]
    same_as: tuple[tuple[Mention, Mention], ...]  # (mention, the mention it refers back to)
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class Entity:
    """A canonical entity: one node of the graph."""

    slug: str  # deterministic IRI local part, e.g. "baogang"
    label: str  # canonical English name
    cls: str
    aliases: tuple[str, ...] = ()  # English aliases seen or known
    chinese: tuple[str, ...] = ()  # Chinese names
    stock_code: str | None = None


@dataclass(frozen=True)
class Triple:
    """A resolved relation between two canonical entities, with its evidence."""

    subject: Entity
    predicate: str
    object: Entity
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything found in one article: its entities and its triples."""

    article: Article
    entities: tuple[Entity, ...] = field(default=())
    triples: tuple[Triple, ...] = field(default=())


@dataclass(frozen=True)
class EdgeEvidence:
    """One piece of evidence for an edge, as the graph explorer shows it."""

    sentence: str
    article_title: str
    article_source: str
    rule: str
    confidence: float
    role: str | None = None
    stake: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class GraphNode:
    """An entity as the graph explorer shows it."""

    iri: str
    label: str
    cls: str
    aliases: tuple[str, ...] = ()
    chinese: tuple[str, ...] = ()
    stock_code: str | None = None


@dataclass(frozen=True)
class GraphEdge:
    """A relation between two nodes with all its evidence."""

    source: str  # node IRI
    target: str
    predicate: str  # ontology property local name
    evidence: tuple[EdgeEvidence, ...] = ()


@dataclass(frozen=True)
class GraphView:
    """The part of the graph the explorer draws."""

    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
