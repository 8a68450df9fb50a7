"""Stage 3: questions about the whole network: which offers fit whom, duplicates, gaps."""
