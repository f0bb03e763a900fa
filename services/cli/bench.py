"""`newsflow bench`: the running pipeline against in-process `analyze` on the same articles.

Measures articles/s and words/s, per-stage latency (from the stream entry ids each stage wrote), the cost
of each stage's rules on top of the spaCy parse, the CPU cost per article of each worker's own message
handler (decode, process, encode; no Redis), and the peak RSS of every service process.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from faststream.redis.parser.binary import BinaryMessageFormatV1
from redis.asyncio import Redis

from services.cli.supervisor import Supervisor
from services.ingest.cleaning import article_id
from services.ingest.publish import publish_articles
from services.ingest.sources import iter_articles
from services.ingest.synthetic import synthetic_articles
from services.pipeline import Analyzer
from shared import contract
from shared.settings import Settings
from shared.streams import PAYLOAD_FIELD, entries

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def bench_articles(count: int, settings: Settings) -> list[contract.Article]:
    """The example articles (real-length news) made unique, topped up with generated ones."""
    base = [
        a
        for a in (iter_articles(str(EXAMPLES), settings) if EXAMPLES.exists() else [])
        if isinstance(a, contract.Article)
    ]
    articles: list[contract.Article] = []
    for n in range(count):
        if base and n % 2 == 0:
            seed = base[(n // 2) % len(base)]
            text = f"{seed.text}\n\nBenchmark copy {n}."
            articles.append(
                seed.model_copy(update={"id": article_id(text), "text": text, "path": f"bench://{n}"})
            )
    articles.extend(synthetic_articles(count - len(articles), seed=11))
    return articles


def _words(articles: list[contract.Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def in_process(articles: list[contract.Article], settings: Settings) -> dict[str, Any]:
    from services.ner.core import extract_entities
    from services.quotes.core import extract_quotes
    from services.stance.core import extract_stances
    from services.stance.sentiment import mention_sentiments

    analyzer = Analyzer.from_settings(settings)
    texts = [a.text for a in articles]
    started = time.perf_counter()
    docs = list(analyzer.nlp.pipe(texts))
    parse_s = time.perf_counter() - started
    timings: dict[str, float] = defaultdict(float)
    for doc in docs:
        t0 = time.perf_counter()
        entities = extract_entities(doc, analyzer.aliases)
        t1 = time.perf_counter()
        quotes = extract_quotes(doc, entities)
        t2 = time.perf_counter()
        extract_stances(doc, entities, quotes, analyzer.topics)
        t3 = time.perf_counter()
        mention_sentiments(doc, entities)
        t4 = time.perf_counter()
        timings["ner_rules_s"] += t1 - t0
        timings["quote_rules_s"] += t2 - t1
        timings["stance_rules_s"] += t3 - t2
        timings["sentiment_s"] += t4 - t3
    started = time.perf_counter()
    for article in articles:
        analyzer.analyze(article)
    analyze_s = time.perf_counter() - started
    words = _words(articles)
    return {
        "articles": len(articles),
        "words": words,
        "bare_parse_s": round(parse_s, 3),
        "bare_parse_words_per_s": round(words / parse_s),
        **{k: round(v, 3) for k, v in timings.items()},
        "ner_quote_rules_overhead_pct": round(
            100 * (timings["ner_rules_s"] + timings["quote_rules_s"]) / parse_s, 1
        ),
        "stance_overhead_pct": round(100 * (timings["stance_rules_s"] + timings["sentiment_s"]) / parse_s, 1),
        "analyze_s": round(analyze_s, 3),
        "analyze_articles_per_s": round(len(articles) / analyze_s, 2),
        "analyze_words_per_s": round(words / analyze_s),
    }


def stage_costs(articles: list[contract.Article], settings: Settings) -> dict[str, Any]:
    """Seconds per article each NLP worker spends on a message: its own ``process`` on the decoded payload,
    then encoding what it publishes, exactly as the worker does minus Redis."""
    from services.ner.worker import make_stages as ner_stages
    from services.quotes.worker import make_stages as quote_stages
    from services.stance.worker import make_stages as stance_stages

    stages = [make(settings)[0] for make in (ner_stages, quote_stages, stance_stages)]
    spent: dict[str, float] = defaultdict(float)
    payload_bytes: dict[str, int] = defaultdict(int)
    for article in articles:
        payload = contract.ArticleIngested(article=article).model_dump_json()
        for stage in stages:
            started = time.perf_counter()
            ((_stream, output),) = stage.process(stage.model.model_validate_json(payload))
            payload = output.model_dump_json()
            spent[stage.service] += time.perf_counter() - started
            payload_bytes[stage.service] += len(payload)
    n = len(articles)
    return {
        "ms_per_article": {k: round(1000 * v / n, 2) for k, v in spent.items()},
        "output_kib_per_article": {k: round(v / n / 1024, 1) for k, v in payload_bytes.items()},
        "stance_vs_ner": round(spent["stance"] / spent["ner"], 3),
        "quotes_vs_ner": round(spent["quotes"] / spent["ner"], 3),
    }


async def _entry_times(url: str) -> dict[str, dict[str, float]]:
    """stream -> article id -> time (s) its entry was added, read from the entry ids."""
    client = Redis.from_url(url)
    times: dict[str, dict[str, float]] = {}
    try:
        for stream in contract.STREAMS:
            per_article: dict[str, float] = {}
            for entry_id, fields in await entries(client, stream):
                body, _headers = BinaryMessageFormatV1.parse(fields[PAYLOAD_FIELD.encode()])
                message = contract.MODELS[stream].model_validate_json(body)
                per_article.setdefault(message.article.id, int(entry_id.split("-")[0]) / 1000)
            times[stream] = per_article
    finally:
        await client.aclose()
    return times


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def pipeline(articles: list[contract.Article], settings: Settings, workers: dict[str, int]) -> dict[str, Any]:
    from services.aggregator.store import Store

    data_dir = Path(tempfile.mkdtemp(prefix="newsflow-bench-"))
    settings = Settings(
        **{**settings.model_dump(), "data_dir": data_dir, "database_url": None, "redis_url": None}
    )
    supervisor = Supervisor(settings, workers)
    supervisor.start()
    store = Store(settings.sqlite_url)
    try:
        time.sleep(3)  # let the workers load their models before the clock starts
        started = time.perf_counter()
        asyncio.run(publish_articles(supervisor.redis_url, settings, articles))
        while store.counts()["complete"] < len(articles):
            supervisor.poll()
            time.sleep(0.1)
        elapsed = time.perf_counter() - started
        rss = {
            w.name: _peak_rss_mib(w.process.pid)
            for w in supervisor.procs
            if w.process is not None and w.process.poll() is None
        }
        times = asyncio.run(_entry_times(supervisor.redis_url))
    finally:
        store.close()
        supervisor.stop()
    latency: dict[str, Any] = {}
    hops = [
        ("ner", contract.ARTICLES, contract.ENTITIES),
        ("quotes", contract.ENTITIES, contract.QUOTES),
        ("stance", contract.QUOTES, contract.STANCES),
    ]
    for stage, before, after in hops:
        deltas = sorted(times[after][i] - times[before][i] for i in times[after] if i in times[before])
        if deltas:
            latency[stage] = {
                "median_ms": round(1000 * statistics.median(deltas)),
                "p95_ms": round(1000 * deltas[int(0.95 * (len(deltas) - 1))]),
            }
    return {
        "articles": len(articles),
        "workers": workers,
        "elapsed_s": round(elapsed, 2),
        "articles_per_s": round(len(articles) / elapsed, 2),
        "words_per_s": round(_words(articles) / elapsed),
        "stage_latency_queue_included": latency,
        "peak_rss_mib": rss,
    }
