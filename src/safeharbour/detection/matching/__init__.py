"""Matching signals against banks. PDQ: an exact Hamming range-search index."""

from safeharbour.detection.matching.pdq_index import (
    DEFAULT_RADIUS,
    IndexStats,
    PdqIndex,
    PdqMatches,
    SegmentStats,
)

__all__ = ["DEFAULT_RADIUS", "IndexStats", "PdqIndex", "PdqMatches", "SegmentStats"]
