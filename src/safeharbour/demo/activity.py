"""Demo activity: `safeharbour demo seed --days N` (issue 8, item 5).

Adds N deterministic days of activity, ending yesterday (UTC), through the real audited actions
only: platform events (`do_ingest_events`), notices from people and trusted flaggers
(`do_submit_notice`), automated detections (`do_raise_signal`), claims, decisions and four-eyes
approvals (review), appeals, authority requests from several countries answered with every
outcome (legal gateway), enforcement through the platform port, and the day's signed
transparency report (`do_publish_day`).

How it stays honest and repeatable:
- A clock positioned at each simulated moment: the actions run on a sibling container whose
  clock is a `ManualClock`, set before every step, so receipts, SLA timers, deadlines, decision
  times, appeal windows and audit entries carry the simulated time. Steps run in time order.
- One transaction per day: the day's activity, its report and the marker row
  (`installation_facts`, `demo_activity:<date>`) commit together, so a day is either fully there
  or not at all and re-running never duplicates it. Platform calls are made after the commit,
  in ten-minute buckets at their simulated time (they are idempotent, and the server's
  dispatcher finishes whatever is left).
- Day D depends only on (seed, D, volume): its random generator is seeded from them, its
  posts carry ids derived from D, and every step of its stories falls inside D. A larger N adds
  only the missing days. A day whose report is already published (by a running demo server's
  scheduler) is left alone: a published report never changes.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import json
import math
import random
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from safeharbour.authz.models import User
from safeharbour.bootstrap import Container, build_container, qa_policy
from safeharbour.demo.platform import post_url
from safeharbour.demo.seed import DEMO_ACTOR, DEMO_DOMAIN, refuse_non_demo_data
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.intake.mirror import do_ingest_events
from safeharbour.intake.models import Account, Channel, Notice, TrustedFlagger
from safeharbour.intake.notice_schemas import parse_notice
from safeharbour.intake.notices import NoticeSource, do_submit_notice
from safeharbour.intake.schemas import parse_event
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.clock import ManualClock, SystemClock
from safeharbour.kit.db import SYSTEM, Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.labels import Label
from safeharbour.kit.meta import InstallationFact
from safeharbour.legal.agencies import do_add_agency
from safeharbour.legal.gateway import (
    LegalRequest,
    Verification,
    do_answer_legal_request,
    do_start_assessment,
    do_submit_legal_request,
    parse_submission,
)
from safeharbour.legal.gateway.repository import assessment_of
from safeharbour.legal.models import Agency
from safeharbour.review.appeals import do_decide_appeal, do_submit_appeal
from safeharbour.review.cases import do_raise_signal
from safeharbour.review.decisions import do_approve_decision, do_decide_case
from safeharbour.review.labels import do_tag_item
from safeharbour.review.leases import do_claim_case
from safeharbour.review.models import Case, Decision, ItemLabel
from safeharbour.review.qa import do_record_qa_verdict, do_sample_qa
from safeharbour.review.schemas import AppealDecisionIn, DecisionIn
from safeharbour.transparency.models import PublishedReport, Statement
from safeharbour.transparency.reports import do_publish_day, write_files
from safeharbour.transparency.statements import statement_token

DEFAULT_DAYS = 14
MAX_DAYS = 366
FACT_PREFIX = "demo_activity:"
DETECTOR = Actor("system", "demo-detection", "moderator")
"""The automated moderation system: fully automated decisions are taken in its name."""
DISPATCH_BUCKET = timedelta(minutes=10)
REPORT_DELAY = timedelta(minutes=7)
"""The day's report is published this long after midnight (the scheduler runs every 10 min)."""
QA_SAMPLE_DELAY = timedelta(minutes=9)

# Per day at volume 1.0: a few hundred decisions, as a mid-sized messaging service would see.
BASE_VOLUME = {
    "benign_posts": 600,
    "user_notices": 160,
    "flagger_notices": 45,
    "detections": 90,
    "extra_authority_requests": 6,
}

# -- the cast ----------------------------------------------------------------------------------

FLAGGERS = (
    "Demo Child Safety Hotline",  # created by the foundation seed
    "Demo Network Against Online Hate",
    "Demo Consumer Protection Centre",
    "Demo Anti-Fraud Alliance",
)
AGENCIES = (
    # country, name, kind, domain (the consoles show the country beside the name)
    ("DE", "Demo Federal Criminal Police", "police", "police.demo.example"),  # foundation seed
    ("FR", "Demo Office for Online Crime", "police", "online-crime.fr.demo.example"),
    ("IT", "Demo Postal and Communications Police", "police", "postal-police.it.demo.example"),
    ("ES", "Demo National Court", "court", "court.es.demo.example"),
    ("PL", "Demo Regional Prosecutor", "prosecutor", "prosecutor.pl.demo.example"),
    ("NL", "Demo Public Prosecution Service", "prosecutor", "prosecution.nl.demo.example"),
    ("IE", "Demo Media Regulator", "regulator", "media-regulator.ie.demo.example"),
    ("US", "Demo Federal Investigations", "police", "investigations.us.demo.example"),
    ("BR", "Demo Electoral Court", "court", "electoral-court.br.demo.example"),
    ("IN", "Demo Ministry of Electronics", "ministry", "ministry.in.demo.example"),
    ("TR", "Demo Telecommunications Authority", "regulator", "telecom.tr.demo.example"),
    ("RU", "Demo Communications Supervisor", "regulator", "supervisor.ru.demo.example"),
)
PROTEST_TOPIC = "Protest Updates"
ENGINE = "engine"

