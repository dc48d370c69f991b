"""Imports every model module so that Alembic and the drift check see the whole schema."""

from safeharbour.audit import models as audit_models
from safeharbour.authz import models as authz_models
from safeharbour.consoles import models as consoles_models
from safeharbour.detection import models as detection_rules_models
from safeharbour.detection.banks import models as detection_models
from safeharbour.detection.exchanges import models as detection_exchange_models
from safeharbour.enforcement import models as enforcement_models
from safeharbour.intake import models as intake_models
from safeharbour.kit import meta, outbox
from safeharbour.kit.db import Base
from safeharbour.legal import models as legal_models
from safeharbour.legal.gateway import models as legal_gateway_models
from safeharbour.notifications import models as notifications_models
from safeharbour.review import models as review_models
from safeharbour.runtime import models as runtime_models
from safeharbour.transparency import models as transparency_models

metadata = Base.metadata

__all__ = [
    "audit_models",
    "authz_models",
    "consoles_models",
    "detection_exchange_models",
    "detection_models",
    "detection_rules_models",
    "enforcement_models",
    "intake_models",
    "legal_gateway_models",
    "legal_models",
    "meta",
    "metadata",
    "notifications_models",
    "outbox",
    "review_models",
    "runtime_models",
    "transparency_models",
]
