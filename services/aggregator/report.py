"""Read side: what `newsflow report` shows, built from the persisted tables."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select

from services.aggregator.store import Store
from services.aggregator.tables import (
    ArticleEntityRow,
    ArticleRow,
    ArticleSourceRow,
    EntityRow,
    QuoteRow,
    SentimentRow,
    StanceRow,
)

SENTIMENT_VALUE = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}


def build_report(store: Store, top: int = 15) -> dict[str, Any]:
    with store.sessions() as session:
        articles = [
            {
                "id": row.id,
                "title": row.title,
                "source": row.source,
                "published": row.published,
                "story": row.story_id,
                "duplicate_of": row.duplicate_of,
                "complete": bool(row.has_entities and row.has_quotes and row.has_stances),
            }
            for row in session.execute(select(ArticleRow).order_by(ArticleRow.published, ArticleRow.id))
            .scalars()
            .all()
        ]
        sources = session.execute(select(func.count()).select_from(ArticleSourceRow)).scalar_one()
        entity_rows = session.execute(
            select(
                EntityRow.name,
                EntityRow.type,
                func.count(ArticleEntityRow.article_id),
                func.sum(ArticleEntityRow.count),
            )
            .join(ArticleEntityRow, ArticleEntityRow.entity_id == EntityRow.id)
            .group_by(EntityRow.id, EntityRow.name, EntityRow.type)
            .order_by(func.sum(ArticleEntityRow.count).desc(), EntityRow.name)
            .limit(top)
        ).all()
        quote_rows = session.execute(
            select(QuoteRow.speaker, QuoteRow.kind, QuoteRow.text, ArticleRow.story_id)
            .join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
            .order_by(QuoteRow.article_id, QuoteRow.start)
        ).all()
        stance_rows = session.execute(
            select(
                StanceRow.holder, StanceRow.target, StanceRow.label, StanceRow.evidence, ArticleRow.story_id
            ).join(ArticleRow, ArticleRow.id == StanceRow.article_id)
        ).all()
        sentiment_rows = session.execute(
            select(ArticleRow.source, SentimentRow.entity, SentimentRow.label).join(
                ArticleRow, ArticleRow.id == SentimentRow.article_id
            )
        ).all()

    speakers: dict[str, dict[str, Any]] = {}
    for speaker, kind, text, _story in quote_rows:
        entry = speakers.setdefault(
            speaker or "(unknown)", {"quotes": 0, "kinds": defaultdict(int), "examples": []}
        )
        entry["quotes"] += 1
        entry["kinds"][kind] += 1
        if len(entry["examples"]) < 2:
            entry["examples"].append(text[:160])
    who_said_what = sorted(
        ({"speaker": k, **v, "kinds": dict(v["kinds"])} for k, v in speakers.items()),
        key=lambda e: -e["quotes"],
    )[:top]

    matrix: dict[tuple[str, str], dict[str, Any]] = {}
    for holder, target, label, evidence, _story in stance_rows:
        cell = matrix.setdefault(
            (holder, target), {"holder": holder, "target": target, "support": 0, "oppose": 0, "neutral": 0}
        )
        cell[label] += 1
        cell.setdefault("evidence", evidence[:200])
    stance_matrix = sorted(matrix.values(), key=lambda c: -(c["support"] + c["oppose"]))

    portrayal: dict[tuple[str, str], dict[str, Any]] = {}
    for source, entity, label in sentiment_rows:
        cell = portrayal.setdefault(
            (source or "(unknown outlet)", entity),
            {
                "outlet": source or "(unknown outlet)",
                "entity": entity,
                "negative": 0,
                "neutral": 0,
                "positive": 0,
            },
        )
        cell[label] += 1
    for cell in portrayal.values():
        n = cell["negative"] + cell["neutral"] + cell["positive"]
        cell["mentions"] = n
        cell["mean"] = round((cell["positive"] - cell["negative"]) / n, 3) if n else 0.0

    return {
        "stories": _stories(articles, quote_rows, stance_rows),
        "articles_persisted": len(articles),
        "articles_complete": sum(a["complete"] for a in articles),
        "sources_recorded": int(sources),
        "articles": articles,
        "entities": [
            {"name": n, "type": t, "articles": a, "mentions": int(m or 0)} for n, t, a, m in entity_rows
        ],
        "who_said_what": who_said_what,
        "stance_matrix": stance_matrix,
        "portrayal": sorted(portrayal.values(), key=lambda c: (c["outlet"], -c["mentions"])),
    }


def _stories(articles: list[dict[str, Any]], quote_rows: Any, stance_rows: Any) -> list[dict[str, Any]]:
    """Per story: its articles and outlets over time, who is quoted, and its stance matrix."""
    stories: dict[str, dict[str, Any]] = {}
    for article in articles:
        if not article["story"]:
            continue
        story = stories.setdefault(
            article["story"],
            {
                "story": article["story"],
                "title": article["title"],
                "articles": 0,
                "near_duplicates": 0,
                "outlets": defaultdict(int),
                "published": [],
                "speakers": defaultdict(int),
                "stances": defaultdict(int),
            },
        )
        story["articles"] += 1
        story["near_duplicates"] += bool(article["duplicate_of"])
        story["outlets"][article["source"] or "(unknown outlet)"] += 1
        if article["published"]:
            story["published"].append(article["published"])
    for speaker, _kind, _text, story_id in quote_rows:
        if story_id in stories:
            stories[story_id]["speakers"][speaker or "(unknown)"] += 1
    for holder, target, label, _evidence, story_id in stance_rows:
        if story_id in stories and label != "neutral":
            stories[story_id]["stances"][f"{holder} -{label}-> {target}"] += 1
    result = []
    for story in sorted(stories.values(), key=lambda s: -s["articles"]):
        dates = sorted(story.pop("published"))
        result.append(
            {
                **story,
                "outlets": dict(story["outlets"]),
                "first_published": dates[0] if dates else None,
                "last_published": dates[-1] if dates else None,
                "speakers": dict(sorted(story["speakers"].items(), key=lambda kv: -kv[1])[:10]),
                "stances": dict(sorted(story["stances"].items(), key=lambda kv: -kv[1])[:10]),
            }
        )
    return result
