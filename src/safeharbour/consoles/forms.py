"""Forms in the consoles: post/redirect/get, one-time nonces, errors beside their fields.

Every console and public form follows the same three rules:

1. **Post/redirect/get.** A successful POST never answers with a page: it answers
   `303 See Other` to the page that shows the result (`see_other`). Reloading that page or
   pressing back only reads.
2. **One-time nonce.** Every rendered form carries a fresh random nonce
   (`{{ forms.nonce() }}` from `templates/_forms.html`). The route runs its action through
   `submit_once`, which stores the nonce in the same transaction as the action, together
   with the address of the result. A second submission of the same nonce (back button and
   send again, a double click, a retried request) runs nothing and is sent to the first
   result. Two submissions racing each other collide on the nonce's primary key; the loser's
   transaction rolls back and its retry (`Transactions.write`) finds the winner's row.
3. **Errors beside their field, input kept.** A refused submission re-renders the same form
   with `errors` (field name -> plain sentence) and `values` (what was typed). The macros in
   `templates/_forms.html` put each message under its field, mark the field
   `aria-invalid` and list all problems at the top with links to the fields. Messages are
   written for people: `plain_errors` turns a `DomainError` or a pydantic validation error
   into sentences and never shows validator internals.

A route, in short::

    values = await form_values(request, lists=("keywords",))

    async def refused(exc: DomainError) -> Response:
        return await render_form(..., values=values, errors=plain_errors(exc), status_code=422)

    return await submit_form(request, values, "public.notice", act, refused=refused)

where `act` runs the `do_*` action and returns the result's address (relative to the
consoles' base, e.g. `/public/notices/receipt?token=...`). `submit_form` is that whole shape:
submit once, on a refusal re-render the page with the errors beside their fields, else 303 to
the result.

Only `SHA-256(nonce)` is stored, and the result address is encrypted under a key derived from
the nonce (the address may hold a secret link token): the table opens nothing without the
nonce, and the nonce only ever lived in the submitter's form.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from fastapi import Request
from pydantic import ValidationError
from sqlalchemy import delete, select
from starlette.responses import RedirectResponse, Response

from safeharbour.consoles.models import FormSubmission
from safeharbour.consoles.pages import base_path, templates
from safeharbour.kit.db import UnitOfWork
from safeharbour.kit.errors import DomainError, InvalidInput
from safeharbour.kit.transactions import Transactions

NONCE_FIELD = "form_nonce"
_NONCE_BYTES = 24
_NONCE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32}$")
FORM_ERROR = "form"
"""The key of an error about the whole form rather than one field."""

STALE_FORM_MESSAGE = (
    "This form was out of date, so nothing was sent. Check what you entered and send it again."
)


def new_nonce() -> str:
    """A fresh nonce for one rendered form (192 random bits, URL-safe, 32 characters)."""
    return secrets.token_urlsafe(_NONCE_BYTES)


def _digest(nonce: str) -> str:
    return hashlib.sha256(f"safeharbour/form-nonce/v1/{nonce}".encode()).hexdigest()


def _cipher(nonce: str) -> Fernet:
    key = hashlib.sha256(f"safeharbour/form-result/v1/{nonce}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def nonce_of(values: Mapping[str, Any]) -> str:
    """The submitted nonce; a form without a valid one is refused as out of date."""
    nonce = values.get(NONCE_FIELD)
    if not isinstance(nonce, str) or not _NONCE_PATTERN.match(nonce):
        raise InvalidInput(STALE_FORM_MESSAGE, field=FORM_ERROR)
    return nonce


def first_result(unit_or_session: Any, nonce: str) -> str | None:
    """Where the first submission of `nonce` was sent, or None if it was never used."""
    session = getattr(unit_or_session, "session", unit_or_session)
    row = session.execute(
        select(FormSubmission.result_encrypted).where(FormSubmission.nonce_sha256 == _digest(nonce))
    ).scalar_one_or_none()
    if row is None:
        return None
    try:
        return _cipher(nonce).decrypt(row.encode("ascii")).decode("utf-8")
    except InvalidToken:  # cannot happen for a row written by `spend_nonce`
        return None


def spend_nonce(unit: UnitOfWork, nonce: str, *, form: str, result: str) -> None:
    """Record that `nonce` was used and led to `result`, inside the action's transaction."""
    unit.session.add(
        FormSubmission(
            nonce_sha256=_digest(nonce),
            form=form[:80],
            result_encrypted=_cipher(nonce).encrypt(result.encode("utf-8")).decode("ascii"),
            created_at=unit.clock.now(),
        )
    )
    unit.session.flush()


