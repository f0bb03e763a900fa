"""Entities of one parsed article: cleaned spans, fixed types, one entity per real-world referent."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from services.ner.gazetteer import (
    BUILTIN_ALIASES,
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    PARTY_NAMES,
    PERSON_LIKE_PLACES,
    AliasTable,
    word_set,
)
from shared.contract import Entity, Mention

KEPT_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# Words that stand before a name but are not part of it ("Prime Minister David Cameron" -> "David Cameron").
TITLE_WORDS = word_set(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady president vice prime minister foreign defence
    defense interior finance home secretary general gen gen. col col. colonel lt lt. captain capt
    capt. major sgt sgt. sergeant constable superintendent inspector detective
    admiral adm adm. commander chief king queen prince princess crown sheikh emir
    ayatollah imam pope cardinal archbishop bishop rev rev. father chancellor premier senator sen sen.
    rep rep. representative congressman congresswoman governor gov gov. mayor judge justice ambassador
    envoy spokesman spokeswoman spokesperson chairman chairwoman chair leader deputy opposition former
    ex professor prof prof. president-elect first lady mp mep director officer official marshal
    field"""
)
# The only titles that turn a span the model called an organisation or place into a person.
HONORIFICS = word_set("mr mr. mrs mrs. ms ms. dr dr. sir dame president")
# Typos like "Presiden Putin" are still titles; only long titles are fuzzy-matched to stay safe.
FUZZY_TITLES = ("president", "minister", "secretary", "chancellor", "ambassador", "spokesman")
NAME_PARTICLES = ("al-", "el-", "al ", "el ", "bin ", "ibn ", "abu ", "van ", "von ", "de ", "di ", "da ")
# Directions and other capitalised words the model tags as places but no reader counts as an entity.
NOT_ENTITIES = word_set("west east north south western eastern northern southern comments comment god")
FURNITURE_CHARS = re.compile(r"[\n/|@©]|https?:|www\.")
INSTITUTION_NOUNS = frozenset({"ministry", "military", "army", "navy", "parliament", "embassy", "council"})
# Bodies named after the place they govern rather than a country: "the Hauts-de-France regional council".
LOCAL_BODY_NOUNS = frozenset({"council"})
PERSON_ROLE_NOUNS = word_set(
    """director minister spokesman spokeswoman spokesperson official officer president chief head leader
    adviser advisor analyst ambassador envoy commander general secretary chairman executive professor
    researcher expert lawyer member deputy senator governor mayor coach captain critic founder manager
    teammate colleague partner wife husband son daughter mother father brother sister widow campaigner
    activist coordinator organiser organizer economist scientist doctor author writer editor candidate
    chairwoman chairperson councillor councilor lawmaker legislator negotiator prosecutor judge"""
)
# Posts an organisation has: "Plaid Cymru's finance spokesman", "Acme's chief executive".
OFFICE_NOUNS = word_set(
    """spokesman spokeswoman spokesperson leader chief director chairman chairwoman chairperson executive
    president official officials officer head secretary treasurer founder"""
)
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
    COVID SARS MERS ICU GP ER CV FY Q1 Q2 Q3 Q4 PPE ATM SUV LGBT LGBTQ II III IV VI VII VIII IX XI XII
    A I AND THE OF TO IN ON FOR BY NOT NO YES WAR"""
)
ACRONYM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "compound"})
# Nouns that head an organisation's name ("Cobalt Labs", "Court of Arbitration"); a span the model
# called a person or place that ends in one is an organisation.
ORG_NAME_HEADS = word_set(
    """labs lab inc inc. ltd ltd. corp corp. plc llc co co. group holdings technologies systems partners
    capital ventures airlines airways motors energy resources media bank institute foundation
    association university college council committee commission agency ministry department party
    union society trust fund court authority board office service services network studios
    pharmaceuticals therapeutics industries enterprises company corporation federation alliance
    organisation organization league club assembly senate parliament congress government hospital
    infirmary clinic school academy"""
)
# Last words of the names of natural places and of built places: "Lule River", "Capitol Hill",
# "Pearson International Airport". Surnames like "Hill" are only retyped when the model did not say PERSON.
NATURAL_PLACE_HEADS = word_set(
    """river hill hills valley island islands mountain mountains lake bay sea ocean gulf strait straits
    peninsula desert forest coast glacier canyon falls heights plateau plain plains delta beach reef
    volcano"""
)
FACILITY_HEADS = word_set(
    """airport bridge square avenue station stadium arena tower harbour harbor highway motorway tunnel dam
    canal airbase airfield terminal"""
)
# Nouns that head an appositive describing an organisation ("Cerema, the state's flood agency").
ORG_DESCRIPTORS = word_set(
    """agency company firm group organisation organization federation union association startup
    start-up charity bank institute body regulator watchdog network broadcaster newspaper council
    ministry department party coalition foundation lobby insurer lender carrier airline operator
    manufacturer maker retailer producer developer publisher consultancy authority"""
)
# Nouns for a kind of place: "the Dunkirk area", "the city of Dunkirk", "the X and Y departments".
PLACE_NOUNS = word_set(
    """area region coast coastline department province county district plateau valley municipality
    suburb suburbs countryside peninsula basin delta highlands lowlands shore shores outskirts
    hinterland regions departments provinces counties districts municipalities"""
)
PLACE_OF_NOUNS = word_set(
    """city town village region province county district department municipality capital residents
    inhabitants outskirts suburbs"""
)
# Prepositions of location that make an untyped proper name a place ("around Luleå", "in Umeå").
PLACE_PREPOSITIONS = word_set("in around near across outside throughout inside")
# Heads after which "in X" is a company, not a place ("a stake in Nvidia").
NOT_PLACE_HEADS = word_set(
    """stake stakes share shares investment investments invest invested investing interest holding
    holdings position role job career faith confidence trust"""
)
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
NAME_STOPWORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december"""
)
# Languages and festivals, which the model tags as places or organisations ("printed in Swahili").
LANGUAGES_AND_FESTIVALS = word_set(
    """arabic mandarin cantonese hindi urdu swahili latin hebrew farsi bengali punjabi gaelic esperanto
    sanskrit christmas easter ramadan eid diwali hanukkah passover"""
)
# Capitalised words after "in" that are no place: also the platforms ("posted in Instagram stories").
NOT_PLACE_NAMES = LANGUAGES_AND_FESTIVALS | word_set(
    "twitter facebook instagram youtube tiktok whatsapp telegram linkedin snapchat reddit"
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


@dataclass
class EntityGroup:
    mentions: list[RawMention]

    @property
    def first(self) -> RawMention:
        return self.mentions[0]


def extract_entities(doc: Doc, aliases: AliasTable | None = None) -> list[Entity]:
    """Named entities of ``doc``, one per referent, named by the fullest form seen in the article."""
    table = BUILTIN_ALIASES.merged(aliases)
    raw = [m for m in collect_mentions(doc, table) if not is_garbage(m.text)]
    raw = people_by_surname(without_common_words(doc, raw))
    raw.sort(key=lambda m: m.start)
    groups = group_mentions(raw)
    return [to_entity(group, table) for group in groups]


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


def people_by_surname(mentions: list[RawMention]) -> list[RawMention]:
    """A two- or three-word name the model called an organisation or place is a person when its last
    word is used alone as a person elsewhere ("Elle Labba" ... "Labba said")."""
    surnames = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    return [
        replace(m, label="PERSON")
        if m.label in ("ORG", "GPE", "LOC", "FAC")
        and not m.canonical
        and 2 <= len(m.text.split()) <= 3
        and m.text.split()[-1] in surnames
        and m.text.split()[-1].casefold() not in ORG_NAME_HEADS
        else m
        for m in mentions
    ]


def collect_mentions(doc: Doc, table: AliasTable) -> Iterator[RawMention]:
    taken: set[int] = set()
    surnames: set[str] = set()
    for whole in joined_aliases(doc.ents, table):
        if whole.label_ not in KEPT_TYPES or FURNITURE_CHARS.search(whole.text) or whole.text.islower():
            continue
        if is_credit(doc, whole):
            continue
        for ent in coordinated_places(whole, table):
            mention = clean_span(ent, table)
            if mention is not None and not in_shouting_context(ent, table):
                taken.update(range(ent.start, ent.end))
                if mention.label == "PERSON" and len(mention.text.split()) >= 2:
                    surnames.add(mention.text.split()[-1])
                yield mention
    yield from surname_mentions(doc, taken, surnames)
    yield from institution_mentions(doc, taken)
    yield from unlabelled_person_mentions(doc, taken)
    yield from unlabelled_place_mentions(doc, taken)
    yield from unlabelled_organisation_mentions(doc, taken)
    yield from acronym_mentions(doc, taken, table)


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
        pending = ent
    if pending is not None:
        yield pending


def coordinated_places(ent: Span, table: AliasTable) -> list[Span]:
    """ "bus routes in Powys and Ceredigion": two places joined by "and" that the model tagged as one
    name are two entities, unless the whole is a known name ("Trinidad and Tobago") or an
    organisation's ("Land and Environment Court")."""
    doc = ent.doc
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


def is_place_context(span: Span) -> bool:
    """A preposition of location before the name ("in", "around"), or a place noun after it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.lower_ in PLACE_PREPOSITIONS
        and before.head.lower_ not in NOT_PLACE_HEADS
    ):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.is_lower and after.lower_ in PLACE_NOUNS


def is_credit(doc: Doc, ent: Span) -> bool:
    """A photo credit or agency line: "AGENCY/Jane Doe", "Jane Doe/Agency"."""
    text = doc.text
    before = text[ent.start_char - 1] if ent.start_char > 0 else ""
    after = text[ent.end_char] if ent.end_char < len(text) else ""
    return "/" in (before, after)


def clean_span(ent: Span, table: AliasTable) -> RawMention | None:
    """Strip determiners, titles and possessives; fix the type from the gazetteer and the context."""
    doc = ent.doc
    start, end = ent.start, name_end(doc, ent)
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in CUT_WORDS
    ):
        end -= 1
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    label = ent.label_
    if start < end and is_portfolio(doc, start, end, label):
        return None
    title_start = title_prefix_start(doc, start)
    if has_leading_role(doc, start, end):
        title_start, start, label = start, start + 1, "PERSON"
    while start < end - 1 and is_title_word(doc[start]) and (label == "PERSON" or is_honorific(doc[start])):
        title_start = min(title_start, start)
        start += 1
    if start >= end:
        return None
    span = doc[start:end]
    text = strip_possessive(span.text)
    canonical = ent.ent_id_ or None
    entry = table.lookup(text)
    if entry is not None:
        canonical, label = entry.name, entry.type
    elif title_start < start and label in ("ORG", "NORP", "GPE") and has_office_title(doc[title_start:start]):
        label = "PERSON"
    elif label == "GPE" and text.casefold() in DEMONYMS:
        label = "NORP"
    else:
        label = fixed_type(text, label)
        if text.casefold() not in COUNTRIES and text.casefold() not in CAPITALS:
            label = context_type(doc[start:end], label)
    titled = doc[title_start:end].text if title_start < start else None
    return RawMention(
        text,
        label,
        span.start_char,
        span.start_char + len(text),
        canonical,
        strip_possessive(titled) if titled else None,
    )


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


def is_law_name(text: str) -> bool:
    """ "the Clean Air Act" names a law, not an organisation or a person."""
    words = text.split()
    return len(words) >= 2 and words[-1].istitle() and words[-1].casefold() in LAW_HEADS


def is_portfolio(doc: Doc, start: int, end: int, label: str) -> bool:
    """A one-word "organisation" that is the portfolio of a title: "Labour Minister Jane Doe",
    "the Cabinet Secretary for Finance"."""
    if label != "ORG" or end - start != 1 or doc[start].is_upper:
        return False
    if end < len(doc) and doc[end].text in PORTFOLIO_TITLES:
        return True
    return start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].text in PORTFOLIO_TITLES


def has_office_title(words: Span) -> bool:
    """A title before a name makes it a person only if it is an office, not just a nationality."""
    return any(w.lower_ not in DEMONYMS for w in words)


def context_type(span: Span, label: str) -> str:
    """The type the grammar around a name gives it, where the model's guess is often wrong: a role
    in apposition makes a person, an organisation noun or name head an organisation, a place noun or
    a preposition of location a place."""
    if label == "FAC" and len(span.text.split()) >= 2 and span[-1].lower_ in ORG_NAME_HEADS:
        return "ORG"
    if label not in ("PERSON", "ORG", "GPE"):
        return label
    descriptor = apposition_head(span)
    words = span.text.split()
    if descriptor in PERSON_ROLE_NOUNS and len(words) >= 2:
        return "PERSON"
    if descriptor in ORG_DESCRIPTORS:
        return "ORG"
    if len(words) >= 2 and words[-1].casefold() in ORG_NAME_HEADS:
        return "ORG"
    if label == "ORG" and len(words) >= 2 and words[-1].casefold() in FACILITY_HEADS:
        return "FAC"
    if label == "ORG" and len(words) >= 2 and words[-1].casefold() in NATURAL_PLACE_HEADS:
        return "LOC"
    if (
        label != "GPE"
        and len(words) == 1
        and (is_dateline(span) or is_named_place(span, label) or is_conjoined_place(span))
    ):
        return "GPE"
    return label


def apposition_head(span: Span) -> str:
    """The head noun describing ``span`` in apposition: "coach" in "her coach Marcus Delaney", "agency"
    in "Cerema, the state's flood agency,"."""
    doc = span.doc
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
        return root.head.lemma_.lower()
    if span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].is_lower:
        return doc[span.start - 1].lemma_.lower()
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return ""
    if doc[span.end + 1].lower_ not in ("a", "an", "the") and doc[span.end + 1].tag_ != "PRP$":
        return ""
    for i in range(span.end + 2, min(span.end + 8, len(doc) - 1)):
        token, following = doc[i], doc[i + 1]
        if token.is_punct and token.tag_ != "HYPH":
            return ""
        if token.pos_ == "NOUN" and following.pos_ not in ("NOUN", "PROPN", "PART") and following.text != "-":
            closed = following.is_punct or following.tag_ in ("VBN", "VBG", "WDT", "WP", "IN")
            return token.lemma_.lower() if closed else ""
    return ""


def is_dateline(span: Span) -> bool:
    """ "ALBANY, N.Y. (AP) -": an all-caps place opening a story, followed by a comma."""
    doc = span.doc
    return (
        len(span) == 1
        and span[0].is_upper
        and len(span[0]) > 2
        and bool(span[0].is_sent_start)
        and span.end < len(doc)
        and doc[span.end].text == ","
    )


def is_conjoined_place(span: Span) -> bool:
    """ "schools in Caerphilly and Torfaen": a name joined by "and" to a place after a preposition of
    location is a place too."""
    return span.start > 0 and joins_a_place(span.doc, span.start - 1)


def joins_a_place(doc: Doc, join: int) -> bool:
    """Whether ``doc[join]`` is an "and" after a tagged place that follows a preposition of location."""
    place = join - 1
    if place < 0 or doc[join].lower_ != "and" or doc[place].ent_type_ not in ("GPE", "LOC"):
        return False
    while place > 0 and doc[place].ent_iob_ == "I":
        place -= 1
    return place > 0 and doc[place - 1].lower_ in PLACE_PREPOSITIONS


def is_named_place(span: Span, label: str) -> bool:
    """ "the Dunkirk area", "the city of Dunkirk", "around Luleå", "the Nord and Pas-de-Calais
    departments": a one-name span in a place's grammar."""
    doc = span.doc
    if span[-1].lower_ in ORG_NAME_HEADS or span.text.casefold() in NOT_PLACE_NAMES:
        return False
    after = span.end
    if after + 1 < len(doc) and doc[after].lower_ == "and" and doc[after + 1].is_title:
        after += 2
        while after < len(doc) and doc[after].ent_iob_ == "I":
            after += 1
    if after < len(doc) and doc[after].lower_ in PLACE_NOUNS and doc[after].is_lower:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.lower_ == "of"
        and span.start > 1
        and doc[span.start - 2].lower_ in PLACE_OF_NOUNS
    ):
        return True
    return (
        before is not None
        and before.lower_ in PLACE_PREPOSITIONS
        and before.head.lower_ not in NOT_PLACE_HEADS
        and span[0].pos_ == "PROPN"
    )


