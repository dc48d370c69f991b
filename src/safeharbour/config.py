"""Settings. Every value comes from a `SAFEHARBOUR_*` variable or a default.

The data directory is resolved as: the command's `--data-dir` flag, then
`SAFEHARBOUR_DATA_DIR`, then `./safeharbour-data`. The database defaults to a SQLite file in
the data directory; `SAFEHARBOUR_DATABASE_URL` moves only the database.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path("safeharbour-data")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAFEHARBOUR_", extra="ignore")

    data_dir: Path = DEFAULT_DATA_DIR
    database_url: str | None = None
    rules_dir: Path | None = Field(
        default=None,
        description="Detection rules (*.yaml, hot-reloaded); `<data dir>/rules` if unset.",
    )
    classifiers: str = Field(
        default="",
        description="Text classifiers the detection scanner runs, comma-separated: `default` "
        "(the shipped scam/spam model), `onnx:PATH` or `onnx:default`, an http(s):// scoring "
        "URL; empty: none (docs/detection.md, Classifiers).",
    )
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
    ingest_max_future_seconds: int = Field(
        default=24 * 3600,
        ge=0,
        le=30 * 24 * 3600,
        description="How far ahead of this server's clock an event's `occurred_at` may be "
        "(platform clock skew); later events are refused with a 422 naming the field, since "
        "a far-future version would freeze the mirror row against every real update.",
    )
    session_ttl_hours: int = 12
    login_attempts_per_minute: int = Field(
        default=10,
        ge=1,
        description="Sign-in attempts per minute for one account from one address (then 429); "
        "the account alone is slowed by growing delays beyond this, never locked.",
    )
    login_address_attempts_per_minute: int = Field(
        default=50,
        ge=1,
        description="Sign-in attempts per minute from one address, all accounts together.",
    )
    login_max_delay_seconds: float = Field(
        default=8.0,
        ge=0,
        le=60,
        description="Longest delay before checking a password of an account under attack.",
    )
    outbox_poll_seconds: float = 0.5
    bus: Literal["embedded", "nats"] = Field(
        default="embedded",
        description="`embedded`: in-process delivery (one node); `nats`: NATS JetStream, shared "
        "by API nodes and worker processes (docs/scale-out.md).",
    )
    nats_url: str = "nats://127.0.0.1:4222"
    nats_stream: str = "SAFEHARBOUR"
    nats_subject_prefix: str = "sh"
    nats_replicas: int = Field(
        default=1, description="Copies of the stream in a NATS cluster: 3 on three nodes."
    )
    nats_ack_wait_seconds: float = Field(
        default=30.0,
        gt=0,
        description="How long a message delivered to a worker that died stays invisible before "
        "it is redelivered to another (JetStream ack_wait).",
    )
    scheduler_enabled: bool = True
    claim_lease_seconds: float = Field(
        default=120.0,
        gt=0,
        description="How long a process holds the enforcement calls and e-mails it claimed; a "
        "process killed mid-batch frees them after this (docs/operations.md).",
    )
    worker_poll_seconds: float = Field(
        default=1.0, gt=0, description="How often enforcement and notify workers look for due work."
    )
    log_level: str = "INFO"

    # -- blind QA of automated decisions (docs/transparency.md) -------------------------
    qa_sample_rate: float = Field(
        default=0.02,
        ge=0,
        le=1,
        description="Share of each day's fully automated decisions drawn for blind QA re-review.",
    )
    qa_sample_minimum: int = Field(
        default=5, ge=0, description="At least this many per day (all when fewer were taken)."
    )
    qa_sample_seed: str | None = Field(
        default=None,
        repr=False,
        description="Seed of the daily QA draw; by default derived from the secret key, so "
        "moderators cannot predict which decisions will be sampled.",
    )

    # -- notice and action (docs/notice-and-action.md) -----------------------------------
    platform_adapter: str = Field(
        default="memory", description="PlatformAdapter for enforcement: `memory` for now."
    )
    webhook_url: str | None = Field(
        default=None,
        description="The platform's endpoint for signed action webhooks (docs/webhooks.md); "
        "with webhook_secret set, enforcement goes there instead of the in-memory platform.",
    )
    webhook_secret: str | None = Field(
        default=None,
        repr=False,
        description="HMAC-SHA256 secret shared with the platform: signs outbound actions and "
        "verifies inbound events on /api/v1/platform/events.",
    )
    webhook_timeout_seconds: float = 5.0
    webhook_backoff_seconds: list[float] = Field(
        default=[0.5, 2.0],
        description="Pauses between attempts of one webhook call (5xx, timeouts); when spent, "
        "the action is dead-lettered.",
    )
    # -- Matrix homeserver (docs/matrix.md) -----------------------------------------------
    matrix_homeserver_url: str | None = Field(
        default=None,
        description="The Synapse homeserver's client URL; with matrix_admin_token set, the "
        "application-service endpoints are served and enforcement acts through Synapse.",
    )
    matrix_admin_token: str | None = Field(
        default=None, repr=False, description="Access token of a Synapse server admin user."
    )
    matrix_bot_localpart: str = Field(
        default="safeharbour-moderation",
        description="The moderation bot (the application service's sender) that delivers "
        "statements of reasons.",
    )
    matrix_appservice_id: str = "safeharbour"
    matrix_timeout_seconds: float = 10.0
    matrix_backoff_seconds: list[float] = Field(
        default=[0.5, 2.0],
        description="Pauses between attempts of one Synapse call (5xx, timeouts).",
    )
    matrix_reports_poll_seconds: float = Field(
        default=30.0, description="How often Synapse's event reports are polled into notices."
    )
    matrix_terminate_redacts: bool = Field(
        default=True,
        description="terminate_account also redacts every event of the user (Synapse's "
        "admin redact API), besides deactivating the account.",
    )
    smtp_url: str | None = Field(
        default=None,
        repr=False,
        description="smtp://[user:password@]host[:port][?starttls=true] or smtps://...; "
        "unset keeps e-mails in memory (development only).",
    )
    mail_from: str = "Safeharbour <noreply@safeharbour.invalid>"
    platform_url_patterns: list[str] = Field(
        default=[
            r"^https?://[^/]+/(?P<kind>post|channel|group|account)s?/(?P<id>[A-Za-z0-9._:@-]{1,200})/?$",
            # The demo platform's own scheme (`serve --demo`): /p/ posts, /c/ channels, /u/ users.
            r"^https?://chat\.demo\.example/p/(?P<post_id>[A-Za-z0-9._:@-]{1,200})/?$",
            r"^https?://chat\.demo\.example/c/(?P<channel_id>[A-Za-z0-9._:@-]{1,200})/?$",
            r"^https?://chat\.demo\.example/u/(?P<account_id>[A-Za-z0-9._:@-]{1,200})/?$",
        ],
        description="Regexes matched against the whole URL that turn a platform URL in a notice "
        "into an item: named groups `kind` (post, channel, group, account) and `id`, or one "
        "group `post_id`, `channel_id` or `account_id`. An unmatched URL that no post was "
        "ingested with is kept as a URL item, which a moderator can name in the console.",
    )
    notice_sla_critical_hours: float = 24.0
    notice_sla_default_hours: float = 72.0
    flagger_sla_critical_minutes: int = 60
    flagger_sla_default_minutes: int = 24 * 60
    signal_sla_hours: float = 72.0
    notice_soft_limit_per_hour: int = Field(
        default=20,
        description="Notices per hour from one source (e-mail or client) before further ones "
        "stop adding to a case's priority.",
    )
    notice_hard_limit_per_hour: int = Field(
        default=200, description="Notices per hour from one public source before 429; 0 = none."
    )
    flagger_soft_limit_per_hour: int = 2000
    renotice_cooldown_days: int = 30
    lease_minutes: int = 15
    four_eyes_subscriber_threshold: int = 10_000
    appeal_window_days: int = Field(default=184, ge=184, description="DSA Art. 20: >= 6 months")

    # -- authority gateway (docs/authority-gateway.md) ---------------------------------
    # Published in /.well-known/legal-requests.json and /for-authorities. The defaults are demo
    # values: an operator sets the real legal representative and point of contact.
    platform_name: str = "Safeharbour demo platform"
    legal_representative_name: str = "Demo Legal Representative SRL (DSA Art. 13)"
    legal_representative_address: str = "Rue de l'Exemple 1, 1000 Brussels, Belgium"
    legal_representative_member_state: str = "BE"
    legal_contact_email: str = "legal-requests@safeharbour.example"
    legal_contact_phone: str = "+32 2 000 00 00"
    legal_emergency_phone: str = "+32 2 000 00 99"
    legal_oncall_email: str | None = Field(
        default=None,
        description="Where deadline alerts (50%, 90%, missed) go; legal_contact_email if unset.",
    )
    legal_languages: list[str] = Field(
        default=["en", "fr", "de", "nl"],
        description="ISO 639-1 languages requests may be written in (DSA Art. 11(3)).",
    )
    legal_max_body_bytes: int = 40 * 1024 * 1024
    outbound_authorities: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description="Outbound reports' recipients by key (EU/EEA country code, EUROPOL, NCMEC): "
        '{"DE": {"name": ..., "email": ...}}; overrides the demo defaults.',
    )
    legal_max_attachments: int = 10
    legal_max_attachment_bytes: int = 10 * 1024 * 1024

    @field_validator("data_dir", mode="before")
    @classmethod
    def _expand(cls, value: object) -> object:
        if isinstance(value, str):
            return Path(value).expanduser()
        return value

    @property
    def ingest_max_future(self) -> timedelta:
        """`ingest_max_future_seconds` as a duration."""
        return timedelta(seconds=self.ingest_max_future_seconds)

    @property
    def resolved_data_dir(self) -> Path:
        return self.data_dir.expanduser().resolve()

    @property
    def resolved_rules_dir(self) -> Path:
        return (self.rules_dir or self.resolved_data_dir / "rules").expanduser().resolve()

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
