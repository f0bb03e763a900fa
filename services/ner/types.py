"""Entity types where the model's guess is often wrong: the gazetteer's, and the grammar's around a name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from services.ner.gazetteer import (
    CAPITALS,
    COUNTRIES,
    LEGISLATURE_NAMES,
    OWN_COUNTRY_NAMES,
    PARTY_NAMES,
    PERSON_LIKE_PLACES,
    is_given_name,
    word_set,
)

INSTITUTION_NOUNS = frozenset({"ministry", "military", "army", "navy", "parliament", "embassy", "council"})
PERSON_ROLE_NOUNS = word_set(
    """director minister spokesman spokeswoman spokesperson official officer president chief head leader
    adviser advisor analyst ambassador envoy commander general secretary chairman executive professor
    researcher expert lawyer member deputy senator governor mayor coach captain critic founder manager
    teammate colleague partner wife husband son daughter mother father brother sister widow campaigner
    activist coordinator organiser organizer economist scientist doctor author writer editor candidate
    chairwoman chairperson councillor councilor lawmaker legislator negotiator prosecutor judge scholar
    historian student ombudsman ombudswoman ombudsperson elder villager resident farmer fisherman
    fisherwoman grandmother grandfather pensioner retiree survivor witness victim petitioner plaintiff
    defendant vendor trader nurse teacher volunteer driver worker"""
)
# Nouns that head an organisation's name ("Cobalt Labs", "Court of Arbitration"); a span the model
# called a person or place that ends in one is an organisation.
ORG_NAME_HEADS = word_set(
    """labs lab inc inc. ltd ltd. corp corp. plc llc co co. group holdings technologies systems partners
    capital ventures airlines airways motors energy resources media bank institute foundation
    association university college council committee commission agency ministry department party
    union society trust fund court authority board office service services network studios
    pharmaceuticals therapeutics industries enterprises company corporation federation alliance
    organisation organization league club assembly senate parliament congress government hospital
    infirmary clinic school academy forum watch chamber movement secretariat directorate bureau
    metro transit railway railways gazette herald tribune chronicle immobilier groupe gruppo grupo
    partners wire newswire minerals mills metals mining steel foods garments apparels apparel textiles
    fashions knitwear composite spinning police constabulary international mission delegation rovers
    wanderers albion athletic fc afc"""
)
# Words for a region in other languages' names: "Himachal Pradesh", "Kursk Oblast".
REGION_HEADS = word_set("pradesh oblast krai okrug voivodeship prefecture governorate raion")
# Last words of the names of natural places and of built places: "Lule River", "Capitol Hill",
# "Pearson International Airport". Surnames like "Hill" are only retyped when the model did not say PERSON.
NATURAL_PLACE_HEADS = word_set(
    """river hill hills valley island islands mountain mountains lake bay sea ocean gulf strait straits
    peninsula desert forest coast glacier canyon falls heights plateau plain plains delta beach reef
    volcano basin ridge creek moor peak gorge"""
)
# Of those, the ones that are no surname: a name the model called a person ending in one is a place.
UNAMBIGUOUS_PLACE_HEADS = word_set(
    """river valley island islands mountains lake sea ocean gulf strait straits peninsula desert glacier
    canyon plateau delta reef volcano basin street avenue boulevard road way"""
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
    manufacturer maker retailer producer developer publisher consultancy authority brokerage utility
    miner carmaker automaker chipmaker conglomerate supermarket outlet daily tabloid confederation
    guard court tribunal commission committee militia"""
)
# Roles a country or a body can hold too: "Kenya, a member of the Commonwealth".
SHARED_ROLE_NOUNS = word_set("member partner leader head critic colleague founder author candidate")


def is_surname_alone(span: Span, label: str) -> bool:
    """One word the model called a place or an organisation, which no list knows as a country or a
    capital: "Okoro, a former judge, said" (the model reads a name before a comma as a dateline)."""
    key = span.text.casefold()
    return len(span) == 1 and label in ("GPE", "ORG") and key not in COUNTRIES and key not in CAPITALS


