"""Who said it: from the grammatical subject of a cue to an entity of the article, or to nobody.

Names resolve through the entity spans; pronouns to the most salient earlier subject of a compatible
gender; descriptors ("Russia's top diplomat", "the minister") to a person whose title or apposition in
the article says so; state bodies ("the Russian government") to their country. A wrong name is worse
than none, so anything else stays unresolved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from services.ner.core import TITLE_WORDS
from services.ner.gazetteer import COUNTRY_DEMONYMS, DEMONYMS, word_set
from shared.contract import Entity

MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her"})
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
GROUP_PRONOUNS = frozenset({"it", "they", "we"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "sheikh", "emir", "pope"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess"})
FEMALE_FIRST_NAMES = word_set(
    """angela theresa hillary marine nicola kamala nancy ursula christine federica condoleezza madeleine
    samantha susan sarah elizabeth mary anne ann margaret jacinda julia julie maria marie catherine
    kate helen jane emma laura anna yulia yulia irina olga natalia svetlana tatiana elena maria victoria
    hala rania benazir aung golda indira michelle melania ivanka nikki liz priti amber yvette diane
    harriet jo kristalina sheikh hasina tsai ingrid"""
)
MALE_FIRST_NAMES = word_set(
    """vladimir sergei sergey dmitry dmitri barack donald joe john james david boris bashar francois
    emmanuel nicolas recep tayyip benjamin ali hassan mohammed muhammad ahmed abdullah xi shinzo narendra
    justin tony gordon george bill jeremy keir rishi michael mark mike ban antonio ilya mikhail alexei
    alexander viktor petro volodymyr jean pierre ashton chuck rex mike hamid ashraf salman hosni
    abdel"""
)
# Descriptor nouns and the titles that license them: "Russia's top diplomat" is its foreign minister.
ROLE_TITLES: dict[str, tuple[frozenset[str], ...]] = {
    "diplomat": (
        frozenset({"foreign", "minister"}),
        frozenset({"foreign", "secretary"}),
        frozenset({"secretary", "state"}),
        frozenset({"ambassador"}),
        frozenset({"envoy"}),
    ),
    "minister": (frozenset({"minister"}),),
    "president": (frozenset({"president"}),),
    "premier": (frozenset({"prime", "minister"}), frozenset({"premier"})),
    "chancellor": (frozenset({"chancellor"}),),
    "secretary": (frozenset({"secretary"}),),
    "spokesman": (frozenset({"spokesman"}), frozenset({"spokesperson"})),
    "spokeswoman": (frozenset({"spokeswoman"}), frozenset({"spokesperson"})),
    "spokesperson": (frozenset({"spokesman"}), frozenset({"spokeswoman"}), frozenset({"spokesperson"})),
    "leader": (frozenset({"leader"}), frozenset({"president"}), frozenset({"prime", "minister"})),
    "ambassador": (frozenset({"ambassador"}),),
    "envoy": (frozenset({"envoy"}),),
    "general": (frozenset({"general"}), frozenset({"gen"})),
    "commander": (frozenset({"commander"}),),
    "director": (frozenset({"director"}),),
    "chairman": (frozenset({"chairman"}),),
    "governor": (frozenset({"governor"}),),
    "mayor": (frozenset({"mayor"}),),
    "senator": (frozenset({"senator"}),),
    "king": (frozenset({"king"}),),
    "queen": (frozenset({"queen"}),),
    "pope": (frozenset({"pope"}),),
}
STATE_NOUNS = frozenset({"government", "authorities", "administration", "regime", "state", "officials"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SALIENCE_WINDOW = 5
# Paragraphs back (the current one included) in which a lone person of a pronoun's gender is its referent.
PRONOUN_PARAGRAPHS = 3
# People nouns that speak for the organisation they belong to when plural ("analysts at ING"), and
# collective nouns that do so in the singular ("the EU's observer mission").
MEMBER_NOUNS = word_set(
    """analyst economist strategist expert researcher observer monitor official executive lawyer
    investigator scientist representative member staff worker spokesperson"""
)
COLLECTIVE_NOUNS = word_set(
    """mission team delegation office board panel unit staff secretariat spokespeople leadership
    management"""
)
MEMBER_PREPOSITIONS = frozenset({"at", "from", "of", "for", "with", "in"})
# "the ministry said": a bare institution noun names the one organisation of that kind in the article.
INSTITUTION_NOUNS = word_set(
    """ministry commission council committee agency bank union party court company firm department
    authority regulator tribunal parliament assembly federation association organisation organization
    institute university group alliance coalition fund board bureau service police army military
    mission office"""
)


@dataclass
class PersonProfile:
    name: str
    titles: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    gender: str | None = None


def token_entities(doc: Doc, entities: Iterable[Entity]) -> dict[int, Entity]:
    """Token index -> entity covering it."""
    index: dict[int, Entity] = {}
    for entity in entities:
        for span in entity.spans:
            covered = doc.char_span(span.start, span.end, alignment_mode="expand")
            if covered is not None:
                for i in range(covered.start, covered.end):
                    index.setdefault(i, entity)
    return index


def mention_span(head: Token) -> Span:
    """The noun phrase a cue attaches to, without relative clauses or appositions."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "nummod", "det", "case", "punct"):
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end += 1
    doc = head.doc
    while start < head.i and (doc[start].dep_ in ("det", "punct") or doc[start].is_punct):
        start += 1
    return doc[start:end]


