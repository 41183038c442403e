"""Small data tables for the garbled-phrasing checks (kept in Python: no loading cost)."""
