"""Safeharbour: trust & safety and legal compliance for messaging and social platforms."""

__version__ = "0.3.0.dev0"
