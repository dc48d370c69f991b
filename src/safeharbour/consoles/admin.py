"""The administrator's section (`/console/admin/...`): users, API keys, agencies, flaggers.

Each page lists what exists to whoever holds its read permission (an auditor reads them too)
and shows a form only to whoever holds its write permission, so nobody is offered a form that
would answer 403. Writes go through the same audited actions as the CLI and the API:
`do_create_user`, `do_disable_user`, `do_create_api_key`, `do_revoke_api_key`,
`do_add_agency`, `do_update_agency`, `do_add_trusted_flagger`, `do_suspend_trusted_flagger`,
`do_reinstate_trusted_flagger`.

Secrets (a new API key, a new user's TOTP secret) are shown once, in the answer to the form
that created them, and never put in a URL or stored. The form's one-time nonce makes a reload
or a second press of the button show the created thing's page, without the secret, instead of
creating a second one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from safeharbour.authz.keys import do_create_api_key, do_revoke_api_key, list_api_keys
from safeharbour.authz.models import ApiKey, User
from safeharbour.authz.roles import Permission, Role
from safeharbour.authz.sessions import ActiveSession
from safeharbour.authz.users import do_create_user, do_disable_user, list_users
from safeharbour.consoles.forms import (
    FORM_ERROR,
    form_values,
    only_known_fields,
    plain_errors,
    see_other,
    submit_form,
)
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.humanize import label
from safeharbour.consoles.pages import render
from safeharbour.intake.flaggers import (
    do_add_trusted_flagger,
    do_reinstate_trusted_flagger,
    do_suspend_trusted_flagger,
    list_trusted_flaggers,
)
from safeharbour.kit.errors import DomainError, NotFound
from safeharbour.legal.agencies import (
    AgencyKind,
    do_add_agency,
    do_update_agency,
    get_agency,
    list_agencies,
)
from safeharbour.web.deps import permission_doc

router = APIRouter()

TITLE = "Administration"
PERMISSION = Permission.USERS_READ
Identity = Annotated[ActiveSession, Depends(signed_in)]


@dataclass(frozen=True)
class AdminPage:
    path: str
    title: str
    read: Permission
    write: Permission


PAGES = (
    AdminPage("/admin/users", "Users", Permission.USERS_READ, Permission.USERS_WRITE),
    AdminPage("/admin/keys", "API keys", Permission.KEYS_READ, Permission.KEYS_WRITE),
    AdminPage("/admin/agencies", "Agencies", Permission.AGENCIES_READ, Permission.AGENCIES_WRITE),
    AdminPage(
        "/admin/flaggers", "Trusted flaggers", Permission.FLAGGERS_READ, Permission.FLAGGERS_WRITE
    ),
)
"""The section's pages: the sub-navigation shows those the user may read."""

ROLE_WORDS = {
    Role.ADMIN: "Administrator",
    Role.MODERATOR: "Moderator",
    Role.SENIOR_MODERATOR: "Senior moderator",
    Role.LEGAL_OFFICER: "Legal officer",
    Role.AUDITOR: "Auditor",
    Role.TRUSTED_FLAGGER: "Trusted flagger (acts for an organisation)",
    Role.AUTHORITY: "Authority officer (acts for an agency)",
    Role.PLATFORM: "Platform (machine)",
}
USER_ROLES = [r for r in Role if r != Role.PLATFORM]
AGENCY_KINDS = [(k.value, k.value.capitalize()) for k in AgencyKind]


def _page(
    request: Request,
    identity: ActiveSession,
    name: str,
    context: dict[str, Any],
    status_code: int = 200,
) -> Response:
    path = request.url.path
    tabs = [p for p in PAGES if identity.principal.can(p.read)]
    current = next((p for p in PAGES if path.endswith(p.path) or p.path + "/" in path), None)
    return render(
        request,
        name,
        {
            "tabs": tabs,
            "current": current,
            "can_write": bool(current and identity.principal.can(current.write)),
            "role_words": {r.value: w for r, w in ROLE_WORDS.items()},
            **context,
        },
        status_code=status_code,
    )


async def _read(request: Request, fn: Callable[[Any], Any]) -> Any:
    return await request.app.state.container.tx.aread(fn)


