"""In-memory adapters of the ports: used by tests and by development installs. Each passes the
same contract tests as the real adapter of its port."""

from safeharbour.integrations.fakes.notifier import InMemoryNotifier
from safeharbour.integrations.fakes.platform import InMemoryPlatform, PlatformCall

__all__ = ["InMemoryNotifier", "InMemoryPlatform", "PlatformCall"]
