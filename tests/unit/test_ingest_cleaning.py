"""clean_text and article_id: furniture goes, every real paragraph stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.ingest.cleaning import article_id, clean_text

SCRAPED = """Harbour board approves new ferry terminal despite protests

The £40m terminal will open in 2027, the board said after a heated meeting

By Jane Whitfield
Thursday 6 June 2024 09:15 BST
Comments
(Alex Moore/Getty Images)

The Port Merrow harbour board has approved a new ferry terminal, ending a year of debate.

“This terminal will bring jobs to the whole coast,” said board chair Owen Pryce.

Campaigners criticised the decision. Lina Haddad said that the board's comments were dismissive.

Additional reporting by Coastal News Agency

Join our commenting forum

Join thought-provoking conversations, follow other readers and see their replies

Comments

Thank you for registering

Please refresh the page to be automatically logged inPlease refresh your browser to be logged in"""


def test_scraped_page_yields_body_and_metadata() -> None:
    result = clean_text(SCRAPED)

    assert result.title == "Harbour board approves new ferry terminal despite protests"
    assert result.authors == ["Jane Whitfield"]
    assert result.published == "2024-06-06"
    assert result.text.split("\n\n") == [
        "The £40m terminal will open in 2027, the board said after a heated meeting",
        "The Port Merrow harbour board has approved a new ferry terminal, ending a year of debate.",
        "“This terminal will bring jobs to the whole coast,” said board chair Owen Pryce.",
        "Campaigners criticised the decision. Lina Haddad said that the board's comments were dismissive.",
    ]
    for furniture in (
        "Comments",
        "(Alex Moore/Getty Images)",
        "Additional reporting by Coastal News Agency",
        "Join our commenting forum",
        "Thank you for registering",
    ):
        assert furniture in result.removed
    assert "refresh" not in result.text


def test_donation_appeal_naming_a_billionaire_is_removed() -> None:
    raw = (
        "The council will vote on the budget next week, its leader said.\n\n"
        "Support our journalism\n\n"
        "At a time when billionaires like Elon Musk are reshaping the media, your support keeps our "
        "independent journalism free for every reader. Please make a donation today."
    )
    result = clean_text(raw)
    assert result.text == "The council will vote on the budget next week, its leader said."
    assert "Elon Musk" not in result.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We rely on readers to support our journalism,” said the editor, Maria Lopez.",
        "The newspaper said that donations from readers now fund most of its journalism.",
        "The minister's comments drew sharp criticism from opposition parties.",
        "Comments made by the senator on Tuesday were later withdrawn.",
        "Reporting by the Financial Gazette found that the contract had been awarded without a tender.",
        "By the end of the year, prices had risen by a fifth.",
        "Sign-ups to the scheme doubled after the campaign, according to the ministry.",
        "(“We will not resign,” she said.)",
        "The US will support Ukraine with donations and contributions to its reconstruction fund.",
        "The university will support journalism students, and we expect applications to rise.",
        "This story was supported by two witnesses, police said.",
        "Report by report, the inquiry found fresh failings.",
        "At 4.52pm the ferry left the harbour.",
    ],
)
def test_prose_that_resembles_furniture_stays(paragraph: str) -> None:
    raw = f"The mayor opened the new bridge on Monday morning.\n\n{paragraph}"
    assert paragraph in clean_text(raw).text.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our newsletter",
        "Sign up for the Morning Briefing newsletter",
        "Read more: Ferry operator reports record profits",
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter Email",
        "Copy link",
        "We use cookies to improve your experience on our site.",
        "Accept all cookies",
        "Advertisement",
        "Photograph: Sam Lee/Reuters",
        "Reporting by Tom Baker; Editing by Ann Lowe",
        "Tags: Transport, Local government",
        "© 2024 Coastal Times. All rights reserved.",
        "Support independent journalism",
        "12 comments",
        "Photographs by Åsa Lindqvist for The Harbour Times",
        "Support for this article was provided by the Wexford Foundation.",
        "Our Standards: The Harbour Times Editorial Principles.",
        "MORE ON SAILING",
        "Related coverage",
        "This article appears in the May 2025 print edition with the headline “Salt Roads.”",
        "Explore the May 2025 Issue",
        "This story was supported by the Tidewater Reporting Fund.",
        "Report by Ana Cruz, Harbour 9 News. With reports from Ben Ocampo.",
        "By Harbour 9 News Team | Posted Mar 3, 2025 6:45 PM | Updated Mar 3, 2025 9:10 PM",
        "📱 Get breaking news on the Harbour 9 app. Download now on Google Play and the App Store.",
        "▶ WATCH: The mayor opens the bridge (video 2:14)",
    ],
)
def test_furniture_lines_are_removed(line: str) -> None:
    raw = f"The mayor opened the new bridge on Monday morning.\n\n{line}\n\nTraffic was light, police said."
    result = clean_text(raw)
    assert (
        result.text == "The mayor opened the new bridge on Monday morning.\n\nTraffic was light, police said."
    )
    assert line in result.removed


def test_headlines_listed_under_a_read_more_label_are_removed() -> None:
    raw = (
        "The mayor opened the new bridge on Monday morning.\n\n"
        "Read more:\nFerry fares to rise in spring\nCoastal path reopens after storm\n\n"
        "Traffic was light, police said."
    )
    assert (
        clean_text(raw).text
        == "The mayor opened the new bridge on Monday morning.\n\nTraffic was light, police said."
    )


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("OSLO, May 2 (Nordwire) - Ferry crews went on strike.", "OSLO, May 2 — Ferry crews went on strike."),
        ("BOISE, Idaho (AP) — The governor signed the bill.", "BOISE, Idaho — The governor signed the bill."),
        ("NATO (the alliance) - said to be fine.", "NATO (the alliance) - said to be fine."),
    ],
)
def test_the_agency_in_a_wire_dateline_is_a_credit_not_text(first: str, expected: str) -> None:
    result = clean_text(f"Ferry strike halts crossings\n\n{first}\n\nTraffic was light, police said.")
    assert result.text.split("\n\n")[0] == expected


def test_a_note_about_the_author_at_the_end_is_removed() -> None:
    raw = (
        "By Ines Moreau\n\nThe mayor opened the new bridge on Monday morning.\n\n"
        + "Traffic was light, police said.\n\n" * 4
        + "Ines Moreau is a staff writer at The Harbour Times covering transport."
    )
    result = clean_text(raw)
    assert "staff writer" not in result.text and result.authors == ["Ines Moreau"]


def test_news_about_a_reporter_in_the_body_stays() -> None:
    line = "Dana Whitlock is a reporter for the Coastal Herald who was detained at the border."
    raw = "The mayor opened the new bridge.\n\n" + line + "\n\n" + "Traffic was light, police said.\n\n" * 4
    assert line in clean_text(raw).text


def test_a_sentence_about_photographs_is_prose() -> None:
    line = "Photographs by the river were taken at dawn, officials said."
    assert line in clean_text(f"The mayor opened the bridge.\n\n{line}").text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Monday 28 September 2015 16:00 BST", "2015-09-28"),
        ("Wed 10 Jul 2024 07.30 BST", "2024-07-10"),
        ("March 4, 2024", "2024-03-04"),
        ("Published: 21 May 2024", "2024-05-21"),
        ("Updated 3 Sept 2023, 10:15am", "2023-09-03"),
        ("2024-11-18", "2024-11-18"),
        ("Posted on Friday, January 5th, 2024 at 9:00 pm EST", "2024-01-05"),
    ],
)
def test_date_lines_become_published(line: str, iso: str) -> None:
    result = clean_text(f"Ferry terminal approved\n\n{line}\n\nThe board voted on Monday.")
    assert result.published == iso
    assert line not in result.text


def test_a_sentence_starting_with_a_date_is_prose() -> None:
    raw = "The board met twice.\n\n28 September 2015 was the day the vote finally took place."
    result = clean_text(raw)
    assert result.published is None
    assert "28 September 2015 was the day" in result.text


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Political Editor", ["Jane Doe"]),
        ("By Pieter van der Berg in Brussels", ["Pieter van der Berg"]),
        ("Words by Amina Yusuf | @aminayusuf", ["Amina Yusuf"]),
        ("Live updates by Jane Doe and John Roe (earlier)", ["Jane Doe", "John Roe"]),
    ],
)
def test_bylines_become_authors(byline: str, authors: list[str]) -> None:
    result = clean_text(f"Ferry terminal approved\n\n{byline}\n\nThe board voted on Monday.")
    assert result.authors == authors
    assert result.text == "The board voted on Monday."


def test_a_bare_name_far_from_the_header_is_kept() -> None:
    body = "\n\n".join(f"Paragraph {n} of the report." for n in range(10))
    result = clean_text(f"{body}\n\nOwen Pryce")
    assert result.authors == []
    assert result.text.endswith("Owen Pryce")


def test_a_sentence_of_capitalised_words_is_not_a_byline() -> None:
    raw = "The vote was held on Monday.\n\nOfficials Monday September.\n\nIt was close."
    assert clean_text(raw).authors == []


def test_title_needs_a_headline_shape_and_a_body() -> None:
    assert clean_text("The board voted on Monday.\n\nIt was close.").title is None
    single = clean_text("Ferry terminal approved")
    assert single.title is None
    assert single.text == "Ferry terminal approved"


def test_known_title_repeated_on_the_first_line_is_dropped() -> None:
    result = clean_text(
        "Ferry terminal approved\nThe board voted on Monday.", title="Ferry terminal approved"
    )
    assert result.title == "Ferry terminal approved"
    assert result.text == "The board voted on Monday."


def test_hard_wrapped_lines_are_joined_but_one_line_paragraphs_are_not() -> None:
    wrapped = (
        "The harbour board approved the terminal after a\n"
        "long meeting in which campaigners warned that the\n"
        "dunes would be damaged.\n\n"
        "Short line.\nAnother short line."
    )
    assert clean_text(wrapped).text == (
        "The harbour board approved the terminal after a long meeting in which campaigners warned that the "
        "dunes would be damaged.\n\nShort line.\n\nAnother short line."
    )


def test_odd_spaces_and_invisible_characters_are_normalised() -> None:
    result = clean_text("The\u00a0board\u200b voted on Monday.\r\nIt was\u2009close.\ufeff")
    assert result.text == "The board voted on Monday.\n\nIt was close."


def test_empty_input_gives_empty_text() -> None:
    assert clean_text("  \n\n \t ").text == ""


def test_article_id_ignores_whitespace_case_and_compatibility_forms() -> None:
    base = article_id("The board voted on Monday.")
    assert len(base) == 16
    assert int(base, 16) >= 0
    assert article_id("  the  BOARD\nvoted on\u00a0Monday. ") == base
    assert article_id("The board voted on Ｍonday.") == base  # full-width M
    assert article_id("The board voted on Tuesday.") != base


@given(st.text())
def test_clean_text_never_raises(raw: str) -> None:
    result = clean_text(raw)
    assert isinstance(result.text, str)
    assert result.text == result.text.strip()


# Words that furniture patterns key on, mixed into ordinary sentences.
_NEWSY_WORDS = [
    "comments", "comment", "share", "newsletter", "support", "journalism", "donations", "cookies", "read",
    "more", "by", "reporting", "photo", "sign", "up", "join", "the", "conversation", "Reuters", "Getty",
    "Images", "US", "editor", "board", "council", "voted", "on", "Monday", "28", "September", "2015", "and",
    "minister", "criticised", "backed", "plan", "subscribers", "forum", "advertisement", "print",
]  # fmt: skip


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Officials", "The", "Its", "Campaigners", "Ms Lee", "Residents of Leeds"]),
            st.lists(st.sampled_from(_NEWSY_WORDS), min_size=3, max_size=25),
        ).map(lambda opener_words: f"{opener_words[0]} {' '.join(opener_words[1])}."),
        min_size=1,
        max_size=8,
    )
)
def test_every_prose_paragraph_survives(paragraphs: list[str]) -> None:
    assert clean_text("\n\n".join(paragraphs)).text == "\n\n".join(paragraphs)


@given(
    st.lists(st.text(st.characters(blacklist_categories=("Z", "C")), min_size=1), min_size=1),
    st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\r\n"]), min_size=1),
)
def test_article_id_is_stable_under_whitespace_changes(words: list[str], separators: list[str]) -> None:
    spaced = "".join(word + separators[i % len(separators)] for i, word in enumerate(words))
    assert article_id(spaced) == article_id(" ".join(words))


def test_a_byline_with_a_role_before_the_name_gives_the_name() -> None:
    result = clean_text(
        "Ferry terminal approved\n\nBy Arctic affairs reporter Ingrid Sola in Tromso\n\nThe board voted."
    )
    assert result.authors == ["Ingrid Sola"]
    assert result.text == "The board voted."


@pytest.mark.parametrize(
    "note",
    [
        "Tomas Brell is the Valley Courier's transport correspondent and has covered rail since 2010.",
        "Tomas Brell is Metro Wire's Leeds Correspondent.",
    ],
)
def test_an_author_note_naming_the_outlet_in_the_possessive_is_dropped(note: str) -> None:
    result = clean_text(f"The board voted on Monday.\n\nIt was close.\n\n{note}")
    assert result.text == "The board voted on Monday.\n\nIt was close."


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: the new ferry terminal at dawn (Image: Harbour Board)",
        "Caption: Ms Lee at the harbour on Monday",
        "Follow Harbour News Sport on X @harboursport and on Facebook",
    ],
)
def test_captions_and_follow_prompts_are_furniture(line: str) -> None:
    result = clean_text(f"The board voted on Monday.\n\n{line}\n\nIt was close.")
    assert result.text == "The board voted on Monday.\n\nIt was close."


@pytest.mark.parametrize(
    "line",
    ["4.52pm WAT", "11:48 AM · Sep 12", "9.30am", "Published 9:05am JST, 21 August", "Updated 14 March"],
)
def test_time_stamps_of_live_blogs_and_undated_publication_lines_are_furniture(line: str) -> None:
    raw = f"The mayor opened the new bridge on Monday morning.\n\n{line}\n\nTraffic was light, police said."
    assert line in clean_text(raw).removed


@pytest.mark.parametrize(
    "line",
    [
        "Key events",
        "2h ago  Police clear the square",
        "Refresh to see latest updates",
    ],
)
def test_live_blog_navigation_is_furniture(line: str) -> None:
    raw = f"The mayor opened the new bridge on Monday morning.\n\n{line}\n\nTraffic was light, police said."
    assert (
        clean_text(raw).text
        == "The mayor opened the new bridge on Monday morning.\n\nTraffic was light, police said."
    )


@pytest.mark.parametrize(
    "note",
    [
        "• This article was amended on 5 May 2025. An earlier version misspelled the mayor's surname.",
        "This story has been corrected to show that the bridge opened on Monday.",
        "Correction: An earlier version of this article gave the wrong cost of the bridge.",
    ],
)
def test_correction_notes_are_furniture(note: str) -> None:
    raw = f"The mayor opened the new bridge on Monday morning.\n\n{note}"
    assert clean_text(raw).text == "The mayor opened the new bridge on Monday morning."


_PROSE = "The mayor opened the new bridge on Monday morning.\n\nTraffic was light, police said."


def _with_line(line: str) -> str:
    return f"The mayor opened the new bridge on Monday morning.\n\n{line}\n\nTraffic was light, police said."


@pytest.mark.parametrize(
    "line",
    [
        "Share on Facebook   Share on X   Share via WhatsApp   Copy link",
        "Share  |  Tweet  |  Email  |  Print",
        "f SHARE | X POST | WHATSAPP | EMAIL        \U0001f4ac 87 comments",
        "[Share] [Post] [Email] [Save]",
        "Share via Email",
        "Share: Facebook \u00b7 X \u00b7 WhatsApp \u00b7 Email \u00b7 Copy link",
        "Email Print",
        "Subscriber briefing \u00b7 4 min read",
        "\U0001f512 Subscriber exclusive",
        "About the author: Jo Lindqvist covers energy policy across the Nordics for the Harbour Post.",
    ],
)
def test_runs_of_share_buttons_are_furniture(line: str) -> None:
    assert clean_text(_with_line(line)).text == _PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Post | Editor: Jane Doe | Published by Harbour Media Ltd",
        "Leeds / York  |  Mon 3 Jun 2024 |  3 min read",
        "FIELD REPORTER, LEEDS  •  Updated: Monday, June 3, 2024 9:10 AM",
        "Like us on Facebook | Join our WhatsApp channel",
        "Follow us: Facebook · Instagram   |   Read next: Council names new chief ▸",
        "Report an error | Editorial code of conduct | Subscribe for $2/week",
        "NEWS > LOCAL > TRANSPORT",
        "SPORT | RUGBY",
    ],
)
def test_lines_of_several_chrome_items_are_furniture(line: str) -> None:
    assert clean_text(_with_line(line)).text == _PROSE


def test_a_line_with_a_separator_and_prose_stays() -> None:
    raw = "LEEDS — The council voted on Monday to close the bridge.\n\nTraffic was light, police said."
    assert clean_text(raw).text == raw


@pytest.mark.parametrize(
    "line",
    [
        "🔔 Turn on notifications to get the latest updates from Harbour Post",
        "📩 Sign up for Harbour Morning",
        "🎧 Listen to this article · 4 min",
    ],
)
def test_widgets_behind_an_icon_are_furniture(line: str) -> None:
    assert clean_text(_with_line(line)).text == _PROSE


@pytest.mark.parametrize("line", ["---", "________________________", "***"])
def test_rules_between_page_sections_are_furniture(line: str) -> None:
    assert clean_text(_with_line(line)).text == _PROSE


def test_a_date_line_with_a_dashed_time_and_a_bracketed_zone_is_the_date() -> None:
    result = clean_text(_with_line("Mon 3 Jun 2024 - 09:10 (BST)"))
    assert result.text == _PROSE
    assert result.published == "2024-06-03"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("(Photo: Jo Lee/Harbour Agency) Boats sit idle in the harbour.", "Boats sit idle in the harbour."),
        ("Boats sit idle in the harbour. (Harbour Photos/Jo Lee)", "Boats sit idle in the harbour."),
        ("Boats sit idle in the harbour. JO LEE/THE HARBOUR PRESS", "Boats sit idle in the harbour."),
        ("Boats sit idle in the harbour. Photograph: Jo Lee/Harbour Post", "Boats sit idle in the harbour."),
    ],
)
def test_a_photo_credit_inside_a_caption_is_cut_and_the_caption_kept(line: str, caption: str) -> None:
    assert clean_text(_with_line(line)).text.split("\n\n")[1] == caption


@pytest.mark.parametrize(
    "line",
    [
        "Photo © Jo Lee / Harbour Post",
        "Words: Jo Lee   Pictures: Sam Roe",
        "Related coverage: Floods | Tides",
    ],
)
def test_credit_and_related_labels_are_furniture(line: str) -> None:
    assert clean_text(_with_line(line)).text == _PROSE


def test_a_bureau_in_a_byline_is_no_author() -> None:
    result = clean_text("Ferry terminal approved\n\nBy JO LEE-ROE, Parliamentary Bureau\n\nThe board voted.")
    assert result.authors == ["JO LEE-ROE"]


@pytest.mark.parametrize("line", ["Post office workers will strike on Monday.", "Share prices fell sharply."])
def test_prose_opening_with_a_share_word_stays(line: str) -> None:
    assert line in clean_text(_with_line(line)).text


def test_a_most_read_box_of_a_section_is_dropped_with_its_headlines() -> None:
    box = (
        "MOST READ IN SPORT\n1. Star striker reveals the signing he regrets\n2. Tennis ace splits with coach"
    )
    assert clean_text(_with_line(box)).text == _PROSE


def test_paired_guillemets_become_curly_quotes_and_a_breadcrumb_keeps_its_arrow() -> None:
    text = clean_text(
        "\u00ab We stand with her, \u00bb said the union.\n\nIt is News \u00bb World for us."
    ).text
    assert "\u201c We stand with her, \u201d said the union." in text
    assert "News \u00bb World" in text


def test_a_second_link_label_inside_a_related_box_starts_its_own_list() -> None:
    box = "\n".join(
        [
            "RELATED ARTICLES",
            "\u25b6 Five doping scandals that shook the sport",
            "\u25b6 Tributes to a tragic amateur",
            "\u25b6 Our guide to the cobbles",
            "MOST READ IN SPORT",
            "1. Star striker reveals the one signing he regrets most",
            "2. Tennis ace splits with her coach once again this week",
            "3. Pundit rant at referee goes viral",
        ]
    )
    assert clean_text(_with_line(box)).text == _PROSE


def test_a_copyright_credit_after_a_caption_is_cut_and_comment_prompts_dropped() -> None:
    text = clean_text(
        _with_line("Ms Quispe arrives at the court on 3 December. \u00a9 Jo Lindqvist, Harbour Post")
        + "\n\n\u25a0 Have your say: Should cheats be banned for life? Join the debate below."
    ).text
    assert "Lindqvist" not in text and "Have your say" not in text
    assert "Ms Quispe arrives at the court on 3 December." in text


@pytest.mark.parametrize(
    "box",
    [
        "\u25b6 Related\n\u00b7 Explainer: who are the armed groups?\n\u00b7 Talks: what happened in the"
        " capital\n\u00b7 Coffee growers count the cost of the dry season",
        "MORE FROM WORLD NEWS\n>> Tourist hurt in quad bike smash\n>> Cruise ship bug outbreak hits 300",
    ],
)
def test_a_label_behind_an_icon_starts_its_list_of_links(box: str) -> None:
    assert clean_text(_with_line(box)).text == _PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Bogot\u00e1 \u00b7 24 April 2026 \u00b7 07:50 (COT) \u00b7 Updated 13:15",
        "Don't miss a thing - sign up for the Beacon's Travel Alert newsletter.",
        "Got a story? Email news@dailybeacon.example",
        "Jo Lindqvist covers peace and conflict for the Harbour Post from Oslo.",
    ],
)
def test_date_lines_with_bracketed_zones_prompts_and_beat_notes_are_furniture(line: str) -> None:
    assert clean_text(_with_line(line)).text == _PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Northern Kenya\u2019s independent daily",
        "Marsabit Bureau",
        "Reading time: 6 minutes \u00b7 Print \u00b7 Share on Facebook \u00b7 X \u00b7 LinkedIn",
        "[f] [X] [in] [WhatsApp] | 14 Comments",
        "Comments (38) \u00b7 Join the conversation",
        "Stay informed. Subscribe to the Frontier Star e-paper from KSh 20 a day.",
    ],
)
def test_mastheads_bureaux_reading_times_and_subscription_asks_are_furniture(line: str) -> None:
    assert clean_text(_with_line(line)).text == _PROSE


def test_an_also_read_box_is_dropped_with_its_links() -> None:
    box = "ALSO READ\n\n\u00bb Assembly members demand an audit\n\n\u00bb Drought: 1.2 million need aid"
    assert clean_text(_with_line(box)).text == _PROSE


def test_a_piped_photo_credit_after_a_caption_is_cut() -> None:
    text = clean_text(
        _with_line("Lorries queue at the border post on Saturday. PHOTO | JANE ROE | THE STAR")
    ).text
    assert "Lorries queue at the border post on Saturday." in text and "JANE ROE" not in text


def test_a_wire_credit_line_in_brackets_is_dropped() -> None:
    raw = (
        "Ceasefire extended\n\nThe talks resumed on Monday in Nairobi, officials said.\n\n"
        "(Reporting by Achieng Otieno in Nairobi and Peter Lemi Wani in Juba; Additional reporting by "
        "Hassan Omar Farah in Addis Ababa; Editing by Grace Mutua-Lind)\n"
    )
    assert clean_text(raw).text == "The talks resumed on Monday in Nairobi, officials said."


def test_a_text_by_byline_with_a_correspondent_is_metadata() -> None:
    raw = (
        "Run-off disputed\n\nText by: Sandrine Aka-Bessou   with our correspondent in Abidjan, "
        "Koffi Yao N'Dri\n\nThe opposition rejected the results on Sunday.\n"
    )
    result = clean_text(raw)
    assert result.text == "The opposition rejected the results on Sunday."
    assert result.authors == ["Sandrine Aka-Bessou"]


def test_a_byline_with_the_beat_after_the_name_is_metadata() -> None:
    raw = (
        "Students occupy campus\n\nHarriet Ormsby-Clarke Education correspondent\n\n"
        "Students occupied the registry on Friday, the union said.\n\n"
        "MORE ON: New York Liberty \u00b7 Las Vegas Aces \u00b7 WNBA\n"
    )
    result = clean_text(raw)
    assert result.text == "Students occupied the registry on Friday, the union said."
    assert result.authors == ["Harriet Ormsby-Clarke"]
