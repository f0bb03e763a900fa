"""Who said it: from the grammatical subject of a cue to an entity of the article, or to nobody.

Names resolve through the entity spans; pronouns to the most salient earlier subject of a compatible
gender; descriptors ("Russia's top diplomat", "the minister") to a person whose title or apposition in
the article says so; state bodies ("the Russian government") to their country. A wrong name is worse
than none, so anything else stays unresolved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from services.ner.core import TITLE_WORDS
from services.ner.gazetteer import (
    COUNTRY_DEMONYMS,
    DEMONYMS,
    NATIONAL_NOUNS,
    female_names,
    male_names,
    plain,
    word_set,
)
from services.ner.mentions import COUNSEL_LETTERS, portfolio_title_start
from services.ner.titles import title_prefix_start
from services.quotes.cues import is_age
from shared.contract import Entity

MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her"})
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
GROUP_PRONOUNS = frozenset({"it", "they", "we"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "sheikh", "emir", "pope"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess"})
# Experts described by their trade after being named ("Dr Jane Roe, who led the study, ... The researcher
# added"): with nobody titled so, the person just spoken of.
EXPERT_NOUNS = word_set("researcher scientist economist analyst professor academic strategist epidemiologist")
# People who speak for an organisation, with the gender the noun gives them.
VOICE_GENDERS: dict[str, str | None] = {
    "spokeswoman": "female",
    "spokesman": "male",
    "spokesperson": None,
    "representative": None,
    "official": None,
}
# Descriptor nouns and the titles that license them: "Russia's top diplomat" is its foreign minister.
ROLE_TITLES: dict[str, tuple[frozenset[str], ...]] = {
    "diplomat": (
        frozenset({"foreign", "minister"}),
        frozenset({"foreign", "secretary"}),
        frozenset({"secretary", "state"}),
        frozenset({"ambassador"}),
        frozenset({"envoy"}),
    ),
    "minister": (frozenset({"minister"}),),
    "president": (frozenset({"president"}),),
    "premier": (frozenset({"prime", "minister"}), frozenset({"premier"})),
    "chancellor": (frozenset({"chancellor"}),),
    "secretary": (frozenset({"secretary"}),),
    "spokesman": (frozenset({"spokesman"}), frozenset({"spokesperson"})),
    "spokeswoman": (frozenset({"spokeswoman"}), frozenset({"spokesperson"})),
    "spokesperson": (frozenset({"spokesman"}), frozenset({"spokeswoman"}), frozenset({"spokesperson"})),
    "leader": (
        frozenset({"leader"}),
        frozenset({"president"}),
        frozenset({"prime", "minister"}),
        frozenset({"chief"}),
        frozenset({"head"}),
    ),
    "ambassador": (frozenset({"ambassador"}),),
    "envoy": (frozenset({"envoy"}),),
    "general": (frozenset({"general"}), frozenset({"gen"})),
    "commander": (frozenset({"commander"}),),
    "director": (frozenset({"director"}),),
    "chairman": (frozenset({"chairman"}),),
    "governor": (frozenset({"governor"}),),
    "mayor": (frozenset({"mayor"}),),
    "senator": (frozenset({"senator"}),),
    "king": (frozenset({"king"}),),
    "queen": (frozenset({"queen"}),),
    "pope": (frozenset({"pope"}),),
    "executive": (frozenset({"executive"}),),
    "chief": (frozenset({"chief"}), frozenset({"president"}), frozenset({"leader"}), frozenset({"head"})),
    "head": (frozenset({"head"}),),
    "coordinator": (frozenset({"coordinator"}),),
    "critic": (frozenset({"critic"}),),
    "sponsor": (frozenset({"sponsor"}),),
    "coach": (frozenset({"coach"}),),
    "captain": (frozenset({"captain"}),),
    "lawyer": (frozenset({"lawyer"}),),
    "founder": (frozenset({"founder"}),),
    "chair": (frozenset({"chair"}), frozenset({"chairman"}), frozenset({"chairwoman"})),
    "chairwoman": (frozenset({"chairwoman"}), frozenset({"chair"})),
    "judge": (frozenset({"judge"}), frozenset({"justice"})),
    "justice": (frozenset({"justice"}), frozenset({"judge"})),
    "boss": (frozenset({"chief", "executive"}), frozenset({"head"}), frozenset({"boss"})),
    # "Senior State Attorney Jane Roe ... the prosecutor said": the attorneys who prosecute.
    "prosecutor": (
        frozenset({"prosecutor"}),
        frozenset({"state", "attorney"}),
        frozenset({"district", "attorney"}),
        frozenset({"prosecuting", "attorney"}),
        frozenset({"crown", "counsel"}),
    ),
    "doctor": (frozenset({"doctor"}), frozenset({"physician"}), frozenset({"surgeon"})),
    "physician": (frozenset({"physician"}), frozenset({"doctor"})),
}
# Roles that only the same word in a person's titles licenses: "the analyst" is the one called an analyst.
SELF_ROLES = word_set(
    """analyst economist strategist professor prosecutor attorney editor activist campaigner researcher
    scientist doctor surgeon official officer negotiator adviser advisor consultant manager owner
    inspector detective superintendent commissioner administrator registrar auditor ombudsman
    bishop archbishop cardinal imam rabbi priest pastor councillor councilman councilwoman congressman
    congresswoman lawmaker legislator deputy representative mp mep governor-general treasurer
    headteacher principal dean rector vice-chancellor farmer fisherman teacher nurse midwife driver
    sheriff undersheriff comptroller coroner counsel barrister sergeant colonel"""
)
# People described by what they are or do, the way a story goes on about its protagonist ("the champion
# said", "the Ireland manager says"): when nobody in the article bears the word as a title, the person
# just spoken of. Roles that set someone against the protagonist (judge, victim, prosecutor) are left out:
# there the unnamed one is usually somebody else.
PERSON_NOUNS = word_set(
    """champion veteran star striker midfielder defender goalkeeper forward winger player athlete runner
    sprinter swimmer cyclist rider boxer fighter wrestler skier golfer jockey racer singer actor actress
    musician rapper artist author writer novelist poet filmmaker designer architect chef billionaire
    businessman businesswoman entrepreneur tycoon mogul founder manager coach captain boss frenchman
    englishman irishman scotsman welshman dutchman"""
)
for role in SELF_ROLES:
    ROLE_TITLES.setdefault(role, (frozenset({role}),))
# Short titles written before names, and the words "the ..." uses for them later.
TITLE_ABBREVIATIONS = {
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "sgt": "sergeant",
    "cllr": "councillor",
    "cr": "councillor",
    "gen": "general",
    "col": "colonel",
    "capt": "captain",
    "prof": "professor",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "adm": "admiral",
}
STATE_NOUNS = frozenset({"government", "authorities", "administration", "regime", "state", "officials"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
# Verbs whose predicate noun states a person's role: "is the mayor", "was appointed chief executive".
PREDICATE_VERBS = frozenset({"be", "become", "remain", "name", "appoint", "elect"})
SALIENCE_WINDOW = 5
# Sentences back in which "it" (an organisation) or "the 46-year-old" (a person) finds its referent.
SHORT_REACH = 2
# Paragraphs back in which the last quoted speaker of a pronoun's gender is still its referent.
SPEAKER_PARAGRAPHS = 4
# Paragraphs back (the current one included) in which a lone person of a pronoun's gender is its referent.
PRONOUN_PARAGRAPHS = 3
# People nouns that speak for the organisation they belong to when plural ("analysts at ING"), and
# collective nouns that do so in the singular ("the EU's observer mission").
MEMBER_NOUNS = word_set(
    """analyst economist strategist expert researcher observer monitor official executive lawyer
    investigator scientist representative member staff worker spokesperson"""
)
# A spokesperson speaks for the organisation named with it, even in the singular ("a Treasury spokesman").
SPOKES_NOUNS = word_set("spokesman spokeswoman spokesperson")
COLLECTIVE_NOUNS = word_set(
    """mission team delegation office board panel unit staff secretariat spokespeople leadership
    management"""
)
MEMBER_PREPOSITIONS = frozenset({"at", "from", "of", "for", "with", "in"})
# Nouns for any kind of organisation: "the agency said" after it spoke goes on with it.
ORGANISATION_NOUNS = word_set(
    "agency body organisation organization group watchdog charity lobby institution"
)
# "a statement from the ministry", "the union's report": a document speaks for whoever issued it.
DOCUMENT_NOUNS = word_set(
    """statement report letter note post tweet filing release communique memo document study survey
    analysis assessment"""
)
# "the ministry said": a bare institution noun names the one organisation of that kind in the article.
INSTITUTION_NOUNS = word_set(
    """ministry commission council committee agency bank union party court company firm department
    authority regulator tribunal parliament assembly federation association organisation organization
    institute university group alliance coalition fund board bureau service police army military
    mission office directorate network collective campaign forum society trust foundation charity"""
)
# Kinds of institution a story names with either word: "the court" after the "Constitutional Tribunal".
INSTITUTION_SYNONYMS = {"court": ("tribunal",), "tribunal": ("court",)}
# "the company said", "the carrier said": a business noun names the organisation last mentioned nearby,
# unless that one is plainly an institution of another kind.
COMPANY_NOUNS = word_set(
    """company firm carrier airline business group manufacturer maker retailer operator developer
    insurer lender startup conglomerate chain supplier producer miner utility broadcaster publisher
    automaker carmaker bank brand platform"""
)
NON_COMPANY_WORDS = word_set(
    """association union ministry department council commission committee court agency party parliament
    assembly senate congress government institute university foundation society federation board
    tribunal police army league chamber office authority"""
)


@dataclass
class PersonProfile:
    name: str
    titles: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    # Places named in the person's titles ("Tuvalu's Prime Minister"), lower case.
    places: set[str] = field(default_factory=set)
    # Nouns the article describes the person by ("Jane Roe, the party's convener"): "the convener" is her.
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    # "Declan Roe, 41,", "the 41-year-old Declan Roe": the age the article gives.
    ages: set[str] = field(default_factory=set)


NO_PROFILE = PersonProfile("")
# One member of a party, named by the party: "the Oklahoma Republican said".
PARTY_MEMBERS = word_set("republican democrat tory conservative socialist nationalist")


def token_entities(doc: Doc, entities: Iterable[Entity]) -> dict[int, Entity]:
    """Token index -> entity covering it."""
    index: dict[int, Entity] = {}
    for entity in entities:
        for span in entity.spans:
            covered = doc.char_span(span.start, span.end, alignment_mode="expand")
            if covered is not None:
                for i in range(covered.start, covered.end):
                    index.setdefault(i, entity)
    return index


def mention_span(head: Token) -> Span:
    """The noun phrase a cue attaches to, without relative clauses or appositions."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "nummod", "det", "case", "punct"):
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == end:
            end += 1
    doc = head.doc
    while start < head.i and (doc[start].dep_ in ("det", "punct") or doc[start].is_punct):
        start += 1
    return doc[start:end]


