"""Round 27 (N): a first name the model left out between a title's portfolio and the name's other words.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
The model's entities are set by hand where it does not make the mistake on made-up words.
"""

import pytest

from extraction import persons, tokens

GENEVA = "GENEVA (Reuters) - "


def _ents(nlp, text: str) -> list[tuple[int, int, str]]:
    """The model's mistake: the name tagged without its first word, and the first word tagged alone later."""
    words = tokens(nlp, text)
    head = next(i for i, w in enumerate(words) if w.startswith("Ra"))
    ents = [(head, head + 3, "PERSON")]
    ents += [(i, i + 1, "PERSON") for i, w in enumerate(words) if w == "Tariq" and i > head]
    return ents


@pytest.mark.parametrize("text", [
    GENEVA + "Deputy High Commissioner for Minority Rights Tariq Ra\u2019ad Al Faris also faulted the new statute on Monday. "
             "Tariq said it was harsh.",
    GENEVA + "Deputy High Commissioner for Minority Rights Tariq Ra'ad Al Faris also faulted the new statute on Monday. "
             "Tariq said it was harsh.",
    GENEVA + "Special Envoy for the Sahel Tariq Ra\u2019ad Al Faris flew to the capital on Monday. Tariq met the "
             "ministers there.",
])
def test_a_first_name_after_a_title_s_portfolio_that_the_article_gives_alone_joins_the_name(nlp, text):
    names = persons(nlp, text, _ents(nlp, text))
    assert next(n for n in names if "Faris" in n).startswith("Tariq Ra")


@pytest.mark.parametrize("text", [
    # the article never gives the word alone as a person
    GENEVA + "Deputy High Commissioner for Minority Rights Tariq Ra\u2019ad Al Faris also faulted the new statute on Monday. "
             "He said it was harsh.",
    # no title before it: capitalised words of a headline
    GENEVA + "Geneva Summit Watch Tariq Ra\u2019ad Al Faris also faulted the new statute on Monday. Tariq said it was "
             "harsh.",
])
def test_a_word_before_a_model_name_without_a_title_or_the_article_s_evidence_stays_out(nlp, text):
    names = persons(nlp, text, _ents(nlp, text))
    assert not any(n.startswith("Tariq Ra") for n in names)