# What people report: (category, keywords, share, text, law or terms clause, action mix).
# Texts are fictional placeholders; the demo never holds real abusive content.
REPORTED = (
    (
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        ["KEYWORD_HATE_SPEECH"],
        22,
        "[demo] insult against a religious minority, calling for them to be expelled",
        "§ 130 StGB / national incitement-to-hatred law",
    ),
    (
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        ["KEYWORD_PHISHING"],
        20,
        "[demo] your parcel is held, pay the customs fee at http://parcel-fee.example/{n}",
        "ToS 4.2 (fraud and scams)",
    ),
    (
        "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        ["KEYWORD_CYBER_HARASSMENT"],
        12,
        "[demo] repeated harassment of a named classmate",
        "ToS 3.1 (harassment)",
    ),
    (
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        ["KEYWORD_COPYRIGHT_INFRINGEMENT"],
        10,
        "[demo] full episode of a streaming series, link inside",
        "Directive 2001/29/EC; national copyright law",
    ),
    (
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        ["KEYWORD_MISINFORMATION_DISINFORMATION"],
        8,
        "[demo] polling stations are closed tomorrow, vote online instead",
        "ToS 5.3 (election integrity)",
    ),
    (
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        ["KEYWORD_NON_CONSENSUAL_IMAGE_SHARING"],
        6,
        "[demo] private photo of a person shared without consent",
        "GDPR Art. 6; ToS 3.4 (intimate images)",
    ),
    (
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        ["KEYWORD_TERRORIST_CONTENT"],
        4,
        "[demo] propaganda video of a listed terrorist organisation",
        "Regulation (EU) 2021/784 (TCO)",
    ),
    (
        "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
        ["KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS"],
        4,
        "[demo] adult asking minors to move to a private chat",
        "Directive 2011/93/EU; national criminal law",
    ),
    (
        "STATEMENT_CATEGORY_SELF_HARM",
        ["KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS"],
        5,
        "[demo] challenge encouraging extreme fasting",
        "ToS 3.6 (self-harm)",
    ),
    (
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        ["KEYWORD_DEFAMATION"],
        9,
        "[demo] claims a local shop owner is a criminal, without any basis",
        "national defamation law",
    ),
)
DETECTED: tuple[tuple[str, str, list[str], str, int], ...] = (
    # source, category, keywords, text, share
    (
        "detection:url-bank",
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        ["KEYWORD_PHISHING"],
        "[demo] WIN a FREE phone now, click http://free-prize.example/claim?id={n}",
        45,
    ),
    (
        "detection:keywords",
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        ["KEYWORD_PYRAMID_SCHEMES"],
        "[demo] guaranteed 300% profit in 24h, visit http://crypto-double.example/{n}",
        25,
    ),
    (
        "detection:pdq",
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        ["KEYWORD_TERRORIST_CONTENT"],
        "[demo] re-upload of a known terrorist propaganda image",
        10,
    ),
    (
        "detection:regex",
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        [],
        "[demo] cheap followers, real accounts, fast delivery: http://followers-shop.example",
        20,
    ),
)
BENIGN = (
    "Good morning everyone, the weather is lovely today.",
    "Match starts at 20:00, see you at the usual place.",
    "New article: what the city council decided about the bike lanes.",
    "Reminder: the meetup is moved to Thursday.",
    "Peaceful march tomorrow at noon, bring water and stay safe.",
    "The minister's statement today raises more questions than it answers.",
    "Our investigation into public spending is out now.",
)
CONTEXT_COUNTRY = {"§ 130 StGB / national incitement-to-hatred law": "DE"}


@dataclass
class DayResult:
    day: str
    counts: dict[str, int]


@dataclass
class ActivityResult:
    seeded: list[DayResult] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    """Days seeded by an earlier run (nothing added)."""
    published_elsewhere: list[str] = field(default_factory=list)
    """Days already published without demo activity (a published report never changes)."""

    def as_json(self) -> dict[str, Any]:
        totals: Counter[str] = Counter()
        for day in self.seeded:
            totals.update(day.counts)
        return {
            "seeded_days": [d.day for d in self.seeded],
            "already_seeded_days": self.already,
            "skipped_published_days": self.published_elsewhere,
            "totals": dict(sorted(totals.items())),
        }


@dataclass
class Cast:
    """Who and what a day's stories use, loaded once."""

    accounts: list[str]
    channels: list[str]
    protest_channels: list[str]
    moderator: Actor
    senior: Actor
    legal_officer: Actor
    flaggers: list[uuid.UUID]
    agencies: dict[str, tuple[uuid.UUID, Actor]]


# -- entry point --------------------------------------------------------------------------------


def demo_days(days: int, today: date) -> list[date]:
    """The N days ending yesterday, oldest first."""
    if days < 1 or days > MAX_DAYS:
        raise InvalidInput(f"expected 1 to {MAX_DAYS} days", field="days")
    return [today - timedelta(days=offset) for offset in range(days, 0, -1)]


def seed_activity(
    container: Container,
    *,
    days: int = DEFAULT_DAYS,
    volume: float = 1.0,
    seed: int = 2024,
    today: date | None = None,
    progress: Callable[[], Any] | None = None,
) -> ActivityResult:
    """Add the missing demo days (see the module docstring). The foundation demo
    (`seed_demo`) must be seeded first; non-demo data is refused with `InvalidInput`."""
    if not (0 < volume <= 20) or math.isnan(volume):
        raise InvalidInput("expected a volume above 0 and at most 20", field="volume")
    today = today or SystemClock().now().date()
    wanted = demo_days(days, today)
    result = ActivityResult()
    database = container.database
    with database.reader() as session:
        facts = set(
            session.scalars(
                select(InstallationFact.name).where(InstallationFact.name.like(FACT_PREFIX + "%"))
            )
        )
        published = set(session.scalars(select(PublishedReport.date)))
    with database.uow() as unit:
        refuse_non_demo_data(unit)
        if unit.session.get(InstallationFact, "demo_seed") is None:
            raise InvalidInput("seed the demo platform first (seed_demo)", field="data_dir")
    todo = []
    for day in wanted:
        key = day.isoformat()
        if FACT_PREFIX + key in facts:
            result.already.append(key)
        elif key in published:
            result.published_elsewhere.append(key)
        else:
            todo.append(day)
    if not todo:
        return result

    clock = ManualClock(datetime.combine(todo[0], time(), tzinfo=UTC) - timedelta(hours=1))
    sibling = build_container(container.settings, clock=clock, migrate=False)
    try:
        cast = _prepare_cast(sibling)
        bar = progress() if progress else contextlib.nullcontext()
        with bar as shown:
            task = shown.add_task("seeding demo days", total=len(todo)) if shown else None
            for day in todo:
                rng = random.Random(f"safeharbour-demo-activity/{seed}/{day.isoformat()}/{volume}")
                next_day = (day + timedelta(days=1)).isoformat()
                counts = _seed_day(
                    sibling, clock, cast, day, rng, volume, next_day_open=next_day not in published
                )
                result.seeded.append(DayResult(day.isoformat(), counts))
                if shown is not None:
                    shown.advance(task, 1)
    finally:
        sibling.close()
    return result


