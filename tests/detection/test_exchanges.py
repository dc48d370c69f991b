"""Exchanges: the real clients against local providers, checkpoints, deletions, errors, rate
limits, malformed pages, precision controls, provenance and no export; both backends."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from safeharbour.audit.models import AuditEntry
from safeharbour.audit.tags import AuditTag
from safeharbour.cli.app import app
from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.queries import bank_entries
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.exchanges.actions import do_create_exchange
from safeharbour.detection.exchanges.fetch import fetch_exchange
from safeharbour.detection.exchanges.models import Exchange
from safeharbour.detection.exchanges.queries import exchange_states, provenance, provider_set
from safeharbour.detection.scanner import ScanInput, Scanner
from safeharbour.kit.db import Actor
from safeharbour.kit.errors import InvalidInput
from tests.detection.exchange_servers import HashListProvider, StopNCIIProvider

ACTOR = Actor("cli", "tester", "admin")


def pdq() -> str:
    return secrets.token_hex(32)


def md5() -> str:
    return secrets.token_hex(16)


def add_hashlist(container: Any, name: str, url: str, **kw: Any) -> None:
    container.tx.write(
        lambda unit: do_create_exchange(
            unit,
            name,
            kind="hashlist",
            settings={"url": url, "page_size": kw.pop("page_size", 3)},
            credentials=kw.pop("credentials", {}),
            cipher=container.keys.cipher,
            actor=ACTOR,
            **kw,
        )
    )


def fetch(container: Any, name: str, **kw: Any) -> Any:
    return fetch_exchange(container.tx, container.keys.cipher, name, sleep=lambda _s: None, **kw)


def holds(container: Any, name: str) -> dict[str, tuple[str, str]]:
    return container.tx.read(lambda s: provider_set(s, name))


def bank_values(container: Any, name: str) -> set[tuple[str, str]]:
    return set(container.tx.read(lambda s: bank_entries(s, name)))


def state(container: Any, name: str) -> dict[str, Any]:
    return next(s for s in container.tx.read(exchange_states) if s["name"] == name)


def test_hashlist_pages_updates_deletions_and_resume(container: Any) -> None:
    provider = HashListProvider(token="t0k")
    a, b, c, d = pdq(), pdq(), md5(), pdq()
    provider.put("e1", "pdq", a, "ncii")
    provider.put("e2", "pdq", b)
    provider.put("e3", "md5", c)
    provider.put("e4", "photodna", "AAAA" * 36)  # carried, cannot be matched: counted
    provider.put("e5", "pdq", a)  # a second entry with the same value
    with provider.running():
        add_hashlist(container, "ncii-list", provider.url, credentials={"token": "t0k"})
        first = fetch(container, "ncii-list")
        assert (first.pages, first.added, first.unsupported, first.complete) == (2, 4, 1, True)
        assert holds(container, "ncii-list") == provider.current()
        assert bank_values(container, "ncii-list") == {("pdq", a), ("pdq", b), ("md5", c)}
        assert state(container, "ncii-list")["unsupported"] == {"photodna": 1}

        # Deleting one of two entries with value `a` keeps `a`; changing e2 drops b, adds d.
        provider.delete("e1")
        provider.put("e2", "pdq", d)
        provider.delete("e3")
        second = fetch(container, "ncii-list")
        assert (second.updated, second.deleted) == (1, 2)
        assert provider.requests[-second.pages]["query"]["cursor"] == "c5"  # resumed, not re-read
        assert holds(container, "ncii-list") == provider.current()
        assert bank_values(container, "ncii-list") == {("pdq", a), ("pdq", d)}
        provider.delete("e5")
        fetch(container, "ncii-list")
        assert bank_values(container, "ncii-list") == {("pdq", d)}
    with container.database.reader() as session:
        tags = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    assert tags.count(AuditTag.EXCHANGE_PAGE_APPLIED) == first.pages + second.pages + 1
    assert AuditTag.DETECTION_BANK_ENTRIES_REMOVED in tags


def test_credentials_are_stored_encrypted(container: Any) -> None:
    provider = HashListProvider(token="very-secret-token")
    with provider.running():
        add_hashlist(container, "list", provider.url, credentials={"token": "very-secret-token"})
        with container.database.reader() as session:
            stored = session.scalars(select(Exchange.credentials_encrypted)).one()
        assert stored and "very-secret-token" not in stored
        provider.put("e1", "pdq", pdq())
        assert fetch(container, "list").added == 1  # decrypted for the request
        provider.token = "rotated"
        failed = fetch(container, "list")
        assert failed.error == "hash list answered 401"
        assert state(container, "list")["status"] == "error"


def test_errors_rate_limits_and_malformed_pages_apply_nothing(container: Any) -> None:
    provider = HashListProvider()
    for n in range(6):
        provider.put(f"e{n}", "pdq", pdq())
    with provider.running():
        add_hashlist(container, "list", provider.url)
        provider.fail_next(429, b"", {"Retry-After": "2"})
        provider.fail_next(503, b"", {"Retry-After": "1"})
        waits: list[float] = []
        result = fetch_exchange(
            container.tx, container.keys.cipher, "list", sleep=waits.append, max_pages=1
        )
        assert waits == [2.0, 1.0] and result.pages == 1 and result.added == 3
        for bad in (
            b"not json",
            b'{"entries": {}}',
            b'{"entries": [{"id": 3}], "has_more": false, "next_cursor": "c9"}',
        ):
            provider.fail_next(200, bad)
            failed = fetch(container, "list")
            assert failed.pages == 0 and failed.error
            assert state(container, "list")["checkpoint"] == {"cursor": "c3"}
            assert len(holds(container, "list")) == 3
        provider.fail_next(500)
        assert fetch(container, "list").error == "hash list answered 500"
        for _ in range(6):
            provider.fail_next(429, b"", {"Retry-After": "0"})
        assert "rate limited" in (fetch(container, "list").error or "")
        done = fetch(container, "list")
        assert done.complete and holds(container, "list") == {
            k: v for k, v in provider.current().items()
        }
        assert state(container, "list")["status"] == "ok"


def test_invalid_values_are_counted_not_stored(container: Any) -> None:
    provider = HashListProvider()
    provider.put("ok", "pdq", pdq())
    provider.put("short", "pdq", "abc")
    with provider.running():
        add_hashlist(container, "list", provider.url)
        result = fetch(container, "list")
    assert (result.added, result.rejected) == (1, 1)
    assert set(holds(container, "list")) == {"ok"}


def test_third_party_hashes_never_act_unless_configured(container: Any) -> None:
    provider = HashListProvider()
    value = pdq()
    provider.put("x1", "pdq", value)
    with provider.running():
        add_hashlist(container, "default-list", provider.url)
        add_hashlist(container, "acting-list", provider.url, policy="act", pdq_threshold=10)
        fetch(container, "default-list")
        fetch(container, "acting-list")
    near = format(int(value, 16) ^ 0b111111111111, "064x")  # distance 12
    media = [{"pdq": value}]
    with container.database.reader() as session:
        scanner = Scanner.from_session(session)
        result = scanner.scan(ScanInput("ev1", media=media))
        by_bank = {m.bank: m for m in result.matches}
        assert set(by_bank) == {"default-list", "acting-list"}
        assert result.verdict == "act"
        far = scanner.scan(ScanInput("ev2", media=[{"pdq": near}]))
        assert {m.bank for m in far.matches} == {"default-list"}  # own threshold: 10 < 12
        assert far.verdict == "review"
        assert provenance(session, "default-list", "pdq", value) == [
            {"exchange": "default-list", "kind": "hashlist", "entry": "x1", "label": None}
        ]

    # The allow-list overrides the exchange.
    def allow(unit: Any) -> None:
        bank = do_create_bank(unit, "ours", allow_list=True, actor=ACTOR)
        do_add_bank_entries(unit, bank, Signal.PDQ, [value], actor=ACTOR)

    container.tx.write(allow)
    with container.database.reader() as session:
        assert Scanner.from_session(session).scan(ScanInput("ev3", media=media)).matches == ()
    with container.database.reader() as session:
        policies = {s["name"]: s["policy"] for s in exchange_states(session)}
    assert policies == {"acting-list": "act", "default-list": "review"}


def test_stopncii_through_threatexchange_client(container: Any) -> None:
    provider = StopNCIIProvider("sub-key", "fn-key")
    first, second, video = pdq(), pdq(), md5()
    provider.set("ImagePDQ", first)
    provider.set("ImagePDQ", second)
    provider.set("VideoMD5", video)
    provider.set("VideoTMK", "tmk-value")
    provider.set("ImagePDQ", pdq(), status="Withdrawn")
    with provider.running():
        container.tx.write(
            lambda unit: do_create_exchange(
                unit,
                "stopncii",
                kind="stopncii",
                settings={"base_url": provider.url, "page_size": 2},
                credentials={"subscription_key": "sub-key", "fetch_function_key": "fn-key"},
                cipher=container.keys.cipher,
                actor=ACTOR,
            )
        )
        result = fetch(container, "stopncii")
        assert result.pages == 3 and result.complete and result.unsupported == 1
        assert holds(container, "stopncii") == provider.current()
        provider.set("ImagePDQ", first, status="Withdrawn")
        provider.fail_next(429, b"", {"Retry-After": "0"})  # the library's session retries it
        again = fetch(container, "stopncii")
        assert again.deleted == 1
        assert int(provider.requests[-1]["query"]["startTimestamp"]) > 1000
        assert holds(container, "stopncii") == provider.current()
        assert ("pdq", first) not in bank_values(container, "stopncii")
        provider.fail_next(200, b'{"count": "many"}')
        assert fetch(container, "stopncii").error
        provider.subscription_key = "changed"
        assert fetch(container, "stopncii").error == "StopNCII answered 401"


def test_settings_are_validated_before_anything_is_stored(container: Any) -> None:
    with pytest.raises(InvalidInput) as url:
        add_hashlist(container, "bad", "ftp://example.org/list")
    assert url.value.errors[0].field == "url"
    with pytest.raises(InvalidInput) as clear:  # credentials would cross a network in clear
        add_hashlist(container, "bad", "http://lists.example.org/feed")
    assert clear.value.errors[0].field == "url"
    with pytest.raises(InvalidInput) as base:
        container.tx.write(
            lambda unit: do_create_exchange(
                unit,
                "s",
                kind="stopncii",
                settings={"base_url": "http://stopncii.example.org"},
                credentials={"subscription_key": "k", "fetch_function_key": "f"},
                cipher=container.keys.cipher,
                actor=ACTOR,
            )
        )
    assert base.value.errors[0].field == "base_url"
    with pytest.raises(InvalidInput) as keys:
        container.tx.write(
            lambda unit: do_create_exchange(
                unit,
                "s",
                kind="stopncii",
                settings={},
                credentials={},
                cipher=container.keys.cipher,
                actor=ACTOR,
            )
        )
    assert keys.value.errors[0].field == "subscription_key"
    assert container.tx.read(exchange_states) == []


@pytest.fixture
def run(settings: Any, monkeypatch: Any) -> Any:
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    runner = CliRunner()

    def invoke(*args: str) -> Any:
        return runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)])

    return invoke


def test_cli_add_list_fetch_status_and_no_export(run: Any, container: Any, tmp_path: Path) -> None:
    provider = HashListProvider(token="tok")
    provider.put("e1", "pdq", pdq())
    provider.put("e2", "photodna", "AAAA")
    creds = tmp_path / "creds.json"
    creds.write_text('{"token": "tok"}', encoding="utf-8")
    with provider.running():
        added = run(
            "exchange",
            "add",
            "tcap",
            "--kind",
            "hashlist",
            "--url",
            provider.url,
            "--credentials-file",
            str(creds),
            "--every",
            "30",
        )
        assert added.exit_code == 0, added.output
        shown = json.loads(added.stdout)
        assert (shown["policy"], shown["status"], shown["fetch_every_minutes"]) == (
            "review",
            "new",
            30,
        )
        fetched = run("exchange", "fetch", "tcap")
        assert fetched.exit_code == 0, fetched.output
        assert fetched.stdout.startswith(
            "exchange tcap: 1 pages, added 1, updated 0, deleted 0, unsupported 1"
        )
    status = json.loads(run("exchange", "status", "tcap").stdout)
    assert (status["entries"], status["unsupported"], status["status"]) == (
        1,
        {"photodna": 1},
        "ok",
    )
    assert "tok" not in run("exchange", "list").stdout
    exported = run("bank", "export", "tcap")
    assert exported.exit_code == 2 and "not exported" in exported.output
    other = tmp_path / "values.txt"
    other.write_text(pdq() + "\n", encoding="utf-8")
    imported = run("bank", "import", "tcap", str(other), "--signal", "pdq")
    assert imported.exit_code == 2
    missing = run("exchange", "status", "nope")
    assert missing.exit_code == 2


def test_fetch_killed_mid_way_resumes_to_exactly_the_providers_set(
    container: Any, settings: Any
) -> None:
    provider = HashListProvider()
    values = [pdq() for _ in range(40)]
    for n, value in enumerate(values):
        provider.put(f"e{n}", "pdq", value)
        if n % 4 == 3:
            provider.delete(f"e{n - 2}")  # deletions of entries from earlier pages
        if n % 5 == 4:
            provider.put(f"e{n - 3}", "pdq", pdq())  # updates
    provider.page_delay = 0.15
    env = {**os.environ, "SAFEHARBOUR_DATABASE_URL": settings.database_url}
    command = [str(Path(sys.executable).parent / "safeharbour")]  # the installed script
    with provider.running():
        add_hashlist(container, "list", provider.url, page_size=4)
        child = subprocess.Popen(
            [*command, "exchange", "fetch", "list", "--data-dir", str(settings.data_dir)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            checkpoint = state(container, "list")["checkpoint"]
            if checkpoint and int(checkpoint["cursor"][1:]) >= 20:
                break
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        stopped = int(state(container, "list")["checkpoint"]["cursor"][1:])
        assert 20 <= stopped < len(provider.log)  # killed part-way
        resumed = fetch(container, "list")
        assert resumed.complete
        assert provider.requests[-resumed.pages]["query"]["cursor"] == f"c{stopped}"
    assert holds(container, "list") == provider.current()
    assert bank_values(container, "list") == set(provider.current().values())


def test_scheduler_fetches_exchanges_when_due(container: Any, clock: Any) -> None:
    from datetime import timedelta

    assert "exchanges-fetch" in container.scheduler.jobs
    start_round = container.scheduler.jobs["exchanges-fetch"].run
    provider = HashListProvider()
    provider.put("e1", "pdq", pdq())

    def round_done(expected_requests: int) -> None:
        """The round runs in a thread of its own: wait until it has asked and applied."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if (
                len(provider.requests) >= expected_requests
                and state(container, "list")["last_fetch_at"]
            ):
                time.sleep(0.3)  # let its transaction and the round's thread finish
                return
            time.sleep(0.05)
        raise AssertionError("the fetch round did not run")

    with provider.running():
        add_hashlist(container, "list", provider.url, fetch_every_minutes=30)
        provider.page_delay = 0.5
        start_round()
        start_round()  # the previous round still runs: no second one
        round_done(1)
        assert len(provider.requests) == 1
        assert len(holds(container, "list")) == 1
        provider.page_delay = 0
        asked = len(provider.requests)
        provider.put("e2", "pdq", pdq())
        clock.advance(timedelta(minutes=29))
        start_round()
        time.sleep(0.5)
        assert len(provider.requests) == asked  # not due yet
        clock.advance(timedelta(minutes=1))
        start_round()
        round_done(asked + 1)
        assert holds(container, "list") == provider.current()


