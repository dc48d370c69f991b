"""Media hashes: SHA-256 and MD5 of the bytes, and the PDQ perceptual hash of the image.

Contracts:

* `hash_bytes` and `hash_file` never raise because of what the content is. Bytes that are not an
  image, a truncated or corrupt image, or an image larger than `MAX_IMAGE_PIXELS` all give
  `pdq=None, pdq_quality=None` with the reason in `pdq_skipped`; the cryptographic hashes are
  always there, so exact-match banks still work on content we refuse to decode. `hash_file` does
  raise `OSError` when the file itself cannot be read: that is the caller's problem, not the
  content's.
* PDQ is computed the way the `threatexchange` PDQ signal computes it (Pillow decode, RGB,
  `pdqhash.compute`), so hashes agree bit for bit with the hashes that exchanges share; the test
  suite checks this against the reference hashes in `shared/data/pdq/expected_hashes.csv`. EXIF
  orientation is deliberately not applied, for the same reason: no reference implementation
  applies it, and rotated copies are a matching concern (dihedral hashes), not a hashing one.
* PDQ hashes travel as 64 lowercase hex characters, most significant bit first (the format of
  ThreatExchange, HMA and the reference implementations).

Quality: PDQ's quality (0-100) measures how much gradient the image has. Flat or tiny images give
hashes that collide with unrelated content, so a hash below `MIN_PDQ_QUALITY` is recorded but
must not be matched; `is_matchable` is the one place that rule lives.

Reduced decoding (`reduced=True`) asks libjpeg to decode at 1/2, 1/4 or 1/8 scale while keeping
the shorter side at least `REDUCED_DECODE_MIN_SIDE` pixels (Pillow's `Image.draft`). PDQ
downsamples to 64x64 anyway, so the hash barely moves, while decoding is several times faster
(`bench/hashing.py` prints the speed-up and the Hamming drift over the reference images). It only
affects JPEG: other formats have no cheap reduced decode, and resampling them before hashing
(`thumbnail`) was measured to drift more than it saves, so they decode in full.
"""

from __future__ import annotations

import hashlib
import io
import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
import numpy.typing as npt
import pdqhash
from PIL import Image, UnidentifiedImageError

from safeharbour.kit.errors import InvalidInput

PDQ_BITS = 256
PDQ_BYTES = PDQ_BITS // 8
PDQ_HEX_LENGTH = PDQ_BITS // 4

# PDQ's own recommendation (the reference hasher and ThreatExchange use 50): below it the image
# has too little structure for the hash to identify it.
MIN_PDQ_QUALITY = 50

# Decompression-bomb guard, checked against the size the header declares before any pixel is
# decoded, the same in full and reduced mode so that a file hashes or is refused the same way
# whichever mode a caller picks. JPEG decodes at a reduced scale (libjpeg's DCT scaling, Pillow's
# `draft`) when it is large, so 50 megapixels covers camera photos (a 48 MP phone photo is
# 8000x6000) at little cost. Other formats have no reduced decode: they are decoded in full in
# their own mode (at most 4 bytes a pixel), hence their lower cap; a 143 KB PNG can declare
# 7000x7000.
MAX_IMAGE_PIXELS = 50_000_000
MAX_FULL_DECODE_PIXELS = 24_000_000

# What reaches pdqhash at most. pdqhash converts to luminance through float64 temporaries (about
# 30 bytes a pixel at peak), so a 49-megapixel image cost 1.5 GB there. Larger images are scaled
# down to this budget first (DCT scaling for JPEG, `Image.reduce` in the decoded mode for the
# rest, before any conversion to RGB): PDQ itself downsamples to 64x64, so the hash of such an
# image moves by a few bits at most, and images within the budget hash bit for bit as the
# reference implementations do. One hash then needs well under 300 MB.
HASH_PIXEL_BUDGET = 4_000_000

# Hashes decoded at the same time in one process: each may take a few hundred megabytes, so a
# burst of media (a Matrix push, a retro-scan) must queue rather than multiply that.
MAX_CONCURRENT_DECODES = 2
_DECODE_SLOTS = threading.BoundedSemaphore(MAX_CONCURRENT_DECODES)
_REDUCIBLE_MODES = frozenset({"L", "LA", "RGB", "RGBA", "RGBa", "La", "I", "F", "CMYK", "YCbCr"})

