"""zhanxin: progress against a strategic-emerging-industries (战新产业) plan."""

__version__ = "0.1.0"
