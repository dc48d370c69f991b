"""Image hashing speed per core, full against reduced-size decoding, and the Hamming drift
between the two, over the reference images in tests/data/pdq/.

Three hashers, measured in the same run on one thread:

* baseline: python-threatexchange's PDQ hasher (`pdq_from_bytes`), what HMA runs;
* full: `hash_bytes(data)`: the same PDQ, plus SHA-256 and MD5;
* reduced: `hash_bytes(data, reduced=True)`: JPEGs decoded at 1/2-1/8 scale by libjpeg.

Drift is the Hamming distance between the full and the reduced PDQ of each image; at radius 31
a drift of d eats d bits of the match budget. Reduced decoding only changes JPEGs, so the speed
and drift are also given for the JPEGs alone.

    python bench/hashing.py            # every image, 5 passes (about a minute)
    python bench/hashing.py --quick    # one pass over a few images, used by the test suite
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from safeharbour.detection.signals.hashing import hamming_distance, hash_bytes, is_matchable

PDQ_DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "pdq"


def images(root: Path) -> list[tuple[Path, bytes, str]]:
    """(path, bytes, format) of every file under root that Pillow recognises as an image."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        try:
            with Image.open(io.BytesIO(data)) as image:
                found.append((path, data, image.format or "?"))
        except (UnidentifiedImageError, OSError):
            continue
    return found


def rate(hasher: Callable[[bytes], object], datas: list[bytes], passes: int) -> float:
    """Images per CPU second of this (single) thread, best of `passes` passes over `datas`.

    CPU time, not wall time: the figure is per core, and stays so on a machine that other
    work shares (hashing here is single-threaded: Pillow decodes and pdqhash on one thread).
    """
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for data in datas:
            hasher(data)
        best = min(best, time.process_time() - start)
    return len(datas) / best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one pass over a few images")
    parser.add_argument("--passes", type=int, help="passes per hasher (default 5, quick 1)")
    parser.add_argument("--root", type=Path, default=PDQ_DATA, help="images to hash")
    args = parser.parse_args()
    from threatexchange.signal_type.pdq.pdq_hasher import pdq_from_bytes

    found = images(args.root)
    if not found:
        print(f"no images under {args.root.resolve()}")
        return 1
    if args.quick:
        found = [f for f in found if f[2] == "JPEG"][:4] + [f for f in found if f[2] != "JPEG"][:2]
    passes = args.passes or (1 if args.quick else 5)
    datas = [data for _, data, _ in found]
    jpegs = [data for _, data, fmt in found if fmt == "JPEG"]
    megapixels = (
        sum(Image.open(io.BytesIO(d)).size[0] * Image.open(io.BytesIO(d)).size[1] for d in datas)
        / 1e6
    )
    print(
        f"{len(found)} images ({len(jpegs)} JPEG, {megapixels:.1f} megapixels in all) under "
        f"{args.root.resolve()}; best of {passes} pass(es), one thread, images per CPU second"
    )

    hashers: dict[str, Callable[[bytes], object]] = {
        "threatexchange pdq_from_bytes (baseline)": pdq_from_bytes,
        "hash_bytes, full decoding": hash_bytes,
        "hash_bytes, reduced decoding": lambda d: hash_bytes(d, reduced=True),
    }
    print(f"\n{'hasher':<42} {'images/s':>9} {'JPEG images/s':>14}")
    rates: dict[str, tuple[float, float]] = {}
    for name, hasher in hashers.items():
        rates[name] = (rate(hasher, datas, passes), rate(hasher, jpegs, passes) if jpegs else 0)
        print(f"{name:<42} {rates[name][0]:>9.1f} {rates[name][1]:>14.1f}", flush=True)

    base, full, reduced = (rates[name] for name in hashers)
    print(
        f"\nratio full / baseline: {full[0] / base[0]:.2f}x; reduced / full: "
        f"{reduced[0] / full[0]:.2f}x (JPEG only: {reduced[1] / full[1]:.2f}x)"
        if jpegs
        else ""
    )

    drifts, jpeg_drifts, crossings, disagree = [], [], 0, []
    for path, data, fmt in found:
        a, b = hash_bytes(data), hash_bytes(data, reduced=True)
        tx_hash, _ = pdq_from_bytes(data)
        if a.pdq != tx_hash:
            disagree.append(
                f"{path.name} ({Image.open(io.BytesIO(data)).mode}: "
                f"{hamming_distance(a.pdq, tx_hash) if a.pdq else '-'} bits)"
            )
        if a.pdq is None or b.pdq is None:
            continue
        drift = hamming_distance(a.pdq, b.pdq)
        drifts.append(drift)
        if fmt == "JPEG":
            jpeg_drifts.append(drift)
        crossings += is_matchable(a.pdq_quality) != is_matchable(b.pdq_quality)
    print(
        f"full-decoding PDQ equal to threatexchange's: {len(found) - len(disagree)} of "
        f"{len(found)} images" + (f"; differing: {', '.join(disagree)}" if disagree else "")
    )
    if disagree:
        print(
            "    (threatexchange gives pdqhash the raw channels: a palette image's colour "
            "indices, a CMYK image's C, M, Y read as R, G, B; hash_bytes converts to RGB first)"
        )
    for label, values in (("all images", drifts), ("JPEG only", jpeg_drifts)):
        if not values:
            continue
        array = np.array(values)
        print(
            f"drift full -> reduced, {label}: mean {array.mean():.2f}, median "
            f"{np.median(array):.0f}, p95 {np.percentile(array, 95):.1f}, max {array.max()} bits; "
            f"{(array > 0).sum()} of {len(array)} changed, {(array > 16).sum()} above 16"
        )
    print(f"quality crossing the matchable threshold (50) between modes: {crossings} images")
    return 0


if __name__ == "__main__":
    sys.exit(main())
