"""Qt item models: thin adapters over service records."""
