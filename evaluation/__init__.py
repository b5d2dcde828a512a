"""Accuracy evaluations on real text (not installed; run with `make eval` or `python -m evaluation`)."""
