"""The consoles' human words: dates, relative times, durations, numbers, labels, people."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from safeharbour.consoles import humanize as h
from safeharbour.consoles.pages import templates

NOW = datetime(2026, 12, 8, 1, 0, tzinfo=UTC)


def test_when_is_minutes_in_the_readers_zone_without_fractions() -> None:
    moment = datetime(2026, 12, 7, 22, 43, 9, 214917, tzinfo=UTC)
    assert h.when(moment) == "7 Dec 2026, 22:43 UTC"
    assert h.when("2026-12-07T22:43:09.214917Z") == "7 Dec 2026, 22:43 UTC"
    assert h.when(moment, {"reader_tz": "Europe/Berlin"}) == "7 Dec 2026, 23:43 CET"
    assert h.when(moment, date_only=True) == "7 Dec 2026"
    assert h.when(None) == "—"
    assert h.when(moment, {"reader_tz": "Not/AZone"}).endswith("UTC")


@pytest.mark.parametrize(
    ("offset", "kind", "expected"),
    [
        (timedelta(hours=3, minutes=4), "event", "in 3 hours"),
        (-timedelta(days=2, hours=1), "deadline", "overdue by 2 days"),
        (-timedelta(days=13, hours=3), "deadline", "overdue by 13 days"),
        (-timedelta(minutes=5), "event", "5 minutes ago"),
        (timedelta(seconds=20), "event", "now"),
        (-timedelta(hours=314, minutes=49), "deadline", "overdue by 13 days"),
    ],
)
def test_relative_rounds_to_one_unit(offset: timedelta, kind: str, expected: str) -> None:
    assert h.relative(NOW + offset, {"now": NOW}, kind) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("PT1H", "1 hour"),
        ("P30D", "30 days"),
        ("P6M", "6 months"),
        ("PT0S", "0 minutes"),
        ("P1DT2H30M", "1 day and 2 hours"),
        (timedelta(days=2, hours=4, minutes=3), "2 days and 4 hours"),
        (90, "1 minute and 30 seconds"),
        ("not a duration", "not a duration"),
    ],
)
def test_duration_in_words(value: object, expected: str) -> None:
    assert h.duration(value) == expected


def test_numbers_never_use_scientific_notation() -> None:
    assert h.number(2.07e7) == "20,700,000"
    assert h.number(20712345.678) == "20,712,345.68"
    assert h.number(1e-7) == "0"
    assert h.number(None) == "—"
    assert "e" not in h.number(1.5e22).lower()


def test_labels_from_one_table_and_words_otherwise() -> None:
    assert h.label("dsa_art9") == "DSA Art. 9 order"
    assert h.label("epoc_pr").endswith("(e-Evidence)")
    assert h.label("moderator", "role") == "Moderator"
    assert h.label("STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE") == "Scope of platform service"
    assert h.label("some_new_code") == "Some new code"


def test_codes_in_sentences_read_as_words_and_unknown_words_stay() -> None:
    engine = "a police may issue a removal_order in DE (de-police) only with a court order"
    assert h.codes_in_words(engine) == (
        "a police may issue a removal order in DE (de-police) only with a court order"
    )
    assert h.codes_in_words("a dsa_art9 for a preservation") == (
        "a DSA Art. 9 order for a preservation"
    )
    assert h.codes_in_words("reported: STATEMENT_CATEGORY_SCAMS_AND_FRAUD") == (
        "reported: scams and/or fraud"
    )
    assert h.codes_in_words("rule de_police_removal_v2 applies") == (
        "rule de_police_removal_v2 applies"
    )


def test_person_is_a_display_name_or_a_stable_pseudonym_never_the_id() -> None:
    ident = uuid.uuid4()
    ref = f"user:{ident}"
    name = h.person(ref)
    assert name == h.person(ref) == h.person(ident) == h.pseudonym(ref)
    assert str(ident) not in name and re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+ \d{1,2}", name)
    assert h.person(ref, {"people": {ref: "Ana Lima"}}) == "Ana Lima"
    assert h.person({"display_name": "Bo", "id": str(ident)}) == "Bo"
    assert h.person("system:safeharbour") == "Safeharbour (automatic)"
    assert h.person("account:alice") != h.person("user:alice")


def test_filters_are_registered_on_the_consoles_environment() -> None:
    page = templates.env.from_string(
        "{{ d | when }}|{{ d | relative('deadline') }}|{{ 'PT1H' | duration }}|"
        "{{ 2.07e7 | number }}|{{ 'dsa_art9' | label }}|{{ who | person }}"
    )
    text = page.render(d=NOW - timedelta(days=2), now=NOW, who="user:x", people={"user:x": "X"})
    assert text == "6 Dec 2026, 01:00 UTC|overdue by 2 days|1 hour|20,700,000|DSA Art. 9 order|X"
