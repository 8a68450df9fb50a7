"""Vendored code, see each file for its origin and licence."""
