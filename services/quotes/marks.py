"""Quotation marks: find the top-level quoted stretches of a text, whatever the quote style.

Works on characters, one paragraph at a time, so an unbalanced mark can never swallow the rest of the
article: a quote still open at the end of a paragraph closes there and, when the next paragraph opens
with a quotation mark, the next stretch is flagged as the same quotation continuing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

OPENERS = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019", "\u201a": "\u2019"}
SINGLE_MARKS = {"\u2018", "\u2019", "'", "\u201a"}
PARAGRAPH_BREAK = re.compile(r"\n+")
OPENING_CONTEXT = set(" \t([{\u2014\u2013-:;,/")


@dataclass(frozen=True)
class QuotedStretch:
    """``start``/``end`` delimit the words inside the marks; ``closed`` is False when the paragraph
    ended first."""

    start: int
    end: int
    closed: bool
    continues_previous: bool
    paragraph: int


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def quoted_stretches(text: str) -> list[QuotedStretch]:
    stretches: list[QuotedStretch] = []
    previous_open = False
    for index, (start, end) in enumerate(paragraphs(text)):
        found = list(paragraph_stretches(text, start, end))
        for position, (q_start, q_end, closed) in enumerate(found):
            continues = (
                previous_open
                and position == 0
                and text[start:q_start].strip() in ("", '"', "\u201c", "'", "\u2018")
            )
            stretches.append(QuotedStretch(q_start, q_end, closed, continues, index))
        previous_open = bool(found) and not found[-1][2]
    return [s for s in stretches if text[s.start : s.end].strip()]


def paragraph_stretches(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Top-level (start, end, closed) stretches; marks nested inside a quote only need to balance there."""
    stack: list[str] = []
    outer_start = start
    last_single_closer = last_closing_apostrophe(text, start, end)
    runs_on = next_paragraph_opens_with(text, end, "'")
    for i in range(start, end):
        char = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        level = closing_level(char, stack, before, after)
        if level is not None:
            # A closer for an outer mark also ends any nested quote left unclosed inside it.
            del stack[level:]
            if not stack:
                yield outer_start, i, True
            continue
        if char == "'" and not stack:
            # Straight single quotes as the outer marks (common in British papers): one opens a quotation
            # only where a closing one follows in the paragraph or the next paragraph goes on with one;
            # otherwise it is an elision ("the '90s", "rock 'n' roll").
            closes = i < last_single_closer or runs_on
            if (
                closes
                and (before.isspace() or before in OPENING_CONTEXT)
                and (after.isalpha() or after in '"\u201c')
            ):
                outer_start = i + 1
                stack.append("'")
            continue
        opener = opening_mark(char, before, after, bool(stack))
        if opener:
            if not stack:
                outer_start = i + 1
            stack.append(opener)
    if stack:
        yield outer_start, end, False


def next_paragraph_opens_with(text: str, end: int, mark: str) -> bool:
    i = end
    while i < len(text) and text[i] == "\n":
        i += 1
    return text.startswith(mark, i)


def last_closing_apostrophe(text: str, start: int, end: int) -> int:
    """Position of the paragraph's last straight single quote that can close a quotation (after a word or
    punctuation, before a space or punctuation); -1 when there is none."""
    i = text.rfind("'", start, end)
    while i > start:
        after = text[i + 1] if i + 1 < end else " "
        if not text[i - 1].isspace() and not after.isalnum():
            return i
        i = text.rfind("'", start, i)
    return -1


def opening_mark(char: str, before: str, after: str, inside: bool) -> str | None:
    """The closing mark expected for ``char`` if it opens a quotation here."""
    if char in OPENERS:
        if char in SINGLE_MARKS and (before.isalnum() or not (after.isalnum() or after in '"\u201c')):
            return None
        return OPENERS[char]
    if char == '"' and (before.isspace() or before in OPENING_CONTEXT or before in OPENERS):
        return '"'
    if char == "'" and inside and not before.isalnum() and after.isalpha():
        return "'"
    return None


def closing_level(char: str, stack: list[str], before: str, after: str) -> int | None:
    """Stack depth that ``char`` closes, innermost first, or None when it closes nothing."""
    if char in SINGLE_MARKS and before.isalpha() and after.isalpha():
        return None  # an apostrophe inside a word ("don’t")
    for level in range(len(stack) - 1, -1, -1):
        expected = stack[level]
        # Straight and curly double quotes get mixed up in scraped text; either closes a double quote.
        if char == expected or (char in ('"', "\u201d") and expected in ('"', "\u201d", "\u00bb")):
            if char in SINGLE_MARKS and level != len(stack) - 1:
                return None
            return level
    return None
