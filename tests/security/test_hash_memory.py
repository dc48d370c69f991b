"""Hashing an image stays within a bounded amount of memory whatever its header declares.

Measured in a child process as the growth of its peak resident set size: Pillow and pdqhash
allocate outside Python's allocator, where tracemalloc cannot see them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pdqhash
import pytest
from PIL import Image, ImageDraw

import safeharbour.detection.signals.hashing as hashing
from safeharbour.detection.signals.hashing import hash_bytes, hash_file
from tests.conftest import REPO_ROOT

LIMIT_MB = 300

_CHILD = """
import json, resource, sys
from safeharbour.detection.signals.hashing import hash_file
import numpy, pdqhash, PIL.Image
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
hashes = hash_file(sys.argv[1], reduced=sys.argv[2] == "reduced")
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"growth_mb": (after - before) / 1024, "pdq": hashes.pdq,
                  "skipped": hashes.pdq_skipped}))
"""


def _image(path: Path, size: tuple[int, int], mode: str, fmt: str) -> Path:
    """A mostly flat image with some structure: tiny on disk, huge once decoded."""
    colour: Any = {"L": 40, "RGB": (30, 60, 90), "RGBA": (30, 60, 90, 255)}[mode]
    line: Any = {"L": 200, "RGB": (200, 100, 50), "RGBA": (200, 100, 50, 255)}[mode]
    image = Image.new(mode, size, colour)
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 250):
        draw.line([(x, 0), (size[0] - x, size[1])], fill=line, width=9)
    image.save(path, format=fmt)
    return path


def _measure(path: Path, mode: str = "full") -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), mode],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_the_reported_7000_by_7000_png_is_refused_cheaply(tmp_path: Path) -> None:
    path = _image(tmp_path / "bomb.png", (7000, 7000), "RGB", "PNG")
    assert path.stat().st_size < 2_000_000  # small on disk: the point of the attack
    result = _measure(path)
    assert result["growth_mb"] < LIMIT_MB, result
    assert result["pdq"] is None and "too large" in result["skipped"]


@pytest.mark.parametrize(
    ("name", "size", "mode", "fmt"),
    [
        ("largest-png", (4890, 4890), "RGBA", "PNG"),  # just under the non-JPEG cap
        ("camera-jpeg", (8000, 6000), "RGB", "JPEG"),  # a 48 MP phone photo
        ("largest-jpeg", (7070, 7070), "L", "JPEG"),  # just under the JPEG cap
    ],
)
def test_the_largest_accepted_images_hash_under_300_mb(
    tmp_path: Path, name: str, size: tuple[int, int], mode: str, fmt: str
) -> None:
    path = _image(tmp_path / f"{name}.{fmt.lower()}", size, mode, fmt)
    for decode in ("full", "reduced"):
        result = _measure(path, decode)
        assert result["growth_mb"] < LIMIT_MB, (decode, result)
        assert result["pdq"] is not None, (decode, result)


def test_images_within_the_budget_hash_as_before(tmp_path: Path) -> None:
    """No scaling below HASH_PIXEL_BUDGET: the hash is the plain full decode's."""
    import numpy as np

    path = _image(tmp_path / "photo.png", (1600, 1200), "RGB", "PNG")
    with Image.open(path) as image:
        bits, quality = pdqhash.compute(np.asarray(image.convert("RGB"), dtype=np.uint8))
    hashes = hash_file(path)
    assert hashes.pdq == hashing.pdq_to_hex(bits) and hashes.pdq_quality == int(quality)


def test_concurrent_hashing_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _image(tmp_path / "p.png", (400, 300), "RGB", "PNG").read_bytes()
    in_flight = 0
    most = 0
    lock = threading.Lock()
    real = pdqhash.compute

    def counting(pixels: Any) -> Any:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
        time.sleep(0.05)
        try:
            return real(pixels)
        finally:
            with lock:
                in_flight -= 1

    monkeypatch.setattr(pdqhash, "compute", counting)
    threads = [threading.Thread(target=hash_bytes, args=(data,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 1 <= most <= hashing.MAX_CONCURRENT_DECODES
