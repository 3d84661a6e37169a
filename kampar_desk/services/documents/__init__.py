"""Printed documents made with reportlab: record in, PDF bytes out, the same bytes for the same data."""
