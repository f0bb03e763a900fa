"""Word lists that carry stance, keyed by spaCy lemma (lower case).

A *cue* expresses an attitude toward one of its arguments: ``+1`` for support, ``-1`` for opposition.
Object cues take the target as their object ("back Assad", "criticism of Assad"); subject cues take it
as their subject ("Assad must step down", "his participation"). Everything that only flips or passes a
polarity on (negation, "without", "a mistake") is a modifier, not a cue: it never creates a stance alone.
"""

from __future__ import annotations

OBJECT_VERB_CUES: dict[str, int] = {
    **dict.fromkeys(
        (
            "back",
            "support",
            "endorse",
            "praise",
            "welcome",
            "hail",
            "applaud",
            "commend",
            "laud",
            "salute",
            "congratulate",
            "thank",
            "defend",
            "champion",
            "favour",
            "favor",
            "embrace",
            "join",
            "ally",
            "help",
            "aid",
            "assist",
            "include",
            "trust",
            "respect",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "oppose",
            "criticise",
            "criticize",
            "condemn",
            "castigate",
            "accuse",
            "blame",
            "denounce",
            "decry",
            "deplore",
            "slam",
            "lambast",
            "rebuke",
            "reject",
            "attack",
            "fight",
            "combat",
            "battle",
            "confront",
            "defeat",
            "destroy",
            "crush",
            "eliminate",
            "eradicate",
            "oust",
            "unseat",
            "topple",
            "overthrow",
            "remove",
            "isolate",
            "exclude",
            "sanction",
            "punish",
            "boycott",
            "prevent",
            "stop",
            "block",
            "counter",
            "resist",
            "undermine",
            "distrust",
            "filibuster",
            "veto",
            "obstruct",
            "repeal",
            "strip",
            "blast",
        ),
        -1,
    ),
}

# Nouns that name an issue a stance can be about although it is no named entity: "opposed the bill",
# "praised the plan". The article's most mentioned one is its issue (see ``mentions``).
ISSUE_NOUNS = frozenset(
    {
        "bill",
        "law",
        "act",
        "legislation",
        "measure",
        "amendment",
        "regulation",
        "plan",
        "proposal",
        "project",
        "scheme",
        "programme",
        "program",
        "initiative",
        "budget",
        "package",
        "deal",
        "agreement",
        "accord",
        "pact",
        "treaty",
        "policy",
        "reform",
        "tariff",
        "tax",
        "levy",
        "ban",
        "ruling",
        "verdict",
        "merger",
        "takeover",
        "acquisition",
        "mine",
        "pipeline",
        "dam",
        "runway",
        "strike",
        "referendum",
    }
)

# Issue nouns that, with a definite determiner, refer back to whatever issue the article is about:
# "the measure" in an article about a bill, "the deal" in one about a budget agreed in a deal.
ANAPHORIC_ISSUE_NOUNS = frozenset(
    {"measure", "legislation", "proposal", "plan", "project", "scheme", "package", "deal", "agreement"}
)

# Capitalised last words that make a name the name of an issue, not of an actor: "the Clean Air Act".
ISSUE_TITLE_WORDS = frozenset(
    {"act", "bill", "law", "treaty", "accord", "agreement", "pact", "directive", "amendment", "convention"}
)

# Adjectives that set an issue noun apart from the article's issue: "a similar mine", "another plan".
CONTRASTIVE_ADJECTIVES = frozenset(
    {"other", "another", "similar", "different", "separate", "previous", "earlier", "rival", "alternative"}
)

# Verbs that take sides only when their object is a bill: "X sponsored the bill" (not "sponsored a team").
LAW_OBJECT_VERB_CUES: dict[str, int] = {
    **dict.fromkeys(
        ("introduce", "sponsor", "cosponsor", "co-sponsor", "author", "draft", "propose", "carry"), 1
    ),
    **dict.fromkeys(("kill", "scrap", "stall", "torpedo"), -1),
}

