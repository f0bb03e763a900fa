"""Holder -> target stances from a parsed article, its entities and its quotes.

For every mention of a target (an entity or a configured topic) we climb the dependency tree from the
mention to the root of its sentence, once, so the cost is linear in tokens:

* below the first *cue* (a word that takes sides, see ``lexicon``) only noun phrases and prepositions may
  stand between mention and cue: "the ouster of President Assad", "his participation";
* every cue, negation, "without" and evaluation ("an enormous mistake") on the way multiplies the polarity,
  which is how "not possible without his participation" comes out as support;
* the first subject found above the cue that names someone other than the target is the holder; pronouns
  are resolved to the reporting speaker, the quote's speaker or the nearest person before them;
* the owner of a cue noun ("the Tory boycott of the budget") holds its stance; a holder above it holds one
  only through a further cue ("called the boycott a mistake" supports the budget);
* a condition clause ("if its members respect ...") or a verb that only reports someone else's view
  ("referring to the insistence that ...") ends the climb: what lies beyond is not the holder's position;
  so do a claim heard from others ("we are told that X ..."), holding back ("stopped short of criticising
  X"), support on a condition ("would back X if ..."), a denied opposition ("we are not against X"), an
  embedded question ("will examine whether X breaches ...") and a subject we do not track that acts
  itself ("the rules were designed to punish X", "approved by the provincial government").

Two misparses common in news are read as meant: a past-tense verb hung on a clause below the one it belongs
to ("said the board had become ... and called for X to resign": "called" shares the subject of "said"), and
"called on X to step down" with "on" left without its object.

Stances found for the same holder and target are merged into one, with the strongest evidence sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Token

from services.stance import lexicon
from services.stance.mentions import (
    ISSUE_TYPE,
    LAW_TYPE,
    THING_TYPES,
    MentionIndex,
    TargetMention,
    index_mentions,
)
from services.stance.topics import TopicTable
from shared.contract import Entity, Quote, Stance

StanceLabel = Literal["support", "oppose", "neutral"]
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr"})
COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "to", "with", "on", "toward", "towards", "by"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she"})
# In someone's own words these are other people: "they want to destroy her".
QUOTED_OTHERS = frozenset({"he", "she", "they"})
# Subjects a "his" or "her" in their clause cannot stand for.
OTHER_THAN_THIRD_PERSON = frozenset({"i", "we", "you", "they"})
PATIENT_POSSESSOR_NOUNS = frozenset({"ouster", "removal", "overthrow", "isolation", "exclusion", "inclusion"})
NEGATING_PREDICATES = frozenset({"impossible", "unthinkable", "refuse", "fail", "decline"})
HOLDER_TYPES_VOICED_BY_PEOPLE = frozenset({"GPE", "ORG", "NORP"})
# Owned nouns that stand for their possessor only; proxy nouns also stand for their "of" complement.
OWNED_ONLY_NOUNS = lexicon.OWNED_NOUNS - lexicon.PROXY_NOUNS

# Without a cue, a target may sit this many nouns deep ("the forces of Assad's regime") before we give up.
MAX_NOUNS_BEFORE_CUE = 2
# How far after a directive verb ("called on X to step down") its infinitive may stand.
MAX_DIRECTIVE_REACH = 8
CONFIDENCE_VERB_CUE = 0.9
CONFIDENCE_OTHER_CUE = 0.75
CONFIDENCE_KEPT_PER_FLIP = 0.9
CONFIDENCE_KEPT_FOR_INFERRED_HOLDER = 0.85
# Merged evidence whose polarities cancel out to less than this is reported as neutral.
NEUTRAL_MARGIN = 0.2


@dataclass(frozen=True)
class Finding:
    holder: str
    target: str
    polarity: int
    confidence: float
    sentence_start: int  # character offsets of the evidence sentence
    sentence_end: int


@dataclass
class Climb:
    """State of one walk from a target mention toward the sentence root."""

    polarity: int = 1
    cue_found: bool = False
    verb_cue: bool = False
    flips: int = 0
    nouns_before_cue: int = 0
    cues: int = 0
    # The first cue only judges the target ("X is a disgrace"): only a stated view makes it a stance.
    judges: bool = False
    # The first cue is an obstruction ("stand in the way of X"), which denied is consent.
    obstructs: bool = False

    def apply(self, polarity: int, *, is_cue: bool, is_verb: bool = False) -> None:
        self.polarity *= polarity
        self.cues += is_cue
        if polarity < 0 and self.cue_found:
            self.flips += 1
        if is_cue and not self.cue_found:
            self.cue_found = True
            self.verb_cue = is_verb

    @property
    def confidence(self) -> float:
        base = CONFIDENCE_VERB_CUE if self.verb_cue else CONFIDENCE_OTHER_CUE
        return base * CONFIDENCE_KEPT_PER_FLIP**self.flips


def _negates(child: Token) -> bool:
    return (
        child.dep_ == "neg"
        or (child.dep_ == "det" and child.lower_ == "no")
        or (child.dep_ == "advmod" and child.lower_ == "never")
    )


def _is_negated(token: Token) -> bool:
    # "had never supported" may hang "never" on the auxiliary.
    return any(
        _negates(c) or (c.dep_ == "aux" and any(_negates(g) for g in c.children)) for c in token.children
    )


def _passive_takes_sides(verb: Token) -> bool:
    """Whether a passive names who acts ("was criticised by X") or judges ("should be stripped", "cannot
    be trusted")."""
    modals = lexicon.DEMANDING_MODALS | (lexicon.JUDGING_MODALS if _is_negated(verb) else frozenset())
    return any(c.dep_ == "agent" or (c.dep_ == "aux" and c.lower_ in modals) for c in verb.children)


def _is_measure_against(noun: Token, climb: Climb) -> bool:
    """Whether the target is reached through a measure taken against it ("the charges against X", "a
    lawsuit against X"): what is done to the measure ("drop the charges") is then done for or to X."""
    return climb.cue_found and noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.ISSUE_NOUNS


def _passive_measure_verb(noun: Token) -> int:
    """Polarity of what a passive infinitive asks be done to a measure: "called for the charges against X
    to be dropped"."""
    for child in noun.children:
        if child.dep_ == "acl" and any(c.dep_ == "auxpass" for c in child.children):
            return lexicon.LAW_OBJECT_VERB_CUES.get(child.lemma_.lower(), 0)
    return 0


def _has_misparsed_thing_subject(verb: Token, context: Context) -> bool:
    """A verb parsed as an apposition of the noun that is its subject ("The numbers favour X for now"):
    a thing we do not track acts, no one takes a side."""
    return (
        verb.dep_ == "appos"
        and verb.head.pos_ == "NOUN"
        and context.index.at(verb.head) is None
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _is_rule_of_law(noun: Token) -> bool:
    """ "respect the law", "broke the law": the law in general, no stance on the article's law."""
    return (
        noun.lemma_.lower() == "law"
        and all(c.dep_ == "det" for c in noun.children)
        and noun.head.lemma_.lower() in lexicon.COMPLIANCE_VERBS
    )


def _possessor(owner: Token, verb: Token, target: str, context: Context) -> str | None:
    """Who a possessive stands for: "my" and "our" the quote's speaker, "his" and "her" the one reporting
    ("Lopez said X had her confidence"), a name itself."""
    if owner.lower_ in lexicon.FIRST_PERSON_POSSESSIVES:
        return _quote_speaker(context, owner)
    if owner.tag_ == "PRP$":
        reporter = _reporting_subject(verb, context)
        return reporter.name if reporter is not None else None
    return _resolve_holder(owner, verb, target, context)


def _backing_held(subject: Token, target: str, context: Context) -> tuple[str, int] | None:
    """The one whose trust the subject has, and its polarity: "X had his full confidence" (support), "X no
    longer has our confidence" (opposition)."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in lexicon.HOLDING_VERBS:
        return None
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in lexicon.BACKING_NOUNS:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        holder = _possessor(owner, verb, target, context) if owner is not None else None
        if holder is not None and holder != target:
            negated = (
                _is_negated(verb)
                or any(_negates(c) for c in noun.children)
                # "no longer has our confidence"
                or any(
                    c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children
                )
            )
            return holder, -1 if negated else 1
    return None


def _is_condition_clause(token: Token) -> bool:
    if token.dep_ in ("ccomp", "xcomp", "csubj"):
        # "will examine whether the deal breaches the rules" asks, it does not claim.
        return any(c.dep_ == "mark" and c.lower_ in lexicon.QUESTION_MARKERS for c in token.children)
    if token.dep_ != "advcl":
        return False
    # "as long as" parses as a clause hanging from "long".
    return token.head.lower_ == "long" or any(
        c.dep_ == "mark" and c.lower_ in lexicon.CONDITION_MARKERS for c in token.children
    )


def _is_hypothetical(verb: Token) -> bool:
    """Whether ``verb`` holds only on a condition: "would back the plan if it were changed"."""
    return any(
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in lexicon.HYPOTHETICAL_MARKERS for g in c.children)
        for c in verb.children
    )


def _is_hearsay(verb: Token, relation: str) -> bool:
    """Whether ``verb`` reports a claim its subject only heard: "we are told that X is ..."."""
    return (
        relation == "ccomp"
        and verb.lemma_.lower() in lexicon.HEARSAY_VERBS
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _evaluative(word: Token) -> int:
    """Polarity of a predicated word: "a disgrace", "reckless", "a reckless company", "no friend"."""
    lemma = word.lemma_.lower()
    polarity = lexicon.EVALUATIONS.get(lemma) or lexicon.EVALUATIONS.get(word.lower_, 0)
    if any(
        (c.lower_, word.lower_) in lexicon.DISCREDITING_MOTIVES for c in word.children if c.dep_ == "advmod"
    ):
        polarity = -1
    if not polarity and word.pos_ in ("NOUN", "PROPN"):
        polarity = next(
            (
                lexicon.EVALUATIVE_ADJECTIVES[c.lemma_.lower()]
                for c in word.children
                if c.dep_ == "amod" and c.lemma_.lower() in lexicon.EVALUATIVE_ADJECTIVES
            ),
            0,
        )
    return -polarity if polarity and _is_negated(word) else polarity


def _evaluation_of(verb: Token) -> int:
    """Polarity a verb predicates of its subject or object: "X is a mistake", "called X a mistake",
    "described X as a liability"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            complements = [g for g in child.children if g.dep_ in ("pobj", "amod", "acomp")]
        elif child.dep_ in ("dobj", "obj") and verb.lemma_.lower() in lexicon.NAMING_VERBS:
            # "branded the response a shambles" may parse the name as an apposition of the object.
            complements = [g for g in child.children if g.dep_ == "appos"]
        elif child.dep_ in ("dobj", "obj"):
            # "described the decision as a betrayal" may hang "as" on the object.
            complements = [
                g
                for p in child.children
                if p.dep_ == "prep" and p.lower_ == "as"
                for g in p.children
                if g.dep_ in ("pobj", "amod", "acomp")
            ]
        elif child.dep_ in ("oprd", "attr", "acomp") or (
            # "described X as politically motivated" may hang "as" on the adjective.
            child.dep_ == "advcl" and any(g.lower_ == "as" and g.i < child.i for g in child.children)
        ):
            complements = [child]
        else:
            continue
        # "X was modest and long overdue": any coordinated complement may carry the evaluation.
        for word in (w for c in complements for w in (c, *_conjuncts(c))):
            polarity = _evaluative(word)
            if polarity:
                return polarity
    return 0


def _conduct_cue(verb: Token) -> int:
    """Polarity of conduct reported of the subject of ``verb``: "X had failed residents", "X put patients
    at risk", "X acted far too slowly", "X did not do enough", "X has done a superb job"."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.WRONGDOING_VERBS:
        complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if complement is None or complement.lemma_.lower() not in lexicon.NEUTRAL_FAILURES:
            return -1
    if lemma in lexicon.CREDITABLE_VERBS:
        return 1
    for child in verb.children:
        word = child.lemma_.lower()
        if child.dep_ == "prt" and (lemma, word) in lexicon.SUBJECT_CONDUCT_PHRASALS:
            return lexicon.SUBJECT_CONDUCT_PHRASALS[(lemma, word)]
        if child.dep_ == "prep" and (lemma, word) in lexicon.SUBJECT_CONDUCT_PREPOSITIONS:
            return -1
        if child.dep_ in ("dobj", "obj"):
            if (lemma, word) in lexicon.SUBJECT_CONDUCT_OBJECTS:
                return lexicon.SUBJECT_CONDUCT_OBJECTS[(lemma, word)]
            if lemma == "do" and word in lexicon.DEED_NOUNS and _deed_judged(child):
                return _deed_judged(child)
            if lemma in lexicon.SHOWING_VERBS and word in lexicon.QUALITY_NOUNS:
                return lexicon.QUALITY_NOUNS[word] * (-1 if lemma == "lack" else 1)
            if lemma in lexicon.OUTCOME_VERBS and (
                word in lexicon.NEGATIVE_EVALUATIVE_NOUNS or (lemma == "do" and _evaluative(child))
            ):
                return _evaluative(child) or -1
        if (
            child.dep_ == "prep"
            and lemma == "put"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in lexicon.PERIL_NOUNS for g in child.children)
        ):
            return -1
        if child.dep_ == "advmod" and word in lexicon.CONDUCT_ADVERBS:
            return lexicon.CONDUCT_ADVERBS[word]
        if child.dep_ in ("advmod", "dobj", "npadvmod", "acomp"):
            degree = {g.lower_ for g in child.children if g.dep_ == "advmod"} | {child.lower_}
            if degree & lexicon.EXCESS_WORDS and child.lower_ not in lexicon.EXCESS_WORDS:
                return -1
            if degree & lexicon.SUFFICIENCY_WORDS:
                return 1
    return 0


def _gives_reason(clause: Token) -> bool:
    """ "tabled the motion because the mayor had lost control": the reason one gives for what one does is
    one's own judgement."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in clause.children)


def _deed_judged(deed: Token) -> int:
    """ "X did the right thing", "X has done a good job": the adjective judges the one who did it."""
    polarity = next(
        (lexicon.EVALUATIONS.get(c.lemma_.lower(), 0) for c in deed.children if c.dep_ == "amod"), 0
    )
    return -polarity if _is_negated(deed) else polarity


def _subject_cue(verb: Token, *, thing: bool = False) -> tuple[int, bool]:
    """Polarity toward the subject of ``verb``: "X must step down", "X is part of", "X has no role"; and
    whether it only judges the subject ("X is a disgrace", "X failed residents"), which makes it the
    judgement of someone who states it, not of whoever else the sentence names.

    ``thing`` says the subject is a bill or issue, judged by what it does: "the plan would protect homes".
    """
    polarity = _plain_subject_cue(verb, thing=thing)
    if polarity:
        return polarity, False
    if verb.lemma_.lower() in lexicon.COPULAS:
        return _evaluation_of(verb), True
    return (_broken_undertaking(verb) if thing else _conduct_cue(verb)), True


def _broken_undertaking(verb: Token) -> int:
    """ "the proposals broke the spirit of the Act", "the plan keeps that promise"."""
    lemma = verb.lemma_.lower()
    return next(
        (
            lexicon.SUBJECT_CONDUCT_OBJECTS[(lemma, c.lemma_.lower())]
            for c in verb.children
            if c.dep_ in ("dobj", "obj") and (lemma, c.lemma_.lower()) in lexicon.SUBJECT_CONDUCT_OBJECTS
        ),
        0,
    )


def _plain_subject_cue(verb: Token, *, thing: bool) -> int:
    lemma = verb.lemma_.lower()
    polarity = _issue_cue(verb) if thing else 0
    if polarity:
        return polarity
    for child in verb.children:
        if child.dep_ == "prt" and (lemma, child.lower_) in lexicon.SUBJECT_PHRASAL_CUES:
            return lexicon.SUBJECT_PHRASAL_CUES[(lemma, child.lower_)]
        complement = child.lemma_.lower()
        if (lemma, child.dep_) in (("be", "attr"), ("have", "dobj"), ("play", "dobj")) and (
            complement in lexicon.SUBJECT_NOUN_CUES
        ):
            return lexicon.SUBJECT_NOUN_CUES[complement] * (-1 if _is_negated(child) else 1)
        if (
            lemma in lexicon.DEPARTURE_VERBS
            and child.dep_ == "aux"
            and child.lower_ in lexicon.OBLIGATION_MODALS
        ):
            return -1
    if _is_obliged(verb) and (_stops_doing(verb) or _faces_punishment(verb)):
        return -1
    if _is_reproached(verb):
        return -1
    return lexicon.SUBJECT_VERB_CUES.get(lemma, 0)


def _is_reproached(verb: Token) -> bool:
    """ "X should never have sat down with these people", "X should not have signed": what the subject
    ought not to have done is held against it ("X should have won" only expected more of it)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (
        verb.tag_ == "VBN"
        and "have" in auxiliaries
        and bool(auxiliaries & lexicon.REPROACHING_MODALS)
        and _is_negated(verb)
    )


def _issue_cue(verb: Token) -> int:
    """What a bill or issue does that judges it: "the plan would protect homes", "would cost thousands of
    jobs", "would lead to job losses", "will result in higher bills", "would cause chaos"."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.ISSUE_SUBJECT_VERB_CUES:
        return lexicon.ISSUE_SUBJECT_VERB_CUES[lemma]
    objects = _counted(c for c in verb.children if c.dep_ in ("dobj", "obj"))
    polarity = next(
        (
            lexicon.ISSUE_SUBJECT_OBJECT_CUES[(lemma, noun.lemma_.lower())]
            for noun in objects
            if (lemma, noun.lemma_.lower()) in lexicon.ISSUE_SUBJECT_OBJECT_CUES
        ),
        0,
    )
    if polarity or lemma not in lexicon.CONSEQUENCE_VERBS:
        return polarity
    particle = lexicon.CONSEQUENCE_VERBS[lemma]
    if particle is not None:
        objects = _counted(
            g for c in verb.children if c.lower_ == particle for g in c.children if g.dep_ == "pobj"
        )
    return -1 if any(_is_harm(noun) for noun in objects) else 0


def _counted(nouns: Iterable[Token]) -> list[Token]:
    """Nouns with what they count and their conjuncts: "hundreds of job losses and branch closures"."""
    found = list(nouns)
    found += [
        g for n in found for p in n.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
    ]
    return found + [c for n in found for c in _conjuncts(n)]


def _is_harm(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return (
        lemma in lexicon.HARM_NOUNS
        or lemma in lexicon.NEGATIVE_EVALUATIVE_NOUNS
        or (
            lemma in lexicon.COST_NOUNS
            and any(c.lower_ in lexicon.RISING_WORDS for c in noun.children if c.dep_ == "amod")
        )
    )


def _is_obliged(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lexicon.OBLIGATION_MODALS for c in verb.children)


def _stops_doing(verb: Token) -> bool:
    """ "(should) stop hiding behind the vendor": what the subject must stop doing is held against it."""
    return verb.lemma_.lower() in lexicon.CESSATION_VERBS and any(
        c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" for c in verb.children
    )


def _faces_punishment(verb: Token) -> bool:
    """ "(should) face justice", "(must) face the full force of the law"."""
    if verb.lemma_.lower() != "face":
        return False
    for child in verb.children:
        if child.dep_ not in ("dobj", "obj"):
            continue
        nouns = [
            child,
            *(g for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children),
        ]
        return any(n.lemma_.lower() in lexicon.PUNISHMENT_NOUNS for n in nouns)
    return False


def _asks_of(verb: Token, relation: str, preposition: str | None) -> bool:
    """Whether a directive verb ("call on", "urge") is reached from the one it asks something of."""
    particle = lexicon.DIRECTIVE_VERBS[verb.lemma_.lower()]
    if preposition is not None:
        return preposition == particle
    if particle is None:
        return relation in ("dobj", "obj")
    # "called on X to resign" may parse "on" as a particle and hang X on the verb.
    return relation in ("dobj", "obj", "advmod", "npadvmod") and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    )


def _directive_cue(verb: Token) -> int:
    """Polarity toward the one told to act by ``verb``: "called on X to resign" opposes X."""
    complements = [
        child
        for child in verb.children
        # "to resign" may parse as an adverbial clause when "on X" was misparsed.
        if child.dep_ == "xcomp"
        or (child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))
    ]
    complement = next(iter(complements or _stranded_infinitive(verb)), None)
    if complement is None:
        return 0
    lemma = complement.lemma_.lower()
    particle = next((c.lower_ for c in complement.children if c.dep_ == "prt"), None)
    polarity = lexicon.SUBJECT_PHRASAL_CUES.get((lemma, particle or ""), 0)
    polarity = polarity or lexicon.SUBJECT_VERB_CUES.get(lemma, 0)
    objects = [c.lemma_.lower() for c in complement.children if c.dep_ in ("dobj", "obj")]
    if not polarity and lemma in lexicon.DEPARTURE_VERBS and particle is None and not objects:
        polarity = -1
    if not polarity and any((lemma, noun) in lexicon.DEPARTURE_OBJECTS for noun in objects):
        polarity = -1  # "called on X to take a leave of absence"
    if not polarity and (_stops_doing(complement) or _faces_punishment(complement)):
        polarity = -1  # "urged X to stop blaming others"
    if not polarity and lemma in lexicon.RETRACTION_VERBS and set(objects) & lexicon.PROPOSAL_NOUNS:
        polarity = -1  # "called on X to withdraw the application"
    return polarity * (-1 if _is_negated(complement) else 1)


def _stranded_infinitive(verb: Token) -> list[Token]:
    """ "to step down" in "called on X to step down" when the parser hung "on" on the verb alone and the
    infinitive elsewhere: the first "to" + verb within a few words after it."""
    for token in verb.doc[verb.i + 1 : min(verb.i + MAX_DIRECTIVE_REACH, verb.sent.end)]:
        if token.tag_ == "TO" and token.head.tag_ == "VB" and token.head.i == token.i + 1:
            return [token.head]
        if token.pos_ in ("VERB", "AUX"):
            break
    return []


def _stranded_preposition(mention: TargetMention, doc: Doc) -> Token | None:
    """The "on" of "called on X" when the parser left it without its object X."""
    first = min(mention.start, doc[mention.start : mention.end].root.left_edge.i)  # "on Cllr X"
    if first == 0:
        return None
    before = doc[first - 1]
    if before.pos_ != "ADP" or any(c.dep_ in ("pobj", "pcomp") for c in before.children):
        return None
    verb = before.head
    particle = lexicon.DIRECTIVE_VERBS.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    return before if particle is not None and particle == before.lower_ else None


def _object_noun_cue(verb: Token, preposition: str) -> int:
    """Polarity of a cue noun whose complement hangs on its verb: "paid tribute to X", "took a swipe at X",
    "launched an attack on X"."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "obj"):
            continue
        lemma = child.lemma_.lower()
        if preposition == "at":
            return lexicon.AT_NOUN_CUES.get(lemma, 0)
        if preposition in COMPLEMENT_PREPOSITIONS - {"by", "of"} and (
            lemma not in lexicon.REQUEST_NOUNS or preposition == "for"
        ):
            return lexicon.OBJECT_NOUN_CUES.get(lemma, 0)
    return 0


def _takes_as_complement(preposition: Token) -> bool:
    """Whether a locative-looking preposition introduces what its head is about: "lashed out at X",
    "a swipe at X", "furious at X", "disappointed in X"."""
    head, word = preposition.head, preposition.lower_
    return (
        (head.pos_ in ("VERB", "AUX") and (head.lemma_.lower(), word) in lexicon.PREPOSITIONAL_VERB_CUES)
        or (head.pos_ in ("NOUN", "PROPN") and word == "at" and head.lemma_.lower() in lexicon.AT_NOUN_CUES)
        or (head.pos_ in ("ADJ", "VERB") and _feeling_toward(head, word) != 0)
        or (head.pos_ == "VERB" and _object_noun_cue(head, word) != 0)
    )


def _trust_noun(preposition: Token) -> Token | None:
    """The noun an "in" complement belongs to: "confidence in X", also when "in X" hangs on the verb."""
    head = preposition.head
    if head.lemma_.lower() in lexicon.IN_NOUN_CUES:
        return head
    if head.pos_ in ("VERB", "AUX"):
        return next(
            (c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.IN_NOUN_CUES), None
        )
    return None


def _in_noun_polarity(noun: Token) -> int:
    """Polarity of "confidence in X": support, or opposition after "lost" ("no" negates it later)."""
    polarity = lexicon.IN_NOUN_CUES.get(noun.lemma_.lower(), 0)
    if noun.head.lemma_.lower() == "lose":
        polarity = -polarity
    return polarity


@dataclass(frozen=True)
class Cue:
    polarity: int = 0
    is_verb: bool = False
    # The cue only judges the target's conduct or nature ("X is a disgrace"): someone must state it.
    judges: bool = False


def _cue_at(head: Token, relation: str, preposition: str | None, *, law: bool = False) -> Cue:
    """The cue at ``head`` reached by ``relation`` (through ``preposition``), if any.

    ``law`` says the target is a bill, which some verbs take sides on only then ("sponsored the bill").
    """
    if head.pos_ in ("VERB", "AUX") and relation in SUBJECT_DEPS | {"agent"}:
        if relation == "agent" and head.lower_ in lexicon.ADJECTIVE_CUES:
            # "was appalled by X": the one appalled holds the stance.
            return Cue(lexicon.ADJECTIVE_CUES[head.lower_], is_verb=True)
        if relation == "agent":
            # "residents were failed by X", "we were let down by X": the agent did it.
            return Cue(0 if law else _conduct_cue(head), is_verb=True, judges=True)
        polarity, judges = _subject_cue(head, thing=law)
        return Cue(polarity, is_verb=True, judges=judges)
    if relation == "nsubjpass" and head.tag_ == "VBN" and head.lower_ in lexicon.EVALUATIONS:
        # "the plan was misguided", "the bill had been rushed": an evaluation the tagger took for a passive.
        return Cue(lexicon.EVALUATIONS[head.lower_], judges=True)
    polarity, is_verb = _plain_cue_at(head, relation, preposition, law=law)
    return Cue(polarity, is_verb)


def _acts_as_verb(token: Token) -> bool:
    """A verb, or a verb the tagger took for a noun: "the party \"fully backs\" her demand" has a subject
    and an object."""
    return token.pos_ in ("VERB", "AUX") or (
        token.pos_ == "NOUN"
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
        and any(c.dep_ in ("dobj", "obj") for c in token.children)
    )


def _plain_cue_at(head: Token, relation: str, preposition: str | None, *, law: bool) -> tuple[int, bool]:
    lemma = head.lemma_.lower()
    if _acts_as_verb(head):
        if lemma in lexicon.DIRECTIVE_VERBS and _asks_of(head, relation, preposition):
            return _directive_cue(head), True
        if preposition is not None:
            polarity = lexicon.PREPOSITIONAL_VERB_CUES.get((lemma, preposition), 0)
            polarity = polarity or _feeling_toward(head, preposition)
            if polarity:
                return polarity, True
            return _object_noun_cue(head, preposition), False
        if relation in OBJECT_DEPS and lemma in lexicon.RELIEF_VERBS and _is_asked_for(head):
            return 1, True
        if relation in OBJECT_DEPS and lemma in lexicon.ASKING_VERBS and _asks_relief(head):
            return 1, True
        if relation in OBJECT_DEPS:
            law_polarity = lexicon.LAW_OBJECT_VERB_CUES.get(lemma, 0) if law else 0
            return law_polarity or lexicon.OBJECT_VERB_CUES.get(lemma, 0) or _evaluation_of(head), True
        if relation == "oprd":
            # "called the campaign against X a mistake" may parse with two predicate complements.
            return _evaluation_of(head), True
        return 0, False
    if head.pos_ in ("NOUN", "PROPN"):
        if preposition == "of" and _is_obstruction(head):
            return -1, False
        if relation == "poss" and (lemma in lexicon.SUBJECT_NOUN_CUES or lemma in PATIENT_POSSESSOR_NOUNS):
            return lexicon.SUBJECT_NOUN_CUES.get(lemma) or lexicon.OBJECT_NOUN_CUES[lemma], False
        if preposition == "in":
            return _in_noun_polarity(head), False
        if preposition == "at":
            return lexicon.AT_NOUN_CUES.get(lemma, 0), False
        if preposition in COMPLEMENT_PREPOSITIONS and preposition != "by":
            if lemma in lexicon.REQUEST_NOUNS and preposition != "for":
                return 0, False  # "an appeal with the court", "a call to Putin" ask nothing of them
            polarity = lexicon.OBJECT_NOUN_CUES.get(lemma, 0)
            if not polarity and preposition == "of":
                polarity = lexicon.SUBJECT_NOUN_CUES.get(lemma, 0)
            return polarity, False
        return 0, False
    if head.pos_ == "ADJ":
        return _feeling_toward(head, preposition), False
    return 0, False


def _asks_relief(verb: Token) -> bool:
    """ "demanded her release", "sought X's acquittal": asking relief for someone supports them."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lexicon.RELIEF_NOUNS for c in verb.children)


def _verbless_subject(verb: Token, context: Context) -> TargetMention | None:
    """The name a sentence parsed without a main verb begins with, when its real main verb was hung on a
    noun as a participle: in "Senator X, a member who has campaigned against the leases, called on Y to
    resign", "called" becomes a modifier of "leases" and "X" the root."""
    root = verb.sent.root
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        or root.pos_ != "PROPN"
        or root.i > verb.i
    ):
        return None
    mention = context.index.at(root)
    return mention if mention is not None and mention.can_hold else None


