"""The relational schema (SQLAlchemy 2). Alembic migrations in ``migrations/`` create it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    published: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    trace_id: Mapped[str | None] = mapped_column(String(64))
    story_id: Mapped[str | None] = mapped_column(String(64), index=True)
    fingerprint: Mapped[str | None] = mapped_column(String(16))
    duplicate_of: Mapped[str | None] = mapped_column(String(64), index=True)
    actors: Mapped[list[str] | None] = mapped_column(JSON)
    has_entities: Mapped[bool] = mapped_column(default=False)
    has_quotes: Mapped[bool] = mapped_column(default=False)
    has_stances: Mapped[bool] = mapped_column(default=False)
    persisted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ArticleSourceRow(Base):
    """Every place an article was ingested from (the same text from two URLs is one article)."""

    __tablename__ = "article_sources"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    path: Mapped[str] = mapped_column(String(1000), primary_key=True)


class EntityRow(Base):
    """The cross-article registry: one row per canonical entity, whatever outlet mentions it."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("name", "type", name="uq_entity_name_type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(20))


class EntityAliasRow(Base):
    __tablename__ = "entity_aliases"

    alias: Mapped[str] = mapped_column(String(300), primary_key=True)
    type: Mapped[str] = mapped_column(String(20), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)


class ArticleEntityRow(Base):
    __tablename__ = "article_entities"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    mentions: Mapped[list[str]] = mapped_column(JSON, default=list)


class QuoteRow(Base):
    __tablename__ = "quotes"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    start: Mapped[int] = mapped_column(Integer, primary_key=True)
    end: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(String(300), index=True)
    speaker_mention: Mapped[str | None] = mapped_column(String(300))
    cue: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))


class StanceRow(Base):
    __tablename__ = "stances"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    holder: Mapped[str] = mapped_column(String(300), index=True)
    target: Mapped[str] = mapped_column(String(300), index=True)
    label: Mapped[str] = mapped_column(String(10))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    evidence: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)


class SentimentRow(Base):
    __tablename__ = "sentiments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(300), index=True)
    mention: Mapped[str] = mapped_column(String(300))
    label: Mapped[str] = mapped_column(String(10))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
