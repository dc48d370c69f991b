"""Notice-and-action fixtures (tests/nta.py)."""

from tests.nta import (  # noqa: F401
    case_of,
    decide,
    flagger,
    ingest,
    mirror,
    platform_key,
    staff,
    submit,
)
