"""The `Notifier` contract, run on both adapters: SMTP (against a real SMTP server started here,
aiosmtpd, on localhost) and in-memory."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from email import message_from_bytes
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from safeharbour.integrations.email.smtp import SmtpNotifier
from safeharbour.integrations.fakes.notifier import InMemoryNotifier
from safeharbour.notifications.ports import Notifier, OutgoingEmail
from tests.ports import free_port


class Sink:
    """Keeps every message the SMTP server receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


_free_port = free_port


@pytest.fixture(scope="module")
def smtp_sink() -> Iterator[tuple[Sink, int]]:
    # aiosmtpd logs each connection from its own thread, sometimes after pytest has closed the
    # capture of the test that made it; its chatter is not what these tests check.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    sink = Sink()
    port = _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


class Received:
    """What each adapter delivered, read back the adapter's own way."""

    def __init__(self, notifier: Notifier, read: Any) -> None:
        self.notifier = notifier
        self.read = read


@pytest.fixture(params=["smtp", "memory"])
def adapter(request: pytest.FixtureRequest) -> Iterator[Received]:
    if request.param == "memory":
        memory = InMemoryNotifier()

        def read_memory() -> list[dict[str, str]]:
            return [
                {"to": m.to, "subject": m.subject, "body": m.body, "id": m.idempotency_key}
                for m in memory.sent
            ]

        yield Received(memory, read_memory)
        return
    sink, port = request.getfixturevalue("smtp_sink")
    sink.messages.clear()
    notifier = SmtpNotifier(f"smtp://127.0.0.1:{port}", sender="Safeharbour <noreply@example.org>")

    def read_smtp() -> list[dict[str, str]]:
        found = []
        for _sender, recipients, content in sink.messages:
            parsed = message_from_bytes(content)
            payload = parsed.get_payload(decode=True)
            assert isinstance(payload, bytes)
            found.append(
                {
                    "to": recipients[0],
                    "subject": str(parsed["Subject"]),
                    "body": payload.decode("utf-8").replace("\r\n", "\n").rstrip("\n"),
                    "id": str(parsed["Message-ID"]).strip("<>").split("@")[0],
                }
            )
        return found

    yield Received(notifier, read_smtp)


def test_a_message_is_delivered_with_its_idempotency_key(adapter: Received) -> None:
    message = OutgoingEmail(
        to="erika@example.org",
        subject="Decision on your notice",
        body="We removed the post.\nStatus: https://example.org/s?token=abc — Grüße",
        idempotency_key="6f1f6a43-0000-4000-8000-000000000001",
    )
    result = adapter.notifier.send(message)
    assert result.sent, result.detail
    [got] = adapter.read()
    assert got == {
        "to": "erika@example.org",
        "subject": "Decision on your notice",
        "body": message.body,
        "id": message.idempotency_key,
    }


def test_an_unreachable_server_is_a_failure_not_an_exception() -> None:
    closed = SmtpNotifier(f"smtp://127.0.0.1:{_free_port()}", sender="x@example.org", timeout=2)
    result = closed.send(OutgoingEmail("a@example.org", "s", "b", "k"))
    assert not result.sent
    assert result.detail
    assert "a@example.org" not in result.detail
    memory = InMemoryNotifier()
    memory.fail_next()
    assert not memory.send(OutgoingEmail("a@example.org", "s", "b", "k")).sent
    assert memory.send(OutgoingEmail("a@example.org", "s", "b", "k")).sent


def test_the_smtp_url_is_checked() -> None:
    with pytest.raises(ValueError):
        SmtpNotifier("http://mail.example.org", sender="x@example.org")
    secure = SmtpNotifier("smtps://u%40x:p%3Aw@mail.example.org", sender="x@example.org")
    assert (secure.port, secure.implicit_tls, secure.username, secure.password) == (
        465,
        True,
        "u@x",
        "p:w",
    )
    starttls = SmtpNotifier("smtp://mail.example.org:587?starttls=true", sender="x@example.org")
    assert (starttls.port, starttls.starttls) == (587, True)


def test_the_container_uses_smtp_when_configured_and_the_flow_reaches_the_sink(
    smtp_sink: tuple[Sink, int], tmp_path: Any
) -> None:
    from safeharbour.bootstrap import build_container
    from safeharbour.config import Settings
    from safeharbour.intake.notice_schemas import parse_notice
    from safeharbour.intake.notices import PUBLIC_NOTIFIER, NoticeSource, do_submit_notice
    from safeharbour.kit.transactions import run_in_unit

    sink, port = smtp_sink
    sink.messages.clear()
    settings = Settings(
        data_dir=tmp_path / "data",
        smtp_url=f"smtp://127.0.0.1:{port}",
        scheduler_enabled=False,
        public_base_url="https://safeharbour.example",
    )
    container = build_container(settings)
    try:
        assert isinstance(container.nta.notifier, SmtpNotifier)
        submission = parse_notice(
            {
                "location": {"kind": "post", "id": "p"},
                "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                "explanation": "A phishing link.",
                "notifier": {"name": "Erika", "email": "erika@example.org"},
                "good_faith": True,
            }
        )
        receipt = run_in_unit(
            container.database,
            lambda unit: do_submit_notice(
                unit,
                submission,
                source=NoticeSource(client_address="127.0.0.1"),
                policy=container.nta.notices,
                review=container.nta.review,
                actor=PUBLIC_NOTIFIER,
            ),
        )
        assert container.nta.deliver_notifications() == 1
        [(_sender, recipients, content)] = sink.messages
        assert recipients == ["erika@example.org"]
        payload = message_from_bytes(content).get_payload(decode=True)
        assert isinstance(payload, bytes)
        assert receipt.status_page_url in payload.decode()
    finally:
        container.close()
