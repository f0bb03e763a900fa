"""Mentions of names the model left untagged, found from the grammar around them and from names seen
in full elsewhere in the article. ``taken`` holds the tokens already in a mention; each finder adds
its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from services.ner.gazetteer import DEMONYMS, AliasTable, word_set
from services.ner.mentions import (
    BODY_NOUNS,
    LEGAL_SUFFIXES,
    NAME_STOPWORDS,
    NOT_ACRONYMS,
    NOT_ENTITIES,
    PERSONAL_HONORIFICS,
    RawMention,
    hyphenated_end,
    is_described_body,
    is_speaking_short_name,
    strip_possessive,
)
from services.ner.titles import is_title_word, title_prefix_start
from services.ner.types import (
    INSTITUTION_NOUNS,
    NOT_PLACE_HEADS,
    NOT_PLACE_NAMES,
    ORG_DESCRIPTORS,
    ORG_NAME_HEADS,
    PERSON_ROLE_NOUNS,
    PLACE_NOUNS,
    PLACE_OF_NOUNS,
    PLACE_OFFICE_NOUNS,
    PLACE_PREPOSITIONS,
    fixed_type,
    is_national_agency,
    joins_a_place,
)

# Bodies named after the place they govern rather than a country: "the Hauts-de-France regional council".
LOCAL_BODY_NOUNS = frozenset({"council"})
# Posts an organisation has: "Plaid Cymru's finance spokesman", "Acme's chief executive".
OFFICE_NOUNS = word_set(
    """spokesman spokeswoman spokesperson leader chief director chairman chairwoman chairperson executive
    president official officials officer head secretary treasurer founder"""
)
MONTH_WORDS = word_set(
    """january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec"""
)
ACRONYM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "compound"})


# Words that open a paragraph in capitals but name no place: "BREAKING —", "UPDATE, 3pm".
NOT_DATELINE_WORDS = word_set(
    """breaking live update updated exclusive analysis opinion comment watch listen editorial correction
    warning new latest"""
)
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def dateline_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """ "CEBU CITY — ...", "MADRID/STUTTGART, Feb 6 ...": the places in capitals that open a paragraph,
    before a dash or before a comma and a date or an agency."""
    for token in doc:
        if not (token.i == 0 or doc[token.i - 1].is_space) or not is_dateline_word(token):
            continue
        places: list[tuple[int, int]] = []
        first = end = token.i
        while end < len(doc) and is_dateline_word(doc[end]) and end - first < 3:
            end += 1
            if (
                end < len(doc)
                and doc[end].text == "/"
                and end + 1 < len(doc)
                and is_dateline_word(doc[end + 1])
            ):
                places.append((first, end))
                first = end = end + 1
        places.append((first, end))
        if end >= len(doc) or not (doc[end].text in DATELINE_DASHES or opens_a_date(doc, end)):
            continue
        for start, stop in places:
            if any(i in taken for i in range(start, stop)):
                continue
            taken.update(range(start, stop))
            words = doc[start:stop]
            yield RawMention(
                words.text, fixed_type(words.text, "GPE"), words.start_char, words.end_char, None
            )


def is_dateline_word(token: Token) -> bool:
    return (
        token.is_upper
        and token.is_alpha
        and len(token) > 1
        and token.text not in NOT_ACRONYMS
        and token.lower_ not in NOT_DATELINE_WORDS
    )


def opens_a_date(doc: Doc, comma: int) -> bool:
    """A comma, then a month, a number or a bracketed agency: "LAGOS, June 3", "ACCRA, (Agency)"."""
    if doc[comma].text != "," or comma + 1 >= len(doc):
        return False
    after = doc[comma + 1]
    return after.like_num or after.ent_type_ == "DATE" or after.lower_.rstrip(".") in MONTH_WORDS


def shouted_name_mentions(doc: Doc, taken: set[int], surnames: set[str]) -> Iterator[RawMention]:
    """ "DECLAN MOONEY has launched ...": a tabloid's lead opens with the name in capitals; it is a
    person's when its last word is a surname the article uses elsewhere, and lowercase prose follows."""
    for token in doc:
        if not token.is_sent_start or not is_shouted_word(token, taken):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 3 and is_shouted_word(doc[end], taken):
            end += 1
        words = doc[token.i : end]
        if (
            len(words) < 2
            or end >= len(doc)
            or not doc[end].is_lower
            or words[-1].text.title() not in surnames
        ):
            continue
        taken.update(range(token.i, end))
        yield RawMention(words.text, "PERSON", words.start_char, words.end_char, None)


