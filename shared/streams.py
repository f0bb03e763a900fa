"""Stream administration on a real Redis: groups at id 0, safe trimming, lag, dead letters.

Everything here is plain redis-py; FastStream handles reading and acking (see ``shared.delivery``).
"""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from shared import contract

PAYLOAD_FIELD = "__data__"  # the field FastStream reads and writes


async def ensure_groups(client: Redis, groups: dict[str, tuple[str, ...]] = contract.GROUPS) -> None:
    """Create every consumer group at id 0 (idempotent) so a backlog published earlier is read."""
    for stream, names in groups.items():
        for group in names:
            try:
                await client.xgroup_create(stream, group, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise


async def entries(
    client: Redis, stream: str, start: str = "-", end: str = "+", count: int | None = None
) -> list[tuple[str, dict[bytes, bytes]]]:
    """XRANGE with plain types: (entry id, raw fields)."""
    rows: Any = await client.xrange(stream, min=start, max=end, count=count)
    return [(_text(entry_id), fields) for entry_id, fields in rows or []]


def _id_tuple(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


def _next_id(entry_id: str) -> str:
    ms, seq = _id_tuple(entry_id)
    return f"{ms}-{seq + 1}"


async def acknowledged_floor(client: Redis, stream: str) -> str | None:
    """Smallest entry id some group still needs (pending or not yet delivered); None if no group."""
    groups = await client.xinfo_groups(stream)
    if not groups:
        return None
    floor: tuple[int, int] | None = None
    for group in groups:
        name = _text(group["name"])
        summary = await client.xpending(stream, name)
        needed = _text(summary["min"]) if summary["pending"] else _next_id(_text(group["last-delivered-id"]))
        if floor is None or _id_tuple(needed) < floor:
            floor = _id_tuple(needed)
    assert floor is not None
    return f"{floor[0]}-{floor[1]}"


async def trim_acknowledged(client: Redis, stream: str, maxlen: int) -> int:
    """Trim ``stream`` towards ``maxlen`` entries, never past an entry a group has not acknowledged."""
    length = await client.xlen(stream)
    if length <= maxlen:
        return 0
    floor = await acknowledged_floor(client, stream)
    if floor is None:
        return 0
    # The oldest entry we would keep if only the length counted.
    oldest = await entries(client, stream, count=length - maxlen + 1)
    by_length = oldest[-1][0]
    minid = min(by_length, floor, key=_id_tuple)
    # approximate=False: approximate trimming leaves small streams untouched.
    removed: int = await client.xtrim(stream, minid=minid, approximate=False)
    return removed


async def group_lag(client: Redis, stream: str, group: str) -> int:
    for info in await client.xinfo_groups(stream):
        if _text(info["name"]) == group:
            lag = info.get("lag")
            if lag is None:  # the server cannot tell after some trims: count what is after last-delivered
                last = _text(info["last-delivered-id"])
                return len(await entries(client, stream, start=f"({last}"))
            pending = int(info.get("pending", 0))
            return int(lag) + pending
    return 0


async def stream_status(client: Redis) -> dict[str, Any]:
    """Length of every stream, pending and lag of every group, size of every dead-letter stream."""
    streams: dict[str, Any] = {}
    for stream in contract.STREAMS:
        if not await client.exists(stream):
            streams[stream] = {"length": 0, "groups": {}}
            continue
        groups: dict[str, Any] = {}
        for info in await client.xinfo_groups(stream):
            lag = info.get("lag")
            groups[_text(info["name"])] = {
                "pending": int(info["pending"]),
                "lag": int(lag) if lag is not None else None,
                "consumers": int(info["consumers"]),
            }
        streams[stream] = {"length": await client.xlen(stream), "groups": groups}
    dead = {name: await client.xlen(name) for name in contract.DLQ_STREAMS}
    return {"streams": streams, "dlq": dead}


async def dead_letter(client: Redis, letter: contract.DeadLetter) -> str:
    entry_id = await client.xadd(contract.dlq(letter.stream), {PAYLOAD_FIELD: letter.model_dump_json()})
    return _text(entry_id)


async def read_dead_letters(
    client: Redis, stream: str, count: int = 100
) -> list[tuple[str, contract.DeadLetter]]:
    return [
        (entry_id, contract.DeadLetter.model_validate_json(fields[PAYLOAD_FIELD.encode()]))
        for entry_id, fields in await entries(client, stream, count=count)
    ]


async def replay_dead_letters(client: Redis, stream: str, count: int = 100) -> int:
    """Put dead letters back on their original stream (as raw payloads) and remove them from the DLQ."""
    replayed = 0
    for entry_id, letter in await read_dead_letters(client, stream, count):
        await client.xadd(letter.stream, {PAYLOAD_FIELD: letter.payload.encode()})
        await client.xdel(stream, entry_id)
        replayed += 1
    return replayed


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
