"""Word lists that carry stance, keyed by spaCy lemma (lower case).

A *cue* expresses an attitude toward one of its arguments: ``+1`` for support, ``-1`` for opposition.
Object cues take the target as their object ("back Assad", "criticism of Assad"); subject cues take it
as their subject ("Assad must step down", "his participation"). Everything that only flips or passes a
polarity on (negation, "without", "a mistake") is a modifier, not a cue: it never creates a stance alone.
"""

from __future__ import annotations

from services.ner.gazetteer import word_set

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
            "admire",
            "celebrate",
            "honour",
            "honor",
            "reward",
            "recommend",
            "credit",
            "compliment",
            "cheer",
            "vindicate",
            "reinstate",
            "approve",
            "ratify",
            "accept",
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
            # "curb the tribunal's powers", "limit the court's ability to review votes".
            "curb",
            "limit",
            "restrict",
            "weaken",
            "filibuster",
            "veto",
            "obstruct",
            "repeal",
            "strip",
            "blast",
            # Legal action and sanctions: "sued the company", "fined the bank".
            "sue",
            "prosecute",
            "indict",
            "impeach",
            "fine",
            "penalise",
            "penalize",
            "ban",
            "expel",
            "disqualify",
            "sack",
            "challenge",
            "overrule",
            "overturn",
            "defy",
            "threaten",
            # Verbal attacks, across registers: "slated the board", "ridiculed the minister".
            "mock",
            "ridicule",
            "deride",
            "scorn",
            "lampoon",
            "berate",
            "chastise",
            "scold",
            "admonish",
            "reprimand",
            "censure",
            "upbraid",
            "excoriate",
            "assail",
            "savage",
            "slate",
            "pan",
            "vilify",
            "demonise",
            "demonize",
            "smear",
            "disparage",
            "denigrate",
            "belittle",
            "insult",
            "fault",
            "shame",
            "snub",
            "shun",
            "spurn",
            "rebuff",
            "disown",
            "repudiate",
            "disavow",
            "mistrust",
            "doubt",
            "dismiss",
        ),
        -1,
    ),
}

# Nouns that name an issue a stance can be about although it is no named entity: "opposed the bill",
# "praised the plan". The article's most mentioned one is its issue (see ``mentions``).
ISSUE_NOUNS = word_set(
    """bill law act legislation measure amendment regulation plan proposal project scheme programme program
    initiative budget package deal agreement accord pact treaty policy reform tariff tax levy ban ruling
    verdict judgment judgement merger takeover acquisition tie-up mine pipeline dam runway strike referendum
    closure shutdown charge fee toll motion bid fine sacking dismissal approval expansion
    case prosecution lawsuit indictment guarantee overhaul concession contract privatisation privatization
    inquiry cap"""
)

# Issue nouns that name one issue in news, whichever of them a sentence uses: "the ruling" is "the
# judgment", "the case" is "the prosecution" and "the charges". Each maps to the first of its family.
ISSUE_FAMILIES: dict[str, str] = {
    word: family[0]
    for family in (
        ("ruling", "judgment", "judgement", "verdict"),
        ("case", "prosecution", "charge", "lawsuit", "indictment"),
        ("merger", "takeover", "acquisition", "tie-up"),
        ("reform", "package", "overhaul"),
        ("law", "act", "legislation", "amendment"),
        ("closure", "shutdown"),
        ("sacking", "dismissal"),
        # "the concession" is "the contract" that grants it.
        ("concession", "contract"),
        ("privatisation", "privatization"),
    )
    for word in family
}

# Issue nouns that, with a definite determiner, refer back to whatever issue the article is about:
# "the measure" in an article about a bill, "the deal" in one about a budget agreed in a deal.
ANAPHORIC_ISSUE_NOUNS = frozenset(
    {"measure", "legislation", "proposal", "plan", "project", "scheme", "package", "deal", "agreement"}
    # "the decision", "the move": news refers back to the event it reports by these.
    | {"decision", "move", "version"}
)

