"""CLI commands, one module per feature (see kg/cli.py)."""
