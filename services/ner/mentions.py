"""Mentions from the model's entities: names joined or split, cut free of titles and possessives,
typed, and the ones no reader counts as entities dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from services.ner.gazetteer import (
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    AliasTable,
    female_names,
    given_names,
    is_given_name,
    male_names,
    plain,
    word_set,
)
from services.ner.titles import (
    OFFICE_TITLES,
    has_office_title,
    is_honorific,
    is_title_word,
    title_prefix_start,
)
from services.ner.types import (
    INSTITUTION_NOUNS,
    LANGUAGES_AND_FESTIVALS,
    LEGISLATOR_ACRONYMS,
    ORG_FIRST_WORDS,
    ORG_NAME_HEADS,
    PERSON_ROLE_NOUNS,
    context_type,
    fixed_type,
    is_given_and_family_name,
    is_place_context,
)

KEPT_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# Directions and other capitalised words the model tags as places but no reader counts as an entity.
NOT_ENTITIES = word_set("west east north south western eastern northern southern comments comment god")
# "/" is furniture ("Reuters/AP") except between the letters of a parent link ("a/p", "s/o").
FURNITURE_CHARS = re.compile(r"[\n|@©]|(?<! [asd])/|/(?![plo] )|https?:|www\.")
# Descriptions that open a sentence in front of a name, capitalised only by their place there:
# "Sprinter Jane Doe", "Challenger John Roe".
LEADING_ROLE_NOUNS = PERSON_ROLE_NOUNS | word_set(
    """sprinter runner athlete striker midfielder defender goalkeeper boxer golfer cyclist swimmer skier
    player star champion veteran rookie challenger incumbent rival nominee actor actress singer rapper
    musician artist novelist poet filmmaker comedian presenter broadcaster journalist reporter
    columnist photographer chef entrepreneur billionaire businessman businesswoman banker investor
    farmer teacher nurse surgeon physician pilot driver soldier survivor victim suspect defendant
    witness resident student protester lawyer attorney academic historian architect designer
    inventor diplomat politician hopeful frontrunner"""
)
# All-caps words that are not organisations: units, currencies, time zones, jargon, shouting.
NOT_ACRONYMS = word_set(
    """CEO CFO COO CTO GDP GNP TV AM PM OK BST GMT UTC EST EDT CET PST ET AI CCTV DNA HIV AIDS VAT IPO
    PhD MP MPS MEP QC USD EUR GBP JPY CNY RUB BBC OMG LOL FAQ PDF PR HR IT ID IQ RIP SOS VIP NB PS UFO
    MLA MLAS MSP
    JST KST IST WAT EAT CAT SAST AEST AEDT ACST AWST NZST NZDT HKT SGT PHT WIB MSK CEST EET EEST WET PDT
    CDT CST MDT MST HST AKST
    COVID SARS MERS ICU GP ER CV FY Q1 Q2 Q3 Q4 PPE ATM SUV LGBT LGBTQ II III IV VI VII VIII IX XI XII
    LNG LPG CNG
    A I AND THE OF TO IN ON FOR BY NOT NO YES WAR"""
)
# Last words of competitions, events, prizes and publications, which news writing does not count as
# organisations: "the Southern Cup", "the Harbour Festival", "the Valley Gazette".
EVENT_HEADS = word_set(
    "league cup championship championships games festival gazette prize award awards tournament"
)
STORM_WORDS = word_set("typhoon cyclone hurricane storm tropical")
# Describing words a sentence may open with before a name: "Rival Gochiso Inc. said ...".
LEADING_DESCRIPTIONS = word_set(
    """rival fellow embattled beleaguered troubled struggling ailing cash-strapped loss-making scandal-hit
    debt-laden"""
)
# Nouns after which a capitalised name is a product, a rite or a season: "the Zorvex vaccine", "the
# Lanta pilgrimage", "the Kavali holidays".
DESCRIBED_NOUNS = word_set("brand brands vaccine vaccines pilgrimage holiday holidays festival festivities")
# Verbs whose subject speaks: a place named as their subject is an organisation's short name.
SPEECH_VERBS = word_set("say tell announce state insist argue claim deny warn add confirm respond")
# Nouns for a body that stand right before its name: "the campaign group Save Our Glens".
BODY_NOUNS = word_set(
    """collective group charity coalition movement network alliance association organisation organization
    union party foundation trust cooperative co-operative lobby federation society"""
)
# Honorifics that stand only before a person's own name, given names first.
PERSONAL_HONORIFICS = word_set("mr mr. mrs mrs. ms ms. miss dr dr. sir dame")
# Legal forms that end a company's name.
LEGAL_SUFFIXES = word_set("llc ltd inc plc corp gmbh ag nv bv sa spa srl pty lp llp")
# Words after which a name is a legal text, not an organisation ("the Clean Air Act").
LAW_HEADS = word_set("act bill treaty accord directive amendment regulation regulations statute")
# Photo credits, bylines and page furniture that the model takes for names.
FURNITURE_WORDS = word_set(
    """photograph photographs photo photos image images picture pictures video videos illustration
    graphic graphics share save listen"""
)
# Portfolio titles: "Labour Minister Jane Doe", "Cabinet Secretary for Finance" name no organisation.
PORTFOLIO_TITLES = frozenset({"Minister", "Secretary"})
# Prepositions that continue an organisation's name ("Court of Arbitration for Sport") and the
# small words inside one ("Committee on the Elimination of Racial Discrimination").
CUT_WORDS = frozenset({"for", "on", "of"})
NAME_JOINERS = frozenset({"of", "and", "for", "on", "the"})
# Lowercase words inside a name: "San Remigio del Sur", "Ferreira da Silva".
NAME_PARTICLES = word_set("de del della da do dos das di du la le van von der den y sa ten ter")
# Generational suffixes: "Rogelio Banzon Jr.".
NAME_SUFFIXES = word_set("jr jr. sr sr. ii iii iv")
# Letters of a barrister written after the name ("Jane Roe SC"), and all letters of rank or honour.
COUNSEL_LETTERS = frozenset({"SC", "BL", "QC", "KC"})
POST_NOMINALS = COUNSEL_LETTERS | {"OBE", "CBE", "MBE", "KBE", "DBE", "FRS"}
OPENING_QUOTES = frozenset({'"', "'", "\u201c", "\u2018", "\u00ab"})
CLOSING_QUOTES = frozenset({'"', "'", "\u201d", "\u2019", "\u00bb"})
NAME_STOPWORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december"""
)


@dataclass(frozen=True)
class RawMention:
    """One cleaned occurrence: ``text`` without title or possessive, ``titled`` with the title kept."""

    text: str
    label: str
    start: int
    end: int
    canonical: str | None
    titled: str | None = None


