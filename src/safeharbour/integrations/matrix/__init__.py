"""The Matrix homeserver (Synapse) adapter: application-service ingest, enforcement through the
admin and client APIs, abuse reports as notices (docs/matrix.md)."""
