"""Speech cues: the verbs that report speech and the clause each one reports."""

from __future__ import annotations

from spacy.tokens import Token

from services.ner.gazetteer import word_set

CUE_LEMMAS = word_set(
    """say tell add insist warn argue reiterate vow praise criticise criticize accuse call claim state
    declare announce explain note stress emphasise emphasize suggest admit acknowledge deny confirm
    reply respond answer write tweet post report assert maintain contend predict promise pledge urge
    complain concede agree press repeat restate echo voice express outline make disagree point observe
    remark recall reveal caution fume hail chant shout yell
    threaten describe dismiss demand ask question conclude counter retort quip continue testify
    allege estimate forecast indicate mention signal hint rule"""
)
# "X has pressed the case that ...", "reiterated Russia's stance that ...": the noun carries the clause.
CLAUSE_NOUNS = word_set(
    """case stance position view claim argument belief warning assertion message point line insistence
    assessment conviction contention suggestion promise pledge threat"""
)
# "is expected to argue", "will say", "did not say": announced or denied speech is not a quote.
HYPOTHETICAL_HEADS = frozenset(
    {"expect", "likely", "set", "due", "go", "plan", "hope", "want", "able", "decline", "refuse"}
)
# "asked how ...", "would not say whether ...": a question reports no claim; nor does "confirmed what
# residents had suspected", whose clause names a thing rather than stating one.
QUESTION_WORDS = frozenset({"whether", "how", "why", "when", "where", "what"})
# "demanded that the minister appear", "asked that her name be withheld": a bare verb after these states
# a demand, not a claim.
MANDATIVE_LEMMAS = word_set("ask demand insist urge request propose recommend")
HYPOTHETICAL_AUX = frozenset(
    {"will", "would", "may", "might", "could", "should", "must", "shall", "'ll", "can"}
)
CONTENT_DEPS = ("ccomp", "parataxis")
# Relations the small model gives a speaker's name right before the cue instead of "nsubj".
# Adverbs that may open a sentence right before its verb, which no surname is.
SENTENCE_ADVERBS = word_set(
    """also then later finally meanwhile however separately previously earlier instead still again now
    today yesterday once similarly likewise elsewhere publicly privately repeatedly"""
)
NAME_MISPARSES = frozenset({"advmod", "npadvmod", "nmod", "dep", "compound"})
# "..., pointing to a poll that found ...", "signalling that ...": as a participle tacked onto another
# clause these verbs describe evidence or intent, not speech.
WEAK_PARTICIPLE_LEMMAS = word_set(
    """point indicate signal hint suggest estimate forecast describe question continue make express voice
    echo post report observe conclude mention outline predict reveal show find cite"""
)
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "acl", "conj", "npadvmod", "pcomp"})
# "..., after the commission declared ...": a cue under one of these is a subordinate clause's verb and
# cannot report the main clause.
SUBORDINATORS = word_set(
    "after before when whenever while since until once because although though if unless as whereas"
)


def is_cue(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_LEMMAS and not is_aspectual(token)


def is_aspectual(token: Token) -> bool:
    """ "continued to stress the importance of ...": "continue" before an infinitive says the act goes
    on; it is not itself speech."""
    return token.lemma_.lower() == "continue" and any(child.dep_ == "xcomp" for child in token.children)


def is_reported(token: Token) -> bool:
    """False for cues of speech that has not happened: "expected to argue", "will say", "did not say",
    for participles describing a noun ("a fuming coach said") and for passives ("she was told")."""
    if token.dep_ in ("amod", "compound"):
        return False
    if any(child.dep_ == "nsubjpass" for child in token.children):
        # "he was told that ...": the subject heard the words; whoever said them is not named there.
        return False
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX):
            return False
    if is_weak_participle(token):
        return False
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in HYPOTHETICAL_HEADS:
        return False
    return not (
        token.dep_ == "xcomp"
        and head.dep_ in ("acomp", "xcomp")
        and head.lemma_.lower() in HYPOTHETICAL_HEADS
    )


def is_weak_participle(token: Token) -> bool:
    return (
        token.tag_ == "VBG"
        and token.dep_ in PARTICIPLE_DEPS
        and token.lemma_.lower() in WEAK_PARTICIPLE_LEMMAS
    )


