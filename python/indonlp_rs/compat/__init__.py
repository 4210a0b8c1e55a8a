"""Drop-in replacements for other Indonesian NLP packages' APIs."""