REDUCED_DECODE_MIN_SIDE = 256

_READ_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class MediaHashes:
    """Hashes of one piece of media.

    `pdq` is 64 hex characters, or None when no PDQ could be computed; `pdq_skipped` then says
    why ("not an image", "image too large: ...", "undecodable image: ..."). `pdq_quality` is
    0-100 and is None exactly when `pdq` is.
    """

    sha256: str
    md5: str
    pdq: str | None
    pdq_quality: int | None
    pdq_skipped: str | None = None

    @property
    def pdq_matchable(self) -> bool:
        return is_matchable(self.pdq_quality)


def is_matchable(quality: int | None) -> bool:
    """Whether a PDQ hash of this quality may be matched against banks (quality >= 50)."""
    return quality is not None and quality >= MIN_PDQ_QUALITY


def hash_bytes(data: bytes, *, reduced: bool = False) -> MediaHashes:
    """SHA-256, MD5 and (for images) PDQ of `data`. Never raises because of the content."""
    sha256 = hashlib.sha256(data).hexdigest()
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    pdq, quality, skipped = _pdq_of(io.BytesIO(data), reduced=reduced)
    return MediaHashes(sha256, md5, pdq, quality, skipped)


def hash_file(path: str | Path, *, reduced: bool = False) -> MediaHashes:
    """Like `hash_bytes` for a file, streaming it so that large non-image files stay cheap.

    Raises `OSError` (`FileNotFoundError`, `IsADirectoryError`, `PermissionError`, ...) when the
    file cannot be read.
    """
    sha = hashlib.sha256()
    md5 = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as stream:
        while block := stream.read(_READ_BLOCK):
            sha.update(block)
            md5.update(block)
        stream.seek(0)
        pdq, quality, skipped = _pdq_of(stream, reduced=reduced)
    return MediaHashes(sha.hexdigest(), md5.hexdigest(), pdq, quality, skipped)


def _pdq_of(stream: IO[bytes], *, reduced: bool) -> tuple[str | None, int | None, str | None]:
    """(pdq hex, quality, None) for an image, (None, None, reason) for anything else."""
    try:
        image = Image.open(stream)
    except UnidentifiedImageError:
        return None, None, "not an image"
    except Image.DecompressionBombError as exc:
        return None, None, f"image too large: {exc}"
    except Exception as exc:  # Pillow's format plugins raise many types on hostile headers.
        return None, None, f"undecodable image: {type(exc).__name__}: {exc}"
    with image:
        width, height = image.size
        cap = MAX_IMAGE_PIXELS if image.format == "JPEG" else MAX_FULL_DECODE_PIXELS
        if width * height > cap:
            return (
                None,
                None,
                f"image too large: {width}x{height} is over {cap:,} pixels"
                + ("" if image.format == "JPEG" else f" for {image.format or 'this format'}"),
            )
        if width == 0 or height == 0:
            return None, None, "undecodable image: empty"
        try:
            with _DECODE_SLOTS:
                bits, quality = _pdq_bits(image, reduced=reduced)
        except Exception as exc:  # Truncated data surfaces here, as OSError, SyntaxError, ...
            return None, None, f"undecodable image: {type(exc).__name__}: {exc}"
    return pdq_to_hex(bits), int(quality), None


def _shrink_factor(width: int, height: int) -> int:
    """The integer factor that brings width x height within HASH_PIXEL_BUDGET (1: none)."""
    return max(1, math.ceil(math.sqrt(width * height / HASH_PIXEL_BUDGET)))