def _uuid_or_none(value: Any, field: str) -> uuid.UUID | None:
    from safeharbour.kit.errors import InvalidInput

    text = str(value or "").strip()
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise InvalidInput("choose one of the options offered", field=field) from None


@router.get("/", openapi_extra=permission_doc(Permission.USERS_READ))
async def admin_home(request: Request, identity: Identity) -> Response:
    return see_other(request, "/admin/users")


# -- users ------------------------------------------------------------------------------------
async def _users_page(
    request: Request,
    identity: ActiveSession,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    created: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    def read(session: Any) -> Any:
        return list_users(session), list_agencies(session), list_trusted_flaggers(session)

    users, agencies, flaggers = await _read(request, read)
    return _page(
        request,
        identity,
        "admin/users.html",
        {
            "users": users,
            "agencies": {a.id: a for a in agencies},
            "flaggers": {f.id: f for f in flaggers},
            "role_options": [(r.value, ROLE_WORDS[r]) for r in USER_ROLES],
            "agency_options": [(str(a.id), f"{a.name} ({a.country})") for a in agencies],
            "flagger_options": [(str(f.id), f.name) for f in flaggers],
            "values": values or {"role": Role.MODERATOR.value},
            "errors": errors or {},
            "created": created,
        },
        status_code=status_code,
    )


@router.get("/users", openapi_extra=permission_doc(Permission.USERS_READ))
async def users_page(request: Request, identity: Identity) -> Response:
    return await _users_page(request, identity)


USER_FIELDS = ("email", "role", "password", "agency", "flagger", "totp", "display_name")


@router.post("/users", openapi_extra=permission_doc(Permission.USERS_WRITE))
async def user_create(request: Request, identity: Identity) -> Response:
    container = request.app.state.container
    values = await form_values(request)
    created: dict[str, Any] = {}

    def act(unit: Any) -> str:
        role = str(values.get("role") or "")
        result = do_create_user(
            unit,
            email=str(values.get("email") or ""),
            password=str(values.get("password") or ""),
            role=role,
            agency_id=_uuid_or_none(values.get("agency"), "agency")
            if role == Role.AUTHORITY
            else None,
            flagger_id=_uuid_or_none(values.get("flagger"), "flagger")
            if role == Role.TRUSTED_FLAGGER
            else None,
            # Unticked means "as the role requires": officer roles always get one.
            totp=True if values.get("totp") == "yes" else None,
            cipher=container.keys.cipher,
            display_name=str(values.get("display_name") or "") or None,
            actor=identity.principal.actor,
        )
        created["id"] = result.id
        created["totp"] = result.totp
        return f"/admin/users/{result.id}"

    async def refused(exc: DomainError) -> Response:
        values.pop("password", None)  # never echoed back into the page
        errors = only_known_fields(plain_errors(exc), USER_FIELDS)
        return await _users_page(request, identity, values=values, errors=errors, status_code=422)

    async def answer(target: str) -> Response:
        if not created:  # a second submission: the user's page, without the secret
            return see_other(request, target)
        return await _users_page(request, identity, created=created)

    return await submit_form(request, values, "admin.user", act, refused=refused, answer=answer)


@router.get("/users/{user_id}", openapi_extra=permission_doc(Permission.USERS_READ))
async def user_page(request: Request, user_id: uuid.UUID, identity: Identity) -> Response:
    def read(session: Any) -> Any:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound("no user with this id", field="user_id")
        return user

    user = await _read(request, read)
    return see_other(request, f"/admin/users#user-{user.id}")


@router.get("/users/{user_id}/disable", openapi_extra=permission_doc(Permission.USERS_WRITE))
async def user_disable_confirm(
    request: Request, user_id: uuid.UUID, identity: Identity
) -> Response:
    """Disabling ends the user's sessions at once: asked once more, on a page of its own."""

    def read(session: Any) -> Any:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound("no user with this id", field="user_id")
        return user

    user = await _read(request, read)
    return _page(
        request,
        identity,
        "admin/confirm.html",
        {
            "heading": f"Disable {user.email}?",
            "explanation": "They are signed out everywhere at once and can no longer sign in. "
            "Their decisions and audit entries stay as they are.",
            "action": f"/admin/users/{user.id}/disable",
            "button": "Disable the user",
            "back": "/admin/users",
            "back_label": "Users",
        },
    )


@router.post("/users/{user_id}/disable", openapi_extra=permission_doc(Permission.USERS_WRITE))
async def user_disable(request: Request, user_id: uuid.UUID, identity: Identity) -> Response:
    values = await form_values(request)

    def act(unit: Any) -> str:
        do_disable_user(unit, user_id, actor=identity.principal.actor)
        return f"/admin/users#user-{user_id}"

    async def refused(exc: DomainError) -> Response:
        return await _users_page(
            request,
            identity,
            errors={FORM_ERROR: plain_errors(exc).popitem()[1]},
            status_code=409,
        )

    return await submit_form(request, values, "admin.user.disable", act, refused=refused)


# -- API keys ---------------------------------------------------------------------------------
async def _keys_page(
    request: Request,
    identity: ActiveSession,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    created: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    def read(session: Any) -> Any:
        return list_api_keys(session), list_agencies(session), list_trusted_flaggers(session)

    keys, agencies, flaggers = await _read(request, read)
    owners: dict[uuid.UUID, str] = {a.id: f"{a.name} ({a.country})" for a in agencies}
    owners.update({f.id: f.name for f in flaggers})
    return _page(
        request,
        identity,
        "admin/keys.html",
        {
            "keys": keys,
            "owners": owners,
            "role_options": [(r.value, ROLE_WORDS[r]) for r in Role],
            "agency_options": [(str(a.id), f"{a.name} ({a.country})") for a in agencies],
            "flagger_options": [(str(f.id), f.name) for f in flaggers],
            "values": values or {"role": Role.PLATFORM.value},
            "errors": errors or {},
            "created": created,
        },
        status_code=status_code,
    )


@router.get("/keys", openapi_extra=permission_doc(Permission.KEYS_READ))
async def keys_page(request: Request, identity: Identity) -> Response:
    return await _keys_page(request, identity)


KEY_FIELDS = ("role", "agency", "flagger", "label")


@router.post("/keys", openapi_extra=permission_doc(Permission.KEYS_WRITE))
async def key_create(request: Request, identity: Identity) -> Response:
    values = await form_values(request)
    created: dict[str, Any] = {}

    def act(unit: Any) -> str:
        role = str(values.get("role") or "")
        owner = None
        if role == Role.AUTHORITY:
            owner = _uuid_or_none(values.get("agency"), "agency")
        elif role == Role.TRUSTED_FLAGGER:
            owner = _uuid_or_none(values.get("flagger"), "flagger")
        label = str(values.get("label") or "").strip()[:200] or None
        result = do_create_api_key(
            unit, role=role, owner_id=owner, label=label, actor=identity.principal.actor
        )
        created["id"] = result.id
        created["secret"] = result.secret
        created["role"] = role
        return f"/admin/keys#key-{result.id}"

    async def refused(exc: DomainError) -> Response:
        role = str(values.get("role") or "")
        owner_field = "flagger" if role == Role.TRUSTED_FLAGGER else "agency"
        errors = only_known_fields(plain_errors(exc, rename={"owner": owner_field}), KEY_FIELDS)
        return await _keys_page(request, identity, values=values, errors=errors, status_code=422)

    async def answer(target: str) -> Response:
        if not created:  # a second submission: the key's row, without the secret
            return see_other(request, target)
        return await _keys_page(request, identity, created=created)

    return await submit_form(request, values, "admin.key", act, refused=refused, answer=answer)


def _key_name(key: ApiKey) -> str:
    """A key in words: its label if it has one, else the role it acts as ("the authority key");
    its prefix, a code, is shown beside the name, never as it."""
    if key.label:
        return f"the key \u201c{key.label}\u201d"
    return f"the {label(key.role, 'role').lower()} key"


@router.get("/keys/{key_id}/revoke", openapi_extra=permission_doc(Permission.KEYS_WRITE))
async def key_revoke_confirm(request: Request, key_id: uuid.UUID, identity: Identity) -> Response:
    def read(session: Any) -> Any:
        key = session.get(ApiKey, key_id)
        if key is None:
            raise NotFound("no API key with this id", field="key_id")
        return key

    key = await _read(request, read)
    return _page(
        request,
        identity,
        "admin/confirm.html",
        {
            "heading": f"Revoke {_key_name(key)}?",
            "starts_with": key.prefix,
            "explanation": "Every request made with it is refused from now on; this cannot be "
            "undone. The system using it needs a new key.",
            "action": f"/admin/keys/{key.id}/revoke",
            "button": "Revoke the key",
            "back": "/admin/keys",
            "back_label": "API keys",
        },
    )


@router.post("/keys/{key_id}/revoke", openapi_extra=permission_doc(Permission.KEYS_WRITE))
async def key_revoke(request: Request, key_id: uuid.UUID, identity: Identity) -> Response:
    values = await form_values(request)

    def act(unit: Any) -> str:
        do_revoke_api_key(unit, key_id, actor=identity.principal.actor)
        return f"/admin/keys#key-{key_id}"

    async def refused(exc: DomainError) -> Response:
        return await _keys_page(
            request,
            identity,
            errors={FORM_ERROR: plain_errors(exc).popitem()[1]},
            status_code=409,
        )

    return await submit_form(request, values, "admin.key.revoke", act, refused=refused)


def key_owner_label(key: ApiKey, owners: dict[uuid.UUID, str]) -> str:
    return owners.get(key.owner_id, "—") if key.owner_id else "—"


# -- agencies ---------------------------------------------------------------------------------
AGENCY_FIELDS = ("name", "country", "kind", "domains", "signing_key", "callback_phone")


def _agency_args(values: dict[str, Any]) -> dict[str, Any]:
    domains = [d for d in str(values.get("domains") or "").replace(",", " ").split() if d]
    return {
        "name": str(values.get("name") or ""),
        "country": str(values.get("country") or ""),
        "kind": str(values.get("kind") or ""),
        "domains": domains,
        "signing_key_b64": str(values.get("signing_key") or "").strip() or None,
        "callback_phone": str(values.get("callback_phone") or "").strip() or None,
    }


def _agency_errors(exc: DomainError) -> dict[str, str]:
    return only_known_fields(plain_errors(exc, rename={"domain": "domains"}), AGENCY_FIELDS)


async def _agencies_page(
    request: Request,
    identity: ActiveSession,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    agencies = await _read(request, list_agencies)
    return _page(
        request,
        identity,
        "admin/agencies.html",
        {
            "agencies": agencies,
            "kinds": AGENCY_KINDS,
            "values": values or {},
            "errors": errors or {},
        },
        status_code=status_code,
    )


@router.get("/agencies", openapi_extra=permission_doc(Permission.AGENCIES_READ))
async def agencies_page(request: Request, identity: Identity) -> Response:
    return await _agencies_page(request, identity)


@router.post("/agencies", openapi_extra=permission_doc(Permission.AGENCIES_WRITE))
async def agency_add(request: Request, identity: Identity) -> Response:
    container = request.app.state.container
    values = await form_values(request)

    def act(unit: Any) -> str:
        agency = do_add_agency(
            unit,
            **_agency_args(values),
            cipher=container.keys.cipher,
            actor=identity.principal.actor,
        )
        return f"/admin/agencies/{agency.id}?saved=added"

    async def refused(exc: DomainError) -> Response:
        return await _agencies_page(
            request, identity, values=values, errors=_agency_errors(exc), status_code=422
        )

    return await submit_form(request, values, "admin.agency", act, refused=refused)


async def _agency_page(
    request: Request,
    identity: ActiveSession,
    agency_id: uuid.UUID,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    saved: str = "",
    status_code: int = 200,
) -> Response:
    agency = await _read(request, lambda session: get_agency(session, agency_id))
    shown = values or {
        "name": agency.name,
        "country": agency.country,
        "kind": agency.kind,
        "domains": " ".join(agency.domains or []),
    }
    return _page(
        request,
        identity,
        "admin/agency.html",
        {
            "agency": agency,
            "kinds": AGENCY_KINDS,
            "values": shown,
            "errors": errors or {},
            "saved": saved,
        },
        status_code=status_code,
    )


@router.get("/agencies/{agency_id}", openapi_extra=permission_doc(Permission.AGENCIES_READ))
async def agency_page(
    request: Request, agency_id: uuid.UUID, identity: Identity, saved: str = ""
) -> Response:
    return await _agency_page(
        request, identity, agency_id, saved=saved if saved in ("added", "changed") else ""
    )


@router.post("/agencies/{agency_id}", openapi_extra=permission_doc(Permission.AGENCIES_WRITE))
async def agency_change(request: Request, agency_id: uuid.UUID, identity: Identity) -> Response:
    container = request.app.state.container
    values = await form_values(request)

    def act(unit: Any) -> str:
        args = _agency_args(values)
        do_update_agency(
            unit,
            agency_id,
            **args,
            remove_signing_key=values.get("remove_signing_key") == "yes",
            cipher=container.keys.cipher,
            actor=identity.principal.actor,
        )
        return f"/admin/agencies/{agency_id}?saved=changed"

    async def refused(exc: DomainError) -> Response:
        return await _agency_page(
            request, identity, agency_id, values=values, errors=_agency_errors(exc), status_code=422
        )

    return await submit_form(request, values, "admin.agency.change", act, refused=refused)


# -- trusted flaggers -------------------------------------------------------------------------
async def _flaggers_page(
    request: Request,
    identity: ActiveSession,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    flaggers = await _read(request, list_trusted_flaggers)
    return _page(
        request,
        identity,
        "admin/flaggers.html",
        {"flaggers": flaggers, "values": values or {}, "errors": errors or {}},
        status_code=status_code,
    )


@router.get("/flaggers", openapi_extra=permission_doc(Permission.FLAGGERS_READ))
async def flaggers_page(request: Request, identity: Identity) -> Response:
    return await _flaggers_page(request, identity)


@router.post("/flaggers", openapi_extra=permission_doc(Permission.FLAGGERS_WRITE))
async def flagger_add(request: Request, identity: Identity) -> Response:
    values = await form_values(request)

    def act(unit: Any) -> str:
        flagger = do_add_trusted_flagger(
            unit, name=str(values.get("name") or ""), actor=identity.principal.actor
        )
        return f"/admin/flaggers#flagger-{flagger.id}"

    async def refused(exc: DomainError) -> Response:
        errors = only_known_fields(plain_errors(exc), ("name",))
        return await _flaggers_page(
            request, identity, values=values, errors=errors, status_code=422
        )

    return await submit_form(request, values, "admin.flagger", act, refused=refused)


@router.post(
    "/flaggers/{flagger_id}/suspend", openapi_extra=permission_doc(Permission.FLAGGERS_WRITE)
)
async def flagger_suspend(request: Request, flagger_id: uuid.UUID, identity: Identity) -> Response:
    values = await form_values(request)

    def act(unit: Any) -> str:
        do_suspend_trusted_flagger(
            unit,
            flagger_id,
            reason=str(values.get("reason") or ""),
            actor=identity.principal.actor,
        )
        return f"/admin/flaggers#flagger-{flagger_id}"

    async def refused(exc: DomainError) -> Response:
        message = next(iter(plain_errors(exc).values()))
        return await _flaggers_page(
            request,
            identity,
            errors={f"reason-{flagger_id}": message, FORM_ERROR: message},
            status_code=422,
        )

    return await submit_form(request, values, "admin.flagger.suspend", act, refused=refused)


@router.post(
    "/flaggers/{flagger_id}/reinstate", openapi_extra=permission_doc(Permission.FLAGGERS_WRITE)
)
async def flagger_reinstate(
    request: Request, flagger_id: uuid.UUID, identity: Identity
) -> Response:
    values = await form_values(request)

    def act(unit: Any) -> str:
        do_reinstate_trusted_flagger(unit, flagger_id, actor=identity.principal.actor)
        return f"/admin/flaggers#flagger-{flagger_id}"

    async def refused(exc: DomainError) -> Response:
        return await _flaggers_page(
            request,
            identity,
            errors={FORM_ERROR: next(iter(plain_errors(exc).values()))},
            status_code=409,
        )

    return await submit_form(request, values, "admin.flagger.reinstate", act, refused=refused)