def is_shouted_word(token: Token, taken: set[int]) -> bool:
    return (
        token.is_upper and token.is_alpha and len(token) > 1 and token.i not in taken and not token.ent_type_
    )


def surname_mentions(doc: Doc, taken: set[int], surnames: set[str]) -> Iterator[RawMention]:
    """Surnames of people named in full elsewhere in the article that the model left untagged here."""
    for token in doc:
        end = hyphenated_end(doc, token.i)
        words = doc[token.i : end]
        if (
            words.text in surnames
            and not any(i in taken for i in range(token.i, end))
            and token.pos_ == "PROPN"
            and not (token.i > 0 and doc[token.i - 1].text == "-")
        ):
            taken.update(range(token.i, end))
            title_start = title_prefix_start(doc, token.i)
            titled = doc[title_start:end].text if title_start < token.i else None
            yield RawMention(words.text, "PERSON", words.start_char, words.end_char, None, titled)


def repeated_name_mentions(doc: Doc, taken: set[int], names: dict[str, str]) -> Iterator[RawMention]:
    """ "held at Euroclear ... Euroclear declined to comment": an organisation's or a person's name the
    model tagged once, written again where it left it untagged (``names``: text -> type)."""
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for name, label in names.items():
        words = name.split()
        if len(name) >= 4 and words[0][:1].isupper():
            by_first.setdefault(words[0], []).append((words, label))
    for token in doc:
        for words, label in by_first.get(token.text, ()):
            end = token.i + len(words)
            if (
                end <= len(doc)
                and [t.text for t in doc[token.i : end]] == words
                and not any(i in taken for i in range(token.i, end))
                and not (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN")
                and not (token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].pos_ == "PROPN")
            ):
                span = doc[token.i : end]
                taken.update(range(token.i, end))
                yield RawMention(span.text, label, span.start_char, span.end_char, None)
                break


# East Slavic patronymics: "Anatoliiovych", "Petrivna", "Sergeyevich", "Ivanovna".
PATRONYMIC = re.compile(
    r"[A-Z\u0400-\u042f][a-z\u0430-\u044f]+(?:ovych|evych|yovych|ovich|evich|ivna|ovna|evna|yivna)"
)


def patronymic_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """ "Serhii Anatoliiovych Lysenko": a given name, a patronymic and a family name make a person,
    wherever the model missed or cut them."""
    for token in doc[1:-1]:
        before, after = doc[token.i - 1], doc[token.i + 1]
        if (
            not PATRONYMIC.fullmatch(token.text)
            or not before.is_title
            or not after.is_title
            or any(i in taken for i in (before.i, token.i, after.i))
        ):
            continue
        end = hyphenated_end(doc, after.i)
        span = doc[before.i : end]
        taken.update(range(before.i, end))
        yield RawMention(span.text, "PERSON", span.start_char, span.end_char, None)


def institution_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """State bodies the model leaves untagged: "the Russian foreign ministry", "Iraq's military"."""
    for token in doc:
        if token.lower_ not in INSTITUTION_NOUNS or token.i in taken:
            continue
        country = None
        first = last = token.i
        for child in token.lefts:
            if child.lower_ in DEMONYMS and child.dep_ in ("amod", "compound", "nmod"):
                country = child.text.title()
                first = last = min(first, child.i)
            elif child.ent_type_ == "GPE" and child.dep_ == "poss":
                country = demonym_of(child.text)
                first = last = min(first, child.i)
        if country is None and token.lower_ in LOCAL_BODY_NOUNS:
            first, last = local_place(doc, token.i)
            country = doc[first : last + 1].text if first <= last else None
        if country is None:
            continue
        modifiers = [
            child.lower_
            for child in token.lefts
            if child.i > last and child.dep_ in ("amod", "compound") and child.is_lower and child.is_alpha
        ]
        surface = doc[first : token.i + 1]
        if token.is_title and all(t.is_title or t.is_punct for t in surface):
            # "Leeds City Council" is a proper name already: keep it as written, and let no other finder
            # take a piece of it ("City Council").
            name = strip_possessive(surface.text)
            taken.update(range(first, token.i + 1))
        else:
            name = " ".join([country, *modifiers, token.lower_])
        yield RawMention(
            name, "ORG", surface.start_char, surface.end_char, name, strip_possessive(surface.text)
        )


