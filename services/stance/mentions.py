"""Which tokens of a parsed article name a possible stance holder or target.

Entities come from the NER stage (canonical names), topics from the topic table. Two cheap additions
recover mentions NER misses in news: a role phrase ("the Syrian president") names the person the article
introduced with that title ("Syrian President Bashar al-Assad"), and a personal pronoun names the nearest
person before it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from services.stance.lexicon import SEATS_OF_GOVERNMENT
from services.stance.topics import TopicTable
from shared.contract import Entity

STANCE_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TOPIC_TYPE = "TOPIC"

HEAD_OF_GOVERNMENT_TITLES = frozenset({"president", "premier", "chancellor", "king", "emir", "leader"})
ROLE_NOUNS = frozenset({"president", "leader", "strongman", "dictator", "regime", "premier", "chancellor"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})


@dataclass(frozen=True)
class TargetMention:
    name: str
    type: str
    start: int  # token index
    end: int
    is_pronoun: bool = False

    @property
    def is_topic(self) -> bool:
        return self.type == TOPIC_TYPE


@dataclass(frozen=True)
class MentionIndex:
    """Token index -> mention, plus the people mentioned in text order for pronoun resolution."""

    by_token: dict[int, TargetMention]
    types: dict[str, str]
    person_tokens: tuple[int, ...]
    person_names: tuple[str, ...]

    def at(self, token: Token) -> TargetMention | None:
        return self.by_token.get(token.i)

    def mentions(self) -> list[TargetMention]:
        return list({(m.start, m.end): m for m in self.by_token.values()}.values())

    def pronoun_mention(self, token: Token) -> TargetMention | None:
        """A possessive or object pronoun ("his participation"), resolved once its holder is known."""
        if token.lower_ not in PERSONAL_PRONOUNS or token.dep_ in ("nsubj", "nsubjpass"):
            return None
        return TargetMention("", "PERSON", token.i, token.i + 1, is_pronoun=True)

    def previous_person(self, token: Token, excluding: frozenset[str] = frozenset()) -> str | None:
        """The nearest person named before ``token``, skipping ``excluding``."""
        position = bisect_left(self.person_tokens, token.i)
        for i in range(position - 1, -1, -1):
            if self.person_names[i] not in excluding:
                return self.person_names[i]
        return None


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _nationality_titles(doc: Doc, entities: list[Entity]) -> dict[str, str]:
    """Nationality adjective -> person introduced as that country's head ("Syrian President X")."""
    titles: dict[str, str] = {}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for mention in entity.spans:
            span = _span(doc, mention.start, mention.end)
            if span is None:
                continue
            words = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]] + [t.lower_ for t in span]
            for i, word in enumerate(words[:-1]):
                if word in HEAD_OF_GOVERNMENT_TITLES and i > 0:
                    titles.setdefault(words[i - 1], entity.name)
    return titles


def _role_mentions(doc: Doc, titles: dict[str, str], taken: set[int]) -> list[TargetMention]:
    mentions = []
    for token in doc:
        if token.i in taken or token.lemma_.lower() not in ROLE_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        nationality = next((c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")), None)
        if nationality in titles:
            mentions.append(TargetMention(titles[nationality], "PERSON", token.i, token.i + 1))
    return mentions


def _acting_name(name: str, names: set[str]) -> str:
    """The country a capital stands for, when the article names that country too."""
    return next((country for country in SEATS_OF_GOVERNMENT.get(name, ()) if country in names), name)


def index_mentions(doc: Doc, entities: list[Entity], topics: TopicTable | None) -> MentionIndex:
    names = {entity.name for entity in entities}
    mentions: list[TargetMention] = []
    taken: set[int] = set()
    for match in topics.find(doc.text) if topics else []:
        span = _span(doc, match.start, match.end)
        if span is not None:
            mentions.append(TargetMention(match.name, TOPIC_TYPE, span.start, span.end))
            taken.update(range(span.start, span.end))
    for entity in entities:
        if entity.type not in STANCE_ENTITY_TYPES:
            continue
        for mention in entity.spans:
            span = _span(doc, mention.start, mention.end)
            # A name inside a topic phrase ("IS" in "anti-IS coalition") is part of that topic.
            if span is None or taken.intersection(range(span.start, span.end)):
                continue
            mentions.append(
                TargetMention(_acting_name(entity.name, names), entity.type, span.start, span.end)
            )
            taken.update(range(span.start, span.end))
    mentions.extend(_role_mentions(doc, _nationality_titles(doc, entities), taken))
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    people = sorted((m.start, m.name) for m in mentions if m.type == "PERSON")
    return MentionIndex(
        by_token=by_token,
        types={m.name: m.type for m in mentions},
        person_tokens=tuple(start for start, _ in people),
        person_names=tuple(name for _, name in people),
    )