def fixed_type(text: str, label: str) -> str:
    """Types the gazetteer knows better than the model: countries and capitals are places, parties are
    organisations (the surface stays the entity's name)."""
    key = text.casefold()
    if key in PARTY_NAMES:
        return "ORG"
    if label != "GPE" and (key in COUNTRIES or key in CAPITALS):
        return label if label == "PERSON" and key in PERSON_LIKE_PLACES else "GPE"
    return label


def strip_possessive(text: str) -> str:
    return re.sub(r"['\u2019]s?$", "", text).strip()


def is_title_word(token: Token) -> bool:
    lower = token.lower_
    if lower in TITLE_WORDS or lower in DEMONYMS:
        return True
    return len(lower) >= 7 and any(within_one_edit(lower, title) for title in FUZZY_TITLES)


def is_honorific(token: Token) -> bool:
    lower = token.lower_
    return lower in HONORIFICS or (len(lower) >= 7 and within_one_edit(lower, "president"))


def within_one_edit(word: str, target: str) -> bool:
    if abs(len(word) - len(target)) > 1 or word == target:
        return word == target
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target, strict=True)) == 1
    shorter, longer = sorted((word, target), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def title_prefix_start(doc: Doc, start: int) -> int:
    """Index of the first capitalised title word right before ``start`` ("Foreign Minister" Lavrov)."""
    first = start
    while first > 0 and doc[first - 1].is_title and is_title_word(doc[first - 1]) and start - first < 4:
        first -= 1
    return first


def in_shouting_context(ent: Span, table: AliasTable) -> bool:
    """A case-sensitive alias ("IS") inside an all-caps headline is an ordinary word."""
    if not ent.ent_id_ or not ent.text.isupper() or len(ent.text) > 3:
        return False
    doc = ent.doc
    neighbours = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc) and doc[i].is_alpha]
    return any(token.is_upper and len(token) > 1 and table.lookup(token.text) is None for token in neighbours)


