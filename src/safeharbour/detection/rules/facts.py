"""Queries for the facts rules read about a stored post: its author, channel, labels, strikes.

Each is read only when some rule in force needs it (`RuleSet.needs`), so a rules set of bank
conditions costs no query here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from safeharbour.detection.behaviour import MemoryWindowStore, WindowStore, record_post
from safeharbour.detection.rules.engine import AccountFacts, ChannelFacts, RuleInput, RuleSet
from safeharbour.detection.scanner import BankInfo, ScanInput, ScanResult
from safeharbour.intake.models import Account, Channel, Post
from safeharbour.review.labels import effective_labels
from safeharbour.review.models import Case, Decision


def strikes_of(session: Session, account_id: str) -> int:
    """Effective decisions with an action on the account or on one of its posts."""
    posts = select(Post.id).where(Post.author_id == account_id)
    return int(
        session.scalar(
            select(func.count())
            .select_from(Decision)
            .join(Case, Case.id == Decision.case_id)
            .where(
                Decision.status == "effective",
                Decision.outcome == "action",
                or_(
                    and_(Case.item_kind == "account", Case.item_id == account_id),
                    and_(Case.item_kind == "post", Case.item_id.in_(posts)),
                ),
            )
        )
        or 0
    )


def account_facts(
    session: Session, account_id: str | None, *, strikes: bool = False
) -> AccountFacts | None:
    if not account_id:
        return None
    account = session.get(Account, account_id)
    if account is None:
        return None
    return AccountFacts(
        created_at=account.created_at,
        verified=account.verified,
        official=account.official,
        strikes=strikes_of(session, account_id) if strikes else None,
    )


def channel_facts(session: Session, channel_id: str | None) -> ChannelFacts | None:
    if not channel_id:
        return None
    channel = session.get(Channel, channel_id)
    if channel is None:
        return None
    return ChannelFacts(
        verified=channel.verified,
        public=channel.public,
        kind=channel.kind,
        subscribers=channel.subscribers,
    )


def stored_post_input(post: Post, media: list[dict[str, Any]], event_id: str) -> ScanInput:
    """What the scanner and the rules read of a stored post and its media (`media_of`)."""
    return ScanInput(
        event_id,
        post.text or "",
        media,
        post_id=post.id,
        author_id=post.author_id,
        channel_id=post.channel_id,
    )


def stored_post_behaviour(
    session: Session,
    store: WindowStore,
    rules: RuleSet,
    post: Post,
    media: list[dict[str, Any]],
    *,
    at: datetime,
) -> dict[str, int]:
    """Count a stored post in the behaviour windows some rule reads; the counts they see."""
    author = session.get(Account, post.author_id) if post.author_id else None
    return record_post(
        store,
        rules.behaviour,
        post_id=post.id,
        author_id=post.author_id,
        author_created_at=author.created_at if author else None,
        channel_id=post.channel_id,
        text=post.text or "",
        media_urls=[m["url"] for m in media if m.get("url")],
        at=at,
        wanted=rules.windows,
    )


def _labels_of(session: Session, post_id: str) -> frozenset[str]:
    return frozenset(row["label"] for row in effective_labels(session, "post", post_id))


def rule_input(
    session: Session,
    rules: RuleSet,
    result: ScanResult,
    post: Post,
    *,
    at: datetime,
    behaviour: dict[str, int] | None = None,
) -> RuleInput:
    """What the rules see of a stored post and its scan."""
    needs = rules.needs
    return RuleInput(
        event_id=result.event_id,
        post_id=post.id,
        at=at,
        matches=result.matches,
        banks={b.name: b for b in result.banks},
        scores=result.scores,
        labels=_labels_of(session, post.id) if "labels" in needs else frozenset(),
        account=account_facts(session, post.author_id, strikes="strikes" in needs)
        if "account" in needs
        else None,
        channel=channel_facts(session, post.channel_id) if "channel" in needs else None,
        behaviour=behaviour or {},
    )


class ScanRules:
    """The rules' verdict for `safeharbour scan`, which stores nothing but may read.

    Account, channel and label conditions are read from the data directory's mirror (`session`)
    by the event's author, channel and post ids: they hold where the mirror knows them (an
    author or channel the mirror has never seen fails every account or channel condition; a
    post the mirror has not stored has no labels). Ages are measured from the event's
    `occurred_at`. Behaviour windows are replayed over the file's own post events, in file
    order, in memory (`MemoryWindowStore`): `posting_burst`, `shared_link` and `shared_domain`
    count the file's posts ("new" accounts by the mirror's `created_at`), and `mass_joins` is
    always 0 (joins are not scanned). The mirror's own window rows are not read: a file is
    judged on its own.
    """

    def __init__(
        self, rules: RuleSet, banks: Sequence[BankInfo] = (), session: Session | None = None
    ) -> None:
        self.rules = rules
        self.session = session
        self.banks = {b.name: b for b in banks}
        # Only the built-in rules: the banks' policies are the scanner's verdict already.
        self.needed = not all(rule.builtin for rule in rules.rules)
        self._windows = MemoryWindowStore()
        self._accounts: dict[str, AccountFacts | None] = {}
        self._channels: dict[str, ChannelFacts | None] = {}
        self._now = datetime.now(UTC)

    def apply(self, item: ScanInput, result: ScanResult) -> ScanResult:
        if not self.needed:
            return result
        needs = self.rules.needs
        at = item.occurred_at or self._now
        account = None
        if "account" in needs or "behaviour" in needs:
            account = self._account(item.author_id)
        behaviour = None
        if "behaviour" in needs and item.post_id:
            behaviour = record_post(
                self._windows,
                self.rules.behaviour,
                post_id=item.post_id,
                author_id=item.author_id,
                author_created_at=account.created_at if account else None,
                channel_id=item.channel_id,
                text=item.text,
                media_urls=[m["url"] for m in item.media if m.get("url")],
                at=at,
                wanted=self.rules.windows,
            )
        labels: frozenset[str] = frozenset()
        if "labels" in needs and item.post_id and self.session is not None:
            labels = _labels_of(self.session, item.post_id)
        evaluation = self.rules.evaluate(
            RuleInput(
                event_id=result.event_id,
                post_id=item.post_id,
                at=at,
                matches=result.matches,
                banks=self.banks or {b.name: b for b in result.banks},
                scores=result.scores,
                labels=labels,
                account=account if "account" in needs else None,
                channel=self._channel(item.channel_id) if "channel" in needs else None,
                behaviour=behaviour or {},
            )
        )
        if evaluation.verdict == result.verdict:
            return result
        return dataclasses.replace(result, verdict=evaluation.verdict)

    def _account(self, account_id: str | None) -> AccountFacts | None:
        if not account_id or self.session is None:
            return None
        if account_id not in self._accounts:
            self._accounts[account_id] = account_facts(
                self.session, account_id, strikes="strikes" in self.rules.needs
            )
        return self._accounts[account_id]

    def _channel(self, channel_id: str | None) -> ChannelFacts | None:
        if not channel_id or self.session is None:
            return None
        if channel_id not in self._channels:
            self._channels[channel_id] = channel_facts(self.session, channel_id)
        return self._channels[channel_id]
