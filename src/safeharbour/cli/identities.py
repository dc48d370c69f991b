"""Identity commands: console users, agencies (authorities) and trusted flaggers.

stdout carries only the contract output (the new id alone on a line, or a table for `list`);
prompts, the TOTP provisioning URI and errors go to stderr. Passwords are read from standard
input, never from an option, so that they stay out of shell history and process listings.
"""

from __future__ import annotations

import getpass
import sys
import uuid
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from safeharbour.cli.common import DataDirOption, domain_errors, err, fail, out
from safeharbour.cli.context import cli_actor, open_container
from safeharbour.kit.clock import rfc3339

users_app = typer.Typer(no_args_is_help=True, help="Console users.")
agencies_app = typer.Typer(no_args_is_help=True, help="Agencies (authorities) and their keys.")
flaggers_app = typer.Typer(no_args_is_help=True, help="Trusted flaggers (DSA Art. 22).")


def _read_password() -> str:
    """The first line of stdin (without its line ending); a silent prompt on a terminal."""
    if sys.stdin is None:
        fail("no password: pipe it on standard input", field="password")
    if sys.stdin.isatty():
        return getpass.getpass("Password: ", stream=sys.stderr)
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        fail("no password: give it as the first line of standard input", field="password")
    return password


def _optional_id(value: str | None, field: str) -> uuid.UUID | None:
    from safeharbour.kit.ids import parse_id

    return parse_id(value, field=field) if value else None


def _table(*columns: str) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in columns:
        table.add_column(column, no_wrap=True)
    return table


def _print_table(table: Table) -> None:
    # Piped output gets a wide virtual terminal, so that ids are never folded or cut.
    width = None if sys.stdout.isatty() else 400
    Console(highlight=False, width=width).print(table)


# -- users ------------------------------------------------------------------------------------
@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option("--email", help="Sign-in address (stored lower-cased).")],
    role: Annotated[str, typer.Option("--role", help="Role the user acts with.")],
    agency: Annotated[
        str | None, typer.Option("--agency", help="Agency id (required for role authority).")
    ] = None,
    flagger: Annotated[
        str | None,
        typer.Option("--flagger", help="Trusted flagger id (required for role trusted_flagger)."),
    ] = None,
    totp: Annotated[
        bool,
        typer.Option(
            "--totp",
            help="Require a TOTP code at sign-in (always done for roles that can see or "
            "release personal data); prints its secret and URI.",
        ),
    ] = False,
    data_dir: DataDirOption = None,
) -> None:
    """Create a console user; reads the password (12+ characters) from stdin, prints the id.

    For admin, senior_moderator, legal_officer, auditor and authority (and any role with
    --totp) a TOTP secret is enrolled; the secret and its otpauth:// provisioning URI are
    printed to stderr, once.
    """
    from safeharbour.authz.users import do_create_user

    password = _read_password()
    with domain_errors():
        agency_id = _optional_id(agency, "agency")
        flagger_id = _optional_id(flagger, "flagger")
        with open_container(data_dir) as container:
            created = container.tx.write(
                lambda unit: do_create_user(
                    unit,
                    email=email,
                    password=password,
                    role=role,
                    agency_id=agency_id,
                    flagger_id=flagger_id,
                    totp=True if totp else None,
                    cipher=container.keys.cipher,
                    actor=cli_actor(),
                ),
            )
    if created.totp is not None:
        err.print(
            "TOTP enabled. Add this to the user's authenticator app (shown once):", markup=False
        )
        err.print(f"secret: {created.totp.secret}", markup=False)
        err.print(created.totp.provisioning_uri, markup=False)
    out(str(created.id))


@users_app.command("list")
def users_list(data_dir: DataDirOption = None) -> None:
    """List console users, newest first (at most 1,000)."""
    from safeharbour.authz.users import list_users

    table = _table("id", "email", "role", "acts for", "totp", "created", "status")
    with (
        domain_errors(),
        open_container(data_dir) as container,
        container.database.reader() as session,
    ):
        for user in list_users(session):
            owner = user.agency_id or user.flagger_id
            table.add_row(
                str(user.id),
                user.email,
                user.role,
                str(owner) if owner else "-",
                "yes" if user.totp_required else "no",
                rfc3339(user.created_at),
                "disabled" if user.disabled_at else "active",
            )
    _print_table(table)


