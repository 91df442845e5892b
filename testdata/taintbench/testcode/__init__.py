"""The taintbench test cases, one module per case."""
