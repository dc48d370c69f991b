# ruff: noqa: E501, RUF001  (labels are quoted verbatim from the schema)
"""The DSA statement-of-reasons vocabulary, spelled as the EU Transparency Database takes it.

Values are the enum *keys* of `shared/data/dsa/sor_schema.json` (schema v2, in force since
2025-07-01, read from the Transparency Database code at the commit named there; facts only, no
code copied). Intake (notice categories), review (decisions) and transparency (statements of
reasons, the later DSA export) all use these, so a value accepted in one place is accepted in all.
`tests/kit/test_dsa_vocabulary.py` checks them against the schema file.

`KEYWORD_DANGEROUS_TOYS` is still defined by the database but no longer accepted: it is absent.
`STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER` is a transparency-report row for authority orders, not
a statement category: it is absent too (the legal engine has its own order taxonomy).

Keep in step with the schema when the Commission announces a change; released values never
change meaning.
"""

from __future__ import annotations

from enum import StrEnum


class StatementCategory(StrEnum):
    """`category`: the type of illegal or incompatible content."""

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


class Keyword(StrEnum):
    """`category_specification`: keywords refining a category (CSAM and terrorism are keywords)."""

    ADULT_SEXUAL_MATERIAL = "KEYWORD_ADULT_SEXUAL_MATERIAL"
    AGE_SPECIFIC_RESTRICTIONS = "KEYWORD_AGE_SPECIFIC_RESTRICTIONS"
    AGE_SPECIFIC_RESTRICTIONS_MINORS = "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS"
    ANIMAL_HARM = "KEYWORD_ANIMAL_HARM"
    BIOMETRIC_DATA_BREACH = "KEYWORD_BIOMETRIC_DATA_BREACH"
    BULLYING_AGAINST_GIRLS = "KEYWORD_BULLYING_AGAINST_GIRLS"
    CHILD_SEXUAL_ABUSE_MATERIAL = "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"
    CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE = "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE"
    CONTENT_PROMOTING_EATING_DISORDERS = "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS"
    COORDINATED_HARM = "KEYWORD_COORDINATED_HARM"
    COPYRIGHT_INFRINGEMENT = "KEYWORD_COPYRIGHT_INFRINGEMENT"
    CYBER_BULLYING_INTIMIDATION = "KEYWORD_CYBER_BULLYING_INTIMIDATION"
    CYBER_HARASSMENT = "KEYWORD_CYBER_HARASSMENT"
    CYBER_HARASSMENT_AGAINST_WOMEN = "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN"
    CYBER_INCITEMENT = "KEYWORD_CYBER_INCITEMENT"
    CYBER_STALKING = "KEYWORD_CYBER_STALKING"
    CYBER_STALKING_AGAINST_WOMEN = "KEYWORD_CYBER_STALKING_AGAINST_WOMEN"
    DATA_FALSIFICATION = "KEYWORD_DATA_FALSIFICATION"
    DEFAMATION = "KEYWORD_DEFAMATION"
    DESIGN_INFRINGEMENT = "KEYWORD_DESIGN_INFRINGEMENT"
    DISCRIMINATION = "KEYWORD_DISCRIMINATION"
    FEMALE_GENDERED_DISINFORMATION = "KEYWORD_FEMALE_GENDERED_DISINFORMATION"
    GEOGRAPHIC_INDICATIONS_INFRINGEMENT = "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT"
    GEOGRAPHICAL_REQUIREMENTS = "KEYWORD_GEOGRAPHICAL_REQUIREMENTS"
    GOODS_SERVICES_NOT_PERMITTED = "KEYWORD_GOODS_SERVICES_NOT_PERMITTED"
    GROOMING_SEXUAL_ENTICEMENT_MINORS = "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS"
    HATE_SPEECH = "KEYWORD_HATE_SPEECH"
    HIDDEN_ADVERTISEMENT = "KEYWORD_HIDDEN_ADVERTISEMENT"
    HUMAN_EXPLOITATION = "KEYWORD_HUMAN_EXPLOITATION"
    HUMAN_TRAFFICKING = "KEYWORD_HUMAN_TRAFFICKING"
    ILLEGAL_ORGANIZATIONS = "KEYWORD_ILLEGAL_ORGANIZATIONS"
    IMPERSONATION_ACCOUNT_HIJACKING = "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING"
    INAUTHENTIC_ACCOUNTS = "KEYWORD_INAUTHENTIC_ACCOUNTS"
    INAUTHENTIC_LISTINGS = "KEYWORD_INAUTHENTIC_LISTINGS"
    INAUTHENTIC_USER_REVIEWS = "KEYWORD_INAUTHENTIC_USER_REVIEWS"
    INCITEMENT_AGAINST_WOMEN = "KEYWORD_INCITEMENT_AGAINST_WOMEN"
    INCITEMENT_VIOLENCE_HATRED = "KEYWORD_INCITEMENT_VIOLENCE_HATRED"
    INSUFFICIENT_INFORMATION_ON_TRADERS = "KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS"
    LANGUAGE_REQUIREMENTS = "KEYWORD_LANGUAGE_REQUIREMENTS"
    MISINFORMATION_DISINFORMATION = "KEYWORD_MISINFORMATION_DISINFORMATION"
    MISLEADING_INFO_CONSUMER_RIGHTS = "KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS"
    MISLEADING_INFO_GOODS_SERVICES = "KEYWORD_MISLEADING_INFO_GOODS_SERVICES"
    MISSING_PROCESSING_GROUND = "KEYWORD_MISSING_PROCESSING_GROUND"
    NON_CONSENSUAL_IMAGE_SHARING = "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING"
    NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN = (
        "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN"
    )
    NON_CONSENSUAL_MATERIAL_DEEPFAKE = "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE"
    NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN = (
        "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN"
    )
    NONCOMPLIANCE_PRICING = "KEYWORD_NONCOMPLIANCE_PRICING"
    NUDITY = "KEYWORD_NUDITY"
    PATENT_INFRINGEMENT = "KEYWORD_PATENT_INFRINGEMENT"
    PHISHING = "KEYWORD_PHISHING"
    PROHIBITED_PRODUCTS = "KEYWORD_PROHIBITED_PRODUCTS"
    PYRAMID_SCHEMES = "KEYWORD_PYRAMID_SCHEMES"
    RIGHT_TO_BE_FORGOTTEN = "KEYWORD_RIGHT_TO_BE_FORGOTTEN"
    RISK_ENVIRONMENTAL_DAMAGE = "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE"
    RISK_PUBLIC_HEALTH = "KEYWORD_RISK_PUBLIC_HEALTH"
    SELF_MUTILATION = "KEYWORD_SELF_MUTILATION"
    STALKING = "KEYWORD_STALKING"
    SUICIDE = "KEYWORD_SUICIDE"
    TERRORIST_CONTENT = "KEYWORD_TERRORIST_CONTENT"
    TRADE_SECRET_INFRINGEMENT = "KEYWORD_TRADE_SECRET_INFRINGEMENT"  # noqa: S105
    TRADEMARK_INFRINGEMENT = "KEYWORD_TRADEMARK_INFRINGEMENT"
    TRAFFICKING_WOMEN_GIRLS = "KEYWORD_TRAFFICKING_WOMEN_GIRLS"
    UNLAWFUL_SALE_ANIMALS = "KEYWORD_UNLAWFUL_SALE_ANIMALS"
    UNSAFE_CHALLENGES = "KEYWORD_UNSAFE_CHALLENGES"
    UNSAFE_PRODUCTS = "KEYWORD_UNSAFE_PRODUCTS"
    VIOLATION_EU_LAW = "KEYWORD_VIOLATION_EU_LAW"
    VIOLATION_NATIONAL_LAW = "KEYWORD_VIOLATION_NATIONAL_LAW"
    OTHER = "KEYWORD_OTHER"


