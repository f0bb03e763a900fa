"""Bad input, generated: every case gets its expected outcome, no worker dies, valid articles all persist.

Two layers: what a user feeds `ingest`/`analyze` (files: empty, binary, invalid UTF-8, huge, odd HTML,
odd quoting, ...) and what lands in the streams without going through ingest (bad JSON, missing fields,
unknown schema version, oversized payloads, wrong types), written straight into every stream.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from pathlib import Path

import pytest
from redis.asyncio import Redis

from services.aggregator.store import Store
from services.cli.supervisor import Supervisor
from services.ingest.publish import publish_articles
from services.ingest.sources import IngestError, iter_articles
from services.ingest.synthetic import synthetic_articles
from services.pipeline import Analyzer
from shared import contract
from shared.settings import Settings
from shared.streams import PAYLOAD_FIELD, read_dead_letters, stream_status

SETTINGS = Settings()
REFUSED, ANALYSED, EITHER = "refused", "analysed", "either"  # either: refused with a reason, or analysed


def _file_cases() -> list[tuple[str, bytes, str, str]]:
    """(case id, file bytes, expected outcome, word the refusal reason must contain)."""
    rng = random.Random(5)
    cases: list[tuple[str, bytes, str, str]] = []
    blanks = ["", " ", "\n", "\t\t", "\r\n\r\n", "\u00a0", "\u2003\u2002", "\ufeff", " \n \n ", "\u200b"]
    for i, blank in enumerate(blanks):
        cases.append((f"blank-{i}", blank.encode(), REFUSED, "empty"))
    for i in range(30):
        noise = bytes(rng.randrange(256) for _ in range(rng.randrange(16, 4096)))
        cases.append((f"binary-{i}", b"\x00" + noise, REFUSED, "binary"))
    for i in range(20):
        words = " ".join(rng.choice(["news", "minister", "said", "talks"]) for _ in range(40))
        broken = words.encode()[: 10 + i * 5] + bytes([0xC3, 0x28, 0xFF]) + words.encode()
        cases.append((f"invalid-utf8-{i}", broken, ANALYSED, ""))
    cases.append(("20MB", b"The minister said the budget would pass. " * 500_000, REFUSED, "limit"))
    cases.append(("1MB-single-line", b"word " * 210_000, REFUSED, "limit"))
    cases.append(
        (
            "nested-html",
            b"<html><body>" + b"<div>" * 5000 + b"Deep text." + b"</div>" * 5000 + b"</body></html>",
            EITHER,
            "",
        )
    )
    for i, lang in enumerate(
        [
            "Der Minister sagte am Montag, die Regierung werde das Gesetz nicht ändern.",
            "Le ministre a déclaré lundi que le gouvernement ne changerait pas la loi.",
            "Министр заявил в понедельник, что правительство не изменит закон.",
            "وقال الوزير يوم الاثنين إن الحكومة لن تغير القانون.",
            "大臣は月曜日、政府は法律を変更しないと述べた。",
            "El ministro dijo el lunes que el gobierno no cambiará la ley.",
        ]
    ):
        cases.append((f"non-english-{i}", lang.encode(), ANALYSED, ""))
    marks = ["\u201c", "\u201d", '"', "\u00ab", "\u00bb", "\u2018", "\u2019", "'"]
    for i in range(30):
        only = "".join(rng.choice(marks) for _ in range(rng.randrange(1, 60)))
        cases.append((f"only-quote-marks-{i}", only.encode(), ANALYSED, ""))
    for i in range(30):
        opener, closer = rng.choice(
            [("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb"), ("\u2018", "\u2019")]
        )
        pieces = [
            f"Ana Ruiz said {opener}we will win{closer if i % 2 else ''}.",
            f"{opener}Nobody expected it.",
        ]
        rng.shuffle(pieces)
        cases.append((f"unbalanced-quotes-{i}", "\n\n".join(pieces).encode(), ANALYSED, ""))
    for i in range(10):
        title = "<script>alert('x')</script>"
        body = f"{title}\n\nThe mayor said \u201c<script>steal()</script> is not a plan\u201d on day {i}."
        cases.append((f"script-tags-{i}", body.encode(), ANALYSED, ""))
    names = " and ".join(f"Person{i} Smith" for i in range(2500))
    cases.append(("10k-mentions", (names + " met in Paris. ").encode() * 4, ANALYSED, ""))
    for i in range(25):
        fragment = rng.choice(["(", ")", "[", "]", "...", "\u2014", ":", ";", "?!", "#", "@", "\u00a9"])
        cases.append((f"punctuation-{i}", (fragment * rng.randrange(1, 400)).encode(), ANALYSED, ""))
    return cases


FILE_CASES = _file_cases()


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.from_settings(SETTINGS)


@pytest.mark.parametrize(("case", "data", "expected", "reason"), FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_every_bad_file_gets_its_expected_outcome(
    tmp_path: Path, analyzer: Analyzer, case: str, data: bytes, expected: str, reason: str
) -> None:
    path = tmp_path / (f"{case}.html" if "html" in case else f"{case}.txt")
    path.write_bytes(data)
    items = list(iter_articles(str(path), SETTINGS))
    assert len(items) == 1, items
    item = items[0]
    if expected == REFUSED or (expected == EITHER and isinstance(item, IngestError)):
        assert isinstance(item, IngestError), f"{case} should be refused"
        assert item.reason and reason in item.reason.lower(), item.reason
        return
    assert isinstance(item, contract.Article), f"{case} refused: {getattr(item, 'reason', '')}"
    result = analyzer.analyze(item)
    text = item.text
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
    for stance in result.stances:
        assert 0 <= stance.start <= stance.end <= len(text)
    json.dumps(result.model_dump(mode="json"))  # serialisable for the wire


def test_there_are_at_least_200_bad_input_cases() -> None:
    assert len(FILE_CASES) + len(_stream_cases()) >= 200


def _stream_cases() -> list[tuple[str, bytes]]:
    article = {"id": "x1", "text": "Some text."}
    anywhere: list[bytes] = [
        b"{not json",
        b"null",
        b"[]",
        b"42",
        b'"a string"',
        json.dumps({"schema_version": 1}).encode(),
        json.dumps({"schema_version": 1, "article": {}}).encode(),
        json.dumps({"schema_version": 1, "article": {"id": "x"}}).encode(),
        json.dumps({"schema_version": 1, "article": {"text": "no id"}}).encode(),
        json.dumps({"schema_version": 99, "article": article}).encode(),
        json.dumps({"schema_version": "one", "article": article}).encode(),
        json.dumps({"schema_version": 1, "article": {**article, "text": ""}}).encode(),
        json.dumps({"schema_version": 1, "article": {**article, "authors": "not a list"}}).encode(),
        b"\xff\xfe\xfd binary",
        json.dumps({"schema_version": 1, "article": {**article, "text": "x" * 2_100_000}}).encode(),
        json.dumps({"schema_version": 1, "article": {**article, "text": "y" * 600_000}}).encode(),
    ]
    # Fields only some streams carry: on the others they are ignored (forward compatibility).
    only: dict[str, list[bytes]] = {
        contract.ENTITIES: [
            json.dumps({"schema_version": 1, "article": article, "entities": [{"name": 1}]}).encode()
        ],
        contract.QUOTES: [
            json.dumps(
                {"schema_version": 1, "article": article, "quotes": [{"text": "q", "start": -1, "end": 2}]}
            ).encode()
        ],
        contract.STANCES: [
            json.dumps({"schema_version": 1, "article": article, "stances": [{"label": "love"}]}).encode()
        ],
    }
    return [
        (f"{stream}#{i}", body)
        for stream in contract.STREAMS
        for i, body in enumerate(anywhere + only.get(stream, []))
    ]


async def _drained(url: str) -> bool:
    """Every group has read and acknowledged everything."""
    client = Redis.from_url(url)
    try:
        status = await stream_status(client)
    finally:
        await client.aclose()
    return all(
        not g["pending"] and not g["lag"] for s in status["streams"].values() for g in s["groups"].values()
    )


def test_malformed_entries_in_every_stream_are_dead_lettered_and_valid_articles_persist(
    redis_url: str, tmp_path: Path
) -> None:
    settings = Settings(
        redis_url=redis_url, data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}"
    )
    cases = _stream_cases()
    per_stream: dict[str, int] = {}

    async def inject() -> None:
        client = Redis.from_url(redis_url)
        for case, body in cases:
            stream = case.split("#")[0]
            await client.xadd(stream, {PAYLOAD_FIELD: body})
            per_stream[stream] = per_stream.get(stream, 0) + 1
        await client.xadd(contract.ARTICLES, {"unexpected": "field"})
        per_stream[contract.ARTICLES] += 1
        await client.aclose()

    asyncio.run(inject())
    supervisor = Supervisor(settings, {"ner": 1, "quotes": 1, "stance": 1, "aggregator": 1})
    supervisor.start()
    valid = list(synthetic_articles(10, seed=3))
    store = Store(settings.database_url or "")
    try:
        asyncio.run(publish_articles(redis_url, settings, valid))
        deadline = time.monotonic() + 180
        while store.counts()["complete"] < len(valid) or not asyncio.run(_drained(redis_url)):
            assert time.monotonic() < deadline, store.counts()
            supervisor.poll()
            time.sleep(0.2)
        assert all(worker.restarts == 0 for worker in supervisor.procs), "a worker died"
    finally:
        supervisor.stop()

    async def dead_letters() -> dict[str, list[contract.DeadLetter]]:
        client = Redis.from_url(redis_url)
        found = {
            s: [letter for _, letter in await read_dead_letters(client, contract.dlq(s), 1000)]
            for s in contract.STREAMS
        }
        await client.aclose()
        return found

    letters = asyncio.run(dead_letters())
    for stream in contract.STREAMS:
        # each malformed entry is dead-lettered once per group reading that stream, always with a reason
        groups = len(contract.GROUPS[stream])
        assert len(letters[stream]) == per_stream[stream] * groups, stream
        assert all(letter.error and letter.error_type == "SchemaError" for letter in letters[stream])
    assert store.counts()["articles"] == len(valid)
    store.close()
