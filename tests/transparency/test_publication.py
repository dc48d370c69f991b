"""The public report site: day pages and files as published, the index with trend charts,
and the Atom feed (parsed with xml.etree)."""

from __future__ import annotations

import itertools
import json
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.transparency.charts import hbar_chart, line_chart, nice_ticks, stacked_columns
from safeharbour.transparency.reports import do_publish_day, write_files
from tests.transparency.seed import seed_everything

ATOM = "{http://www.w3.org/2005/Atom}"
SVG = "{http://www.w3.org/2000/svg}"
DAYS = [date(2026, 5, 29), date(2026, 5, 30), date(2026, 5, 31)]


def publish_days(container: Container, out: Path) -> None:
    for i, day in enumerate(DAYS):
        seed_everything(container, day, n=120 + 40 * i, seed=i, spill=False)
    with container.database.uow() as unit:
        for day in DAYS:
            write_files(do_publish_day(unit, day, signer=container.keys.signer), out / str(day))
        unit.commit()


def test_day_pages_and_files_are_served_as_published(
    client: Any, container: Container, tmp_path: Path
) -> None:
    publish_days(container, tmp_path)
    for day in DAYS:
        page = client.get(f"/transparency/{day}/")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in page.headers["content-security-policy"]
        assert page.content == (tmp_path / str(day) / "index.html").read_bytes()
        for name in ("report.json", "report.csv", "leaves.jsonl", "root.json"):
            reply = client.get(f"/transparency/{day}/{name}")
            assert reply.status_code == 200
            assert reply.content == (tmp_path / str(day) / name).read_bytes()
    assert client.get("/transparency/2026-05-28/").status_code == 404
    assert client.get("/transparency/2026-05-31/secrets.txt").status_code == 404
    assert client.get("/transparency/2026-02-31/").status_code == 404
    assert client.get("/transparency/not-a-date/").status_code in (404, 422)


def _svgs(html_text: str) -> list[ET.Element]:
    """The page's inline SVG charts, parsed as XML (they must be well-formed)."""
    charts = []
    rest = html_text
    while "<svg" in rest:
        start = rest.index("<svg")
        end = rest.index("</svg>", start) + len("</svg>")
        charts.append(ET.fromstring(rest[start:end]))
        rest = rest[end:]
    return charts


def _by_title(html_text: str) -> dict[str, ET.Element]:
    return {svg.findtext(f"{SVG}title") or "": svg for svg in _svgs(html_text)}


def test_the_day_page_draws_one_bar_per_category_and_is_accessible(
    container: Container, tmp_path: Path
) -> None:
    publish_days(container, tmp_path)
    folder = tmp_path / "2026-05-31"
    numbers = json.loads((folder / "report.json").read_text())
    charts = _by_title((folder / "index.html").read_text())
    by_category = charts["Items acted on, by category"]
    bars = by_category.findall(f".//{SVG}rect[@class='bar']")
    assert {b.get("data-series"): float(b.get("data-value") or 0) for b in bars} == {
        k: float(v) for k, v in numbers["acted_on_by_category"].items()
    }
    for svg in charts.values():
        assert svg.get("role") == "img" and svg.get("viewBox")
        assert svg.find(f"{SVG}desc") is not None and svg.find(f"{SVG}desc").text  # type: ignore[union-attr]
    outcomes = charts["Authority requests received, by outcome"]
    shown = outcomes.findall(f".//{SVG}rect[@class='bar']")
    assert {b.get("data-series"): float(b.get("data-value") or 0) for b in shown} == {
        k: float(v) for k, v in numbers["authority_requests_by_outcome"].items()
    }