def tagged_mentions(doc: Doc, table: AliasTable, taken: set[int]) -> Iterator[RawMention]:
    """The model's entities of the kept types as cleaned mentions; their tokens are added to ``taken``."""
    for whole in joined_aliases(joined_names(doc.ents), table):
        if whole.label_ not in KEPT_TYPES or FURNITURE_CHARS.search(whole.text) or whole.text.islower():
            continue
        if (
            is_credit(doc, whole)
            or is_law_span(whole)
            or opens_a_title(whole)
            or any(i in taken for i in range(whole.start, whole.end))
        ):
            continue
        for ent in coordinated_places(whole, table):
            mention = clean_span(ent, table)
            if mention is not None and not in_shouting_context(ent, table):
                taken.update(range(ent.start, ent.end))
                yield mention


def opens_a_title(ent: Span) -> bool:
    """ "Senior Principal State Attorney Jane Roe" with "Principal State" tagged as a person: words before
    a title and the name it belongs to are the first words of that title."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end].is_title and is_title_word(doc[end]):
        end += 1
    return ent.label_ == "PERSON" and end > ent.end and end < len(doc) and doc[end].ent_type_ == "PERSON"


def joined_names(ents: Iterable[Span]) -> Iterator[Span]:
    """The model's entities with the pieces of one name it cut apart put back together: a quoted
    nickname (Maria "Malou" Dizon), a particle ("San Remigio del Sur"), the rest of a compound name
    ("Marcelo Tavares Lima"), a name opening with a capitalised preposition ("Reporters Without
    Borders"). Entities inside a joined name are dropped."""
    end = 0
    for ent in ents:
        if ent.start < end:
            continue
        if len(ent) >= 2 and ent[-1].text in POST_NOMINALS and ent[-2].is_title:
            # "Ronan Tuohy SC", "Aoife Dennehy BL": letters of rank after a name are no part of it.
            ent = Span(ent.doc, ent.start, ent.end - 1, label="PERSON")
        if ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT") and is_given_and_family_name(ent.text.split()):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")  # "Leanne Pask" taken for a product
        joined = (
            with_nickname(ent)
            or with_particle(ent)
            or with_compound_rest(ent)
            or with_leading_noun(ent)
            or with_leading_compounds(ent)
            or with_legal_suffix_owner(ent)
            or with_given_name(ent)
            or with_leading_given_names(ent)
            or with_national_body(ent)
            or with_describing_noun(ent)
            or with_plural_owner(ent)
            or with_surname_after(ent)
            or with_portfolio_rest(ent)
            or with_opening_given_name(ent)
            or with_mission_place(ent)
            or with_parent_link(ent)
            or with_compound_head(ent)
            or with_name_after_initials(ent)
        )
        if joined is not None and joined.start < end:
            joined = None
        ent = joined or ent
        ent = with_hyphenated_rest(ent) or ent
        end = ent.end
        yield ent


# Bodies whose name lists their portfolios: "Ministry of Social Affairs and Housing".
PORTFOLIO_BODIES = word_set("ministry department office directorate secretariat commission committee")


def with_portfolio_rest(ent: Span) -> Span | None:
    """ "the Ministry of Industry and Mineral Resources", tagged up to "Industry": the portfolios joined
    by "and" or a comma after a ministry's "of" phrase are the rest of its name."""
    doc = ent.doc
    if ent.label_ != "ORG" or not any(t.lower_ in PORTFOLIO_BODIES for t in ent[:2]):
        return None
    if not any(t.lower_ in ("of", "for") for t in ent):
        return None
    end = ent.end
    while end + 1 < len(doc) and doc[end].lower_ in ("and", ",", "&") and doc[end + 1].is_title:
        rest = end + 1
        while rest < len(doc) and doc[rest].is_title and doc[rest].pos_ in ("PROPN", "NOUN", "ADJ"):
            rest += 1
        if doc[rest - 1].ent_type_ in ("PERSON", "GPE") and doc[rest - 1].ent_iob_ != "":
            break
        end = rest
    return Span(doc, ent.start, end, label="ORG") if end > ent.end else None


# Words glued to a name by a hyphen that make an adjective of it: "Meiktila-based", "Putin-era".
COMPOUND_SUFFIXES = word_set(
    "based led owned backed run born era style linked funded controlled made type like"
)


# A family name with an elided particle: "Dell'Orto", "D'Alessandro", "O'Brien".
ELIDED_NAME = re.compile(r"[A-Z][a-z]{0,3}['\u2019][A-Z][\w-]+")


def with_hyphenated_rest(ent: Span) -> Span | None:
    """ "Choi Yoon-seok" tagged as "Choi Yoon", "Jean-Marc Bouvier-Desrosiers" as "Jean-Marc Bouvier": the
    hyphen and the word glued to the end of a person's name are the rest of it."""
    doc = ent.doc
    end = ent.end
    if (
        ent.label_ == "PERSON"
        and end < len(doc)
        and not doc[end].ent_type_
        and ELIDED_NAME.fullmatch(doc[end].text)
    ):
        # "Maria Chiara Dell'Orto" tagged as "Maria Chiara"
        return Span(doc, ent.start, end + 1, label="PERSON")
    if (
        ent.label_ == "PERSON"
        and end + 2 < len(doc)
        and doc[end].is_title
        and doc[end].pos_ == "PROPN"
        and not doc[end].ent_type_
        and is_hyphen_joined(doc, end + 2)
        and doc[end + 2].is_title
    ):
        end += 1  # "Maria Consuelo Reyes-Villanueva" tagged as "Maria Consuelo"
    while (
        end + 1 < len(doc)
        and is_hyphen_joined(doc, end + 1)
        and doc[end + 1].is_alpha
        and doc[end + 1].lower_ not in COMPOUND_SUFFIXES
        and (doc[end + 1].is_title or doc[end + 1].tag_ not in ("VBN", "VBD", "VBG"))
        and (not doc[end + 1].ent_type_ or doc[end + 1].ent_type_ == ent.label_)
    ):
        end += 2
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end and ent.label_ == "PERSON" else None


def inside_end(doc: Doc, index: int) -> int:
    """Past the rest of the model's entity that goes on at ``doc[index]`` (its "inside" tokens)."""
    while index < len(doc) and doc[index].ent_iob_ == "I":
        index += 1
    return index


INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")


def with_name_after_initials(ent: Span) -> Span | None:
    """ "H.M. Sunethra Herath Bandara" tagged as "H.M." and "Herath Bandara": initials tagged alone, a
    given name or two and the name after them are one person."""
    doc = ent.doc
    if ent.label_ != "PERSON" or not all(INITIALS.fullmatch(t.text) for t in ent):
        return None
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    if end >= len(doc) or doc[end].ent_type_ != "PERSON" or doc[end].ent_iob_ != "B":
        return None
    return Span(doc, ent.start, inside_end(doc, end + 1), label="PERSON")


