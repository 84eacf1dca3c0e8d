"""Resolution: mentions become canonical entities with deterministic IRIs.

The curated gazetteer (ontology/entities.ttl) gives canonical names, aliases, Chinese
names and types. Names it does not know are normalised (case, punctuation, possessive,
corporate suffixes) so that "Xineng Company" and "Xineng" are one entity, while names
that merely share words ("China Rare Earth Group", "China Rare Earth Holdings") stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from rekg.model import Entity, Extraction, Mention, Reading, Triple
from rekg.vocab import ENT, RDF, RDFS, REKG, SKOS, ontology_file, slugify
from rekg.rules import org_class_from_name

LEGAL_FORM = re.compile(r"(?:,?\s+(?:Co\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Company Limited|LLC|PLC|\(LP\)|LP|"
                        r"K\.K\.|GmbH|AG|ASA|AB|A/S|JSC|LLP|S\.A\.|S\.p\.A\.|N\.V\.|B\.V\.|Oyj))+$")
CITY_OR_PROVINCE = re.compile(r"(.+) (?:city|province)")  # a normalised "Baotou City"
CORPORATE_SUFFIXES = {"co", "ltd", "limited", "inc", "corp", "corporation", "company", "group",
                      "plc", "llc", "sa", "ag", "gmbh", "incorporated", "se", "spa", "nv", "bv", "pty",
                      "bhd", "sdn", "berhad", "jsc", "kk", "oyj", "tbk", "lp", "llp", "as"}


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Case, punctuation, possessives, a leading "the" and "People's" before "Government" do
    not distinguish names."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'").lower()
    text = re.sub(r"\ba/s\b", "as", re.sub(r"'s\b|'$", "", text))  # the Danish "A/S" as one suffix
    text = re.sub(r"[^\w&+\s-]", " ", text).replace("-", " ")
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    text = text.replace("people government", "government")  # "X Municipal People's Government"
    return re.sub(r"^government of (?:the )?(.+)$", r"\1 government", text)  # "People's Government of X"


def strip_suffixes(key: str) -> str:
    """Drop trailing corporate suffixes: "baotou steel group co ltd" -> "baotou steel"."""
    words = key.split()
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


@dataclass(frozen=True)
class GazetteerEntry:
    """A curated entity."""

    slug: str
    label: str
    cls: str
    aliases: tuple[str, ...]
    chinese: tuple[str, ...]
    stock_code: str | None


class Gazetteer:
    """Canonical entities, looked up by any of their names."""

    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self.by_slug = {entry.slug: entry for entry in entries}
        self._exact: dict[str, GazetteerEntry] = {}
        loose: dict[str, set[str]] = defaultdict(set)
        for name, entry in self.names():
            self._exact.setdefault(normalise(name), entry)
            loose[strip_suffixes(normalise(name))].add(entry.slug)
        # a suffix-free key that two entities share resolves to neither
        self._loose = {key: self.by_slug[next(iter(slugs))] for key, slugs in loose.items()
                       if len(slugs) == 1}

    @classmethod
    def load(cls, source: Path | None = None) -> Gazetteer:
        """Read the gazetteer from ontology/entities.ttl."""
        source = source or ontology_file("entities.ttl")
        fields: dict[str, dict] = defaultdict(lambda: {"aliases": [], "chinese": []})
        with source.open("rb") as stream:
            for triple in ox.parse(stream, ox.RdfFormat.TURTLE):
                subject = triple.subject.value
                if not subject.startswith(ENT):
                    continue
                record = fields[subject]
                predicate, value = triple.predicate.value, triple.object
                if predicate == RDF + "type" and value.value.startswith(REKG):
                    record["cls"] = value.value[len(REKG):]
                elif predicate == RDFS + "label":
                    record["label"] = value.value
                elif predicate == SKOS + "altLabel":
                    is_chinese = (value.language or "").startswith("zh")
                    record["chinese" if is_chinese else "aliases"].append(value.value)
                elif predicate == REKG + "stockCode":
                    record["stock_code"] = value.value
        entries = [
            GazetteerEntry(iri[len(ENT):], r["label"], r.get("cls", "Organization"),
                           tuple(r["aliases"]), tuple(r["chinese"]), r.get("stock_code"))
            for iri, r in sorted(fields.items()) if "label" in r
        ]
        return cls(entries)

    def names(self) -> Iterator[tuple[str, GazetteerEntry]]:
        """Every name of every entity: label, aliases and Chinese names."""
        for entry in self.by_slug.values():
            for name in (entry.label, *entry.aliases, *entry.chinese):
                yield name, entry

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entity a name denotes: exact normalised name, else without corporate suffixes;
        "Baotou City" and "Jiangxi Province" are the places Baotou and Jiangxi."""
        key = normalise(name)
        entry = self._exact.get(key) or self._loose.get(strip_suffixes(key))
        if entry is None and (area := CITY_OR_PROVINCE.fullmatch(key)) and (place := self._exact.get(area.group(1))) \
                and place.cls == "Place":
            return place
        return entry


