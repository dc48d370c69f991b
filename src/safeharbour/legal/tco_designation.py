"""An agency's designation under TCO Art. 12: the attribute that makes it competent for TCO
removal orders.

Regulation (EU) 2021/784 lets only the authorities each Member State designated (Art. 12(1)(a))
issue removal orders, and the Commission publishes them in an online register (Art. 12(4)).
Competence for a TCO order is therefore a look-up, not a kind of body: an admin records on the
agency the register entry it appears in, and the legal engine reads it
(`authority.tco_designation`, competence row `C-EU-TCO`). Only an agency of an EU Member State
can be designated; clearing the designation (the authority left the register) is the same act
with `None`. Every change is one audited action.
"""

from __future__ import annotations

import uuid

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.legal.assessment import default_policy
from safeharbour.legal.models import Agency

MAX_REFERENCE_LENGTH = 300


def normalise_designation(reference: str | None) -> str | None:
    """The register reference with its whitespace collapsed; None or blank clears it."""
    if reference is None:
        return None
    clean = " ".join(reference.split())
    if not clean:
        return None
    if len(clean) > MAX_REFERENCE_LENGTH:
        raise InvalidInput(
            f"the register reference is at most {MAX_REFERENCE_LENGTH} characters",
            field="tco_designation",
        )
    return clean


def do_set_agency_tco_designation(
    unit: UnitOfWork,
    agency_id: uuid.UUID,
    *,
    reference: str | None,
    actor: Actor,
) -> Agency:
    """Record (or clear, with None) the TCO register entry an agency is designated in.

    InvalidInput names `tco_designation` for a reference that is too long or an agency outside
    the EU (TCO designations exist only for Member States); NotFound names `agency`."""
    clean = normalise_designation(reference)
    agency = unit.session.get(Agency, agency_id, with_for_update=True)
    if agency is None:
        raise NotFound("no agency with this id", field="agency")
    if clean is not None and not default_policy().profile(agency.country).eu:
        raise InvalidInput(
            f"only authorities of EU Member States are designated under TCO Art. 12; this "
            f"agency is from {agency.country}",
            field="tco_designation",
        )
    if clean == agency.tco_designation:
        return agency
    agency.tco_designation = clean
    unit.record(
        AuditTag.AUTHZ_AGENCY_UPDATED,
        actor=actor,
        subjects={"agency": agency.id},
        # A public register reference, not personal data: recorded as it is.
        snapshot={"changed": ["tco_designation"], "tco_designation": clean},
    )
    return agency


__all__ = ["MAX_REFERENCE_LENGTH", "do_set_agency_tco_designation", "normalise_designation"]
