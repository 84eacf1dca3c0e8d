"""SHACL validation of the store against ontology/shapes.ttl (pySHACL), reported readably."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pyshacl
import rdflib
from rdflib.namespace import SH

from rekg.store import Store
from rekg.vocab import PREFIXES, ontology_file


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL validation result: the node, the property, the value and what is wrong."""

    focus: str
    path: str
    value: str
    message: str
    shape: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".rstrip()
        value = f" {self.value}" if self.value else ""
        shape = f" [{self.shape}]" if self.shape else ""
        return f"{where}{value}: {self.message}{shape}"


@dataclass(frozen=True)
class ValidationReport:
    """All violations of a store, sorted by focus node."""

    violations: tuple[Violation, ...]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self) -> str:
        if self.conforms:
            return "0 violations: the graph conforms to ontology/shapes.ttl"
        lines = [str(violation) for violation in self.violations]
        count = len(self.violations)
        return "\n".join([*lines, f"{count} violation{'s' if count != 1 else ''}"])


def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def validate_store(store: Store) -> ValidationReport:
    """Validate the union of the store's graphs (ontology included) against the shapes."""
    buffer = io.BytesIO()
    store.dump(buffer, "nt")
    data = rdflib.Graph().parse(data=buffer.getvalue(), format="nt")
    return validate_graph(data)


def validate_graph(data: rdflib.Graph) -> ValidationReport:
    """Validate an rdflib graph against the shapes (no inference beyond rdfs:subClassOf)."""
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none",
                                     allow_warnings=False)
    violations = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        violations.append(Violation(
            focus=_short(results.value(result, SH.focusNode)),
            path=_short(results.value(result, SH.resultPath)),
            value=_short(results.value(result, SH.value)),
            message=str(results.value(result, SH.resultMessage) or ""),
            shape=_short(results.value(result, SH.sourceShape)),
        ))
    return ValidationReport(tuple(sorted(violations)))


def _short(term: rdflib.term.Node | None) -> str:
    """An IRI with the usual prefixes, a literal in N-Triples form, a shape's blank node as ''."""
    if term is None or isinstance(term, rdflib.BNode):
        return ""
    if isinstance(term, rdflib.URIRef):
        text = str(term)
        for prefix, namespace in [*PREFIXES.items(), ("rekgsh", "https://w3id.org/rekg/shapes#")]:
            if text.startswith(namespace):
                return f"{prefix}:{text[len(namespace):]}"
        return f"<{text}>"
    return term.n3()
