"""Roles in words for the consoles: where each role's work starts, and what a "not allowed"
page says (which roles may use the page, and which role the visitor has). One place for both,
so that every 403 page and every sign-in says the same."""

from __future__ import annotations

from safeharbour.authz.roles import ROLE_PERMISSIONS, Permission, Role

ROLE_NAMES: dict[Role, tuple[str, str]] = {
    Role.ADMIN: ("an administrator", "administrators"),
    Role.MODERATOR: ("a moderator", "moderators"),
    Role.SENIOR_MODERATOR: ("a senior moderator", "senior moderators"),
    Role.LEGAL_OFFICER: ("a legal officer", "legal officers"),
    Role.AUDITOR: ("an auditor", "auditors"),
    Role.TRUSTED_FLAGGER: ("a trusted flagger", "trusted flaggers"),
    Role.AUTHORITY: ("an authority officer", "authority officers"),
    Role.PLATFORM: ("the platform", "the platform"),
}

ROLE_HOME: dict[Role, tuple[str, ...]] = {
    Role.MODERATOR: ("/moderator/",),
    Role.SENIOR_MODERATOR: ("/moderator/",),
    Role.LEGAL_OFFICER: ("/legal/",),
    Role.AUTHORITY: ("/authority/",),
    Role.TRUSTED_FLAGGER: ("/flagger/", "/moderator/notices"),
    Role.AUDITOR: ("/audit/",),
    Role.ADMIN: ("/admin/",),
}
"""Where each role's work queue is, first the preferred section (a later section may not be
installed: the first present one wins)."""


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def roles_with(permission: Permission) -> list[Role]:
    return [role for role, held in ROLE_PERMISSIONS.items() if permission in held]


def not_allowed_message(role: Role | str, permission: Permission | str) -> str:
    """ "This is for senior moderators and legal officers; you are signed in as a moderator." """
    try:
        needed = Permission(str(permission))
        have = Role(str(role))
    except ValueError:
        return "Your role may not use this page."
    allowed = [ROLE_NAMES[r][1] for r in roles_with(needed) if r != Role.PLATFORM]
    if not allowed:
        return "No console role may use this page."
    return (
        f"This is for {_join(allowed)}; you are signed in as {ROLE_NAMES[have][0]}. "
        "Ask an administrator if your work needs it."
    )


def home_of(role: Role | str, sections: set[str]) -> str | None:
    """The role's work queue (a path under the consoles) among the installed `sections`
    (their first path segments), or None for the plain home page."""
    try:
        paths = ROLE_HOME.get(Role(str(role)), ())
    except ValueError:
        return None
    for path in paths:
        if path.strip("/").split("/")[0] in sections:
            return path
    return None


__all__ = ["ROLE_HOME", "ROLE_NAMES", "home_of", "not_allowed_message", "roles_with"]
