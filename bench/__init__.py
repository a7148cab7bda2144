"""Benchmarks of Kelisim at national scale (`make bench`); see bench/README.md."""
