"""Printable handouts: one per school and class, per municipality, per offer."""