# Nouns and verbs that do away with something: "the removal of the subsidy", "the subsidy cut", "the
# decision to scrap the subsidy" are one issue, named after what is done away with ("the subsidy removal").
REMOVAL_NOUNS = frozenset(
    {"removal", "cut", "scrapping", "abolition", "end", "withdrawal", "elimination", "phase-out", "repeal"}
)
REMOVAL_VERBS = frozenset(
    {"remove", "cut", "scrap", "abolish", "end", "withdraw", "eliminate", "axe", "repeal"}
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
        ("introduce", "sponsor", "cosponsor", "co-sponsor", "author", "draft", "write", "propose", "carry"), 1
    ),
    **dict.fromkeys(("kill", "scrap", "stall", "torpedo", "shelve", "axe", "ditch", "abandon", "halt"), -1),
    # "drop the charges", "quash the ruling", "reverse the cut".
    **dict.fromkeys(("drop", "withdraw", "quash", "annul", "reverse", "rescind", "rewrite", "redraft"), -1),
    "uphold": 1,
}

# A motive that discredits what it drives: "the case is politically motivated", "ideologically driven".
DISCREDITING_MOTIVES = frozenset(
    {
        (adverb, participle)
        for adverb in ("politically", "ideologically")
        for participle in ("motivated", "driven")
    }
)

# Nouns whose "in" complement is the target: "full confidence in X", "no faith in X".
IN_NOUN_CUES: dict[str, int] = {"confidence": 1, "faith": 1, "trust": 1}

# Evidence that may "favour" or "back" someone without taking a side: "the numbers favour X".
EVIDENCE_NOUNS = word_set("""number figure poll data evidence fact statistic result odd arithmetic""")

# Motions moved against someone: backing "the motion" is opposing them.
MOTION_NOUNS = frozenset({"motion", "petition", "resolution"})

# Verbs that make a bare "the law" the law in general: "respect the law", "broke the law".
COMPLIANCE_VERBS = frozenset({"respect", "obey", "follow", "break", "flout"})

# "X has our full confidence", "X enjoys her backing": the possessor of the noun backs the subject.
HOLDING_VERBS = frozenset({"have", "enjoy", "retain", "keep"})
FIRST_PERSON_POSSESSIVES = frozenset({"my", "our"})
BACKING_NOUNS = frozenset({"confidence", "trust", "faith", "support", "backing", "blessing"})

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
    ("rally", "behind"): 1,
    ("stand", "behind"): 1,
    ("get", "behind"): 1,
    ("throw", "behind"): 1,
    ("vouch", "for"): 1,
    ("lobby", "for"): 1,
    ("fight", "for"): 1,
    ("advocate", "for"): 1,
    ("agree", "with"): 1,
    ("sympathise", "with"): 1,
    ("sympathize", "with"): 1,
    ("disagree", "with"): -1,
    ("break", "with"): -1,
    ("clash", "with"): -1,
    ("feud", "with"): -1,
    ("quarrel", "with"): -1,
    ("lash", "at"): -1,
    ("hit", "at"): -1,
    ("rail", "at"): -1,
    ("swipe", "at"): -1,
    ("sneer", "at"): -1,
    ("scoff", "at"): -1,
    ("round", "on"): -1,
    # "tore into the team", "laid into the board".
    ("tear", "into"): -1,
    ("lay", "into"): -1,
    ("believe", "in"): 1,
}

# Verbs whose subject is the target: "Assad must step down", "Russia should participate".
SUBJECT_VERB_CUES: dict[str, int] = {
    "participate": 1,
    "resign": -1,
}

