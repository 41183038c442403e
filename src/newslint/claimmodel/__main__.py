"""Score sentences for check-worthiness: `python -m newslint.claimmodel [FILE]`.

Reads one sentence a line (from FILE or standard input) and prints
`label<TAB>score<TAB>sentence`, label 1 for a check-worthy claim.
"""

from __future__ import annotations

import sys

from newslint.claimmodel import score, threshold


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    stream = open(args[0], encoding="utf-8") if args else sys.stdin  # noqa: SIM115
    cut = threshold()
    with stream:
        for line in stream:
            text = line.rstrip("\n")
            if not text.strip():
                continue
            p = score(text)
            sys.stdout.write(f"{int(p >= cut)}\t{p:.3f}\t{text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