def test_a_post_matching_an_exchange_goes_to_review_with_provenance(
    container: Any, clock: Any
) -> None:
    from datetime import timedelta

    from safeharbour.detection.banks.actions import do_update_bank
    from safeharbour.review.models import CaseSignal, Decision
    from tests.detection.test_pipeline import ingest
    from tests.factories import account, channel, post

    provider = HashListProvider()
    value = pdq()
    provider.put("ncii-77", "pdq", value, "ncii")
    with provider.running():
        add_hashlist(container, "ncii", provider.url)
        fetch(container, "ncii")
    media = [{"id": "m1", "kind": "image", "pdq": value}]
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "x", media=media)])
    with container.database.reader() as session:
        [signal] = session.scalars(select(CaseSignal)).all()
        assert session.scalars(select(Decision)).all() == []  # review, not act
    assert signal.details["bank"] == "ncii"
    assert signal.details["matches"][0]["exchange"] == "ncii"
    assert signal.details["matches"][0]["exchange_entries"] == ["ncii-77"]
    assert container.nta.platform.state_of("p1") == []

    # Configured to act: the same hash now removes a post automatically.
    clock.advance(timedelta(seconds=1))  # the scanner cache notices a bank change by its time
    container.tx.write(lambda unit: do_update_bank(unit, "ncii", policy="act", actor=ACTOR))
    ingest(container, [post("p2", "y", media=[{**media[0], "id": "m2"}])])
    assert container.nta.platform.state_of("p2") == ["remove_post"]


