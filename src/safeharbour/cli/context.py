"""Opening the container for one CLI command (data dir, migrations, keys)."""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Iterator
from pathlib import Path

from safeharbour.bootstrap import Container, build_container
from safeharbour.config import load_settings
from safeharbour.kit.db import Actor


@contextlib.contextmanager
def open_container(data_dir: Path | None) -> Iterator[Container]:
    container = build_container(load_settings(data_dir))
    try:
        yield container
    finally:
        container.close()


def cli_actor() -> Actor:
    """Commands act as the operating-system user who ran them (an account name, not a person's
    e-mail), which is what an operator expects to find in the audit log."""
    try:
        name = getpass.getuser()
    except Exception:
        name = "unknown"
    return Actor("cli", name[:100], "admin")
