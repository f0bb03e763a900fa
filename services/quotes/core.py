"""Quotes of one parsed article: direct, indirect and mixed, each with its cue and speaker."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from services.ner.gazetteer import word_set
from services.quotes.cues import (
    CUE_LEMMAS,
    SUBORDINATORS,
    conjoined_reporter,
    has_subject,
    is_cue,
    is_reported,
    is_subordinate,
    reported_clauses,
    subject_of,
)
from services.quotes.marks import QuotedStretch, paragraphs, quoted_stretches
from services.quotes.speakers import SpeakerResolver, is_dateline, mention_span
from shared.contract import Entity, Quote

QUOTE_PUNCT = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a"
# A quoted stretch this short with no cue is a scare quote or a title, not a quotation.
MIN_UNCUED_WORDS = 6
MIN_CUED_WORDS = 3
# A paragraph that does not end like a sentence is a headline, standfirst or caption line.
SENTENCE_END = ".!?\u2026"
# Heads of what may follow a mixed quote's closing mark inside its reported clause ("... for families").
TAIL_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl", "dative", "agent", "relcl", "acl", "pobj"})
# Conditions the parser hangs on the cue though they belong to the report ("would pay, provided ...").
CONDITION_WORDS = frozenset({"provided", "providing", "unless", "if", "so", "as"})
# Openers of a contrasting clause that may carry another speaker's report (", while the union said ...").
CONTRAST_WORDS = frozenset({"while", "whereas", "although", "though", "whilst"})
# Words an uncued stretch needs when it goes on from a cued quote in the same paragraph.
MIN_CONTINUED_WORDS = 3
# The line signing an embedded post: a dash, the author's name and their handle in brackets.
POST_SIGNATURE = re.compile(r"[\u2014\u2013-]{1,2}\s*(?P<name>[^()\n]{2,60}?)\s*\(@\w+\)")
# Sources that are evidence rather than a speaker: "according to official figures".
EVIDENCE_NOUNS = word_set(
    """data datum figure statistic image record estimate calculation poll survey result footage photograph
    photo map model projection count document filing analysis research evidence measurement reading"""
)
# A relative clause opened by one of these, set off by a comma at a report's end, describes a person the
# report names ("... with Jane Roe, who leads the union"): the writer's aside, not the speaker's words.
# One opened by "which" or "where", or one about people the report does not name ("pupils, who need
# small classes"), goes on with the claim.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
# Where the joined text of a parsed article is kept for the quote rules.
TEXT_KEY = "quotes.text"
# Share of a reported clause inside quote marks above which it is a direct quote, not a mixed one.
DIRECT_SHARE = 0.6


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    cue: Token | None
    subject: Token | None
    inherits: bool = False


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Every quotation in ``doc``; speakers are names from ``entities`` or None when nothing links one."""
    if not text_of(doc).strip():
        return []
    stretches = quoted_stretches(text_of(doc))
    stretch_of = token_stretches(doc, stretches)
    direct_cues: dict[int, tuple[Token, Token | None]] = {}
    swallowed: set[int] = set()
    candidates: list[Candidate] = []
    for token in doc:
        if token.i not in stretch_of and not is_cue(token):
            misread = misread_inverted_cue(token, stretch_of, stretches)
            if misread is not None:
                stretch, speaker = misread
                direct_cues.setdefault(stretch, (token, speaker))
            continue
        if not is_cue(token) or token.i in stretch_of or not is_reported(token):
            continue
        if token.tag_ == "VBN" and token.dep_ == "advcl" and not has_subject(token):
            # "Asked about the strike, she said: ..." frames the answer; the answering cue reports it.
            continue
        subject = speaker_subject(token, stretch_of)
        clauses = reported_clauses(token)
        parenthetical = parenthetical_report(token)
        if parenthetical is not None:
            report, speaker = parenthetical
            candidates.append(Candidate(report.start_char, report.end_char, "indirect", token, speaker))
            continue
        if is_subordinate(token):
            clauses = [clause for clause in clauses if clause.i > token.i]
        if utterance_before(token, stretch_of, stretches):
            inverted = inverted_speaker(token, clauses)
            if inverted is not None:
                # '"...," said Jane Roe, the firm's head of sourcing.': the parser may read the speaker
                # and what follows as a clause the cue reports ("Roe ... sourcing").
                clauses = [clause for clause in clauses if clause.i < token.i]
                subject = subject or inverted
        if all(clause.i < token.i for clause in clauses) and utterance_before(token, stretch_of, stretches):
            # '(... "It is a betrayal," said Ruth Roe)': the cue reports the quotation it follows.
            clauses = []
        appeal = quoted_appeal(token, stretch_of)
        if not clauses and appeal is not None and subject is not None:
            swallowed.update(stretch_of[i] for i in range(appeal.start, appeal.end) if i in stretch_of)
            candidates.append(Candidate(appeal.start_char, appeal.end_char, "mixed", token, subject))
            continue
        interjected = interjected_report(token, stretch_of) if not clauses else None
        if interjected is not None and subject is not None:
            candidates.append(
                Candidate(interjected.start_char, interjected.end_char, "indirect", token, subject)
            )
            continue
        if not clauses:
            for stretch in uncued_stretches(token, subject, stretch_of, direct_cues, stretches):
                direct_cues[stretch] = (token, subject)
            continue
        span = clause_content(clauses, token, stretch_of)
        if span is None:
            continue
        inside = [stretch_of[i] for i in range(span.start, span.end) if i in stretch_of]
        # A clause whose opening words are the reporter's ("the problems were "not enough"") is mixed.
        if span.start in stretch_of and len(inside) >= DIRECT_SHARE * len(span):
            for stretch in set(inside):
                direct_cues.setdefault(stretch, (token, subject))
            opening = min(inside) - 1
            if (
                opening >= 0
                and opening not in direct_cues
                and stretches[opening].end > token.sent.start_char
                and interrupts(token, stretches[opening].end, stretches[opening + 1].start)
            ):
                # '"The bill is modest," she said, "and overdue."': the first half is hers too.
                direct_cues[opening] = (token, subject)
            continue
        if subject is None:
            continue
        swallowed.update(inside)
        # "said A, and that B" stays one report, as most readers (and evaluation authors) take it.
        kind = "mixed" if any(i in stretch_of for i in range(span.start, span.end)) else "indirect"
        candidates.append(Candidate(span.start_char, span.end_char, kind, token, subject))
    candidates.extend(according_to_quotes(doc, stretch_of, swallowed))
    candidates.extend(embedded_posts(doc, candidates))
    for index in range(len(stretches)):
        if index in swallowed:
            continue
        candidate = direct_candidate(doc, stretches, index, direct_cues.get(index))
        if candidate is not None:
            candidates.append(candidate)
    candidates.sort(key=lambda c: c.start)
    return resolve_speakers(doc, entities, candidates)


