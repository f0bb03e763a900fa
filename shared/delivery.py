"""Delivery, written once around every service's handler.

A service gives a ``Stage``: the stream and group it reads and a plain function ``process(message) ->
outputs`` that knows nothing of Redis. ``attach`` wires it into a FastStream broker with:

- a reader (XREADGROUP ``>``) and a reclaimer (XAUTOCLAIM of entries idle longer than
  ``reclaim_idle_ms``, so a crashed consumer's entries are taken over) in the same group;
- schema validation first: an entry that is not valid JSON or not the stream's model goes straight to
  the dead-letter stream ``<stream>.dlq`` with the reason;
- a per-message time limit; on failure the entry stays pending and the reclaimer retries it after the
  idle time, until its delivery count reaches ``retry_budget``: then it is dead-lettered;
- manual ack only after every output is published (or persisted, for the aggregator): a crash before
  the ack means redelivery, never loss; consumers are idempotent by article id.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import structlog
from faststream import AckPolicy
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.annotations import RedisStreamMessage
from pydantic import ValidationError
from redis.asyncio import Redis

from shared import contract, metrics
from shared.settings import Settings
from shared.streams import dead_letter

Output = tuple[str, contract.Envelope]
Process = Callable[[contract.Envelope], Sequence[Output]]

PAYLOAD_HEADROOM = 4
log = structlog.get_logger("delivery")


class SchemaError(ValueError):
    """The entry cannot be read as the stream's message model: retrying will not help."""


@dataclass(frozen=True)
class Stage:
    service: str
    stream: str
    group: str
    process: Process
    model: type[contract.Envelope] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "model", contract.MODELS[self.stream])


def consumer_name(service: str) -> str:
    """Unique per process, stable for its life: what XPENDING shows and XAUTOCLAIM moves entries from."""
    return f"{service}-{socket.gethostname()}-{os.getpid()}"


def decode(body: bytes, model: type[contract.Envelope], max_article_bytes: int) -> contract.Envelope:
    """The entry as the stream's model, or a SchemaError saying why not (retrying cannot help)."""
    # Enrichments ride along with the article text, hence the headroom over the article limit.
    max_payload = PAYLOAD_HEADROOM * max_article_bytes
    if len(body) > max_payload:
        raise SchemaError(f"payload is {len(body)} bytes, over the {max_payload}-byte limit")
    if not body.strip():
        raise SchemaError("empty payload")
    try:
        message = model.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "payload"
        raise SchemaError(
            f"not a valid {model.__name__} v{contract.SCHEMA_VERSION}: {where}: {first['msg']} "
            f"({exc.error_count()} error(s))"
        ) from exc
    size = len(message.article.text.encode("utf-8"))
    if size > max_article_bytes:
        raise SchemaError(
            f"article text is {size} bytes, over the {max_article_bytes}-byte limit "
            "(NEWSFLOW_MAX_ARTICLE_BYTES)"
        )
    return message