# A verb and its object that judge the bill or issue that is their subject: "the cap would cost jobs".
ISSUE_SUBJECT_OBJECT_CUES: dict[tuple[str, str], int] = {
    **{("cost", noun): -1 for noun in ("job", "life", "livelihood", "home")},
    **{("create", noun): 1 for noun in ("job", "livelihood", "home")},
    **{("save", noun): 1 for noun in ("job", "life", "livelihood", "home")},
}

# Verbs through which a bill or issue brings about what they govern: "the deal would lead to job losses",
# "the cut will result in closures", "the plan would cause hardship".
CONSEQUENCE_VERBS: dict[str, str | None] = {"lead": "to", "result": "in", "cause": None, "mean": None}
# What such an issue brings about that counts against it.
HARM_NOUNS = word_set(
    """closure loss layoff redundancy shortage hardship poverty unemployment bankruptcy eviction blackout
    misery suffering job-loss"""
)
# Costs that count against an issue when they rise: "would lead to higher bills".
COST_NOUNS = word_set("""price bill cost fare rent tax tariff""")
RISING_WORDS = frozenset({"higher", "rising", "increased", "soaring", "steeper"})

# Verbs whose subject is a bill or issue, judged by what it would do: "the plan would protect homes".
ISSUE_SUBJECT_VERB_CUES: dict[str, int] = {
    **dict.fromkeys(("protect", "help", "benefit", "save", "improve", "strengthen", "safeguard"), 1),
    **dict.fromkeys(("destroy", "harm", "hurt", "damage", "threaten", "undermine", "kill", "cripple"), -1),
    **dict.fromkeys(("punish", "penalise", "penalize", "devastate", "ruin", "wreck", "squeeze", "gut"), -1),
    **dict.fromkeys(("delay", "hamper", "hinder", "stall", "hobble", "stifle", "choke", "deter"), -1),
    # "the proposals breach the rules".
    **dict.fromkeys(("breach", "violate", "contravene", "flout", "infringe", "undercut", "betray"), -1),
}

# "stand in the way of X", "get in the way of X": obstruction, which negated ("would not stand in the way of
# the merger") is consent, not the "no side" of a denied opposition.
OBSTRUCTING_VERBS = frozenset({"stand", "get"})

# "X must go": leaving verbs under a modal of obligation oppose their subject.
DEPARTURE_VERBS = frozenset({"go", "leave", "quit"})
# Leaving an office by a verb and its object: "called on X to take a leave of absence", "X should tender
# his resignation".
DEPARTURE_OBJECTS = frozenset({("take", "leave"), ("tender", "resignation"), ("offer", "resignation")})
# Told to take back what it put forward, the one asked is opposed: "called on X to withdraw the application".
RETRACTION_VERBS = frozenset({"withdraw", "scrap", "drop", "abandon", "shelve", "ditch", "rescind", "revoke"})
# What one puts forward (not charges or a lawsuit, whose withdrawal is relief for someone else).
PROPOSAL_NOUNS = word_set(
    """application plan proposal proposals bid scheme project policy levy tax tariff bill legislation reform
    order decision"""
)
OBLIGATION_MODALS = frozenset({"must", "should"})
# "X should (never) have sat down with them": an obligation in the past reproaches what its subject did.
REPROACHING_MODALS = frozenset({"should", "ought"})
# "X should stop blaming others": told to stop what it is doing, the subject is reproached for it.
CESSATION_VERBS = frozenset({"stop", "quit", "cease"})
# "X should face justice", "X must face the full force of the law": the subject deserves punishment.
PUNISHMENT_NOUNS = word_set(
    """justice law charge trial prosecution consequence punishment sanction jail prison court music
    impeachment penalty"""
)
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
            "admiration",
            "respect",
            "gratitude",
            "tribute",
            "sympathy",
            "loyalty",
            "allegiance",
            "approval",
            "congratulations",
            "plaudits",
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
            "assault",
            "broadside",
            "tirade",
            "diatribe",
            "rebuke",
            "lawsuit",
            "suit",
            "challenge",
            "objection",
            "hostility",
            "contempt",
            "disdain",
            "scorn",
            "distrust",
            "mistrust",
        ),
        -1,
    ),
}

