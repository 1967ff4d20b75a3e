"""Benchmarks (``python -m bench.calls``)."""
