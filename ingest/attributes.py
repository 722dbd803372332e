"""The model's attribute ruler and lemmatizer, worked out once per distinct token instead of at every token.

en_core_web_sm ends its tagging with two rule components: an attribute ruler (179 token patterns: the
tag map, giving each tag its part of speech and morphology, and its exceptions) and a rule lemmatizer.
Both are functions of a token's own form, tag and label, save a few two-word exceptions ("gon na").
As the model runs them they test every pattern at every token and build Python objects for each: about
a fifth of the whole pipeline's time, more than all of geokg's extraction.

`TokenAttributes` gives every token exactly what the two would give it (tag, part of speech,
morphology, lemma, dependency label), with spaCy's own code doing the work the first time a
(form, tag, label) is seen; later tokens of that kind copy the result from a table. The two-word
patterns are matched over the whole text as the ruler matches them, and the tokens they touch are
worked out one by one, never from the table.

`install(nlp)` puts it in the two components' place when they are of the kinds it knows; any other
model keeps its own components.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
NAME = "geokg_token_attributes"
# what a token of one kind keys on: its form (and so its lower case and whether it is space), and the
# values the ruler and the lemmatizer may read or keep
KEY = [ORTH, TAG, DEP, POS, MORPH, LEMMA]
WRITTEN = [TAG, DEP, POS, MORPH, LEMMA]
MATCHED = {"ORTH", "LOWER", "TAG", "DEP", "IS_SPACE"}   # token attributes a pattern may test
SET = {"TAG", "DEP", "POS", "MORPH", "LEMMA"}           # and that a pattern may set
TABLE_LIMIT = 100_000   # kinds kept before the table starts afresh: about 50 MB (300 articles hold some 28,000)


def install(nlp: Language) -> bool:
    """Replace the model's attribute ruler and lemmatizer by one TokenAttributes; False if they are unknown kinds."""
    if not supported(nlp):
        return False
    nlp.add_pipe(NAME, before=RULER)
    nlp.remove_pipe(RULER)
    nlp.remove_pipe(LEMMATIZER)
    return True


def supported(nlp: Language) -> bool:
    """Whether the model's ruler and lemmatizer are ones this component reproduces exactly."""
    names = nlp.pipe_names
    if RULER not in names or LEMMATIZER not in names or names.index(LEMMATIZER) != names.index(RULER) + 1:
        return False
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if getattr(lemmatizer, "mode", None) != "rule" or lemmatizer.overwrite:
        return False
    ruler = nlp.get_pipe(RULER)
    return all(set(p["attrs"]) <= SET and all(_spec_known(spec) for pattern in p["patterns"] for spec in pattern)
               for p in ruler.patterns)


def _spec_known(spec: dict) -> bool:
    """A token pattern of plain values, IN, NOT_IN or REGEX over the attributes in MATCHED, with no operator."""
    return set(spec) <= MATCHED and all(
        not isinstance(v, dict) or (set(v) <= {"IN", "NOT_IN", "REGEX"} and isinstance(v.get("REGEX", ""), str))
        for v in spec.values())


@Language.factory(NAME)
def create_token_attributes(nlp: Language, name: str) -> "TokenAttributes":
    """The attribute ruler and lemmatizer of `nlp`, run once per kind of token (see `install`)."""
    return TokenAttributes(nlp)