# -- the cast -----------------------------------------------------------------------------------


def _user_actor(unit: UnitOfWork, role: str) -> Actor:
    email = f"{role.replace('_', '-')}@{DEMO_DOMAIN}"
    user = unit.session.scalar(select(User).where(User.email == email))
    if user is None:
        raise InvalidInput(f"the demo user {email} is missing; seed the demo first", field="demo")
    return Actor("user", str(user.id), role)


def _prepare_cast(container: Container) -> Cast:
    """Flaggers, agencies and labels the stories need; created once, idempotently."""
    database = container.database
    with database.uow() as unit:
        session = unit.session
        flaggers = []
        for name in FLAGGERS:
            found = session.scalar(
                select(TrustedFlagger).where(
                    TrustedFlagger.demo.is_(True), TrustedFlagger.name == name
                )
            )
            if found is None:
                found = do_add_trusted_flagger(unit, name=name, actor=DEMO_ACTOR, demo=True)
            flaggers.append(found.id)
        agencies: dict[str, tuple[uuid.UUID, Actor]] = {}
        for country, name, kind, domain in AGENCIES:
            agency = session.scalar(
                select(Agency).where(Agency.demo.is_(True), Agency.country == country)
            )
            if agency is None:
                agency = do_add_agency(
                    unit,
                    name=name,
                    country=country,
                    kind=kind,
                    domains=[domain],
                    actor=DEMO_ACTOR,
                    demo=True,
                )
            agencies[country] = (agency.id, Actor("api_key", f"demo-agency-{country}", "authority"))
        rows = session.execute(
            select(Channel.id, Channel.title, Channel.subscribers)
            .where(Channel.demo.is_(True))
            .order_by(Channel.id)
        ).all()
        protest = [cid for cid, title, _ in rows if title.startswith(PROTEST_TOPIC)]
        moderator = _user_actor(unit, "moderator")
        for channel_id in protest:
            tagged = session.scalar(
                select(ItemLabel.id).where(
                    ItemLabel.item_kind == "channel", ItemLabel.item_id == channel_id
                )
            )
            if tagged is None:
                do_tag_item(
                    unit,
                    item_kind="channel",
                    item_id=channel_id,
                    label=Label.PEACEFUL_PROTEST.value,
                    note="Organises peaceful demonstrations; reviewed by the trust & safety team.",
                    actor=moderator,
                )
        accounts = list(
            session.scalars(select(Account.id).where(Account.demo.is_(True)).order_by(Account.id))
        )
        cast = Cast(
            accounts=accounts,
            channels=[cid for cid, _, _ in rows],
            protest_channels=protest,
            moderator=moderator,
            senior=_user_actor(unit, "senior_moderator"),
            legal_officer=_user_actor(unit, "legal_officer"),
            flaggers=flaggers,
            agencies=agencies,
        )
        unit.commit()
    if not cast.accounts or not cast.channels:
        raise InvalidInput("the demo platform has no accounts or channels", field="demo")
    return cast


# -- one day ------------------------------------------------------------------------------------


class Timeline:
    """The day's steps, run in time order with the clock set to each step's moment."""

    def __init__(self, clock: ManualClock, start: datetime) -> None:
        self.clock = clock
        self.start = start
        self.end = start + timedelta(days=1)
        self._heap: list[tuple[datetime, int, Callable[[], None]]] = []
        self._seq = itertools.count()

    def at(self, moment: datetime, step: Callable[[], None]) -> bool:
        """Schedule `step`; False (and nothing scheduled) when it would fall outside the day."""
        if not (self.start <= moment < self.end):
            return False
        heapq.heappush(self._heap, (moment, next(self._seq), step))
        return True

    def run(self) -> None:
        while self._heap:
            moment, _, step = heapq.heappop(self._heap)
            self.clock.set(moment)
            step()


def _moment(rng: random.Random, start: datetime, room: timedelta) -> datetime:
    """A time in the day, busier in European daytime, leaving `room` before midnight."""
    span = max(60.0, (timedelta(days=1) - room).total_seconds() - 60)
    while True:
        seconds = rng.uniform(0, span)
        hour = seconds / 3600
        weight = 0.35 + 0.65 * math.sin(math.pi * min(max(hour - 6, 0), 18) / 18)
        if rng.random() < weight:
            return start + timedelta(seconds=int(seconds))


def _delay(rng: random.Random, median_minutes: float, spread: float = 0.9) -> timedelta:
    """Log-normal handling time: most quick, a long tail."""
    return timedelta(minutes=max(1.0, rng.lognormvariate(math.log(median_minutes), spread)))


def _scaled(name: str, volume: float) -> int:
    return max(1, round(BASE_VOLUME[name] * volume))


def _pick(rng: random.Random, table: tuple[Any, ...], share_index: int) -> Any:
    return rng.choices(table, weights=[row[share_index] for row in table])[0]


