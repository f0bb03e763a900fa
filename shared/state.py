"""Where the running system is: `newsflow up` writes a state file so other commands find it unflagged."""

from __future__ import annotations

import json
from typing import Any

from shared.settings import Settings


class NotRunningError(RuntimeError):
    pass


def read_state(settings: Settings) -> dict[str, Any]:
    try:
        state: dict[str, Any] = json.loads(settings.state_file.read_text())
    except (OSError, ValueError):
        return {}
    return state


def write_state(settings: Settings, **values: Any) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    settings.state_file.write_text(json.dumps(values, indent=2))


def clear_state(settings: Settings) -> None:
    settings.state_file.unlink(missing_ok=True)


def redis_url(settings: Settings) -> str:
    """NEWSFLOW_REDIS_URL, else the server `newsflow up` started (from its state file)."""
    if settings.redis_url:
        return settings.redis_url
    url = read_state(settings).get("redis_url")
    if not url:
        raise NotRunningError(
            f"No Redis to talk to: set NEWSFLOW_REDIS_URL, or start `newsflow up` first "
            f"(it records its server in {settings.state_file})."
        )
    return str(url)


def database_url(settings: Settings) -> str:
    return settings.database_url or read_state(settings).get("database_url") or settings.sqlite_url