def is_garbage(text: str) -> bool:
    if not text or not any(ch.isupper() for ch in text) or not any(ch.isalpha() for ch in text):
        return True
    if text.casefold() in NOT_ENTITIES or text.casefold() in FURNITURE_WORDS or is_law_name(text):
        return True
    if text.casefold() in LANGUAGES_AND_FESTIVALS:
        return True
    if len(text) > 80:
        return True
    return len(text.split()) > 10


def surname_mentions(doc: Doc, taken: set[int], surnames: set[str]) -> Iterator[RawMention]:
    """Surnames of people named in full elsewhere in the article that the model left untagged here."""
    for token in doc:
        if token.text in surnames and token.i not in taken and token.pos_ == "PROPN":
            taken.add(token.i)
            title_start = title_prefix_start(doc, token.i)
            titled = doc[title_start : token.i + 1].text if title_start < token.i else None
            yield RawMention(token.text, "PERSON", token.idx, token.idx + len(token), None, titled)


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
        name = " ".join([country, *modifiers, token.lower_])
        surface = doc[first : token.i + 1]
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
        if token.i in taken or token.pos_ != "PROPN" or not token.is_title:
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
        words = doc[first : token.i + 1]
        if not 2 <= len(words) <= 3 or any(w.lower_ in NAME_STOPWORDS or w.ent_type_ for w in words):
            continue
        if first > 0 and doc[first - 1].is_title and not doc[first - 1].is_sent_start:
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
            first = token.i + 1
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


