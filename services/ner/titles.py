"""Titles before a name ("Prime Minister", "Ms", "Presiden"): which words they are, where they start."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from services.ner.gazetteer import DEMONYMS, word_set

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
    field atty atty. engr engr. hon hon. attorney solicitor magistrate registrar commissioner councillor
    councilor cllr cllr. alderman msp mla mlc mha mpp td sheriff undersheriff treasurer comptroller
    coroner cr cr. pak bu ibu bapak taoiseach tánaiste tanaiste rear det det. insp insp. supt supt. dci
    garda"""
)
# Titles of an office that are nobody's surname: a name never ends in one ("the Health Minister").
OFFICE_TITLES = word_set(
    """minister secretary spokesman spokeswoman spokesperson chairman chairwoman president governor mayor
    senator ambassador envoy chancellor premier mp mep msp mla mlc mha mpp td councillor commissioner
    director attorney solicitor magistrate registrar sheriff treasurer comptroller taoiseach tánaiste"""
)
# The only titles that turn a span the model called an organisation or place into a person.
HONORIFICS = word_set(
    """mr mr. mrs mrs. ms ms. dr dr. sir dame president prof prof. professor sheriff senator sen sen.
    treasurer mayor judge councillor cllr cllr. cr cr. taoiseach tánaiste"""
)
# Words that only qualify a title: "Former Ireland midfielder" names no office.
TITLE_MODIFIERS = word_set("former ex first deputy acting vice rear")
# Typos like "Presiden Putin" are still titles; only long titles are fuzzy-matched to stay safe.
FUZZY_TITLES = ("president", "minister", "secretary", "chancellor", "ambassador", "spokesman")


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


def has_office_title(words: Span) -> bool:
    """A title before a name makes it a person only if it is an office, not just a nationality."""
    return any(w.lower_ not in DEMONYMS and w.lower_ not in TITLE_MODIFIERS for w in words)
