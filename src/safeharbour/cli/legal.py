"""`safeharbour legal ...`: commands of the legal context (authority requests).

`legal assess FILE.json [--json]` runs the assessment engine on one request and prints its
proposal. It stores nothing, touches no data directory and needs no database: it is what other
tools (the gateway's tests, a legal officer trying a policy change) drive, so its output is a
contract: with `--json`, stdout carries exactly one JSON object on one line; errors go to stderr
as `error: <field>: <message>`. Exit 0 for any assessment (a refusal is an assessment, not a
failure), 2 for invalid input, 1 when the packaged policy itself fails to load (a bug in the
release, never the caller's fault).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from safeharbour.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_INVALID,
    DataDirOption,
    domain_errors,
    fail,
    out,
)

if TYPE_CHECKING:
    from safeharbour.legal.assessment import Assessment


def register(app: typer.Typer) -> None:
    legal = typer.Typer(
        no_args_is_help=True,
        help="Authority requests: assess them against the legal policy.",
    )
    legal.command("assess")(assess_command)
    legal.command("designate-tco")(designate_tco_command)
    app.add_typer(legal, name="legal")


def assess_command(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE.json",
            help="The request as JSON (the gateway's body plus derived facts); - reads stdin.",
            show_default=False,
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the assessment as one JSON object.")
    ] = False,
    policy_path: Annotated[
        Path | None,
        typer.Option(
            "--policy",
            help="Assess under this policy.yaml instead of the packaged one (to try a change).",
            show_default=False,
        ),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Print, per target, the rules that fired and the policy data rows they read.",
        ),
    ] = False,
) -> None:
    """Assess one authority request without storing anything; print the engine's proposal."""
    import orjson

    from safeharbour.legal.assessment import (
        PolicyError,
        assess,
        default_policy,
        load_policy,
        parse_request,
    )

    raw = _read(file)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        fail(f"not valid JSON: {exc}", field="file")
    try:
        policy = default_policy() if policy_path is None else load_policy(policy_path)
    except PolicyError as exc:
        code = EXIT_INVALID if policy_path is not None else EXIT_CHECK_FAILED
        fail(str(exc), field="policy", code=code)
    with domain_errors():
        assessment = assess(parse_request(data), policy)
    if as_json:
        out(orjson.dumps(assessment.model_dump(mode="json")).decode("utf-8"))
    elif explain:
        _explain(assessment)
    else:
        _summary(assessment)


def _read(file: str) -> bytes:
    if file == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(file).read_bytes()
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror or exc}", field="file")


def _summary(assessment: Assessment) -> None:
    """A readable proposal for a person at a terminal. Not a contract: use --json for tools."""
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, soft_wrap=True)
    a: dict[str, Any] = assessment.model_dump(mode="json")
    j = a["jurisdiction"]
    score = "no estimate" if j["score"] is None else f"{j['score']:+.2f} ({j['year']})"
    console.print(f"[bold]Proposal:[/bold] {a['disposition']}  scope: {a['scope']}", markup=True)
    console.print(
        f"Jurisdiction: {j['country']} {j['name'] or ''} — rule of law {j['rule_of_law']}, "
        f"{score}{', EU' if j['eu'] else ', EEA' if j['eea'] else ''}",
        markup=False,
    )
    instrument = a["instrument"]
    console.print(
        f"Instrument: {instrument['claimed']} → {instrument['effective']} "
        f"({'binding' if instrument['binding'] else 'voluntary'})",
        markup=False,
    )
    console.print(f"Deadline: {a['deadline']} — {a['deadline_basis']}", markup=False)
    if a["targets"]:
        table = Table("target", "disposition", "action", "scope", "disclose", "rules")
        for t in a["targets"]:
            table.add_row(
                f"{t['kind']} {t['id']}",
                t["disposition"]
                + (
                    f" (under the terms: {t['acted_under_terms']})"
                    if t["acted_under_terms"] != "none"
                    else ""
                ),
                t["action"],
                t["scope"],
                ", ".join(t["disclose"]) or "-",
                "\n".join(t["rules"]) or "-",
            )
        console.print(table)
    console.print(f"Disclose: {', '.join(a['disclose']) or 'nothing'}", markup=False)
    if a["missing"]:
        console.print("[bold]Missing:[/bold]", markup=True)
        for m in a["missing"]:
            console.print(f"  {m['field']}: {m['need']}", markup=False)
    console.print("[bold]Reasons:[/bold]", markup=True)
    for r in a["reasons"]:
        console.print(f"  {r['rule']}: {r['text']}", markup=False)
        for detail in r["details"]:
            console.print(f"      - {detail}", markup=False)
    approvals = ", ".join(
        f"{p['distinct_people']} x {p['role']} ({p['stage']})" for p in a["approvals_required"]
    )
    console.print(
        f"Approvals: {approvals}; auto-executable: {'yes' if a['auto_executable'] else 'no'}",
        markup=False,
    )
    note = a["user_notification"]
    console.print(
        f"User notification: {note['when']}"
        + (f" from {note['not_before']}" if note["not_before"] else ""),
        markup=False,
    )
    if a["file_as_notice"]:
        console.print("Also filed as an ordinary notice.", markup=False)
    console.print(
        f"Policy {a['policy_version']}  proposal {a['proposal_digest'][:16]}", markup=False
    )