# -- agencies ---------------------------------------------------------------------------------
@agencies_app.command("add")
def agencies_add(
    name: Annotated[str, typer.Option("--name", help="The agency's official name.")],
    country: Annotated[str, typer.Option("--country", help="ISO 3166-1 alpha-2 code.")],
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            help="court | prosecutor | police | regulator | ministry | intelligence | other",
        ),
    ],
    domain: Annotated[
        list[str],
        typer.Option("--domain", help="Official e-mail domain; repeat for several."),
    ],
    signing_key: Annotated[
        str | None,
        typer.Option("--signing-key", help="Base64 of the raw 32-byte Ed25519 public key."),
    ] = None,
    callback_phone: Annotated[
        str | None,
        typer.Option(
            "--callback-phone",
            help="Pre-verified number (E.164) legal officers call back to verify emergencies.",
        ),
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Onboard an agency (an authority that may send legal requests); prints its id."""
    from safeharbour.legal.agencies import do_add_agency

    with domain_errors(), open_container(data_dir) as container:
        agency = container.tx.write(
            lambda unit: do_add_agency(
                unit,
                name=name,
                country=country,
                kind=kind,
                domains=domain,
                signing_key_b64=signing_key,
                callback_phone=callback_phone,
                cipher=container.keys.cipher,
                actor=cli_actor(),
            ),
        )
    out(str(agency.id))


@agencies_app.command("set-callback")
def agencies_set_callback(
    agency_id: Annotated[str, typer.Argument(help="The agency's id.")],
    phone: Annotated[
        str, typer.Option("--phone", help="The pre-verified call-back number (E.164).")
    ],
    data_dir: DataDirOption = None,
) -> None:
    """Set the number legal officers call back to verify the agency's emergency requests."""
    from safeharbour.kit.ids import parse_id
    from safeharbour.legal.agencies import do_set_agency_callback_phone

    with domain_errors():
        parsed = parse_id(agency_id, field="agency")
        with open_container(data_dir) as container:
            container.tx.write(
                lambda unit: do_set_agency_callback_phone(
                    unit,
                    parsed,
                    callback_phone=phone,
                    cipher=container.keys.cipher,
                    actor=cli_actor(),
                ),
            )
    out(str(parsed))


@agencies_app.command("list")
def agencies_list(data_dir: DataDirOption = None) -> None:
    """List agencies, newest first (at most 1,000)."""
    from safeharbour.legal.agencies import list_agencies

    table = _table("id", "name", "country", "kind", "domains", "signing key", "call-back")
    with (
        domain_errors(),
        open_container(data_dir) as container,
        container.database.reader() as session,
    ):
        for agency in list_agencies(session):
            table.add_row(
                str(agency.id),
                agency.name,
                agency.country,
                agency.kind,
                ", ".join(agency.domains),
                "yes" if agency.signing_key_b64 else "no",
                "yes" if agency.callback_phone_encrypted else "no",
            )
    _print_table(table)


# -- trusted flaggers -------------------------------------------------------------------------
@flaggers_app.command("add")
def flaggers_add(
    name: Annotated[str, typer.Option("--name", help="The organisation's name.")],
    data_dir: DataDirOption = None,
) -> None:
    """Register a trusted flagger; prints its id."""
    from safeharbour.intake.flaggers import do_add_trusted_flagger

    with domain_errors(), open_container(data_dir) as container:
        flagger = container.tx.write(
            lambda unit: do_add_trusted_flagger(unit, name=name, actor=cli_actor()),
        )
    out(str(flagger.id))


@flaggers_app.command("list")
def flaggers_list(data_dir: DataDirOption = None) -> None:
    """List trusted flaggers, newest first (at most 1,000)."""
    from safeharbour.intake.flaggers import list_trusted_flaggers

    table = _table("id", "name", "created")
    with (
        domain_errors(),
        open_container(data_dir) as container,
        container.database.reader() as session,
    ):
        for flagger in list_trusted_flaggers(session):
            table.add_row(str(flagger.id), flagger.name, rfc3339(flagger.created_at))
    _print_table(table)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
    app.add_typer(agencies_app, name="agencies")
    app.add_typer(flaggers_app, name="flaggers")
