"""The compiled attribute ruler sets what spaCy's own attribute ruler sets, token for token."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from rekg.attributes import CompiledAttributeRuler
from rekg.extract import MODEL_NAMES, load_nlp

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ATTRS = [TAG, POS, MORPH, LEMMA, DEP]
CORNERS = ("Y'all gonna say it ain't so? Let's go, c'mon. There is a cat; there were two. He gets it, he got it.\n\n"
           "  \n Nothin' here.  Baogang's unit, Baotou Huamei Rare Earth, doesn't sell it; \"why not?\" 3.5% (Ltd.)")


@pytest.fixture(scope="module")
def stock() -> Language:
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=["ner"])
        except OSError:
            continue
    pytest.fail("no spaCy English model installed")


def texts() -> list[str]:
    return [CORNERS, *(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))),
            *(path.read_text(encoding="utf-8") for path in sorted(Path(__file__).parent.glob("data/blind10[0-4]/*.txt")))]


def test_the_compiled_ruler_sets_the_stock_rulers_attributes_on_every_token(stock):
    compiled = CompiledAttributeRuler(stock.get_pipe("attribute_ruler"))
    assert len(compiled.indices) == 8 and compiled.opening is not None  # "gon na", "let 's", "There is" ...
    checked = 0
    for doc in stock.pipe(texts(), disable=["attribute_ruler", "lemmatizer"]):
        ours = compiled(doc.copy())
        theirs = stock.get_pipe("attribute_ruler")(doc)
        assert (ours.to_array(ATTRS) == theirs.to_array(ATTRS)).all(), doc.text[:60]
        checked += len(doc)
    assert checked > 5000
    doc = stock(CORNERS + " They gonna win, y all wait.")
    assert [(t.text, t.lemma_) for t in doc if t.lower_ in ("gon", "na", "ai", "'s", "c'm", "y", "nothin'")] == [
        ("gon", "go"), ("na", "to"), ("ai", "be"), ("'s", "us"), ("c'm", "come"), ("Nothin'", "nothing"),
        ("'s", "'s"), ("gon", "go"), ("na", "to"), ("y", "you")]  # "Let's", but "Baogang's" is no "us"
    assert [(t.lemma_, t.pos_) for t in doc if t.lower_ in ("is", "were", "gets", "got")] == [
        ("be", "VERB"), ("be", "VERB"), ("get", "VERB"), ("get", "VERB")]  # "There is": a verb, not AUX

def test_later_rules_win_and_rules_of_several_tokens_set_the_token_they_point_at(stock):
    ruler = AttributeRuler(stock.vocab)
    ruler.add_patterns([
        {"patterns": [[{"TAG": {"IN": ["NN", "NNP"]}}]], "attrs": {"POS": "X"}},
        {"patterns": [[{"LOWER": "rare", "TAG": {"NOT_IN": ["VB"]}}]], "attrs": {"POS": "ADJ", "LEMMA": "scarce"}},
        {"patterns": [[{"LOWER": {"REGEX": "^earth"}}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": "rare"}, {"LOWER": "earth"}]], "attrs": {"LEMMA": "REE"}, "index": -1},
        {"patterns": [[{"LOWER": "earths", "OP": "?"}, {"LOWER": "from"}]], "attrs": {"MORPH": "Case=Abl"}},
    ])
    doc = stock("Rare earth prices rose; rare earths from Baotou.", disable=["attribute_ruler", "lemmatizer"])
    ours = CompiledAttributeRuler(ruler)
    assert ours.opening is None  # an "OP" rule: the spanning rules are looked for everywhere
    expected = ruler(doc.copy()).to_array(ATTRS)
    ours(doc)
    assert (doc.to_array(ATTRS) == expected).all()
    assert [(t.text, t.pos_, t.lemma_, str(t.morph)) for t in doc[:2]] == [
        ("Rare", "ADJ", "scarce", ""), ("earth", "PROPN", "REE", "")]
    assert [str(t.morph) for t in doc if t.lower_ in ("earths", "from")] == ["Case=Abl", "Case=Abl"]


def test_rekg_pipeline_runs_the_compiled_ruler_and_the_stock_one_on_request():
    assert isinstance(load_nlp().get_pipe("attribute_ruler"), CompiledAttributeRuler)
    assert isinstance(load_nlp(compiled_ruler=False).get_pipe("attribute_ruler"), AttributeRuler)
