"""Real servers for the tests: a Redis and a PostgreSQL, whatever the machine has.

Redis: NEWSFLOW_TEST_REDIS_URL when given (it is flushed between tests!), else a testcontainers Redis
when a Docker engine answers, else the pip-installed valkey-server binary on a random port.
PostgreSQL: NEWSFLOW_TEST_DATABASE_URL when given, else an embedded server from the `pgserver` wheel.

Property-based tests run a fixed (derandomized) set of examples, so a run is repeatable;
HYPOTHESIS_PROFILE=explore draws new random examples, many more of them, to hunt for new failures.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from hypothesis import settings

from shared.redis_server import EmbeddedRedis

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=500, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def _docker_redis() -> Iterator[str] | None:
    try:
        from testcontainers.community.redis import RedisContainer

        container = RedisContainer("redis:7-alpine")
        container.start()
    except Exception:  # no Docker engine: docker.errors.DockerException and friends
        return None

    def urls() -> Iterator[str]:
        try:
            yield f"redis://{container.get_container_host_ip()}:{container.get_exposed_port(6379)}/0"
        finally:
            container.stop()

    return urls()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    given = os.environ.get("NEWSFLOW_TEST_REDIS_URL")
    if given:
        yield given
        return
    docker = _docker_redis()
    if docker is not None:
        yield from docker
        return
    server = EmbeddedRedis(Path(tempfile.mkdtemp(prefix="newsflow-test-redis-")), appendonly=False)
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: str) -> str:
    client = redis.Redis.from_url(redis_server)
    client.flushdb()
    client.close()
    return redis_server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    given = os.environ.get("NEWSFLOW_TEST_DATABASE_URL")
    if given:
        yield given
        return
    import pgserver

    server = pgserver.get_server(tempfile.mkdtemp(prefix="newsflow-test-pg-"), cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    from sqlalchemy import text

    from services.aggregator.store import make_engine

    engine = make_engine(postgres_server)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return postgres_server


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'newsflow.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url
