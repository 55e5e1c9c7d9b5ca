"""Understanding: the fact model and its loader, and plain-language question -> query."""