def reported_clauses(cue: Token) -> list[Token]:
    """Heads of the clauses a cue reports: complement clauses and the clause of a "stance that ..." object."""
    heads = [
        child
        for child in cue.children
        # The tagger sometimes misses a verb ("they did not back ..."); a subject and an auxiliary or an
        # object still make it a clause.
        if child.dep_ in CONTENT_DEPS and (child.pos_ in ("VERB", "AUX") or is_untagged_clause(child))
    ]
    if heads:
        # "said A but that B": the parser may conjoin the second "that" clause to the cue itself.
        heads.extend(
            child
            for child in cue.children
            if child.dep_ == "conj"
            and has_subject(child)
            and any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in child.children)
        )
    for child in cue.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in CLAUSE_NOUNS:
            heads.extend(
                grandchild
                for grandchild in child.children
                if grandchild.dep_ in ("acl", "ccomp", "relcl") and has_subject(grandchild)
            )
        if child.dep_ == "prep":
            # "said in a statement that ...", "said in a report published on Monday that ...": the parser
            # hangs the clause on the statement, or on a participle describing it.
            for noun in child.children:
                if noun.dep_ != "pobj":
                    continue
                for clause in noun.children:
                    if clause.dep_ in ("acl", "ccomp", "relcl") and is_that_clause(clause):
                        heads.append(clause)
                    elif clause.dep_ == "acl" and clause.tag_ == "VBN":
                        heads.extend(c for c in clause.children if c.dep_ == "ccomp" and is_that_clause(c))
    return [head for head in heads if not is_question(head) and not is_mandative(cue, head)]


def is_mandative(cue: Token, clause: Token) -> bool:
    """ "asked that only her first name be used": a demand's clause in the subjunctive, its first verb in
    the bare form with a subject and neither a modal nor "to" before it."""
    if cue.lemma_.lower() not in MANDATIVE_LEMMAS or not has_subject(clause):
        return False
    auxiliaries = sorted(
        (child for child in clause.children if child.dep_ in ("aux", "auxpass", "neg")), key=lambda t: t.i
    )
    finite = auxiliaries[0] if auxiliaries else clause
    subject = next(
        child for child in clause.children if child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
    )
    # The tagger reads "that Tom Ruiz appear" as a present tense that a singular subject rules out.
    singular = subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")
    return finite.tag_ == "VB" or finite.lower_ == "not" or (finite.tag_ == "VBP" and singular)


def is_that_clause(token: Token) -> bool:
    marks = (child for child in token.children if child.dep_ == "mark")
    return has_subject(token) and any(mark.lower_ == "that" for mark in marks)


def is_untagged_clause(token: Token) -> bool:
    """A subject and an auxiliary or an object make a clause of a word tagged a noun ("backs")."""
    return has_subject(token) and any(child.dep_ in ("aux", "auxpass", "dobj") for child in token.children)


def is_question(clause: Token) -> bool:
    """ "(asked) how the town would pay", "whether she would sign it": an indirect question."""
    first = clause.left_edge
    return first.lower_ in QUESTION_WORDS and first.head == clause


def has_subject(token: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in token.children)


def reporting_cue(token: Token) -> Token | None:
    """The cue whose reported clause ``token`` heads, if any."""
    for _ in range(3):
        if token.dep_ not in (*CONTENT_DEPS, "conj") or token.head is token:
            return None
        token = token.head
        if is_cue(token):
            return token
    return None


def is_subordinate(cue: Token) -> bool:
    """ "after the commission declared ...", "before she said ...": the cue heads a subordinate clause."""
    return any(child.dep_ == "mark" and child.lower_ in SUBORDINATORS for child in cue.children)


def conjoined_reporter(token: Token) -> Token | None:
    """ "said Berlin would not block it but urged ...": a past-tense cue the parser conjoins to the
    reported clause, though the clause's tense shows it is the speaker's second act. Returns the cue
    that reports the clause, whose subject it shares."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBN") or not is_cue(token) or has_subject(token):
        return None
    if any(child.dep_ == "aux" and child.lower_ == "had" for child in token.children):
        # "said it had sent a team and had asked the city to ...": a verb of its own in the past perfect
        # keeps the reported clause's backshifted tense; the speaker's next act would be "and asked".
        return None
    auxiliaries = [child.lemma_.lower() for child in head.children if child.dep_ in ("aux", "auxpass")]
    # "would not close but urged": a modal or "did" takes a bare verb, so a past form is not its.
    bare_verb = any(aux in HYPOTHETICAL_AUX or aux == "do" for aux in auxiliaries)
    if (
        not bare_verb
        and not is_appeal(token)
        and (token.tag_ != "VBD" or (head.tag_ == "VBD" and not auxiliaries))
    ):
        return None
    return reporting_cue(head)


def is_appeal(cue: Token) -> bool:
    """ "asked the government to delay ...", "urged both sides to talk": a call on someone to act is the
    speaker's own act, never part of what they report."""
    has_object = any(child.dep_ == "dobj" for child in cue.children)
    return has_object and any(
        child.dep_ == "xcomp" and any(aux.lower_ == "to" for aux in child.children if aux.dep_ == "aux")
        for child in cue.children
    )


