"""The shared delivery layer on a real Redis: backlog, ack after publish, reclaim, retry budget, DLQ, trim."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from redis.asyncio import Redis

from shared import contract
from shared.delivery import Output, Stage
from shared.service import build_app
from shared.settings import Settings
from shared.streams import PAYLOAD_FIELD, ensure_groups, read_dead_letters, trim_acknowledged


def _article(n: int, title: str = "ok") -> contract.Article:
    return contract.Article(id=f"art-{n}", text=f"Article number {n}.", title=title)


async def _publish_raw(client: Redis, stream: str, payload: bytes | str) -> None:
    await client.xadd(stream, {PAYLOAD_FIELD: payload})


async def _publish(client: Redis, article: contract.Article) -> None:
    message = contract.ArticleIngested(article=article, trace_id=f"trace-{article.id}")
    await _publish_raw(client, contract.ARTICLES, message.model_dump_json())


def _settings(redis_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "redis_url": redis_url,
        "retry_budget": 2,
        "reclaim_idle_ms": 300,
        "handler_timeout_s": 5.0,
        "log_level": "WARNING",
        "log_json": True,
    }
    return Settings(**{**values, **overrides})


def _forwarding_stage(
    seen: list[str], fail: Callable[[contract.Envelope], None] = lambda _: None
) -> Callable[[Settings], Sequence[Stage]]:
    """ARTICLES -> ENTITIES like the NER worker, with an injectable failure."""

    def process(message: contract.Envelope) -> Sequence[Output]:
        fail(message)
        seen.append(message.article.id)
        return [
            (contract.ENTITIES, contract.EntitiesFound(article=message.article, trace_id=message.trace_id))
        ]

    return lambda _settings: [Stage("ner", contract.ARTICLES, contract.NER_GROUP, process)]


async def _wait_for(predicate: Callable[[], Any], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await predicate():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not reached in time")


async def _pending(client: Redis, stream: str, group: str) -> int:
    return int((await client.xpending(stream, group))["pending"])


async def test_backlog_published_before_workers_start_is_processed_and_acked(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    for n in range(20):  # the stream does not even exist yet
        await _publish(client, _article(n))
    seen: list[str] = []
    async with build_app("ner", _forwarding_stage(seen), _settings(redis_url)):

        async def done() -> bool:
            return (
                await client.xlen(contract.ENTITIES) == 20
                and await _pending(client, contract.ARTICLES, "ner") == 0
            )

        await _wait_for(done)
    assert sorted(seen) == sorted(f"art-{n}" for n in range(20))
    await client.aclose()


async def test_poison_message_is_dead_lettered_after_the_retry_budget(redis_url: str) -> None:
    client = Redis.from_url(redis_url)

    def explode(message: contract.Envelope) -> None:
        if message.article.title == "poison":
            raise RuntimeError("cannot digest this article")

    await _publish(client, _article(1))
    await _publish(client, _article(2, title="poison"))
    await _publish(client, _article(3))
    seen: list[str] = []
    async with build_app("ner", _forwarding_stage(seen, explode), _settings(redis_url)):

        async def dead() -> bool:
            return await client.xlen(contract.dlq(contract.ARTICLES)) == 1

        await _wait_for(dead)
        await _wait_for(lambda: _no_pending(client))
    letters = await read_dead_letters(client, contract.dlq(contract.ARTICLES))
    letter = letters[0][1]
    assert letter.error_type == "RuntimeError"
    assert letter.error == "cannot digest this article"
    assert letter.deliveries == 2
    assert "art-2" in letter.payload and "cannot digest" in letter.traceback
    assert sorted(seen) == ["art-1", "art-3"]
    await client.aclose()


async def _no_pending(client: Redis) -> bool:
    return await _pending(client, contract.ARTICLES, "ner") == 0


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"{not json", "not a valid ArticleIngested"),
        (b'{"schema_version": 1, "article": {"id": "x"}}', "article.text"),
        (b'{"schema_version": 99, "article": {"id": "x", "text": "t"}}', "schema_version"),
        (b"", "not a valid ArticleIngested"),
        (b"\x00\xff\xfe binary", "not a valid ArticleIngested"),
    ],
)
async def test_malformed_entries_go_straight_to_the_dlq_and_the_pipeline_goes_on(
    redis_url: str, payload: bytes, reason: str
) -> None:
    client = Redis.from_url(redis_url)
    await _publish_raw(client, contract.ARTICLES, payload)
    await _publish(client, _article(1))
    seen: list[str] = []
    async with build_app("ner", _forwarding_stage(seen), _settings(redis_url)):
        await _wait_for(lambda: _no_pending_and_dead(client))
    (_, letter), *_ = await read_dead_letters(client, contract.dlq(contract.ARTICLES))
    assert reason in letter.error
    assert letter.deliveries == 1  # no retry for what cannot be read
    assert seen == ["art-1"]
    await client.aclose()


async def _no_pending_and_dead(client: Redis) -> bool:
    return (
        await client.xlen(contract.dlq(contract.ARTICLES)) == 1 and await client.xlen(contract.ENTITIES) == 1
    )


async def test_entry_without_the_payload_field_is_dead_lettered(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    await client.xadd(contract.ARTICLES, {"foo": "bar"})
    async with build_app("ner", _forwarding_stage([]), _settings(redis_url)):
        await _wait_for(lambda: _dead_count(client, 1))
    (_, letter), *_ = await read_dead_letters(client, contract.dlq(contract.ARTICLES))
    assert "foo" in letter.payload
    await client.aclose()


async def _dead_count(client: Redis, n: int) -> bool:
    return await client.xlen(contract.dlq(contract.ARTICLES)) == n


async def test_entries_of_a_dead_consumer_are_reclaimed_by_another(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    await ensure_groups(client)
    for n in range(5):
        await _publish(client, _article(n))
    # A consumer reads everything, then dies without acking: the entries sit in its pending list.
    taken = await client.xreadgroup("ner", "crashed-consumer", {contract.ARTICLES: ">"}, count=10)
    assert len(taken[0][1]) == 5
    seen: list[str] = []
    async with build_app("ner", _forwarding_stage(seen), _settings(redis_url)):
        await _wait_for(lambda: _no_pending(client))
    assert sorted(seen) == [f"art-{n}" for n in range(5)]
    consumers = {
        c["name"].decode(): c["pending"] for c in await client.xinfo_consumers(contract.ARTICLES, "ner")
    }
    assert consumers["crashed-consumer"] == 0
    await client.aclose()


async def test_an_entry_that_keeps_killing_its_workers_is_dead_lettered_unprocessed(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    await ensure_groups(client)
    await _publish(client, _article(1, title="kills the worker"))
    await _publish(client, _article(2))
    # Worker after worker took entry 1 and died before settling it: each claim counts a delivery.
    taken = await client.xreadgroup("ner", "dead-0", {contract.ARTICLES: ">"}, count=1)
    entry_id = taken[0][1][0][0]
    for n in range(1, 6):
        await client.xclaim(contract.ARTICLES, "ner", f"dead-{n}", 0, [entry_id])
    seen: list[str] = []
    settings = _settings(redis_url, max_deliveries=5)
    async with build_app("ner", _forwarding_stage(seen), settings):
        await _wait_for(lambda: _dead_count(client, 1))
        await _wait_for(lambda: _no_pending(client))
    assert seen == ["art-2"]  # never handed to the stage again
    (_id, letter), *_ = await read_dead_letters(client, contract.dlq(contract.ARTICLES))
    assert letter.error_type == "WorkerDied" and letter.deliveries == 7
    assert "died while processing" in letter.error and "art-1" in letter.payload
    await client.aclose()


def test_max_deliveries_must_exceed_the_retry_budget() -> None:
    with pytest.raises(ValueError, match="MAX_DELIVERIES"):
        Settings(retry_budget=3, max_deliveries=3)


async def test_a_hanging_message_is_timed_out_retried_then_dead_lettered(redis_url: str) -> None:
    client = Redis.from_url(redis_url)

    def hang(message: contract.Envelope) -> None:
        if message.article.title == "hang":
            time.sleep(1.0)

    await _publish(client, _article(1, title="hang"))
    await _publish(client, _article(2))
    seen: list[str] = []
    async with build_app("ner", _forwarding_stage(seen, hang), _settings(redis_url, handler_timeout_s=0.2)):
        await _wait_for(lambda: _dead_count(client, 1))
    (_, letter), *_ = await read_dead_letters(client, contract.dlq(contract.ARTICLES))
    assert letter.error_type == "TimeoutError"
    assert "time limit" in letter.error
    assert "art-2" in seen
    await client.aclose()


async def test_trim_never_drops_entries_a_group_has_not_acknowledged(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    await ensure_groups(client)
    for n in range(10):
        await _publish(client, _article(n))
    # group ner acknowledges 6 entries, group aggregator only 3
    for group, acked in (("ner", 6), ("aggregator", 3)):
        rows = await client.xreadgroup(group, "c", {contract.ARTICLES: ">"}, count=acked)
        await client.xack(contract.ARTICLES, group, *[entry_id for entry_id, _ in rows[0][1]])
    removed = await trim_acknowledged(client, contract.ARTICLES, maxlen=2)
    assert removed == 3
    assert await client.xlen(contract.ARTICLES) == 7
    # the aggregator still reads all it has not acknowledged
    rest = await client.xreadgroup("aggregator", "c", {contract.ARTICLES: ">"}, count=100)
    assert len(rest[0][1]) == 7
    await client.aclose()


async def test_health_ready_and_metrics_endpoints(redis_url: str) -> None:
    from shared.redis_server import free_port

    port = free_port()

    async def get(path: str) -> tuple[int, str]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        await writer.drain()
        response = (await reader.read()).decode()
        writer.close()
        return int(response.split(" ")[1]), response

    client = Redis.from_url(redis_url)
    await _publish(client, _article(1))
    async with build_app("ner", _forwarding_stage([]), _settings(redis_url, metrics_port=port)):
        await _wait_for(lambda: _no_pending_entities(client))
        assert (await get("/health"))[0] == 200
        assert (await get("/ready"))[0] == 200
        status, body = await get("/metrics")
        assert status == 200
        assert 'newsflow_messages_processed_total{service="ner",stream="newsflow:articles"}' in body
        assert (await get("/nope"))[0] == 404
    await client.aclose()


async def _no_pending_entities(client: Redis) -> bool:
    return await client.xlen(contract.ENTITIES) == 1 and await _pending(client, contract.ARTICLES, "ner") == 0


async def test_ingest_refuses_with_a_clear_message_when_the_pipeline_lags(redis_url: str) -> None:
    from services.ingest.publish import BackpressureTimeoutError, publish_articles
    from services.ingest.synthetic import synthetic_articles

    settings = _settings(redis_url, max_lag=60)
    # No NER worker runs: the first 100 go in (checked every 50), then ingest waits, then gives up.
    with pytest.raises(BackpressureTimeoutError, match="NEWSFLOW_MAX_LAG=60"):
        await publish_articles(redis_url, settings, synthetic_articles(500), patience_s=1.0)
    client = Redis.from_url(redis_url)
    assert await client.xlen(contract.ARTICLES) == 100
    await client.aclose()


async def test_replayed_dead_letters_are_processed_once_the_cause_is_fixed(redis_url: str) -> None:
    from shared.streams import replay_dead_letters

    client = Redis.from_url(redis_url)
    broken = True

    def fail_while_broken(_message: contract.Envelope) -> None:
        if broken:
            raise RuntimeError("downstream outage")

    await _publish(client, _article(1))
    seen: list[str] = []
    async with build_app("ner", _forwarding_stage(seen, fail_while_broken), _settings(redis_url)):
        await _wait_for(lambda: _dead_count(client, 1))
        broken = False
        assert await replay_dead_letters(client, contract.dlq(contract.ARTICLES)) == 1
        await _wait_for(lambda: _no_pending_entities(client))
    assert seen == ["art-1"]
    assert await client.xlen(contract.dlq(contract.ARTICLES)) == 0
    await client.aclose()
