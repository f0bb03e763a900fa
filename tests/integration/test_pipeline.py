"""The whole pipeline as separate processes on a real Redis, with a worker SIGKILLed mid-run."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

from redis.asyncio import Redis
from sqlalchemy import func, select

from services.aggregator.store import Store
from services.aggregator.tables import ArticleRow, ArticleSourceRow, QuoteRow
from services.cli.supervisor import Supervisor
from services.ingest.publish import publish_articles
from services.ingest.synthetic import synthetic_articles
from shared import contract
from shared.settings import Settings
from shared.streams import stream_status

ARTICLES = 200


def _complete(store: Store) -> int:
    with store.sessions() as session:
        return int(
            session.execute(
                select(func.count(ArticleRow.id)).where(
                    ArticleRow.has_entities, ArticleRow.has_quotes, ArticleRow.has_stances
                )
            ).scalar_one()
        )


async def _status(url: str) -> dict[str, object]:
    client = Redis.from_url(url)
    try:
        return await stream_status(client)
    finally:
        await client.aclose()


def test_200_articles_with_a_worker_sigkilled_are_persisted_exactly_once(
    redis_url: str, tmp_path: Path
) -> None:
    settings = Settings(
        redis_url=redis_url,
        data_dir=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
        reclaim_idle_ms=3000,  # a killed worker's entries move quickly
        batch_size=8,
    )
    supervisor = Supervisor(settings, {"ner": 2, "quotes": 1, "stance": 1, "aggregator": 1})
    supervisor.start()
    store = Store(settings.database_url or "")
    articles = list(synthetic_articles(ARTICLES))
    killed = False
    try:
        asyncio.run(publish_articles(redis_url, settings, articles))
        deadline = time.monotonic() + 240
        while _complete(store) < ARTICLES:
            assert time.monotonic() < deadline, f"only {_complete(store)} of {ARTICLES} after 240 s"
            if not killed and _complete(store) >= 20:
                victim = supervisor.pids("ner")[0]
                os.kill(victim, signal.SIGKILL)  # mid-batch: it holds read-ahead entries
                killed = True
            supervisor.poll()
            time.sleep(0.2)
    finally:
        supervisor.stop()
    assert killed
    status = asyncio.run(_status(redis_url))
    assert status["dlq"] == {name: 0 for name in contract.DLQ_STREAMS}
    with store.sessions() as session:
        assert session.execute(select(func.count(ArticleRow.id))).scalar_one() == ARTICLES
        assert session.execute(select(func.count()).select_from(ArticleSourceRow)).scalar_one() == ARTICLES
        # Each synthetic article carries at least one direct quote; none is stored twice.
        per_article = session.execute(
            select(QuoteRow.article_id, func.count()).group_by(QuoteRow.article_id)
        ).all()
        assert len(per_article) == ARTICLES
    store.close()


def test_short_chaos_run_loses_and_doubles_nothing() -> None:
    from services.cli.chaos import run_chaos

    report = run_chaos(
        60, {"ner": 2, "quotes": 1, "stance": 1, "aggregator": 1}, kill_every_s=(1.0, 2.0), timeout_s=300
    )
    assert report.redis_restarts == 1
    assert sum(report.kills.values()) >= 2
    assert report.complete == 60
    assert report.duplicates == 0
    assert report.lost == 0
    assert report.dead_letters == []


def test_short_chaos_run_on_postgresql_with_a_database_restart() -> None:
    from services.cli.chaos import run_chaos

    report = run_chaos(
        40,
        {"ner": 1, "quotes": 1, "stance": 1, "aggregator": 1},
        kill_every_s=(2.0, 3.0),
        timeout_s=300,
        postgres=True,
    )
    assert report.postgres_restarts == 1
    assert (report.complete, report.duplicates, report.lost, report.dead_letters) == (40, 0, 0, [])
