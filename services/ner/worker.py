"""NER service: articles in, canonical entities out."""

from __future__ import annotations

from collections.abc import Sequence

from services.ner.core import extract_entities
from services.ner.gazetteer import given_names
from services.ner.places import world_place_names
from services.nlp import load_aliases, load_pipeline, pack_parse
from shared import contract
from shared.delivery import Output, Stage
from shared.service import run
from shared.settings import Settings

SERVICE = "ner"


def make_stages(settings: Settings) -> list[Stage]:
    # Models, the world gazetteer and the given-name lists load at start-up: a missing one fails the
    # process at once, not every message (and the first article does not wait for them).
    nlp = load_pipeline(settings.spacy_model, settings.aliases_file)
    aliases = load_aliases(settings.aliases_file)
    world_place_names()
    given_names()

    def process(message: contract.Envelope) -> Sequence[Output]:
        doc = nlp(message.article.text)
        found = contract.EntitiesFound(
            trace_id=message.trace_id,
            article=message.article,
            entities=extract_entities(doc, aliases),
            parse=pack_parse(nlp, doc, settings.parse_max_bytes),
        )
        return [(contract.ENTITIES, found)]

    return [Stage(SERVICE, contract.ARTICLES, contract.NER_GROUP, process)]


def main() -> None:
    run(SERVICE, make_stages)


if __name__ == "__main__":
    main()