def with_compound_head(ent: Span) -> Span | None:
    """ "the University of New South Wales" tagged up to "South": an organisation's name whose last word
    the parser hangs on the untagged capitalised word after it goes on to that word."""
    doc = ent.doc
    end = ent.end
    if (
        ent.label_ != "ORG"
        or end >= len(doc)
        or ent[-1].dep_ != "compound"
        or ent[-1].head.i != end
        or not doc[end].is_title
        or doc[end].pos_ != "PROPN"
        or doc[end].ent_type_
        or is_title_word(ent[-1])
        or ent[-1].text in LEGISLATOR_ACRONYMS
        or is_known_given_name(doc[end])
    ):
        return None  # "Liberal Democrat MSP" + "Catriona": a title, then the person's name
    return Span(doc, ent.start, end + 1, label="ORG")


# Words linking a person's name to a parent's: "Che Rohani binti Che Mat", "Kalaivani a/p Subramaniam".
PARENT_LINKS = word_set("bin binti bte ibni")
SLASHED_PARENT_LINKS = frozenset({("a", "p"), ("a", "l"), ("s", "o"), ("d", "o")})


def with_parent_link(ent: Span) -> Span | None:
    """ "Che Rohani binti Che Mat" tagged as two people: a person's name, a word for "son/daughter of"
    and the parent's name are one name."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "PERSON" or end >= len(doc):
        return None
    if doc[end].lower_ in PARENT_LINKS:
        end += 1
    elif (
        end + 2 < len(doc)
        and doc[end + 1].text == "/"
        and (doc[end].lower_, doc[end + 2].lower_) in SLASHED_PARENT_LINKS
    ):
        end += 3
    else:
        return None
    start_of_parent = end
    while end < len(doc) and end - start_of_parent < 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return Span(doc, ent.start, end, label="PERSON") if end > start_of_parent else None


# An international body's offices named by the country they serve: "United Nations Mission in South Sudan".
MISSION_NOUNS = word_set("mission office delegation representation force operation")
INTERNATIONAL_BODY_WORDS = word_set("united un european eu african au osce nato world international")


def with_mission_place(ent: Span) -> Span | None:
    """ "the United Nations Mission in South Sudan", tagged up to "Mission": an international body's
    mission or office and the country after "in" are one name."""
    doc = ent.doc
    end = ent.end
    if (
        ent.label_ != "ORG"
        or len(ent) < 2
        or ent[int(ent[0].lower_ == "the")].lower_ not in INTERNATIONAL_BODY_WORDS
        or doc[end - 1].lower_ not in MISSION_NOUNS
        or end + 1 >= len(doc)
        or doc[end].lower_ not in ("in", "to", "for")
        or doc[end + 1].ent_type_ != "GPE"
        or doc[end + 1].ent_iob_ != "B"
    ):
        return None
    return Span(doc, ent.start, inside_end(doc, end + 2), label="ORG")


def with_opening_given_name(ent: Span) -> Span | None:
    """ "Bikash Chandra Mondal, who owns a kiln," tagged as "Chandra Mondal": an untagged capitalised word
    opening the sentence right before a person's name of two words is the given name left out."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 2 or ent.start == 0 or ent.ent_id_:
        return None
    given = doc[ent.start - 1]
    if (
        not given.is_sent_start
        or given.pos_ != "PROPN"
        or given.ent_type_
        or not is_name_word(given)
        or is_title_word(given)
        or given.lower_ in DEMONYMS
    ):
        return None
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


def with_surname_after(ent: Span) -> Span | None:
    """ "Marta Ruiz runs a bakery", tagged as the place "Marta": a common given name the model took for
    something else, followed by an untagged capitalised word, is a person's name."""
    doc = ent.doc
    end = ent.end
    if (
        len(ent) != 1
        or ent.label_ == "PERSON"
        or ent.text.casefold() not in given_names()
        or ent.text.casefold() in COUNTRIES
        or end >= len(doc)
        or doc[end].ent_type_
        or doc[end].pos_ != "PROPN"
        or not is_name_word(doc[end])
        or is_title_word(doc[end])
    ):
        return None
    return Span(doc, ent.start, end + 1, label="PERSON")


def with_plural_owner(ent: Span) -> Span | None:
    """ "Indigenous Peoples' Alliance of the Archipelago", "Workers' Party of Korea": capitalised plural
    words with a bare apostrophe and the name after them are one organisation's name, however the model
    cut it."""
    doc = ent.doc
    end = ent.end
    if end + 1 < len(doc) and doc[end - 1].text in ("'", "\u2019") and is_people_plural(doc[end - 2]):
        # the model's span ends with the owner: take the name that follows
        if not doc[end].is_title:
            return None
        while end < len(doc) and doc[end].is_title and (doc[end].ent_iob_ != "B" or end == ent.end):
            end += 1
        end = inside_end(doc, end)
        if not any(t.lower_ in ORG_NAME_HEADS for t in doc[ent.end : end]):
            return None  # "Daesan Heavy Industries' Okpo yard": an owner and a place it owns
        return Span(doc, ent.start, end, label="ORG")
    start = ent.start
    if (
        start >= 2
        and doc[start - 1].text in ("'", "\u2019")
        and doc[start - 2].is_title
        and is_people_plural(doc[start - 2])
        and not doc[start - 2].ent_type_
        and any(t.lower_ in ORG_NAME_HEADS for t in ent)
    ):
        start -= 2
        while (
            start > 0 and doc[start - 1].is_title and not doc[start - 1].ent_type_ and start > ent.start - 5
        ):
            start -= 1
        return Span(doc, start, ent.end, label="ORG")
    return None


def is_people_plural(token: Token) -> bool:
    """ "Peoples", "Workers", "Growers": a plural that is no organisation's own noun ("Industries")."""
    return token.lower_.endswith("s") and token.lower_ not in ORG_NAME_HEADS


def is_name_word(token: Token) -> bool:
    return (
        token.is_title
        and token.is_alpha
        and token.lower_ not in NAME_STOPWORDS
        and token.lower_ not in ORG_NAME_HEADS
        and token.lower_ not in INSTITUTION_NOUNS
        and not is_title_word(token)
    )


def with_nickname(ent: Span) -> Span | None:
    """ "Maria Lourdes "Malou" Dizon", "Rogelio 'Jun' Banzon Jr.": a first name, a nickname of one or
    two words in quotes, and a surname are one person."""
    doc = ent.doc
    i = ent.end
    if (
        ent.label_ == "PERSON"
        and len(ent) >= 3
        and ent[-1].text in CLOSING_QUOTES
        and ent[-3].text in OPENING_QUOTES
        and ent.start < ent.end - 3
    ):
        # 'Thomas "Tuck"' tagged with the nickname's marks: the surname follows the closing one.
        i = ent.end - 3
    elif ent.label_ not in ("PERSON", "ORG") or not all(t.is_title for t in ent) or i >= len(doc):
        return None
    if doc[i].text not in OPENING_QUOTES and doc[i].text not in CLOSING_QUOTES:
        return None
    close = i + 1
    while close < len(doc) and close - i <= 2 and doc[close].is_title and doc[close].is_alpha:
        close += 1
    if close == i + 1 or close >= len(doc) or doc[close].text not in CLOSING_QUOTES:
        return None
    end = close + 1
    while (
        end < len(doc) and end - close <= 3 and (is_name_word(doc[end]) or doc[end].lower_ in NAME_SUFFIXES)
    ):
        end = hyphenated_end(doc, end)  # 'Ramon "Bong" Alcaraz-Tiongson'
    if end == close + 1 or not is_name_word(doc[close + 1]):
        return None
    return Span(doc, ent.start, end, label="PERSON")


