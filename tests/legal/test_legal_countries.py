"""`kit.countries`: ISO 3166-1 alpha-2 plus XK, nothing else."""

from __future__ import annotations

import pytest

from safeharbour.kit.countries import COUNTRIES, USER_ASSIGNED, country_name, is_country


def test_all_iso_codes_and_kosovo() -> None:
    assert len(COUNTRIES) == 250  # 249 assigned ISO 3166-1 codes + XK
    assert USER_ASSIGNED == {"XK"} <= COUNTRIES
    assert all(len(code) == 2 and code.isupper() for code in COUNTRIES)


@pytest.mark.parametrize("code", ["DE", "GB", "GR", "US", "TW", "PS", "XK", "AQ", "JE"])
def test_valid(code: str) -> None:
    assert is_country(code)
    assert country_name(code)


@pytest.mark.parametrize("code", ["UK", "EL", "EU", "de", "DEU", "D", "", " DE", "XX", None, 49])
def test_invalid(code: object) -> None:
    assert not is_country(code)  # type: ignore[arg-type]
    assert country_name(code) is None  # type: ignore[arg-type]


def test_names() -> None:
    assert country_name("XK") == "Kosovo"
    assert country_name("TW") == "Taiwan"