def acronym_mentions(doc: Doc, taken: set[int], table: AliasTable) -> Iterator[RawMention]:
    """Short all-caps names the model leaves untagged ("Analysts at ING said", "HSBC cut rates") when
    the grammar uses them as a noun phrase, outside all-caps headlines."""
    for token in doc:
        text = token.text
        if (
            token.i in taken
            or not 2 <= len(text) <= 5
            or not text.isalpha()
            or not text.isupper()
            or text in NOT_ACRONYMS
            or token.pos_ not in ("PROPN", "NOUN")
            or token.dep_ not in ACRONYM_DEPS
            or token.ent_type_
            or table.lookup(text) is not None
        ):
            continue
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
        if any(n.is_upper and len(n) > 1 for n in neighbours):
            continue
        if token.dep_ == "compound" and token.head.pos_ != "PROPN":
            continue
        taken.add(token.i)
        yield RawMention(text, "ORG", token.idx, token.idx + len(text), None)


def surname_key(name: str) -> str:
    last = name.split()[-1].casefold()
    for particle in NAME_PARTICLES:
        if last.startswith(particle):
            last = last[len(particle) :]
    return last


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def group_key(mention: RawMention) -> str:
    return (mention.canonical or mention.text).casefold()


def group_mentions(mentions: list[RawMention]) -> list[EntityGroup]:
    """Merge variants: exact keys first, then surnames into full names and acronyms into expansions."""
    by_key: dict[str, EntityGroup] = {}
    for mention in mentions:
        by_key.setdefault(group_key(mention), EntityGroup([])).mentions.append(mention)
    groups = list(by_key.values())
    full_names = multiword_index(groups, "PERSON", surname_key)
    acronyms = {acronym(g.first.canonical or g.first.text): g for g in groups if group_type(g) != "PERSON"}
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
            if types[id(target)] == "PERSON":
                target.mentions.extend(replace(m, label="PERSON") for m in group.mentions)
            else:
                target.mentions.extend(group.mentions)
    result = [g for g in groups if id(g) not in merged]
    for group in result:
        group.mentions.sort(key=lambda m: m.start)
    return sorted(result, key=lambda g: g.first.start)


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


def prefix_target(group: EntityGroup, groups: list[EntityGroup]) -> EntityGroup | None:
    """A name that begins exactly one longer name of the article: "Nordic Ore" for an organisation named
    "Nordic Ore Resources", "Kezia" for a person named "Kezia Brandt"."""
    name = group.first.text
    kind = group_type(group)
    if (
        group.first.canonical
        or not name[:1].isupper()
        or name.casefold() in COUNTRIES
        or name.casefold() in CAPITALS
    ):
        return None
    if kind == "ORG" and len(name.split()) >= 2:
        wanted = "ORG"
    elif len(name.split()) == 1 and name.istitle():
        wanted = "PERSON"
    else:
        return None
    prefix = name + " "
    longer = [
        g
        for g in groups
        if g is not group
        and group_type(g) == wanted
        and not g.first.canonical
        and (g.first.text.startswith(prefix) if wanted == "ORG" else g.first.text.split()[0] == name)
        and len(g.first.text.split()) > len(name.split())
    ]
    return longer[0] if len(longer) == 1 else None


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