class SpeakerResolver:
    """Resolves cue subjects in reading order; remembers each sentence's subject for later pronouns."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc.text
        self.by_token = token_entities(doc, entities)
        self.entities = entities
        self.profiles = person_profiles(doc, entities, self.by_token)
        self.place_names = place_words(entities)
        self.salient: dict[int, Entity] = {}
        self.sentences = list(doc.sents)
        self.sentence_starts = [sent.start for sent in self.sentences]
        self._salience_done = -1
        self.paragraph_starts = [0] + [
            token.idx + len(token.text) for token in doc if token.is_space and "\n" in token.text
        ]
        self.person_spans = sorted(
            ((span.start, entity) for entity in entities if entity.type == "PERSON" for span in entity.spans),
            key=lambda pair: pair[0],
        )
        self.person_span_starts = [start for start, _ in self.person_spans]
        self.org_spans = sorted(
            ((span.start, entity) for entity in entities if entity.type == "ORG" for span in entity.spans),
            key=lambda pair: pair[0],
        )
        self.org_span_starts = [start for start, _ in self.org_spans]
        self.by_surname = surname_index(entities, self.profiles)
        self.by_name_word = name_word_index(entities, self.profiles)
        self.by_form = {form.casefold(): e for e in entities for form in (e.name, *e.mentions)}
        # Speakers already resolved, in reading order: (token index of the mention, entity).
        self.spoken: list[tuple[int, Entity]] = []
        # Organisations heard through a person ("a spokeswoman for X said"): token index, the body, and
        # the gender the noun gives that person, if any.
        self.voices: list[tuple[int, Entity, str | None]] = []

    def resolve(self, head: Token | None, before: int, quoted: tuple[int, int] = (0, 0)) -> Entity | None:
        """Entity that ``head`` (a cue subject) refers to; ``before`` is the token index of the quote and
        ``quoted`` its character offsets."""
        if head is None:
            return None
        owner = self.by_token.get(head.i)
        member = next(
            (
                c
                for c in head.children
                if c.dep_ == "appos"
                and 0 < c.i - head.i <= 4
                and (e := self.by_token.get(c.i))
                and e.type == "PERSON"
            ),
            None,
        )
        if owner is not None and owner.type in ("ORG", "GPE") and member is not None:
            # "Seattle Storm forward Jasmine Okoye, the union's president, said": the player, not the club.
            return self.named(member)
        if head.lower_ in PARTY_MEMBERS and head.left_edge.lower_ == "the" and head.tag_ in ("NNP", "NN"):
            # "the Oklahoma Republican told him": one member of the party, the person just spoken of.
            return self.recent_person(head)
        whose = next(
            (c for c in head.children if c.dep_ == "appos" and any(g.lower_ == "whose" for g in c.children)),
            None,
        )
        name = next((c for c in whose.children if c.dep_ == "appos"), None) if whose is not None else None
        if name is not None:
            # "the journal Cortex Letters, whose editor-in-chief, Dr. Ewan Roe, said": the editor speaks.
            return self.named(name) or self.surname(name)
        if head.text in COUNSEL_LETTERS and head.i >= 1 and head.i - 1 in self.by_token:
            head = head.doc[head.i - 1]  # "Aoife Roe BL said"
        if head.lower_ in ("designate", "elect") and head.i >= 2 and head.doc[head.i - 1].text == "-":
            # "the prime minister-designate said": the office is the noun before the hyphen.
            head = head.doc[head.i - 2]
        if (
            head.dep_ == "appos"
            and head.head.i < head.i
            and head.head.pos_ == "PROPN"
            and not is_dateline(head.head)
        ):
            # "Jane Roe, a Labour councillor, who said", "Jane Roe, a Democrat, who said": the descriptor
            # stands beside a name, and that name speaks, not the party the descriptor may name.
            return self.named(head.head) or self.surname(head.head)
        entity = (
            self.named(head)
            or self.apposed(head)
            or self.bearer_before_cue(head)
            or self.surname(head)
            or self.titled(head)
        )
        national = entity is not None and (entity.type == "NORP" or entity.name.casefold() in NATIONAL_NOUNS)
        if national and is_one_national(head):
            # "the Swede said", "the 29-year-old Kenyan said": one person of that nation, the one just
            # spoken of, not the nation.
            return self.recent_person(head)
        if entity is not None:
            return entity
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            return self.pronoun(head, "male" if lower in MALE_PRONOUNS else "female", quoted)
        if lower == "it":
            # "UNEP has ranked ... In a report, it said": failing a quoted organisation, the one leading
            # the sentence before.
            return (
                self.sentence_organisation(head)
                or self.organisation_pronoun(head)
                or self.previous_subject_organisation(head)
            )
        if lower == "they":
            # "Officials at the Port Authority said ... They added": the body whose people spoke just
            # before, in this paragraph.
            return self.spoken_body(head)
        if lower in GROUP_PRONOUNS:
            return None
        if is_age(head):
            return self.aged(head) or self.recent_person(head)
        aged_noun = head.tag_ == "NN" or (head.tag_ == "NNP" and head.i not in self.by_token)
        if aged_noun and any(is_age(child) for child in head.lefts):
            # "the 51-year-old civil engineer told CTR": the person just spoken of, unless the noun is a
            # title someone in the article bears ("the 60-year-old minister").
            described = self.descriptor(head, before) if is_one_role(head) else None
            return described or self.aged(head) or self.recent_person(head)
        lemma = head.lemma_.lower()
        if is_indefinite(head) and head.tag_ == "NN" and lemma in ROLE_TITLES and self.is_display_line(head):
            # "Key points: - A senior doctor says ...": a headline, standfirst or key point introduces the
            # one the body names, the only person whose titles fit.
            entity = self.descriptor(head, before, sole=True)
            if entity is not None:
                return entity
        if is_one_role(head) or self.is_described_role(head):
            entity = self.descriptor(head, before)
            if entity is None and lemma in PERSON_NOUNS | EXPERT_NOUNS and self.untitled_role(head):
                # "DECLAN ROE has attacked the board. The Ireland manager says ...": a role nobody in the
                # article bears as a title describes the person just spoken of.
                entity = self.recent_person(head)
            if entity is not None or lemma not in SPOKES_NOUNS:
                return entity
        if lemma in PERSON_NOUNS and head.tag_ == "NN" and self.untitled_role(head):
            return self.recent_person(head)
        if lemma in DOCUMENT_NOUNS:
            author = author_of(head)
            if author is not None:
                return self.resolve(author, before, quoted)
            return self.issuer(head) if head.left_edge.lower_ == "the" else None
        member_of = self.member_of(head, quoted)
        if member_of is not None:
            return member_of
        if lemma in VOICE_GENDERS and head.left_edge.lower_ == "the":
            # "A spokesman for the ministry said ... "...," the spokesman said": the body he speaks for.
            voice = self.voice_named(head, VOICE_GENDERS[lemma])
            if voice is not None:
                return voice
        if lemma in STATE_NOUNS:
            return self.state(head)
        entity = self.institution(head) if lemma in INSTITUTION_NOUNS else None
        if entity is None and lemma in COMPANY_NOUNS:
            entity = self.company(head, quoted)
        if (
            entity is None
            and lemma in ORGANISATION_NOUNS
            and head.tag_ == "NN"
            and head.left_edge.lower_ == "the"
        ):
            # "The agency said", "the Paris-based body said": the organisation that just spoke or led the
            # sentence before, like "it".
            entity = self.organisation_pronoun(head) or self.previous_subject_organisation(head)
            kinds = set(entity.name.casefold().split()) & INSTITUTION_NOUNS if entity is not None else set()
            if not kinds <= ORGANISATION_NOUNS:
                # "the agency" is not the "Ministry of Health" or the "Nurses' Union" that spoke before.
                entity = None
        if entity is None and head.tag_ == "NNS" and head.left_edge.lower_ == "the" and head.pos_ == "NOUN":
            # "The Teachers' Union called a strike. The teachers said ...": a definite group right after
            # an organisation led the sentence before is that organisation's members.
            entity = self.leading_organisation(head)
        return entity

    def sentence_organisation(self, head: Token) -> Entity | None:
        """ "The commission declined to comment on what it called ...": an "it" inside a clause of the
        sentence, after an organisation that is the subject of the verb the clause hangs on."""
        verb = head.head
        while verb.dep_ != "ROOT" and verb.head is not verb:
            verb = verb.head
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and child.i < head.i:
                    entity = self.named(child) or self.apposed(child)
                    return entity if entity is not None and entity.type == "ORG" else None
        return None

    def leading_organisation(self, head: Token) -> Entity | None:
        """The organisation that is the main subject of the sentence before, in the same paragraph, when
        its name says these are its members ("the teachers" of a teachers' union; "the workers" after a
        company are someone else)."""
        entity = self.previous_subject_organisation(head)
        if entity is None:
            return None
        stem = head.lemma_.lower()[:5]
        members = head.lemma_.lower() == "member" or any(
            word.lower().startswith(stem) for word in entity.name.split()
        )
        return entity if members else None

    def previous_subject_organisation(self, head: Token) -> Entity | None:
        """The organisation that is the main subject of the sentence before, in the same paragraph."""
        sentence = self.sentence_index(head.i)
        if sentence == 0:
            return None
        previous = self.sentences[sentence - 1]
        if self.crosses_paragraphs(previous.start, head.i, 0):
            return None
        for child in previous.root.children:
            if child.dep_ in SUBJECT_DEPS:
                entity = self.named(child) or self.apposed(child)
                return entity if entity is not None and entity.type == "ORG" else None
        return None

    def remember(self, head: Token, entity: Entity) -> None:
        """Record a resolved speaker, for later pronouns; a pronoun that found a person of unknown
        gender teaches it."""
        self.spoken.append((head.i, entity))
        if entity.type == "ORG" and head.lemma_.lower() in VOICE_GENDERS:
            self.voices.append((head.i, entity, VOICE_GENDERS[head.lemma_.lower()]))
        profile = self.profiles.get(entity.name)
        if profile is not None and profile.gender is None and head.lower_ in PERSON_PRONOUNS:
            profile.gender = "male" if head.lower_ in MALE_PRONOUNS else "female"

    def apposed(self, head: Token) -> Entity | None:
        """ "The finance secretary, Jane Roe, said": the name in apposition is the speaker (the parser
        may call a name set off by commas an adverbial: "The UN refugee agency, UNHCR, said")."""
        for child in head.children:
            if child.dep_ == "appos" or (
                child.dep_ in ("npadvmod", "dep")
                and child.pos_ == "PROPN"
                and child.i > head.i
                and self.doc[child.i - 1].text == ","
            ):
                if any(grandchild.dep_ == "conj" for grandchild in child.children):
                    # "The two judges, Jane Roe and John Doe, wrote": both wrote, neither alone.
                    return None
                entity = self.named(child)
                if entity is not None and entity.type in ("PERSON", "ORG"):
                    return entity
        return self.apposed_past_place(head)

    def bearer_before_cue(self, head: Token) -> Entity | None:
        """ "Its co-founder and chief executive, Jane Roe, said": a person's name set off by commas right
        before the cue bears the role that opens the subject, however the parser splits the phrase."""
        cue = head.head
        if head.dep_ not in SUBJECT_DEPS or head.pos_ == "PROPN" or cue.i <= head.i:
            return None
        last = cue.i - 2
        entity = self.by_token.get(last)
        if self.doc[cue.i - 1].text != "," or entity is None or entity.type != "PERSON":
            return None
        first = last
        while self.by_token.get(first - 1) is entity:
            first -= 1
        between = self.doc[head.i : first - 1]
        if first - 1 <= head.i or self.doc[first - 1].text != "," or any(t.pos_ == "VERB" for t in between):
            return None
        return entity

    def apposed_past_place(self, head: Token) -> Entity | None:
        """ "The mayor of Springfield, Jane Roe, said": the parser may hang the name on the place that
        ends the role's phrase ("the head of the union, Jane Roe"); a person set beside anything but another
        person is the role's bearer."""
        lemma = head.lemma_.lower()
        if lemma not in ROLE_TITLES and lemma not in PERSON_NOUNS and lemma not in ("member", "mp", "mep"):
            return None  # "The state Member for Lara, Ella Papadakis, said" too
        for prep in head.children:
            if prep.dep_ != "prep" or prep.i < head.i:
                continue
            for place in prep.children:
                owner = self.by_token.get(place.i)
                if place.dep_ != "pobj" or (owner is not None and owner.type == "PERSON"):
                    continue
                for child in place.children:
                    entity = self.named(child) if child.dep_ == "appos" else None
                    if entity is not None and entity.type == "PERSON":
                        return entity
        return None

    def titled(self, head: Token) -> Entity | None:
        """ "Minister of State for Housing Jane Roe said": a capitalised title whose phrase ends in a
        person's name, which the parser hung inside the title's phrase."""
        if head.pos_ != "PROPN" or head.lower_ not in TITLE_WORDS:
            return None
        entity = self.by_token.get(head.right_edge.i)
        return entity if entity is not None and entity.type == "PERSON" else None

    def surname(self, head: Token) -> Entity | None:
        """A proper name the entity stage did not link ("Mr Roe" after "Jane Roe"): the one person whose
        last name it is."""
        if head.lower_ in TITLE_WORDS or not (
            head.pos_ == "PROPN"
            or (head.is_title and not head.is_sent_start)
            or (head.is_title and head.dep_ in ("nsubj", "advmod") and head.i + 1 == head.head.i)
        ):
            # The tagger takes some surnames for common nouns ("Olivares told"); a capital mid-sentence
            # still marks a name.
            return None
        key = head.text.casefold()
        if head.i >= 2 and self.doc[head.i - 1].text == "-" and not self.doc[head.i - 2].whitespace_:
            key = f"{self.doc[head.i - 2].text}-{head.text}".casefold()  # "Galvez-Ocampo said"
        entity = self.by_surname.get(key)
        if entity is None and head.i > 0 and self.doc[head.i - 1].lower_ in TITLE_WORDS:
            # "Ms Sato" after "Sato Megumi", "Mr Carvalho" after "Ana Carvalho Nogueira": family names
            # come first in some languages and first of two in others; the title marks it as one.
            entity = self.by_name_word.get(key)
        return entity

    def organisation_pronoun(self, head: Token) -> Entity | None:
        """ "It said": the organisation quoted or named as subject in the last sentences."""
        sentence = self.sentence_index(head.i)
        for index, entity in reversed(self.spoken):
            if self.sentence_index(index) < sentence - SHORT_REACH + 1:
                break
            if entity.type == "ORG" and not self.crosses_paragraphs(index, head.i, 1):
                return entity
            return None
        return None

    def spoken_body(self, head: Token) -> Entity | None:
        """The organisation quoted last, when it spoke through several people ("officials", "staff") in
        this paragraph within the last sentences and nobody spoke since."""
        if not self.spoken:
            return None
        index, entity = self.spoken[-1]
        speaker = self.doc[index]
        if (
            entity.type != "ORG"
            or speaker.tag_ not in ("NNS", "NNPS")
            or self.crosses_paragraphs(index, head.i, 0)
            or self.sentence_index(index) < self.sentence_index(head.i) - SHORT_REACH
        ):
            return None
        return entity

    def crosses_paragraphs(self, first: int, second: int, allowed: int) -> bool:
        return self.paragraph_of(second) - self.paragraph_of(first) > allowed

    def paragraph_of(self, token_index: int) -> int:
        return bisect_left(self.paragraph_starts, self.doc[token_index].idx + 1) - 1

    def issuer(self, head: Token) -> Entity | None:
        """ "In a statement, she said ... "...," the statement said": whoever spoke last in a sentence that
        names that kind of document, within this paragraph or the two before."""
        lemma = head.lemma_.lower()
        for index, entity in reversed(self.spoken):
            if self.crosses_paragraphs(index, head.i, 2):
                return None
            if any(t.lemma_.lower() == lemma for t in self.doc[index].sent if t.i != head.i):
                return entity
        return None

    def aged(self, head: Token) -> Entity | None:
        """ "the 41-year-old said": the one person the article gave that age."""
        age = age_of(head)
        if age is None:
            return None
        bearers = [e for e in self.entities if age in self.profiles.get(e.name, NO_PROFILE).ages]
        return bearers[0] if len(bearers) == 1 else None

    def recent_person(self, head: Token) -> Entity | None:
        """ "the 46-year-old said": the person last quoted or last a sentence's subject, close by."""
        sentence = self.sentence_index(head.i)
        self.fill_salience(sentence)
        for previous in range(sentence, max(-1, sentence - 1 - SHORT_REACH), -1):
            entity = self.salient.get(previous)
            if entity is not None:
                return entity
        for index, entity in reversed(self.spoken):
            if self.sentence_index(index) >= sentence - SHORT_REACH and entity.type == "PERSON":
                return entity
            break
        return None

    def company(self, head: Token, quoted: tuple[int, int] = (0, 0)) -> Entity | None:
        """ "the company", "the carrier": the organisation named last in this paragraph or the one
        before, when it is a business rather than a ministry, union or court; failing that, the business
        quoted last. A plural ("pastoralist groups", "the banks") is several and names none of them. A
        name inside the quotation itself (``quoted``, character offsets) is one the company speaks of."""
        if head.tag_ in ("NNS", "NNPS") or not any(
            child.dep_ in ("det", "poss", "amod", "npadvmod") for child in head.children
        ):
            return None
        paragraph = self.paragraph_of(head.i)
        window_start = self.paragraph_starts[max(0, paragraph - 1)]
        low = bisect_left(self.org_span_starts, window_start)
        high = bisect_left(self.org_span_starts, head.idx)
        for start, entity in reversed(self.org_spans[low:high]):
            if is_business(entity) and not quoted[0] <= start < quoted[1]:
                return entity
        # Named further back, the business that already spoke goes on speaking ("the company said");
        # failing that, the one business the article is about.
        spoken = next((e for _, e in reversed(self.spoken) if e.type == "ORG" and is_business(e)), None)
        return spoken or self.main_business()

    def main_business(self) -> Entity | None:
        """The business named at least three times and more often than any other, if there is one."""
        businesses = sorted(
            (e for e in self.entities if e.type == "ORG" and is_business(e)), key=lambda e: -len(e.spans)
        )
        if not businesses or len(businesses[0].spans) < 3:
            return None
        if len(businesses) > 1 and len(businesses[1].spans) == len(businesses[0].spans):
            return None
        return businesses[0]

    def member_of(self, head: Token, quoted: tuple[int, int] = (0, 0)) -> Entity | None:
        """ "Analysts at ING", "the European Union's observer mission": the organisation speaks."""
        lemma = head.lemma_.lower()
        plural_member = lemma in MEMBER_NOUNS and head.tag_ in ("NNS", "NNPS")
        if head.pos_ != "NOUN" or not (plural_member or lemma in COLLECTIVE_NOUNS or lemma in SPOKES_NOUNS):
            return None
        for child in head.children:
            owner: Token | None = None
            if child.dep_ == "poss" or (child.dep_ == "compound" and lemma in SPOKES_NOUNS):
                owner = child
            elif child.dep_ == "prep" and child.lower_ in MEMBER_PREPOSITIONS:
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is None:
                continue
            entity = self.by_token.get(owner.i)
            if entity is None and owner.pos_ == "PROPN":
                entity = self.by_form.get(owner.text.casefold())  # "An ECB spokesperson" left untagged
            if entity is None and owner.lemma_.lower() in INSTITUTION_NOUNS:
                # "a ministry spokesperson": the noun naming the owner takes no article of its own.
                entity = self.institution(owner, definite=child.dep_ == "compound")
            if entity is None and owner.lemma_.lower() in COMPANY_NOUNS:
                # "The firm's spokesman": the business named last nearby.
                entity = self.company(owner, quoted)
            if entity is not None and entity.type == "ORG":
                return entity
        return None

    def institution(self, head: Token, definite: bool = False) -> Entity | None:
        """ "the ministry", "the electoral commission": the organisation of that kind named before, when
        exactly one fits; "the unions" are several and name none."""
        if head.tag_ in ("NNS", "NNPS") or not (
            definite or any(child.dep_ == "det" and child.lower_ == "the" for child in head.children)
        ):
            return None
        words = {head.lower_, head.lemma_.lower()}
        words.update(INSTITUTION_SYNONYMS.get(head.lemma_.lower(), ()))
        modifiers = {c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.is_lower}
        end = bisect_left(self.org_span_starts, head.idx)
        fitting: dict[str, Entity] = {}
        for _, entity in self.org_spans[:end]:
            name_words = set(entity.name.casefold().split())
            if words & name_words and modifiers <= name_words:
                fitting[entity.name] = entity
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def named(self, head: Token) -> Entity | None:
        entity = self.by_token.get(head.i)
        if entity is not None:
            # "The Nigeria Labour Congress said" where the entity stage linked only "Congress": a longer
            # name of the article that the whole phrase spells out is the one meant.
            whole = self.by_form.get(mention_span(head).text.casefold())
            if whole is not None and entity.name.casefold() in whole.name.casefold():
                entity = whole
            bearer = self.by_surname.get(entity.name.casefold())
            if entity.type != "PERSON" and bearer is not None and bearer.name != entity.name:
                # "Roe said" after "Jane Roe": the entity stage may take the lone surname for a place.
                entity = bearer
        if entity is not None and entity.type in ("PERSON", "ORG", "GPE", "NORP", "LOC"):
            return entity
        return None

    def pronoun(self, head: Token, gender: str, quoted: tuple[int, int] = (0, 0)) -> Entity | None:
        sentence = self.sentence_index(head.i)
        self.fill_salience(sentence)
        sent = self.doc[head.i].sent
        for token in reversed(self.doc[sent.start : head.i]):
            if quoted[0] <= token.idx < quoted[1]:
                continue  # "'Jane Roe and her team were superb,' she said": the quote's subject is not "she"
            entity = self.by_token.get(token.i)
            if token.dep_ in SUBJECT_DEPS and entity is not None and self.fits(entity, gender):
                return entity
        entity = self.recent_salient(sentence, gender) or self.last_speaker(head, gender)
        return entity or self.last_voice(head, gender) or self.lone_person(head, gender)

    def voice_named(self, head: Token, gender: str | None) -> Entity | None:
        """The organisation whose spokesperson of ``gender`` (any if None) spoke last, in this paragraph
        or the one before."""
        for index, entity, voice_gender in reversed(self.voices):
            if self.crosses_paragraphs(index, head.i, 1):
                return None
            if gender is None or voice_gender in (None, gender):
                return entity
        return None

    def last_voice(self, head: Token, gender: str) -> Entity | None:
        """ "A spokeswoman for Acme said ... "...," she said": the organisation whose spokesperson spoke
        last, in this paragraph or the one before, when nobody has spoken since and the noun does not
        give the other gender."""
        if not self.voices or not self.spoken or self.spoken[-1][0] != self.voices[-1][0]:
            return None
        index, entity, voice_gender = self.voices[-1]
        if voice_gender not in (None, gender) or self.crosses_paragraphs(index, head.i, 1):
            return None
        return entity

    def last_speaker(self, head: Token, gender: str) -> Entity | None:
        """The person of ``gender`` quoted last, within a few paragraphs: "she said" goes on with her."""
        paragraph = self.paragraph_of(head.i)
        for index, entity in reversed(self.spoken):
            if paragraph - self.paragraph_of(index) >= SPEAKER_PARAGRAPHS:
                return None
            profile = self.profiles.get(entity.name)
            if profile is not None and profile.gender == gender:
                return entity
        return None

    def recent_salient(self, sentence: int, gender: str | None) -> Entity | None:
        """The latest sentence subject before ``sentence`` that fits ``gender`` (any person if None)."""
        for previous in range(sentence - 1, max(-1, sentence - 1 - SALIENCE_WINDOW), -1):
            entity = self.salient.get(previous)
            if entity is not None and (gender is None or self.fits(entity, gender)):
                return entity
        return None

    def lone_person(self, head: Token, gender: str) -> Entity | None:
        """The one person of ``gender`` (or, failing that, of unknown gender) named in the last few
        paragraphs; None when there is more than one."""
        paragraph = bisect_left(self.paragraph_starts, head.idx + 1) - 1
        window_start = self.paragraph_starts[max(0, paragraph - PRONOUN_PARAGRAPHS + 1)]
        low = bisect_left(self.person_span_starts, window_start)
        high = bisect_left(self.person_span_starts, head.idx)
        known: dict[str, Entity] = {}
        unknown: dict[str, Entity] = {}
        for _, entity in self.person_spans[low:high]:
            profile = self.profiles.get(entity.name)
            if profile is None:
                continue
            if profile.gender == gender:
                known[entity.name] = entity
            elif profile.gender is None:
                unknown[entity.name] = entity
        if len(known) == 1:
            return next(iter(known.values()))
        if not known and len(unknown) == 1:
            return next(iter(unknown.values()))
        return None

    def fits(self, entity: Entity, gender: str) -> bool:
        profile = self.profiles.get(entity.name)
        return profile is not None and profile.gender in (None, gender)

    def descriptor(self, head: Token, before: int, sole: bool = False) -> Entity | None:
        """A role noun names the latest person whose title fits it and whose country does not clash (with
        ``sole``, only the one person it fits)."""
        modifiers = {child.lower_ for child in head.lefts if child.lower_ in TITLE_WORDS}
        # "the BJP state chief": an organisation in the descriptor must be in the person's titles too.
        modifiers.update(
            word.lower_
            for child in head.lefts
            if child.dep_ in ("compound", "nmod")
            for word in child.subtree
            if word.pos_ == "PROPN" and self.is_org(word)
        )
        country = descriptor_country(head)
        place = next(
            (
                c.lower_
                for c in head.lefts
                if c.dep_ == "poss" and is_place(c, self.by_token, self.place_names)
            ),
            None,
        )
        options = ROLE_TITLES.get(head.lemma_.lower(), (frozenset({head.lemma_.lower()}),))
        fitting: list[tuple[Entity, set[str]]] = []
        for entity in self.entities:
            profile = self.profiles.get(entity.name)
            if profile is None or not any(option <= profile.titles for option in options):
                continue
            if not modifiers <= profile.titles or (
                country and profile.demonyms and country not in profile.demonyms
            ):
                continue
            if place and profile.places and place not in profile.places:
                # "Tuvalu's prime minister" is not "Fiji's Prime Minister Jone Roe".
                continue
            fitting.append((entity, profile.titles))
        # "the labour minister" among two ministers: the one whose titles carry the qualifier too, when one
        # does ("top" in "the top diplomat" is in nobody's titles and narrows nothing).
        qualifiers = {
            child.lower_
            for child in head.lefts
            if child.dep_ in ("amod", "compound") and child.is_alpha and child.i not in self.by_token
        }
        qualified = [entity for entity, titles in fitting if qualifiers and qualifiers <= titles]
        candidates = qualified or [entity for entity, _ in fitting]
        if sole:
            return candidates[0] if len(candidates) == 1 else None
        best: tuple[int, Entity] | None = None
        for entity in candidates:
            last = max((s.start for s in entity.spans if s.start < self.doc[before].idx), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, entity)
        if best is None and len(candidates) == 1:
            # A headline or standfirst ("..., mayor says") names its speaker only further down.
            return candidates[0]
        return best[1] if best else None

    def is_display_line(self, token: Token) -> bool:
        """True in a line that does not end like a sentence: a headline, standfirst, key point or caption."""
        end = self.text.find("\n", token.idx)
        line = self.text[self.text.rfind("\n", 0, token.idx) + 1 : end if end >= 0 else len(self.text)]
        return not line.rstrip(QUOTE_MARKS + " \t)]").endswith((".", "!", "?", "\u2026"))

    def is_described_role(self, head: Token) -> bool:
        """ "the convener said": a definite singular noun that the article has used to describe a person
        (in apposition, as a title before the name or as a predicate), though no list names it a role."""
        return (
            head.pos_ == "NOUN"
            and head.tag_ == "NN"
            and head.left_edge.lower_ == "the"
            and any(head.lemma_.lower() in profile.roles for profile in self.profiles.values())
        )

    def untitled_role(self, head: Token) -> bool:
        """True for "the manager" (with "the") when no person of the article has a title that fits it."""
        if head.left_edge.lower_ != "the":
            return False
        options = ROLE_TITLES.get(head.lemma_.lower(), (frozenset({head.lemma_.lower()}),))
        return not any(
            any(option <= profile.titles for option in options) for profile in self.profiles.values()
        )

    def is_org(self, token: Token) -> bool:
        entity = self.by_token.get(token.i)
        return entity is not None and entity.type == "ORG"

    def state(self, head: Token) -> Entity | None:
        country = descriptor_country(head)
        if country is None:
            return None
        name = DEMONYMS.get(country.casefold())
        return next((e for e in self.entities if e.name == name and e.type == "GPE"), None)

    def sentence_index(self, token_index: int) -> int:
        low, high = 0, len(self.sentence_starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentence_starts[middle] <= token_index:
                low = middle
            else:
                high = middle - 1
        return low

    def fill_salience(self, upto: int) -> None:
        """Each sentence's salient person: its main-clause subject, resolved like any speaker."""
        for index in range(self._salience_done + 1, min(upto, len(self.sentences))):
            entity = self.main_subject(self.sentences[index])
            if entity is not None:
                self.salient[index] = entity
            self._salience_done = index

    def main_subject(self, sentence: Span) -> Entity | None:
        root = sentence.root
        subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
        if not subjects and root.pos_ == "PROPN" and any(child.dep_ == "acl" for child in root.children):
            subjects = [root]
        if not subjects:
            subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.head.dep_ in ("ccomp", "conj")][
                :1
            ]
        for subject in subjects:
            if subject.lower_ in PERSON_PRONOUNS:
                gender = "male" if subject.lower_ in MALE_PRONOUNS else "female"
                return self.recent_salient(self.sentence_index(subject.i), gender)
            # "The opposition leader's wife, Jane Roe, addressed ...": the name beside the role is the one
            # the sentence is about, not whoever else bears the role's title.
            entity = self.named(subject) or self.apposed(subject) or self.surname(subject)
            if entity is None and (is_one_role(subject) or self.is_described_role(subject)):
                entity = self.descriptor(subject, subject.i)
            if entity is not None and entity.type == "PERSON":
                return entity
        return self.according_to_source(sentence)

    def according_to_source(self, sentence: Span) -> Entity | None:
        """ "According to Jane Roe, the figures are wrong.": the sentence is hers though its subject is
        something else, and a "she said" after it goes on with her."""
        for token in sentence:
            if (
                token.lower_ != "according"
                or token.i + 1 >= sentence.end
                or self.doc[token.i + 1].lower_ != "to"
            ):
                continue
            for source in self.doc[token.i + 1].children:
                if source.dep_ != "pobj":
                    continue
                entity = self.named(source) or self.apposed(source) or self.surname(source)
                if entity is not None and entity.type == "PERSON":
                    return entity
        return None


