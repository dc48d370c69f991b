"""Deterministic generator of the demo platform's accounts, channels, posts and memberships."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

# Weighted towards EU/EEA states so that DSA exports have material, with the rest of the
# world present so that jurisdiction rules have something to decide.
COUNTRIES = (
    ["DE"] * 12
    + ["FR"] * 10
    + ["NL"] * 5
    + ["PL"] * 5
    + ["IT"] * 6
    + ["ES"] * 6
    + ["SE"] * 2
    + ["IE"] * 2
    + ["AT"] * 2
    + ["US"] * 12
    + ["BR"] * 6
    + ["IN"] * 8
    + ["TR"] * 4
    + ["RU"] * 4
    + ["UA"] * 3
    + ["NG"] * 3
    + ["ID"] * 3
    + ["MX"] * 2
    + ["GB"] * 4
    + ["IR"] * 1
    + ["BY"] * 1
)
TOPICS = [
    ("City News", "channel"),
    ("Football Fans", "group"),
    ("Cooking Together", "group"),
    ("Tech Deals", "channel"),
    ("Crypto Signals", "channel"),
    ("Local Politics", "channel"),
    ("Photography", "group"),
    ("Language Exchange", "group"),
    ("Parents Network", "group"),
    ("Independent Journalism", "channel"),
    ("Protest Updates", "channel"),
    ("Gaming", "group"),
    ("Music Releases", "channel"),
    ("Science Daily", "channel"),
    ("Travel Tips", "group"),
]
BENIGN = [
    "Good morning everyone, the weather is lovely today.",
    "Has anyone tried the new bakery on the corner? Their bread is great.",
    "Match starts at 20:00, see you at the usual place.",
    "Here is the recipe I promised: two eggs, flour, milk and a pinch of salt.",
    "New article: what the city council decided about the bike lanes.",
    "Thanks for the warm welcome to the group!",
    "Reminder: the meetup is moved to Thursday.",
    "Beautiful sunset photo from the harbour last night.",
    "Does anyone have a spare ticket for Saturday?",
    "The minister's statement today raises more questions than it answers.",
    "Peaceful march tomorrow at noon, bring water and stay safe.",
    "Our investigation into public spending is out now.",
]
SPAMMY = [
    "WIN a FREE phone now!!! Click http://free-prize.example/claim?id={n}",
    "Guaranteed 300% profit in 24h, DM me or visit http://crypto-double.example/{n}",
    "Cheap followers, real accounts, fast delivery: http://followers-shop.example",
    "Your parcel is held, pay the customs fee at http://parcel-fee.example/{n}",
]
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def _hex(seed: str, length: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


DEMO_URL = "https://chat.demo.example"
"""The demo platform's own addresses: posts at /p/<id> (channels /c/, users /u/), which the
default `platform_url_patterns` resolve to mirrored items."""

FIRST_NAMES = (
    "Ada", "Bruno", "Chiara", "Dara", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kasia", "Luca", "Maya", "Noor", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tove",
    "Uma", "Viktor", "Wiebke", "Xavi", "Yara", "Zoltan",
)  # fmt: skip
FAMILY_INITIALS = "ABCDEFGHJKLMNOPRSTVWZ"


def post_url(post_id: str) -> str:
    return f"{DEMO_URL}/p/{post_id}"


def display_name(index: int) -> str:
    """A made-up name for demo account `index` ("Maya K."), stable across runs."""
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    initial = FAMILY_INITIALS[(index // len(FIRST_NAMES)) % len(FAMILY_INITIALS)]
    return f"{first} {initial}."


def _ts(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


class DemoPlatform:
    """`events()` yields the same platform events, in the same order, for the same seed."""

    def __init__(
        self, seed: int = 2024, accounts: int = 2000, channels: int = 120, posts: int = 5000
    ) -> None:
        self.seed = seed
        self.n_accounts = accounts
        self.n_channels = channels
        self.n_posts = posts

    def events(self) -> Iterator[dict[str, Any]]:
        rng = random.Random(self.seed)
        accounts = [f"demo-acc-{i:05d}" for i in range(self.n_accounts)]
        for i, account_id in enumerate(accounts):
            created = EPOCH - timedelta(days=rng.randint(1, 2000))
            yield self._event(
                f"acc-{i}",
                "account.upserted",
                created,
                {
                    "id": account_id,
                    "country": rng.choice(COUNTRIES),
                    "created_at": _ts(created),
                    "verified": rng.random() < 0.03,
                    "official": rng.random() < 0.005,
                    "display_name": display_name(i),
                },
            )
        channels = []
        for i in range(self.n_channels):
            title, kind = TOPICS[i % len(TOPICS)]
            channel_id = f"demo-chan-{i:04d}"
            channels.append(channel_id)
            big = rng.random() < 0.1
            yield self._event(
                f"chan-{i}",
                "channel.upserted",
                EPOCH,
                {
                    "id": channel_id,
                    "kind": kind,
                    "title": f"{title} #{i}",
                    "owner_id": rng.choice(accounts),
                    "subscribers": rng.randint(50_000, 2_000_000) if big else rng.randint(5, 5000),
                    "public": rng.random() < 0.85,
                    "verified": big and rng.random() < 0.5,
                },
            )
        for i in range(self.n_accounts * 3 // 2):
            yield self._event(
                f"join-{i}",
                "member.joined",
                EPOCH + timedelta(minutes=i),
                {
                    "channel_id": rng.choice(channels),
                    "account_id": rng.choice(accounts),
                },
            )
        for i in range(self.n_posts):
            at = EPOCH + timedelta(seconds=i * 97 + rng.randint(0, 90))
            spam = rng.random() < 0.06
            text = (rng.choice(SPAMMY) if spam else rng.choice(BENIGN)).format(n=i)
            media = []
            if rng.random() < 0.2:
                media.append(
                    {
                        "id": f"demo-media-{i:05d}",
                        "kind": "image",
                        "mime": "image/jpeg",
                        "sha256": _hex(f"sha-{i}", 64),
                        "md5": _hex(f"md5-{i}", 32),
                        "pdq": _hex(f"pdq-{i}", 64),
                    }
                )
            yield self._event(
                f"post-{i}",
                "post.created",
                at,
                {
                    "id": f"demo-post-{i:05d}",
                    "channel_id": rng.choice(channels),
                    "author_id": rng.choice(accounts),
                    "text": text,
                    "media": media,
                    "url": post_url(f"demo-post-{i:05d}"),
                },
            )
            if rng.random() < 0.03:
                yield self._event(
                    f"edit-{i}",
                    "post.edited",
                    at + timedelta(minutes=5),
                    {
                        "id": f"demo-post-{i:05d}",
                        "text": text + " (edited)",
                    },
                )

    def _event(self, key: str, type_: str, at: datetime, data: dict[str, Any]) -> dict[str, Any]:
        return {
            "event_id": f"demo-{self.seed}-{key}",
            "type": type_,
            "occurred_at": _ts(at),
            "data": data,
        }