class Resolver:
    """Turns what the extractor read into canonical entities and triples."""

    def __init__(self, gazetteer: Gazetteer,
                 known_label: Callable[[str], str | None] = lambda slug: None) -> None:
        self.gazetteer = gazetteer
        self.known_label = known_label  # the label an entity already has in the store

    def resolve(self, reading: Reading) -> Extraction:
        """Canonical entities and triples for one article."""
        clusters = _clusters(reading)
        entity_of_cluster: dict[int, Entity] = {}
        by_key: dict[str, list[int]] = defaultdict(list)
        names: dict[int, list[Mention]] = defaultdict(list)
        for mention in reading.mentions:
            names[clusters[_span(mention)]].append(mention)
        votes = _class_votes(reading, clusters)
        for cluster, mentions in names.items():
            entry = self._entry(mentions)
            key = entry.slug if entry else slugify(strip_suffixes(normalise(_longest(mentions))))
            by_key[key].append(cluster)
        for key, members in by_key.items():
            mentions = [m for c in members for m in names[c]]
            entity = self._entity(key, mentions, [v for c in members for v in votes[c]])
            for cluster in members:
                entity_of_cluster[cluster] = entity
        triples = []
        for relation in reading.relations:
            subject = entity_of_cluster.get(clusters.get(_span(relation.subject), -1))
            obj = entity_of_cluster.get(clusters.get(_span(relation.object), -1))
            if subject and obj and subject.slug != obj.slug:
                triples.append(Triple(subject, relation.predicate, obj, relation.evidence))
        entities = {e.slug: e for e in entity_of_cluster.values()}
        return Extraction(reading.article, tuple(entities.values()), tuple(triples))

    def _entry(self, mentions: list[Mention]) -> GazetteerEntry | None:
        for mention in mentions:
            if mention.key:
                return self.gazetteer.by_slug[mention.key]
        for mention in mentions:
            if mention.source in ("short", "namesake"):  # part of a longer name: "Jingci" of Suzhou Jingci Motor
                continue
            entry = self.gazetteer.lookup(mention.text)
            if entry:
                return entry
        return None

    def _entity(self, key: str, mentions: list[Mention], votes: list[str]) -> Entity:
        seen = sorted({_display(m.text) for m in mentions})
        entry = self.gazetteer.by_slug.get(key)
        if entry:
            aliases = _merge(entry.aliases, (n for n in seen if _is_latin(n)), exclude=entry.label)
            chinese = _merge(entry.chinese, (n for n in seen if not _is_latin(n)))
            return Entity(key, entry.label, entry.cls, aliases, chinese, entry.stock_code)
        label = self.known_label(key) or _display(_longest(mentions))
        cls = _choose_class(label, votes)
        aliases = _merge((), (n for n in seen if _is_latin(n)), exclude=label)
        chinese = _merge((), (n for n in seen if not _is_latin(n)))
        return Entity(key, label, cls, aliases, chinese)


def _span(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end


def _clusters(reading: Reading) -> dict[tuple[int, int], int]:
    """Cluster number of each mention span: union-find over the coreference links."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(span: tuple[int, int]) -> tuple[int, int]:
        parent.setdefault(span, span)
        while parent[span] != span:
            parent[span] = parent[parent[span]]
            span = parent[span]
        return span

    for mention, antecedent in reading.same_as:
        parent[find(_span(mention))] = find(_span(antecedent))
    roots: dict[tuple[int, int], int] = {}
    return {_span(m): roots.setdefault(find(_span(m)), len(roots)) for m in reading.mentions}


def _class_votes(reading: Reading, clusters: dict[tuple[int, int], int]) -> dict[int, list[str]]:
    """Classes the relation rules gave to each cluster's mentions (strongest evidence)."""
    votes: dict[int, list[str]] = defaultdict(list)
    for mention in reading.mentions:
        votes[clusters[_span(mention)]].append(mention.cls)
    for relation in reading.relations:
        for mention in (relation.subject, relation.object):
            cluster = clusters.get(_span(mention))
            if cluster is not None:
                votes[cluster].extend([mention.cls] * 3)
    return votes


def _choose_class(label: str, votes: list[str]) -> str:
    """The name's own words decide between organisation kinds; otherwise the most votes (of
    ties, the class voted first: the same on every run, whatever the hash seed)."""
    if not votes:
        return org_class_from_name(label) or "Organization"
    best = max(dict.fromkeys(votes), key=lambda cls: (votes.count(cls), cls != "Organization"))
    if best in ("Company", "Organization", "GovernmentBody", "ResearchInstitute", "IndustryAssociation"):
        return org_class_from_name(label) or best
    return best


@lru_cache(maxsize=1 << 16)
def _display(name: str) -> str:
    """A surface name without a leading "the", a possessive ending or a legal form ("Co., Ltd.")."""
    name = re.sub(r"^[Tt]he\s+", "", " ".join(name.split()))
    if name.isupper() and " " in name:  # "JIANGXI HONGTU RARE EARTH CO., LTD." in a filing's title
        name = name.title()
    name = re.sub(r"(?:'s|’s|'|’)$", "", name)
    return LEGAL_FORM.sub("", name) or name


def _longest(mentions: list[Mention]) -> str:
    return max((m.text for m in mentions), key=lambda t: (len(t), t))


def _is_latin(name: str) -> bool:
    return not name or max(name) < "\u2e80"  # no character from the CJK blocks on


def _merge(known: tuple[str, ...], seen: Iterator[str], exclude: str = "") -> tuple[str, ...]:
    names = dict.fromkeys(known)
    keys = {normalise(n) for n in names} | {normalise(exclude)}
    for name in seen:
        if normalise(name) not in keys:
            names[name] = None
            keys.add(normalise(name))
    return tuple(n for n in names if n != exclude)
