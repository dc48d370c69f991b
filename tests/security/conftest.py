"""The identity fixtures (users, agencies, trusted flaggers) of the authz tests."""

from tests.authz.conftest import agency_id, flagger_id, make_user
from tests.legal.gateway.conftest import make_agent

__all__ = ["agency_id", "flagger_id", "make_agent", "make_user"]
