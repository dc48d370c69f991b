"""Statements of reasons carry every Art. 17(3) element and valid DSA fields, no personal data."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from safeharbour.kit.dsa import EEA_TERRITORIAL_SCOPE
from safeharbour.transparency.statements import (
    StatementInput,
    _dsa_fields,
    build_elements,
    render_text,
)
from tests.conftest import TEST_DATA

WHEN = datetime(2026, 6, 1, 12, tzinfo=UTC)


def make(**overrides: object) -> StatementInput:
    values: dict[str, object] = {
        "decision_id": uuid.uuid4(),
        "decision_action_id": uuid.uuid4(),
        "action_kind": "restrict_post",
        "target_kind": "post",
        "target_id": "post-1",
        "affected_account_id": "acc-1",
        "countries": ("DE", "AT", "TR"),
        "until": None,
        "label_text": None,
        "ground_kind": "illegal_content",
        "ground_reference": "§ 86a StGB",
        "ground_explanation": "Use of symbols of unconstitutional organisations.",
        "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        "keywords": ("KEYWORD_HATE_SPEECH",),
        "facts": "The post shows a banned symbol in a call to a rally.",
        "source_type": "SOURCE_TRUSTED_FLAGGER",
        "notice_count": 3,
        "automated_detection": True,
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
        "decided_at": WHEN,
        "appeal_deadline": datetime(2026, 12, 2, 12, tzinfo=UTC),
        "content_date": datetime(2026, 5, 30, tzinfo=UTC),
        "media_kinds": ("image",),
    }
    values.update(overrides)
    return StatementInput(**values)  # type: ignore[arg-type]


def test_every_article_17_3_element_is_present() -> None:
    elements = build_elements(make())
    # (a) type, territorial scope, duration
    assert elements["decision"]["type"] == "restrict_post"
    assert elements["decision"]["territorial_scope"] == ["DE", "AT", "TR"]
    assert elements["decision"]["duration"] == "indefinite"
    # (b) facts and circumstances, notice or own initiative, no notifier identity
    facts = elements["facts_and_circumstances"]
    assert facts["text"].startswith("The post shows")
    assert facts["taken_on"] == "SOURCE_TRUSTED_FLAGGER"
    assert facts["notifier_identity"] == "not disclosed"
    # (c) automated means in detection and in the decision
    assert elements["automated_means"] == {
        "detection": True,
        "decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
    }
    # (d) legal ground and explanation
    assert elements["ground"] == {
        "kind": "illegal_content",
        "legal_ground": "§ 86a StGB",
        "explanation": "Use of symbols of unconstitutional organisations.",
    }
    # (f) redress: internal complaint, out-of-court settlement, courts
    redress = elements["redress"]
    assert redress["internal_complaint"]["deadline"] == "2026-12-02T12:00:00+00:00"
    assert redress["internal_complaint"]["free_of_charge"] is True
    assert "Article 21" in redress["out_of_court_settlement"]
    assert "courts" in redress["judicial_redress"]
    # (e) contractual ground for a terms-of-service decision
    tos = build_elements(make(ground_kind="terms_of_service", ground_reference="ToS 4.2"))
    assert tos["ground"]["contractual_ground"] == "ToS 4.2"


def test_the_text_says_it_all_in_plain_words_without_links() -> None:
    text = render_text(
        make(
            action_kind="suspend_account",
            target_kind="account",
            target_id="acc-1",
            until=datetime(2026, 6, 8, tzinfo=UTC),
        )
    )
    for phrase in (
        "suspension of the account",
        "worldwide",
        "until 2026-06-08 00:00 UTC",
        "a notice from a trusted flagger",
        "detected by automated means",
        "taken by a person",
        "illegal under § 86a StGB",
        "until 2026-12-02",
        "out-of-court dispute settlement",
        "courts",
    ):
        assert phrase in text, phrase
    assert "http" not in text and "token" not in text


def test_dsa_fields_use_the_schema_enums() -> None:
    schema_file = TEST_DATA / "dsa" / "sor_schema.json"
    enums = json.loads(schema_file.read_text())["enums"]
    for kind, target in (
        ("remove_post", "post"),
        ("restrict_post", "post"),
        ("label", "post"),
        ("ban_channel", "channel"),
        ("suspend_account", "account"),
        ("terminate_account", "account"),
    ):
        fields = _dsa_fields(make(action_kind=kind, target_kind=target), "sh-1")
        for name in ("decision_visibility", "content_type"):
            for value in fields.get(name, []):
                assert value in enums[name], (kind, name, value)
        for name in (
            "decision_provision",
            "decision_account",
            "decision_ground",
            "category",
            "source_type",
            "automated_decision",
        ):
            if name in fields:
                assert fields[name] in enums[name], (kind, name)
        assert set(fields["territorial_scope"]) <= set(EEA_TERRITORIAL_SCOPE)
        assert fields["automated_detection"] in ("Yes", "No")
        assert fields["application_date"] == "2026-06-01"
        assert "illegal_content_legal_ground" in fields
    restricted = _dsa_fields(make(), "sh-1")
    assert restricted["territorial_scope"] == ["AT", "DE"]  # TR is outside the EEA list
    assert restricted["content_type"] == ["CONTENT_TYPE_TEXT", "CONTENT_TYPE_IMAGE"]
