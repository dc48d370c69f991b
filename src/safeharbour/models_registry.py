"""Imports every model module so that Alembic and the drift check see the whole schema."""

from safeharbour.audit import models as audit_models
from safeharbour.authz import models as authz_models
from safeharbour.intake import models as intake_models
from safeharbour.kit import meta, outbox
from safeharbour.kit.db import Base
from safeharbour.legal import models as legal_models

metadata = Base.metadata

__all__ = [
    "audit_models",
    "authz_models",
    "intake_models",
    "legal_models",
    "meta",
    "metadata",
    "outbox",
]