def text_of(doc: Doc) -> str:
    """The article's text, joined once: ``Doc.text`` rebuilds it from every token at each call."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def token_stretches(doc: Doc, stretches: list[QuotedStretch]) -> dict[int, int]:
    """Token index -> index of the quoted stretch it lies in."""
    inside: dict[int, int] = {}
    for index, stretch in enumerate(stretches):
        span = doc.char_span(stretch.start, stretch.end, alignment_mode="contract")
        if span is not None:
            for i in range(span.start, span.end):
                inside[i] = index
    return inside


def speaker_subject(cue: Token, stretch_of: dict[int, int]) -> Token | None:
    """The cue's subject, outside the quote marks."""
    subject = subject_of(cue)
    if subject is not None and subject.i in stretch_of:
        # '"Not Germany, not China," he said': the parser may take a quoted word as a second subject.
        subject = next(
            (
                child
                for child in cue.children
                if child.dep_ in ("nsubj", "nsubjpass") and child.i not in stretch_of and child.is_alpha
            ),
            None,
        )
    if subject is not None and is_dateline(subject):
        # "NAIROBI, May 14 (Wire) - Kenya's High Court ... ruled": the parser may make the dateline's
        # place the subject and the real one its apposition.
        subject = next((child for child in subject.children if child.dep_ == "appos"), None)
    if subject is not None and subject.lower_ in ("who", "that") and cue.dep_ == "relcl":
        # "..., Jane Roe, who said that ...": the relative pronoun stands for the noun it hangs on.
        subject = cue.head
    if subject is None:
        subject = name_between_quote_and_cue(cue, stretch_of)
    return subject


def name_between_quote_and_cue(cue: Token, stretch_of: dict[int, int]) -> Token | None:
    """'"...," IGAD's special envoy, Ambassador Jane Roe, told reporters': with the describing phrase
    hung on a word inside the quote, the cue has no subject; the last name between the closing mark and
    the cue is the speaker, when no verb stands between."""
    doc = cue.doc
    i = cue.i - 1
    name = None
    while i >= cue.sent.start and i not in stretch_of and cue.i - i <= 14:
        token = doc[i]
        if token.pos_ in ("VERB", "AUX"):
            return None
        if name is None and token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
            name = token
        i -= 1
    return name if i in stretch_of else None


