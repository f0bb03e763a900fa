"""Generated news-like articles for load tests, benchmarks and chaos runs (seeded, reproducible)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from services.ingest.cleaning import article_id
from shared import contract

PEOPLE = [
    ("Maria Keller", "Finance Minister", "she"),
    ("Tomas Novak", "Prime Minister", "he"),
    ("Amina Yusuf", "Health Secretary", "she"),
    ("David Okafor", "opposition leader", "he"),
    ("Lena Brandt", "union chief", "she"),
    ("Paul Mercer", "mayor", "he"),
]
ORGS = ["the European Commission", "the World Bank", "Greenpeace", "the National Farmers Union", "Reuters"]
PLACES = ["Brussels", "Lagos", "Madrid", "Warsaw", "Nairobi", "Toronto"]
TOPICS = ["the budget", "the new rail line", "the climate plan", "the pension reform", "the trade deal"]
VERBS = ["said", "told reporters", "warned", "insisted", "added"]
STANCE = ["criticised", "backed", "praised", "condemned", "welcomed"]


def synthetic_articles(count: int, seed: int = 7) -> Iterator[contract.Article]:
    rng = random.Random(seed)
    for n in range(count):
        (name, role, pronoun), (other, _, _) = rng.sample(PEOPLE, 2)
        org, place, topic = rng.choice(ORGS), rng.choice(PLACES), rng.choice(TOPICS)
        surname = name.split()[-1]
        paragraphs = [
            f"{role.capitalize()} {name} {rng.choice(STANCE)} {topic} in {place} on day {n} of the talks.",
            f"\u201cWe cannot wait any longer,\u201d {name} {rng.choice(VERBS)}. "
            f"\u201cEvery week of delay costs families in {place}.\u201d",
            f"{surname} {rng.choice(VERBS)} that {org} had been informed, and {pronoun} said the vote "
            f"would go ahead as planned.",
            f"{other} {rng.choice(STANCE)} {surname}, saying the plan was rushed. "
            f"According to {org}, talks will resume next month.",
        ]
        text = "\n\n".join(paragraphs) + f"\n\nRef {seed}-{n}."
        yield contract.Article(
            id=article_id(text),
            text=text,
            title=f"{name} and {topic} (#{n})",
            source=rng.choice(["Daily Ledger", "Morning Post", "Wire Service"]),
            path=f"synthetic://{seed}/{n}",
        )
