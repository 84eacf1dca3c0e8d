"""rekg: a knowledge graph of China's rare earth industry, built from news articles."""

__version__ = "0.1.0"
