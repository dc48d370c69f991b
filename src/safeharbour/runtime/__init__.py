"""Running the system as processes: worker roles, heartbeats, the scheduler leader, metrics.

Composition-level, like `bootstrap.py`: it may import every context; contexts never import it.
See docs/operations.md.
"""
