"""Signals extracted from content. Media: cryptographic hashes and the PDQ perceptual hash."""

from safeharbour.detection.signals.hashing import (
    MAX_IMAGE_PIXELS,
    MIN_PDQ_QUALITY,
    PDQ_BITS,
    PDQ_HEX_LENGTH,
    MediaHashes,
    hamming_distance,
    hamming_distances,
    hash_bytes,
    hash_file,
    is_matchable,
    pdq_from_hex,
    pdq_hex_to_array,
    pdq_to_hex,
)

__all__ = [
    "MAX_IMAGE_PIXELS",
    "MIN_PDQ_QUALITY",
    "PDQ_BITS",
    "PDQ_HEX_LENGTH",
    "MediaHashes",
    "hamming_distance",
    "hamming_distances",
    "hash_bytes",
    "hash_file",
    "is_matchable",
    "pdq_from_hex",
    "pdq_hex_to_array",
    "pdq_to_hex",
]
