"""Stage 2: check every file against its model, then the files against each other."""
