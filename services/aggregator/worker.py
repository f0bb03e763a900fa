"""Aggregator service: persists every stream's messages, idempotently, in any order."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from services.aggregator.store import Store
from shared import contract
from shared.delivery import Output, Stage
from shared.service import run
from shared.settings import Settings
from shared.state import database_url

SERVICE = "aggregator"


def persist(store: Store, stream: str, message: contract.Envelope) -> Sequence[Output]:
    store.save(stream, message)
    return ()


def make_stages(settings: Settings) -> list[Stage]:
    store = Store(database_url(settings))
    return [
        Stage(SERVICE, stream, contract.AGGREGATOR_GROUP, partial(persist, store, stream))
        for stream in contract.STREAMS
    ]


def main() -> None:
    run(SERVICE, make_stages)


if __name__ == "__main__":
    main()