def submit_once(
    tx: Transactions,
    values: Mapping[str, Any],
    form: str,
    act: Callable[[UnitOfWork], str],
) -> str:
    """Run `act` once per nonce and return where to send the browser.

    `act` runs the action and returns the result's address; the nonce is spent in the same
    transaction. A nonce already spent returns its first address without running anything.
    Blocking: from a route, call it through `tx.call` (or use `submit_form`).
    """
    nonce = nonce_of(values)

    def work(unit: UnitOfWork) -> str:
        earlier = first_result(unit, nonce)
        if earlier is not None:
            return earlier
        result = act(unit)
        spend_nonce(unit, nonce, form=form, result=result)
        return result

    return tx.write(work)


async def submit_form(
    request: Request,
    values: Mapping[str, Any],
    form: str,
    act: Callable[[UnitOfWork], str],
    *,
    refused: Callable[[Any], Awaitable[Response]],
    catch: type[DomainError] | tuple[type[DomainError], ...] = DomainError,
    answer: Callable[[str], Awaitable[Response]] | None = None,
) -> Response:
    """A console POST in one call: submit the form once (`submit_once`); if the action refuses
    it (`catch`, a `DomainError` unless narrowed) answer `refused(exc)`, the page re-rendered
    with the errors beside their fields; else 303 to the result (`see_other`).

    `answer` replaces the 303 where the first answer must show something once (a new key's
    secret) that the result's own page never shows.
    """
    tx: Transactions = request.app.state.container.tx
    try:
        target = await tx.call(lambda: submit_once(tx, values, form, act))
    except catch as exc:
        return await refused(exc)
    if answer is not None:
        return await answer(target)
    return see_other(request, target)


def purge_spent_nonces(unit: UnitOfWork, *, older_than: Any) -> int:
    """Forget nonces spent before `older_than` (a rendered form older than that is stale)."""
    result = unit.session.execute(
        delete(FormSubmission).where(FormSubmission.created_at < older_than)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def see_other(request: Request, target: str) -> Response:
    """303 to `target` (relative to the consoles' base unless absolute); HTMX navigates."""
    url = target if target.startswith(("http://", "https://")) else base_path(request) + target
    if request.headers.get("HX-Request"):
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


async def form_values(request: Request, *, lists: Iterable[str] = ()) -> dict[str, Any]:
    """The submitted form as plain values: strings, or lists of strings for `lists` fields.

    Uploaded files are left out (no console form takes files through this helper).
    """
    many = set(lists)
    form = await request.form()
    values: dict[str, Any] = {}
    for key in form:
        items = [v for v in form.getlist(key) if isinstance(v, str)]
        values[key] = items if key in many else (items[0] if items else "")
    for key in many:
        values.setdefault(key, [])
    return values


# --- errors in words --------------------------------------------------------------------------

_PYDANTIC_WORDS: dict[str, str] = {
    "missing": "This is required.",
    "string_too_short": "This is required.",
    "string_too_long": "This is too long (at most {max_length} characters).",
    "too_short": "Choose at least {min_length}.",
    "too_long": "Choose at most {max_length}.",
    "int_parsing": "Enter a whole number.",
    "int_type": "Enter a whole number.",
    "float_parsing": "Enter a number.",
    "greater_than": "Enter a number above {gt}.",
    "greater_than_equal": "Enter {ge} or more.",
    "less_than": "Enter a number below {lt}.",
    "less_than_equal": "Enter {le} or less.",
    "uuid_parsing": "This does not name anything we know.",
    "uuid_type": "This does not name anything we know.",
    "enum": "Choose one of the options offered.",
    "literal_error": "Choose one of the options offered.",
    "bool_parsing": "Choose yes or no.",
    "datetime_parsing": "Enter a date and time such as 2026-12-31 18:00.",
    "datetime_from_date_parsing": "Enter a date and time such as 2026-12-31 18:00.",
    "date_parsing": "Enter a date such as 2026-12-31.",
    "url_parsing": "Enter a full web address starting with https://.",
    "url_scheme": "Enter a full web address starting with https://.",
    "value_error": "This value is not accepted.",
}

_UNREADABLE = re.compile(r"[{}\[\]]|Input should|type=|pydantic|Traceback|Field required", re.I)


def _plain_pydantic(item: Mapping[str, Any]) -> str:
    kind = str(item.get("type", ""))
    ctx = dict(item.get("ctx") or {})
    template = _PYDANTIC_WORDS.get(kind)
    if kind == "value_error":
        # Our own validators raise ValueError with a sentence meant for people.
        message = str(item.get("msg", "")).removeprefix("Value error, ").strip()
        if message and not _UNREADABLE.search(message):
            return message[0].upper() + message[1:] + ("" if message.endswith(".") else ".")
    if template is None:
        return "This value is not accepted."
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template.split("(")[0].strip().rstrip(".") + "."


def _field_of(loc: Iterable[Any], rename: Mapping[str, str]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "form")]
    dotted = ".".join(parts) or FORM_ERROR
    for prefix, field in rename.items():
        if dotted == prefix or dotted.startswith(prefix + ".") or dotted.startswith(prefix + "["):
            return field
    return parts[0] if parts else FORM_ERROR


