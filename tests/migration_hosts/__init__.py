"""Small host POS apps that the migration tests drive through the real ``flask`` CLI."""
