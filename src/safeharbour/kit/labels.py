"""The one vocabulary of labels every context shares (detection, review tags, legal engine)."""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    # protected expression
    POLITICAL_SPEECH = "political_speech"
    PEACEFUL_PROTEST = "peaceful_protest"
    JOURNALISM = "journalism"
    CRITICISM_OF_OFFICIALS = "criticism_of_officials"
    SATIRE = "satire"
    RELIGIOUS_EXPRESSION = "religious_expression"
    LGBTQ_EXPRESSION = "lgbtq_expression"
    HUMAN_RIGHTS_DOCUMENTATION = "human_rights_documentation"
    # harm
    TERRORISM = "terrorism"
    CSAM = "csam"
    INCITEMENT_TO_VIOLENCE = "incitement_to_violence"
    VIOLENT_EXTREMISM = "violent_extremism"
    FRAUD = "fraud"
    SCAM = "scam"
    SPAM = "spam"
    ILLEGAL_GOODS = "illegal_goods"
    DRUGS = "drugs"
    WEAPONS = "weapons"
    COPYRIGHT = "copyright"
    DEFAMATION = "defamation"
    HATE_SPEECH = "hate_speech"
    PRIVACY_VIOLATION = "privacy_violation"
    DISINFORMATION = "disinformation"
    THREAT = "threat"


PROTECTED_LABELS: frozenset[Label] = frozenset(
    {
        Label.POLITICAL_SPEECH,
        Label.PEACEFUL_PROTEST,
        Label.JOURNALISM,
        Label.CRITICISM_OF_OFFICIALS,
        Label.SATIRE,
        Label.RELIGIOUS_EXPRESSION,
        Label.LGBTQ_EXPRESSION,
        Label.HUMAN_RIGHTS_DOCUMENTATION,
    }
)
HARM_LABELS: frozenset[Label] = frozenset(set(Label) - PROTECTED_LABELS)
