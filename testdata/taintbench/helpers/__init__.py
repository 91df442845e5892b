"""Helpers shared by the taintbench test cases."""
