"""Persistence on real databases (SQLite file and PostgreSQL): idempotent, order-free upserts."""

from __future__ import annotations

from services.aggregator.report import build_report
from services.aggregator.store import Store
from shared import contract


def _messages(article_id: str = "a1", path: str = "one.txt") -> dict[str, contract.Envelope]:
    article = contract.Article(
        id=article_id, text="Ann Smith said hello.", title="T", path=path, source="Outlet"
    )
    entities = [
        contract.Entity(name="Ann Smith", type="PERSON", mentions=["Ann Smith", "Smith"], count=2),
        contract.Entity(name="Leeds", type="GPE", mentions=["Leeds"], count=1),
    ]
    quotes = [
        contract.Quote(text="hello", speaker="Ann Smith", cue="said", kind="indirect", start=15, end=20)
    ]
    stances = [contract.Stance(holder="Ann Smith", target="Leeds", label="support", score=0.8, evidence="x")]
    sentiments = [contract.Sentiment(entity="Leeds", mention="Leeds", label="positive", score=0.9)]
    return {
        contract.ARTICLES: contract.ArticleIngested(article=article, trace_id="t"),
        contract.ENTITIES: contract.EntitiesFound(article=article, entities=entities),
        contract.QUOTES: contract.QuotesFound(article=article, entities=entities, quotes=quotes),
        contract.STANCES: contract.StancesFound(
            article=article, entities=entities, quotes=quotes, stances=stances, sentiments=sentiments
        ),
    }


def test_redelivery_in_any_order_counts_once(database_url: str) -> None:
    store = Store(database_url)
    try:
        messages = _messages()
        order = [contract.STANCES, contract.QUOTES, contract.ARTICLES, contract.ENTITIES]
        for stream in order + order:  # every message twice, enrichments before the article
            store.save(stream, messages[stream])
        counts = store.counts()
        assert counts == {"articles": 1, "complete": 1, "entities": 2, "quotes": 1, "stances": 1}
        report = build_report(store)
        assert report["entities"][0] == {"name": "Ann Smith", "type": "PERSON", "articles": 1, "mentions": 2}
        assert report["stance_matrix"][0]["support"] == 1
        assert report["portrayal"][0]["positive"] == 1
    finally:
        store.close()


def test_registry_joins_entities_across_articles_and_records_every_source(database_url: str) -> None:
    store = Store(database_url)
    try:
        store.save(contract.ENTITIES, _messages("a1")[contract.ENTITIES])
        store.save(contract.ENTITIES, _messages("a2")[contract.ENTITIES])
        store.save(contract.ARTICLES, _messages("a2", path="https://elsewhere.example/a")[contract.ARTICLES])
        report = build_report(store)
        assert report["articles_persisted"] == 2
        assert report["sources_recorded"] == 3
        smith = next(e for e in report["entities"] if e["name"] == "Ann Smith")
        assert smith["articles"] == 2
    finally:
        store.close()


def test_migrations_are_idempotent(database_url: str) -> None:
    Store(database_url).close()
    store = Store(database_url)  # second run of `alembic upgrade head` is a no-op
    assert store.counts()["articles"] == 0
    store.close()


def test_processes_starting_together_migrate_once_without_errors(database_url: str) -> None:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        results = pool.map(_open_store, [database_url] * 4)
    assert results == [0, 0, 0, 0]


def _open_store(url: str) -> int:
    store = Store(url)
    try:
        return store.counts()["articles"]
    finally:
        store.close()
