"""Audit action tags, `source:subject:action`."""

from enum import StrEnum


class AuditTag(StrEnum):
    PLATFORM_ACCOUNT_UPSERTED = "platform:account:upserted"
    PLATFORM_CHANNEL_UPSERTED = "platform:channel:upserted"
    PLATFORM_POST_CREATED = "platform:post:created"
    PLATFORM_POST_EDITED = "platform:post:edited"
    PLATFORM_POST_DELETED = "platform:post:deleted"
    PLATFORM_POST_PURGED = "platform:post:purged"
    PLATFORM_POST_SEALED = "platform:post:sealed"
    PLATFORM_MEMBER_JOINED = "platform:member:joined"
    PLATFORM_MEMBER_LEFT = "platform:member:left"
    LEGAL_HOLD_PLACED = "legal:hold:placed"
    LEGAL_HOLD_RELEASED = "legal:hold:released"
    LEGAL_HOLD_EXPIRED = "system:hold:expired"
    AUTHZ_USER_CREATED = "authz:user:created"
    AUTHZ_USER_DISABLED = "authz:user:disabled"
    AUTHZ_USER_PASSWORD_SET = "authz:user:password_set"  # noqa: S105 (a tag, not a secret)
    AUTHZ_USER_TOTP_ENABLED = "authz:user:totp_enabled"
    AUTHZ_SESSION_OPENED = "authz:session:opened"
    AUTHZ_SESSION_CLOSED = "authz:session:closed"
    AUTHZ_LOGIN_FAILED = "authz:login:failed"
    AUTHZ_KEY_CREATED = "authz:key:created"
    AUTHZ_KEY_REVOKED = "authz:key:revoked"
    AUTHZ_AGENCY_CREATED = "authz:agency:created"
    AUTHZ_FLAGGER_CREATED = "authz:flagger:created"
    SYSTEM_KEYS_ROTATED = "system:keys:rotated"
    SYSTEM_DEMO_SEEDED = "system:demo:seeded"