# First words of organisations' names in other languages: "Defensoría del Pueblo", "Sindicato N°1 de ...".
ORG_FIRST_WORDS = word_set(
    """sindicato asociación asociacion associação associacao fundación fundacion fundação fundacao
    instituto institut universidad université universidade universität ministerio ministère ministero
    consejo conseil consiglio comisión comision comissão commissione partido parti partito movimiento
    mouvement movimento frente grupo groupe gruppo banco banque banca confederación confédération
    federación fédération cooperativa coopérative compañía compania empresa corporación société societe
    associazione fondazione istituto defensoría defensoria procuraduría procuraduria contraloría
    contraloria fiscalía fiscalia superintendencia secretaría secretaria dirección direccion agencia
    juzgado tribunal tribunale corte cour port procura guardia"""
)
# Legislators belong to a party: the name before one is the party's ("a Gerindra lawmaker").
LEGISLATOR_NOUNS = word_set(
    "lawmaker lawmakers legislator legislators mp mps mep meps councillor councillors"
)
# Public bodies named as a field and a country: "Fisheries New Zealand", "Tourism Ireland".
AGENCY_FIELDS = word_set(
    """fisheries health statistics stats sport sports tourism transport education heritage historic
    business immigration customs revenue forestry biosecurity energy environment creative culture police
    enterprise skills agriculture arts housing"""
)


def is_national_agency(words: list[str]) -> bool:
    rest = " ".join(words[1:]).casefold()
    return words[0].casefold() in AGENCY_FIELDS and (rest in COUNTRIES or rest in OWN_COUNTRY_NAMES)


# Nouns only a company has, written after its name: "Petrobras chief executive Jane Roe".
COMPANY_ROLE_NOUNS = word_set("ceo ceos chairman chairwoman shareholders employees")
# Past participles after a hyphen that make the next name a business: "Unilever-owned Brooke Bond".
OWNED_PARTICIPLES = word_set("owned controlled backed listed run funded")
# Nouns of a holding in a company: "shares in Tesla", "a stake in Orange".
HOLDING_NOUNS = word_set("share shares stake stakes holding holdings investment")


def is_company_by_grammar(span: Span) -> bool:
    """ "Petrobras chief executive X", "Unilever-owned Brooke Bond", "shares in Tesla": the words around
    a name that only a business has."""
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if (
        after
        and after[0].is_lower
        and (after[0].lower_ in COMPANY_ROLE_NOUNS or (after.text.lower() == "chief executive"))
    ):
        return True
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ in OWNED_PARTICIPLES
        and doc[span.start - 2].text == "-"
    ):
        return True
    return (
        span.start >= 2 and doc[span.start - 1].lower_ == "in" and doc[span.start - 2].lower_ in HOLDING_NOUNS
    )


def is_given_and_family_name(words: list[str]) -> bool:
    """ "Akira Tanabe", "Bjarne Friis": a common given name and one or two capitalised words after it,
    none a place's, body's or building's noun, and the given name no place of its own ("Georgia")."""
    first, last = words[0].casefold(), words[-1].casefold()
    return (
        2 <= len(words) <= 3
        and is_given_name(first)
        and first not in COUNTRIES
        and first not in CAPITALS
        and all(w[:1].isupper() for w in words)
        and not any(w.casefold() in BODY_AND_PLACE_HEADS for w in words[1:])
        and last not in COMPANY_WORDS
    )


