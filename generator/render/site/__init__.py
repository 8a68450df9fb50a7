"""The public website: plain Python writes Markdown pages, a thin mkdocs plugin builds them."""
