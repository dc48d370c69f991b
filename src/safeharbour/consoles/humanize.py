"""Human words for the consoles: the Jinja filters every page uses instead of raw values.

Registered on the consoles' one template environment (`pages.templates.env`):

- `when`      an aware datetime (or RFC 3339 string) as "7 Dec 2026, 22:43 UTC", in the reader's
              time zone;
- `relative`  a moment against now: "in 3 hours", "2 days ago"; `relative("deadline")` says
              "overdue by 2 days" once the moment has passed (now: the page's `now`, else the
              container's clock; a macro passes it, `relative("deadline", now)`);
- `duration`  a timedelta, an ISO 8601 duration (`PT1H`, `P30D`, `P6M`) or seconds as words:
              "1 hour", "30 days", "2 days and 4 hours" (never `PT1H`);
- `number`    a number with grouping and without scientific notation ("20,712,345");
- `label`     an enum value or code as plain words, from the one table `LABELS`
              (`dsa_art9` -> "DSA Art. 9 order"); unknown codes fall back to their words;
- `person`    a person's display name, or a stable pseudonym derived from their id ("Amber
              Otter 17"); never the raw id of a person.

Locale and time zone come from one place each, `reader_locale` and `reader_zone`: both read the
page context (`locale`, `reader_tz`) and default to English and UTC, so that a later change can
give users their own without touching a template. Babel does the formatting.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_datetime
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.units import format_unit
from jinja2 import pass_context
from jinja2.runtime import Context

DEFAULT_LOCALE = "en"
DEFAULT_ZONE = "UTC"
NOTHING = "—"


# -- the reader ---------------------------------------------------------------------------------
def reader_locale(context: Mapping[str, Any] | None = None) -> Locale:
    """The locale a page is written in: the context's `locale`, else English. The one place
    where a per-user or per-request locale will be chosen."""
    code = (context or {}).get("locale") or DEFAULT_LOCALE
    try:
        return Locale.parse(str(code))
    except (ValueError, TypeError):
        return Locale.parse(DEFAULT_LOCALE)


def reader_zone(context: Mapping[str, Any] | None = None) -> tzinfo:
    """The reader's time zone: the context's `reader_tz` (an IANA name), else UTC."""
    name = (context or {}).get("reader_tz") or DEFAULT_ZONE
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _now(context: Mapping[str, Any] | None) -> datetime:
    """Now as the page sees it: its `now`, else the container's clock (the demo runs on a
    simulated one), else the wall clock."""
    context = context or {}
    now = context.get("now")
    if isinstance(now, datetime):
        return _aware(now)
    request = context.get("request")
    container = getattr(getattr(getattr(request, "app", None), "state", None), "container", None)
    clock = getattr(container, "clock", None)
    if clock is not None:
        return _aware(clock.now())
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return _aware(value)
    if isinstance(value, str) and value:
        try:
            return _aware(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return None
    return None


# -- dates and durations --------------------------------------------------------------------------
def when(value: Any, context: Mapping[str, Any] | None = None, *, date_only: bool = False) -> str:
    """A moment as "7 Dec 2026, 22:43 UTC" (or "7 Dec 2026") in the reader's zone; `—` if none."""
    moment = _moment(value)
    if moment is None:
        return NOTHING if value in (None, "") else str(value)
    locale = reader_locale(context)
    zone = reader_zone(context)
    if date_only:
        return format_datetime(moment, "d MMM y", tzinfo=zone, locale=locale)
    text = format_datetime(moment, "d MMM y, HH:mm", tzinfo=zone, locale=locale)
    return f"{text} {_zone_name(moment, zone)}"


def _zone_name(moment: datetime, zone: tzinfo) -> str:
    if zone is UTC:
        return "UTC"
    return moment.astimezone(zone).tzname() or str(zone)


