"""Namespaces, ontology terms and access to the files under ontology/."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

BASE = "https://w3id.org/rekg/"
REKG = BASE + "ontology#"
ENT = BASE + "id/"
ARTICLE = BASE + "article/"
EVIDENCE = BASE + "evidence/"
ONTOLOGY_GRAPH = BASE + "graph/ontology"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"

PREFIXES = {
    "rekg": REKG,
    "ent": ENT,
    "art": ARTICLE,
    "ev": EVIDENCE,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
}

CLASSES = (
    "Organization",
    "Company",
    "GovernmentBody",
    "IndustryAssociation",
    "ResearchInstitute",
    "Person",
    "Place",
    "Facility",
    "Policy",
    "Product",
)

PROPERTIES = (
    "owns",
    "subsidiaryOf",
    "jointVentureOf",
    "mergedInto",
    "worksFor",
    "leads",
    "locatedIn",
    "issued",
    "regulates",
    "participatesIn",
    "produces",
    "supplies",
    "visited",
)


ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_file(name: str) -> Path:
    """A file under the project's ontology/ folder (the package is installed editable)."""
    return ONTOLOGY_DIR / name


def slugify(label: str) -> str:
    """Deterministic, readable IRI local name for a canonical label."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if slug:
        return slug
    # Labels with no Latin letters (e.g. Chinese only) get a stable hex slug.
    return "u-" + label.encode("utf-8").hex()
