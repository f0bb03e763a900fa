"""`newsflow chaos`: generated articles through the pipeline while processes are SIGKILLed and Redis restarts.

Prints what a user of a news pipeline cares about at the end: every article persisted exactly once with its
NER, quotes and stances; nothing lost, nothing doubled, and why anything was dead-lettered.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from services.aggregator.store import Store
from services.aggregator.tables import ArticleRow, ArticleSourceRow, SentimentRow, StanceRow
from services.cli.supervisor import Supervisor
from services.ingest.publish import publish_articles
from services.ingest.synthetic import synthetic_articles
from shared import contract
from shared.redis_server import EmbeddedRedis
from shared.settings import Settings
from shared.streams import read_dead_letters


@dataclass
class ChaosReport:
    articles: int
    kills: dict[str, int] = field(default_factory=dict)
    redis_restarts: int = 0
    postgres_restarts: int = 0
    persisted: int = 0
    complete: int = 0
    duplicates: int = 0
    lost: int = 0
    dead_letters: list[dict[str, Any]] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        return (
            self.complete == self.articles and not self.duplicates and not self.lost and not self.dead_letters
        )


def _counts(store: Store) -> tuple[int, int, int]:
    """Articles persisted, articles with all three enrichments, and rows stored more than once."""
    with store.sessions() as session:
        persisted = session.execute(select(func.count(ArticleRow.id))).scalar_one()
        complete = session.execute(
            select(func.count(ArticleRow.id)).where(
                ArticleRow.has_entities, ArticleRow.has_quotes, ArticleRow.has_stances
            )
        ).scalar_one()
        duplicates = 0
        for table, columns in (
            (ArticleSourceRow, ("article_id", "path")),
            (StanceRow, ("article_id", "holder", "target", "label", "start", "end")),
            (SentimentRow, ("article_id", "entity", "start", "end")),
        ):
            keys = [getattr(table, c) for c in columns]
            repeated = select(func.count().label("n")).select_from(table).group_by(*keys).subquery()
            duplicates += int(
                session.execute(select(func.coalesce(func.sum(repeated.c.n - 1), 0))).scalar_one()
            )
    return int(persisted), int(complete), duplicates


async def _dead_letters(url: str) -> list[dict[str, Any]]:
    client = Redis.from_url(url)
    try:
        rows = []
        for name in contract.DLQ_STREAMS:
            for _, letter in await read_dead_letters(client, name, 1000):
                rows.append({"stream": letter.stream, "service": letter.service, "error": letter.error})
        return rows
    finally:
        await client.aclose()


def run_chaos(
    articles: int,
    workers: dict[str, int],
    kill_every_s: tuple[float, float] = (2.0, 5.0),
    timeout_s: float = 1800.0,
    seed: int = 1,
    postgres: bool = False,
    say: Callable[[str], None] = print,
) -> ChaosReport:
    """``postgres``: store in an embedded PostgreSQL (the pgserver wheel) and restart it once mid-run."""
    rng = random.Random(seed)
    data_dir = Path(tempfile.mkdtemp(prefix="newsflow-chaos-"))
    redis = EmbeddedRedis(data_dir / "redis", appendonly=True)
    redis.start()
    database = EmbeddedPostgres(data_dir / "postgres") if postgres else None
    settings = Settings(
        redis_url=redis.url,
        data_dir=data_dir,
        database_url=database.url if database else f"sqlite:///{data_dir / 'chaos.db'}",
        reclaim_idle_ms=3000,
        retry_budget=5,
    )
    supervisor = Supervisor(settings, workers)
    supervisor.start()
    store = Store(settings.database_url or "")
    report = ChaosReport(articles=articles, kills={name: 0 for name in workers})
    started = time.monotonic()
    try:
        asyncio.run(publish_articles(redis.url, settings, synthetic_articles(articles, seed=seed)))
        say(f"published {articles} articles; killing workers every {kill_every_s[0]}-{kill_every_s[1]} s")
        next_kill = time.monotonic() + rng.uniform(*kill_every_s)
        aggregator_killed = False
        while True:
            supervisor.poll()
            try:
                _, complete, _ = _counts(store)
            except OperationalError:  # the database is restarting: count again in a moment
                time.sleep(0.5)
                continue
            if complete >= articles:
                break
            if time.monotonic() - started > timeout_s:
                say(f"timed out with {complete} of {articles} complete")
                break
            if report.redis_restarts == 0 and complete >= articles // 3:
                say("restarting Redis (AOF on)")
                redis.stop()
                time.sleep(1.0)
                redis.start()
                report.redis_restarts += 1
            if database and report.postgres_restarts == 0 and complete >= 2 * articles // 3:
                say("restarting PostgreSQL")
                database.restart()
                report.postgres_restarts += 1
            if time.monotonic() >= next_kill:
                service = "aggregator" if not aggregator_killed and complete >= articles // 2 else None
                service = service or rng.choice([name for name, n in workers.items() if n])
                pids = supervisor.pids(service)
                if pids:
                    os.kill(rng.choice(pids), signal.SIGKILL)
                    report.kills[service] += 1
                    aggregator_killed = aggregator_killed or service == "aggregator"
                    say(f"SIGKILL {service} ({complete}/{articles} complete)")
                next_kill = time.monotonic() + rng.uniform(*kill_every_s)
            time.sleep(0.2)
        report.elapsed_s = round(time.monotonic() - started, 1)
        report.persisted, report.complete, report.duplicates = _counts(store)
        report.lost = articles - report.complete
        report.dead_letters = asyncio.run(_dead_letters(redis.url))
    finally:
        store.close()
        supervisor.stop()
        redis.stop()
        if database:
            database.stop()
    return report


class EmbeddedPostgres:
    """A PostgreSQL server from the `pgserver` wheel (a dev dependency), on a unix socket in ``path``."""

    def __init__(self, path: Path) -> None:
        import pgserver

        self.path = path
        self.server = pgserver.get_server(path, cleanup_mode="stop")
        self.url: str = self.server.get_uri()

    def restart(self) -> None:
        import pgserver

        self.server.cleanup()
        time.sleep(1.0)
        self.server = pgserver.get_server(self.path, cleanup_mode="stop")

    def stop(self) -> None:
        self.server.cleanup()