def relative(value: Any, context: Mapping[str, Any] | None = None, kind: str = "event") -> str:
    """A moment against now, rounded to its largest unit: "in 3 hours", "2 days ago", or for a
    `kind="deadline"` that has passed, "overdue by 2 days"."""
    moment = _moment(value)
    if moment is None:
        return NOTHING if value in (None, "") else str(value)
    delta = moment - _now(context)
    locale = reader_locale(context)
    if abs(delta) < timedelta(minutes=1):
        return "now"
    amount = _rounded(abs(delta), locale)
    if delta > timedelta(0):
        return f"in {amount}"
    if kind == "deadline":
        return f"overdue by {amount}"
    return f"{amount} ago"


def _rounded(span: timedelta, locale: Locale) -> str:
    """A span in its one largest sensible unit: minutes below 90 minutes, hours below two days,
    days below 60 days ("overdue by 13 days" reads better than "2 weeks"), then months, years."""
    minutes = span.total_seconds() / 60
    if minutes < 90:
        amount, unit = round(minutes), "minutes"
    elif minutes < 48 * 60:
        amount, unit = round(minutes / 60), "hours"
    elif span.days < 60:
        amount, unit = round(minutes / 1440), "days"
    elif span.days < 730:
        amount, unit = round(span.days / 30.44), "months"
    else:
        amount, unit = round(span.days / 365.25), "years"
    return format_unit(max(amount, 1), _CLDR_UNIT[unit], length="long", locale=locale)


