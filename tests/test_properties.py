"""Property-based tests (Hypothesis): encoding repair and label normalisation."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rekg.ingest import repair_text
from rekg.resolve import normalise, strip_suffixes
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