def misread_inverted_cue(
    token: Token, stretch_of: dict[int, int], stretches: list[QuotedStretch]
) -> tuple[int, Token] | None:
    """'"...," the 54-year-old fumed.': a past-tense cue the tagger took for a noun or adjective, ending
    the sentence a few words after a quotation that ends in a comma. Returns that quotation and the word
    before the cue, the speaker's head."""
    doc = token.doc
    lower = token.lower_
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or not lower.endswith("ed") or token.i < 2:
        return None
    if not {lower[:-1], lower[:-2]} & CUE_LEMMAS:
        return None
    after = token.i + 1
    if after < len(doc) and not (doc[after].text in (".", "!") or doc[after].is_space):
        return None
    for i in range(token.i - 1, max(token.sent.start, token.i - 10) - 1, -1):
        index = stretch_of.get(i)
        if index is not None:
            words = text_of(doc)[stretches[index].start : stretches[index].end].rstrip()
            speaker = doc[token.i - 1]
            if i < token.i - 2 and words.endswith(",") and speaker.i not in stretch_of and speaker.is_alpha:
                return index, speaker
            return None
    return None


def utterance_before(cue: Token, stretch_of: dict[int, int], stretches: list[QuotedStretch]) -> bool:
    """True when the quotation right before the cue ends like a whole utterance, its comma or question
    mark inside the marks ('"It is a betrayal," said ...')."""
    doc = cue.doc
    i = cue.i - 1
    while i >= cue.sent.start and i not in stretch_of and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    index = stretch_of.get(i)
    if index is None or i < cue.i - 4 or not stretches[index].closed:
        return False
    words = text_of(doc)[stretches[index].start : stretches[index].end].rstrip()
    return words.endswith((",", "?", "!"))


def inverted_speaker(cue: Token, clauses: list[Token]) -> Token | None:
    """The subject of a clause after the cue that opens right after it: after a quotation, "said Jane
    Roe, ..." puts the speaker there, not a report."""
    for clause in clauses:
        if clause.i < cue.i:
            continue
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.left_edge.i == cue.i + 1:
                return child
    return None


def parenthetical_report(cue: Token) -> tuple[Span, Token] | None:
    """ "Fares will rise, the ministry announced on Monday, after ...": the parser may take the speaker
    for an apposition to the clause's subject and the cue for a participle describing it, or conjoin the
    cue to the clause. The report is then the main clause before the comma; returns it and the speaker."""
    if any(child.dep_ in ("dobj", "ccomp", "xcomp", "dative") for child in cue.children):
        return None
    doc = cue.doc
    sentence = cue.sent
    if cue.dep_ == "acl" and cue.head.dep_ == "appos" and cue.head.i < cue.i:
        speaker, main = cue.head, sentence.root
    elif cue.dep_ == "conj" and cue.head.i < cue.i:
        subjects = [child for child in cue.children if child.dep_ == "nsubj" and child.i < cue.i]
        coordinated = any(child.dep_ == "cc" and child.i < cue.i for child in cue.head.children)
        if not subjects or coordinated:
            return None
        speaker, main = subjects[0], cue.head
    else:
        return None
    comma = speaker.left_edge.i - 1
    after = cue.right_edge.i + 1
    if comma <= sentence.start or doc[comma].text != "," or not sentence.start <= main.i < comma:
        return None
    if after < sentence.end and doc[after].text not in (",", ".", "!") and not doc[after].is_space:
        return None
    if main.pos_ not in ("VERB", "AUX") or not has_subject(main):
        return None
    if any(t.text in QUOTE_PUNCT for t in doc[sentence.start : comma]):
        return None
    span = trim_punct(doc[sentence.start : comma])
    return (span, speaker) if span is not None else None


def interjected_report(cue: Token, stretch_of: dict[int, int]) -> Span | None:
    """ "The cuts, she said, would fall on the poor.": a cue set off by commas inside an unquoted clause,
    after its subject, reports the rest of that clause."""
    doc = cue.doc
    sentence = cue.sent
    root = cue.head
    before, after = cue.left_edge.i, cue.right_edge.i
    # The parser may hang the commas round the cue on the cue itself.
    before -= 0 if doc[before].text == "," else 1
    after += 0 if doc[after].text == "," else 1
    if (
        cue.dep_ != "parataxis"
        or root != sentence.root
        or root.i < cue.i
        or root.pos_ not in ("VERB", "AUX")
        or before <= sentence.start
        or after >= sentence.end
        or doc[before].text != ","
        or doc[after].text != ","
        or not any(child.dep_ in ("nsubj", "nsubjpass") and child.i < before for child in root.children)
        or any(i in stretch_of for i in range(sentence.start, sentence.end))
    ):
        return None
    start, end = within_paragraph(doc, after + 1, sentence.end, root.i)
    span = trim_punct(doc[start:end])
    return span if span is not None and len(span) >= MIN_CUED_WORDS else None