class DayStories:
    """Builds and runs one day's stories inside one unit of work."""

    def __init__(
        self,
        container: Container,
        clock: ManualClock,
        cast: Cast,
        day: date,
        rng: random.Random,
        unit: UnitOfWork,
    ) -> None:
        self.c = container
        self.nta = container.nta
        self.cast = cast
        self.day = day
        self.rng = rng
        self.unit = unit
        self.start = datetime.combine(day, time(), tzinfo=UTC)
        self.timeline = Timeline(clock, self.start)
        self.counts: Counter[str] = Counter()
        self.decided: list[tuple[datetime, uuid.UUID]] = []
        self.legal_effects: list[tuple[datetime, uuid.UUID]] = []
        self.appeals = 0
        self._posts = itertools.count()
        self._notifiers = itertools.count(1)
        self._references = itertools.count(1)
        self._pending_posts: list[dict[str, Any]] = []
        protest = set(cast.protest_channels)
        self.plain_channels = [c for c in cast.channels if c not in protest] or cast.channels

    # -- platform -------------------------------------------------------------------------------

    def new_post(self, at: datetime, text: str, *, channel: str | None = None) -> str:
        """A post created at `at`; its event is ingested with the next hourly platform batch
        (at the latest a minute before anyone reports it)."""
        n = next(self._posts)
        post_id = f"demo-post-{self.day.strftime('%Y%m%d')}-{n:05d}"
        author = self.rng.choice(self.cast.accounts)
        self._pending_posts.append(
            {
                "event_id": f"demo-activity-{post_id}",
                "type": "post.created",
                "occurred_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "data": {
                    "id": post_id,
                    "channel_id": channel or self.rng.choice(self.cast.channels),
                    "author_id": author,
                    "text": text.format(n=n),
                    "media": [],
                    "url": post_url(post_id),
                },
            }
        )
        return post_id

    def ingest_due(self) -> None:
        now = self.timeline.clock.now()
        due = [
            e for e in self._pending_posts if e["occurred_at"] <= now.strftime("%Y-%m-%dT%H:%M:%SZ")
        ]
        if not due:
            return
        self._pending_posts = [e for e in self._pending_posts if e not in due]
        events = [parse_event(raw) for raw in due]
        do_ingest_events(self.unit, events, actor=DEMO_ACTOR, demo=True)
        self.counts["platform_events"] += len(events)

    def reported_post(self, report_at: datetime, text: str, channel: str | None = None) -> str:
        posted = report_at - _delay(self.rng, 90, 1.0)
        posted = max(posted, self.start)
        channel = channel or self.rng.choice(self.plain_channels)
        post_id = self.new_post(posted, text, channel=channel)
        # The post reaches the mirror before it is reported (the platform streams its events).
        self.timeline.at(max(posted, report_at - timedelta(seconds=30)), self.ingest_due)
        return post_id

    # -- notices and decisions -----------------------------------------------------------------

    def notice_story(self, *, flagger: uuid.UUID | None) -> None:
        rng = self.rng
        category, keywords, _, text, reference = _pick(rng, REPORTED, 2)
        critical = "KEYWORD_TERRORIST_CONTENT" in keywords or "MINORS" in category
        if flagger is not None:
            handling = _delay(rng, 10 if critical else 45, 0.8)
        else:
            handling = _delay(rng, 12 if critical else 180, 1.0)
        extra_notices = rng.choices([0, 1, 2, 4], weights=[70, 18, 8, 4])[0]
        room = handling + timedelta(minutes=45)
        reported_at = _moment(rng, self.start, room)
        post_id = self.reported_post(reported_at, text)
        by_link = flagger is None and rng.random() < 0.4
        body = {
            "location": {"url": post_url(post_id)} if by_link else {"kind": "post", "id": post_id},
            "category": category,
            "category_specification": keywords,
            "explanation": "The post breaks the law or the terms: " + text.split("] ", 1)[-1][:120],
            "good_faith": True,
        }
        if flagger is None and rng.random() < 0.55:
            n = next(self._notifiers)
            body["notifier"] = {
                "name": f"Demo Reporter {n}",
                "email": f"reporter-{self.day:%Y%m%d}-{n}@mail.demo.example",
            }
        source = (
            NoticeSource(flagger_id=flagger, caller=f"api_key:demo-flagger-{flagger}")
            if flagger is not None
            else NoticeSource(client_address=f"198.51.100.{rng.randint(1, 254)}")
        )
        case_ref: dict[str, uuid.UUID] = {}

        def submit(src: NoticeSource = source, payload: dict[str, Any] = body) -> None:
            receipt = do_submit_notice(
                self.unit,
                parse_notice(payload),
                source=src,
                policy=self.nta.notices,
                review=self.nta.review,
                actor=DEMO_ACTOR
                if src.flagger_id is None
                else Actor("api_key", "demo-flagger", "trusted_flagger"),
                demo=True,
            )
            self.counts["flagger_notices" if src.flagger_id else "notices"] += 1
            case_id = self.unit.session.scalar(
                select(Notice.case_id).where(Notice.id == uuid.UUID(receipt.id))
            )
            if case_id is not None:
                case_ref.setdefault("case", case_id)

        self.timeline.at(reported_at, submit)
        for index in range(extra_notices):
            other = dict(body)
            other.pop("notifier", None)
            other["explanation"] = f"Reported again ({index + 2}): " + body["explanation"]
            later = reported_at + timedelta(minutes=rng.randint(1, 40))
            anon = NoticeSource(client_address=f"203.0.113.{rng.randint(1, 254)}")
            self.timeline.at(
                later,
                lambda s=anon, p=other: submit(s, p),  # type: ignore[misc]
            )
        # Every past day's story ends that day: what is open in the queue is topped up
        # relative to now at each start (demo/topup.py), so it is open and on time.
        act = rng.random() < (0.82 if flagger else 0.62)
        decide_at = reported_at + handling
        self.timeline.at(
            decide_at,
            lambda: self.decide(
                case_ref.get("case"),
                category=category,
                keywords=keywords,
                reference=reference,
                act=act,
                actor=self.cast.moderator,
                automated="AUTOMATED_DECISION_NOT_AUTOMATED",
            ),
        )

    def detection_story(self) -> None:
        rng = self.rng
        source, category, keywords, text, _ = _pick(rng, DETECTED, 4)
        fully = source in ("detection:url-bank", "detection:pdq") and rng.random() < 0.85
        handling = timedelta(seconds=rng.randint(2, 90)) if fully else _delay(rng, 60, 0.9)
        detected_at = _moment(rng, self.start, handling + timedelta(minutes=30))
        post_id = self.reported_post(detected_at, text)
        case_ref: dict[str, uuid.UUID] = {}

        def raise_signal() -> None:
            signal = do_raise_signal(
                self.unit,
                item_kind="post",
                item_id=post_id,
                source=source,
                category=category,
                keywords=keywords,
                score=round(rng.uniform(0.86, 0.999), 3),
                details={"rule": source.split(":")[1] + "-demo-rule"},
                policy=self.nta.review,
                actor=Actor("system", source),
            )
            case_ref["case"] = signal.case_id
            self.counts["detections"] += 1

        self.timeline.at(detected_at, raise_signal)
        reference = "ToS 4.2 (spam, fraud and scams)"
        if "TERRORIST" in "".join(keywords):
            reference = "Regulation (EU) 2021/784 (TCO); ToS 2.1"
        self.timeline.at(
            detected_at + handling,
            lambda: self.decide(
                case_ref.get("case"),
                category=category,
                keywords=keywords,
                reference=reference,
                act=fully or rng.random() < 0.8,
                actor=DETECTOR if fully else self.cast.moderator,
                automated="AUTOMATED_DECISION_FULLY" if fully else "AUTOMATED_DECISION_PARTIALLY",
            ),
        )

    def _actions(self, category: str, reference: str) -> list[dict[str, Any]]:
        rng = self.rng
        illegal = not reference.startswith("ToS")
        ground = {
            "kind": "illegal_content" if illegal else "terms_of_service",
            "reference": reference,
            "explanation": "The item falls under the cited provision on the facts reported.",
        }
        roll = rng.random()
        if illegal and reference in CONTEXT_COUNTRY and roll < 0.4:
            return [
                {
                    "kind": "restrict_post",
                    "ground": ground,
                    "countries": [CONTEXT_COUNTRY[reference]],
                }
            ]
        if "defamation" in reference.lower():
            country = rng.choice(["DE", "FR", "IT", "ES", "PL", "IE"])
            return [{"kind": "restrict_post", "ground": ground, "countries": [country]}]
        if category.endswith("CIVIC_DISCOURSE_OR_ELECTIONS") and roll < 0.5:
            return [
                {
                    "kind": "label",
                    "ground": ground,
                    "label": "Disputed: see independent fact checks",
                }
            ]
        actions: list[dict[str, Any]] = [{"kind": "remove_post", "ground": ground}]
        if category.endswith("SCAMS_AND_FRAUD") and roll > 0.75:
            until = self.timeline.clock.now() + timedelta(days=rng.choice([7, 14, 30]))
            actions.append(
                {
                    "kind": "suspend_account",
                    "ground": ground,
                    "until": until.isoformat(),
                }
            )
        elif category.endswith("PROTECTION_OF_MINORS") and roll > 0.5:
            actions.append({"kind": "terminate_account", "ground": ground})
        return actions

    def decide(
        self,
        case_id: uuid.UUID | None,
        *,
        category: str,
        keywords: list[str],
        reference: str,
        act: bool,
        actor: Actor,
        automated: str,
    ) -> None:
        """Claim the case now; the decision follows once the item has been looked at."""
        if case_id is None:
            return
        case = self.unit.session.get(Case, case_id)
        if case is None or case.status != "open":
            return  # decided with another item's story, or waiting for approval
        do_claim_case(self.unit, case_id, policy=self.nta.review, actor=actor)
        machine = automated.endswith("FULLY")
        looking = timedelta(
            seconds=self.rng.randint(1, 3) if machine else self.rng.randint(20, 240)
        )
        if act:
            body: dict[str, Any] = {
                "outcome": "action",
                "category": category,
                "category_specification": keywords,
                "explanation": "Reviewed against the report and the item's context.",
                "actions": self._actions(category, reference),
                "automated_decision": automated,
            }
        else:
            body = {
                "outcome": "no_action",
                "category": category,
                "category_specification": keywords,
                "explanation": "Reviewed: neither illegal nor against the terms in its context.",
                "automated_decision": automated,
            }
        decision_in = DecisionIn.model_validate(body)
        self.timeline.at(
            self.timeline.clock.now() + looking,
            lambda: self._decide_claimed(case_id, decision_in, actor, machine),
        )

    def _decide_claimed(
        self, case_id: uuid.UUID, decision_in: DecisionIn, actor: Actor, machine: bool
    ) -> None:
        decision = do_decide_case(
            self.unit, case_id, decision_in, policy=self.nta.review, actor=actor
        )
        self.counts["decisions"] += 1
        self.counts["decisions_automated" if machine else "decisions_human"] += 1
        if decision.status == "pending_approval":
            self.counts["four_eyes"] += 1
            self.timeline.at(
                self.timeline.clock.now() + _delay(self.rng, 40, 0.7),
                lambda: self.approve(decision.id),
            )
            return
        self.after_effect(decision)

    def approve(self, decision_id: uuid.UUID) -> None:
        decision = do_approve_decision(
            self.unit, decision_id, policy=self.nta.review, actor=self.cast.senior
        )
        self.counts["approvals"] += 1
        self.after_effect(decision, appealable=False)

    def after_effect(self, decision: Decision, *, appealable: bool = True) -> None:
        now = self.timeline.clock.now()
        self.decided.append((now, decision.id))
        if decision.outcome != "action" or not appealable:
            return
        # About one affected user in twelve complains (DSA Art. 20); the first complaints of a
        # day alternate upheld / reversed so both always show.
        if self.rng.random() >= 0.09 and self.appeals >= 2:
            return
        statement = self.unit.session.scalar(
            select(Statement).where(Statement.decision_id == decision.id).order_by(Statement.id)
        )
        if statement is None:
            return
        token = statement_token(self.nta.review.tokens, statement.id)
        appeal_at = now + _delay(self.rng, 150, 0.8)
        reverse = self.appeals == 1 or (self.appeals > 1 and self.rng.random() < 0.3)
        decide_after = _delay(self.rng, 120, 0.8)
        if appeal_at + decide_after + timedelta(minutes=5) >= self.timeline.end:
            return
        self.appeals += 1
        appeal_ref: dict[str, uuid.UUID] = {}

        def submit() -> None:
            receipt = do_submit_appeal(
                self.unit,
                token=token,
                explanation="The post was a joke among friends and broke no rule.",
                policy=self.nta.review,
                actor=Actor("anonymous", "affected-user"),
            )
            appeal_ref["appeal"] = receipt.id
            self.counts["appeals"] += 1

        def decide() -> None:
            do_decide_appeal(
                self.unit,
                appeal_ref["appeal"],
                AppealDecisionIn.model_validate(
                    {
                        "outcome": "reversed" if reverse else "upheld",
                        "reasoning": (
                            "On a second look the context shows satire; the measure is lifted."
                            if reverse
                            else "The complaint adds nothing that changes the assessment."
                        ),
                    }
                ),
                policy=self.nta.review,
                actor=self.cast.senior,
            )
            self.counts["appeals_reversed" if reverse else "appeals_upheld"] += 1

        self.timeline.at(appeal_at, submit)
        self.timeline.at(appeal_at + decide_after, decide)

    # -- authority requests --------------------------------------------------------------------

    def legal_story(self, template: LegalTemplate) -> None:
        rng = self.rng
        agency_id, sender = self.cast.agencies[template.country]
        pending = template.outcome == "pending"
        received_at = (
            self.start + timedelta(hours=23, minutes=rng.randint(0, 50))
            if pending
            else _moment(rng, self.start, timedelta(hours=min(template.median_hours * 2, 12)))
        )
        targets = template.targets(self, received_at)
        n = next(self._references)
        body: dict[str, Any] = {
            "type": template.type,
            "reference": f"{template.country}-{self.day:%Y%m%d}-{n:03d}",
            "legal_instrument": template.instrument,
            "statement": template.statement,
            "targets": targets,
            **template.extra,
        }
        if template.basis:
            body["legal_basis"] = template.basis

        def submit() -> None:
            receipt = do_submit_legal_request(
                self.unit,
                parse_submission(body),
                agency_id=agency_id,
                verification=Verification.API_KEY,
                body_sha256=digest_of(body),
                idempotency_key=None,
                cipher=self.c.keys.cipher,
                status_secret=self.c.keys.secret_key,
                actor=sender,
            )
            self.counts["authority_requests"] += 1
            if receipt.status == "answered":
                self.counts["authority_auto_executed"] += 1
                self.legal_effects.append((self.timeline.clock.now(), receipt.request_id))
                return
            request = self.unit.session.get(LegalRequest, receipt.request_id)
            assert request is not None
            answer_at = None if pending else self._answer_time(template, request)
            if answer_at is None:
                self.counts["authority_pending"] += 1
                return
            now = self.timeline.clock.now()
            self.timeline.at(
                now + (answer_at - now) / 3,
                lambda: self.start_assessment(receipt.request_id),
            )
            self.timeline.at(answer_at, lambda: self.answer(receipt.request_id, template))

        self.timeline.at(received_at, submit)

    def _answer_time(self, template: LegalTemplate, request: LegalRequest) -> datetime | None:
        """Within the deadline, always: the demo shows the promise kept."""
        rng = self.rng
        now = self.timeline.clock.now()
        last = self.timeline.end - timedelta(minutes=2)
        deadline = request.deadline_at
        wanted = now + timedelta(
            minutes=max(10.0, rng.lognormvariate(math.log(template.median_hours * 60), 0.5))
        )
        answer_at = min(wanted, now + (deadline - now) * 0.9, last)
        return answer_at if answer_at > now + timedelta(minutes=2) else None

    def start_assessment(self, request_id: uuid.UUID) -> None:
        request = self.unit.session.get(LegalRequest, request_id)
        if request is None or request.status != "acknowledged":
            return
        do_start_assessment(self.unit, request_id, actor=self.cast.legal_officer)

    def answer(self, request_id: uuid.UUID, template: LegalTemplate) -> None:
        request = self.unit.session.get(LegalRequest, request_id)
        if request is None or request.status == "answered":
            return
        assessment = assessment_of(self.unit.session, request)
        proposal = assessment.proposal if assessment is not None else None
        proposed = proposal.get("proposed_answer") if proposal is not None else None
        outcome = template.outcome
        if outcome == ENGINE:
            # Routine requests: the officers follow the engine; a human-rights review ends in
            # the template's fallback, which follows the proposal too (any answer ends it).
            outcome = proposed or template.fallback
        follows = proposal is not None and (
            proposed == outcome or proposal.get("disposition") == "human_rights_review"
        )
        kwargs: dict[str, Any] = {}
        if not follows or (proposed is None and outcome in ("refused", "partially_complied")):
            kwargs = {
                "scope": template.scope,
                "reasons": [{"rule": rule, "text": text} for rule, text in template.reasons],
                "what_and_why": template.what_and_why,
                "missing": [{"field": f, "need": need} for f, need in template.missing],
            }
        if not follows:
            kwargs["override_reason"] = template.override_reason
        row = do_answer_legal_request(
            self.unit,
            request_id,
            answer=outcome,
            followed_proposal=follows,
            actor=self.cast.legal_officer,
            cipher=self.c.keys.cipher,
            **kwargs,
        )
        self.counts["authority_" + outcome] += 1
        if row.late:
            self.counts["authority_answered_late"] += 1
        self.legal_effects.append((self.timeline.clock.now(), request_id))

    # -- the whole day --------------------------------------------------------------------------

    def build(self, volume: float) -> None:
        for _ in range(_scaled("benign_posts", volume)):
            at = _moment(self.rng, self.start, timedelta(0))
            self.new_post(at, self.rng.choice(BENIGN))
        for _ in range(_scaled("user_notices", volume)):
            self.notice_story(flagger=None)
        for _ in range(_scaled("flagger_notices", volume)):
            self.notice_story(flagger=self.rng.choice(self.cast.flaggers))
        for _ in range(_scaled("detections", volume)):
            self.detection_story()
        templates = list(EVERY_DAY)
        extra = _scaled("extra_authority_requests", volume)
        templates += self.rng.choices(ROUTINE, k=extra)
        for template in templates:
            self.legal_story(template)
        # The platform streams its events every hour; the last batch closes the day.
        for hour in range(24):
            self.timeline.at(
                self.start + timedelta(hours=hour, minutes=59, seconds=59), self.ingest_due
            )

    def run(self) -> None:
        self.timeline.run()
        self.ingest_due()