def with_particle(ent: Span) -> Span | None:
    """ "San Remigio del Sur", "Jorge de la Vega": a lowercase particle and a capitalised word after
    a name continue it."""
    doc = ent.doc
    end = ent.end
    while end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower:
        end += 1
    if end == ent.end or end >= len(doc) or not is_name_word(doc[end]):
        return None
    # "Maria Eduarda dos Santos Bittencourt": after a person's particle, a name tagged apart is still hers.
    continues_person = ent.label_ == "PERSON" and doc[end].ent_iob_ == "B"
    # "Procura di Ravenna", "Banco de Chile": a foreign body's first word, then the place it serves.
    body = ent[0].lower_ in ORG_FIRST_WORDS and ent[0].is_title
    if doc[end].ent_type_ not in ("", ent.label_) and not (continues_person or body):
        return None
    end += 1  # the first word after the particle may open a tagged name of its own ("sa Samar")
    while end < len(doc) and is_name_word(doc[end]) and (not doc[end].ent_type_ or doc[end].ent_iob_ == "I"):
        end += 1
    if doc[end - 1].lower_ in NAME_PARTICLES:
        return None
    return Span(doc, ent.start, end, label="ORG" if body else ent.label_)


def with_compound_rest(ent: Span) -> Span | None:
    """ "Marcelo Tavares Lima": a person's name whose last words the model left untagged or took for a
    place, when the parser reads them all as one compound proper noun."""
    doc = ent.doc
    last = ent[-1]
    if ent.label_ != "PERSON" or last.dep_ != "compound" or not ent.end <= last.head.i <= ent.end + 2:
        return None
    head = last.head
    words = doc[ent.end : head.i + 1]
    if any(t.pos_ != "PROPN" or not is_name_word(t) or t.lower_ in DEMONYMS for t in words):
        return None
    if any(t.dep_ != "compound" or t.head.i != head.i for t in words[:-1]):
        return None
    if any(t.ent_type_ and t.ent_type_ != "GPE" for t in words) or len(ent) + len(words) > 5:
        return None
    # A place the model took the surname for must be that one word alone.
    longer_place = head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I"
    if head.ent_type_ and (head.ent_iob_ != "B" or longer_place):
        return None
    return Span(doc, ent.start, head.i + 1, label="PERSON")


def with_leading_noun(ent: Span) -> Span | None:
    """ "Reporters Without Borders": a name cannot open with a capitalised preposition; the word before
    it belongs to the name, which is an organisation's."""
    doc = ent.doc
    first = ent[0]
    if first.pos_ != "ADP" or not first.is_title or first.is_sent_start or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if not is_name_word(before) or before.ent_type_ or before.lower_ in ("the", "a", "an"):
        return None
    return Span(doc, ent.start - 1, ent.end, label="ORG")


def with_leading_compounds(ent: Span) -> Span | None:
    """ "the Nigeria Labour Congress" tagged as "Congress": untagged capitalised words before an
    organisation's name that the parser attaches to it are part of it."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.ent_id_:
        return None
    start = ent.start
    while (
        start > 0
        and ent.start - start < 3
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and ent.start <= doc[start - 1].head.i < ent.end
        and not doc[start - 1].ent_type_
        and is_name_word(doc[start - 1])
    ):
        start -= 1
    return Span(doc, start, ent.end, label="ORG") if start < ent.start else None


def with_given_name(ent: Span) -> Span | None:
    """ "Dr Anwarul Haque Bhuiyan" tagged as "Haque Bhuiyan": an untagged capitalised word between a
    personal honorific and a person's name is the given name the model left out."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.ent_id_ or len(ent) > 3 or ent.start < 2:
        return None
    given, honorific = doc[ent.start - 1], doc[ent.start - 2]
    # "Anadolu Kuzey's chairman, Mehmet Ali Karataş," tagged as "Ali Karataş": the same word after the
    # comma that opens an apposition.
    opens_apposition = honorific.text == "," and ent.end < len(doc) and doc[ent.end].text == ","
    if (
        (honorific.lower_ not in PERSONAL_HONORIFICS and not opens_apposition)
        or not is_name_word(given)
        or given.ent_type_
        or is_title_word(given)
        or is_title_word(ent[0])  # "Greens MLA Jane Roe": a party before a title, not a given name
        or given.pos_ != "PROPN"
    ):
        return None
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


def is_known_given_name(token: Token) -> bool:
    """ "Aoife", "Patrick": a word the gazetteer lists as a given name."""
    return is_given_name(token.text)


def with_leading_given_names(ent: Span) -> Span | None:
    """ "Rodrigo Esquivel Landa" tagged as "Landa", "MSP Catriona Shand" with "Shand" taken for a place:
    untagged capitalised words the parser attaches to a one-word name as compounds are the given names
    the model left out, when the name is a person's or a title stands before them."""
    doc = ent.doc
    if len(ent) != 1 or ent.ent_id_ or ent.label_ not in ("PERSON", "GPE", "ORG"):
        return None
    start = ent.start
    while (
        start > 0
        and ent.start - start < 2
        and doc[start - 1].pos_ == "PROPN"
        and (
            (doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == ent.start)
            or (ent.label_ == "PERSON" and is_known_given_name(doc[start - 1]))
        )
        and not doc[start - 1].ent_type_
        and is_name_word(doc[start - 1])
        and doc[start - 1].lower_ not in DEMONYMS
    ):
        start -= 1
    if start == ent.start:
        return None
    titled = start > 0 and is_title_word(doc[start - 1])
    if ent.label_ != "PERSON" and not titled:
        return None
    return Span(doc, start, ent.end, label="PERSON")


def with_national_body(ent: Span) -> Span | None:
    """ "the Scottish Rural Schools Network" tagged as "Scottish": a nationality opening untagged
    capitalised words that end in an organisation's noun is the first word of that organisation's name."""
    doc = ent.doc
    if ent.label_ != "NORP" or len(ent) != 1 or ent[0].lower_ not in DEMONYMS:
        return None
    end = ent.end
    while (
        end < len(doc)
        and end - ent.end < 4
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].is_alpha
        and not doc[end].ent_type_
        and not is_title_word(doc[end])
    ):
        end += 1
    heads = [i for i in range(ent.end, end) if doc[i].lower_ in ORG_NAME_HEADS]
    if not heads or not ent.start < ent[0].head.i <= heads[-1]:
        return None
    return Span(doc, ent.start, heads[-1] + 1, label="ORG")