def local_place(doc: Doc, noun: int) -> tuple[int, int]:
    """First and last index of the place name before a body's noun and its lowercase modifiers:
    "Hauts-de-France" in "the Hauts-de-France regional council"; first > last when there is none."""
    last = noun - 1
    while last >= 0 and doc[last].is_lower and doc[last].dep_ in ("amod", "compound"):
        last -= 1
    first = last + 1
    while first > 0:
        token = doc[first - 1]
        hyphenated = token.is_lower and first > 1 and doc[first - 2].text == "-"
        if token.lower_ in ("the", "a", "an") or not (token.is_title or token.text == "-" or hyphenated):
            break
        first -= 1
    while first <= last and not doc[first].is_title:
        first += 1
    return first, last


def demonym_of(country: str) -> str | None:
    for demonym, name in DEMONYMS.items():
        if name.casefold() == country.casefold():
            return demonym.title()
    return None


def unlabelled_person_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """Two- or three-word proper names the model missed, when the grammar says they are people:
    the subject of a verb or a name followed by a role ("Ilya Rogachev, a director at ...")."""
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or not token.is_title or is_title_word(token):
            continue
        has_role = any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_ROLE_NOUNS for c in token.rights)
        if token.dep_ not in ("nsubj", "nsubjpass") and not has_role:
            continue
        first = token.i
        while (
            first > 0
            and doc[first - 1].dep_ == "compound"
            and doc[first - 1].pos_ == "PROPN"
            and doc[first - 1].is_title
            and doc[first - 1].i not in taken
            and not is_title_word(doc[first - 1])
        ):
            first -= 1
        words = doc[first : hyphenated_end(doc, token.i)]  # "Roselyne Adhiambo Okoth-Were"
        if not 2 <= token.i + 1 - first <= 3 or any(w.lower_ in NAME_STOPWORDS or w.ent_type_ for w in words):
            continue
        if (
            first > 0
            and doc[first - 1].is_title
            and not doc[first - 1].is_sent_start
            and not is_title_word(doc[first - 1])
        ):
            continue
        # A country or capital the model missed ("Cabo Verde held talks") is still a place.
        yield RawMention(words.text, fixed_type(words.text, "PERSON"), words.start_char, words.end_char, None)


def unlabelled_place_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """Proper names the model missed where the grammar says place: "doors in Pontypridd", "residents
    of Malo-les-Bains". The name runs over capitalised words and hyphenated pieces."""
    for token in doc:
        if token.lower_ in PLACE_NOUNS and token.is_lower:
            first, end = place_name_before(doc, token.i, taken), token.i
        elif opens_a_place(doc, token):
            first = plural_place_start(doc, token.i + 1)
            end = place_name_end(doc, first, taken)
        elif in_a_place_list(doc, token, taken):
            first = token.i
            end = place_name_end(doc, first, taken)
        else:
            continue
        if end <= first:
            continue
        words = doc[first:end]
        if (end < len(doc) and doc[end].tag_ == "POS") or len(words.text.split()) > 3:
            continue
        taken.update(range(first, end))
        yield RawMention(words.text, fixed_type(words.text, "GPE"), words.start_char, words.end_char, None)
        if token.lower_ in PLACE_PREPOSITIONS and end + 1 < len(doc) and doc[end].lower_ == "and":
            yield from unlabelled_place_mentions_from(doc, end + 1, taken)


def plural_place_start(doc: Doc, first: int) -> int:
    """ "in the Visayas", "across the Balkans": a plural name after "the" and a preposition of location
    is a place; other names after "the" ("in the Senate") are not taken for one."""
    name = first + 1
    if (
        first < len(doc)
        and doc[first].lower_ == "the"
        and name < len(doc)
        and doc[name].pos_ == "PROPN"
        and doc[name].text.endswith("s")
        and (name + 1 == len(doc) or not doc[name + 1].is_title)
    ):
        return name
    return first


def in_a_place_list(doc: Doc, token: Token, taken: set[int]) -> bool:
    """ "in Lagos, Abuja, Kano and Port Harcourt": an untagged name in a list of tagged places."""
    return (
        token.dep_ == "conj"
        and token.pos_ == "PROPN"
        and token.head.ent_type_ in ("GPE", "LOC")
        and is_untagged_name_word(token, taken)
        and (token.i == 0 or doc[token.i - 1].lower_ in (",", "and", "or"))
    )


