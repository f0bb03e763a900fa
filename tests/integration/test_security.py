"""Redis ACL users from deploy/redis/users.acl: every service works with its least privilege, no more."""

from __future__ import annotations

import asyncio
import ssl
import threading
import time
from pathlib import Path

import pytest
import redis
import trustme
from redis.asyncio import Redis

from services.ingest.publish import publish_articles
from services.ingest.synthetic import synthetic_articles
from shared import contract
from shared.delivery import Stage
from shared.redis_server import EmbeddedRedis
from shared.service import build_app
from shared.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "admin-test-pw"


@pytest.fixture
def acl_redis(tmp_path: Path):  # type: ignore[no-untyped-def]
    acl = (ROOT / "deploy" / "redis" / "users.acl").read_text()
    acl = acl.replace("user default off", f"user default on >{ADMIN_PASSWORD} ~* &* +@all")
    acl = acl.replace(">CHANGE-ME-", ">pw-")
    aclfile = tmp_path / "users.acl"
    aclfile.write_text(acl)
    server = EmbeddedRedis(
        tmp_path / "redis", appendonly=False, extra_args=["--aclfile", str(aclfile)], password=ADMIN_PASSWORD
    )
    server.start()
    yield server
    server.stop()


def _url(server: EmbeddedRedis, user: str) -> str:
    return f"redis://{user}:pw-{user}@127.0.0.1:{server.port}/0"


async def _run_ner_with_its_own_user(server: EmbeddedRedis) -> None:
    seen: list[str] = []

    def process(message: contract.Envelope) -> list[tuple[str, contract.Envelope]]:
        if message.article.title and "#3" in message.article.title:
            raise RuntimeError("poison")  # exercises the dead-letter path under the same ACL
        seen.append(message.article.id)
        return [(contract.ENTITIES, contract.EntitiesFound(article=message.article))]

    settings = Settings(
        redis_url=_url(server, "ner"), retry_budget=1, reclaim_idle_ms=200, log_json=True, log_level="WARNING"
    )
    admin = Redis.from_url(server.url, password=ADMIN_PASSWORD)
    stage = Stage("ner", contract.ARTICLES, contract.NER_GROUP, process)
    async with build_app("ner", lambda _: [stage], settings):
        deadline = time.monotonic() + 15
        while (
            await admin.xlen(contract.ENTITIES) < 4 or await admin.xlen(contract.dlq(contract.ARTICLES)) < 1
        ):
            assert time.monotonic() < deadline, "ner did not finish under its ACL user"
            await asyncio.sleep(0.05)
    await admin.aclose()


def test_each_service_works_under_its_acl_user_and_nothing_is_denied(acl_redis: EmbeddedRedis) -> None:
    ingest_settings = Settings(redis_url=_url(acl_redis, "ingest"))
    asyncio.run(publish_articles(ingest_settings.redis_url or "", ingest_settings, synthetic_articles(5)))
    asyncio.run(_run_ner_with_its_own_user(acl_redis))
    admin = redis.Redis(port=acl_redis.port, password=ADMIN_PASSWORD)
    denied = admin.acl_log()
    admin.close()
    assert denied == [], denied


def test_a_worker_user_cannot_touch_other_keys_or_admin_commands(acl_redis: EmbeddedRedis) -> None:
    ner = redis.Redis.from_url(_url(acl_redis, "ner"))
    with pytest.raises(redis.exceptions.NoPermissionError):
        ner.flushall()
    with pytest.raises(redis.exceptions.NoPermissionError):
        ner.xadd("other:stream", {"a": "b"})
    with pytest.raises(redis.exceptions.NoPermissionError):
        ner.xdel(contract.ARTICLES, "0-1")
    ner.close()


@pytest.mark.parametrize(
    ("user", "own", "foreign"),
    [
        ("ingest", contract.ARTICLES, contract.ENTITIES),
        ("ner", contract.ENTITIES, contract.QUOTES),
        ("ner", contract.dlq(contract.ARTICLES), contract.ARTICLES),
        ("quotes", contract.QUOTES, contract.ENTITIES),
        ("stance", contract.STANCES, contract.QUOTES),
        ("aggregator", contract.dlq(contract.STANCES), contract.STANCES),
    ],
)
def test_each_user_publishes_only_to_its_own_output_and_dead_letters(
    acl_redis: EmbeddedRedis, user: str, own: str, foreign: str
) -> None:
    # Whoever can write a stream is trusted by its readers (the entities stream carries a parse):
    # a service's credentials must not let it write another service's output.
    client = redis.Redis.from_url(_url(acl_redis, user))
    assert client.xadd(own, {"a": "b"})
    with pytest.raises(redis.exceptions.NoPermissionError):
        client.xadd(foreign, {"a": "b"})
    client.close()


def test_wrong_password_is_refused(acl_redis: EmbeddedRedis) -> None:
    client = redis.Redis(port=acl_redis.port, username="ner", password="wrong")
    with pytest.raises(redis.exceptions.AuthenticationError):
        client.ping()
    client.close()


class TlsProxy:
    """TLS in front of the plain test server (the bundled binary has no TLS): a real handshake for clients."""

    def __init__(self, target_port: int, server_context: ssl.SSLContext) -> None:
        self.target_port = target_port
        self.context = server_context
        self.port = 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    def start(self) -> None:
        self.thread.start()
        server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=self.context), self.loop
        ).result()
        self.port = server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)


def test_rediss_urls_work_for_the_broker_and_the_admin_client(redis_url: str, tmp_path: Path) -> None:
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    proxy = TlsProxy(int(redis_url.rsplit(":", 1)[1].split("/")[0]), server_context)
    proxy.start()
    try:
        url = f"rediss://127.0.0.1:{proxy.port}/0?ssl_ca_certs={ca_file}"
        settings = Settings(redis_url=url)
        assert asyncio.run(publish_articles(url, settings, synthetic_articles(3))) == 3
        plain = redis.Redis.from_url(redis_url)
        assert plain.xlen(contract.ARTICLES) == 3
        plain.close()
        untrusted = redis.Redis.from_url(f"rediss://127.0.0.1:{proxy.port}/0")
        with pytest.raises(redis.exceptions.ConnectionError):
            untrusted.ping()  # a server certificate nobody vouched for is refused
        untrusted.close()
    finally:
        proxy.stop()
