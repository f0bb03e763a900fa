"""Library mode: the same stage functions the workers run, in-process on one parse, no broker."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from services.ner.core import extract_entities
from services.ner.gazetteer import AliasTable, given_names
from services.ner.places import world_place_names
from services.nlp import load_aliases, load_pipeline
from services.quotes.core import extract_quotes
from services.stance.core import extract_stances
from services.stance.sentiment import mention_sentiments
from services.stance.topics import TopicTable, load_topics
from shared import contract
from shared.settings import Settings


@dataclass
class Analyzer:
    nlp: Language
    aliases: AliasTable | None
    topics: TopicTable

    @classmethod
    def from_settings(cls, settings: Settings) -> Analyzer:
        world_place_names()  # loaded once, up front, like the models
        given_names()
        return cls(
            nlp=load_pipeline(settings.spacy_model, settings.aliases_file),
            aliases=load_aliases(settings.aliases_file),
            topics=load_topics(settings.topics_file),
        )

    def analyze(self, article: contract.Article, trace_id: str = "") -> contract.StancesFound:
        doc = self.nlp(article.text)
        entities = extract_entities(doc, self.aliases)
        quotes = extract_quotes(doc, entities)
        return contract.StancesFound(
            trace_id=trace_id,
            article=article,
            entities=entities,
            quotes=quotes,
            stances=extract_stances(doc, entities, quotes, self.topics),
            sentiments=mention_sentiments(doc, entities),
        )


def evaluation_record(result: contract.StancesFound) -> dict[str, object]:
    """One article in the evaluation contract of `newsflow analyze --format json`."""
    article = result.article
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "authors": article.authors,
        "published": article.published,
        "entities": [e.model_dump(include={"name", "type", "mentions", "count"}) for e in result.entities],
        "quotes": [q.model_dump() for q in result.quotes],
        "stances": [
            s.model_dump(include={"holder", "target", "label", "score", "evidence"}) for s in result.stances
        ],
        "sentiments": [s.model_dump() for s in result.sentiments],
    }
