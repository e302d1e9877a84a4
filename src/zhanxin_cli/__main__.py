"""``python -m zhanxin_cli``."""

from __future__ import annotations

import sys


def _main() -> int:
    from .cli import main  # imported only when run

    return main()


if __name__ == "__main__":
    sys.exit(_main())
