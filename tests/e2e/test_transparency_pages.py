"""The public transparency pages in a real browser: the charts render (SVG elements with a
non-zero size, as many bars and points as the data has), without JavaScript errors; and a
moderator records a blind QA verdict in the console."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from safeharbour.bootstrap import Container
from safeharbour.kit.db import SYSTEM
from safeharbour.review.qa import QaPolicy, do_sample_qa
from safeharbour.transparency.reports import do_publish_day
from tests.e2e.support import ConsoleUser, full_page_screenshot, sign_in
from tests.transparency.seed import seed_everything

pytestmark = pytest.mark.e2e

SCREENSHOTS = "SAFEHARBOUR_E2E_SCREENSHOTS"


def _publish(container: Container, days: int = 4) -> list[dict[str, Any]]:
    today = datetime.now(UTC).date()
    # Not yesterday: the server's scheduler publishes yesterday as soon as it starts.
    dates = [today - timedelta(days=k) for k in range(days + 1, 1, -1)]
    for i, day in enumerate(dates):
        seed_everything(container, day, n=60 + 30 * i, seed=i, spill=False)
    reports = []
    with container.database.uow() as unit:
        for day in dates:
            report = do_publish_day(unit, day, signer=container.keys.signer)
            reports.append(json.loads(report.files["report.json"]))
        unit.commit()
    return reports


def _visible_size(page: Page, selector: str) -> tuple[float, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box["width"], box["height"]


def _shots(tmp_path: Path) -> Path:
    return Path(os.environ.get(SCREENSHOTS) or tmp_path)


def test_the_index_and_a_day_page_render_their_charts(
    page: Page, live_container: Container, console_errors: list[str], tmp_path: Path
) -> None:
    reports = _publish(live_container)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto("/transparency/")
    expect(page.locator("h1")).to_have_text("Transparency reports")
    charts = page.locator("figure.chart svg")
    assert charts.count() == 4
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 50
        assert box["width"] <= 390  # fits the phone's width
    bars = page.locator("#trend-categories rect.bar")
    values = [float(bars.nth(i).get_attribute("data-value") or 0) for i in range(bars.count())]
    assert sum(values) == sum(r["acted_on"] for r in reports)
    width, height = _visible_size(page, "#trend-categories rect.bar")
    assert width > 0 and height > 0
    points = page.locator("#trend-time circle.point")
    assert points.count() == sum(r["time_to_action_seconds"]["median"] is not None for r in reports)
    assert page.locator("#trend-time polyline.line").count() >= 1
    assert page.locator("#trend-precision circle.point").count() == sum(
        r["automated_precision"]["qa_precision"] is not None for r in reports
    )
    full_page_screenshot(page, _shots(tmp_path) / "transparency-index.png")

    last = reports[-1]
    page.get_by_role("link", name=last["date"]).click()
    expect(page.locator("h1")).to_have_text(f"Transparency report for {last['date']} (UTC)")
    by_category = page.locator("#by-category rect.bar")
    assert by_category.count() == len(last["acted_on_by_category"])
    for i in range(by_category.count()):
        box = by_category.nth(i).bounding_box()
        assert box is not None and box["height"] > 0 and box["width"] > 0
    assert page.locator("#authority-outcomes rect.bar").count() == 5
    assert page.locator("#by-source rect.bar").count() == len(last["acted_on_by_source"])
    title = page.locator("#by-category svg title").first
    assert title.text_content() == "Items acted on, by category"
    full_page_screenshot(page, _shots(tmp_path) / "transparency-day.png")
    page.get_by_role("link", name="report.json").click()
    assert json.loads(page.locator("body").inner_text()) == last
    assert console_errors == []


def test_a_moderator_records_a_blind_qa_verdict(
    page: Page,
    live_container: Container,
    make_user: Callable[..., ConsoleUser],
    console_errors: list[str],
) -> None:
    # Not yesterday: the server's scheduler draws yesterday's sample as soon as it starts.
    day = datetime.now(UTC).date() - timedelta(days=2)
    seed_everything(live_container, day, n=80, qa=False, spill=False)
    with live_container.database.uow() as unit:
        rows = do_sample_qa(unit, day, policy=QaPolicy(rate=0.1, minimum=3), actor=SYSTEM)
        unit.commit()
    assert rows
    moderator = make_user("qa@example.org", "moderator", totp=True)
    sign_in(page, moderator)
    page.goto("/console/qa/")
    expect(page.locator("h1")).to_have_text("Blind QA of automated decisions")
    assert page.locator("table.qa-queue tbody tr").count() == len(rows)
    page.locator("table.qa-queue a.case-link").first.click()
    expect(page.locator("form.qa-verdict")).to_be_visible()
    assert "STATEMENT_CATEGORY" not in page.locator(".case-main").inner_text()
    page.get_by_label("Act on it").check()
    page.locator("select[name=category]").select_option("STATEMENT_CATEGORY_VIOLENCE")
    page.get_by_role("button", name="Record my decision").click()
    expect(page.locator(".qa-result h2")).to_contain_text("automated decision")
    expect(page.locator(".qa-status")).to_have_text("done")
    assert console_errors == []