def with_describing_noun(ent: Span) -> Span | None:
    """ "the citizens' collective Agua Para Todos León" with "León" tagged alone: untagged capitalised
    words before a name that a noun for a body describes are the rest of that body's name."""
    doc = ent.doc
    if ent.ent_id_ or ent.label_ not in KEPT_TYPES:
        return None
    start = untagged_words_start(doc, ent.start, 4, titles_end=True)
    # A name the model tagged whole needs only its type: "the collective Vecinos Por Tula" is no person.
    if (start == ent.start and ent.label_ == "ORG") or not is_described_body(doc, start, ent.end):
        return None
    return Span(doc, start, ent.end, label="ORG")


def is_described_body(doc: Doc, start: int, end: int) -> bool:
    """Whether the words before ``doc[start:end]`` are a noun for a body describing that name: "the
    campaign group Save Our Glens", "the citizens' collective Agua Para Todos"."""
    if start == 0:
        return False
    noun = doc[start - 1]
    inside = range(start, end)
    return (
        noun.is_lower
        and noun.lower_ in BODY_NOUNS
        and all(token.head.i in inside or token.head.i == noun.i for token in doc[start : end - 1])
        and (noun.head.i in inside or any(token.head.i == noun.i for token in doc[start:end]))
    )


def with_legal_suffix_owner(ent: Span) -> Span | None:
    """ "Harbourline Freight Partners LLC" tagged as "LLC": a company's legal suffix alone belongs to
    the untagged capitalised words before it."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_.rstrip(".") not in LEGAL_SUFFIXES or ent.ent_id_:
        return None
    start = untagged_words_start(doc, ent.start, 5, sentence_ends=True)
    return Span(doc, start, ent.end, label="ORG") if start < ent.start else None


def untagged_words_start(
    doc: Doc, end: int, limit: int, *, titles_end: bool = False, sentence_ends: bool = False
) -> int:
    """Start of the run of at most ``limit`` untagged capitalised words right before ``doc[end]``; a
    title word ends the run if ``titles_end``, a sentence's first word is its last if ``sentence_ends``."""
    start = end
    while start > 0 and end - start < limit:
        word = doc[start - 1]
        if not (word.is_title and word.is_alpha) or word.ent_type_ or word.lower_ in NAME_STOPWORDS:
            break
        if titles_end and is_title_word(word):
            break
        start -= 1
        if sentence_ends and word.is_sent_start:
            break
    return start


def joined_aliases(ents: Iterable[Span], table: AliasTable) -> Iterator[Span]:
    """An entity and the capitalised word or entity touching it before that together are a known name
    are one: the model tags "Democrat" alone, but "Liberal Democrat" is a party, not the US Democrats."""
    pending: Span | None = None
    for ent in ents:
        doc = ent.doc
        if pending is not None and ent.start == pending.end and not ent.ent_id_:
            entry = table.lookup(doc[pending.start : ent.end].text)
            if entry is not None:
                pending = Span(doc, pending.start, ent.end, label=entry.type)
                continue
            # The model and the ruler cut one name in two: "the Election" + "Commission of Ruritania".
            # Or a person's given names and surnames: "Joana Beatriz" + "Ribeiro Mendes".
            # A title after a name is no part of it: "Liberal Democrat" + "MSP" Jane Roe.
            if (
                ent.label_ == pending.label_
                and ent.label_ in ("ORG", "PERSON")
                and not pending.ent_id_
                and not pending[-1].is_punct
                and not (len(ent) == 1 and is_title_word(ent[0]))
            ):
                pending = Span(doc, pending.start, ent.end, label="ORG")
                continue
        if pending is not None:
            yield pending
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            before is not None
            and before.is_title
            and not before.ent_type_
            and before.lower_ not in ("the", "a", "an")
            and not ent.ent_id_
        ):
            entry = table.lookup(doc[before.i : ent.end].text)
            ent = Span(doc, before.i, ent.end, label=entry.type) if entry is not None else ent
        pending = with_organisation_head(ent)
    if pending is not None:
        yield pending


def with_organisation_head(ent: Span) -> Span:
    """ "Coral Islands Forum": a name followed by an untagged capitalised organisation noun that the
    model left out is that organisation's name."""
    doc = ent.doc
    end = ent.end
    while (
        end < len(doc)
        and doc[end].is_title
        and not doc[end].ent_type_
        and not doc[end].is_sent_start
        and doc[end].lower_ in ORG_NAME_HEADS
    ):
        end += 1
    if end == ent.end or ent.ent_id_ or ent.label_ not in KEPT_TYPES:
        return ent
    return Span(doc, ent.start, end, label="ORG")


def coordinated_places(ent: Span, table: AliasTable) -> list[Span]:
    """ "bus routes in Powys and Ceredigion": two places joined by "and" that the model tagged as one
    name are two entities, unless the whole is a known name ("Trinidad and Tobago") or an
    organisation's ("Land and Environment Court")."""
    doc = ent.doc
    if ent.label_ in ("GPE", "LOC") and not ent.ent_id_ and any(t.text == "," for t in ent):
        return listed_places(ent)
    joins = [t.i for t in ent if t.lower_ == "and"]
    if ent.label_ not in ("ORG", "GPE", "LOC") or ent.ent_id_ or len(joins) != 1:
        return [ent]
    join = joins[0]
    left, right = doc[ent.start : join], doc[join + 1 : ent.end]
    if not left or not right or any(t.pos_ != "PROPN" or not t.is_title for t in (*left, *right)):
        return [ent]
    text = ent.text.casefold()
    if table.lookup(ent.text) is not None or text in COUNTRIES or text in CAPITALS:
        return [ent]
    if any(t.lower_ in ORG_NAME_HEADS or t.lower_ in INSTITUTION_NOUNS for t in (*left, *right)):
        return [ent]
    known = all(
        part.text.casefold() in COUNTRIES or part.text.casefold() in CAPITALS for part in (left, right)
    )
    if not (ent.label_ != "ORG" or known or is_place_context(ent)):
        return [ent]
    label = "GPE" if ent.label_ == "ORG" else ent.label_
    return [Span(doc, left.start, left.end, label=label), Span(doc, right.start, right.end, label=label)]


def listed_places(ent: Span) -> list[Span]:
    """ "Abuja, Zaria and": places in a list that the model tagged as one are one entity each."""
    doc = ent.doc
    parts: list[Span] = []
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or doc[i].text == "," or doc[i].lower_ in ("and", "or"):
            if start < i:
                parts.append(Span(doc, start, i, label=ent.label_))
            start = i + 1
    if not parts or any(not t.is_title for part in parts for t in part):
        return [ent]
    return parts


def is_credit(doc: Doc, ent: Span) -> bool:
    """A photo credit or agency line: "AGENCY/Jane Doe", "Jane Doe/Agency"."""
    # The characters touching the name, read from its neighbour tokens (rebuilding doc.text for every
    # name made long articles quadratic).
    previous = doc[ent.start - 1] if ent.start > 0 else None
    following = doc[ent.end] if ent.end < len(doc) else None
    before = previous.text[-1] if previous is not None and not previous.whitespace_ else ""
    after = following.text[0] if following is not None and not doc[ent.end - 1].whitespace_ else ""
    return "/" in (before, after)


