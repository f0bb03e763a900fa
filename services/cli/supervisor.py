"""`newsflow up`: an embedded Redis when none is configured, then every service as its own process.

A service process that dies (crash, SIGKILL, lost Redis) is restarted with backoff; its pending entries
are taken over by the reclaimer of a live consumer of the same group, or by its own successor.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import structlog

from shared.redis_server import EmbeddedRedis
from shared.settings import Settings
from shared.state import clear_state, database_url, read_state, write_state

SERVICES: dict[str, str] = {
    "ner": "services.ner.worker",
    "quotes": "services.quotes.worker",
    "stance": "services.stance.worker",
    "aggregator": "services.aggregator.worker",
}
DEFAULT_WORKERS: dict[str, int] = {"ner": 1, "quotes": 1, "stance": 1, "aggregator": 1}
MAX_BACKOFF_S = 10.0

log = structlog.get_logger("supervisor")


class AlreadyRunningError(RuntimeError):
    pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != os.getpid()


def parse_workers(spec: str | None) -> dict[str, int]:
    """``"ner=2,quotes=1"`` -> counts for every service (unnamed ones keep their default)."""
    counts = dict(DEFAULT_WORKERS)
    if not spec:
        return counts
    for part in spec.split(","):
        name, sep, value = part.strip().partition("=")
        if not sep or name not in SERVICES or not value.isdigit():
            raise ValueError(
                f"bad worker spec {part!r}: use NAME=COUNT with NAME in {', '.join(SERVICES)}, e.g. ner=2"
            )
        counts[name] = int(value)
    return counts


@dataclass
class Worker:
    service: str
    index: int
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    next_start: float = 0.0

    @property
    def name(self) -> str:
        return f"{self.service}-{self.index}"


@dataclass
class Supervisor:
    settings: Settings
    workers: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_WORKERS))
    log_dir: Path | None = None
    redis: EmbeddedRedis | None = None
    procs: list[Worker] = field(default_factory=list)
    redis_url: str = ""

    def start(self) -> None:
        running = read_state(self.settings).get("supervisor_pid")
        if running and _alive(int(running)):
            raise AlreadyRunningError(
                f"newsflow is already up (pid {running}, state in {self.settings.state_file}): "
                "stop it first, or use another NEWSFLOW_DATA_DIR"
            )
        if self.settings.redis_url:
            self.redis_url = self.settings.redis_url
        else:
            self.redis = EmbeddedRedis(self.settings.data_dir / "redis")
            self.redis_url = self.redis.start()
            log.info("embedded redis started", url=self.redis_url)
        self.log_dir = self.log_dir or self.settings.data_dir / "logs"
        self.log_dir.mkdir(parents=True, exist_ok=True)
        write_state(
            self.settings,
            redis_url=self.redis_url,
            database_url=database_url(self.settings),
            supervisor_pid=os.getpid(),
        )
        for service, count in self.workers.items():
            for index in range(count):
                worker = Worker(service, index)
                self.procs.append(worker)
                self._spawn(worker)

    def _env(self) -> dict[str, str]:
        """The workers run with exactly the supervisor's settings, plus the Redis and database it chose."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
        for name, value in self.settings.model_dump(exclude_none=True).items():
            env[f"NEWSFLOW_{name.upper()}"] = str(value).lower() if isinstance(value, bool) else str(value)
        env["NEWSFLOW_REDIS_URL"] = self.redis_url
        env["NEWSFLOW_DATABASE_URL"] = database_url(self.settings)
        env.setdefault("NEWSFLOW_LOG_JSON", "true")
        return env

    def _spawn(self, worker: Worker) -> None:
        assert self.log_dir is not None
        logfile = (self.log_dir / f"{worker.name}.log").open("ab")
        worker.process = subprocess.Popen(
            [sys.executable, "-m", SERVICES[worker.service]],
            env=self._env(),
            stdout=logfile,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches the supervisor only; it stops the workers in order
        )
        logfile.close()
        log.info("worker started", worker=worker.name, pid=worker.process.pid)

    def poll(self) -> list[str]:
        """Restart workers that exited; returns the names restarted now."""
        restarted = []
        now = time.monotonic()
        for worker in self.procs:
            if worker.process is None or worker.process.poll() is None:
                continue
            if worker.next_start == 0.0:
                backoff = min(MAX_BACKOFF_S, 0.5 * 2 ** min(worker.restarts, 5))
                worker.next_start = now + backoff
                log.warning(
                    "worker exited, restarting",
                    worker=worker.name,
                    code=worker.process.returncode,
                    backoff_s=backoff,
                )
            elif now >= worker.next_start:
                worker.restarts += 1
                worker.next_start = 0.0
                self._spawn(worker)
                restarted.append(worker.name)
        return restarted

    def pids(self, service: str | None = None) -> list[int]:
        return [
            w.process.pid
            for w in self.procs
            if w.process is not None and w.process.poll() is None and service in (None, w.service)
        ]

    def stop(self, timeout_s: float = 30.0) -> None:
        for worker in self.procs:
            if worker.process is not None and worker.process.poll() is None:
                worker.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        for worker in self.procs:
            if worker.process is None:
                continue
            try:
                worker.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()
        if self.redis is not None:
            self.redis.stop()
        clear_state(self.settings)
        log.info("stopped")
