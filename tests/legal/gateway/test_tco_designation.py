"""Competence for TCO removal orders is a look-up in the Commission's register, recorded on the
agency: without the designation the order waits (and names what to send); with it the same
order is complied with at once. Set through the admin API and the CLI, audited, additive column."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from typer.testing import CliRunner

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.cli.app import app as cli_app
from safeharbour.legal.models import Agency
from tests.conftest import bearer
from tests.legal.gateway.conftest import OFFICER, Agent, removal_order

REGISTER = "Commission register of TCO competent authorities: Germany, Bundeskriminalamt"


def tco_order() -> dict[str, Any]:
    return removal_order(
        legal_instrument="tco",
        legal_basis="Regulation (EU) 2021/784 Art. 3",
        offence_category="STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        statement="Terrorist propaganda video.",
    )


def proposal_of(client: Any, agent: Agent, officer: dict[str, str]) -> dict[str, Any]:
    reply = agent.submit(client, tco_order())
    assert reply.status_code == 201, reply.text
    view = client.get(f"{OFFICER}/{reply.json()['id']}", headers=officer).json()
    return view["proposal"]


def test_a_tco_order_waits_for_the_designation_and_is_acted_on_once_it_is_recorded(
    client: Any, container: Container, make_agent: Any, officer: dict[str, str], make_key: Any
) -> None:
    agent = make_agent("Landeskriminalamt", domains=("lka.example.de",), tco_designation=None)
    before = proposal_of(client, agent, officer)
    assert before["disposition"] == "need_more_info"
    assert [m["field"] for m in before["missing"]] == ["authority.tco_designation"]
    assert "Art. 12" in before["missing"][0]["why"]
    assert before["competence"]["rows"] == ["C-EU-TCO"]

    admin = bearer(make_key("admin"))
    url = f"/api/v1/admin/agencies/{agent.id}/tco-designation"
    done = client.put(url, json={"register_reference": f"  {REGISTER} "}, headers=admin)
    assert done.status_code == 200, done.text
    assert done.json() == {"agency": str(agent.id), "tco_designation": REGISTER}

    after = proposal_of(client, agent, officer)
    assert after["competence"]["competent"] is True
    assert after["missing"] == []
    assert after["disposition"] != "need_more_info"

    cleared = client.delete(url, headers=admin)
    assert cleared.status_code == 200 and cleared.json()["tco_designation"] is None
    with container.database.reader() as session:
        agency = session.get(Agency, agent.id)
        assert agency is not None and agency.tco_designation is None
        entries = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "authz:agency:updated")
                .order_by(AuditEntry.seq)
            )
        )
    assert [e.snapshot["tco_designation"] for e in entries] == [REGISTER, None]


def test_bad_designations_are_4xx_naming_the_field(
    client: Any, make_agent: Any, make_key: Any
) -> None:
    admin = bearer(make_key("admin"))
    turkish = make_agent("Emniyet", country="TR", domains=("egm.example.tr",))
    reply = client.put(
        f"/api/v1/admin/agencies/{turkish.id}/tco-designation",
        json={"register_reference": REGISTER},
        headers=admin,
    )
    assert reply.status_code == 422, reply.text
    assert "tco_designation" in reply.text and "EU Member States" in reply.text
    too_long = client.put(
        f"/api/v1/admin/agencies/{turkish.id}/tco-designation",
        json={"register_reference": "x" * 301},
        headers=admin,
    )
    assert too_long.status_code == 422
    missing = client.put(
        "/api/v1/admin/agencies/00000000-0000-0000-0000-000000000000/tco-designation",
        json={"register_reference": REGISTER},
        headers=admin,
    )
    assert missing.status_code == 404
    officer_only = client.put(
        f"/api/v1/admin/agencies/{turkish.id}/tco-designation",
        json={"register_reference": REGISTER},
        headers=bearer(make_key("legal_officer")),
    )
    assert officer_only.status_code == 403


def test_the_cli_sets_and_clears_the_designation(
    container: Container, make_agent: Any, settings: Any, monkeypatch: Any
) -> None:
    agent = make_agent("Landeskriminalamt", domains=("lka.example.de",), tco_designation=None)
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    runner = CliRunner()
    data_dir = str(settings.data_dir)
    done = runner.invoke(
        cli_app,
        ["legal", "designate-tco", str(agent.id), "--register", REGISTER, "--data-dir", data_dir],
    )
    assert done.exit_code == 0, done.stderr
    assert done.stdout.strip() == f"{agent.id}\t{REGISTER}"
    with container.database.reader() as session:
        agency = session.get(Agency, agent.id)
        assert agency is not None and agency.tco_designation == REGISTER
    cleared = runner.invoke(
        cli_app, ["legal", "designate-tco", str(agent.id), "--clear", "--data-dir", data_dir]
    )
    assert cleared.exit_code == 0, cleared.stderr
    assert cleared.stdout.strip().endswith("not designated")
    neither = runner.invoke(cli_app, ["legal", "designate-tco", str(agent.id)])
    assert neither.exit_code == 2
    assert "register" in neither.stderr
