"""Scannable's benchmarks: speed, scale and accuracy against references measured in the same run.

Run with `make bench` (or `.venv/bin/python -m bench --help`). Every speed figure is a ratio against a
reference timed turn about with its subject, medians over repeats, so a busy machine slows both alike.
"""
