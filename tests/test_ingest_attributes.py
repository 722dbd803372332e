"""The ingest pipeline's token attributes (ingest/attributes.py): the model's attribute ruler and lemmatizer
worked out once per kind of token must leave every token exactly as the model's own components leave it."""

import json
from pathlib import Path

import pytest
import spacy

from geokg.ingest import attributes
from geokg.ingest.nlp import build_nlp, model_name

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "eval" / "news" / "corpus.jsonl"

# texts written for the exceptions: the ruler's two-word patterns ("gon na", "ai n't", "got ta", "let 's",
# "y' all", "there is"), whitespace tokens, the "hope" lemma geokg adds, forms whose lemma needs the rules
TEXTS = [
    "We're gon na win, ai n't we? Y' all got ta see it. Let's go.\n\nC'm on!",
    "There is no deal. There were talks.  There's hope, and they hoped for more; hoping helps.",
    "The ministers met on Sunday.\tTalks resumed in Geneva after the envoys' visits.",
    "Iran's defence minister said Tehran was arming its allies, while the U.S. imposed sanctions.",
    "She denied the accusations; the troops were withdrawing, the ceasefire holding.",
]


@pytest.fixture(scope="module")
def pipelines():
    """The ingest pipeline and the same pipeline with the model's own ruler and lemmatizer."""
    return build_nlp(), build_nlp(token_attributes=False)


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_the_ingest_pipeline_runs_the_table_in_place_of_the_two_components(pipelines):
    fast, own = pipelines
    assert attributes.NAME in fast.pipe_names
    assert attributes.RULER not in fast.pipe_names and attributes.LEMMATIZER not in fast.pipe_names
    assert attributes.RULER in own.pipe_names and attributes.LEMMATIZER in own.pipe_names
    # in the ruler's place, before the entity recogniser, as the model orders its components
    assert fast.pipe_names.index(attributes.NAME) < fast.pipe_names.index("ner")


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_is_as_the_models_own_components_leave_it(pipelines, text):
    fast, own = pipelines
    assert annotations(fast(text)) == annotations(own(text))


def test_a_kind_met_again_gets_the_same_values_from_the_table(pipelines):
    fast, own = pipelines
    first = annotations(fast(TEXTS[1]))
    assert fast.get_pipe(attributes.NAME).table   # the kinds are kept
    assert annotations(fast(TEXTS[1])) == first == annotations(own(TEXTS[1]))


def test_a_full_table_starts_afresh_and_the_values_stay_right(pipelines, monkeypatch):
    fast, own = pipelines
    monkeypatch.setattr(attributes, "TABLE_LIMIT", 10)
    for text in TEXTS:
        assert annotations(fast(text)) == annotations(own(text))
        assert len(fast.get_pipe(attributes.NAME).table) <= 10 + len(fast.make_doc(text))


def test_the_two_word_exceptions_are_applied_to_the_token_they_name(pipelines):
    fast, _ = pipelines
    doc = fast("They are gon na leave.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")


def test_hoped_keeps_the_lemma_geokg_gives_it(pipelines):
    fast, _ = pipelines
    assert [t.lemma_ for t in fast("They hoped for peace.") if t.text == "hoped"] == ["hope"]


@pytest.mark.parametrize("pattern", [
    [{"LENGTH": 4}],                       # an attribute the table does not key on
    [{"LOWER": "x", "OP": "?"}],           # an operator
    [{"LOWER": {">=": 3}}],                # a comparison
])
def test_a_ruler_with_patterns_of_other_kinds_keeps_its_own_components(pattern):
    nlp = spacy.load(model_name())
    nlp.get_pipe(attributes.RULER).add([pattern], {"LEMMA": "x"})
    assert not attributes.install(nlp)
    assert attributes.RULER in nlp.pipe_names and attributes.NAME not in nlp.pipe_names


def test_a_lemmatizer_that_overwrites_keeps_its_own_components():
    nlp = spacy.load(model_name())
    nlp.get_pipe(attributes.LEMMATIZER).overwrite = True
    assert not attributes.install(nlp)


@pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} is absent (the shared corpus of real articles)")
def test_real_articles_come_out_token_for_token_as_the_model_gives_them(pipelines):
    fast, own = pipelines
    with open(CORPUS, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(40), f)]
    for text, a, b in zip(texts, fast.pipe(texts), own.pipe(texts)):
        assert annotations(a) == annotations(b), text[:80]