# Nouns whose "in" complement is the target: "full confidence in X", "no faith in X".
IN_NOUN_CUES: dict[str, int] = {"confidence": 1, "faith": 1, "trust": 1}

# Verbs that tell their object to do something: "called on X to resign", "urged X to step down". They
# take sides only through what they ask for; anything else ("urged X to reconsider") is neutral.
DIRECTIVE_VERBS: dict[str, str | None] = {
    "call": "on",
    "urge": None,
    "press": None,
    "pressure": None,
    "tell": None,
    "ask": None,
    "want": None,
}

# Verbs whose prepositional object is the target: lemma -> (preposition, polarity).
PREPOSITIONAL_VERB_CUES: dict[tuple[str, str], int] = {
    ("work", "with"): 1,
    ("cooperate", "with"): 1,
    ("ally", "with"): 1,
    ("side", "with"): 1,
    ("partner", "with"): 1,
    ("unite", "with"): 1,
    ("stand", "with"): 1,
    ("stand", "by"): 1,
    ("stick", "by"): 1,
    ("coordinate", "with"): 1,
    ("call", "for"): 1,
    ("press", "for"): 1,
    ("push", "for"): 1,
    ("appeal", "for"): 1,
    ("vote", "for"): 1,
    ("argue", "for"): 1,
    ("campaign", "for"): 1,
    ("vote", "against"): -1,
    ("campaign", "against"): -1,
    ("unite", "against"): -1,
    ("fight", "against"): -1,
    ("side", "against"): -1,
    ("stand", "against"): -1,
    ("speak", "against"): -1,
    ("warn", "against"): -1,
}

# Verbs whose subject is the target: "Assad must step down", "Russia should participate".
SUBJECT_VERB_CUES: dict[str, int] = {
    "participate": 1,
    "resign": -1,
}

# Verbs whose subject is a bill or issue, judged by what it would do: "the plan would protect homes".
ISSUE_SUBJECT_VERB_CUES: dict[str, int] = {
    **dict.fromkeys(("protect", "help", "benefit", "save", "improve", "strengthen", "safeguard"), 1),
    **dict.fromkeys(("destroy", "harm", "hurt", "damage", "threaten", "undermine", "kill", "cripple"), -1),
}

# "X must go": leaving verbs under a modal of obligation oppose their subject.
DEPARTURE_VERBS = frozenset({"go", "leave", "quit"})
OBLIGATION_MODALS = frozenset({"must", "should"})
# A passive cue under one of these states what the speaker wants done: "X should be stripped of his title".
DEMANDING_MODALS = frozenset({"must", "should", "ought", "shall"})
# Negated, these judge too: "X cannot be trusted".
JUDGING_MODALS = frozenset({"can", "could", "will", "would", "ca", "wo"})

# Phrasal verbs (lemma + particle) whose subject is the target.
SUBJECT_PHRASAL_CUES: dict[tuple[str, str], int] = {
    ("step", "down"): -1,
    ("stand", "down"): -1,
    ("step", "aside"): -1,
    ("stand", "aside"): -1,
}

# Nouns whose complement ("of", "for", "to", "with", "against", "on") or possessor names the target.
OBJECT_NOUN_CUES: dict[str, int] = {
    **dict.fromkeys(
        (
            "support",
            "backing",
            "endorsement",
            "praise",
            "welcome",
            "alliance",
            "cooperation",
            "coordination",
            "partnership",
            "solidarity",
            "friendship",
            "help",
            "aid",
            "assistance",
            "call",
            "need",
            "demand",
            "appeal",
            "inclusion",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "opposition",
            "criticism",
            "condemnation",
            "accusation",
            "blame",
            "ouster",
            "removal",
            "overthrow",
            "isolation",
            "exclusion",
            "sanction",
            "attack",
            "war",
            "fight",
            "campaign",
            "struggle",
            "battle",
            "offensive",
            "resistance",
            "boycott",
            "pressure",
        ),
        -1,
    ),
}

