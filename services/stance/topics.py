"""Topic targets: things a stance can be about that are not named entities ("the US-led coalition").

The table is configuration (``topics.yaml`` beside this module, or a file the user points to), compiled
once into a single regular expression so that finding topics costs one pass over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DEFAULT_TOPICS_PATH = Path(__file__).with_name("topics.yaml")


@dataclass(frozen=True)
class TopicMatch:
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class TopicTable:
    """Canonical topic name -> aliases, and the compiled matcher over all aliases."""

    aliases: dict[str, tuple[str, ...]]
    pattern: re.Pattern[str] | None = field(default=None, compare=False)
    name_of_alias: dict[str, str] = field(default_factory=dict, compare=False)
    # Keys of aliases that mean the topic only in a text that also names it another way.
    refers_back: frozenset[str] = field(default_factory=frozenset, compare=False)

    def find(self, text: str) -> list[TopicMatch]:
        """Topic mentions in ``text``; a refer-back alias ("the coalition") counts only where the topic
        is named by one of its other aliases somewhere in the same text."""
        if self.pattern is None:
            return []
        found = [(m, _alias_key(m.group(0))) for m in self.pattern.finditer(text)]
        named = {self.name_of_alias[key] for _, key in found if key not in self.refers_back}
        return [
            TopicMatch(self.name_of_alias[key], m.start(), m.end())
            for m, key in found
            if key not in self.refers_back or self.name_of_alias[key] in named
        ]


def _alias_key(alias: str) -> str:
    return re.sub(r"\s+", " ", alias).casefold()


def _alias_regex(alias: str) -> str:
    body = r"\s+".join(re.escape(word) for word in alias.split())
    # Acronyms such as "IS" must not match the verb "is": aliases in capitals match only as written.
    return body if alias.isupper() else f"(?i:{body})"


def build_topic_table(
    aliases: dict[str, list[str] | tuple[str, ...]],
    refers_back: dict[str, list[str] | tuple[str, ...]] | None = None,
) -> TopicTable:
    """``refers_back``: per topic, generic aliases ("the coalition", "terrorists") that mean the topic
    only in a text that names it by another alias; they are matched like the others."""
    refers_back = refers_back or {}
    names_in_order = [*aliases, *(name for name in refers_back if name not in aliases)]
    aliases = {name: (*aliases.get(name, ()), *refers_back.get(name, ())) for name in names_in_order}
    name_of_alias: dict[str, str] = {}
    for name, names in aliases.items():
        for alias in (name, *names):
            name_of_alias.setdefault(_alias_key(alias), name)
    if not name_of_alias:
        return TopicTable(aliases={})
    surface_forms = sorted(
        {alias for name, names in aliases.items() for alias in (name, *names)}, key=len, reverse=True
    )
    alternatives = "|".join(_alias_regex(alias) for alias in surface_forms)
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    weak = {_alias_key(alias) for names in refers_back.values() for alias in names}
    return TopicTable(
        aliases={name: tuple(names) for name, names in aliases.items()},
        pattern=pattern,
        name_of_alias=name_of_alias,
        refers_back=frozenset(weak - {_alias_key(name) for name in aliases}),
    )


def parse_topics(text: str) -> TopicTable:
    data = yaml.safe_load(text) or {}
    entries = data.get("topics", []) if isinstance(data, dict) else []
    return build_topic_table(
        {str(e["name"]): [str(a) for a in e.get("aliases") or []] for e in entries},
        {str(e["name"]): [str(a) for a in e.get("refers_back") or []] for e in entries},
    )


@lru_cache(maxsize=8)
def load_topics(path: str | Path | None = None) -> TopicTable:
    """Read a topics YAML file; ``None`` reads the packaged default."""
    return parse_topics(Path(path or DEFAULT_TOPICS_PATH).read_text(encoding="utf-8"))
