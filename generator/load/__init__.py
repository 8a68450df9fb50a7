"""Stage 1: read the data root's files into plain Python data with line marks."""