class DecisionVisibility(StrEnum):
    """`decision_visibility`: restrictions of the visibility of content."""

    CONTENT_REMOVED = "DECISION_VISIBILITY_CONTENT_REMOVED"
    CONTENT_DISABLED = "DECISION_VISIBILITY_CONTENT_DISABLED"
    CONTENT_DEMOTED = "DECISION_VISIBILITY_CONTENT_DEMOTED"
    CONTENT_AGE_RESTRICTED = "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED"
    CONTENT_INTERACTION_RESTRICTED = "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED"
    CONTENT_LABELLED = "DECISION_VISIBILITY_CONTENT_LABELLED"
    OTHER = "DECISION_VISIBILITY_OTHER"


class DecisionMonetary(StrEnum):
    """`decision_monetary`."""

    SUSPENSION = "DECISION_MONETARY_SUSPENSION"
    TERMINATION = "DECISION_MONETARY_TERMINATION"
    OTHER = "DECISION_MONETARY_OTHER"


class DecisionProvision(StrEnum):
    """`decision_provision`: suspension or termination of the service."""

    PARTIAL_SUSPENSION = "DECISION_PROVISION_PARTIAL_SUSPENSION"
    TOTAL_SUSPENSION = "DECISION_PROVISION_TOTAL_SUSPENSION"
    PARTIAL_TERMINATION = "DECISION_PROVISION_PARTIAL_TERMINATION"
    TOTAL_TERMINATION = "DECISION_PROVISION_TOTAL_TERMINATION"


