"""The DSA taxonomy the engine accepts for `offence_category` and `offence_keywords`.

Values are spelled exactly as the EU Transparency Database expects them (the enum *keys*), taken
from `shared/data/dsa/sor_schema.json` (schema v2, in force since 2025-07-01). Facts only: the
database's code is GPL-2.0 and none of it is copied. `STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER` is
not a statement-of-reasons category; it is the harmonised transparency template's row for orders
whose authority did not name the type of illegal content (Impl. Reg. (EU) 2024/2835), which is
exactly what an authority request may carry. `KEYWORD_DANGEROUS_TOYS` is still defined by the
database but no longer accepted, so it is absent here.

Keep in step with the schema when the Commission announces a change; the names never change
meaning once released.
"""

from __future__ import annotations

from enum import StrEnum

from safeharbour.kit import dsa


class StatementCategory(StrEnum):
    """`STATEMENT_CATEGORY_*`: the type of illegal content an order or notice concerns.

    The schema's categories (`kit.dsa.StatementCategory`) plus the transparency template's
    `NOT_SPECIFIED_ORDER`; a StrEnum cannot extend another, and the test suite checks that the
    two stay in step.
    """

    ANIMAL_WELFARE = "STATEMENT_CATEGORY_ANIMAL_WELFARE"
    CONSUMER_INFORMATION = "STATEMENT_CATEGORY_CONSUMER_INFORMATION"
    CYBER_VIOLENCE = "STATEMENT_CATEGORY_CYBER_VIOLENCE"
    CYBER_VIOLENCE_AGAINST_WOMEN = "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN"
    DATA_PROTECTION_AND_PRIVACY_VIOLATIONS = (
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"
    )
    ILLEGAL_OR_HARMFUL_SPEECH = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    INTELLECTUAL_PROPERTY_INFRINGEMENTS = "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"
    NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS = (
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"
    )
    NOT_SPECIFIED_NOTICE = "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE"
    OTHER_VIOLATION_TC = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"
    PROTECTION_OF_MINORS = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
    RISK_FOR_PUBLIC_SECURITY = "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"
    SCAMS_AND_FRAUD = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
    SELF_HARM = "STATEMENT_CATEGORY_SELF_HARM"
    UNSAFE_AND_PROHIBITED_PRODUCTS = "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS"
    VIOLENCE = "STATEMENT_CATEGORY_VIOLENCE"
    NOT_SPECIFIED_ORDER = "STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER"


# The keywords are the statement-of-reasons schema's own; one definition serves every context.
Keyword = dsa.Keyword

__all__ = ["Keyword", "StatementCategory"]
