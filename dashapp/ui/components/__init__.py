"""Builders for reusable pieces of layout."""