class DecisionAccount(StrEnum):
    """`decision_account`."""

    SUSPENDED = "DECISION_ACCOUNT_SUSPENDED"
    TERMINATED = "DECISION_ACCOUNT_TERMINATED"


class DecisionGround(StrEnum):
    """`decision_ground`: illegal content, or incompatible with the terms and conditions."""

    ILLEGAL_CONTENT = "DECISION_GROUND_ILLEGAL_CONTENT"
    INCOMPATIBLE_CONTENT = "DECISION_GROUND_INCOMPATIBLE_CONTENT"


class ContentType(StrEnum):
    """`content_type`."""

    APP = "CONTENT_TYPE_APP"
    AUDIO = "CONTENT_TYPE_AUDIO"
    IMAGE = "CONTENT_TYPE_IMAGE"
    PRODUCT = "CONTENT_TYPE_PRODUCT"
    SYNTHETIC_MEDIA = "CONTENT_TYPE_SYNTHETIC_MEDIA"
    TEXT = "CONTENT_TYPE_TEXT"
    VIDEO = "CONTENT_TYPE_VIDEO"
    OTHER = "CONTENT_TYPE_OTHER"


class SourceType(StrEnum):
    """`source_type`: what the decision was taken on."""

    ARTICLE_16 = "SOURCE_ARTICLE_16"
    TRUSTED_FLAGGER = "SOURCE_TRUSTED_FLAGGER"
    OTHER_NOTIFICATION = "SOURCE_TYPE_OTHER_NOTIFICATION"
    VOLUNTARY = "SOURCE_VOLUNTARY"


class AutomatedDecision(StrEnum):
    """`automated_decision`."""

    FULLY = "AUTOMATED_DECISION_FULLY"
    PARTIALLY = "AUTOMATED_DECISION_PARTIALLY"
    NOT_AUTOMATED = "AUTOMATED_DECISION_NOT_AUTOMATED"


class AccountType(StrEnum):
    """`account_type`."""

    BUSINESS = "ACCOUNT_TYPE_BUSINESS"
    PRIVATE = "ACCOUNT_TYPE_PRIVATE"


