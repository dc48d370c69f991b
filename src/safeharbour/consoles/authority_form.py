"""The authority officer's request and supplement forms: every field each request type needs,
explained in words, read into the same body the API takes.

What a type needs comes from the legal policy (`request_types`: its kind and whether a legal
basis is required) and the gateway's schema (types that take no targets), so the form and the
engine that assesses the request cannot disagree.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from safeharbour.kit.dsa import CATEGORY_LABELS, KEYWORD_LABELS, Keyword, StatementCategory
from safeharbour.kit.errors import InvalidInput
from safeharbour.legal.assessment import default_policy
from safeharbour.legal.assessment.policy import RequestKind
from safeharbour.legal.assessment.schemas import (
    TARGETLESS_TYPES,
    DataField,
    LegalInstrument,
    LegalProcess,
    RequestType,
    Urgency,
)

TYPES: dict[str, tuple[str, str]] = {
    # value -> (name, what it asks for)
    "removal_order": ("Removal order", "Remove or disable access to specific content."),
    "block_channel": ("Block a channel or group", "Block a whole channel or group."),
    "account_suspension": ("Suspend an account", "Suspend or close an account."),
    "information_order": (
        "Information order",
        "Give information about the users behind specific accounts or posts.",
    ),
    "production_order": (
        "Production order",
        "Produce stored data, such as messages or traffic data, for an investigation.",
    ),
    "preservation": (
        "Preservation request",
        "Keep data as it is now while a production order is obtained; nothing is disclosed.",
    ),
    "emergency_disclosure": (
        "Emergency disclosure",
        "Minimal data at once because a life is at risk; we call you back to confirm.",
    ),
    "encryption_key": (
        "Encryption keys",
        "Keys or weakened encryption: never provided, whoever asks.",
    ),
    "other": ("Something else", "Describe it in the statement; it is assessed by a person."),
}
INSTRUMENTS: dict[str, str] = {
    "national": "National law of your country",
    "dsa_art9": "DSA Art. 9 order to act against illegal content",
    "dsa_art10": "DSA Art. 10 order to provide information",
    "tco": "Removal order under the TCO Regulation (terrorist content)",
    "epoc": "European Production Order (e-Evidence Regulation)",
    "epoc_pr": "European Preservation Order (e-Evidence Regulation)",
    "us_sca": "United States Stored Communications Act",
    "mlat": "Mutual legal assistance treaty request",
    "other": "Another instrument (name it in the legal basis)",
}
PROCESSES: dict[str, str] = {
    "none": "No court or prosecutor involved",
    "subpoena": "Subpoena",
    "prosecutor_order": "Order of a prosecutor",
    "court_order": "Order of a court",
    "warrant": "Warrant",
}
URGENCIES: dict[str, str] = {
    "normal": "Normal",
    "urgent": "Urgent",
    "emergency": "Emergency: a threat to life or of serious injury",
}
DATA: dict[str, str] = {
    "subscriber_info": "Subscriber information (name, e-mail, sign-up date)",
    "ip_addresses": "IP addresses used to sign in",
    "phone_number": "Phone number",
    "message_content": "Content of messages",
    "contacts": "Contacts",
    "location": "Location data",
    "encryption_keys": "Encryption keys (never provided)",
}

VERIFICATIONS: dict[str, str] = {
    "console_totp": "Signed in with a second factor",
    "api_key": "Sent with your agency's API key",
    "api_key+signature": "Sent with your agency's API key and signed",
    "none": "Not verified: a legal officer checks the sender before acting",
}
STATUSES: dict[str, str] = {
    "received": "Received",
    "acknowledged": "Acknowledged",
    "held": "Held until we verify the sender",
    "under_assessment": "Being assessed",
    "answered": "Answered",
}

REQUEST_FIELDS = (
    "type",
    "reference",
    "legal_instrument",
    "legal_process",
    "legal_basis",
    "urgency",
    "targets",
    "data_requested",
    "offence_category",
    "offence_keywords",
    "statement",
    "judicial_authorisation",
    "threat_to_life",
    "gag_order",
    "gag_order_until",
)
SUPPLEMENT_FIELDS = (
    "statement",
    "legal_basis",
    "legal_process",
    "targets",
    "data_requested",
    "judicial_authorisation",
)
ERROR_FIELDS = {"body": "form"}


@lru_cache(maxsize=1)
def type_needs() -> dict[str, dict[str, bool]]:
    """For each request type, which of the optional fields it needs."""
    policy = default_policy()
    needs: dict[str, dict[str, bool]] = {}
    for kind in RequestType:
        doc = policy.doc.request_types[kind]
        needs[kind.value] = {
            "targets": kind not in TARGETLESS_TYPES,
            "data_requested": doc.kind in (RequestKind.DATA, RequestKind.EMERGENCY),
            "legal_basis": doc.legal_basis_required,
            "offence_category": doc.kind is RequestKind.CONTENT,
            "threat_to_life": doc.kind is RequestKind.EMERGENCY,
        }
    return needs


def needs_in_words(type_value: str) -> str:
    """One sentence: what a request of this type must carry."""
    needs = type_needs().get(type_value, {})
    parts = []
    if needs.get("targets"):
        parts.append("the targets")
    if needs.get("data_requested"):
        parts.append("the data you ask for")
    if needs.get("legal_basis"):
        parts.append("its legal basis")
    if needs.get("offence_category"):
        parts.append("the kind of offence")
    if needs.get("threat_to_life"):
        parts.append("whether a life is at risk")
    if not parts:
        return "A statement of what you ask and why."
    listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
    return f"Needs {listed}, and a statement of what you ask and why."


def options() -> dict[str, Any]:
    """The choices the forms offer, each with its words."""
    return {
        "types": [
            (t.value, TYPES[t.value][0], TYPES[t.value][1], needs_in_words(t.value))
            for t in RequestType
        ],
        "instruments": [(i.value, INSTRUMENTS.get(i.value, i.value)) for i in LegalInstrument],
        "processes": [(p.value, PROCESSES.get(p.value, p.value)) for p in LegalProcess],
        "urgencies": [(u.value, URGENCIES.get(u.value, u.value)) for u in Urgency],
        "data_fields": [(d.value, DATA.get(d.value, d.value)) for d in DataField],
        "categories": [(c.value, CATEGORY_LABELS.get(c, c.value)) for c in StatementCategory],
        "keywords": [(k.value, KEYWORD_LABELS.get(k, k.value)) for k in Keyword],
        "needs": type_needs(),
        "type_names": {value: name for value, (name, _) in TYPES.items()},
        "verifications": VERIFICATIONS,
        "statuses": STATUSES,
    }


def parse_targets(text: str) -> list[dict[str, str]]:
    """One target a line: a link, or `kind:id` (post, channel, group, account)."""
    targets: list[dict[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("http://", "https://")):
            targets.append({"url": line})
            continue
        kind, sep, ident = line.partition(":")
        if not sep or not ident.strip():
            raise InvalidInput(
                f"line {number}: write a link or kind:id (post:123, channel:abc)", field="targets"
            )
        targets.append({"kind": kind.strip().lower(), "id": ident.strip()})
    return targets


def _checked(values: dict[str, Any], name: str) -> bool:
    return values.get(name) in ("true", "yes", "on")


def request_body(values: dict[str, Any]) -> dict[str, Any]:
    """The API body for what the new-request form sent."""
    body: dict[str, Any] = {
        "type": values.get("type") or "",
        "statement": values.get("statement") or "",
        "targets": parse_targets(str(values.get("targets") or "")),
        "legal_instrument": values.get("legal_instrument") or "national",
        "urgency": values.get("urgency") or "normal",
        "judicial_authorisation": _checked(values, "judicial_authorisation"),
        "threat_to_life": _checked(values, "threat_to_life"),
        "gag_order": _checked(values, "gag_order"),
        "data_requested": list(values.get("data_requested") or []),
        "offence_keywords": list(values.get("offence_keywords") or []),
    }
    for key in (
        "reference",
        "legal_basis",
        "gag_order_until",
        "legal_process",
        "offence_category",
    ):
        value = str(values.get(key) or "").strip()
        if value:
            body[key] = value
    return body


def supplement_body(values: dict[str, Any]) -> dict[str, Any]:
    """The API body for what the supplement form sent: only the fields filled in amend."""
    body: dict[str, Any] = {"statement": values.get("statement") or ""}
    for key in ("legal_basis", "legal_process"):
        value = str(values.get(key) or "").strip()
        if value:
            body[key] = value
    if str(values.get("targets") or "").strip():
        body["targets"] = parse_targets(str(values["targets"]))
    if values.get("data_requested"):
        body["data_requested"] = list(values["data_requested"])
    if _checked(values, "judicial_authorisation"):
        body["judicial_authorisation"] = True
    return body


def field_of(name: str) -> str:
    """The form field an error of the body's field `name` (dotted) belongs to."""
    head = name.split(".", 1)[0]
    return ERROR_FIELDS.get(head, head)
