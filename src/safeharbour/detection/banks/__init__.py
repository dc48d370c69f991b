"""Banks: named lists of known-bad (or, for allow-lists, known-good) signal values."""
