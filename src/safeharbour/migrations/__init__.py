"""Alembic migrations, shipped inside the package.

They live here rather than in a top-level `migrations/` folder so that an installed wheel
can migrate its own database: every command that opens the database applies pending
revisions. Revisions are date-prefixed; `tests/test_migrations.py` checks models against them.
"""