def _is_obstruction(noun: Token) -> bool:
    """ "way" in "stand in the way of X", "get in the way of X"."""
    preposition = noun.head
    return (
        noun.lemma_.lower() == "way"
        and noun.dep_ == "pobj"
        and preposition.lower_ == "in"
        and preposition.head.lemma_.lower() in lexicon.OBSTRUCTING_VERBS
    )


def _is_misparsed_object(child: Token, verb: Token) -> bool:
    """A name after a verb that has no object, parsed as its adverb: "We'll back Sheriff Doe to the hilt"
    hangs "Doe" on "back" as an adverbial modifier."""
    return (
        child.dep_ in ("advmod", "npadvmod")
        and child.pos_ == "PROPN"
        and child.i > verb.i
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children)
    )


def _is_asked_for(verb: Token) -> bool:
    """Whether ``verb`` is what a directive asks be done: "called on the authorities to release X",
    "urged the court to free X"."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in lexicon.DIRECTIVE_VERBS


def _feeling_toward(word: Token, preposition: str | None) -> int:
    """Polarity of "critical of X", "furious with X", "impressed by X" (the participle may be a verb)."""
    if preposition not in lexicon.ADJECTIVE_CUE_PREPOSITIONS:
        return 0
    if (word.lower_, preposition) in lexicon.NEUTRAL_ADJECTIVE_COMPLEMENTS:
        return 0
    return lexicon.ADJECTIVE_CUES.get(word.lower_, 0)


@dataclass(frozen=True)
class Context:
    doc: Doc
    index: MentionIndex
    quotes: tuple[Quote, ...]


def _quote_speaker(context: Context, token: Token) -> str | None:
    for quote in context.quotes:
        if quote.speaker and quote.start <= token.idx < quote.end:
            return quote.speaker
    return None


def _direct_quote_at(context: Context, token: Token) -> Quote | None:
    return next((q for q in context.quotes if q.kind == "direct" and q.start <= token.idx < q.end), None)


def _reporting_subject(verb: Token, context: Context) -> TargetMention | None:
    """The entity that says the clause ``verb`` heads: "..., Lavrov said"."""
    for ancestor in verb.ancestors:
        if ancestor.lemma_.lower() in lexicon.REPORTING_VERBS:
            for child in ancestor.children:
                mention = context.index.at(child) if child.dep_ in SUBJECT_DEPS else None
                if mention is not None and mention.can_hold:
                    return mention
            if not any(c.dep_ in SUBJECT_DEPS for c in ancestor.children):
                return _fronted_subject(ancestor, context)
    return None


def _fronted_subject(verb: Token, context: Context) -> TargetMention | None:
    """The subject a parser hung as an apposition or conjunct on a fronted place: in "Inside Morocco, the
    press union said it stood with her", "said" has no subject and the union hangs on "Morocco"."""
    for place in (g for c in verb.lefts if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"):
        for apposition in (c for c in place.children if c.dep_ in ("appos", "conj")):
            mention = context.index.at(apposition)
            if mention is not None and mention.can_hold:
                return mention
    return None


def _body_of(member: Token, context: Context) -> TargetMention | None:
    """The organisation a part or spokesman speaks for: "the local branch of X", "X's members", "a
    spokesperson for X"."""
    for child in member.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            child = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ not in ("poss", "compound"):
            continue
        mention = context.index.at(child)
        if mention is not None and mention.can_hold and mention.type != "PERSON":
            return mention
    return None


def _speaker_of_own_body(body: Token, verb: Token, context: Context) -> TargetMention | None:
    """The person who says what "her party" or "a Conservative government" (their own) would do:
    "Jane Doe said her government would challenge the rules" is her position."""
    reporter = _reporting_subject(verb, context)
    if reporter is None or reporter.type != "PERSON":
        return None
    affiliations = context.index.affiliations.get(reporter.name, frozenset())
    for child in body.children:
        if child.dep_ == "poss" and child.lower_ in lexicon.OWN_POSSESSIVES:
            return reporter
        named = context.index.at(child) if child.dep_ in ("amod", "compound") else None
        if named is not None and named.name in affiliations:
            return reporter
    return None


def _branch_owner(token: Token, mention: TargetMention, context: Context) -> TargetMention:
    """The organisation whose national branch a country names: "Oxfam Kenya", "Greenpeace Brasil"."""
    if mention.type != "GPE":
        return mention
    return next(
        (
            found
            for c in token.lefts
            if c.dep_ == "compound" and (found := context.index.at(c)) and found.type == "ORG"
        ),
        mention,
    )


def _resolve_holder(subject: Token, verb: Token, target: str, context: Context) -> str | None:
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    mention = context.index.at(subject) or next(
        (
            found
            for c in subject.children
            if (found := context.index.at(c))
            and (found.type == "PERSON" if c.dep_ == "compound" else c.dep_ == "appos" and found.can_hold)
        ),
        None,
    )
    if mention is None and subject.pos_ == "NOUN":
        # "Their leader in the Senedd, Jane Doe, ..." may hang the name on the last noun of the phrase.
        mention = next(
            (
                found
                for t in subject.subtree
                if t.dep_ == "appos" and (found := context.index.at(t)) and found.type == "PERSON"
            ),
            None,
        )
    if mention is None and subject.lemma_.lower() in lexicon.MEMBER_NOUNS:
        mention = _body_of(subject, context)
    if mention is None and subject.lemma_.lower() in lexicon.OWN_BODY_NOUNS:
        mention = _speaker_of_own_body(subject, verb, context)
    if mention is not None:
        mention = _branch_owner(subject, mention, context)
        return None if mention.name == target else mention.name
    if subject.lower_ not in SPEAKER_PRONOUNS and subject.lower_ not in ("they", "it"):
        return None
    quoted = _direct_quote_at(context, subject) if subject.lower_ in QUOTED_OTHERS else None
    if quoted is not None:
        if subject.lower_ == "they":
            return None
        return context.index.previous_person(subject, excluding=frozenset({target, quoted.speaker or ""}))
    reporter = _reporting_subject(verb, context)
    if reporter is not None and reporter.name != target:
        wants_person = subject.lower_ in SPEAKER_PRONOUNS - {"we"}
        if not wants_person or reporter.type == "PERSON":
            return reporter.name
    speaker = _quote_speaker(context, subject)
    if speaker is not None and speaker != target:
        return speaker
    if subject.lower_ in ("he", "she"):
        return context.index.previous_person(subject, excluding=frozenset({target}))
    return None


def _holder_at(node: Token, came_from: Token, target: str, context: Context, *, is_cue: bool) -> str | None:
    """A holder named at ``node``: its subject, the agent of a passive, or the possessor of a cue noun."""
    owned_by_possessor = node.pos_ in ("NOUN", "PROPN") and (is_cue or node.lower_ in lexicon.AGENTIVE_NOUNS)
    for child in node.children:
        if child.i == came_from.i:
            continue
        if child.dep_ in SUBJECT_DEPS or (
            child.dep_ == "nsubjpass"
            and (
                (came_from.dep_ == "xcomp" and node.lemma_.lower() in lexicon.RAISING_VERBS)
                or node.lower_ in lexicon.ADJECTIVE_CUES  # "Lopez was appalled by X"
            )
        ):
            # A clause may parse with two subjects ("minister ... Jubeir said"): the first one that names
            # someone wins.
            resolved = _resolve_holder(child, node, target, context)
            if resolved is not None:
                return resolved
            continue
        if child.dep_ == "agent" or (child.dep_ in ("poss", "compound") and owned_by_possessor):
            agent = next((g for g in child.children if g.dep_ == "pobj"), child)
            # "championed by the labour minister, Jane Doe": the agent may be named in apposition.
            mention = context.index.at(agent) or next(
                (named for g in agent.children if g.dep_ == "appos" and (named := context.index.at(g))), None
            )
            if mention is not None and mention.can_hold and mention.name != target:
                return mention.name
        if child.dep_ == "acl" and node.pos_ == "NOUN":
            found = _holder_at(child, node, target, context, is_cue=False)
            if found:
                return found
    return None


def _untracked_subject_acts(
    node: Token, came_from: Token, context: Context, *, acting: bool, quoted: bool
) -> bool:
    """Whether someone the index does not track holds what ``node`` says: "the rebels oppose Assad" (the
    cue's own subject), "the rules were designed to punish X" (the subject a raising verb passes on), or,
    in a speaker's own words, someone else ("they want to destroy her")."""
    return (
        acting
        and (not quoted or _has_evidence_subject(node, came_from))
        and _has_non_entity_subject(node, came_from, context)
    ) or _quoted_other_subject(node, came_from, context)


def _has_evidence_subject(node: Token, came_from: Token) -> bool:
    """Evidence as the subject, in a speaker's words too: "the numbers favour X" is no one's side."""
    return any(
        c.dep_ in SUBJECT_DEPS and c.i != came_from.i and c.lemma_.lower() in lexicon.EVIDENCE_NOUNS
        for c in node.children
    )


def _has_non_entity_subject(node: Token, came_from: Token, context: Context) -> bool:
    # "the rules were designed to punish X": a raising verb's passive subject is the one that acts.
    raised = came_from.dep_ == "xcomp" and node.lemma_.lower() in lexicon.RAISING_VERBS
    # "approved by the provincial government": a passive's agent acts, named or not.
    agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(
        (c.dep_ in SUBJECT_DEPS or (raised and c.dep_ == "nsubjpass"))
        and c.i != came_from.i
        and context.index.at(c) is None
        and c.lower_ not in RELATIVE_PRONOUNS | SPEAKER_PRONOUNS | {"it", "they"}
        for c in node.children
    ) or any(context.index.at(a) is None and a.pos_ != "PRON" for a in agents)


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found += [child, *_conjuncts(child)]
    return found


def _quoted_other_subject(node: Token, came_from: Token, context: Context) -> bool:
    """Whether ``node`` has a subject that, in a speaker's own words, is someone else."""
    return any(
        c.dep_ in SUBJECT_DEPS
        and c.i != came_from.i
        and c.lower_ in QUOTED_OTHERS
        and _direct_quote_at(context, c) is not None
        for c in node.children
    )


def _coordinated_holders(verb: Token, holder: str, target: str, context: Context) -> list[str]:
    """Entities coordinated with the subject of ``verb``: "Iran and Russia back Assad"."""
    heads = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # The agents of a passive hold it too: "the bill is supported by Greenpeace and (by) the Sierra Club".
    if any(c.dep_ == "agent" for c in verb.children):
        agents = [c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "conj" and c.lower_ == "by")]
        agents += [c for agent in agents for c in _conjuncts(agent) if c.lower_ == "by"]
        heads += [g for agent in agents for g in agent.children if g.dep_ == "pobj"]
    names: list[str] = []
    for token in (conjunct for head in heads for conjunct in (head, *_conjuncts(head))):
        mention = context.index.at(token)
        mention = mention and _branch_owner(token, mention, context)
        if mention is not None and mention.can_hold and mention.name not in (holder, target, *names):
            names.append(mention.name)
    return names


