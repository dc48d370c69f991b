"""Server-side charts for the public report pages: geometry here, SVG in Jinja2 templates.

No plotting library and no JavaScript: the pages must read the same in a browser without
scripts, in a screenshot and printed. Each chart is an `<svg role="img">` with a `<title>` and a
`<desc>` that says what it shows in words, a `viewBox` so it scales down to a phone's width,
labels above horizontal bars (long category names never truncate), axes with round ticks,
and a legend inside the SVG so a screenshot keeps it. Bars carry `class="bar"` and line points
`class="point"` with `data-*` values, which the browser test counts against the data.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, Undefined, select_autoescape

from safeharbour.kit.dsa import CATEGORY_LABELS, StatementCategory

TEMPLATES = Path(__file__).parent / "templates"
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#8c6d00", "#555555")
"""Okabe-Ito: distinguishable with the common colour-vision deficiencies."""
WIDTH = 480
FONT = 14
HEADING = 34.0
"""Room for the visible title at the top of each chart, so a screenshot of one chart says
what it shows."""
PLOT_HEIGHT = 260.0

WORDS = {
    "user_notice": "User notices",
    "trusted_flagger": "Trusted flaggers",
    "authority_order": "Authority orders",
    "own_initiative_automated": "Own initiative, automated",
    "own_initiative_human": "Own initiative, human",
    "complied": "Complied",
    "partially_complied": "Partially complied",
    "refused": "Refused",
    "need_more_info": "Need more information",
    "pending": "Pending",
    "STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER": "Authority order (category not specified)",
}


def words(key: str) -> str:
    if key in WORDS:
        return WORDS[key]
    try:
        return CATEGORY_LABELS[StatementCategory(key)]
    except (ValueError, KeyError):
        return key.replace("STATEMENT_CATEGORY_", "").replace("_", " ").capitalize()


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """0 and round steps (1, 2, 2.5 or 5 times a power of ten) up to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    n = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(n + 1)]


def tick_label(value: float) -> str:
    if value >= 1000 and value % 1000 == 0:
        return f"{int(value) // 1000}k"
    return f"{value:g}"


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    series: str
    value: float
    label: str = ""
    label_x: float = 0.0
    label_y: float = 0.0
    value_text: str = ""


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class LegendEntry:
    x: float
    y: float
    color: str
    label: str


@dataclass
class Point:
    x: float
    y: float
    value: float
    label: str


@dataclass
class Chart:
    id: str
    kind: str
    """hbar | columns | line"""
    title: str
    desc: str
    width: float
    height: float
    bars: list[Bar] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    segments: list[list[Point]] = field(default_factory=list)
    legend: list[LegendEntry] = field(default_factory=list)
    plot: tuple[float, float, float, float] = (0, 0, 0, 0)
    """left, top, right, bottom of the plotting area"""
    empty: str | None = None
    unit: str = ""

    @property
    def points(self) -> list[Point]:
        return [p for segment in self.segments for p in segment]

    @staticmethod
    def polyline(segment: Sequence[Point]) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in segment)


def _fmt(value: float, unit: str = "") -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{text}{unit}"


def hbar_chart(
    chart_id: str,
    title: str,
    values: dict[str, int | float | None],
    *,
    unit: str = "",
    labels: dict[str, str] | None = None,
    keep_order: bool = False,
) -> Chart:
    """One horizontal bar per key, largest first (or in the given order); the label sits
    above its bar."""
    items = [(k, float(v)) for k, v in values.items() if v is not None]
    if not keep_order:
        items.sort(key=lambda kv: (-kv[1], kv[0]))
    row, bar_h, left, right = 44.0, 16.0, 8.0, 72.0
    chart = Chart(
        chart_id, "hbar", title, "", WIDTH, HEADING + max(50.0, 12 + row * len(items)), unit=unit
    )
    if not items:
        chart.empty = "Nothing to show for this period."
        chart.desc = f"{title}: nothing to show."
        return chart
    top = max(v for _, v in items) or 1.0
    span = WIDTH - left - right
    for i, (key, value) in enumerate(items):
        y = HEADING + 8 + i * row + 20
        label = (labels or {}).get(key) or words(key)
        length = max(1.0, span * value / top) if value > 0 else 0.0
        chart.bars.append(
            Bar(
                x=left,
                y=y,
                width=length,
                height=bar_h,
                color=PALETTE[0],
                series=key,
                value=value,
                label=label,
                label_x=left,
                label_y=y - 5,
                value_text=_fmt(value, unit),
            )
        )
    chart.desc = f"{title}: " + "; ".join(f"{b.label} {b.value_text}" for b in chart.bars) + "."
    return chart


