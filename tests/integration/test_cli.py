"""The `newsflow` command end to end, as a user runs it (separate processes, embedded Redis)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
NEWSFLOW = [sys.executable, "-m", "services.cli.main"]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    env.update({"NEWSFLOW_DATA_DIR": str(tmp_path / "data"), "NEWSFLOW_RECLAIM_IDLE_MS": "5000", **extra})
    return env


def _newsflow(
    tmp_path: Path, *args: str, timeout: float = 300, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*NEWSFLOW, *args],
        cwd=ROOT,
        env=_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _example_count() -> int:
    files = [p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")]
    jsonl = sum(1 for p in EXAMPLES.glob("*.jsonl") for line in p.read_text().splitlines() if line.strip())
    return len(files) + jsonl


def test_run_on_the_examples_with_embedded_defaults_prints_the_report(tmp_path: Path) -> None:
    result = _newsflow(tmp_path, "run", str(EXAMPLES), "--json")
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["articles_persisted"] == _example_count()
    assert report["articles_complete"] == _example_count()
    assert len(report["entities"]) >= 5
    assert any(q["speaker"] != "(unknown)" for q in report["who_said_what"])
    assert (tmp_path / "data" / "newsflow.db").exists()
    # running it again is idempotent: same articles, nothing doubled
    again = json.loads(_newsflow(tmp_path, "run", str(EXAMPLES), "--json").stdout)
    assert again["articles_persisted"] == report["articles_persisted"]
    assert again["who_said_what"] == report["who_said_what"]


def test_up_then_ingest_status_report_from_another_terminal(tmp_path: Path) -> None:
    up = subprocess.Popen(
        [*NEWSFLOW, "up", "--workers", "ner=1,quotes=1,stance=1,aggregator=1"],
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        state = tmp_path / "data" / "state.json"
        deadline = time.monotonic() + 60
        while not state.exists():
            assert up.poll() is None, up.stderr.read() if up.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.2)
        second = _newsflow(tmp_path, "up")
        assert second.returncode == 1 and "already up" in second.stderr
        ingest = _newsflow(tmp_path, "ingest", str(EXAMPLES / "feed.jsonl"))
        assert ingest.returncode == 0, ingest.stderr
        deadline = time.monotonic() + 120
        while True:
            status = json.loads(_newsflow(tmp_path, "status", "--json").stdout)
            if status["articles_complete"] == 2:
                break
            assert time.monotonic() < deadline, status
            time.sleep(1)
        assert set(status["streams"]) == {
            "newsflow:articles",
            "newsflow:entities",
            "newsflow:quotes",
            "newsflow:stances",
        }
        assert status["streams"]["newsflow:articles"]["groups"]["ner"]["pending"] == 0
        assert sum(status["dlq"].values()) == 0
        report = json.loads(_newsflow(tmp_path, "report", "--json").stdout)
        assert report["articles_persisted"] == 2
    finally:
        up.send_signal(signal.SIGINT)
        up.wait(timeout=60)
    assert up.returncode == 0
    assert not (tmp_path / "data" / "state.json").exists()


def test_analyze_prints_the_evaluation_contract(tmp_path: Path) -> None:
    result = _newsflow(tmp_path, "analyze", "--format", "json", str(EXAMPLES))
    assert result.returncode == 0, result.stderr[-2000:]
    articles = json.loads(result.stdout)["articles"]
    assert len(articles) == _example_count()
    for article in articles:
        assert {
            "id",
            "path",
            "title",
            "source",
            "authors",
            "published",
            "entities",
            "quotes",
            "stances",
        } <= set(article)
        for quote in article["quotes"]:
            assert {"text", "speaker", "speaker_mention", "cue", "kind", "start", "end"} <= set(quote)
            assert quote["kind"] in ("direct", "indirect", "mixed")


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"   \n\t ", "empty"), (b"\x00\x01\x02binary\x00", "binary")],
)
def test_ingest_refuses_bad_files_with_a_clear_error(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = _newsflow(tmp_path, "ingest", str(bad), NEWSFLOW_REDIS_URL="redis://127.0.0.1:1/0")
    assert result.returncode == 1
    assert reason in result.stderr.lower()
    assert "Traceback" not in result.stderr


def test_commands_that_need_a_running_pipeline_say_how_to_start_it(tmp_path: Path) -> None:
    result = _newsflow(tmp_path, "status")
    assert result.returncode == 1
    assert "newsflow up" in result.stderr
    assert "Traceback" not in result.stderr
