"""Which tokens of a parsed article name a possible stance holder or target.

Entities come from the NER stage (canonical names), topics from the topic table. Cheap additions recover
mentions NER misses in news: a role phrase ("the Syrian president", "the agriculture minister", "his
minister", "the NFC leader") names the person the article introduced with that title ("Syrian President
Bashar al-Assad", "the agriculture minister, Jane Doe", "X, the president of the National Freedom Congress
(NFC)"); "the company" names the business that last acted or spoke; and a personal pronoun names the
nearest person before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from services.stance.lexicon import (
    ANAPHORIC_ISSUE_NOUNS,
    CONTRASTIVE_ADJECTIVES,
    ISSUE_FAMILIES,
    ISSUE_NOUNS,
    ISSUE_TITLE_WORDS,
    REMOVAL_NOUNS,
    REMOVAL_VERBS,
    SEATS_OF_GOVERNMENT,
)
from services.stance.topics import TopicTable
from shared.contract import Entity, Quote

STANCE_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TOPIC_TYPE = "TOPIC"
LAW_TYPE = "LAW"
# The unnamed issue an article is about: "the budget", "the mine".
ISSUE_TYPE = "ISSUE"
# Targets that never hold a stance themselves: topics, bills and issues.
THING_TYPES = frozenset({TOPIC_TYPE, LAW_TYPE, ISSUE_TYPE})
# Issue nouns that a named law answers to: "the bill" in an article about "the Clean Air Act".
LAW_NOUNS = frozenset({"bill", "act", "law", "legislation", "measure", "amendment", "regulation"})
# Issues that are put to a vote: in an article about one, "the vote" is the vote on it.
VOTED_ISSUES = LAW_NOUNS | {"budget", "treaty", "reform", "proposal"}
# An issue must be mentioned this often before its definite mentions become targets.
MIN_ISSUE_MENTIONS = 2
# An article may be about an issue and the event it names ("the mines" and "the approvals").
MAX_ISSUES = 3

# Nouns that refer back to the bill named last: "the bill", "the measure", "this legislation".
# Any other noun refers back only when it repeats the name's last word ("the Act", "the plan").
BILL_NOUNS = frozenset({"bill", "measure", "legislation"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# Nouns that stand for a country's government when the article makes clear which one.
GOVERNMENT_NOUNS = frozenset({"government", "administration"})
# Dependencies that stay inside the phrase describing a person: titles, appositions, "of"/"at" complements.
AFFILIATION_DEPS = frozenset({"compound", "poss", "appos", "nmod", "amod", "prep", "pobj"})
BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A verb with a clause of its own may have an "it" that stands for that clause: "it is clear that ...".
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
MAX_TITLE_WORDS = 5
# Words of an organisation's name that never name it alone: "the national ...".
DESCRIPTOR_STOP_WORDS = frozenset(
    {"of", "the", "and", "for", "national", "international", "new", "north", "south", "east", "west"}
)
DESCRIPTOR_DETERMINERS = frozenset({"the", "this"})
# A nationality adjective shares at least this many leading letters with its country ("Zambian").
NATIONALITY_PREFIX = 4

HEAD_OF_GOVERNMENT_TITLES = frozenset({"president", "premier", "chancellor", "king", "emir", "leader"})
ROLE_NOUNS = frozenset({"president", "leader", "strongman", "dictator", "regime", "premier", "chancellor"})
# "Vice President X", "former President X": "the president" is someone else.
LESSER_TITLE_WORDS = frozenset({"vice", "former", "ex", "deputy", "acting", "late"})
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
# Offices written before a name ("Health Secretary Jane Doe") by which the article may refer back to her.
OFFICE_TITLES = frozenset(
    {
        "secretary",
        "minister",
        "mayor",
        "commissioner",
        "governor",
        "senator",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "director",
        "ambassador",
        "coach",
        "sheriff",
        "prosecutor",
        "judge",
    }
)
# Words that may stand inside an office written before a name: "Minister of State for Petroleum Resources".
OFFICE_PHRASE_WORDS = frozenset({"of", "for", "and", "the", "&"})
# How far before a name the office word of such a phrase may stand.
MAX_OFFICE_PHRASE = 7
# Nouns by which news refers back to a business it named: "the company", "the vendor".
COMPANY_NOUNS = frozenset(
    {"company", "firm", "vendor", "supplier", "contractor", "operator", "carrier", "airline", "lender"}
    | {"insurer", "developer", "miner", "manufacturer", "maker", "retailer", "shipbuilder", "producer"}
)
# Words that make an organisation's name that of a public or member body, not of a business.
NON_COMPANY_WORDS = frozenset(
    {"association", "union", "ministry", "department", "council", "commission", "committee", "court"}
    | {"agency", "party", "parliament", "assembly", "senate", "congress", "government", "institute"}
    | {"university", "foundation", "society", "federation", "confederation", "board", "tribunal", "police"}
    | {"army", "league", "chamber", "office", "authority", "network", "movement", "service"}
)
# How many sentences back the business "the company" refers to may have acted or spoken.
MAX_COMPANY_REACH = 3
# Titles of whoever leads an organisation: "the union leader", "the NFC president".
# Those who speak for a body, whose "we" is the body's: "Jane Doe, a lawyer for X, said: 'We ...'".
VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "representative", "attorney"})
LEADER_TITLES = frozenset({"leader", "president", "chairman", "chairwoman", "chair", "head", "chief", "boss"})
# Words that make an office another office: "the prime minister" is not "the minister".
DISTINCT_OFFICE_WORDS = frozenset({"prime", "vice", "deputy", "former", "acting", "shadow", "junior"})


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

    @property
    def can_hold(self) -> bool:
        return self.type not in THING_TYPES


@dataclass(frozen=True)
class MentionIndex:
    """Token index -> mention, plus the people mentioned in text order for pronoun resolution."""

    by_token: dict[int, TargetMention]
    types: dict[str, str]
    person_tokens: tuple[int, ...]
    person_names: tuple[str, ...]
    # Person -> the organisations and countries named in their description ("FAI chief executive X").
    affiliations: dict[str, frozenset[str]] = field(default_factory=dict)
    # Person -> the body they were introduced as speaking for ("Jane Doe, a spokeswoman for X").
    voices: dict[str, str] = field(default_factory=dict)

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
    """Nationality adjective -> person introduced as that country's head ("Syrian President X").

    A title introduced without a nationality ("President X") is stored under the empty key, kept only
    while a single person carries it.
    """
    titles: dict[str, str] = {}
    bare: dict[str, set[str]] = {}
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
                if word in HEAD_OF_GOVERNMENT_TITLES and (i == 0 or words[i - 1] not in LESSER_TITLE_WORDS):
                    bare.setdefault(word, set()).add(entity.name)
    for title, people in bare.items():
        if len(people) == 1:
            titles[f" {title}"] = next(iter(people))
    return titles


def _role_mentions(doc: Doc, titles: dict[str, str], taken: set[int]) -> list[TargetMention]:
    mentions = []
    for token in doc:
        if token.i in taken or token.lemma_.lower() not in ROLE_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        nationality = next((c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")), None)
        if nationality in titles:
            mentions.append(TargetMention(titles[nationality], "PERSON", token.i, token.i + 1))
        elif (
            nationality is None
            and f" {token.lower_}" in titles
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in ("poss", "prep", "appos") for c in token.children)
        ):
            # "the president", where the article introduced exactly one "President X".
            mentions.append(TargetMention(titles[f" {token.lower_}"], "PERSON", token.i, token.i + 1))
    return mentions


def _office_holders(doc: Doc, entities: list[Entity]) -> dict[str, set[str]]:
    """Office ("health secretary", and the bare "secretary") -> people introduced with it: "Health
    Secretary Jane Doe", "Mayor Jane Doe", "the agriculture minister, Jane Doe", "Jane Doe, the mayor"."""
    offices: dict[str, set[str]] = {}
    for entity in (e for e in entities if e.type == "PERSON"):
        for mention in entity.spans:
            span = _span(doc, mention.start, mention.end)
            if span is None:
                continue
            for words in _offices_of(doc, span):
                offices.setdefault(" ".join(words), set()).add(entity.name)
                if len(words) == 1 or words[-2] not in DISTINCT_OFFICE_WORDS:
                    offices.setdefault(words[-1], set()).add(entity.name)
    return offices