def _axes(chart: Chart, top_value: float, days: Sequence[str], unit: str) -> tuple[float, float]:
    left, top, right = 52.0, HEADING + 12.0, WIDTH - 12.0
    bottom = HEADING + PLOT_HEIGHT - 40.0
    chart.plot = (left, top, right, bottom)
    ticks = nice_ticks(top_value)
    ceiling = ticks[-1]
    for value in ticks:
        y = bottom - (bottom - top) * value / ceiling
        chart.y_ticks.append(Tick(y, tick_label(value) + unit))
    slot = (right - left) / max(1, len(days))
    every = max(1, math.ceil(len(days) / 6))
    last = len(days) - 1
    for i, day in enumerate(days):
        # The last day is always labelled; a regular label too close to it would overlap it.
        if i == last or (i % every == 0 and last - i >= every):
            chart.x_ticks.append(Tick(left + slot * (i + 0.5), day[5:]))
    return slot, ceiling


def _legend(chart: Chart, series: Sequence[str], start_y: float) -> None:
    for i, key in enumerate(series):
        chart.legend.append(
            LegendEntry(x=12, y=start_y + i * 22, color=PALETTE[i % 8], label=words(key))
        )


def stacked_columns(
    chart_id: str, title: str, days: Sequence[str], series: Mapping[str, Sequence[float]]
) -> Chart:
    """One column per day, stacked by series (series with only zeros are left out)."""
    keys = [k for k, values in series.items() if any(values)]
    chart = Chart(chart_id, "columns", title, "", WIDTH, HEADING + PLOT_HEIGHT + 22 * len(keys))
    if not days or not keys:
        chart.empty = "Nothing to show for this period."
        chart.height = HEADING + 50
        chart.desc = f"{title}: nothing to show."
        return chart
    totals = [sum(series[k][i] for k in keys) for i in range(len(days))]
    slot, ceiling = _axes(chart, max(totals) or 1, days, "")
    left, top, _, bottom = chart.plot
    width = max(2.0, slot * 0.7)
    for i, day in enumerate(days):
        base = bottom
        for j, key in enumerate(keys):
            value = float(series[key][i])
            if value <= 0:
                continue
            height = (bottom - top) * value / ceiling
            base -= height
            chart.bars.append(
                Bar(
                    x=left + slot * i + (slot - width) / 2,
                    y=base,
                    width=width,
                    height=height,
                    color=PALETTE[j % 8],
                    series=key,
                    value=value,
                    label=f"{day} {words(key)}",
                    value_text=_fmt(value),
                )
            )
    _legend(chart, keys, bottom + 30)
    chart.desc = (
        f"{title}, {days[0]} to {days[-1]}: "
        + "; ".join(f"{day} {_fmt(total)}" for day, total in zip(days, totals, strict=True))
        + "."
    )
    return chart


def line_chart(
    chart_id: str,
    title: str,
    days: Sequence[str],
    values: Sequence[float | None],
    *,
    unit: str = "",
    ceiling: float | None = None,
) -> Chart:
    """One line over the days; a day without a value breaks the line."""
    known = [v for v in values if v is not None]
    chart = Chart(chart_id, "line", title, "", WIDTH, HEADING + PLOT_HEIGHT - 10, unit=unit)
    if not known:
        chart.empty = "No value in this period."
        chart.height = HEADING + 50
        chart.desc = f"{title}: no value in this period."
        return chart
    slot, top_value = _axes(chart, ceiling or max(known) or 1, days, unit)
    left, top, _, bottom = chart.plot
    segment: list[Point] = []
    for i, value in enumerate(values):
        if value is None:
            if segment:
                chart.segments.append(segment)
            segment = []
            continue
        y = bottom - (bottom - top) * value / top_value
        segment.append(Point(left + slot * (i + 0.5), y, value, f"{days[i]}: {_fmt(value, unit)}"))
    if segment:
        chart.segments.append(segment)
    chart.desc = (
        f"{title}, {days[0]} to {days[-1]}: " + "; ".join(p.label for p in chart.points) + "."
    )
    return chart


