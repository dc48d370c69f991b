"""The `PlatformAdapter` contract, run on every adapter (add each to ADAPTERS): the in-memory
one, and the signed webhook adapter talking to the reference receiver in a subprocess."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest

from safeharbour.enforcement.ports import ActOutcome, ActResult, NotifyKind, PlatformAdapter
from safeharbour.integrations.fakes.platform import InMemoryPlatform
from safeharbour.integrations.webhook.adapter import WebhookPlatform
from tests.contract.conftest import WEBHOOK_SECRET


def _webhook(request: pytest.FixtureRequest) -> PlatformAdapter:
    url: str = request.getfixturevalue("receiver_url")
    httpx.post(url + "_control/reset", timeout=5).raise_for_status()
    adapter = WebhookPlatform(url, WEBHOOK_SECRET, backoff=(0.01, 0.01))
    request.addfinalizer(adapter.close)
    return adapter


ADAPTERS: dict[str, Callable[[pytest.FixtureRequest], PlatformAdapter]] = {
    "memory": lambda request: InMemoryPlatform(),
    "webhook": _webhook,
}


@pytest.fixture(params=sorted(ADAPTERS))
def adapter(request: pytest.FixtureRequest) -> PlatformAdapter:
    return ADAPTERS[request.param](request)


def test_every_action_applies_once_per_key(adapter: PlatformAdapter) -> None:
    until = datetime(2026, 7, 1, tzinfo=UTC)
    calls: list[Callable[[str], ActResult]] = [
        lambda k: adapter.remove_post("p1", idempotency_key=k),
        lambda k: adapter.restrict_post("p2", ["DE"], idempotency_key=k),
        lambda k: adapter.suspend_account("a1", until, idempotency_key=k),
        lambda k: adapter.terminate_account("a2", idempotency_key=k),
        lambda k: adapter.ban_channel("c1", idempotency_key=k),
        lambda k: adapter.label("post", "p3", "Graphic", idempotency_key=k),
        lambda k: adapter.quarantine_media("mxc://example.org/m1", idempotency_key=k),
        lambda k: adapter.notify_user(
            "a1", NotifyKind.STATEMENT_OF_REASONS, "text", "https://x", idempotency_key=k
        ),
    ]
    for index, call in enumerate(calls):
        key = f"key-{index}"
        assert call(key).outcome == ActOutcome.APPLIED
        repeat = call(key)
        assert repeat.outcome == ActOutcome.ALREADY_APPLIED
        assert repeat.done


def test_reverse_undoes_what_was_done_under_a_key(adapter: PlatformAdapter) -> None:
    assert adapter.remove_post("p1", idempotency_key="k1").done
    assert adapter.reverse("k1", idempotency_key="r1").outcome == ActOutcome.APPLIED
    assert adapter.reverse("k1", idempotency_key="r2").outcome == ActOutcome.ALREADY_APPLIED
    never = adapter.reverse("unknown", idempotency_key="r3")
    assert never.outcome == ActOutcome.NOT_SUPPORTED
    assert not never.done


def test_quarantined_media_is_released_by_reverse(adapter: PlatformAdapter) -> None:
    assert adapter.quarantine_media("m-9", idempotency_key="q1").outcome == ActOutcome.APPLIED
    assert adapter.reverse("q1", idempotency_key="rq1").outcome == ActOutcome.APPLIED
    assert adapter.reverse("q1", idempotency_key="rq2").outcome == ActOutcome.ALREADY_APPLIED


def test_health_names_the_adapter_and_never_raises(adapter: PlatformAdapter) -> None:
    from safeharbour.enforcement.ports import platform_health

    assert adapter.remove_post("p-h", idempotency_key="h1").done
    report = platform_health(adapter)
    assert report["adapter"] == adapter.name
    assert report["connected"] is True
