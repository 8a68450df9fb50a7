"""Angebotswegweiser: turns a district's offers and contacts (YAML) into a website,
handouts, a quality report and open data."""
