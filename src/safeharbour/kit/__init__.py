"""Shared kernel: database base and unit of work, errors, clock, ids, canonical JSON, crypto.

Every bounded context may import `kit`; `kit` imports no context.
"""