def quoted_appeal(cue: Token, stretch_of: dict[int, int]) -> Span | None:
    """'urged both sides to "settle this quickly"': the object and the infinitive, quoted in part, are
    the speaker's appeal, a mixed quote rather than a bare fragment."""
    doc = cue.doc
    target = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    action = next(
        (c for c in cue.rights if c.dep_ == "xcomp" and c.i > (target.i if target else cue.i)), None
    )
    if (
        target is None
        or action is None
        or target.i in stretch_of
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in action.children)
    ):
        return None
    start, end = within_paragraph(doc, target.left_edge.i, action.right_edge.i + 1, cue.i)
    if not any(i in stretch_of for i in range(start, end)):
        return None
    return trim_punct(doc[start:end])


def uncued_stretches(
    cue: Token,
    subject: Token | None,
    stretch_of: dict[int, int],
    direct_cues: dict[int, tuple[Token, Token | None]],
    stretches: list[QuotedStretch],
) -> list[int]:
    """Quotes the cue introduces without a cue of their own: the nearest in its sentence ("..." he said;
    he said: "..."), both halves of a quote the cue interrupts ('"...," he said, "..."'), or the quote
    opening the next paragraph after a cue that ends its own with a colon. A quote an earlier cue took
    without finding its subject goes to a cue with one ("called on her to quit, accusing her of '...'")."""
    sentence = cue.sent
    claimed = {index for index, (_, who) in direct_cues.items() if who is not None or subject is None}
    best: dict[str, tuple[int, int]] = {}
    for i in range(sentence.start, sentence.end):
        stretch = stretch_of.get(i)
        if stretch is not None and stretch not in claimed:
            side = "before" if i < cue.i else "after"
            distance = abs(i - cue.i)
            if side not in best or distance < best[side][0]:
                best[side] = (distance, stretch)
    if not best:
        following = colon_quote(cue, stretches)
        return [following] if following is not None and following not in claimed else []
    nearest = min(best.values())
    found = [nearest[1]]
    if len(best) == 2:
        other = max(best.values())[1]
        gap = (stretches[best["before"][1]].end, stretches[best["after"][1]].start)
        if interrupts(cue, *gap):
            found.append(other)
    return found


def interrupts(cue: Token, gap_start: int, gap_end: int) -> bool:
    """True when only the cue's own phrase and punctuation lie between two quoted stretches
    (characters ``gap_start`` to ``gap_end``)."""
    for token in cue.sent:
        if not gap_start <= token.idx < gap_end or token.is_punct or token.is_space or token.i == cue.i:
            continue
        if cue not in token.ancestors or "\n" in token.text:
            return False
    return True


def colon_quote(cue: Token, stretches: list[QuotedStretch]) -> int | None:
    """ "Closing the debate, she told members:" and the quote opens the next paragraph."""
    doc = cue.doc
    last = cue.sent.end - 1
    while last > cue.i and doc[last].is_space:
        last -= 1
    after = doc[last].idx + 1
    if doc[last].text != ":" or last + 1 >= len(doc) or "\n" not in text_of(doc)[after : after + 3]:
        return None
    for index, stretch in enumerate(stretches):
        if stretch.start > after:
            between = text_of(doc)[after : stretch.start]
            return index if not between.strip(QUOTE_PUNCT + " \t\n") else None
    return None