# Nouns whose "at" complement is their target: "a swipe at the board", "took aim at the minister".
AT_NOUN_CUES: dict[str, int] = dict.fromkeys(
    ("swipe", "dig", "jibe", "jab", "broadside", "aim", "potshot"), -1
)

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

# Evaluative nouns and adjectives, predicated of a clause's subject or object ("X is a disgrace",
# "called X reckless", "described X as a liability") or modifying such a noun ("X is a reckless company").
NEGATIVE_EVALUATIVE_NOUNS = word_set(
    """mistake error disaster failure blunder threat danger enemy wrong disgrace scandal shambles farce
    betrayal insult catastrophe fiasco travesty joke embarrassment liability menace nightmare mess sham
    fraud scam hypocrite liar crook bully thug cheat coward clown outrage abomination calamity debacle
    charade whitewash cover-up smokescreen stunt gimmick robbery theft rip-off sellout sell-out
    surrender capitulation chaos pariah parasite vulture tyrant despot criminal laughingstock disservice
    hoax obstacle burden shame humiliation own-goal letdown let-down scourge cancer plague
    invasion intrusion encroachment overreach usurpation affront assault attack grab"""
)
POSITIVE_EVALUATIVE_NOUNS = word_set(
    """success friend ally partner hero champion visionary triumph asset credit inspiration legend genius
    saviour savior blessing godsend pioneer lifeline achievement milestone breakthrough landmark victory
    boon"""
)
NEGATIVE_EVALUATIVE_ADJECTIVES = word_set(
    """unacceptable illegitimate dangerous counterproductive foolish unworkable flawed unfair reckless
    misguided harmful damaging irresponsible disgraceful shameful incompetent dishonest negligent
    arrogant outrageous appalling abysmal atrocious awful terrible horrible dreadful deplorable
    despicable contemptible reprehensible inexcusable indefensible unforgivable scandalous shocking
    disappointing pathetic hopeless useless inept clueless careless callous cynical corrupt crooked
    deceitful deceptive misleading untrustworthy unreliable hypocritical selfish greedy cowardly
    spineless toothless complacent unfit unprofessional irrational absurd ridiculous ludicrous laughable
    nonsensical preposterous farcical chaotic shambolic disastrous catastrophic destructive toxic
    illegal unlawful unconstitutional undemocratic authoritarian discriminatory racist sexist unjust
    biased draconian punitive excessive disproportionate unreasonable unjustified unwarranted
    unnecessary pointless wasteful wrongheaded short-sighted shortsighted divisive insensitive tone-deaf
    offensive insulting embarrassing humiliating dysfunctional rotten vile abhorrent odious obnoxious
    poor bad weak slow complicit culpable guilty wrong heavy-handed high-handed cavalier lax sloppy
    shoddy dismal woeful lamentable regrettable troubling alarming worrying dubious questionable opaque
    secretive evasive unethical immoral cruel inhumane brutal ruthless aggressive belligerent hostile
    extreme extremist unsafe unsustainable unaffordable unrealistic naive deluded delusional
    out-of-touch elitist mean-spirited vindictive petty rushed botched bungled"""
)
POSITIVE_EVALUATIVE_ADJECTIVES = word_set(
    """overdue necessary sensible fair essential vital crucial legitimate courageous brave excellent
    outstanding exceptional remarkable impressive admirable commendable praiseworthy honest trustworthy
    reliable competent capable effective professional decent wise prudent brilliant superb fantastic
    terrific great wonderful magnificent heroic selfless generous inspiring inspirational visionary
    transparent accountable right correct justified reasonable balanced proportionate measured pragmatic
    constructive helpful good welcome positive encouraging promising groundbreaking exemplary principled
    dedicated tireless diligent responsive trusted respected beneficial worthwhile valuable invaluable
    successful fit qualified deserving deserved appropriate proper important"""
)
EVALUATIONS: dict[str, int] = {
    **dict.fromkeys(NEGATIVE_EVALUATIVE_NOUNS | NEGATIVE_EVALUATIVE_ADJECTIVES, -1),
    **dict.fromkeys(POSITIVE_EVALUATIVE_NOUNS | POSITIVE_EVALUATIVE_ADJECTIVES, 1),
}
# Evaluative adjectives that qualify a neutral noun predicated of the target: "X is a reckless company".
# Those that also describe without judging ("a poor country", "a hostile bid", "right-wing") are left out.
DESCRIPTIVE_ADJECTIVES = frozenset(
    {"poor", "weak", "slow", "hostile", "aggressive", "extreme", "right", "correct", "proper", "fit"}
    | {"dedicated", "trusted", "respected", "successful", "positive", "legitimate", "essential", "vital"}
    | {"crucial", "necessary", "great", "good", "bad", "illegal", "professional", "balanced", "welcome"}
)
EVALUATIVE_ADJECTIVES: dict[str, int] = {
    word: polarity
    for word, polarity in EVALUATIONS.items()
    if word in NEGATIVE_EVALUATIVE_ADJECTIVES | POSITIVE_EVALUATIVE_ADJECTIVES
    and word not in DESCRIPTIVE_ADJECTIVES
}
# Verbs that give their object a name, which may judge it: "branded the plan a shambles".
NAMING_VERBS = frozenset(
    {"call", "brand", "label", "dub", "term", "deem", "consider", "declare", "pronounce"}
)
# Verbs that link a subject to what is said of it: "X is a disgrace", "X has proved a failure".
COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "look", "prove", "sound", "stay"})

