"""Property-based tests (Hypothesis): encoding repair, label normalisation, rule clues."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rekg.ingest import repair_text
from rekg.resolve import normalise, strip_suffixes
from rekg.rules import RULES, _clues, clue_words, rules_for
from rekg.vocab import slugify

# Text that cannot be mojibake: letters, digits, spaces and punctuation from scripts that
# no repair rule touches (ASCII, CJK, Cyrillic, Arabic), plus emoji.
CLEAN_TEXT = st.text(
    alphabet=st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()-&%/\n"
        "北方稀土集团包钢股份有限公司中国ПриветмирالعربيةЖ😀🧲"),
    max_size=200)
ANY_TEXT = st.text(max_size=200)
SETTINGS = settings(max_examples=300, deadline=None)


@SETTINGS
@given(ANY_TEXT)
def test_repair_never_raises_and_is_idempotent(text: str) -> None:
    once = repair_text(text)
    assert repair_text(once) == once


@SETTINGS
@given(CLEAN_TEXT)
def test_repair_keeps_text_without_mojibake(text: str) -> None:
    assert repair_text(text) == text


@SETTINGS
@given(ANY_TEXT)
def test_normalise_is_idempotent(text: str) -> None:
    key = normalise(text)
    assert normalise(key) == key
    assert key == " ".join(key.split()) and key == key.lower()


@SETTINGS
@given(ANY_TEXT)
def test_strip_suffixes_is_idempotent_and_keeps_a_word(text: str) -> None:
    key = normalise(text)
    stripped = strip_suffixes(key)
    assert strip_suffixes(stripped) == stripped
    assert key.startswith(stripped)
    assert bool(stripped) == bool(key)


@SETTINGS
@given(ANY_TEXT)
def test_slugify_gives_a_safe_stable_iri_name(text: str) -> None:
    slug = slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*|u-[0-9a-f]*", slug)
    assert slugify(text) == slug
    if not slug.startswith("u-"):
        assert slugify(slug) == slug


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_match_holds_its_rules_clues(data: st.DataObject) -> None:
    """The words a rule's clues require are in every text its regex matches in."""
    rule = data.draw(st.sampled_from(RULES))
    text = data.draw(st.from_regex(rule.pattern))
    assert rule.pattern.search(text)
    assert rule.may_occur_in(clue_words(text.casefold()))
    codes = frozenset(code.upper() for code in re.findall(r"«([A-Z])\d+»", text, re.IGNORECASE))
    assert rule in rules_for(codes, clue_words(text.casefold()))


@pytest.mark.parametrize("text, words", [
    ("«O1» is owned by «O2»", {"is", "owned", "owned by", "by"}),
    ("It holds 5%", {"hold", "holds"}),
])
def test_clue_words_finds_overlapping_words(text: str, words: set[str]) -> None:
    assert words <= clue_words(text.casefold())


def test_rules_for_are_the_rules_whose_codes_and_clues_a_sentence_holds() -> None:
    sentence = "«O1» is wholly owned by «O2»"
    codes, words = frozenset("O"), clue_words(sentence.casefold())
    expected = [rule for rule in RULES if rule.may_match(codes) and rule.may_occur_in(words)]
    assert [rule.name for rule in rules_for(codes, words)] == [rule.name for rule in expected]
    assert "owns-passive" in {rule.name for rule in expected}
    assert rules_for(frozenset("P"), words) == [rule for rule in RULES if rule.may_match(frozenset("P"))
                                                and rule.may_occur_in(words)]


@pytest.mark.parametrize("regex, clues", [
    (r"(?P<s>«O\d+»)\s+is\s+owned\s+by\s+(?P<o>«O\d+»)", [{"is"}, {"owned"}, {"by"}]),
    (r"«O\d+»\s+(?:owns|holds)\s+(?:about\s+)?«O\d+»", [{"owns", "holds"}]),  # "about" is optional
    (r"«O\d+»\s+(?:owns|\w+)\s+«O\d+»", []),  # an option without a word: no clue
    (r"«O\d+»,\s+a\s+(?:unit|subsidiary)\s+of\s+«O\d+»", [{"unit", "subsidiary"}, {"of"}]),  # no "a", no ","
])
def test_clues_are_the_words_a_match_needs(regex: str, clues: list[set[str]]) -> None:
    found = _clues(re.compile(regex, re.IGNORECASE))
    assert sorted(map(sorted, found)) == sorted(map(sorted, clues))
