"""Data model and business rules. Nothing here imports Qt."""
