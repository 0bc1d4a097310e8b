"""dkg: a knowledge-graph builder for diplomatic news."""

# The one source of the version: pyproject.toml reads it from here (hatch dynamic
# metadata), and a literal keeps `import kg` free of importlib.metadata on the query path.
__version__ = "0.1.0"

from kg.api import Graph, Result, open  # noqa: E402  (the Python API: kg.open(".kg"))

__all__ = ["Graph", "Result", "__version__", "open"]
