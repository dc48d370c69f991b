"""The public face of the published reports: the index with trends and the Atom feed.

Both are built from `published_reports` (the stored numbers, never recomputed), so what the
index and the feed show is exactly what each day's signed files say. The day pages themselves
are the stored `index.html` files.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.transparency.charts import render_index_page
from safeharbour.transparency.models import PublishedReport

FEED_PATH = "/transparency/feed.atom"
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>{{ base }}/transparency/</id>
  <title>{{ title }}</title>
  <subtitle>Daily transparency reports: decisions, authority requests, appeals and the
    measured precision of automated decisions, each signed and verifiable.</subtitle>
  <updated>{{ updated }}</updated>
  <author><name>{{ title }}</name><uri>{{ base }}/transparency/</uri></author>
  <link rel="self" type="application/atom+xml" href="{{ base }}{{ feed_path }}"/>
  <link rel="alternate" type="text/html" href="{{ base }}/transparency/"/>
{% for e in entries %}
  <entry>
    <id>{{ base }}/transparency/{{ e.date }}/</id>
    <title>Transparency report for {{ e.date }}</title>
    <updated>{{ e.updated }}</updated>
    <link rel="alternate" type="text/html" href="{{ base }}/transparency/{{ e.date }}/"/>
    <link rel="related" type="application/json"
      href="{{ base }}/transparency/{{ e.date }}/report.json"/>
    <summary>{{ e.summary }}</summary>
  </entry>
{% endfor %}
</feed>
"""


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def published_days(session: Session) -> list[dict[str, Any]]:
    """Every published day's numbers with its root, oldest first (no leaves are loaded)."""
    rows = session.execute(
        select(
            PublishedReport.date,
            PublishedReport.root,
            PublishedReport.tree_size,
            PublishedReport.published_at,
            PublishedReport.numbers,
        ).order_by(PublishedReport.date)
    ).tuples()
    return [
        {
            **(numbers or {}),
            "date": day,
            "merkle_root": root,
            "tree_size": size,
            "published_at": published_at,
        }
        for day, root, size, published_at, numbers in rows
    ]


def index_page(session: Session) -> str:
    return render_index_page(published_days(session), feed_url=FEED_PATH)


def _summary(day: dict[str, Any]) -> str:
    median = (day.get("time_to_action_seconds") or {}).get("median")
    precision = (day.get("automated_precision") or {}).get("qa_precision")
    parts = [
        f"{day.get('decisions', 0)} decisions, {day.get('acted_on', 0)} acted on",
        f"median time to action {median / 3600:.1f} h" if median is not None else None,
        f"{day.get('authority_requests_received', 0)} authority requests",
        f"{(day.get('appeals') or {}).get('received', 0)} appeals",
        f"precision of automated decisions {100 * precision:.1f} %"
        if precision is not None
        else None,
        f"Merkle root {day['merkle_root']} over {day['tree_size']} records",
    ]
    return "; ".join(p for p in parts if p) + "."


def atom_feed(session: Session, *, base_url: str, title: str = "Safeharbour transparency") -> str:
    """A valid Atom 1.0 feed (RFC 4287), one entry per published day, newest first."""
    days = published_days(session)
    entries = [
        {"date": d["date"], "updated": _rfc3339(d["published_at"]), "summary": _summary(d)}
        for d in reversed(days)
    ]
    updated = entries[0]["updated"] if entries else "1970-01-01T00:00:00Z"
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    return env.from_string(ATOM).render(
        base=base_url.rstrip("/"),
        title=title,
        updated=updated,
        entries=entries,
        feed_path=FEED_PATH,
    )


def published_file(session: Session, day: str, name: str) -> str | None:
    report = session.get(PublishedReport, day)
    if report is None:
        return None
    text = report.files.get(name)
    return text if isinstance(text, str) else None


__all__ = ["FEED_PATH", "atom_feed", "index_page", "published_days", "published_file"]
