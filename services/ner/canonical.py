"""Mentions into entities: the variants of one referent grouped, each group typed and named."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from services.ner.gazetteer import CAPITALS, COUNTRIES, AliasTable, word_set
from services.ner.mentions import RawMention
from services.ner.types import REGION_HEADS
from shared.contract import Entity, Mention

# Legal forms of a company: "Kestrel" is the short name of "Kestrel AG" whatever the model called it.
COMPANY_SUFFIXES = word_set(
    "ag inc inc. ltd ltd. plc llc corp corp. sa se nv gmbh co co. limited holdings group"
)
NAME_PARTICLES = ("al-", "el-", "al ", "el ", "bin ", "ibn ", "abu ", "van ", "von ", "de ", "di ", "da ")


@dataclass
class EntityGroup:
    mentions: list[RawMention]

    @property
    def first(self) -> RawMention:
        return self.mentions[0]


def group_mentions(mentions: list[RawMention]) -> list[EntityGroup]:
    """Merge variants: exact keys first, then surnames into full names and acronyms into expansions."""
    by_key: dict[str, EntityGroup] = {}
    for mention in mentions:
        by_key.setdefault(group_key(mention), EntityGroup([])).mentions.append(mention)
    groups = list(by_key.values())
    full_names = multiword_index(groups, "PERSON", surname_key)
    acronyms = {
        letters: g
        for g in groups
        if group_type(g) != "PERSON"
        for letters in acronyms_of(g.first.canonical or g.first.text)
    }
    acronyms.pop("", None)
    heads = multiword_index(groups, "ORG", organisation_head)
    merged: dict[int, EntityGroup] = {}
    for group in groups:
        target = (
            merge_target(group, full_names, acronyms)
            or short_form_target(group, heads)
            or prefix_target(group, groups)
        )
        if target is not None and target is not group:
            merged[id(group)] = target
    types = {id(group): group_type(group) for group in groups}
    for group in groups:
        target = merged.get(id(group))
        while target is not None and id(target) in merged:
            target = merged[id(target)]
        if target is not None:
            # A surname or first name merged into a person is that person, whatever the model called it.
            # A short form merged into a company ("Kestrel" into "Kestrel AG") is that company.
            if types[id(target)] in ("PERSON", "ORG"):
                target.mentions.extend(replace(m, label=types[id(target)]) for m in group.mentions)
            else:
                target.mentions.extend(group.mentions)
    result = [g for g in groups if id(g) not in merged]
    for group in result:
        group.mentions.sort(key=lambda m: m.start)
    return sorted(result, key=lambda g: g.first.start)


def group_key(mention: RawMention) -> str:
    return (mention.canonical or mention.text).casefold()


def surname_key(name: str) -> str:
    last = name.split()[-1].casefold()
    for particle in NAME_PARTICLES:
        if last.startswith(particle):
            last = last[len(particle) :]
    return last


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def acronyms_of(name: str) -> set[str]:
    """The initials of a name, and with all-caps words kept whole: "UK Research and Innovation" is
    "URI" and "UKRI"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    if len(words) < 2:
        return set()
    return {acronym(name), "".join(w if w.isupper() else w[0] for w in words)}


def organisation_head(name: str) -> str:
    """The head noun of an organisation's name: "Commission" for "European Commission" and for
    "Commission of the African Union"."""
    words = name.split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1].casefold()
    return words[-1].casefold()


def multiword_index(
    groups: Iterable[EntityGroup], entity_type: str, key: Callable[[str], str]
) -> dict[str, list[EntityGroup]]:
    """Groups of ``entity_type`` whose name has two or more words, by ``key(name)``."""
    index: dict[str, list[EntityGroup]] = {}
    for group in groups:
        name = group.first.canonical or group.first.text
        if group_type(group) == entity_type and len(name.split()) >= 2:
            index.setdefault(key(name), []).append(group)
    return index


def merge_target(
    group: EntityGroup, full_names: dict[str, list[EntityGroup]], acronyms: dict[str, EntityGroup]
) -> EntityGroup | None:
    name = group.first.canonical or group.first.text
    kind = group_type(group)
    if kind in ("PERSON", "ORG") and not group.first.canonical:
        candidates = [g for g in full_names.get(surname_key(name), []) if g is not group]
        if len(name.split()) >= 2:
            candidates = [g for g in candidates if same_first_name(g, name)]
        if len(candidates) == 1 and (len(name.split()) == 1 or not is_longer(group, candidates[0])):
            return candidates[0]
    letters = name.replace(".", "")
    if letters.isupper() and 2 <= len(letters) <= 6:
        return acronyms.get(letters)
    return None


