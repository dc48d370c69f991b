"""Detection: signals (hashes, text, URLs, classifiers), rules, and matching against banks.

`signals/` turns content into signals (for media: SHA-256, MD5, PDQ); `matching/` finds bank
entries near a signal. Neither touches the database: banks and decisions live elsewhere and call in.
"""
