"""Speed measurements (never in unit tests); results are written to benchmarks/results.md."""