def opens_a_place(doc: Doc, token: Token) -> bool:
    """ "in", "around", "residents of", or "and" after a place: words after which a name is a place."""
    if token.lower_ in PLACE_PREPOSITIONS:
        return token.head.lower_ not in NOT_PLACE_HEADS
    if token.lower_ == "of":
        return token.i > 0 and doc[token.i - 1].lower_ in PLACE_OF_NOUNS
    return joins_a_place(doc, token.i)


def unlabelled_place_mentions_from(doc: Doc, first: int, taken: set[int]) -> Iterator[RawMention]:
    """The second of two places joined by "and": "in Arfon and Dwyfor"."""
    end = place_name_end(doc, first, taken)
    if end == first or (end < len(doc) and doc[end].tag_ == "POS"):
        return
    words = doc[first:end]
    taken.update(range(first, end))
    yield RawMention(words.text, fixed_type(words.text, "GPE"), words.start_char, words.end_char, None)


def place_name_before(doc: Doc, noun: int, taken: set[int]) -> int:
    """Start of an untagged one-word name between "the" and a place noun ("the Vuollevárri plateau");
    ``noun`` when there is none."""
    first = noun - 1
    if first < 1 or doc[first - 1].lower_ != "the" or place_name_end(doc, first, taken) != noun:
        return noun
    return first


def place_name_end(doc: Doc, first: int, taken: set[int]) -> int:
    """End of an untagged proper name starting at ``first``: title-case words, and lowercase pieces
    joined by hyphens without spaces ("Malo-les-Bains"); ``first`` when there is no such name."""
    if first >= len(doc) or not is_untagged_name_word(doc[first], taken) or doc[first].pos_ != "PROPN":
        return first
    end = first + 1
    while end < len(doc):
        token = doc[end]
        glued = not doc[end - 1].whitespace_
        hyphen = glued and token.text == "-" and end + 1 < len(doc) and not token.whitespace_
        after_hyphen = glued and doc[end - 1].text == "-" and token.is_alpha and token.i not in taken
        if not (hyphen or after_hyphen or is_untagged_name_word(token, taken)):
            break
        end += 1
    return end if doc[end - 1].is_alpha else first


def is_untagged_name_word(token: Token, taken: set[int]) -> bool:
    lower = token.lower_
    return (
        token.is_title
        and token.is_alpha
        and token.i not in taken
        and not token.ent_type_
        and not token.is_sent_start
        and lower not in NAME_STOPWORDS
        and lower not in DEMONYMS
        and lower not in ORG_NAME_HEADS
        and lower not in INSTITUTION_NOUNS
        and lower not in NOT_ENTITIES
        and lower not in NOT_PLACE_NAMES
        and not is_title_word(token)
    )


def unlabelled_organisation_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """Untagged proper names that own an office: "Plaid Cymru's finance spokesman said"."""
    for token in doc:
        if (
            token.dep_ != "poss"
            or token.pos_ != "PROPN"
            or token.head.lemma_.lower() not in OFFICE_NOUNS
            or token.i + 1 >= len(doc)
            or doc[token.i + 1].tag_ != "POS"
        ):
            continue
        first = token.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == token.i:
            first -= 1
        words = doc[first : token.i + 1]
        if not all(w.is_title and w.is_alpha and not w.ent_type_ and w.i not in taken for w in words):
            continue
        if any(w.lower_ in NAME_STOPWORDS or is_title_word(w) for w in words):
            continue
        if len(words) == 1 and words[0].is_sent_start:
            continue
        taken.update(range(first, token.i + 1))
        yield RawMention(words.text, fixed_type(words.text, "ORG"), words.start_char, words.end_char, None)


def described_organisation_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """Untagged capitalised names that a noun for a body describes: "the charity Save Our Glens said"."""
    for token in doc:
        if token.i + 1 >= len(doc) or not token.is_lower or token.lower_ not in BODY_NOUNS:
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end - token.i <= 4
            and doc[end].is_title
            and doc[end].is_alpha
            and not doc[end].ent_type_
            and end not in taken
            and not is_title_word(doc[end])
            and doc[end].lower_ not in NAME_STOPWORDS
        ):
            end += 1
        if end == token.i + 1 or doc[end - 1].pos_ != "PROPN" or not is_described_body(doc, token.i + 1, end):
            continue
        words = doc[token.i + 1 : end]
        taken.update(range(words.start, words.end))
        yield RawMention(words.text, "ORG", words.start_char, words.end_char, None)


