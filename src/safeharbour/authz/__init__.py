"""Identities (console users, API keys), roles and permissions."""

from safeharbour.authz.roles import ROLE_PERMISSIONS, Permission, Role, has_permission

__all__ = ["ROLE_PERMISSIONS", "Permission", "Role", "has_permission"]
