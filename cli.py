"""Run the command line from a checkout: ``python cli.py compare SOURCE DERIVATIVE``."""

from alignment.cli import run

if __name__ == "__main__":
    run()
