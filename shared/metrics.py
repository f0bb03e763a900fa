"""Prometheus metrics shared by every service (exposed when NEWSFLOW_METRICS_PORT is set)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram, start_http_server

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


def serve_metrics(port: int | None) -> None:
    if port:
        start_http_server(port)
