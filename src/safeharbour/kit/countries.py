"""Country codes: ISO 3166-1 alpha-2, plus `XK` for Kosovo.

Contract: `COUNTRIES` holds every officially assigned ISO 3166-1 alpha-2 code, upper case, as
published by the `pycountry` package (pinned in pyproject, so the list changes only when the pin
does), plus `XK`, the user-assigned code the EU, the World Bank and most registries use for
Kosovo. Nothing else is a country here: not `UK` (it is `GB`), not `EL` (EU documents' code for
Greece; ISO says `GR`), not `EU`, not lower case. Callers that accept user input upper-case it
themselves if they choose to; this module never guesses.

Why a module of its own: intake, the gateway and the legal engine all validate country codes,
and a code one of them accepts must be accepted by all.
"""

from __future__ import annotations

import pycountry

USER_ASSIGNED: frozenset[str] = frozenset({"XK"})
"""Codes outside ISO 3166-1 that the system accepts anyway (Kosovo)."""

COUNTRIES: frozenset[str] = frozenset(
    {str(country.alpha_2) for country in pycountry.countries} | USER_ASSIGNED
)


def is_country(code: str) -> bool:
    """True for an upper-case ISO 3166-1 alpha-2 code or `XK`; false for anything else."""
    return isinstance(code, str) and code in COUNTRIES


def country_name(code: str) -> str | None:
    """The English name of a code in `COUNTRIES` (its common name where ISO's short name is a
    political statement rather than a usage), or None for an unknown code."""
    if code == "XK":
        return "Kosovo"
    if not is_country(code):
        return None
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


__all__ = ["COUNTRIES", "USER_ASSIGNED", "country_name", "is_country"]