def test_ncmec_through_threatexchange_client(container: Any) -> None:
    from tests.detection.exchange_servers import NCMECProvider

    provider = NCMECProvider("esp-user", "esp-pass", page_size=2)
    image, video = pdq(), md5()
    provider.set("i1", "image", {"pdq": image, "md5": md5(), "pdna": "PDNA-VALUE"})
    provider.set("i2", "image", {"pdna": "ONLY-PHOTODNA"})  # nothing we can match
    provider.set("v1", "video", {"md5": video, "tmk_pdqf": "TMK"})
    provider.set("i3", "image", {"pdq": pdq()}, classification="B1")
    provider.delete("i3")
    with provider.running():
        container.tx.write(
            lambda unit: do_create_exchange(
                unit,
                "ncmec",
                kind="ncmec",
                settings={"base_url": provider.url, "environment": "test_Industry"},
                credentials={"username": "esp-user", "password": "esp-pass"},
                cipher=container.keys.cipher,
                actor=ACTOR,
            )
        )
        result = fetch(container, "ncmec")
        assert result.pages == 2 and result.complete
        assert holds(container, "ncmec") == provider.current()
        assert bank_values(container, "ncmec") == {("pdq", image), ("md5", video)}
        assert state(container, "ncmec")["unsupported"] == {"md5": 1, "pdna": 2, "tmk_pdqf": 1}
        with container.database.reader() as session:
            [found] = provenance(session, "ncmec", "pdq", image)
        assert (found["entry"], found["label"]) == ("42-i1", "A1")
        window_end = state(container, "ncmec")["checkpoint"]["start"]

        # Changes after the first window: stamped from its end on (the window's bounds are
        # inclusive), fetched once the clock has passed them.
        provider.now = window_end - 1
        provider.delete("i1")
        provider.set("v2", "video", {"md5": md5()})
        provider.set("v3", "video", {"md5": md5()})
        while time.time() < provider.now + 1:
            time.sleep(0.2)
        again = fetch(container, "ncmec")
        assert (again.deleted, again.added, again.pages, again.complete) == (1, 2, 2, True)
        assert holds(container, "ncmec") == provider.current()
        assert state(container, "ncmec")["checkpoint"]["start"] >= window_end
        provider.fail_next(
            200, b"<queryResult><images maxTimestamp='not a time'><image/></images></queryResult>"
        )
        assert fetch(container, "ncmec").error
        provider.fail_next(200, b"not xml at all <")
        assert fetch(container, "ncmec").error == "NCMEC page is not XML"
        provider.auth = "Basic changed"
        assert fetch(container, "ncmec").error == "NCMEC answered 401"