def same_first_name(group: EntityGroup, name: str) -> bool:
    other = group.first.canonical or group.first.text
    return other.split()[0].casefold() == name.split()[0].casefold()


def is_longer(group: EntityGroup, other: EntityGroup) -> bool:
    return len(group.first.text) > len(other.first.text)


def short_form_target(group: EntityGroup, heads: dict[str, list[EntityGroup]]) -> EntityGroup | None:
    """ "the Commission" after "the European Commission": a one-word organisation that is the head of
    exactly one longer organisation named before it."""
    name = group.first.text
    if group.first.canonical or len(name.split()) != 1 or not name.istitle() or group_type(group) != "ORG":
        return None
    earlier = [
        g for g in heads.get(name.casefold(), []) if g is not group and g.first.start < group.first.start
    ]
    return earlier[0] if len(earlier) == 1 else None


def prefix_target(group: EntityGroup, groups: list[EntityGroup]) -> EntityGroup | None:
    """A name that begins exactly one longer name of the article: "Nordic Ore" for an organisation named
    "Nordic Ore Resources", "Kezia" for a person named "Kezia Brandt", "Kestrel" for "Kestrel AG",
    "Avalon" for the region "Avalon Oblast"."""
    name = group.first.text
    kind = group_type(group)
    if (
        group.first.canonical
        or not name[:1].isupper()
        or name.casefold() in COUNTRIES
        or name.casefold() in CAPITALS
    ):
        return None
    one_word = len(name.split()) == 1 and name.istitle()
    if not one_word and not (kind == "ORG" and len(name.split()) >= 2):
        return None
    prefix = name + " "
    longer = [
        g
        for g in groups
        if g is not group
        and not g.first.canonical
        and g.first.text.startswith(prefix)
        and takes_prefix(kind, one_word, group_type(g), g.first.text)
    ]
    return longer[0] if len(longer) == 1 else None


def takes_prefix(kind: str, one_word: bool, longer_kind: str, longer: str) -> bool:
    """Whether a longer name of ``longer_kind`` can be the full form of a ``kind`` name it begins with."""
    last = longer.split()[-1].casefold()
    if longer_kind == "PERSON":
        return one_word
    if longer_kind == "ORG":
        return kind == "ORG" or (one_word and last in COMPANY_SUFFIXES)
    return one_word and kind == longer_kind == "GPE" and last in REGION_HEADS


def group_type(group: EntityGroup) -> str:
    """Gazetteer type if any; a person if any mention was titled or tagged PERSON; else the majority."""
    labels = Counter(m.label for m in group.mentions)
    canonical = next((m for m in group.mentions if m.canonical), None)
    if canonical is not None:
        return canonical.label
    if labels["PERSON"] and (
        any(m.titled for m in group.mentions)
        or labels["PERSON"] * 2 > len(group.mentions)
        or (labels["PERSON"] * 2 == len(group.mentions) and not is_place_tie(group, labels))
    ):
        return "PERSON"
    label = labels.most_common(1)[0][0]
    return "LOC" if label == "FAC" else label


def is_place_tie(group: EntityGroup, labels: Counter[str]) -> bool:
    """A one-word name called a person as often as a place ("the Vuollevárri plateau" ... "under
    Vuollevárri") is a place: the small model takes unfamiliar place names for people."""
    places = labels["GPE"] + labels["LOC"] + labels["FAC"]
    return places > 0 and all(" " not in m.text for m in group.mentions if m.label == "PERSON")


def canonical_name(group: EntityGroup, table: AliasTable) -> str:
    for mention in group.mentions:
        if mention.canonical:
            return mention.canonical
        entry = table.lookup(mention.text)
        if entry is not None:
            return entry.name
    forms = Counter(m.text for m in group.mentions)
    return max(forms, key=lambda form: (len(form.split()), not form.isupper(), forms[form], len(form)))


def to_entity(group: EntityGroup, table: AliasTable) -> Entity:
    surfaces: list[str] = []
    for mention in group.mentions:
        for form in (mention.text, mention.titled):
            if form and form not in surfaces:
                surfaces.append(form)
    return Entity(
        name=canonical_name(group, table),
        type=group_type(group),
        mentions=surfaces,
        count=len(group.mentions),
        spans=[Mention(text=m.text, start=m.start, end=m.end) for m in group.mentions],
    )
