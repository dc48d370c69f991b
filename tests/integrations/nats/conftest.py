"""The per-test JetStream bus factory (tests/nats_support.py)."""

from tests.nats_support import jetstream_factory

__all__ = ["jetstream_factory"]