def test_operator_status_shows_each_exchange(container: Any, operator_status: Any) -> None:
    provider = HashListProvider()
    provider.put("e1", "pdq", pdq())
    with provider.running():
        add_hashlist(container, "list", provider.url)
        fetch(container, "list")
    failed = fetch(container, "list")  # the provider's server has stopped
    assert (failed.error or "").startswith("hash list unreachable")
    [shown] = operator_status()["detection"]["exchanges"]
    assert (shown["name"], shown["kind"], shown["status"], shown["entries"]) == (
        "list",
        "hashlist",
        "error",
        1,
    )
    assert shown["last_error"] and "checkpoint" not in shown


def test_tat_through_threatexchange_client(container: Any) -> None:
    from tests.detection.exchange_servers import TATProvider

    provider = TATProvider("tcap-user", "tcap-pass", page_size=2)
    image, video = pdq(), md5()
    provider.set(1, "PDQ", image)
    provider.set(2, "MD5", video, "mp4")
    provider.set(3, "MD5", md5(), "jpg")  # an image's MD5: not what the library matches
    provider.set(4, "SHA256", secrets.token_hex(32), "mp4")
    provider.set(5, "PDQ", pdq())
    with provider.running():
        container.tx.write(
            lambda unit: do_create_exchange(
                unit,
                "tcap",
                kind="tat",
                settings={"base_url": provider.url},
                credentials={"username": "tcap-user", "password": "tcap-pass"},
                cipher=container.keys.cipher,
                actor=ACTOR,
            )
        )
        result = fetch(container, "tcap")
        assert (result.pages, result.complete) == (3, True)
        assert holds(container, "tcap") == provider.current()
        assert state(container, "tcap")["unsupported"] == {"md5/jpg": 1, "sha256/mp4": 1}
        with container.database.reader() as session:
            assert provenance(session, "tcap", "pdq", image)[0]["label"] == "far-right"
        provider.set(1, "PDQ", image, deleted=True)
        provider.set(6, "PDQ", pdq())
        again = fetch(container, "tcap")
        assert (again.deleted, again.added) == (1, 1)
        assert provider.requests[-1]["query"]["after"].endswith(",5")  # resumed after record 5
        assert state(container, "tcap")["checkpoint"]["after"].endswith(",6")
        assert holds(container, "tcap") == provider.current()
        provider.fail_next(200, b'{"count": 1, "results": [{"id": 9}]}')
        assert fetch(container, "tcap").error
        provider.password = "changed"
        assert fetch(container, "tcap").error == "TCAP answered 400"