BODY_AND_PLACE_HEADS = ORG_NAME_HEADS | FACILITY_HEADS | NATURAL_PLACE_HEADS
# Words that end companies' names but no family's: "Victoria Energy", "Georgia Power".
COMPANY_WORDS = word_set("power energy gas oil water rail air airlines mining minerals resources capital")
# A team's players: the name before one of them is the club's ("Preston North End striker").
PLAYER_NOUNS = word_set("striker midfielder defender goalkeeper goalie winger keeper fullback full-back")
# A club's players and a party's lawmakers: the name before one is the club's or the party's.
MEMBER_NOUNS = PLAYER_NOUNS | LEGISLATOR_NOUNS
# Nouns for a kind of place: "the Dunkirk area", "the city of Dunkirk", "the X and Y departments".
PLACE_NOUNS = word_set(
    """area region coast coastline department province county district plateau valley municipality
    forest prefecture state
    suburb suburbs countryside peninsula basin delta highlands lowlands shore shores outskirts
    hinterland waterfront seafront regions departments provinces counties districts municipalities"""
)
PLACE_OF_NOUNS = word_set(
    """city town village region province county district department municipality capital residents
    inhabitants outskirts suburbs people parts"""
)
# Offices of a place, written lowercase after its name: "the Ohio governor", "Leeds mayor Jane Doe".
PLACE_OFFICE_NOUNS = word_set("governor governors mayor mayors premier")
# Lowercase compass words before a place: "southern Ruritania", "central Avalon".
COMPASS_WORDS = word_set(
    """northern southern eastern western central north south east west northeastern northwestern
    southeastern southwestern northeast northwest southeast southwest"""
)
LEGISLATOR_ACRONYMS = frozenset({"MP", "MPs", "MLA", "MLAs", "MEP", "MEPs", "MSP", "MPP", "TD"})
# Bodies a city has, written lowercase after its name: "the Leeds institution", "a Derby hospital".
LOCAL_INSTITUTION_NOUNS = word_set("institution university council hospital police college")
# Prepositions of location that make an untyped proper name a place ("around Luleå", "in Umeå").
PLACE_PREPOSITIONS = word_set("in around near across outside throughout inside")
# Heads after which "in X" is a company, not a place ("a stake in Nvidia").
NOT_PLACE_HEADS = word_set(
    """stake stakes share shares investment investments invest invested investing interest holding
    holdings position role job career faith confidence trust"""
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


def fixed_type(text: str, label: str) -> str:
    """Types the gazetteer knows better than the model: countries and capitals are places, parties are
    organisations (the surface stays the entity's name)."""
    key = text.casefold()
    if key in PARTY_NAMES or key in LEGISLATURE_NAMES:
        return "ORG"
    if label != "GPE" and (key in COUNTRIES or key in CAPITALS):
        return label if label == "PERSON" and key in PERSON_LIKE_PLACES else "GPE"
    return label


def context_type(span: Span, label: str) -> str:
    """The type the grammar around a name gives it, where the model's guess is often wrong: a role
    in apposition makes a person, an organisation noun or name head an organisation, a place noun or
    a preposition of location a place."""
    if label == "PERSON" and any(t.is_quote for t in span):
        # A quoted nickname inside ("Maria "Malou" Dizon") makes a person's name, whatever precedes it.
        return label
    if label == "FAC" and len(span.text.split()) >= 2 and span[-1].lower_ in ORG_NAME_HEADS:
        return "ORG"
    if label == "PERSON" and not is_person_name(span.text):
        return "ORG"
    descriptor = apposition_head(span)
    if label in ("FAC", "LOC") and descriptor in ORG_DESCRIPTORS:
        # "Istanbul brokerage Kapital Yatirim": the noun before the name says what kind of thing it is.
        return "ORG"
    if label not in ("PERSON", "ORG", "GPE"):
        return label
    words = span.text.split()
    if len(words) >= 2 and words[-1].casefold() in REGION_HEADS:
        return "GPE"
    if label == "PERSON" and len(words) >= 2 and words[-1].casefold() in UNAMBIGUOUS_PLACE_HEADS:
        return "LOC"
    if (
        descriptor in PERSON_ROLE_NOUNS
        and len(words) >= 2
        and not (descriptor in SHARED_ROLE_NOUNS and words[-1].casefold() in ORG_NAME_HEADS)
    ):
        return "PERSON"  # but "league leaders Forest Green Rovers" is a club
    if descriptor in PERSON_ROLE_NOUNS - SHARED_ROLE_NOUNS and is_surname_alone(span, label):
        return "PERSON"
    # "The co-chair of the Greens group, Friederike Roe,": a given and family name after a body's noun is
    # more likely a person the phrase leads up to than the body's own name.
    named_after_body = (
        span.root.dep_ == "appos"
        and span.start > 0
        and span.doc[span.start - 1].text == ","
        and span.root.head.i < span.start
        and is_given_and_family_name(words)
    )
    if descriptor in ORG_DESCRIPTORS and not described_with_who(span) and not named_after_body:
        return "ORG"
    if len(words) >= 2 and words[-1].casefold() in ORG_NAME_HEADS:
        return "ORG"
    if label == "ORG" and len(words) >= 2 and words[-1].casefold() in FACILITY_HEADS:
        return "FAC"
    if label == "ORG" and len(words) >= 2 and words[-1].casefold() in NATURAL_PLACE_HEADS:
        return "LOC"
    if label in ("PERSON", "ORG") and len(words) >= 2 and is_place_of_several_words(span):
        return "GPE"
    if label in ("PERSON", "ORG") and is_hyphenated_toponym(span.text):
        return "GPE"
    named = type_of_full_name(span)
    if named:
        return named
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if label == "PERSON" and following is not None and following.lower_ in MEMBER_NOUNS:
        # "Preston North End striker Evan Dwyer": a player is a club's, a lawmaker a party's.
        return "ORG"
    if label in ("PERSON", "GPE", "LOC") and len(words) >= 2 and words[0].casefold() in ORG_FIRST_WORDS:
        return "ORG"
    if label in ("PERSON", "GPE", "LOC") and is_company_by_grammar(span):
        return "ORG"
    if label in ("ORG", "GPE", "LOC") and is_given_and_family_name(words):
        return "PERSON"
    if label != "ORG" and len(words) >= 2 and is_national_agency(words):
        return "ORG"
    if (
        label != "GPE"
        and len(words) == 1
        and (
            is_dateline(span)
            or is_named_place(span, label)
            or is_conjoined_place(span)
            or is_listed_place(span)
        )
    ):
        return "GPE"
    return label


# Surname prefixes of four letters or more that take an inner capital: "FitzGerald", "VanderMeer"
# (shorter ones, "McAllister", "DeSantis", are below the length of a joined word).
SURNAME_PREFIXES = word_set("fitz vander vonder dela della delle")
NAME_NUMERALS = word_set("ii iii iv jr sr")


def is_person_name(text: str) -> bool:
    """Whether ``text`` can be a person's name: no acronym ("RIVM", "KSV Oudenaarde"), no one-word
    company name of two joined words ("QatarEnergy"), no organisation with its country after it
    ("Greenpeace Nederland", "Ipsos Perú")."""
    words = text.split()
    if any(len(w) >= 2 and w.isupper() and w.isalpha() and w.casefold() not in NAME_NUMERALS for w in words):
        return False
    if len(words) == 1 and is_joined_words(text):
        return False
    last = words[-1].casefold()
    country = last in COUNTRIES or last in OWN_COUNTRY_NAMES
    return not (len(words) >= 2 and country and last not in PERSON_LIKE_PLACES)


def is_joined_words(word: str) -> bool:
    """Two capitalised words written as one, the first of four letters or more and no surname prefix:
    "QatarEnergy", "BlackRock", but not "McAllister" or "DeSantis"."""
    inner = next((i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()), None)
    if inner is None or not word.isalpha():
        return False
    return inner >= 4 and len(word) - inner >= 3 and word[:inner].casefold() not in SURNAME_PREFIXES


def apposition_head(span: Span) -> str:
    """The head noun describing ``span`` in apposition: "coach" in "her coach Marcus Delaney", "agency"
    in "Cerema, the state's flood agency,"."""
    doc = span.doc
    root = span.root
    if (
        root.dep_ == "appos"
        and root.head.i < span.start
        and root.head.pos_ == "NOUN"
        and (span.start - root.head.i < 4 or describes_up_to(root.head, span.start))
    ):
        return root.head.lemma_.lower()
    if span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].is_lower:
        return doc[span.start - 1].lemma_.lower()
    after = span.end
    if (
        after + 3 < len(doc)
        and doc[after].text == ","
        and doc[after + 1].like_num
        and doc[after + 2].text == ","
    ):
        after += 2  # an age between name and apposition: "Rivera, 54, a former judge,"
    if after + 2 >= len(doc) or doc[after].text != ",":
        return ""
    if doc[after + 1].pos_ == "PROPN" and doc[after + 2].tag_ == "POS":
        after += 2  # "Guardia Costiera, Italy's coast guard,": an owner's name in place of an article
    elif doc[after + 1].lower_ not in ("a", "an", "the") and doc[after + 1].tag_ != "PRP$":
        return ""
    # Wide enough for "the 24-year-old student activist": an age takes five tokens.
    for i in range(after + 2, min(after + 11, len(doc) - 1)):
        token, following = doc[i], doc[i + 1]
        if token.text in LEGISLATOR_ACRONYMS:
            return "member"
        if token.tag_ == "POS" or following.tag_ == "POS":
            continue  # "the Italian shipowners' confederation": an owner, the head comes after
        if (token.is_punct and token.tag_ != "HYPH") or token.pos_ == "ADP":
            # A preposition ends the head's phrase: "a French MEP from the Renew Europe group".
            return ""
        if token.pos_ == "NOUN" and following.pos_ not in ("NOUN", "PROPN", "PART") and following.text != "-":
            closed = following.is_punct or following.tag_ in ("VBN", "VBG", "WDT", "WP", "IN")
            return token.lemma_.lower() if closed else ""
    return ""