class SpeakerResolver:
    """Resolves cue subjects in reading order; remembers each sentence's subject for later pronouns."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.by_token = token_entities(doc, entities)
        self.entities = entities
        self.profiles = person_profiles(doc, entities, self.by_token)
        self.salient: dict[int, Entity] = {}
        self.sentences = list(doc.sents)
        self.sentence_starts = [sent.start for sent in self.sentences]
        self._salience_done = -1
        self.paragraph_starts = [0] + [
            token.idx + len(token.text) for token in doc if token.is_space and "\n" in token.text
        ]
        self.person_spans = sorted(
            ((span.start, entity) for entity in entities if entity.type == "PERSON" for span in entity.spans),
            key=lambda pair: pair[0],
        )
        self.person_span_starts = [start for start, _ in self.person_spans]
        self.org_spans = sorted(
            ((span.start, entity) for entity in entities if entity.type == "ORG" for span in entity.spans),
            key=lambda pair: pair[0],
        )
        self.org_span_starts = [start for start, _ in self.org_spans]

    def resolve(self, head: Token | None, before: int) -> Entity | None:
        """Entity that ``head`` (a cue subject) refers to; ``before`` is the token index of the quote."""
        if head is None:
            return None
        entity = self.named(head)
        if entity is not None:
            return entity
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            return self.pronoun(head, "male" if lower in MALE_PRONOUNS else "female")
        if lower in GROUP_PRONOUNS:
            return None
        if head.lemma_.lower() in ROLE_TITLES:
            return self.descriptor(head, before)
        member_of = self.member_of(head)
        if member_of is not None:
            return member_of
        if head.lemma_.lower() in STATE_NOUNS:
            return self.state(head)
        if head.lemma_.lower() in INSTITUTION_NOUNS:
            return self.institution(head)
        return None

    def member_of(self, head: Token) -> Entity | None:
        """ "Analysts at ING", "the European Union's observer mission": the organisation speaks."""
        lemma = head.lemma_.lower()
        plural_member = lemma in MEMBER_NOUNS and head.tag_ in ("NNS", "NNPS")
        if head.pos_ != "NOUN" or not (plural_member or lemma in COLLECTIVE_NOUNS):
            return None
        for child in head.children:
            owner: Token | None = None
            if child.dep_ == "poss":
                owner = child
            elif child.dep_ == "prep" and child.lower_ in MEMBER_PREPOSITIONS:
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            entity = self.by_token.get(owner.i) if owner is not None else None
            if entity is not None and entity.type == "ORG":
                return entity
        return None

    def institution(self, head: Token) -> Entity | None:
        """ "the ministry", "the electoral commission": the organisation of that kind named before, when
        exactly one fits."""
        if not any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
            return None
        words = {head.lower_, head.lemma_.lower()}
        modifiers = {c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.is_lower}
        end = bisect_left(self.org_span_starts, head.idx)
        fitting: dict[str, Entity] = {}
        for _, entity in self.org_spans[:end]:
            name_words = set(entity.name.casefold().split())
            if words & name_words and modifiers <= name_words:
                fitting[entity.name] = entity
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def named(self, head: Token) -> Entity | None:
        entity = self.by_token.get(head.i)
        if entity is not None and entity.type in ("PERSON", "ORG", "GPE", "NORP", "LOC"):
            return entity
        return None

    def pronoun(self, head: Token, gender: str) -> Entity | None:
        sentence = self.sentence_index(head.i)
        self.fill_salience(sentence)
        sent = self.doc[head.i].sent
        for token in reversed(self.doc[sent.start : head.i]):
            entity = self.by_token.get(token.i)
            if token.dep_ in SUBJECT_DEPS and entity is not None and self.fits(entity, gender):
                return entity
        entity = self.recent_salient(sentence, gender)
        return entity if entity is not None else self.lone_person(head, gender)

    def recent_salient(self, sentence: int, gender: str | None) -> Entity | None:
        """The latest sentence subject before ``sentence`` that fits ``gender`` (any person if None)."""
        for previous in range(sentence - 1, max(-1, sentence - 1 - SALIENCE_WINDOW), -1):
            entity = self.salient.get(previous)
            if entity is not None and (gender is None or self.fits(entity, gender)):
                return entity
        return None

    def lone_person(self, head: Token, gender: str) -> Entity | None:
        """The one person of ``gender`` (or, failing that, of unknown gender) named in the last few
        paragraphs; None when there is more than one."""
        paragraph = bisect_left(self.paragraph_starts, head.idx + 1) - 1
        window_start = self.paragraph_starts[max(0, paragraph - PRONOUN_PARAGRAPHS + 1)]
        low = bisect_left(self.person_span_starts, window_start)
        high = bisect_left(self.person_span_starts, head.idx)
        known: dict[str, Entity] = {}
        unknown: dict[str, Entity] = {}
        for _, entity in self.person_spans[low:high]:
            profile = self.profiles.get(entity.name)
            if profile is None:
                continue
            if profile.gender == gender:
                known[entity.name] = entity
            elif profile.gender is None:
                unknown[entity.name] = entity
        if len(known) == 1:
            return next(iter(known.values()))
        if not known and len(unknown) == 1:
            return next(iter(unknown.values()))
        return None

    def fits(self, entity: Entity, gender: str) -> bool:
        profile = self.profiles.get(entity.name)
        return profile is not None and profile.gender in (None, gender)

    def descriptor(self, head: Token, before: int) -> Entity | None:
        """A role noun names the latest person whose title fits it and whose country does not clash."""
        modifiers = {child.lower_ for child in head.lefts if child.lower_ in TITLE_WORDS}
        country = descriptor_country(head)
        options = ROLE_TITLES[head.lemma_.lower()]
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            profile = self.profiles.get(entity.name)
            if profile is None or not any(option <= profile.titles for option in options):
                continue
            if not modifiers <= profile.titles or (
                country and profile.demonyms and country not in profile.demonyms
            ):
                continue
            last = max((s.start for s in entity.spans if s.start < self.doc[before].idx), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, entity)
        return best[1] if best else None

    def state(self, head: Token) -> Entity | None:
        country = descriptor_country(head)
        if country is None:
            return None
        name = DEMONYMS.get(country.casefold())
        return next((e for e in self.entities if e.name == name and e.type == "GPE"), None)

    def sentence_index(self, token_index: int) -> int:
        low, high = 0, len(self.sentence_starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentence_starts[middle] <= token_index:
                low = middle
            else:
                high = middle - 1
        return low

    def fill_salience(self, upto: int) -> None:
        """Each sentence's salient person: its main-clause subject, resolved like any speaker."""
        for index in range(self._salience_done + 1, min(upto, len(self.sentences))):
            entity = self.main_subject(self.sentences[index])
            if entity is not None:
                self.salient[index] = entity
            self._salience_done = index

    def main_subject(self, sentence: Span) -> Entity | None:
        root = sentence.root
        subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
        if not subjects:
            subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.head.dep_ in ("ccomp", "conj")][
                :1
            ]
        for subject in subjects:
            if subject.lower_ in PERSON_PRONOUNS:
                gender = "male" if subject.lower_ in MALE_PRONOUNS else "female"
                return self.recent_salient(self.sentence_index(subject.i), gender)
            entity = self.named(subject)
            if entity is None and subject.lemma_.lower() in ROLE_TITLES:
                entity = self.descriptor(subject, subject.i)
            if entity is not None and entity.type == "PERSON":
                return entity
        return None