def test_threatexchange_through_its_graph_api_client(container: Any) -> None:
    from tests.detection.exchange_servers import ThreatExchangeProvider

    token = "1234567890|" + "a" * 27
    provider = ThreatExchangeProvider(token, 303, page_size=2)
    first = pdq()
    provider.set("101", "HASH_PDQ", first)
    provider.set("102", "HASH_MD5", md5())
    provider.set("103", "HASH_PHOTODNA", "1,2,3")
    provider.set("104", "URI", "https://bad.example/page")
    provider.set("105", "HASH_PDQ", pdq(), delete=True)
    with provider.running():
        container.tx.write(
            lambda unit: do_create_exchange(
                unit,
                "te",
                kind="threatexchange",
                settings={"base_url": provider.url, "privacy_group": 303, "page_size": 2},
                credentials={"api_token": token},
                cipher=container.keys.cipher,
                actor=ACTOR,
            )
        )
        half = fetch(container, "te", max_pages=1)
        checkpoint = state(container, "te")["checkpoint"]
        assert half.pages == 1 and checkpoint["next"] and token not in json.dumps(checkpoint)
        rest = fetch(container, "te")  # resumes the window from the stored paging URL
        assert rest.complete and rest.pages == 2
        assert holds(container, "te") == provider.current()
        assert state(container, "te")["unsupported"] == {"HASH_PHOTODNA": 1}
        provider.now = state(container, "te")["checkpoint"]["start"] - 1
        provider.set("101", "HASH_PDQ", first, delete=True)
        while time.time() < provider.now + 1:
            time.sleep(0.2)
        assert fetch(container, "te").deleted == 1
        assert holds(container, "te") == provider.current()
        for _ in range(2):
            provider.fail_next(429, b"{}", {"Retry-After": "0"})
        assert fetch(container, "te").error is None  # waited out
        provider.fail_next(200, b'{"data": [{"type": "HASH_PDQ"}]}')
        assert fetch(container, "te").error == "data.0 has no id"
        provider.token = "other"
        assert fetch(container, "te").error == "ThreatExchange answered 400"


