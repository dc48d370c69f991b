"""Building the Matrix adapter and its jobs from settings (called by notice_action.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from safeharbour.config import Settings
from safeharbour.integrations.matrix.adapter import MatrixPlatformAdapter, database_lookups
from safeharbour.integrations.matrix.client import SynapseClient
from safeharbour.integrations.matrix.registration import check_http_url, load_tokens
from safeharbour.integrations.matrix.reports import ReportPoller
from safeharbour.kit.db import Database

if TYPE_CHECKING:
    from safeharbour.notice_action import NoticeAndAction

REPORTS_CURSOR = "matrix-reports.cursor"


def build_matrix_adapter(settings: Settings, database: Database) -> MatrixPlatformAdapter:
    assert settings.matrix_homeserver_url and settings.matrix_admin_token
    tokens = load_tokens(settings)
    client = SynapseClient(
        check_http_url(settings.matrix_homeserver_url, field="SAFEHARBOUR_MATRIX_HOMESERVER_URL"),
        admin_token=settings.matrix_admin_token,
        as_token=tokens.as_token,
        timeout=settings.matrix_timeout_seconds,
        backoff=settings.matrix_backoff_seconds,
    )
    room_of_post, action_of = database_lookups(database)
    return MatrixPlatformAdapter(
        client,
        tokens,
        bot_localpart=settings.matrix_bot_localpart,
        room_of_post=room_of_post,
        action_of=action_of,
        terminate_redacts=settings.matrix_terminate_redacts,
    )


def matrix_jobs(
    nta: NoticeAndAction, settings: Settings
) -> list[tuple[str, timedelta, Callable[[], object]]]:
    """`matrix-reports`: Synapse's event reports → notices (reports.py); none without Matrix."""
    platform = nta.platform
    if not isinstance(platform, MatrixPlatformAdapter):
        return []
    poller = ReportPoller(
        database=nta.database,
        client=platform.client,
        notices=nta.notices,
        review=nta.review,
        cursor_path=settings.resolved_data_dir / REPORTS_CURSOR,
    )
    return [
        ("matrix-reports", timedelta(seconds=settings.matrix_reports_poll_seconds), poller.poll)
    ]
