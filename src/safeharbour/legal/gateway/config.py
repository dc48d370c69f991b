"""The gateway's settings, read once per process from `Settings` (see config.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from safeharbour.config import Settings
from safeharbour.kit.errors import InvalidInput
from safeharbour.legal.gateway.attachments import AttachmentLimits
from safeharbour.legal.gateway.discovery import GatewayContact


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    contact: GatewayContact
    attachment_limits: AttachmentLimits
    max_body_bytes: int
    url_patterns: tuple[re.Pattern[str], ...]
    platform_hosts: tuple[str, ...]

    @classmethod
    def from_settings(cls, settings: Settings) -> GatewayConfig:
        patterns = []
        for index, pattern in enumerate(getattr(settings, "platform_url_patterns", []) or []):
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise InvalidInput(
                    f"not a regular expression: {exc}", field=f"platform_url_patterns.{index}"
                ) from None
            if {"kind", "id"} <= set(compiled.groupindex):
                patterns.append(compiled)
        host = urlsplit(settings.public_base_url).hostname or ""
        return cls(
            base_url=settings.public_base_url.rstrip("/"),
            contact=GatewayContact(
                platform_name=settings.platform_name,
                representative_name=settings.legal_representative_name,
                representative_address=settings.legal_representative_address,
                representative_member_state=settings.legal_representative_member_state,
                email=settings.legal_contact_email,
                phone=settings.legal_contact_phone,
                emergency_phone=settings.legal_emergency_phone,
                languages=tuple(settings.legal_languages),
            ),
            attachment_limits=AttachmentLimits(
                max_count=settings.legal_max_attachments,
                max_bytes=settings.legal_max_attachment_bytes,
            ),
            max_body_bytes=settings.legal_max_body_bytes,
            url_patterns=tuple(patterns),
            platform_hosts=(host,) if host else (),
        )

    def request_url(self, request_id: object) -> str:
        return f"{self.base_url}/api/v1/legal/requests/{request_id}"

    def status_url(self, request_id: object, token: str) -> str:
        from urllib.parse import quote

        return f"{self.request_url(request_id)}/status?token={quote(token)}"


__all__ = ["GatewayConfig"]
