"""The pure parts of the delivery layer and the supervisor: decoding, worker specs."""

from __future__ import annotations

import pytest

from services.cli.supervisor import DEFAULT_WORKERS, parse_workers
from shared import contract
from shared.delivery import SchemaError, decode


def _valid() -> bytes:
    return contract.ArticleIngested(article=contract.Article(id="a", text="t")).model_dump_json().encode()


def test_decode_accepts_the_streams_model() -> None:
    message = decode(_valid(), contract.ArticleIngested, 10_000)
    assert message.article.id == "a"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty payload"),
        (b"   ", "empty payload"),
        (b"[1, 2]", "not a valid ArticleIngested"),
        (b'{"schema_version": 2, "article": {"id": "a", "text": "t"}}', "schema_version"),
        (b'{"article": {"id": "a", "text": ""}}', "article.text"),
        (b"\xff\xfe\x00", "not a valid ArticleIngested"),
    ],
)
def test_decode_says_why_an_entry_is_unreadable(body: bytes, reason: str) -> None:
    with pytest.raises(SchemaError, match=reason.replace(".", r"\.")):
        decode(body, contract.ArticleIngested, 10_000)


def test_decode_refuses_oversized_payloads_before_parsing() -> None:
    with pytest.raises(SchemaError, match="over the 400-byte limit"):
        decode(b"x" * 401, contract.ArticleIngested, 100)


def test_decode_refuses_an_article_text_over_the_limit() -> None:
    body = contract.ArticleIngested(article=contract.Article(id="a", text="word " * 30)).model_dump_json()
    with pytest.raises(SchemaError, match="article text is 150 bytes, over the 100-byte limit"):
        decode(body.encode(), contract.ArticleIngested, 100)


def test_worker_spec_overrides_only_the_named_services() -> None:
    assert parse_workers("ner=3, stance=0") == {**DEFAULT_WORKERS, "ner": 3, "stance": 0}
    assert parse_workers(None) == DEFAULT_WORKERS


@pytest.mark.parametrize("spec", ["ner", "ner=x", "parser=2", "ner=-1"])
def test_bad_worker_specs_are_refused_with_the_valid_names(spec: str) -> None:
    with pytest.raises(ValueError, match="NAME=COUNT"):
        parse_workers(spec)


def test_passwords_never_reach_logs() -> None:
    from shared.log import redact_url

    assert redact_url("redis://ner:s3cret@redis:6379/0") == "redis://ner:***@redis:6379/0"
    assert redact_url("postgresql://u:p%40ss@db/x") == "postgresql://u:***@db/x"
    assert redact_url("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"
