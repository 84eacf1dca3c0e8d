"""spaCy's attribute ruler, compiled into lookup tables: the same attributes, set in arrays.

en_core_web_sm's ``attribute_ruler`` maps each fine-grained tag to its part of speech and
morphology, with exceptions for some words and lemmas: 179 rules that spaCy runs through
its ``Matcher``, a tenth of rekg's extraction time. Nearly all of them look at one token
alone, so what they set depends only on a few of the token's values (its tag, its lower
case, its dependency label, whether it is a space). `CompiledAttributeRuler` works out the
outcome once per distinct combination of those values and applies it to a Doc as arrays;
the few rules that span two tokens or more ("gon na", "let 's") still go through a Matcher.
The result is the stock ruler's, token for token (tests/test_attributes.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "ENT_TYPE")  # to_array gives their string's hash
FLAG_ATTRS = tuple(name for name in IDS if name.startswith("IS_"))  # to_array gives 0 or 1
CACHE_LIMIT = 200_000  # combinations of key values whose rules are remembered
Predicate = Callable[[dict[str, Any]], bool]


@Language.factory("rekg_attribute_ruler", default_config={"patterns": []})
def make_attribute_ruler(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> CompiledAttributeRuler:
    """The component that stands in for ``attribute_ruler``, from its ``patterns``."""
    ruler = AttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    return CompiledAttributeRuler(ruler)


class _Fit(NamedTuple):
    rules: list[int]  # the single-token rules that fit, in order
    opening: bool  # whether a rule of more than one token may start here
    outcomes: tuple[int | None, ...]  # the value they set for each of the ruler's attributes, if any


class CompiledAttributeRuler:
    """Applies an `AttributeRuler`'s rules; see the module's docstring."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab: Vocab = ruler.vocab
        self.rule_attrs: list[dict[int, int]] = ruler.attrs  # rule i sets rule_attrs[i]; later rules win
        self.anchored: dict[tuple[str, str], list[tuple[int, Predicate]]] = {}  # rules that need this exact value
        self.unanchored: list[tuple[int, Predicate]] = []  # (rule, one alternative for its one token)
        self.spanning = Matcher(self.vocab, validate=False)  # the rules that look at more than one token
        self.indices: dict[int, int] = {}  # which token of a spanning rule's match it sets
        self.opening: list[Predicate] | None = []  # tests of a spanning rule's first token (None: not known)
        self.longest = 0  # the longest spanning rule, in tokens
        keys: set[str] = set()
        for rule, entry in enumerate(ruler.patterns):
            alternatives = [_predicate(pattern[0]) if len(pattern) == 1 else None for pattern in entry["patterns"]]
            if entry["index"] in (0, -1) and all(alternatives):
                for pattern, fits in zip(entry["patterns"], alternatives):
                    keys.update(pattern[0])
                    anchors = _anchors(pattern[0])
                    for anchor in anchors:
                        self.anchored.setdefault(anchor, []).append((rule, fits))
                    if not anchors:
                        self.unanchored.append((rule, fits))
            else:
                self.spanning.add(str(rule), entry["patterns"])
                self.indices[rule] = entry["index"]
                for pattern in entry["patterns"]:
                    first = None if any("OP" in spec for spec in pattern) else _predicate(pattern[0])
                    if first is None or self.opening is None:
                        self.opening = None
                    else:
                        self.opening.append(first)
                        keys.update(pattern[0])
                    self.longest = max(self.longest, len(pattern))
        self.keys = sorted(keys)
        self.key_ids = [IDS[name] for name in self.keys]
        self.set_ids = sorted({attr for attrs in self.rule_attrs for attr in attrs})
        self.anchor_names = sorted({name for name, _ in self.anchored})
        self.fitting: dict[tuple[int, ...], _Fit] = {}  # what each combination of key values gets

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.set_ids:
            return doc
        keys = doc.to_array(self.key_ids).reshape(len(doc), -1) if self.key_ids else np.zeros((len(doc), 1))
        combinations, combination = np.unique(keys, axis=0, return_inverse=True)
        combination = combination.ravel()
        fits = [self._fitting(tuple(int(v) for v in row)) for row in combinations]
        table = doc.to_array(self.set_ids).reshape(len(doc), -1)
        for column in range(len(self.set_ids)):
            outcomes = [fit.outcomes[column] for fit in fits]
            setting = np.array([outcome is not None for outcome in outcomes])[combination]
            values = np.array([outcome or 0 for outcome in outcomes], dtype=np.uint64)[combination]
            table[setting, column] = values[setting]
        spanned: dict[int, list[int]] = {}  # the tokens that rules of more than one token set, with those rules
        opening = np.array([fit.opening for fit in fits])[combination]
        for match_id, start, end in self._spanning_matches(doc, opening):
            rule = int(self.vocab.strings[match_id])
            token = range(start, end)[self.indices[rule]]  # (an index outside the match raises)
            spanned.setdefault(token, list(fits[combination[token]].rules)).append(rule)
        for token, rules in spanned.items():
            for column, outcome in enumerate(self._outcomes(sorted(rules))):
                if outcome is not None:
                    table[token, column] = outcome
        doc.from_array(self.set_ids, table)
        return doc

    def _fitting(self, key: tuple[int, ...]) -> _Fit:
        """The single-token rules, in order, that fit a token with these key values, whether a
        spanning rule may start at it, and the values they set."""
        if (known := self.fitting.get(key)) is None:
            if len(self.fitting) >= CACHE_LIMIT:
                self.fitting.clear()  # memory stays flat however many articles a worker reads
            token = {name: (bool(value) if name in FLAG_ATTRS else self.vocab.strings[value])
                     for name, value in zip(self.keys, key)}
            candidates = [*self.unanchored, *(candidate for name in self.anchor_names
                                              for candidate in self.anchored.get((name, token[name]), ()))]
            rules = sorted({rule for rule, fits in candidates if fits(token)})
            known = self.fitting[key] = _Fit(rules, self.opening is None or any(fits(token) for fits in self.opening),
                                             self._outcomes(rules))
        return known

    def _spanning_matches(self, doc: Doc, opening: np.ndarray) -> list[tuple[int, int, int]]:
        """The spanning rules' matches, looked for only where one may start (`opening`)."""
        if self.opening is None:
            return self.spanning(doc, allow_missing=True)
        return [(match_id, first, first + end) for first in np.flatnonzero(opening).tolist()
                for match_id, start, end in self.spanning(doc[first:first + self.longest], allow_missing=True)
                if start == 0]

    def _outcomes(self, rules: list[int]) -> tuple[int | None, ...]:
        """For each attribute the rules may set, the value the last of `rules` to set it gives, if any does."""
        return tuple(next((self.rule_attrs[rule][attr] for rule in reversed(rules) if attr in self.rule_attrs[rule]),
                          None) for attr in self.set_ids)


