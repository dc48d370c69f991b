"""Hash-sharing exchanges: configured sources that fill banks (docs/hash-sharing.md)."""
