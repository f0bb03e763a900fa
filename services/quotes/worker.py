"""Quote service: articles with entities in, quotes with canonical speakers out."""

from __future__ import annotations

from collections.abc import Sequence

from services.ner.gazetteer import given_names
from services.nlp import load_pipeline, parse_of
from services.quotes.core import extract_quotes
from shared import contract
from shared.delivery import Output, Stage
from shared.service import run
from shared.settings import Settings

SERVICE = "quotes"


def make_stages(settings: Settings) -> list[Stage]:
    # Models and the given-name lists (pronouns need a speaker's gender) load at start-up: a missing one
    # fails the process at once, not every message.
    nlp = load_pipeline(settings.spacy_model, settings.aliases_file)
    given_names()

    def process(message: contract.Envelope) -> Sequence[Output]:
        assert isinstance(message, contract.EntitiesFound)
        doc = parse_of(nlp, message.article.text, message.parse)
        found = contract.QuotesFound(
            trace_id=message.trace_id,
            article=message.article,
            entities=message.entities,
            parse=message.parse,  # passed on for the stance stage
            quotes=extract_quotes(doc, message.entities),
        )
        return [(contract.QUOTES, found)]

    return [Stage(SERVICE, contract.ENTITIES, contract.QUOTES_GROUP, process)]


def main() -> None:
    run(SERVICE, make_stages)


if __name__ == "__main__":
    main()