CATEGORY_LABELS: dict[StatementCategory, str] = {
    StatementCategory.ANIMAL_WELFARE: "Animal welfare",
    StatementCategory.CONSUMER_INFORMATION: "Consumer information infringements",
    StatementCategory.CYBER_VIOLENCE: "Cyber violence",
    StatementCategory.CYBER_VIOLENCE_AGAINST_WOMEN: "Cyber violence against women",
    StatementCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: "Data protection and privacy violations",
    StatementCategory.ILLEGAL_OR_HARMFUL_SPEECH: "Illegal or harmful speech",
    StatementCategory.INTELLECTUAL_PROPERTY_INFRINGEMENTS: "Intellectual property infringements",
    StatementCategory.NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS: "Negative effects on civic discourse or elections",
    StatementCategory.NOT_SPECIFIED_NOTICE: "Type of alleged illegal content not specified by the notifier",
    StatementCategory.OTHER_VIOLATION_TC: "Other violation of provider’s terms and conditions",
    StatementCategory.PROTECTION_OF_MINORS: "Protection of minors",
    StatementCategory.RISK_FOR_PUBLIC_SECURITY: "Risk for public security",
    StatementCategory.SCAMS_AND_FRAUD: "Scams and/or fraud",
    StatementCategory.SELF_HARM: "Self-harm",
    StatementCategory.UNSAFE_AND_PROHIBITED_PRODUCTS: "Unsafe, non-compliant or prohibited products",
    StatementCategory.VIOLENCE: "Violence",
}
"""Human labels of the categories, as the Transparency Database shows them."""