def descriptor_country(head: Token) -> str | None:
    """Demonym of the country a descriptor belongs to: "Russia's" or "Russian" -> "Russian"."""
    for child in head.lefts:
        if child.lower_ in DEMONYMS:
            return child.text.title()
        if child.dep_ == "poss" and child.ent_type_ == "GPE":
            return COUNTRY_DEMONYMS.get(child.text)
    return None


def person_profiles(
    doc: Doc, entities: list[Entity], by_token: dict[int, Entity]
) -> dict[str, PersonProfile]:
    """Titles, nationality and gender each person gets in the article ("Foreign Minister", "Mr")."""
    profiles: dict[str, PersonProfile] = {}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        profile = PersonProfile(entity.name)
        for form in entity.mentions:
            for word in form.split():
                lower = word.lower()
                if lower in TITLE_WORDS:
                    profile.titles.add(lower.rstrip("."))
                if lower in DEMONYMS:
                    profile.demonyms.add(word.title())
        profile.gender = gender_of(entity, profile)
        profiles[entity.name] = profile
    for token in doc:
        if token.dep_ != "appos":
            continue
        named = by_token.get(token.head.i)
        if named is not None and named.name in profiles:
            profile = profiles[named.name]
            # "John Kerry, the US Secretary of State": the apposition's words are his titles.
            profile.titles.update(word.lemma_.lower() for word in token.subtree if word.is_alpha)
    return profiles


def gender_of(entity: Entity, profile: PersonProfile) -> str | None:
    words = {word.lower() for form in entity.mentions for word in form.split()}
    first = entity.name.split()[0].lower()
    if words & FEMALE_TITLES or first in FEMALE_FIRST_NAMES:
        return "female"
    if words & MALE_TITLES or first in MALE_FIRST_NAMES:
        return "male"
    return None
