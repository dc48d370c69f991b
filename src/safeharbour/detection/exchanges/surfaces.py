"""Where an exchange's hashes may be matched: per surface, and EU users' private messages.

Each exchange says on which surfaces its bank matches (`surfaces`: `public` channels and
groups, `private` chats; both by default). Matching the private messages of users in the EU/EEA
rested on the temporary ePrivacy derogation (Regulation 2021/1232), which lapsed on
3 April 2026: such matches are dropped unless the operator recorded its legal basis for the
exchange (`eu_private_basis`). A post is private when its channel is not public or it has no
channel; its author counts as in the EU/EEA when the mirror's country says so **or is unknown**
(the platform cannot show otherwise). Matches of other banks are untouched.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.detection.banks.models import Bank
from safeharbour.detection.banks.values import POLICY_STRENGTH, Policy
from safeharbour.detection.exchanges.models import Exchange
from safeharbour.detection.scanner import VERDICT_NONE, ScanResult
from safeharbour.kit.dsa import EEA_TERRITORIAL_SCOPE
from safeharbour.kit.errors import InvalidInput

SURFACES = ("public", "private")


def check_surfaces(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings with `surfaces` (a list, default both) and `eu_private_basis` validated."""
    surfaces = settings.get("surfaces", list(SURFACES))
    if not isinstance(surfaces, list) or not surfaces or any(s not in SURFACES for s in surfaces):
        raise InvalidInput("a list of public and/or private", field="surfaces")
    basis = settings.get("eu_private_basis")
    if basis is not None and (not isinstance(basis, str) or not 10 <= len(basis.strip()) <= 500):
        raise InvalidInput(
            "the legal basis in words (10 to 500 characters)", field="eu_private_basis"
        )
    out = {**settings, "surfaces": sorted(set(surfaces))}
    if basis is not None:
        out["eu_private_basis"] = basis.strip()
    return out


def restrict_to_surfaces(
    session: Session, result: ScanResult, *, private: bool, author_country: str | None
) -> ScanResult:
    """`result` without the matches of exchanges that may not match here; verdict recomputed."""
    if not result.matches:
        return result
    rows = session.execute(
        select(Bank.name, Exchange.settings)
        .join(Exchange, Exchange.bank_id == Bank.id)
        .where(Bank.name.in_(sorted({m.bank for m in result.matches})))
    ).all()
    if not rows:
        return result
    maybe_eu = author_country is None or author_country in EEA_TERRITORIAL_SCOPE
    barred = set()
    for bank_name, settings in rows:
        surfaces = (settings or {}).get("surfaces") or list(SURFACES)
        off_surface = ("private" if private else "public") not in surfaces
        no_basis = private and maybe_eu and not (settings or {}).get("eu_private_basis")
        if off_surface or no_basis:
            barred.add(bank_name)
    if not barred:
        return result
    kept = tuple(m for m in result.matches if m.bank not in barred)
    infos = {b.name: b for b in result.banks}
    best = max(
        (
            POLICY_STRENGTH[Policy(infos[m.bank].policy)]
            for m in kept
            if m.bank in infos and not infos[m.bank].shadow and not infos[m.bank].allow_list
        ),
        default=0,
    )
    verdict = next((p.value for p in Policy if POLICY_STRENGTH[p] == best), VERDICT_NONE)
    return replace(result, matches=kept, verdict=verdict)