# Conduct a speaker reports of an actor, which judges it: "X had failed residents", "X misled parliament".
WRONGDOING_VERBS = word_set(
    """fail betray mislead lie deceive cheat abandon ignore neglect mishandle botch bungle endanger
    jeopardise jeopardize waste squander sabotage abuse exploit flout violate breach renege stonewall
    bully intimidate harass discriminate dither mismanage disregard snub shortchange short-change con
    defraud scapegoat backtrack falter blunder overreach overstep trample misread misinterpret misjudge
    misrepresent"""
)
# Failing at these is no wrongdoing: "failed to win the seat", "failed to agree".
NEUTRAL_FAILURES = frozenset(
    {"win", "reach", "qualify", "pass", "secure", "gain", "attract", "find", "agree", "get", "make", "score"}
)
# Conduct that earns credit (kept few: most verbs of doing only report): "X has delivered", "listened".
CREDITABLE_VERBS = frozenset({"deliver", "listen", "excel", "shine", "persevere", "triumph"})
# Conduct by a verb and its preposition: "the company gambled with hundreds of lives", "tampered with".
SUBJECT_CONDUCT_PREPOSITIONS = frozenset({("gamble", "with"), ("toy", "with"), ("tamper", "with")})
SUBJECT_CONDUCT_PHRASALS: dict[tuple[str, str], int] = {
    ("let", "down"): -1,
    ("cover", "up"): -1,
    ("sell", "out"): -1,
    ("mess", "up"): -1,
    ("screw", "up"): -1,
    ("drop", "ball"): -1,
    ("step", "up"): 1,
}
# A verb and its object that together judge the subject: "broke its promises", "kept its word".
SUBJECT_CONDUCT_OBJECTS: dict[tuple[str, str], int] = {
    **{
        ("break", noun): -1
        for noun in ("promise", "pledge", "word", "law", "rule", "commitment", "vow", "spirit", "letter")
    },
    **{("keep", noun): 1 for noun in ("promise", "pledge", "word", "commitment", "vow")},
    **{("honour", noun): 1 for noun in ("promise", "pledge", "word", "commitment", "agreement", "deal")},
    **{("lose", noun): -1 for noun in ("control", "plot", "way", "grip")},
    ("betray", "trust"): -1,
    ("drag", "foot"): -1,
    ("drag", "feet"): -1,
    ("bury", "head"): -1,
    ("turn", "eye"): -1,
    ("play", "politics"): -1,
    ("play", "game"): -1,
    ("have", "blood"): -1,
    ("wash", "hand"): -1,
    ("pass", "buck"): -1,
    ("shirk", "responsibility"): -1,
    ("evade", "responsibility"): -1,
    # "the minister was openly defying the constitution", "flouted the court's ruling".
    **{
        (verb, noun): -1
        for verb in ("defy", "flout", "disregard")
        for noun in ("constitution", "law", "court", "ruling", "order", "judgment", "judgement", "rule")
    },
}
# Verbs whose object judges the subject when it is an evaluative noun: "made a mistake", "caused chaos".
# What one does, judged by its adjective: "did the right thing", "has done a good job".
DEED_NOUNS = frozenset({"thing", "job"})
OUTCOME_VERBS = frozenset({"make", "commit", "cause", "create", "do", "wreak", "sow", "inflict"})
# "put patients at risk", "put lives in danger".
PERIL_NOUNS = frozenset({"risk", "danger", "jeopardy", "harm"})
# Qualities an actor shows or owns: "showed real courage", "X's arrogance".
QUALITY_NOUNS: dict[str, int] = {
    **dict.fromkeys(
        (
            "courage",
            "leadership",
            "integrity",
            "compassion",
            "bravery",
            "determination",
            "resolve",
            "competence",
            "professionalism",
            "wisdom",
            "decency",
            "honesty",
            "commitment",
            "dedication",
            "generosity",
            "vision",
            "restraint",
            "responsibility",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "contempt",
            "arrogance",
            "incompetence",
            "negligence",
            "disregard",
            "disdain",
            "cowardice",
            "hypocrisy",
            "greed",
            "dishonesty",
            "weakness",
            "complacency",
            "indifference",
            "callousness",
            "recklessness",
            "ignorance",
            "mismanagement",
            "ineptitude",
            "cynicism",
            "failure",
            "failings",
            "betrayal",
            "deceit",
            "dithering",
            "inaction",
            "intransigence",
            "obstinacy",
            "cruelty",
        ),
        -1,
    ),
}
SHOWING_VERBS = frozenset({"show", "display", "demonstrate", "exhibit", "lack"})
# Manner adverbs that judge how an actor behaved: "acted irresponsibly", "responded swiftly".
CONDUCT_ADVERBS: dict[str, int] = {
    **dict.fromkeys(
        (
            "irresponsibly",
            "recklessly",
            "shamefully",
            "disgracefully",
            "incompetently",
            "negligently",
            "illegally",
            "unlawfully",
            "dishonestly",
            "cynically",
            "callously",
            "appallingly",
            "badly",
            "poorly",
            "unfairly",
            "improperly",
            "inappropriately",
            "arrogantly",
            "carelessly",
            "unprofessionally",
            "deceitfully",
            "dismally",
            "woefully",
            "abysmally",
            "disastrously",
            "cowardly",
            "unethically",
            "unreasonably",
            "heavy-handedly",
        ),
        -1,
    ),
    **dict.fromkeys(
        (
            "swiftly",
            "decisively",
            "responsibly",
            "admirably",
            "courageously",
            "bravely",
            "professionally",
            "brilliantly",
            "superbly",
            "impeccably",
            "appropriately",
            "properly",
            "honourably",
            "honorably",
            "commendably",
            "magnificently",
            "heroically",
            "tirelessly",
            "wisely",
            "prudently",
            "sensibly",
            "fairly",
            "transparently",
        ),
        1,
    ),
}
# Words that make a manner or amount a reproach: "acted too slowly", "did too little".
EXCESS_WORDS = frozenset({"too"})
# "did not act fast enough": "enough" praises, so that the negation reproaches.
SUFFICIENCY_WORDS = frozenset({"enough"})