# -- pages ----------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "xml", "atom"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["words"] = words
    env.filters["number"] = lambda v: "\u2013" if v is None or isinstance(v, Undefined) else _fmt(v)
    return env


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 2)


def day_charts(numbers: dict[str, Any]) -> list[Chart]:
    median_by_source = {
        k: _hours(v) for k, v in numbers.get("time_to_action_median_by_source", {}).items()
    }
    return [
        hbar_chart(
            "by-category", "Items acted on, by category", numbers.get("acted_on_by_category", {})
        ),
        hbar_chart("by-source", "Items acted on, by source", numbers.get("acted_on_by_source", {})),
        hbar_chart(
            "time-by-source",
            "Median hours from notice or order to action",
            median_by_source,
            unit=" h",
        ),
        hbar_chart(
            "authority-outcomes",
            "Authority requests received, by outcome",
            numbers.get("authority_requests_by_outcome", {}),
            keep_order=True,
        ),
        hbar_chart(
            "refusal-grounds",
            "Authority requests refused, by ground",
            numbers.get("authority_refusals_by_ground", {}),
        ),
    ]


def render_day_page(numbers: dict[str, Any], root: dict[str, Any]) -> str:
    """The day's index.html: stored and re-emitted byte for byte like the other files."""
    rows: list[tuple[str, str, Any]] = []
    for metric, value in numbers.items():
        if isinstance(value, dict):
            rows.extend((metric, str(key), count) for key, count in value.items())
        elif metric != "date":
            rows.append((metric, "", value))
    return (
        environment()
        .get_template("day.html")
        .render(n=numbers, root=root, charts=day_charts(numbers), rows=rows)
    )


TOP_CATEGORIES = 6


def trend_charts(days: Sequence[dict[str, Any]]) -> list[Chart]:
    """The index page's charts over the published days (oldest first)."""
    dates = [d["date"] for d in days]
    totals: dict[str, float] = {}
    for d in days:
        for key, count in d.get("acted_on_by_category", {}).items():
            totals[key] = totals.get(key, 0) + count
    top = sorted(totals, key=lambda k: (-totals[k], k))[:TOP_CATEGORIES]
    by_category: dict[str, list[float]] = {k: [] for k in top}
    others: list[float] = []
    for d in days:
        counts = d.get("acted_on_by_category", {})
        for key in top:
            by_category[key].append(counts.get(key, 0))
        others.append(sum(v for k, v in counts.items() if k not in top))
    if any(others):
        by_category["Other categories"] = others
    outcomes = ("complied", "partially_complied", "refused", "need_more_info", "pending")
    requests = {
        o: [d.get("authority_requests_by_outcome", {}).get(o, 0) for d in days] for o in outcomes
    }
    median = [_hours(d.get("time_to_action_seconds", {}).get("median")) for d in days]
    precision = [
        None
        if d.get("automated_precision", {}).get("qa_precision") is None
        else round(100 * d["automated_precision"]["qa_precision"], 2)
        for d in days
    ]
    return [
        stacked_columns(
            "trend-categories", "Items acted on per day, by category", dates, by_category
        ),
        line_chart(
            "trend-time", "Median hours from notice or order to action", dates, median, unit=" h"
        ),
        stacked_columns(
            "trend-authority", "Authority requests per day, by outcome", dates, requests
        ),
        line_chart(
            "trend-precision",
            "Precision of automated decisions, % (blind QA)",
            dates,
            precision,
            unit="%",
            ceiling=100,
        ),
    ]


def render_index_page(days: Sequence[dict[str, Any]], *, feed_url: str) -> str:
    """The public index of all published days, with trend charts (`days` oldest first)."""
    return (
        environment()
        .get_template("index.html")
        .render(days=list(reversed(days)), charts=trend_charts(days), feed_url=feed_url)
    )


__all__ = [
    "Chart",
    "day_charts",
    "hbar_chart",
    "line_chart",
    "nice_ticks",
    "render_day_page",
    "render_index_page",
    "stacked_columns",
    "trend_charts",
    "words",
]
