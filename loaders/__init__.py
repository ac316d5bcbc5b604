"""The pipeline: corpus → normalised text → section tree → extracted facts → RDF."""
