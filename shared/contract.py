"""The wire contract: every stream, every consumer group and every message model.

Data flow (one article):

    ingest --ArticleIngested--> ARTICLES --(group ner)--> ner worker
    ner    --EntitiesFound----> ENTITIES --(group quotes)--> quotes worker
    quotes --QuotesFound------> QUOTES   --(group stance)--> stance worker
    stance --StancesFound-----> STANCES

    The NER worker attaches its spaCy parse (``Parse``) to EntitiesFound and the quote worker passes it on,
    so each article is parsed once; a worker whose pipeline differs, or a message without one, parses again.

    The aggregator reads all four streams (group aggregator) and upserts each part by article id,
    so the parts may arrive in any order and any number of times.

A message that cannot be processed goes to ``<stream>.dlq`` as a ``DeadLetter``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1
PREFIX = "newsflow"

ARTICLES = f"{PREFIX}:articles"
ENTITIES = f"{PREFIX}:entities"
QUOTES = f"{PREFIX}:quotes"
STANCES = f"{PREFIX}:stances"
STREAMS: tuple[str, ...] = (ARTICLES, ENTITIES, QUOTES, STANCES)

NER_GROUP = "ner"
QUOTES_GROUP = "quotes"
STANCE_GROUP = "stance"
AGGREGATOR_GROUP = "aggregator"

# stream -> every group that reads it. Groups are created up front (at id 0) for all of them, so no
# entry is trimmed before a group that starts later has read it.
GROUPS: dict[str, tuple[str, ...]] = {
    ARTICLES: (NER_GROUP, AGGREGATOR_GROUP),
    ENTITIES: (QUOTES_GROUP, AGGREGATOR_GROUP),
    QUOTES: (STANCE_GROUP, AGGREGATOR_GROUP),
    STANCES: (AGGREGATOR_GROUP,),
}


def dlq(stream: str) -> str:
    """Name of the dead-letter stream of ``stream``."""
    return f"{stream}.dlq"


DLQ_STREAMS: tuple[str, ...] = tuple(dlq(s) for s in STREAMS)


class Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=False)


class Article(Model):
    id: str = Field(description="Stable id derived from the normalised body text.")
    text: str = Field(min_length=1, description="Body text, page furniture removed.")
    title: str | None = None
    path: str | None = Field(default=None, description="File or URL the article came from.")
    source: str | None = Field(default=None, description="Outlet (site name or domain).")
    url: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: str | None = Field(default=None, description="ISO date when known.")
    language: str | None = None


class Mention(Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(Model):
    name: str = Field(description="Canonical name: the fullest form seen.")
    type: str = Field(description="PERSON, ORG, GPE, LOC, NORP, ...")
    mentions: list[str] = Field(default_factory=list, description="Distinct surface forms.")
    count: int = 0
    spans: list[Mention] = Field(default_factory=list)


class Quote(Model):
    text: str
    speaker: str | None = Field(default=None, description="Canonical speaker name or null.")
    speaker_mention: str | None = Field(default=None, description="Surface span the cue attaches to.")
    cue: str | None = None
    kind: Literal["direct", "indirect", "mixed"] = "direct"
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Stance(Model):
    holder: str
    target: str
    label: Literal["support", "oppose", "neutral"]
    score: float = 0.0
    evidence: str = ""
    start: int = 0
    end: int = 0


class Sentiment(Model):
    """How one sentence portrays one entity mention."""

    entity: str
    mention: str
    label: Literal["negative", "neutral", "positive"]
    score: float = 0.0
    start: int = 0
    end: int = 0


class Envelope(Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    trace_id: str = ""
    article: Article


class ArticleIngested(Envelope):
    pass


class Parse(Model):
    """A spaCy parse of ``article.text`` (a base64 DocBin), made by the pipeline ``pipeline`` names."""

    pipeline: str = Field(description="Model, version, spaCy version and alias-file digest.")
    docbin: str = Field(description="base64 of spaCy DocBin bytes holding one Doc.")


class EntitiesFound(Envelope):
    entities: list[Entity] = Field(default_factory=list)
    parse: Parse | None = Field(default=None, description="Optional: lets later stages skip the parse.")


class QuotesFound(EntitiesFound):
    quotes: list[Quote] = Field(default_factory=list)


class StancesFound(QuotesFound):
    stances: list[Stance] = Field(default_factory=list)
    sentiments: list[Sentiment] = Field(default_factory=list)


# Which model each stream carries.
MODELS: dict[str, type[Envelope]] = {
    ARTICLES: ArticleIngested,
    ENTITIES: EntitiesFound,
    QUOTES: QuotesFound,
    STANCES: StancesFound,
}


class DeadLetter(Model):
    stream: str
    group: str
    service: str
    entry_id: str
    payload: str = Field(description="The original payload, decoded as UTF-8 with replacement.")
    error_type: str
    error: str
    traceback: str = ""
    deliveries: int = 0
    failed_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