def in_shouting_context(ent: Span, table: AliasTable) -> bool:
    """A case-sensitive alias ("IS") inside an all-caps headline is an ordinary word."""
    if not ent.ent_id_ or not ent.text.isupper() or len(ent.text) > 3:
        return False
    doc = ent.doc
    neighbours = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc) and doc[i].is_alpha]
    return any(token.is_upper and len(token) > 1 and table.lookup(token.text) is None for token in neighbours)


def clean_span(ent: Span, table: AliasTable) -> RawMention | None:
    """Strip determiners, titles and possessives; fix the type from the gazetteer and the context."""
    doc = ent.doc
    start, end = ent.start, name_end(doc, ent)
    keeps_s = ends_in_name_s(ent)
    while end > start and (
        (doc[end - 1].tag_ == "POS" and not keeps_s)
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in CUT_WORDS
    ):
        end -= 1
    end = without_trailing_common_words(doc, start, end, ent)
    label = ent.label_
    if end < ent.end and label == "ORG" and end - start <= 1 + (doc[start].lower_ == "the"):
        return None
    end = without_score(doc, start, end)
    if (
        label == "PERSON"
        and after_the(doc, start)
        and not is_title_word(doc[start + (doc[start].lower_ == "the")])
    ):
        label = "ORG"
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    inner_title = legislator_title_inside(doc, start, end)
    if inner_title is not None:
        # "Bloc MP Marie-Ève Gagnon" tagged whole: the party and the title before the name are no part of it.
        start, label = inner_title + 1, "PERSON"
    if label == "PERSON" and end - start >= 3 and ends_a_portfolio_list(doc, start):
        start += 1  # "Minister for Labour and Employment Jane Roe" tagged as "Employment Jane Roe"
    if end - start >= 2 and doc[start].is_sent_start and doc[start].lower_ in LEADING_DESCRIPTIONS:
        start += 1  # "Rival Gochiso Inc. said": a describing word opening the sentence is no part of it
    if start < end and is_portfolio(doc, start, end, label):
        return None
    if ent.end < len(doc) and doc[ent.end].lower_ in DESCRIBED_NOUNS and not ent.ent_id_:
        return None
    if is_named_with_year(doc, start, end) and not ent.ent_id_:
        return None
    title_start = title_prefix_start(doc, start)
    if has_leading_role(doc, start, end):
        title_start, start, label = start, start + 1, "PERSON"
    while start < end - 1 and is_title_word(doc[start]) and (label == "PERSON" or is_honorific(doc[start])):
        title_start = min(title_start, start)
        start += 1
    if start >= end or is_bare_title(doc, start, end):
        return None
    span = doc[start:end]
    text = span.text if keeps_s else strip_possessive(span.text)
    canonical = ent.ent_id_ or None
    entry = table.lookup(text)
    if entry is not None:
        canonical, label = entry.name, entry.type
    elif (
        title_start < start
        and label in ("ORG", "NORP", "GPE", "LOC", "FAC")
        and has_office_title(doc[title_start:start])
    ):
        label = "PERSON"
    elif label in ("GPE", "ORG") and text.casefold() in DEMONYMS:
        label = "NORP"
    else:
        label = fixed_type(text, label)
        if text.casefold() not in COUNTRIES and text.casefold() not in CAPITALS:
            label = context_type(doc[start:end], label)
    titled = (
        doc[title_start:end].text
        if title_start < start and has_office_title(doc[title_start:start])
        else None
    )
    return RawMention(
        text,
        label,
        span.start_char,
        span.start_char + len(text),
        canonical,
        strip_possessive(titled) if titled else None,
    )


def ends_in_name_s(ent: Span) -> bool:
    """ "Moody's said", "Sainsbury's has warned": an "'s" that no noun follows, on the subject of the verb
    right after it, ends the name itself rather than making it a possessive."""
    doc = ent.doc
    last = doc[ent.end - 1]
    if ent.label_ != "ORG" or last.tag_ != "POS" or ent.end - ent.start < 2 or ent.end >= len(doc):
        return False
    verb = doc[ent.end]
    name = last.head
    return verb.pos_ in ("VERB", "AUX") and name.dep_ in ("nsubj", "nsubjpass") and name.head.i == verb.i


def is_named_with_year(doc: Doc, start: int, end: int) -> bool:
    """ "Natura 2000 sites", "Vision 2030": a programme named with its year, neither an organisation nor a
    place (a country's "Kenya 2022 election" is still the country)."""
    if end - start != 1 or end >= len(doc) or doc[start].lower_ in COUNTRIES or doc[start].lower_ in CAPITALS:
        return False
    year = doc[end]
    return year.is_digit and len(year) == 4 and 1900 <= int(year.text) <= 2100


def is_bare_title(doc: Doc, start: int, end: int) -> bool:
    """ "Atty. Jane Roe": a title the model tagged alone, before the name it belongs to; "the Health
    Minister says", "Liberal MLC": a title with its portfolio or party, and no name."""
    after = end + (end < len(doc) and doc[end].text == ".")
    if all(is_title_word(t) for t in doc[start:end]) and after < len(doc) and doc[after].is_title:
        return True  # "Atty. Jane Roe", "Rear Admiral Jane Roe": the title tagged apart from the name
    if end - start == 1 and doc[start].lower_ in OFFICES_NAMED_ALONE:
        return True  # "the Taoiseach": an office with no name
    return end - start >= 2 and doc[end - 1].lower_ in OFFICE_TITLES and not doc[end - 1].is_lower


# Offices called by their own name, never a person's or a body's: "the Taoiseach said".
OFFICES_NAMED_ALONE = word_set("taoiseach tánaiste tanaiste")


def without_trailing_common_words(doc: Doc, start: int, end: int, ent: Span) -> int:
    """End of the name without the lowercase words the model ran on into ("Pacific nations", "Arctic
    affairs"); an organisation's own noun ("the Chinese embassy") stays."""
    if ent.ent_id_:
        return end
    while (
        end - start > 1
        and not is_hyphen_joined(doc, end - 1)
        and doc[end - 1].is_lower
        and doc[end - 1].is_alpha
        and doc[end - 1].lower_ not in ORG_NAME_HEADS
        and doc[end - 1].lower_ not in INSTITUTION_NOUNS
        and doc[end - 1].lower_ not in NAME_JOINERS
    ):
        end -= 1
    while end - start > 1 and (doc[end - 1].lower_ in NAME_JOINERS or doc[end - 1].is_punct):
        end -= 1
    return end


def without_score(doc: Doc, start: int, end: int) -> int:
    """End of the name without a match score the model ran on into ("Chelsea 2-1")."""
    score = SCORE.search(doc[start:end].text)
    if score is not None:
        while end - start > 1 and doc[end - 1].idx >= doc[start].idx + score.start():
            end -= 1
    return end