class StageRunner:
    """Runs one stage's messages: one at a time per process, since NLP models are not thread-safe."""

    def __init__(self, stage: Stage, settings: Settings, broker: RedisBroker, admin: Redis) -> None:
        self.stage = stage
        self.admin = admin
        self.settings = settings
        self.broker = broker
        self.lock = asyncio.Lock()
        self.labels = {"service": stage.service, "stream": stage.stream}

    async def handle_new(self, msg: RedisStreamMessage) -> None:
        """An entry read with ``>``: never delivered before, so no need to ask Redis how often."""
        await self._handle_entry(msg, reclaimed=False)

    async def handle_reclaimed(self, msg: RedisStreamMessage) -> None:
        """An entry taken over from a consumer that did not settle it in time."""
        await self._handle_entry(msg, reclaimed=True)

    async def _handle_entry(self, msg: RedisStreamMessage, *, reclaimed: bool) -> None:
        entry_id = msg.raw_message["message_ids"][0].decode()
        body: bytes = msg.body
        structlog.contextvars.bind_contextvars(entry_id=entry_id, stream=self.stage.stream)
        try:
            await self._handle(msg, entry_id, body, reclaimed)
        finally:
            structlog.contextvars.unbind_contextvars("entry_id", "stream", "article_id", "trace_id")

    async def _handle(self, msg: RedisStreamMessage, entry_id: str, body: bytes, reclaimed: bool) -> None:
        try:
            message = decode(body, self.stage.model, self.settings.max_article_bytes)
        except SchemaError as exc:
            await self._dead_letter(msg, entry_id, body, exc, deliveries=1)
            return
        structlog.contextvars.bind_contextvars(article_id=message.article.id, trace_id=message.trace_id)
        deliveries = await msg.get_delivery_count() if reclaimed else 1
        if deliveries > self.settings.max_deliveries:
            # A failure that raises is settled within the retry budget; an entry delivered this often
            # took its worker down each time (out of memory, a crash in native code): stop the loop.
            await self._dead_letter(msg, entry_id, body, WorkerDied(deliveries), deliveries)
            return
        started = time.perf_counter()
        try:
            async with self.lock:
                outputs = await asyncio.wait_for(
                    asyncio.to_thread(self.stage.process, message), self.settings.handler_timeout_s
                )
            for stream, out in outputs:
                await self.broker.publish(
                    out.model_dump_json().encode(), stream=stream, headers={"trace_id": out.trace_id}
                )
        except Exception as exc:
            metrics.FAILED.labels(**self.labels).inc()
            if deliveries >= self.settings.retry_budget:
                await self._dead_letter(msg, entry_id, body, exc, deliveries)
            else:
                metrics.RETRIED.labels(**self.labels).inc()
                log.warning("processing failed, will retry", error=_describe(exc), deliveries=deliveries)
            return
        await msg.ack()
        metrics.PROCESSED.labels(**self.labels).inc()
        metrics.LATENCY.labels(**self.labels).observe(time.perf_counter() - started)
        log.debug("processed", outputs=len(outputs))

    async def _dead_letter(
        self, msg: RedisStreamMessage, entry_id: str, body: bytes, exc: BaseException, deliveries: int
    ) -> None:
        letter = contract.DeadLetter(
            stream=self.stage.stream,
            group=self.stage.group,
            service=self.stage.service,
            entry_id=entry_id,
            payload=body.decode("utf-8", "replace"),
            error_type=type(exc).__name__,
            error=_describe(exc),
            traceback="".join(traceback.format_exception(exc))[-4000:],
            deliveries=deliveries,
        )
        await dead_letter(self.admin, letter)
        await msg.ack()
        metrics.DEAD_LETTERED.labels(**self.labels).inc()
        log.error("dead-lettered", error_type=letter.error_type, error=letter.error, deliveries=deliveries)


class WorkerDied(Exception):
    def __init__(self, deliveries: int) -> None:
        super().__init__(
            f"delivered {deliveries} times without being settled: the worker died while processing it "
            "each time (see NEWSFLOW_MAX_DELIVERIES); not processed again"
        )


def _describe(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "handler exceeded the per-message time limit (NEWSFLOW_HANDLER_TIMEOUT_S)"
    return str(exc) or type(exc).__name__


def attach(broker: RedisBroker, admin: Redis, stage: Stage, settings: Settings, consumer: str) -> StageRunner:
    """Subscribe ``stage`` to its stream with a reader and a reclaimer sharing one runner."""
    runner = StageRunner(stage, settings, broker, admin)
    reader = StreamSub(
        stage.stream,
        group=stage.group,
        consumer=consumer,
        max_records=settings.batch_size,
        polling_interval=1000,
    )
    reclaimer = StreamSub(
        stage.stream,
        group=stage.group,
        consumer=consumer,
        min_idle_time=settings.reclaim_idle_ms,
        polling_interval=min(settings.reclaim_idle_ms, 5000),
    )
    for sub, handler in ((reader, runner.handle_new), (reclaimer, runner.handle_reclaimed)):
        broker.subscriber(stream=sub, ack_policy=AckPolicy.MANUAL, title=f"{stage.service}:{sub.name}")(
            handler
        )
    return runner