def test_eu_private_messages_match_only_with_a_recorded_legal_basis(
    container: Any, clock: Any, run: Any
) -> None:
    from datetime import timedelta

    from safeharbour.review.models import Case, CaseSignal
    from tests.detection.test_pipeline import ingest
    from tests.factories import account, channel, post

    provider = HashListProvider()
    value = pdq()
    provider.put("c1", "pdq", value)
    with provider.running():
        add_hashlist(container, "csam", provider.url)
        fetch(container, "csam")
    media = [{"id": "m", "kind": "image", "pdq": value}]

    def signals() -> list[str]:
        with container.database.reader() as session:
            rows = session.execute(
                select(Case.item_id, CaseSignal.details).join(Case, Case.id == CaseSignal.case_id)
            ).all()
            return sorted(item for item, details in rows if details.get("bank") == "csam")

    ingest(
        container,
        [
            account("eu", country="DE"),
            account("us", country="US"),
            account("nowhere", country=None),
            channel("public-chan"),
            channel("dm", public=False, kind="group"),
            post("p-public", "a", channel_id="public-chan", author_id="eu", media=media),
            post("p-eu", "b", channel_id="dm", author_id="eu", media=media),
            post("p-us", "c", channel_id="dm", author_id="us", media=media),
            post("p-unknown", "d", channel_id="dm", author_id="nowhere", media=media),
        ],
    )
    # EU (and unknown-country) users' private messages are not matched without a basis.
    assert signals() == ["p-public", "p-us"]

    short = run("exchange", "set", "csam", "--eu-private-basis", "law")
    assert short.exit_code == 2 and "eu_private_basis" in short.output
    basis = "Regulation (EU) 2021/1232 as extended; record of the operator's assessment"
    recorded = run("exchange", "set", "csam", "--eu-private-basis", basis)
    assert recorded.exit_code == 0, recorded.output
    assert json.loads(recorded.stdout)["eu_private_basis"] == basis
    clock.advance(timedelta(seconds=1))
    ingest(container, [post("p-eu-2", "e", channel_id="dm", author_id="eu", media=media)])
    assert "p-eu-2" in signals()

    public_only = run("exchange", "set", "csam", "--surfaces", "public")
    assert json.loads(public_only.stdout)["surfaces"] == ["public"]
    ingest(container, [post("p-us-2", "f", channel_id="dm", author_id="us", media=media)])
    assert "p-us-2" not in signals()
    assert run("exchange", "set", "csam", "--surfaces", "everywhere").exit_code == 2
    with container.database.reader() as session:
        tags = [e.action for e in session.scalars(select(AuditEntry))]
    assert tags.count(AuditTag.EXCHANGE_UPDATED) == 2