SCORE = re.compile(r"\s\d{1,2}\s?[-\u2013]\s?\d{1,2}$")


def is_hyphen_joined(doc: Doc, index: int) -> bool:
    """ "Soo-jin", "Seung-hoon": a word joined by a hyphen, with no space, to the one before is part of
    it, lowercase or not."""
    return (
        index >= 2
        and doc[index - 1].text == "-"
        and not doc[index - 2].whitespace_
        and not doc[index - 1].whitespace_
    )


def hyphenated_end(doc: Doc, start: int) -> int:
    """End of the hyphen-joined name starting at ``doc[start]`` ("Galvez-Ocampo" is three tokens)."""
    end = start + 1
    while end + 1 < len(doc) and is_hyphen_joined(doc, end + 1) and doc[end + 1].is_title:
        end += 2
    return end


def after_the(doc: Doc, start: int) -> bool:
    """ "told the Chronicle": English writes no article before a person's name."""
    return doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the")


def has_leading_role(doc: Doc, start: int, end: int) -> bool:
    """ "Sprinter Jane Doe told ...": a description opening the sentence, then a two- or three-word
    name; the model takes the capitalised description for part of the name."""
    first = doc[start]
    return (
        3 <= end - start <= 4
        and bool(first.is_sent_start)
        and first.is_title
        and first.lower_ in LEADING_ROLE_NOUNS
        and all(t.is_title for t in doc[start + 1 : end])
        and doc[end - 1].lower_ not in ORG_NAME_HEADS
    )


def name_end(doc: Doc, ent: Span) -> int:
    """End of the name: cut at an opening bracket ("Dunkirk (Dunkerque"), and carried over a cut-off
    prepositional tail of an organisation ("Court of Arbitration" + "for Sport")."""
    for i in range(ent.start + 1, ent.end):
        if doc[i].text == "(":
            return i
        if doc[i].is_lower and doc[i].tag_ in ("VBD", "VBZ", "VBP") and doc[i].lower_ not in NAME_PARTICLES:
            return i  # "Mathieu-Olivier Gendron told RNQ" tagged as one name
        # "a picture of Doe on Instagram": a preposition ends the name unless an organisation's noun
        # comes before it ("Committee on Fisheries").
        if doc[i].lower_ in ("on", "in", "at") and not any(
            t.lower_ in ORG_NAME_HEADS or t.lower_ in INSTITUTION_NOUNS for t in doc[ent.start : i]
        ):
            return i
    end = ent.end
    last = doc[end - 1]
    if ent.label_ != "ORG" or not (last.lower_ in CUT_WORDS or any(t.lower_ in ORG_NAME_HEADS for t in ent)):
        return end
    tail = end - 1 if last.lower_ in CUT_WORDS else end
    if tail >= len(doc) or doc[tail].lower_ not in CUT_WORDS:
        return end
    i = tail + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    extended = end
    while (
        i < len(doc) and doc[i].is_title and not doc[i].is_sent_start and doc[i].lower_ not in NAME_STOPWORDS
    ):
        i += 1
        extended = i
        if i + 1 < len(doc) and doc[i].lower_ in NAME_JOINERS and doc[i + 1].is_title:
            i += 1
    return max(extended, end)


def legislator_title_inside(doc: Doc, start: int, end: int) -> int | None:
    """Index of a legislator's title ("MP", "MEP", "MLA") among the first words of a span with a
    two-word name or longer after it, or None."""
    for i in range(start + 1, min(start + 3, end - 2)):
        if doc[i].text in LEGISLATOR_ACRONYMS and doc[i + 1].is_title:
            return i
        if doc[i].is_title and doc[i].lower_ in OFFICE_TITLES and doc[i + 1].is_title and doc[i + 2].is_title:
            return i  # "Geelong Mayor Trent Holloway" tagged whole: the place is the office's, not his
        if doc[i].text == "," and is_known_given_name(doc[i + 1]) and doc[i + 2].is_title:
            return i  # "Member for Lara, Ella Papadakis" tagged as "Lara, Ella Papadakis"
    return None


def ends_a_portfolio_list(doc: Doc, start: int) -> bool:
    """Whether ``doc[start]`` is the last portfolio of a title's list: "Minister for Labour and
    Employment", "Secretary of State for Health, Housing"."""
    if start < 4 or doc[start - 1].lower_ not in ("and", "&", ","):
        return False
    window = doc[max(0, start - 7) : start - 1]
    return any(
        token.text in PORTFOLIO_TITLES and token.i + 1 < start and doc[token.i + 1].lower_ in ("for", "of")
        for token in window
    )


def portfolio_title_start(doc: Doc, start: int) -> int:
    """Where a title with portfolios right before ``doc[start]`` begins: "State Minister for Labour and
    Employment" Jane Doe; ``start`` when there is none."""
    i = start - 1
    while i > start - 7 and i > 1 and (doc[i].is_title or doc[i].lower_ in ("and", "&", ",")):
        i -= 1
    if doc[i].lower_ not in ("for", "of") or i == start - 1 or doc[i - 1].text not in PORTFOLIO_TITLES:
        return start
    return min(title_prefix_start(doc, i), i - 1)


def is_portfolio(doc: Doc, start: int, end: int, label: str) -> bool:
    """A one-word "organisation" that is the portfolio of a title: "Labour Minister Jane Doe",
    "the Cabinet Secretary for Finance"."""
    if label != "ORG" or doc[start].is_upper:
        return False
    # "Lands Cabinet Secretary Jane Doe": every word but an organisation's noun belongs to the title.
    if (
        end < len(doc)
        and doc[end].text in PORTFOLIO_TITLES
        and end - start <= 2
        and doc[end - 1].lower_ not in ORG_NAME_HEADS
    ):
        return True
    if end - start != 1:
        return False
    return start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].text in PORTFOLIO_TITLES


def strip_possessive(text: str) -> str:
    return re.sub(r"['\u2019]s?$", "", text).strip()


def is_garbage(text: str) -> bool:
    if not text or not any(ch.isupper() for ch in text) or not any(ch.isalpha() for ch in text):
        return True
    if text.casefold() in NOT_ENTITIES or text.casefold() in FURNITURE_WORDS or is_law_name(text):
        return True
    if text.casefold() in LANGUAGES_AND_FESTIVALS:
        return True
    words = text.split()
    if len(words) >= 2 and words[-1].istitle() and words[-1].casefold() in EVENT_HEADS:
        return True
    if len(words) >= 2 and words[0].casefold() in STORM_WORDS:
        return True  # "Typhoon Marilag", "Cyclone Gabrielle": weather, not a party to the news
    if len(text) > 80:
        return True
    return len(text.split()) > 10


def is_law_name(text: str) -> bool:
    """ "the Clean Air Act", "the Land (Amendment) Act" name a law, not an organisation or a person."""
    words = text.split()
    return len(words) >= 2 and words[-1].istitle() and words[-1].casefold() in LAW_HEADS


