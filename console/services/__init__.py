"""One module per capability; each method is one unit of work returning frozen dataclasses."""
