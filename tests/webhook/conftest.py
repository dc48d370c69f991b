"""Webhook fixtures: notice-and-action helpers and a reference receiver on a thread."""

from collections.abc import Iterator

import pytest

from safeharbour.integrations.webhook.reference_receiver import ReferenceReceiver
from tests.nta import (  # noqa: F401
    case_of,
    decide,
    ingest,
    mirror,
    platform_key,
    staff,
    submit,
)

SECRET = "webhook-test-secret"


@pytest.fixture
def receiver() -> Iterator[ReferenceReceiver]:
    running = ReferenceReceiver(SECRET).start()
    yield running
    running.stop()