def is_law_span(ent: Span) -> bool:
    """ "the Land (Amendment) Act": a law the model took for an organisation, cut at the bracket."""
    doc = ent.doc
    if ent.label_ != "ORG" or not any(t.text == "(" for t in ent):
        return False
    close = next((i for i in range(ent.start, min(ent.end + 3, len(doc))) if doc[i].text == ")"), None)
    return close is not None and close + 1 < len(doc) and is_law_name(f"{ent[0].text} {doc[close + 1].text}")


def without_common_words(doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
    """Drop one-word "names" the article itself writes as ordinary words: "Labour" beside "a labour
    dispute", "OLYMPIC" in a shouted lead beside an untagged "Olympic", "AI" the technology."""
    lowercase = {t.text for t in doc if t.is_lower}
    untagged = {t.text for t in doc if t.is_title and t.ent_type_ not in KEPT_TYPES}
    kept = []
    for m in mentions:
        word = m.text
        common = not m.canonical and " " not in word and m.label in ("ORG", "PERSON", "GPE", "NORP")
        if common and (
            word.lower() in lowercase
            or (word.isupper() and (word in NOT_ACRONYMS or word.title() in untagged))
        ):
            continue
        kept.append(m)
    return kept


def speaking_short_names(doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
    """ "Solenne Health Systems" ... "Solenne said": a one-word name the model took for a place is the
    short name of the organisation it begins when it speaks; a country or capital speaks for itself."""
    organisations = [m.text for m in mentions if m.label == "ORG" and len(m.text.split()) >= 2]
    speaking: set[str] = set()
    for m in mentions:
        if m.label not in ("GPE", "LOC") or m.canonical or " " in m.text:
            continue
        if m.text.casefold() in COUNTRIES or m.text.casefold() in CAPITALS:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and is_speaking_short_name(span[0], organisations):
            speaking.add(m.text)
    return [
        replace(m, label="ORG") if m.text in speaking and m.label in ("GPE", "LOC") else m for m in mentions
    ]


def is_speaking_short_name(token: Token, organisations: Iterable[str]) -> bool:
    """Whether ``token``, a one-word name, is the subject of a speech verb and the first word of exactly
    one of the multi-word ``organisations``."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.head.lemma_.lower() in SPEECH_VERBS
        and not any(child.dep_ == "compound" for child in token.lefts)
        and sum(name.startswith(token.text + " ") for name in organisations) == 1
    )


def named_parties(doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
    """ "Sheinbaum's Morena party" ... "accused Morena of": a name the article once writes before
    "party" is the party's, an organisation, wherever it stands alone."""
    parties = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        after = span.end if span is not None else len(doc)
        if after < len(doc) and doc[after].text == "party":
            parties.add(m.text)
    return [
        replace(m, label="ORG")
        if m.text in parties and m.label in ("GPE", "LOC", "NORP") and not m.canonical
        else m
        for m in mentions
    ]


def people_by_surname(mentions: list[RawMention]) -> list[RawMention]:
    """A two- or three-word name the model called an organisation or place is a person when its last
    word is used alone as a person elsewhere ("Elle Labba" ... "Labba said")."""
    surnames = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    return [
        replace(m, label="PERSON")
        if m.label in ("ORG", "GPE", "LOC", "FAC")
        and not m.canonical
        and 2 <= len(m.text.split()) <= 3
        and " of " not in m.text  # "Port of Rotterdam" names no person
        and m.text.split()[-1] in surnames
        and m.text.split()[-1].casefold() not in ORG_NAME_HEADS
        and m.text.split()[0].casefold() not in ORG_FIRST_WORDS  # "Tribunale di Ravenna"
        else m
        for m in mentions
    ]


MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"})


# Nouns of kin before a given name: "her husband Patrick", "his daughter Aoife".
KIN_NOUNS = word_set("husband wife son daughter brother sister father mother partner")


def relatives_by_given_name(doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
    """ "Niamh Horgan, who with her husband Patrick paid ...": a relative named by a given name alone
    after "her husband" bears the family name of the person named in full just before, in the same
    sentence; that full name becomes the canonical one, so "Mr Horgan" later can find him."""
    result = []
    for index, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if (
            span is None
            or m.label != "PERSON"
            or m.canonical
            or " " in m.text
            or span.start < 2
            or doc[span.start - 1].lower_ not in KIN_NOUNS
            or doc[span.start - 2].lower_ not in ("her", "his", "their")
        ):
            result.append(m)
            continue
        sentence_start = span.sent.start_char
        kin = next(
            (
                other
                for other in reversed(mentions[:index])
                if other.label == "PERSON" and other.start >= sentence_start and len(other.text.split()) >= 2
            ),
            None,
        )
        if kin is None:
            result.append(m)
            continue
        result.append(replace(m, canonical=f"{m.text} {(kin.canonical or kin.text).split()[-1]}"))
    return result


def family_members(mentions: list[RawMention]) -> list[RawMention]:
    """ "Chen Wei-lin ... Chen Mei-hua ... Mr Chen said ... Ms Chen said": a family name two or more
    people of the article bear, used alone after "Mr" or "Ms", is the one bearer of that sex, or else
    the one named in full most recently before it whose sex does not clash; a title teaches the sex of
    the one it names. ``mentions`` in text order."""
    bearers: dict[str, list[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and not m.canonical:
            for word in {words[0], words[-1]}:
                if m.text not in bearers.setdefault(word, []):
                    bearers[word].append(m.text)
    shared = {word for word, names in bearers.items() if len(names) >= 2}
    if not shared:
        return mentions
    sexes: dict[str, str] = {}
    for name in {n for word in shared for n in bearers[word]}:
        given = [w.casefold() for w in name.split() if w not in shared]
        if any(plain(w) in female_names() for w in given):
            sexes[name] = "female"
        elif any(plain(w) in male_names() for w in given):
            sexes[name] = "male"
    last_named: dict[str, int] = {}
    result = []
    for index, m in enumerate(mentions):
        if m.label == "PERSON" and len(m.text.split()) >= 2:
            last_named[m.text] = index
        if m.text not in shared or m.canonical:
            result.append(m)
            continue
        title = (m.titled or "").split()[0].casefold() if m.titled else ""
        sex = "male" if title in MALE_HONORIFICS else "female" if title in FEMALE_HONORIFICS else None
        fitting = [n for n in bearers[m.text] if n in last_named and sexes.get(n) in (None, sex)]
        if sex is None or not fitting:
            # Untitled, the family name alone stays with the grouping rules (the first bearer named).
            result.append(m)
            continue
        sexed = [n for n in fitting if sexes.get(n) == sex]
        chosen = sexed[0] if len(sexed) == 1 else max(fitting, key=lambda n: last_named[n])
        sexes.setdefault(chosen, sex)
        result.append(replace(m, canonical=chosen, label="PERSON"))
    return result
