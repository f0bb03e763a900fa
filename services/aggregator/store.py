"""Idempotent persistence of pipeline messages (SQLite by default, PostgreSQL by URL).

Each stream's message owns one part of an article: ENTITIES its entities, QUOTES its quotes, STANCES its
stances and mention sentiments. Saving a part replaces that part in one transaction, so a redelivered
message never double counts, and the parts may arrive in any order (every message carries the article).
"""

from __future__ import annotations

import fcntl
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, delete, event, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from services.aggregator import stories
from services.aggregator.tables import (
    ArticleEntityRow,
    ArticleRow,
    ArticleSourceRow,
    EntityAliasRow,
    EntityRow,
    QuoteRow,
    SentimentRow,
    StanceRow,
)
from shared import contract

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 0x6E657773  # "news": one advisory lock id for schema migrations
RECENT_ARTICLES = 2000  # how far back near-duplicates and stories are looked for


def alias_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").casefold()
    return re.sub(r"\s+", " ", text).strip()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent, safe when processes start together)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with _migration_lock(engine), engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """SQLite has no advisory locks: a file lock beside the database serialises concurrent migrations."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class Store:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def _insert(self, table: Any) -> Any:
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    def save(self, stream: str, message: contract.Envelope) -> None:
        with self.sessions.begin() as session:
            self._save_article(session, message)
            article_id = message.article.id
            if stream == contract.ENTITIES and isinstance(message, contract.EntitiesFound):
                self._save_entities(session, article_id, message.entities)
            elif stream == contract.QUOTES and isinstance(message, contract.QuotesFound):
                self._save_quotes(session, article_id, message.quotes)
            elif stream == contract.STANCES and isinstance(message, contract.StancesFound):
                self._save_stances(session, article_id, message)

    def _save_article(self, session: Session, message: contract.Envelope) -> None:
        article = message.article
        values = {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "authors": article.authors,
            "published": article.published,
            "text": article.text,
            "trace_id": message.trace_id,
            "persisted_at": datetime.now(UTC),
        }
        inserted: Any = session.execute(self._insert(ArticleRow).values(**values).on_conflict_do_nothing())
        if inserted.rowcount:  # a new article, not a redelivery: look for a near-duplicate once
            print_ = stories.fingerprint(article.text)
            recent = session.execute(
                select(ArticleRow.id, ArticleRow.fingerprint)
                .where(ArticleRow.id != article.id, ArticleRow.fingerprint.is_not(None))
                .order_by(ArticleRow.persisted_at.desc())
                .limit(RECENT_ARTICLES)
            ).all()
            session.execute(
                update(ArticleRow)
                .where(ArticleRow.id == article.id)
                .values(
                    fingerprint=print_,
                    duplicate_of=stories.near_duplicate_of(print_, ((i, f) for i, f in recent if f)),
                )
            )
        if article.path:
            session.execute(
                self._insert(ArticleSourceRow)
                .values(article_id=article.id, path=article.path[:1000])
                .on_conflict_do_nothing()
            )

    def _entity_id(self, session: Session, entity: contract.Entity) -> int:
        keys = [alias_key(entity.name)] + [alias_key(m) for m in entity.mentions]
        found = session.execute(
            select(EntityAliasRow.entity_id).where(
                EntityAliasRow.type == entity.type, EntityAliasRow.alias == keys[0]
            )
        ).scalar()
        if found is None:
            found = session.execute(
                select(EntityAliasRow.entity_id)
                .where(EntityAliasRow.type == entity.type, EntityAliasRow.alias.in_(keys[1:]))
                .limit(1)
            ).scalar()
        if found is None:
            session.execute(
                self._insert(EntityRow).values(name=entity.name, type=entity.type).on_conflict_do_nothing()
            )
            found = session.execute(
                select(EntityRow.id).where(EntityRow.name == entity.name, EntityRow.type == entity.type)
            ).scalar_one()
        for key in dict.fromkeys(keys):
            session.execute(
                self._insert(EntityAliasRow)
                .values(alias=key[:300], type=entity.type, entity_id=found)
                .on_conflict_do_nothing()
            )
        return int(found)

    def _save_entities(self, session: Session, article_id: str, entities: list[contract.Entity]) -> None:
        session.execute(delete(ArticleEntityRow).where(ArticleEntityRow.article_id == article_id))
        merged: dict[int, ArticleEntityRow] = {}
        for entity in entities:
            entity_id = self._entity_id(session, entity)
            row = merged.get(entity_id)
            if row is None:
                merged[entity_id] = ArticleEntityRow(
                    article_id=article_id, entity_id=entity_id, count=entity.count, mentions=entity.mentions
                )
            else:  # two in-article entities the registry knows as one
                row.count += entity.count
                row.mentions = sorted(set(row.mentions) | set(entity.mentions))
        session.add_all(merged.values())
        actors = stories.signature(entities)
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id)
            .values(has_entities=True, actors=actors, story_id=self._story(session, article_id, actors))
        )

    def _story(self, session: Session, article_id: str, actors: list[str]) -> str:
        duplicate_of = session.execute(
            select(ArticleRow.duplicate_of).where(ArticleRow.id == article_id)
        ).scalar()
        if duplicate_of:
            original = session.execute(
                select(ArticleRow.story_id).where(ArticleRow.id == duplicate_of)
            ).scalar()
            if original:
                return str(original)
        recent = session.execute(
            select(ArticleRow.story_id, ArticleRow.actors)
            .where(ArticleRow.id != article_id, ArticleRow.story_id.is_not(None))
            .order_by(ArticleRow.persisted_at.desc())
            .limit(RECENT_ARTICLES)
        ).all()
        found = stories.assign_story(actors, ((s, a or []) for s, a in recent if s))
        return found or article_id

    def _save_quotes(self, session: Session, article_id: str, quotes: list[contract.Quote]) -> None:
        session.execute(delete(QuoteRow).where(QuoteRow.article_id == article_id))
        seen: set[tuple[int, int]] = set()
        for quote in quotes:
            if (quote.start, quote.end) in seen:
                continue
            seen.add((quote.start, quote.end))
            session.add(QuoteRow(article_id=article_id, **quote.model_dump()))
        session.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(has_quotes=True))

    def _save_stances(self, session: Session, article_id: str, message: contract.StancesFound) -> None:
        session.execute(delete(StanceRow).where(StanceRow.article_id == article_id))
        session.execute(delete(SentimentRow).where(SentimentRow.article_id == article_id))
        session.add_all(StanceRow(article_id=article_id, **s.model_dump()) for s in message.stances)
        session.add_all(SentimentRow(article_id=article_id, **s.model_dump()) for s in message.sentiments)
        session.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(has_stances=True))

    def counts(self) -> dict[str, int]:
        with self.sessions() as session:

            def count(column: Any, *where: Any) -> int:
                return int(session.execute(select(func.count(column)).where(*where)).scalar_one())

            return {
                "articles": count(ArticleRow.id),
                "complete": count(
                    ArticleRow.id, ArticleRow.has_entities, ArticleRow.has_quotes, ArticleRow.has_stances
                ),
                "entities": count(EntityRow.id),
                "quotes": count(QuoteRow.article_id),
                "stances": count(StanceRow.id),
            }
