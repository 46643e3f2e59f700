"""Start the front-desk GUI: `python main.py [--db URL]`."""

from desk_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