def _anchors(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """The values one attribute must have for a token pattern to fit (its lower case,
    text or tag), so that only the rules anchored on a token's own values need checking."""
    for name in ("LOWER", "ORTH", "TAG"):
        wanted = spec.get(name)
        if isinstance(wanted, str):
            return [(name, wanted)]
        if isinstance(wanted, dict) and set(wanted) == {"IN"}:
            return [(name, value) for value in wanted["IN"]]
    return []


def _predicate(spec: dict[str, Any]) -> Predicate | None:
    """A test of one token's values for a Matcher token pattern, or None where the
    pattern uses anything but exact values, IN, NOT_IN and REGEX of string attributes and flags."""
    tests: list[Callable[[Any], bool]] = []
    if not spec or any(name not in STRING_ATTRS + FLAG_ATTRS for name in spec):
        return None
    for name, wanted in spec.items():
        if not isinstance(wanted, (dict, str, bool)):
            return None
        if not isinstance(wanted, dict):
            tests.append(lambda token, name=name, wanted=wanted: token[name] == wanted)
        elif set(wanted) <= {"IN", "NOT_IN", "REGEX"}:
            if "IN" in wanted:
                tests.append(lambda token, name=name, pool=frozenset(wanted["IN"]): token[name] in pool)
            if "NOT_IN" in wanted:
                tests.append(lambda token, name=name, pool=frozenset(wanted["NOT_IN"]): token[name] not in pool)
            if "REGEX" in wanted:
                tests.append(lambda token, name=name, regex=re.compile(wanted["REGEX"]): bool(regex.search(token[name])))
        else:
            return None
    return lambda token: all(test(token) for test in tests)