def short_organisation_mentions(doc: Doc, taken: set[int], organisations: list[str]) -> Iterator[RawMention]:
    """ "Brevant Imaging Systems" ... "Brevant said": the untagged first word of one organisation's name,
    speaking, is that organisation's short name."""
    for token in doc:
        if (
            token.i not in taken
            and token.pos_ == "PROPN"
            and token.is_title
            and not token.ent_type_
            and token.lower_ not in DEMONYMS
            and is_speaking_short_name(token, organisations)
        ):
            taken.add(token.i)
            yield RawMention(token.text, "ORG", token.idx, token.idx + len(token), None)


def is_camel_case(word: str) -> bool:
    """ "StreamArena", "PayPal": a capitalised word with a capital inside."""
    inner_capital = any(ch.isupper() for ch in word[1:])
    return word.isalpha() and word[:1].isupper() and inner_capital and not word.isupper()


def headed_organisation_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """Untagged capitalised names ending in an organisation's noun: "Coral Islands Forum leaders met"."""
    for token in doc:
        if (
            token.lower_ not in ORG_NAME_HEADS
            or not (token.is_title or (token.is_upper and token.lower_ in LEGAL_SUFFIXES))
            or token.i in taken
            or (token.ent_type_ and token.lower_ not in LEGAL_SUFFIXES)
            or token.is_sent_start
        ):
            continue
        first = token.i
        while (
            first > 0
            and (doc[first - 1].is_title or is_camel_case(doc[first - 1].text))
            and doc[first - 1].pos_ == "PROPN"
            and doc[first - 1].i not in taken
            and not doc[first - 1].ent_type_
            and doc[first - 1].lower_ not in NAME_STOPWORDS
            and not is_title_word(doc[first - 1])
            and token.i - first < 3
        ):
            first -= 1
            if doc[first].is_sent_start:
                break
        if first == token.i:
            continue
        # "Mineral Resources Minister Jane Doe": a portfolio in front of a title names no organisation.
        if token.i + 1 < len(doc) and doc[token.i + 1].text in ("Minister", "Secretary"):
            continue
        words = doc[first : token.i + 1]
        taken.update(range(first, token.i + 1))
        yield RawMention(words.text, "ORG", words.start_char, words.end_char, None)


def acronym_mentions(
    doc: Doc, taken: set[int], table: AliasTable, initials: frozenset[str] = frozenset()
) -> Iterator[RawMention]:
    """Short all-caps names the model leaves untagged ("Analysts at ING said", "HSBC cut rates") when
    the grammar uses them as a noun phrase, outside all-caps headlines; the ``initials`` of an
    organisation the article names in full also as a modifier ("an IMF spokesperson")."""
    for token in doc:
        text = token.text
        if (
            token.i in taken
            or not 2 <= len(text) <= 5
            or not text.isalpha()
            or not text.isupper()
            or text in NOT_ACRONYMS
            or is_title_word(token)
            or token.pos_ not in ("PROPN", "NOUN")
            or token.dep_ not in ACRONYM_DEPS
            or token.ent_type_
            or table.lookup(text) is not None
        ):
            continue
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
        if any(n.is_upper and len(n) > 1 for n in neighbours):
            continue
        # "the ACWU union": a compound is a name before a proper noun or a noun for an organisation.
        if (
            token.dep_ == "compound"
            and token.head.pos_ != "PROPN"
            and token.head.lemma_ not in ORG_DESCRIPTORS
            and text not in initials
        ):
            continue
        taken.add(token.i)
        yield RawMention(text, "ORG", token.idx, token.idx + len(text), None)


# Small words inside a spelled-out name that its acronym skips: "Chamber of Commerce and Industry" (LCCI).
ACRONYM_SKIPPED = word_set("of and for the on in de del des du la le der für & ,")
MAX_EXPANSION_TOKENS = 12
# Heads an acronym may leave out: "Ministry of ... (IPC)", "Department for ... (DfT)".
BODY_HEADS = word_set("ministry department office bureau agency directorate secretariat council commission")


def spelled_out_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """ "the Lagos Chamber of Commerce and Industry (LCCI)", "the Ministry of Economy, Trade and Industry
    (METI)": the capitalised words before a bracketed acronym whose initials spell it are one
    organisation's name, however the model cut them."""
    for token in doc[1:-2]:
        acronym = doc[token.i + 1]
        if not (
            token.text == "("
            and doc[token.i + 2].text == ")"
            and acronym.text.isupper()
            and acronym.text.isalpha()
            and 2 <= len(acronym.text) <= 6
        ):
            continue
        start = spelled_start(doc, token.i, acronym.text)
        if start is None or any(i in taken for i in range(start, token.i)):
            continue
        if start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_ in BODY_HEADS:
            start -= 2  # "the Ministry of Inter Provincial Coordination (IPC)": the acronym skips its head
        words = doc[start : token.i]
        if words[0].ent_type_ == "PERSON" and words[0].ent_iob_ == "B" and len(acronym.text) <= 3:
            continue
        taken.update(range(start, token.i))
        yield RawMention(words.text, "ORG", words.start_char, words.end_char, None)


