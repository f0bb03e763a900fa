"""Macro-F1 of `newsflow sentiment` output against the NewsMTSC gold polarity in the same lines."""

from __future__ import annotations

import json
import sys

POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def main(path: str) -> None:
    with open(path, encoding="utf-8") as lines:
        pairs = [
            (POLARITY[float(t["polarity"])], t["predicted"])
            for line in lines
            if line.strip()
            for t in json.loads(line)["targets"]
        ]
    scores = []
    for label in POLARITY.values():
        tp = sum(g == p == label for g, p in pairs)
        fp = sum(p == label != g for g, p in pairs)
        fn = sum(g == label != p for g, p in pairs)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    print(f"newsmtsc targets={len(pairs)} macro_f1={sum(scores) / 3:.4f} accuracy={accuracy:.4f}")


if __name__ == "__main__":
    main(sys.argv[1])
