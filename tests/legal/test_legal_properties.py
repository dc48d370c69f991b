"""Property tests (hypothesis) for the safeguards that must hold for every request.

The ceiling on disclosure is written here independently of the engine, from the issue's text
and the instruments' law, so a policy or engine change that widens disclosure fails here even if
the golden files were regenerated.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeharbour.kit.countries import COUNTRIES
from safeharbour.kit.labels import PROTECTED_LABELS, Label
from safeharbour.legal.assessment import (
    AuthorityKind,
    DataField,
    LegalInstrument,
    LegalProcess,
    RequestType,
    RuleOfLaw,
    TargetKind,
    Urgency,
    assess,
    default_policy,
    parse_request,
)
from safeharbour.legal.assessment.taxonomy import StatementCategory

POLICY = default_policy()
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

STATEMENTS = [
    "",
    "Remove the listed content.",
    "Provide the encryption key for this chat.",
    "We need a backdoor into the app.",
    "Real-time interception of the account.",
    "Identify all users of the channel.",
    "The suspect's private key was posted.",
]

# Half the draws come from countries where the policy behaves differently (EU, EEA, the non-EU
# state whose instrument binds, an EU state outside e-Evidence, weak, unknown, Kosovo), half from
# every code.
FOCUS = ["DE", "FR", "NO", "DK", "US", "GB", "RU", "TR", "SA", "TW", "FO", "XK"]
countries = st.one_of(st.sampled_from(FOCUS), st.sampled_from(sorted(COUNTRIES)))
labels = st.lists(st.sampled_from(list(Label)), max_size=4, unique=True)


@st.composite
def targets(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(list(TargetKind)))
    target: dict[str, Any] = {
        "kind": kind.value,
        "id": draw(st.sampled_from(["p1", "p2", "c1", "a1", "g1", "x9", "*", "all"])),
        "labels": [label.value for label in draw(labels)],
    }
    if draw(st.booleans()):
        target["violates_terms"] = draw(st.none() | st.booleans())
    if draw(st.booleans()):
        target["subscribers"] = draw(st.none() | st.integers(0, 200_000))
    return target


@st.composite
def requests(draw: st.DrawFn, /, **fixed: Any) -> dict[str, Any]:
    request_type = fixed.get("type") or draw(st.sampled_from(list(RequestType))).value
    found = draw(st.lists(targets(), max_size=4))
    unique: dict[tuple[str, str], dict[str, Any]] = {}
    for target in found:
        unique.setdefault((target["kind"], target["id"]), target)
    chosen = list(unique.values())
    if not chosen and request_type not in ("encryption_key", "other"):
        chosen = [{"kind": "account", "id": "a1", "labels": []}]
    gag = draw(st.booleans())
    request: dict[str, Any] = {
        "type": request_type,
        "authority": {
            "name": "Some authority",
            "country": fixed.get("country") or draw(countries),
            "kind": fixed.get("kind") or draw(st.sampled_from(list(AuthorityKind))).value,
            "verified": fixed.get("verified", draw(st.booleans())),
        },
        "legal_instrument": draw(st.sampled_from(list(LegalInstrument))).value,
        "legal_process": draw(st.sampled_from(list(LegalProcess))).value,
        "legal_basis": draw(st.sampled_from([None, "", "Art. 1 of the Code"])),
        "offence_category": draw(st.none() | st.sampled_from(list(StatementCategory))),
        "judicial_authorisation": draw(st.booleans()),
        "urgency": fixed.get("urgency") or draw(st.sampled_from(list(Urgency))).value,
        "threat_to_life": draw(st.booleans()),
        "gag_order": gag,
        "gag_order_until": draw(st.sampled_from([None, "2027-01-31"])) if gag else None,
        "statement": draw(st.sampled_from(STATEMENTS)),
        "targets": chosen,
        "data_requested": [
            f.value for f in draw(st.lists(st.sampled_from(list(DataField)), unique=True))
        ],
    }
    return request


def run(request: dict[str, Any]) -> dict[str, Any]:
    return assess(parse_request(request), POLICY).model_dump(mode="json")


def acted(result: dict[str, Any]) -> bool:
    return any(t["action"] != "none" for t in result["targets"])


# -- keys and backdoors -------------------------------------------------------------------------


@SETTINGS
@given(
    requests(type="encryption_key"),
    countries,
    st.sampled_from(list(AuthorityKind)),
    st.sampled_from(list(Urgency)),
)
def test_key_demand_is_refused_for_every_country_authority_and_urgency(
    request: dict[str, Any], country: str, kind: AuthorityKind, urgency: Urgency
) -> None:
    request["authority"].update(country=country, kind=kind.value)
    request["urgency"] = urgency.value
    result = run(request)
    assert result["disposition"] == "refuse"
    assert result["disclose"] == []
    assert not acted(result)
    assert result["auto_executable"] is False
    assert result["reasons"][0]["rule"] == "R-KEYS-NEVER"


@SETTINGS
@given(requests())
def test_keys_are_never_disclosed_and_key_demands_never_fully_complied(
    request: dict[str, Any],
) -> None:
    result = run(request)
    assert "encryption_keys" not in result["disclose"]
    asks_keys = "encryption_keys" in request["data_requested"] or (
        request["type"] not in ("removal_order", "block_channel", "account_suspension")
        and re.search(r"encryption key|backdoor|private key", request["statement"], re.I)
    )
    if asks_keys:
        assert "R-KEYS-NEVER" in [r["rule"] for r in result["reasons"]]
        assert result["disposition"] not in ("comply", "geo_restrict")


# -- disclosure ceiling -------------------------------------------------------------------------

_NOT_OFFENCES = {
    "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
    "STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER",
    "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
}
_EU_NOT_EPOC = {"DK"}


def ceiling(request: dict[str, Any]) -> set[str]:
    """The most the policy may ever disclose for this request, written from the issue."""
    authority = request["authority"]
    profile = POLICY.profile(authority["country"])
    if not authority["verified"] or profile.rule_of_law is not RuleOfLaw.STRONG:
        return set()
    if request["type"] == "emergency_disclosure":
        minimal = {"subscriber_info", "ip_addresses", "phone_number"}
        return minimal if request["threat_to_life"] else set()
    if request["type"] in ("encryption_key", "other", "preservation"):
        return set()
    process = request["legal_process"]
    judicial = request["judicial_authorisation"] or process in ("court_order", "warrant")
    offence = request["offence_category"] not in (None, *_NOT_OFFENCES)
    instrument = request["legal_instrument"]
    epoc = instrument == "epoc" and profile.eu and authority["country"] not in _EU_NOT_EPOC
    sca = instrument == "us_sca" and authority["country"] == "US"

    allowed: set[str] = set()
    if process != "none":
        allowed.add("subscriber_info")
    identification = (judicial and offence and process != "subpoena") or (
        epoc and offence and process in ("prosecutor_order", "court_order", "warrant")
    )
    if sca and process in ("subpoena", "court_order", "warrant"):
        identification = True
    if identification:
        allowed |= {"ip_addresses", "phone_number"}
    deep = judicial and offence and process in ("court_order", "warrant")
    if deep:
        allowed |= {"contacts", "location"}
        if not sca or process == "warrant":
            allowed.add("message_content")
    return allowed


@SETTINGS
@given(requests())
def test_disclose_never_exceeds_the_policy_for_the_process(request: dict[str, Any]) -> None:
    result = run(request)
    disclosed = set(result["disclose"])
    assert disclosed <= set(request["data_requested"])
    assert disclosed <= ceiling(request), (disclosed, ceiling(request))
    for target in result["targets"]:
        assert set(target["disclose"]) <= disclosed
    if disclosed:
        assert result["disposition"] in ("comply", "geo_restrict", "partial")
        assert any(
            a["role"] == "legal_officer" and a["distinct_people"] >= 2
            for a in result["approvals_required"]
        )


@st.composite
def data_requests(draw: st.DrawFn) -> dict[str, Any]:
    """Verified data requests from strong countries, where disclosure can actually happen."""
    request = draw(requests(verified=True))
    request["type"] = draw(
        st.sampled_from(["information_order", "production_order", "emergency_disclosure"])
    )
    request["authority"]["country"] = draw(st.sampled_from(["DE", "FR", "NO", "DK", "US", "GB"]))
    request["legal_instrument"] = draw(
        st.sampled_from(["us_sca", "epoc", "national", "mlat", "dsa_art10"])
    )
    request["data_requested"] = [
        f.value for f in draw(st.lists(st.sampled_from(list(DataField)), min_size=1, unique=True))
    ]
    if not request["targets"]:
        request["targets"] = [{"kind": "account", "id": "a1", "labels": []}]
    return request


@SETTINGS
@given(data_requests())
def test_disclose_never_exceeds_the_policy_for_data_requests(request: dict[str, Any]) -> None:
    result = run(request)
    assert set(result["disclose"]) <= ceiling(request), (result["disclose"], ceiling(request))


def test_disclosure_ceiling_over_the_whole_process_grid() -> None:
    """Every combination of the facts that unlock data, exhaustively (random draws rarely hit
    a corner such as a US court order for content, which the SCA does not allow)."""
    all_fields = [f.value for f in DataField]
    checked = 0
    for country in ("DE", "DK", "US", "GB"):
        for instrument in ("us_sca", "epoc", "national", "mlat"):
            for process in [p.value for p in LegalProcess]:
                for judicial in (False, True):
                    for offence in (None, "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"):
                        for kind, threat in (
                            ("production_order", False),
                            ("emergency_disclosure", False),
                            ("emergency_disclosure", True),
                        ):
                            request = {
                                "type": kind,
                                "authority": {
                                    "country": country,
                                    "kind": "court",
                                    "verified": True,
                                },
                                "legal_instrument": instrument,
                                "legal_process": process,
                                "legal_basis": "Art. 1",
                                "judicial_authorisation": judicial,
                                "offence_category": offence,
                                "threat_to_life": threat,
                                "targets": [{"kind": "account", "id": "a1"}],
                                "data_requested": all_fields,
                            }
                            result = run(request)
                            assert set(result["disclose"]) <= ceiling(request), request
                            checked += 1
    assert checked == 4 * 4 * 5 * 2 * 2 * 3


@SETTINGS
@given(st.one_of(requests(), data_requests()))
def test_protected_targets_are_never_unmasked_and_only_removed_for_breaking_the_terms(
    request: dict[str, Any],
) -> None:
    result = run(request)
    global_terms = {label.value for label in POLICY.doc.labels.global_terms}
    protected = {label.value for label in PROTECTED_LABELS}
    for target, outcome in zip(request["targets"], result["targets"], strict=True):
        if not protected & set(target["labels"]):
            continue
        assert outcome["disclose"] == []
        if outcome["action"] != "none":
            verdict = target.get("violates_terms")
            assert target["kind"] == "post"
            assert verdict is True or (verdict is None and global_terms & set(target["labels"]))


@SETTINGS
@given(requests(type="preservation"))
def test_preservation_discloses_nothing(request: dict[str, Any]) -> None:
    result = run(request)
    assert result["disclose"] == []
    assert not acted(result)


# -- unverified senders -------------------------------------------------------------------------


@SETTINGS
@given(requests(verified=False))
def test_unverified_authority_never_gets_comply_or_data(request: dict[str, Any]) -> None:
    result = run(request)
    assert result["disposition"] not in ("comply", "geo_restrict", "partial")
    assert result["disclose"] == []
    assert not acted(result)
    assert result["auto_executable"] is False
    if request["type"] in ("removal_order", "block_channel", "account_suspension"):
        assert result["file_as_notice"] is True


# -- protected labels never make it harsher -----------------------------------------------------

_ACTION_RANK = {"none": 0, "restrict": 1, "remove": 2, "ban": 2, "suspend": 2}
_FULL = {"comply", "geo_restrict"}


@SETTINGS
@given(requests(), st.data())
def test_adding_a_protected_label_never_makes_the_outcome_harsher(
    request: dict[str, Any], data: st.DataObject
) -> None:
    """Harsher for the user means: a stronger action or a wider scope on some target, more data
    disclosed, automatic execution, or full compliance where there was none, or any answer at all
    where there was a refusal. Dispositions are not totally ordered: `need_more_info` (a target
    still pending) can rightly become `partial` (that target now refused as protected) with the
    very same actions, which is softer, so the disposition is compared only at those points.
    """
    if not request["targets"]:
        return
    before = run(request)
    index = data.draw(st.integers(0, len(request["targets"]) - 1))
    label = data.draw(st.sampled_from(sorted(PROTECTED_LABELS)))
    target = request["targets"][index]
    if label.value in target["labels"]:
        return
    target["labels"] = [*target["labels"], label.value]
    after = run(request)

    assert set(after["disclose"]) <= set(before["disclose"])
    for old, new in zip(before["targets"], after["targets"], strict=True):
        assert _ACTION_RANK[new["action"]] <= _ACTION_RANK[old["action"]]
        assert set(new["disclose"]) <= set(old["disclose"])
        if new["action"] != "none":
            assert new["scope"] == old["scope"]
    assert after["auto_executable"] <= before["auto_executable"]
    if after["disposition"] in _FULL:
        assert before["disposition"] in _FULL
    if before["disposition"] == "refuse":
        assert after["disposition"] == "refuse"


# -- the contract holds for every request -------------------------------------------------------

_DURATION = re.compile(r"P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?")


@SETTINGS
@given(requests())
def test_every_assessment_is_complete_and_deterministic(request: dict[str, Any]) -> None:
    result = run(request)
    assert result == run(request)  # pure: same input, same proposal, same digest
    assert _DURATION.fullmatch(result["deadline"]) and result["deadline_basis"]
    assert result["policy_version"] == POLICY.version
    ids = [r["rule"] for r in result["reasons"]]
    order = [rule.id.value for rule in POLICY.rules]
    assert ids == [rule for rule in order if rule in ids]  # policy order, no duplicates
    assert result["reasons"], "every assessment says why"
    assert [t["id"] for t in result["targets"]] == [t["id"] for t in request["targets"]]
    assert result["approvals_required"]
    if result["disposition"] == "geo_restrict":
        assert result["scope"] == "requesting_country"
    if result["disposition"] in ("refuse", "human_rights_review"):
        assert result["disclose"] == []
    if result["auto_executable"]:
        assert request["type"] == "removal_order" and request["authority"]["verified"]
        assert request["legal_instrument"] in ("tco", "dsa_art9")
        assert result["disposition"] == "comply"
        assert all(a["stage"] == "after" for a in result["approvals_required"])
