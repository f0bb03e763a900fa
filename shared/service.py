"""The imperative shell every service runs in: settings, logging, broker, groups, housekeeping."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence

import structlog
from faststream import FastStream
from faststream.redis import RedisBroker
from redis.asyncio import Redis

from shared import contract, metrics
from shared.delivery import Stage, attach, consumer_name
from shared.log import configure_logging
from shared.settings import Settings, get_settings
from shared.state import redis_url
from shared.streams import ensure_groups, trim_acknowledged

HOUSEKEEPING_INTERVAL_S = 30.0

log = structlog.get_logger("service")


def build_app(
    service: str, make_stages: Callable[[Settings], Sequence[Stage]], settings: Settings | None = None
) -> FastStream:
    settings = settings or get_settings()
    configure_logging(service, settings.log_level, settings.log_json)
    url = redis_url(settings)
    broker = RedisBroker(url, logger=None)  # type: ignore[arg-type]  # None silences FastStream's own logger
    admin = Redis.from_url(url)
    consumer = consumer_name(service)
    stages = make_stages(settings)
    for stage in stages:
        attach(broker, admin, stage, settings, consumer)
    app = FastStream(broker, logger=None)
    tasks: list[asyncio.Task[None]] = []
    servers: list[asyncio.Server] = []
    stopping = asyncio.Event()

    async def ready() -> bool:
        try:
            return bool(await broker.ping(timeout=2.0))
        except Exception:
            return False

    @app.on_startup
    async def create_groups() -> None:
        # Before the broker starts: FastStream would create missing groups at `$` and skip the backlog.
        await ensure_groups(admin)
        if settings.metrics_port:
            servers.append(await metrics.serve_http(settings.metrics_port, ready))
        log.info("starting", consumer=consumer, streams=[s.stream for s in stages])

    @app.after_startup
    async def start_housekeeping() -> None:
        watched = [(s.stream, s.group) for s in stages]
        tasks.append(asyncio.create_task(_housekeeping(admin, settings, watched, stopping)))

    @app.after_shutdown
    async def close() -> None:
        # After the handlers finished: FastStream runs on_shutdown hooks before in-flight work ends.
        # An event, not task.cancel(): redis-py can swallow a cancellation that lands inside a command.
        stopping.set()
        for task in tasks:
            await task
        for server in servers:
            server.close()
        await admin.aclose()
        log.info("stopped", consumer=consumer)

    return app


async def _housekeeping(
    admin: Redis, settings: Settings, watched: list[tuple[str, str]], stopping: asyncio.Event
) -> None:
    """Every so often: trim acknowledged entries, and export pending and lag of this service's groups."""
    while not stopping.is_set():
        try:
            for stream in contract.STREAMS:
                await trim_acknowledged(admin, stream, settings.stream_maxlen)
            for stream, group in watched:
                for info in await admin.xinfo_groups(stream):
                    if info["name"].decode() == group:
                        metrics.PENDING.labels(stream, group).set(int(info["pending"]))
                        metrics.LAG.labels(stream, group).set(int(info.get("lag") or 0))
        except Exception as exc:  # housekeeping must never take a worker down (e.g. Redis restarting)
            log.warning("housekeeping failed", error=str(exc))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stopping.wait(), HOUSEKEEPING_INTERVAL_S)


def run(service: str, make_stages: Callable[[Settings], Sequence[Stage]]) -> None:
    app = build_app(service, make_stages)
    asyncio.run(app.run())
