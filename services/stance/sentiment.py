"""Target-dependent sentiment: how a sentence portrays one mention (NewsMTSC's task).

The model is MiniLM fine-tuned on NewsMTSC by ``scripts/train_sentiment.py`` and stored as an int8 ONNX
file with its tokenizer under ``model/``; onnxruntime runs it on CPU, so inference needs no torch. The
input is a sentence pair: the mention, then the sentence with the mention marked, so that two people in
one sentence get their own labels. All mentions of an article go through the model in a few batches.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
from spacy.tokens import Doc
from tokenizers import Tokenizer

from shared.contract import Entity, Sentiment

SentimentLabel = Literal["negative", "neutral", "positive"]
LABELS: tuple[SentimentLabel, ...] = ("negative", "neutral", "positive")
NEWSMTSC_POLARITY: dict[float, SentimentLabel] = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
MODEL_DIR = Path(__file__).with_name("model")
MAX_TOKENS = 128
# Long sentences are cut to this many characters around the mention so that it survives truncation.
CONTEXT_CHARS = 480
BATCH_SIZE = 32
MARK = "*"
SENTIMENT_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class SentimentExample:
    sentence: str
    start: int
    end: int
    label: SentimentLabel = "neutral"


def read_newsmtsc(path: Path) -> list[SentimentExample]:
    """One example per target of a NewsMTSC JSONL file."""
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for target in record["targets"]:
            examples.append(
                SentimentExample(
                    record["sentence_normalized"],
                    target["from"],
                    target["to"],
                    NEWSMTSC_POLARITY[float(target["polarity"])],
                )
            )
    return examples


def model_input(sentence: str, start: int, end: int) -> tuple[str, str]:
    """(mention, sentence with the mention marked), cut to a window around the mention."""
    left = max(0, start - CONTEXT_CHARS // 2)
    right = min(len(sentence), end + CONTEXT_CHARS // 2)
    mention = sentence[start:end]
    marked = f"{sentence[left:start]}{MARK} {mention} {MARK}{sentence[end:right]}"
    return mention, marked


def prepared_tokenizer(path: Path) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def encode_batch(tokenizer: Tokenizer, batch: Sequence[SentimentExample]) -> dict[str, np.ndarray]:
    encodings = tokenizer.encode_batch([model_input(e.sentence, e.start, e.end) for e in batch])
    return {
        "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
    }


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def macro_f1(gold: Sequence[int], predicted: Sequence[int]) -> float:
    scores = []
    for label in range(len(LABELS)):
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


class SentimentModel:
    """The ONNX classifier and its tokenizer, loaded once per process."""

    def __init__(self, model_dir: Path) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(model_dir / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = prepared_tokenizer(model_dir / "tokenizer.json")

    def probabilities(self, examples: Sequence[SentimentExample]) -> np.ndarray:
        if not examples:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        # Similar lengths in one batch waste less padding.
        order = sorted(range(len(examples)), key=lambda i: len(examples[i].sentence))
        result = np.zeros((len(examples), len(LABELS)), dtype=np.float32)
        for i in range(0, len(order), BATCH_SIZE):
            chunk = order[i : i + BATCH_SIZE]
            (logits,) = self.session.run(["logits"], encode_batch(self.tokenizer, [examples[j] for j in chunk]))
            result[chunk] = softmax(logits)
        return result


@lru_cache(maxsize=2)
def load_model(model_dir: Path = MODEL_DIR) -> SentimentModel:
    if not (model_dir / "model.onnx").exists():
        raise RuntimeError(f"no sentiment model in {model_dir}: run scripts/train_sentiment.py")
    return SentimentModel(model_dir)


def classify_many(examples: Sequence[SentimentExample]) -> list[tuple[SentimentLabel, float]]:
    probabilities = load_model().probabilities(examples)
    return [(LABELS[int(row.argmax())], round(float(row.max()), 4)) for row in probabilities]


def classify(sentence: str, start: int, end: int) -> tuple[SentimentLabel, float]:
    """Sentiment of ``sentence`` toward the mention at characters ``start:end``, with its probability."""
    return classify_many([SentimentExample(sentence, start, end)])[0]


def mention_sentiments(doc: Doc, entities: list[Entity]) -> list[Sentiment]:
    """How its sentence portrays each mention of a person, organisation, country or group."""
    located: list[tuple[Entity, str, int, int]] = []
    examples: list[SentimentExample] = []
    for entity in entities:
        if entity.type not in SENTIMENT_ENTITY_TYPES:
            continue
        for mention in entity.spans:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            sentence = span.sent
            offset = sentence.start_char
            examples.append(SentimentExample(sentence.text, mention.start - offset, mention.end - offset))
            located.append((entity, mention.text, mention.start, mention.end))
    return [
        Sentiment(entity=entity.name, mention=text, label=label, score=score, start=start, end=end)
        for (entity, text, start, end), (label, score) in zip(located, classify_many(examples), strict=True)
    ]
