"""Matrix commands: `matrix register` writes the application-service registration.

Contract (issue 7): `safeharbour matrix register --homeserver-url URL --as-url URL --out FILE`.
The tokens are generated once into the data directory's `keys/`, so running it again writes
the same file. Needs no database and no running homeserver.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeharbour.cli.common import DataDirOption, domain_errors, err, out

matrix_app = typer.Typer(no_args_is_help=True, help="The Matrix homeserver (Synapse) adapter.")


def register(app: typer.Typer) -> None:
    app.add_typer(matrix_app, name="matrix")
    matrix_app.command("register")(register_command)


def register_command(
    homeserver_url: Annotated[
        str,
        typer.Option(
            "--homeserver-url",
            help="The homeserver's client URL (give the same to serve as "
            "SAFEHARBOUR_MATRIX_HOMESERVER_URL).",
            show_default=False,
        ),
    ],
    as_url: Annotated[
        str,
        typer.Option(
            "--as-url",
            help="Where Synapse reaches `safeharbour serve` (its base URL).",
            show_default=False,
        ),
    ],
    out_file: Annotated[
        Path,
        typer.Option(
            "--out", help="The registration YAML to write (mode 0600).", show_default=False
        ),
    ],
    data_dir: DataDirOption = None,
) -> None:
    """Write the application-service registration for Synapse's `app_service_config_files`.

    Prints the file's path on stdout. Exit 2 on a malformed URL, naming the option.
    """
    from safeharbour.config import load_settings
    from safeharbour.integrations.matrix.registration import check_http_url, write_registration

    with domain_errors():
        settings = load_settings(data_dir)
        check_http_url(homeserver_url, field="--homeserver-url")
        document = write_registration(settings, as_url, out_file)
    err.print(
        f"Registration '{document['id']}' written (bot @{document['sender_localpart']}). Add it "
        "to the homeserver's app_service_config_files, restart it, then run serve with "
        f"SAFEHARBOUR_MATRIX_HOMESERVER_URL={homeserver_url.rstrip('/')} and "
        "SAFEHARBOUR_MATRIX_ADMIN_TOKEN=<an admin's access token>.",
        markup=False,
    )
    out(str(out_file))