def _stands_for_target(head: Token, child: Token, preposition: str | None) -> bool:
    """Whether a stance toward ``head`` is one toward the target below it ("Assad's forces", "be")."""
    if head.lemma_ == "be":
        return True
    if head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.RELIEF_NOUNS:
        return child.dep_ in ("poss", "compound") or preposition == "of"
    if head.pos_ in ("NOUN", "PROPN") and head.lower_ in OWNED_ONLY_NOUNS:
        return child.dep_ in ("poss", "compound") or preposition == "by"
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ not in lexicon.PROXY_NOUNS:
        return False
    # "the Democratic Progressive Party (DPP) government" hangs the name on the noun as "nmod".
    return child.dep_ in ("poss", "compound", "nmod") or preposition in ("of", "by")


def _climb(mention: TargetMention, context: Context, shared_by: Token | None = None) -> list[Finding]:
    """The stances toward ``mention`` found on its way to the root; ``shared_by`` is a verb coordinated
    with the one the mention is the subject of, which shares that subject ("X was agreed last year and
    is championed by Y")."""
    doc = context.doc
    start = doc[mention.start : mention.end].root
    target = mention.name
    if start.dep_ in ("amod", "nummod"):  # "the Syrian president" is about the president, not Syria
        return []
    if _is_rule_of_law(start):
        return []
    climb = Climb()
    backing = _backing_held(start, target, context)
    if backing is not None:
        backer, polarity = backing
        climb.apply(polarity, is_cue=True, is_verb=True)
        return _findings(backer, start.head, climb, start, mention, context)
    child, preposition = start, None
    stranded = _stranded_preposition(mention, doc)
    if stranded is not None:
        child, preposition = stranded, stranded.lower_  # "called on X to step down", misparsed
    holder: str | None = None
    holder_verb: Token | None = None
    # "called the Tory boycott of the budget a mistake": the stance of the cue noun's owner, and the cues
    # seen when it was found; a holder above it holds a stance only through a further cue.
    nested: list[Finding] = []
    cues_at_nested = 0
    inside_direct_quote = any(q.kind != "indirect" and q.start <= start.idx < q.end for q in context.quotes)
    while child.head.i != child.i or shared_by is not None:
        head, relation = shared_by or _coordinated_head(child), child.dep_
        if shared_by is not None and relation in SUBJECT_DEPS | {"nsubjpass"}:
            # "X would cost more and must be rewritten": the shared subject of a passive is its patient.
            relation = "nsubjpass" if any(c.dep_ == "auxpass" for c in head.children) else "nsubj"
        shared_by = None
        if relation in ("conj", "appos") and head.pos_ in ("NOUN", "PROPN") and preposition is None:
            child = head
            continue
        if head.lower_ in lexicon.EXAMPLE_MARKERS and head.dep_ == "prep":
            # "any nation, including Russia": an example stands where the noun it exemplifies stands.
            child, preposition = head.head, None
            continue
        if head.pos_ == "ADP":
            word = head.lower_
            if (head.head.lemma_.lower(), word) in lexicon.ABSTAINING_PREPOSITIONS:
                return nested  # "stopped short of criticising X"
            if word == "in" and not climb.cue_found:
                trust = _trust_noun(head)
                if trust is not None:
                    if trust.i != head.head.i:
                        # "had full confidence in X" with "in X" hung on the verb.
                        climb.apply(_in_noun_polarity(trust), is_cue=True)
                    child, preposition = head, word  # "confidence in X": the complement, not a setting
                    continue
            if (
                word in lexicon.SETTING_PREPOSITIONS
                and not climb.cue_found
                and not _takes_as_complement(head)
            ):
                return []
            if word in lexicon.OPPOSING_PREPOSITIONS:
                climb.apply(-1, is_cue=True)
            elif word in lexicon.NEGATING_PREPOSITIONS:
                climb.apply(-1, is_cue=False)
            child, preposition = head, word
            continue
        if (
            _is_condition_clause(child)
            or (climb.cue_found and relation != "conj" and head.lemma_.lower() in lexicon.NON_ENDORSING_VERBS)
            or (climb.cue_found and _is_hearsay(head, relation))
        ):
            return nested
        via = (
            preposition if child.pos_ == "ADP" and preposition not in lexicon.OPPOSING_PREPOSITIONS else None
        )
        if relation == "conj" and head.pos_ in ("VERB", "AUX"):
            cue = Cue()
        else:
            relation_here = relation if child.pos_ != "ADP" or relation == "agent" else "prep"
            if _is_misparsed_object(child, head):
                relation_here = "dobj"
            cue = _cue_at(
                head,
                relation_here,
                via,
                law=mention.type in (LAW_TYPE, ISSUE_TYPE) or _is_measure_against(child, climb),
            )
        polarity, is_verb = cue.polarity, cue.is_verb
        if not polarity and _is_measure_against(head, climb):
            polarity = _passive_measure_verb(head)
        if polarity and not climb.cue_found:
            climb.judges = cue.judges
            climb.obstructs = _is_obstruction(head)
        if polarity and is_verb and relation == "nsubjpass" and not _passive_takes_sides(head):
            return nested  # "Lopez said Exxon was criticised" reports what others did
        if polarity and is_verb and _has_misparsed_thing_subject(head, context):
            return nested  # "The numbers favour X": the numbers take no side
        if polarity > 0 and is_verb and _is_hypothetical(head):
            return nested  # "would back the plan if it were changed" is no support yet
        if polarity:
            climb.apply(polarity, is_cue=True, is_verb=is_verb)
        elif not climb.cue_found:
            if not _stands_for_target(head, child, via):
                return []
            climb.nouns_before_cue += head.pos_ != "AUX"
            if climb.nouns_before_cue > MAX_NOUNS_BEFORE_CUE:
                return []
        negated = (
            relation != "conj"
            and not (relation in SUBJECT_DEPS and _is_reproached(head))
            and (
                _is_negated(head)
                or (head.lemma_.lower() in NEGATING_PREDICATES and relation not in SUBJECT_DEPS)
            )
        )
        if negated and polarity < 0 and is_verb:
            return nested  # "would not block the measure" takes no side
        if (
            negated
            and not polarity
            and climb.cues == 1
            and climb.polarity < 0
            and not climb.flips
            and not climb.obstructs
        ):
            return nested  # "we are not against X" takes no side either; "not stand in the way of X" does
        if negated:
            climb.apply(-1, is_cue=False)
        owner = context.index.at(head.head) if climb.cue_found and head.dep_ == "acl" else None
        if owner is None and climb.cue_found:
            owner = _verbless_subject(head, context)
        if owner is not None:
            # "the coalition fighting IS": the participle's subject is the noun it modifies.
            if not owner.can_hold or owner.name == target or climb.judges:
                return nested
            holder = owner.name
            break
        if climb.cue_found:
            holder = _holder_at(head, child, target, context, is_cue=bool(polarity))
            if holder is not None and context.index.types.get(holder) in THING_TYPES:
                # The clause belongs to a topic or bill: "the coalition is conducting a campaign against IS".
                return nested
            if (
                holder is not None
                and head.pos_ in ("NOUN", "PROPN")
                and not _acts_as_verb(head)
                and not nested
            ):
                # The owner of a cue noun ("the Tory boycott") holds it; whoever judges it may hold more.
                nested = _findings(holder, None, climb, start, mention, context)
                cues_at_nested, holder = climb.cues, None
            elif holder is not None:
                if nested and climb.cues == cues_at_nested:
                    return nested
                if (
                    climb.judges
                    and not inside_direct_quote
                    and head.lemma_.lower() not in lexicon.OPINION_VERBS
                    and not _gives_reason(child)
                ):
                    return nested  # "Lopez resigned after X failed residents" is no judgement of X
                holder_verb = head
                break
            elif _untracked_subject_acts(
                head,
                child,
                context,
                acting=bool(polarity and is_verb)
                or (relation == "xcomp" and head.lemma_.lower() in lexicon.RAISING_VERBS),
                quoted=inside_direct_quote,
            ):
                return nested
        child, preposition = head, None
    if not climb.cue_found or (nested and climb.cues == cues_at_nested):
        return nested
    if holder is None:
        holder = _quote_speaker(context, start)
    if holder is None:
        return nested
    return [*nested, *_findings(holder, holder_verb, climb, start, mention, context, voiced=not nested)]