def _pdq_bits(image: Image.Image, *, reduced: bool) -> tuple[Any, float]:
    """Decode at most what the budget allows, then PDQ: (bits, quality)."""
    width, height = image.size
    factor = _shrink_factor(width, height)
    if reduced:
        image.draft("RGB", (REDUCED_DECODE_MIN_SIDE, REDUCED_DECODE_MIN_SIDE))
    elif factor > 1:
        # JPEG only (a no-op elsewhere): decode at 1/2, 1/4 or 1/8 scale, at least 1/factor.
        image.draft("RGB", (math.ceil(width / factor), math.ceil(height / factor)))
    image.load()
    decoded: Image.Image = image
    factor = _shrink_factor(*decoded.size)
    if factor > 1:
        if decoded.mode not in _REDUCIBLE_MODES:
            decoded = decoded.convert("RGB")
        decoded = decoded.reduce(factor)
        image.close()  # frees the full-size pixels before pdqhash allocates its own
    rgb = decoded if decoded.mode == "RGB" else decoded.convert("RGB")
    del decoded
    pixels = np.asarray(rgb, dtype=np.uint8)
    return pdqhash.compute(pixels)  # type: ignore[no-any-return]


def pdq_to_hex(bits: npt.ArrayLike) -> str:
    """256 bits (0/1 values, most significant first, as `pdqhash.compute` gives) as hex."""
    array = np.asarray(bits)
    if array.shape != (PDQ_BITS,):
        raise ValueError(f"a PDQ hash has {PDQ_BITS} bits, got shape {array.shape}")
    return np.packbits(array.astype(np.uint8)).tobytes().hex()


def pdq_from_hex(value: str, *, field: str = "pdq") -> bytes:
    """The 32 bytes of a PDQ hash given as 64 hex characters; `InvalidInput` otherwise."""
    if len(value) != PDQ_HEX_LENGTH:
        raise InvalidInput(f"a PDQ hash is {PDQ_HEX_LENGTH} hex characters", field=field)
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        raise InvalidInput("a PDQ hash is hexadecimal", field=field) from None
    if len(raw) != PDQ_BYTES:  # fromhex skips whitespace, so "aa bb..." would be short
        raise InvalidInput("a PDQ hash is hexadecimal", field=field)
    return raw


def pdq_hex_to_array(values: Iterable[str], *, field: str = "pdq") -> npt.NDArray[np.uint8]:
    """Many hex PDQ hashes as an (n, 32) uint8 array, row i being hash i's bytes.

    Validates every value (`InvalidInput` naming the first bad one) and converts in one pass,
    so ten million hashes take seconds, not minutes.
    """
    items: Sequence[str] = values if isinstance(values, Sequence) else list(values)
    for position, value in enumerate(items):
        if not isinstance(value, str) or len(value) != PDQ_HEX_LENGTH:
            raise InvalidInput(
                f"a PDQ hash is {PDQ_HEX_LENGTH} hex characters", field=f"{field}[{position}]"
            )
    try:
        raw = bytes.fromhex("".join(items))
    except ValueError:
        raw = b""
    if len(raw) != PDQ_BYTES * len(items):
        for position, value in enumerate(items):
            pdq_from_hex(value, field=f"{field}[{position}]")
    return np.frombuffer(raw, dtype=np.uint8).reshape(len(items), PDQ_BYTES).copy()


def hamming_distance(a: str | bytes, b: str | bytes) -> int:
    """Bits that differ between two PDQ hashes, each given as hex or as 32 bytes."""
    raw_a = pdq_from_hex(a, field="a") if isinstance(a, str) else a
    raw_b = pdq_from_hex(b, field="b") if isinstance(b, str) else b
    if len(raw_a) != PDQ_BYTES or len(raw_b) != PDQ_BYTES:
        raise InvalidInput(f"a PDQ hash is {PDQ_BYTES} bytes")
    return (int.from_bytes(raw_a, "big") ^ int.from_bytes(raw_b, "big")).bit_count()


def hamming_distances(
    hashes: npt.NDArray[np.uint8], query: npt.NDArray[np.uint8]
) -> npt.NDArray[np.int64]:
    """Distance from each row of an (n, 32) uint8 array to one 32-byte query: a brute-force scan.

    This is the reference the index is tested against, and fine for a few thousand hashes.
    """
    if hashes.ndim != 2 or hashes.shape[1] != PDQ_BYTES or query.shape != (PDQ_BYTES,):
        raise ValueError("expected an (n, 32) uint8 array and one 32-byte query")
    distances: npt.NDArray[np.int64] = np.bitwise_count(np.bitwise_xor(hashes, query)).sum(
        axis=1, dtype=np.int64
    )
    return distances
