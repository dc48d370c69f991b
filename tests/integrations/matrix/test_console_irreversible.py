"""Before a decision is confirmed, the case form says which measures this platform cannot
undo (issue 7: a Matrix redaction), read from the adapter's declaration."""

from __future__ import annotations

from typing import Any

from safeharbour.bootstrap import Container
from safeharbour.integrations.fakes.platform import InMemoryPlatform
from tests.nta import notice_body
from tests.review.test_consoles import sign_in

MARK = "data-irreversible"


def test_the_case_form_marks_the_measures_the_platform_cannot_undo(
    client: Any, container: Container, mirror: None, submit: Any, case_of: Any, make_user: Any
) -> None:
    case_id = case_of(submit(notice_body())["id"])
    make_user("mod@example.org", "moderator")
    sign_in(client, "mod@example.org")
    page = f"/console/moderator/cases/{case_id}"
    assert MARK not in client.get(page).text  # the in-memory platform undoes everything

    platform = container.nta.platform
    assert isinstance(platform, InMemoryPlatform)
    platform.irreversible_actions.add("remove_post")
    html = client.get(page).text
    assert html.count(MARK) == 1
    marked = html[html.index('value="remove_post"') : html.index(MARK)]
    assert "</label>" not in marked  # the note is on the removal's own label