def _seed_day(
    container: Container,
    clock: ManualClock,
    cast: Cast,
    day: date,
    rng: random.Random,
    volume: float,
    *,
    next_day_open: bool,
) -> dict[str, int]:
    database = container.database
    key = day.isoformat()
    with database.uow() as unit:
        stories = DayStories(container, clock, cast, day, rng, unit)
        stories.build(volume)
        stories.run()
        clock.set(stories.timeline.end + REPORT_DELAY)
        report = do_publish_day(unit, day, signer=container.keys.signer)
        if next_day_open:
            _blind_qa(container, clock, cast, stories)
        counts = dict(sorted(stories.counts.items()))
        counts["report_tree_size"] = report.tree_size
        unit.session.add(
            InstallationFact(name=FACT_PREFIX + key, value=json.dumps(counts), set_at=clock.now())
        )
        unit.record(
            "system:demo:activity_seeded",
            actor=DEMO_ACTOR,
            subjects={"day": key},
            snapshot=counts,
        )
        unit.commit()
    write_files(report, container.settings.resolved_data_dir / "reports" / key)
    _dispatch(container, clock, stories)
    return counts


def _blind_qa(container: Container, clock: ManualClock, cast: Cast, stories: DayStories) -> None:
    """The next morning, as the `qa-sample` job would: draw the day's blind QA sample of fully
    automated decisions and let the moderator re-decide it (docs/transparency.md). The verdicts
    fall on the next day, so they are only given while that day is not published, and never in
    the future."""
    rng = stories.rng
    clock.set(stories.timeline.end + QA_SAMPLE_DELAY)
    sample = do_sample_qa(stories.unit, stories.day, policy=qa_policy(container), actor=SYSTEM)
    stories.counts["qa_sampled"] += len(sample)
    real_now = SystemClock().now()
    moment = clock.now()
    # The last item of each sample waits for a human: the newest one is what the demo shows
    # waiting; older ones are reviewed at the next start (demo/topup.py).
    for review in sample[:-1]:
        moment += timedelta(minutes=rng.randint(5, 40))
        if moment >= real_now:
            break
        clock.set(moment)
        agrees = rng.random() < 0.92
        if agrees:
            outcome = review.automated_outcome
        else:
            outcome = "no_action" if review.automated_outcome == "action" else "action"
        do_record_qa_verdict(
            stories.unit,
            review.id,
            outcome=outcome,
            category=review.category if outcome == "action" else None,
            actor=cast.moderator,
        )
        stories.counts["qa_reviewed"] += 1