def _offices_of(doc: Doc, span: Span) -> list[list[str]]:
    """The office words written with a person's name: before it (inside the name's span or not) or in
    apposition to it."""
    found = []
    title = doc[span.start - 1] if span.start > 0 else None
    if (title is None or title.lower_ not in OFFICE_TITLES) and len(span) > 1:
        title = span[0]  # "Mayor Jane Doe" may be the name as NER wrote it
    if title is not None and title.lower_ not in OFFICE_TITLES:
        phrase = _office_phrase(doc, span.start)
        if phrase is not None:
            before = doc[phrase.i - 1].lower_ if phrase.i > 0 else ""
            found.append([before, phrase.lower_] if before in DISTINCT_OFFICE_WORDS else [phrase.lower_])
    if title is not None and title.lower_ in OFFICE_TITLES:
        words = [title.lower_]
        for token in reversed(doc[max(0, title.i - 2) : title.i]):
            if not token.is_title:
                break
            words.insert(0, token.lower_)
        found.append(words)
    root = span.root
    apposed = [root.head] if root.dep_ == "appos" else []
    apposed += [c for c in root.children if c.dep_ == "appos"]
    # "Jane Doe, who has been justice minister since 2024, ...".
    apposed += [
        g
        for c in root.children
        if c.dep_ == "relcl" and c.lemma_ == "be" and any(s.lower_ in ("who", "that") for s in c.children)
        for g in c.children
        if g.dep_ == "attr"
    ]
    for office in apposed:
        if office.lower_ in OFFICE_TITLES and office.i not in range(span.start, span.end):
            found.append([*(_office_modifiers(office)), office.lower_])
    return found


