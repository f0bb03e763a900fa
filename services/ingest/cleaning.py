"""Turning a scraped page into article text: pure functions, no I/O.

Scraped news arrives wrapped in page furniture: bylines, date lines, photo credits, comment prompts,
newsletter and donation appeals, share buttons, cookie notices. Downstream workers must not see it
(a donation appeal naming a billionaire becomes a false entity), yet every real paragraph must survive.
So furniture is recognised as a *whole line* (or, for appeals, a whole paragraph), never as a substring
of prose: a sentence that merely mentions "comments" or "newsletter" stays.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

__all__ = ["CleanResult", "article_id", "clean_text"]


@dataclass(frozen=True)
class CleanResult:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    removed: list[str] = field(default_factory=list)


def article_id(text: str) -> str:
    """Stable id of an article body: unchanged by Unicode compatibility forms, whitespace and case."""
    normalised = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


# --- whole-line furniture ------------------------------------------------------------------------

_SOCIAL = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|e-mail|messenger|telegram|instagram|tiktok|"
    r"youtube|threads|bluesky)"
)

_CAPITALISED = r"(?-i:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'’.\-]*)"
# Words of a credit line are split by at least one separator, so matching them stays linear.
_CREDIT_WORD = rf"(?:{_CAPITALISED}|and|in|of|the|for|writing|editing|additional|reporting|by)"
# "Reporting by Jane Doe, Channel 9 News. With reports from John Roe."
_CREDIT = (
    r"(?:additional |with |and )?(?:reporting|reports?|writing|editing|edited) (?:by|from)"
    rf"(?:[\s,;&]+(?:{_CREDIT_WORD}|\d+))+\.?"
)
_AGENCY = r"(?:getty|reuters|afp|ap|pa|epa|shutterstock|alamy|bloomberg)(?: images| wire| media| photo)?"

_FURNITURE_PATTERNS = [
    # comment widgets and log-in prompts
    r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?",
    r"(?:show|view|read|hide|load|see all|post a|leave a|add a)\s+(?:\d+\s+)?comments?",
    r"comments? (?:are )?(?:closed|open)\.?",
    r"join (?:the|our)\s+(?:[\w-]+\s+){0,2}"
    r"(?:conversation|discussion|debate|commenting forum|comments?|community)\b[^.]{0,120}\.?",
    r"join (?:[\w-]+\s+){0,3}(?:conversations?|discussions?|debates?)\b.{0,150}",
    r"thanks? (?:you )?for (?:registering|signing up|subscribing|reading)\b.*",
    r"please (?:refresh|reload|log in|sign in|enable javascript)\b.*",
    r"(?:log|sign) ?in|register|log ?out|sign ?out|my account",
    r"want to bookmark your favou?rite articles\b.*",
    # photo credits and captions; a parenthesised quotation is reporting, so quotes rule a line out
    r"\([^()\"“”]{2,150}\)",
    r"\[[^\[\]\"“”]{2,150}\]",
    r"(?:photo|photograph|image|picture|illustration|credit|photo credit|image source|image caption|"
    r"media caption|caption|pictured|words)s?\s*(?:[:|]|©|\(c\)).{0,150}",
    rf"[^.!?]{{0,80}}/\s*{_AGENCY}|[^.!?]{{0,80}}\bvia getty images",
    r"open image in gallery",
    rf"(?:photo(?:graph)?s?|pictures?|images?|illustrations?|video|graphics?)\s+by(?:[\s,;&]+{_CREDIT_WORD})+\.?",
    # reporting credits: only names and outlets may follow, so "Reporting by the BBC found ..." stays
    rf"{_CREDIT}(?:\s+{_CREDIT})*",
    # a wire's credits in brackets: "(Reporting by Jane Doe in Juba; Editing by John Roe)"
    rf"\(\s*{_CREDIT}(?:\s*;?\s*{_CREDIT})*\s*\)",
    # "By Newsroom Team | Posted 3 Sep 2024 6:45 PM": a byline joined to its date line
    r"by\s[^|]{1,80}\|\s*(?:posted|published|updated)\b.{0,200}",
    r".{0,120}\bcontributed (?:reporting |additional reporting )?to this (?:report|article|story)\.?",
    # funding notes and editorial-standards footers
    r"(?:support|funding) for (?:this|the) (?:story|article|report|reporting|project|series|coverage)\b"
    r".{0,30}\bprovided by\b.{0,150}",
    r"(?:our|editorial) (?:standards|principles|guidelines)\s*:.{0,150}",
    r"(?:this|a version of this) (?:article|story) (?:appears|appeared|was published) (?:in|on)\b.{0,150}",
    r"(?!.*\b(?:said|says|told|according)\b)this (?:story|article|report|reporting|project|series) (?:was|is)"
    r" (?:supported|funded|made possible) (?:by|with|through)\b.{0,150}",
    # correction notes
    r"(?:[•*]\s*)?(?:this|an earlier version of this) (?:article|story|piece|report) (?:was|has been)"
    r" (?:amended|corrected|updated|changed)\b.{0,280}",
    r"(?:correction|clarification)\s*[:(].{0,280}",
    r"explore the\b.{0,60}\bissue",
    # newsletters, subscriptions, apps
    r"sign up (?:to|for)\b.{0,150}",
    r"subscribe(?: now| today| here)?(?: (?:to|for)\b.{0,150})?[.!]?",
    r"turn on (?:push |breaking news )?(?:notifications|alerts)\b.{0,150}",
    # reader feedback and the outlet's own rules
    r"report an? (?:error|typo|correction|mistake)|(?:editorial )?code of (?:conduct|ethics|practice)",
    # imprint: "Editor: Jane Doe", "Published by Harbour Media Ltd"
    r"(?:editor|editor-in-chief|publisher|managing editor)\s*:.{1,80}|published by\b.{1,80}",
    r"(?:get|receive) (?:our|the)\b.{0,120}\b(?:newsletter|inbox|briefing|email)s?\b.*",
    r"(?:enter|your) (?:your )?e-?mail(?: address)?\b.{0,80}",
    r".{0,60}\bnewsletters?\s*[:!]?",
    r"(?:.{0,40}[-–—:]\s*)?(?:sign up|subscribe)\b.{0,100}\bnewsletters?\b.{0,40}",
    r"by (?:signing up|subscribing|registering|clicking)\b.{0,200}\b(?:terms|privacy|policy|notice)\b.*",
    r"i would like to be emailed\b.*",
    r"start your\b.{0,80}\bsubscription\b.*",
    r"download (?:the|our)\b.{0,60}\bapp\b.*",
    r"\W*(?:get|download|install|try)\b.{0,150}\b(?:app store|google play|play store)\b.{0,60}",
    # live-blog furniture
    r"key events|refresh (?:to see|for) (?:the )?latest(?: updates?)?\.?",
    r"\d{1,2}\s*(?:h|hr|hrs|m|min|mins|d)\s+ago\b.{0,150}",
    # donation appeal headers (whole appeal paragraphs are recognised separately, see _is_appeal)
    r"support (?:our|independent|quality|trusted|us|the)\b(?:[\w\s-]{0,30}\b(?:journalism|reporting|newsroom|"
    r"journalists|work))?(?:\s+(?:today|now|here))?[.!]?",
    r"(?:donate|make a (?:donation|contribution)|become a (?:member|supporter|subscriber))\b.{0,80}",
    r"have your say\b.{0,200}",
    r"(?:stay informed\.?\s*)?subscribe (?:to|for|now)\b.{0,150}",
    r"reading time\s*:?\s*\d+\s*min(?:ute)?s?",
    # mastheads and bureaux: "Northern Kenya's independent daily", "Marsabit Bureau"
    r"[\w'’ -]{0,50}\b(?:newspaper|daily|weekly|news website|news service)",
    r"(?:[A-Z][\w'’-]+\s){1,2}(?:bureau|desk)",
    r"(?:got a (?:story|news tip|tip)|do you have a story)\b.{0,150}",
    r"(?:subscribers?|premium|members?)(?:[- ]only| exclusive| briefing| content| article)\b.{0,60}",
    r"about the (?:author|writer|reporter)s?\s*:.{0,400}",
    # related links and navigation
    r"[^\w\s]{0,2}\s?(?:read|see|watch|listen)(?: more| next| also)?\s*[:|].{0,200}",
    r"read (?:more|next|also|the full story)\b.{0,150}",
    r"(?:related|recommended|more on this story|more from|most (?:read|popular|viewed)|trending|top stories|"
    r"you may also like|latest|in other news)"
    r"(?:\s+(?:stories|articles|links|news|videos|coverage|content|reading))?(?:\s*[:|].{0,120})?",
    r"(?:topics?|tags?|more on|filed under|categories)\s*:.{0,200}",
    r"(?:home|menu|search|close|back to top|previous|next)(?: article| page)?",
    r"skip to (?:main )?content|skip (?:advert|ad)|advertisement|advert|sponsored|continue reading\b.*",
    r"listen to this article\b.*|\d+\s+min(?:ute)?s? read|gift (?:this )?article|bookmark|print",
    # share buttons
    rf"share(?: this| the)?(?: article| story| page)?(?: (?:on|via) {_SOCIAL})?|"
    rf"(?:tweet|copy link|{_SOCIAL})",
    rf"(?:(?:share(?: (?:on|via) {_SOCIAL})?|tweet|copy link|print|{_SOCIAL})[\s,|•·/]*){{2,}}",
    rf"follow (?:[\w'’-]+\s+){{1,3}}on {_SOCIAL}\b.{{0,60}}",
    rf"follow us\s*(?:[:@]|on\b).{{0,150}}|like us on {_SOCIAL}\b.{{0,60}}",
    rf"join (?:us on |our ){_SOCIAL}\b.{{0,60}}",
    # rules between page sections
    r"[-_=*~.•·]{3,}",
    # cookie notices and legal footer
    r"(?:we|this (?:site|website)|our (?:site|website)s?)\s+(?:uses?|sets?) cookies\b.*",
    r"(?:accept|reject|manage|allow)(?: all)?(?: cookies| preferences| settings)?",
    r"cookie (?:policy|settings|preferences)",
    r"(?:©|\(c\))\s*\w.{0,150}|copyright\s+(?:©\s*)?\d{4}.{0,150}|all rights reserved\.?",
    r"(?:privacy policy|terms (?:of (?:use|service)|and conditions))(?:\s*[|•·]\s*.{0,100})?",
]
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_PATTERNS), re.IGNORECASE)

# A photo credit inside a caption line: "(Photo: Jane Doe/Agency) Boys wade ...",
# "... (Harbour Photos/Jo Lee)", "... at dawn. JANE DOE/THE HARBOUR PRESS".
_INLINE_CREDIT = re.compile(
    r"\s*\((?:photo|photograph|image|picture|credit)s?\s*:[^()]{1,120}\)\s*|"
    r"\s*\([^()]{0,60}\b(?:photos?|pictures?|images?)\s*/[^()]{1,60}\)|"
    rf"\s*\([^()]{{0,60}}/\s*{_AGENCY}\)|"
    r"(?<=[.!?])\s+[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*/[A-Z][A-Z'’.&\-]+(?: [A-Z][A-Z'’.&\-]+)*$|"
    # "... on Wednesday evening. Photograph: Jane Doe/Agency"
    r"(?<=[.!?])\s+(?:photo|photograph|image|picture|credit)s?\s*:[^.!?\"“”]{1,100}$|"
    # "... on 3 December. © Jane Doe, Agency"
    r"(?<=[.!?])\s+(?:©|\(c\))[^!?\"“”]{1,100}$|"
    # "... on Saturday. PHOTO | JANE DOE | THE HARBOUR POST"
    r"(?<=[.!?])\s+(?:photo|picture|image)s?\s*\|[^.!?\"“”]{1,100}$",
    re.IGNORECASE,
)

# A bare label ("Read more:", "Related stories") introduces a list of linked headlines on the lines after it.
_LINK_LABEL = re.compile(
    r"(?:read (?:more|next|also)|see also|related(?: stories| articles| links| content| coverage| reading)?|"
    r"recommended|more (?:on|from|in|about) [\w\s'’&-]{1,40}|"
    r"most (?:read|popular|viewed)(?: in [\w\s&-]{1,30})?|top stories|"
    r"you (?:may|might) also like|also read|watch|listen)\s*:?",
    re.IGNORECASE,
)
_MAX_LINKED_HEADLINES = 5

# A line this long is a paragraph, whatever it starts with.
_MAX_FURNITURE_CHARS = 300


# Icons and bullets in front of a widget's text ("🔔 Turn on notifications", "▸ Related").
_LEADING_SYMBOLS = re.compile(r"^[^\w\s\"“‘'(\[]+\s*")
# Page chrome often sits several items to a line: "Bengal Post | Editor: Jane Doe | Published by ...".
_SEGMENT_SEPARATOR = re.compile(r"\s+[|•·>›»—–]\s+")
# A segment that is only a label: a place, a section, an outlet ("Baghdad / Ankara", "STAFF REPORTER, DHAKA").
_LABEL_WORD = r"(?:[A-Z\u00c0-\u00de][\w'’.&\-]*|\d+)"
_LABEL = re.compile(rf"{_LABEL_WORD}(?:[\s,/&]+{_LABEL_WORD}){{0,4}}")


def _is_furniture_item(line: str) -> bool:
    return any(
        _FURNITURE.fullmatch(text) is not None
        or _LINK_LABEL.fullmatch(text) is not None
        or _TIME_LINE.fullmatch(text) is not None
        or _parse_date_line(text) is not None
        for text in {line, _LEADING_SYMBOLS.sub("", line) or line}
    )


# Words of a share bar, however it is drawn: "f SHARE | X POST | WHATSAPP | EMAIL  214 comments",
# "[Share] [Post] [Email] [Save]", "Share: Facebook · X · WhatsApp · Email · Copy link".
_SHARE_WORDS = frozenset(
    re.findall(
        r"\S+",
        """share shares post tweet email e-mail mail print save copy link url f x facebook twitter linkedin
        whatsapp reddit pinterest messenger telegram instagram tiktok threads bluesky flipboard via on this
        article story comment comments gift in""",
    )
)
_SHARE_CORE = frozenset({"share", "email", "e-mail", "whatsapp", "tweet", "copy", "facebook", "linkedin"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _is_share_bar(line: str) -> bool:
    words = [word.lower() for word in _WORD.findall(line)]
    return (
        len(words) >= 2
        and all(word in _SHARE_WORDS for word in words)
        and len(_SHARE_CORE.intersection(words)) >= 1
    )


def _is_furniture_line(line: str) -> bool:
    if len(line) > _MAX_FURNITURE_CHARS:
        return False
    if _is_furniture_item(line) or _is_share_bar(line):
        return True
    segments = _SEGMENT_SEPARATOR.split(line)
    if len(segments) < 2 or any(not segment for segment in segments):
        return False
    # Every item is chrome or a bare label; a breadcrumb or a kicker ("Home > World", "SPORT | RUGBY")
    # is all labels.
    return all(_is_furniture_item(segment) or _LABEL.fullmatch(segment) for segment in segments)


# --- date lines ----------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?"
_TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:utc|gmt)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\s*[a-z]{2,5})?"
    r"(?:\s*\([a-z]{2,5}\))?"
)
_DATE_DMY = rf"(?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmy_month>{_MONTH}),?\s+(?P<dmy_year>\d{{4}})"
_DATE_MDY = rf"(?P<mdy_month>{_MONTH})\s+(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_year>\d{{4}})"
_DATE_ISO = r"(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2})?\S*)?"
_DATE_PREFIX = r"(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\s*:?\s*)"
_DATE_LINE = re.compile(
    rf"{_DATE_PREFIX}?(?:{_TIME}[,\s]+)?(?:{_WEEKDAY},?\s+)?(?:{_DATE_DMY}|{_DATE_MDY}|{_DATE_ISO})"
    rf"(?:(?:[,\s]+|\s*[-–—]\s*)(?:at\s+)?{_TIME}(?:\s*\([a-z]{{2,5}}\))?)?"
    rf"(?:\s*[(|,]?\s*(?:updated|edited)\b.{{0,80}})?\.?",
    re.IGNORECASE,
)


# A live blog's timestamps ("4.52pm WAT") and an embedded post's ("11:48 AM · Sep 12"), and a
# publication line without a year ("Published 9:05am JST, 21 August").
_TIME_LINE = re.compile(
    rf"{_DATE_PREFIX}?{_TIME}(?:[\s,·|•]+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?|"
    rf"{_DATE_PREFIX}(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:[,\s]+(?:at\s+)?{_TIME})?",
    re.IGNORECASE,
)


def _parse_date_line(line: str) -> str | None:
    """ISO date of a line that is nothing but a date (with optional weekday, time and zone)."""
    if len(line) > _MAX_FURNITURE_CHARS:
        return None
    match = _DATE_LINE.fullmatch(line)
    if match is None:
        return None
    groups = match.groupdict()
    for style in ("dmy", "mdy", "iso"):
        if groups[f"{style}_year"] is None:
            continue
        month_text = groups[f"{style}_month"].rstrip(".").lower()
        month = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
        try:
            return date(int(groups[f"{style}_year"]), month, int(groups[f"{style}_day"])).isoformat()
        except ValueError:
            return None
    return None


# --- bylines -------------------------------------------------------------------------------------

_BYLINE_PREFIX = re.compile(
    r"^(?:by|written by|words by|story by|text by|reported by|author|authors|reporter|"
    r"(?:live )?(?:updates|coverage|blog) by)"
    r"\s*:?\s+",
    re.IGNORECASE,
)
_NAME_PARTICLES = {
    "de",
    "da",
    "di",
    "del",
    "della",
    "dos",
    "du",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "al",
    "bin",
    "la",
    "le",
}
_NAME_TOKEN = re.compile(r"[A-Z][\w'’.\-]*|[A-Z]\.")
_ROLE_WORDS = re.compile(
    r"\b(?:editor|correspondent|reporter|writer|staff|contributor|columnist|journalist|desk|bureau|agency|news|press)\b",
    re.IGNORECASE,
)
# "in Brussels", "@handle", "| Reuters": trailing context on a byline that is not part of the name.
_BYLINE_TAIL = re.compile(r"\s+(?:in|at|from|for)\s+[A-Z].*$|\s*[|@•·].*$|\s+-\s+.*$|\s*\([^()]*\)$")
# "Pacific affairs reporter Jane Doe": a role written in front of the name in a byline.
_LEADING_ROLE = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?(?:reporter|correspondent|editor|writer|columnist|journalist)\s+(?P<name>.+)",
    re.IGNORECASE,
)
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bwith\b)\s*")
_MAX_NAME_TOKENS = 5


# "Harriet Roe Education correspondent": a role written after the name, with no comma.
_TRAILING_ROLES = {"correspondent", "reporter", "editor", "writer", "columnist"}


def _without_role(part: str) -> str:
    match = _LEADING_ROLE.fullmatch(part)
    if match is not None and _looks_like_name(match["name"]):
        return match["name"]
    words = part.split()
    if len(words) >= 3 and words[-1].lower() in _TRAILING_ROLES:
        # The name is most often two words; the ones between it and the role name the beat.
        for size in (2, 3):
            name = " ".join(words[:size])
            if size < len(words) and _looks_like_name(name):
                return name
    return part


def _looks_like_name(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= _MAX_NAME_TOKENS or any(ch.isdigit() for ch in text):
        return False
    if tokens[0].lower() == "the" or _ROLE_WORDS.search(text):
        return False
    if not (_NAME_TOKEN.fullmatch(tokens[0]) and _NAME_TOKEN.fullmatch(tokens[-1])):
        return False
    return all(_NAME_TOKEN.fullmatch(token) or token.lower() in _NAME_PARTICLES for token in tokens)


def _byline_authors(line: str, *, needs_prefix: bool) -> list[str]:
    """Authors named by a byline line, or [] when the line is not a byline."""
    if len(line) > _MAX_FURNITURE_CHARS:
        return []
    prefix = _BYLINE_PREFIX.match(line)
    if prefix is None and needs_prefix:
        return []
    # Without a "By", a closing full stop makes the line a sentence.
    if prefix is None and line.endswith("."):
        return []
    names_part = _BYLINE_TAIL.sub("", line[prefix.end() :] if prefix else line).strip().rstrip(".")
    if not names_part or len(names_part) > 150:
        return []
    parts = [_without_role(part.strip()) for part in _AUTHOR_SEPARATORS.split(names_part) if part.strip()]
    names = [part for part in parts if _looks_like_name(part)]
    # Every part must be a name or a role ("Jane Doe, Political Editor"); otherwise it is prose.
    if not names or any(not _looks_like_name(part) and not _ROLE_WORDS.search(part) for part in parts):
        return []
    return names


# --- donation appeals ----------------------------------------------------------------------------

_APPEAL_CUES = re.compile(
    r"\b(?:support(?:ing|ers?)?|donat\w*|contribut\w*|journalism|reader-funded|paywall|subscri\w*|"
    r"billionaires?|membership|free (?:to read|for everyone|for all)|every reader|"
    r"our (?:reporting|newsroom|journalists))\b",
    re.IGNORECASE,
)
# The ask itself; without one, a paragraph about funding or journalism is news, not an appeal.
_APPEAL_ASK = re.compile(
    r"\b(?:please (?:consider )?(?:support|donat|contribut|subscrib)|support (?:us|our)|your support|"
    r"make a (?:donation|contribution)|donate|become a (?:member|supporter|subscriber)|reader-funded|"
    r"funded by (?:our )?readers|no paywall|free to read)",
    re.IGNORECASE,
)
# Quotation marks mean somebody is being quoted: that is reporting, not an appeal.
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
# Case-sensitive, so that "US" (the country) is not the reader.
_READER_ADDRESS = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us)\b")
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|according to|added|stated)\b", re.IGNORECASE)
_APPEAL_MIN_CUES = 2


def _is_appeal(paragraph: str) -> bool:
    """A paragraph asking the reader to fund the outlet, not reporting what someone said."""
    if _QUOTE_MARKS.search(paragraph) or _REPORTING_VERB.search(paragraph):
        return False
    if not (_READER_ADDRESS.search(paragraph) and _APPEAL_ASK.search(paragraph)):
        return False
    cues = {cue.lower() for cue in _APPEAL_CUES.findall(paragraph)}
    return len(cues) >= _APPEAL_MIN_CUES


# --- datelines ---------------------------------------------------------------------------------------

# "TORONTO, Oct 3 (Agency) - ..." / "ALBANY, N.Y. (AP) — ...": the agency in a wire dateline is a credit,
# not part of the story; the place stays.
_DATELINE_AGENCY = re.compile(
    r"(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)\s*\((?P<agency>[A-Z][\w .&'’-]{0,40})\)\s*[-–—]+\s*"
)


def _without_dateline_agency(paragraph: str) -> tuple[str, str | None]:
    match = _DATELINE_AGENCY.match(paragraph)
    if match is None or not match["place"].split(",")[0].strip().isupper():
        return paragraph, None
    return f"{match['place'].rstrip()} — {paragraph[match.end() :]}", match["agency"]


# --- author notes ----------------------------------------------------------------------------------

# "Jane Doe is a staff writer at The Ledger." / "John Roe reported from Oslo.": a note about the author.
# The outlet may be named in the possessive without an article ("is Newsline's Leeds correspondent").
_AUTHOR_NOTE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.\-]*\s+){1,3}[A-Z][\w'’.\-]*)\s+(?:is|was)\s+(?:(?:a|an|the|our)\s+)?"
    r"(?:[\w'’-]+\s+){0,6}(?i:writer|reporter|correspondent|editor|journalist|columnist|contributor|"
    r"photographer|producer|fellow)\b.{0,200}|"
    r"(?P<reporter>(?:[A-Z][\w'’.\-]*\s+){1,3}[A-Z][\w'’.\-]*)\s+(?:reported|contributed) from\b.{0,120}|"
    # "Jane Doe covers energy for the Harbour Post from Oslo."
    r"(?P<beat>(?:[A-Z][\w'’.\-]*\s+){1,3}[A-Z][\w'’.\-]*)\s+(?:covers|writes about|reports on)\b.{0,200}"
)
# Only this close to the end of the article (or naming a byline author) is such a line a note.
_AUTHOR_NOTE_TAIL = 3


def _is_author_note(paragraph: str, authors: list[str], from_end: int) -> bool:
    match = _AUTHOR_NOTE.fullmatch(paragraph) if len(paragraph) <= _MAX_FURNITURE_CHARS else None
    if match is None:
        return False
    name = match["name"] or match["reporter"] or match["beat"]
    return from_end < _AUTHOR_NOTE_TAIL or name in authors


# --- headlines and paragraphs --------------------------------------------------------------------

_MAX_HEADLINE_CHARS = 200
_SENTENCE_END = tuple('.!?:;"”’)…')
_WRAPPED_MAX_LINE = 100
_WRAPPED_MIN_LINE = 40


def _looks_like_headline(line: str) -> bool:
    return (
        len(line) <= _MAX_HEADLINE_CHARS
        and len(line.split()) >= 2
        and not line.endswith(".")
        and not line[0].islower()
        and _parse_date_line(line) is None
    )


# A numbered or bulleted item starts a line of its own, never the rest of a wrapped one.
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[•·▶►■▸*\-–—]|>>|»)\s")


def _join_block(lines: list[str]) -> list[str]:
    """Paragraphs of one blank-line-separated block.

    Each line is its own paragraph (extractors such as trafilatura emit one paragraph per line), except
    in a block that looks hard-wrapped (all lines short): there a line that stops mid-sentence continues
    on the next.
    """
    if len(lines) < 2 or max(len(line) for line in lines) > _WRAPPED_MAX_LINE:
        return lines
    paragraphs = [lines[0]]
    for previous_line, line in itertools.pairwise(lines):
        if (
            len(previous_line) >= _WRAPPED_MIN_LINE
            and not previous_line.endswith(_SENTENCE_END)
            and not _LIST_ITEM.match(line)
        ):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


# --- the pipeline --------------------------------------------------------------------------------

# Space-like characters scrapers leave behind (no-break, thin, zero-width) and control characters.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]")
# Headline, standfirst, byline and date come first; a bare name further down is prose.
_HEADER_LINES = 6


# Paired guillemets as the curly marks English uses: the parser reads "»" as a word ("» said the
# minister" made "»" the subject) and splits sentences at "«". A lone "»" is a breadcrumb's separator.
_GUILLEMET_PAIR = re.compile("\u00ab([^\u00ab\u00bb\n]*)\u00bb")


def _normalise(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text))
    return _GUILLEMET_PAIR.sub("\u201c\\1\u201d", text)


@dataclass
class _Line:
    text: str
    block: int


def _blocks(text: str) -> list[_Line]:
    lines: list[_Line] = []
    for block_number, block in enumerate(re.split(r"\n\s*\n", text)):
        lines.extend(
            _Line(" ".join(line.split()), block_number) for line in block.split("\n") if line.strip()
        )
    return lines


def _repeats_title(line: str, title: str) -> bool:
    """``line`` is the headline, possibly without the " | Outlet" a page title appends."""
    line, title = line.casefold(), title.casefold()
    return title == line or (
        title.startswith(line) and title[len(line) :].lstrip()[:1] in ("|", "-", "–", "—")
    )


def clean_text(raw: str, *, title: str | None = None) -> CleanResult:
    """Body text of a scraped article, with the headline, bylines and date lifted into metadata.

    ``title``: the headline when the caller already knows it (HTML, JSON metadata); a first line
    repeating it is dropped and no other line is taken for a headline.
    """
    lines = _blocks(_normalise(raw))
    removed: list[str] = []
    authors: list[str] = []
    published: str | None = None

    dates = [_parse_date_line(line.text) for line in lines]
    kept: list[_Line] = []
    linked_headlines_left = 0
    for index, line in enumerate(lines):
        credit_free = _INLINE_CREDIT.sub(" ", line.text).strip()
        if credit_free != line.text and credit_free:
            removed.append(line.text)
            line.text = credit_free
        label = _LINK_LABEL.fullmatch(_LEADING_SYMBOLS.sub("", line.text)) is not None
        if linked_headlines_left and _looks_like_headline(line.text) and not label:
            linked_headlines_left -= 1
            removed.append(line.text)
            continue
        linked_headlines_left = _MAX_LINKED_HEADLINES if label else 0
        if dates[index] is not None:
            published = published or dates[index]
            removed.append(line.text)
            continue
        if _is_furniture_line(line.text) or _TIME_LINE.fullmatch(line.text):
            removed.append(line.text)
            continue
        next_to_date = any(dates[i] is not None for i in (index - 1, index + 1) if 0 <= i < len(lines))
        in_header = len(kept) < _HEADER_LINES
        names = _byline_authors(line.text, needs_prefix=not (next_to_date or (in_header and len(kept) > 0)))
        if names:
            authors.extend(name for name in names if name not in authors)
            removed.append(line.text)
            continue
        kept.append(line)

    headline: str | None = " ".join(title.split()) if title else None
    if kept and headline is not None and _repeats_title(kept[0].text, headline):
        kept = kept[1:]

    # Paragraphs are joined before looking for a headline, so the first line of a hard-wrapped
    # paragraph is not mistaken for one.
    candidates = [
        paragraph
        for block_number in sorted({line.block for line in kept})
        for paragraph in _join_block([line.text for line in kept if line.block == block_number])
    ]
    if headline is None and len(candidates) > 1 and _looks_like_headline(candidates[0]):
        headline = candidates.pop(0)

    paragraphs: list[str] = []
    for index, paragraph in enumerate(candidates):
        if _is_appeal(paragraph) or _is_author_note(paragraph, authors, len(candidates) - 1 - index):
            removed.append(paragraph)
            continue
        paragraph, agency = _without_dateline_agency(paragraph)
        if agency is not None:
            removed.append(f"({agency})")
        paragraphs.append(paragraph)

    return CleanResult(
        text="\n\n".join(paragraphs), title=headline, authors=authors, published=published, removed=removed
    )