def _dispatch(container: Container, clock: ManualClock, stories: DayStories) -> None:
    """Platform calls at their simulated time, in ten-minute buckets after the day committed."""
    buckets: dict[datetime, tuple[list[uuid.UUID], list[uuid.UUID]]] = {}

    def bucket(moment: datetime) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
        start = stories.start + DISPATCH_BUCKET * ((moment - stories.start) // DISPATCH_BUCKET)
        return buckets.setdefault(start + DISPATCH_BUCKET - timedelta(seconds=1), ([], []))

    for moment, decision_id in stories.decided:
        bucket(moment)[0].append(decision_id)
    for moment, request_id in stories.legal_effects:
        bucket(moment)[1].append(request_id)
    for moment in sorted(buckets):
        decisions, requests = buckets[moment]
        clock.set(moment)
        container.nta.dispatch_enforcement(
            decision_ids=decisions, legal_request_ids=requests or None
        )


# -- authority request templates ----------------------------------------------------------------


@dataclass(frozen=True)
class LegalTemplate:
    country: str
    type: str
    instrument: str
    basis: str | None
    statement: str
    outcome: str
    """complied | partially_complied | refused | need_more_info | pending, or `engine`: the
    officers answer what the assessment engine proposes"""
    target: str
    """post | hate_post | protest_channel | channel | account | none"""
    extra: dict[str, Any] = field(default_factory=dict)
    scope: str | None = None
    reasons: tuple[tuple[str, str], ...] = ()
    missing: tuple[tuple[str, str], ...] = ()
    what_and_why: str | None = None
    override_reason: str = "Decided by the legal officers after reviewing the order in full."
    fallback: str = "refused"
    """The answer that ends a human-rights review (outcome `engine`)."""
    median_hours: float = 6.0

    def targets(self, stories: DayStories, at: datetime) -> list[dict[str, str]]:
        rng = stories.rng
        if self.target == "none":
            return []
        if self.target == "protest_channel" and stories.cast.protest_channels:
            return [{"kind": "channel", "id": rng.choice(stories.cast.protest_channels)}]
        if self.target in ("channel", "protest_channel"):
            return [{"kind": "channel", "id": rng.choice(stories.cast.channels)}]
        if self.target == "account":
            return [{"kind": "account", "id": rng.choice(stories.cast.accounts)}]
        text = (
            "[demo] post naming a public official and calling for violence against them"
            if self.target == "hate_post"
            else "[demo] post reported by an authority"
        )
        return [{"kind": "post", "id": stories.reported_post(at, text)}]


EVERY_DAY = (
    LegalTemplate(
        country="DE",
        type="removal_order",
        instrument="dsa_art9",
        basis="§ 130 StGB (incitement to hatred); DSA Art. 9",
        statement="The post incites hatred against a part of the population.",
        outcome="complied",
        target="hate_post",
        scope="requesting_country",
        median_hours=3,
    ),
    LegalTemplate(
        country="FR",
        type="removal_order",
        instrument="tco",
        basis="Regulation (EU) 2021/784, Art. 3",
        statement="Terrorist propaganda of a listed organisation; removal within one hour.",
        outcome="complied",
        target="post",
        extra={
            "urgency": "urgent",
            "offence_category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        },
        scope="global",
        median_hours=0.4,
    ),
    LegalTemplate(
        country="IT",
        type="production_order",
        instrument="national",
        basis="Art. 256 c.p.p. (production of documents)",
        statement="Subscriber data and message content of an account suspected of fraud.",
        outcome="partially_complied",
        target="account",
        extra={
            "judicial_authorisation": True,
            "offence_category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            "data_requested": ["subscriber_info", "message_content"],
        },
        reasons=(
            (
                "R-E2E-CONTENT-IMPOSSIBLE",
                "Private chats are end-to-end encrypted; their content cannot be produced.",
            ),
        ),
        what_and_why="Subscriber data produced; message content cannot be produced.",
        median_hours=30 / 60 * 10,
    ),
    LegalTemplate(
        country="US",
        type="encryption_key",
        instrument="national",
        basis="All Writs Act, 28 U.S.C. § 1651",
        statement="Provide the keys needed to decrypt the private chats of a suspect.",
        outcome="refused",
        target="none",
        extra={"data_requested": ["encryption_keys"]},
        reasons=(("R-KEYS-NEVER", "The platform never hands over or creates decryption keys."),),
        median_hours=4,
    ),
    LegalTemplate(
        country="RU",
        type="block_channel",
        instrument="national",
        basis="Federal Law 149-FZ, Art. 15.3 (unauthorised public events)",
        statement="Block the channel: it calls people to an unauthorised public event.",
        outcome="refused",
        target="protest_channel",
        reasons=(
            (
                "R-PROTECTED-EXPRESSION",
                "The channel organises peaceful protest; blocking it would suppress protected "
                "expression.",
            ),
        ),
        median_hours=8,
    ),
    LegalTemplate(
        country="PL",
        type="removal_order",
        instrument="national",
        basis=None,
        statement="Remove the post, it is illegal.",
        outcome="need_more_info",
        target="post",
        missing=(("legal_basis", "the provision of Polish law the post breaks"),),
        median_hours=5,
    ),
    LegalTemplate(
        country="BR",
        type="removal_order",
        instrument="national",
        basis="Lei 9.504/1997, Art. 57-D (electoral propaganda)",
        statement="Remove false electoral propaganda ahead of the vote.",
        outcome=ENGINE,
        target="post",
        reasons=(
            (
                "R-PROPORTIONALITY",
                "The order does not show why the post is false or why removal is needed.",
            ),
        ),
    ),
)
ROUTINE = (
    LegalTemplate(
        country="ES",
        type="removal_order",
        instrument="dsa_art9",
        basis="Art. 510 Código Penal; DSA Art. 9",
        statement="The post incites hatred against migrants.",
        outcome=ENGINE,
        fallback="complied",
        target="hate_post",
        scope="requesting_country",
    ),
    LegalTemplate(
        country="NL",
        type="preservation",
        instrument="national",
        basis="Art. 126ni Sv (preservation of data)",
        statement="Preserve the account's data pending a production order.",
        outcome=ENGINE,
        fallback="complied",
        target="account",
        extra={"data_requested": ["subscriber_info"]},
        median_hours=8,
    ),
    LegalTemplate(
        country="IE",
        type="information_order",
        instrument="dsa_art10",
        basis="DSA Art. 10; Online Safety and Media Regulation Act 2022",
        statement="Information on the account behind a harassment campaign.",
        outcome=ENGINE,
        fallback="complied",
        target="account",
        extra={
            "data_requested": ["subscriber_info"],
            "offence_category": "STATEMENT_CATEGORY_CYBER_VIOLENCE",
        },
        median_hours=12,
    ),
    LegalTemplate(
        country="TR",
        type="block_channel",
        instrument="national",
        basis="Law No. 5651, Art. 8/A",
        statement="Block the channel for insulting state officials.",
        outcome=ENGINE,
        target="protest_channel",
        reasons=(
            (
                "R-PROTECTED-EXPRESSION",
                "Criticism of officials is protected expression; the channel stays.",
            ),
        ),
    ),
    LegalTemplate(
        country="IN",
        type="removal_order",
        instrument="national",
        basis="IT Act 2000, s. 69A",
        statement="Remove the post for threatening public order.",
        outcome=ENGINE,
        target="post",
        reasons=(
            (
                "R-PROPORTIONALITY",
                "The order gives no facts showing a threat to public order.",
            ),
        ),
    ),
    LegalTemplate(
        country="US",
        type="production_order",
        instrument="us_sca",
        basis="18 U.S.C. § 2703(d)",
        statement="Subscriber information for an account used in a fraud scheme.",
        outcome=ENGINE,
        fallback="complied",
        target="account",
        extra={
            "legal_process": "court_order",
            "judicial_authorisation": True,
            "data_requested": ["subscriber_info"],
            "offence_category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        },
        median_hours=20,
    ),
    LegalTemplate(
        country="DE",
        type="removal_order",
        instrument="national",
        basis="§ 86a StGB (symbols of unconstitutional organisations)",
        statement="The post shows a prohibited symbol.",
        outcome=ENGINE,
        fallback="complied",
        target="post",
        scope="requesting_country",
    ),
)
