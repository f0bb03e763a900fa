"""Prometheus metrics and health endpoints shared by every service.

With NEWSFLOW_METRICS_PORT set, each service answers on that port: ``/metrics`` (Prometheus),
``/health`` (the process runs) and ``/ready`` (it can reach Redis), for Kubernetes probes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

LABELS = ("service", "stream")

PROCESSED = Counter("newsflow_messages_processed_total", "Entries processed and acked.", LABELS)
FAILED = Counter("newsflow_messages_failed_total", "Handler failures (each delivery).", LABELS)
RETRIED = Counter("newsflow_messages_retried_total", "Entries left pending for another try.", LABELS)
DEAD_LETTERED = Counter("newsflow_messages_dead_lettered_total", "Entries sent to the DLQ.", LABELS)
LATENCY = Histogram(
    "newsflow_handler_seconds",
    "Handler latency.",
    LABELS,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
PENDING = Gauge(
    "newsflow_group_pending", "Entries delivered to the group but not acknowledged.", ("stream", "group")
)
LAG = Gauge("newsflow_group_lag", "Entries not yet delivered to the group.", ("stream", "group"))

Ready = Callable[[], Awaitable[bool]]


async def _respond(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, ready: Ready) -> None:
    try:
        request = await asyncio.wait_for(reader.readline(), 5)
        path = request.split(b" ")[1].decode() if request.count(b" ") >= 2 else "/"
        status, content_type, body = "404 Not Found", "text/plain", b"not found\n"
        if path == "/metrics":
            status, content_type, body = "200 OK", CONTENT_TYPE_LATEST, generate_latest()
        elif path == "/health":
            status, body = "200 OK", b"ok\n"
        elif path == "/ready":
            ok = await ready()
            status, body = ("200 OK", b"ready\n") if ok else ("503 Service Unavailable", b"not ready\n")
        head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
        writer.write(head.encode() + b"Connection: close\r\n\r\n" + body)
        await writer.drain()
    except (TimeoutError, ConnectionError):
        pass
    finally:
        writer.close()


async def serve_http(port: int, ready: Ready) -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _respond(reader, writer, ready)

    return await asyncio.start_server(handle, "0.0.0.0", port)
