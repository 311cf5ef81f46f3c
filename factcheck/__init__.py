"""factcheck: which articles back each claim of a story, and which contradict it."""

__version__ = "0.1.0"

from .api import Comparison, analyse, compare  # noqa: E402

__all__ = ["Comparison", "analyse", "compare", "__version__"]
