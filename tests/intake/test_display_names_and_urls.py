"""Ingest: an account's optional display name and a post's optional address."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.intake.models import Account, Post
from tests.conftest import bearer
from tests.factories import account, post


@pytest.fixture
def platform_key(make_key: Any) -> str:
    return make_key("platform")


def send(client: Any, key: str, events: list[dict[str, Any]]) -> Any:
    return client.post("/api/v1/events", json={"events": events}, headers=bearer(key))


def test_display_name_and_url_are_stored_and_kept_by_events_without_them(
    client: Any, container: Any, platform_key: str
) -> None:
    url = "https://chat.demo.example/p/12345"
    first = send(
        client,
        platform_key,
        [account("acc-1", display_name="Alice A."), post("12345", "hello", url=url)],
    )
    assert first.status_code == 200, first.text
    edit = post("12345", "hello again", type_="post.edited", at="2026-05-01T11:00:00Z")
    assert send(client, platform_key, [edit]).status_code == 200
    with container.database.reader() as s:
        assert s.scalar(select(Account.display_name).where(Account.id == "acc-1")) == "Alice A."
        assert s.execute(select(Post.text, Post.url).where(Post.id == "12345")).one() == (
            "hello again",
            url,
        )


def test_an_empty_display_name_is_refused_naming_the_field(client: Any, platform_key: str) -> None:
    answer = send(client, platform_key, [account("acc-2", display_name="")])
    assert answer.status_code == 422
    assert "display_name" in answer.text
