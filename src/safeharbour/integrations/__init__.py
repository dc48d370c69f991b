"""Adapters to outside systems (platforms, buses, hash exchanges), behind the contexts' ports."""
