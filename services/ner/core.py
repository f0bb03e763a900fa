"""Entities of one parsed article: cleaned spans, fixed types, one entity per real-world referent.

The flow, each step under the module that does it:
1. ``mentions``: the model's entities become mentions, names joined or split, cut free of titles
   (``titles``) and possessives, typed by the gazetteer and the grammar around them (``types``).
   Datelines ("CEBU CITY —") are taken first, as places, from ``untagged``.
2. ``untagged``: the names the model missed are found from the grammar and from names seen elsewhere.
3. ``mentions``: what is no name (page furniture, laws, languages, words the article writes as
   ordinary words) is dropped, and surnames used alone decide which names are people.
4. ``places``: names the model called organisations or people that the world gazetteer knows as places,
   and the article does not show to be anything else, are places.
5. ``canonical``: mentions of one referent are grouped, and each group is typed and named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc

from services.ner.canonical import (
    acronym_named_organisations,
    acronyms_of,
    bracketed_acronyms,
    bracketed_names,
    group_mentions,
    to_entity,
)
from services.ner.gazetteer import BUILTIN_ALIASES, AliasTable
from services.ner.mentions import (
    RawMention,
    family_members,
    is_garbage,
    named_parties,
    people_by_surname,
    relatives_by_given_name,
    speaking_short_names,
    tagged_mentions,
    without_common_words,
)
from services.ner.places import places_by_gazetteer
from services.ner.titles import TITLE_WORDS
from services.ner.untagged import (
    acronym_mentions,
    dateline_mentions,
    described_organisation_mentions,
    headed_organisation_mentions,
    honorific_mentions,
    institution_mentions,
    national_agency_mentions,
    office_place_mentions,
    patronymic_mentions,
    repeated_name_mentions,
    short_organisation_mentions,
    shouted_name_mentions,
    spelled_out_mentions,
    surname_mentions,
    unlabelled_organisation_mentions,
    unlabelled_person_mentions,
    unlabelled_place_mentions,
)
from shared.contract import Entity

# TITLE_WORDS stays importable from here for the quote service's speaker rules.
__all__ = ["TITLE_WORDS", "extract_entities"]


def extract_entities(doc: Doc, aliases: AliasTable | None = None) -> list[Entity]:
    """Named entities of ``doc``, one per referent, named by the fullest form seen in the article."""
    table = BUILTIN_ALIASES.merged(aliases)
    raw = [m for m in collect_mentions(doc, table) if not is_garbage(m.text)]
    raw = places_by_gazetteer(doc, people_by_surname(without_common_words(doc, raw)))
    raw = named_parties(doc, speaking_short_names(doc, raw))
    raw.sort(key=lambda m: m.start)
    text = doc.text  # rebuilt from every token at each access
    raw = family_members(relatives_by_given_name(doc, acronym_named_organisations(text, raw)))
    groups = group_mentions(raw, bracketed_acronyms(text, raw), bracketed_names(text, raw))
    return [to_entity(group, table) for group in groups]


def usual_types(mentions: list[RawMention]) -> dict[str, str]:
    """Each organisation's or person's name the model tagged, with the type it gave it most often (a
    person on a tie): the type a repeat of the name takes, so repeats only echo the model's reading."""
    counts: dict[str, Counter[str]] = {}
    for m in mentions:
        counts.setdefault(m.text, Counter())["canonical" if m.canonical else m.label] += 1
    return {
        text: "PERSON" if c["PERSON"] >= c["ORG"] else "ORG"
        for text, c in counts.items()
        if c["PERSON"] + c["ORG"] == sum(c.values())  # never read as a place or a nation
    }


def collect_mentions(doc: Doc, table: AliasTable) -> Iterator[RawMention]:
    """The model's entities first, then the finders of what it missed, each on tokens not yet taken."""
    taken: set[int] = set()
    yield from dateline_mentions(doc, taken)
    yield from spelled_out_mentions(doc, taken)
    yield from national_agency_mentions(doc, taken)
    yield from patronymic_mentions(doc, taken)
    tagged = list(tagged_mentions(doc, table, taken))
    yield from tagged
    yield from described_organisation_mentions(doc, taken)
    organisations = [m.text for m in tagged if m.label == "ORG" and len(m.text.split()) >= 2]
    yield from short_organisation_mentions(doc, taken, organisations)
    surnames = {m.text.split()[-1] for m in tagged if m.label == "PERSON" and len(m.text.split()) >= 2}
    # "Rodrigo Esquivel Landa" ... "Esquivel said": of two family names the first is used alone.
    surnames.update(m.text.split()[-2] for m in tagged if m.label == "PERSON" and len(m.text.split()) >= 3)
    person_words = {m.text.split()[-1] for m in tagged if m.label == "PERSON"}
    yield from shouted_name_mentions(doc, taken, person_words)
    yield from surname_mentions(doc, taken, surnames)
    yield from institution_mentions(doc, taken)
    yield from headed_organisation_mentions(doc, taken)
    yield from unlabelled_person_mentions(doc, taken)
    yield from honorific_mentions(doc, taken)
    yield from unlabelled_place_mentions(doc, taken)
    yield from office_place_mentions(doc, taken)
    yield from unlabelled_organisation_mentions(doc, taken)
    initials = frozenset(letters for name in organisations for letters in acronyms_of(name))
    yield from acronym_mentions(doc, taken, table, initials)
    # Last, so every finder above has its say first: the same name again where the model missed it.
    yield from repeated_name_mentions(doc, taken, usual_types(tagged))
