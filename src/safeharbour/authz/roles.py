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
    USERS_READ = "admin:users:read"
    USERS_WRITE = "admin:users:write"
    KEYS_READ = "admin:keys:read"
    KEYS_WRITE = "admin:keys:write"
    OUTBOX_READ = "admin:outbox:read"
    CONSOLE_ENTER = "console:home:read"


_STAFF_READ = {Permission.SELF_READ, Permission.CONSOLE_ENTER, Permission.MIRROR_READ}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.MODERATOR: frozenset(_STAFF_READ),
    Role.SENIOR_MODERATOR: frozenset(_STAFF_READ),
    Role.LEGAL_OFFICER: frozenset(
        _STAFF_READ | {Permission.HOLDS_READ, Permission.HOLDS_WRITE, Permission.AUDIT_READ}
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
        }
    ),
    Role.TRUSTED_FLAGGER: frozenset({Permission.SELF_READ, Permission.CONSOLE_ENTER}),
    Role.AUTHORITY: frozenset({Permission.SELF_READ, Permission.CONSOLE_ENTER}),
    Role.PLATFORM: frozenset({Permission.SELF_READ, Permission.EVENTS_WRITE}),
}


def has_permission(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]
