"""Load and speed benchmarks: a synthetic corpus generator and a runner that measures the whole tool."""