def _explain(assessment: Assessment) -> None:
    """Per target: its disposition, the rules that fired with how they applied, and the policy
    data rows each read (competence and emergency rows, tiers, jurisdiction and deadline rows).
    Rows marked [verify] could not be checked against the text of the law when written."""
    a: dict[str, Any] = assessment.model_dump(mode="json")
    lines = [
        f"Request: {a['disposition']} (policy {a['policy_version']}, "
        f"{a['jurisdiction']['country']} rule of law {a['jurisdiction']['rule_of_law']})"
    ]
    competence = a["competence"]
    if competence is not None:
        lines.append(
            f"Competence: {competence['level']} rows {', '.join(competence['rows'])}: "
            + ("competent" if competence["competent"] else "not established")
            + (" [verify]" if competence["verify"] else "")
        )
    for t in a["targets"]:
        lines.append("")
        head = f"{t['kind']} {t['id']}: {t['disposition']}"
        if t["acted_under_terms"] != "none":
            head += f"; {t['acted_under_terms']} under the platform's terms"
        lines.append(head)
        for reason in t["reasons"]:
            lines.append(f"  {reason['rule']}")
            lines.extend(f"    - {detail}" for detail in reason["details"])
            lines.extend(f"    reads {row}" for row in reason["rows"])
        for missing in t["missing"]:
            lines.append(f"  missing {missing['field']}: {missing['need']}")
            if missing["why"]:
                lines.append(f"    why: {missing['why']}")
    request_level = [
        r for r in a["reasons"] if not any(r["rule"] in t["rules"] for t in a["targets"])
    ]
    if request_level:
        lines.append("")
        lines.append("The request as a whole:")
        for reason in request_level:
            lines.append(f"  {reason['rule']}")
            lines.extend(f"    - {detail}" for detail in reason["details"])
    if a["review_after"]:
        lines.append("")
        lines.append("Released now; human-rights review after the fact (counted in the report).")
    out("\n".join(lines))


def designate_tco_command(
    agency_id: Annotated[str, typer.Argument(help="The agency's id.")],
    register: Annotated[
        str | None,
        typer.Option(
            "--register",
            help="The entry of the Commission's register of TCO competent authorities "
            "(Art. 12(4)) the agency is listed in.",
            show_default=False,
        ),
    ] = None,
    clear: Annotated[
        bool, typer.Option("--clear", help="The agency is no longer designated.")
    ] = False,
    data_dir: DataDirOption = None,
) -> None:
    """Record that an agency is designated under TCO Art. 12 (or clear it): only designated
    agencies are competent for TCO removal orders."""
    from safeharbour.cli.context import cli_actor, open_container
    from safeharbour.kit.ids import parse_id
    from safeharbour.legal.tco_designation import do_set_agency_tco_designation

    if (register is None) == (not clear):
        fail("give --register REFERENCE or --clear", field="register")
    with domain_errors():
        parsed = parse_id(agency_id, field="agency")
        with open_container(data_dir) as container:
            agency = container.tx.write(
                lambda unit: do_set_agency_tco_designation(
                    unit, parsed, reference=None if clear else register, actor=cli_actor()
                ),
            )
            designation = agency.tco_designation
    out(f"{parsed}\t{designation or 'not designated'}")