def test_the_index_shows_trends_of_every_published_day(
    client: Any, container: Container, tmp_path: Path
) -> None:
    publish_days(container, tmp_path)
    page = client.get("/transparency/")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    charts = _by_title(page.text)
    daily = charts["Items acted on per day, by category"]
    bars = daily.findall(f".//{SVG}rect[@class='bar']")
    reports = [json.loads((tmp_path / str(d) / "report.json").read_text()) for d in DAYS]
    assert sum(float(b.get("data-value") or 0) for b in bars) == sum(r["acted_on"] for r in reports)
    medians = charts["Median hours from notice or order to action"]
    points = medians.findall(f".//{SVG}circle[@class='point']")
    assert len(points) == sum(r["time_to_action_seconds"]["median"] is not None for r in reports)
    precision = charts["Precision of automated decisions, % (blind QA)"]
    assert len(precision.findall(f".//{SVG}circle[@class='point']")) == sum(
        r["automated_precision"]["qa_precision"] is not None for r in reports
    )
    for day in DAYS:
        assert f'href="{day}/"' in page.text
    assert client.get("/transparency", follow_redirects=False).status_code == 307


def test_the_atom_feed_is_valid_and_has_one_entry_per_day(
    client: Any, container: Container, clock: ManualClock, tmp_path: Path
) -> None:
    empty = client.get("/transparency/feed.atom")
    assert empty.status_code == 200
    assert ET.fromstring(empty.content).findall(f"{ATOM}entry") == []
    publish_days(container, tmp_path)
    reply = client.get("/transparency/feed.atom")
    assert reply.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(reply.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    self_link = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link and self_link[0].get("href", "").endswith("/transparency/feed.atom")
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [  # type: ignore[union-attr]
        f"Transparency report for {day}" for day in reversed(DAYS)
    ]
    ids = [e.find(f"{ATOM}id").text for e in entries]  # type: ignore[union-attr]
    assert len(set(ids)) == len(DAYS)
    for entry, day in zip(entries, reversed(DAYS), strict=True):
        assert entry.find(f"{ATOM}updated") is not None
        links = {link.get("rel"): link.get("href") for link in entry.findall(f"{ATOM}link")}
        assert links["alternate"].endswith(f"/transparency/{day}/")  # type: ignore[union-attr]
        root = json.loads((tmp_path / str(day) / "root.json").read_text())
        assert root["root"] in (entry.find(f"{ATOM}summary").text or "")  # type: ignore[union-attr]
    clock.advance(timedelta(days=1))


def test_chart_geometry() -> None:
    assert nice_ticks(7) == [0.0, 2.0, 4.0, 6.0, 8.0]
    assert nice_ticks(1234)[-1] >= 1234
    assert nice_ticks(0) == [0.0, 1.0]
    chart = hbar_chart("c", "T", {"a": 3, "b": 0, "c": 10, "d": None})
    assert [b.series for b in chart.bars] == ["c", "a", "b"]
    assert chart.bars[0].width > chart.bars[1].width > chart.bars[2].width == 0
    columns = stacked_columns("s", "S", ["2026-01-01", "2026-01-02"], {"x": [1, 2], "y": [0, 0]})
    assert [b.series for b in columns.bars] == ["x", "x"] and len(columns.legend) == 1
    line = line_chart("l", "L", ["d1", "d2", "d3", "d4"], [1.0, None, 2.0, 3.0])
    assert [len(s) for s in line.segments] == [1, 2]
    assert line_chart("e", "E", ["d1"], [None]).empty


@pytest.mark.parametrize("count", [1, 5, 6, 7, 13, 14, 30])
def test_day_labels_never_crowd_the_last_day(count: int) -> None:
    days = [f"2026-11-{i + 1:02d}" for i in range(count)]
    chart = line_chart("l", "L", days, [float(i) for i in range(count)])
    positions = [tick.position for tick in chart.x_ticks]
    slot = (chart.plot[2] - chart.plot[0]) / count
    every = -(-count // 6)
    assert chart.x_ticks[-1].label == days[-1][5:]
    assert all(b - a >= slot * every - 1e-6 for a, b in itertools.pairwise(positions))
