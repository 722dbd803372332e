"""geokg: an open geopolitical knowledge graph built from news articles."""

__version__ = "0.1.0"