def _office_phrase(doc: Doc, start: int) -> Token | None:
    """The office word of a capitalised title phrase just before a name: "Minister of State for
    Petroleum Resources Jane Doe", "Secretary of Health Jane Doe"."""
    for token in reversed(doc[max(0, start - MAX_OFFICE_PHRASE) : start]):
        if token.lower_ in OFFICE_TITLES and token.is_title:
            return token
        if not (token.is_title or token.lower_ in OFFICE_PHRASE_WORDS):
            return None
    return None


def _qualifies_office(child: Token) -> bool:
    """Whether ``child`` makes its office noun another office: "the minister of defence", "the city's
    mayor", but not "accused the mayor of handing ...", where "of" belongs to the verb."""
    if child.dep_ == "prep":
        return any(g.dep_ == "pobj" for g in child.children)
    return child.dep_ == "appos" or (child.dep_ == "poss" and child.tag_ != "PRP$")


def _office_modifiers(office: Token) -> list[str]:
    """ "agriculture" and "prime" in "the agriculture minister", "the prime minister"."""
    return [c.lower_ for c in office.lefts if c.dep_ in ("compound", "amod") and c.is_lower]


def _office_mentions(doc: Doc, entities: list[Entity], taken: set[int]) -> list[TargetMention]:
    """ "The Health Secretary", "his minister" name the one person the article introduced with that
    office."""
    offices = _office_holders(doc, entities)
    mentions = []
    for token in doc:
        if (
            token.i in taken
            or token.lower_ not in OFFICE_TITLES
            or token.dep_ == "compound"
            or not any(
                (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.tag_ == "PRP$")
                for c in token.children
            )
            or any(_qualifies_office(c) for c in token.children)
        ):
            continue
        words = [c.lower_ for c in token.lefts if c.dep_ == "compound"] + _office_modifiers(token)
        people = offices.get(" ".join(dict.fromkeys([*words, token.lower_])), set())
        if len(people) == 1:
            mentions.append(TargetMention(next(iter(people)), "PERSON", token.i, token.i + 1))
    return mentions


def _unlisted_mentions(doc: Doc, entities: list[Entity]) -> list[tuple[Span, Entity]]:
    """Repeats of an entity's capitalised names that its spans leave out ("accused the Commission")."""
    by_form: dict[str, Entity] = {}
    for entity in entities:
        if entity.type in STANCE_ENTITY_TYPES:
            for form in entity.mentions:
                if form[:1].isupper() and len(form) > 1:
                    by_form.setdefault(form, entity)
    if not by_form:
        return []
    pattern = "|".join(re.escape(form) for form in sorted(by_form, key=len, reverse=True))
    found = []
    for match in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", doc.text):
        span = doc.char_span(match.start(), match.end())  # strict: a form must cover whole tokens
        if span is not None:
            found.append((span, by_form[match.group(0)]))
    return found


