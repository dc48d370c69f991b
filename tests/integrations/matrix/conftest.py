"""Notice-and-action fixtures the console check uses (tests/nta.py, as tests/review has)."""

from tests.nta import (  # noqa: F401
    case_of,
    ingest,
    mirror,
    platform_key,
    staff,
    submit,
)
from tests.review.test_consoles import make_user  # noqa: F401
