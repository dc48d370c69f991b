"""`bank import`, `bank set` and `scan`: the contract, on both backends, without a server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from safeharbour.audit.models import AuditEntry
from safeharbour.audit.tags import AuditTag
from safeharbour.cli.app import app
from safeharbour.detection.banks.actions import (
    do_add_bank_entries,
    do_create_bank,
    do_remove_bank_entries,
    do_update_bank,
)
from safeharbour.detection.banks.models import Bank, BankEntry
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.scanner import ScanInput, Scanner
from safeharbour.detection.signals.hashing import hamming_distance, hash_file
from safeharbour.kit.db import Actor
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from tests.conftest import TEST_DATA
from tests.factories import account, post

REG = TEST_DATA / "pdq" / "pdq" / "data" / "reg-test-input"
ACTOR = Actor("cli", "tester", "admin")


@pytest.fixture
def run(settings: Any, monkeypatch: Any) -> Any:
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    runner = CliRunner()

    def invoke(*args: str) -> Any:
        return runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)])

    return invoke


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def jsonl(path: Path, events: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"\n".join(orjson.dumps(e) for e in events) + b"\n")
    return path


def banks(container: Any) -> dict[str, Bank]:
    with container.database.reader() as session:
        return {b.name: b for b in session.scalars(select(Bank))}


def test_import_creates_the_bank_and_is_incremental(
    run: Any, container: Any, tmp_path: Path
) -> None:
    source = write(tmp_path / "md5.txt", "# a comment\n" + "A" * 32 + "\n\n" + "b" * 32 + "\n")
    first = run("bank", "import", "ngo", "--signal", "md5", str(source))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == (
        "bank ngo: added 2 md5 values, 0 already present (bank created: enabled, policy review)"
    )
    bank = banks(container)["ngo"]
    assert (bank.enabled, bank.policy, bank.shadow, bank.irreversible_ok) == (
        True,
        "review",
        False,
        False,
    )
    write(source, "a" * 32 + "\n" + "c" * 32 + "\n")
    again = run("bank", "import", "ngo", "--signal", "md5", str(source))
    assert again.stdout.strip() == "bank ngo: added 1 md5 values, 1 already present"
    removed = run("bank", "import", "ngo", "--signal", "md5", "--remove", str(source))
    assert removed.stdout.strip() == "bank ngo: removed 2 md5 values, 0 not found"
    with container.database.reader() as session:
        assert session.scalars(select(BankEntry.value)).all() == ["b" * 32]
        tags = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert tags[-4:] == [
        AuditTag.DETECTION_BANK_CREATED,
        AuditTag.DETECTION_BANK_ENTRIES_ADDED,
        AuditTag.DETECTION_BANK_ENTRIES_ADDED,
        AuditTag.DETECTION_BANK_ENTRIES_REMOVED,
    ]


@pytest.mark.parametrize(
    ("signal", "lines", "bad_line"),
    [
        ("pdq", ["f" * 64, "f" * 63], 2),
        ("md5", ["x" * 32], 1),
        ("sha256", ["a" * 64, "", "a" * 32], 3),
        ("regex", ["ok", "(broken"], 2),
        ("regex", ["(a+)+$"], 1),
        ("url", ["https://example.com/", "javascript:alert(1)"], 2),
        ("domain", ["example.com", "nonsense"], 2),
    ],
)
def test_invalid_lines_exit_2_naming_the_line_and_store_nothing(
    run: Any, container: Any, tmp_path: Path, signal: str, lines: list[str], bad_line: int
) -> None:
    source = write(tmp_path / "values.txt", "\n".join(lines) + "\n")
    result = run("bank", "import", "bad", "--signal", signal, str(source))
    assert result.exit_code == 2
    assert f"line {bad_line}:" in result.stderr
    assert result.stdout == ""
    assert banks(container) == {}


def test_import_argument_errors(run: Any, tmp_path: Path) -> None:
    source = write(tmp_path / "v.txt", "x\n")
    assert run("bank", "import", "b", "--signal", "phash", str(source)).exit_code == 2
    assert (
        run("bank", "import", "b", "--signal", "url", "--format", "xml", str(source)).exit_code == 2
    )
    missing = run("bank", "import", "b", "--signal", "url", str(tmp_path / "none.txt"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    domain_tx = run(
        "bank", "import", "b", "--signal", "domain", "--format", "threatexchange", str(source)
    )
    assert domain_tx.exit_code == 2


def test_csv_and_threatexchange_formats(run: Any, container: Any, tmp_path: Path) -> None:
    csv_file = write(
        tmp_path / "list.csv",
        "value,category,comment\nhttps://Evil.example.com/a,scam,x\nhttp://b.example.org,,\n",
    )
    assert (
        run(
            "bank", "import", "links", "--signal", "url", "--format", "csv", str(csv_file)
        ).exit_code
        == 0
    )
    tx = write(
        tmp_path / "tx.txt",
        f"pdq {'ab' * 32}\nvideo_md5 {'cd' * 16}\nraw_text free money\npdq {'ef' * 32}\n",
    )
    result = run("bank", "import", "tx", "--signal", "pdq", "--format", "threatexchange", str(tx))
    assert result.exit_code == 0, result.output
    assert "added 2 pdq values" in result.stdout
    kw = run("bank", "import", "tx", "--signal", "keyword", "--format", "threatexchange", str(tx))
    assert "added 1 keyword values" in kw.stdout
    with container.database.reader() as session:
        values = set(session.scalars(select(BankEntry.value)))
    assert {
        "https://evil.example.com/a",
        "http://b.example.org/",
        "ab" * 32,
        "free money",
    } <= values


def test_bank_set(run: Any, container: Any, tmp_path: Path) -> None:
    source = write(tmp_path / "kw.txt", "free money\n")
    run("bank", "import", "scam", "--signal", "keyword", str(source))
    result = run(
        "bank", "set", "scam", "--policy", "act",
        "--category", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "--irreversible-ok",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["policy"] == "act" and shown["irreversible_ok"] is True
    assert shown["category"] == "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
    assert (
        json.loads(run("bank", "set", "scam", "--no-irreversible-ok").stdout)["irreversible_ok"]
        is False
    )
    bad_policy = run("bank", "set", "scam", "--policy", "delete")
    assert bad_policy.exit_code == 2 and "policy" in bad_policy.stderr
    bad_category = run("bank", "set", "scam", "--category", "SCAMS")
    assert bad_category.exit_code == 2 and "category" in bad_category.stderr
    missing = run("bank", "set", "nope", "--policy", "tag")
    assert missing.exit_code == 2 and "name" in missing.stderr


def test_scan_contract(run: Any, container: Any, tmp_path: Path) -> None:
    original = REG / "dih" / "bridge-1-original.jpg"
    flat = REG / "labelme-subset" / "q0003.jpg"
    banked = hash_file(original)
    near = hash_file(original, reduced=True)  # a near-duplicate: reduced-size decoding
    low = hash_file(flat)
    assert banked.pdq and near.pdq and low.pdq and low.pdq_quality is not None
    assert low.pdq_quality < 50
    distance = hamming_distance(banked.pdq, near.pdq)
    assert 0 < distance <= 31
    run(
        "bank",
        "import",
        "csam",
        "--signal",
        "pdq",
        str(write(tmp_path / "p", f"{banked.pdq}\n{low.pdq}\n")),
    )
    run("bank", "set", "csam", "--policy", "act")
    run("bank", "import", "scam", "--signal", "keyword", str(write(tmp_path / "k", "free money\n")))
    run("bank", "import", "scam", "--signal", "domain", str(write(tmp_path / "d", "evil.co.uk\n")))
    run("bank", "set", "scam", "--policy", "tag")
    run(
        "bank",
        "import",
        "sha",
        "--signal",
        "sha256",
        str(write(tmp_path / "s", f"{banked.sha256}\n")),
    )
    run("bank", "import", "ours", "--signal", "domain", "--allow-list",
        str(write(tmp_path / "a", "help.evil.co.uk\n")))  # fmt: skip
    events = [
        post("p1", "Fr\u200bee m0ney at https://shop.EVIL.co.uk/x"),
        post(
            "p2",
            "look",
            media=[{"id": "m1", "kind": "image", "pdq": near.pdq, "pdq_quality": near.pdq_quality}],
        ),
        post(
            "p3",
            "see https://help.evil.co.uk/faq",
            media=[
                {"id": "m2", "kind": "image", "pdq": low.pdq, "pdq_quality": low.pdq_quality},
                {"id": "m3", "kind": "image", "sha256": banked.sha256},
            ],
        ),
        account("acc-9"),
    ]
    result = run("scan", str(jsonl(tmp_path / "events.jsonl", events)), "--json")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {
            "event_id": events[0]["event_id"],
            "matches": [
                {"bank": "scam", "signal": "domain", "value": "evil.co.uk", "distance": 0},
                {"bank": "scam", "signal": "keyword", "value": "free money", "distance": 0},
            ],
            "verdict": "tag",
        },
        {
            "event_id": events[1]["event_id"],
            "matches": [
                {"bank": "csam", "signal": "pdq", "value": banked.pdq, "distance": distance}
            ],
            "verdict": "act",
        },
        {
            "event_id": events[2]["event_id"],
            "matches": [{"bank": "sha", "signal": "sha256", "value": banked.sha256, "distance": 0}],
            "verdict": "review",
        },
        {"event_id": events[3]["event_id"], "matches": [], "verdict": "none"},
    ]
    run("bank", "set", "csam", "--shadow")
    shadow = json.loads(
        run("scan", str(tmp_path / "events.jsonl"), "--json").stdout.splitlines()[1]
    )
    assert shadow["verdict"] == "none" and shadow["matches"][0]["bank"] == "csam"
    with container.database.reader() as session:  # scan stores nothing
        stored = select(func.count()).select_from(AuditEntry)
        assert session.scalar(stored.where(AuditEntry.action.like("platform:%"))) == 0


def test_scan_rejects_invalid_events(run: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"event_id": "e", "type": "post.created", "occurred_at": "x", "data": {}}\nnot json\n'
    )
    result = run("scan", str(bad), "--json")
    assert result.exit_code == 2
    assert "line 1" in result.stderr and "line 2" in result.stderr
    assert result.stdout == ""


def test_actions_validate_and_audit(container: Any) -> None:
    with container.database.uow() as unit:
        bank = do_create_bank(unit, "b", source="NGO programme", actor=ACTOR)
        assert (
            do_add_bank_entries(
                unit, bank, Signal.URL, ["example.com/x", "http://example.com/x"], actor=ACTOR
            )
            == 1
        )
        with pytest.raises(InvalidInput) as caught:
            do_add_bank_entries(unit, bank, Signal.MD5, ["a" * 32, "zz"], actor=ACTOR)
        assert caught.value.errors[0].field == "values.1"
        with pytest.raises(Conflict):
            do_create_bank(unit, "b", actor=ACTOR)
        with pytest.raises(NotFound):
            do_update_bank(unit, "missing", policy="act", actor=ACTOR)
        do_update_bank(unit, "b", policy="review", actor=ACTOR)  # no change: no audit entry
        assert (
            do_remove_bank_entries(unit, bank, Signal.URL, ["http://example.com/x"], actor=ACTOR)
            == 1
        )
        unit.commit()
    with container.database.reader() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action.like("detection:%"))
        ).all()
        scanner = Scanner.from_session(session)
    assert actions == [
        AuditTag.DETECTION_BANK_CREATED,
        AuditTag.DETECTION_BANK_ENTRIES_ADDED,
        AuditTag.DETECTION_BANK_ENTRIES_REMOVED,
    ]
    assert scanner.scan(ScanInput("e", "http://example.com/x")).matches == ()
