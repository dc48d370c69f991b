"""NATS JetStream: the scale-out adapter of the event bus port (docs/scale-out.md)."""

from safeharbour.integrations.nats.bus import JetStreamBus

__all__ = ["JetStreamBus"]