def is_dateline(token: Token) -> bool:
    """The place in capitals opening a paragraph, a comma, a date and a dash after it: "PARIS, May 2
    (Wire) -" ("UGT, the other union, said" is no dateline: a verb comes before any dash)."""
    doc = token.doc
    opens = token.i == 0 or "\n" in doc[token.i - 1].text
    if not (opens and token.is_upper and token.i + 1 < len(doc) and doc[token.i + 1].text == ","):
        return False
    for word in doc[token.i + 2 : token.i + 12]:
        if word.text in DATELINE_DASHES:
            return True
        if word.pos_ in ("VERB", "AUX") or "\n" in word.text:
            return False
    return False


def is_business(entity: Entity) -> bool:
    return not set(entity.name.casefold().split()) & NON_COMPANY_WORDS


def is_place(token: Token, by_token: dict[int, Entity], place_names: frozenset[str]) -> bool:
    """True for a country or place: an entity of that type here, or a word naming one elsewhere."""
    entity = by_token.get(token.i)
    if entity is not None:
        return entity.type == "GPE"
    return token.ent_type_ == "GPE" or token.lower_ in place_names


def descriptor_country(head: Token) -> str | None:
    """Demonym of the country a descriptor belongs to: "Russia's" or "Russian" -> "Russian"."""
    for child in head.lefts:
        if child.lower_ in DEMONYMS:
            return child.text.title()
        if child.dep_ == "poss" and child.ent_type_ == "GPE":
            return COUNTRY_DEMONYMS.get(child.text)
    return None


