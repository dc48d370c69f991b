"""A NUL character inside an expanded IN list is refused as a field-named 422, like any other."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.intake.models import Channel
from safeharbour.kit.db import make_engine
from safeharbour.kit.errors import InvalidInput


def test_a_nul_character_in_an_in_list_is_invalid_input(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with Session(engine) as session, pytest.raises(InvalidInput) as caught:
            session.execute(
                select(Channel.id).where(Channel.id.in_(["a", "b", "c\x00d", "e"]))
            ).all()
        assert "NUL" in str(caught.value)
    finally:
        engine.dispose()