def described_with_who(span: Span) -> bool:
    """ "Shahana Akter, a sewing operator at Dhaleshwari who has worked ...": an apposition after the
    name that goes on with "who" describes a person, whatever its noun ("operator", "producer")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for token in doc[span.end + 1 : min(span.end + 14, span.sent.end)]:
        if token.lower_ == "who":
            return True
        if token.text in (",", ";", ".", "(") or token.is_quote:
            return False
    return False


def describes_up_to(noun: Token, start: int) -> bool:
    """Whether every word between ``noun`` and ``doc[start]`` belongs to the noun's own phrase ("the
    party's candidate for Na h-Eileanan an Iar, Jane Roe"), as an apposition's head must."""
    phrase = {t.i for t in noun.subtree}
    return all(i in phrase or noun.doc[i].is_punct for i in range(noun.i + 1, start))


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


def is_listed_place(span: Span) -> bool:
    """ "in Nairobi, Mombasa, Nyeri and Kisumu": a name in a list headed by a tagged place."""
    token = span.root
    for _ in range(8):
        if token.dep_ != "conj":
            return False
        token = token.head
        if token.ent_type_ in ("GPE", "LOC"):
            return True
    return False


def joins_a_place(doc: Doc, join: int) -> bool:
    """Whether ``doc[join]`` is an "and" after a tagged place that follows a preposition of location."""
    place = join - 1
    if place < 0 or doc[join].lower_ != "and" or doc[place].ent_type_ not in ("GPE", "LOC"):
        return False
    while place > 0 and doc[place].ent_iob_ == "I":
        place -= 1
    return place > 0 and doc[place - 1].lower_ in PLACE_PREPOSITIONS


def is_owner_of_areas(doc: Doc, end: int) -> bool:
    """ "Gqeberha's northern areas", "Lagos's suburbs": a possessive owning parts of a place."""
    if end + 1 >= len(doc) or doc[end].tag_ != "POS":
        return False
    noun = doc[end + 1]
    if noun.lower_ in COMPASS_WORDS and end + 2 < len(doc):
        noun = doc[end + 2]
    return noun.is_lower and noun.lemma_.lower() in PLACE_NOUNS


# Verbs of going somewhere: "have to go to Chandigarh", "flew to Lusaka".
MOTION_VERBS = word_set("go travel move fly drive return flee head relocate migrate commute walk sail")


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
    if after < len(doc) and doc[after].lower_ in PLACE_NOUNS | PLACE_OFFICE_NOUNS and doc[after].is_lower:
        return True
    if (
        span.end < len(doc)
        and doc[span.end].lower_ in LOCAL_INSTITUTION_NOUNS
        and doc[span.end].is_lower
        and span.text.casefold() not in PARTY_NAMES
    ):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lower_ in COMPASS_WORDS:
        return True
    if is_owner_of_areas(doc, span.end):
        return True
    # "a lawmaker from Mandi": a person's role, then "from", then where they come from.
    if before is not None and before.lower_ == "from" and span.start > 1:
        role = doc[span.start - 2]
        if role.lemma_.lower() in PERSON_ROLE_NOUNS or role.text in LEGISLATOR_ACRONYMS:
            return True
    if before is not None and before.lower_ == "to" and before.head.lemma_.lower() in MOTION_VERBS:
        return True
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


# Lowercase particles inside hyphenated French place names: "Île-de-France", "Châlons-en-Champagne".
TOPONYM_PARTICLES = frozenset({"de", "du", "des", "sur", "sous", "en", "la", "le", "lès", "lez", "aux"})


def is_hyphenated_toponym(text: str) -> bool:
    parts = text.split("-")
    return (
        " " not in text
        and len(parts) >= 3
        and parts[0][:1].isupper()
        and parts[-1][:1].isupper()
        and any(part in TOPONYM_PARTICLES for part in parts[1:-1])
    )


def type_of_full_name(span: Span) -> str:
    """ "the California Department of Forestry and Fire Protection, known as Cal Fire": a short name
    introduced after an organisation or place takes its type."""
    doc = span.doc
    start = span.start
    if start < 4 or doc[start - 1].lower_ != "as" or doc[start - 2].lower_ != "known":
        return ""
    named = doc[start - 3] if doc[start - 3].text != "also" else doc[start - 4]
    if named.text == ",":
        named = doc[named.i - 1]
    kind = named.ent_type_
    return "ORG" if kind == "ORG" else "GPE" if kind == "GPE" else ""


def is_place_of_several_words(span: Span) -> bool:
    """ "the farmer in Sefwi Wiawso", "residents of Nelson Mandela Bay": a name of several words the
    model called a person or an organisation, in the grammar of a place and not owning anything."""
    doc = span.doc
    if span[-1].lower_ in ORG_NAME_HEADS or span[0].pos_ != "PROPN" or span.start < 2:
        return False
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    before = doc[span.start - 1]
    if before.lower_ == "of":
        return doc[span.start - 2].lower_ in PLACE_OF_NOUNS
    return (
        before.lower_ in PLACE_PREPOSITIONS
        and before.head.pos_ in ("NOUN", "VERB")
        and before.head.lower_ not in NOT_PLACE_HEADS
        and doc[span.start - 2].lower_ not in NOT_PLACE_HEADS
    )


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