def clause_content(clauses: list[Token], cue: Token, stretch_of: dict[int, int]) -> Span | None:
    """The reported clauses on one side of the cue, inside its sentence, without "that", edge punctuation,
    a trailing ", who ..." aside about someone named in it or the speaker's own next act ("... but
    urged ...")."""
    doc = cue.doc
    sentence = cue.sent
    after = [c for c in clauses if c.i > cue.i]
    side = after or clauses
    start = max(min(c.left_edge.i for c in side), sentence.start)
    end = min(max(c.right_edge.i for c in side) + 1, sentence.end)
    if start <= cue.i < end:
        start, end = (cue.i + 1, end) if after else (start, cue.i)
    subjectless = [c for c in side if not has_subject(c)]
    for child in cue.children:
        # "insisted the EU would ..." is often parsed with the clause's subject as the cue's object, or
        # as a second subject of the cue ("Jane Roe said the factories, which ..., needed").
        if (
            (child.dep_ == "dobj" or (child.dep_ in ("nsubj", "nsubjpass") and child.i > cue.i))
            and subjectless
            and min(c.left_edge.i for c in side) - child.right_edge.i - 1
            in (0, int(child.right_edge.i + 1 < len(doc) and doc[child.right_edge.i + 1].text == ","))
        ):
            start = min(start, child.left_edge.i)
    if subjectless:
        start = min(start, misread_relative_start(cue, min(c.left_edge.i for c in side)))
    end = before_conjoined_cue(doc, start, end)
    end = past_open_quote(end, cue, stretch_of)
    end = past_closing_mark(doc, end, cue)
    end = past_condition(doc, end, cue)
    start, end = within_paragraph(doc, start, end, cue.i)
    start, end = within_dashes(doc, start, end, cue.i)
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if closes_inner_quote(doc, start, end - 1, stretch_of):
            break
        end -= 1
    last_word = end
    while last_word > start and doc[last_word - 1].is_punct:
        last_word -= 1
    for token in doc[start:end]:
        aside = token.left_edge.i
        if (
            (
                (
                    token.dep_ == "relcl"
                    and doc[aside].lower_ in PERSON_RELATIVES
                    and token.head.pos_ == "PROPN"
                )
                or (token.dep_ == "advcl" and token.tag_ == "VBG" and is_cue(token))
            )
            and aside > start
            and doc[aside - 1].text == ","
            and token.right_edge.i + 1 >= last_word
        ):
            end = aside - 1
            break
    if end - start < 3:
        return None
    return doc[start:end]


