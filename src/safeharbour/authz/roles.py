"""Roles and permissions. This is the one place that maps roles to permissions.

Permissions are `scope:resource:action`. A route, console page or CLI command names the
permission it needs; nothing checks a role directly.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MODERATOR = "moderator"
    SENIOR_MODERATOR = "senior_moderator"
    LEGAL_OFFICER = "legal_officer"
    AUDITOR = "auditor"
    TRUSTED_FLAGGER = "trusted_flagger"
    AUTHORITY = "authority"
    PLATFORM = "platform"


class Permission(StrEnum):
    SELF_READ = "account:self:read"
    EVENTS_WRITE = "platform:events:write"
    MIRROR_READ = "platform:mirror:read"
    AUDIT_READ = "audit:log:read"
    AUDIT_VERIFY = "audit:log:verify"
    HOLDS_READ = "legal:holds:read"
    HOLDS_WRITE = "legal:holds:write"
    SEALED_CONTENT_READ = "legal:sealed:read"
    """The text and media of a post kept sealed under a legal hold (intake/queries.py)."""
    USERS_READ = "admin:users:read"
    USERS_WRITE = "admin:users:write"
    KEYS_READ = "admin:keys:read"
    KEYS_WRITE = "admin:keys:write"
    OUTBOX_READ = "admin:outbox:read"
    STATUS_READ = "admin:status:read"
    """Readiness details: outbox, bus, jobs and their errors, processes, adapters' health."""
    AGENCIES_READ = "admin:agencies:read"
    AGENCIES_WRITE = "admin:agencies:write"
    CONSOLE_ENTER = "console:home:read"
    # notice and action (docs/notice-and-action.md)
    NOTICES_READ = "intake:notices:read"
    """Notices in the caller's scope: a trusted flagger its own (intake/access.py)."""
    NOTICES_READ_ALL = "intake:notices:read_all"
    NOTICES_SUBMIT = "intake:notices:submit"
    """A trusted flagger files a notice from its console, for its own organisation."""
    FLAGGERS_READ = "intake:flaggers:read"
    FLAGGERS_WRITE = "intake:flaggers:write"
    SANCTIONS_READ = "intake:sanctions:read"
    SANCTIONS_WRITE = "intake:sanctions:write"
    CASES_READ = "review:cases:read"
    CASES_CLAIM = "review:cases:claim"
    CASES_DECIDE = "review:cases:decide"
    DECISIONS_APPROVE = "review:decisions:approve"
    LABELS_WRITE = "review:labels:write"
    APPEALS_READ = "review:appeals:read"
    APPEALS_DECIDE = "review:appeals:decide"
    DISPUTES_READ = "review:disputes:read"
    DISPUTES_WRITE = "review:disputes:write"
    LEGAL_REQUESTS_SUBMIT = "legal:requests:submit"
    LEGAL_REQUESTS_READ = "legal:requests:read"
    LEGAL_REQUESTS_ANSWER = "legal:requests:answer"
    LEGAL_REQUESTS_VERIFY = "legal:requests:verify"
    # platform integration (docs/webhooks.md)
    ENFORCEMENT_READ = "enforcement:actions:read"
    """The dead-letter list: platform calls that failed for good."""
    ENFORCEMENT_RETRY = "enforcement:actions:retry"


_STAFF_READ = {Permission.SELF_READ, Permission.CONSOLE_ENTER, Permission.MIRROR_READ}
_REVIEW_READ = {
    Permission.NOTICES_READ,
    Permission.NOTICES_READ_ALL,
    Permission.CASES_READ,
    Permission.APPEALS_READ,
    Permission.DISPUTES_READ,
    Permission.SANCTIONS_READ,
    Permission.ENFORCEMENT_READ,
}
_MODERATE = _REVIEW_READ | {
    Permission.CASES_CLAIM,
    Permission.CASES_DECIDE,
    Permission.LABELS_WRITE,
    Permission.APPEALS_DECIDE,
}
_SENIOR = {
    Permission.DECISIONS_APPROVE,
    Permission.SANCTIONS_WRITE,
    Permission.DISPUTES_WRITE,
    Permission.ENFORCEMENT_RETRY,
}

OWNER_BOUND = frozenset({Permission.LEGAL_REQUESTS_SUBMIT, Permission.NOTICES_SUBMIT})
"""Permissions exercised only on behalf of an organisation (an agency, a trusted flagger):
the admin administers those organisations but never acts as one, so it does not hold these."""

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission) - OWNER_BOUND,
    Role.MODERATOR: frozenset(_STAFF_READ | _MODERATE),
    Role.SENIOR_MODERATOR: frozenset(_STAFF_READ | _MODERATE | _SENIOR),
    Role.LEGAL_OFFICER: frozenset(
        _STAFF_READ
        | _MODERATE
        | _SENIOR
        | {
            Permission.HOLDS_READ,
            Permission.HOLDS_WRITE,
            Permission.SEALED_CONTENT_READ,
            Permission.AUDIT_READ,
            Permission.LEGAL_REQUESTS_READ,
            Permission.LEGAL_REQUESTS_ANSWER,
            Permission.LEGAL_REQUESTS_VERIFY,
        }
    ),
    Role.AUDITOR: frozenset(
        _STAFF_READ
        | {
            Permission.AUDIT_READ,
            Permission.AUDIT_VERIFY,
            Permission.HOLDS_READ,
            Permission.USERS_READ,
            Permission.KEYS_READ,
            Permission.OUTBOX_READ,
            Permission.STATUS_READ,
            Permission.LEGAL_REQUESTS_READ,
            Permission.AGENCIES_READ,
            Permission.FLAGGERS_READ,
        }
        | _REVIEW_READ
    ),
    Role.TRUSTED_FLAGGER: frozenset(
        {
            Permission.SELF_READ,
            Permission.CONSOLE_ENTER,
            Permission.NOTICES_READ,
            Permission.NOTICES_SUBMIT,
        }
    ),
    Role.AUTHORITY: frozenset(
        {Permission.SELF_READ, Permission.CONSOLE_ENTER, Permission.LEGAL_REQUESTS_SUBMIT}
    ),
    Role.PLATFORM: frozenset({Permission.SELF_READ, Permission.EVENTS_WRITE}),
}


def has_permission(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


SECOND_FACTOR_PERMISSIONS = frozenset(
    {
        Permission.LEGAL_REQUESTS_SUBMIT,  # authorities: their requests, disclosure downloads
        Permission.LEGAL_REQUESTS_READ,  # requests name suspects and victims
        Permission.LEGAL_REQUESTS_ANSWER,  # releases disclosure packages
        Permission.HOLDS_WRITE,
        Permission.USERS_WRITE,  # could create any of the above
        Permission.KEYS_WRITE,
        Permission.DECISIONS_APPROVE,  # the second pair of eyes on irreversible decisions
    }
)
"""Holding any of these makes a second factor mandatory at sign-in.

Derived from permissions rather than listed by role, so that a role given one of them later
needs a second factor without anyone remembering to say so. Today this means admin, legal
officer, auditor (reads authority requests), authority and senior moderator: a senior
moderator's approval is the second pair of eyes on irreversible decisions, and a second pair
of eyes that a stolen password can supply is not one (docs/security.md).
"""


def requires_second_factor(role: Role | str) -> bool:
    return bool(ROLE_PERMISSIONS[Role(role)] & SECOND_FACTOR_PERMISSIONS)
