"""Exports of a pain chart or a course: SVG and PNG maps, PDF reports and CSV tables."""
