"""``python -m zhanxin_cli``."""

from __future__ import annotations

import sys


def _main() -> int:
    from .cli import finish, main, quiet_on_closed_pipe, safe_streams  # imported only when run

    quiet_on_closed_pipe()
    safe_streams()
    return finish(main())


if __name__ == "__main__":
    sys.exit(_main())
