"""policykg: a knowledge graph of Chinese health-policy documents."""

__version__ = "0.1.0"