def spelled_start(doc: Doc, end: int, acronym: str) -> int | None:
    """Index of the first word of the run ending before ``doc[end]`` whose capitalised words' initials are
    ``acronym`` (two words at least), or None."""
    initials = ""
    for i in range(end - 1, max(end - 1 - MAX_EXPANSION_TOKENS, -1), -1):
        word = doc[i]
        if (word.lower_ in ACRONYM_SKIPPED and word.is_lower) or word.text in (",", "&"):
            continue
        if not word.is_title or not word.is_alpha:
            return None
        initials = word.text[0] + initials
        if not acronym.upper().endswith(initials.upper()):
            return None
        if initials.upper() == acronym.upper():
            return i if end - i >= 2 else None
    return None


def national_agency_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """A field's name right before a country the model tagged alone ("Fisheries New Zealand said") is one
    public body's name."""
    for ent in doc.ents:
        before = ent.start - 1
        if (
            ent.label_ != "GPE"
            or before < 0
            or before in taken
            or any(i in taken for i in range(ent.start, ent.end))
            or not doc[before].is_title
            or not is_national_agency(doc[before : ent.end].text.split())
        ):
            continue
        words = doc[before : ent.end]
        taken.update(range(before, ent.end))
        yield RawMention(words.text, "ORG", words.start_char, words.end_char, None)


# Party labels written before an office like a place: "Republican governor Jane Roe" names no place.
PARTY_ADJECTIVES = word_set(
    """republican democratic democrat labour conservative liberal green tory socialist independent
    opposition nationalist progressive"""
)


def office_place_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """ "São Paulo mayor Ricardo Nunes", "Lagos governor Jane Roe": untagged capitalised words before a
    lowercase office of a place, with a name after it, are that place."""
    for token in doc[1:-1]:
        if token.lower_ not in PLACE_OFFICE_NOUNS or not token.is_lower or not doc[token.i + 1].is_title:
            continue
        first = token.i
        while (
            first > 0
            and token.i - first < 3
            and doc[first - 1].pos_ == "PROPN"
            and (is_untagged_name_word(doc[first - 1], taken) or opens_with_name(doc[first - 1], taken))
            and not is_title_word(doc[first - 1])
        ):
            first -= 1
        words = doc[first : token.i]
        if not words or words.text.casefold() in PARTY_ADJECTIVES or words.text in DEMONYMS:
            continue
        taken.update(range(first, token.i))
        yield RawMention(words.text, fixed_type(words.text, "GPE"), words.start_char, words.end_char, None)


def opens_with_name(token: Token, taken: set[int]) -> bool:
    """A sentence's first word that is a proper name of its own: "São" in "São Paulo mayor ..."."""
    return (
        bool(token.is_sent_start)
        and token.is_title
        and token.is_alpha
        and token.i not in taken
        and not token.ent_type_
        and token.lower_ not in NAME_STOPWORDS
        and token.lower_ not in DEMONYMS
    )


def honorific_mentions(doc: Doc, taken: set[int]) -> Iterator[RawMention]:
    """ "Mr Obi, who finished third, told supporters": a capitalised name after a personal honorific
    that the model left untagged is a person."""
    for token in doc[:-1]:
        if token.lower_ not in PERSONAL_HONORIFICS or not token.is_title or token.i in taken:
            continue
        first = end = token.i + 1 + (doc[token.i + 1].text == ".")
        while (
            end < len(doc)
            and end - first < 3
            and doc[end].is_title
            and doc[end].pos_ == "PROPN"
            and doc[end].i not in taken
            and not doc[end].ent_type_
            and doc[end].lower_ not in NAME_STOPWORDS
        ):
            end = hyphenated_end(doc, end)  # "Dame Philippa Rowe-Lanyon"
        if end == first:
            continue
        words, titled = doc[first:end], doc[token.i : end].text
        taken.update(range(token.i, end))
        yield RawMention(words.text, "PERSON", words.start_char, words.end_char, None, titled)