def _law_name(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


def _repeats_last_word(token: Token, name: str) -> bool:
    last = name.split()[-1]
    # "the act of voting" is not "the Act": a capitalised last word must be repeated as written.
    return token.text == last if last.lower() in ("act", "law") else token.lower_ == last.lower()


def _law_mentions(doc: Doc, entities: list[Entity], taken: set[int]) -> list[TargetMention]:
    """Named bills (spaCy LAW spans) and the nouns that refer back to the last one ("the bill")."""
    canonical = {
        _law_name(m.text).casefold(): e.name for e in entities if e.type == LAW_TYPE for m in e.spans
    }
    laws = sorted((ent.start, ent.end, ent.text) for ent in doc.ents if ent.label_ == LAW_TYPE)
    mentions: list[TargetMention] = []
    position, last, inside = 0, None, 0
    for token in doc:
        if position < len(laws) and token.i >= laws[position][0]:
            start, end, text = laws[position]
            name = canonical.get(_law_name(text).casefold(), _law_name(text))
            position += 1
            last = name
            if name and not taken.intersection(range(start, end)):
                mentions.append(TargetMention(name, LAW_TYPE, start, end))
            inside = end
            continue
        if (
            last is not None
            and token.i >= inside
            and token.i not in taken
            and token.pos_ in ("NOUN", "PROPN")
            and (token.lemma_.lower() in BILL_NOUNS or _repeats_last_word(token, last))
            and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)
            and not any(c.dep_ in ("compound", "poss", "amod", "nmod") for c in token.children)
        ):
            mentions.append(TargetMention(last, LAW_TYPE, token.i, token.i + 1))
    return mentions


def names_an_issue(entity: Entity) -> bool:
    """A name like "the Clean Air Act" (whatever NER typed it) names a bill or treaty, not an actor."""
    words = entity.name.split()
    return entity.type == LAW_TYPE or (
        len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in ISSUE_TITLE_WORDS
    )


def _issue_name(lemma: str, word: str, doc: Doc, entities: list[Entity]) -> str:
    """The article's name for its issue: the one named law when the issue is a bill, else "the <noun>"."""
    canonical = {_law_name(m.text).casefold(): e.name for e in entities if names_an_issue(e) for m in e.spans}
    named = set(canonical.values()) | {
        canonical.get(_law_name(ent.text).casefold(), _law_name(ent.text))
        for ent in doc.ents
        if ent.label_ == LAW_TYPE
    }
    if len(named) == 1:
        name = next(iter(named))
        if lemma in LAW_NOUNS or name.split()[-1].lower() == lemma:
            return name
    return f"the {word}"


def _family(token: Token) -> str:
    lemma = token.lemma_.lower()
    return ISSUE_FAMILIES.get(lemma, lemma)


def _refers_to_issue(
    token: Token, family: str, allowed_modifiers: set[str], *, anaphoric: bool, plural: bool = False
) -> bool:
    """Whether an issue noun is a definite mention of the article's issue, not of some other one.

    ``plural`` says the article names its issue in the plural ("the plans"), which a plural noun that
    refers back ("the proposals") may then stand for."""
    own = _family(token) == family
    if not own and (not anaphoric or token.lemma_.lower() not in ANAPHORIC_ISSUE_NOUNS):
        return False
    if token.tag_ in ("NNS", "NNPS") and not own and not plural:
        return False
    definite = False
    for child in token.children:
        if child.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return False  # "the plan to hold a vote" is a plan of its own
        if child.dep_ == "det":
            if child.lower_ not in DEFINITE_DETERMINERS:
                return False
            definite = True
        elif child.dep_ == "poss":
            if not own:
                return False  # "the agency's decision" stands for the agency, not for the issue
            definite = True
        elif child.dep_ in ("compound", "amod", "nmod") and (
            child.lower_ in CONTRASTIVE_ADJECTIVES
            or (
                child.lower_ not in allowed_modifiers
                and not (child.pos_ == "PROPN" and not allowed_modifiers)
            )
        ):
            # Only a name may be added to an issue first mentioned bare: "a motion" ... "the Labour motion".
            return False
    return definite


