"""Append-only, hash-chained audit log: every state change leaves one entry.

Entries hold ids and SHA-256 digests, never personal data or content, so purging stays real.
"""

from safeharbour.audit.chain import append_pending, verify_chain
from safeharbour.audit.models import AuditEntry
from safeharbour.audit.tags import AuditTag

__all__ = ["AuditEntry", "AuditTag", "append_pending", "verify_chain"]
