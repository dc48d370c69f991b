"""Settings. Every value comes from a `SAFEHARBOUR_*` variable or a default.

The data directory is resolved as: the command's `--data-dir` flag, then
`SAFEHARBOUR_DATA_DIR`, then `./safeharbour-data`. The database defaults to a SQLite file in
the data directory; `SAFEHARBOUR_DATABASE_URL` moves only the database.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path("safeharbour-data")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAFEHARBOUR_", extra="ignore")

    data_dir: Path = DEFAULT_DATA_DIR
    database_url: str | None = None
    secret_key: str | None = Field(default=None, repr=False)
    encryption_keys: str | None = Field(
        default=None,
        repr=False,
        description="Comma-separated Fernet keys; the first encrypts, all decrypt (rotation).",
    )
    signing_key: str | None = Field(
        default=None, repr=False, description="Base64 of the raw 32-byte Ed25519 private key."
    )
    public_base_url: str = "http://127.0.0.1:8000"
    ingest_max_body_bytes: int = 10 * 1024 * 1024
    ingest_max_events: int = 1000
    session_ttl_hours: int = 12
    login_attempts_per_minute: int = 10
    outbox_poll_seconds: float = 0.5
    scheduler_enabled: bool = True
    log_level: str = "INFO"

    @field_validator("data_dir", mode="before")
    @classmethod
    def _expand(cls, value: object) -> object:
        if isinstance(value, str):
            return Path(value).expanduser()
        return value

    @property
    def resolved_data_dir(self) -> Path:
        return self.data_dir.expanduser().resolve()

    @property
    def keys_dir(self) -> Path:
        return self.resolved_data_dir / "keys"

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.resolved_data_dir / 'safeharbour.db'}"

    @property
    def cookies_secure(self) -> bool:
        return self.public_base_url.startswith("https://")


def load_settings(data_dir: Path | None = None, **overrides: object) -> Settings:
    """Settings for one command: an explicit `data_dir` (the `--data-dir` flag) wins."""
    values: dict[str, object] = dict(overrides)
    if data_dir is not None:
        values["data_dir"] = data_dir
    return Settings(**values)  # type: ignore[arg-type]