_ISO_DURATION = re.compile(
    r"^P(?!$)(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)
_UNITS = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")
_CLDR_UNIT = {name: f"duration-{name[:-1]}" for name in _UNITS}


def duration_parts(value: Any) -> dict[str, int] | None:
    """A duration's parts (years, months, ... seconds); None when `value` is not a duration.

    ISO 8601 strings keep their years and months (a legal "P6M" is six months, not 180 days);
    timedeltas and seconds are split into days, hours, minutes and seconds.
    """
    if isinstance(value, str):
        match = _ISO_DURATION.match(value.strip().upper())
        if match is None:
            return None
        return {k: int(float(v)) for k, v in match.groupdict().items() if v and float(v)}
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
    elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        seconds = int(value)
    else:
        return None
    days, rest = divmod(abs(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = {"days": days, "hours": hours, "minutes": minutes, "seconds": secs}
    return {k: v for k, v in parts.items() if v}


def duration(value: Any, context: Mapping[str, Any] | None = None, *, most: int = 2) -> str:
    """A duration in words, its `most` largest parts: "1 hour", "2 days and 4 hours"."""
    if value is None or value == "":
        return NOTHING
    parts = duration_parts(value)
    if parts is None:
        return str(value)
    locale = reader_locale(context)
    if not parts:
        return format_unit(0, _CLDR_UNIT["minutes"], length="long", locale=locale)
    named = [
        format_unit(parts[name], _CLDR_UNIT[name], length="long", locale=locale)
        for name in _UNITS
        if parts.get(name)
    ][:most]
    return format_list(named, locale=locale)


# -- numbers -------------------------------------------------------------------------------------
def number(value: Any, context: Mapping[str, Any] | None = None, digits: int = 2) -> str:
    """Grouped digits, at most `digits` after the point, never scientific notation."""
    if value is None or value == "":
        return NOTHING
    if isinstance(value, bool):
        return str(value)
    try:
        amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except ArithmeticError:
        return str(value)
    if not amount.is_finite():
        return str(value)
    rounded = round(amount, digits)
    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    return format_decimal(rounded, format=pattern, locale=reader_locale(context))


# -- labels --------------------------------------------------------------------------------------
# One table from codes to plain words, for every enum value and code a page shows. Keys are the
# codes as stored; a key may be namespaced `kind:code` where the same code means different things
# (use `value | label("kind")`). Add rows here rather than in templates.
LABELS: dict[str, str] = {
    # authority instruments
    "dsa_art9": "DSA Art. 9 order",
    "dsa_art10": "DSA Art. 10 order",
    "epoc_pr": "European Preservation Order (e-Evidence)",
    "epoc": "European Production Order (e-Evidence)",
    "epoc_pr_preservation": "European Preservation Order (e-Evidence)",
    "tco_removal": "Removal order (TCO Regulation)",
    "tco": "Removal order (TCO Regulation)",
    "us_sca": "US Stored Communications Act",
    "mlat": "Mutual legal assistance request",
    "national": "National law",
    # authority request types, the data they ask for, how their sender was verified
    "removal_order": "Removal order",
    "block_channel": "Blocking of a channel",
    "account_suspension": "Account suspension",
    "information_order": "Information order",
    "production_order": "Production order",
    "preservation": "Preservation request",
    "emergency_disclosure": "Emergency disclosure",
    "encryption_key": "Encryption keys",
    "subscriber_info": "Subscriber information",
    "ip_addresses": "IP addresses",
    "phone_number": "Phone number",
    "message_content": "Content of messages",
    "encryption_keys": "Encryption keys",
    "verification:console_totp": "Signed in with a second factor",
    "verification:api_key": "API key",
    "verification:api_key+signature": "API key and signature",
    "verification:none": "Not verified",
    # answers to authority requests
    "complied": "Complied",
    "partially_complied": "Partly complied",
    "refused": "Refused",
    "need_more_info": "More information needed",
    "under_assessment": "Being assessed",
    "acknowledged": "Acknowledged",
    # measures a decision can take
    "no_action": "No action",
    "remove_post": "Remove post",
    "restrict_post": "Restrict in countries",
    "suspend_account": "Suspend account",
    "terminate_account": "Terminate account",
    "ban_channel": "Ban channel",
    "label": "Label",
    "quarantine_media": "Quarantine media",
    # decision outcomes and states
    "action": "Action taken",
    "pending_approval": "Waiting for a second moderator",
    "approved": "Approved",
    "rejected": "Rejected",
    "final": "Final",
    # appeal outcomes
    "upheld": "Decision upheld",
    "reversed": "Decision reversed",
    "modified": "Decision changed",
    # notice and case states
    "open": "Open",
    "decided": "Decided",
    "closed": "Closed",
    "received": "Received",
    "in_review": "In review",
    "withdrawn": "Withdrawn",
    # appellants
    "affected_user": "The affected user",
    "notifier": "The notifier",
    # queues
    "critical": "Critical",
    "trusted": "Trusted flaggers",
    "normal": "Normal",
    "deprioritised": "Deprioritised",
    # sanction grounds and kinds
    "manifestly_unfounded_notices": "Manifestly unfounded notices",
    "manifestly_illegal_content": "Manifestly illegal content",
    "warning": "Warning",
    "suspension": "Suspension",
    # mirrored item kinds
    "post": "Post",
    "account": "Account",
    "channel": "Channel",
    "group": "Group",
    "media": "Media",
    "url": "Web address",
    # legal grounds of a measure
    "illegal_content": "Illegal content",
    "terms_of_service": "Against the terms of service",
    "incompatible_with_terms": "Against the terms of service",
    # roles
    "role:moderator": "Moderator",
    "role:senior_moderator": "Senior moderator",
    "role:legal_officer": "Legal officer",
    "role:authority_officer": "Authority officer",
    "role:trusted_flagger": "Trusted flagger",
    "role:auditor": "Auditor",
    "role:admin": "Administrator",
}

_SCREAMING_PREFIXES = (
    "STATEMENT_CATEGORY_",
    "KEYWORD_",
    "SOURCE_",
    "AUTOMATED_DECISION_",
    "DECISION_",
)


def label(value: Any, kind: str | None = None) -> str:
    """Plain words for a code: the table's row (namespaced first), the DSA taxonomy's label
    for a category or keyword, else the code's words."""
    if value is None or value == "":
        return NOTHING
    code = str(getattr(value, "value", value))
    if kind and f"{kind}:{code}" in LABELS:
        return LABELS[f"{kind}:{code}"]
    if code in LABELS:
        return LABELS[code]
    return _dsa_label(code) or _words_of(code)


def _dsa_label(code: str) -> str | None:
    from safeharbour.kit.dsa import CATEGORY_LABELS, KEYWORD_LABELS, Keyword, StatementCategory

    try:
        if code.startswith("STATEMENT_CATEGORY_"):
            return CATEGORY_LABELS[StatementCategory(code)]
        if code.startswith("KEYWORD_"):
            return KEYWORD_LABELS[Keyword(code)]
    except (ValueError, KeyError):
        return None
    return None


_CODE_IN_TEXT = re.compile(r"\b(?:STATEMENT_CATEGORY|KEYWORD|SOURCE|AUTOMATED_DECISION)_[A-Z_]+\b")


_SNAKE_IN_TEXT = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


def _snake_in_words(match: re.Match[str]) -> str:
    """A known snake_case code inside a sentence as its label, lower-cased unless it starts
    with an acronym ("removal_order" -> "removal order", "dsa_art9" stays "DSA Art. 9 order");
    an unknown one is left as written."""
    words = LABELS.get(match.group(0))
    if words is None:
        return match.group(0)
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


def codes_in_words(text: Any) -> str:
    """A sentence with codes in it read as words: DSA codes (`... reported:
    STATEMENT_CATEGORY_VIOLENCE` -> "... reported: violence") and the codes of the label table
    ("a police may issue a removal_order" -> "... a removal order"). For sentences stored as
    written (the legal engine's reasons): they are translated when shown, never rewritten."""
    sentence = _CODE_IN_TEXT.sub(lambda m: label(m.group(0)).lower(), str(text or ""))
    return _SNAKE_IN_TEXT.sub(_snake_in_words, sentence)


def _words_of(code: str) -> str:
    if code.isupper():
        for prefix in _SCREAMING_PREFIXES:
            if code.startswith(prefix):
                code = code[len(prefix) :]
                break
        code = code.lower()
    text = code.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:] if text else NOTHING


# -- people --------------------------------------------------------------------------------------
_ADJECTIVES = (
    "Amber", "Azure", "Brisk", "Calm", "Cedar", "Clever", "Coral", "Crimson",
    "Dapper", "Eager", "Fern", "Gentle", "Golden", "Hazel", "Indigo", "Ivory",
    "Jade", "Keen", "Lively", "Lunar", "Maple", "Merry", "Misty", "Noble",
    "Ochre", "Plum", "Quiet", "Russet", "Sage", "Silver", "Swift", "Teal",
)  # fmt: skip
_ANIMALS = (
    "Badger", "Bison", "Crane", "Dolphin", "Falcon", "Ferret", "Finch", "Fox",
    "Gecko", "Heron", "Ibex", "Jackal", "Kestrel", "Koala", "Lemur", "Lynx",
    "Marten", "Moose", "Newt", "Ocelot", "Otter", "Owl", "Panda", "Puffin",
    "Quail", "Raven", "Robin", "Seal", "Stoat", "Swan", "Walrus", "Wren",
)  # fmt: skip
_SYSTEM_NAMES = {
    "system:safeharbour": "Safeharbour (automatic)",
    "system:scheduler": "Safeharbour scheduler",
}


def pseudonym(person_id: Any) -> str:
    """A stable, readable pseudonym for an id ("Amber Otter 17"): the same id always gives the
    same name, in every process, and the name does not show the id."""
    digest = hashlib.sha256(f"safeharbour-person:{person_id}".encode()).digest()
    adjective = _ADJECTIVES[digest[0] % len(_ADJECTIVES)]
    animal = _ANIMALS[digest[1] % len(_ANIMALS)]
    return f"{adjective} {animal} {int.from_bytes(digest[2:4], 'big') % 100}"


def person_ref(value: Any) -> str | None:
    """The actor ref (`user:<id>`, `account:<id>`, ...) a value names, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, Mapping):
        for key in ("ref", "actor", "id"):
            if value.get(key):
                return person_ref(value[key])
        return None
    if isinstance(value, uuid.UUID):
        return f"user:{value}"
    text = str(getattr(value, "ref", value))
    return text if ":" in text else f"user:{text}"


def person(value: Any, context: Mapping[str, Any] | None = None) -> str:
    """A person's display name, else their stable pseudonym; system actors by their role.

    `value` is an actor ref (`user:<id>`), a bare id, an `Actor`, or a mapping with
    `display_name` and `id`/`ref`. Display names come from the mapping itself or from the page
    context's `people` (ref -> display name; see `display_names`).
    """
    if value is None or value == "":
        return NOTHING
    if isinstance(value, Mapping) and value.get("display_name"):
        return str(value["display_name"])
    ref = person_ref(value)
    if ref is None:
        return NOTHING
    if ref in _SYSTEM_NAMES:
        return _SYSTEM_NAMES[ref]
    kind, _, ident = ref.partition(":")
    names = (context or {}).get("people") or {}
    if names.get(ref):
        return str(names[ref])
    if kind == "system":
        return f"Safeharbour ({ident.replace('_', ' ')})"
    if kind == "cli":
        return "Command line"
    return pseudonym(ref)


def display_names(session: Any, refs: Iterable[Any]) -> dict[str, str]:
    """ref -> display name for the staff users (`user:<id>`) and platform accounts
    (`account:<id>`) among `refs` that have one: what a page passes as `people`."""
    from sqlalchemy import select

    from safeharbour.authz.models import User
    from safeharbour.intake.models import Account

    users: set[uuid.UUID] = set()
    accounts: set[str] = set()
    for value in refs:
        ref = person_ref(value)
        if ref is None:
            continue
        kind, _, ident = ref.partition(":")
        if kind == "user":
            try:
                users.add(uuid.UUID(ident))
            except ValueError:
                continue
        elif kind == "account":
            accounts.add(ident)
    found: dict[str, str] = {}
    user_name = getattr(User, "display_name", None)
    account_name = getattr(Account, "display_name", None)
    if users and user_name is not None:
        for user_id, name in session.execute(
            select(User.id, user_name).where(User.id.in_(users), user_name.is_not(None))
        ):
            found[f"user:{user_id}"] = name
    if accounts and account_name is not None:
        for account_id, name in session.execute(
            select(Account.id, account_name).where(
                Account.id.in_(accounts), account_name.is_not(None)
            )
        ):
            found[f"account:{account_id}"] = name
    return found


# -- registration ----------------------------------------------------------------------------------
@pass_context
def _when_filter(context: Context, value: Any, date_only: bool = False) -> str:
    return when(value, context.get_all(), date_only=date_only)


@pass_context
def _relative_filter(
    context: Context, value: Any, kind: str = "event", now: datetime | None = None
) -> str:
    """`now` for macros, which do not see their caller's variables."""
    page = context.get_all()
    return relative(value, {**page, "now": now} if now is not None else page, kind)


@pass_context
def _duration_filter(context: Context, value: Any, most: int = 2) -> str:
    return duration(value, context.get_all(), most=most)


@pass_context
def _number_filter(context: Context, value: Any, digits: int = 2) -> str:
    return number(value, context.get_all(), digits)


@pass_context
def _person_filter(context: Context, value: Any) -> str:
    return person(value, context.get_all())


FILTERS: dict[str, Any] = {
    "when": _when_filter,
    "relative": _relative_filter,
    "duration": _duration_filter,
    "number": _number_filter,
    "label": label,
    "codes_in_words": codes_in_words,
    "person": _person_filter,
}


def install(env: Any) -> None:
    """Register the filters on a Jinja environment (the consoles' one does this at import)."""
    env.filters.update(FILTERS)


__all__ = [
    "LABELS",
    "display_names",
    "duration",
    "install",
    "label",
    "number",
    "person",
    "pseudonym",
    "reader_locale",
    "reader_zone",
    "relative",
    "when",
]
