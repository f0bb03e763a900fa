"""Stance service: articles with entities and quotes in, stance triples and mention sentiment out."""

from __future__ import annotations

from collections.abc import Sequence

from services.nlp import load_pipeline, parse_of
from services.stance.core import extract_stances
from services.stance.sentiment import load_model, mention_sentiments
from services.stance.topics import load_topics
from shared import contract
from shared.delivery import Output, Stage
from shared.service import run
from shared.settings import Settings

SERVICE = "stance"


def make_stages(settings: Settings) -> list[Stage]:
    # Models load at start-up: a missing one fails the process at once, not every message.
    nlp = load_pipeline(settings.spacy_model, settings.aliases_file)
    topics = load_topics(settings.topics_file)
    load_model()

    def process(message: contract.Envelope) -> Sequence[Output]:
        assert isinstance(message, contract.QuotesFound)
        doc = parse_of(nlp, message.article.text, message.parse)
        found = contract.StancesFound(
            trace_id=message.trace_id,
            article=message.article,
            entities=message.entities,
            quotes=message.quotes,
            stances=extract_stances(doc, message.entities, message.quotes, topics),
            sentiments=mention_sentiments(doc, message.entities),
        )
        return [(contract.STANCES, found)]

    return [Stage(SERVICE, contract.QUOTES, contract.STANCE_GROUP, process)]


def main() -> None:
    run(SERVICE, make_stages)


if __name__ == "__main__":
    main()