def person_profiles(
    doc: Doc, entities: list[Entity], by_token: dict[int, Entity]
) -> dict[str, PersonProfile]:
    """Titles, nationality and gender each person gets in the article ("Foreign Minister", "Mr")."""
    profiles: dict[str, PersonProfile] = {}
    place_names = place_words(entities)
    for entity in entities:
        if entity.type != "PERSON":
            continue
        profile = PersonProfile(entity.name)
        for form in entity.mentions:
            for word in form.split():
                lower = word.lower()
                if lower in TITLE_WORDS:
                    profile.titles.add(lower.rstrip("."))
                if lower in DEMONYMS:
                    profile.demonyms.add(word.title())
        profile.gender = gender_of(entity, profile)
        profiles[entity.name] = profile
    for token in doc:
        named = by_token.get(token.i)
        if named is not None and named.name in profiles and by_token.get(token.i + 1) is not named:
            profile_after_name(doc, token, profiles[named.name])
        if named is not None and named.name in profiles and by_token.get(token.i - 1) is not named:
            age = age_before(doc, token.i)
            if age is not None:
                profiles[named.name].ages.add(age)
            # "Governor Jane Roe" where the model's span left the title out: the capitalised title words
            # right before the name's first word.
            first = title_prefix_start(doc, token.i)
            if first == token.i:
                first = portfolio_title_start(doc, token.i)  # "Minister for Labour and Employment"
            while (
                0 < first < token.i
                and token.i - first < 6
                and not doc[first].is_sent_start
                and doc[first - 1].is_title
                and doc[first - 1].i not in by_token
            ):
                first -= 1  # "Foreign Affairs Secretary Jane Roe": the portfolio before the title
            profiles[named.name].titles.update(word.lower_.rstrip(".") for word in doc[first : token.i])
        if named is not None and named.name in profiles and token.dep_ in ("compound", "flat"):
            continue
        if named is not None and named.name in profiles:
            # "Chief Executive Jane Roe", "Port director John Roe": the words before the name.
            title_words = [
                word
                for left in token.lefts
                if left.dep_ in ("compound", "amod") and left.i not in by_token
                for word in left.subtree
                if word.is_alpha
            ]
            profiles[named.name].titles.update(word.lemma_.lower() for word in title_words)
            profiles[named.name].roles.update(
                word.lemma_.lower() for word in title_words[-1:] if word.pos_ in ("NOUN", "PROPN")
            )
            profiles[named.name].places.update(
                word.lower_ for word in title_words if is_place(word, by_token, place_names)
            )
        if token.dep_ in ("attr", "oprd") and token.pos_ == "NOUN":
            # "Jane Roe will become chief executive", "..., who is the bank's chief economist": a role
            # stated of the person is a title too (the noun and the words before it, not its "of" phrase).
            named = predicate_subject(token, by_token)
            if named is not None and named.name in profiles:
                profiles[named.name].titles.update(
                    word.lemma_.lower()
                    for word in token.subtree
                    if word.is_alpha
                    and word.i <= token.i
                    and word.dep_ in ("amod", "compound", "attr", "oprd")
                )
                profiles[named.name].roles.add(token.lemma_.lower())
            continue
        if token.dep_ != "appos":
            continue
        named = by_token.get(token.head.i)
        if named is not None and named.name in profiles:
            profile = profiles[named.name]
            # "John Kerry, the US Secretary of State": the apposition's words are his titles.
            profile.titles.update(word.lemma_.lower() for word in token.subtree if word.is_alpha)
            if token.pos_ == "NOUN":
                profile.roles.add(token.lemma_.lower())
            continue
        named = by_token.get(token.i)
        head = token.head
        if named is not None and named.name in profiles and head.i not in by_token and head.dep_ != "ROOT":
            # "The Secretary of State, John Kerry": the head's own phrase, the other way round.
            profiles[named.name].titles.update(
                word.lemma_.lower() for word in head.subtree if word.is_alpha and word.i < token.i
            )
            if head.pos_ == "NOUN":
                profiles[named.name].roles.add(head.lemma_.lower())
    for profile in profiles.values():
        profile.titles.update(
            TITLE_ABBREVIATIONS[t] for t in list(profile.titles) if t in TITLE_ABBREVIATIONS
        )
    return profiles


