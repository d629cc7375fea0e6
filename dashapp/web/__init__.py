"""The Flask side: the JSON API and the downloads; HTTP parsing lives here."""
