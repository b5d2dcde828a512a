"""The `scannable` command: annotate saved pages and pasted text from the terminal, or serve the API."""
__version__ = "0.1.0"
