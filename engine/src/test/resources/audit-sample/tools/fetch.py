"""Fetches a URL given on the command line."""
import os
import subprocess
import sys


def fetch(url):
    return subprocess.call("curl -s " + url, shell=True)


if __name__ == "__main__":
    sys.exit(fetch(sys.argv[1]))
