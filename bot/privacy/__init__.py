"""Privacy: encryption at rest, export and deletion of a person's data."""