# Object nouns that ask for something: only their "for" complement is what is asked for ("a call for X").
REQUEST_NOUNS = frozenset({"call", "need", "demand", "appeal"})

# Nouns whose possessor or "of" complement is the actor being included or excluded: "his participation".
SUBJECT_NOUN_CUES: dict[str, int] = {
    "participation": 1,
    "involvement": 1,
    "role": 1,
    "place": 1,
    "part": 1,
    "resignation": -1,
    "departure": -1,
}

# Preposition heads that oppose their object ("a coalition against IS").
OPPOSING_PREPOSITIONS = frozenset({"against"})

# Words that introduce examples of the noun before them ("any nation, including Russia").
EXAMPLE_MARKERS = frozenset({"including", "like"})

# Prepositions that negate what they govern: "no settlement without his participation".
NEGATING_PREPOSITIONS = frozenset({"without"})

# Evaluations predicated of a clause's subject or object ("X is a mistake", "called X a mistake").
EVALUATIONS: dict[str, int] = {
    **dict.fromkeys(
        ("mistake", "error", "disaster", "failure", "blunder", "threat", "danger", "enemy", "wrong"), -1
    ),
    **dict.fromkeys(("unacceptable", "illegitimate", "dangerous", "counterproductive", "foolish"), -1),
    **dict.fromkeys(("unworkable", "flawed", "unfair", "reckless", "misguided", "harmful", "damaging"), -1),
    **dict.fromkeys(("overdue", "necessary", "sensible", "fair"), 1),
    **dict.fromkeys(
        ("success", "friend", "ally", "partner", "essential", "vital", "crucial", "legitimate"), 1
    ),
}

# Adjectives that act like an object verb cue through "to"/"of": "opposed to Assad", "critical of Moscow".
ADJECTIVE_CUES: dict[str, int] = {
    "opposed": -1,
    "hostile": -1,
    "critical": -1,
    "supportive": 1,
    "sympathetic": 1,
    "loyal": 1,
}

# Locative and temporal prepositions: a target inside them is a setting, not what the cue is about.
SETTING_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "from",
        "between",
        "among",
        "amid",
        "during",
        "after",
        "before",
        "since",
        "until",
        "near",
        "inside",
        "across",
        "over",
        "through",
        "into",
        "onto",
        "within",
        "via",
    }
)

# A clause introduced by one of these states a condition, a contrast or a reason, not the holder's position.
CONDITION_MARKERS = frozenset(
    {"if", "unless", "provided", "once", "whether", "while", "whereas", "although", "though", "because"}
)

# Verbs that mention someone else's position without adopting it ("referring to the insistence that ...").
NON_ENDORSING_VERBS = frozenset(
    {"refer", "describe", "recall", "mention", "quote", "cite", "deny", "dismiss", "discuss", "debate", "ask"}
)

# Nouns that stand for the person or group that owns them: "Assad's forces", "efforts by ISIL".
PROXY_NOUNS = frozenset(
    {
        "regime",
        "government",
        "administration",
        "leadership",
        "forces",
        "force",
        "military",
        "army",
        "troops",
        "fighters",
        "militants",
        "supporters",
        "allies",
        "members",
        # The people who speak or stand for a group: "Maple Air management", "the village's herders".
        "management",
        "executives",
        "bosses",
        "board",
        "officials",
        "leaders",
        "representatives",
        "delegates",
        "residents",
        "villagers",
        "herders",
        "farmers",
        "fans",
        # The parts of a bill or plan stand for it: "the bill's reporting rules".
        "rules",
        "provisions",
        "requirements",
        "party",
        "rule",
        "presidency",
        "decision",
        "proposal",
        "plan",
        "policy",
        "position",
        "stance",
        "effort",
        "efforts",
        "attempt",
        "bid",
        "move",
        "initiative",
        "strategy",
    }
)