def _findings(
    holder: str,
    verb: Token | None,
    climb: Climb,
    start: Token,
    mention: TargetMention,
    context: Context,
    *,
    voiced: bool = False,
) -> list[Finding]:
    """The stance ``climb`` found of ``holder`` (and those coordinated with it) toward ``mention``."""
    target = mention.name
    if mention.is_pronoun:
        if (
            verb is not None
            and start.tag_ == "PRP$"
            and _first_verb_above(start) == verb
            and context.index.types.get(holder) == "PERSON"
            and not (climb.polarity < 0 and start.head.lower_ in lexicon.REPROACH_NOUNS)
            # "we demand her release": "her" is not the "we" who speaks
            and not any(c.dep_ == "nsubj" and c.lower_ in OTHER_THAN_THIRD_PERSON for c in verb.children)
        ):
            # "Colton clashed with his party's leaders": "his" is Colton himself; but the criticism one
            # dismisses ("Lopez dismissed his criticism") is someone else's.
            return []
        # "his" is the nearest person named before it who is not the one speaking about him.
        target = context.index.previous_person(start, excluding=frozenset({holder})) or ""
    if not target or holder == target:
        return []
    sentence = start.sent
    holders = [holder, *(_coordinated_holders(verb, holder, target, context) if verb is not None else [])]
    body = _body_voiced(verb, holder, context) if verb is not None else None
    if body is not None and body != target:
        holders.append(body)
    findings = [
        Finding(
            name, target, climb.polarity, round(climb.confidence, 3), sentence.start_char, sentence.end_char
        )
        for name in holders
    ]
    if not voiced:
        return findings
    spoken = _voiced_by(findings[0], verb, start, context)
    if spoken and holder in lexicon.CAPITAL_CITIES:
        # "the minister said Paris supported X": the capital is a figure of speech for its minister.
        return [replace(spoken[0], confidence=findings[0].confidence), *findings[1:]]
    return [*findings, *spoken]


