"""Notice-and-action fixtures (tests/nta.py)."""

from tests.legal.gateway.conftest import make_agent, officer  # noqa: F401  (authority requests)
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
