"""Round 20 (P): posts held that a title span does not give (made-up names and sentences)."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-11-20", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


US = "WASHINGTON (Reuters) - The United States will review its farm subsidies next year. "


@pytest.mark.parametrize("text", [
    US + "Maria Kessel, the ranking member of the Senate panel that will hear the case, told reporters she was worried.",
    US + "The bill was written by Senator Tom Ardle, the committee chairman, and Maria Kessel, the panel's ranking "
         "Democrat.",
    US + "Led by Maria Kessel, a senior member of the Senate Agriculture Committee, the letter was signed by many.",
    US + "Maria Kessel, a member of the House Budget Committee, said the plan would fail.",
])
def test_a_seat_on_a_legislatures_committee_is_a_legislators(nlp, text):
    found = posts(nlp, text)
    assert ("Maria Kessel", "Legislator", "state:US") in found, found


@pytest.mark.parametrize("text", [
    US + "Maria Kessel, a member of the party's youth committee, said the plan would fail.",
    US + "Maria Kessel, a member of the ethics panel of the bar association, said the plan would fail.",
    US + "Maria Kessel, a high-ranking member of the farm lobby's committee, said the plan would fail.",
    US + "Maria Kessel, a member of the Senate press gallery, said the plan would fail.",
])
def test_a_seat_on_another_bodys_committee_or_panel_is_no_legislators(nlp, text):
    found = posts(nlp, text)
    assert not any(p == "Maria Kessel" and r == "Legislator" for p, r, _ in found), found


UN = "GENEVA (Reuters) - Peru must let United Nations monitors in, the world body said on Monday. "


@pytest.mark.parametrize("text", [
    UN + "The day before, special rapporteur Ana Soler was barred from visiting the country.",
    UN + "Special rapporteur Ana Soler has called the crackdown a disgrace.",
])
def test_a_special_rapporteur_is_the_uns(nlp, text):
    found = posts(nlp, text)
    assert any(r == "Official" and j == "org:united-nations" for _, r, j in found), found
    assert not any(j and j.startswith("state:") for _, _, j in found), found


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Peru shut its border on Monday. Special rapporteur Ana Soler said the move was unlawful.",
    "LIMA (Reuters) - Peru shut its border on Monday. The special rapporteur, Ana Soler, called it unlawful.",
])
def test_a_rapporteur_of_an_unnamed_body_holds_no_states_post(nlp, text):
    found = posts(nlp, text)
    assert not any(j and j.startswith("state:") for _, _, j in found), found
    assert not any(j == "org:united-nations" for _, _, j in found), found


def test_a_states_own_rapporteur_keeps_its_state(nlp):
    found = posts(nlp, UN + "Chile's special rapporteur Ana Soler said the move was unlawful.")
    assert not any(j == "org:united-nations" for _, _, j in found), found
