"""Grouping articles into stories and spotting near-duplicates (wire copies, light rewrites). Pure functions.

- Near-duplicate: 64-bit SimHash over word 3-shingles; a wire story republished with a new headline or a
  changed sentence stays within a few bits, unrelated texts differ in about half of them.
- Story: the set of main actors (canonical entities, most mentioned first). An article joins the most
  similar recent story when the overlap of actors is large enough, else it starts one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

from shared import contract

NEAR_DUPLICATE_BITS = 12  # unrelated texts differ in ~32 of 64 bits (binomial), P(<=12) < 1e-6
STORY_OVERLAP = 0.25
SIGNATURE_SIZE = 8
STORY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"})

_WORD = re.compile(r"\w+", re.UNICODE)


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def fingerprint(text: str) -> str:
    """SimHash of the text's word 3-shingles, as 16 hex digits (fits any database column)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]
    weights = [0] * 64
    for shingle in shingles:
        value = _hash64(shingle)
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    simhash = sum(1 << bit for bit, weight in enumerate(weights) if weight > 0)
    return f"{simhash:016x}"


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def near_duplicate_of(print_: str, candidates: Iterable[tuple[str, str]]) -> str | None:
    """Id of the closest candidate (id, fingerprint) within NEAR_DUPLICATE_BITS, if any."""
    best: tuple[int, str] | None = None
    for candidate_id, candidate_print in candidates:
        bits = distance(print_, candidate_print)
        if bits <= NEAR_DUPLICATE_BITS and (best is None or bits < best[0]):
            best = (bits, candidate_id)
    return best[1] if best else None


def signature(entities: Sequence[contract.Entity]) -> list[str]:
    """The article's main actors: its most mentioned canonical entities."""
    ranked = sorted((e for e in entities if e.type in STORY_TYPES), key=lambda e: (-e.count, e.name))
    return [e.name for e in ranked[:SIGNATURE_SIZE]]


def overlap(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard overlap of two actor sets: sharing one ubiquitous actor is not enough to join stories."""
    first, second = set(a), set(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def assign_story(own: Sequence[str], stories: Iterable[tuple[str, Sequence[str]]]) -> str | None:
    """The recent story (id, signature) whose actors overlap most with ``own``, if close enough."""
    best: tuple[float, str] | None = None
    for story_id, actors in stories:
        score = overlap(own, actors)
        if score >= STORY_OVERLAP and (best is None or score > best[0]):
            best = (score, story_id)
    return best[1] if best else None