KEYWORD_LABELS: dict[Keyword, str] = {
    Keyword.ADULT_SEXUAL_MATERIAL: "Adult sexual material",
    Keyword.AGE_SPECIFIC_RESTRICTIONS: "Age-specific restrictions",
    Keyword.AGE_SPECIFIC_RESTRICTIONS_MINORS: "Age-specific restrictions concerning minors",
    Keyword.ANIMAL_HARM: "Animal harm",
    Keyword.BIOMETRIC_DATA_BREACH: "Biometric data breach",
    Keyword.BULLYING_AGAINST_GIRLS: "Cyber bullying and intimidation against girls",
    Keyword.CHILD_SEXUAL_ABUSE_MATERIAL: "Child sexual abuse material",
    Keyword.CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE: (
        "Child sexual abuse material containing deepfake or similar technology"
    ),
    Keyword.CONTENT_PROMOTING_EATING_DISORDERS: "Content promoting eating disorders",
    Keyword.COORDINATED_HARM: "Coordinated harm",
    Keyword.COPYRIGHT_INFRINGEMENT: "Copyright infringements",
    Keyword.CYBER_BULLYING_INTIMIDATION: "Cyber bullying and intimidation",
    Keyword.CYBER_HARASSMENT: "Cyber harassment",
    Keyword.CYBER_HARASSMENT_AGAINST_WOMEN: "Cyber harassment against women",
    Keyword.CYBER_INCITEMENT: "Cyber incitement to hatred or violence",
    Keyword.CYBER_STALKING: "Cyber stalking",
    Keyword.CYBER_STALKING_AGAINST_WOMEN: "Cyber stalking against women",
    Keyword.DATA_FALSIFICATION: "Data falsification",
    Keyword.DEFAMATION: "Defamation",
    Keyword.DESIGN_INFRINGEMENT: "Design infringements",
    Keyword.DISCRIMINATION: "Discrimination",
    Keyword.FEMALE_GENDERED_DISINFORMATION: "Gendered disinformation",
    Keyword.GEOGRAPHIC_INDICATIONS_INFRINGEMENT: "Geographic indications infringements",
    Keyword.GEOGRAPHICAL_REQUIREMENTS: "Geographical requirements",
    Keyword.GOODS_SERVICES_NOT_PERMITTED: (
        "Goods/services not permitted to be offered on the platform"
    ),
    Keyword.GROOMING_SEXUAL_ENTICEMENT_MINORS: "Grooming/sexual enticement of minors",
    Keyword.HATE_SPEECH: (
        "Illegal incitement to violence and hatred based on protected characteristics (hate speech)"
    ),
    Keyword.HIDDEN_ADVERTISEMENT: (
        "Hidden advertisement or commercial communication, including by influencers"
    ),
    Keyword.HUMAN_EXPLOITATION: "Human exploitation",
    Keyword.HUMAN_TRAFFICKING: "Human trafficking",
    Keyword.ILLEGAL_ORGANIZATIONS: "Illegal organizations",
    Keyword.IMPERSONATION_ACCOUNT_HIJACKING: "Impersonation or account hijacking",
    Keyword.INAUTHENTIC_ACCOUNTS: "Inauthentic accounts",
    Keyword.INAUTHENTIC_LISTINGS: "Inauthentic listings",
    Keyword.INAUTHENTIC_USER_REVIEWS: "Inauthentic user reviews",
    Keyword.INCITEMENT_AGAINST_WOMEN: "Illegal incitement to violence and hatred against women",
    Keyword.INCITEMENT_VIOLENCE_HATRED: "General calls or incitement to violence and/or hatred",
    Keyword.INSUFFICIENT_INFORMATION_ON_TRADERS: "Insufficient information on traders",
    Keyword.LANGUAGE_REQUIREMENTS: "Language requirements",
    Keyword.MISINFORMATION_DISINFORMATION: (
        "Misinformation, disinformation, foreign information manipulation and interference"
    ),
    Keyword.MISLEADING_INFO_CONSUMER_RIGHTS: "Misleading information about the consumer's rights",
    Keyword.MISLEADING_INFO_GOODS_SERVICES: (
        "Misleading information about the characteristics of the goods and services"
    ),
    Keyword.MISSING_PROCESSING_GROUND: "Missing processing ground for data",
    Keyword.NON_CONSENSUAL_IMAGE_SHARING: (
        "Non-consensual (intimate) material sharing, including (image-based) sexual abuse (excluding content depicting minors)"
    ),
    Keyword.NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN: (
        "Non-consensual (intimate) material sharing against women, including (image-based) sexual abuse against women (excluding content depicting minors)"
    ),
    Keyword.NON_CONSENSUAL_MATERIAL_DEEPFAKE: (
        "Non-consensual sharing of material containing deepfake or similar technology using a third party's features (excluding content depicting minors)"
    ),
    Keyword.NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN: (
        "Non-consensual sharing of material containing deepfake or similar technology using a third party's features against women (excluding content depicting minors)"
    ),
    Keyword.NONCOMPLIANCE_PRICING: "Non-compliance with pricing regulations",
    Keyword.NUDITY: "Nudity",
    Keyword.PATENT_INFRINGEMENT: "Patent infringements",
    Keyword.PHISHING: "Phishing",
    Keyword.PROHIBITED_PRODUCTS: "Prohibited or restricted products",
    Keyword.PYRAMID_SCHEMES: "Pyramid schemes",
    Keyword.RIGHT_TO_BE_FORGOTTEN: "Right to be forgotten",
    Keyword.RISK_ENVIRONMENTAL_DAMAGE: "Risk for environmental damage",
    Keyword.RISK_PUBLIC_HEALTH: "Risk for public health",
    Keyword.SELF_MUTILATION: "Self-mutilation",
    Keyword.STALKING: "Stalking",
    Keyword.SUICIDE: "Suicide",
    Keyword.TERRORIST_CONTENT: "Terrorist content",
    Keyword.TRADE_SECRET_INFRINGEMENT: "Trade secret infringements",
    Keyword.TRADEMARK_INFRINGEMENT: "Trademark infringements",
    Keyword.TRAFFICKING_WOMEN_GIRLS: "Trafficking in women and girls",
    Keyword.UNLAWFUL_SALE_ANIMALS: "Unlawful sale of animals",
    Keyword.UNSAFE_CHALLENGES: "Unsafe challenges",
    Keyword.UNSAFE_PRODUCTS: "Unsafe or non-compliant products",
    Keyword.VIOLATION_EU_LAW: "Violation of EU law relevant to civic discourse or elections",
    Keyword.VIOLATION_NATIONAL_LAW: (
        "Violation of national law relevant to civic discourse or elections"
    ),
    Keyword.OTHER: "Not captured by any other keyword",
}

EEA_TERRITORIAL_SCOPE: tuple[str, ...] = (
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IS",
    "IT",
    "LI",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "NO",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
)
"""`territorial_scope` values the database accepts: EU 27 + IS, LI, NO (Greece is `GR`)."""


def yes_no(value: bool) -> str:
    """`automated_detection` and `incompatible_content_illegal` take the literal Yes / No."""
    return "Yes" if value else "No"