def subject_of(cue: Token) -> Token | None:
    """The cue's subject; a participle or conjoined cue ("..., arguing that", "and praised") borrows
    its head's."""
    reporter = conjoined_reporter(cue)
    if reporter is not None:
        return subject_of(reporter)
    token: Token | None = cue
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        # "X was quoted as saying ...", "X is on record as saying ...": the subject of the frame.
        return next((child for child in cue.head.head.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if cue.tag_ == "VBG" and cue.dep_ == "advcl":
        # "X said the report was flawed, adding that ...": a participle hanging off the reported clause
        # belongs to the speaker, not to the clause's subject.
        reporter = reporting_cue(cue.head)
        # "He said the union would call a strike, adding ...": a cue inside another's report is not the adder.
        outer = reporter
        while outer is not None:
            reporter, outer = outer, reporting_cue(outer)
        if reporter is not None:
            return subject_of(reporter)
    for _ in range(3):
        if token is None:
            return None
        subject = nearest_subject(token)
        if subject is not None:
            return subject
        head = token.head
        if token.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ == "PROPN" and head.i < token.i:
            # "Jane Roe, who leads the group, called ...": the small model sometimes makes the name the root.
            return head
        if token.dep_ in ("advcl", "conj", "xcomp") and token.head is not token:
            token = token.head
        else:
            return None
    return None


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (the small model may make a word before the name a second subject,
    "FAI chief Jane Roe hit back"), the nearer, or the one before the verb when the other follows it. A
    name right before the verb that the parser hung on it some other way ("Minister Jane Roe said", with
    "Roe" an adverb) is its subject too."""
    # The small model sometimes makes a stray quotation mark the subject.
    subjects = [
        child
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass") and any(ch.isalpha() for ch in child.text)
    ]
    leading = [child for child in subjects if child.i < verb.i]
    named = [child for child in leading if child.pos_ == "PROPN"]
    if len(leading) >= 2 and len(named) == 1 and leading[-1].pos_ == "NOUN":
        # "The Community Board (CBPA), the oversight panel at the centre of it, said": the parser may make
        # the describing noun a second subject; the name is the speaker.
        return named[0]
    if not leading and len(subjects) >= 2:
        # '"...," said the company's vice-president for corporate affairs, Jane Roe': after an inverted
        # cue the parser may make the describing nouns and the name all subjects; the name speaks.
        following = [child for child in subjects if child.pos_ == "PROPN"]
        if len(following) == 1 and any(child.pos_ == "NOUN" for child in subjects):
            return following[0]
    if leading and len(leading) < len(subjects):
        # "Jane Roe said the city's factories needed ...": the parser may make the reported clause's
        # subject a second subject of the cue, after it; the speaker stands before the verb.
        return max(leading, key=lambda child: child.i)
    if subjects:
        return min(subjects, key=lambda child: abs(child.i - verb.i))
    if verb.i > 0:
        before = verb.doc[verb.i - 1]
        if before.head == verb and before.pos_ == "PROPN" and before.dep_ in NAME_MISPARSES:
            return before
        if (
            before.head == verb
            and before.pos_ == "ADV"
            and before.dep_ == "advmod"
            and before.is_title
            and before.lower_ not in SENTENCE_ADVERBS
        ):
            return before  # "Tolliver claimed the law ...": a surname the tagger took for an adverb
        if before.head == verb and before.dep_ == "amod" and is_age(before):
            return before  # '"...," the 38-year-old said.': the parser may hang the age on the verb
    return None


def is_age(head: Token) -> bool:
    """ "the 46-year-old": a person described by age alone."""
    if head.lower_.endswith("-year-old"):
        return True
    return head.lower_ in ("old", "year-old") and any(
        child.lower_ in ("year", "years") or child.like_num for child in head.lefts
    )