def profile_after_name(doc: Doc, last: Token, profile: PersonProfile) -> None:
    """What follows a name's last word: letters of a barrister ("Jane Roe SC") or an age ("Jane Roe,
    41,"). An age before the name ("the 41-year-old Jane Roe") is ``age_before``'s."""
    after = doc[last.i + 1 : last.i + 4]
    if len(after) and after[0].text in COUNSEL_LETTERS:
        profile.titles.update({"counsel", "barrister", "lawyer"})
    if len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ",":
        profile.ages.add(after[1].text)


def age_before(doc: Doc, start: int) -> str | None:
    """ "41" of "the 41-year-old Declan Roe", with at most two words between age and name ("the
    41-year-old builder Declan Roe")."""
    for i in range(start - 1, max(-1, start - 4), -1):
        if is_age(doc[i]):
            return age_of(doc[i])
        if not doc[i].is_alpha:
            return None
    return None


def age_of(head: Token) -> str | None:
    """ "41" of "the 41-year-old" (one token or split at the hyphens)."""
    if head.lower_.endswith("-year-old"):
        return head.lower_.split("-")[0]
    number = next((t for t in head.subtree if t.like_num and t.i < head.i), None)
    return number.text if number is not None else None


def predicate_subject(role: Token, by_token: dict[int, Entity]) -> Entity | None:
    """The person a predicate noun is said of: the subject of "be", "become", "remain" or of a passive
    "named", "appointed", "elected"; a relative "who" stands for the name it hangs on."""
    verb = role.head
    if verb.lemma_.lower() not in PREDICATE_VERBS:
        return None
    subject = next((child for child in verb.children if child.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    return by_token.get(subject.i) if subject is not None else None


def place_words(entities: list[Entity]) -> frozenset[str]:
    return frozenset(entity.name.casefold() for entity in entities if entity.type == "GPE")


def surname_index(entities: list[Entity], profiles: dict[str, PersonProfile]) -> dict[str, Entity]:
    """Last name -> the one person of the article who bears it (names shared by two are left out); a
    person known by one name only is indexed under it ("MOONEY" in a capitalised lead)."""
    index: dict[str, Entity] = {}
    shared: set[str] = set()
    for entity in entities:
        words = entity.name.split()
        if entity.name not in profiles:
            continue
        last = words[-1].casefold()
        if last in index and index[last].name != entity.name:
            shared.add(last)
        index[last] = entity
    for last in shared:
        del index[last]
    return index


def name_word_index(entities: list[Entity], profiles: dict[str, PersonProfile]) -> dict[str, Entity]:
    """Every capitalised word of a person's name -> that person, for words no other person's name has."""
    index: dict[str, Entity] = {}
    shared: set[str] = set()
    for entity in entities:
        if entity.name not in profiles:
            continue
        for word in entity.name.split():
            if not word[:1].isupper() or len(word) < 2 or word.endswith("."):
                continue
            key = word.casefold()
            if key in index and index[key].name != entity.name:
                shared.add(key)
            index[key] = entity
    for key in shared:
        del index[key]
    return index


def author_of(document: Token) -> Token | None:
    """Who issued a document: "the ministry's statement", "a statement from/by the ministry", "the
    report, published by the ministry"."""
    for child in document.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def is_one_national(head: Token) -> bool:
    """ "the Swede", "the veteran Frenchman": a singular nationality word after "the" names a person."""
    return head.tag_ in ("NN", "NNP") and not head.lower_.endswith("s") and head.left_edge.lower_ == "the"


def is_one_role(head: Token) -> bool:
    """ "the judge" is one person a title may name; "the judges", "ministers" are a group no single name
    speaks for, and "a judge" is someone new."""
    return head.lemma_.lower() in ROLE_TITLES and not is_indefinite(head) and head.tag_ not in ("NNS", "NNPS")


def is_indefinite(head: Token) -> bool:
    """ "a spokesperson", "one official": a new, unnamed person, never one named before."""
    return any(
        child.dep_ in ("det", "nummod") and child.lower_ in ("a", "an", "one", "another")
        for child in head.children
    )


def gender_of(entity: Entity, profile: PersonProfile) -> str | None:
    words = {word.lower() for form in entity.mentions for word in form.split()}
    if words & FEMALE_TITLES:
        return "female"
    if words & MALE_TITLES:
        return "male"
    names = entity.name.lower().split()
    # The given name comes first in most languages and last where the family name leads ("Zhang Wei").
    for given in (names[0], names[-1]) if len(names) > 1 else (names[0],):
        # "Andrés" is "Andres": the lists spell most names without accents.
        forms = {given, plain(given)}
        if forms & female_names():
            return "female"
        if forms & male_names():
            return "male"
    return None
