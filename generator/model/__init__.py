"""Typed models of the data files: partner, offer, network and vocabularies."""