def _issue_mentions(doc: Doc, entities: list[Entity], taken: set[int]) -> list[TargetMention]:
    """Definite mentions of the issues the article is about: the issue it mentions most and, when
    another is mentioned often too, that one ("the closure" and "the plan"; "the mines" and "the
    approvals"). Nouns that only refer back ("the measure", "the decision") are the first issue's.

    An issue is a family of nouns that news uses for one thing ("the ruling", "the judgment"); it is
    named by the member the article uses most. The words that modify the issue where it is first
    mentioned ("the Welsh budget") may modify it later; other modifiers make it another issue ("the
    health budget").
    """
    counts: dict[str, int] = {}
    members: dict[str, dict[str, int]] = {}
    plurals: dict[str, int] = {}
    first_modifiers: dict[str, set[str]] = {}
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in ISSUE_NOUNS and token.pos_ == "NOUN":
            family = ISSUE_FAMILIES.get(lemma, lemma)
            counts[family] = counts.get(family, 0) + 1
            words = members.setdefault(family, {})
            words[lemma] = words.get(lemma, 0) + 1
            plurals[lemma] = plurals.get(lemma, 0) + (token.tag_ == "NNS")
            first_modifiers.setdefault(
                family, {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
            )
    ranked = sorted(counts, key=lambda family: -counts[family])  # stable: ties go to the one mentioned first
    issues = [
        family
        for rank, family in enumerate(ranked)
        if counts[family] >= MIN_ISSUE_MENTIONS and (rank == 0 or family not in ANAPHORIC_ISSUE_NOUNS)
    ][:MAX_ISSUES]
    if not issues or issues[0] != ranked[0]:
        return []
    found = []
    for position, family in enumerate(issues):
        lemma = max(members[family], key=lambda word: members[family][word])
        plural = next((t.lower_ for t in doc if t.lemma_.lower() == lemma and t.tag_ == "NNS"), None)
        # Mentioned mostly in the plural ("the approvals"), an issue is named so.
        word = plural if plural and 2 * plurals[lemma] > members[family][lemma] else lemma
        name = _issue_name(lemma, word, doc, entities)
        allowed = first_modifiers[family]
        voted = lemma in VOTED_ISSUES
        found += [
            TargetMention(name, ISSUE_TYPE, token.i, token.i + 1)
            for token in doc
            if token.pos_ == "NOUN"
            and token.i not in taken
            and (
                _refers_to_issue(token, family, allowed, anaphoric=position == 0, plural=word != lemma)
                or (voted and _is_the_vote(token))
            )
        ]
        taken = taken | {m.start for m in found}
    return found


def _removed_thing(token: Token) -> Token | None:
    """What a removal noun does away with: "the subsidy cut", "the removal of the subsidy", and what
    "the decision to scrap the subsidy" does."""
    lemma = token.lemma_.lower()
    if lemma in REMOVAL_NOUNS:
        return next(
            (
                c if c.dep_ == "compound" else g
                for c in token.children
                if (c.dep_ == "compound" and c.pos_ == "NOUN") or (c.dep_ == "prep" and c.lower_ == "of")
                for g in (c.children if c.dep_ == "prep" else (c,))
                if g.dep_ in ("pobj", "compound") and g.pos_ == "NOUN"
            ),
            None,
        )
    if lemma in ANAPHORIC_ISSUE_NOUNS:
        return next(
            (
                g
                for c in token.children
                if c.dep_ == "acl" and c.lemma_.lower() in REMOVAL_VERBS
                for g in c.children
                if g.dep_ in ("dobj", "obj") and g.pos_ == "NOUN"
            ),
            None,
        )
    return None


def _removal_mentions(doc: Doc, taken: set[int]) -> list[TargetMention]:
    """Mentions of doing away with something the article mentions more than once: "the subsidy removal"."""
    removals: dict[str, list[Token]] = {}
    names: dict[str, dict[str, int]] = {}
    for token in doc:
        thing = _removed_thing(token) if token.pos_ == "NOUN" and token.i not in taken else None
        if thing is not None:
            removals.setdefault(thing.lemma_.lower(), []).append(token)
            if token.lemma_.lower() in REMOVAL_NOUNS:
                words = names.setdefault(thing.lemma_.lower(), {})
                words[token.lower_] = words.get(token.lower_, 0) + 1
    found = []
    for removed, tokens in removals.items():
        if len(tokens) >= MIN_ISSUE_MENTIONS:
            words = names.get(removed) or {"removal": 1}
            name = f"the {removed} {max(words, key=lambda word: words[word])}"
            found += [TargetMention(name, ISSUE_TYPE, t.i, t.i + 1) for t in tokens]
    return found


def _issue_pronouns(doc: Doc, issues: dict[int, TargetMention]) -> list[TargetMention]:
    """ "It" as the subject of a sentence that follows one about an issue is that issue: "The reform
    would cap pensions. It was agreed last year." An "it" that stands for a clause ("it is clear that
    ...") is no mention."""
    found = []
    previous: TargetMention | None = None
    for sentence in doc.sents:
        subject = next((c for c in sentence.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lower_ != "it":
            previous = issues.get(subject.i) if subject is not None else None
            continue
        if previous is None:
            continue
        for verb in (sentence.root, *(c for c in sentence.root.children if c.dep_ == "conj")):
            if not any(c.dep_ in CLAUSE_DEPS for c in verb.children):
                found += [
                    TargetMention(previous.name, previous.type, c.i, c.i + 1)
                    for c in verb.children
                    if c.dep_ in SUBJECT_DEPS and c.lower_ == "it"
                ]
    return found


def _is_the_vote(token: Token) -> bool:
    """ "The Senate vote" in an article about a bill is the vote on it: praising it supports the bill."""
    return (
        token.lemma_.lower() == "vote"
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)
        and not any(c.dep_ in ("prep", "acl", "relcl", "poss") for c in token.children)
    )


def _country_of_adjective(adjective: str, countries: list[str]) -> str | None:
    matches = [
        c
        for c in countries
        if len(c) >= NATIONALITY_PREFIX
        and adjective[:NATIONALITY_PREFIX].lower() == c[:NATIONALITY_PREFIX].lower()
    ]
    return matches[0] if len(matches) == 1 else None


def _government_mentions(doc: Doc, mentions: list[TargetMention], taken: set[int]) -> list[TargetMention]:
    """A government noun names the country it governs: by its adjective ("the Zambian government") or,
    with no adjective, the only country the article names ("the government")."""
    countries = sorted({m.name for m in mentions if m.type == "GPE"})
    found = []
    for token in doc:
        if token.i in taken or token.lemma_.lower() not in GOVERNMENT_NOUNS or token.pos_ != "NOUN":
            continue
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
        country: str | None = None
        if len(modifiers) == 1 and modifiers[0].dep_ == "amod":
            country = _country_of_adjective(modifiers[0].text, countries)
        elif modifiers and all(m.i in taken for m in modifiers):
            continue  # "Russia's government": the name itself is the mention
        elif not modifiers and len(countries) == 1:
            specific = determiner in DEFINITE_DETERMINERS or (
                determiner == "a" and any(c.dep_ == "relcl" for c in token.children)
            )
            country = countries[0] if specific else None
        if country is not None:
            found.append(TargetMention(country, "GPE", token.i, token.i + 1))
    return found


def _descriptor_mentions(doc: Doc, mentions: list[TargetMention], taken: set[int]) -> list[TargetMention]:
    """ "The union" names the organisation with that word in its name mentioned last before it ("the
    Transport Workers Union ... the union said"); so does a phrase whose every word is in the name ("the
    Central Bank of Egypt ... the central bank did the right thing", "the Ministry of Supply ... the supply
    ministry")."""
    named: dict[str, list[tuple[int, str]]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        words = mention.name.split()
        if mention.type != "ORG" or len(words) < 2:
            continue
        for word in {w.lower() for w in words if w[:1].isupper()} - DESCRIPTOR_STOP_WORDS:
            named.setdefault(word, []).append((mention.start, mention.name))
    found = []
    for token in doc:
        earlier = named.get(token.lower_)
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod")]
        if (
            not earlier
            or token.i in taken
            # "the union"; a parser may tag the lowercase head of "the supply ministry" as a name.
            or not ((token.pos_ == "NOUN" and token.tag_ == "NN") or (token.tag_ == "NNP" and token.is_lower))
            # "the union", and in a quotation "this team"
            or not any(c.dep_ == "det" and c.lower_ in DESCRIPTOR_DETERMINERS for c in token.children)
            or any(c.dep_ in ("poss", "nmod") for c in token.children)
            # "the union of X" is another body; "accused the authority of drawing up" hangs "of" on the noun
            or any(c.dep_ == "prep" and not _introduces_clause(c) for c in token.children)
            or any(m.i in taken or m.i < token.i - len(modifiers) for m in modifiers)
        ):
            continue
        described = {m.lower_ for m in modifiers}
        earlier = [(at, name) for at, name in earlier if described <= {w.lower() for w in name.split()}]
        position = bisect_left(earlier, (token.i, ""))
        if position:
            start = token.i - len(modifiers)
            found.append(TargetMention(earlier[position - 1][1], "ORG", start, token.i + 1))
    return found


def _introduces_clause(preposition: Token) -> bool:
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in preposition.children)


def _acting_name(name: str, names: set[str]) -> str:
    """The country a capital stands for, when the article names that country too."""
    return next((country for country in SEATS_OF_GOVERNMENT.get(name, ()) if country in names), name)


def _businesses(doc: Doc, mentions: list[TargetMention]) -> set[str]:
    """Organisations that are businesses: neither named nor described ("UGT, the other main union") as
    a public or member body."""
    bodies = {
        m.name
        for m in mentions
        if m.type == "ORG" and {w.lower() for w in m.name.split()} & NON_COMPANY_WORDS
    }
    for mention in mentions:
        if mention.type != "ORG":
            continue
        root = doc[mention.start : mention.end].root
        described = [c for c in root.children if c.dep_ == "appos"]
        described += [root.head] if root.dep_ in ("appos", "compound") else []
        if any(word.lemma_.lower() in NON_COMPANY_WORDS for word in described):
            bodies.add(mention.name)
    return {m.name for m in mentions if m.type == "ORG"} - bodies


def _described_as_company(name: Token) -> bool:
    """ "suing Kouris Lines, the Piraeus-based firm that runs the vessel": described as a business, the
    name is what "the company" later refers back to."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS for c in name.children)


def _company_mentions(
    doc: Doc, mentions: list[TargetMention], taken: set[int], quotes: Sequence[Quote]
) -> list[TargetMention]:
    """ "The company", "the vendor": the business that was last the subject of a sentence or spoke, a few
    sentences back ("Solenne said the outage ... the company said ... scathing about the vendor's
    response"). A name inside a quotation is what the speaker talks about, not who acts."""
    quoted = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
    businesses = _businesses(doc, mentions)
    actors = sorted(
        [
            (root.idx, m.name)
            for m in mentions
            if m.name in businesses
            and ((root := doc[m.start : m.end].root).dep_ in SUBJECT_DEPS or _described_as_company(root))
            and not any(start <= root.idx < end for start, end in quoted)
        ]
        + [(q.end, q.speaker) for q in quotes if q.speaker in businesses]
    )
    sentence_starts = [sentence.start_char for sentence in doc.sents]
    found = []
    for token in doc:
        if (
            token.i in taken
            or token.lemma_.lower() not in COMPANY_NOUNS
            or token.tag_ != "NN"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            or any(c.dep_ in ("compound", "amod", "nmod", "prep", "appos") for c in token.children)
        ):
            continue
        position = bisect_left(actors, (token.idx, ""))
        if not position:
            continue
        at, name = actors[position - 1]
        distance = bisect_right(sentence_starts, token.idx) - bisect_right(sentence_starts, at)
        if distance <= MAX_COMPANY_REACH:
            found.append(TargetMention(name, "ORG", token.i, token.i + 1))
    return found


def index_mentions(
    doc: Doc, entities: list[Entity], topics: TopicTable | None, quotes: Sequence[Quote] = ()
) -> MentionIndex:
    names = {entity.name for entity in entities}
    mentions: list[TargetMention] = []
    taken: set[int] = set()
    for match in topics.find(doc.text) if topics else []:
        span = _span(doc, match.start, match.end)
        if span is not None:
            mentions.append(TargetMention(match.name, TOPIC_TYPE, span.start, span.end))
            taken.update(range(span.start, span.end))
    named: list[tuple[Span, Entity]] = []
    for entity in entities:
        if entity.type in STANCE_ENTITY_TYPES or names_an_issue(entity):
            spans = (_span(doc, m.start, m.end) for m in entity.spans)
            named += [(span, entity) for span in spans if span is not None]
    named += _unlisted_mentions(doc, entities)
    # The longest name wins: "China's commerce ministry" is one mention, not "China" inside it.
    for span, entity in sorted(named, key=lambda pair: len(pair[0]), reverse=True):
        # A name inside a topic phrase ("IS" in "anti-IS coalition") is part of that topic.
        if taken.intersection(range(span.start, span.end)):
            continue
        kind = LAW_TYPE if names_an_issue(entity) else entity.type
        mentions.append(TargetMention(_acting_name(entity.name, names), kind, span.start, span.end))
        taken.update(range(span.start, span.end))
    mentions.extend(_role_mentions(doc, _nationality_titles(doc, entities), taken))
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(_office_mentions(doc, entities, taken))
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(_law_mentions(doc, entities, taken))
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(_removal_mentions(doc, taken))
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(_issue_mentions(doc, entities, taken))
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(
        _issue_pronouns(
            doc, {i: m for m in mentions if m.type in (ISSUE_TYPE, LAW_TYPE) for i in range(m.start, m.end)}
        )
    )
    mentions.extend(_government_mentions(doc, mentions, taken))
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(_descriptor_mentions(doc, mentions, taken))
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(_leader_mentions(doc, mentions, taken))
    taken.update(i for m in mentions for i in range(m.start, m.end))
    mentions.extend(_company_mentions(doc, mentions, taken, quotes))
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    people = sorted((m.start, m.name) for m in mentions if m.type == "PERSON")
    return MentionIndex(
        by_token=by_token,
        types={m.name: m.type for m in mentions},
        person_tokens=tuple(start for start, _ in people),
        person_names=tuple(name for _, name in people),
        affiliations=_affiliations(doc, mentions, by_token),
        voices=_voices(doc, mentions, by_token),
    )


def _voices(doc: Doc, mentions: list[TargetMention], by_token: dict[int, TargetMention]) -> dict[str, str]:
    """The body each person was introduced as speaking for: "Jane Doe, a lawyer for the LLO", "Jane Doe,
    spokeswoman of the Students' Union"."""
    found: dict[str, str] = {}
    for mention in mentions:
        if mention.type != "PERSON" or mention.name in found:
            continue
        root = doc[mention.start : mention.end].root
        roles = [c for c in root.children if c.dep_ == "appos"] + (
            [root.head] if root.dep_ == "appos" else []
        )
        for role in roles:
            if role.lemma_.lower() not in VOICE_NOUNS:
                continue
            bodies = [
                by_token.get(g.i)
                for p in role.children
                if p.dep_ == "prep" and p.lower_ in ("for", "of")
                for g in p.children
                if g.dep_ == "pobj"
            ]
            body = next((b for b in bodies if b is not None and b.type in BODY_TYPES), None)
            if body is not None:
                found[mention.name] = body.name
                break
    return found


def _affiliations(
    doc: Doc, mentions: list[TargetMention], by_token: dict[int, TargetMention]
) -> dict[str, frozenset[str]]:
    """The bodies named in the phrase that introduces each person: "FAI chief executive Jane Doe", "Jane
    Doe, president of the Students' Union", "an analyst at Kestrel Capital"."""
    return {
        name: frozenset(bodies)
        for name, (bodies, _) in _descriptions(doc, mentions, by_token).items()
        if bodies
    }


def _descriptions(
    doc: Doc, mentions: list[TargetMention], by_token: dict[int, TargetMention]
) -> dict[str, tuple[set[str], set[str]]]:
    """Person -> the bodies and the words of the phrases that introduce them."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        bodies, words = found.setdefault(mention.name, (set(), set()))
        stack = [doc[mention.start : mention.end].root]
        # The words just before the name, whatever their parse: "FAI chief executive Jane Doe".
        for token in reversed(doc[max(0, mention.start - MAX_TITLE_WORDS) : mention.start]):
            if not (token.is_alpha or token.tag_ == "POS") or (
                token.is_lower and token.pos_ not in ("NOUN", "ADJ", "PROPN")
            ):
                break
            stack.append(token)
        while stack:
            token = stack.pop()
            stack += [c for c in token.children if c.dep_ in AFFILIATION_DEPS]
            words.add(token.lower_)
            body = by_token.get(token.i)
            if body is not None and body.type in BODY_TYPES and body.name != mention.name:
                bodies.add(body.name)
    return found


def _leader_mentions(doc: Doc, mentions: list[TargetMention], taken: set[int]) -> list[TargetMention]:
    """ "The NFC leader" names the one person the article introduced as leading that organisation
    ("X, the president of the National Freedom Congress (NFC)")."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    leaders: dict[str, set[str]] = {}
    for person, (bodies, words) in _descriptions(doc, mentions, by_token).items():
        if words & LEADER_TITLES:
            for name in bodies:
                leaders.setdefault(name, set()).add(person)
    found = []
    for token in doc:
        if token.i in taken or token.lower_ not in LEADER_TITLES or token.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        led = next((by_token[c.i] for c in token.lefts if c.dep_ == "compound" and c.i in by_token), None)
        people = leaders.get(led.name, set()) if led is not None and led.type in BODY_TYPES else set()
        if len(people) == 1:
            found.append(TargetMention(next(iter(people)), "PERSON", token.i, token.i + 1))
    return found