# Verbs through which a holder states a view, the only ones that make reported conduct ("X failed",
# "X is a disgrace") the holder's judgement: "Lopez resigned after X failed" judges nothing.
OPINION_VERBS = word_set(
    """say tell add argue insist state claim stress announce declare reiterate warn write explain suggest
    think believe feel fear worry suspect consider agree admit concede acknowledge accept complain
    allege charge accuse conclude find maintain contend assert reckon know realise realize recognise
    recognize predict tweet post comment remark testify reply respond retort counter protest lament
    bemoan emphasise emphasize rule judge deem call describe brand label blame criticise criticize
    condemn praise hail credit thank fault slam attack confirm vow promise hope regret inform"""
)

# Adjectives that act like an object verb cue through a preposition: "opposed to Assad", "critical of
# Moscow", "furious with the board", "impressed by the club".
ADJECTIVE_CUES: dict[str, int] = {
    **dict.fromkeys(
        (
            "opposed",
            "hostile",
            "critical",
            "unhappy",
            "angry",
            "furious",
            "livid",
            "disappointed",
            "frustrated",
            "dissatisfied",
            "appalled",
            "disgusted",
            "outraged",
            "dismayed",
            "incensed",
            "scathing",
            "wary",
            "suspicious",
            "skeptical",
            "sceptical",
            "dismissive",
            "contemptuous",
            "disdainful",
            "distrustful",
            "mistrustful",
            "ashamed",
            "fed",
            "sick",
            "tired",
            "annoyed",
            "irritated",
            "upset",
            "displeased",
            "unimpressed",
            "exasperated",
            "disillusioned",
        ),
        -1,
    ),
    **dict.fromkeys(
        (
            "supportive",
            "sympathetic",
            "loyal",
            "grateful",
            "thankful",
            "proud",
            "happy",
            "pleased",
            "satisfied",
            "impressed",
            "delighted",
            "thrilled",
            "enthusiastic",
            "appreciative",
            "confident",
        ),
        1,
    ),
}
ADJECTIVE_CUE_PREPOSITIONS = frozenset({"to", "of", "toward", "towards", "with", "by", "about", "at", "in"})
# Adjective and preposition pairs that take no side: "critical to the plan" means it needs it.
NEUTRAL_ADJECTIVE_COMPLEMENTS = frozenset({("critical", "to"), ("sick", "with"), ("confident", "of")})