def _body_voiced(verb: Token, holder: str, context: Context) -> str | None:
    """The body whose spokesperson or lawyer says "we" in a quotation: "'We stand with X,' said Jane Doe, a
    lawyer for the LLO" is the LLO's position too."""
    body = context.index.voices.get(holder)
    if body is None or not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children):
        return None
    return body if _direct_quote_at(context, verb) is not None else None


def _relative_object_findings(mention: TargetMention, context: Context) -> list[Finding]:
    """Stances in a relative clause whose pronoun is the target as object: "the commission, which he
    accused of sacrificing farmers", "the minister, whom the union blames"."""
    start = context.doc[mention.start : mention.end].root
    for clause in start.children:
        if clause.dep_ != "relcl" or _is_negated(clause):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS]
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if not objects or subject is None:
            continue
        polarity = lexicon.OBJECT_VERB_CUES.get(clause.lemma_.lower(), 0)
        holder = _resolve_holder(subject, clause, mention.name, context) if polarity else None
        if holder is None:
            continue
        climb = Climb()
        climb.apply(polarity, is_cue=True, is_verb=True)
        return _findings(holder, clause, climb, start, mention, context)
    return []


def _first_verb_above(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _voiced_by(finding: Finding, verb: Token | None, start: Token, context: Context) -> list[Finding]:
    """A country's or party's position stated by a person is also that person's position."""
    if context.index.types.get(finding.holder) not in HOLDER_TYPES_VOICED_BY_PEOPLE:
        return []
    reported_by = next((a for a in (verb.ancestors if verb is not None else ()) if a.pos_ == "VERB"), None)
    if reported_by is not None and reported_by.lemma_.lower() in lexicon.CITING_VERBS:
        return []  # "he noted that the committee had criticised Sweden" cites the position, not shares it
    reporter = _reporting_subject(verb, context) if verb is not None else None
    speaker = reporter.name if reporter is not None and reporter.type == "PERSON" else None
    speaker = speaker or _quote_speaker(context, start)
    if (
        speaker is None
        or context.index.types.get(speaker) != "PERSON"
        or speaker in (finding.holder, finding.target)
    ):
        return []
    inferred = round(finding.confidence * CONFIDENCE_KEPT_FOR_INFERRED_HOLDER, 3)
    return [
        Finding(
            speaker,
            finding.target,
            finding.polarity,
            inferred,
            finding.sentence_start,
            finding.sentence_end,
        )
    ]


def _verbs_sharing_subject(subject: Token) -> list[Token]:
    """The verbs coordinated with the one ``subject`` is the subject of that have no subject of their own."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [
        verb
        for verb in _conjuncts(subject.head)
        if verb.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and _coordinated_head(verb) == verb.head
    ]


def _is_finite_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _coordinated_head(token: Token) -> Token:
    """The head of ``token``, except for a past-tense verb the parser coordinated with a verb inside a
    clause below the one it belongs to: in "X said the board had become a cash machine and called for Y
    to resign", "called" goes with "said", whose subject it shares, not with "had become"."""
    head = token.head
    if token.dep_ != "conj" or not _is_finite_past(token) or head.pos_ not in ("VERB", "AUX"):
        return head
    if _is_finite_past(head):
        return head
    return next((a for a in head.ancestors if a.pos_ == "VERB" and _is_finite_past(a)), head)


def merge_findings(doc: Doc, findings: list[Finding]) -> list[Stance]:
    """One stance per (holder, target): signed evidence decides the label; the strongest sentence is kept."""
    text = doc.text  # built from the tokens on every access: once per article, not once per stance
    grouped: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        grouped.setdefault((finding.holder, finding.target), []).append(finding)
    stances = []
    for (holder, target), group in grouped.items():
        balance = sum(f.polarity * f.confidence for f in group)
        label: StanceLabel
        if abs(balance) < NEUTRAL_MARGIN:
            label, agreeing = "neutral", group
        else:
            label = "support" if balance > 0 else "oppose"
            agreeing = [f for f in group if (f.polarity > 0) == (balance > 0)]
        best = max(agreeing, key=lambda f: f.confidence)
        score = min(1.0, max(f.confidence for f in agreeing) + 0.05 * (len(agreeing) - 1))
        stances.append(
            Stance(
                holder=holder,
                target=target,
                label=label,
                score=round(score if label != "neutral" else 1 - abs(balance), 3),
                evidence=text[best.sentence_start : best.sentence_end].strip(),
                start=best.sentence_start,
                end=best.sentence_end,
            )
        )
    return stances


def extract_stances(
    doc: Doc, entities: list[Entity], quotes: list[Quote], topics: TopicTable | None = None
) -> list[Stance]:
    """Stances of entities toward entities and topics, each with its evidence sentence.

    Support for the body a person is introduced as part of ("FAI chief executive X") is that body
    speaking, not a stance of its own."""
    index = index_mentions(doc, entities, topics, quotes)
    context = Context(doc=doc, index=index, quotes=tuple(quotes))
    pronouns = (index.pronoun_mention(token) for token in doc if token.i not in index.by_token)
    mentions = index.mentions() + [m for m in pronouns if m is not None]
    findings = [
        finding
        for mention in mentions
        for finding in [
            *_relative_object_findings(mention, context),
            *(
                found
                for verb in (None, *_verbs_sharing_subject(doc[mention.start : mention.end].root))
                for found in _climb(mention, context, verb)
            ),
        ]
        if not (finding.polarity > 0 and finding.target in index.affiliations.get(finding.holder, ()))
    ]
    return merge_findings(doc, findings + _through_motions(findings, context))


def _through_motions(findings: list[Finding], context: Context) -> list[Finding]:
    """A stance on a motion is the opposite stance on the one it is moved against: "the DA tabled a
    motion against the mayor ... the EFF said it would support the motion" opposes the mayor."""
    moved_against: dict[str, str] = {}
    for token in context.doc:
        if token.lemma_.lower() not in lexicon.MOTION_NOUNS:
            continue
        against = [
            found
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in lexicon.OPPOSING_PREPOSITIONS
            for pobj in prep.children
            if pobj.dep_ == "pobj" and (found := context.index.at(pobj)) is not None and found.can_hold
        ]
        if not against:
            continue
        for mention in context.index.mentions():
            word = context.doc[mention.start]
            if mention.type == ISSUE_TYPE and word.lemma_.lower() == token.lemma_.lower():
                moved_against.setdefault(mention.name, against[0].name)
    return [
        replace(finding, target=moved_against[finding.target], polarity=-finding.polarity)
        for finding in findings
        if finding.target in moved_against and finding.holder != moved_against[finding.target]
    ]
