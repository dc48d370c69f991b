"""Abuse reports filed on Matrix become notices, each exactly once.

Synapse does not push reports to application services, so a scheduler job (`matrix-reports`)
polls `GET /_synapse/admin/v1/event_reports` newest first until it reaches the last report id
it handled, and submits each newer report, oldest first, as a notice on the reported event
(`location: {kind: post, id: event_id}`, category "not specified", the reporter's reason as
the explanation) through `intake.notices.do_submit_notice`.

Exactly once: every notice carries the idempotency key `matrix-report:<id>` in the scope of
the reports actor, so a report submitted again (the cursor lost, two processes polling)
answers the first notice's receipt instead of a new one. The cursor (`matrix-reports.cursor`
in the data directory) only saves re-reading. Each reporter is its own notice source, so the
hourly limits and Art. 23 sanctions apply per Matrix user; a report refused by them is logged
and not retried.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safeharbour.intake.notice_schemas import parse_notice
from safeharbour.intake.notices import NoticePolicy, NoticeSource, do_submit_notice
from safeharbour.integrations.matrix.client import SynapseClient
from safeharbour.kit.db import Actor, Database
from safeharbour.kit.errors import DomainError
from safeharbour.kit.transactions import Transactions
from safeharbour.review.policy import ReviewPolicy

log = logging.getLogger(__name__)

REPORTS_ACTOR = Actor("system", "matrix-reports", role="platform")
PAGE = 100
MAX_PAGES = 50


@dataclass
class ReportPoller:
    database: Database
    client: SynapseClient
    notices: NoticePolicy
    review: ReviewPolicy
    cursor_path: Path

    def _cursor(self) -> int:
        try:
            return int(self.cursor_path.read_text().strip() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def _save(self, last: int) -> None:
        tmp = self.cursor_path.with_name(self.cursor_path.name + ".tmp")
        tmp.write_text(str(last))
        tmp.replace(self.cursor_path)

    def new_reports(self, after: int) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        offset = 0
        for _ in range(MAX_PAGES):
            reply = self.client.request(
                "GET",
                "/_synapse/admin/v1/event_reports",
                params={"from": offset, "limit": PAGE, "dir": "b"},
            )
            if reply.status_code != 200:
                raise RuntimeError(f"event_reports: HTTP {reply.status_code} {reply.text[:200]}")
            page = reply.json().get("event_reports") or []
            newer = [r for r in page if int(r.get("id", 0)) > after]
            found.extend(newer)
            if len(newer) < len(page) or len(page) < PAGE:
                break
            offset += len(page)
        return sorted(found, key=lambda r: int(r["id"]))

    def poll(self) -> int:
        """Submit every report newer than the cursor; returns how many became notices."""
        submitted = 0
        for report in self.new_reports(self._cursor()):
            if self._submit(report):
                submitted += 1
            self._save(int(report["id"]))
        return submitted

    def _submit(self, report: dict[str, Any]) -> bool:
        report_id = int(report["id"])
        reason = str(report.get("reason") or "").strip() or "no reason given"
        score = report.get("score")
        explanation = f"Matrix abuse report #{report_id}" + (
            f" (score {score})" if score is not None else ""
        )
        try:
            submission = parse_notice(
                {
                    "location": {"kind": "post", "id": str(report["event_id"])},
                    "category": "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
                    "explanation": f"{explanation}: {reason}"[:10_000],
                    "good_faith": True,
                }
            )
            receipt = Transactions(self.database).write(
                lambda unit: do_submit_notice(
                    unit,
                    submission,
                    source=NoticeSource(
                        caller=REPORTS_ACTOR.ref,
                        client_address=f"matrix:{report.get('user_id') or 'unknown'}",
                    ),
                    policy=self.notices,
                    review=self.review,
                    idempotency_key=f"matrix-report:{report_id}",
                    actor=REPORTS_ACTOR,
                ),
            )
        except DomainError as exc:
            log.warning("matrix report %s not taken as a notice: %s", report_id, exc)
            return False
        return not receipt.repeated