def test_fetching_into_a_disabled_bank_does_not_rebuild_the_live_scanner(
    container: Any, clock: Any
) -> None:
    from datetime import timedelta

    from safeharbour.detection.banks.actions import do_update_bank
    from safeharbour.detection.pipeline import ScannerCache

    built: list[int] = []

    def factory(session: Any) -> Scanner:
        built.append(1)
        return Scanner.from_session(session)

    cache = ScannerCache(container.database, factory)
    provider = HashListProvider()
    provider.put("e1", "pdq", pdq())
    with provider.running():
        add_hashlist(container, "big", provider.url)
        clock.advance(timedelta(seconds=1))
        container.tx.write(lambda u: do_update_bank(u, "big", enabled=False, actor=ACTOR))
        cache()
        for n in range(3):
            clock.advance(timedelta(seconds=1))
            provider.put(f"n{n}", "pdq", pdq())
            fetch(container, "big")
            cache()
        assert len(built) == 1  # pages applied to a disabled bank: nothing to rebuild
        clock.advance(timedelta(seconds=1))
        container.tx.write(lambda u: do_update_bank(u, "big", enabled=True, actor=ACTOR))
        scanner = cache()
    assert len(built) == 2
    [value] = [v for k, (_s, v) in holds(container, "big").items() if k == "n2"]
    assert scanner.scan(ScanInput("ev", media=[{"pdq": value}])).verdict == "review"
