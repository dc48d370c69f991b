"""Who is calling: resolved once per request by the transport, passed to actions as an Actor."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from safeharbour.authz.roles import Permission, Role, has_permission
from safeharbour.kit.db import Actor
from safeharbour.kit.errors import Forbidden


class PermissionMissing(Forbidden):
    """A role without the permission an action or page needs; carries both, so that a console
    can say in words which roles may do it."""

    def __init__(self, role: Role, permission: Permission) -> None:
        super().__init__(f"the {role} role lacks the {permission} permission")
        self.role = role
        self.permission = permission


@dataclass(frozen=True)
class Principal:
    actor: Actor
    role: Role
    owner_id: uuid.UUID | None = None
    """The agency, trusted flagger or platform a caller acts for; scopes what it may see."""
    key_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionMissing(self.role, permission)