_REQUIRED = frozenset({"field required", "is required", "required", "missing"})


def _sentence(message: str) -> str:
    text = message.strip()
    if not text:
        return "This value is not accepted."
    if text.lower().rstrip(".") in _REQUIRED:
        return "This is required."
    if _UNREADABLE.search(text):
        return "This value is not accepted."
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def plain_errors(exc: Exception, *, rename: Mapping[str, str] | None = None) -> dict[str, str]:
    """Field name -> one sentence, from a domain or validation error; `form` for the rest.

    `rename` maps the action's field names (or dotted prefixes, `notifier.email`) onto the
    form's own field names. Only the first message per field is kept.
    """
    names = dict(rename or {})
    found: dict[str, str] = {}
    errors_of = getattr(exc, "errors", None)
    if isinstance(exc, ValidationError) or (
        callable(errors_of) and not isinstance(exc, DomainError)
    ):
        # pydantic ValidationError, FastAPI RequestValidationError
        items = list(errors_of()) if callable(errors_of) else []
        for item in items:
            field = _field_of(item.get("loc", ()), names)
            found.setdefault(field, _plain_pydantic(item))
        if found:
            return found
    if isinstance(exc, DomainError):
        for error in exc.errors or []:
            field = _field_of(str(error.field or FORM_ERROR).split("."), names)
            found.setdefault(field, _sentence(error.message))
        if not found:
            found[FORM_ERROR] = _sentence(exc.message)
        return found
    return {FORM_ERROR: "The form could not be sent. Check what you entered and try again."}


def only_known_fields(errors: Mapping[str, str], fields: Iterable[str]) -> dict[str, str]:
    """Errors for fields the form does not show move to the form-level message."""
    shown = set(fields)
    kept: dict[str, str] = {}
    for name, message in errors.items():
        kept.setdefault(name if name in shown else FORM_ERROR, message)
    return kept


templates.env.globals["new_form_nonce"] = new_nonce
templates.env.globals["FORM_NONCE_FIELD"] = NONCE_FIELD

__all__ = [
    "FORM_ERROR",
    "NONCE_FIELD",
    "first_result",
    "form_values",
    "new_nonce",
    "nonce_of",
    "only_known_fields",
    "plain_errors",
    "purge_spent_nonces",
    "see_other",
    "spend_nonce",
    "submit_form",
    "submit_once",
]
