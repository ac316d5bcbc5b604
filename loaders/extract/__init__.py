"""Extractors: one module per kind of fact, registered in `registry`."""