# Locative and temporal prepositions: a target inside them is a setting, not what the cue is about.
SETTING_PREPOSITIONS = word_set(
    """in at from between among amid during after before since until near inside across over through into
    onto within via"""
)

# A clause introduced by one of these states a condition, a contrast or a reason, not the holder's position.
CONDITION_MARKERS = frozenset(
    {"if", "unless", "provided", "once", "whether", "while", "whereas", "although", "though"}
)

# Markers of an embedded question: "examine whether X breaches the rules".
QUESTION_MARKERS = frozenset({"whether", "if"})

# Markers of a condition on which support would be given: "would back the plan if ..." is no support yet.
HYPOTHETICAL_MARKERS = frozenset({"if"})

# Words whose preposition introduces what someone held back from: "stopped short of criticising X",
# "refrained from attacking X". What lies below takes no side.
ABSTAINING_PREPOSITIONS = frozenset(
    {("short", "of"), ("refrain", "from"), ("abstain", "from"), ("shy", "from"), ("shy", "away")}
)

# Verbs that, passive, report a claim heard from others: "we are told that X is ..." is not the view of
# those told.
HEARSAY_VERBS = frozenset({"tell", "promise", "assure", "say", "claim", "report", "rumour", "rumor"})

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
        # What an institution can do stands for it: "limit the tribunal's ability to review votes".
        "ability",
        "power",
        "powers",
        "authority",
        "independence",
        "influence",
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

