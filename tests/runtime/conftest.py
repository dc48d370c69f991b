"""Notice-and-action fixtures (tests/nta.py) for the readiness and SLA figures."""

from tests.nta import ingest, mirror, platform_key, submit  # noqa: F401