# Nouns whose possessor is the one who takes the position: "Russia's call for ...", "US efforts to ...".
AGENTIVE_NOUNS = frozenset(
    {
        "effort",
        "efforts",
        "attempt",
        "bid",
        "plan",
        "decision",
        "proposal",
        "policy",
        "push",
        "drive",
        "insistence",
    }
)

# A capital or seat of government acting in the news stands for its country ("Moscow said ...").
SEATS_OF_GOVERNMENT: dict[str, tuple[str, ...]] = {
    "Moscow": ("Russia",),
    "Kremlin": ("Russia",),
    "Washington": ("United States", "US"),
    "White House": ("United States", "US"),
    "Damascus": ("Syria",),
    "Beijing": ("China",),
    "Tehran": ("Iran",),
    "Ankara": ("Turkey",),
    "Riyadh": ("Saudi Arabia",),
    "Baghdad": ("Iraq",),
    "Kiev": ("Ukraine",),
    "Kyiv": ("Ukraine",),
    "Berlin": ("Germany",),
    "London": ("United Kingdom", "Britain", "UK"),
    "Downing Street": ("United Kingdom", "Britain", "UK"),
    "Elysee": ("France",),
    "Pyongyang": ("North Korea",),
    "Tokyo": ("Japan",),
}

# Verbs that cite someone else's position as a fact: the one citing it does not thereby share it.
CITING_VERBS = frozenset({"note", "point", "recall", "mention", "cite", "observe", "remind", "report"})

# Capital cities, which the news uses for their governments ("Paris backed the plan"). When a person in
# the sentence speaks for the government, the person, not the city, holds the stance.
CAPITAL_CITIES = frozenset(
    {
        *SEATS_OF_GOVERNMENT,
        "Abu Dhabi",
        "Abuja",
        "Accra",
        "Addis Ababa",
        "Algiers",
        "Amman",
        "Amsterdam",
        "Astana",
        "Athens",
        "Baku",
        "Bamako",
        "Bangkok",
        "Beirut",
        "Belgrade",
        "Bern",
        "Bogota",
        "Brasilia",
        "Bratislava",
        "Brussels",
        "Bucharest",
        "Budapest",
        "Buenos Aires",
        "Cairo",
        "Canberra",
        "Caracas",
        "Colombo",
        "Copenhagen",
        "Dakar",
        "Dhaka",
        "Doha",
        "Dublin",
        "Hanoi",
        "Harare",
        "Havana",
        "Helsinki",
        "Islamabad",
        "Jakarta",
        "Jerusalem",
        "Kabul",
        "Kampala",
        "Kathmandu",
        "Khartoum",
        "Kinshasa",
        "Kuala Lumpur",
        "Lagos",
        "La Paz",
        "Lilongwe",
        "Lima",
        "Lisbon",
        "Ljubljana",
        "Lusaka",
        "Madrid",
        "Managua",
        "Manila",
        "Mexico City",
        "Minsk",
        "Nairobi",
        "New Delhi",
        "Nicosia",
        "Oslo",
        "Ottawa",
        "Paris",
        "Prague",
        "Pretoria",
        "Quito",
        "Rabat",
        "Rome",
        "Santiago",
        "Seoul",
        "Singapore",
        "Sofia",
        "Stockholm",
        "Taipei",
        "Tallinn",
        "Tbilisi",
        "Tripoli",
        "Tunis",
        "Ulaanbaatar",
        "Vienna",
        "Vilnius",
        "Warsaw",
        "Wellington",
        "Yerevan",
        "Zagreb",
    }
)

# Reporting verbs: a PERSON who says a country's or party's position also holds it.
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "argue",
        "insist",
        "state",
        "claim",
        "stress",
        "announce",
        "declare",
        "reiterate",
        "warn",
        "write",
        "note",
        "explain",
        "suggest",
    }
)

# Passive verbs that raise the subject of their complement: "Obama is expected to call for ...".
RAISING_VERBS = frozenset({"expect", "believe", "say", "think", "report", "understand", "know", "seem"})