# What an actor said against someone, which stands for the one who said it: "dismissed his criticism",
# "rejected the lawmaker's accusations". Rejected, "his" ones are someone else's.
REPROACH_NOUNS = frozenset(
    {"criticism", "criticisms", "accusation", "accusations", "allegation", "allegations", "attacks"}
    | {"complaint", "complaints", "objections", "claims", "remarks", "comments"}
)

# What is done for someone held or accused, which stands for that person: "called for his release",
# "demanded the acquittal of X", "opposed X's reinstatement".
RELIEF_NOUNS = frozenset({"release", "freedom", "acquittal", "pardon", "exoneration", "reinstatement"})
# Verbs that ask for what their object names: "demanded her release", "sought his acquittal".
ASKING_VERBS = frozenset({"demand", "seek", "request", "want"})
# The same relief asked for by a verb: "called on the authorities to release X", "urged the court to free X".
# Only asked for: "police released X on bail" reports what was done, not a side taken.
RELIEF_VERBS = frozenset({"release", "free", "pardon", "acquit", "exonerate", "reinstate"})

# What an actor did, said or showed, which stands for its possessor ("hailed the regulator's action",
# "rejected the club's appeal"), though not for its "of" complement ("the handling of the crisis").
OWNED_NOUNS = frozenset(
    {
        "action",
        # "supported the IAAC investigation"; "the investigation of X" is no act of X's.
        "investigation",
        "probe",
        "actions",
        "conduct",
        "behaviour",
        "behavior",
        "handling",
        "response",
        "record",
        "performance",
        "leadership",
        "management",
        "approach",
        "comment",
        "comments",
        "remark",
        "remarks",
        "statement",
        "words",
        "claim",
        "claims",
        "appeal",
        "offer",
        "request",
        "application",
        "demand",
        "demands",
        "plea",
        "argument",
        "case",
        "intervention",
        "reaction",
        "work",
        "achievement",
        "achievements",
        "failure",
        "failures",
        "failings",
        "mistake",
        "mistakes",
        "tactics",
        "stewardship",
        "tenure",
        "reign",
        "ownership",
        "bid",
        "bids",
        "pledge",
        "promise",
        "promises",
        "vision",
        "agenda",
        "reforms",
        "policies",
        "decisions",
        "choices",
        "choice",
        "campaign",
        "candidacy",
        "victory",
        # "would support the association's legal challenge", "dismissed the union's lawsuit".
        "challenge",
        "lawsuit",
        *REPROACH_NOUNS,
        *QUALITY_NOUNS,
    }
)

# A speaker's own body, whose position the speaker states: "said her party would vote for X".
OWN_BODY_NOUNS = frozenset({"government", "party", "administration"})
OWN_POSSESSIVES = frozenset({"my", "our", "his", "her"})

# Parts and voices of an organisation that take its positions: "the local branch of X passed a motion".
MEMBER_NOUNS = word_set(
    """branch chapter section wing arm members membership leadership spokesman spokeswoman spokesperson
    representative representatives"""
)

# Nouns whose possessor is the one who takes the position: "Russia's call for ...", "US efforts to ...".
AGENTIVE_NOUNS = word_set(
    """effort efforts attempt bid plan decision proposal policy push drive insistence"""
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
REPORTING_VERBS = word_set(
    """say tell add argue insist state claim stress announce declare reiterate warn write note explain
    suggest"""
)

# Passive verbs that raise the subject of their complement: "Obama is expected to call for ...".
RAISING_VERBS = frozenset({"expect", "believe", "say", "think", "report", "understand", "know", "seem"}) | (
    # "the charges were designed to remove X": the purpose is the charges', not the speaker's.
    {"design", "intend", "mean", "calculate", "aim", "engineer"}
)
