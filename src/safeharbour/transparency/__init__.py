"""Transparency: statements of reasons now; daily reports and DSA exports come later."""

from safeharbour.transparency.models import Statement
from safeharbour.transparency.statements import (
    StatementInput,
    build_elements,
    delivery_text,
    do_issue_statement,
    render_text,
    statement_token,
    statement_view,
)

__all__ = [
    "Statement",
    "StatementInput",
    "build_elements",
    "delivery_text",
    "do_issue_statement",
    "render_text",
    "statement_token",
    "statement_view",
]