def misread_relative_start(cue: Token, clause_start: int) -> int:
    """ "warned in a statement that rising costs would ...": the parser may read "that" as a relative
    pronoun on the statement and leave the reported clause without its subject; the subject follows
    "that". Returns where the clause then starts (``clause_start`` when nothing was misread)."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i:
            continue
        for noun in prep.children:
            for relative in noun.children:
                first = relative.left_edge
                if (
                    noun.dep_ == "pobj"
                    and relative.dep_ == "relcl"
                    and first.lower_ == "that"
                    and first.dep_ == "nsubj"
                    and relative.right_edge.i + 1 == clause_start
                ):
                    return first.i + 1
    return clause_start


def closes_inner_quote(doc: Doc, start: int, mark: int, stretch_of: dict[int, int]) -> bool:
    """True when ``mark`` closes a quotation opened after ``start``: a mixed quote keeps both its marks."""
    inner = stretch_of.get(mark - 1)
    return doc[mark].text in QUOTE_PUNCT and inner is not None and stretch_of.get(start) != inner


def before_conjoined_cue(doc: Doc, start: int, end: int) -> int:
    """End the clause before a cue conjoined to it that is the speaker's next act ("... and accused"), or
    before a subordinate clause with a cue and a subject of its own (", while the union insisted ...")."""
    for token in doc[start:end]:
        first = token.left_edge
        if (
            first.i > start
            and first.lower_ in CONTRAST_WORDS
            and doc[first.i - 1].text == ","
            and is_cue(token)
            and has_subject(token)
        ):
            return first.i
        if token.i > start and conjoined_reporter(token) is not None:
            conjunctions = [
                child.i for child in token.head.children if child.dep_ == "cc" and child.i < token.i
            ]
            return max(conjunctions) if conjunctions else token.i
    return end


def past_open_quote(end: int, cue: Token, stretch_of: dict[int, int]) -> int:
    """A clause the parser ends inside a quotation ('... the bill "in its current form"') runs on to
    the quotation's end: quote marks are never cut in half. One it ends on a quotation's opening mark
    ('... for the plan "even if the coalition does not"') runs on over that quotation."""
    doc = cue.doc
    stretch = stretch_of.get(end - 1)
    if stretch is None and end < cue.sent.end and doc[end - 1].text in QUOTE_PUNCT:
        stretch = stretch_of.get(end)
    if stretch is None:
        return end
    while end < cue.sent.end and stretch_of.get(end) == stretch:
        end += 1
    return end + 1 if end < cue.sent.end and doc[end].text in QUOTE_PUNCT else end


def past_closing_mark(doc: Doc, end: int, cue: Token) -> int:
    """A reported clause the parser ends at a quote's closing mark ('the plan was "a disaster" for
    families who ...') runs on to the end of its sentence (or paragraph) when the rest is only modifiers:
    no new subject, cue, quote or comma-separated clause; a subordinate clause ("... because it ...") may
    have a subject of its own."""
    sentence = cue.sent
    if end >= sentence.end or cue.i >= end:
        return end
    if doc[end - 1].text in QUOTE_PUNCT and doc[end - 1].is_punct:
        tail = end
    elif doc[end].text in QUOTE_PUNCT and doc[end].is_punct:
        tail = end + 1
    else:
        return end
    if tail >= sentence.end or doc[tail].is_punct:
        return end
    subordinate = doc[tail].dep_ == "mark" and doc[tail].lower_ in SUBORDINATORS
    if doc[tail].dep_ not in TAIL_DEPS and not subordinate:
        return end
    for token in doc[tail : sentence.end]:
        if "\n" in token.text:
            return token.i
        if (
            (token.dep_ in ("nsubj", "nsubjpass") and not subordinate)
            or token.dep_ == "cc"
            or token.text in QUOTE_PUNCT
            or token.text in (",", ";", ":")
            or is_cue(token)
        ):
            return end
    return sentence.end


def past_condition(doc: Doc, end: int, cue: Token) -> int:
    """A condition after the reported clause that the parser hung on the cue ("said it would pay,
    provided the state covered half") still belongs to the report: run on to the sentence's end."""
    sentence_end = cue.sent.end
    if end >= sentence_end or cue.i >= end:
        return end
    comma = end - 1 if doc[end - 1].text == "," else end
    if doc[comma].text != "," or comma + 1 >= sentence_end:
        return end
    word = doc[comma + 1]
    if word.lower_ not in CONDITION_WORDS or cue not in (word.head, word.head.head):
        return end
    if word.lower_ in ("so", "as") and not (comma + 2 < sentence_end and doc[comma + 2].lower_ == "long"):
        return end
    return sentence_end


def within_paragraph(doc: Doc, start: int, end: int, anchor: int) -> tuple[int, int]:
    """Clip [start, end) to the paragraph holding ``anchor``: a reported clause never crosses a line break."""
    for i in range(anchor - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(anchor, end):
        if "\n" in doc[i].text:
            end = i
            break
    return start, end


def within_dashes(doc: Doc, start: int, end: int, anchor: int) -> tuple[int, int]:
    """Clip [start, end) at the marks that end a report before the cue at ``anchor``: a semicolon, or a
    spaced dash after a dateline or other verbless lead-in ("PARIS, May 2 (Wire) - ..."); and after it at
    a spaced dash that another cue follows (list items run together: "... - the minister says ...")."""
    verbless = True
    for i in range(start, anchor):
        token = doc[i]
        if token.text == ";" or (is_spaced_dash(token) and verbless):
            start = i + 1
            verbless = True
        elif token.pos_ in ("VERB", "AUX"):
            verbless = False
    for i in range(anchor + 1, end):
        if is_spaced_dash(doc[i]) and any(is_cue(t) for t in doc[i + 1 : doc[i].sent.end]):
            return start, i
    return start, end


def is_spaced_dash(token: Token) -> bool:
    text = text_of(token.doc)
    return (
        token.text in ("-", "--", "\u2013", "\u2014")
        and token.idx > 0
        and text[token.idx - 1].isspace()
        and bool(token.whitespace_)
    )


def according_to_quotes(doc: Doc, stretch_of: dict[int, int], swallowed: set[int]) -> list[Candidate]:
    """ "According to X, ..." reports the rest of the sentence; the quoted stretches inside it are part
    of that report (added to ``swallowed``), which is then a mixed quote."""
    found = []
    for token in doc:
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        sources = [child for child in doc[token.i + 1].children if child.dep_ == "pobj"]
        if not sources or token.i in stretch_of or not is_speaking_source(sources[0]):
            continue
        source = sources[0]
        sentence = token.sent
        phrase_end = doc[token.i + 1].right_edge.i + 1
        name = apposed_name(doc, source, phrase_end)
        if name is not None:
            # "According to its president, Dr Jane Roe, ...": the name set off by commas is the source.
            source, phrase_end = name.root, name.end + 1
        # The report is whatever the "according to" phrase does not cover: after it, or before it.
        span = doc[phrase_end : sentence.end] if token.i == sentence.start else doc[sentence.start : token.i]
        trimmed = trim_punct(span)
        if trimmed is not None and len(trimmed) >= 3:
            inside = {stretch_of[i] for i in range(trimmed.start, trimmed.end) if i in stretch_of}
            swallowed.update(inside)
            kind = "mixed" if inside else "indirect"
            found.append(Candidate(trimmed.start_char, trimmed.end_char, kind, token, source))
    return found


def apposed_name(doc: Doc, source: Token, comma: int) -> Span | None:
    """The proper name between ``comma`` and the next comma when it stands in apposition to a common
    noun ("its president, Dr Jane Roe,"); the parser often makes it the subject of the report."""
    if source.pos_ != "NOUN" or comma >= len(doc) or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and end - comma <= 5 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end == comma + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    return doc[comma + 1 : end]


def is_speaking_source(source: Token) -> bool:
    """ "according to the ministry" reports a speaker; "according to official data", "according to
    satellite images" cite evidence nobody named said, and "according to our reporter" is the outlet's
    own account."""
    if any(child.dep_ == "poss" and child.lower_ == "our" for child in source.children):
        return False
    if source.lemma_.lower() not in EVIDENCE_NOUNS:
        return True
    return any(word.pos_ == "PROPN" for word in source.subtree)


def embedded_posts(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """An embedded social-media post: its text, then a line signing it ("— Jane Roe (@janeroe) May 2,
    2024"). The post is a direct quote of the signer."""
    found = []
    previous: tuple[int, int] | None = None
    for start, end in paragraphs(text_of(doc)):
        signature = POST_SIGNATURE.match(text_of(doc), start, end)
        if signature is not None and previous is not None:
            post_start, post_end = trimmed_bounds(text_of(doc), *previous)
            name = doc.char_span(signature.start("name"), signature.end("name"), alignment_mode="expand")
            overlaps = any(c.start < post_end and post_start < c.end for c in candidates)
            if name is not None and not overlaps and post_end > post_start:
                found.append(Candidate(post_start, post_end, "direct", None, name.root))
        previous = (start, end)
    return found


def trim_punct(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def direct_candidate(
    doc: Doc, stretches: list[QuotedStretch], index: int, cue: tuple[Token, Token | None] | None
) -> Candidate | None:
    stretch = stretches[index]
    start, end = trimmed_bounds(text_of(doc), stretch.start, stretch.end)
    words = len(text_of(doc)[start:end].split())
    if cue is not None and (words >= MIN_CUED_WORDS or is_short_sentence(text_of(doc), stretch)):
        return Candidate(start, end, "direct", cue[0], cue[1])
    introducer = introducing_subject(doc, stretch)
    if introducer is not None and words >= MIN_CUED_WORDS:
        return Candidate(start, end, "direct", None, introducer)
    if words >= MIN_CONTINUED_WORDS and continues_cued_quote(text_of(doc), stretches, index):
        return Candidate(start, end, "direct", None, None)
    if words < MIN_UNCUED_WORDS or is_headline(text_of(doc), stretch):
        return None
    return Candidate(start, end, "direct", None, None, inherits=opens_paragraph(text_of(doc), stretch))


def is_short_sentence(text: str, stretch: QuotedStretch) -> bool:
    """A short quote is a whole answer, not a fragment, when it opens with a capital and closes with its
    own full stop, question or exclamation mark: the mayor said: "Absolutely not." """
    inside = text[stretch.start : stretch.end].strip()
    return stretch.closed and len(inside) > 2 and inside[0].isupper() and inside[-1] in ".?!"


def introducing_subject(doc: Doc, stretch: QuotedStretch) -> Token | None:
    """ "She was firm:" right before a quote, in its paragraph or ending the one before: the sentence
    introduces the quote without a speech verb, and its subject is the speaker."""
    if stretch.continues_previous:
        return None
    before = text_of(doc)[: stretch.start].rstrip(QUOTE_PUNCT + " \t\n")
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    # The parser may hang the introducing clause under the quote's own verb ("He went on: "These orders
    # get signed ...""): climb from the word before the colon while the heads stay before it.
    top = colon[0].sent.root
    if colon.start > colon[0].sent.start:
        top = doc[colon.start - 1]
        while top.head.i < colon.start and top.head.i != top.i:
            top = top.head
    for verb in (top, colon[0].sent.root):
        subject = next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon.start), None
        )
        if subject is not None:
            return subject
    return None


def continues_cued_quote(text: str, stretches: list[QuotedStretch], index: int) -> bool:
    """'"The rules are clear," said Dr Roe. "They bind everyone."': a short whole sentence in quote marks
    right after a quote in the same paragraph goes on with it."""
    stretch = stretches[index]
    if index == 0 or stretches[index - 1].paragraph != stretch.paragraph or not stretch.closed:
        return False
    words = text[stretch.start : stretch.end].strip()
    return words[:1].isupper() and words.rstrip(QUOTE_PUNCT).endswith(tuple(SENTENCE_END))


def is_headline(text: str, stretch: QuotedStretch) -> bool:
    """A closed quote in the article's first line, or in a line that does not end like a sentence
    (headline, standfirst, caption): with no cue, it is display text, not a quotation."""
    if not stretch.closed:
        return False
    line_start = text.rfind("\n", 0, stretch.start) + 1
    line_end = text.find("\n", stretch.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip(QUOTE_PUNCT + " \t)]")
    if stretch.paragraph == 0 and text[line_end:].strip() and line_end >= 0:
        return True
    return not line.endswith(tuple(SENTENCE_END))


def opens_paragraph(text: str, stretch: QuotedStretch) -> bool:
    """True when the quote opens its paragraph: uncued, it goes on with the last speaker."""
    line_start = text.rfind("\n", 0, stretch.start) + 1
    return stretch.continues_previous or not text[line_start : stretch.start].strip(QUOTE_PUNCT + " \t")


def trimmed_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_PUNCT):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_PUNCT + ",;:"):
        end -= 1
    return start, end


def resolve_speakers(doc: Doc, entities: list[Entity], candidates: list[Candidate]) -> list[Quote]:
    """Speakers in reading order, so pronouns and uncued paragraphs can lean on what came before."""
    resolver = SpeakerResolver(doc, entities)
    paragraph_starts = [start for start, _ in paragraphs(text_of(doc))]
    quotes: list[Quote] = []
    for candidate in candidates:
        quote = Quote(
            text=text_of(doc)[candidate.start : candidate.end],
            kind=candidate.kind,  # type: ignore[arg-type]
            cue=candidate.cue.text if candidate.cue is not None else None,
            start=candidate.start,
            end=candidate.end,
        )
        if candidate.subject is not None:
            first = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
            # A company's own words name other bodies ("we work with WA Health"); a writer's paraphrase
            # may name the company itself ("Valtera will close the plant, the company said").
            own_words = (candidate.start, candidate.end) if candidate.kind == "direct" else (0, 0)
            entity = resolver.resolve(candidate.subject, first.start if first is not None else 0, own_words)
            quote.speaker_mention = mention_span(candidate.subject).text
            quote.speaker = entity.name if entity is not None else None
            if entity is not None:
                resolver.remember(candidate.subject, entity)
        elif quotes and candidate.cue is None:
            # Quotation continuity: an uncued quote goes on with the speaker just quoted in its paragraph,
            # or in the paragraph before when it opens its own.
            previous = quotes[-1]
            gap = bisect_right(paragraph_starts, quote.start) - bisect_right(paragraph_starts, previous.start)
            if gap == 0 or (gap == 1 and candidate.inherits):
                quote.speaker, quote.speaker_mention = previous.speaker, previous.speaker_mention
        if (
            candidate.subject is None
            and candidate.cue is None
            and candidate.inherits
            and quote.speaker is None
        ):
            introduced = introduced_speaker(resolver, paragraph_starts, quotes, quote)
            if introduced is not None:
                quote.speaker_mention, quote.speaker = introduced
        quotes.append(quote)
    return quotes


def introduced_speaker(
    resolver: SpeakerResolver, paragraph_starts: list[int], quotes: list[Quote], quote: Quote
) -> tuple[str, str] | None:
    """ "Team boss Jan Peeters read a statement to reporters." then a paragraph of quotation with no cue:
    the person or body the paragraph before (with no quote of its own) ended on as its subject speaks.
    (mention, canonical name) or None."""
    index = bisect_right(paragraph_starts, quote.start) - 1
    if index < 1:
        return None
    start, end = paragraph_starts[index - 1], paragraph_starts[index]
    if any(start <= q.start < end for q in quotes):
        return None
    sentences = [s for s in resolver.sentences if start <= s.start_char < end and not s.text.isspace()]
    if not sentences:
        return None
    root = sentences[-1].root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subject is None:
        return None
    entity = resolver.resolve(subject, root.i, (0, 0))
    if entity is None or entity.type not in ("PERSON", "ORG"):
        return None
    resolver.remember(subject, entity)
    return mention_span(subject).text, entity.name
