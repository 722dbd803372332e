"""`python -m geokg`: the geokg command without the installed script."""

from .cli import main

if __name__ == "__main__":
    main()
