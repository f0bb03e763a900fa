"""The CLI reads sources lazily: ingest publishes articles as they are read, never holding a run whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from services.cli.main import _unique_articles
from shared.settings import Settings

STORY = "The harbour board met on Tuesday.\n\nIt approved the new ferry timetable."


def test_articles_come_one_by_one_before_later_sources_are_read(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(STORY, encoding="utf-8")
    later = tmp_path / "later.txt"  # does not exist yet when the first article is taken
    errors: list[Any] = []
    articles = _unique_articles([str(first), str(later)], Settings(), errors)
    assert next(articles).text.startswith("The harbour board")
    assert errors == []
    later.write_text(STORY.replace("ferry", "bus"), encoding="utf-8")
    assert "bus" in next(articles).text
    assert next(articles, None) is None


def test_repeated_and_refused_sources_are_counted_not_yielded(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    errors: list[Any] = []
    articles = list(_unique_articles([str(story), str(story), str(empty)], Settings(), errors))
    assert len(articles) == 1
    assert [e.reason for e in errors] and "empty" in errors[0].reason.lower()