class TokenAttributes:
    """Tags, parts of speech, morphology, lemmas and labels as the model's ruler and lemmatizer set them."""

    def __init__(self, nlp: Language):
        self.ruler = nlp.get_pipe(RULER)
        self.lemmatizer = nlp.get_pipe(LEMMATIZER)
        self.lemmatizer._validate_tables()   # as its first call would, before any token is lemmatized
        _index_as_sets(self.lemmatizer)
        self.match_ids = [nlp.vocab.strings.add(str(i)) for i in range(len(self.ruler.attrs))]  # the ruler's keys
        # the one-token patterns, filed under the lower-case form or the tag they require (nearly all require
        # one), so that a new kind of token is tested against a few of them, not all
        self.by_value: dict[tuple[str, str], list] = {}
        self.anywhere: list = []
        self.longer: list[Sequence] = []   # the longer patterns: (id, tests per token, anchor)
        for pattern_id, p in enumerate(self.ruler.patterns):
            for pattern in p["patterns"]:
                if len(pattern) == 1:
                    self._file(pattern_id, pattern[0])
                else:
                    self.longer.append((pattern_id, [_tests(spec) for spec in pattern], _anchor(nlp, pattern)))
        self.table: dict[tuple, tuple] = {}

    def _file(self, pattern_id: int, spec: dict) -> None:
        entry = (pattern_id, _tests(spec))
        for attr in ("LOWER", "TAG"):
            values = _plain(spec.get(attr))
            if values:
                for value in values:
                    self.by_value.setdefault((attr, value), []).append(entry)
                return
        self.anywhere.append(entry)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        exceptions = self._exceptions(doc)
        table = self.table
        if len(table) > TABLE_LIMIT:
            table.clear()
        rows = []
        for i, kind in enumerate(zip(*doc.to_array(KEY).T.tolist())):
            if i in exceptions:
                rows.append(self._work_out(doc, i, exceptions[i]))
                continue
            row = table.get(kind)
            if row is None:
                row = table[kind] = self._work_out(doc, i, [])
            rows.append(row)
        doc.from_array(WRITTEN, numpy.array(rows, dtype="uint64"))
        return doc

    def _exceptions(self, doc: Doc) -> dict[int, list[tuple]]:
        """The longer patterns' matches, as the ruler would apply them, by the token each sets.

        Each pattern is tried only where its anchor (a token test on a plain value: "gon", a label) holds.
        """
        found: dict[int, list[tuple]] = {}
        columns = {}
        for pattern_id, tests, (offset, attr, hashes) in self.longer:
            if attr not in columns:
                columns[attr] = doc.to_array(attr)
            width = len(tests)
            for at in numpy.flatnonzero(numpy.isin(columns[attr], hashes)).tolist():
                start = at - offset
                if start < 0 or start + width > len(doc):
                    continue
                if all(all(test(_values(doc[start + j])) for test in token_tests) for j, token_tests in enumerate(tests)):
                    index = self.ruler.indices[pattern_id]
                    target = start + index if index >= 0 else start + width + index
                    found.setdefault(target, []).append((pattern_id, self.match_ids[pattern_id], start, start + width))
        return found

    def _work_out(self, doc: Doc, i: int, exceptions: list[tuple]) -> tuple:
        """Token i's written values, set by the ruler's and the lemmatizer's own code."""
        token = doc[i]
        values = _values(token)
        candidates = self.by_value.get(("LOWER", values["LOWER"]), []) + self.by_value.get(("TAG", values["TAG"]), [])
        matches = [(pattern_id, self.match_ids[pattern_id], i, i + 1)
                   for pattern_id, tests in candidates + self.anywhere if all(test(values) for test in tests)]
        self.ruler.set_annotations(doc, sorted(matches + exceptions))
        if token.lemma == 0:
            token.lemma_ = self.lemmatizer.lemmatize(token)[0]
        return token.tag, token.dep, token.pos, token.morph.key, token.lemma


def _index_as_sets(lemmatizer) -> None:
    """The lemmatizer's word lists as sets: it only asks whether a form is in one, which a list of 57,000 nouns
    answers by reading it through (three quarters of a fresh lemma's cost)."""
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        index[pos] = frozenset(words)


def _values(token: Token) -> dict:
    """The attributes a one-token pattern tests, as the matcher reads them."""
    return {"ORTH": token.text, "LOWER": token.lower_, "TAG": token.tag_, "DEP": token.dep_,
            "IS_SPACE": token.is_space}


def _plain(wanted) -> list[str]:
    """The values a test of one value or of IN allows; [] for any other test."""
    if isinstance(wanted, str):
        return [wanted]
    if isinstance(wanted, dict) and set(wanted) == {"IN"}:
        return list(wanted["IN"])
    return []


def _anchor(nlp: Language, pattern: list[dict]) -> tuple[int, int, list[int]]:
    """(token offset, attribute id, value hashes) of a plain test in `pattern` for finding where it may match."""
    for attr in ("LOWER", "DEP", "TAG", "ORTH"):
        for offset, spec in enumerate(pattern):
            values = _plain(spec.get(attr))
            if values:
                return offset, IDS[attr], [nlp.vocab.strings.add(v) for v in values]
    raise ValueError(f"no plain test to anchor the pattern {pattern}")


def _tests(spec: dict) -> list:
    """The tests of a token pattern, one per attribute, as spaCy's matcher makes them."""
    return [_test(attr, wanted) for attr, wanted in spec.items()]


def _test(attr: str, wanted):
    """A test of one attribute's value, as spaCy's matcher makes it from a pattern."""
    if not isinstance(wanted, dict):
        return lambda values: values[attr] == wanted
    tests = []
    if "IN" in wanted:
        tests.append(lambda value, within=frozenset(wanted["IN"]): value in within)
    if "NOT_IN" in wanted:
        tests.append(lambda value, without=frozenset(wanted["NOT_IN"]): value not in without)
    if "REGEX" in wanted:
        tests.append(lambda value, regex=re.compile(wanted["REGEX"]): bool(regex.search(value)))
    return lambda values: all(test(values[attr]) for test in tests)
