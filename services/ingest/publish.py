"""Ingest service: publish articles onto the ARTICLES stream, slowing down while the pipeline lags."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterable

import structlog
from faststream.redis import RedisBroker
from redis.asyncio import Redis

from shared import contract
from shared.settings import Settings
from shared.streams import ensure_groups, group_lag

BACKPRESSURE_POLL_S = 0.5

log = structlog.get_logger("ingest")


class BackpressureTimeoutError(RuntimeError):
    pass


async def wait_for_capacity(client: Redis, settings: Settings, patience_s: float) -> None:
    """Block while the NER group is more than ``max_lag`` entries behind; give up after ``patience_s``."""
    waited = 0.0
    while (lag := await group_lag(client, contract.ARTICLES, contract.NER_GROUP)) > settings.max_lag:
        if waited >= patience_s:
            raise BackpressureTimeoutError(
                f"the NER workers are {lag} articles behind (limit NEWSFLOW_MAX_LAG={settings.max_lag}) "
                f"and did not catch up in {patience_s:.0f} s: start more workers "
                "(`newsflow up --workers ner=N`) or ingest later"
            )
        if waited == 0:
            log.warning("pipeline lagging, ingest slows down", lag=lag, max_lag=settings.max_lag)
        await asyncio.sleep(BACKPRESSURE_POLL_S)
        waited += BACKPRESSURE_POLL_S


async def publish_articles(
    url: str,
    settings: Settings,
    articles: Iterable[contract.Article],
    on_published: Callable[[contract.Article], None] = lambda _: None,
    patience_s: float = 600.0,
) -> int:
    """Publish each article as an ``ArticleIngested``; returns how many were published."""
    published = 0
    admin = Redis.from_url(url)
    try:
        await ensure_groups(admin)
        broker = RedisBroker(url, logger=None)  # type: ignore[arg-type]  # None silences FastStream's logger
        async with broker:
            for article in articles:
                if published % 50 == 0:
                    await wait_for_capacity(admin, settings, patience_s)
                message = contract.ArticleIngested(trace_id=uuid.uuid4().hex, article=article)
                await broker.publish(
                    message.model_dump_json().encode(),
                    stream=contract.ARTICLES,
                    headers={"trace_id": message.trace_id},
                )
                published += 1
                on_published(article)
    finally:
        await admin.aclose()
    return published
