"""Stage 4: write the outputs: site pages, search index, handouts, exports, schemas."""
