"""A rule may act on an image match by quarantining the post's media instead of removing the
post: the media item goes out of circulation, the text stays, the author gets a statement."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.values import Signal
from safeharbour.review.models import Decision, DecisionAction
from tests.detection.test_pipeline import ACTOR, ingest
from tests.detection.test_rules_pipeline import rules_file
from tests.factories import account, channel, post

# PDQ of LA.png in tests/data/pdq/expected_hashes.csv (quality 100).
LA_PDQ = "accb6d39648035f8125c8ce6ba65007de7b54c67a2d93ef7b8f33b0611306715"
RULES = """\
rules:
  - id: gore-images
    when: {match: {bank: gore}}
    act:
      actions: [quarantine_media]
      reference: "ToS 3.1 (graphic violence)"
      statement: "An attached image matches a known graphic-violence image."
"""


def test_a_rule_quarantines_the_matched_posts_media_and_keeps_the_post(container: Any) -> None:
    with container.database.uow() as unit:
        gore = do_create_bank(unit, "gore", policy="tag", actor=ACTOR)
        do_add_bank_entries(unit, gore, Signal.PDQ, [LA_PDQ], actor=ACTOR)
        unit.commit()
    rules_file(container, RULES)
    image = {"id": "img-1", "kind": "image", "mime": "image/png", "pdq": LA_PDQ}
    ingest(
        container,
        [account("acc-1"), channel("chan-1"), post("p1", "look", media=[image]), post("p2", "hi")],
    )
    platform = container.nta.platform
    assert platform.state_of("img-1") == ["quarantine_media"]
    assert platform.state_of("p1") == []  # the post stays; only its media is quarantined
    assert platform.state_of("p2") == []
    [statement] = platform.messages_to("acc-1")
    assert statement.args["notify"] == "statement_of_reasons"
    assert "ToS 3.1 (graphic violence)" in statement.args["text"]
    with container.database.reader() as session:
        [decision] = session.scalars(select(Decision)).all()
        assert decision.automated_decision == "AUTOMATED_DECISION_FULLY"
        [action] = session.scalars(select(DecisionAction)).all()
        assert (action.kind, action.target_kind, action.target_id) == (
            "quarantine_media",
            "post",
            "p1",
        )
