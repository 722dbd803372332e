"""Round 20 (M) meeting shapes, on made-up sentences: a speech to an international body that its speaker owns
("Ruiz's remarks to the African Union drew a rebuke", "Ruiz's warning in her maiden address to the African Union on
Tuesday"), told as done, is her attendance; not a speech to come, a letter, a speaker with no post, or a club."""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def meetings(nlp, text, date="2018-08-27"):
    """(participants, date) of every meeting the text gives, read as one article of Monday `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(frozenset(m.participants), m.date) for m in ex.meetings}


RUIZ = "person:ana-ruiz"


@pytest.mark.parametrize("text, body, day", [
    ("Peruvian Foreign Minister Ana Ruiz's remarks to the African Union drew a rebuke from Chile.",
     "org:african-union", None),
    ("Peruvian President Ana Ruiz's speech to the Arab League on Tuesday drew loud applause.",
     "org:arab-league", "2018-08-21"),
    ("Responding to Peruvian President Ana Ruiz's stern warning to Chile in her maiden address to the African Union "
     "on Tuesday, Chile on Friday called Ruiz a bully.", "org:african-union", "2018-08-21"),
])
def test_a_speech_to_a_body_its_speaker_owns_is_attendance(nlp, text, body, day):
    assert meetings(nlp, text) == {(frozenset({RUIZ, body}), day)}


@pytest.mark.parametrize("text", [
    "Peruvian President Ana Ruiz's upcoming speech to the Arab League worries Chile.",          # to come
    "Chile will respond to Peruvian President Ana Ruiz's speech to the Arab League.",          # to come
    "Peruvian President Ana Ruiz's letter to the Arab League angered Chile.",                  # no speech
    "Ana Ruiz's speech to the Arab League on Tuesday drew loud applause.",                     # no post
    "Peruvian President Ana Ruiz's speech to the Lima Rotary Club on Tuesday drew loud applause.",   # no body
])
def test_no_attendance_for_a_speech_to_come_a_letter_or_a_speaker_with_no_post(nlp, text):
    assert meetings(nlp, text) == set()
