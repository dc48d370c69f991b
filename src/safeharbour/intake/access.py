"""Who may see which notices: the one scoping helper every notice query applies.

Staff with `intake:notices:read_all` see every notice; a trusted flagger (its API keys and its
console users) sees its own notices and nothing else, and cannot tell whether another
flagger's notice exists (a notice outside the scope is "not found", never "forbidden").
Anybody else sees none. Queries never filter notices by owner inline: they call `apply`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, false

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission, Role
from safeharbour.intake.models import Notice

S = TypeVar("S", bound=Select[Any])


@dataclass(frozen=True)
class NoticeScope:
    everything: bool = False
    flagger_id: uuid.UUID | None = None

    def apply(self, statement: S) -> S:
        """Restrict a SELECT that involves `notices` to what the viewer may see."""
        if self.everything:
            return statement
        if self.flagger_id is not None:
            return statement.where(Notice.flagger_id == self.flagger_id)
        return statement.where(false())

    def allows_flagger(self, flagger_id: uuid.UUID) -> bool:
        return self.everything or self.flagger_id == flagger_id


def notice_scope(principal: Principal) -> NoticeScope:
    if principal.can(Permission.NOTICES_READ_ALL):
        return NoticeScope(everything=True)
    if principal.role == Role.TRUSTED_FLAGGER and principal.owner_id is not None:
        return NoticeScope(flagger_id=principal.owner_id)
    return NoticeScope()
